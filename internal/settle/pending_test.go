package settle

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/merkle"
	"github.com/tribe-rewards/tribe/internal/webhooks"
	"github.com/tribe-rewards/tribe/internal/webhooks/webhookstest"
)

// clock is a settable clock for the ledger.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// pendingDump is the part of a pending-tree dump the tests read.
type pendingDump struct {
	Format       string   `json:"format"`
	LeafEncoding []string `json:"leafEncoding"`
	Tree         []common.Hash
	Values       []struct {
		Value     [4]string `json:"value"`
		TreeIndex int       `json:"treeIndex"`
	} `json:"values"`
}

// wantPending fails t unless s's latest epoch commits exactly pending of source for account, maturing from
// maturity, with proofs that lead from the leaf to the pending root and from the marker to the epoch root.
func wantPending(t *testing.T, s *Settler, source, account common.Address, pending int64, maturity time.Time) *PendingProof {
	t.Helper()
	p, err := s.PendingProof(testCtx(t), source, account)
	if err != nil {
		t.Fatalf("pending proof of %s in %s: %v", account, source, err)
	}
	want := merkle.PendingLeaf{Account: account, Source: source, Pending: big.NewInt(pending),
		EarliestMaturity: uint64(maturity.Unix())}
	if p.Leaf.Account != want.Account || p.Leaf.Source != want.Source || p.Leaf.Pending.Cmp(want.Pending) != 0 ||
		p.Leaf.EarliestMaturity != want.EarliestMaturity {
		t.Fatalf("pending leaf %+v, want %+v", p.Leaf, want)
	}
	if !merkle.Verify(p.PendingRoot, merkle.PendingLeafHash(p.Leaf), p.Proof) {
		t.Fatal("the pending proof does not verify against the pending root")
	}
	if !merkle.Verify(p.Root, merkle.LeafHash(merkle.MarkerLeaf(p.PendingRoot)), p.MarkerProof) {
		t.Fatal("the marker proof does not verify against the epoch root")
	}
	return p
}

// TestPendingTree: an epoch commits every held total with its earliest maturity in a pending tree whose root
// is a marker leaf of the claim tree; a fan's leaf proves up to the epoch root; once everything matured the
// next epoch has no marker; pruning deletes the pending tree with the claim tree.
func TestPendingTree(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	clk := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 250_000_000, time.UTC)} // a quarter past a second
	f := newFixtureAt(t, clk.Now)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", func(c *Config) { c.Retain = 2 })
	s.valuesPerChunk, s.nodesPerChunk, s.pendingPerChunk = 2, 3, 2

	fan1, fan2, fan3 := addr(3, 1), addr(3, 2), addr(3, 3)
	start := clk.Now()
	f.award(tokenA, 10, accounts(1, 5)...)
	f.awardHeld(tokenA, 40, time.Hour, false, fan1, fan2)
	clk.Add(10 * time.Minute)
	f.awardHeld(tokenA, 5, time.Hour, false, fan1)           // fan1: 45 pending, the earliest at start + 1h
	f.awardHeld(tokenB, 100, 24*time.Hour, true, fan1, fan3) // awaiting approval too
	f.awardHeld(tokenA, 7, 2*time.Hour, false, addr(1, 0))   // an account with something claimable too

	e1 := wantEpoch(t, 1)(s.SettleOnce(ctx))
	if e1.PendingLeaves != 5 || e1.PendingRoot == (common.Hash{}) || e1.Leaves != 5+1 {
		t.Fatalf("epoch 1: %+v; want 5 pending leaves and 5 claim leaves + the marker", e1)
	}
	f.checkProofs(s, 1)
	// The hour of fan1's first award ends at 13:00:00.25: the leaf says 13:00:01, the first whole second
	// from which it may be claimable.
	wantPending(t, s, tokenA, fan1, 45, start.Add(time.Hour).Truncate(time.Second).Add(time.Second))
	wantPending(t, s, tokenA, fan2, 40, start.Add(time.Hour+time.Second).Truncate(time.Second))
	wantPending(t, s, tokenB, fan1, 100, start.Add(10*time.Minute+24*time.Hour+time.Second).Truncate(time.Second))
	p := wantPending(t, s, tokenB, fan3, 100, start.Add(10*time.Minute+24*time.Hour+time.Second).Truncate(time.Second))
	if p.Epoch != 1 || p.Root != e1.Root || p.PendingRoot != e1.PendingRoot || p.Status != StatusProposed {
		t.Fatalf("pending proof from %+v, want epoch 1 %s / %s", p, e1.Root, e1.PendingRoot)
	}
	wantPending(t, s, tokenA, addr(1, 0), 7, start.Add(10*time.Minute+2*time.Hour+time.Second).Truncate(time.Second))
	for _, miss := range [][2]common.Address{{tokenA, fan3}, {tokenB, fan2}, {tokenA, addr(1, 4)}, {{}, {}}} {
		if _, err := s.PendingProof(ctx, miss[0], miss[1]); !errors.Is(err, ErrNoPending) {
			t.Fatalf("pending proof of %s in %s: %v, want ErrNoPending", miss[1], miss[0], err)
		}
	}

	// The claim dump holds the marker (0x0, 0x0, pendingRoot); the pending dump gives the pending root.
	var dump bytes.Buffer
	if err := s.WriteTree(ctx, 1, &dump); err != nil {
		t.Fatal(err)
	}
	claim, err := merkle.Load(dump.Bytes())
	if err != nil || claim.Root() != e1.Root {
		t.Fatalf("claim dump: %v", err)
	}
	marker := claim.Leaf(0)
	if marker.Account != (common.Address{}) || marker.Token != (common.Address{}) || common.BigToHash(marker.CumulativeAmount) != e1.PendingRoot {
		t.Fatalf("first value of the claim dump %+v, want the marker of %s", marker, e1.PendingRoot)
	}
	dump.Reset()
	if err := s.WritePendingTree(ctx, 1, &dump); err != nil {
		t.Fatal(err)
	}
	var pd pendingDump
	if err := json.Unmarshal(dump.Bytes(), &pd); err != nil {
		t.Fatal(err)
	}
	if pd.Format != "standard-v1" || len(pd.LeafEncoding) != 4 || pd.LeafEncoding[3] != "uint64" || len(pd.Values) != 5 ||
		len(pd.Tree) != 9 || pd.Tree[0] != e1.PendingRoot {
		t.Fatalf("pending dump: %s", dump.Bytes())
	}
	if v := pd.Values[0].Value; v[0] != addr(1, 0).Hex() || v[1] != tokenA.Hex() || v[2] != "7" {
		t.Fatalf("first pending value %v, want the 7 of token A of %s (sorted by source, account)", v, addr(1, 0).Hex())
	}

	// A changed hold is a new root, though no cumulative total changed.
	ch.advance(time.Hour)
	f.awardHeld(tokenA, 1, time.Hour, false, fan2)
	e2 := wantEpoch(t, 2)(s.SettleOnce(ctx))
	if e2.PendingRoot == e1.PendingRoot || e2.Leaves != e1.Leaves {
		t.Fatalf("epoch 2: %+v", e2)
	}
	wantPending(t, s, tokenA, fan2, 41, start.Add(time.Hour+time.Second).Truncate(time.Second))

	// A day later everything but the manual campaign's awards matured.
	ch.advance(time.Hour)
	clk.Add(25 * time.Hour)
	e3 := wantEpoch(t, 3)(s.SettleOnce(ctx))
	if e3.PendingLeaves != 2 {
		t.Fatalf("epoch 3 has %d pending leaves, want the 2 awaiting approval", e3.PendingLeaves)
	}
	wantPending(t, s, tokenB, fan3, 100, start.Add(10*time.Minute+24*time.Hour+time.Second).Truncate(time.Second))
	if _, err := s.PendingProof(ctx, tokenA, fan1); !errors.Is(err, ErrNoPending) {
		t.Fatalf("fan1's matured hold: %v", err)
	}
	f.checkProofs(s, 3)

	// Epoch 1's trees are pruned (Retain 2) with their pending tree.
	if err := s.WritePendingTree(ctx, 1, &bytes.Buffer{}); !errors.Is(err, ErrPruned) {
		t.Fatalf("pending tree of pruned epoch 1: %v", err)
	}
	keys, err := ledgertest.Redis(t).Keys(ctx, f.prefix+":{settle}:epoch:1:*").Result()
	if err != nil || len(keys) != 0 {
		t.Fatalf("chunks of epoch 1 left: %v %v", keys, err)
	}
	ch.checkOneRootPerEpoch(t, s, 3)
}

// TestNothingPending: an epoch with nothing pending has no marker leaf, so its root is the plain tree of the
// totals (what it was before pending trees), and it has no pending tree to serve.
func TestNothingPending(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	f := newFixture(t)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	f.award(tokenA, 10, accounts(1, 3)...)
	e := wantEpoch(t, 1)(s.SettleOnce(ctx))
	leaves, err := s.snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if e.Root != plain.Root() || e.Leaves != 3 || e.PendingLeaves != 0 || e.PendingRoot != (common.Hash{}) {
		t.Fatalf("epoch %+v, want the plain root %s of 3 leaves", e, plain.Root())
	}
	if err := s.WritePendingTree(ctx, 1, &bytes.Buffer{}); !errors.Is(err, ErrNoPending) {
		t.Fatalf("pending tree: %v", err)
	}
	if _, err := s.PendingProof(ctx, tokenA, addr(1, 0)); !errors.Is(err, ErrNoPending) {
		t.Fatalf("pending proof: %v", err)
	}
}

// TestOnlyPending: a ledger whose every award is held still settles an epoch: its claim tree is the marker
// alone, and the fans can check their holds against it.
func TestOnlyPending(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	clk := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	f := newFixtureAt(t, clk.Now)
	s := f.newSettler(&fakeProposer{c: newFakeChain(time.Hour), who: "a"}, "a", nil)
	f.awardHeld(tokenA, 3, time.Minute, false, addr(3, 1))
	e := wantEpoch(t, 1)(s.SettleOnce(ctx))
	if e.Leaves != 1 || e.PendingLeaves != 1 || e.Root != merkle.LeafHash(merkle.MarkerLeaf(e.PendingRoot)) {
		t.Fatalf("epoch %+v: want the marker as the only leaf", e)
	}
	wantPending(t, s, tokenA, addr(3, 1), 3, clk.Now().Add(time.Minute))
}

// TestEpochEvents: recording a proposal emits epoch.proposed, and the first step that sees the root active
// on-chain emits epoch.active, each once, to the settlement slot's outbox; a fenced write emits nothing.
func TestEpochEvents(t *testing.T) {
	t.Parallel()
	ctx := testCtx(t)
	clk := &clock{t: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	f := newFixtureAt(t, clk.Now)
	ch := newFakeChain(time.Hour)
	s := f.newSettler(&fakeProposer{c: ch, who: "a"}, "a", nil)
	rdb := ledgertest.Redis(t)
	events := func() []webhookstest.Entry { return webhookstest.Outbox(t, rdb, f.prefix, "settle") }

	f.award(tokenA, 10, accounts(1, 2)...)
	f.awardHeld(tokenA, 4, time.Hour, false, addr(3, 1))
	e1 := wantEpoch(t, 1)(s.SettleOnce(ctx))
	evs := events()
	if len(evs) != 1 || evs[0].Type != webhooks.EventEpochProposed || evs[0].CampaignID != "" ||
		evs[0].Data["epoch"] != 1.0 || evs[0].Data["root"] != e1.Root.Hex() || evs[0].Data["tx_hash"] != e1.TxHash.Hex() ||
		evs[0].Data["pending_root"] != e1.PendingRoot.Hex() || evs[0].Data["leaves"] != float64(e1.Leaves) || e1.Leaves != 3 || evs[0].Data["pending_leaves"] != 1.0 {
		t.Fatalf("events after the proposal: %+v (epoch %+v)", evs, e1)
	}
	// Still in its dispute window: nothing more.
	_, err := s.SettleOnce(ctx)
	wantErr(t, err, ErrRootPending)
	if evs := events(); len(evs) != 1 {
		t.Fatalf("events while pending: %+v", evs)
	}
	ch.advance(time.Hour)
	for range 2 {
		_, err := s.SettleOnce(ctx)
		wantErr(t, err, ErrUnchanged)
	}
	evs = events()
	if len(evs) != 2 || evs[1].Type != webhooks.EventEpochActive || evs[1].Data["epoch"] != 1.0 || evs[1].Data["root"] != e1.Root.Hex() ||
		evs[1].ID == evs[0].ID {
		t.Fatalf("events once active: %+v", evs)
	}

	// A settler whose lease was taken over writes nothing, so emits nothing.
	r, err := s.newest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	err = s.moveEmit(ctx, "someone-else:99", r, []string{StateProposed}, webhooks.EventEpochActive, r.eventData(), "activated", 1)
	wantErr(t, err, ErrLeaseLost)
	if evs := events(); len(evs) != 2 {
		t.Fatalf("a fenced write emitted: %+v", evs)
	}
}
