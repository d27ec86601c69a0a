package service_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
)

// deployFrom deploys bin with args from key over JSON-RPC and returns the contract's address.
func deployFrom(t *testing.T, ctx context.Context, eth *ethclient.Client, key *ecdsa.PrivateKey, bin string, args []byte) common.Address {
	t.Helper()
	o := bind.NewKeyedTransactor(key, big.NewInt(1337))
	o.Context = ctx
	addr, tx, err := bind.DeployContract(o, common.FromHex(bin), eth, args)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := bind.WaitMined(ctx, eth, tx.Hash()); err != nil || r.Status != 1 {
		t.Fatalf("deploy: %+v %v", r, err)
	}
	return addr
}

// TestSponsorPools: two brands fund pools in the same ERC-20 on tribed --dev's chain. A creator who names
// the second brand's pool cannot grant itself a budget from it nor award from it; the first brand grants a
// creator's campaign a budget; fans are paid from its pool (one claimMany from the wallet, and a gasless
// relay) and the other pool is untouched; awarding stops once the brand announces a withdrawal; after the
// notice, with a root committing the awards active, the brand takes out exactly the unowed rest.
func TestSponsorPools(t *testing.T) {
	svc := startDev(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dev, keys := svc.Dev, chain.DevKeys()
	creatorKey, attackerKey, brandAKey, brandBKey, fanKey, fan2Key := keys[1], keys[5], keys[6], keys[7], keys[8], keys[9]
	brandA, brandB := crypto.PubkeyToAddress(brandAKey.PublicKey), crypto.PubkeyToAddress(brandBKey.PublicKey)
	fan, fan2 := crypto.PubkeyToAddress(fanKey.PublicKey), crypto.PubkeyToAddress(fan2Key.PublicKey)
	eth, err := ethclient.DialContext(ctx, dev.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	distributor := common.HexToAddress(dev.Contracts["distributor"])
	dist, erc := bindings.NewRewardsDistributor(), mocks.NewMockERC20()
	call := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	poolBalance := func(pool common.Address) *big.Int {
		t.Helper()
		info, err := dist.UnpackPoolInfo(call(distributor, dist.PackPoolInfo(pool)))
		if err != nil {
			t.Fatal(err)
		}
		return info.Balance
	}
	balanceOf := func(token, who common.Address) *big.Int {
		t.Helper()
		v, err := erc.UnpackBalanceOf(call(token, erc.PackBalanceOf(who)))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// A plain ERC-20 (a brand's USDC); each brand funds a pool of it.
	usdc := deployFrom(t, ctx, eth, brandAKey, mocks.MockERC20MetaData.Bin, erc.PackConstructor("USD Coin", "USDC"))
	newPool := func(key *ecdsa.PrivateKey, amount int64) common.Address {
		t.Helper()
		owner := crypto.PubkeyToAddress(key.PublicKey)
		pool, err := dist.UnpackPredictPoolAddress(call(distributor, dist.PackPredictPoolAddress(owner, usdc, [32]byte{})))
		if err != nil {
			t.Fatal(err)
		}
		sendFrom(t, ctx, eth, key, usdc, erc.PackMint(owner, big.NewInt(amount)))
		sendFrom(t, ctx, eth, key, distributor, dist.PackCreatePool(usdc, [32]byte{}))
		sendFrom(t, ctx, eth, key, usdc, erc.PackApprove(distributor, big.NewInt(amount)))
		sendFrom(t, ctx, eth, key, distributor, dist.PackFundPool(pool, big.NewInt(amount)))
		return pool
	}
	poolA, poolB := newPool(brandAKey, 1000), newPool(brandBKey, 500)

	login := func(key *ecdsa.PrivateKey) *client.Client {
		t.Helper()
		c := client.New(dev.APIURL, "")
		if _, err := c.Login(ctx, key, 1337); err != nil {
			t.Fatal(err)
		}
		return c
	}
	community := func(c *client.Client, key *ecdsa.PrivateKey, name string) *client.Community {
		t.Helper()
		m, err := c.CreateCommunity(ctx, key, name, "P"+name[:2], "0", "0")
		if err != nil {
			t.Fatal(err)
		}
		if m, err = c.WaitCommunity(ctx, m.ID); err != nil {
			t.Fatal(err)
		}
		return m
	}
	pooled := func(c *client.Client, communityID string, pool common.Address) *client.Campaign {
		t.Helper()
		camp, err := c.CreateCampaign(ctx, map[string]any{"community_id": communityID, "pool": pool.Hex(),
			"rules": map[string]any{"contributions": map[string]string{"post": "1"}}}, "")
		if err != nil {
			t.Fatal(err)
		}
		return camp
	}
	grant := func(c *client.Client, pool common.Address, campaign, amount string) error {
		return c.Do(ctx, http.MethodPost, "/v1/pools/"+pool.Hex()+"/grants",
			map[string]string{"campaign_id": campaign, "amount": amount}, "", nil)
	}
	wantCode := func(err error, status int, code string) {
		t.Helper()
		var e *client.Error
		if !errors.As(err, &e) || e.Status != status || e.Code != code {
			t.Fatalf("got %v, want %d %s", err, status, code)
		}
	}
	admin := client.New(dev.APIURL, dev.AdminToken)
	plat, err := admin.CreatePlatform(ctx, "acme", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	platform := client.New(dev.APIURL, plat.Token)

	// The attack: a creator names brand B's pool and tries to pay itself from it.
	attacker := login(attackerKey)
	theft := pooled(attacker, community(attacker, attackerKey, "Thief").ID, poolB)
	wantCode(grant(attacker, poolB, theft.ID, "500"), http.StatusForbidden, "not_pool_owner")
	_, err = platform.Award(ctx, theft.ID, crypto.PubkeyToAddress(attackerKey.PublicKey).Hex(), "500", "theft", "")
	wantCode(err, http.StatusUnprocessableEntity, "budget_exhausted")
	brandAc := login(brandAKey)
	wantCode(grant(brandAc, poolA, theft.ID, "1"), http.StatusUnprocessableEntity, "campaign_not_pooled")

	// The real flow: brand A grants a creator's campaign 300 from its pool.
	creator := login(creatorKey)
	camp := pooled(creator, community(creator, creatorKey, "Pooled").ID, poolA)
	wantCode(grant(brandAc, poolA, camp.ID, "1001"), http.StatusUnprocessableEntity, "grant_exceeds_deposits")
	if err := grant(brandAc, poolA, camp.ID, "300"); err != nil {
		t.Fatal(err)
	}
	for _, a := range []struct {
		to     common.Address
		amount string
	}{{fan, "120"}, {fan2, "50"}} {
		if _, err := platform.Award(ctx, camp.ID, a.to.Hex(), a.amount, "post", ""); err != nil {
			t.Fatal(err)
		}
	}

	// The fan claims everything in one transaction from its own wallet.
	var all struct {
		To       string `json:"to"`
		Calldata string `json:"calldata"`
		Claims   []struct {
			Pool      string `json:"pool"`
			Claimable string `json:"claimable"`
		} `json:"claims"`
	}
	if err := admin.Do(ctx, http.MethodGet, "/v1/accounts/"+fan.Hex()+"/claims", nil, "", &all); err != nil {
		t.Fatal(err)
	}
	if len(all.Claims) != 1 || all.Claims[0].Pool != poolA.Hex() || all.Claims[0].Claimable != "120" {
		t.Fatalf("claims %+v", all)
	}
	sendFrom(t, ctx, eth, fanKey, common.HexToAddress(all.To), hexutil.MustDecode(all.Calldata))
	// The other fan has it relayed, without gas.
	fan2c := login(fan2Key)
	var relayed struct {
		Status string `json:"status"`
	}
	if err := fan2c.Do(ctx, http.MethodPost, "/v1/claims/relay", map[string]string{"token": poolA.Hex()}, "", &relayed); err != nil {
		t.Fatalf("relay a pool claim: %v", err)
	}
	eventually(t, ctx, "the relayed pool claim", func() bool { return balanceOf(usdc, fan2).Int64() == 50 })

	if got := balanceOf(usdc, fan); got.Int64() != 120 {
		t.Fatalf("fan holds %s USDC, want 120", got)
	}
	if a, b := poolBalance(poolA), poolBalance(poolB); a.Int64() != 1000-170 || b.Int64() != 500 {
		t.Fatalf("pools hold %s and %s, want 830 and 500 (brand B's untouched)", a, b)
	}
	if got := balanceOf(usdc, distributor); got.Int64() != 830+500 {
		t.Fatalf("distributor holds %s USDC, want the pools' 1330", got)
	}

	// Brand A announces a withdrawal: within seconds nothing more is awarded from the pool.
	sendFrom(t, ctx, eth, brandAKey, distributor, dist.PackAnnounceWithdrawal(poolA))
	// (Those acknowledged until then are owed: the awards' total is what a root must commit.)
	awarded := int64(170)
	eventually(t, ctx, "awards from a closing pool refused", func() bool {
		_, err := platform.Award(ctx, camp.ID, fan.Hex(), "1", "post", "")
		if err == nil {
			awarded++
		}
		var e *client.Error
		return errors.As(err, &e) && e.Code == "pool_closing"
	})
	// After the notice, once a root committing every award from the pool is active, brand A takes out the
	// rest: the 830 left less what is owed to the fan for the awards made since its claim.
	// The dev chain mines a block only when a transaction arrives, and views see the latest block's time:
	// tick sends one so that they see time pass.
	tick := func() { sendFrom(t, ctx, eth, brandBKey, brandB, nil) }
	eventually(t, ctx, "the pool's awards committed by an active root", func() bool {
		tick()
		c, err := dist.UnpackCommittedOf(call(distributor, dist.PackCommittedOf(poolA)))
		return err == nil && c.Active.Int64() == awarded
	})
	var withdrawable *big.Int
	eventually(t, ctx, "the notice to pass", func() bool {
		tick()
		info, err := dist.UnpackPoolInfo(call(distributor, dist.PackPoolInfo(poolA)))
		head, herr := eth.HeaderByNumber(ctx, nil)
		if err != nil || herr != nil || info.WithdrawableAt.Uint64() > head.Time {
			return false
		}
		withdrawable, err = dist.UnpackWithdrawable(call(distributor, dist.PackWithdrawable(poolA)))
		return err == nil
	})
	rest := 830 - (awarded - 170)
	if withdrawable.Int64() != rest {
		t.Fatalf("withdrawable %s, want %d", withdrawable, rest)
	}
	var shown struct {
		Withdrawable string `json:"withdrawable"`
		Committed    string `json:"committed"`
		Closing      bool   `json:"closing"`
	}
	if err := admin.Do(ctx, http.MethodGet, "/v1/pools/"+poolA.Hex(), nil, "", &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Withdrawable != withdrawable.String() || shown.Committed != fmt.Sprint(awarded) || !shown.Closing {
		t.Fatalf("GET /v1/pools shows %+v; the distributor says withdrawable %s, committed %d", shown, withdrawable, awarded)
	}
	before := balanceOf(usdc, brandA)
	if _, err := eth.EstimateGas(ctx, ethereum.CallMsg{From: brandA, To: &distributor,
		Data: dist.PackWithdraw(poolA, brandA, big.NewInt(rest+1))}); err == nil {
		t.Fatal("withdrawing one unit more than the unowed rest would succeed")
	}
	sendFrom(t, ctx, eth, brandAKey, distributor, dist.PackWithdraw(poolA, brandA, withdrawable))
	if got := new(big.Int).Sub(balanceOf(usdc, brandA), before); got.Int64() != rest {
		t.Fatalf("brand A got %s back, want %d", got, rest)
	}
	if b := poolBalance(poolB); b.Int64() != 500 || balanceOf(usdc, brandB).Sign() != 0 {
		t.Fatalf("brand B's pool %s, want 500 untouched", b)
	}
	// What is owed stays (unless every award after the claim was refused), and the fan can still claim it.
	if awarded > 170 {
		if err := admin.Do(ctx, http.MethodGet, "/v1/accounts/"+fan.Hex()+"/claims", nil, "", &all); err != nil {
			t.Fatal(err)
		}
		sendFrom(t, ctx, eth, fanKey, common.HexToAddress(all.To), hexutil.MustDecode(all.Calldata))
	}
	if got, want := balanceOf(usdc, fan).Int64(), 120+awarded-170; got != want || poolBalance(poolA).Sign() != 0 {
		t.Fatalf("fan holds %d USDC, want %d; the pool holds %s, want 0", got, want, poolBalance(poolA))
	}
}
