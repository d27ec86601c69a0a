// Package web serves tribe's browser app — the fan, creator and sponsor pages — from files built by
// web/build.mjs (esbuild) and embedded in the binary, under /app/.
package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"net/url"
	"path"
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
	csp   string
}

// Handler serves the app under Prefix: "/app/" is the fan page, "/app/creator" (or creator.html) the creator
// page, "/app/sponsor" (or sponsor.html) the sponsor page, other built files by name. Unknown paths are 404 and directories are never listed. Every response
// carries a Content-Security-Policy that allows scripts, styles and images from this origin only and network
// requests to this origin and to the origins of connect (the chain's public JSON-RPC URL, for instance);
// empty or unparsable entries of connect are ignored. Files are revalidated on every use (no-cache with a
// strong ETag), since their names do not change between builds. The handler is safe for concurrent use.
func Handler(connect ...string) http.Handler {
	h := &handler{files: map[string]file{}, csp: policy(connect)}
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

// policy is the Content-Security-Policy of every response.
func policy(connect []string) string {
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
		"frame-ancestors 'none'",
	}, "; ")
}

// aliases are the pages' short names.
var aliases = map[string]string{"": "index.html", "creator": "creator.html", "sponsor": "sponsor.html"}

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
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", f.etag)
	if inm := r.Header.Get("If-None-Match"); inm != "" && etagMatch(inm, f.etag) {
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
