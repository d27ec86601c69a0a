package api

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// heldRules are defaultRules with a campaign-wide hold, a revenue-share hold and an approval mode.
func heldRules(hold, shareHold int, approval string) map[string]any {
	r := defaultRules()
	r["hold_seconds"] = hold
	r["revenue_share"] = map[string]any{"bps": 1000, "window_days": 30, "hold_seconds": shareHold}
	if approval != "" {
		r["approval"] = approval
	}
	return r
}

func (h *testAPI) awardsOf(t testing.TB, a common.Address, readToken string) []awardJSON {
	t.Helper()
	var r historyResponse
	h.get(t, "/v1/accounts/"+a.Hex()+"/awards", readToken).want(t, http.StatusOK).decode(t, &r)
	return r.Awards
}

func (h *testAPI) campaignState(t testing.TB, id string) campaignResponse {
	t.Helper()
	var c campaignResponse
	h.get(t, "/v1/campaigns/"+id, "").want(t, http.StatusOK).decode(t, &c)
	return c
}

// TestHeldAwards: a hold keeps an award pending — out of the rewards' cumulative total, the claims endpoint
// and so of every voucher — until claimable_at, and from then on it is claimable on every read with no job
// having run.
func TestHeldAwards(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", heldRules(3600, 7200, ""))
	fan := account(1)
	reader := w.platform.Token
	token := w.campaign.RewardToken.String()
	var res awardsResponse
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, fan, "40", "bug bounty")).want(t, http.StatusCreated).decode(t, &res)
	a := res.Awards[0]
	if a.Status != "pending" || a.ClaimableAt == nil || !a.ClaimableAt.Equal(testStart.Add(time.Hour)) {
		t.Fatalf("award %+v, want pending until %v", a, testStart.Add(time.Hour))
	}
	r := w.earned(t, fan, token, reader)
	if r.Pending != "40" || r.Cumulative != "0" || r.Claimable != "0" || r.Earned != "40" || r.PendingUntil == nil {
		t.Fatalf("rewards while held %+v", r)
	}
	w.get(t, "/v1/accounts/"+fan.Hex()+"/claims/"+token, "").wantError(t, http.StatusNotFound, "not_found")
	if c := w.campaignState(t, w.campaign.ID); c.RemainingBudget != "960" || c.Pending != "40" {
		t.Fatalf("campaign %+v", c)
	}

	w.clock.Add(time.Hour)
	if got := w.awardsOf(t, fan, reader)[0]; got.Status != "claimable" || got.ClaimableAt != nil {
		t.Fatalf("after the hold %+v", got)
	}
	r = w.earned(t, fan, token, reader)
	if r.Pending != "0" || r.Cumulative != "40" || r.Claimable != "40" {
		t.Fatalf("rewards after the hold %+v", r)
	}
	var cl struct {
		CumulativeAmount string `json:"cumulative_amount"`
	}
	w.get(t, "/v1/accounts/"+fan.Hex()+"/claims/"+token, "").want(t, http.StatusOK).decode(t, &cl)
	if cl.CumulativeAmount != "40" {
		t.Fatalf("claim %+v", cl)
	}
}

// TestReviewQueue: a manual campaign's awards wait for review; who may review, and what each outcome does.
func TestReviewQueue(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", heldRules(0, 0, "manual"))
	cid := w.campaign.ID
	fan := account(1)
	var res awardsResponse
	w.post(t, "/v1/awards/batch", w.platform.Token, map[string]any{"awards": []any{
		award(cid, fan, "10", "a"), award(cid, fan, "20", "b"), award(cid, fan, "30", "c")}}).want(t, http.StatusCreated).decode(t, &res)
	for _, a := range res.Awards {
		if a.Status != "pending" || !a.AwaitingApproval {
			t.Fatalf("award %+v, want pending review", a)
		}
	}
	ids := []string{res.Awards[0].ID, res.Awards[1].ID, res.Awards[2].ID}

	reviewer := w.testAPI.platform(t, []string{"awards:review"}, []string{cid})
	stranger := w.wallet(t, "stranger")
	// Who may not: a platform without the scope, another wallet, a reviewer of another campaign.
	w.get(t, "/v1/campaigns/"+cid+"/awards?status=pending", w.platform.Token).wantError(t, http.StatusForbidden, "forbidden")
	w.get(t, "/v1/campaigns/"+cid+"/awards?status=pending", stranger.token).wantError(t, http.StatusForbidden, "forbidden")
	other := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), nil)
	otherReviewer := w.testAPI.platform(t, []string{"awards:review"}, []string{other.ID})
	w.post(t, "/v1/campaigns/"+cid+"/awards/review", otherReviewer.Token, map[string]any{"approve": ids[:1]}).wantError(t, http.StatusForbidden, "forbidden")
	w.post(t, "/v1/campaigns/"+cid+"/awards/review", stranger.token, map[string]any{"reject": ids[:1]}).wantError(t, http.StatusForbidden, "forbidden")
	w.get(t, "/v1/campaigns/"+cid+"/awards?status=claimable", reviewer.Token).wantError(t, http.StatusBadRequest, "bad_request")

	var page pendingAwardsResponse
	w.get(t, "/v1/campaigns/"+cid+"/awards?status=pending&limit=2", reviewer.Token).want(t, http.StatusOK).decode(t, &page)
	if len(page.Awards) != 2 || page.Next == "" || page.Awards[0].ID != ids[2] {
		t.Fatalf("first page %+v", page)
	}
	next := page.Next
	page = pendingAwardsResponse{}
	w.get(t, "/v1/campaigns/"+cid+"/awards?status=pending&limit=2&cursor="+next, w.creator.token).want(t, http.StatusOK).decode(t, &page)
	if len(page.Awards) != 1 || page.Next != "" || page.Awards[0].ID != ids[0] {
		t.Fatalf("second page %+v", page)
	}

	var out reviewResponse
	w.post(t, "/v1/campaigns/"+cid+"/awards/review", reviewer.Token, map[string]any{
		"approve": ids[:1], "reject": []string{ids[1], other.ID + "-1-0"}, "reason": "duplicate"}).want(t, http.StatusOK).decode(t, &out)
	want := map[string]string{ids[0]: "claimable", ids[1]: "rejected", other.ID + "-1-0": "not_found"}
	if len(out.Results) != 3 {
		t.Fatalf("results %+v", out)
	}
	for _, r := range out.Results {
		if want[r.ID] != r.Outcome {
			t.Fatalf("results %+v, want %v", out.Results, want)
		}
	}
	r := w.earned(t, fan, w.campaign.RewardToken.String(), w.platform.Token)
	if r.Cumulative != "10" || r.Pending != "30" || r.Earned != "40" {
		t.Fatalf("rewards %+v", r)
	}
	if c := w.campaignState(t, cid); c.RemainingBudget != "960" || c.Rejected != "20" || c.Pending != "30" {
		t.Fatalf("campaign %+v", c)
	}
	byID := map[string]awardJSON{}
	for _, a := range w.awardsOf(t, fan, w.platform.Token) {
		byID[a.ID] = a
	}
	if a := byID[ids[1]]; a.Status != "rejected" || a.Note != "duplicate" {
		t.Fatalf("rejected award %+v", a)
	}
	// The creator approves the last; reviewing the first two again changes nothing.
	w.post(t, "/v1/campaigns/"+cid+"/awards/review", w.creator.token, map[string]any{"approve": ids}).want(t, http.StatusOK).decode(t, &out)
	for _, r := range out.Results {
		if (r.ID == ids[2]) != (r.Outcome == "claimable") {
			t.Fatalf("second review %+v", out.Results)
		}
	}
	before := w.snapshot(t, cid, w.platform.Token, fan)
	for name, body := range map[string]any{
		"nothing to review": map[string]any{},
		"empty id":          map[string]any{"approve": []string{""}},
		"id in both":        map[string]any{"approve": ids[:1], "reject": ids[:1]},
		"unknown field":     map[string]any{"approve": ids[:1], "why": "x"},
		"ids not strings":   map[string]any{"approve": []int{1}},
	} {
		t.Run(name, func(t *testing.T) {
			w.post(t, "/v1/campaigns/"+cid+"/awards/review", reviewer.Token, body).wantError(t, http.StatusBadRequest, "bad_request")
			w.unchanged(t, before, cid, w.platform.Token, fan)
		})
	}
}

// TestRefundEvents: a purchase's revenue share is reversed in proportion to the refund — taken back while
// pending, netted as debt once claimable — and refunds that name nothing refundable change nothing.
func TestRefundEvents(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "100000", heldRules(0, 3600, ""))
	cid := w.campaign.ID
	token := w.campaign.RewardToken.String()
	ref, buyer := account(1), account(2)
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, ref, buyer)).want(t, http.StatusCreated)
	buy := func(id, value string) awardJSON {
		var res awardsResponse
		w.post(t, "/v1/events", w.platform.Token, event(cid, "purchase", buyer, "value", value, "event_id", id)).want(t, http.StatusCreated).decode(t, &res)
		for _, a := range res.Awards {
			if a.Reason == "revenue_share" {
				return a
			}
		}
		t.Fatalf("no revenue share in %+v", res)
		return awardJSON{}
	}
	refund := func(body map[string]any, key ...string) refundResponse {
		var out refundResponse
		w.post(t, "/v1/events", w.platform.Token, body, key...).want(t, http.StatusCreated).decode(t, &out)
		return out
	}
	share := buy("order-1", "3000") // 300, held an hour
	if share.Status != "pending" || share.Amount != "300" {
		t.Fatalf("share %+v", share)
	}
	// The same event_id with another Idempotency-Key returns the first result and pays nothing more.
	var again awardsResponse
	w.post(t, "/v1/events", w.platform.Token, event(cid, "purchase", buyer, "value", "3000", "event_id", "order-1"),
		"Idempotency-Key", "other-key").want(t, http.StatusCreated).decode(t, &again)
	if len(again.Awards) != 1 || again.Awards[0].ID != share.ID {
		t.Fatalf("repeat %+v", again)
	}

	out := refund(event(cid, "refund", buyer, "ref_event_id", "order-1", "value", "1000"))
	if len(out.Reversals) != 1 || out.Reversals[0].Amount != "100" || out.Reversals[0].Status != "pending" {
		t.Fatalf("partial refund %+v", out)
	}
	if r := w.earned(t, ref, token, w.platform.Token); r.Pending != "200" || r.Debt != "0" {
		t.Fatalf("after a partial refund while held %+v", r)
	}

	before := w.snapshot(t, cid, w.platform.Token, ref, buyer)
	for _, tc := range []struct {
		name   string
		body   map[string]any
		status int
		code   string
	}{
		{"more than is left", event(cid, "refund", buyer, "ref_event_id", "order-1", "value", "2001"), 422, "refund_exceeds_purchase"},
		{"unknown purchase", event(cid, "refund", buyer, "ref_event_id", "order-404"), 422, "unknown_event"},
		{"another account's purchase", event(cid, "refund", ref, "ref_event_id", "order-1"), 422, "unknown_event"},
		{"no ref_event_id", event(cid, "refund", buyer), 400, "invalid_event"},
		{"value 0", event(cid, "refund", buyer, "ref_event_id", "order-1", "value", "0"), 400, "bad_request"},
		{"negative value", event(cid, "refund", buyer, "ref_event_id", "order-1", "value", "-5"), 400, "bad_request"},
		{"fractional value", event(cid, "refund", buyer, "ref_event_id", "order-1", "value", "1.5"), 400, "bad_request"},
		{"ref_event_id on a purchase", event(cid, "purchase", buyer, "value", "10", "ref_event_id", "order-1"), 400, "bad_request"},
		{"event_id with a space", event(cid, "signup", buyer, "event_id", "a b"), 400, "invalid_event"},
		{"event_id too long", event(cid, "signup", buyer, "event_id", strings.Repeat("x", 129)), 400, "invalid_event"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.post(t, "/v1/events", w.platform.Token, tc.body).wantError(t, tc.status, tc.code)
			w.unchanged(t, before, cid, w.platform.Token, ref, buyer)
		})
	}

	// A refund of another campaign's purchase is unknown here.
	other := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", heldRules(0, 0, ""), nil)
	w.post(t, "/v1/events", w.platform.Token, event(other.ID, "refund", buyer, "ref_event_id", "order-1")).wantError(t, http.StatusUnprocessableEntity, "unknown_event")

	// Once claimable, a refund becomes debt; the referrer's next award pays it off before adding.
	share2 := buy("order-2", "5000") // 500
	w.clock.Add(time.Hour)
	if r := w.earned(t, ref, token, w.platform.Token); r.Cumulative != "700" || r.Pending != "0" {
		t.Fatalf("after the hold %+v", r) // 200 left of order-1 and 500 of order-2
	}
	key := []string{"Idempotency-Key", "refund-2"}
	out = refund(event(cid, "refund", buyer, "ref_event_id", "order-2", "event_id", "refund-2"), key...)
	if out.Reversals[0].AwardID != share2.ID || out.Reversals[0].Amount != "500" || out.Reversals[0].Status != "reversed" {
		t.Fatalf("refund after maturity %+v", out)
	}
	replay := w.post(t, "/v1/events", w.platform.Token, event(cid, "refund", buyer, "ref_event_id", "order-2", "event_id", "refund-2"), key...).want(t, http.StatusCreated)
	if replay.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatal("a repeated refund is not a replay")
	}
	r := w.earned(t, ref, token, w.platform.Token)
	if r.Cumulative != "700" || r.Debt != "500" || r.Earned != "200" {
		t.Fatalf("after refunding a claimable share %+v", r)
	}
	if c := w.campaignState(t, cid); c.Debt != "500" || c.Reversed != "600" {
		t.Fatalf("campaign %+v", c)
	}
	w.post(t, "/v1/awards", w.platform.Token, award(cid, ref, "450", "bonus")).want(t, http.StatusCreated)
	r = w.earned(t, ref, token, w.platform.Token)
	if r.Cumulative != "700" || r.Debt != "50" || r.Earned != "650" {
		t.Fatalf("after an award smaller than the debt %+v", r)
	}
	w.post(t, "/v1/awards", w.platform.Token, award(cid, ref, "80", "bonus")).want(t, http.StatusCreated)
	r = w.earned(t, ref, token, w.platform.Token)
	if r.Cumulative != "730" || r.Debt != "0" || r.Earned != "730" {
		t.Fatalf("after the debt is paid off %+v", r)
	}
	for _, a := range w.awardsOf(t, ref, w.platform.Token) {
		if a.ID == share2.ID && (a.Status != "reversed" || a.Reversed != "500" || a.Note == "") {
			t.Fatalf("reversed award %+v", a)
		}
	}
}

// TestBlockAccounts: blocking rejects pending awards and refuses awards and referrals; who may block.
func TestBlockAccounts(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", heldRules(600, 600, ""))
	cid := w.campaign.ID
	fan, friend := account(1), account(2)
	w.post(t, "/v1/awards", w.platform.Token, award(cid, fan, "10", "x")).want(t, http.StatusCreated)

	other := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), nil)
	otherReviewer := w.testAPI.platform(t, []string{"awards:review"}, []string{other.ID})
	stranger := w.wallet(t, "stranger")
	body := map[string]any{"account": fan.Hex(), "reason": "fraud"}
	w.post(t, "/v1/campaigns/"+cid+"/blocks", otherReviewer.Token, body).wantError(t, http.StatusForbidden, "forbidden")
	w.post(t, "/v1/campaigns/"+cid+"/blocks", stranger.token, body).wantError(t, http.StatusForbidden, "forbidden")
	w.post(t, "/v1/campaigns/"+cid+"/blocks", w.platform.Token, body).wantError(t, http.StatusForbidden, "forbidden")
	w.post(t, "/v1/campaigns/"+cid+"/blocks", w.creator.token, map[string]any{"account": fan.Hex()}).wantError(t, http.StatusBadRequest, "bad_request")
	w.post(t, "/v1/campaigns/"+cid+"/blocks", w.creator.token, map[string]any{"account": "0x12", "reason": "x"}).wantError(t, http.StatusBadRequest, "bad_request")

	var blocked blockResponse
	w.post(t, "/v1/campaigns/"+cid+"/blocks", w.creator.token, body).want(t, http.StatusCreated).decode(t, &blocked)
	if len(blocked.Rejected) != 1 {
		t.Fatalf("block %+v", blocked)
	}
	if r := w.earned(t, fan, w.campaign.RewardToken.String(), w.platform.Token); r.Pending != "0" || r.Earned != "0" {
		t.Fatalf("rewards after the block %+v", r)
	}
	w.post(t, "/v1/awards", w.platform.Token, award(cid, fan, "1", "x")).wantError(t, http.StatusUnprocessableEntity, "blocked")
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, fan, friend)).wantError(t, http.StatusUnprocessableEntity, "blocked")
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, friend, fan)).wantError(t, http.StatusUnprocessableEntity, "blocked")
	w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", fan, "contribution_kind", "post")).wantError(t, http.StatusUnprocessableEntity, "blocked")
	// Other campaigns are not affected.
	w.post(t, "/v1/awards", w.platform.Token, award(other.ID, fan, "1", "x")).want(t, http.StatusCreated)

	var list blocksResponse
	w.get(t, "/v1/campaigns/"+cid+"/blocks", w.creator.token).want(t, http.StatusOK).decode(t, &list)
	if len(list.Blocks) != 1 || list.Blocks[0].Account != fan.Hex() || list.Blocks[0].Reason != "fraud" {
		t.Fatalf("blocks %+v", list)
	}
	w.do(t, call{method: http.MethodDelete, path: "/v1/campaigns/" + cid + "/blocks/" + fan.Hex(), token: otherReviewer.Token}).wantError(t, http.StatusForbidden, "forbidden")
	w.do(t, call{method: http.MethodDelete, path: "/v1/campaigns/" + cid + "/blocks/" + fan.Hex(), token: w.creator.token}).want(t, http.StatusNoContent)
	w.do(t, call{method: http.MethodDelete, path: "/v1/campaigns/" + cid + "/blocks/" + fan.Hex(), token: w.creator.token}).wantError(t, http.StatusNotFound, "not_found")
	w.post(t, "/v1/awards", w.platform.Token, award(cid, fan, "1", "x")).want(t, http.StatusCreated)

	// An operator blocks everywhere; only an admin may.
	w.post(t, "/v1/blocks", w.creator.token, map[string]any{"account": friend.Hex(), "reason": "sanctions"}).wantError(t, http.StatusForbidden, "forbidden")
	w.post(t, "/v1/blocks", w.admin, map[string]any{"account": friend.Hex(), "reason": "sanctions"}).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", w.platform.Token, award(other.ID, friend, "1", "x")).wantError(t, http.StatusUnprocessableEntity, "blocked")
	w.get(t, "/v1/blocks", w.admin).want(t, http.StatusOK).decode(t, &list)
	if len(list.Blocks) != 1 || list.Blocks[0].Account != friend.Hex() {
		t.Fatalf("operator blocks %+v", list)
	}
	w.do(t, call{method: http.MethodDelete, path: "/v1/blocks/" + friend.Hex(), token: w.admin}).want(t, http.StatusNoContent)
	w.post(t, "/v1/awards", w.platform.Token, award(other.ID, friend, "1", "x")).want(t, http.StatusCreated)
}

// TestHoldRulesValidated: holds and approval are checked when a campaign is created.
func TestHoldRulesValidated(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	for name, mutate := range map[string]func(r map[string]any){
		"negative hold":         func(r map[string]any) { r["hold_seconds"] = -1 },
		"fractional hold":       func(r map[string]any) { r["hold_seconds"] = 1.5 },
		"hold as a string":      func(r map[string]any) { r["hold_seconds"] = "60" },
		"hold over 400 days":    func(r map[string]any) { r["hold_seconds"] = 400*24*3600 + 1 },
		"negative kind hold":    func(r map[string]any) { r["contributions_hold_seconds"] = -60 },
		"negative referral one": func(r map[string]any) { r["referral"].(map[string]any)["hold_seconds"] = -1 },
		"unknown approval":      func(r map[string]any) { r["approval"] = "sometimes" },
	} {
		t.Run(name, func(t *testing.T) {
			r := defaultRules()
			r["referral"] = map[string]any{"referrer_reward": "100", "referee_reward": "50"}
			mutate(r)
			res := w.post(t, "/v1/campaigns", w.creator.token, map[string]any{"community_id": w.community.ID, "budget": "10", "rules": r})
			if res.Status != http.StatusBadRequest {
				t.Fatalf("status %d: %s", res.Status, res.Body)
			}
		})
	}
}

// TestCampaignStatsLifecycle: the stats carry the lifecycle's totals and, per day, what review rejected and
// refunds reversed; the budget series is net of them. The sponsor whose pool pays a campaign reads its
// stats as its creator does; another pool's owner does not.
func TestCampaignStatsLifecycle(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "10000", heldRules(0, 0, "manual"))
	cid := w.campaign.ID
	var kept, dropped awardsResponse
	w.post(t, "/v1/awards", w.platform.Token, award(cid, account(1), "100", "a")).want(t, http.StatusCreated).decode(t, &kept)
	w.post(t, "/v1/awards", w.platform.Token, award(cid, account(2), "50", "b")).want(t, http.StatusCreated).decode(t, &dropped)
	w.clock.Add(13 * time.Hour) // 2026-03-02 01:00
	w.login(t, w.creator)
	w.post(t, "/v1/campaigns/"+cid+"/awards/review", w.creator.token, map[string]any{"reject": []string{dropped.Awards[0].ID},
		"reason": "duplicate"}).want(t, http.StatusOK)
	ref, buyer := account(3), account(4)
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, ref, buyer)).want(t, http.StatusCreated)
	w.post(t, "/v1/events", w.platform.Token, event(cid, "purchase", buyer, "value", "3000", "event_id", "order-1")).want(t, http.StatusCreated)
	w.post(t, "/v1/events", w.platform.Token, event(cid, "refund", buyer, "ref_event_id", "order-1")).want(t, http.StatusCreated)

	var st statsBody
	w.get(t, "/v1/campaigns/"+cid+"/stats?days=3", w.creator.token).want(t, http.StatusOK).decode(t, &st)
	want := statsBody{CampaignID: cid, Budget: "10000", Awarded: "100", Remaining: "9900", Awards: 3, Referrals: 1, Holders: 1,
		Pending: "100", Debt: "0", Reversed: "300", Rejected: "50", Days: []statsDay{{"2026-02-28", 0, "0", "0", "0", "0"},
			{"2026-03-01", 2, "150", "0", "0", "150"}, {"2026-03-02", 1, "300", "300", "50", "100"}}}
	if fmt.Sprint(st) != fmt.Sprint(want) {
		t.Fatalf("stats\n got %+v\nwant %+v", st, want)
	}

	h := w.testAPI
	brand, rival := h.wallet(t, "brand"), h.wallet(t, "rival brand")
	pool := h.sponsorPool(t, 1, brand, 1000)
	h.sponsorPool(t, 2, rival, 1000)
	pooled := h.pooledCampaign(t, w.creator, w.community.ID, pool)
	h.post(t, "/v1/pools/"+pool.Hex()+"/grants", brand.token, h.grant(pool, pooled.ID, "600")).want(t, http.StatusCreated)
	path := "/v1/campaigns/" + pooled.ID + "/stats?days=1"
	for _, tok := range []string{brand.token, w.creator.token} {
		h.get(t, path, tok).want(t, http.StatusOK).decode(t, &st)
		if st.Budget != "600" || st.Remaining != "600" {
			t.Fatalf("pooled stats %+v", st)
		}
	}
	h.get(t, path, rival.token).wantError(t, http.StatusForbidden, "forbidden")
	// The pool changes hands on-chain: the stats go with it.
	h.chain.setPool(poolFactsWithOwner(h, pool, rival.addr))
	h.get(t, path, brand.token).wantError(t, http.StatusForbidden, "forbidden")
	h.get(t, path, rival.token).want(t, http.StatusOK)
	// A campaign paid in its community's token has no sponsor to let in.
	h.get(t, "/v1/campaigns/"+cid+"/stats", brand.token).wantError(t, http.StatusForbidden, "forbidden")
}
