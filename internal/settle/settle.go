// Package settle commits the ledger to the chain, epoch by epoch: it snapshots every account's cumulative
// total of every token, builds the StandardMerkleTree of (account, token, cumulative), stores the tree in
// Redis so that the API can serve the dump and any account's proof, and proposes the root to the
// RewardsDistributor with proposeRoot(root, epoch).
//
// # One settler at a time
//
// Every replica of tribed runs a Settler; exactly one settles at a time. It holds a lease: a Redis key
// written with SET NX PX holding "<owner>:<fencing token>", the token coming from INCR of a counter that is
// never reset. The holder renews the lease every LeaseTTL/3 while it runs, and every write of a settlement
// step is a Lua script that first checks that the lease still holds the same owner and token
// (scripts.go). A replica that lost the lease — it paused longer than LeaseTTL, or was cut off from Redis —
// can therefore not write epoch state, and since it sends proposeRoot only after such a write succeeded, it
// cannot send either, except within the window between that write and the send (see below for why even
// that is harmless). All settlement keys share one cluster slot (keys.go) for that reason.
//
// # The epoch state machine
//
// Each epoch is a record in Redis that moves through
//
//	building → built → sending → proposed   (→ rejected, if a guardian rejects the root)
//
// building: the record exists and the tree's chunks are being written; built: the tree is stored in full;
// sending: the intent to propose is recorded, and proposeRoot may have been sent (possibly more than once);
// proposed: proposeRoot was mined (or the chain was seen to hold the root). Each step (SettleOnce) first
// reads the chain (the active epoch and root, the pending epoch and root) and reconciles the newest epoch
// with it before doing anything else:
//
//   - building: the builder died; the epoch is discarded (nothing about it was ever sent) and rebuilt from a
//     fresh snapshot under the same number.
//   - built: proposeRoot is sent, unless a root is still pending on-chain (RootPending: wait, never skip).
//   - sending: if the chain holds the epoch with this root, pending or active, the epoch is marked proposed
//     and nothing is sent; if the chain holds another root for it, or a later epoch, the step stops with
//     ErrConflict; otherwise the same root is proposed again for the same epoch.
//   - proposed: if the chain no longer knows the epoch (neither pending nor active nor later), a guardian
//     rejected it: it is marked rejected.
//   - proposed or rejected: a new epoch, numbered one more, is snapshotted and built, unless a root is
//     still in its dispute window (ErrRootPending) or the new root equals the newest epoch's (ErrUnchanged:
//     nothing changed since, and a rejected root is not proposed again by itself).
//
// Why this never proposes two roots for one epoch, nor skips a number: a root is chosen once, stored with
// its epoch number before the intent to send is recorded, and every later send for that number re-sends the
// stored root. Re-sending is idempotent on-chain: while the first proposal is pending, another one reverts
// with RootPending; once it is active, with EpochNotIncreasing. So a crash before the send, after the send
// but before it was mined, or after it was mined but before it was marked, and even two replicas sending at
// once (a paused ex-leader waking up between its fenced write and its send), all end with exactly one root
// for the epoch on-chain — the stored one. A new epoch number is taken only after the previous epoch is
// proposed (or rejected) and the chain holds no pending root, and it is the previous number plus one (the
// first one continues the chain's numbering). The one case that is not recovered automatically is a
// guardian rejecting a root between its proposal and the crash of the replica that sent it: the next leader
// finds the epoch "sending" and absent from the chain, and proposes the same root again.
//
// # Storage and proofs
//
// An epoch's tree is stored as two arrays in fixed-size binary records, in string keys of at most 4 MiB
// ("chunks"): the values, sorted by (token, account) — the order given to merkle.New, so the dump's "values"
// come in that order — and the 2n-1 tree nodes. Redis memory is about 76 + 64 = 140 bytes per account per
// stored epoch, with no per-account key or hash entry. A proof takes two round trips: a Lua script
// binary-searches the values chunk (picked from a small directory kept in the epoch record) for the account,
// returning its amount and tree index, then one pipelined GETRANGE per sibling fetches the proof, 32 bytes
// each — O(log n) reads. The dump (WriteTree) is rebuilt from the stored values with merkle.New and checked
// against the stored root. Trees of epochs older than Config.Retain are deleted, their records kept; the tree
// of the chain's active epoch is never deleted.
//
// # What is pending
//
// An epoch in which something is held (pending awards: a hold, or a manual campaign's approval) also builds
// a pending tree of (account, source, pending, earliestMaturity) and commits its root in the claim root as
// one marker leaf (0x0, 0x0, uint256(pendingRoot)); see pending.go. It is stored like the claim tree, in its
// own chunks (84 bytes per value record), pruned with it, and served by PendingProof and WritePendingTree.
// The pending snapshot is taken before the claim snapshot, so an award maturing in between is in both trees,
// never in neither.
//
// Change detection: every step snapshots the ledger — from the previous epoch's stored values plus the
// accounts the ledger recorded as changed (incremental.go), or every total when that base is in doubt — builds
// the tree, and skips the epoch if the root is the newest epoch's. Snapshots are not point-in-time: each total is exact when read and totals only grow,
// so every leaf is a total the account really earned — safe to pay.
package settle

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/redis/go-redis/v9"

	"github.com/tribe-rewards/tribe/internal/ledger"
	"github.com/tribe-rewards/tribe/internal/webhooks"
)

// Errors returned by the Settler. Compare them with errors.Is: most come wrapped with details.
var (
	// ErrNotFound: no epoch with this number has a stored tree (it does not exist or is still building).
	ErrNotFound = errors.New("epoch not found")
	// ErrPruned: the epoch's tree was deleted to save memory (Config.Retain); its record remains.
	ErrPruned = errors.New("epoch tree pruned")
	// ErrNotLeader: another replica holds the settlement lease; this one did nothing.
	ErrNotLeader = errors.New("another replica holds the settlement lease")
	// ErrLeaseLost: the lease expired or was taken over during the step; the write that noticed it was
	// refused, and the step stopped.
	ErrLeaseLost = errors.New("settlement lease lost")
	// ErrRootPending: the chain holds a proposed root still in its dispute window, so no root can be proposed
	// now; the step will be retried (the epoch number is kept, never skipped).
	ErrRootPending = errors.New("a proposed root is still in its dispute window")
	// ErrUnchanged: the ledger gives the same root as the newest epoch; no epoch was created.
	ErrUnchanged = errors.New("nothing changed since the latest epoch")
	// ErrEmpty: the ledger holds no balances and nothing pending; there is nothing to settle.
	ErrEmpty = errors.New("the ledger holds no balances")
	// ErrNoPending: the epoch commits nothing pending (no pending tree; every hold had ended, or there were
	// none), or the account has nothing pending in it.
	ErrNoPending = errors.New("nothing pending in the epoch")
	// ErrConflict: the chain disagrees with the stored epochs (another root for one of our epochs, or an
	// epoch beyond ours: something else proposes roots to this distributor, or settlement state was lost).
	// Settlement stops until an operator resolves it.
	ErrConflict = errors.New("the chain disagrees with the stored epochs")
)

// Epoch states, as stored (Epoch.State). Only epochs whose tree is stored (built and later) are returned.
const (
	// StateBuilding: the record exists, its tree is being written. Never returned by the reads.
	StateBuilding = "building"
	// StateBuilt: the tree is stored; nothing was sent.
	StateBuilt = "built"
	// StateSending: the intent to propose is recorded; proposeRoot may be in flight.
	StateSending = "sending"
	// StateProposed: proposeRoot was mined, or the chain was seen to hold the root.
	StateProposed = "proposed"
	// StateRejected: a guardian rejected the proposed root.
	StateRejected = "rejected"
)

// Epoch statuses for the API (Epoch.Status).
const (
	// StatusBuilt: stored, not yet known to be on-chain (StateBuilt, or StateSending: in flight).
	StatusBuilt = "built"
	// StatusProposed: proposeRoot was mined; the root is pending (dispute window) or active.
	StatusProposed = "proposed"
	// StatusRejected: a guardian rejected the root.
	StatusRejected = "rejected"
)

// Defaults for the zero values of Config.
const (
	// DefaultInterval is Config.Interval's default.
	DefaultInterval = time.Minute
	// DefaultLeaseTTL is Config.LeaseTTL's default.
	DefaultLeaseTTL = 30 * time.Second
	// DefaultPrefix is Config.Prefix's default, the ledger's.
	DefaultPrefix = "tribe"
	// DefaultRetain is Config.Retain's default: at 1,000,000 accounts, about 560 MB of trees.
	DefaultRetain = 4
)

// chainCacheTTL is how long LatestProof reuses what it last read of the chain's active epoch.
const chainCacheTTL = time.Second

// chainWait is how long LatestProof waits for a new read of the chain's active epoch before it answers from
// the last one: a chain that hangs must not hold up the claims endpoint, whose vouchers need no chain.
const chainWait = 500 * time.Millisecond

// Config configures a Settler. The zero value is usable.
type Config struct {
	// Interval is how often Start tries to take the lease and settle (DefaultInterval if 0).
	Interval time.Duration
	// LeaseTTL is how long the lease lasts without renewal: how long the other replicas wait after the
	// leader died (DefaultLeaseTTL if 0). The leader renews it every LeaseTTL/3.
	LeaseTTL time.Duration
	// Prefix starts every key ("tribe" if empty). It must not contain '{' or '}'.
	Prefix string
	// Logger receives a line per epoch and per lease change; nil discards them.
	Logger *slog.Logger
	// Now is the clock of epoch creation times and of the chain-read cache (time.Now if nil).
	Now func() time.Time
	// Owner identifies this replica in the lease; it must be unique among the replicas (random if empty).
	Owner string
	// Retain is how many of the newest epochs keep their trees (DefaultRetain if 0, at least 2); older
	// trees are deleted, except the active epoch's.
	Retain int
}

// Check reports the first invalid setting: a negative duration or Retain, Retain 1, a LeaseTTL under
// 30 ms, or a brace in Prefix.
func (c Config) Check() error {
	switch {
	case c.Interval < 0:
		return errors.New("settle: negative Interval")
	case c.LeaseTTL < 0 || (c.LeaseTTL > 0 && c.LeaseTTL < 30*time.Millisecond):
		return errors.New("settle: LeaseTTL must be at least 30ms")
	case strings.ContainsAny(c.Prefix, "{}"):
		return errors.New("settle: Prefix must not contain '{' or '}'")
	case c.Retain < 0 || c.Retain == 1:
		return errors.New("settle: Retain must be 0 (default) or at least 2")
	}
	return nil
}

// Proposer is the chain as the Settler sees it. ChainProposer implements it over txmgr and the bindings.
type Proposer interface {
	// ProposeRoot sends distributor.proposeRoot(root, epoch) and waits until it is mined. An error may mean
	// that the transaction was sent and is mined later: the Settler re-reads the chain before concluding.
	// commitments are the sponsor pools' committed totals in this root (none: plain proposeRoot).
	ProposeRoot(ctx context.Context, root common.Hash, epoch uint64, commitments []Commitment) (*types.Receipt, error)
	// OnChainEpoch returns the distributor's epoch() (the active root's epoch) and pendingRootInfo()'s
	// epoch with pendingRoot() (0 and the zero hash when no root is in its dispute window).
	OnChainEpoch(ctx context.Context) (active uint64, pending uint64, pendingRoot common.Hash, err error)
	// ActiveRoot returns the distributor's activeRoot(): the root of epoch active, to check that an epoch
	// which became active while nobody watched has the stored root.
	ActiveRoot(ctx context.Context) (common.Hash, error)
}

// Epoch is a settled (or settling) epoch as the API shows it.
type Epoch struct {
	Number uint64
	Root   common.Hash
	// Leaves is the number of (account, token) entries of the tree.
	Leaves    int
	CreatedAt time.Time
	// Status is StatusBuilt, StatusProposed or StatusRejected.
	Status string
	// State is the stored state: StateBuilt, StateSending, StateProposed or StateRejected.
	State string
	// TxHash is the proposing transaction, once mined (zero if the epoch was found on-chain after a crash).
	TxHash common.Hash
	// PendingRoot is the root of the epoch's pending tree, committed in Root as the marker leaf
	// (merkle.MarkerLeaf); zero, with PendingLeaves 0, if nothing was pending. Leaves counts the marker.
	PendingRoot   common.Hash
	PendingLeaves int
}

// Settler settles epochs under the lease. Safe for concurrent use: settlement steps are serialised, and the
// reads (Latest, Get, WriteTree, Proof, LatestProof) may run at any time, on any replica.
type Settler struct {
	rdb   redis.UniversalClient
	store *ledger.Store
	p     Proposer
	cfg   Config
	k     keys
	log   *slog.Logger

	stepMu sync.Mutex // one settlement step at a time

	mu         sync.Mutex
	lease      string             // "<owner>:<token>" while this Settler believes it holds the lease
	layouts    map[uint64]*layout // stored trees' layouts, which never change once built
	chainAt    time.Time          // when active/activeRoot were read
	active     uint64
	activeRoot common.Hash
	refreshing chan struct{} // closed when the chain read LatestProof started ends; nil if none runs
	// refreshCtx (ended by endRefresh) governs those reads; Stop cancels it and waits for refreshes.
	refreshCtx context.Context
	endRefresh context.CancelFunc
	refreshes  sync.WaitGroup

	runMu  sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}

	// Chunk sizes of the trees this Settler writes (tests make them small).
	valuesPerChunk, nodesPerChunk, pendingPerChunk int

	// hook, if set (by tests), is called at named points of a step; an error stops the step there, as a
	// crash would.
	hook func(point string) error
}

// New returns a Settler that snapshots store, keeps its state in rdb (a single Redis, a Sentinel group or a
// Redis Cluster) and proposes roots through p. It panics if cfg fails Check.
func New(rdb redis.UniversalClient, store *ledger.Store, p Proposer, cfg Config) *Settler {
	if err := cfg.Check(); err != nil {
		panic(err)
	}
	if cfg.Interval == 0 {
		cfg.Interval = DefaultInterval
	}
	if cfg.LeaseTTL == 0 {
		cfg.LeaseTTL = DefaultLeaseTTL
	}
	if cfg.Prefix == "" {
		cfg.Prefix = DefaultPrefix
	}
	if cfg.Retain == 0 {
		cfg.Retain = DefaultRetain
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Owner == "" {
		var b [8]byte
		_, _ = rand.Read(b[:])
		cfg.Owner = "settler-" + hex.EncodeToString(b[:])
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Settler{rdb: rdb, store: store, p: p, cfg: cfg, k: keys{p: cfg.Prefix},
		log: logger.With("component", "settle", "owner", cfg.Owner), layouts: map[uint64]*layout{},
		valuesPerChunk: valuesPerChunk, nodesPerChunk: nodesPerChunk, pendingPerChunk: pendingPerChunk}
}

// Owner is the id this Settler holds the lease under.
func (s *Settler) Owner() string { return s.cfg.Owner }

// Start checks that Redis answers, then settles in the background: a step at once and then every
// Interval (SettleOnce), renewing the lease between steps while it holds it. It returns an error if Redis
// does not answer or the Settler is already started. Cancelling ctx ends the loop as a crash would: the
// lease is not released and expires after LeaseTTL; Stop ends it gracefully.
func (s *Settler) Start(ctx context.Context) error {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	if s.done != nil {
		return errors.New("settle: already started")
	}
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("start settler: ping redis: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	s.cancel, s.done = cancel, make(chan struct{})
	go s.loop(ctx, s.done)
	return nil
}

// Stop ends the loop Start began, waiting for a step in progress to stop (its context is cancelled; a
// proposal already sent is reconciled by the next leader), and releases the lease so that another replica
// can take over at once. Safe to call more than once, and without Start.
func (s *Settler) Stop() {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	if s.done != nil {
		s.cancel()
		<-s.done
		s.done = nil
	}
	// A background read of the chain (activeEpoch) is cancelled and waited for too.
	s.mu.Lock()
	end := s.endRefresh
	s.refreshCtx, s.endRefresh = nil, nil
	s.mu.Unlock()
	if end != nil {
		end()
	}
	s.refreshes.Wait()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.release(ctx)
}

func (s *Settler) loop(ctx context.Context, done chan struct{}) {
	defer close(done)
	steps := time.NewTicker(s.cfg.Interval)
	defer steps.Stop()
	renew := time.NewTicker(s.cfg.LeaseTTL / 3)
	defer renew.Stop()
	s.tick(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-steps.C:
			s.tick(ctx)
		case <-renew.C:
			if v := s.heldLease(); v != "" {
				s.renew(ctx, v)
			}
		}
	}
}

// tick runs one step and logs its outcome.
func (s *Settler) tick(ctx context.Context) {
	e, err := s.SettleOnce(ctx)
	switch {
	case err == nil:
		s.log.Info("epoch proposed", "epoch", e.Number, "root", e.Root, "leaves", e.Leaves, "tx", e.TxHash)
	case ctx.Err() != nil:
	case errors.Is(err, ErrNotLeader), errors.Is(err, ErrUnchanged), errors.Is(err, ErrRootPending),
		errors.Is(err, ErrEmpty):
		s.log.Debug("nothing to settle", "reason", err)
	case errors.Is(err, ErrConflict):
		s.log.Error("settlement stopped: operator action needed", "err", err)
	default:
		s.log.Warn("settlement step failed; will retry", "err", err)
	}
}

// SettleOnce is one settlement step: take (or keep) the lease, reconcile the newest epoch with the chain,
// and carry it, or a new epoch, as far as it can go — normally to proposed. It returns the epoch it
// proposed. ErrNotLeader if another replica holds the lease; with ErrUnchanged, ErrRootPending or ErrEmpty
// it returns the newest epoch (nil if none) and did nothing else. The lease is kept (renewed) when the step
// ends; Stop releases it. Cancelling ctx stops the step where it is, which the next step (here or on
// another replica) reconciles. Safe for concurrent use: steps are serialised.
func (s *Settler) SettleOnce(ctx context.Context) (*Epoch, error) {
	s.stepMu.Lock()
	defer s.stepMu.Unlock()
	lease, err := s.acquire(ctx)
	if err != nil {
		return nil, err
	}
	sctx, stop := s.hold(ctx, lease)
	defer stop()
	e, err := s.step(sctx, lease)
	if err != nil && !errors.Is(err, ErrLeaseLost) && errors.Is(context.Cause(sctx), ErrLeaseLost) {
		err = fmt.Errorf("%w: %w", ErrLeaseLost, err)
	}
	return e, err
}

// chainView is what a step reads of the chain.
type chainView struct {
	active, pending         uint64
	activeRoot, pendingRoot common.Hash
}

func (v chainView) top() uint64 { return max(v.active, v.pending) }

// readChain reads the chain's epochs and roots, and refreshes LatestProof's cache.
func (s *Settler) readChain(ctx context.Context) (chainView, error) {
	var v chainView
	var err error
	if v.active, v.pending, v.pendingRoot, err = s.p.OnChainEpoch(ctx); err != nil {
		return v, fmt.Errorf("read chain epochs: %w", err)
	}
	if v.pending == 0 {
		v.pendingRoot = common.Hash{}
	}
	if v.activeRoot, err = s.p.ActiveRoot(ctx); err != nil {
		return v, fmt.Errorf("read chain active root: %w", err)
	}
	s.mu.Lock()
	s.chainAt, s.active, s.activeRoot = s.cfg.Now(), v.active, v.activeRoot
	s.mu.Unlock()
	return v, nil
}

// Where the chain stands with a stored epoch.
const (
	absent   = iota // the chain has not seen it, and is not beyond it
	landed          // the chain holds it with the stored root, pending or active
	conflict        // the chain holds another root for it, or a later epoch
)

func onChain(r *record, v chainView) int {
	switch {
	case v.pending == r.n:
		if v.pendingRoot == r.root {
			return landed
		}
		return conflict
	case v.active == r.n:
		if v.activeRoot == r.root {
			return landed
		}
		return conflict
	case v.top() > r.n:
		return conflict
	}
	return absent
}

func conflictErr(r *record, v chainView) error {
	return fmt.Errorf("%w: epoch %d has root %s here; the chain has active epoch %d (root %s), pending epoch %d (root %s)",
		ErrConflict, r.n, r.root, v.active, v.activeRoot, v.pending, v.pendingRoot)
}

// step reconciles the newest epoch with the chain and advances it.
func (s *Settler) step(ctx context.Context, lease string) (*Epoch, error) {
	v, err := s.readChain(ctx)
	if err != nil {
		return nil, err
	}
	for range 3 { // at most: discard a building epoch, mark one rejected, then go on
		r, err := s.newest(ctx)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return s.next(ctx, lease, nil, v)
		}
		log := s.log.With("epoch", r.n, "root", r.root)
		switch r.state {
		case StateBuilding:
			log.Warn("discarding an epoch left building")
			if err := s.abort(ctx, lease, r); err != nil {
				return nil, err
			}
		case StateBuilt:
			return s.send(ctx, lease, r, v)
		case StateSending:
			switch onChain(r, v) {
			case landed:
				log.Info("epoch found on-chain: marking it proposed")
				return s.markProposed(ctx, lease, r, common.Hash{}, v)
			case conflict:
				return r.epoch(), conflictErr(r, v)
			}
			return s.send(ctx, lease, r, v)
		case StateProposed:
			switch onChain(r, v) {
			case landed:
				if v.active == r.n && !r.activated {
					log.Info("epoch root active on-chain")
					if err := s.moveEmit(ctx, lease, r, []string{StateProposed}, webhooks.EventEpochActive, r.eventData(),
						"activated", s.cfg.Now().UnixMilli()); err != nil {
						return nil, err
					}
					r.activated = true
				}
				return s.next(ctx, lease, r, v)
			case conflict:
				return r.epoch(), conflictErr(r, v)
			}
			log.Warn("proposed root is no longer on-chain: it was rejected", "active", v.active)
			if err := s.move(ctx, lease, r, []string{StateProposed}, "st", StateRejected); err != nil {
				return nil, err
			}
		case StateRejected:
			return s.next(ctx, lease, r, v)
		default:
			return nil, fmt.Errorf("epoch %d: unknown state %q", r.n, r.state)
		}
	}
	return nil, errors.New("settle: epoch state does not converge")
}

// next builds the epoch after prev (nil: none yet) and proposes it.
func (s *Settler) next(ctx context.Context, lease string, prev *record, v chainView) (*Epoch, error) {
	var n uint64
	if prev == nil {
		n = v.top() + 1 // a fresh Redis continues the chain's numbering
	} else {
		if v.top() > prev.n {
			return prev.epoch(), conflictErr(prev, v)
		}
		n = prev.n + 1
	}
	if v.pending != 0 {
		return prev.epoch(), fmt.Errorf("%w: epoch %d is pending; epoch %d waits", ErrRootPending, v.pending, n)
	}
	created := s.cfg.Now()
	start := time.Now()
	// Pending first: an award that matures between the two reads is then in both trees (pending here, and
	// claimable in its cumulative total), never in neither.
	pending, err := s.pendingSnapshot(ctx)
	if err != nil {
		return prev.epoch(), err
	}
	// What unlinked users are owed before the leaves: a link in between is counted twice, never missed.
	held, err := s.unlinkedHeld(ctx)
	if err != nil {
		return prev.epoch(), err
	}
	cs, err := s.claimSnapshot(ctx, prev)
	if err != nil {
		return prev.epoch(), err
	}
	snap := time.Since(start)
	t, err := buildRecs(cs.recs, pending)
	if err != nil {
		return prev.epoch(), err
	}
	cs.recs = nil
	t.commitments = s.commitments(t.recs, held)
	if prev != nil && t.root == prev.root {
		s.dropChanges(ctx, cs, prev) // prev holds what they named
		return prev.epoch(), fmt.Errorf("%w: root %s (epoch %d)", ErrUnchanged, prev.root, prev.n)
	}
	built := time.Since(start)
	r, err := s.write(ctx, lease, n, prev, t, created)
	if err != nil {
		return nil, err
	}
	if err := s.crashAt("stored"); err != nil {
		return nil, err
	}
	s.dropChanges(ctx, cs, r)
	log := s.log.With("epoch", n, "root", t.root, "leaves", len(t.recs), "pending", len(pending), "snapshot", snap,
		"tree", built-snap, "store", time.Since(start)-built)
	if cs.full != "" {
		log.Info("epoch built from every total", "why", cs.full)
	} else {
		log.Info("epoch built from the previous one", "base", prev.n, "changed", cs.changed)
	}
	if err := s.crashAt("built"); err != nil {
		return nil, err
	}
	return s.send(ctx, lease, r, v)
}

// send records the intent to propose r and proposes it.
func (s *Settler) send(ctx context.Context, lease string, r *record, v chainView) (*Epoch, error) {
	if v.top() >= r.n {
		return r.epoch(), conflictErr(r, v)
	}
	if v.pending != 0 {
		return r.epoch(), fmt.Errorf("%w: epoch %d is pending; epoch %d waits", ErrRootPending, v.pending, r.n)
	}
	if err := s.move(ctx, lease, r, []string{StateBuilt, StateSending}, "st", StateSending,
		"sends", r.sends+1); err != nil {
		return nil, err
	}
	r.sends++
	if err := s.crashAt("sending"); err != nil {
		return nil, err
	}
	log := s.log.With("epoch", r.n, "root", r.root)
	log.Info("proposing root", "attempt", r.sends)
	receipt, err := s.p.ProposeRoot(ctx, r.root, r.n, r.commitments)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("propose epoch %d: %w", r.n, err)
		}
		// The transaction may have landed (or an earlier one may have): ask the chain, not the error.
		v2, cerr := s.readChain(ctx)
		if cerr != nil {
			return nil, fmt.Errorf("propose epoch %d: %w (and then: %w)", r.n, err, cerr)
		}
		switch onChain(r, v2) {
		case landed:
			log.Info("proposal failed but the root is on-chain", "err", err)
			return s.markProposed(ctx, lease, r, common.Hash{}, v2)
		case conflict:
			return r.epoch(), fmt.Errorf("%w (proposal: %w)", conflictErr(r, v2), err)
		}
		if v2.pending != 0 {
			return r.epoch(), fmt.Errorf("%w: epoch %d is pending: %w", ErrRootPending, v2.pending, err)
		}
		return r.epoch(), fmt.Errorf("propose epoch %d: %w", r.n, err)
	}
	if err := s.crashAt("mined"); err != nil {
		return nil, err
	}
	var tx common.Hash
	if receipt != nil {
		tx = receipt.TxHash
	}
	return s.markProposed(ctx, lease, r, tx, v)
}

// markProposed moves r from sending to proposed, then prunes old trees.
func (s *Settler) markProposed(ctx context.Context, lease string, r *record, tx common.Hash, v chainView) (*Epoch, error) {
	fields := []any{"st", StateProposed}
	if tx != (common.Hash{}) {
		fields = append(fields, "tx", tx.Hex())
		r.tx = tx
	}
	if err := s.moveEmit(ctx, lease, r, []string{StateSending}, webhooks.EventEpochProposed, r.eventData(), fields...); err != nil {
		return nil, err
	}
	r.state = StateProposed
	if err := s.prune(ctx, lease, r.n, v.active); err != nil {
		s.log.Warn("pruning old epochs failed", "err", err)
	}
	return r.epoch(), nil
}

func (s *Settler) crashAt(point string) error {
	if s.hook != nil {
		return s.hook(point)
	}
	return nil
}

// Latest returns the newest epoch whose tree is stored (built, sending, proposed or rejected), or
// ErrNotFound. Safe for concurrent use.
func (s *Settler) Latest(ctx context.Context) (*Epoch, error) {
	r, err := s.newest(ctx)
	if err != nil {
		return nil, err
	}
	if r != nil && r.state == StateBuilding && r.n > 1 {
		if r, err = s.record(ctx, r.n-1); err != nil {
			return nil, err
		}
	}
	if r == nil || r.state == StateBuilding {
		return nil, fmt.Errorf("latest epoch: %w", ErrNotFound)
	}
	return r.epoch(), nil
}

// Get returns epoch n, or ErrNotFound if it does not exist or is still building. Safe for concurrent use.
func (s *Settler) Get(ctx context.Context, n uint64) (*Epoch, error) {
	r, err := s.record(ctx, n)
	if err != nil {
		return nil, err
	}
	if r == nil || r.state == StateBuilding {
		return nil, fmt.Errorf("epoch %d: %w", n, ErrNotFound)
	}
	return r.epoch(), nil
}

// LatestProof returns account's proof of token from the epoch whose root is ACTIVE on-chain — the root
// claim() checks proofs against — with that epoch's number and root: a newer epoch still in its dispute
// window is not used, as its proof would be refused until it activates (Latest shows it). ok is false if
// no root is active yet or the account has nothing of token in the active epoch. The chain's active epoch is
// read at most once per second (and by every settlement step); if the chain does not answer within half a
// second, the epoch read last is used, so that a hanging chain does not hold up the caller. ErrNotFound if
// the active epoch is not stored here, ErrPruned if its tree was deleted, ErrConflict if the stored root is
// not the active one. Safe for concurrent use.
func (s *Settler) LatestProof(ctx context.Context, token, account common.Address) (epoch uint64, root common.Hash,
	cumulative *big.Int, proof []common.Hash, ok bool, err error) {
	active, activeRoot, err := s.activeEpoch(ctx)
	if err != nil {
		return 0, common.Hash{}, nil, nil, false, fmt.Errorf("latest proof: %w", err)
	}
	if active == 0 || activeRoot == (common.Hash{}) {
		return 0, common.Hash{}, nil, nil, false, nil
	}
	l, err := s.layout(ctx, active)
	if err != nil {
		return active, activeRoot, nil, nil, false, fmt.Errorf("latest proof: %w", err)
	}
	if l.root != activeRoot {
		return active, activeRoot, nil, nil, false, fmt.Errorf("latest proof: %w: epoch %d is %s here, %s on-chain",
			ErrConflict, active, l.root, activeRoot)
	}
	cumulative, proof, ok, err = s.proof(ctx, l, token, account)
	if err != nil {
		return active, activeRoot, nil, nil, false, fmt.Errorf("latest proof: %w", err)
	}
	return active, activeRoot, cumulative, proof, ok, nil
}

// activeEpoch returns the chain's active epoch and root, as read less than chainCacheTTL ago or read now. A
// read runs in the background, one at a time; if it takes longer than chainWait (a hanging RPC) or fails,
// what was read last is returned (a proof against it is refused on-chain only if a newer root activated
// since), or, if nothing was ever read, an error.
func (s *Settler) activeEpoch(ctx context.Context) (uint64, common.Hash, error) {
	s.mu.Lock()
	known := !s.chainAt.IsZero()
	if known && s.cfg.Now().Sub(s.chainAt) < chainCacheTTL {
		defer s.mu.Unlock()
		return s.active, s.activeRoot, nil
	}
	done := s.refreshing
	if done == nil {
		done = make(chan struct{})
		s.refreshing = done
		if s.refreshCtx == nil {
			s.refreshCtx, s.endRefresh = context.WithCancel(context.Background())
		}
		s.refreshes.Add(1)
		go s.refreshChain(s.refreshCtx, done)
	}
	s.mu.Unlock()
	wait := time.NewTimer(chainWait)
	defer wait.Stop()
	select {
	case <-done:
	case <-wait.C:
	case <-ctx.Done():
		return 0, common.Hash{}, ctx.Err()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.chainAt.IsZero() {
		return 0, common.Hash{}, errors.New("read chain: the chain's active epoch is not known yet")
	}
	return s.active, s.activeRoot, nil
}

// refreshChain reads the chain's active epoch and root into the cache, then closes done. Each read is bounded
// by the Proposer (ChainProposer.ReadTimeout); a failure leaves the cache as it was.
func (s *Settler) refreshChain(ctx context.Context, done chan struct{}) {
	defer s.refreshes.Done()
	defer func() {
		s.mu.Lock()
		s.refreshing = nil
		s.mu.Unlock()
		close(done)
	}()
	a, _, _, err := s.p.OnChainEpoch(ctx)
	if err != nil {
		s.log.Debug("latest proof: read chain", "err", err)
		return
	}
	ar, err := s.p.ActiveRoot(ctx)
	if err != nil {
		s.log.Debug("latest proof: read chain", "err", err)
		return
	}
	s.mu.Lock()
	s.chainAt, s.active, s.activeRoot = s.cfg.Now(), a, ar
	s.mu.Unlock()
}

// Proof returns account's cumulative total of token in epoch n and its Merkle proof against the epoch's
// root; ok is false if the tree has no such leaf. ErrNotFound if epoch n has no stored tree, ErrPruned if
// it was deleted. Two Redis round trips. Safe for concurrent use.
func (s *Settler) Proof(ctx context.Context, n uint64, token, account common.Address) (cumulative *big.Int,
	proof []common.Hash, ok bool, err error) {
	l, err := s.layout(ctx, n)
	if err != nil {
		return nil, nil, false, err
	}
	return s.proof(ctx, l, token, account)
}
