package api

import (
	"net/http"
	"strings"
	"testing"

	"github.com/tribe-rewards/tribe/internal/webhooks"
)

type webhookAnswer struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Events    []string `json:"events"`
	Campaigns []string `json:"campaigns"`
	Disabled  bool     `json:"disabled"`
	Secret    string   `json:"secret"`
}

func TestWebhookEndpoints(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	camp := w.campaign.ID
	body := func(campaigns ...string) map[string]any {
		return map[string]any{"url": "http://127.0.0.1:9/hook", "events": []string{webhooks.EventAwardCreated}, "campaigns": campaigns}
	}

	// The creator of the campaign's community may watch it; another wallet may not; nothing is stored then.
	var created webhookAnswer
	w.post(t, "/v1/webhooks", w.creator.token, body(camp), "Idempotency-Key", "k1").want(t, http.StatusCreated).decode(t, &created)
	if !strings.HasPrefix(created.Secret, "whsec_") || created.ID == "" || created.Campaigns[0] != camp {
		t.Fatalf("created: %+v", created)
	}
	stranger := w.wallet(t, "stranger")
	w.post(t, "/v1/webhooks", stranger.token, body(camp)).wantError(t, http.StatusForbidden, "forbidden")
	var list struct{ Webhooks []webhookAnswer }
	w.get(t, "/v1/webhooks", stranger.token).want(t, http.StatusOK).decode(t, &list)
	if len(list.Webhooks) != 0 {
		t.Fatalf("a refused endpoint was stored: %+v", list)
	}

	// The secret is shown once: never in a read.
	got := w.get(t, "/v1/webhooks/"+created.ID, w.creator.token).want(t, http.StatusOK)
	if strings.Contains(string(got.Body), "whsec_") || strings.Contains(string(got.Body), created.Secret) {
		t.Fatalf("a read shows the secret: %s", got.Body)
	}
	w.get(t, "/v1/webhooks/"+created.ID, stranger.token).wantError(t, http.StatusNotFound, "not_found")

	// Platforms need webhooks:write and may watch only campaigns they may act on.
	noScope := w.testAPI.platform(t, []string{ScopeAwards}, nil)
	w.post(t, "/v1/webhooks", noScope.Token, body(camp)).wantError(t, http.StatusForbidden, "forbidden")
	elsewhere := w.testAPI.platform(t, []string{ScopeWebhooks}, []string{"cmp_other"})
	w.post(t, "/v1/webhooks", elsewhere.Token, body(camp)).wantError(t, http.StatusForbidden, "forbidden")
	var byPlatform webhookAnswer
	w.post(t, "/v1/webhooks", w.platform.Token, body(camp)).want(t, http.StatusCreated).decode(t, &byPlatform)

	// Bad input is a clear 400.
	w.post(t, "/v1/webhooks", w.platform.Token, map[string]any{"url": "http://127.0.0.1:9/", "events": []string{"award.exploded"}}).
		wantError(t, http.StatusBadRequest, "invalid_webhook")
	w.post(t, "/v1/webhooks", w.platform.Token, map[string]any{"url": "ftp://x/", "events": []string{webhooks.EventAwardCreated}}).
		wantError(t, http.StatusBadRequest, "invalid_webhook")

	// Rotation shows a new secret once and keeps the old one signing for the grace period.
	var rotated webhookAnswer
	w.post(t, "/v1/webhooks/"+created.ID+"/rotate-secret", w.creator.token, map[string]any{"grace_seconds": 60}).
		want(t, http.StatusOK).decode(t, &rotated)
	if rotated.Secret == created.Secret || !strings.HasPrefix(rotated.Secret, "whsec_") {
		t.Fatalf("rotated: %+v", rotated)
	}
	w.post(t, "/v1/webhooks/"+created.ID+"/test", w.creator.token, nil).want(t, http.StatusAccepted)
	w.get(t, "/v1/webhooks/"+created.ID+"/deliveries", w.creator.token).want(t, http.StatusOK)
	w.post(t, "/v1/webhooks/"+created.ID+"/deliveries/evt_nope/redeliver", w.creator.token, nil).
		wantError(t, http.StatusNotFound, "not_found")
	w.get(t, "/v1/webhooks/"+created.ID+"/deliveries?limit=0", w.creator.token).wantError(t, http.StatusBadRequest, "bad_request")

	req := w.do(t, call{method: http.MethodDelete, path: "/v1/webhooks/" + created.ID, token: stranger.token})
	req.wantError(t, http.StatusNotFound, "not_found")
	w.do(t, call{method: http.MethodDelete, path: "/v1/webhooks/" + created.ID, token: w.creator.token}).want(t, http.StatusNoContent)
	w.get(t, "/v1/webhooks/"+created.ID, w.creator.token).wantError(t, http.StatusNotFound, "not_found")
}
