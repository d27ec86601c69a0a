package webhooks_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// TestSignaturesVerifyWithTheJSLibrary captures real deliveries — one secret, then two during a rotation —
// and has the Standard Webhooks JavaScript library (npm standardwebhooks) verify every one, and refuse a
// tampered body and a wrong secret.
func TestSignaturesVerifyWithTheJSLibrary(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH: install Node.js >= 20 and run `npm ci` in %s (this cross-check is required)", root)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "standardwebhooks", "package.json")); err != nil {
		t.Fatalf("standardwebhooks is not installed (%v): run `npm ci` in %s", err, root)
	}

	e := newEnv(t)
	r := newReceiver(t, nil)
	ep, first := e.endpoint(webhooks.OwnerPlatform("plt_a"), r.srv.URL, []string{webhooks.EventAwardCreated}, []string{"cmp_1"})
	r.setSecrets(first)
	e.dispatcher(nil)
	e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"amount": "115792089237316195423570985008687907853269984665640564039457584007913129639935", "reason": "ünïcode ✓"})
	waitFor(t, "the first delivery", func() bool { return len(r.delivered()) == 1 })
	_, second, err := e.store.Rotate(context.Background(), ep.Owner, ep.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	r.setSecrets(first, second)
	e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"n": 2})
	waitFor(t, "the second delivery", func() bool { return len(r.delivered()) == 2 })

	type jsCase struct {
		Secrets []string          `json:"secrets"`
		Headers map[string]string `json:"headers"`
		Body    string            `json:"body"`
		Valid   bool              `json:"valid"`
	}
	hdr := func(h http.Header) map[string]string {
		return map[string]string{"webhook-id": h.Get("webhook-id"), "webhook-timestamp": h.Get("webhook-timestamp"),
			"webhook-signature": h.Get("webhook-signature")}
	}
	got := r.all()
	_, stranger, _ := e.store.Create(context.Background(), webhooks.NewEndpoint{Owner: "platform:x", URL: r.srv.URL,
		Events: []string{webhooks.EventAwardCreated}})
	cases := []jsCase{
		{Secrets: []string{first}, Headers: hdr(got[0].Headers), Body: string(got[0].Body), Valid: true},
		{Secrets: []string{first, second}, Headers: hdr(got[1].Headers), Body: string(got[1].Body), Valid: true},
		{Secrets: []string{first}, Headers: hdr(got[0].Headers), Body: strings.Replace(string(got[0].Body), "reason", "reasom", 1)},
		{Secrets: []string{second, stranger}, Headers: hdr(got[0].Headers), Body: string(got[0].Body)},
	}
	b, _ := json.Marshal(cases)
	file := filepath.Join(t.TempDir(), "deliveries.json")
	if err := os.WriteFile(file, b, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(node, filepath.Join("scripts", "webhooks-verify.mjs"), file)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "6 passed, 0 failed") {
		t.Fatalf("node scripts/webhooks-verify.mjs: %v\n%s", err, out)
	}
}
