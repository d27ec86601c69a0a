package settle

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

var (
	tokenA = addr(0xA0, 1)
	tokenB = addr(0xB0, 2)
)

func accounts(kind byte, n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = addr(kind, i)
	}
	return out
}

func mustEpoch(t *testing.T, e *Epoch, err error, n uint64) *Epoch {
	t.Helper()
	if err != nil {
		t.Fatalf("settle: %v", err)
	}
	if e == nil || e.Number != n || e.State != StateProposed || e.Status != StatusProposed {
		t.Fatalf("settled %+v, want epoch %d proposed", e, n)
	}
	return e
}

// wantEpoch returns a check that a step proposed epoch n: wantEpoch(t, n)(s.SettleOnce(ctx)).
func wantEpoch(t *testing.T, n uint64) func(*Epoch, error) *Epoch {
	return func(e *Epoch, err error) *Epoch {
		t.Helper()
		return mustEpoch(t, e, err, n)
	}
}

func wantErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
}

// TestValueRecordSize guards the record layout that the Lua search script hard-codes, and the chunk sizing.
func TestValueRecordSize(t *testing.T) {
	if valueSize != 76 || keySize != 40 {
		t.Fatalf("value records are %d bytes with %d-byte keys: searchScript assumes 76 and 40", valueSize, keySize)
	}
	if valuesPerChunk*valueSize > chunkBytes-16 || nodesPerChunk*nodeSize > chunkBytes/2-16 {
		t.Fatal("a chunk and its Redis header no longer fit a power-of-two allocation")
	}
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"zero", Config{}, true},
		{"set", Config{Interval: time.Second, LeaseTTL: time.Second, Prefix: "x", Retain: 2}, true},
		{"negative interval", Config{Interval: -1}, false},
		{"tiny lease", Config{LeaseTTL: time.Millisecond}, false},
		{"brace", Config{Prefix: "a{b"}, false},
		{"retain 1", Config{Retain: 1}, false},
		{"negative retain", Config{Retain: -2}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.cfg.Check(); (err == nil) != tc.ok {
				t.Fatalf("Check() = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}

// TestLifecycle walks epochs through the fake chain, with tiny chunks so that searches and proofs cross
// chunk boundaries.
func TestLifecycle(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	s.valuesPerChunk, s.nodesPerChunk = 7, 5

	_, err := s.SettleOnce(ctx)
	wantErr(t, err, ErrEmpty)
	if _, err := s.Latest(ctx); !errors.Is(err, ErrNotFound) {
		t.Fatalf("latest of none: %v", err)
	}

	f.award(tokenA, 10, accounts(1, 40)...)
	f.award(tokenB, 3, accounts(1, 13)...)
	f.award(tokenA, 5, accounts(1, 4)...)
	e1 := wantEpoch(t, 1)(s.SettleOnce(ctx))
	if e1.Leaves != 53 || e1.TxHash == (common.Hash{}) {
		t.Fatalf("epoch 1: %+v", e1)
	}
	f.checkProofs(s, 1)
	if _, _, pending, root := ch.views(); pending != 1 || root != e1.Root {
		t.Fatalf("chain pending epoch %d root %s, want 1 %s", pending, root, e1.Root)
	}

	var dump bytes.Buffer
	if err := s.WriteTree(ctx, 1, &dump); err != nil {
		t.Fatal(err)
	}
	tree, err := merkle.Load(dump.Bytes())
	if err != nil {
		t.Fatalf("load dump: %v", err)
	}
	if tree.Root() != e1.Root || tree.Len() != 53 {
		t.Fatalf("dump: root %s with %d leaves, want %s with 53", tree.Root(), tree.Len(), e1.Root)
	}

	// No active root yet: nothing to prove against.
	if n, _, _, _, ok, err := s.LatestProof(ctx, tokenA, addr(1, 0)); ok || err != nil || n != 0 {
		t.Fatalf("latest proof before activation: epoch %d ok=%v err=%v", n, ok, err)
	}

	// While epoch 1 is in its dispute window, epoch 2 waits, whatever changes.
	f.award(tokenB, 7, addr(2, 1))
	e, err := s.SettleOnce(ctx)
	wantErr(t, err, ErrRootPending)
	if e == nil || e.Number != 1 {
		t.Fatalf("with ErrRootPending, got epoch %+v, want the latest (1)", e)
	}

	ch.advance(time.Hour)
	e2 := wantEpoch(t, 2)(s.SettleOnce(ctx))
	if e2.Leaves != 54 {
		t.Fatalf("epoch 2 has %d leaves, want 54", e2.Leaves)
	}
	f.checkProofs(s, 2)

	// Epoch 1 is active, epoch 2 pending: LatestProof uses the active one.
	n, root, cum, proof, ok, err := s.LatestProof(ctx, tokenA, addr(1, 2))
	if err != nil || !ok || n != 1 || root != e1.Root || cum.Int64() != 15 {
		t.Fatalf("latest proof: epoch %d root %s cumulative %v ok=%v err=%v", n, root, cum, ok, err)
	}
	if !merkle.Verify(root, merkle.LeafHash(merkle.Leaf{Account: addr(1, 2), Token: tokenA, CumulativeAmount: cum}), proof) {
		t.Fatal("latest proof does not verify")
	}
	if _, _, _, _, ok, err := s.LatestProof(ctx, tokenB, addr(2, 1)); ok || err != nil {
		t.Fatalf("an account only in the pending epoch: ok=%v err=%v", ok, err)
	}

	ch.advance(time.Hour)
	e, err = s.SettleOnce(ctx)
	wantErr(t, err, ErrUnchanged)
	if e == nil || e.Number != 2 {
		t.Fatalf("with ErrUnchanged, got %+v, want epoch 2", e)
	}
	if l, err := s.Latest(ctx); err != nil || l.Number != 2 || l.Root != e2.Root {
		t.Fatalf("latest: %+v %v", l, err)
	}
	if n, _, _, _, ok, err := s.LatestProof(ctx, tokenB, addr(2, 1)); !ok || err != nil || n != 2 {
		t.Fatalf("latest proof once epoch 2 is active: epoch %d ok=%v err=%v", n, ok, err)
	}
	if _, err := s.Get(ctx, 3); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get 3: %v", err)
	}
	if _, _, _, err := s.Proof(ctx, 3, tokenA, addr(1, 0)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("proof in epoch 3: %v", err)
	}
	ch.checkOneRootPerEpoch(t, s, 2)
}

// TestRetain deletes the trees of old epochs but keeps their records.
func TestRetain(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Minute)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", func(c *Config) { c.Retain = 2 })
	s.valuesPerChunk, s.nodesPerChunk = 3, 3
	for i := range 4 {
		f.award(tokenA, 1, accounts(1, 10+i)...)
		wantEpoch(t, uint64(i+1))(s.SettleOnce(ctx))
		ch.advance(time.Minute)
	}
	for n := uint64(1); n <= 4; n++ {
		e, err := s.Get(ctx, n)
		if err != nil || e.State != StateProposed {
			t.Fatalf("epoch %d: %+v %v", n, e, err)
		}
		_, _, _, perr := s.Proof(ctx, n, tokenA, addr(1, 0))
		werr := s.WriteTree(ctx, n, &bytes.Buffer{})
		if n <= 2 && (!errors.Is(perr, ErrPruned) || !errors.Is(werr, ErrPruned)) {
			t.Fatalf("epoch %d: proof %v, tree %v; want ErrPruned", n, perr, werr)
		}
		if n > 2 && (perr != nil || werr != nil) {
			t.Fatalf("epoch %d: proof %v, tree %v", n, perr, werr)
		}
	}
	keys, err := ledgertest.Redis(t).Keys(ctx, f.prefix+":{settle}:epoch:1:*").Result()
	if err != nil || len(keys) != 0 {
		t.Fatalf("chunks of epoch 1 left: %v %v", keys, err)
	}
}

// TestRejectedRoot: a guardian rejects epoch 1; the settler marks it, does not propose the same root again,
// and proposes epoch 2 once the ledger changes.
func TestRejectedRoot(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	f.award(tokenA, 10, accounts(1, 5)...)
	e1 := wantEpoch(t, 1)(s.SettleOnce(ctx))
	ch.reject()

	_, err := s.SettleOnce(ctx)
	wantErr(t, err, ErrUnchanged)
	if e, err := s.Get(ctx, 1); err != nil || e.State != StateRejected || e.Status != StatusRejected || e.Root != e1.Root {
		t.Fatalf("epoch 1 after rejection: %+v %v", e, err)
	}
	f.award(tokenA, 1, addr(1, 0))
	e2 := wantEpoch(t, 2)(s.SettleOnce(ctx))
	acc := ch.acceptedCalls()
	if len(acc) != 2 || acc[0].epoch != 1 || acc[1].epoch != 2 || acc[1].root != e2.Root {
		t.Fatalf("proposals %+v", acc)
	}
}

// TestRace: two Settlers with different owners on the same Redis, each stepping and releasing the lease as
// fast as it can while awards arrive: every epoch is proposed by exactly one of them, exactly once.
func TestRace(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(0) // roots activate at once: epochs follow each other as fast as they can
	f.award(tokenA, 1, addr(1, 0))
	const epochs = 10
	var stop atomic.Bool
	var wg sync.WaitGroup
	wins := map[string]int{}
	var mu sync.Mutex
	for _, who := range []string{"a", "b"} {
		s := f.newSettler(&fakeProposer{c: ch, who: who}, who, nil)
		wg.Go(func() {
			for !stop.Load() {
				e, err := s.SettleOnce(ctx)
				switch {
				case err == nil:
					mu.Lock()
					wins[who]++
					mu.Unlock()
					t.Logf("%s proposed epoch %d", who, e.Number)
				case errors.Is(err, ErrNotLeader), errors.Is(err, ErrUnchanged):
				default:
					t.Errorf("%s: %v", who, err)
					return
				}
				s.release(ctx)
			}
		})
	}
	for i := 1; len(ch.acceptedCalls()) < epochs && ctx.Err() == nil; i++ {
		f.award(tokenA, 1, addr(1, i%7))
		time.Sleep(2 * time.Millisecond)
	}
	stop.Store(true)
	wg.Wait()
	calls := ch.allCalls()
	n := uint64(len(ch.acceptedCalls()))
	ch.checkOneRootPerEpoch(t, New(ledgertest.Redis(t), f.store, &fakeProposer{c: ch}, Config{Prefix: f.prefix}), n)
	if uint64(len(calls)) != n {
		t.Fatalf("%d proposeRoot calls for %d epochs: %+v", len(calls), n, calls)
	}
	t.Logf("%d epochs; proposed by a: %d, by b: %d", n, wins["a"], wins["b"])
}

// TestTakeover kills the lease holder mid-epoch (its context is cancelled: no more renewals, no release);
// the other replica takes over once the lease expires and finishes the epoch with the same root.
func TestTakeover(t *testing.T) {
	t.Parallel()
	for _, point := range []string{"storing", "in flight"} {
		t.Run(point, func(t *testing.T) {
			t.Parallel()
			ctx := testCtx(t)
			f := newFixture(t)
			ch := newFakeChain(time.Hour)
			f.award(tokenA, 10, accounts(1, 20)...)

			reached := make(chan struct{})
			var once sync.Once
			block := func(ctx context.Context) error {
				once.Do(func() { close(reached) })
				<-ctx.Done()
				return ctx.Err()
			}
			pa := &fakeProposer{c: ch, who: "a"}
			a := f.newSettler(pa, "a", nil)
			ctxA, killA := context.WithCancel(ctx)
			if point == "storing" {
				a.hook = func(p string) error {
					if p == "storing" {
						return block(ctxA)
					}
					return nil
				}
			} else {
				pa.before = block
			}
			if err := a.Start(ctxA); err != nil {
				t.Fatal(err)
			}
			<-reached
			before, err := s0(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			killA()
			killed := time.Now()

			b := f.newSettler(&fakeProposer{c: ch, who: "b"}, "b", nil)
			if err := b.Start(ctx); err != nil {
				t.Fatal(err)
			}
			eventually(t, 10*time.Second, "b to propose", func() bool { return len(ch.acceptedCalls()) == 1 })
			took := time.Since(killed)
			b.Stop()
			acc := ch.acceptedCalls()
			if acc[0].who != "b" {
				t.Fatalf("proposal by %s, want b", acc[0].who)
			}
			if took < a.cfg.LeaseTTL/2 {
				t.Fatalf("b proposed %v after a died: before a's lease (TTL %v) could expire", took, a.cfg.LeaseTTL)
			}
			if point == "in flight" && acc[0].root != before.root {
				t.Fatalf("b proposed %s, a had stored %s", acc[0].root, before.root)
			}
			ch.checkOneRootPerEpoch(t, b, 1)
			if len(ch.allCalls()) != 1 {
				t.Fatalf("calls %+v", ch.allCalls())
			}
			t.Logf("b took over %v after a died (lease TTL %v)", took, a.cfg.LeaseTTL)
		})
	}
}

// s0 is the newest record.
func s0(ctx context.Context, s *Settler) (*record, error) { return s.newest(ctx) }

var errCrash = errors.New("crash injected")

// TestCrash crashes the leader at each point of epoch 2; a new Settler then finishes it, and the chain
// gets exactly one root per epoch, none skipped, with one proposeRoot call each.
func TestCrash(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		point string // the hook point that crashes; "" for the fake proposer's
		after bool   // crash after the proposal is mined, before ProposeRoot returns
		heals bool   // the error is not a crash: the same Settler recovers
	}{
		{name: "while storing", point: "storing"},
		{name: "after built", point: "built"},
		{name: "before send", point: "sending"},
		{name: "after send before mined", after: true},
		{name: "after mined before marking", point: "mined"},
		{name: "receipt lost", heals: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := testCtx(t)
			f := newFixture(t)
			ch := newFakeChain(time.Hour)
			pa := &fakeProposer{c: ch, who: "a"}
			a := f.newSettler(pa, "a", nil)
			f.award(tokenA, 10, accounts(1, 20)...)
			wantEpoch(t, 1)(a.SettleOnce(ctx))
			ch.advance(time.Hour)
			f.award(tokenB, 10, accounts(2, 20)...)
			f.awardHeld(tokenB, 5, time.Hour, false, addr(3, 1)) // epoch 2 has a pending tree too

			ctxA, killA := context.WithCancel(ctx)
			defer killA()
			switch {
			case tc.point != "":
				a.hook = func(p string) error {
					if p == tc.point {
						return errCrash
					}
					return nil
				}
			case tc.after:
				pa.after = func(context.Context) error { killA(); return ctxA.Err() }
			case tc.heals:
				pa.after = func(context.Context) error { return errors.New("connection reset by peer") }
			}
			e, err := a.SettleOnce(ctxA)
			if tc.heals {
				mustEpoch(t, e, err, 2)
				if e.TxHash != (common.Hash{}) {
					t.Fatalf("tx hash %s recorded without a receipt", e.TxHash)
				}
			} else if !errors.Is(err, errCrash) && !errors.Is(err, context.Canceled) {
				t.Fatalf("crash: %v", err)
			}

			// a is dead (its lease is not released); b waits for the lease and finishes the epoch.
			b := f.newSettler(&fakeProposer{c: ch, who: "b"}, "b", nil)
			if !tc.heals {
				var e2 *Epoch
				eventually(t, 10*time.Second, "b to settle epoch 2", func() bool {
					e, err := b.SettleOnce(ctx)
					if errors.Is(err, ErrNotLeader) {
						return false
					}
					if err != nil {
						t.Fatalf("b: %v", err)
					}
					e2 = e
					return true
				})
				if e2.Number != 2 || e2.State != StateProposed {
					t.Fatalf("b settled %+v, want epoch 2", e2)
				}
				b.Stop()
			}
			ch.advance(time.Hour)
			f.award(tokenB, 1, addr(2, 0))
			if tc.heals {
				a.Stop()
			}
			eventually(t, 10*time.Second, "epoch 3", func() bool {
				e, err := b.SettleOnce(ctx)
				if errors.Is(err, ErrNotLeader) {
					return false
				}
				mustEpoch(t, e, err, 3)
				return true
			})
			ch.checkOneRootPerEpoch(t, b, 3)
			if calls := ch.allCalls(); len(calls) != 3 {
				t.Fatalf("%d proposeRoot calls, want 3 (one per epoch): %+v", len(calls), calls)
			}
			f.checkProofs(b, 3)
			// Epoch 2's pending tree was stored whole (rebuilt and checked against its root), and
			// commits the hold, as epoch 3's does.
			if e2, err := b.Get(ctx, 2); err != nil || e2.PendingLeaves != 1 || b.WritePendingTree(ctx, 2, &bytes.Buffer{}) != nil {
				t.Fatalf("epoch 2's pending tree: %+v %v", e2, err)
			}
			if p, err := b.PendingProof(ctx, tokenB, addr(3, 1)); err != nil || p.Epoch != 3 || p.Leaf.Pending.Int64() != 5 {
				t.Fatalf("pending proof after the crash: %+v %v", p, err)
			}
		})
	}
}

// TestFencing: a Settler whose lease expired cannot write, before or after another one took the lease.
func TestFencing(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Hour)
	a := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	b := f.newSettler(&fakeProposer{c: ch, who: "b"}, "b", nil)
	f.award(tokenA, 10, accounts(1, 5)...)
	leaves, err := a.snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := buildTree(leaves, nil)
	if err != nil {
		t.Fatal(err)
	}

	leaseA, err := a.acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.acquire(ctx); !errors.Is(err, ErrNotLeader) {
		t.Fatalf("b acquired a held lease: %v", err)
	}
	if again, err := a.acquire(ctx); err != nil || again != leaseA {
		t.Fatalf("re-acquire: %q %v, want %q", again, err, leaseA)
	}
	time.Sleep(a.cfg.LeaseTTL + 50*time.Millisecond) // a pauses; nobody renews

	_, err = a.write(ctx, leaseA, 1, nil, tree, time.Now())
	wantErr(t, err, ErrLeaseLost)
	if r, err := a.newest(ctx); r != nil || err != nil {
		t.Fatalf("a's refused write left %+v %v", r, err)
	}

	leaseB, err := b.acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, tokA, _ := cutLast(leaseA, ':')
	_, tokB, _ := cutLast(leaseB, ':')
	if !(len(tokB) > len(tokA) || (len(tokB) == len(tokA) && tokB > tokA)) {
		t.Fatalf("fencing tokens %s then %s: not increasing", tokA, tokB)
	}
	_, err = a.write(ctx, leaseA, 1, nil, tree, time.Now())
	wantErr(t, err, ErrLeaseLost)
	r, err := b.write(ctx, leaseB, 1, nil, tree, time.Now())
	if err != nil || r.state != StateBuilt {
		t.Fatalf("b's write: %+v %v", r, err)
	}
	err = a.move(ctx, leaseA, r, []string{StateBuilt}, "st", StateSending)
	wantErr(t, err, ErrLeaseLost)
	if e, _ := b.Get(ctx, 1); e.State != StateBuilt {
		t.Fatalf("epoch 1 is %s after a's refused move", e.State)
	}
}

// TestPausedLeader: the leader pauses after building (as in a long GC pause: no renewals either); its lease
// expires and another replica takes it. When the leader wakes up, its next write is refused, so it never
// sends; the new leader proposes the stored epoch.
func TestPausedLeader(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Hour)
	a := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	b := f.newSettler(&fakeProposer{c: ch, who: "b"}, "b", nil)
	f.award(tokenA, 10, accounts(1, 5)...)
	a.hook = func(p string) error {
		if p == "built" {
			// The lease expires while a sleeps, and b takes it.
			if err := ledgertest.Redis(t).Del(ctx, a.k.lease()).Err(); err != nil {
				return err
			}
			if _, err := b.acquire(ctx); err != nil {
				return err
			}
		}
		return nil
	}
	_, err := a.SettleOnce(ctx)
	wantErr(t, err, ErrLeaseLost)
	if calls := ch.allCalls(); len(calls) != 0 {
		t.Fatalf("the paused leader sent: %+v", calls)
	}
	wantEpoch(t, 1)(b.SettleOnce(ctx))
	ch.checkOneRootPerEpoch(t, b, 1)
	if _, err := a.SettleOnce(ctx); !errors.Is(err, ErrNotLeader) {
		t.Fatalf("a after waking up: %v", err)
	}
}

// TestConflict: the chain is beyond the stored epochs (something else proposes roots): settlement stops.
func TestConflict(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(0)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	f.award(tokenA, 10, accounts(1, 5)...)
	wantEpoch(t, 1)(s.SettleOnce(ctx))
	if err := ch.propose("intruder", common.Hash{7}, 5, nil); err != nil {
		t.Fatal(err)
	}
	f.award(tokenA, 1, addr(1, 0))
	_, err := s.SettleOnce(ctx)
	wantErr(t, err, ErrConflict)
}

// TestFreshRedisContinuesChainNumbering: with no stored epoch, the first one follows the chain's, also
// when its first build is interrupted.
func TestFreshRedisContinuesChainNumbering(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(0)
	if err := ch.propose("earlier", common.Hash{7}, 41, nil); err != nil {
		t.Fatal(err)
	}
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	f.award(tokenA, 10, accounts(1, 5)...)
	s.hook = func(p string) error {
		if p == "storing" {
			return errCrash
		}
		return nil
	}
	_, err := s.SettleOnce(ctx)
	wantErr(t, err, errCrash)
	if _, err := s.Latest(ctx); !errors.Is(err, ErrNotFound) {
		t.Fatalf("latest while the first epoch is building: %v", err)
	}
	s.hook = nil
	wantEpoch(t, 42)(s.SettleOnce(ctx))
	if cum, _, ok, err := s.Proof(ctx, 42, tokenA, addr(1, 4)); err != nil || !ok || cum.Cmp(big.NewInt(10)) != 0 {
		t.Fatalf("proof: %v %v %v", cum, ok, err)
	}
}
