package api

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/auth"
)

// replica is a second API over the same Redis and clock, as another tribed behind the load balancer.
func (h *testAPI) replica(t testing.TB) *testAPI {
	t.Helper()
	d := h.api.Deps
	d.Registry, d.Gatherer = nil, nil
	r := *h
	r.api = New(d)
	return &r
}

func TestAccountCommunities(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator, other := h.wallet(t, "creator"), h.wallet(t, "other")
	first := h.community(t, creator)
	h.clock.Add(time.Minute)
	theirs := h.community(t, other)
	h.clock.Add(time.Minute)
	second := h.community(t, creator)

	var got communitiesResponse
	h.get(t, "/v1/accounts/"+creator.addr.Hex()+"/communities", creator.token).want(t, http.StatusOK).decode(t, &got)
	var ids []string
	for _, c := range got.Communities {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []string{second.ID, first.ID}) {
		t.Fatalf("communities %v, want newest first %v", ids, []string{second.ID, first.ID})
	}
	// Each as GET /v1/communities/{id} returns it.
	for _, c := range got.Communities {
		one := h.get(t, "/v1/communities/"+c.ID, "").want(t, http.StatusOK)
		if !jsonEqual(t, one.Body, mustJSON(t, c)) {
			t.Fatalf("listed %s\nGET %s", mustJSON(t, c), one.Body)
		}
	}
	// Any case of the wallet's own address.
	lower := strings.ToLower(creator.addr.Hex())
	h.get(t, "/v1/accounts/"+lower+"/communities", creator.token).want(t, http.StatusOK).decode(t, &got)
	if len(got.Communities) != 2 {
		t.Fatalf("lower-case address: %d communities", len(got.Communities))
	}
	h.get(t, "/v1/accounts/"+other.addr.Hex()+"/communities", other.token).want(t, http.StatusOK).decode(t, &got)
	if len(got.Communities) != 1 || got.Communities[0].ID != theirs.ID {
		t.Fatalf("other's communities %+v", got.Communities)
	}
	none := h.wallet(t, "none")
	res := h.get(t, "/v1/accounts/"+none.addr.Hex()+"/communities", none.token).want(t, http.StatusOK)
	if !jsonEqual(t, res.Body, []byte(`{"communities":[],"next_cursor":""}`)) {
		t.Fatalf("no communities: %s", res.Body)
	}

	platform := h.platform(t, nil, nil)
	for _, tc := range []struct {
		name, path, token string
		status            int
		code              string
	}{
		{"another wallet", "/v1/accounts/" + creator.addr.Hex() + "/communities", other.token, 403, "forbidden"},
		{"a platform", "/v1/accounts/" + creator.addr.Hex() + "/communities", platform.Token, 403, "forbidden"},
		{"an admin", "/v1/accounts/" + creator.addr.Hex() + "/communities", h.admin, 403, "forbidden"},
		{"no token", "/v1/accounts/" + creator.addr.Hex() + "/communities", "", 401, "unauthorized"},
		{"bad address", "/v1/accounts/0x1234/communities", creator.token, 400, "bad_request"},
		{"bad checksum", "/v1/accounts/" + badChecksum(t, creator.addr) + "/communities", creator.token, 400, "bad_request"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h.get(t, tc.path, tc.token).wantError(t, tc.status, tc.code)
		})
	}
}

func TestCommunityCampaigns(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator := h.wallet(t, "creator")
	community, otherCommunity := h.community(t, creator), h.community(t, creator)
	old := h.campaign(t, creator, community.ID, "1000", defaultRules(), nil)
	h.clock.Add(time.Second)
	h.campaign(t, creator, otherCommunity.ID, "5", defaultRules(), nil)
	h.clock.Add(time.Second)
	recent := h.campaign(t, creator, community.ID, "2000", defaultRules(), []string{"plt_x"})

	// Totals move: the listing shows them as GET /v1/campaigns/{id} does.
	p := h.platform(t, nil, nil)
	h.post(t, "/v1/awards", p.Token, award(old.ID, account(1), "30", "early")).want(t, http.StatusCreated)

	var got struct {
		Campaigns []json.RawMessage `json:"campaigns"`
	}
	h.get(t, "/v1/communities/"+community.ID+"/campaigns", "").want(t, http.StatusOK).decode(t, &got)
	if len(got.Campaigns) != 2 {
		t.Fatalf("%d campaigns, want 2", len(got.Campaigns))
	}
	for i, id := range []string{recent.ID, old.ID} {
		one := h.get(t, "/v1/campaigns/"+id, "").want(t, http.StatusOK)
		if !jsonEqual(t, got.Campaigns[i], one.Body) {
			t.Fatalf("campaign %d: listed %s\nGET %s", i, got.Campaigns[i], one.Body)
		}
	}
	var first campaignResponse
	if err := json.Unmarshal(got.Campaigns[1], &first); err != nil || first.Awarded != "30" || first.RemainingBudget != "970" {
		t.Fatalf("totals of %s (%v)", got.Campaigns[1], err)
	}

	empty := h.community(t, creator)
	if res := h.get(t, "/v1/communities/"+empty.ID+"/campaigns", "").want(t, http.StatusOK); !jsonEqual(t, res.Body, []byte(`{"campaigns":[],"next_cursor":""}`)) {
		t.Fatalf("no campaigns: %s", res.Body)
	}
	h.get(t, "/v1/communities/cmt_nope/campaigns", "").wantError(t, http.StatusNotFound, "not_found")
}

type statsDay struct {
	Day          string `json:"day"`
	Awards       int64  `json:"awards"`
	Amount       string `json:"amount"`
	Reversed     string `json:"reversed"`
	Rejected     string `json:"rejected"`
	AwardedTotal string `json:"awarded_total"`
}

type statsBody struct {
	CampaignID string     `json:"campaign_id"`
	Budget     string     `json:"budget"`
	Awarded    string     `json:"awarded"`
	Remaining  string     `json:"remaining"`
	Awards     int64      `json:"awards"`
	Referrals  int64      `json:"referrals"`
	Holders    int64      `json:"holders"`
	Pending    string     `json:"pending"`
	Debt       string     `json:"debt"`
	Reversed   string     `json:"reversed"`
	Rejected   string     `json:"rejected"`
	Days       []statsDay `json:"days"`
}

func TestCampaignStats(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	path := "/v1/campaigns/" + w.campaign.ID + "/stats"
	reader := w.testAPI.platform(t, []string{ScopeLeaderboards}, []string{w.campaign.ID})
	noScope := w.testAPI.platform(t, []string{ScopeAwards}, nil)
	elsewhere := w.testAPI.platform(t, []string{ScopeLeaderboards}, []string{"cmp_other"})
	// testStart is 2026-03-01 12:00 UTC: two awards that day, a referral and its award the next.
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "100", "a")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(2), "50", "b")).want(t, http.StatusCreated)
	w.clock.Add(13 * time.Hour) // 2026-03-02 01:00
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "25", "c")).want(t, http.StatusCreated)
	w.post(t, "/v1/referrals", w.platform.Token, map[string]any{"campaign_id": w.campaign.ID, "referrer": account(1).Hex(),
		"referee": account(3).Hex()}).want(t, http.StatusCreated)
	w.login(t, w.creator) // a sign-in lasts as long as its message: minutes

	var st statsBody
	w.get(t, path+"?days=3", w.creator.token).want(t, http.StatusOK).decode(t, &st)
	want := statsBody{CampaignID: w.campaign.ID, Budget: "1000", Awarded: "175", Remaining: "825", Awards: 3, Referrals: 1,
		Holders: 2, Pending: "0", Debt: "0", Reversed: "0", Rejected: "0", Days: []statsDay{{"2026-02-28", 0, "0", "0", "0", "0"},
			{"2026-03-01", 2, "150", "0", "0", "150"}, {"2026-03-02", 1, "25", "0", "0", "175"}}}
	if fmt.Sprint(st) != fmt.Sprint(want) {
		t.Fatalf("stats\n got %+v\nwant %+v", st, want)
	}

	// 30 days by default, ending today; at most 366.
	w.get(t, path, w.creator.token).want(t, http.StatusOK).decode(t, &st)
	if len(st.Days) != 30 || st.Days[29].Day != "2026-03-02" || st.Days[0].Day != "2026-02-01" || st.Days[29].AwardedTotal != "175" {
		t.Fatalf("default window: %d days, %v .. %v", len(st.Days), st.Days[0], st.Days[len(st.Days)-1])
	}
	w.get(t, path+"?days=366", w.creator.token).want(t, http.StatusOK).decode(t, &st)
	if len(st.Days) != 366 {
		t.Fatalf("366 days: %d", len(st.Days))
	}

	// A platform allowed on the campaign with leaderboards:read may read them too.
	w.get(t, path+"?days=1", reader.Token).want(t, http.StatusOK)

	fan := w.wallet(t, "fan")
	admin, _, err := w.issuer.Issue("admin", auth.RoleAdmin, nil, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, path, token string
		status            int
		code              string
	}{
		{"another wallet", path, fan.token, 403, "forbidden"},
		{"platform without the scope", path, noScope.Token, 403, "forbidden"},
		{"platform not on the campaign", path, elsewhere.Token, 403, "forbidden"},
		{"admin", path, admin, 403, "forbidden"},
		{"no token", path, "", 401, "unauthorized"},
		{"unknown campaign", "/v1/campaigns/cmp_nope/stats", w.creator.token, 404, "not_found"},
		{"0 days", path + "?days=0", w.creator.token, 400, "bad_request"},
		{"367 days", path + "?days=367", w.creator.token, 400, "bad_request"},
		{"days not a number", path + "?days=ten", w.creator.token, 400, "bad_request"},
		{"negative days", path + "?days=-3", w.creator.token, 400, "bad_request"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.get(t, tc.path, tc.token).wantError(t, tc.status, tc.code)
		})
	}
}

// overrides reads a campaign's platform overrides straight from the ledger.
func (h *testAPI) overrides(t testing.TB, campaign string) map[string]string {
	t.Helper()
	m, err := h.ledger.CampaignPlatforms(context.Background(), campaign)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCampaignPlatforms(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator := h.wallet(t, "creator")
	community := h.community(t, creator)
	// An operator's platform allowed everywhere, named by the campaign's allow-list; another one not named.
	listed := h.platform(t, nil, nil)
	unlisted := h.platform(t, nil, nil)
	h.clock.Add(time.Second)
	camp := h.campaign(t, creator, community.ID, "1000", defaultRules(), []string{listed.ID})
	open := h.campaign(t, creator, community.ID, "1000", defaultRules(), nil)
	base := "/v1/campaigns/" + camp.ID + "/platforms"
	other := h.replica(t)

	// Both replicas have read the campaign's overrides (none yet) before the creator changes them.
	for _, r := range []*testAPI{h, other} {
		r.post(t, "/v1/awards", listed.Token, award(camp.ID, account(1), "1", "warm")).want(t, http.StatusCreated)
		r.post(t, "/v1/awards", unlisted.Token, award(camp.ID, account(1), "1", "x")).wantError(t, http.StatusForbidden, "forbidden")
	}

	// The creator adds a platform.
	created := h.post(t, base, creator.token, map[string]any{"name": "Creator's shop"}, "Idempotency-Key", "add-shop").
		want(t, http.StatusCreated)
	var shop campaignPlatformCreated
	created.decode(t, &shop)
	if !strings.HasPrefix(shop.Platform.ID, "plt_") || shop.Platform.Name != "Creator's shop" || shop.Platform.Revoked ||
		!slices.Equal(shop.Platform.Scopes, CreatorDefaultScopes) || !slices.Equal(shop.Platform.Campaigns, []string{camp.ID}) ||
		!shop.Platform.CreatedAt.Equal(h.clock.Now()) || shop.Token == "" {
		t.Fatalf("created %s", created.Body)
	}
	claims, err := h.issuer.Verify(shop.Token)
	if err != nil || claims.Role != auth.RolePlatform || claims.Subject != shop.Platform.ID ||
		!slices.Equal(claims.Campaigns, []string{camp.ID}) || !slices.Equal(claims.Scopes, CreatorDefaultScopes) ||
		!claims.ExpiresAt.Time.Equal(shop.ExpiresAt) {
		t.Fatalf("token claims %+v (%v)", claims, err)
	}
	// A replay returns the same platform and token.
	again := h.post(t, base, creator.token, map[string]any{"name": "Creator's shop"}, "Idempotency-Key", "add-shop").want(t, http.StatusCreated)
	if string(again.Body) != string(created.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("replay %s", again.Body)
	}

	// It acts on the campaign at once on both replicas, although the allow-list does not name it; on no
	// other campaign.
	for _, r := range []*testAPI{h, other} {
		r.post(t, "/v1/awards", shop.Token, award(camp.ID, account(2), "5", "shop")).want(t, http.StatusCreated)
		r.post(t, "/v1/awards", shop.Token, award(open.ID, account(2), "5", "shop")).wantError(t, http.StatusForbidden, "forbidden")
	}
	h.get(t, "/v1/campaigns/"+camp.ID+"/stats?days=1", shop.Token).want(t, http.StatusOK)

	// The list: the allow-list's platform and the added one, newest first.
	h.clock.Add(time.Second)
	limited := h.post(t, base, creator.token, map[string]any{"name": "Board only", "scopes": []string{ScopeLeaderboards, ScopeLeaderboards}}).
		want(t, http.StatusCreated)
	var board campaignPlatformCreated
	limited.decode(t, &board)
	if !slices.Equal(board.Platform.Scopes, []string{ScopeLeaderboards}) {
		t.Fatalf("scopes %v", board.Platform.Scopes)
	}
	h.post(t, "/v1/awards", board.Token, award(camp.ID, account(2), "5", "board")).wantError(t, http.StatusForbidden, "forbidden")
	list := func() []campaignPlatform {
		t.Helper()
		var out campaignPlatformsResponse
		h.get(t, base, creator.token).want(t, http.StatusOK).decode(t, &out)
		return out.Platforms
	}
	names := func(ps []campaignPlatform) string {
		var s []string
		for _, p := range ps {
			s = append(s, fmt.Sprintf("%s revoked=%v", p.ID, p.Revoked))
		}
		return strings.Join(s, ", ")
	}
	wantList := fmt.Sprintf("%s revoked=false, %s revoked=false, %s revoked=false", board.Platform.ID, shop.Platform.ID, listed.ID)
	if got := names(list()); got != wantList {
		t.Fatalf("list %s\nwant %s", got, wantList)
	}

	t.Run("refused", func(t *testing.T) {
		fan := h.wallet(t, "fan")
		beforeList, beforeOverrides := names(list()), h.overrides(t, camp.ID)
		for _, tc := range []struct {
			name   string
			call   call
			status int
			code   string
		}{
			{"list, another wallet", call{method: "GET", path: base, token: fan.token}, 403, "forbidden"},
			{"list, a platform", call{method: "GET", path: base, token: listed.Token}, 403, "forbidden"},
			{"list, no token", call{method: "GET", path: base}, 401, "unauthorized"},
			{"list, unknown campaign", call{method: "GET", path: "/v1/campaigns/cmp_nope/platforms", token: creator.token}, 404, "not_found"},
			{"add, another wallet", call{method: "POST", path: base, token: fan.token, body: map[string]any{"name": "x"}}, 403, "forbidden"},
			{"add, a platform", call{method: "POST", path: base, token: listed.Token, body: map[string]any{"name": "x"}}, 403, "forbidden"},
			{"add, the admin", call{method: "POST", path: base, token: h.admin, body: map[string]any{"name": "x"}}, 403, "forbidden"},
			{"add, unknown campaign", call{method: "POST", path: "/v1/campaigns/cmp_nope/platforms", token: creator.token, body: map[string]any{"name": "x"}}, 404, "not_found"},
			{"add, empty name", call{method: "POST", path: base, token: creator.token, body: map[string]any{"name": ""}}, 400, "bad_request"},
			{"add, no name", call{method: "POST", path: base, token: creator.token, body: map[string]any{}}, 400, "bad_request"},
			{"add, name too long", call{method: "POST", path: base, token: creator.token, body: map[string]any{"name": strings.Repeat("n", 101)}}, 400, "bad_request"},
			{"add, unknown scope", call{method: "POST", path: base, token: creator.token, body: map[string]any{"name": "x", "scopes": []string{"root"}}}, 400, "bad_request"},
			{"add, operator's scope", call{method: "POST", path: base, token: creator.token, body: map[string]any{"name": "x", "scopes": []string{ScopeRewardsRead}}}, 403, "forbidden"},
			{"add, unknown field", call{method: "POST", path: base, token: creator.token, body: map[string]any{"name": "x", "campaigns": []string{"*"}}}, 400, "bad_request"},
			{"add, not JSON", call{method: "POST", path: base, token: creator.token, body: "name=x"}, 400, "bad_request"},
			{"remove, another wallet", call{method: "DELETE", path: base + "/" + shop.Platform.ID, token: fan.token}, 403, "forbidden"},
			{"remove, a platform", call{method: "DELETE", path: base + "/" + shop.Platform.ID, token: shop.Token}, 403, "forbidden"},
			{"remove, unknown platform", call{method: "DELETE", path: base + "/plt_nope", token: creator.token}, 404, "not_found"},
			{"remove, a platform not on the campaign", call{method: "DELETE", path: base + "/" + unlisted.ID, token: creator.token}, 404, "not_found"},
			{"remove, unknown campaign", call{method: "DELETE", path: "/v1/campaigns/cmp_nope/platforms/" + shop.Platform.ID, token: creator.token}, 404, "not_found"},
			{"remove from another campaign", call{method: "DELETE", path: "/v1/campaigns/" + open.ID + "/platforms/" + shop.Platform.ID, token: creator.token}, 404, "not_found"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				h.do(t, tc.call).wantError(t, tc.status, tc.code)
			})
		}
		if got := names(list()); got != beforeList {
			t.Fatalf("a refused request changed the list:\n%s\n%s", beforeList, got)
		}
		if got := h.overrides(t, camp.ID); !maps.Equal(got, beforeOverrides) {
			t.Fatalf("a refused request changed the overrides: %v → %v", beforeOverrides, got)
		}
		// A different body under a used key is a conflict, and changes nothing either.
		h.post(t, base, creator.token, map[string]any{"name": "Other"}, "Idempotency-Key", "add-shop").
			wantError(t, http.StatusConflict, "idempotency_conflict")
		if got := names(list()); got != beforeList {
			t.Fatalf("a conflict changed the list: %s", got)
		}
	})

	// Removing the creator's platform revokes its token: at once here, within the cache's life elsewhere.
	var removed campaignPlatformResponse
	h.do(t, call{method: "DELETE", path: base + "/" + shop.Platform.ID, token: creator.token}).want(t, http.StatusOK).decode(t, &removed)
	if removed.Platform.ID != shop.Platform.ID || !removed.Platform.Revoked {
		t.Fatalf("removed %+v", removed.Platform)
	}
	h.post(t, "/v1/awards", shop.Token, award(camp.ID, account(2), "5", "shop")).wantError(t, http.StatusUnauthorized, "unauthorized")
	// Removing it again answers the same.
	var twice campaignPlatformResponse
	h.do(t, call{method: "DELETE", path: base + "/" + shop.Platform.ID, token: creator.token}).want(t, http.StatusOK).decode(t, &twice)
	if !twice.Platform.Revoked {
		t.Fatalf("removed again %+v", twice.Platform)
	}

	// Removing the operator's platform takes it off this campaign only: it keeps acting on the others.
	h.do(t, call{method: "DELETE", path: base + "/" + listed.ID, token: creator.token}).want(t, http.StatusOK).decode(t, &removed)
	if !removed.Platform.Revoked || !slices.Equal(removed.Platform.Campaigns, []string{"*"}) {
		t.Fatalf("removed %+v", removed.Platform)
	}
	h.post(t, "/v1/awards", listed.Token, award(camp.ID, account(1), "1", "x")).wantError(t, http.StatusForbidden, "forbidden")
	h.post(t, "/v1/awards", listed.Token, award(open.ID, account(1), "1", "x")).want(t, http.StatusCreated)
	if p, err := h.ledger.GetPlatform(context.Background(), listed.ID); err != nil || p.Revoked {
		t.Fatalf("the operator's platform was revoked everywhere: %+v %v", p, err)
	}
	// On a campaign without an allow-list, any platform whose token lists it is the campaign's to remove.
	h.do(t, call{method: "DELETE", path: "/v1/campaigns/" + open.ID + "/platforms/" + unlisted.ID, token: creator.token}).want(t, http.StatusOK)
	h.post(t, "/v1/awards", unlisted.Token, award(open.ID, account(1), "1", "x")).wantError(t, http.StatusForbidden, "forbidden")

	wantList = fmt.Sprintf("%s revoked=false, %s revoked=true, %s revoked=true", board.Platform.ID, shop.Platform.ID, listed.ID)
	if got := names(list()); got != wantList {
		t.Fatalf("list %s\nwant %s", got, wantList)
	}

	// The other replica stops them within a second.
	h.clock.Add(platformACLTTL)
	other.post(t, "/v1/awards", shop.Token, award(camp.ID, account(2), "5", "shop")).wantError(t, http.StatusUnauthorized, "unauthorized")
	other.post(t, "/v1/awards", listed.Token, award(camp.ID, account(1), "1", "x")).wantError(t, http.StatusForbidden, "forbidden")
	other.post(t, "/v1/awards", listed.Token, award(open.ID, account(1), "1", "x")).want(t, http.StatusCreated)
}

func TestCampaignPlatformsLimit(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator := h.wallet(t, "creator")
	camp := h.campaign(t, creator, h.community(t, creator).ID, "1000", defaultRules(), nil)
	for i := range maxCampaignPlatforms - 1 {
		if err := h.ledger.AllowCampaignPlatform(context.Background(), camp.ID, fmt.Sprintf("plt_%d", i), maxCampaignPlatforms); err != nil {
			t.Fatal(err)
		}
	}
	base := "/v1/campaigns/" + camp.ID + "/platforms"
	h.post(t, base, creator.token, map[string]any{"name": "last"}).want(t, http.StatusCreated)
	before := h.overrides(t, camp.ID)
	h.post(t, base, creator.token, map[string]any{"name": "one too many"}, "Idempotency-Key", "k").
		wantError(t, http.StatusUnprocessableEntity, "too_many_platforms")
	if got := h.overrides(t, camp.ID); !maps.Equal(got, before) {
		t.Fatalf("a refused add changed the overrides (%d → %d)", len(before), len(got))
	}
	var out campaignPlatformsResponse
	h.get(t, base, creator.token).want(t, http.StatusOK).decode(t, &out)
	if len(out.Platforms) != 1 || out.Platforms[0].Name != "last" {
		t.Fatalf("platforms %+v", out.Platforms)
	}
}

// TestPlatformOverridesConcurrent drives the replicas' copies of the overrides from many requests at once
// while they expire and the creator removes the platform (run it with -race).
func TestPlatformOverridesConcurrent(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000", nil)
	replicas := []*testAPI{w.testAPI, w.replica(t)}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				r := replicas[(g+i)%2]
				res := r.do(t, call{method: http.MethodPost, path: "/v1/awards", token: w.platform.Token,
					body: award(w.campaign.ID, account(g), "1", "race")})
				if res.Status != http.StatusCreated && res.Status != http.StatusForbidden {
					t.Errorf("award: %d %s", res.Status, res.Body)
				}
				if g == 0 {
					w.clock.Add(platformACLTTL / 4)
				}
			}
		}()
	}
	w.do(t, call{method: http.MethodDelete, path: "/v1/campaigns/" + w.campaign.ID + "/platforms/" + w.platform.ID,
		token: w.creator.token}).want(t, http.StatusOK)
	wg.Wait()
	w.clock.Add(platformACLTTL)
	for _, r := range replicas {
		r.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "1", "after")).wantError(t, http.StatusForbidden, "forbidden")
	}
}
