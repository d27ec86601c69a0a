package service_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
)

// TestForeignTokenAttack replays, against tribed --dev and its chain, the attack of a creator paying a
// campaign in another creator's token: the attacker has a community of its own, names the victim's token as
// its campaign's reward token, issues itself a platform token, awards itself 10^24 and claims the voucher.
// The campaign is refused before anything is stored, so there is nothing to award, no voucher, and the
// victim's token supply is unchanged.
func TestForeignTokenAttack(t *testing.T) {
	svc := startDev(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dev, keys := svc.Dev, chain.DevKeys()
	victimKey, attackerKey := keys[4], keys[5]
	attacker := crypto.PubkeyToAddress(attackerKey.PublicKey)

	community := func(key *client.Client, k int, name string) *client.Community {
		t.Helper()
		if _, err := key.Login(ctx, keys[k], 1337); err != nil {
			t.Fatal(err)
		}
		m, err := key.CreateCommunity(ctx, keys[k], name, "C"+name[:2], "0", "0")
		if err != nil {
			t.Fatal(err)
		}
		if m, err = key.WaitCommunity(ctx, m.ID); err != nil {
			t.Fatal(err)
		}
		return m
	}
	victim, thief := client.New(dev.APIURL, ""), client.New(dev.APIURL, "")
	vc := community(victim, 4, "Victim")
	ac := community(thief, 5, "Attacker")
	victimToken := common.HexToAddress(vc.TokenAddress)
	eth, err := ethclient.DialContext(ctx, dev.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	// The victim runs mint mode: the distributor may mint its token.
	sendFrom(t, ctx, eth, victimKey, victimToken,
		bindings.NewCreatorToken().PackSetMinter(common.HexToAddress(dev.Contracts["distributor"]), true))
	supply := func() *big.Int {
		t.Helper()
		ct := bindings.NewCreatorToken()
		v, err := bind.Call(ct.Instance(eth, victimToken), &bind.CallOpts{Context: ctx}, ct.PackTotalSupply(), ct.UnpackTotalSupply)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := supply()

	for _, body := range []map[string]any{
		{"community_id": ac.ID, "budget": "1000000000000000000000000", "reward_token": vc.TokenAddress,
			"rules": map[string]any{"contributions": map[string]string{"post": "1000000000000000000000000"}}},
		{"community_id": vc.ID, "budget": "1000000000000000000000000",
			"rules": map[string]any{"contributions": map[string]string{"post": "1"}}},
	} {
		_, err := thief.CreateCampaign(ctx, body, "")
		var e *client.Error
		if !errors.As(err, &e) || (e.Status != http.StatusUnprocessableEntity && e.Status != http.StatusForbidden) {
			t.Fatalf("campaign paying the victim's token: %v, want 422 or 403", err)
		}
	}
	for _, id := range []string{ac.ID, vc.ID} {
		camps, err := thief.CommunityCampaigns(ctx, id)
		if err != nil || len(camps) != 0 {
			t.Fatalf("community %s has campaigns %+v (%v) after refused creations", id, camps, err)
		}
	}
	// Nothing was ever awarded in the victim's token to the attacker: no voucher to claim.
	var claim struct {
		CumulativeAmount string `json:"cumulative_amount"`
	}
	if err := thief.Do(ctx, http.MethodGet, "/v1/accounts/"+attacker.Hex()+"/claims/"+victimToken.Hex(), nil, "", &claim); err == nil && claim.CumulativeAmount != "0" {
		t.Fatalf("the attacker has a voucher for %s of the victim's token", claim.CumulativeAmount)
	}
	if after := supply(); after.Cmp(before) != 0 {
		t.Fatalf("victim's token supply %s → %s", before, after)
	}
}
