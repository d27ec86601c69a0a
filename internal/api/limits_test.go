package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
)

// TestWalletLimits: every wallet write that makes the service pay gas or store data is limited per wallet:
// the request over the limit is a 429 rate_limited with Retry-After, and nothing is stored (nor submitted to
// the chain); another wallet is not affected, and an idempotent replay is not counted.
func TestWalletLimits(t *testing.T) {
	t.Parallel()
	const limit = 3
	tests := []struct {
		name string
		// setUp returns a write of w (key: its Idempotency-Key, "" for none) and what w has stored so far.
		setUp func(t *testing.T, h *testAPI, w *wallet) (write func(key string) *result, stored func() int)
	}{
		{"communities", func(t *testing.T, h *testAPI, w *wallet) (func(string) *result, func() int) {
			ask := func() communityRequest {
				var r communityRequestResponse
				h.post(t, "/v1/communities/request", w.token, map[string]any{"name": "N", "symbol": "S",
					"max_supply": "0", "creator_allocation": "0"}).want(t, http.StatusOK).decode(t, &r)
				return r.Request
			}
			replayed := ask()
			write := func(key string) *result {
				r := replayed // an idempotent request is the same request again
				if key == "" {
					r = ask()
				}
				return h.post(t, "/v1/communities", w.token, signedCommunity(t, w, r, w.key), idemHeader(key)...)
			}
			return write, func() int {
				page, _, err := h.ledger.CreatorCommunities(context.Background(), w.addr, "", 200)
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for _, c := range h.comms.submitted() {
					if c.Creator.Common() == w.addr {
						n++
					}
				}
				if n != len(page) {
					t.Fatalf("%d submitted, %d stored", n, len(page))
				}
				return n
			}
		}},
		{"campaigns", func(t *testing.T, h *testAPI, w *wallet) (func(string) *result, func() int) {
			community := h.communityDirect(t, w)
			write := func(key string) *result {
				return h.post(t, "/v1/campaigns", w.token, map[string]any{"community_id": community.ID, "budget": "10",
					"rules": defaultRules()}, idemHeader(key)...)
			}
			return write, func() int {
				var out campaignsResponse
				h.get(t, "/v1/communities/"+community.ID+"/campaigns?limit=200", "").want(t, http.StatusOK).decode(t, &out)
				return len(out.Campaigns)
			}
		}},
		{"platforms", func(t *testing.T, h *testAPI, w *wallet) (func(string) *result, func() int) {
			camp := h.campaignDirect(t, w)
			write := func(key string) *result {
				return h.post(t, "/v1/campaigns/"+camp+"/platforms", w.token, map[string]any{"name": "p"}, idemHeader(key)...)
			}
			return write, func() int { return len(h.overrides(t, camp)) }
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newTestAPI(t, withWalletLimits(limit, limit, limit))
			w, other := h.wallet(t, "limited"), h.wallet(t, "other")
			write, stored := tc.setUp(t, h, w)
			base := stored()
			for i := range limit {
				key := ""
				if i == 0 {
					key = "replayed"
				}
				if r := write(key); r.Status >= 300 {
					t.Fatalf("write %d: %d %s", i+1, r.Status, r.Body)
				}
			}
			if got := stored() - base; got != limit {
				t.Fatalf("%d stored, want %d", got, limit)
			}
			if r := write("replayed"); r.Status >= 300 || r.Header.Get("Idempotent-Replayed") != "true" {
				t.Fatalf("replay over the limit: %d %s", r.Status, r.Body)
			}
			r := write("").wantError(t, http.StatusTooManyRequests, "rate_limited")
			if ra, err := strconv.Atoi(r.Header.Get("Retry-After")); err != nil || ra < 1 || ra > 3600 {
				t.Fatalf("Retry-After %q", r.Header.Get("Retry-After"))
			}
			write("other-key").wantError(t, http.StatusTooManyRequests, "rate_limited")
			if got := stored() - base; got != limit {
				t.Fatalf("over the limit: %d stored, want %d", got, limit)
			}
			// Another wallet has its own allowance.
			ow, _ := tc.setUp(t, h, other)
			if r := ow(""); r.Status >= 300 {
				t.Fatalf("another wallet: %d %s", r.Status, r.Body)
			}
		})
	}
}

// TestPlatformRemovalLimit: taking platforms off a campaign counts against the same per-wallet allowance as
// adding them.
func TestPlatformRemovalLimit(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t, withWalletLimits(100, 100, 2))
	w := h.wallet(t, "creator")
	camp := h.campaignDirect(t, w)
	var p campaignPlatformCreated
	h.post(t, "/v1/campaigns/"+camp+"/platforms", w.token, map[string]any{"name": "p"}).want(t, http.StatusCreated).decode(t, &p)
	h.do(t, call{method: "DELETE", path: "/v1/campaigns/" + camp + "/platforms/" + p.Platform.ID, token: w.token}).want(t, http.StatusOK)
	h.do(t, call{method: "DELETE", path: "/v1/campaigns/" + camp + "/platforms/" + p.Platform.ID, token: w.token}).
		wantError(t, http.StatusTooManyRequests, "rate_limited")
}

func idemHeader(key string) []string {
	if key == "" {
		return nil
	}
	return []string{"Idempotency-Key", key}
}

// communityDirect stores a community of w in the ledger, not through the API, so that it takes none of
// w's allowance.
func (h *testAPI) communityDirect(t testing.TB, w *wallet) communityResponse {
	t.Helper()
	var salt [32]byte
	_, _ = rand.Read(salt[:])
	c := ledger.Community{ID: "cmt_" + hex.EncodeToString(salt[:8]), Creator: rewards.Address(w.addr), Name: "N", Symbol: "S",
		TokenAddress: rewards.Address(predictToken(w.addr, salt)), CreatedAt: h.clock.Now()}
	if err := h.ledger.CreateCommunity(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	h.chain.setCreator(c.TokenAddress.Common(), w.addr) // as if deployed
	return communityJSON(&c)
}

// campaignDirect stores a community and a campaign of w, not through the API, and returns the campaign's id.
func (h *testAPI) campaignDirect(t testing.TB, w *wallet) string {
	t.Helper()
	c := h.communityDirect(t, w)
	var b [8]byte
	_, _ = rand.Read(b[:])
	camp := &rewards.Campaign{ID: "cmp_" + hex.EncodeToString(b[:]), CommunityID: c.ID, Creator: rewards.Address(w.addr),
		RewardToken: rewards.Address(common.HexToAddress(c.TokenAddress)), Budget: mustAmount(t, "1000000"),
		Rules: rewards.Rules{Contributions: map[string]rewards.Amount{"post": mustAmount(t, "1")}}, Platforms: []string{},
		CreatedAt: h.clock.Now()}
	ctx := context.Background()
	if err := h.ledger.IndexCampaign(ctx, c.ID, camp.ID, camp.CreatedAt); err != nil {
		t.Fatal(err)
	}
	if err := h.ledger.CreateCampaign(ctx, camp); err != nil {
		t.Fatal(err)
	}
	return camp.ID
}

// TestCreatorPlatformsShareOneBucket: the platform tokens a creator issues share the creator's requests per
// second, however many there are; an operator's platform keeps its own. (Before, each of the 100 tokens had
// its own allowance: 100 times the rate.)
func TestCreatorPlatformsShareOneBucket(t *testing.T) {
	t.Parallel()
	const rate, tokens = 20, 100
	// The issuance limit high, to isolate the shared bucket (TestWalletLimits covers the issuance limit).
	w := newWorld(t, "1000000000", nil, withRateLimit(rate), withWalletLimits(1000, 1000, 1000))
	var issued []string
	for i := range tokens {
		var out campaignPlatformCreated
		w.post(t, "/v1/campaigns/"+w.campaign.ID+"/platforms", w.creator.token, map[string]any{"name": fmt.Sprint("p", i)}).
			want(t, http.StatusCreated).decode(t, &out)
		issued = append(issued, out.Token)
	}
	var accepted, limited atomic.Int64
	start := time.Now()
	var wg sync.WaitGroup
	for i, tok := range issued {
		wg.Go(func() {
			for j := range 3 {
				r := w.do(t, call{method: "POST", path: "/v1/awards", token: tok,
					body: award(w.campaign.ID, account(i*10+j+1), "1", "shared")})
				switch r.Status {
				case http.StatusCreated:
					accepted.Add(1)
				case http.StatusTooManyRequests:
					limited.Add(1)
				default:
					t.Errorf("award: %d %s", r.Status, r.Body)
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	// One GCRA bucket of rate per second with a burst of rate: at most rate + rate·elapsed (+1 for rounding).
	bound := rate + int64(float64(rate)*elapsed.Seconds()) + 1
	if got := accepted.Load(); got > bound || got == 0 {
		t.Fatalf("%d awards accepted from %d tokens in %s, want 1 to %d (one bucket of %d/s)", got, tokens, elapsed, bound, rate)
	}
	if limited.Load() == 0 {
		t.Fatal("nothing was rate limited")
	}
	// The operator's platform has its own bucket: the creator's being empty does not refuse it.
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(9999), "1", "own")).want(t, http.StatusCreated)
}

// TestMetricsBounded: requests to many distinct campaigns, accounts, paths and methods add no series to
// /metrics: labels are route templates, standard methods and statuses.
func TestMetricsBounded(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000", nil)
	series := func() map[string]bool {
		body := string(w.get(t, "/metrics", "").want(t, http.StatusOK).Body)
		out := map[string]bool{}
		for _, line := range strings.Split(body, "\n") {
			if strings.HasPrefix(line, "tribe_") {
				name, _, _ := strings.Cut(line, " ") // the series, without its value
				out[name] = true
			}
		}
		return out
	}
	series() // /metrics's own series
	round := func(n int) {
		for i := range 20 {
			id := fmt.Sprintf("%d_%d", n, i)
			w.get(t, "/v1/campaigns/cmp_"+id, "")
			w.get(t, "/v1/campaigns/"+w.campaignDirect(t, w.creator), "").want(t, http.StatusOK)
			w.get(t, "/v1/communities/cmt_"+id+"/campaigns", "")
			w.get(t, "/v1/accounts/"+account(n*100+i).Hex()+"/claims/"+account(i).Hex(), "")
			w.get(t, "/nowhere/"+id, "")
			w.do(t, call{method: "FOO" + strconv.Itoa(i), path: "/v1/info"})
			w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(n*100+i), "1", "r"+id))
		}
	}
	round(1)
	after := series()
	for n := 2; n <= 4; n++ {
		round(n)
	}
	for s := range series() {
		if !after[s] {
			t.Errorf("new series after requests to other campaigns, accounts, paths and methods: %s", s)
		}
	}
	body := string(w.get(t, "/metrics", "").Body)
	for _, bad := range []*regexp.Regexp{regexp.MustCompile(`cmp_\d`), regexp.MustCompile(`0x[0-9a-fA-F]{40}`),
		regexp.MustCompile(`/nowhere`), regexp.MustCompile(`FOO`)} {
		if bad.MatchString(body) {
			t.Errorf("/metrics holds %s", bad)
		}
	}
}

// TestCachesBounded: a replica's caches hold at most their configured size, whatever the number of distinct
// campaigns and platforms it serves.
func TestCachesBounded(t *testing.T) {
	t.Parallel()
	const size = 16
	w := newWorld(t, "1000000", nil, withCacheSize(size))
	ctx := context.Background()
	for i := range 3 * size {
		c := w.campaign
		id := fmt.Sprintf("cmp_cache_%d", i)
		camp := *c.Campaign
		camp.ID = id
		if err := w.ledger.CreateCampaign(ctx, &camp); err != nil {
			t.Fatal(err)
		}
		w.get(t, "/v1/campaigns/"+id, "").want(t, http.StatusOK)
		p := w.testAPI.platform(t, nil, nil)
		w.post(t, "/v1/awards", p.Token, award(id, account(i+1), "1", "x")).want(t, http.StatusCreated)
	}
	if n := w.api.campaigns.Len(); n > size {
		t.Errorf("campaign cache holds %d, want ≤ %d", n, size)
	}
	if n := w.api.platforms.len(); n > size {
		t.Errorf("platform cache holds %d, want ≤ %d", n, size)
	}
	if n := w.api.platformACLs.len(); n > size {
		t.Errorf("platform overrides cache holds %d, want ≤ %d", n, size)
	}
	if n := w.api.quotas.Len(); n > size {
		t.Errorf("rate-limit allowances hold %d, want ≤ %d", n, size)
	}
}

// TestListingPages: a wallet's communities and a community's campaigns come a page at a time (limit default
// 50, at most 200), each entry once across the pages, next_cursor empty on the last; a bad cursor or limit is
// a 400.
func TestListingPages(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	w := h.wallet(t, "creator")
	const n = 7
	var community string
	for i := range n {
		c := h.communityDirect(t, w)
		h.clock.Add(time.Millisecond * time.Duration(i%2)) // some share a millisecond
		if i == 0 {
			community = c.ID
		}
	}
	for i := range n {
		h.post(t, "/v1/campaigns", w.token, map[string]any{"community_id": community, "budget": "10",
			"rules": defaultRules()}).want(t, http.StatusCreated)
		h.clock.Add(time.Millisecond * time.Duration(i%2))
	}
	type page struct {
		Communities []communityResponse `json:"communities"`
		Campaigns   []json.RawMessage   `json:"campaigns"`
		NextCursor  string              `json:"next_cursor"`
	}
	for _, path := range []string{"/v1/accounts/" + w.addr.Hex() + "/communities", "/v1/communities/" + community + "/campaigns"} {
		for _, limit := range []int{1, 2, 3, 7, 50} {
			t.Run(fmt.Sprint(path, limit), func(t *testing.T) {
				seen, pages, cursor := map[string]bool{}, 0, ""
				for {
					var p page
					h.get(t, fmt.Sprintf("%s?limit=%d&cursor=%s", path, limit, cursor), w.token).want(t, http.StatusOK).decode(t, &p)
					pages++
					got := len(p.Communities) + len(p.Campaigns)
					if got > limit {
						t.Fatalf("page of %d, limit %d", got, limit)
					}
					for _, c := range p.Communities {
						if seen[c.ID] {
							t.Fatalf("%s twice", c.ID)
						}
						seen[c.ID] = true
					}
					for _, raw := range p.Campaigns {
						var c struct{ ID string }
						_ = json.Unmarshal(raw, &c)
						if seen[c.ID] {
							t.Fatalf("%s twice", c.ID)
						}
						seen[c.ID] = true
					}
					if p.NextCursor == "" {
						break
					}
					cursor = p.NextCursor
				}
				if len(seen) != n {
					t.Fatalf("%d entries over %d pages, want %d", len(seen), pages, n)
				}
			})
		}
		h.get(t, path+"?cursor=garbage!", w.token).wantError(t, http.StatusBadRequest, "invalid_cursor")
		h.get(t, path+"?limit=201", w.token).wantError(t, http.StatusBadRequest, "bad_request")
		h.get(t, path+"?limit=0", w.token).wantError(t, http.StatusBadRequest, "bad_request")
	}
}
