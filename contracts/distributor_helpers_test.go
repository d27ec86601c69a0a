package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/merkle"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// Helpers for the RewardsDistributor tests. They report failures through h.T, which rdRun points at
// the running subtest, so a failed assertion stops the right test.

// rdN is big.NewInt, short for tables of amounts.
func rdN(x int64) *big.Int { return big.NewInt(x) }

// rdPow2 is 2^n.
func rdPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

// rdRun runs f as a subtest sharing h (sequentially), with h.T pointing at the subtest meanwhile.
func rdRun(t *testing.T, h *chaintest.Harness, name string, f func(t *testing.T)) bool {
	t.Helper()
	return t.Run(name, func(t *testing.T) {
		prev := h.T
		h.T = t
		defer func() { h.T = prev }()
		f(t)
	})
}

// rdDist is the harness's distributor.
func rdDist(h *chaintest.Harness) common.Address { return h.Deployment.Distributor }

// rdRelayer submits claims for fans, who hold no ETH: anyone may submit a claim for anyone.
func rdRelayer(h *chaintest.Harness) *ecdsa.PrivateKey { return h.Keys[9] }

// rdFan is a fresh account holding nothing.
func rdFan(h *chaintest.Harness) common.Address { return h.Addr(h.NewKey()) }

// rdDeadline is a voucher deadline one day after the latest block.
func rdDeadline(h *chaintest.Harness) *big.Int { return new(big.Int).SetUint64(h.Now() + 86400) }

// rdSecs is a duration of n seconds.
func rdSecs(n uint64) time.Duration { return time.Duration(n) * time.Second }

func rdRoleID(name string) [32]byte { return [32]byte(crypto.Keccak256Hash([]byte(name))) }

var (
	rdAdminRole    [32]byte // DEFAULT_ADMIN_ROLE = 0x00
	rdProposerRole = rdRoleID("ROOT_PROPOSER_ROLE")
	rdGuardianRole = rdRoleID("GUARDIAN_ROLE")
)

// ---------------------------------------------------------------- calldata

// rdVoucherCall is claimWithVoucher calldata for a voucher signed by signer, valid for a day.
func rdVoucherCall(h *chaintest.Harness, signer *ecdsa.PrivateKey, account, token common.Address, cum *big.Int) []byte {
	h.T.Helper()
	d := rdDeadline(h)
	return h.Distributor.PackClaimWithVoucher(account, token, cum, d, h.SignVoucher(signer, account, token, cum, d))
}

// rdVoucherEntry is a claimMany entry carrying a voucher signed by signer, valid for a day.
func rdVoucherEntry(h *chaintest.Harness, signer *ecdsa.PrivateKey, account, token common.Address, cum *big.Int) bindings.RewardsDistributorClaim {
	h.T.Helper()
	d := rdDeadline(h)
	return bindings.RewardsDistributorClaim{
		Account: account, Token: token, CumulativeAmount: cum, Deadline: d,
		Signature: h.SignVoucher(signer, account, token, cum, d), Proof: [][32]byte{},
	}
}

// rdMerkleEntry is a claimMany entry carrying the proof of leaf i of tree.
func rdMerkleEntry(tree *merkle.Tree, i int) bindings.RewardsDistributorClaim {
	l := tree.Leaf(i)
	return bindings.RewardsDistributorClaim{
		Account: l.Account, Token: l.Token, CumulativeAmount: l.CumulativeAmount, Deadline: new(big.Int),
		Signature: []byte{}, Proof: rdProof(tree, i),
	}
}

// rdMerkleCall is claim calldata for leaf i of tree.
func rdMerkleCall(h *chaintest.Harness, tree *merkle.Tree, i int) []byte {
	l := tree.Leaf(i)
	return h.Distributor.PackClaim(l.Account, l.Token, l.CumulativeAmount, rdProof(tree, i))
}

func rdManyCall(h *chaintest.Harness, entries ...bindings.RewardsDistributorClaim) []byte {
	if entries == nil {
		entries = []bindings.RewardsDistributorClaim{}
	}
	return h.Distributor.PackClaimMany(entries)
}

// rdSignFor signs a voucher for the distributor at d (any deployment), using that contract's own digest.
func rdSignFor(h *chaintest.Harness, d common.Address, key *ecdsa.PrivateKey, account, token common.Address, cum, deadline *big.Int) []byte {
	h.T.Helper()
	digest := rdDigestAt(h, d, account, token, cum, deadline)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		h.T.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// rdDigestAt is voucherDigest(...) of the distributor at d.
func rdDigestAt(h *chaintest.Harness, d common.Address, account, token common.Address, cum, deadline *big.Int) common.Hash {
	h.T.Helper()
	out, err := h.Distributor.UnpackVoucherDigest(h.Call(d, h.Distributor.PackVoucherDigest(account, token, cum, deadline)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// rdRecoverAt is the address the distributor at d recovers from sig over a voucher: what UnknownSigner reports.
func rdRecoverAt(h *chaintest.Harness, d common.Address, account, token common.Address, cum, deadline *big.Int, sig []byte) common.Address {
	h.T.Helper()
	a, err := voucher.Recover(rdDigestAt(h, d, account, token, cum, deadline), sig)
	if err != nil {
		h.T.Fatalf("recover: %v", err)
	}
	return a
}

// ---------------------------------------------------------------- Merkle

func rdLeaf(account, token common.Address, cum int64) merkle.Leaf {
	return merkle.Leaf{Account: account, Token: token, CumulativeAmount: rdN(cum)}
}

func rdTree(h *chaintest.Harness, leaves ...merkle.Leaf) *merkle.Tree {
	h.T.Helper()
	tr, err := merkle.New(leaves)
	if err != nil {
		h.T.Fatalf("merkle.New: %v", err)
	}
	return tr
}

func rdProof(tree *merkle.Tree, i int) [][32]byte {
	p := tree.Proof(i)
	out := make([][32]byte, len(p))
	for j, x := range p {
		out[j] = x
	}
	return out
}

// rdProposeAndActivate proposes root for epoch and lets its dispute window pass.
func rdProposeAndActivate(h *chaintest.Harness, root common.Hash, epoch uint64) {
	h.T.Helper()
	h.MustTransact(h.Proposer, rdDist(h), h.Distributor.PackProposeRoot(root, epoch))
	h.AdvanceTime(rdSecs(rdDisputeWindow(h)))
	if got := rdActiveRoot(h); got != [32]byte(root) {
		h.T.Fatalf("root %s not active after the dispute window (active %x)", root, got)
	}
}

// ---------------------------------------------------------------- sending and asserting

// rdPaid is one expected Claimed event.
type rdPaid struct {
	account, token     common.Address
	amount, cumulative int64
}

// rdMustPay sends data to the distributor from the relayer and checks its Claimed events are exactly want.
func rdMustPay(h *chaintest.Harness, data []byte, want ...rdPaid) *types.Receipt {
	h.T.Helper()
	r := h.MustTransact(rdRelayer(h), rdDist(h), data)
	rdWantClaimedEvents(h, r, want...)
	return r
}

func rdWantClaimedEvents(h *chaintest.Harness, r *types.Receipt, want ...rdPaid) {
	h.T.Helper()
	got := h.ClaimedEvents(r)
	if len(got) != len(want) {
		h.T.Fatalf("got %d Claimed events, want %d: %s", len(got), len(want), rdFmtClaimed(got))
	}
	for i, w := range want {
		g := got[i]
		if g.Account != w.account || g.Token != w.token || g.Amount.Cmp(rdN(w.amount)) != 0 ||
			g.CumulativeAmount.Cmp(rdN(w.cumulative)) != 0 {
			h.T.Fatalf("Claimed event %d = (%s, %s, %s, %s), want (%s, %s, %d, %d)", i,
				g.Account, g.Token, g.Amount, g.CumulativeAmount, w.account, w.token, w.amount, w.cumulative)
		}
	}
}

func rdFmtClaimed(evs []*bindings.RewardsDistributorClaimed) string {
	parts := make([]string, len(evs))
	for i, e := range evs {
		parts[i] = fmt.Sprintf("(%s %s %s %s)", e.Account, e.Token, e.Amount, e.CumulativeAmount)
	}
	return strings.Join(parts, " ")
}

// rdArgs is the expected arguments of a custom error, by name. Integers may be given as int, int64, uint64,
// uint32 or *big.Int; hashes as common.Hash or [32]byte.
type rdArgs map[string]any

// rdExpectRevert sends data from key to `to`, requires the custom error name and, unless want is nil, exactly
// the arguments want.
func rdExpectRevert(h *chaintest.Harness, key *ecdsa.PrivateKey, to common.Address, data []byte, name string, want rdArgs) *chain.RevertError {
	h.T.Helper()
	rev := h.ExpectRevert(key, to, data, name)
	rdWantArgs(h, rev, want)
	return rev
}

// rdExpectClaimRevert is rdExpectRevert of a claim submitted by the relayer to the distributor.
func rdExpectClaimRevert(h *chaintest.Harness, data []byte, name string, want rdArgs) *chain.RevertError {
	h.T.Helper()
	return rdExpectRevert(h, rdRelayer(h), rdDist(h), data, name, want)
}

func rdWantArgs(h *chaintest.Harness, rev *chain.RevertError, want rdArgs) {
	h.T.Helper()
	if want == nil {
		return
	}
	gotKeys := make([]string, 0, len(rev.Args))
	for k := range rev.Args {
		gotKeys = append(gotKeys, k)
	}
	wantKeys := make([]string, 0, len(want))
	for k := range want {
		wantKeys = append(wantKeys, k)
	}
	sort.Strings(gotKeys)
	sort.Strings(wantKeys)
	if strings.Join(gotKeys, ",") != strings.Join(wantKeys, ",") {
		h.T.Fatalf("%s: arguments %v, want names %v", rev.Name, rev.Args, wantKeys)
	}
	for k, w := range want {
		if g := rdNorm(rev.Args[k]); g != rdNorm(w) {
			h.T.Errorf("%s: argument %s = %s, want %s", rev.Name, k, g, rdNorm(w))
		}
	}
}

// rdNorm renders a value canonically so that numbers of any Go type and hashes of either type compare.
func rdNorm(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case int:
		return fmt.Sprint(x)
	case int64:
		return fmt.Sprint(x)
	case uint64:
		return fmt.Sprint(x)
	case uint32:
		return fmt.Sprint(x)
	case uint8:
		return fmt.Sprint(x)
	case common.Hash:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case common.Address:
		return x.Hex()
	case []byte:
		return common.Bytes2Hex(x)
	default:
		return fmt.Sprintf("%T(%v)", v, v)
	}
}

func rdWantBig(h *chaintest.Harness, what string, got *big.Int, want *big.Int) {
	h.T.Helper()
	if got.Cmp(want) != 0 {
		h.T.Fatalf("%s = %s, want %s", what, got, want)
	}
}

func rdWantBalance(h *chaintest.Harness, token, account common.Address, want int64) {
	h.T.Helper()
	rdWantBig(h, fmt.Sprintf("balanceOf(%s) of token %s", account, token), h.BalanceOf(token, account), rdN(want))
}

func rdWantClaimed(h *chaintest.Harness, token, account common.Address, want int64) {
	h.T.Helper()
	rdWantBig(h, fmt.Sprintf("claimed(%s, %s)", token, account), h.Claimed(token, account), rdN(want))
}

// rdWantPaidOut checks both what account holds and what the distributor recorded as paid to it. For a pool,
// what account holds is its balance of the pool's ERC-20 (so only one pool of that ERC-20 may have paid it).
func rdWantPaidOut(h *chaintest.Harness, token, account common.Address, want int64) {
	h.T.Helper()
	if info := rdPoolInfo(h, token); info.Token != (common.Address{}) {
		rdWantBalance(h, info.Token, account, want)
	} else {
		rdWantBalance(h, token, account, want)
	}
	rdWantClaimed(h, token, account, want)
}

// rdPoolInfo is poolInfo(pool) (all zero for an address that is not a pool).
func rdPoolInfo(h *chaintest.Harness, pool common.Address) bindings.PoolInfoOutput {
	h.T.Helper()
	out, err := h.Distributor.UnpackPoolInfo(h.Call(rdDist(h), h.Distributor.PackPoolInfo(pool)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// rdWantPool checks the balance poolInfo(pool) reports.
func rdWantPool(h *chaintest.Harness, pool common.Address, balance int64) {
	h.T.Helper()
	rdWantBig(h, fmt.Sprintf("poolInfo(%s).balance", pool), rdPoolInfo(h, pool).Balance, rdN(balance))
}

// rdWantPoolState checks balance, paid and committed of poolInfo(pool) and withdrawable(pool).
func rdWantPoolState(h *chaintest.Harness, pool common.Address, balance, paid, committed, withdrawable int64) {
	h.T.Helper()
	info := rdPoolInfo(h, pool)
	w, err := h.Distributor.UnpackWithdrawable(h.Call(rdDist(h), h.Distributor.PackWithdrawable(pool)))
	if err != nil {
		h.T.Fatal(err)
	}
	if info.Balance.Cmp(rdN(balance)) != 0 || info.Paid.Cmp(rdN(paid)) != 0 || info.Committed.Cmp(rdN(committed)) != 0 ||
		w.Cmp(rdN(withdrawable)) != 0 {
		h.T.Fatalf("pool %s: balance %s paid %s committed %s withdrawable %s, want %d %d %d %d", pool,
			info.Balance, info.Paid, info.Committed, w, balance, paid, committed, withdrawable)
	}
}

// rdWantCommitted checks committedOf(pool).
func rdWantCommitted(h *chaintest.Harness, pool common.Address, active, pending int64) {
	h.T.Helper()
	out, err := h.Distributor.UnpackCommittedOf(h.Call(rdDist(h), h.Distributor.PackCommittedOf(pool)))
	if err != nil {
		h.T.Fatal(err)
	}
	if out.Active.Cmp(rdN(active)) != 0 || out.Pending.Cmp(rdN(pending)) != 0 {
		h.T.Fatalf("committedOf(%s) = (%s, %s), want (%d, %d)", pool, out.Active, out.Pending, active, pending)
	}
}

func rdTotalSupply(h *chaintest.Harness, token common.Address) *big.Int {
	h.T.Helper()
	out, err := h.Token.UnpackTotalSupply(h.Call(token, h.Token.PackTotalSupply()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// ---------------------------------------------------------------- views

func rdActiveRoot(h *chaintest.Harness) [32]byte {
	h.T.Helper()
	out, err := h.Distributor.UnpackActiveRoot(h.Call(rdDist(h), h.Distributor.PackActiveRoot()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdPendingRoot(h *chaintest.Harness) [32]byte {
	h.T.Helper()
	out, err := h.Distributor.UnpackPendingRoot(h.Call(rdDist(h), h.Distributor.PackPendingRoot()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdEpoch(h *chaintest.Harness) uint64 {
	h.T.Helper()
	out, err := h.Distributor.UnpackEpoch(h.Call(rdDist(h), h.Distributor.PackEpoch()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdPendingRootInfo(h *chaintest.Harness) bindings.PendingRootInfoOutput {
	h.T.Helper()
	out, err := h.Distributor.UnpackPendingRootInfo(h.Call(rdDist(h), h.Distributor.PackPendingRootInfo()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdDisputeWindow(h *chaintest.Harness) uint64 {
	h.T.Helper()
	out, err := h.Distributor.UnpackDisputeWindow(h.Call(rdDist(h), h.Distributor.PackDisputeWindow()))
	if err != nil {
		h.T.Fatal(err)
	}
	return uint64(out)
}

// rdWantRoots checks activeRoot(), epoch(), pendingRoot() and pendingRootInfo() together.
func rdWantRoots(h *chaintest.Harness, active common.Hash, epoch uint64, pending common.Hash, pendingEpoch, activatesAt uint64) {
	h.T.Helper()
	if got := rdActiveRoot(h); got != [32]byte(active) {
		h.T.Errorf("activeRoot() = %x, want %x", got, active)
	}
	if got := rdEpoch(h); got != epoch {
		h.T.Errorf("epoch() = %d, want %d", got, epoch)
	}
	if got := rdPendingRoot(h); got != [32]byte(pending) {
		h.T.Errorf("pendingRoot() = %x, want %x", got, pending)
	}
	info := rdPendingRootInfo(h)
	if info.PendingEpoch != pendingEpoch || info.ActivatesAt.Cmp(new(big.Int).SetUint64(activatesAt)) != 0 {
		h.T.Errorf("pendingRootInfo() = (%d, %s), want (%d, %d)", info.PendingEpoch, info.ActivatesAt, pendingEpoch, activatesAt)
	}
	if h.T.Failed() {
		h.T.FailNow()
	}
}

func rdIsSigner(h *chaintest.Harness, d, a common.Address) bool {
	h.T.Helper()
	out, err := h.Distributor.UnpackIsSigner(h.Call(d, h.Distributor.PackIsSigner(a)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdIsPaused(h *chaintest.Harness) bool {
	h.T.Helper()
	out, err := h.Distributor.UnpackPaused(h.Call(rdDist(h), h.Distributor.PackPaused()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdPayoutManager(h *chaintest.Harness, token common.Address) common.Address {
	h.T.Helper()
	out, err := h.Distributor.UnpackPayoutManager(h.Call(rdDist(h), h.Distributor.PackPayoutManager(token)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func rdWantPayoutLimit(h *chaintest.Harness, token common.Address, limit int64, period uint32, paidInPeriod int64, endsAt uint64) {
	h.T.Helper()
	out, err := h.Distributor.UnpackPayoutLimit(h.Call(rdDist(h), h.Distributor.PackPayoutLimit(token)))
	if err != nil {
		h.T.Fatal(err)
	}
	if out.Limit.Cmp(rdN(limit)) != 0 || out.Period != period || out.PaidInPeriod.Cmp(rdN(paidInPeriod)) != 0 ||
		out.PeriodEndsAt.Cmp(new(big.Int).SetUint64(endsAt)) != 0 {
		h.T.Fatalf("payoutLimit(%s) = (%s, %d, %s, %s), want (%d, %d, %d, %d)", token,
			out.Limit, out.Period, out.PaidInPeriod, out.PeriodEndsAt, limit, period, paidInPeriod, endsAt)
	}
}

// rdBlockTime is the timestamp of the block that included r.
func rdBlockTime(h *chaintest.Harness, r *types.Receipt) uint64 {
	h.T.Helper()
	head, err := h.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		h.T.Fatal(err)
	}
	return head.Time
}

// ---------------------------------------------------------------- events

// rdEvents decodes the logs of r emitted by `from` that unpack decodes (other event types are skipped).
func rdEvents[T any](r *types.Receipt, from common.Address, unpack func(*types.Log) (T, error)) []T {
	var out []T
	for _, l := range r.Logs {
		if l.Address != from {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// rdOneEvent is rdEvents() that requires exactly one such event.
func rdOneEvent[T any](h *chaintest.Harness, r *types.Receipt, from common.Address, unpack func(*types.Log) (T, error)) T {
	h.T.Helper()
	evs := rdEvents(r, from, unpack)
	if len(evs) != 1 {
		var zero T
		h.T.Fatalf("got %d %T events, want 1", len(evs), zero)
	}
	return evs[0]
}

// ---------------------------------------------------------------- tokens

// rdPlainToken deploys a MockERC20 (no creator(), no payout manager) without funding it.
func rdPlainToken(h *chaintest.Harness, symbol string) common.Address {
	h.T.Helper()
	return h.DeployContract(h.Admin, mocks.MockERC20MetaData.Bin, h.ERC20.PackConstructor("Mock "+symbol, symbol))
}

// rdMintAndApprove mints amount of a MockERC20 (or ReentrantToken) to key's account and approves spender.
func rdMintAndApprove(h *chaintest.Harness, token common.Address, key *ecdsa.PrivateKey, spender common.Address, amount *big.Int) {
	h.T.Helper()
	h.MustTransact(key, token, h.ERC20.PackMint(h.Addr(key), amount))
	h.MustTransact(key, token, h.ERC20.PackApprove(spender, amount))
}

func rdWithdrawalNotice(h *chaintest.Harness) uint32 {
	h.T.Helper()
	out, err := h.Distributor.UnpackWithdrawalNotice(h.Call(rdDist(h), h.Distributor.PackWithdrawalNotice()))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

// rdWantNotPool checks that addr is not a pool: isPool false, poolInfo all zero.
func rdWantNotPool(h *chaintest.Harness, addr common.Address) {
	h.T.Helper()
	is, err := h.Distributor.UnpackIsPool(h.Call(rdDist(h), h.Distributor.PackIsPool(addr)))
	if err != nil {
		h.T.Fatal(err)
	}
	info := rdPoolInfo(h, addr)
	if is || info.Token != (common.Address{}) || info.Owner != (common.Address{}) || info.Balance.Sign() != 0 {
		h.T.Fatalf("%s: isPool %v, poolInfo %+v; want not a pool", addr, is, info)
	}
}

// rdPermit signs an EIP-2612 permit by owner of the MockERC20 token for spender, at owner's current nonce.
func rdPermit(h *chaintest.Harness, owner *ecdsa.PrivateKey, token, spender common.Address, value, deadline *big.Int) (uint8, [32]byte, [32]byte) {
	h.T.Helper()
	sep, err := h.ERC20.UnpackDOMAINSEPARATOR(h.Call(token, h.ERC20.PackDOMAINSEPARATOR()))
	if err != nil {
		h.T.Fatal(err)
	}
	nonce, err := h.ERC20.UnpackNonces(h.Call(token, h.ERC20.PackNonces(h.Addr(owner))))
	if err != nil {
		h.T.Fatal(err)
	}
	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	structHash := crypto.Keccak256(
		crypto.Keccak256([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)")),
		common.LeftPadBytes(h.Addr(owner).Bytes(), 32), common.LeftPadBytes(spender.Bytes(), 32),
		word(value), word(nonce), word(deadline))
	digest := crypto.Keccak256([]byte("\x19\x01"), sep[:], structHash)
	sig, err := crypto.Sign(digest, owner)
	if err != nil {
		h.T.Fatal(err)
	}
	return sig[64] + 27, [32]byte(sig[:32]), [32]byte(sig[32:64])
}
