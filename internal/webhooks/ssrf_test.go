package webhooks_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

func TestCheckURL(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		url          string
		allowPrivate bool
		want         error
	}{
		{"https://hooks.example.com/tribe?x=1", false, nil},
		{"https://93.184.216.34/hook", false, nil},
		{"http://hooks.example.com/", false, webhooks.ErrTargetRefused},
		{"http://127.0.0.1:9000/", true, nil},
		{"https://127.0.0.1/", false, webhooks.ErrTargetRefused},
		{"https://localhost/", false, webhooks.ErrTargetRefused},
		{"https://10.1.2.3/", false, webhooks.ErrTargetRefused},
		{"https://172.16.0.1/", false, webhooks.ErrTargetRefused},
		{"https://192.168.1.1/", false, webhooks.ErrTargetRefused},
		{"https://169.254.169.254/latest/meta-data", false, webhooks.ErrTargetRefused},
		{"https://100.64.0.1/", false, webhooks.ErrTargetRefused},
		{"https://0.0.0.0/", false, webhooks.ErrTargetRefused},
		{"https://224.0.0.1/", false, webhooks.ErrTargetRefused},
		{"https://[::1]/", false, webhooks.ErrTargetRefused},
		{"https://[fe80::1]/", false, webhooks.ErrTargetRefused},
		{"https://[fd00::1]/", false, webhooks.ErrTargetRefused},
		{"https://[::ffff:127.0.0.1]/", false, webhooks.ErrTargetRefused},
		{"https://[64:ff9b::a00:1]/", false, webhooks.ErrTargetRefused},
		{"ftp://example.com/", true, webhooks.ErrInvalid},
		{"/relative", true, webhooks.ErrInvalid},
		{"https://user:pw@example.com/", false, webhooks.ErrInvalid},
	} {
		err := webhooks.CheckURL(tc.url, tc.allowPrivate)
		if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("CheckURL(%q, %v) = %v, want %v", tc.url, tc.allowPrivate, err, tc.want)
		}
	}
}

// A name that resolves to a loopback address (here "localhost", as DNS rebinding would make any name) is
// refused when connecting, not only when registering.
func TestClientRefusesPrivateAtDialTime(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	u := "http://localhost:" + port
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, u, nil)
	if _, err := webhooks.NewClient(time.Second, false).Do(req); !errors.Is(err, webhooks.ErrTargetRefused) {
		t.Fatalf("guarded client reached %s: %v", u, err)
	}
	req, _ = http.NewRequestWithContext(context.Background(), http.MethodPost, u, nil)
	resp, err := webhooks.NewClient(time.Second, true).Do(req)
	if err != nil {
		t.Fatalf("unguarded client: %v", err)
	}
	_ = resp.Body.Close()
}
