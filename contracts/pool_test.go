package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/merkle"
)

// Sponsor pools: pseudo-addresses in the token position, each with its own ledger.

func rdPredictPool(h *chaintest.Harness, owner, token common.Address, salt [32]byte) common.Address {
	h.T.Helper()
	out, err := h.Distributor.UnpackPredictPoolAddress(h.Call(rdDist(h), h.Distributor.PackPredictPoolAddress(owner, token, salt)))
	if err != nil {
		h.T.Fatal(err)
	}
	return out
}

func TestDistributorPoolCreate(t *testing.T) {
	h := chaintest.New(t)
	owner, other := h.Keys[5], h.Keys[6]
	token := rdPlainToken(h, "PCR")
	s := crypto.Keccak256Hash([]byte("s"))

	rdRun(t, h, "the address is the documented hash", func(t *testing.T) {
		want := common.BytesToAddress(crypto.Keccak256(
			common.LeftPadBytes(h.ChainID.Bytes(), 32), common.LeftPadBytes(rdDist(h).Bytes(), 32),
			common.LeftPadBytes(h.Addr(owner).Bytes(), 32), common.LeftPadBytes(token.Bytes(), 32), s[:])[12:])
		if got := rdPredictPool(h, h.Addr(owner), token, s); got != want {
			t.Fatalf("predictPoolAddress = %s, want %s", got, want)
		}
		if rdPredictPool(h, h.Addr(other), token, s) == want {
			t.Fatal("two owners predict the same pool")
		}
	})
	rdRun(t, h, "createPool", func(t *testing.T) {
		pool := rdPredictPool(h, h.Addr(owner), token, s)
		rdWantNotPool(h, pool)
		r := h.MustTransact(owner, rdDist(h), h.Distributor.PackCreatePool(token, s))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPoolCreatedEvent)
		if ev.Pool != pool || ev.Token != token || ev.Owner != h.Addr(owner) {
			t.Fatalf("PoolCreated(%s, %s, %s), want (%s, %s, %s)", ev.Pool, ev.Token, ev.Owner, pool, token, h.Addr(owner))
		}
		info := rdPoolInfo(h, pool)
		if info.Token != token || info.Owner != h.Addr(owner) || info.Balance.Sign() != 0 || info.WithdrawableAt.Sign() != 0 {
			t.Fatalf("poolInfo = %+v", info)
		}
		if is, err := h.Distributor.UnpackIsPool(h.Call(rdDist(h), h.Distributor.PackIsPool(pool))); err != nil || !is {
			t.Fatalf("isPool = %v, %v", is, err)
		}
		if m := rdPayoutManager(h, pool); m != h.Addr(owner) {
			t.Fatalf("payoutManager(pool) = %s, want the owner", m)
		}
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackCreatePool(token, s), "PoolExists", rdArgs{"pool": pool})
		// Another owner with the same salt gets its own pool.
		h.MustTransact(other, rdDist(h), h.Distributor.PackCreatePool(token, s))
	})
	rdRun(t, h, "the token must be a contract", func(t *testing.T) {
		for _, a := range []common.Address{{}, h.Addr(other), rdPredictPool(h, h.Addr(owner), token, s)} {
			rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackCreatePool(a, s), "NotAContract", rdArgs{"token": a})
		}
	})
}

func TestDistributorPoolFunding(t *testing.T) {
	h := chaintest.New(t)
	owner, other := h.Keys[5], h.Keys[6]
	token, pool := h.SponsorPool(owner, "PFU", rdN(0))

	rdRun(t, h, "argument checks", func(t *testing.T) {
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackFundPool(pool, rdN(0)), "ZeroAmount", rdArgs{})
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackFundPool(token, rdN(1)), "UnknownPool", rdArgs{"pool": token})
		h.MustTransact(owner, token, h.ERC20.PackMint(h.Addr(owner), rdN(100)))
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackFundPool(pool, rdN(100)), "ERC20InsufficientAllowance",
			rdArgs{"spender": rdDist(h), "allowance": 0, "needed": 100})
		rdWantPool(h, pool, 0)
	})
	rdRun(t, h, "approve and fund, from anyone", func(t *testing.T) {
		h.MustTransact(owner, token, h.ERC20.PackApprove(rdDist(h), rdN(100)))
		r := h.MustTransact(owner, rdDist(h), h.Distributor.PackFundPool(pool, rdN(100)))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPoolFundedEvent)
		if ev.Pool != pool || ev.From != h.Addr(owner) || ev.Amount.Cmp(rdN(100)) != 0 {
			t.Fatalf("PoolFunded(%s, %s, %s)", ev.Pool, ev.From, ev.Amount)
		}
		rdMintAndApprove(h, token, other, rdDist(h), rdN(50))
		h.MustTransact(other, rdDist(h), h.Distributor.PackFundPool(pool, rdN(50)))
		rdWantPoolState(h, pool, 150, 0, 0, 150)
		rdWantBalance(h, token, rdDist(h), 150)
	})
	rdRun(t, h, "with a permit, also when the permit was front-run", func(t *testing.T) {
		h.MustTransact(other, token, h.ERC20.PackMint(h.Addr(other), rdN(70)))
		d := rdDeadline(h)
		v, r, s := rdPermit(h, other, token, rdDist(h), rdN(30), d)
		h.MustTransact(other, rdDist(h), h.Distributor.PackFundPoolWithPermit(pool, rdN(30), d, v, r, s))
		rdWantPool(h, pool, 180)
		// Someone submits the permit itself first: the deposit still goes through on the allowance.
		v, r, s = rdPermit(h, other, token, rdDist(h), rdN(40), d)
		h.MustTransact(h.Keys[8], token, h.ERC20.PackPermit(h.Addr(other), rdDist(h), rdN(40), d, v, r, s))
		h.MustTransact(other, rdDist(h), h.Distributor.PackFundPoolWithPermit(pool, rdN(40), d, v, r, s))
		rdWantPool(h, pool, 220)
		// A bad permit without allowance: the transfer refuses.
		rdExpectRevert(h, other, rdDist(h), h.Distributor.PackFundPoolWithPermit(pool, rdN(1), d, v, r, s),
			"ERC20InsufficientAllowance", rdArgs{"spender": rdDist(h), "allowance": 0, "needed": 1})
		rdExpectRevert(h, other, rdDist(h), h.Distributor.PackFundPoolWithPermit(token, rdN(1), d, v, r, s),
			"UnknownPool", rdArgs{"pool": token})
	})
	rdRun(t, h, "a fee-on-transfer token credits what arrived", func(t *testing.T) {
		fee := h.DeployContract(h.Admin, mocks.MockFeeTokenMetaData.Bin, mocks.NewMockFeeToken().PackConstructor(rdN(100))) // 1%
		feePool := h.CreatePool(owner, fee, crypto.Keccak256Hash([]byte("fee")))
		h.FundPool(owner, fee, feePool, rdN(10_000))
		rdWantPool(h, feePool, 9_900)
		rdWantBalance(h, fee, rdDist(h), 9_900)
		a := rdFan(h)
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, feePool, rdN(1000)), rdPaid{a, feePool, 1000, 1000})
		rdWantPoolState(h, feePool, 8_900, 1000, 0, 8_900)
		rdWantBalance(h, fee, rdDist(h), 8_900)
		rdWantBalance(h, fee, a, 990) // the fan bears the token's own fee
	})
}

func TestDistributorPoolClaims(t *testing.T) {
	h := chaintest.New(t)
	creator, sponsorA, sponsorB := h.Keys[4], h.Keys[5], h.Keys[6]
	mint := h.MintModeToken(creator, "PCM", new(big.Int))
	erc20, poolA := h.SponsorPool(sponsorA, "PCL", rdN(1000))
	poolB := h.CreatePool(sponsorB, erc20, crypto.Keccak256Hash([]byte("B")))
	h.FundPool(sponsorB, erc20, poolB, rdN(500))
	a, b, fan := rdFan(h), rdFan(h), rdFan(h)

	rdRun(t, h, "voucher and Merkle claims pay from the pool", func(t *testing.T) {
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, poolA, rdN(300)), rdPaid{a, poolA, 300, 300})
		rdWantPaidOut(h, poolA, a, 300)
		rdWantPoolState(h, poolA, 700, 300, 0, 700)
		tree := rdTree(h, rdLeaf(b, poolA, 200), rdLeaf(a, poolA, 900), rdLeaf(fan, mint, 5))
		rdProposeAndActivate(h, tree.Root(), 1)
		rdMustPay(h, rdMerkleCall(h, tree, 0), rdPaid{b, poolA, 200, 200})
		rdExpectClaimRevert(h, rdMerkleCall(h, tree, 1), "InsufficientPool", rdArgs{"pool": poolA, "available": 500, "needed": 600})
		rdWantPoolState(h, poolA, 500, 500, 0, 500)
		rdWantPool(h, poolB, 500) // untouched
		rdWantBalance(h, erc20, rdDist(h), 1000)
	})
	rdRun(t, h, "one claimMany pays a fan a mint-mode token and two pools", func(t *testing.T) {
		rdMustPay(h, rdManyCall(h,
			rdVoucherEntry(h, h.Signer, fan, mint, rdN(10)),
			rdVoucherEntry(h, h.Signer, fan, poolA, rdN(20)),
			rdVoucherEntry(h, h.Signer, fan, poolB, rdN(30)),
		), rdPaid{fan, mint, 10, 10}, rdPaid{fan, poolA, 20, 20}, rdPaid{fan, poolB, 30, 30})
		rdWantPaidOut(h, mint, fan, 10)
		rdWantClaimed(h, poolA, fan, 20)
		rdWantClaimed(h, poolB, fan, 30)
		rdWantBalance(h, erc20, fan, 50)
		rdWantPoolState(h, poolA, 480, 520, 0, 480)
		rdWantPoolState(h, poolB, 470, 30, 0, 470)
	})
}

// Two sponsors' pools of the SAME ERC-20 never pay from each other.
func TestDistributorPoolsIsolated(t *testing.T) {
	h := chaintest.New(t)
	sponsorA, sponsorB := h.Keys[5], h.Keys[6]
	erc20, poolA := h.SponsorPool(sponsorA, "ISO", rdN(100))
	poolB := h.CreatePool(sponsorB, erc20, crypto.Keccak256Hash([]byte("B")))
	h.FundPool(sponsorB, erc20, poolB, rdN(1000))
	a, b := rdFan(h), rdFan(h)
	wantB := func(balance int64) {
		h.T.Helper()
		rdWantPool(h, poolB, balance)
	}

	rdRun(t, h, "A's claim above A's balance fails though the distributor holds more of the ERC-20", func(t *testing.T) {
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, poolA, rdN(150)), "InsufficientPool",
			rdArgs{"pool": poolA, "available": 100, "needed": 150})
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, poolA, rdN(100)), rdPaid{a, poolA, 100, 100})
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, b, poolA, rdN(1)), "InsufficientPool",
			rdArgs{"pool": poolA, "available": 0, "needed": 1})
		wantB(1000)
		rdWantBalance(h, erc20, rdDist(h), 1000)
	})
	rdRun(t, h, "a batch mixing both pools cannot borrow from B", func(t *testing.T) {
		rdExpectClaimRevert(h, rdManyCall(h,
			rdVoucherEntry(h, h.Signer, b, poolB, rdN(400)),
			rdVoucherEntry(h, h.Signer, b, poolA, rdN(1)),
		), "InsufficientPool", rdArgs{"pool": poolA, "available": 0, "needed": 1})
		wantB(1000)
	})
	rdRun(t, h, "tokens sent without fundPool join no pool", func(t *testing.T) {
		h.MustTransact(h.Keys[7], erc20, h.ERC20.PackMint(h.Addr(h.Keys[7]), rdN(500)))
		h.MustTransact(h.Keys[7], erc20, h.ERC20.PackTransfer(rdDist(h), rdN(500)))
		rdWantPool(h, poolA, 0)
		wantB(1000)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, b, poolA, rdN(1)), "InsufficientPool",
			rdArgs{"pool": poolA, "available": 0, "needed": 1})
	})
	rdRun(t, h, "one pool's payout limit does not bind the other", func(t *testing.T) {
		h.MustTransact(sponsorB, rdDist(h), h.Distributor.PackSetPayoutLimit(poolB, rdN(50), 86_400))
		rdExpectRevert(h, sponsorA, rdDist(h), h.Distributor.PackSetPayoutLimit(poolB, rdN(0), 0), "NotPayoutManager",
			rdArgs{"token": poolB, "caller": h.Addr(sponsorA)})
		h.FundPool(sponsorA, erc20, poolA, rdN(1000))
		rdMustPay(h, rdVoucherCall(h, h.Signer, b, poolA, rdN(300)), rdPaid{b, poolA, 300, 300}) // A: no limit
		rdMustPay(h, rdVoucherCall(h, h.Signer, b, poolB, rdN(50)), rdPaid{b, poolB, 50, 50})
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, poolB, rdN(1)), "PayoutLimitExceeded", nil)
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, poolA, rdN(200)), rdPaid{a, poolA, 100, 200})
		rdWantPoolState(h, poolA, 1100-500, 500, 0, 600)
		rdWantPoolState(h, poolB, 950, 50, 0, 950)
	})
}

func TestDistributorPoolOwnership(t *testing.T) {
	h := chaintest.New(t)
	owner, next, stranger := h.Keys[5], h.Keys[6], h.Keys[7]
	_, pool := h.SponsorPool(owner, "OWN", rdN(10))
	pending := func() common.Address {
		h.T.Helper()
		out, err := h.Distributor.UnpackPendingPoolOwner(h.Call(rdDist(h), h.Distributor.PackPendingPoolOwner(pool)))
		if err != nil {
			h.T.Fatal(err)
		}
		return out
	}

	rdRun(t, h, "only the owner offers, only the offered account accepts", func(t *testing.T) {
		rdExpectRevert(h, stranger, rdDist(h), h.Distributor.PackTransferPoolOwnership(pool, h.Addr(stranger)), "NotPoolOwner",
			rdArgs{"pool": pool, "caller": h.Addr(stranger)})
		r := h.MustTransact(owner, rdDist(h), h.Distributor.PackTransferPoolOwnership(pool, h.Addr(next)))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPoolOwnershipTransferStartedEvent); ev.NewOwner != h.Addr(next) {
			t.Fatalf("PoolOwnershipTransferStarted to %s", ev.NewOwner)
		}
		if p := pending(); p != h.Addr(next) {
			t.Fatalf("pendingPoolOwner = %s", p)
		}
		rdExpectRevert(h, stranger, rdDist(h), h.Distributor.PackAcceptPoolOwnership(pool), "NotPendingPoolOwner",
			rdArgs{"pool": pool, "caller": h.Addr(stranger)})
		if m := rdPayoutManager(h, pool); m != h.Addr(owner) {
			t.Fatalf("ownership moved before acceptance: %s", m)
		}
		r = h.MustTransact(next, rdDist(h), h.Distributor.PackAcceptPoolOwnership(pool))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPoolOwnershipTransferredEvent)
		if ev.Pool != pool || ev.PreviousOwner != h.Addr(owner) || ev.NewOwner != h.Addr(next) {
			t.Fatalf("PoolOwnershipTransferred(%s, %s, %s)", ev.Pool, ev.PreviousOwner, ev.NewOwner)
		}
		if p := pending(); p != (common.Address{}) {
			t.Fatalf("pendingPoolOwner after acceptance = %s", p)
		}
		if info := rdPoolInfo(h, pool); info.Owner != h.Addr(next) || rdPayoutManager(h, pool) != h.Addr(next) {
			t.Fatalf("owner %s after acceptance", info.Owner)
		}
		rdExpectRevert(h, next, rdDist(h), h.Distributor.PackAcceptPoolOwnership(pool), "NotPendingPoolOwner",
			rdArgs{"pool": pool, "caller": h.Addr(next)})
	})
	rdRun(t, h, "the old owner has no rights left", func(t *testing.T) {
		for _, data := range [][]byte{
			h.Distributor.PackTransferPoolOwnership(pool, h.Addr(owner)),
			h.Distributor.PackAnnounceWithdrawal(pool),
		} {
			rdExpectRevert(h, owner, rdDist(h), data, "NotPoolOwner", rdArgs{"pool": pool, "caller": h.Addr(owner)})
		}
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackSetPayoutLimit(pool, rdN(1), 10), "NotPayoutManager",
			rdArgs{"token": pool, "caller": h.Addr(owner)})
		h.MustTransact(next, rdDist(h), h.Distributor.PackSetPayoutLimit(pool, rdN(1), 10))
	})
	rdRun(t, h, "an offer can be withdrawn", func(t *testing.T) {
		h.MustTransact(next, rdDist(h), h.Distributor.PackTransferPoolOwnership(pool, h.Addr(stranger)))
		h.MustTransact(next, rdDist(h), h.Distributor.PackTransferPoolOwnership(pool, common.Address{}))
		rdExpectRevert(h, stranger, rdDist(h), h.Distributor.PackAcceptPoolOwnership(pool), "NotPendingPoolOwner",
			rdArgs{"pool": pool, "caller": h.Addr(stranger)})
	})
}

func TestDistributorPoolWithdrawal(t *testing.T) {
	h := chaintest.New(t)
	owner, stranger := h.Keys[5], h.Keys[7]
	erc20, pool := h.SponsorPool(owner, "WDR", rdN(1000))
	notice := uint64(rdWithdrawalNotice(h))
	a, b := rdFan(h), rdFan(h)
	to := h.Addr(owner)
	withdraw := func(amount int64) []byte { return h.Distributor.PackWithdraw(pool, to, rdN(amount)) }

	rdRun(t, h, "the default notice and its bounds", func(t *testing.T) {
		if notice != 2*chaintest.DisputeWindow+3600 {
			t.Fatalf("withdrawalNotice() = %d, want 2 x dispute window + 1 h", notice)
		}
		rdExpectRevert(h, h.Admin, rdDist(h), h.Distributor.PackSetWithdrawalNotice(chaintest.DisputeWindow-1),
			"NoticeShorterThanDisputeWindow", rdArgs{"withdrawalNotice": uint32(chaintest.DisputeWindow - 1), "disputeWindow": uint32(chaintest.DisputeWindow)})
		rdExpectRevert(h, h.Admin, rdDist(h), h.Distributor.PackSetDisputeWindow(uint32(notice+1)),
			"NoticeShorterThanDisputeWindow", rdArgs{"withdrawalNotice": uint32(notice), "disputeWindow": uint32(notice + 1)})
		r := h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackSetWithdrawalNotice(uint32(notice)))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackWithdrawalNoticeSetEvent); uint64(ev.WithdrawalNotice) != notice {
			t.Fatalf("WithdrawalNoticeSet(%d)", ev.WithdrawalNotice)
		}
	})
	rdRun(t, h, "strangers and unknown pools", func(t *testing.T) {
		for _, data := range [][]byte{h.Distributor.PackAnnounceWithdrawal(pool), h.Distributor.PackCancelWithdrawal(pool),
			h.Distributor.PackWithdraw(pool, h.Addr(stranger), rdN(1))} {
			rdExpectRevert(h, stranger, rdDist(h), data, "NotPoolOwner", rdArgs{"pool": pool, "caller": h.Addr(stranger)})
		}
		rdExpectRevert(h, stranger, rdDist(h), h.Distributor.PackSetPayoutLimit(pool, rdN(1), 10), "NotPayoutManager",
			rdArgs{"token": pool, "caller": h.Addr(stranger)})
		for _, data := range [][]byte{h.Distributor.PackAnnounceWithdrawal(erc20), h.Distributor.PackCancelWithdrawal(erc20),
			h.Distributor.PackWithdraw(erc20, to, rdN(1)), h.Distributor.PackTransferPoolOwnership(erc20, to),
			h.Distributor.PackAcceptPoolOwnership(erc20), h.Distributor.PackFundPool(erc20, rdN(1))} {
			rdExpectRevert(h, owner, rdDist(h), data, "UnknownPool", rdArgs{"pool": erc20})
		}
		rdExpectRevert(h, h.Proposer, rdDist(h), h.Distributor.PackProposeRootWithCommitments(crypto.Keccak256Hash([]byte("r")), 1,
			[]common.Address{erc20}, []*big.Int{rdN(1)}), "UnknownPool", rdArgs{"pool": erc20})
		rdExpectRevert(h, h.Proposer, rdDist(h), h.Distributor.PackProposeRootWithCommitments(crypto.Keccak256Hash([]byte("r")), 1,
			[]common.Address{pool}, []*big.Int{}), "LengthMismatch", rdArgs{"pools": 1, "committed": 0})
		rdExpectRevert(h, stranger, rdDist(h), h.Distributor.PackProposeRootWithCommitments(crypto.Keccak256Hash([]byte("r")), 1,
			[]common.Address{pool}, []*big.Int{rdN(1)}), "AccessControlUnauthorizedAccount", nil)
	})
	rdRun(t, h, "no withdrawal before the notice is over", func(t *testing.T) {
		rdExpectRevert(h, owner, rdDist(h), withdraw(1), "WithdrawalNotDue", rdArgs{"pool": pool, "withdrawableAt": 0})
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackCancelWithdrawal(pool), "NoWithdrawalAnnounced", rdArgs{"pool": pool})
		r := h.MustTransact(owner, rdDist(h), h.Distributor.PackAnnounceWithdrawal(pool))
		at := rdBlockTime(h, r) + notice
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackWithdrawalAnnouncedEvent); ev.WithdrawableAt.Uint64() != at {
			t.Fatalf("WithdrawalAnnounced at %s, want %d", ev.WithdrawableAt, at)
		}
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackAnnounceWithdrawal(pool), "WithdrawalAlreadyAnnounced",
			rdArgs{"pool": pool, "withdrawableAt": at})
		h.AdvanceTime(rdSecs(at - 1 - h.Now())) // the latest block is one second before
		rdExpectRevert(h, owner, rdDist(h), withdraw(1), "WithdrawalNotDue", rdArgs{"pool": pool, "withdrawableAt": at})
		r = h.MustTransact(owner, rdDist(h), h.Distributor.PackCancelWithdrawal(pool))
		rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackWithdrawalCancelledEvent)
		h.AdvanceTime(rdSecs(10))
		rdExpectRevert(h, owner, rdDist(h), withdraw(1), "WithdrawalNotDue", rdArgs{"pool": pool, "withdrawableAt": 0})
	})

	// Root 1 commits 600 (a: 400, b: 200) and activates; root 2 (commits 900) is rejected; root 3 commits 700.
	tree1 := rdTree(h, rdLeaf(a, pool, 400), rdLeaf(b, pool, 200))
	tree3 := rdTree(h, rdLeaf(a, pool, 400), rdLeaf(b, pool, 300))
	propose := func(tree *merkle.Tree, epoch uint64, committed int64) {
		h.T.Helper()
		r := h.MustTransact(h.Proposer, rdDist(h), h.Distributor.PackProposeRootWithCommitments(tree.Root(), epoch,
			[]common.Address{pool}, []*big.Int{rdN(committed)}))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPoolCommittedEvent)
		if ev.Pool != pool || ev.Epoch != epoch || ev.Committed.Cmp(rdN(committed)) != 0 {
			h.T.Fatalf("PoolCommitted(%s, %d, %s)", ev.Pool, ev.Epoch, ev.Committed)
		}
	}
	rdRun(t, h, "commitments activate exactly with their root", func(t *testing.T) {
		propose(tree1, 1, 600)
		rdWantCommitted(h, pool, 0, 600)
		rdWantPoolState(h, pool, 1000, 0, 0, 1000)
		h.AdvanceTime(rdSecs(rdDisputeWindow(h) - 1))
		rdWantCommitted(h, pool, 0, 600) // one second before activation
		h.AdvanceTime(rdSecs(1))
		rdWantCommitted(h, pool, 600, 0)
		rdWantPoolState(h, pool, 1000, 0, 600, 400)
		rdMustPay(h, rdMerkleCall(h, tree1, 0), rdPaid{a, pool, 400, 400})
		rdWantPoolState(h, pool, 600, 400, 600, 400) // owed 200
	})
	rdRun(t, h, "the commitments of a rejected root never count", func(t *testing.T) {
		tree2 := rdTree(h, rdLeaf(a, pool, 400), rdLeaf(b, pool, 500))
		propose(tree2, 2, 900)
		rdWantCommitted(h, pool, 600, 900)
		h.MustTransact(h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(tree2.Root()))
		rdWantCommitted(h, pool, 600, 0)
		h.AdvanceTime(rdSecs(rdDisputeWindow(h) + 1))
		rdWantCommitted(h, pool, 600, 0)
		// A later root without commitments leaves the pool's total as it was...
		rdProposeAndActivate(h, tree3.Root(), 2)
		rdWantCommitted(h, pool, 600, 0)
		// ...and one with commitments replaces it, once active, folding nothing of the rejected one.
		propose(tree3, 3, 700)
		rdWantCommitted(h, pool, 600, 700)
		h.AdvanceTime(rdSecs(rdDisputeWindow(h)))
		rdWantCommitted(h, pool, 700, 0)
		rdWantPoolState(h, pool, 600, 400, 700, 300) // owed 300 (b's 300)
	})
	rdRun(t, h, "after the notice, only balance - (committed - paid) leaves", func(t *testing.T) {
		r := h.MustTransact(owner, rdDist(h), h.Distributor.PackAnnounceWithdrawal(pool))
		h.AdvanceTime(rdSecs(rdBlockTime(h, r) + notice - h.Now())) // due from the latest block on
		rdExpectRevert(h, owner, rdDist(h), withdraw(301), "WithdrawalTooLarge", rdArgs{"pool": pool, "withdrawable": 300, "amount": 301})
		rdExpectRevert(h, owner, rdDist(h), withdraw(0), "ZeroAmount", rdArgs{})
		rdExpectRevert(h, owner, rdDist(h), h.Distributor.PackWithdraw(pool, common.Address{}, rdN(1)), "ZeroAddress", rdArgs{})
		before := h.BalanceOf(erc20, to)
		r = h.MustTransact(owner, rdDist(h), withdraw(300))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPoolWithdrawnEvent)
		if ev.Pool != pool || ev.To != to || ev.Amount.Cmp(rdN(300)) != 0 {
			t.Fatalf("PoolWithdrawn(%s, %s, %s)", ev.Pool, ev.To, ev.Amount)
		}
		rdWantBig(h, "owner's ERC-20", h.BalanceOf(erc20, to), new(big.Int).Add(before, rdN(300)))
		rdWantPoolState(h, pool, 300, 400, 700, 0)
		rdExpectRevert(h, owner, rdDist(h), withdraw(1), "WithdrawalTooLarge", rdArgs{"pool": pool, "withdrawable": 0, "amount": 1})
		// What is owed is still paid; claims keep working during the notice.
		rdMustPay(h, rdMerkleCall(h, tree3, 1), rdPaid{b, pool, 300, 300})
		rdWantPoolState(h, pool, 0, 700, 700, 0)
		// Paused: nothing leaves.
		h.MustTransact(h.Guardian, rdDist(h), h.Distributor.PackPause())
		rdExpectRevert(h, owner, rdDist(h), withdraw(1), "ClaimsPaused", rdArgs{})
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackUnpause())
	})
}
