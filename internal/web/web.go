// Package web serves tribe's browser app — the fan, creator and sponsor pages, and the fan widget other sites
// embed — from files built by web/build.mjs (esbuild) and embedded in the binary, under /app/.
package web

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
)

//go:embed dist
var dist embed.FS

// Prefix is the URL path the app is served under.
const Prefix = "/app/"

// contentTypes are the only kinds of file served; anything else in dist is not served.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
}

type file struct {
	body        []byte
	contentType string
	etag        string
}

type handler struct {
	files map[string]file // by path below Prefix: "index.html", "fan.js"
	base  string          // the Content-Security-Policy less its frame-ancestors directive
	csp   string          // the Content-Security-Policy of every response but the widget's
	embed EmbedOrigins
}

// EmbedOrigins returns the origins that may frame the fan widget of campaign (as ParseOrigin returns them;
// others are ignored). An error, or none, lets no page frame it.
type EmbedOrigins func(ctx context.Context, campaign string) ([]string, error)

// Config is what New builds the handler from.
type Config struct {
	// Connect are URLs whose origins the pages may send requests to besides their own (the chain's public
	// JSON-RPC URL, for instance); empty or unparsable entries are ignored.
	Connect []string
	// EmbedOrigins decides who may frame /app/embed?campaign=<id>; nil: nobody.
	EmbedOrigins EmbedOrigins
}

// embedPage is the fan widget, the one page other sites may frame.
const embedPage = "embed.html"

// Handler is New with Config.Connect set to connect and no page frameable.
func Handler(connect ...string) http.Handler { return New(Config{Connect: connect}) }

// New serves the app under Prefix: "/app/" is the fan page, "/app/creator" (or creator.html) the creator
// page, "/app/sponsor" (or sponsor.html) the sponsor page, "/app/embed" (or embed.html) the fan widget,
// "/app/link" (or link.html) the page a platform's link URL opens to link its user to a wallet,
// other built files by name. Unknown paths are 404 and directories are never listed. Every response
// carries a Content-Security-Policy that allows scripts, styles and images from this origin only and network
// requests to this origin and to the origins of c.Connect, and forbids framing (frame-ancestors 'none'),
// except that the widget /app/embed?campaign=<id> may be framed by the origins c.EmbedOrigins gives for
// that campaign (and is never stored by caches, since its policy depends on the campaign). Other files are
// revalidated on every use (no-cache with a strong ETag), since their names do not change between builds.
// The handler is safe for concurrent use if c.EmbedOrigins is.
func New(c Config) http.Handler {
	base := basePolicy(c.Connect)
	h := &handler{files: map[string]file{}, base: base, csp: base + "; frame-ancestors 'none'", embed: c.EmbedOrigins}
	err := fs.WalkDir(dist, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ct, ok := contentTypes[path.Ext(p)]
		if !ok {
			return nil
		}
		body, err := dist.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		h.files[strings.TrimPrefix(p, "dist/")] = file{body: body, contentType: ct, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
		return nil
	})
	if err != nil { // the embedded tree is fixed at build time: this cannot fail at run time
		panic("web: read embedded files: " + err.Error())
	}
	return h
}

// basePolicy is the Content-Security-Policy of every response, less frame-ancestors.
func basePolicy(connect []string) string {
	origins := map[string]bool{}
	for _, c := range connect {
		u, err := url.Parse(c)
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss") {
			continue
		}
		origins[u.Scheme+"://"+u.Host] = true
	}
	list := make([]string, 0, len(origins))
	for o := range origins {
		list = append(list, o)
	}
	sort.Strings(list)
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data:",
		strings.TrimSpace("connect-src 'self' " + strings.Join(list, " ")),
		"base-uri 'none'",
		"form-action 'self'",
	}, "; ")
}

// embedPolicy is the widget's Content-Security-Policy for the campaign r names: framed by its origins only.
func (h *handler) embedPolicy(r *http.Request) string {
	campaign := r.URL.Query().Get("campaign")
	if h.embed == nil || campaign == "" {
		return h.csp
	}
	origins, err := h.embed(r.Context(), campaign)
	if err != nil {
		return h.csp
	}
	var list []string
	for _, o := range origins {
		if n, err := ParseOrigin(o); err == nil && n == o && !slices.Contains(list, o) {
			list = append(list, o)
		}
	}
	if len(list) == 0 {
		return h.csp
	}
	return h.base + "; frame-ancestors " + strings.Join(list, " ")
}

// ErrOrigin reports a string that is not an origin allowed to frame the widget.
var ErrOrigin = errors.New("not an allowed origin")

// ParseOrigin checks that s is an origin a campaign may let frame its widget — https://host[:port], or
// http://localhost[:port] or http://127.0.0.1[:port] for development — and returns it normalized (lower
// case, no default port). No path, query, user, wildcard or IPv6 literal: the result is safe to put in a
// Content-Security-Policy as is. Errors wrap ErrOrigin.
func ParseOrigin(s string) (string, error) {
	if len(s) > 300 {
		return "", fmt.Errorf("%w: longer than 300 characters", ErrOrigin)
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.Host == "" {
		return "", fmt.Errorf("%w: %q is not scheme://host[:port]", ErrOrigin, s)
	}
	if u.User != nil || u.Path != "" || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(s, "#") {
		return "", fmt.Errorf("%w: %q has more than scheme://host[:port]", ErrOrigin, s)
	}
	scheme, host := strings.ToLower(u.Scheme), strings.ToLower(u.Hostname())
	if !validHost(host) {
		return "", fmt.Errorf("%w: %q has no valid host name", ErrOrigin, s)
	}
	switch {
	case scheme == "https":
	case scheme == "http" && (host == "localhost" || host == "127.0.0.1"):
	default:
		return "", fmt.Errorf("%w: %q must be https (http only for localhost and 127.0.0.1)", ErrOrigin, s)
	}
	out := scheme + "://" + host
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 || strconv.Itoa(n) != p {
			return "", fmt.Errorf("%w: %q has no valid port", ErrOrigin, s)
		}
		if !(scheme == "https" && n == 443) && !(scheme == "http" && n == 80) {
			out += ":" + p
		}
	} else if strings.HasSuffix(u.Host, ":") {
		return "", fmt.Errorf("%w: %q has an empty port", ErrOrigin, s)
	}
	return out, nil
}

// validHost reports whether host is a DNS name (or dotted IPv4 address) of letters, digits and hyphens.
func validHost(host string) bool {
	if host == "" || len(host) > 253 {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// aliases are the pages' short names.
var aliases = map[string]string{"": "index.html", "creator": "creator.html", "sponsor": "sponsor.html", "embed": embedPage,
	"link": "link.html"}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", h.csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, Prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	if alias, ok := aliases[name]; ok {
		name = alias
	}
	f, ok := h.files[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if name == embedPage {
		hd.Set("Content-Security-Policy", h.embedPolicy(r))
		hd.Set("Cache-Control", "no-store")
	} else {
		hd.Set("Cache-Control", "no-cache")
		hd.Set("ETag", f.etag)
	}
	if inm := r.Header.Get("If-None-Match"); name != embedPage && inm != "" && etagMatch(inm, f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hd.Set("Content-Type", f.contentType)
	hd.Set("Content-Length", strconv.Itoa(len(f.body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(f.body)
	}
}

func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
