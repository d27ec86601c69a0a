package contracts_test

// TestInvariantCumulativeAccounting drives the RewardsDistributor with seeded random sequences of operations
// (awards, voucher claims, stale and forged vouchers, Merkle roots proposed, rejected and activated, Merkle
// claims, claimMany batches, payout limits, signer rotation, pauses, time travel; and two sponsors' pools of
// the same ERC-20: deposits, roots published with the pools' committed totals, withdrawal notices and
// withdrawals) and checks every outcome against a Go model of the contract, plus accounting invariants after
// every step — among them the pools' isolation: each pool pays only from its own deposits, the distributor
// holds exactly the sum of the pools' balances, and a withdrawal never dips below what the pool owes.
//
// Reproduce a failure with the seed and step it prints:
//
//	go test ./contracts/ -run TestInvariantCumulativeAccounting -invariant.seed=S -invariant.steps=N
//
// Run longer with, e.g., -invariant.seeds=16 -invariant.steps=400.

import (
	"crypto/ecdsa"
	"flag"
	"fmt"
	"maps"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

var (
	invariantSteps = flag.Int("invariant.steps", 200, "random steps per seed in TestInvariantCumulativeAccounting")
	invariantSeeds = flag.Int("invariant.seeds", 4, "number of seeds (1..n) TestInvariantCumulativeAccounting runs")
	invariantSeed  = flag.Uint64("invariant.seed", 0, "run TestInvariantCumulativeAccounting with this seed only")
)

// invRequiredOutcomes must each occur at least once over the default seeds: "op/outcome" or just the outcome.
var invRequiredOutcomes = []string{
	"voucher/ok", "merkle/ok", "claimMany/ok", "settle/ok",
	"NothingToClaim", "InsufficientPool", "PayoutLimitExceeded", "MaxSupplyExceeded", "InvalidProof",
	"NoActiveRoot", "VoucherExpired", "UnknownSigner", "ECDSAInvalidSignatureS", "ClaimsPaused",
	"RootPending", "EpochNotIncreasing", "PendingRootMismatch", "NoPendingRoot", "NotPayoutManager",
	"InvalidPeriod", "ZeroAmount", "NotPaused", "AccessControlUnauthorizedAccount",
	"withdraw/ok", "final/withdrawnWhileOwed", "WithdrawalNotDue", "WithdrawalTooLarge", "NotPoolOwner", "UnknownPool",
	"WithdrawalAlreadyAnnounced", "NoWithdrawalAnnounced", "LengthMismatch",
	"final/capOvershoot", "final/capExact",
}

const (
	invAccounts = 6
	invTokens   = 4

	invTokMint   = 0 // CreatorToken in mint mode, uncapped, with a payout limit set by its creator
	invTokCapped = 1 // CreatorToken in mint mode with a cap and a creator allocation
	invTokPoolA  = 2 // sponsor A's pool of the shared ERC-20
	invTokPoolB  = 3 // sponsor B's pool of the same ERC-20

	invCap        = 1000 // maxSupply of invTokCapped
	invAllocation = 100  // creator allocation of invTokCapped
)

var (
	invRoleAdmin    = [32]byte{}
	invRoleProposer = [32]byte(crypto.Keccak256Hash([]byte("ROOT_PROPOSER_ROLE")))
	invRoleGuardian = [32]byte(crypto.Keccak256Hash([]byte("GUARDIAN_ROLE")))
	invSecp256k1N   = crypto.S256().Params().N
)

func TestInvariantCumulativeAccounting(t *testing.T) {
	seeds := make([]uint64, 0, *invariantSeeds)
	if *invariantSeed != 0 {
		seeds = append(seeds, *invariantSeed)
	} else {
		for s := 1; s <= *invariantSeeds; s++ {
			seeds = append(seeds, uint64(s))
		}
	}
	steps := *invariantSteps
	var (
		mu       sync.Mutex
		outcomes = map[string]int{}
	)
	if *invariantSeed == 0 && len(seeds) >= 4 && steps >= 200 {
		// At the default size or more, the random sequences must have reached every outcome below: a change
		// of the generator (or of the contract) that stops exercising one fails here rather than silently.
		t.Cleanup(func() {
			if t.Failed() {
				return
			}
			var missing []string
			for _, want := range invRequiredOutcomes {
				if outcomes[want] == 0 {
					missing = append(missing, want)
				}
			}
			if len(missing) > 0 {
				t.Errorf("outcomes never reached by %d seeds x %d steps: %v", len(seeds), steps, missing)
			}
		})
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			// chaintest.New spends most of its time waiting for receipts: overlap the setups.
			t.Parallel()
			start := time.Now()
			r := newInvRun(t, seed)
			defer func() {
				// Also reached through t.Fatal inside the harness, which knows nothing of seeds and steps.
				if t.Failed() {
					t.Logf("FAILED at seed %d step %d (%s); reproduce: go test ./contracts/ -run "+
						"TestInvariantCumulativeAccounting -invariant.seed=%d -invariant.steps=%d",
						seed, r.step, r.op, seed, min(steps, r.step))
				}
			}()
			r.run(steps)
			mu.Lock()
			for k, n := range r.stats {
				outcomes[k] += n
				if _, name, ok := strings.Cut(k, "/"); ok {
					outcomes[name] += n
				}
			}
			mu.Unlock()
			t.Logf("seed %d: %d steps in %v; outcomes: %s", seed, steps, time.Since(start).Round(time.Millisecond), r.statsString())
		})
	}
}

// ---------------------------------------------------------------------------------------------------- model

// invEnv is what never changes during a run.
type invEnv struct {
	accounts [invAccounts]common.Address
	tokens   [invTokens]common.Address
	pool     [invTokens]bool   // tokens[k] is a sponsor pool of erc20
	erc20    common.Address    // the ERC-20 both pools hold
	notice   uint64            // withdrawal notice, seconds
	cap      [invTokens]uint64 // 0 = uncapped (mint tokens only)
	alloc    [invTokens]uint64 // supply minted outside the distributor
	manager  [invTokens]common.Address

	admin, proposer, guardian common.Address
}

type invPay struct{ at, amount uint64 }

// invLimit is a token's payout limit: at most `limit` paid in each window [k*period, (k+1)*period); changing
// the period starts counting afresh. pays lists the payouts since the period last changed.
type invLimit struct {
	limit, period uint64
	pays          []invPay
}

func (l *invLimit) usedAt(t uint64) uint64 {
	var used uint64
	for _, p := range l.pays {
		if p.at/l.period == t/l.period {
			used += p.amount
		}
	}
	return used
}

// invRoot is a proposed Merkle tree of (account, token, cumulative) for every pair. Leaf i = a*invTokens + k.
type invRoot struct {
	tree    *merkle.Tree
	root    common.Hash
	epoch   uint64
	amounts [invAccounts][invTokens]uint64
	commit  map[int]uint64 // committed totals published with the root (proposeRootWithCommitments), by pool
}

// invModel mirrors the distributor's state. Transitions are applied to clones; a clone replaces the model
// only when the chain confirms its prediction.
type invModel struct {
	env    *invEnv
	paid   [invAccounts][invTokens]uint64
	funded [invTokens]uint64 // pool deposits (what arrived)
	drawn  [invTokens]uint64 // pool withdrawals
	// Pools: the committed total under the active root, and when an announced withdrawal is due (0: none).
	committed      [invTokens]uint64
	withdrawableAt [invTokens]uint64
	highest        [invAccounts][invTokens]uint64
	signers        map[common.Address]bool
	paused         bool

	active, pending *invRoot // pending: proposed and (as of the last sync) in its dispute window
	pendingAt       uint64
	activeEpoch     uint64
	limits          [invTokens]invLimit
}

func (m *invModel) clone() *invModel {
	c := *m
	c.signers = maps.Clone(m.signers)
	for k := range c.limits {
		c.limits[k].pays = slices.Clone(m.limits[k].pays)
	}
	return &c
}

// authorise records that cum was authorised for (a, k) by a signer or an active root.
func (m *invModel) authorise(a, k int, cum uint64) {
	m.highest[a][k] = max(m.highest[a][k], cum)
}

// sync activates the pending root once its dispute window is over (the contract does this lazily).
func (m *invModel) sync(t uint64) {
	if m.pending != nil && t >= m.pendingAt {
		m.active, m.activeEpoch, m.pending, m.pendingAt = m.pending, m.pending.epoch, nil, 0
		for k, c := range m.active.commit {
			m.committed[k] = c
		}
		for a := range invAccounts {
			for k := range invTokens {
				m.authorise(a, k, m.active.amounts[a][k])
			}
		}
	}
}

func (m *invModel) sumPaid(k int) uint64 {
	var s uint64
	for a := range invAccounts {
		s += m.paid[a][k]
	}
	return s
}

// balance is what pool k holds by the model: deposited - paid - withdrawn.
func (m *invModel) balance(k int) uint64 { return m.funded[k] - m.sumPaid(k) - m.drawn[k] }

// owed is what pool k still owes under the active root: committed - paid, or 0.
func (m *invModel) owed(k int) uint64 {
	if p := m.sumPaid(k); m.committed[k] > p {
		return m.committed[k] - p
	}
	return 0
}

func (m *invModel) withdrawable(k int) uint64 {
	if b, o := m.balance(k), m.owed(k); b > o {
		return b - o
	}
	return 0
}

type invClaim struct {
	acct, tok   int
	amount, cum uint64
}

type invOutcome struct {
	err    string
	args   []any // name, value, ...
	claims []invClaim
}

func invRevert(name string, args ...any) invOutcome { return invOutcome{err: name, args: args} }

func (o invOutcome) String() string {
	var b strings.Builder
	if o.err != "" {
		b.WriteString("revert " + o.err)
		for i := 0; i+1 < len(o.args); i += 2 {
			fmt.Fprintf(&b, " %s=%v", o.args[i], o.args[i+1])
		}
		return b.String()
	}
	b.WriteString("ok")
	for _, c := range o.claims {
		fmt.Fprintf(&b, " [acct%d tok%d +%d =%d]", c.acct, c.tok, c.amount, c.cum)
	}
	return b.String()
}

// invEntry is one claim: a voucher (voucher=true) or a Merkle proof.
type invEntry struct {
	acct, tok int
	cum       uint64
	voucher   bool
	deadline  uint64
	sig       []byte
	signer    common.Address // what the signature recovers to
	sigErr    string         // the ECDSA error a malformed signature raises
	proof     []common.Hash
	label     string
}

func (e *invEntry) String() string {
	return fmt.Sprintf("%s(acct%d tok%d cum=%d)", e.label, e.acct, e.tok, e.cum)
}

// checkEntry is the authorisation check of a claim: nil when it passes.
func (m *invModel) checkEntry(e *invEntry, t uint64) *invOutcome {
	var o invOutcome
	switch {
	case e.voucher && t > e.deadline:
		o = invRevert("VoucherExpired", "deadline", e.deadline)
	case e.voucher && e.sigErr != "":
		o = invRevert(e.sigErr)
	case e.voucher && !m.signers[e.signer]:
		o = invRevert("UnknownSigner", "signer", e.signer)
	case e.voucher:
		return nil
	case m.active == nil:
		o = invRevert("NoActiveRoot")
	case !merkle.Verify(m.active.root, merkle.LeafHash(merkle.Leaf{
		Account: m.env.accounts[e.acct], Token: m.env.tokens[e.tok], CumulativeAmount: invU256(e.cum),
	}), e.proof):
		o = invRevert("InvalidProof")
	default:
		return nil
	}
	return &o
}

// pay moves cum - paid to the account, checking the payout limit, then the pool, then the token's cap.
func (m *invModel) pay(e *invEntry, t uint64, out *invOutcome) *invOutcome {
	k, token := e.tok, m.env.tokens[e.tok]
	amount := e.cum - m.paid[e.acct][k]
	l := &m.limits[k]
	if l.period != 0 {
		used := l.usedAt(t)
		var avail uint64
		if used < l.limit {
			avail = l.limit - used
		}
		if amount > avail {
			o := invRevert("PayoutLimitExceeded", "token", token, "available", avail, "resetsAt", (t/l.period+1)*l.period)
			return &o
		}
		l.pays = append(l.pays, invPay{at: t, amount: amount})
	}
	if m.env.pool[k] {
		if pool := m.balance(k); amount > pool {
			o := invRevert("InsufficientPool", "pool", token, "available", pool, "needed", amount)
			return &o
		}
	} else if c := m.env.cap[k]; c != 0 {
		if supply := m.env.alloc[k] + m.sumPaid(k) + amount; supply > c {
			o := invRevert("MaxSupplyExceeded", "maxSupply", c, "newSupply", supply)
			return &o
		}
	}
	m.paid[e.acct][k] = e.cum
	out.claims = append(out.claims, invClaim{acct: e.acct, tok: k, amount: amount, cum: e.cum})
	return nil
}

func (m *invModel) claimOne(e *invEntry, t uint64) invOutcome {
	if m.paused {
		return invRevert("ClaimsPaused")
	}
	if o := m.checkEntry(e, t); o != nil {
		return *o
	}
	if paid := m.paid[e.acct][e.tok]; e.cum <= paid {
		return invRevert("NothingToClaim", "account", m.env.accounts[e.acct], "token", m.env.tokens[e.tok],
			"cumulativeAmount", e.cum, "claimed", paid)
	}
	var out invOutcome
	if o := m.pay(e, t, &out); o != nil {
		return *o
	}
	return out
}

// claimMany skips entries with nothing left to pay; any other failure reverts the whole batch.
func (m *invModel) claimMany(es []invEntry, t uint64) invOutcome {
	if m.paused {
		return invRevert("ClaimsPaused")
	}
	var out invOutcome
	for i := range es {
		e := &es[i]
		if e.cum <= m.paid[e.acct][e.tok] {
			continue
		}
		if o := m.checkEntry(e, t); o != nil {
			return *o
		}
		if o := m.pay(e, t, &out); o != nil {
			return *o
		}
	}
	return out
}

func (m *invModel) propose(caller common.Address, r *invRoot, t uint64) invOutcome {
	switch {
	case caller != m.env.proposer:
		return invRevert("AccessControlUnauthorizedAccount", "account", caller, "neededRole", invRoleProposer)
	case m.pending != nil:
		return invRevert("RootPending", "epoch", m.pending.epoch, "activatesAt", m.pendingAt)
	case r.epoch <= m.activeEpoch:
		return invRevert("EpochNotIncreasing", "current", m.activeEpoch, "proposed", r.epoch)
	}
	m.pending, m.pendingAt = r, t+chaintest.DisputeWindow
	return invOutcome{}
}

func (m *invModel) reject(caller common.Address, root common.Hash) invOutcome {
	switch {
	case caller != m.env.guardian:
		return invRevert("AccessControlUnauthorizedAccount", "account", caller, "neededRole", invRoleGuardian)
	case m.pending == nil:
		return invRevert("NoPendingRoot")
	case m.pending.root != root:
		return invRevert("PendingRootMismatch", "pending", [32]byte(m.pending.root))
	}
	m.pending, m.pendingAt = nil, 0
	return invOutcome{}
}

func (m *invModel) setLimit(caller common.Address, k int, limit, period uint64) invOutcome {
	switch {
	case caller != m.env.manager[k]:
		return invRevert("NotPayoutManager", "token", m.env.tokens[k], "caller", caller)
	case period == 0 && limit != 0:
		return invRevert("InvalidPeriod")
	}
	l := &m.limits[k]
	if l.period != period {
		l.pays = nil
	}
	l.limit, l.period = limit, period
	return invOutcome{}
}

func (m *invModel) fund(k int, amount uint64) invOutcome {
	switch {
	case !m.env.pool[k]:
		return invRevert("UnknownPool", "pool", m.env.tokens[k])
	case amount == 0:
		return invRevert("ZeroAmount")
	}
	m.funded[k] += amount
	return invOutcome{}
}

// poolOwner is the contract's _poolOwner check: nil when caller owns pool k.
func (m *invModel) poolOwner(caller common.Address, k int) *invOutcome {
	var o invOutcome
	switch {
	case !m.env.pool[k]:
		o = invRevert("UnknownPool", "pool", m.env.tokens[k])
	case caller != m.env.manager[k]:
		o = invRevert("NotPoolOwner", "pool", m.env.tokens[k], "caller", caller)
	default:
		return nil
	}
	return &o
}

func (m *invModel) announce(caller common.Address, k int, t uint64) invOutcome {
	if o := m.poolOwner(caller, k); o != nil {
		return *o
	}
	if at := m.withdrawableAt[k]; at != 0 {
		return invRevert("WithdrawalAlreadyAnnounced", "pool", m.env.tokens[k], "withdrawableAt", at)
	}
	m.withdrawableAt[k] = t + m.env.notice
	return invOutcome{}
}

func (m *invModel) cancel(caller common.Address, k int) invOutcome {
	if o := m.poolOwner(caller, k); o != nil {
		return *o
	}
	if m.withdrawableAt[k] == 0 {
		return invRevert("NoWithdrawalAnnounced", "pool", m.env.tokens[k])
	}
	m.withdrawableAt[k] = 0
	return invOutcome{}
}

func (m *invModel) withdraw(caller common.Address, k int, amount, t uint64) invOutcome {
	if m.paused {
		return invRevert("ClaimsPaused")
	}
	if o := m.poolOwner(caller, k); o != nil {
		return *o
	}
	if amount == 0 {
		return invRevert("ZeroAmount")
	}
	if at := m.withdrawableAt[k]; at == 0 || t < at {
		return invRevert("WithdrawalNotDue", "pool", m.env.tokens[k], "withdrawableAt", at)
	}
	if w := m.withdrawable(k); amount > w {
		return invRevert("WithdrawalTooLarge", "pool", m.env.tokens[k], "withdrawable", w, "amount", amount)
	}
	m.drawn[k] += amount
	if m.balance(k) < m.owed(k) {
		panic(fmt.Sprintf("invariant test: model withdrew below the owed floor of pool %d", k))
	}
	return invOutcome{}
}

func (m *invModel) setSigner(caller, signer common.Address, add bool) invOutcome {
	if caller != m.env.admin {
		return invRevert("AccessControlUnauthorizedAccount", "account", caller, "neededRole", invRoleAdmin)
	}
	m.signers[signer] = add
	return invOutcome{}
}

func (m *invModel) pause(caller common.Address) invOutcome {
	if caller != m.env.guardian {
		return invRevert("AccessControlUnauthorizedAccount", "account", caller, "neededRole", invRoleGuardian)
	}
	m.paused = true
	return invOutcome{}
}

func (m *invModel) unpause(caller common.Address) invOutcome {
	switch {
	case caller != m.env.admin:
		return invRevert("AccessControlUnauthorizedAccount", "account", caller, "neededRole", invRoleAdmin)
	case !m.paused:
		return invRevert("NotPaused")
	}
	m.paused = false
	return invOutcome{}
}

// ---------------------------------------------------------------------------------------------------- run

type invRun struct {
	t    *testing.T
	h    *chaintest.Harness
	rng  *rand.Rand
	seed uint64
	step int
	op   string

	env *invEnv
	m   *invModel

	total    [invAccounts][invTokens]uint64   // what the platform has awarded (the ledger)
	history  [invAccounts][invTokens][]uint64 // every past total, for stale vouchers
	vouchers []invEntry                       // vouchers signed so far (good and bad), for replays
	roots    []*invRoot                       // every root proposed (active, superseded, rejected)

	signerKeys []*ecdsa.PrivateKey          // every key that has been a signer
	forger     *ecdsa.PrivateKey            // never a signer
	creatorM   *ecdsa.PrivateKey            // creator of invTokMint, its payout manager
	sponsors   [invTokens]*ecdsa.PrivateKey // owners of the pools
	keyCount   int

	stats map[string]int
}

func newInvRun(t *testing.T, seed uint64) *invRun {
	h := chaintest.New(t)
	r := &invRun{t: t, h: h, seed: seed, rng: rand.New(rand.NewPCG(seed, 0x7472696265)), stats: map[string]int{}}
	env := &invEnv{admin: h.Addr(h.Admin), proposer: h.Addr(h.Proposer), guardian: h.Addr(h.Guardian)}
	r.env = env
	r.creatorM = h.Keys[4]
	cappedCreator := h.Keys[5]

	env.tokens[invTokMint] = h.MintModeToken(r.creatorM, "INVM", big.NewInt(0))
	env.manager[invTokMint] = h.Addr(r.creatorM)
	env.tokens[invTokCapped] = h.CreateToken(cappedCreator, "Token INVC", "INVC", invU256(invCap), invU256(invAllocation),
		crypto.Keccak256Hash([]byte("INVC")))
	h.MustTransact(cappedCreator, env.tokens[invTokCapped], h.Token.PackSetMinter(h.Deployment.Distributor, true))
	env.manager[invTokCapped] = h.Addr(cappedCreator)
	env.cap[invTokCapped], env.alloc[invTokCapped] = invCap, invAllocation
	// Two sponsors, each with a pool of the same ERC-20.
	r.sponsors[invTokPoolA], r.sponsors[invTokPoolB] = h.Keys[6], r.newKey()
	h.Fund(h.Addr(r.sponsors[invTokPoolB]))
	initialPools := [invTokens]uint64{invTokPoolA: 300, invTokPoolB: 120}
	env.erc20, env.tokens[invTokPoolA] = h.SponsorPool(r.sponsors[invTokPoolA], "INVP", invU256(initialPools[invTokPoolA]))
	env.tokens[invTokPoolB] = h.CreatePool(r.sponsors[invTokPoolB], env.erc20, crypto.Keccak256Hash([]byte("INVP")))
	h.FundPool(r.sponsors[invTokPoolB], env.erc20, env.tokens[invTokPoolB], invU256(initialPools[invTokPoolB]))
	for _, k := range []int{invTokPoolA, invTokPoolB} {
		env.pool[k], env.manager[k] = true, h.Addr(r.sponsors[k])
	}
	notice, err := h.Distributor.UnpackWithdrawalNotice(h.Call(h.Deployment.Distributor, h.Distributor.PackWithdrawalNotice()))
	if err != nil {
		t.Fatal(err)
	}
	env.notice = uint64(notice)
	for a := range invAccounts {
		env.accounts[a] = h.Addr(r.newKey()) // fresh, empty; never transacts
	}
	r.forger = r.newKey()
	r.signerKeys = []*ecdsa.PrivateKey{h.Signer}

	r.m = &invModel{env: env, funded: initialPools, signers: map[common.Address]bool{h.Addr(h.Signer): true}}

	// Start on a deterministic clock, a day ahead of the wall clock so that every block is exactly one second
	// after its parent (the simulated beacon uses max(now, parent+1)) and every period boundary falls at the
	// same place for a given seed.
	now := h.Now()
	r.advance((now/86400+2)*86400 + 600 - now)

	r.op = "setup"
	r.attempt(r.creatorM, h.Deployment.Distributor, h.Distributor.PackSetPayoutLimit(env.tokens[invTokMint], invU256(150), 7200),
		"setPayoutLimit", func(m *invModel, _ uint64) invOutcome {
			return m.setLimit(env.manager[invTokMint], invTokMint, 150, 7200)
		})
	r.check()
	return r
}

// advance mines an empty block d seconds after the latest one. Unlike h.AdvanceTime it retries: the simulated
// beacon refuses to adjust time while the transaction pool still lists a transaction, and the pool drops the
// transactions of a freshly committed block asynchronously, so right after a transaction AdjustTime can fail
// spuriously ("could not adjust time on non-empty block").
func (r *invRun) advance(d uint64) {
	r.t.Helper()
	for i := 0; ; i++ {
		err := r.h.Sim.AdjustTime(time.Duration(d) * time.Second)
		if err == nil {
			return
		}
		if i == 400 {
			r.fatalf("adjust time by %d s: %v", d, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// newKey derives a key from the seed, so that runs (and Merkle tree shapes) are reproducible.
func (r *invRun) newKey() *ecdsa.PrivateKey {
	r.keyCount++
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("tribe invariant %d key %d", r.seed, r.keyCount))))
	if err != nil {
		r.t.Fatal(err)
	}
	return k
}

func (r *invRun) fatalf(format string, args ...any) {
	r.t.Helper()
	r.t.Fatalf("seed %d step %d (%s): %s", r.seed, r.step, r.op, fmt.Sprintf(format, args...))
}

func (r *invRun) statsString() string {
	keys := slices.Sorted(maps.Keys(r.stats))
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, r.stats[k])
	}
	return strings.Join(parts, " ")
}

type invOp struct {
	name   string
	weight int
	fn     func()
}

func (r *invRun) run(steps int) {
	ops := []invOp{
		{"award", 20, r.opAward},
		{"voucher", 20, r.opVoucher},
		{"root", 9, r.opRoot},
		{"merkle", 14, r.opMerkle},
		{"claimMany", 12, r.opClaimMany},
		{"fund", 5, r.opFund},
		{"withdraw", 7, r.opWithdraw},
		{"limit", 4, r.opLimit},
		{"time", 7, r.opTime},
		{"signers", 4, r.opSigners},
		{"pause", 3, r.opPause},
	}
	totalWeight := 0
	for _, o := range ops {
		totalWeight += o.weight
	}
	for r.step = 1; r.step <= steps; r.step++ {
		x := r.rng.IntN(totalWeight)
		for _, o := range ops {
			if x < o.weight {
				r.op = o.name
				r.m.sync(r.h.Now())
				o.fn()
				break
			}
			x -= o.weight
		}
		r.check()
	}
	r.op = "settle"
	r.settle()
	r.check()
	r.op = "replay"
	r.replay()
	r.check()
	r.op = "final"
	r.checkFinal()
}

// attempt predicts the outcome of a transaction with the model, sends it and checks that the chain agrees:
// the same revert (name and arguments) or success with exactly the predicted Claimed events.
//
// Gas is estimated against the latest block (timestamp now) and the transaction is mined at now+1. If the
// model predicts different outcomes at now and now+1 (a voucher deadline, a root activation or a period
// boundary in between), the clock first moves on a second, so the estimate and the execution agree.
func (r *invRun) attempt(key *ecdsa.PrivateKey, to common.Address, data []byte, what string,
	predict func(m *invModel, t uint64) invOutcome) invOutcome {
	r.t.Helper()
	var (
		t0   uint64
		want invOutcome
		next *invModel
	)
	for bumps := 0; ; bumps++ {
		t0 = r.h.Now()
		m0, m1 := r.m.clone(), r.m.clone()
		m0.sync(t0)
		m1.sync(t0 + 1)
		p0, p1 := predict(m0, t0), predict(m1, t0+1)
		if p0.String() == p1.String() && !r.periodRolls(t0+1, p1) {
			want, next = p1, m1
			break
		}
		if bumps > 3 {
			r.fatalf("%s: outcome keeps changing with the clock: %v then %v", what, p0, p1)
		}
		r.advance(1)
	}
	key0 := want.err
	if key0 == "" {
		key0 = "ok"
	}
	r.stats[r.op+"/"+key0]++

	rcpt, err := r.h.Transact(key, to, data)
	if want.err != "" {
		if err == nil {
			r.fatalf("%s: model predicts %v, but the transaction succeeded with events %s",
				what, want, r.describeEvents(r.h.ClaimedEvents(rcpt)))
		}
		rev, ok := err.(*chain.RevertError)
		if !ok || rev.Name != want.err {
			r.fatalf("%s: model predicts %v, chain says %v", what, want, err)
		}
		for i := 0; i+1 < len(want.args); i += 2 {
			name := want.args[i].(string)
			if got, exp := fmt.Sprint(rev.Args[name]), fmt.Sprint(want.args[i+1]); got != exp {
				r.fatalf("%s: %s: argument %s = %s, model predicts %s", what, want.err, name, got, exp)
			}
		}
		return want
	}
	if err != nil {
		r.fatalf("%s: model predicts %v, chain says %v", what, want, err)
	}
	if now := r.h.Now(); now != t0+1 {
		r.fatalf("%s: mined at %d, expected %d (harness clock assumption broken)", what, now, t0+1)
	}
	evs := r.h.ClaimedEvents(rcpt)
	if len(evs) != len(want.claims) {
		r.fatalf("%s: model predicts %v, events %s", what, want, r.describeEvents(evs))
	}
	for i, c := range want.claims {
		ev := evs[i]
		if ev.Account != r.env.accounts[c.acct] || ev.Token != r.env.tokens[c.tok] || !invIsU64(ev.Amount, c.amount) ||
			!invIsU64(ev.CumulativeAmount, c.cum) {
			r.fatalf("%s: model predicts %v, events %s", what, want, r.describeEvents(evs))
		}
	}
	r.m = next
	return want
}

// periodRolls reports whether a payout in o of a payout-limited token happens exactly at a period boundary,
// where the estimate (previous period) and the execution (new period) take different gas.
func (r *invRun) periodRolls(t uint64, o invOutcome) bool {
	for _, c := range o.claims {
		if p := r.m.limits[c.tok].period; p != 0 && t%p == 0 {
			return true
		}
	}
	return false
}

func (r *invRun) describeEvents(evs []*bindings.RewardsDistributorClaimed) string {
	var b strings.Builder
	for _, ev := range evs {
		fmt.Fprintf(&b, "[%s %s +%s =%s]", r.acctName(ev.Account), r.tokName(ev.Token), ev.Amount, ev.CumulativeAmount)
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

func (r *invRun) acctName(addr common.Address) string {
	for a, x := range r.env.accounts {
		if x == addr {
			return fmt.Sprintf("acct%d", a)
		}
	}
	return addr.Hex()
}

func (r *invRun) tokName(addr common.Address) string {
	for k, x := range r.env.tokens {
		if x == addr {
			return fmt.Sprintf("tok%d", k)
		}
	}
	return addr.Hex()
}

// ---------------------------------------------------------------------------------------------------- helpers

func invU256(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func invIsU64(b *big.Int, x uint64) bool { return b != nil && b.IsUint64() && b.Uint64() == x }

func invProof32(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func (r *invRun) submitter() *ecdsa.PrivateKey { return r.h.Keys[r.rng.IntN(len(r.h.Keys))] }

// outsider is a funded key with no role, no token and no pool to manage.
func (r *invRun) outsider() *ecdsa.PrivateKey { return r.h.Keys[7+r.rng.IntN(3)] }

func (r *invRun) pickPair() (int, int) { return r.rng.IntN(invAccounts), r.rng.IntN(invTokens) }

// olderTotal is a total (a, k) had before its latest award, or 0.
func (r *invRun) olderTotal(a, k int) uint64 {
	h := r.history[a][k]
	if len(h) < 2 {
		return 0
	}
	return h[r.rng.IntN(len(h)-1)]
}

func (r *invRun) validSignerKeys() []*ecdsa.PrivateKey {
	var out []*ecdsa.PrivateKey
	for _, k := range r.signerKeys {
		if r.m.signers[r.h.Addr(k)] {
			out = append(out, k)
		}
	}
	return out
}

func (r *invRun) retiredSignerKeys() []*ecdsa.PrivateKey {
	var out []*ecdsa.PrivateKey
	for _, k := range r.signerKeys {
		if !r.m.signers[r.h.Addr(k)] {
			out = append(out, k)
		}
	}
	return out
}

// sign signs a voucher with key; a voucher of a current signer raises the highest authorised amount.
func (r *invRun) sign(key *ecdsa.PrivateKey, a, k int, cum, deadline uint64, label string) invEntry {
	sig := r.h.SignVoucher(key, r.env.accounts[a], r.env.tokens[k], invU256(cum), invU256(deadline))
	signer := r.h.Addr(key)
	if r.m.signers[signer] {
		r.m.authorise(a, k, cum)
	}
	e := invEntry{acct: a, tok: k, cum: cum, voucher: true, deadline: deadline, sig: sig, signer: signer, label: label}
	r.vouchers = append(r.vouchers, e)
	return e
}

// malleate turns a valid signature into its high-s twin (same signer), which EIP-2 forbids.
func invMalleate(e invEntry) invEntry {
	sig := slices.Clone(e.sig)
	s := new(big.Int).Sub(invSecp256k1N, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(sig[32:64])
	sig[64] = 55 - sig[64] // 27 <-> 28
	e.sig, e.sigErr, e.label = sig, "ECDSAInvalidSignatureS", e.label+"+high-s"
	return e
}

// freshVoucher signs the current total of (a, k) with a current signer (a forger when there is none).
func (r *invRun) freshVoucher(a, k int) invEntry {
	keys := r.validSignerKeys()
	key, label := r.forger, "forged"
	if len(keys) > 0 {
		key, label = keys[r.rng.IntN(len(keys))], "fresh"
	}
	return r.sign(key, a, k, r.total[a][k], r.h.Now()+3600+uint64(r.rng.IntN(3*86400)), label)
}

// randomVoucher is any kind of voucher for (a, k): current or stale total, valid, expired, forged, signed by a
// retired signer, high-s, or one signed earlier for any pair.
func (r *invRun) randomVoucher(a, k int) invEntry {
	x := r.rng.IntN(100)
	if x < 10 && len(r.vouchers) > 0 {
		e := r.vouchers[r.rng.IntN(len(r.vouchers))]
		e.label = "reused-" + e.label
		return e
	}
	cum, label := r.total[a][k], "current"
	if x < 32 {
		cum, label = r.olderTotal(a, k), "stale"
	}
	now := r.h.Now()
	deadline := now + 3600 + uint64(r.rng.IntN(3*86400))
	switch y := r.rng.IntN(100); {
	case y < 6: // the next block is mined exactly at the deadline (valid) or a second after it (expired)
		deadline, label = now+uint64(r.rng.IntN(2)), label+"-edge"
	case y < 18:
		deadline, label = now+1+uint64(r.rng.IntN(600)), label+"-short"
	case y < 23:
		deadline, label = now-uint64(r.rng.IntN(100)), label+"-expired"
	}
	valid, retired := r.validSignerKeys(), r.retiredSignerKeys()
	switch y := r.rng.IntN(100); {
	case y < 6 || len(valid) == 0:
		return r.sign(r.forger, a, k, cum, deadline, label+"-forged")
	case y < 12 && len(retired) > 0:
		return r.sign(retired[r.rng.IntN(len(retired))], a, k, cum, deadline, label+"-retired")
	case y < 18:
		return invMalleate(r.sign(valid[r.rng.IntN(len(valid))], a, k, cum, deadline, label))
	default:
		return r.sign(valid[r.rng.IntN(len(valid))], a, k, cum, deadline, label)
	}
}

func invProofEntry(root *invRoot, a, k int, label string) invEntry {
	return invEntry{acct: a, tok: k, cum: root.amounts[a][k], proof: root.tree.Proof(a*invTokens + k), label: label}
}

// randomProofEntry is a Merkle claim for (a, k): mostly from the active tree, else from the pending one, a
// superseded or rejected one, tampered with, or another pair's proof.
func (r *invRun) randomProofEntry(a, k int) invEntry {
	if len(r.roots) == 0 {
		return invEntry{acct: a, tok: k, cum: r.total[a][k], label: "no-root"}
	}
	x := r.rng.IntN(100)
	switch {
	case x < 65 && r.m.active != nil:
		return invProofEntry(r.m.active, a, k, "active")
	case x < 75 && r.m.pending != nil:
		return invProofEntry(r.m.pending, a, k, "pending")
	case x < 88 || r.m.active == nil:
		return invProofEntry(r.roots[r.rng.IntN(len(r.roots))], a, k, "old")
	case x < 94:
		e := invProofEntry(r.m.active, a, k, "tampered")
		e.cum += 1 + uint64(r.rng.IntN(50))
		return e
	default:
		a2, k2 := r.pickPair()
		e := invProofEntry(r.m.active, a2, k2, "foreign")
		e.acct, e.tok = a, k
		return e
	}
}

func (r *invRun) claimVoucher(e invEntry) invOutcome {
	data := r.h.Distributor.PackClaimWithVoucher(r.env.accounts[e.acct], r.env.tokens[e.tok], invU256(e.cum),
		invU256(e.deadline), e.sig)
	return r.attempt(r.submitter(), r.h.Deployment.Distributor, data, "claimWithVoucher "+e.String(),
		func(m *invModel, t uint64) invOutcome { return m.claimOne(&e, t) })
}

func (r *invRun) claimProof(e invEntry) invOutcome {
	data := r.h.Distributor.PackClaim(r.env.accounts[e.acct], r.env.tokens[e.tok], invU256(e.cum), invProof32(e.proof))
	return r.attempt(r.submitter(), r.h.Deployment.Distributor, data, "claim "+e.String(),
		func(m *invModel, t uint64) invOutcome { return m.claimOne(&e, t) })
}

func (r *invRun) claimMany(es []invEntry) invOutcome {
	claims := make([]bindings.RewardsDistributorClaim, len(es))
	names := make([]string, len(es))
	for i, e := range es {
		claims[i] = bindings.RewardsDistributorClaim{
			Account: r.env.accounts[e.acct], Token: r.env.tokens[e.tok], CumulativeAmount: invU256(e.cum),
			Deadline: invU256(e.deadline), Signature: e.sig, Proof: invProof32(e.proof),
		}
		if claims[i].Signature == nil {
			claims[i].Signature = []byte{}
		}
		names[i] = e.String()
	}
	return r.attempt(r.submitter(), r.h.Deployment.Distributor, r.h.Distributor.PackClaimMany(claims),
		"claimMany "+strings.Join(names, ", "),
		func(m *invModel, t uint64) invOutcome { return m.claimMany(es, t) })
}

// buildRoot is the tree of the current totals of every pair, for the epoch after the active one.
func (r *invRun) buildRoot(epoch uint64) *invRoot {
	root := &invRoot{epoch: epoch, amounts: r.total}
	leaves := make([]merkle.Leaf, 0, invAccounts*invTokens)
	for a := range invAccounts {
		for k := range invTokens {
			leaves = append(leaves, merkle.Leaf{Account: r.env.accounts[a], Token: r.env.tokens[k],
				CumulativeAmount: invU256(r.total[a][k])})
		}
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		r.fatalf("merkle.New: %v", err)
	}
	root.tree, root.root = tree, tree.Root()
	return root
}

// propose proposes root, usually with the committed totals of both pools (sometimes of one, or none: plain
// proposeRoot), and now and then with a malformed list (LengthMismatch, UnknownPool).
func (r *invRun) propose(key *ecdsa.PrivateKey, root *invRoot) invOutcome {
	caller := r.h.Addr(key)
	var pools []common.Address
	var committed []*big.Int
	var ks []int
	switch x := r.rng.IntN(100); {
	case x < 20: // proposeRoot: no commitments
	case x < 35:
		ks = []int{invTokPoolA + r.rng.IntN(2)}
	default:
		ks = []int{invTokPoolA, invTokPoolB}
	}
	if len(ks) > 0 {
		root.commit = map[int]uint64{}
		for _, k := range ks {
			var sum uint64
			for a := range invAccounts {
				sum += root.amounts[a][k]
			}
			root.commit[k] = sum
			pools, committed = append(pools, r.env.tokens[k]), append(committed, invU256(sum))
		}
	}
	var bad string
	switch x := r.rng.IntN(100); {
	case x < 4:
		bad, committed = "LengthMismatch", append(committed, invU256(1))
	case x < 8:
		bad, pools, committed = "UnknownPool", append(pools, r.env.tokens[invTokMint]), append(committed, invU256(1))
	}
	data := r.h.Distributor.PackProposeRoot(root.root, root.epoch)
	if root.commit != nil || bad != "" {
		data = r.h.Distributor.PackProposeRootWithCommitments(root.root, root.epoch, pools, committed)
	}
	o := r.attempt(key, r.h.Deployment.Distributor, data,
		fmt.Sprintf("proposeRoot epoch %d commitments %v %s", root.epoch, root.commit, bad),
		func(m *invModel, t uint64) invOutcome {
			switch {
			case caller != m.env.proposer:
				return invRevert("AccessControlUnauthorizedAccount", "account", caller, "neededRole", invRoleProposer)
			case bad == "LengthMismatch":
				return invRevert(bad, "pools", len(pools), "committed", len(committed))
			}
			o := m.propose(caller, root, t)
			if o.err == "" && bad == "UnknownPool" {
				return invRevert(bad, "pool", r.env.tokens[invTokMint])
			}
			return o
		})
	if o.err == "" {
		r.roots = append(r.roots, root)
	}
	return o
}

func (r *invRun) passDisputeWindow() {
	if r.m.pending == nil {
		return
	}
	if now := r.h.Now(); r.m.pendingAt > now {
		r.advance(r.m.pendingAt - now + uint64(r.rng.IntN(600)))
	}
	r.m.sync(r.h.Now())
}

func (r *invRun) fund(key *ecdsa.PrivateKey, k int, amount uint64) invOutcome {
	caller, token := r.h.Addr(key), r.env.tokens[k]
	if amount != 0 && r.env.pool[k] {
		r.h.MustTransact(key, r.env.erc20, r.h.ERC20.PackMint(caller, invU256(amount)))
		r.h.MustTransact(key, r.env.erc20, r.h.ERC20.PackApprove(r.h.Deployment.Distributor, invU256(amount)))
	}
	return r.attempt(key, r.h.Deployment.Distributor, r.h.Distributor.PackFundPool(token, invU256(amount)),
		fmt.Sprintf("fundPool tok%d %d", k, amount),
		func(m *invModel, _ uint64) invOutcome { return m.fund(k, amount) })
}

func (r *invRun) setLimit(key *ecdsa.PrivateKey, k int, limit, period uint64) invOutcome {
	caller := r.h.Addr(key)
	return r.attempt(key, r.h.Deployment.Distributor,
		r.h.Distributor.PackSetPayoutLimit(r.env.tokens[k], invU256(limit), uint32(period)),
		fmt.Sprintf("setPayoutLimit tok%d %d per %d s", k, limit, period),
		func(m *invModel, _ uint64) invOutcome { return m.setLimit(caller, k, limit, period) })
}

func (r *invRun) setSigner(key *ecdsa.PrivateKey, signer common.Address, add bool) invOutcome {
	caller := r.h.Addr(key)
	data, what := r.h.Distributor.PackRemoveSigner(signer), "removeSigner "+signer.Hex()
	if add {
		data, what = r.h.Distributor.PackAddSigner(signer), "addSigner "+signer.Hex()
	}
	return r.attempt(key, r.h.Deployment.Distributor, data, what,
		func(m *invModel, _ uint64) invOutcome { return m.setSigner(caller, signer, add) })
}

// ---------------------------------------------------------------------------------------------------- operations

// opAward raises the ledger's totals (off-chain only).
func (r *invRun) opAward() {
	for range 1 + r.rng.IntN(3) {
		a, k := r.pickPair()
		amount := 1 + uint64(r.rng.IntN(120))
		if k == invTokCapped {
			var committed uint64
			for a := range invAccounts {
				committed += r.total[a][k]
			}
			// With odd seeds the ledger may promise a little more than the cap allows, so MaxSupplyExceeded
			// happens; with even seeds it never does, so the final payout of the capped token is exact too.
			limit := uint64(invCap)
			if r.seed%2 == 1 {
				limit = invCap * 5 / 4
			}
			if invAllocation+committed+amount > limit {
				k = invTokPoolA
			}
		}
		r.total[a][k] += amount
		r.history[a][k] = append(r.history[a][k], r.total[a][k])
	}
}

func (r *invRun) opVoucher() {
	a, k := r.pickPair()
	r.claimVoucher(r.randomVoucher(a, k))
}

func (r *invRun) opMerkle() {
	a, k := r.pickPair()
	r.claimProof(r.randomProofEntry(a, k))
}

func (r *invRun) opClaimMany() {
	n := 1 + r.rng.IntN(8)
	es := make([]invEntry, 0, n)
	for i := range n {
		a, k := r.pickPair()
		switch x := r.rng.IntN(100); {
		case x < 15 && i > 0:
			e := es[r.rng.IntN(i)]
			e.label = "dup-" + e.label
			es = append(es, e)
		case x < 45:
			es = append(es, r.freshVoucher(a, k))
		case x < 65 && r.m.active != nil:
			es = append(es, invProofEntry(r.m.active, a, k, "active"))
		case x < 78:
			keys := r.validSignerKeys()
			if len(keys) == 0 {
				keys = []*ecdsa.PrivateKey{r.forger}
			}
			es = append(es, r.sign(keys[r.rng.IntN(len(keys))], a, k, r.olderTotal(a, k),
				r.h.Now()+3600, "stale"))
		case x < 88:
			es = append(es, r.randomProofEntry(a, k))
		default:
			es = append(es, r.randomVoucher(a, k))
		}
	}
	r.claimMany(es)
}

func (r *invRun) opRoot() {
	if r.m.pending != nil {
		switch x := r.rng.IntN(100); {
		case x < 30:
			root := r.m.pending.root
			r.attempt(r.h.Guardian, r.h.Deployment.Distributor, r.h.Distributor.PackRejectRoot(root),
				"rejectRoot", func(m *invModel, _ uint64) invOutcome { return m.reject(r.env.guardian, root) })
		case x < 36:
			wrong := crypto.Keccak256Hash([]byte(fmt.Sprintf("not the pending root %d", r.step)))
			if len(r.roots) > 0 && r.rng.IntN(2) == 0 {
				wrong = r.roots[r.rng.IntN(len(r.roots))].root
			}
			r.attempt(r.h.Guardian, r.h.Deployment.Distributor, r.h.Distributor.PackRejectRoot(wrong),
				"rejectRoot (wrong root)", func(m *invModel, _ uint64) invOutcome { return m.reject(r.env.guardian, wrong) })
		case x < 40:
			key := r.outsider()
			root := r.m.pending.root
			r.attempt(key, r.h.Deployment.Distributor, r.h.Distributor.PackRejectRoot(root),
				"rejectRoot (not guardian)", func(m *invModel, _ uint64) invOutcome { return m.reject(r.h.Addr(key), root) })
		case x < 80:
			r.passDisputeWindow()
		default: // propose anyway: RootPending
		}
	} else if r.rng.IntN(12) == 0 {
		root := crypto.Keccak256Hash([]byte("nothing pending"))
		r.attempt(r.h.Guardian, r.h.Deployment.Distributor, r.h.Distributor.PackRejectRoot(root),
			"rejectRoot (nothing pending)", func(m *invModel, _ uint64) invOutcome { return m.reject(r.env.guardian, root) })
	}
	r.m.sync(r.h.Now())
	epoch := r.m.activeEpoch + 1
	switch x := r.rng.IntN(100); {
	case x < 8:
		epoch = r.m.activeEpoch // EpochNotIncreasing
	case x < 18:
		epoch += uint64(1 + r.rng.IntN(3))
	}
	key := r.h.Proposer
	if r.rng.IntN(20) == 0 {
		key = r.outsider()
	}
	if o := r.propose(key, r.buildRoot(epoch)); o.err == "" && r.rng.IntN(100) < 30 {
		r.passDisputeWindow()
	}
}

func (r *invRun) opFund() {
	if r.rng.IntN(20) == 0 { // a token is not a pool
		r.fund(r.outsider(), invTokCapped, 10)
		return
	}
	k := invTokPoolA + r.rng.IntN(2)
	amount := 20 + uint64(r.rng.IntN(400))
	if r.rng.IntN(20) == 0 {
		amount = 0
	}
	// Anyone may top a pool up: its sponsor, the other sponsor, strangers.
	keys := []*ecdsa.PrivateKey{r.sponsors[invTokPoolA], r.sponsors[invTokPoolB], r.h.Keys[7], r.h.Keys[8], r.h.Keys[9]}
	r.fund(keys[r.rng.IntN(len(keys))], k, amount)
}

// opWithdraw announces, cancels or makes withdrawals from a pool, mostly by its sponsor, sometimes by the
// other sponsor or a stranger, with amounts around what is withdrawable.
func (r *invRun) opWithdraw() {
	k := invTokPoolA + r.rng.IntN(2)
	pool := r.env.tokens[k]
	key := r.sponsors[k]
	switch x := r.rng.IntN(100); {
	case x < 8:
		key = r.sponsors[invTokPoolA+invTokPoolB-k] // the other pool's owner
	case x < 14:
		key = r.outsider()
	}
	caller := r.h.Addr(key)
	switch x := r.rng.IntN(100); {
	case x < 22:
		r.attempt(key, r.h.Deployment.Distributor, r.h.Distributor.PackAnnounceWithdrawal(pool),
			fmt.Sprintf("announceWithdrawal tok%d", k),
			func(m *invModel, t uint64) invOutcome { return m.announce(caller, k, t) })
	case x < 30:
		r.attempt(key, r.h.Deployment.Distributor, r.h.Distributor.PackCancelWithdrawal(pool),
			fmt.Sprintf("cancelWithdrawal tok%d", k),
			func(m *invModel, _ uint64) invOutcome { return m.cancel(caller, k) })
	default:
		if at := r.m.withdrawableAt[k]; at > r.h.Now() && r.rng.IntN(2) == 0 {
			r.advance(at - r.h.Now() - uint64(r.rng.IntN(2))) // at, or a second before, the notice's end
		}
		w := r.m.withdrawable(k)
		var amount uint64
		switch y := r.rng.IntN(100); {
		case y < 35:
			amount = w
		case y < 55:
			amount = w + 1
		case y < 60:
			amount = 0
		default:
			amount = 1 + uint64(r.rng.IntN(int(w/2+1)))
		}
		o := r.attempt(key, r.h.Deployment.Distributor, r.h.Distributor.PackWithdraw(pool, caller, invU256(amount)),
			fmt.Sprintf("withdraw tok%d %d (withdrawable %d)", k, amount, w),
			func(m *invModel, t uint64) invOutcome { return m.withdraw(caller, k, amount, t) })
		if o.err == "" && r.m.owed(k) > 0 {
			r.stats["final/withdrawnWhileOwed"]++ // the owed floor held back part of the balance
		}
	}
}

func (r *invRun) opLimit() {
	k := []int{invTokMint, invTokMint, invTokPoolA, invTokPoolB}[r.rng.IntN(4)]
	key := r.creatorM
	if k != invTokMint {
		key = r.sponsors[k]
	}
	if r.rng.IntN(10) == 0 {
		key = r.outsider()
	}
	limits := []uint64{0, 40, 150, 150, 400}
	periods := []uint64{3600, 7200, 7200, 86400}
	limit, period := limits[r.rng.IntN(len(limits))], periods[r.rng.IntN(len(periods))]
	switch x := r.rng.IntN(100); {
	case x < 10:
		limit, period = 0, 0 // no limit
	case x < 15:
		limit, period = 100, 0 // InvalidPeriod
	case x < 40:
		period = r.m.limits[k].period // keep the period, change the limit (keeps what this period paid)
		if period == 0 {
			period = 7200
		}
	}
	r.setLimit(key, k, limit, period)
}

func (r *invRun) opTime() {
	now := r.h.Now()
	var d uint64
	switch x := r.rng.IntN(100); {
	case x < 15 && r.m.pending != nil:
		d = r.m.pendingAt - now - 1 // one second before activation
	case x < 30 && r.m.pending != nil:
		d = r.m.pendingAt - now // exactly at activation
	case x < 45 && r.m.limits[invTokMint].period != 0:
		p := r.m.limits[invTokMint].period
		d = (now/p+1)*p - now - uint64(r.rng.IntN(2)) // at, or a second before, a period boundary
	case x < 55 && r.m.withdrawableAt[invTokPoolA+x%2] > now:
		d = r.m.withdrawableAt[invTokPoolA+x%2] - now // exactly when a withdrawal is due
	case x < 75:
		d = 1 + uint64(r.rng.IntN(600))
	default:
		d = 600 + uint64(r.rng.IntN(3*3600))
	}
	r.advance(max(d, 1))
}

func (r *invRun) opSigners() {
	valid, retired := r.validSignerKeys(), r.retiredSignerKeys()
	switch x := r.rng.IntN(100); {
	case x < 45: // rotation: add a new signer, often retire an old one
		k := r.newKey()
		r.signerKeys = append(r.signerKeys, k)
		r.setSigner(r.h.Admin, r.h.Addr(k), true)
		if len(valid) > 0 && r.rng.IntN(2) == 0 {
			r.setSigner(r.h.Admin, r.h.Addr(valid[r.rng.IntN(len(valid))]), false)
		}
	case x < 65 && (len(valid) > 1 || len(valid) == 1 && r.rng.IntN(4) == 0): // rarely the last one
		r.setSigner(r.h.Admin, r.h.Addr(valid[r.rng.IntN(len(valid))]), false)
	case x < 85 && len(retired) > 0 || len(valid) == 0:
		if len(retired) == 0 {
			r.setSigner(r.outsider(), r.h.Addr(r.forger), true) // not the admin
			return
		}
		r.setSigner(r.h.Admin, r.h.Addr(retired[r.rng.IntN(len(retired))]), true)
	default:
		r.setSigner(r.outsider(), r.h.Addr(r.forger), true) // not the admin
	}
}

func (r *invRun) opPause() {
	if r.rng.IntN(6) == 0 {
		r.attempt(r.h.Admin, r.h.Deployment.Distributor, r.h.Distributor.PackUnpause(), "unpause (not paused)",
			func(m *invModel, _ uint64) invOutcome { return m.unpause(r.env.admin) })
	}
	if r.rng.IntN(8) == 0 {
		key := r.outsider()
		r.attempt(key, r.h.Deployment.Distributor, r.h.Distributor.PackPause(), "pause (not guardian)",
			func(m *invModel, _ uint64) invOutcome { return m.pause(r.h.Addr(key)) })
	}
	r.attempt(r.h.Guardian, r.h.Deployment.Distributor, r.h.Distributor.PackPause(), "pause",
		func(m *invModel, _ uint64) invOutcome { return m.pause(r.env.guardian) })
	r.check()
	a, k := r.pickPair()
	switch r.rng.IntN(3) {
	case 0:
		r.claimVoucher(r.freshVoucher(a, k))
	case 1:
		r.claimProof(r.randomProofEntry(a, k))
	default:
		r.claimMany([]invEntry{r.freshVoucher(a, k)})
	}
	if r.rng.IntN(4) == 0 { // the guardian can stop payouts but not restart them
		r.attempt(r.h.Guardian, r.h.Deployment.Distributor, r.h.Distributor.PackUnpause(), "unpause (guardian)",
			func(m *invModel, _ uint64) invOutcome { return m.unpause(r.env.guardian) })
	}
	r.attempt(r.h.Admin, r.h.Deployment.Distributor, r.h.Distributor.PackUnpause(), "unpause",
		func(m *invModel, _ uint64) invOutcome { return m.unpause(r.env.admin) })
}

// ---------------------------------------------------------------------------------------------------- settlement

// settle pays every account its current total with fresh vouchers: pools are topped up, the payout limit is
// respected by claiming in chunks as periods roll, and the capped token is filled up to its cap.
func (r *invRun) settle() {
	r.m.sync(r.h.Now())
	if r.m.paused {
		r.attempt(r.h.Admin, r.h.Deployment.Distributor, r.h.Distributor.PackUnpause(), "unpause",
			func(m *invModel, _ uint64) invOutcome { return m.unpause(r.env.admin) })
	}
	if len(r.validSignerKeys()) == 0 {
		k := r.newKey()
		r.signerKeys = append(r.signerKeys, k)
		r.setSigner(r.h.Admin, r.h.Addr(k), true)
	}
	mustPay := func(o invOutcome) {
		if o.err != "" {
			r.fatalf("settlement claim should pay, model predicts %v", o)
		}
	}

	// Pools: lift their payout limits, top up what is missing, then one batch (with a duplicate entry) pays
	// everybody.
	var es []invEntry
	for _, k := range []int{invTokPoolA, invTokPoolB} {
		if r.m.limits[k].period != 0 {
			mustPay(r.setLimit(r.sponsors[k], k, 0, 0))
		}
		var need uint64
		for a := range invAccounts {
			need += r.total[a][k] - r.m.paid[a][k]
			if r.total[a][k] > r.m.paid[a][k] {
				es = append(es, r.freshVoucher(a, k))
			}
		}
		if pool := r.m.balance(k); pool < need {
			mustPay(r.fund(r.h.Keys[6+r.rng.IntN(4)], k, need-pool+uint64(r.rng.IntN(50))))
		}
	}
	if len(es) > 0 {
		es = append(es, es[r.rng.IntN(len(es))])
		mustPay(r.claimMany(es))
	}

	// The payout-limited token: claim in chunks of what the period still allows.
	for guard := 0; ; guard++ {
		if guard > 1000 {
			r.fatalf("settlement of the payout-limited token does not converge")
		}
		a := -1
		for i := range invAccounts {
			if r.m.paid[i][invTokMint] < r.total[i][invTokMint] {
				a = i
				break
			}
		}
		if a < 0 {
			break
		}
		l := r.m.limits[invTokMint]
		if l.period != 0 && l.limit == 0 {
			mustPay(r.setLimit(r.creatorM, invTokMint, 150, l.period))
			continue
		}
		cum := r.total[a][invTokMint]
		if l.period != 0 {
			now := r.h.Now()
			used := l.usedAt(now + 1)
			if used >= l.limit {
				r.advance((now/l.period+1)*l.period - now + 1)
				continue
			}
			cum = min(cum, r.m.paid[a][invTokMint]+l.limit-used)
		}
		mustPay(r.claimVoucher(r.sign(r.validSignerKeys()[0], a, invTokMint, cum, r.h.Now()+7200, "settle")))
	}

	// The capped token: full totals while they fit, then whatever room is left.
	for a := range invAccounts {
		if r.m.paid[a][invTokCapped] >= r.total[a][invTokCapped] {
			continue
		}
		o := r.claimVoucher(r.sign(r.validSignerKeys()[0], a, invTokCapped, r.total[a][invTokCapped], r.h.Now()+7200, "settle"))
		switch o.err {
		case "":
		case "MaxSupplyExceeded":
			if room := invCap - invAllocation - r.m.sumPaid(invTokCapped); room > 0 {
				mustPay(r.claimVoucher(r.sign(r.validSignerKeys()[0], a, invTokCapped, r.m.paid[a][invTokCapped]+room,
					r.h.Now()+7200, "settle-rest")))
			}
		default:
			r.fatalf("settlement of the capped token: %v", o)
		}
	}
}

// replay submits again every voucher ever signed and every proof of every root: none may pay anything more
// (except the capped token's unpaid remainder, which has no room), and each outcome must match the model.
func (r *invRun) replay() {
	for _, e := range r.vouchers {
		o := r.claimVoucher(e)
		if o.err == "" {
			r.fatalf("replayed voucher %v paid again: %v", e.String(), o)
		}
	}
	for _, root := range r.roots {
		es := make([]invEntry, 0, invAccounts*invTokens)
		for a := range invAccounts {
			for k := range invTokens {
				es = append(es, invProofEntry(root, a, k, fmt.Sprintf("replay-epoch%d", root.epoch)))
			}
		}
		if o := r.claimMany(es); len(o.claims) != 0 {
			r.fatalf("replayed root of epoch %d paid again: %v", root.epoch, o)
		}
	}
}

// checkFinal: every account received exactly its highest authorised cumulative amount, which is its total;
// for the capped token, when the ledger promised more than the cap, the supply is exactly the cap and the
// shortfall is exactly the over-promise.
func (r *invRun) checkFinal() {
	var committed uint64
	for a := range invAccounts {
		committed += r.total[a][invTokCapped]
	}
	overshoot := invAllocation+committed > invCap
	for a := range invAccounts {
		for k := range invTokens {
			paid, hi, total := r.m.paid[a][k], r.m.highest[a][k], r.total[a][k]
			if hi > total {
				r.fatalf("acct%d tok%d: model authorised %d, more than the ledger's total %d", a, k, hi, total)
			}
			if k == invTokCapped && overshoot {
				continue
			}
			if paid != hi || hi != total {
				r.fatalf("acct%d tok%d: paid %d, highest authorised %d, total %d: must all be equal", a, k, paid, hi, total)
			}
		}
	}
	if overshoot {
		supply := invAllocation + r.m.sumPaid(invTokCapped)
		if supply != invCap {
			r.fatalf("capped token over-promised (%d + %d > %d) but supply is %d, not the cap", invAllocation,
				committed, invCap, supply)
		}
		var short uint64
		for a := range invAccounts {
			short += r.total[a][invTokCapped] - r.m.paid[a][invTokCapped]
		}
		if short != invAllocation+committed-invCap {
			r.fatalf("capped token: shortfall %d, expected %d", short, invAllocation+committed-invCap)
		}
		r.stats["final/capOvershoot"]++
	} else {
		r.stats["final/capExact"]++
	}
}

// ---------------------------------------------------------------------------------------------------- invariants

// check compares the chain with the model and asserts the accounting invariants.
func (r *invRun) check() {
	r.t.Helper()
	h, dist := r.h, r.h.Deployment.Distributor
	now := h.Now()
	r.m.sync(now)
	var poolSum uint64
	for k := range invTokens {
		token := r.env.tokens[k]
		for a := range invAccounts {
			acct, paid := r.env.accounts[a], r.m.paid[a][k]
			if got := h.Claimed(token, acct); !invIsU64(got, paid) {
				r.fatalf("claimed(tok%d, acct%d) = %s, model %d", k, a, got, paid)
			}
			if paid > r.m.highest[a][k] {
				r.fatalf("acct%d tok%d: paid %d > highest amount ever authorised %d", a, k, paid, r.m.highest[a][k])
			}
			if r.env.pool[k] {
				continue
			}
			if got := h.BalanceOf(token, acct); !invIsU64(got, paid) {
				r.fatalf("balanceOf(tok%d, acct%d) = %s, paid %d", k, a, got, paid)
			}
		}
		sum := r.m.sumPaid(k)
		info, err := h.Distributor.UnpackPoolInfo(h.Call(dist, h.Distributor.PackPoolInfo(token)))
		if err != nil {
			r.fatalf("poolInfo: %v", err)
		}
		if r.env.pool[k] {
			// Isolation: a pool never pays more than was deposited into it, its balance is its own ledger,
			// and an announced withdrawal never took what it owes.
			if sum+r.m.drawn[k] > r.m.funded[k] {
				r.fatalf("tok%d: paid %d + withdrawn %d > deposited %d", k, sum, r.m.drawn[k], r.m.funded[k])
			}
			left := r.m.balance(k)
			poolSum += left
			w, err := h.Distributor.UnpackWithdrawable(h.Call(dist, h.Distributor.PackWithdrawable(token)))
			if err != nil {
				r.fatalf("withdrawable: %v", err)
			}
			if info.Token != r.env.erc20 || info.Owner != r.env.manager[k] || !invIsU64(info.Balance, left) ||
				!invIsU64(info.Paid, sum) || !invIsU64(info.Committed, r.m.committed[k]) ||
				!invIsU64(info.WithdrawableAt, r.m.withdrawableAt[k]) || !invIsU64(w, r.m.withdrawable(k)) {
				r.fatalf("tok%d: poolInfo {%s %s bal %s paid %s committed %s at %s} withdrawable %s, model {%s %s %d %d %d %d} %d",
					k, info.Token, info.Owner, info.Balance, info.Paid, info.Committed, info.WithdrawableAt, w,
					r.env.erc20, r.env.manager[k], left, sum, r.m.committed[k], r.m.withdrawableAt[k], r.m.withdrawable(k))
			}
		} else {
			if info.Token != (common.Address{}) || info.Balance.Sign() != 0 {
				r.fatalf("tok%d: a mint-mode token reports a pool %+v", k, info)
			}
			supply, err := h.Token.UnpackTotalSupply(h.Call(token, h.Token.PackTotalSupply()))
			if err != nil {
				r.fatalf("totalSupply: %v", err)
			}
			if !invIsU64(supply, r.env.alloc[k]+sum) {
				r.fatalf("tok%d: totalSupply %s, allocation %d + paid %d", k, supply, r.env.alloc[k], sum)
			}
			if c := r.env.cap[k]; c != 0 && supply.Cmp(invU256(c)) > 0 {
				r.fatalf("tok%d: totalSupply %s above the cap %d", k, supply, c)
			}
		}
		lim, err := h.Distributor.UnpackPayoutLimit(h.Call(dist, h.Distributor.PackPayoutLimit(token)))
		if err != nil {
			r.fatalf("payoutLimit: %v", err)
		}
		l := r.m.limits[k]
		var wantUsed, wantEnds uint64
		if l.period != 0 {
			wantUsed, wantEnds = l.usedAt(now), (now/l.period+1)*l.period
		}
		wantLimit := l.limit
		if l.period == 0 {
			wantLimit = 0
		}
		if !invIsU64(lim.Limit, wantLimit) || uint64(lim.Period) != l.period || !invIsU64(lim.PaidInPeriod, wantUsed) ||
			!invIsU64(lim.PeriodEndsAt, wantEnds) {
			r.fatalf("payoutLimit(tok%d) = {%s %d %s %s}, model {%d %d %d %d}", k, lim.Limit, lim.Period,
				lim.PaidInPeriod, lim.PeriodEndsAt, wantLimit, l.period, wantUsed, wantEnds)
		}
	}

	// The shared ERC-20: each account holds what both pools paid it, and the distributor exactly the sum of the
	// pools' balances (so no pool can have paid from another's deposit).
	for a := range invAccounts {
		want := r.m.paid[a][invTokPoolA] + r.m.paid[a][invTokPoolB]
		if got := h.BalanceOf(r.env.erc20, r.env.accounts[a]); !invIsU64(got, want) {
			r.fatalf("acct%d holds %s of the pools' ERC-20, paid %d", a, got, want)
		}
	}
	if got := h.BalanceOf(r.env.erc20, dist); !invIsU64(got, poolSum) {
		r.fatalf("distributor holds %s of the pools' ERC-20, the pools' balances sum to %d", got, poolSum)
	}

	var wantActive, wantPending common.Hash
	var wantPendingEpoch, wantPendingAt uint64
	if r.m.active != nil {
		wantActive = r.m.active.root
	}
	if r.m.pending != nil {
		wantPending, wantPendingEpoch, wantPendingAt = r.m.pending.root, r.m.pending.epoch, r.m.pendingAt
	}
	active, err := h.Distributor.UnpackActiveRoot(h.Call(dist, h.Distributor.PackActiveRoot()))
	if err != nil || common.Hash(active) != wantActive {
		r.fatalf("activeRoot %x (%v), model %x", active, err, wantActive)
	}
	pending, err := h.Distributor.UnpackPendingRoot(h.Call(dist, h.Distributor.PackPendingRoot()))
	if err != nil || common.Hash(pending) != wantPending {
		r.fatalf("pendingRoot %x (%v), model %x", pending, err, wantPending)
	}
	info, err := h.Distributor.UnpackPendingRootInfo(h.Call(dist, h.Distributor.PackPendingRootInfo()))
	if err != nil || info.PendingEpoch != wantPendingEpoch || !invIsU64(info.ActivatesAt, wantPendingAt) {
		r.fatalf("pendingRootInfo %d %s (%v), model %d %d", info.PendingEpoch, info.ActivatesAt, err,
			wantPendingEpoch, wantPendingAt)
	}
	epoch, err := h.Distributor.UnpackEpoch(h.Call(dist, h.Distributor.PackEpoch()))
	if err != nil || epoch != r.m.activeEpoch {
		r.fatalf("epoch %d (%v), model %d", epoch, err, r.m.activeEpoch)
	}
	paused, err := h.Distributor.UnpackPaused(h.Call(dist, h.Distributor.PackPaused()))
	if err != nil || paused != r.m.paused {
		r.fatalf("paused %v (%v), model %v", paused, err, r.m.paused)
	}
	for _, k := range append(slices.Clone(r.signerKeys), r.forger) {
		addr := r.h.Addr(k)
		is, err := h.Distributor.UnpackIsSigner(h.Call(dist, h.Distributor.PackIsSigner(addr)))
		if err != nil || is != r.m.signers[addr] {
			r.fatalf("isSigner(%s) %v (%v), model %v", addr, is, err, r.m.signers[addr])
		}
	}
}
