package service_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
)

// TestWebhookSurvivesKill: a community turns active while its creator's endpoint is down; tribed is killed
// (SIGKILL) with the event undelivered; a new tribed delivers it, signed, exactly once.
func TestWebhookSurvivesKill(t *testing.T) {
	e := newProdEnv(t, time.Hour)
	e.args = append(e.args, "--webhooks-allow-private")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	var up atomic.Bool
	var mu sync.Mutex
	var secret string
	okByID := map[string]int{}
	types := map[string]string{}
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		wh, err := standardwebhooks.NewWebhook(secret)
		if err == nil {
			err = wh.Verify(b, r.Header)
		}
		if err != nil {
			t.Errorf("delivery %s does not verify: %v", r.Header.Get("webhook-id"), err)
		}
		if !up.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		var ev struct{ ID, Type string }
		_ = json.Unmarshal(b, &ev)
		okByID[ev.ID]++
		types[ev.ID] = ev.Type
	}))
	defer recv.Close()

	api, cmd := e.startProcess()
	creatorKey := chain.DevKeys()[1]
	creator := client.New(api, "")
	if _, err := creator.Login(ctx, creatorKey, 1337); err != nil {
		t.Fatal(err)
	}
	var hook struct{ ID, Secret string }
	body, _ := json.Marshal(map[string]any{"url": recv.URL, "events": []string{"community.active"}})
	if st := doJSON(ctx, t, http.MethodPost, api+"/v1/webhooks", creator.Token, string(body), &hook); st != http.StatusCreated {
		t.Fatalf("create webhook: %d", st)
	}
	mu.Lock()
	secret = hook.Secret
	mu.Unlock()
	m, err := creator.CreateCommunity(ctx, creatorKey, "Hook Coin", "HOOK", "0", "0")
	if err != nil {
		t.Fatal(err)
	}
	if _, err = creator.WaitCommunity(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	// The event was made and attempted (the endpoint answered 503): kill tribed before it is delivered.
	eventually(t, ctx, "a failed attempt in the delivery log", func() bool {
		var log struct{ Deliveries []struct{ Outcome string } }
		doJSON(ctx, t, http.MethodGet, api+"/v1/webhooks/"+hook.ID+"/deliveries", creator.Token, "", &log)
		return len(log.Deliveries) > 0 && log.Deliveries[0].Outcome == "retrying"
	})
	_ = cmd.Process.Kill()
	_ = cmd.Wait()

	up.Store(true)
	api, _ = e.startProcess()
	var activeID string
	eventually(t, ctx, "community.active delivered after the restart", func() bool {
		mu.Lock()
		defer mu.Unlock()
		for id, typ := range types {
			if typ == "community.active" {
				activeID = id
				return true
			}
		}
		return false
	})
	// A test event queued after it arrives after it (per-endpoint order): by then any duplicate would have too.
	var queued struct {
		EventID string `json:"event_id"`
	}
	if st := doJSON(ctx, t, http.MethodPost, api+"/v1/webhooks/"+hook.ID+"/test", creator.Token, "", &queued); st != http.StatusAccepted {
		t.Fatalf("test event: %d", st)
	}
	eventually(t, ctx, "the test event", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return okByID[queued.EventID] == 1
	})
	mu.Lock()
	defer mu.Unlock()
	if okByID[activeID] != 1 {
		t.Fatalf("community.active %s delivered %d times", activeID, okByID[activeID])
	}
}
