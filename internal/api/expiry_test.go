package api

import (
	"net/http"
	"testing"
	"time"
)

// TestUnlinkedExpiryDays: a campaign's unlinked_expiry_days returns to the budget what a platform user still
// holds unlinked that long after it was awarded — exactly at the boundary — and the creator sees it as
// expired in the campaign and its stats; a user linked a millisecond before keeps everything.
func TestUnlinkedExpiryDays(t *testing.T) {
	t.Parallel()
	rules := defaultRules()
	rules["unlinked_expiry_days"] = 2
	w := newWorld(t, "1000", rules)
	cid, pt := w.campaign.ID, w.platform.Token
	token := w.campaign.RewardToken.Common().Hex()
	fan := w.wallet(t, "fan")
	var camp struct {
		Rules struct {
			UnlinkedExpiryDays int `json:"unlinked_expiry_days"`
		} `json:"rules"`
		Remaining string `json:"remaining_budget"`
		Expired   string `json:"expired"`
	}
	w.get(t, "/v1/campaigns/"+cid, "").want(t, http.StatusOK).decode(t, &camp)
	if camp.Rules.UnlinkedExpiryDays != 2 || camp.Expired != "0" {
		t.Fatalf("campaign %+v", camp)
	}
	w.post(t, "/v1/awards", pt, userAward(cid, "u-1", "100")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", pt, userAward(cid, "u-2", "30")).want(t, http.StatusCreated)

	w.clock.Add(48*time.Hour - time.Millisecond)
	if ur := w.userRewards(t, pt, "u-1"); len(ur.Tokens) != 1 || ur.Tokens[0].Held != "100" {
		t.Fatalf("a millisecond before: %+v", ur)
	}
	w.post(t, "/v1/identities", pt, map[string]any{"user": "u-2", "account": fan.addr.Hex()}).want(t, http.StatusCreated)

	w.clock.Add(time.Millisecond)
	if ur := w.userRewards(t, pt, "u-1"); len(ur.Tokens) != 0 {
		t.Fatalf("at the boundary: %+v", ur)
	}
	if e := w.earned(t, fan.addr, token, pt); e.Cumulative != "30" {
		t.Fatalf("linked in time: %+v", e)
	}
	w.get(t, "/v1/campaigns/"+cid, "").want(t, http.StatusOK).decode(t, &camp)
	if camp.Expired != "100" || camp.Remaining != "970" {
		t.Fatalf("campaign after expiry %+v", camp)
	}
	w.login(t, w.creator)
	var st struct {
		Expired string `json:"expired"`
		Days    []struct {
			Expired string `json:"expired"`
		} `json:"days"`
	}
	w.get(t, "/v1/campaigns/"+cid+"/stats?days=1", w.creator.token).want(t, http.StatusOK).decode(t, &st)
	if st.Expired != "100" || len(st.Days) != 1 || st.Days[0].Expired != "100" {
		t.Fatalf("stats %+v", st)
	}
	// Linking afterwards moves nothing of what expired.
	w.post(t, "/v1/identities", pt, map[string]any{"user": "u-1", "account": fan.addr.Hex()}).want(t, http.StatusCreated)
	if e := w.earned(t, fan.addr, token, pt); e.Cumulative != "30" {
		t.Fatalf("late link: %+v", e)
	}
}
