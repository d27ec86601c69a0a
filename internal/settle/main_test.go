package settle

import (
	"context"
	"encoding/binary"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/ledger/ledgertest"
	"github.com/tribe-rewards/tribe/internal/merkle"
	"github.com/tribe-rewards/tribe/internal/rewards"
	"github.com/tribe-rewards/tribe/internal/txmgr"
)

func TestMain(m *testing.M) { ledgertest.Main(m) }

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// addr returns a distinct address per (kind, n).
func addr(kind byte, n int) common.Address {
	var a common.Address
	a[0] = kind
	binary.BigEndian.PutUint64(a[12:], uint64(n))
	return a
}

// fixture is a ledger on the test Redis with a fresh prefix, which the Settlers of the test share.
type fixture struct {
	t         testing.TB
	prefix    string
	store     *ledger.Store
	campaigns map[common.Address]*rewards.Campaign
	held      map[string]*rewards.Campaign
	n         int
}

func newFixture(t testing.TB) *fixture { return newFixtureAt(t, nil) }

// newFixtureAt is newFixture with the ledger's clock now (time.Now if nil).
func newFixtureAt(t testing.TB, now func() time.Time) *fixture {
	t.Helper()
	prefix := ledgertest.Prefix(t)
	return &fixture{t: t, prefix: prefix, store: ledger.New(ledgertest.Redis(t), ledger.Options{Prefix: prefix, Now: now}),
		campaigns: map[common.Address]*rewards.Campaign{}, held: map[string]*rewards.Campaign{}}
}

// awardHeld credits amount of token to each account through a campaign whose awards are held for hold
// (manual: also awaiting approval): they stay pending until then.
func (f *fixture) awardHeld(token common.Address, amount int64, hold time.Duration, manual bool, accounts ...common.Address) {
	f.t.Helper()
	ctx := context.Background()
	id := fmt.Sprintf("held-%s-%d-%v", strings.ToLower(token.Hex()), int64(hold/time.Second), manual)
	c := f.held[id]
	if c == nil {
		secs := int64(hold / time.Second)
		c = &rewards.Campaign{ID: id, CommunityID: "community", Creator: rewards.Address(addr(0xCC, 1)),
			RewardToken: rewards.Address(token), Budget: rewards.NewAmount(rewards.MaxUint256()),
			Rules: rewards.Rules{HoldSeconds: &secs}}
		if manual {
			c.Rules.Approval = rewards.ApprovalManual
		}
		if err := f.store.CreateCampaign(ctx, c); err != nil {
			f.t.Fatalf("create campaign: %v", err)
		}
		f.held[id] = c
	}
	entries := make([]ledger.Entry, len(accounts))
	for i, a := range accounts {
		entries[i] = ledger.Entry{Campaign: c, Award: rewards.Award{Account: rewards.Address(a),
			Amount: rewards.NewAmount(big.NewInt(amount)), Reason: rewards.ReasonDirect + ":held"}}
	}
	f.n++
	if _, err := f.store.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: strconv.Itoa(f.n), Direct: true, Entries: entries}); err != nil {
		f.t.Fatalf("apply: %v", err)
	}
}

// award credits amount of token to each account (batches of ledger.MaxBatch).
func (f *fixture) award(token common.Address, amount int64, accounts ...common.Address) {
	f.t.Helper()
	ctx := context.Background()
	c := f.campaigns[token]
	if c == nil {
		c = &rewards.Campaign{ID: "c-" + strings.ToLower(token.Hex()), CommunityID: "community", Creator: rewards.Address(addr(0xCC, 1)),
			RewardToken: rewards.Address(token), Budget: rewards.NewAmount(rewards.MaxUint256())}
		if err := f.store.CreateCampaign(ctx, c); err != nil {
			f.t.Fatalf("create campaign: %v", err)
		}
		f.campaigns[token] = c
	}
	for len(accounts) > 0 {
		batch := accounts[:min(len(accounts), ledger.MaxBatch)]
		accounts = accounts[len(batch):]
		entries := make([]ledger.Entry, len(batch))
		for i, a := range batch {
			entries[i] = ledger.Entry{Campaign: c, Award: rewards.Award{Account: rewards.Address(a),
				Amount: rewards.NewAmount(big.NewInt(amount)), Reason: rewards.ReasonDirect + ":test"}}
		}
		f.n++
		_, err := f.store.Apply(ctx, ledger.ApplyRequest{Platform: "p", IdempotencyKey: strconv.Itoa(f.n), Direct: true, Entries: entries})
		if err != nil {
			f.t.Fatalf("apply: %v", err)
		}
	}
}

// newSettler returns a Settler over f's ledger, stopped when the test ends.
func (f *fixture) newSettler(p Proposer, owner string, edit func(*Config)) *Settler {
	f.t.Helper()
	cfg := Config{Prefix: f.prefix, Interval: 10 * time.Millisecond, LeaseTTL: 300 * time.Millisecond,
		Logger: testLogger(f.t).With("who", owner), Owner: owner}
	if edit != nil {
		edit(&cfg)
	}
	s := New(ledgertest.Redis(f.t), f.store, p, cfg)
	f.t.Cleanup(s.Stop)
	return s
}

// checkProofs checks that epoch n of s holds every total of the ledger, with proofs that verify.
func (f *fixture) checkProofs(s *Settler, n uint64) {
	f.t.Helper()
	ctx := context.Background()
	e, err := s.Get(ctx, n)
	if err != nil {
		f.t.Fatalf("get epoch %d: %v", n, err)
	}
	count := 0
	err = f.store.Snapshot(ctx, func(token, account common.Address, cumulative *big.Int) error {
		count++
		got, proof, ok, err := s.Proof(ctx, n, token, account)
		if err != nil || !ok {
			return fmt.Errorf("proof of %s/%s: ok=%v err=%v", token, account, ok, err)
		}
		if got.Cmp(cumulative) != 0 {
			return fmt.Errorf("proof of %s/%s: cumulative %s, ledger %s", token, account, got, cumulative)
		}
		leaf := merkle.LeafHash(merkle.Leaf{Account: account, Token: token, CumulativeAmount: got})
		if !merkle.Verify(e.Root, leaf, proof) {
			return fmt.Errorf("proof of %s/%s does not verify against %s", token, account, e.Root)
		}
		return nil
	})
	if err != nil {
		f.t.Fatal(err)
	}
	if e.PendingLeaves > 0 {
		count++ // the marker leaf
	}
	if count != e.Leaves {
		f.t.Fatalf("epoch %d has %d leaves, the ledger %d totals (marker included)", n, e.Leaves, count)
	}
	if _, _, ok, err := s.Proof(ctx, n, addr(0xEE, 1), addr(0xEE, 2)); ok || err != nil {
		f.t.Fatalf("proof of an unknown account: ok=%v err=%v", ok, err)
	}
}

// fakeChain is the distributor's root bookkeeping (proposeRoot, epoch, pendingRoot, pendingRootInfo,
// activeRoot, rejectRoot), with a clock the test moves. Safe for concurrent use.
type fakeChain struct {
	mu           sync.Mutex
	now          time.Time
	window       time.Duration
	activeEpoch  uint64
	activeRoot   common.Hash
	pendingEpoch uint64
	pendingRoot  common.Hash
	activatesAt  time.Time // zero: no pending root
	calls        []fakeCall
	accepted     []fakeCall
}

type fakeCall struct {
	who         string
	epoch       uint64
	root        common.Hash
	err         error
	commitments []Commitment
}

func newFakeChain(window time.Duration) *fakeChain {
	return &fakeChain{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC), window: window}
}

func (c *fakeChain) matured() bool  { return !c.activatesAt.IsZero() && !c.now.Before(c.activatesAt) }
func (c *fakeChain) inWindow() bool { return !c.activatesAt.IsZero() && c.now.Before(c.activatesAt) }

func revert(name string) error {
	return fmt.Errorf("send: %w: %w", txmgr.ErrWouldRevert, &chain.RevertError{Name: name})
}

// propose is proposeRoot.
func (c *fakeChain) propose(who string, root common.Hash, epoch uint64, commitments []Commitment) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	err := c.proposeLocked(root, epoch)
	call := fakeCall{who: who, epoch: epoch, root: root, err: err, commitments: commitments}
	c.calls = append(c.calls, call)
	if err == nil {
		c.accepted = append(c.accepted, call)
	}
	return err
}

func (c *fakeChain) proposeLocked(root common.Hash, epoch uint64) error {
	if root == (common.Hash{}) {
		return revert("ZeroRoot")
	}
	current := c.activeEpoch
	if !c.activatesAt.IsZero() {
		if !c.matured() {
			return revert("RootPending")
		}
		current = c.pendingEpoch
	}
	if epoch <= current {
		return revert("EpochNotIncreasing")
	}
	if c.matured() {
		c.activeEpoch, c.activeRoot = c.pendingEpoch, c.pendingRoot
	}
	c.pendingEpoch, c.pendingRoot, c.activatesAt = epoch, root, c.now.Add(c.window)
	return nil
}

// reject is rejectRoot by the guardian.
func (c *fakeChain) reject() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.inWindow() {
		panic("no pending root to reject")
	}
	c.pendingEpoch, c.pendingRoot, c.activatesAt = 0, common.Hash{}, time.Time{}
}

func (c *fakeChain) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func (c *fakeChain) views() (active uint64, activeRoot common.Hash, pending uint64, pendingRoot common.Hash) {
	c.mu.Lock()
	defer c.mu.Unlock()
	active, activeRoot = c.activeEpoch, c.activeRoot
	if c.matured() {
		active, activeRoot = c.pendingEpoch, c.pendingRoot
	}
	if c.inWindow() {
		pending, pendingRoot = c.pendingEpoch, c.pendingRoot
	}
	return
}

func (c *fakeChain) acceptedCalls() []fakeCall {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.accepted)
}

func (c *fakeChain) allCalls() []fakeCall {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.calls)
}

// checkOneRootPerEpoch fails t unless the chain accepted exactly epochs 1..n, once each, in order, with the
// roots s stored.
func (c *fakeChain) checkOneRootPerEpoch(t testing.TB, s *Settler, n uint64) {
	t.Helper()
	acc := c.acceptedCalls()
	if uint64(len(acc)) != n {
		t.Fatalf("chain accepted %d proposals, want %d: %+v", len(acc), n, acc)
	}
	for i, call := range acc {
		want := uint64(i + 1)
		if call.epoch != want {
			t.Fatalf("proposal %d is for epoch %d, want %d: %+v", i, call.epoch, want, acc)
		}
		e, err := s.Get(context.Background(), want)
		if err != nil {
			t.Fatalf("epoch %d: %v", want, err)
		}
		if e.Root != call.root || e.State != StateProposed || e.Status != StatusProposed {
			t.Fatalf("epoch %d: stored %s (%s), on-chain %s", want, e.Root, e.State, call.root)
		}
	}
}

// fakeProposer is one replica's view of a fakeChain.
type fakeProposer struct {
	c   *fakeChain
	who string
	// before, if set, runs before the proposal reaches the chain; an error fails the call (nothing sent).
	before func(ctx context.Context) error
	// after, if set, runs once the proposal was mined; its error is returned instead of the receipt.
	after func(ctx context.Context) error
}

func (p *fakeProposer) ProposeRoot(ctx context.Context, root common.Hash, epoch uint64, commitments []Commitment) (*types.Receipt, error) {
	if p.before != nil {
		if err := p.before(ctx); err != nil {
			return nil, err
		}
	}
	if err := p.c.propose(p.who, root, epoch, commitments); err != nil {
		return nil, err
	}
	if p.after != nil {
		if err := p.after(ctx); err != nil {
			return nil, err
		}
	}
	return &types.Receipt{Status: types.ReceiptStatusSuccessful,
		TxHash: crypto.Keccak256Hash([]byte(p.who), root[:], binary.BigEndian.AppendUint64(nil, epoch))}, nil
}

func (p *fakeProposer) OnChainEpoch(context.Context) (uint64, uint64, common.Hash, error) {
	active, _, pending, pendingRoot := p.c.views()
	return active, pending, pendingRoot, nil
}

func (p *fakeProposer) ActiveRoot(context.Context) (common.Hash, error) {
	_, root, _, _ := p.c.views()
	return root, nil
}

// eventually calls fn until it returns true or d passes.
func eventually(t testing.TB, d time.Duration, what string, fn func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !fn() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
