package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// newKeyedAPI is newTestAPI with its ledger under a key prefix the caller knows, so that a test can digest
// every key the API may write (see keyspaceOf). Only the rate limiter's keys live outside it.
func newKeyedAPI(t testing.TB, opts ...harnessOption) (*testAPI, string) {
	t.Helper()
	h := newTestAPI(t, opts...)
	prefix := ledgertest.Prefix(t)
	store := ledger.New(ledgertest.Redis(t), ledger.Options{Prefix: prefix, Now: h.clock.Now})
	d := h.api.Deps
	d.Ledger, d.Registry, d.Gatherer = store, nil, nil
	h.api, h.ledger, h.comms.store = New(d), store, store
	return h, prefix
}

// newKeyedWorld is newWorld over newKeyedAPI.
func newKeyedWorld(t testing.TB, budget string, rules map[string]any, opts ...harnessOption) (*world, string) {
	t.Helper()
	h, prefix := newKeyedAPI(t, opts...)
	if rules == nil {
		rules = defaultRules()
	}
	w := &world{testAPI: h, creator: h.wallet(t, "creator")}
	w.community = h.community(t, w.creator)
	w.campaign = h.campaign(t, w.creator, w.community.ID, budget, rules, nil)
	w.platform = h.platform(t, nil, nil)
	return w, prefix
}

// keyspace is every key under a prefix with a digest of its type, whether it has a TTL, and its DUMP (the
// full serialized value: every hash field, stream entry, list element, set and zset member).
type keyspace map[string]string

// keyspaceOf reads the keyspace under prefix (on every master of a cluster).
func keyspaceOf(t testing.TB, prefix string) keyspace {
	t.Helper()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	var names []string
	scan := func(ctx context.Context, c redis.Cmdable) error {
		iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
		for iter.Next(ctx) {
			names = append(names, iter.Val())
		}
		return iter.Err()
	}
	var err error
	if cc, ok := rdb.(*redis.ClusterClient); ok {
		var mu sync.Mutex // ForEachMaster calls in parallel
		err = cc.ForEachMaster(ctx, func(ctx context.Context, c *redis.Client) error {
			mu.Lock()
			defer mu.Unlock()
			return scan(ctx, c)
		})
	} else {
		err = scan(ctx, rdb)
	}
	if err != nil {
		t.Fatalf("scan %s:*: %v", prefix, err)
	}
	sort.Strings(names)
	names = slices.Compact(names)
	types := make([]*redis.StatusCmd, len(names))
	ttls := make([]*redis.DurationCmd, len(names))
	dumps := make([]*redis.StringCmd, len(names))
	_, err = rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, k := range names {
			types[i], ttls[i], dumps[i] = p.Type(ctx, k), p.PTTL(ctx, k), p.Dump(ctx, k)
		}
		return nil
	})
	if err != nil && err != redis.Nil {
		t.Fatalf("dump %s:*: %v", prefix, err)
	}
	ks := keyspace{}
	for i, k := range names {
		if types[i].Val() == "none" {
			continue // expired or deleted between SCAN and DUMP
		}
		h := sha256.New()
		fmt.Fprintf(h, "%s\n%v\n", types[i].Val(), ttls[i].Val() > 0)
		h.Write([]byte(dumps[i].Val()))
		ks[k] = hex.EncodeToString(h.Sum(nil))
	}
	return ks
}

// diff describes how after differs from ks ("" if it does not), leaving out keys created, changed or gone
// that tolerate allows (nil: none): a tolerated key may also expire meanwhile (a rate limit's bucket refills
// and Redis drops it, in milliseconds under the tests' high limits).
func (ks keyspace) diff(after keyspace, tolerate func(key string) bool) string {
	if tolerate == nil {
		tolerate = func(string) bool { return false }
	}
	var out []string
	for k, v := range ks {
		switch w, ok := after[k]; {
		case !ok && !tolerate(k):
			out = append(out, "deleted "+k)
		case w != v && !tolerate(k):
			out = append(out, "changed "+k)
		}
	}
	for k := range after {
		if _, ok := ks[k]; !ok && !tolerate(k) {
			out = append(out, "created "+k)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// preScriptWrites tolerates the token indexes ledger.Store.Apply writes before its atomic script decides
// and keeps when the script refuses (<p>:tokens, <p>:account:<a>:tokens): they only say where to look, and
// readers skip tokens with nothing in them. The binding of an Idempotency-Key to a token is released on a
// refusal, so it must not change. Rate limits (<p>:rl:...) count refused requests too, by design: a limit
// counted only on success could be passed by sending many requests at once.
func preScriptWrites(prefix string) func(string) bool {
	return func(k string) bool {
		return k == prefix+":tokens" || (strings.HasPrefix(k, prefix+":account:") && strings.HasSuffix(k, ":tokens")) ||
			strings.HasPrefix(k, prefix+":rl:")
	}
}

// wantErrorShape fails t unless body is exactly {"error": {"code", "message"[, "retry_after"]}} with a
// non-empty code and message.
func wantErrorShape(t testing.TB, status int, body []byte) {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal(body, &top); err != nil || len(top) != 1 || top["error"] == nil {
		t.Fatalf("%d: not the error shape: %s", status, body)
	}
	var e map[string]any
	if err := json.Unmarshal(top["error"], &e); err != nil {
		t.Fatalf("%d: not the error shape: %s", status, body)
	}
	code, _ := e["code"].(string)
	msg, _ := e["message"].(string)
	for k := range e {
		if k != "code" && k != "message" && k != "retry_after" {
			t.Fatalf("%d: unexpected field %q in the error: %s", status, k, body)
		}
	}
	if code == "" || msg == "" {
		t.Fatalf("%d: error without a code or a message: %s", status, body)
	}
}

// fuzzEndpoints are the JSON write endpoints FuzzWriteEndpoints drives; campaigns is the creator's, the rest
// the platform's.
var fuzzEndpoints = []string{"/v1/awards", "/v1/awards/batch", "/v1/events", "/v1/referrals", "/v1/campaigns"}

// fuzzStatuses are the answers a JSON write may give to any body.
var fuzzStatuses = map[int]bool{200: true, 201: true, 400: true, 404: true, 409: true, 413: true, 422: true}

// FuzzWriteEndpoints sends arbitrary bodies (and Idempotency-Keys) to the JSON write endpoints through the real
// router on a real Redis: the status is one of fuzzStatuses (never a 5xx, a panic would be a 500), every
// refusal has the one error shape, every exchange matches openapi.yaml, and a refused request changes no key
// of the ledger. In bodies, $CAMPAIGN and $COMMUNITY stand for the world's campaign and community ids.
func FuzzWriteEndpoints(f *testing.F) {
	w, prefix := newKeyedWorld(f, rewards.MaxUint256().String(), nil, quiet())
	a1, a2 := account(1).Hex(), account(2).Hex()
	award := `{"campaign_id":"$CAMPAIGN","account":"` + a1 + `","amount":"7","reason":"seed"}`
	seeds := []struct {
		ep   uint8
		body string
		key  string
	}{
		{0, award, ""},
		{0, award, "k1"},
		{0, strings.Replace(award, `"7"`, `"-7"`, 1), ""},
		{0, strings.Replace(award, `"7"`, `7`, 1), ""},
		{0, strings.Replace(award, `"7"`, `"115792089237316195423570985008687907853269984665640564039457584007913129639936"`, 1), ""},
		{0, strings.Replace(award, a1, strings.ToLower(a1), 1), ""},
		{0, strings.Replace(award, `"seed"}`, `"seed","memo":1}`, 1), ""},
		{0, `{"campaign_id":"cmp_nope","account":"` + a1 + `","amount":"1","reason":"x"}`, ""},
		{1, `{"awards":[` + award + `,` + award + `]}`, ""},
		{1, `{"awards":[` + award + `,` + strings.Replace(award, `"7"`, `"1.5"`, 1) + `]}`, "b1"},
		{1, `{"awards":[]}`, ""},
		{1, `{"awards":"` + award + `"}`, ""},
		{2, `{"campaign_id":"$CAMPAIGN","kind":"signup","account":"` + a2 + `"}`, ""},
		{2, `{"campaign_id":"$CAMPAIGN","kind":"contribution","account":"` + a2 + `","contribution_kind":"post"}`, "e1"},
		{2, `{"campaign_id":"$CAMPAIGN","kind":"contribution","account":"` + a2 + `","contribution_kind":"nope"}`, ""},
		{2, `{"campaign_id":"$CAMPAIGN","kind":"purchase","account":"` + a2 + `","value":"1000"}`, ""},
		{2, `{"campaign_id":"$CAMPAIGN","kind":"purchase","account":"` + a2 + `","value":1000}`, ""},
		{3, `{"campaign_id":"$CAMPAIGN","referrer":"` + a1 + `","referee":"` + a2 + `"}`, "r1"},
		{3, `{"campaign_id":"$CAMPAIGN","referrer":"` + a1 + `","referee":"` + a1 + `"}`, ""},
		{3, `{"campaign_id":"$CAMPAIGN","referrer":"` + a2 + `","referee":"` + a1 + `"}`, ""},
		{4, `{"community_id":"$COMMUNITY","budget":"1000","rules":{"contributions":{"post":"1"}}}`, "c1"},
		{4, `{"community_id":"$COMMUNITY","budget":"0","rules":{"contributions":{"post":"1"}}}`, ""},
		{4, `{"community_id":"$COMMUNITY","budget":"10","rules":{"revenue_share":{"bps":10001,"window_days":1}}}`, ""},
		{4, `{"community_id":"cmt_nope","budget":"10","rules":{"contributions":{"post":"1"}}}`, ""},
		{0, ``, ""}, {1, `null`, ""}, {2, `[]`, ""}, {3, `{`, ""}, {4, "\xff", ""},
	}
	for _, s := range seeds {
		f.Add(s.ep, []byte(s.body), s.key)
	}
	f.Fuzz(func(t *testing.T, ep uint8, body []byte, key string) {
		path := fuzzEndpoints[int(ep)%len(fuzzEndpoints)]
		token := w.platform.Token
		if path == "/v1/campaigns" {
			token = w.creator.token
		}
		body = bytes.ReplaceAll(body, []byte("$CAMPAIGN"), []byte(w.campaign.ID))
		body = bytes.ReplaceAll(body, []byte("$COMMUNITY"), []byte(w.community.ID))
		c := call{method: http.MethodPost, path: path, token: token, body: body}
		if key != "" {
			c.header = map[string]string{"Idempotency-Key": key}
		}
		before := keyspaceOf(t, prefix)
		r := w.do(t, c)
		if !fuzzStatuses[r.Status] {
			t.Fatalf("POST %s %q (key %q) → %d: %s", path, body, key, r.Status, r.Body)
		}
		if r.Status < 300 {
			if !json.Valid(r.Body) {
				t.Fatalf("POST %s %q → %d with a body that is not JSON: %s", path, body, r.Status, r.Body)
			}
			return
		}
		wantErrorShape(t, r.Status, r.Body)
		if d := before.diff(keyspaceOf(t, prefix), preScriptWrites(prefix)); d != "" {
			t.Fatalf("POST %s %q (key %q) → %d %s, but changed the ledger:\n%s", path, body, key, r.Status, r.Body, d)
		}
	})
}
