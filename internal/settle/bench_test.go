package settle

import (
	"context"
	"encoding/binary"
	"flag"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

// go test -run '^$' -bench Epoch -benchtime=1x ./internal/settle/ -args -settle.accounts=1000000
var benchAccounts = flag.Int("settle.accounts", 2000, "number of accounts in the epoch BenchmarkEpoch settles")

// epochStats is what measureEpoch measured.
type epochStats struct {
	accounts       int
	settle         time.Duration // snapshot + tree + store + propose (fake chain)
	proof          time.Duration // mean of Proof
	dump           time.Duration // WriteTree to io.Discard
	keys           int           // Redis keys of the epoch
	bytes          int64         // their MEMORY USAGE
	usedMemory     int64         // INFO used_memory growth over the settlement
	perAccount     float64       // bytes / accounts
	usedPerAccount float64       // usedMemory / accounts
}

// usedMemory is the Redis server's INFO memory used_memory.
func usedMemory(tb testing.TB, ctx context.Context) int64 {
	tb.Helper()
	info, err := ledgertest.Redis(tb).Info(ctx, "memory").Result()
	if err != nil {
		tb.Fatal(err)
	}
	for line := range strings.SplitSeq(info, "\r\n") {
		if v, ok := strings.CutPrefix(line, "used_memory:"); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				tb.Fatal(err)
			}
			return n
		}
	}
	tb.Fatal("no used_memory in INFO memory")
	return 0
}

// measureEpoch fills a ledger with n accounts of one token and settles one epoch of them against the fake
// chain, measuring time and Redis memory. The ledger is written directly (its cumulative hash and token set,
// as ledger/keys.go lays them out): Apply's own cost is what the ledger's benchmarks measure.
func measureEpoch(tb testing.TB, n int) epochStats {
	tb.Helper()
	ctx := context.Background()
	f := newFixture(tb)
	rdb := ledgertest.Redis(tb)
	token := addr(0xA0, 1)
	tokenHex := strings.ToLower(token.Hex())
	cum := f.prefix + ":{" + tokenHex + "}:cum"
	if err := rdb.SAdd(ctx, f.prefix+":tokens", tokenHex).Err(); err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	accounts := make([]common.Address, n)
	for lo := 0; lo < n; lo += 10_000 {
		args := make([]any, 0, 20_000)
		for i := lo; i < min(n, lo+10_000); i++ {
			accounts[i] = common.BytesToAddress(crypto.Keccak256(binary.BigEndian.AppendUint64(nil, uint64(i)))[12:])
			amount := new(big.Int).Mul(big.NewInt(rng.Int64N(1_000_000)+1), big.NewInt(1_000_000_000_000_000))
			args = append(args, strings.ToLower(accounts[i].Hex()), amount.String())
		}
		if err := rdb.HSet(ctx, cum, args...).Err(); err != nil {
			tb.Fatal(err)
		}
	}

	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "bench"}, "bench", func(c *Config) {
		c.LeaseTTL = 30 * time.Second
	})
	before := usedMemory(tb, ctx)
	start := time.Now()
	e, err := s.SettleOnce(ctx)
	st := epochStats{accounts: n, settle: time.Since(start)}
	if err != nil {
		tb.Fatal(err)
	}
	st.usedMemory = usedMemory(tb, ctx) - before
	if e.Leaves != n {
		tb.Fatalf("epoch of %d leaves, want %d", e.Leaves, n)
	}

	r, err := s.record(ctx, 1)
	if err != nil {
		tb.Fatal(err)
	}
	keys := append([]string{s.k.epoch(1)}, s.k.chunks(1, r.vc, r.tc)...)
	st.keys = len(keys)
	for _, k := range keys {
		b, err := rdb.MemoryUsage(ctx, k, 0).Result()
		if err != nil {
			tb.Fatal(err)
		}
		st.bytes += b
	}
	st.perAccount = float64(st.bytes) / float64(n)
	st.usedPerAccount = float64(st.usedMemory) / float64(n)

	const proofs = 1000
	start = time.Now()
	for i := range proofs {
		a := accounts[rng.IntN(n)]
		c, proof, ok, err := s.Proof(ctx, 1, token, a)
		if err != nil || !ok {
			tb.Fatalf("proof %d: ok=%v err=%v", i, ok, err)
		}
		if i < 10 && !merkle.Verify(e.Root, merkle.LeafHash(merkle.Leaf{Account: a, Token: token, CumulativeAmount: c}), proof) {
			tb.Fatal("proof does not verify")
		}
	}
	st.proof = time.Since(start) / proofs

	start = time.Now()
	if err := s.WriteTree(ctx, 1, io.Discard); err != nil {
		tb.Fatal(err)
	}
	st.dump = time.Since(start)
	tb.Logf("epoch of %d accounts: settle %v (snapshot, tree, store, propose), proof %v (mean of %d), dump %v; "+
		"Redis: %d keys, MEMORY USAGE %d bytes = %.1f bytes/account, used_memory +%d bytes = %.1f bytes/account",
		n, st.settle.Round(time.Millisecond), st.proof.Round(time.Microsecond), proofs, st.dump.Round(time.Millisecond),
		st.keys, st.bytes, st.perAccount, st.usedMemory, st.usedPerAccount)
	return st
}

// TestEpochMemory runs measureEpoch on a small ledger (not in parallel, so that used_memory is this test's).
func TestEpochMemory(t *testing.T) {
	st := measureEpoch(t, 5000)
	// Values (76 bytes) and nodes (2 x 32 bytes) per account, plus the last chunks' slack and the record.
	if st.perAccount < 140 || st.perAccount > 200 {
		t.Errorf("%.1f bytes per account, want about 140", st.perAccount)
	}
}

// BenchmarkEpoch settles one epoch of -settle.accounts accounts (default 2000) and reports its time, proof
// latency and Redis memory per account. Run it once: -benchtime=1x.
func BenchmarkEpoch(b *testing.B) {
	for range b.N {
		st := measureEpoch(b, *benchAccounts)
		b.ReportMetric(st.settle.Seconds(), "s/settle")
		b.ReportMetric(float64(st.proof.Microseconds()), "µs/proof")
		b.ReportMetric(st.dump.Seconds(), "s/dump")
		b.ReportMetric(st.perAccount, "B/account")
		b.ReportMetric(st.usedPerAccount, "used-B/account")
	}
}

// go test -run '^$' -bench EpochIncremental -benchtime=1x -timeout 60m ./internal/settle/ \
//
//	-args -settle.accounts=10000000 -settle.changed=0.01
var (
	benchChanged = flag.Float64("settle.changed", 0.01, "fraction of the accounts BenchmarkEpochIncremental changes "+
		"between its two epochs (a tenth of them new accounts)")
	benchVerify = flag.Bool("settle.verify", true, "BenchmarkEpochIncremental: check the incremental root against a full rebuild")
)

// benchAccount is account i of the incremental benchmark.
func benchAccount(i int) common.Address {
	return common.BytesToAddress(crypto.Keccak256(binary.BigEndian.AppendUint64(nil, uint64(i)))[12:])
}

// peakRSS returns the process's peak resident set size (VmHWM) in bytes, and with reset set first resets it
// (Linux: /proc/self/clear_refs); 0 where there is no /proc.
func peakRSS(tb testing.TB, reset bool) int64 {
	tb.Helper()
	if reset {
		debug.FreeOSMemory()
		if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
			tb.Logf("reset peak RSS: %v", err)
		}
	}
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// BenchmarkEpochIncremental seeds -settle.accounts accounts of one token straight into the ledger's
// cumulative hash (pipelined HSETs), settles a first epoch (a full rebuild), changes -settle.changed of the
// accounts as the ledger's scripts do (HSET of the total and SADD to the token's changed set; 10% of them new
// accounts), and settles a second epoch from the first: end to end (changed sets, the stored values, tree,
// storing it, the fake chain's proposal). It reports s/epoch, the process's peak RSS during that epoch, and
// the Redis MEMORY USAGE of what the epoch stores per account. Run it once: -benchtime=1x.
func BenchmarkEpochIncremental(b *testing.B) {
	for range b.N {
		ctx := context.Background()
		n, k := *benchAccounts, int(float64(*benchAccounts)**benchChanged)
		f := newFixture(b)
		rdb := ledgertest.Redis(b)
		token := addr(0xA0, 1)
		tokenHex := strings.ToLower(token.Hex())
		tag := f.prefix + ":{" + tokenHex + "}:"
		if err := rdb.SAdd(ctx, f.prefix+":tokens", tokenHex).Err(); err != nil {
			b.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		amount := func() string {
			return new(big.Int).Mul(big.NewInt(rng.Int64N(1_000_000)+1), big.NewInt(1_000_000_000_000_000)).String()
		}
		start := time.Now()
		pipe := rdb.Pipeline()
		for lo := 0; lo < n; lo += 10_000 {
			args := make([]any, 0, 20_000)
			for i := lo; i < min(n, lo+10_000); i++ {
				args = append(args, strings.ToLower(benchAccount(i).Hex()), amount())
			}
			pipe.HSet(ctx, tag+"cum", args...)
			if pipe.Len() == 20 || lo+10_000 >= n {
				if _, err := pipe.Exec(ctx); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.Logf("seeded %d accounts in %v", n, time.Since(start).Round(time.Millisecond))

		ch := newFakeChain(time.Minute)
		s := f.newSettler(&fakeProposer{c: ch, who: "bench"}, "bench", func(c *Config) {
			c.LeaseTTL = 30 * time.Second
			c.Logger = testLogger(b).With("who", "bench")
		})
		peakRSS(b, true)
		start = time.Now()
		if _, err := s.SettleOnce(ctx); err != nil {
			b.Fatal(err)
		}
		full, fullRSS := time.Since(start), peakRSS(b, false)
		ch.advance(time.Hour) // epoch 1 becomes active

		// Changes, as the ledger's scripts make them: the total and the changed set, one slot.
		for lo := 0; lo < k; lo += 10_000 {
			args, members := make([]any, 0, 20_000), make([]any, 0, 10_000)
			for range min(k, lo+10_000) - lo {
				i := rng.IntN(n)
				if rng.IntN(10) == 0 {
					i = n + rng.IntN(n) // a new account
				}
				a := strings.ToLower(benchAccount(i).Hex())
				args, members = append(args, a, amount()), append(members, a)
			}
			pipe.HSet(ctx, tag+"cum", args...)
			pipe.SAdd(ctx, tag+"chg", members...)
		}
		if _, err := pipe.Exec(ctx); err != nil {
			b.Fatal(err)
		}
		changedBytes, err := rdb.MemoryUsage(ctx, tag+"chg", 0).Result()
		if err != nil {
			b.Fatal(err)
		}

		peakRSS(b, true)
		var ms0 runtime.MemStats
		runtime.ReadMemStats(&ms0)
		start = time.Now()
		e, err := s.SettleOnce(ctx)
		epoch := time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		rss := peakRSS(b, false)
		var ms1 runtime.MemStats
		runtime.ReadMemStats(&ms1)
		r, err := s.record(ctx, e.Number)
		if err != nil {
			b.Fatal(err)
		}
		var stored int64
		for _, key := range append([]string{s.k.epoch(r.n)}, s.k.chunks(r.n, r.vc, r.tc)...) {
			m, err := rdb.MemoryUsage(ctx, key, 0).Result()
			if err != nil {
				b.Fatal(err)
			}
			stored += m
		}
		perAccount := float64(stored) / float64(e.Leaves)
		b.Logf("epoch %d: %d leaves, %d accounts changed: %v end to end, peak RSS %d MB (heap allocated %d MB); "+
			"Redis: %.1f bytes/account stored (%d bytes), changed set %d bytes. First epoch (full rebuild): %v, peak RSS %d MB",
			e.Number, e.Leaves, k, epoch.Round(time.Millisecond), rss>>20, (ms1.TotalAlloc-ms0.TotalAlloc)>>20,
			perAccount, stored, changedBytes, full.Round(time.Millisecond), fullRSS>>20)
		b.ReportMetric(epoch.Seconds(), "s/epoch")
		b.ReportMetric(float64(rss>>20), "MB-peak-RSS")
		b.ReportMetric(perAccount, "B/account")
		b.ReportMetric(full.Seconds(), "s/full-epoch")
		b.ReportMetric(float64(fullRSS>>20), "MB-full-peak-RSS")

		if *benchVerify {
			start = time.Now()
			recs, err := s.snapshotRecs(ctx)
			if err != nil {
				b.Fatal(err)
			}
			t, err := buildRecs(recs, nil)
			if err != nil {
				b.Fatal(err)
			}
			if t.root != e.Root {
				b.Fatalf("incremental root %s, full rebuild %s", e.Root, t.root)
			}
			b.Logf("full rebuild gives the same root (%v)", time.Since(start).Round(time.Millisecond))
		}
	}
}
