package settle

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

// TestClaimTreeMatchesMerkle: the compact claim tree is merkle.New's tree — root, every leaf's position and
// proof — for sizes around the powers of two and above the parallel threshold.
func TestClaimTreeMatchesMerkle(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 7))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 100, 4097, 10_000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			leaves := make([]merkle.Leaf, n)
			recs := make([]leafRec, n)
			for i := range leaves {
				var amount [32]byte
				for w := range 4 {
					binary.BigEndian.PutUint64(amount[8*w:], rng.Uint64())
				}
				leaves[i] = merkle.Leaf{Token: addr(0xA0, rng.IntN(3)), Account: addr(1, i),
					CumulativeAmount: new(big.Int).Rsh(new(big.Int).SetBytes(amount[:]), uint(rng.IntN(256)))}
				if i == 0 && n > 1 {
					leaves[i] = merkle.MarkerLeaf(common.Hash{1})
				}
				var ok bool
				if recs[i], ok = recOf(leaves[i]); !ok {
					t.Fatalf("leaf %d: not a uint256", i)
				}
			}
			want, err := merkle.New(leaves)
			if err != nil {
				t.Fatal(err)
			}
			got := newClaimTree(recs)
			if got.root() != want.Root() || len(got.nodes) != 2*n-1 {
				t.Fatalf("root %s (%d nodes), want %s", got.root(), len(got.nodes), want.Root())
			}
			for i := range n {
				if int(got.index[i]) != want.TreeIndex(i) || got.nodes[got.index[i]] != want.LeafHash(i) {
					t.Fatalf("leaf %d at %d, want %d", i, got.index[i], want.TreeIndex(i))
				}
				j, proof := int(got.index[i]), want.Proof(i)
				for k := 0; j > 0; k, j = k+1, (j-1)/2 {
					if got.nodes[j-1+2*(j&1)] != proof[k] {
						t.Fatalf("leaf %d: proof step %d differs", i, k)
					}
				}
			}
		})
	}
}

// fullRoot is the root of a full rebuild through merkle.New: every total and pending total of the ledger now.
func fullRoot(t *testing.T, s *Settler) common.Hash {
	t.Helper()
	ctx := context.Background()
	pending, err := s.pendingSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	leaves, err := s.snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) > 0 {
		pt, err := merkle.NewPending(pending)
		if err != nil {
			t.Fatal(err)
		}
		leaves = append([]merkle.Leaf{merkle.MarkerLeaf(pt.Root())}, leaves...)
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tree.Root()
}

// modes records which way the Settler's epochs were built ("from-previous", "from-every-total"), and crashes
// once at crash, if set.
type modes struct {
	mu    sync.Mutex
	seen  []string
	crash string
}

func (m *modes) hook(point string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if point == "from-previous" || point == "from-every-total" {
		m.seen = append(m.seen, point)
	}
	if point == m.crash {
		m.crash = ""
		return fmt.Errorf("crash at %s", point)
	}
	return nil
}

func (m *modes) last() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.seen) == 0 {
		return ""
	}
	return m.seen[len(m.seen)-1]
}

// incrementalRun is a ledger, a Settler with tiny chunks (so merges cross chunk boundaries) and a fake chain
// whose roots activate a minute after their proposal.
type incrementalRun struct {
	t     *testing.T
	f     *fixture
	clk   *clock
	ch    *fakeChain
	s     *Settler
	m     *modes
	rng   *rand.Rand
	epoch uint64
}

func newIncrementalRun(t *testing.T, seed uint64) *incrementalRun {
	clk := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	f := newFixtureAt(t, clk.Now)
	ch := newFakeChain(time.Minute)
	r := &incrementalRun{t: t, f: f, clk: clk, ch: ch, m: &modes{}, rng: rand.New(rand.NewPCG(seed, 99))}
	r.s = f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	r.s.valuesPerChunk, r.s.nodesPerChunk, r.s.pendingPerChunk = 3, 5, 2
	r.s.hook = r.m.hook
	return r
}

// change awards random amounts to about k random accounts of two tokens, some held for an hour (pending
// first, maturing at a later epoch).
func (r *incrementalRun) change(k int) {
	for range k {
		token := []common.Address{tokenA, tokenB}[r.rng.IntN(2)]
		a := addr(byte(1+r.rng.IntN(2)), r.rng.IntN(60))
		if r.rng.IntN(5) == 0 {
			r.f.awardHeld(token, 1+r.rng.Int64N(50), time.Hour, false, a)
		} else {
			r.f.award(token, 1+r.rng.Int64N(1000), a)
		}
	}
}

// settle settles the next epoch (after the previous one activated) and checks its root against a full
// rebuild and the way it was built.
func (r *incrementalRun) settle(mode string) *Epoch {
	r.t.Helper()
	r.ch.advance(2 * time.Minute)
	r.epoch++
	e := wantEpoch(r.t, r.epoch)(r.s.SettleOnce(testCtx(r.t)))
	if want := fullRoot(r.t, r.s); e.Root != want {
		r.t.Fatalf("epoch %d: root %s, a full rebuild gives %s", e.Number, e.Root, want)
	}
	if got := r.m.last(); mode != "" && got != mode {
		r.t.Fatalf("epoch %d was built %s, want %s", e.Number, got, mode)
	}
	return e
}

// TestIncrementalMatchesFull: over random awards, maturing holds and epochs, every epoch built from the
// previous one has the root of a full rebuild.
func TestIncrementalMatchesFull(t *testing.T) {
	t.Parallel()
	for seed := range uint64(3) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			r := newIncrementalRun(t, seed)
			r.change(40)
			r.settle("from-every-total")
			for i := range 6 {
				r.change(1 + r.rng.IntN(25))
				if i%2 == 1 {
					r.clk.Add(time.Hour) // the held awards mature (at the epoch's snapshot)
				}
				r.settle("from-previous")
			}
			// Nothing changed: no epoch, and nothing left to read.
			r.ch.advance(2 * time.Minute)
			if _, err := r.s.SettleOnce(testCtx(t)); err == nil {
				t.Fatal("an epoch without changes")
			}
			cs, err := r.s.claimSnapshot(testCtx(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs.changes {
				if len(c.IDs) != 0 {
					t.Fatalf("token %s: taken sets %v left after an unchanged epoch", c.Token.Hex(), c.IDs)
				}
			}
		})
	}
}

// TestIncrementalCrash: a crash at any point of a step — after taking the changed sets, while storing, after
// storing but before dropping them, after the epoch is built — loses no change: changes made before and
// after the crash are all in the next epochs, built from the previous one.
func TestIncrementalCrash(t *testing.T) {
	t.Parallel()
	for _, point := range []string{"taken", "from-previous", "storing", "stored", "built", "sending"} {
		t.Run(point, func(t *testing.T) {
			t.Parallel()
			r := newIncrementalRun(t, 1)
			r.change(30)
			r.settle("from-every-total")

			r.change(10)
			r.ch.advance(2 * time.Minute)
			r.m.crash = point
			if _, err := r.s.SettleOnce(testCtx(t)); err == nil {
				t.Fatalf("no crash at %s", point)
			}
			r.change(10) // after the crash: in the live set, not in the taken ones
			if point == "stored" || point == "built" || point == "sending" {
				// Epoch 2 was stored before the crash: it is proposed as it is, without the later changes.
				r.ch.advance(2 * time.Minute)
				r.epoch++
				wantEpoch(t, r.epoch)(r.s.SettleOnce(testCtx(t)))
			}
			r.settle("from-previous")
			r.change(10)
			r.settle("from-previous")
		})
	}
}

// TestIncrementalDoubts: an epoch is rebuilt from every total when its base cannot be trusted — a token's
// changes were dropped by a later epoch than the base, the base is of an older format, or its values are
// gone — and the epoch after it is built from it again.
func TestIncrementalDoubts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		spoil func(r *incrementalRun, prev *record)
	}{
		{"later marker", func(r *incrementalRun, prev *record) {
			marker := fmt.Sprintf("%d:%s", prev.n+1, common.Hash{1}.Hex())
			if err := r.f.store.DropChanges(context.Background(), ledger.Changes{Token: tokenA}, marker); err != nil {
				r.t.Fatal(err)
			}
		}},
		{"older format", func(r *incrementalRun, prev *record) {
			if err := r.s.rdb.HDel(context.Background(), r.s.k.epoch(prev.n), "snap").Err(); err != nil {
				r.t.Fatal(err)
			}
		}},
		{"values gone", func(r *incrementalRun, prev *record) {
			if err := r.s.rdb.Del(context.Background(), r.s.k.values(prev.n, prev.vc-1)).Err(); err != nil {
				r.t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := newIncrementalRun(t, 2)
			r.change(30)
			r.settle("from-every-total")
			r.change(10)
			e := r.settle("from-previous")
			prev, err := r.s.record(testCtx(t), e.Number)
			if err != nil {
				t.Fatal(err)
			}
			tc.spoil(r, prev)
			r.change(10)
			r.settle("from-every-total")
			r.change(10)
			r.settle("from-previous")
		})
	}
}
