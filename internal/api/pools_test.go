package api

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/access"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

// usdc is a plain ERC-20 that sponsors fund pools in.
var usdc = common.HexToAddress("0x0000000000000000000000000000000000005dc0")

// sponsorPool makes the fake distributor report a pool of usdc owned by owner holding balance.
func (h *testAPI) sponsorPool(t testing.TB, n int, owner *wallet, balance int64) common.Address {
	t.Helper()
	addr := common.BigToAddress(big.NewInt(int64(0xB001000 + n)))
	h.chain.setPool(access.Pool{Address: addr, Exists: true, Token: usdc, Owner: owner.addr,
		Balance: big.NewInt(balance), Paid: new(big.Int)})
	return addr
}

// pooledCampaign creates a campaign on community, paid from pool, as its creator w.
func (h *testAPI) pooledCampaign(t testing.TB, w *wallet, communityID string, pool common.Address) campaignResponse {
	t.Helper()
	var out campaignResponse
	h.post(t, "/v1/campaigns", w.token, map[string]any{"community_id": communityID, "pool": pool.Hex(),
		"rules": defaultRules()}).want(t, http.StatusCreated).decode(t, &out)
	return out
}

func (h *testAPI) grant(pool common.Address, campaignID, amount string) map[string]any {
	return map[string]any{"campaign_id": campaignID, "amount": amount}
}

// TestCampaignAuthority replays the attack of a creator paying a campaign in another creator's token (or in
// any ERC-20 with no pool): refused before anything is stored.
func TestCampaignAuthority(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	victim, attacker := h.wallet(t, "victim"), h.wallet(t, "attacker")
	victimCommunity, own := h.community(t, victim), h.community(t, attacker)
	victimToken := common.HexToAddress(victimCommunity.TokenAddress)
	campaigns := func(id string) int {
		var out struct {
			Campaigns []campaignResponse `json:"campaigns"`
		}
		h.get(t, "/v1/communities/"+id+"/campaigns", "").want(t, http.StatusOK).decode(t, &out)
		return len(out.Campaigns)
	}
	for _, tc := range []struct {
		name   string
		token  string
		body   map[string]any
		status int
		code   string
	}{
		{"another creator's token on one's own community", attacker.token, map[string]any{"community_id": own.ID,
			"budget": "1000000000000000000000000", "rules": defaultRules(), "reward_token": victimToken.Hex()},
			http.StatusUnprocessableEntity, "reward_token_not_allowed"},
		{"the same in lower case", attacker.token, map[string]any{"community_id": own.ID, "budget": "1",
			"rules": defaultRules(), "reward_token": strings.ToLower(victimToken.Hex())},
			http.StatusUnprocessableEntity, "reward_token_not_allowed"},
		{"any ERC-20 without a pool", attacker.token, map[string]any{"community_id": own.ID, "budget": "1",
			"rules": defaultRules(), "reward_token": usdc.Hex()}, http.StatusUnprocessableEntity, "reward_token_not_allowed"},
		{"a campaign on the victim's community", attacker.token, map[string]any{"community_id": victimCommunity.ID,
			"budget": "1", "rules": defaultRules()}, http.StatusForbidden, "not_token_creator"},
		{"a pool that does not exist", attacker.token, map[string]any{"community_id": own.ID,
			"pool": common.BigToAddress(big.NewInt(0xdead)).Hex(), "rules": defaultRules()},
			http.StatusUnprocessableEntity, "unknown_pool"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h.post(t, "/v1/campaigns", tc.token, tc.body).wantError(t, tc.status, tc.code)
		})
	}
	if n, m := campaigns(own.ID), campaigns(victimCommunity.ID); n != 0 || m != 0 {
		t.Fatalf("refused campaigns were stored: %d on the attacker's community, %d on the victim's", n, m)
	}
}

// TestOwnershipTransfer: control of a community's campaigns follows its token's creator() on-chain.
func TestOwnershipTransfer(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	heir := w.wallet(t, "heir")
	token := common.HexToAddress(w.community.TokenAddress)
	// A platform token the creator issued for its campaign works while the creator controls the token.
	var own campaignPlatformCreated
	w.post(t, "/v1/campaigns/"+w.campaign.ID+"/platforms", w.creator.token, map[string]any{"name": "creator's app"}).
		want(t, http.StatusCreated).decode(t, &own)
	w.post(t, "/v1/awards", own.Token, award(w.campaign.ID, account(1), "5", "a")).want(t, http.StatusCreated)

	w.chain.setCreator(token, heir.addr) // transferOwnership + acceptOwnership on-chain
	// Managing reads the chain afresh: at once.
	w.post(t, "/v1/campaigns", w.creator.token, map[string]any{"community_id": w.community.ID, "budget": "1",
		"rules": defaultRules()}).wantError(t, http.StatusForbidden, "not_token_creator")
	w.post(t, "/v1/campaigns/"+w.campaign.ID+"/platforms", w.creator.token, map[string]any{"name": "x"}).
		wantError(t, http.StatusForbidden, "forbidden")
	w.testAPI.campaign(t, heir, w.community.ID, "10", defaultRules(), nil)
	// Awarding trusts what it read for authorityTTL: after it, the old creator's platform token stops.
	w.clock.Add(authorityTTL + time.Second)
	before := w.snapshot(t, w.campaign.ID, w.platform.Token, account(2))
	w.post(t, "/v1/awards", own.Token, award(w.campaign.ID, account(2), "5", "b")).
		wantError(t, http.StatusForbidden, "issuer_not_creator")
	w.unchanged(t, before, w.campaign.ID, w.platform.Token, account(2))
	// The operator's platform keeps working for the new creator.
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(2), "5", "c")).want(t, http.StatusCreated)

	// A renounced token pays nobody any more.
	w.chain.setCreator(token, common.Address{})
	w.clock.Add(authorityTTL + time.Second)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(3), "5", "d")).
		wantError(t, http.StatusUnprocessableEntity, "token_renounced")
}

// TestPools: a sponsor's pool pays only the campaigns its owner granted, within its deposits.
func TestPools(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator, brand, rival, stranger := h.wallet(t, "creator"), h.wallet(t, "brand"), h.wallet(t, "rival brand"), h.wallet(t, "stranger")
	community := h.community(t, creator)
	poolA := h.sponsorPool(t, 1, brand, 1000)
	poolB := h.sponsorPool(t, 2, rival, 500) // the same ERC-20, another sponsor
	platform := h.platform(t, nil, nil)

	camp := h.pooledCampaign(t, creator, community.ID, poolA)
	if camp.Pool == nil || camp.Pool.Common() != poolA || camp.RewardToken.Common() != usdc || camp.Budget.String() != "0" {
		t.Fatalf("pooled campaign %+v", camp)
	}
	// Nothing granted yet: nothing can be awarded.
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, account(1), "1", "a")).
		wantError(t, http.StatusUnprocessableEntity, "budget_exhausted")

	grants := "/v1/pools/" + poolA.Hex() + "/grants"
	h.post(t, grants, stranger.token, h.grant(poolA, camp.ID, "100")).wantError(t, http.StatusForbidden, "not_pool_owner")
	h.post(t, grants, creator.token, h.grant(poolA, camp.ID, "100")).wantError(t, http.StatusForbidden, "not_pool_owner")
	h.post(t, "/v1/pools/"+poolB.Hex()+"/grants", rival.token, h.grant(poolB, camp.ID, "100")).
		wantError(t, http.StatusUnprocessableEntity, "campaign_not_pooled")
	h.post(t, grants, brand.token, h.grant(poolA, camp.ID, "1001")).
		wantError(t, http.StatusUnprocessableEntity, "grant_exceeds_deposits")
	var g ledger.Grant
	h.post(t, grants, brand.token, h.grant(poolA, camp.ID, "600"), "Idempotency-Key", "g1").
		want(t, http.StatusCreated).decode(t, &g)
	h.post(t, grants, brand.token, h.grant(poolA, camp.ID, "600"), "Idempotency-Key", "g1").want(t, http.StatusCreated)
	h.post(t, grants, brand.token, h.grant(poolA, camp.ID, "401")).
		wantError(t, http.StatusUnprocessableEntity, "grant_exceeds_deposits")
	if g.CampaignID != camp.ID || g.Amount.String() != "600" || g.GrantedBy.Common() != brand.addr {
		t.Fatalf("grant %+v", g)
	}
	var got campaignResponse
	h.get(t, "/v1/campaigns/"+camp.ID, "").want(t, http.StatusOK).decode(t, &got)
	if got.Budget.String() != "600" || got.RemainingBudget != "600" {
		t.Fatalf("after a grant of 600 (the replay adds nothing): budget %s, remaining %s", got.Budget, got.RemainingBudget)
	}
	var cg grantsResponse
	h.get(t, "/v1/campaigns/"+camp.ID+"/grants", "").want(t, http.StatusOK).decode(t, &cg)
	if cg.Granted != "600" || len(cg.Grants) != 1 || cg.Pool == nil || *cg.Pool != poolA.Hex() {
		t.Fatalf("campaign grants %+v", cg)
	}

	// Awards are paid from the pool: the fan's rewards name the ERC-20 and the pool.
	fan := h.wallet(t, "fan")
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, fan.addr, "250", "a")).want(t, http.StatusCreated)
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, fan.addr, "351", "b")).
		wantError(t, http.StatusUnprocessableEntity, "budget_exhausted")
	var r rewardsResponse
	h.get(t, "/v1/accounts/"+fan.addr.Hex()+"/rewards", fan.token).want(t, http.StatusOK).decode(t, &r)
	if len(r.Tokens) != 1 || r.Tokens[0].Token != usdc.Hex() || r.Tokens[0].Pool != poolA.Hex() || r.Tokens[0].Earned != "250" {
		t.Fatalf("rewards %+v", r)
	}
	// The voucher names the pool, so it can only ever be paid from the pool's deposit.
	var cl claimResponse
	h.get(t, "/v1/accounts/"+fan.addr.Hex()+"/claims/"+poolA.Hex(), "").want(t, http.StatusOK).decode(t, &cl)
	if cl.CumulativeAmount != "250" {
		t.Fatalf("claim %+v", cl)
	}
	var pr poolResponse
	h.get(t, "/v1/pools/"+poolA.Hex(), "").want(t, http.StatusOK).decode(t, &pr)
	if pr.Granted != "600" || pr.Owner != brand.addr.Hex() || pr.Token != usdc.Hex() || len(pr.Grants) != 1 || pr.Closing ||
		pr.Withdrawable != "1000" || pr.Committed != "0" || pr.WithdrawableAt != 0 {
		t.Fatalf("pool %+v", pr)
	}
	h.get(t, "/v1/pools/"+common.BigToAddress(big.NewInt(7)).Hex(), "").wantError(t, http.StatusNotFound, "not_found")

	// A pool and a mint-mode campaign are different sources: one batch cannot mix them.
	mint := h.campaign(t, creator, community.ID, "100", defaultRules(), nil)
	// But one transaction claims both.
	h.post(t, "/v1/awards", platform.Token, award(mint.ID, fan.addr, "9", "m")).want(t, http.StatusCreated)
	h.chain.setClaimed(poolA, fan.addr, 50)
	var all claimAllResponse
	h.get(t, "/v1/accounts/"+fan.addr.Hex()+"/claims", "").want(t, http.StatusOK).decode(t, &all)
	bySource := map[string]claimAllEntry{}
	for _, e := range all.Claims {
		bySource[e.Source] = e
	}
	ownToken := common.HexToAddress(community.TokenAddress).Hex()
	if len(all.Claims) != 2 || all.Calldata == "" || bySource[poolA.Hex()].Token != usdc.Hex() || bySource[poolA.Hex()].Claimable != "200" ||
		bySource[ownToken].Pool != "" || bySource[ownToken].Claimable != "9" {
		t.Fatalf("claims %+v", all)
	}
	var none claimAllResponse
	h.get(t, "/v1/accounts/"+account(12345).Hex()+"/claims", "").want(t, http.StatusOK).decode(t, &none)
	if len(none.Claims) != 0 || none.Calldata != "" {
		t.Fatalf("claims of an account without rewards %+v", none)
	}
	h.post(t, "/v1/awards/batch", platform.Token, map[string]any{"awards": []any{
		award(mint.ID, account(8), "1", "x"), award(camp.ID, account(8), "1", "x")}}).
		wantError(t, http.StatusBadRequest, "mixed_tokens")

	// The sponsor announces a withdrawal: within authorityTTL nothing more is awarded or granted from it.
	closing := access.Pool{Address: poolA, Exists: true, Token: usdc, Owner: brand.addr, Balance: big.NewInt(1000),
		Paid: new(big.Int), Closing: true}
	h.chain.setPool(closing)
	h.post(t, grants, brand.token, h.grant(poolA, camp.ID, "1")).wantError(t, http.StatusUnprocessableEntity, "pool_closing")
	h.clock.Add(authorityTTL + time.Second)
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, fan.addr, "1", "c")).
		wantError(t, http.StatusUnprocessableEntity, "pool_closing")
	h.get(t, "/v1/campaigns/"+camp.ID+"/stats", platform.Token).want(t, http.StatusOK) // reading what was goes on
	h.post(t, "/v1/campaigns", creator.token, map[string]any{"community_id": community.ID, "pool": poolA.Hex(),
		"rules": defaultRules()}).wantError(t, http.StatusUnprocessableEntity, "pool_closing")

	// A pooled campaign has no budget of its own to name.
	h.post(t, "/v1/campaigns", creator.token, map[string]any{"community_id": community.ID, "pool": poolB.Hex(),
		"budget": "5", "rules": defaultRules()}).wantError(t, http.StatusBadRequest, "invalid_campaign")
}

// TestAuthorityDuringOutage: when the chain does not answer, awards go on under the authority last read
// (an outage must not stop acknowledging awards), but a campaign whose authority was never read is refused
// with 503 rather than trusted, and managing a campaign always needs the chain.
func TestAuthorityDuringOutage(t *testing.T) {
	t.Parallel()
	w := newWorld(t, "1000", nil)
	w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "5", "a")).want(t, http.StatusCreated)
	other := w.testAPI.campaign(t, w.creator, w.community.ID, "100", defaultRules(), nil)
	lateCreator := w.wallet(t, "late")
	late := w.testAPI.community(t, lateCreator)
	lateCampaign := w.testAPI.campaign(t, lateCreator, late.ID, "10", defaultRules(), nil)

	w.chain.fail(errors.New("connection refused"))
	w.clock.Add(authorityTTL + time.Second)
	for i := range 3 {
		w.post(t, "/v1/awards", w.platform.Token, award(w.campaign.ID, account(1), "5", fmt.Sprint(i))).want(t, http.StatusCreated)
		w.post(t, "/v1/awards", w.platform.Token, award(other.ID, account(1), "5", fmt.Sprint(i))).want(t, http.StatusCreated)
	}
	w.api.tokens.forget(common.HexToAddress(late.TokenAddress).Hex()) // as on a replica that never read it
	w.post(t, "/v1/awards", w.platform.Token, award(lateCampaign.ID, account(1), "5", "x")).
		wantError(t, http.StatusServiceUnavailable, "unavailable")
	w.post(t, "/v1/campaigns", w.creator.token, map[string]any{"community_id": w.community.ID, "budget": "1",
		"rules": defaultRules()}).wantError(t, http.StatusServiceUnavailable, "unavailable")
}

// TestLegacyForeignCampaign: a campaign stored before authority was checked, paying another creator's token,
// awards nothing now.
func TestLegacyForeignCampaign(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	victim, attacker := h.wallet(t, "victim"), h.wallet(t, "attacker")
	vc, ac := h.community(t, victim), h.community(t, attacker)
	legacy := &rewards.Campaign{ID: "cmp_legacy", CommunityID: ac.ID, Creator: rewards.Address(attacker.addr),
		RewardToken: rewards.Address(common.HexToAddress(vc.TokenAddress)), Budget: mustAmount(t, "1000000"),
		Rules: rewards.Rules{Contributions: map[string]rewards.Amount{"post": mustAmount(t, "1")}}, Platforms: []string{}}
	if err := h.ledger.CreateCampaign(context.Background(), legacy); err != nil {
		t.Fatal(err)
	}
	platform := h.platform(t, nil, nil)
	h.post(t, "/v1/awards", platform.Token, award(legacy.ID, attacker.addr, "1000", "x")).
		wantError(t, http.StatusUnprocessableEntity, "reward_token_not_allowed")
	var cl claimResponse
	h.get(t, "/v1/accounts/"+attacker.addr.Hex()+"/claims/"+vc.TokenAddress, "").wantError(t, http.StatusNotFound, "not_found").decode(t, &cl)
}

// TestPoolLowAlert: a sponsor sets a low-balance alert on its pool; awards that take what its campaigns can
// still award below it emit one pool.low event to the sponsor, a new grant re-arms it, and only the pool's
// owner may set it.
func TestPoolLowAlert(t *testing.T) {
	t.Parallel()
	h := newTestAPI(t)
	creator, brand, stranger := h.wallet(t, "creator"), h.wallet(t, "brand"), h.wallet(t, "stranger")
	community := h.community(t, creator)
	pool := h.sponsorPool(t, 1, brand, 1000)
	platform := h.platform(t, nil, nil)
	camp := h.pooledCampaign(t, creator, community.ID, pool)
	grants, alert := "/v1/pools/"+pool.Hex()+"/grants", "/v1/pools/"+pool.Hex()+"/alert"
	h.post(t, grants, brand.token, h.grant(pool, camp.ID, "600")).want(t, http.StatusCreated)

	h.put(t, alert, stranger.token, map[string]any{"low_balance": "400"}).wantError(t, http.StatusForbidden, "not_pool_owner")
	h.put(t, alert, creator.token, map[string]any{"low_balance": "400"}).wantError(t, http.StatusForbidden, "not_pool_owner")
	for _, bad := range []any{"-1", "1.5", 400, "", nil} {
		h.put(t, alert, brand.token, map[string]any{"low_balance": bad}).wantError(t, http.StatusBadRequest, "bad_request")
	}
	h.put(t, "/v1/pools/"+common.BigToAddress(big.NewInt(7)).Hex()+"/alert", brand.token, map[string]any{"low_balance": "1"}).
		wantError(t, http.StatusUnprocessableEntity, "unknown_pool")
	var pa poolAlertResponse
	h.put(t, alert, brand.token, map[string]any{"low_balance": "400"}).want(t, http.StatusOK).decode(t, &pa)
	if pa.LowBalance != "400" || pa.Remaining != "600" || pa.Low {
		t.Fatalf("alert %+v", pa)
	}

	ctx := context.Background()
	ownerOf := func(ctx context.Context, p common.Address) (common.Address, error) {
		facts, err := h.chain.Pool(ctx, p)
		return facts.Owner, err
	}
	events := func() []webhookstest.Entry {
		return webhookstest.Outbox(t, h.rdb, h.prefix, strings.ToLower(pool.Hex()))
	}
	check := func(wantFired int) {
		t.Helper()
		n, err := h.ledger.CheckPoolsLow(ctx, ownerOf)
		if err != nil || n != wantFired {
			t.Fatalf("CheckPoolsLow = %d %v, want %d fired", n, err, wantFired)
		}
	}
	lows := func() []webhookstest.Entry {
		var out []webhookstest.Entry
		for _, e := range events() {
			if e.Type == webhooks.EventPoolLow {
				out = append(out, e)
			}
		}
		return out
	}

	check(0) // 600 left, threshold 400
	fan := h.wallet(t, "fan")
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, fan.addr, "250", "a")).want(t, http.StatusCreated)
	check(1) // 350 left
	check(0) // told once per crossing, however often it is checked
	ev := lows()
	if len(ev) != 1 || ev[0].Owner != webhooks.OwnerWallet(brand.addr.Hex()) || ev[0].CampaignID != "" ||
		ev[0].Data["pool"] != pool.Hex() || ev[0].Data["token"] != strings.ToLower(usdc.Hex()) ||
		ev[0].Data["remaining"] != "350" || ev[0].Data["threshold"] != "400" {
		t.Fatalf("pool.low events %+v", ev)
	}
	var pr poolResponse
	h.get(t, "/v1/pools/"+pool.Hex(), "").want(t, http.StatusOK).decode(t, &pr)
	if pr.Remaining != "350" || pr.LowBalance != "400" || !pr.Low {
		t.Fatalf("pool %+v", pr)
	}

	// A top-up grant brings it back above: the alert re-arms, and the next crossing tells again.
	h.post(t, grants, brand.token, h.grant(pool, camp.ID, "300")).want(t, http.StatusCreated)
	check(0)
	h.get(t, "/v1/pools/"+pool.Hex(), "").want(t, http.StatusOK).decode(t, &pr)
	if pr.Remaining != "650" || pr.Low {
		t.Fatalf("after a top-up: pool %+v", pr)
	}
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, fan.addr, "300", "b")).want(t, http.StatusCreated)
	check(1)
	if ev := lows(); len(ev) != 2 || ev[1].Data["remaining"] != "350" {
		t.Fatalf("pool.low events after the second crossing %+v", ev)
	}

	// Off: nothing more, whatever happens.
	h.put(t, alert, brand.token, map[string]any{"low_balance": "0"}).want(t, http.StatusOK)
	h.post(t, "/v1/awards", platform.Token, award(camp.ID, fan.addr, "300", "c")).want(t, http.StatusCreated)
	check(0)
	if ev := lows(); len(ev) != 2 {
		t.Fatalf("%d pool.low events after the alert was turned off", len(ev))
	}
}
