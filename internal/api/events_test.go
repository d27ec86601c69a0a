package api

import (
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func referral(campaignID string, referrer, referee common.Address) map[string]any {
	return map[string]any{"campaign_id": campaignID, "referrer": referrer.Hex(), "referee": referee.Hex()}
}

func event(campaignID, kind string, a common.Address, extra ...string) map[string]any {
	m := map[string]any{"campaign_id": campaignID, "kind": kind, "account": a.Hex()}
	for i := 0; i+1 < len(extra); i += 2 {
		m[extra[i]] = extra[i+1]
	}
	return m
}

// TestReferrals: first touch wins; self-referrals and cycles are refused; refusals change nothing.
func TestReferrals(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	a, b, c, d := account(1), account(2), account(3), account(4)
	cid := w.campaign.ID

	var ref referralResponse
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, b)).want(t, http.StatusCreated).decode(t, &ref)
	if ref.CampaignID != cid || ref.Referrer != a.Hex() || ref.Referee != b.Hex() || !ref.At.Equal(testStart) {
		t.Fatalf("referral %+v", ref)
	}
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, b, c)).want(t, http.StatusCreated)
	before := w.snapshot(t, cid, w.platform.Token, a, b, c, d)

	tests := []struct {
		name   string
		body   any
		status int
		code   string
	}{
		{"second referrer (first touch wins)", referral(cid, d, b), 409, "already_referred"},
		{"same referral again", referral(cid, a, b), 409, "already_referred"},
		{"self-referral", referral(cid, d, d), 422, "self_referral"},
		{"self-referral in another case", map[string]any{"campaign_id": cid, "referrer": d.Hex(),
			"referee": "0x" + lower(d.Hex()[2:])}, 422, "self_referral"},
		{"cycle A→B→C→A", referral(cid, c, a), 422, "referral_cycle"},
		{"cycle A→B→A", referral(cid, b, a), 422, "referral_cycle"},
		{"unknown campaign", referral("cmp_nope", a, d), 404, "not_found"},
		{"missing campaign", map[string]any{"referrer": a.Hex(), "referee": d.Hex()}, 400, "bad_request"},
		{"missing referee", map[string]any{"campaign_id": cid, "referrer": a.Hex()}, 400, "bad_request"},
		{"bad referrer", map[string]any{"campaign_id": cid, "referrer": "0xabc", "referee": d.Hex()}, 400, "bad_request"},
		{"unknown field", map[string]any{"campaign_id": cid, "referrer": a.Hex(), "referee": d.Hex(), "source": "x"}, 400, "bad_request"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w.post(t, "/v1/referrals", w.platform.Token, tc.body).wantError(t, tc.status, tc.code)
			w.unchanged(t, before, cid, w.platform.Token, a, b, c, d)
		})
	}

	// Referrals are per campaign: B may have another referrer in another campaign.
	other := w.testAPI.campaign(t, w.creator, w.community.ID, "1000", defaultRules(), nil)
	w.post(t, "/v1/referrals", w.platform.Token, referral(other.ID, d, b)).want(t, http.StatusCreated)

	t.Run("idempotency", func(t *testing.T) {
		key := []string{"Idempotency-Key", "ref-1"}
		first := w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, d), key...).want(t, http.StatusCreated)
		again := w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, d), key...).want(t, http.StatusCreated)
		if string(first.Body) != string(again.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
			t.Fatalf("replay %s, first %s", again.Body, first.Body)
		}
		before := w.snapshot(t, cid, w.platform.Token)
		w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, account(5)), key...).wantError(t, http.StatusConflict, "idempotency_conflict")
		w.unchanged(t, before, cid, w.platform.Token)
		// A refusal records nothing: the key can be used for the corrected request.
		key = []string{"Idempotency-Key", "ref-2"}
		r1 := w.post(t, "/v1/referrals", w.platform.Token, referral(cid, c, b), key...).wantError(t, http.StatusConflict, "already_referred")
		if r1.Header.Get("Idempotent-Replayed") != "" {
			t.Fatal("a first refusal marked replayed")
		}
		w.post(t, "/v1/referrals", w.platform.Token, referral(cid, c, account(6)), key...).want(t, http.StatusCreated)
	})
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestEventFlow: signup pays both sides of a referral once, contributions pay by kind, purchases share
// revenue with the referrer within the window; leaderboards and totals follow.
func TestEventFlow(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "100000", nil)
	cid := w.campaign.ID
	a, b := account(1), account(2) // a referred b
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, b)).want(t, http.StatusCreated)

	awards := func(body map[string]any) []awardJSON {
		t.Helper()
		var out awardsResponse
		w.post(t, "/v1/events", w.platform.Token, body).want(t, http.StatusCreated).decode(t, &out)
		return out.Awards
	}
	check := func(got []awardJSON, want ...awardJSON) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("awards %+v, want %+v", got, want)
		}
		for i := range want {
			g := got[i]
			if g.Account != want[i].Account || g.Amount != want[i].Amount || g.Reason != want[i].Reason ||
				g.Counterparty != want[i].Counterparty || g.Capped != want[i].Capped || g.CampaignID != cid || g.ID == "" {
				t.Fatalf("award %d: %+v, want %+v", i, g, want[i])
			}
		}
	}

	// The referee's signup pays the referee and the referrer.
	check(awards(event(cid, "signup", b)),
		awardJSON{Account: b.Hex(), Amount: "50", Reason: "referral:referee", Counterparty: a.Hex()},
		awardJSON{Account: a.Hex(), Amount: "100", Reason: "referral:referrer", Counterparty: b.Hex()})
	// Once: a second signup pays nothing.
	check(awards(event(cid, "signup", b)))
	// A signup without a referral pays nothing either.
	check(awards(event(cid, "signup", account(9))))
	// Contributions pay by kind.
	check(awards(event(cid, "contribution", b, "contribution_kind", "post")),
		awardJSON{Account: b.Hex(), Amount: "10", Reason: "contribution:post"})
	check(awards(event(cid, "contribution", a, "contribution_kind", "review")),
		awardJSON{Account: a.Hex(), Amount: "25", Reason: "contribution:review"})
	// The referee's purchase gives the referrer 5% of its value.
	check(awards(event(cid, "purchase", b, "value", "1000")),
		awardJSON{Account: a.Hex(), Amount: "50", Reason: "revenue_share", Counterparty: b.Hex()})
	check(awards(event(cid, "purchase", b, "value", "19"))) // 5% of 19 rounds down to 0: nothing
	// The referrer's own purchase shares nothing (it has no referrer).
	check(awards(event(cid, "purchase", a, "value", "1000")))

	totals := func(wantA, wantB string) {
		t.Helper()
		if got := w.earned(t, a, w.community.TokenAddress, w.platform.Token); got.Earned != wantA {
			t.Fatalf("a earned %s, want %s", got.Earned, wantA)
		}
		if got := w.earned(t, b, w.community.TokenAddress, w.platform.Token); got.Earned != wantB {
			t.Fatalf("b earned %s, want %s", got.Earned, wantB)
		}
	}
	totals("175", "60")

	// Refused events change nothing.
	before := w.snapshot(t, cid, w.platform.Token, a, b)
	for _, tc := range []struct {
		name       string
		body       map[string]any
		status     int
		code       string
		docRefuses bool
	}{
		{"unknown contribution kind", event(cid, "contribution", b, "contribution_kind", "video"), 422, "unknown_contribution", false},
		{"contribution without kind", event(cid, "contribution", b), 400, "invalid_event", false},
		{"purchase without value", event(cid, "purchase", b), 400, "missing_value", false},
		{"purchase with a number value", map[string]any{"campaign_id": cid, "kind": "purchase", "account": b.Hex(), "value": 1000}, 400, "bad_request", true},
		{"unknown kind", event(cid, "login", b), 400, "invalid_event", true},
		{"refund without ref_event_id", event(cid, "refund", b), 400, "invalid_event", false},
		{"no account", map[string]any{"campaign_id": cid, "kind": "signup"}, 400, "bad_request", true},
		{"unknown campaign", event("cmp_nope", "signup", b), 404, "not_found", false},
		{"no campaign", map[string]any{"kind": "signup", "account": b.Hex()}, 400, "bad_request", true},
		{"unknown field", event(cid, "signup", b, "referrer", a.Hex()), 400, "bad_request", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := w.post(t, "/v1/events", w.platform.Token, tc.body).wantError(t, tc.status, tc.code)
			if tc.docRefuses && r.ReqErr == nil {
				t.Errorf("openapi.yaml accepts %v", tc.body)
			}
			w.unchanged(t, before, cid, w.platform.Token, a, b)
		})
	}

	// Leaderboards.
	board := func(by string, token string) leaderboardResponse {
		t.Helper()
		var l leaderboardResponse
		w.get(t, "/v1/campaigns/"+cid+"/leaderboard?by="+by, token).want(t, http.StatusOK).decode(t, &l)
		return l
	}
	if l := board("earned", w.platform.Token); l.By != "earned" || l.CampaignID != cid || len(l.Entries) != 2 ||
		l.Entries[0] != (leaderboardEntry{Rank: 1, Account: a.Hex(), Value: "175"}) ||
		l.Entries[1] != (leaderboardEntry{Rank: 2, Account: b.Hex(), Value: "60"}) {
		t.Fatalf("by earned %+v", l)
	}
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, b, account(3))).want(t, http.StatusCreated)
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, b, account(4))).want(t, http.StatusCreated)
	if l := board("referrals", w.creator.token); len(l.Entries) != 2 ||
		l.Entries[0] != (leaderboardEntry{Rank: 1, Account: b.Hex(), Value: "2"}) ||
		l.Entries[1] != (leaderboardEntry{Rank: 2, Account: a.Hex(), Value: "1"}) {
		t.Fatalf("by referrals %+v", l)
	}
	var l leaderboardResponse
	w.get(t, "/v1/campaigns/"+cid+"/leaderboard?by=earned&limit=1", w.platform.Token).want(t, http.StatusOK).decode(t, &l)
	if len(l.Entries) != 1 || l.Entries[0].Account != a.Hex() {
		t.Fatalf("limit=1 %+v", l)
	}

	var c campaignResponse
	w.get(t, "/v1/campaigns/"+cid, "").want(t, http.StatusOK).decode(t, &c)
	if c.Awarded != "235" || c.RemainingBudget != "99765" || c.Awards != 5 || c.Holders != 2 || c.Referrals != 3 {
		t.Fatalf("campaign %+v", c)
	}

	// Revenue share ends with the window (30 days after the referral).
	w.clock.Add(31 * 24 * time.Hour)
	token, _, err := w.issuer.Issue(w.platform.ID, "platform", AllScopes, []string{"*"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	w.platform.Token = token
	var out awardsResponse
	w.post(t, "/v1/events", w.platform.Token, event(cid, "purchase", b, "value", "1000")).want(t, http.StatusCreated).decode(t, &out)
	if len(out.Awards) != 0 {
		t.Fatalf("revenue share after the window: %+v", out.Awards)
	}
}

// TestEventDailyCap: event awards are cut to the daily cap and dropped at 0; direct awards over it are
// refused; the cap starts again the next UTC day.
func TestEventDailyCap(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "100000", map[string]any{"contributions": map[string]any{"post": "25"}, "daily_cap": "30"})
	cid, a := w.campaign.ID, account(1)
	post := func() []awardJSON {
		var out awardsResponse
		w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", a, "contribution_kind", "post")).
			want(t, http.StatusCreated).decode(t, &out)
		return out.Awards
	}
	if got := post(); len(got) != 1 || got[0].Amount != "25" || got[0].Capped {
		t.Fatalf("first post %+v", got)
	}
	if got := post(); len(got) != 1 || got[0].Amount != "5" || !got[0].Capped {
		t.Fatalf("second post %+v, want 5 capped", got)
	}
	if got := post(); len(got) != 0 {
		t.Fatalf("third post %+v, want nothing", got)
	}
	before := w.snapshot(t, cid, w.platform.Token, a)
	w.post(t, "/v1/awards", w.platform.Token, award(cid, a, "1", "extra")).wantError(t, http.StatusUnprocessableEntity, "daily_cap_reached")
	w.unchanged(t, before, cid, w.platform.Token, a)
	// Another account has its own cap.
	w.post(t, "/v1/awards", w.platform.Token, award(cid, account(2), "30", "all of it")).want(t, http.StatusCreated)

	// The next UTC day.
	w.clock.Add(24 * time.Hour)
	if got := post(); len(got) != 1 || got[0].Amount != "25" || got[0].Capped {
		t.Fatalf("next day %+v", got)
	}
	w.post(t, "/v1/awards", w.platform.Token, award(cid, a, "6", "too much")).wantError(t, http.StatusUnprocessableEntity, "daily_cap_reached")
	w.post(t, "/v1/awards", w.platform.Token, award(cid, a, "5", "just right")).want(t, http.StatusCreated)
	if got := w.earned(t, a, w.community.TokenAddress, w.platform.Token); got.Earned != "60" {
		t.Fatalf("earned %+v", got)
	}
}

// TestEventBudget: an event whose awards the budget cannot pay is refused whole, and its referral stays
// unpaid.
func TestEventBudget(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "120", nil) // referral pays 150
	cid, a, b := w.campaign.ID, account(1), account(2)
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, b)).want(t, http.StatusCreated)
	before := w.snapshot(t, cid, w.platform.Token, a, b)
	w.post(t, "/v1/events", w.platform.Token, event(cid, "signup", b)).wantError(t, http.StatusUnprocessableEntity, "budget_exhausted")
	w.unchanged(t, before, cid, w.platform.Token, a, b)
	// What the budget can pay still pays.
	var out awardsResponse
	w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", b, "contribution_kind", "review")).
		want(t, http.StatusCreated).decode(t, &out)
	if len(out.Awards) != 1 || out.Awards[0].Amount != "25" {
		t.Fatalf("awards %+v", out.Awards)
	}
}

// TestEventIdempotency: a repeated event is replayed, not paid again.
func TestEventIdempotency(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	cid, a, b := w.campaign.ID, account(1), account(2)
	w.post(t, "/v1/referrals", w.platform.Token, referral(cid, a, b)).want(t, http.StatusCreated)
	key := []string{"Idempotency-Key", "signup-b"}
	first := w.post(t, "/v1/events", w.platform.Token, event(cid, "signup", b), key...).want(t, http.StatusCreated)
	before := w.snapshot(t, cid, w.platform.Token, a, b)
	again := w.post(t, "/v1/events", w.platform.Token, event(cid, "signup", b), key...).want(t, http.StatusCreated)
	if string(first.Body) != string(again.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("replay %s, first %s", again.Body, first.Body)
	}
	w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", b, "contribution_kind", "post"), key...).
		wantError(t, http.StatusConflict, "idempotency_conflict")
	w.unchanged(t, before, cid, w.platform.Token, a, b)

	// An event that earns nothing is held to its key too: replayed as it was, a conflict for another body.
	key = []string{"Idempotency-Key", "signup-again"}
	none := w.post(t, "/v1/events", w.platform.Token, event(cid, "signup", b), key...).want(t, http.StatusCreated)
	if string(none.Body) != `{"awards":[]}` {
		t.Fatalf("second signup %s", none.Body)
	}
	again = w.post(t, "/v1/events", w.platform.Token, event(cid, "signup", b), key...).want(t, http.StatusCreated)
	if string(again.Body) != string(none.Body) || again.Header.Get("Idempotent-Replayed") != "true" {
		t.Fatalf("replay %s", again.Body)
	}
	w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", b, "contribution_kind", "post"), key...).
		wantError(t, http.StatusConflict, "idempotency_conflict")
	w.unchanged(t, before, cid, w.platform.Token, a, b)

	// A refused event records nothing.
	key = []string{"Idempotency-Key", "video"}
	w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", b, "contribution_kind", "video"), key...).
		wantError(t, http.StatusUnprocessableEntity, "unknown_contribution")
	w.post(t, "/v1/events", w.platform.Token, event(cid, "contribution", b, "contribution_kind", "post"), key...).
		want(t, http.StatusCreated)
}
