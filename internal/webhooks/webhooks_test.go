package webhooks_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

const token = "0x00000000000000000000000000000000000000aa"

// clock is a test clock: the wall clock plus an offset the test moves forward.
type clock struct{ off atomic.Int64 }

func (c *clock) now() time.Time          { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *clock) advance(d time.Duration) { c.off.Add(int64(d)) }

type env struct {
	t      *testing.T
	rdb    redis.UniversalClient
	prefix string
	clock  *clock
	store  *webhooks.Store
}

func newEnv(t *testing.T) *env {
	t.Helper()
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	c := &clock{}
	e := &env{t: t, rdb: rdb, prefix: prefix, clock: c, store: webhooks.NewStore(rdb, prefix, c.now)}
	// The dispatcher discovers a token's outbox through the ledger's set of tokens.
	if err := rdb.SAdd(context.Background(), prefix+":tokens", token).Err(); err != nil {
		t.Fatal(err)
	}
	return e
}

// dispatcher starts a dispatcher with a fast poll and a millisecond retry schedule, stopped at the end.
func (e *env) dispatcher(mod func(*webhooks.Config)) *webhooks.Dispatcher {
	cfg := webhooks.Config{AllowPrivate: true, Poll: 5 * time.Millisecond, BaseDelay: time.Millisecond,
		MaxDelay: 4 * time.Millisecond, Timeout: 5 * time.Second, Jitter: func(d time.Duration) time.Duration { return d }}
	if mod != nil {
		mod(&cfg)
	}
	d := webhooks.NewDispatcher(e.store, cfg)
	if err := d.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := d.Stop(ctx); err != nil {
			e.t.Error(err)
		}
	})
	return d
}

// emitScript is how a ledger script emits: OutboxLua prepended, emit_event called after the checks.
// KEYS[1]: the outbox; ARGV: type, campaign, data JSON, now ms, refuse ("1": refuse before emitting).
var emitScript = redis.NewScript(webhooks.OutboxLua + `
if ARGV[5] == '1' then return redis.error_reply('budget_exhausted') end
return emit_event(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
`)

func (e *env) emit(typ, campaign string, data map[string]any) string {
	e.t.Helper()
	b, _ := json.Marshal(data)
	id, err := emitScript.Run(context.Background(), e.rdb, []string{webhooks.OutboxKey(e.prefix, token)}, typ, campaign,
		string(b), e.clock.now().UnixMilli(), "0").Text()
	if err != nil {
		e.t.Fatalf("emit: %v", err)
	}
	return id
}

// delivery is one request the receiver got.
type delivery struct {
	ID      string
	Headers http.Header
	Body    []byte
	Status  int
}

// receiver is an endpoint in the test process: it verifies every signature with the Standard Webhooks
// library against its secrets and answers with fail(n) for the n-th request of an event (200 if nil).
type receiver struct {
	t       *testing.T
	srv     *httptest.Server
	mu      sync.Mutex
	secrets []string
	got     []delivery
	tries   map[string]int
	fail    func(id string, n int) int
	badSig  int
}

func newReceiver(t *testing.T, fail func(id string, n int) int) *receiver {
	r := &receiver{t: t, tries: map[string]int{}, fail: fail}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		for _, s := range r.secrets {
			wh, err := standardwebhooks.NewWebhook(s)
			if err != nil {
				t.Errorf("secret %q: %v", s, err)
				continue
			}
			// Not Verify: tests move the service's clock days ahead, beyond the library's 5-minute tolerance.
			if err := wh.VerifyIgnoringTimestamp(b, req.Header); err != nil {
				r.badSig++
				t.Errorf("delivery %s does not verify: %v", req.Header.Get("webhook-id"), err)
			}
		}
		id := req.Header.Get("webhook-id")
		r.tries[id]++
		status := http.StatusOK
		if r.fail != nil {
			if s := r.fail(id, r.tries[id]); s != 0 {
				status = s
			}
		}
		r.got = append(r.got, delivery{ID: id, Headers: req.Header.Clone(), Body: b, Status: status})
		w.WriteHeader(status)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) setSecrets(s ...string) { r.mu.Lock(); r.secrets = s; r.mu.Unlock() }

// delivered are the ids of the deliveries answered 2xx, in arrival order.
func (r *receiver) delivered() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, d := range r.got {
		if d.Status < 300 {
			out = append(out, d.ID)
		}
	}
	return out
}

func (r *receiver) all() []delivery {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]delivery(nil), r.got...)
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (e *env) endpoint(owner, url string, events, campaigns []string) (*webhooks.Endpoint, string) {
	e.t.Helper()
	ep, secret, err := e.store.Create(context.Background(), webhooks.NewEndpoint{Owner: owner, URL: url, Events: events,
		Campaigns: campaigns})
	if err != nil {
		e.t.Fatalf("create endpoint: %v", err)
	}
	return ep, secret
}

func TestDeliveredSignedOnceInOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := newReceiver(t, nil)
	_, secret := e.endpoint(webhooks.OwnerPlatform("plt_a"), r.srv.URL, []string{webhooks.EventAwardCreated}, []string{"cmp_1"})
	r.setSecrets(secret)
	other := newReceiver(t, nil)
	_, otherSecret := e.endpoint(webhooks.OwnerPlatform("plt_b"), other.srv.URL, []string{webhooks.EventAwardCreated}, []string{"cmp_2"})
	other.setSecrets(otherSecret)

	var want []string
	for i := range 30 {
		want = append(want, e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"n": i, "amount": "10"}))
	}
	e.emit(webhooks.EventAwardCreated, "cmp_2", map[string]any{"n": 0}) // another campaign's endpoint
	e.emit(webhooks.EventReferralCreated, "cmp_1", map[string]any{})    // a type it did not subscribe to
	// Two dispatchers, as two replicas: each event still reaches the endpoint once.
	e.dispatcher(nil)
	e.dispatcher(nil)

	waitFor(t, "30 deliveries", func() bool { return len(r.delivered()) >= 30 })
	waitFor(t, "the other endpoint's delivery", func() bool { return len(other.delivered()) == 1 })
	got := r.delivered()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("deliveries out of order or repeated:\n got %v\nwant %v", got, want)
	}
	for i, d := range r.all() {
		var b struct {
			ID, Type, Timestamp string
			CampaignID          string `json:"campaign_id"`
			Data                map[string]any
		}
		if err := json.Unmarshal(d.Body, &b); err != nil {
			t.Fatal(err)
		}
		if b.ID != want[i] || d.Headers.Get("webhook-id") != want[i] || b.Type != webhooks.EventAwardCreated || b.CampaignID != "cmp_1" ||
			b.Data["n"] != float64(i) || d.Headers.Get("content-type") != "application/json" {
			t.Fatalf("delivery %d: %s %s", i, d.Headers, d.Body)
		}
	}
	if len(webhookstest.Outbox(t, e.rdb, e.prefix, token)) != 0 {
		t.Fatal("the outbox keeps entries that were fanned out")
	}
	// The dispatcher logs an attempt after the receiver has answered it, so
	// the receiver can count the 30th delivery before the log holds it.
	ep, err := e.store.Get(context.Background(), webhooks.OwnerPlatform("plt_a"), mustOnly(t, e, "plt_a"))
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "30 logged deliveries", func() bool { return logged(t, e, ep) >= 30 })
	log, err := e.store.Deliveries(context.Background(), ep.Owner, ep.ID, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 30 || log[0].EventID != want[29] || log[0].Outcome != webhooks.OutcomeDelivered || log[0].StatusCode != 200 {
		t.Fatalf("delivery log: %+v", log[:min(len(log), 2)])
	}
}

func mustOnly(t *testing.T, e *env, platform string) string {
	t.Helper()
	eps, err := e.store.List(context.Background(), webhooks.OwnerPlatform(platform))
	if err != nil || len(eps) != 1 {
		t.Fatalf("endpoints of %s: %v %v", platform, eps, err)
	}
	return eps[0].ID
}

func TestFailsFiveTimesThenSucceeds(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := newReceiver(t, func(_ string, n int) int {
		if n <= 5 {
			return http.StatusServiceUnavailable
		}
		return 0
	})
	ep, secret := e.endpoint(webhooks.OwnerPlatform("plt_a"), r.srv.URL, []string{webhooks.EventAwardCreated}, []string{"cmp_1"})
	r.setSecrets(secret)
	first := e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"n": 1})
	second := e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"n": 2})
	e.dispatcher(nil)

	waitFor(t, "both events", func() bool { return len(r.delivered()) == 2 })
	all := r.all()
	// The head is retried until it succeeds; the next event waits behind it (ordering per endpoint).
	var ids []string
	for _, d := range all {
		ids = append(ids, fmt.Sprintf("%s:%d", d.ID, d.Status))
	}
	want := []string{first + ":503", first + ":503", first + ":503", first + ":503", first + ":503", first + ":200",
		second + ":503", second + ":503", second + ":503", second + ":503", second + ":503", second + ":200"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Fatalf("attempts:\n got %v\nwant %v", ids, want)
	}
	waitFor(t, "12 logged attempts", func() bool { return logged(t, e, ep) >= 12 })
	log, err := e.store.Deliveries(context.Background(), ep.Owner, ep.ID, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 12 || log[6].EventID != first || log[6].Attempt != 6 || log[6].Outcome != webhooks.OutcomeDelivered ||
		log[7].StatusCode != 503 || log[7].Outcome != webhooks.OutcomeRetrying || log[7].Attempt != 5 {
		t.Fatalf("delivery log: %+v", log)
	}
}

func TestRefusedChangeEmitsNothing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	err := emitScript.Run(context.Background(), e.rdb, []string{webhooks.OutboxKey(e.prefix, token)},
		webhooks.EventAwardCreated, "cmp_1", "{}", e.clock.now().UnixMilli(), "1").Err()
	if err == nil || !strings.Contains(err.Error(), "budget_exhausted") {
		t.Fatalf("refused script: %v", err)
	}
	if got := webhookstest.Outbox(t, e.rdb, e.prefix, token); len(got) != 0 {
		t.Fatalf("a refused change emitted %+v", got)
	}
	id := e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"account": "0x01"})
	got := webhookstest.Outbox(t, e.rdb, e.prefix, token)
	if len(got) != 1 || got[0].ID != id || got[0].Type != webhooks.EventAwardCreated || got[0].CampaignID != "cmp_1" ||
		got[0].Data["account"] != "0x01" || !strings.HasPrefix(id, "evt_"+token+"_") {
		t.Fatalf("outbox: %+v (id %s)", got, id)
	}
}

func TestRotationSignsWithBothDuringGrace(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := newReceiver(t, nil)
	ep, oldSecret := e.endpoint(webhooks.OwnerWallet("0xAB"), r.srv.URL, []string{webhooks.EventAwardCreated}, nil)
	_, newSecret, err := e.store.Rotate(context.Background(), ep.Owner, ep.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if newSecret == oldSecret || !strings.HasPrefix(newSecret, "whsec_") {
		t.Fatalf("new secret %q", newSecret)
	}
	r.setSecrets(oldSecret, newSecret) // both verify during the grace period
	e.dispatcher(nil)
	if _, err := e.store.SendTest(context.Background(), ep.Owner, ep.ID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the test event", func() bool { return len(r.delivered()) == 1 })
	if sig := r.all()[0].Headers.Get("webhook-signature"); len(strings.Fields(sig)) != 2 {
		t.Fatalf("signature header during grace: %q", sig)
	}

	e.clock.advance(time.Hour + time.Second)
	r.setSecrets(newSecret)
	if _, err := e.store.SendTest(context.Background(), ep.Owner, ep.ID); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the second test event", func() bool { return len(r.delivered()) == 2 })
	d := r.all()[1]
	if len(strings.Fields(d.Headers.Get("webhook-signature"))) != 1 {
		t.Fatalf("after grace: %q", d.Headers.Get("webhook-signature"))
	}
	old, _ := standardwebhooks.NewWebhook(oldSecret)
	if err := old.VerifyIgnoringTimestamp(d.Body, d.Headers); !errors.Is(err, standardwebhooks.ErrNoMatchingSignature) {
		t.Fatalf("the old secret still verifies after the grace period: %v", err)
	}
}

func TestDisabledAfterFailingForDays(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	down := newReceiver(t, func(string, int) int { return http.StatusInternalServerError })
	owner := webhooks.OwnerPlatform("plt_a")
	ep, secret := e.endpoint(owner, down.srv.URL, []string{webhooks.EventAwardCreated}, []string{"cmp_1"})
	down.setSecrets(secret)
	notices := newReceiver(t, nil)
	_, noticeSecret := e.endpoint(owner, notices.srv.URL, []string{webhooks.EventWebhookDisabled}, nil)
	notices.setSecrets(noticeSecret)
	stranger := newReceiver(t, nil)
	e.endpoint(webhooks.OwnerPlatform("plt_b"), stranger.srv.URL, []string{webhooks.EventWebhookDisabled}, nil)

	e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{})
	e.dispatcher(func(c *webhooks.Config) {
		c.RetryFor, c.DisableAfter, c.BaseDelay, c.MaxDelay = 72*time.Hour, 5*24*time.Hour, time.Hour, time.Hour
	})
	waitFor(t, "the first attempt logged", func() bool { return logged(t, e, ep) == 1 })
	e.clock.advance(5*24*time.Hour + time.Minute)
	waitFor(t, "the webhook.disabled notice", func() bool { return len(notices.delivered()) == 1 })
	var b struct {
		Type string
		Data map[string]any
	}
	_ = json.Unmarshal(notices.all()[0].Body, &b)
	if b.Type != webhooks.EventWebhookDisabled || b.Data["endpoint_id"] != ep.ID {
		t.Fatalf("notice: %s", notices.all()[0].Body)
	}
	got, err := e.store.Get(context.Background(), owner, ep.ID)
	if err != nil || !got.Disabled {
		t.Fatalf("endpoint after failing 5 days: %+v %v", got, err)
	}
	if len(stranger.all()) != 0 {
		t.Fatal("another owner got the notice")
	}
	if n := len(down.all()); n != 2 {
		t.Fatalf("%d attempts, want 2 (one, then one after the clock moved)", n)
	}
}

func TestBadInputChangesNothing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	owner := webhooks.OwnerPlatform("plt_a")
	for _, ne := range []webhooks.NewEndpoint{
		{Owner: owner, URL: "https://example.com", Events: nil},
		{Owner: owner, URL: "https://example.com", Events: []string{"award.exploded"}},
		{Owner: owner, URL: "https://example.com", Events: []string{webhooks.EventAwardCreated}, Campaigns: []string{""}},
	} {
		if _, _, err := e.store.Create(context.Background(), ne); !errors.Is(err, webhooks.ErrInvalid) {
			t.Errorf("%+v: %v", ne, err)
		}
	}
	if eps, _ := e.store.List(context.Background(), owner); len(eps) != 0 {
		t.Fatalf("refused endpoints were stored: %+v", eps)
	}
	if _, err := e.store.Get(context.Background(), webhooks.OwnerPlatform("plt_b"), "whk_nope"); !errors.Is(err, webhooks.ErrNotFound) {
		t.Fatal(err)
	}
}

func TestRedeliver(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	r := newReceiver(t, nil)
	ep, secret := e.endpoint(webhooks.OwnerPlatform("plt_a"), r.srv.URL, []string{webhooks.EventAwardCreated}, []string{"cmp_1"})
	r.setSecrets(secret)
	id := e.emit(webhooks.EventAwardCreated, "cmp_1", map[string]any{"n": 1})
	e.dispatcher(nil)
	waitFor(t, "the delivery logged", func() bool { return logged(t, e, ep) == 1 })
	if err := e.store.Redeliver(context.Background(), ep.Owner, ep.ID, "evt_nope"); !errors.Is(err, webhooks.ErrNotFound) {
		t.Fatalf("redeliver an unknown event: %v", err)
	}
	if err := e.store.Redeliver(context.Background(), webhooks.OwnerPlatform("plt_b"), ep.ID, id); !errors.Is(err, webhooks.ErrNotFound) {
		t.Fatalf("redeliver on another's endpoint: %v", err)
	}
	if err := e.store.Redeliver(context.Background(), ep.Owner, ep.ID, id); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the redelivery", func() bool { return len(r.delivered()) == 2 })
	all := r.all()
	if all[0].ID != id || all[1].ID != id || string(all[0].Body) != string(all[1].Body) {
		t.Fatalf("redelivery differs: %s / %s", all[0].Body, all[1].Body)
	}
}

// logged is how many attempts the endpoint's delivery log holds.
func logged(t *testing.T, e *env, ep *webhooks.Endpoint) int {
	t.Helper()
	log, err := e.store.Deliveries(context.Background(), ep.Owner, ep.ID, webhooks.LogSize)
	if err != nil {
		t.Fatal(err)
	}
	return len(log)
}
