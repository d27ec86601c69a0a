package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/service"
)

// TestTribectl drives the CLI against a running tribed --dev: issue a platform token, sign in as a creator,
// create a community and a campaign, send an award (twice with one idempotency key) and read the rewards.
func TestTribectl(t *testing.T) {
	cfg, err := config.Load([]string{"--dev", "--listen", "127.0.0.1:0", "--dev-rpc", "127.0.0.1:0"}, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	svc := service.New(cfg, slog.New(slog.DiscardHandler))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer svc.Stop(context.Background())
	api := svc.Dev.APIURL

	ctl := func(token string, args ...string) string {
		t.Helper()
		t.Setenv("TRIBE_TOKEN", token)
		var out bytes.Buffer
		if err := run(append([]string{"--api", api}, args...), &out); err != nil {
			t.Fatalf("tribectl %s: %v", strings.Join(args, " "), err)
		}
		return out.String()
	}
	var plat struct{ ID, Token string }
	if err := json.Unmarshal([]byte(ctl(svc.Dev.AdminToken, "platform", "create", "--name", "acme", "--scopes", "awards:write,rewards:read")), &plat); err != nil || plat.Token == "" {
		t.Fatalf("platform create: %+v %v", plat, err)
	}

	key := chain.DevKeys()[4]
	t.Setenv("TRIBE_PRIVATE_KEY", hexutil.Encode(crypto.FromECDSA(key)))
	wallet := strings.TrimSpace(ctl("", "login"))
	var community struct {
		ID, Status   string
		TokenAddress string `json:"token_address"`
	}
	if err := json.Unmarshal([]byte(ctl(wallet, "community", "create", "--name", "CLI Coin", "--symbol", "CLI")), &community); err != nil || community.Status != "active" {
		t.Fatalf("community create: %+v %v", community, err)
	}
	var camp struct {
		ID              string
		RemainingBudget string `json:"remaining_budget"`
	}
	out := ctl(wallet, "campaign", "create", "--community", community.ID, "--budget", "5000", "--rules", `{"contributions":{"post":"10"}}`)
	if err := json.Unmarshal([]byte(out), &camp); err != nil || camp.RemainingBudget != "5000" {
		t.Fatalf("campaign create: %s %v", out, err)
	}
	fan := crypto.PubkeyToAddress(chain.DevKeys()[5].PublicKey).Hex()
	first := ctl(plat.Token, "award", "--campaign", camp.ID, "--account", fan, "--amount", "42", "--reason", "launch", "--idempotency-key", "k1")
	again := ctl(plat.Token, "award", "--campaign", camp.ID, "--account", fan, "--amount", "42", "--reason", "launch", "--idempotency-key", "k1")
	var a1, a2 struct {
		Awards []struct{ ID, Amount string }
	}
	_ = json.Unmarshal([]byte(first), &a1)
	_ = json.Unmarshal([]byte(again), &a2)
	if len(a1.Awards) != 1 || a1.Awards[0].Amount != "42" || len(a2.Awards) != 1 || a2.Awards[0].ID != a1.Awards[0].ID {
		t.Fatalf("award and its repeat: %s / %s", first, again)
	}
	var rewards []struct{ Token, Earned string }
	if err := json.Unmarshal([]byte(ctl(plat.Token, "rewards", "--account", fan)), &rewards); err != nil || len(rewards) != 1 || rewards[0].Earned != "42" {
		t.Fatalf("rewards: %+v %v", rewards, err)
	}
	if err := run([]string{"--api", api, "bogus"}, &bytes.Buffer{}); err == nil {
		t.Fatal("an unknown command succeeded")
	}
}
