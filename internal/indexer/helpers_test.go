package indexer_test

import (
	"context"
	"encoding/binary"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/indexer"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

// testLogger is a logger writing to t's log.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// addr returns a distinct address per (kind, n).
func addr(kind byte, n int) common.Address {
	var a common.Address
	a[0] = kind
	binary.BigEndian.PutUint64(a[12:], uint64(n))
	return a
}

// fakeConfig is a Config for the fake chain's contracts with a fresh prefix and fast retries.
func fakeConfig(t testing.TB) indexer.Config {
	return indexer.Config{
		Distributor: fakeDistributor, Factory: fakeFactory, StartBlock: 1,
		Prefix: ledgertest.Prefix(t), Logger: testLogger(t), Owners: newRecordOwners(),
		RetryDelay: time.Millisecond, MaxRetryDelay: 5 * time.Millisecond, PollInterval: 5 * time.Millisecond,
	}
}

// mustSync runs one pass and fails t on error.
func mustSync(t testing.TB, ix *indexer.Indexer) uint64 {
	t.Helper()
	n, err := ix.SyncOnce(context.Background())
	if err != nil {
		t.Fatalf("sync: %v", err)
	}
	return n
}

// checkTruth fails t unless ix holds exactly what blocks up to head − conf of f's canonical chain say, for
// every (token, account) and token f ever had, and its cursor is that block.
func checkTruth(t testing.TB, ix *indexer.Indexer, f *fakeChain, cfg indexer.Config) {
	t.Helper()
	head := f.Head()
	if head < cfg.Confirmations {
		return
	}
	target := head - cfg.Confirmations
	n, h, err := ix.Cursor(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n > target && n <= head && h == f.Hash(n) {
		target = n // the chain got shorter: blocks indexed before stay while they are on it
	}
	checkAt(t, ix, f, cfg, target)
}

// checkAt is checkTruth for blocks up to target.
func checkAt(t testing.TB, ix *indexer.Indexer, f *fakeChain, cfg indexer.Config, target uint64) {
	t.Helper()
	ctx := context.Background()
	want := f.Truth(target)
	claims, tokens := f.Seen()
	for _, k := range claims {
		got, err := ix.Claimed(ctx, k[0], k[1])
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(big.NewInt(want.claimed[k])) != 0 {
			t.Errorf("claimed(%s, %s) = %s, want %d", k[0], k[1], got, want.claimed[k])
		}
	}
	for _, tok := range tokens {
		creator, name, symbol, ok, err := ix.Token(ctx, tok)
		if err != nil {
			t.Fatal(err)
		}
		w, wok := want.tokens[tok]
		if ok != wok || creator != w.account || name != w.name || symbol != w.symbol {
			t.Errorf("token(%s) = %s %q %q %v, want %s %q %q %v", tok, creator, name, symbol, ok, w.account, w.name, w.symbol, wok)
		}
		owner, ok, err := ix.Owner(ctx, tok)
		if err != nil {
			t.Fatal(err)
		}
		if wo, wok := want.owners[tok]; ok != wok || owner != wo {
			t.Errorf("owner(%s) = %s %v, want %s %v", tok, owner, ok, wo, wok)
		}
		// What Owners was told last is the owner, for every token the chain has.
		if rec, _ := cfg.Owners.(*recordOwners); rec != nil && wok {
			if told, _ := rec.Get(tok); told != want.owners[tok] {
				t.Errorf("owners were told %s of %s, want %s", told, tok, want.owners[tok])
			}
		}
	}
	// Nothing else is stored: no stray entries left behind by orphaned blocks.
	rdb := ledgertest.Redis(t)
	if n := rdb.HLen(ctx, cfg.Prefix+":{idx}:claimed").Val(); n != int64(len(want.claimed)) {
		t.Errorf("claimed hash has %d entries, want %d", n, len(want.claimed))
	}
	if n := rdb.HLen(ctx, cfg.Prefix+":{idx}:tokens").Val(); n != int64(len(want.tokens)) {
		t.Errorf("tokens hash has %d entries, want %d", n, len(want.tokens))
	}
	if n := rdb.HLen(ctx, cfg.Prefix+":{idx}:owners").Val(); n != int64(len(want.transferred)) {
		t.Errorf("owners hash has %d entries, want %d", n, len(want.transferred))
	}
	if rec, _ := cfg.Owners.(*recordOwners); rec != nil && len(rec.refuse) == 0 && rec.err == nil {
		if m := rdb.SMembers(ctx, cfg.Prefix+":{idx}:ownersync").Val(); len(m) != 0 {
			t.Errorf("owners not passed on: %v", m)
		}
	}
	n, h, err := ix.Cursor(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if target >= cfg.StartBlock && (n != target || h != f.Hash(target)) {
		t.Errorf("cursor = %d %s, want %d %s", n, h, target, f.Hash(target))
	}
}

// snapshot is every key of the indexer's state under prefix, for comparing before and after.
func snapshot(t testing.TB, prefix string) map[string]string {
	t.Helper()
	ctx := context.Background()
	rdb := ledgertest.Redis(t)
	out := map[string]string{}
	for k, v := range rdb.HGetAll(ctx, prefix+":{idx}:cursor").Val() {
		out["cursor."+k] = v
	}
	for k, v := range rdb.HGetAll(ctx, prefix+":{idx}:claimed").Val() {
		out["claimed."+k] = v
	}
	for k, v := range rdb.HGetAll(ctx, prefix+":{idx}:tokens").Val() {
		out["tokens."+k] = v
	}
	for k, v := range rdb.HGetAll(ctx, prefix+":{idx}:owners").Val() {
		out["owners."+k] = v
	}
	for _, m := range rdb.SMembers(ctx, prefix+":{idx}:ownersync").Val() {
		out["ownersync."+m] = "1"
	}
	for _, key := range []string{"hashes", "undo"} {
		for _, z := range rdb.ZRangeWithScores(ctx, prefix+":{idx}:"+key, 0, -1).Val() {
			out[key+"."+z.Member.(string)] = big.NewFloat(z.Score).String()
		}
	}
	return out
}

func sameSnapshot(t testing.TB, got, want map[string]string) {
	t.Helper()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	for k, v := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected %s = %q", k, v)
		}
	}
}

// newClient is a client of its own to the test Redis (so hooks added to it affect one test only).
func newClient(t testing.TB) redis.UniversalClient {
	t.Helper()
	var c redis.UniversalClient
	switch base := ledgertest.Redis(t).(type) {
	case *redis.Client:
		c = redis.NewClient(base.Options())
	case *redis.ClusterClient:
		c = redis.NewClusterClient(base.Options())
	default:
		t.Fatalf("unsupported client %T", base)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}
