package api

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/tribe-rewards/tribe/internal/ledger"
)

func userAward(campaignID, user, amount string) map[string]any {
	return map[string]any{"campaign_id": campaignID, "user": user, "amount": amount, "reason": "launch"}
}

func (h *testAPI) userRewards(t testing.TB, token, user string) userRewardsResponse {
	t.Helper()
	var out userRewardsResponse
	h.get(t, "/v1/platforms/me/users/"+user+"/rewards", token).want(t, http.StatusOK).decode(t, &out)
	return out
}

// TestIdentityLinkByPlatform: a platform awards its user before the user has a wallet, sees what waits,
// links it; the balance moves to the wallet once, later awards go there, re-linking elsewhere is 409.
func TestIdentityLinkByPlatform(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000", nil)
	cid, pt := w.campaign.ID, w.platform.Token
	token := w.campaign.RewardToken.Common().Hex()
	fan, other := w.wallet(t, "fan"), w.wallet(t, "other")

	var res awardsResponse
	w.post(t, "/v1/awards", pt, userAward(cid, "u-1", "100"), "Idempotency-Key", "a1").want(t, http.StatusCreated).decode(t, &res)
	pseudo := ledger.UserAccount(w.platform.ID, "u-1")
	if len(res.Awards) != 1 || res.Awards[0].Account != pseudo.Hex() {
		t.Fatalf("award %+v: want the user's pseudo-account %s", res.Awards, pseudo.Hex())
	}
	w.post(t, "/v1/awards/batch", pt, map[string]any{"awards": []any{userAward(cid, "u-1", "5"), award(cid, account(1), "1", "x")}}).
		want(t, http.StatusCreated)
	w.post(t, "/v1/events", pt, map[string]any{"campaign_id": cid, "kind": "contribution", "contribution_kind": "post", "user": "u-1"}).
		want(t, http.StatusCreated)

	ur := w.userRewards(t, pt, "u-1")
	if ur.Status != "unlinked" || len(ur.Tokens) != 1 || ur.Tokens[0].Held != "115" || ur.Tokens[0].Token != token {
		t.Fatalf("user rewards %+v", ur)
	}
	// Another platform's user "u-1" is someone else: unknown to it.
	p2 := w.platform2(t, nil, nil)
	w.get(t, "/v1/platforms/me/users/u-1/rewards", p2.Token).wantError(t, http.StatusNotFound, "unknown_user")
	w.post(t, "/v1/identities", p2.Token, map[string]any{"user": "u-1", "account": fan.addr.Hex()}).wantError(t, http.StatusNotFound, "unknown_user")
	w.post(t, "/v1/identities", pt, map[string]any{"user": "nobody", "account": fan.addr.Hex()}).wantError(t, http.StatusNotFound, "unknown_user")
	// Vouchers are never signed for a pseudo-account.
	w.get(t, "/v1/accounts/"+pseudo.Hex()+"/claims/"+token, "").wantError(t, http.StatusNotFound, "not_found")
	w.get(t, "/v1/accounts/"+pseudo.Hex()+"/claims", "").wantError(t, http.StatusNotFound, "not_found")

	var id identityResponse
	w.post(t, "/v1/identities", pt, map[string]any{"user": "u-1", "account": strings.ToLower(fan.addr.Hex())}).
		want(t, http.StatusCreated).decode(t, &id)
	if id.Status != "linked" || id.Account != fan.addr.Hex() || id.LinkedAt == nil {
		t.Fatalf("identity %+v", id)
	}
	w.post(t, "/v1/identities", pt, map[string]any{"user": "u-1", "account": fan.addr.Hex()}).want(t, http.StatusOK)
	w.post(t, "/v1/identities", pt, map[string]any{"user": "u-1", "account": other.addr.Hex()}).wantError(t, http.StatusConflict, "already_linked")
	if e := w.earned(t, fan.addr, token, pt); e.Cumulative != "115" || e.Claimable != "115" {
		t.Fatalf("wallet after link %+v", e)
	}
	ur = w.userRewards(t, pt, "u-1")
	if ur.Status != "linked" || ur.Account != fan.addr.Hex() || len(ur.Tokens) != 0 {
		t.Fatalf("user rewards after link %+v", ur)
	}
	// Later awards to the user land on the wallet, which can claim it all.
	w.post(t, "/v1/awards", pt, userAward(cid, "u-1", "7")).want(t, http.StatusCreated).decode(t, &res)
	if res.Awards[0].Account != fan.addr.Hex() {
		t.Fatalf("award after link went to %s", res.Awards[0].Account)
	}
	w.get(t, "/v1/accounts/"+fan.addr.Hex()+"/claims/"+token, "").want(t, http.StatusOK)
	if e := w.earned(t, fan.addr, token, pt); e.Cumulative != "122" {
		t.Fatalf("wallet %+v", e)
	}

	// The operator unlinks (a platform may not); then it links elsewhere, and nothing moves back.
	w.do(t, call{method: http.MethodDelete, path: "/v1/identities/" + w.platform.ID + "/u-1", token: pt}).wantError(t, http.StatusForbidden, "forbidden")
	w.do(t, call{method: http.MethodDelete, path: "/v1/identities/" + w.platform.ID + "/u-1", token: w.admin}).want(t, http.StatusOK)
	w.do(t, call{method: http.MethodDelete, path: "/v1/identities/" + w.platform.ID + "/u-1", token: w.admin}).wantError(t, http.StatusNotFound, "not_found")
	w.post(t, "/v1/awards", pt, userAward(cid, "u-1", "3")).want(t, http.StatusCreated)
	w.post(t, "/v1/identities", pt, map[string]any{"user": "u-1", "account": other.addr.Hex()}).want(t, http.StatusCreated)
	if a, b := w.earned(t, fan.addr, token, pt), w.earned(t, other.addr, token, pt); a.Cumulative != "122" || b.Cumulative != "3" {
		t.Fatalf("after re-link: first %s, second %s", a.Cumulative, b.Cumulative)
	}
}

// TestIdentityLinkTokens: the fan links itself with a link token: single use, by one wallet, before expiry.
func TestIdentityLinkTokens(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000", nil)
	cid, pt := w.campaign.ID, w.platform.Token
	token := w.campaign.RewardToken.Common().Hex()
	fan, other := w.wallet(t, "fan"), w.wallet(t, "other")
	w.post(t, "/v1/awards", pt, userAward(cid, "u", "40")).want(t, http.StatusCreated)
	w.post(t, "/v1/awards", pt, userAward(cid, "late", "1")).want(t, http.StatusCreated)

	w.post(t, "/v1/identities/link-tokens", pt, map[string]any{"user": "nobody"}).wantError(t, http.StatusNotFound, "unknown_user")
	w.post(t, "/v1/identities/link-tokens", pt, map[string]any{"user": strings.Repeat("x", 129)}).wantError(t, http.StatusBadRequest, "invalid_user")
	var lt linkTokenResponse
	w.post(t, "/v1/identities/link-tokens", pt, map[string]any{"user": "u"}).want(t, http.StatusCreated).decode(t, &lt)
	if !strings.Contains(lt.URL, "/app/link?token="+lt.Token) || !lt.ExpiresAt.Equal(w.clock.Now().Add(DefaultLinkTokenTTL).UTC()) {
		t.Fatalf("link token %+v", lt)
	}
	// Before signing in, the link page shows what the token links; looking spends nothing.
	var pv linkPreviewResponse
	for range 2 {
		w.post(t, "/v1/identities/link-preview", "", map[string]any{"token": lt.Token}).want(t, http.StatusOK).decode(t, &pv)
	}
	if pv.Status != "open" || pv.PlatformID != w.platform.ID || pv.PlatformName == "" || pv.Account != "" ||
		len(pv.Tokens) != 1 || pv.Tokens[0].Token != token || pv.Tokens[0].Held != "40" || !pv.ExpiresAt.Equal(lt.ExpiresAt) {
		t.Fatalf("preview %+v", pv)
	}
	w.post(t, "/v1/identities/link-preview", "", map[string]any{"token": "lnk_NOPE"}).wantError(t, http.StatusNotFound, "unknown_link_token")
	w.post(t, "/v1/identities/link-preview", "", map[string]any{}).wantError(t, http.StatusBadRequest, "bad_request")
	w.post(t, "/v1/identities/link-preview", "", map[string]any{"token": 7}).wantError(t, http.StatusBadRequest, "bad_request")
	w.post(t, "/v1/identities/link", fan.token, map[string]any{"token": "lnk_NOPE"}).wantError(t, http.StatusNotFound, "unknown_link_token")
	w.post(t, "/v1/identities/link", pt, map[string]any{"token": lt.Token}).wantError(t, http.StatusForbidden, "forbidden")

	var id identityResponse
	w.post(t, "/v1/identities/link", fan.token, map[string]any{"token": lt.Token}).want(t, http.StatusCreated).decode(t, &id)
	if id.Account != fan.addr.Hex() || id.User != "u" || id.PlatformID != w.platform.ID {
		t.Fatalf("identity %+v", id)
	}
	w.post(t, "/v1/identities/link", fan.token, map[string]any{"token": lt.Token}).want(t, http.StatusOK) // replayed by its wallet
	w.post(t, "/v1/identities/link", other.token, map[string]any{"token": lt.Token}).wantError(t, http.StatusConflict, "link_token_used")
	w.post(t, "/v1/identities/link-preview", "", map[string]any{"token": lt.Token}).want(t, http.StatusOK).decode(t, &pv)
	if pv.Status != "used" || pv.Account != fan.addr.Hex() || len(pv.Tokens) != 0 {
		t.Fatalf("preview of a used token %+v", pv)
	}
	if e := w.earned(t, fan.addr, token, pt); e.Cumulative != "40" {
		t.Fatalf("wallet after link %+v", e)
	}
	w.post(t, "/v1/identities/link-tokens", pt, map[string]any{"user": "u"}).wantError(t, http.StatusConflict, "already_linked")

	// Expired: nothing moves, the user stays unlinked.
	w.post(t, "/v1/identities/link-tokens", pt, map[string]any{"user": "late"}).want(t, http.StatusCreated).decode(t, &lt)
	w.clock.Add(DefaultLinkTokenTTL + time.Second)
	fan = w.login(t, fan) // the session of 15 minutes ago has expired too
	w.post(t, "/v1/identities/link", fan.token, map[string]any{"token": lt.Token}).wantError(t, http.StatusUnprocessableEntity, "link_token_expired")
	w.post(t, "/v1/identities/link-preview", "", map[string]any{"token": lt.Token}).wantError(t, http.StatusUnprocessableEntity, "link_token_expired")
	if ur := w.userRewards(t, pt, "late"); ur.Status != "unlinked" || len(ur.Tokens) != 1 || ur.Tokens[0].Held != "1" {
		t.Fatalf("after an expired token %+v", ur)
	}
}

// TestIdentityReferrals: a wallet refers a user and a user refers a wallet; a user linked to its own
// referrer's wallet has that referral reversed.
func TestIdentityReferrals(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000000", nil)
	cid, pt := w.campaign.ID, w.platform.Token
	token := w.campaign.RewardToken.Common().Hex()
	fan := w.wallet(t, "fan")

	// A user refers a wallet: the signup pays the user 100 (held) and the wallet 50.
	w.post(t, "/v1/referrals", pt, map[string]any{"campaign_id": cid, "referrer_user": "ref", "referee": account(5).Hex()}).want(t, http.StatusCreated)
	w.post(t, "/v1/events", pt, map[string]any{"campaign_id": cid, "kind": "signup", "account": account(5).Hex()}).want(t, http.StatusCreated)
	if ur := w.userRewards(t, pt, "ref"); len(ur.Tokens) != 1 || ur.Tokens[0].Held != "100" {
		t.Fatalf("referrer user %+v", ur)
	}
	// A wallet refers a user; the user's signup pays both.
	w.post(t, "/v1/referrals", pt, map[string]any{"campaign_id": cid, "referrer": fan.addr.Hex(), "referee_user": "new"}).want(t, http.StatusCreated)
	w.post(t, "/v1/referrals", pt, map[string]any{"campaign_id": cid, "referrer": fan.addr.Hex(), "referee_user": "new"}).wantError(t, http.StatusConflict, "already_referred")
	w.post(t, "/v1/events", pt, map[string]any{"campaign_id": cid, "kind": "signup", "user": "new"}).want(t, http.StatusCreated)
	if e := w.earned(t, fan.addr, token, pt); e.Cumulative != "100" {
		t.Fatalf("referrer wallet %+v", e)
	}
	// Another referral of a user by the fan, not yet qualified; the user is then linked to the fan itself.
	w.post(t, "/v1/referrals", pt, map[string]any{"campaign_id": cid, "referrer": fan.addr.Hex(), "referee_user": "alt"}).want(t, http.StatusCreated)
	w.post(t, "/v1/identities", pt, map[string]any{"user": "alt", "account": fan.addr.Hex()}).want(t, http.StatusCreated)
	// Reversed: its signup pays nothing, and the fan's referrals count only "new".
	var res awardsResponse
	w.post(t, "/v1/events", pt, map[string]any{"campaign_id": cid, "kind": "signup", "user": "alt"}).want(t, http.StatusCreated).decode(t, &res)
	if len(res.Awards) != 0 {
		t.Fatalf("a self-referral after linking paid %+v", res.Awards)
	}
	var lb struct {
		Entries []struct {
			Account string `json:"account"`
			Value   string `json:"value"`
		} `json:"entries"`
	}
	w.get(t, "/v1/campaigns/"+cid+"/leaderboard?by=referrals", pt).want(t, http.StatusOK).decode(t, &lb)
	for _, e := range lb.Entries {
		if e.Account == fan.addr.Hex() && e.Value != "1" {
			t.Fatalf("the fan's referrals: %s, want 1", e.Value)
		}
	}
	// After linking, the user stands for the wallet: the wallet cannot be referred by a user it referred.
	w.post(t, "/v1/identities", pt, map[string]any{"user": "new", "account": account(9).Hex()}).want(t, http.StatusCreated)
	w.post(t, "/v1/referrals", pt, map[string]any{"campaign_id": cid, "referrer_user": "new", "referee": fan.addr.Hex()}).wantError(t, http.StatusUnprocessableEntity, "referral_cycle")
	// A user's referral code names its pseudo-account.
	var code referralCodeResponse
	w.post(t, "/v1/campaigns/"+cid+"/referral-codes", pt, map[string]any{"referrer_user": "ref"}).want(t, http.StatusCreated).decode(t, &code)
	if code.Referrer != ledger.UserAccount(w.platform.ID, "ref").Hex() {
		t.Fatalf("code referrer %s", code.Referrer)
	}
}
