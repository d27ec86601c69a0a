package service_test

import (
	"context"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
)

// TestRelayPayoutLimit: when a claim would exceed the token's on-chain payout limit for the period, the relay
// answers 422 payout_limit saying when to retry (Retry-After), and sends nothing.
func TestRelayPayoutLimit(t *testing.T) {
	svc := startDev(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dev, keys := svc.Dev, chain.DevKeys()
	creatorKey, fanKey := keys[4], keys[5]
	fan := crypto.PubkeyToAddress(fanKey.PublicKey)

	plat, err := client.New(dev.APIURL, dev.AdminToken).CreatePlatform(ctx, "acme", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	creator := client.New(dev.APIURL, "")
	if _, err := creator.Login(ctx, creatorKey, 1337); err != nil {
		t.Fatal(err)
	}
	m, err := creator.CreateCommunity(ctx, creatorKey, "Limited", "LIM", "0", "0")
	if err != nil {
		t.Fatal(err)
	}
	if m, err = creator.WaitCommunity(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	token := common.HexToAddress(m.TokenAddress)
	camp, err := creator.CreateCampaign(ctx, map[string]any{"community_id": m.ID, "budget": "1000000",
		"rules": map[string]any{"contributions": map[string]string{"post": "1"}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, dev.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	distributor := common.HexToAddress(dev.Contracts["distributor"])
	sendFrom(t, ctx, eth, creatorKey, token, bindings.NewCreatorToken().PackSetMinter(distributor, true))
	sendFrom(t, ctx, eth, creatorKey, distributor, bindings.NewRewardsDistributor().PackSetPayoutLimit(token, big.NewInt(100), 86_400))

	if _, err := client.New(dev.APIURL, plat.Token).Award(ctx, camp.ID, fan.Hex(), "500", "big", ""); err != nil {
		t.Fatal(err)
	}
	f := client.New(dev.APIURL, "")
	if _, err := f.Login(ctx, fanKey, 1337); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, dev.APIURL+"/v1/claims/relay", strings.NewReader(`{"token":"`+token.Hex()+`"}`))
	req.Header.Set("Authorization", "Bearer "+f.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnprocessableEntity || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("relay over the payout limit: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	err = f.Do(ctx, http.MethodPost, "/v1/claims/relay", map[string]string{"token": token.Hex()}, "", nil)
	if e, ok := err.(*client.Error); !ok || e.Code != "payout_limit" || !strings.Contains(e.Message, "retry after") {
		t.Fatalf("relay over the payout limit: %v", err)
	}
	// Nothing was sent: the fan holds nothing and the distributor paid nothing.
	if n, err := eth.NonceAt(ctx, crypto.PubkeyToAddress(keys[0].PublicKey), nil); err != nil || n == 0 {
		t.Fatalf("service nonce %d %v", n, err)
	}
	tok := bindings.NewCreatorToken()
	out, err := eth.CallContract(ctx, callMsg(token, tok.PackBalanceOf(fan)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := tok.UnpackBalanceOf(out); b.Sign() != 0 {
		t.Fatalf("fan balance %s after a refused relay", b)
	}
}
