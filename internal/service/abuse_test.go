package service_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/client"
	"github.com/tribe-rewards/tribe/internal/config"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/service"
)

// TestCommunityCreationLimit: one wallet may have the service relay 5 community creations an hour (each a
// ~200k-gas createTokenFor the service pays for). The 6th is a 429 rate_limited: nothing is stored and no
// transaction is sent (the service key's nonce does not move).
func TestCommunityCreationLimit(t *testing.T) {
	svc := startDev(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dev, keys := svc.Dev, chain.DevKeys()
	creatorKey := keys[7]
	creator := client.New(dev.APIURL, "")
	if _, err := creator.Login(ctx, creatorKey, 1337); err != nil {
		t.Fatal(err)
	}
	eth, err := ethclient.DialContext(ctx, dev.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	serviceKey := crypto.PubkeyToAddress(keys[0].PublicKey)
	nonce := func() uint64 {
		n, err := eth.PendingNonceAt(ctx, serviceKey)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	listed := func() int {
		var out struct {
			Communities []any `json:"communities"`
		}
		addr := crypto.PubkeyToAddress(creatorKey.PublicKey).Hex()
		if err := creator.Do(ctx, http.MethodGet, "/v1/accounts/"+addr+"/communities", nil, "", &out); err != nil {
			t.Fatal(err)
		}
		return len(out.Communities)
	}
	for i := range config.DefaultLimitCommunities {
		if _, err := creator.CreateCommunity(ctx, creatorKey, fmt.Sprint("Limited ", i), "LIM", "0", "0"); err != nil {
			t.Fatalf("community %d: %v", i+1, err)
		}
	}
	before, stored := nonce(), listed()
	if stored != config.DefaultLimitCommunities {
		t.Fatalf("%d communities listed, want %d", stored, config.DefaultLimitCommunities)
	}
	_, err = creator.CreateCommunity(ctx, creatorKey, "One too many", "LIM", "0", "0")
	var e *client.Error
	if !errors.As(err, &e) || e.Status != http.StatusTooManyRequests || e.Code != "rate_limited" {
		t.Fatalf("6th community in the hour: %v, want 429 rate_limited", err)
	}
	time.Sleep(300 * time.Millisecond) // a transaction sent anyway would be in the pool by now
	if after := nonce(); after != before {
		t.Fatalf("the service key's nonce moved from %d to %d: a transaction was sent", before, after)
	}
	if n := listed(); n != stored {
		t.Fatalf("%d communities after the refused one, want %d", n, stored)
	}
}

// TestStopLeavesNoGoroutine: after Service.Stop returns, none of the goroutines it started (HTTP server,
// relayer, indexer, settler, transaction manager, the chain, the requests' own) is left. The count is taken
// after a first start and stop, so that what go-ethereum starts once per process is not counted.
func TestStopLeavesNoGoroutine(t *testing.T) {
	run := func() {
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
		// Work that leaves goroutines behind while it lasts: a community being relayed.
		c := client.New(svc.Dev.APIURL, "")
		if _, err := c.Login(ctx, chain.DevKeys()[3], 1337); err != nil {
			t.Fatal(err)
		}
		if _, err := c.CreateCommunity(ctx, chain.DevKeys()[3], "Leak", "LEAK", "0", "0"); err != nil {
			t.Fatal(err)
		}
		if err := svc.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		http.DefaultTransport.(*http.Transport).CloseIdleConnections() // the test's own client
	}
	run()
	base := runtime.NumGoroutine()
	run()
	deadline := time.Now().Add(5 * time.Second) // goroutines that were told to stop may take a moment to exit
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > base {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after Stop, %d before Start:\n%s", n, base, buf[:runtime.Stack(buf, true)])
	}
}

// TestOneRedisPrefix: with --redis-prefix every key tribed writes — ledger, rate limits, transaction
// journal, indexer, settlement — starts with it.
func TestOneRedisPrefix(t *testing.T) {
	rdb := ledgertest.Redis(t)
	prefix := ledgertest.Prefix(t)
	single, ok := rdb.(*redis.Client)
	if !ok {
		t.Skip("needs a single Redis, not a cluster")
	}
	opts := single.Options()
	url := fmt.Sprintf("redis://%s/%d", opts.Addr, opts.DB)
	cfg, err := config.Load([]string{"--dev", "--listen", "127.0.0.1:0", "--dev-rpc", "127.0.0.1:0", "--redis-url", url,
		"--redis-prefix", prefix, "--epoch-interval", "1s", "--dispute-window", "1s"}, func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// What the other keys of this Redis are now, to tell them from what tribed writes.
	existing := map[string]bool{}
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		existing[k] = true
	}
	svc := service.New(cfg, slog.New(slog.DiscardHandler))
	if err := svc.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer svc.Stop(context.Background())
	dev := svc.Dev
	plat, err := client.New(dev.APIURL, dev.AdminToken).CreatePlatform(ctx, "acme", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	creatorKey, fan := chain.DevKeys()[2], crypto.PubkeyToAddress(chain.DevKeys()[5].PublicKey)
	creator := client.New(dev.APIURL, "")
	if _, err := creator.Login(ctx, creatorKey, 1337); err != nil {
		t.Fatal(err)
	}
	m, err := creator.CreateCommunity(ctx, creatorKey, "Prefixed", "PRE", "0", "0")
	if err != nil {
		t.Fatal(err)
	}
	if m, err = creator.WaitCommunity(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	camp, err := creator.CreateCampaign(ctx, map[string]any{"community_id": m.ID, "budget": "1000",
		"rules": map[string]any{"contributions": map[string]string{"post": "1"}}}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.New(dev.APIURL, plat.Token).Award(ctx, camp.ID, fan.Hex(), "5", "hello", ""); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second) // an epoch is settled, the indexer has run
	keys, err = rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	var ours, stray []string
	for _, k := range keys {
		switch {
		case strings.HasPrefix(k, prefix+":"):
			ours = append(ours, k)
		case !existing[k] && !strings.HasPrefix(k, "test-"): // other tests' keys come and go
			stray = append(stray, k)
		}
	}
	if len(stray) > 0 {
		t.Errorf("keys outside --redis-prefix %s: %v", prefix, stray)
	}
	for _, part := range []string{":rl:", ":txmgr:", ":{community}:", ":platform:"} {
		found := false
		for _, k := range ours {
			found = found || strings.Contains(k, part)
		}
		if !found {
			t.Errorf("no %s key under the prefix", part)
		}
	}
}
