package settle

import (
	"context"
	"encoding/binary"
	"flag"
	"io"
	"math/big"
	"math/rand/v2"
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
