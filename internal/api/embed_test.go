package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// widgetPolicy fetches the fan widget for campaign through h's router and returns its frame-ancestors.
func widgetPolicy(t *testing.T, h *testAPI, campaign string) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.api.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app/embed?campaign="+campaign, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /app/embed: %d", rec.Code)
	}
	csp := rec.Header().Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self';", "connect-src 'self' http://127.0.0.1:8545;"} {
		if !strings.Contains(csp, want) {
			t.Fatalf("widget CSP %q lacks %q", csp, want)
		}
	}
	_, fa, ok := strings.Cut(csp, "frame-ancestors ")
	if !ok || strings.Contains(fa, ";") {
		t.Fatalf("widget CSP %q: frame-ancestors is not its last directive", csp)
	}
	return fa
}

func TestEmbedOrigins(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	h, creator := w.testAPI, w.creator
	id := w.campaign.ID
	base := "/v1/campaigns/" + id + "/embed-origins"
	put := func(token string, body any) *result {
		t.Helper()
		return h.do(t, call{method: http.MethodPut, path: base, token: token, body: body})
	}
	other := h.replica(t)

	// None at first: the widget may be framed by nobody.
	h.get(t, base, "").want(t, http.StatusOK)
	if got := string(h.get(t, base, "").Body); !jsonEqual(t, []byte(got), []byte(`{"campaign_id":"`+id+`","origins":[]}`)) {
		t.Fatalf("no origins: %s", got)
	}
	for _, r := range []*testAPI{h, other} {
		if fa := widgetPolicy(t, r, id); fa != "'none'" {
			t.Fatalf("frame-ancestors %q before any origin is listed", fa)
		}
	}

	// The creator lists two (normalized, duplicates once).
	var got embedOriginsResponse
	put(creator.token, map[string]any{"origins": []string{"https://Fans.Example:443", "http://127.0.0.1:5173", "https://fans.example"}}).
		want(t, http.StatusOK).decode(t, &got)
	want := []string{"https://fans.example", "http://127.0.0.1:5173"}
	if got.CampaignID != id || !slices.Equal(got.Origins, want) {
		t.Fatalf("stored %+v, want %v", got, want)
	}
	h.get(t, base, "").want(t, http.StatusOK).decode(t, &got)
	if !slices.Equal(got.Origins, want) {
		t.Fatalf("read %v, want %v", got.Origins, want)
	}
	if fa := widgetPolicy(t, h, id); fa != strings.Join(want, " ") {
		t.Fatalf("frame-ancestors %q, want exactly %v", fa, want)
	}
	// The other replica read "none" less than embedOriginsTTL ago; it applies the change once that passes.
	h.clock.Add(embedOriginsTTL)
	if fa := widgetPolicy(t, other, id); fa != strings.Join(want, " ") {
		t.Fatalf("other replica: frame-ancestors %q, want %v", fa, want)
	}
	// Another campaign's widget and an unknown one are not frameable.
	if fa := widgetPolicy(t, h, "nope"); fa != "'none'" {
		t.Fatalf("unknown campaign: frame-ancestors %q", fa)
	}

	t.Run("refused", func(t *testing.T) {
		stranger := h.wallet(t, "stranger")
		many := make([]string, maxEmbedOrigins+1)
		for i := range many {
			many[i] = fmt.Sprintf("https://site%d.example", i)
		}
		for _, tc := range []struct {
			name, token string
			body        any
			status      int
			code        string
		}{
			{"another wallet", stranger.token, map[string]any{"origins": []string{"https://evil.example"}}, 403, "forbidden"},
			{"a platform", w.platform.Token, map[string]any{"origins": []string{"https://evil.example"}}, 403, "forbidden"},
			{"no token", "", map[string]any{"origins": []string{"https://evil.example"}}, 401, "unauthorized"},
			{"plain http", creator.token, map[string]any{"origins": []string{"http://fans.example"}}, 400, "bad_request"},
			{"a path", creator.token, map[string]any{"origins": []string{"https://fans.example/embed"}}, 400, "bad_request"},
			{"a wildcard", creator.token, map[string]any{"origins": []string{"https://*.example"}}, 400, "bad_request"},
			{"any", creator.token, map[string]any{"origins": []string{"*"}}, 400, "bad_request"},
			{"a CSP injection", creator.token, map[string]any{"origins": []string{"https://a.example; script-src *"}}, 400, "bad_request"},
			{"a keyword", creator.token, map[string]any{"origins": []string{"'self'"}}, 400, "bad_request"},
			{"too many", creator.token, map[string]any{"origins": many}, 400, "bad_request"},
			{"no list", creator.token, map[string]any{}, 400, "bad_request"},
			{"not a list", creator.token, map[string]any{"origins": "https://fans.example"}, 400, "bad_request"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				put(tc.token, tc.body).wantError(t, tc.status, tc.code)
			})
		}
		h.do(t, call{method: http.MethodPut, path: "/v1/campaigns/nope/embed-origins", token: creator.token,
			body: map[string]any{"origins": []string{}}}).wantError(t, http.StatusNotFound, "not_found")
		h.get(t, "/v1/campaigns/nope/embed-origins", "").wantError(t, http.StatusNotFound, "not_found")
		// Nothing refused changed what is stored or served.
		var now embedOriginsResponse
		h.get(t, base, "").want(t, http.StatusOK).decode(t, &now)
		if !slices.Equal(now.Origins, want) {
			t.Fatalf("after refusals %v, want %v", now.Origins, want)
		}
		if fa := widgetPolicy(t, h, id); fa != strings.Join(want, " ") {
			t.Fatalf("after refusals frame-ancestors %q", fa)
		}
	})

	// Twenty is the most; an empty list lets nobody frame the widget again.
	twenty := make([]string, maxEmbedOrigins)
	for i := range twenty {
		twenty[i] = fmt.Sprintf("https://site%d.example", i)
	}
	put(creator.token, map[string]any{"origins": twenty}).want(t, http.StatusOK).decode(t, &got)
	if fa := widgetPolicy(t, h, id); fa != strings.Join(twenty, " ") {
		t.Fatalf("frame-ancestors %q, want the twenty", fa)
	}
	put(creator.token, map[string]any{"origins": []string{}}).want(t, http.StatusOK).decode(t, &got)
	if len(got.Origins) != 0 {
		t.Fatalf("cleared: %v", got.Origins)
	}
	if fa := widgetPolicy(t, h, id); fa != "'none'" {
		t.Fatalf("cleared: frame-ancestors %q", fa)
	}
	h.clock.Add(embedOriginsTTL + time.Millisecond)
	if fa := widgetPolicy(t, other, id); fa != "'none'" {
		t.Fatalf("other replica, cleared: frame-ancestors %q", fa)
	}
}

// TestEmbedOriginsLimit: the changes count against the wallet's platform changes per hour.
func TestEmbedOriginsLimit(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil, withWalletLimits(1_000_000, 1_000_000, 2))
	path := "/v1/campaigns/" + w.campaign.ID + "/embed-origins"
	body := map[string]any{"origins": []string{"https://fans.example"}}
	for range 2 {
		w.do(t, call{method: http.MethodPut, path: path, token: w.creator.token, body: body}).want(t, http.StatusOK)
	}
	res := w.do(t, call{method: http.MethodPut, path: path, token: w.creator.token, body: body}).wantError(t, http.StatusTooManyRequests, "rate_limited")
	if res.Header.Get("Retry-After") == "" {
		t.Fatal("no Retry-After")
	}
}
