package service_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/service"
)

// startDev starts tribed --dev in-process on free ports.
func startDev(t *testing.T) *service.Service {
	t.Helper()
	cfg, err := config.Load([]string{"--dev", "--listen", "127.0.0.1:0", "--dev-rpc", "127.0.0.1:0"}, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	svc := service.New(cfg, slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := svc.Start(ctx); err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := svc.Stop(ctx); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return svc
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

// TestEndToEnd walks a creator (Sign-In with Ethereum), a platform and two fans through the dev stack:
// community → campaign → referral → signup → contribution → purchase with revenue share → reads.
func TestEndToEnd(t *testing.T) {
	svc := startDev(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dev := svc.Dev
	keys := chain.DevKeys()
	creatorKey := keys[1]
	creator := crypto.PubkeyToAddress(creatorKey.PublicKey)
	fanA := crypto.PubkeyToAddress(keys[2].PublicKey).Hex() // the referrer
	fanB := crypto.PubkeyToAddress(keys[3].PublicKey).Hex() // the referee

	admin := client.New(dev.APIURL, dev.AdminToken)
	info, err := admin.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.ChainID != "1337" || info.Contracts["distributor"] != dev.Contracts["distributor"] || info.RPCURL != dev.RPCURL {
		t.Fatalf("info %+v does not match the dev stack %+v", info, dev)
	}
	plat, err := admin.CreatePlatform(ctx, "acme", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	platform := client.New(dev.APIURL, plat.Token)

	// The creator signs in and creates a community token; the service relays createTokenFor.
	cr := client.New(dev.APIURL, "")
	if _, err := cr.Login(ctx, creatorKey, 1337); err != nil {
		t.Fatalf("login: %v", err)
	}
	m, err := cr.CreateCommunity(ctx, creatorKey, "Creator Coin", "CRC", "1000000000000000000000000", "0")
	if err != nil {
		t.Fatalf("create community: %v", err)
	}
	if m.Status != "pending" || m.TxHash == "" {
		t.Fatalf("community right after creation: %+v", m)
	}
	if m, err = cr.WaitCommunity(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	// The token exists on the chain, owned by the creator — checked over the public JSON-RPC.
	eth, err := ethclient.DialContext(ctx, dev.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	token := common.HexToAddress(m.TokenAddress)
	tok := bindings.NewCreatorToken()
	owner, err := bind.Call(tok.Instance(eth, token), &bind.CallOpts{Context: ctx}, tok.PackCreator(), tok.UnpackCreator)
	if err != nil || owner != creator {
		t.Fatalf("token %s creator() = %s, %v; want %s", token, owner, err, creator)
	}

	camp, err := cr.CreateCampaign(ctx, map[string]any{
		"community_id": m.ID,
		"budget":       "1000000",
		"rules": map[string]any{
			"referral":      map[string]string{"referrer_reward": "100", "referee_reward": "50"},
			"contributions": map[string]string{"post": "10"},
			"revenue_share": map[string]int{"bps": 500, "window_days": 30},
			"daily_cap":     "100000",
		},
	}, "")
	if err != nil {
		t.Fatalf("create campaign: %v", err)
	}
	if camp.RewardToken != m.TokenAddress || camp.RemainingBudget != "1000000" {
		t.Fatalf("campaign %+v", camp)
	}

	// The platform records that fan A referred fan B, then reports fan B's events.
	if err := platform.Referral(ctx, camp.ID, fanA, fanB); err != nil {
		t.Fatalf("referral: %v", err)
	}
	expectAwards := func(name string, got *client.Awards, err error, want map[string]string) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		have := map[string]string{}
		for _, a := range got.Awards {
			have[a.Account+" "+a.Reason] = a.Amount
		}
		if len(have) != len(want) {
			t.Fatalf("%s: awards %v, want %v", name, have, want)
		}
		for k, v := range want {
			if have[k] != v {
				t.Fatalf("%s: awards %v, want %v", name, have, want)
			}
		}
	}
	res, err := platform.Event(ctx, map[string]string{"campaign_id": camp.ID, "kind": "signup", "account": fanB}, "signup-b")
	expectAwards("signup", res, err, map[string]string{fanB + " referral:referee": "50", fanA + " referral:referrer": "100"})
	res, err = platform.Event(ctx, map[string]string{"campaign_id": camp.ID, "kind": "signup", "account": fanB}, "signup-b-again")
	expectAwards("second signup", res, err, map[string]string{})
	res, err = platform.Event(ctx, map[string]string{"campaign_id": camp.ID, "kind": "contribution", "account": fanB, "contribution_kind": "post"}, "")
	expectAwards("contribution", res, err, map[string]string{fanB + " contribution:post": "10"})
	res, err = platform.Event(ctx, map[string]string{"campaign_id": camp.ID, "kind": "purchase", "account": fanB, "value": "2000"}, "")
	expectAwards("purchase", res, err, map[string]string{fanA + " revenue_share": "100"})
	first, err := platform.Award(ctx, camp.ID, fanA, "7", "bug report", "award-1")
	expectAwards("direct award", first, err, map[string]string{fanA + " direct:bug report": "7"})
	again, err := platform.Award(ctx, camp.ID, fanA, "7", "bug report", "award-1")
	if err != nil || len(again.Awards) != 1 || again.Awards[0] != first.Awards[0] {
		t.Fatalf("idempotent repeat: %+v, %v; first %+v", again, err, first)
	}
	if _, err := platform.Award(ctx, camp.ID, fanA, "8", "bug report", "award-1"); err == nil || err.(*client.Error).Status != 409 {
		t.Fatalf("same key, other body: %v, want 409", err)
	}

	// Reads: earned per fan (207 and 60), nothing claimed yet, the budget and the leaderboards.
	for _, tc := range []struct {
		fan    string
		earned string
	}{{fanA, "207"}, {fanB, "60"}} {
		rw, err := platform.Rewards(ctx, tc.fan)
		if err != nil {
			t.Fatal(err)
		}
		if len(rw) != 1 || rw[0].Token != m.TokenAddress || rw[0].Earned != tc.earned || rw[0].Claimed != "0" || rw[0].Claimable != tc.earned {
			t.Fatalf("rewards of %s = %+v, want earned %s", tc.fan, rw, tc.earned)
		}
	}
	got, err := admin.GetCampaign(ctx, camp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).SetInt64(1000000 - 267).String(); got.RemainingBudget != want || got.Awarded != "267" || got.Referrals != 1 {
		t.Fatalf("campaign after awards: %+v, want remaining %s", got, want)
	}
	board, err := platform.Leaderboard(ctx, camp.ID, "earned", 10)
	if err != nil || len(board) != 2 || board[0].Account != fanA || board[0].Value != "207" || board[1].Value != "60" {
		t.Fatalf("earned leaderboard %+v, %v", board, err)
	}
	board, err = platform.Leaderboard(ctx, camp.ID, "referrals", 10)
	if err != nil || len(board) != 1 || board[0].Account != fanA || board[0].Value != "1" {
		t.Fatalf("referrals leaderboard %+v, %v", board, err)
	}
	// The projector's health is on /metrics: its lag histogram, and no failed fold.
	resp, err := http.Get(dev.APIURL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(metrics), "tribe_projection_lag_seconds_bucket{") ||
		!strings.Contains(string(metrics), "\ntribe_projection_errors_total 0\n") {
		t.Fatalf("/metrics lacks the projector's series or counts failed folds:\n%s", metrics)
	}
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }
