package service_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

// claimData is GET /v1/accounts/{address}/claims/{token}.
type claimData struct {
	CumulativeAmount string `json:"cumulative_amount"`
	Claimed          string `json:"claimed"`
	Claimable        string `json:"claimable"`
	To               string `json:"to"`
	Calldata         string `json:"calldata"`
	Proof            *struct {
		Epoch            uint64   `json:"epoch"`
		Root             string   `json:"root"`
		CumulativeAmount string   `json:"cumulative_amount"`
		Calldata         string   `json:"calldata"`
		Proof            []string `json:"proof"`
	} `json:"proof"`
}

// sendFrom sends calldata to `to` from key over JSON-RPC, as a wallet would, and waits for the receipt.
func sendFrom(t *testing.T, ctx context.Context, eth *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data})
	if err != nil {
		if rev := chain.DecodeRevert(err); rev != nil {
			t.Fatalf("transaction would revert: %v", rev)
		}
		t.Fatal(err)
	}
	nonce, err := eth.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := eth.ChainID(ctx)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{ChainID: id, Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: gas * 12 / 10, To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	if err := eth.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	r, err := bind.WaitMined(ctx, eth, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transaction %s: %+v %v", tx.Hash(), r, err)
	}
	return r
}

func eventually(t *testing.T, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestClaims: a fan claims with a voucher from its own wallet and gets exactly what it earned; later awards
// are claimable at once and a second claim pays exactly the difference; another fan claims without gas
// through the relay (a second relay while the first is in flight sends nothing); the indexer shows claimed
// amounts; an epoch is settled, its tree dump gives the on-chain root, and a Merkle claim after the voucher
// claims pays nothing extra.
func TestClaims(t *testing.T) {
	svc := startDev(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dev, keys := svc.Dev, chain.DevKeys()
	creatorKey, fanAKey, fanBKey := keys[1], keys[2], keys[3]
	fanA, fanB := crypto.PubkeyToAddress(fanAKey.PublicKey), crypto.PubkeyToAddress(fanBKey.PublicKey)

	admin := client.New(dev.APIURL, dev.AdminToken)
	plat, err := admin.CreatePlatform(ctx, "acme", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	platform := client.New(dev.APIURL, plat.Token)
	creator := client.New(dev.APIURL, "")
	if _, err := creator.Login(ctx, creatorKey, 1337); err != nil {
		t.Fatal(err)
	}
	m, err := creator.CreateCommunity(ctx, creatorKey, "Claim Coin", "CLM", "0", "0")
	if err != nil {
		t.Fatal(err)
	}
	if m, err = creator.WaitCommunity(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	token := common.HexToAddress(m.TokenAddress)
	camp, err := creator.CreateCampaign(ctx, map[string]any{"community_id": m.ID, "budget": "1000000000",
		"rules": map[string]any{"contributions": map[string]string{"post": "1000"}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, dev.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	distributor := common.HexToAddress(dev.Contracts["distributor"])
	// Mint mode: the creator makes the distributor a minter, from the creator's own wallet.
	sendFrom(t, ctx, eth, creatorKey, token, bindings.NewCreatorToken().PackSetMinter(distributor, true))

	award := func(fan common.Address, amount string) {
		t.Helper()
		if _, err := platform.Award(ctx, camp.ID, fan.Hex(), amount, "test", ""); err != nil {
			t.Fatal(err)
		}
	}
	claim := func(fan common.Address) claimData {
		t.Helper()
		var d claimData
		if err := client.New(dev.APIURL, "").Do(ctx, http.MethodGet, "/v1/accounts/"+fan.Hex()+"/claims/"+token.Hex(), nil, "", &d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	balance := func(fan common.Address) *big.Int {
		t.Helper()
		tok := bindings.NewCreatorToken()
		b, err := bind.Call(tok.Instance(eth, token), &bind.CallOpts{Context: ctx}, tok.PackBalanceOf(fan), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	// Fan A: award, claim from the wallet with the voucher calldata; exactly the award arrives.
	award(fanA, "207")
	d := claim(fanA)
	if d.CumulativeAmount != "207" || d.Claimable != "207" || d.To != distributor.Hex() {
		t.Fatalf("claim data %+v", d)
	}
	sendFrom(t, ctx, eth, fanAKey, distributor, hexutil.MustDecode(d.Calldata))
	if b := balance(fanA); b.Cmp(big.NewInt(207)) != 0 {
		t.Fatalf("fan A balance %s, want 207", b)
	}
	// Later awards: claimable at once, the second claim pays exactly the difference.
	award(fanA, "13")
	d = claim(fanA)
	if d.CumulativeAmount != "220" {
		t.Fatalf("after a second award: %+v", d)
	}
	sendFrom(t, ctx, eth, fanAKey, distributor, hexutil.MustDecode(d.Calldata))
	if b := balance(fanA); b.Cmp(big.NewInt(220)) != 0 {
		t.Fatalf("fan A balance %s, want 220", b)
	}

	// Fan B: gasless, through the relay; the second request while the first is in flight sends nothing new.
	award(fanB, "60")
	fb := client.New(dev.APIURL, "")
	if _, err := fb.Login(ctx, fanBKey, 1337); err != nil {
		t.Fatal(err)
	}
	var r1, r2 struct {
		TxHash string `json:"tx_hash"`
		Amount string `json:"amount"`
	}
	if err := fb.Do(ctx, http.MethodPost, "/v1/claims/relay", map[string]string{"token": token.Hex()}, "", &r1); err != nil {
		t.Fatalf("relay: %v", err)
	}
	if err := fb.Do(ctx, http.MethodPost, "/v1/claims/relay", map[string]string{"token": token.Hex()}, "", &r2); err != nil {
		if e, ok := err.(*client.Error); !ok || e.Code != "nothing_to_claim" {
			t.Fatalf("second relay: %v", err)
		}
	} else if r2.TxHash != r1.TxHash {
		t.Fatalf("second relay sent another transaction: %s then %s", r1.TxHash, r2.TxHash)
	}
	if _, err := bind.WaitMined(ctx, eth, common.HexToHash(r1.TxHash)); err != nil {
		t.Fatal(err)
	}
	if b := balance(fanB); b.Cmp(big.NewInt(60)) != 0 {
		t.Fatalf("fan B balance %s, want 60 (relay %+v)", b, r1)
	}

	// The indexer catches up: earned, claimed, claimable per fan.
	eventually(t, ctx, "claimed amounts indexed", func() bool {
		rw, err := platform.Rewards(ctx, fanA.Hex())
		return err == nil && len(rw) == 1 && rw[0].Claimed == "220" && rw[0].Claimable == "0"
	})

	// An epoch settles the totals; once its root is active the claims endpoint serves a proof, the dump
	// gives the on-chain root, and a Merkle claim pays nothing more: the vouchers paid it all.
	eventually(t, ctx, "an active epoch with a proof", func() bool { return claim(fanA).Proof != nil })
	d = claim(fanA)
	var buf bytes.Buffer
	if err := client.New(dev.APIURL, "").Do(ctx, http.MethodGet, "/v1/epochs/latest", nil, "", &json.RawMessage{}); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(dev.APIURL + "/v1/epochs/" + jsonNumber(d.Proof.Epoch) + "/tree")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = buf.ReadFrom(resp.Body)
	resp.Body.Close()
	tree, err := merkle.Load(buf.Bytes())
	if err != nil {
		t.Fatalf("load epoch tree: %v", err)
	}
	dist := bindings.NewRewardsDistributor()
	active, err := bind.Call(dist.Instance(eth, distributor), &bind.CallOpts{Context: ctx}, dist.PackActiveRoot(), dist.UnpackActiveRoot)
	if err != nil || common.Hash(active) != tree.Root() || tree.Root().Hex() != d.Proof.Root {
		t.Fatalf("active root %x, dump root %s, proof root %s (%v)", active, tree.Root(), d.Proof.Root, err)
	}
	_, err = eth.EstimateGas(ctx, ethereum.CallMsg{From: fanA, To: &distributor, Data: hexutil.MustDecode(d.Proof.Calldata)})
	if rev := chain.DecodeRevert(err); rev == nil || rev.Name != "NothingToClaim" {
		t.Fatalf("merkle claim after voucher claims: %v, want NothingToClaim", err)
	}
}

func jsonNumber(n uint64) string { return new(big.Int).SetUint64(n).String() }

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
