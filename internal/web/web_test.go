package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func serve(t *testing.T, h http.Handler, method, path string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestServe(t *testing.T) {
	t.Parallel()
	h := Handler("http://127.0.0.1:8545", "", "not a url", "ftp://x")
	tests := []struct {
		path, status, contentType, body string
	}{
		{"/app/", "200", "text/html; charset=utf-8", `src="fan.js"`},
		{"/app/index.html", "200", "text/html; charset=utf-8", "Your rewards"},
		{"/app/creator", "200", "text/html; charset=utf-8", `src="creator.js"`},
		{"/app/creator.html", "200", "text/html; charset=utf-8", "Create a campaign"},
		{"/app/sponsor", "200", "text/html; charset=utf-8", `src="sponsor.js"`},
		{"/app/sponsor.html", "200", "text/html; charset=utf-8", "Create a pool"},
		{"/app/sponsor.js", "200", "text/javascript; charset=utf-8", ""},
		{"/app/fan.js", "200", "text/javascript; charset=utf-8", ""},
		{"/app/creator.js", "200", "text/javascript; charset=utf-8", ""},
		{"/app/style.css", "200", "text/css; charset=utf-8", ""},
		{"/app/nope.js", "404", "text/plain; charset=utf-8", ""},
		{"/app/dist/index.html", "404", "text/plain; charset=utf-8", ""},
		{"/app/../web.go", "404", "text/plain; charset=utf-8", ""},
		{"/app//", "404", "text/plain; charset=utf-8", ""},
		{"/other", "404", "text/plain; charset=utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			t.Parallel()
			rec := serve(t, h, http.MethodGet, tt.path, nil)
			if got := rec.Result().Status[:3]; got != tt.status {
				t.Fatalf("status %s, want %s", got, tt.status)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.contentType {
				t.Errorf("Content-Type %q, want %q", got, tt.contentType)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
			csp := rec.Header().Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'none'", "script-src 'self';", "connect-src 'self' http://127.0.0.1:8545;", "frame-ancestors 'none'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "unsafe") || strings.Contains(csp, "ftp:") || strings.Contains(csp, "not a url") {
				t.Errorf("CSP too loose: %q", csp)
			}
			if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no X-Content-Type-Options: nosniff")
			}
		})
	}
}

func TestCaching(t *testing.T) {
	t.Parallel()
	h := Handler()
	first := serve(t, h, http.MethodGet, "/app/fan.js", nil)
	etag := first.Header().Get("ETag")
	if etag == "" || first.Header().Get("Cache-Control") != "no-cache" {
		t.Fatalf("ETag %q, Cache-Control %q: want a strong ETag and no-cache", etag, first.Header().Get("Cache-Control"))
	}
	again := serve(t, h, http.MethodGet, "/app/fan.js", map[string]string{"If-None-Match": etag})
	if again.Code != http.StatusNotModified || again.Body.Len() != 0 {
		t.Fatalf("revalidation: status %d with %d bytes, want 304 and none", again.Code, again.Body.Len())
	}
	other := serve(t, h, http.MethodGet, "/app/creator.js", map[string]string{"If-None-Match": etag})
	if other.Code != http.StatusOK {
		t.Fatalf("another file's ETag matched creator.js: %d", other.Code)
	}
	if csp := serve(t, h, http.MethodGet, "/app/", nil).Header().Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self';") {
		t.Errorf("without RPC URL the page may connect to its own origin only: %q", csp)
	}
}

func TestMethods(t *testing.T) {
	t.Parallel()
	h := Handler()
	if rec := serve(t, h, http.MethodPost, "/app/", nil); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: status %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
	head := serve(t, h, http.MethodHead, "/app/style.css", nil)
	if head.Code != http.StatusOK || head.Body.Len() != 0 || head.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD: status %d, %d bytes, Content-Length %q", head.Code, head.Body.Len(), head.Header().Get("Content-Length"))
	}
}

func TestEmbedPolicy(t *testing.T) {
	t.Parallel()
	stored := map[string][]string{
		"listed": {"https://fans.example", "http://localhost:5173"},
		// Whatever the store holds, only well-formed origins reach the policy.
		"hostile": {"https://ok.example", "https://x.example; script-src *", "*", "'self'", "https://ok.example"},
	}
	h := New(Config{Connect: []string{"http://127.0.0.1:8545"}, EmbedOrigins: func(_ context.Context, campaign string) ([]string, error) {
		if campaign == "broken" {
			return nil, errors.New("redis down")
		}
		return stored[campaign], nil
	}})
	for _, tt := range []struct {
		path, ancestors string
	}{
		{"/app/embed?campaign=listed", "frame-ancestors https://fans.example http://localhost:5173"},
		{"/app/embed.html?campaign=listed", "frame-ancestors https://fans.example http://localhost:5173"},
		{"/app/embed?campaign=hostile", "frame-ancestors https://ok.example"},
		{"/app/embed?campaign=unknown", "frame-ancestors 'none'"},
		{"/app/embed?campaign=broken", "frame-ancestors 'none'"},
		{"/app/embed", "frame-ancestors 'none'"},
		{"/app/?campaign=listed", "frame-ancestors 'none'"},
		{"/app/creator?campaign=listed", "frame-ancestors 'none'"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			t.Parallel()
			rec := serve(t, h, http.MethodGet, tt.path, map[string]string{"If-None-Match": "*"})
			if rec.Code != http.StatusOK && !(rec.Code == http.StatusNotModified && !strings.Contains(tt.path, "embed")) {
				t.Fatalf("status %d", rec.Code)
			}
			csp := rec.Header().Get("Content-Security-Policy")
			if !strings.HasSuffix(csp, "; "+tt.ancestors) || strings.Count(csp, "frame-ancestors") != 1 {
				t.Errorf("CSP %q, want it to end with %q", csp, tt.ancestors)
			}
			for _, want := range []string{"default-src 'none'", "script-src 'self';", "connect-src 'self' http://127.0.0.1:8545;"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
			}
			if strings.Contains(tt.path, "embed") {
				if cc := rec.Header().Get("Cache-Control"); cc != "no-store" || rec.Header().Get("ETag") != "" {
					t.Errorf("widget: Cache-Control %q, ETag %q: its policy depends on the campaign, so no caching", cc, rec.Header().Get("ETag"))
				}
				if !strings.Contains(rec.Body.String(), `src="embed.js"`) {
					t.Error("not the widget")
				}
			}
		})
	}
	// Without EmbedOrigins nothing may frame the widget.
	if csp := serve(t, Handler(), http.MethodGet, "/app/embed?campaign=listed", nil).Header().Get("Content-Security-Policy"); !strings.HasSuffix(csp, "frame-ancestors 'none'") {
		t.Errorf("CSP %q", csp)
	}
}

func TestParseOrigin(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://fans.example":                             "https://fans.example",
		"HTTPS://Fans.Example:8443":                        "https://fans.example:8443",
		"https://fans.example:443":                         "https://fans.example",
		"http://localhost":                                 "http://localhost",
		"http://localhost:5173":                            "http://localhost:5173",
		"http://127.0.0.1:8080":                            "http://127.0.0.1:8080",
		"http://localhost:80":                              "http://localhost",
		"https://a-b.c0.example.co.uk":                     "https://a-b.c0.example.co.uk",
		"http://fans.example":                              "",
		"http://10.0.0.1":                                  "",
		"https://fans.example/":                            "",
		"https://fans.example/path":                        "",
		"https://fans.example?x=1":                         "",
		"https://fans.example#x":                           "",
		"https://fans.example#":                            "",
		"https://user@fans.example":                        "",
		"https://*.fans.example":                           "",
		"https://fans.example:0":                           "",
		"https://fans.example:65536":                       "",
		"https://fans.example:0443":                        "",
		"https://fans.example:":                            "",
		"https://[::1]":                                    "",
		"https://-fans.example":                            "",
		"https://fans..example":                            "",
		"https://fans.example; x":                          "",
		"https://fans_example.com":                         "",
		"wss://fans.example":                               "",
		"javascript:alert(1)":                              "",
		"fans.example":                                     "",
		"":                                                 "",
		"'self'":                                           "",
		"https://" + strings.Repeat("a", 300) + ".example": "",
	} {
		got, err := ParseOrigin(in)
		if want == "" {
			if err == nil || !errors.Is(err, ErrOrigin) {
				t.Errorf("ParseOrigin(%q) = %q, %v; want ErrOrigin", in, got, err)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("ParseOrigin(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
