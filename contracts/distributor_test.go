package contracts_test

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// ---------------------------------------------------------------- vouchers

// A voucher pays cumulative − claimed, once; claimed() is per (token, account).
func TestDistributorVoucherCumulative(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "VCH", new(big.Int))
	other := h.MintModeToken(h.Keys[4], "VC2", new(big.Int))
	a := rdFan(h)

	// Vouchers are signed once per (token, cumulative) and reused, so "again" really is the same voucher.
	vouchers := map[string][]byte{}
	voucherFor := func(token common.Address, cum int64) []byte {
		k := fmt.Sprint(token, cum)
		if vouchers[k] == nil {
			vouchers[k] = rdVoucherCall(h, h.Signer, a, token, rdN(cum))
		}
		return vouchers[k]
	}
	steps := []struct {
		name    string
		token   common.Address
		cum     int64
		pay     int64 // 0: NothingToClaim
		claimed int64 // claimed(token, a) after the step
	}{
		{"first voucher pays the whole cumulative amount", token, 100, 100, 100},
		{"the same voucher again reverts NothingToClaim", token, 100, 0, 100},
		{"a newer voucher pays only the difference", token, 250, 150, 250},
		{"the newer voucher again reverts NothingToClaim", token, 250, 0, 250},
		{"an older voucher after a newer one reverts NothingToClaim", token, 200, 0, 250},
		{"a zero voucher reverts NothingToClaim", token, 0, 0, 250},
		{"the same account is counted apart on another token", other, 70, 70, 70},
	}
	for _, s := range steps {
		rdRun(t, h, s.name, func(t *testing.T) {
			before := h.Claimed(s.token, a)
			if s.pay == 0 {
				rdExpectClaimRevert(h, voucherFor(s.token, s.cum), "NothingToClaim",
					rdArgs{"account": a, "token": s.token, "cumulativeAmount": s.cum, "claimed": before})
			} else {
				rdMustPay(h, voucherFor(s.token, s.cum), rdPaid{a, s.token, s.pay, s.cum})
			}
			rdWantPaidOut(h, s.token, a, s.claimed)
		})
	}
	// Payouts go to the account, never to whoever submitted the claim.
	rdWantBalance(h, token, h.Addr(rdRelayer(h)), 0)
	rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(250))
	rdWantClaimed(h, other, h.Addr(rdRelayer(h)), 0)
}

// Vouchers and Merkle proofs share claimed(): neither can pay what the other already paid.
func TestDistributorVoucherMerkleInterleave(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "MIX", new(big.Int))
	a, b := rdFan(h), rdFan(h)
	nothing := func(account common.Address, cum, claimed int64) rdArgs {
		return rdArgs{"account": account, "token": token, "cumulativeAmount": cum, "claimed": claimed}
	}

	rdMustPay(h, rdVoucherCall(h, h.Signer, a, token, rdN(100)), rdPaid{a, token, 100, 100})
	tree := rdTree(h, rdLeaf(a, token, 150), rdLeaf(b, token, 30))
	rdProposeAndActivate(h, tree.Root(), 1)

	rdMustPay(h, rdMerkleCall(h, tree, 0), rdPaid{a, token, 50, 150})
	rdWantPaidOut(h, token, a, 150)
	rdExpectClaimRevert(h, rdMerkleCall(h, tree, 0), "NothingToClaim", nothing(a, 150, 150))
	rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, token, rdN(150)), "NothingToClaim", nothing(a, 150, 150))
	rdMustPay(h, rdVoucherCall(h, h.Signer, a, token, rdN(200)), rdPaid{a, token, 50, 200})
	rdWantPaidOut(h, token, a, 200)
	rdExpectClaimRevert(h, rdMerkleCall(h, tree, 0), "NothingToClaim", nothing(a, 150, 200))

	// The other order: Merkle first, then a voucher for the same total.
	rdMustPay(h, rdMerkleCall(h, tree, 1), rdPaid{b, token, 30, 30})
	rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, b, token, rdN(30)), "NothingToClaim", nothing(b, 30, 30))
	rdWantPaidOut(h, token, b, 30)
	rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(230))
}

// Rotation: a new signer works at once, an older one keeps working while it is in the set, a retired one
// is refused.
func TestDistributorSignerRotation(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "ROT", new(big.Int))
	a := rdFan(h)
	oldSigner, newSigner, shortLived := h.Signer, h.NewKey(), h.NewKey()
	total := int64(0)
	pay := func(signer *ecdsa.PrivateKey, amount int64) {
		h.T.Helper()
		total += amount
		rdMustPay(h, rdVoucherCall(h, signer, a, token, rdN(total)), rdPaid{a, token, amount, total})
		rdWantPaidOut(h, token, a, total)
	}
	refused := func(signer *ecdsa.PrivateKey) {
		h.T.Helper()
		rdExpectClaimRevert(h, rdVoucherCall(h, signer, a, token, rdN(total+1)), "UnknownSigner", rdArgs{"signer": h.Addr(signer)})
	}
	wantSigners := func(want map[*ecdsa.PrivateKey]bool) {
		h.T.Helper()
		for k, w := range want {
			if got := rdIsSigner(h, rdDist(h), h.Addr(k)); got != w {
				h.T.Fatalf("isSigner(%s) = %v, want %v", h.Addr(k), got, w)
			}
		}
	}

	rdRun(t, h, "initial signer", func(t *testing.T) {
		wantSigners(map[*ecdsa.PrivateKey]bool{oldSigner: true, newSigner: false, shortLived: false})
		pay(oldSigner, 10)
		refused(newSigner)
	})
	rdRun(t, h, "a newly added signer works and the older one still does", func(t *testing.T) {
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackAddSigner(h.Addr(newSigner)))
		wantSigners(map[*ecdsa.PrivateKey]bool{oldSigner: true, newSigner: true})
		pay(newSigner, 20)
		pay(oldSigner, 30) // not the most recently added signer, but in the set
	})
	rdRun(t, h, "a retired signer is refused while the new one works", func(t *testing.T) {
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackRemoveSigner(h.Addr(oldSigner)))
		wantSigners(map[*ecdsa.PrivateKey]bool{oldSigner: false, newSigner: true})
		refused(oldSigner)
		pay(newSigner, 40)
	})
	rdRun(t, h, "retiring the most recently added signer keeps the others", func(t *testing.T) {
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackAddSigner(h.Addr(shortLived)))
		pay(shortLived, 5)
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackRemoveSigner(h.Addr(shortLived)))
		wantSigners(map[*ecdsa.PrivateKey]bool{oldSigner: false, newSigner: true, shortLived: false})
		refused(shortLived)
		refused(oldSigner)
		pay(newSigner, 6)
	})
	rdRun(t, h, "a retired signer can be re-added", func(t *testing.T) {
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackAddSigner(h.Addr(oldSigner)))
		wantSigners(map[*ecdsa.PrivateKey]bool{oldSigner: true, newSigner: true, shortLived: false})
		pay(oldSigner, 7)
		pay(newSigner, 8)
	})
}

// rdMalleate returns the other valid signature of the same digest: s' = n − s with the recovery bit flipped.
func rdMalleate(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

func TestDistributorVoucherRefused(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "REF", new(big.Int))
	otherToken := h.MintModeToken(h.Keys[4], "RF2", new(big.Int))
	a, b := rdFan(h), rdFan(h)
	cum, d := rdN(100), rdDeadline(h)
	sig := h.SignVoucher(h.Signer, a, token, cum, d)
	call := func(account, tok common.Address, c, dl *big.Int, s []byte) []byte {
		return h.Distributor.PackClaimWithVoucher(account, tok, c, dl, s)
	}
	signerOf := func(account, tok common.Address, c, dl *big.Int, s []byte) rdArgs {
		got := rdRecoverAt(h, rdDist(h), account, tok, c, dl, s)
		if got == h.Addr(h.Signer) {
			t.Fatalf("tampered voucher still recovers to the signer")
		}
		return rdArgs{"signer": got}
	}

	past := new(big.Int).SetUint64(h.Now() - 1)
	expired := h.SignVoucher(h.Signer, a, token, cum, past)
	highS := rdMalleate(sig)
	{ // The malleated copy is a genuine signature by the same key, only in its high-s form.
		digest := rdDigestAt(h, rdDist(h), a, token, cum, d)
		raw := bytes.Clone(highS)
		raw[64] -= 27
		pub, err := crypto.Ecrecover(digest[:], raw)
		if err != nil || !bytes.Equal(pub, crypto.FromECDSAPub(&h.Signer.PublicKey)) {
			t.Fatalf("malleated signature does not recover to the signer (err %v)", err)
		}
	}
	badV := bytes.Clone(sig)
	badV[64] = 29
	stranger := h.Keys[8]
	chain1, err := voucher.NewSigner(h.Signer, big.NewInt(1), rdDist(h)).Sign(voucher.Voucher{
		Account: a, Token: token, CumulativeAmount: cum, Deadline: d})
	if err != nil {
		t.Fatal(err)
	}
	dPlus1 := new(big.Int).Add(d, rdN(1))

	cases := []struct {
		name string
		data []byte
		err  string
		args rdArgs
	}{
		{"expired", call(a, token, cum, past, expired), "VoucherExpired", rdArgs{"deadline": past}},
		{"high-s malleated copy of a valid signature", call(a, token, cum, d, highS),
			"ECDSAInvalidSignatureS", rdArgs{"s": common.BytesToHash(highS[32:64])}},
		{"64-byte signature", call(a, token, cum, d, sig[:64]), "ECDSAInvalidSignatureLength", rdArgs{"length": 64}},
		{"66-byte signature", call(a, token, cum, d, append(bytes.Clone(sig), 0)), "ECDSAInvalidSignatureLength", rdArgs{"length": 66}},
		{"empty signature", call(a, token, cum, d, []byte{}), "ECDSAInvalidSignatureLength", rdArgs{"length": 0}},
		{"v neither 27 nor 28", call(a, token, cum, d, badV), "ECDSAInvalidSignature", rdArgs{}},
		{"tampered account", call(b, token, cum, d, sig), "UnknownSigner", signerOf(b, token, cum, d, sig)},
		{"tampered token", call(a, otherToken, cum, d, sig), "UnknownSigner", signerOf(a, otherToken, cum, d, sig)},
		{"tampered amount", call(a, token, rdN(1000), d, sig), "UnknownSigner", signerOf(a, token, rdN(1000), d, sig)},
		{"tampered deadline", call(a, token, cum, dPlus1, sig), "UnknownSigner", signerOf(a, token, cum, dPlus1, sig)},
		{"signed by a key that is not a signer", call(a, token, cum, d, h.SignVoucher(stranger, a, token, cum, d)),
			"UnknownSigner", rdArgs{"signer": h.Addr(stranger)}},
		{"signed for chain id 1", call(a, token, cum, d, chain1), "UnknownSigner", signerOf(a, token, cum, d, chain1)},
	}
	for _, c := range cases {
		rdRun(t, h, c.name, func(t *testing.T) {
			rdExpectClaimRevert(h, c.data, c.err, c.args)
		})
	}

	rdRun(t, h, "nothing was paid and the genuine voucher still pays", func(t *testing.T) {
		for _, acct := range []common.Address{a, b} {
			rdWantPaidOut(h, token, acct, 0)
			rdWantPaidOut(h, otherToken, acct, 0)
		}
		rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(0))
		rdMustPay(h, call(a, token, cum, d, sig), rdPaid{a, token, 100, 100})
		rdWantPaidOut(h, token, a, 100)
	})

	rdRun(t, h, "voucher for another distributor", func(t *testing.T) {
		// A second deployment with the same signer: the domain's verifyingContract keeps vouchers apart.
		dist2 := h.DeployContract(h.Admin, bindings.RewardsDistributorMetaData.Bin,
			h.Distributor.PackConstructor(h.Addr(h.Admin), chaintest.DisputeWindow))
		h.MustTransact(h.Admin, dist2, h.Distributor.PackAddSigner(h.Addr(h.Signer)))
		if !rdIsSigner(h, dist2, h.Addr(h.Signer)) {
			t.Fatal("signer not added to the second distributor")
		}
		// A CreatorToken both distributors may mint, so the same voucher could pay on either.
		two := h.MintModeToken(h.Keys[5], "TWO", new(big.Int))
		h.MustTransact(h.Keys[5], two, h.Token.PackSetMinter(dist2, true))

		c := rdFan(h)
		sig1 := h.SignVoucher(h.Signer, c, two, cum, d)
		sig2 := rdSignFor(h, dist2, h.Signer, c, two, cum, d)
		if bytes.Equal(sig1, sig2) {
			t.Fatal("the two distributors have the same voucher digest")
		}
		rdExpectRevert(h, rdRelayer(h), rdDist(h), call(c, two, cum, d, sig2), "UnknownSigner",
			rdArgs{"signer": rdRecoverAt(h, rdDist(h), c, two, cum, d, sig2)})
		rdExpectRevert(h, rdRelayer(h), dist2, call(c, two, cum, d, sig1), "UnknownSigner",
			rdArgs{"signer": rdRecoverAt(h, dist2, c, two, cum, d, sig1)})
		rdWantBalance(h, two, c, 0)

		// Each voucher does pay on its own distributor.
		r := h.MustTransact(rdRelayer(h), dist2, call(c, two, cum, d, sig2))
		if evs := rdEvents(r, dist2, h.Distributor.UnpackClaimedEvent); len(evs) != 1 || evs[0].Amount.Cmp(cum) != 0 {
			t.Fatalf("second distributor: Claimed events %s", rdFmtClaimed(evs))
		}
		rdWantBalance(h, two, c, 100)
		rdWantClaimed(h, two, c, 0) // the first distributor paid nothing
		rdMustPay(h, call(c, two, cum, d, sig1), rdPaid{c, two, 100, 100})
		rdWantBalance(h, two, c, 200)
	})
}

// The Go signer (internal/voucher) and the contract agree on the domain, the digest and the signature.
func TestDistributorGoVoucherSigner(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "GOV", new(big.Int))
	signer := voucher.NewSigner(h.Signer, h.ChainID, rdDist(h))
	if signer.Address() != h.Addr(h.Signer) {
		t.Fatalf("signer address %s, want %s", signer.Address(), h.Addr(h.Signer))
	}

	sep, err := h.Distributor.UnpackDomainSeparator(h.Call(rdDist(h), h.Distributor.PackDomainSeparator()))
	if err != nil {
		t.Fatal(err)
	}
	if goSep := voucher.RewardsDomainSeparator(h.ChainID, rdDist(h)); goSep != common.Hash(sep) {
		t.Fatalf("RewardsDomainSeparator = %s, contract domainSeparator() = %x", goSep, sep)
	}
	if signer.DomainSeparator() != common.Hash(sep) {
		t.Fatalf("Signer.DomainSeparator = %s, contract %x", signer.DomainSeparator(), sep)
	}
	typeHash, err := h.Distributor.UnpackVOUCHERTYPEHASH(h.Call(rdDist(h), h.Distributor.PackVOUCHERTYPEHASH()))
	if err != nil {
		t.Fatal(err)
	}
	if voucher.VoucherTypeHash != common.Hash(typeHash) {
		t.Fatalf("VoucherTypeHash = %s, contract %x", voucher.VoucherTypeHash, typeHash)
	}

	maxU256 := new(big.Int).Sub(rdPow2(256), rdN(1))
	digests := []voucher.Voucher{
		{Account: rdFan(h), Token: token, CumulativeAmount: rdN(1), Deadline: rdDeadline(h)},
		{Account: rdFan(h), Token: token, CumulativeAmount: new(big.Int).Mul(rdN(123456789), rdPow2(100)), Deadline: rdN(0)},
		{Account: common.Address{}, Token: common.Address{}, CumulativeAmount: rdN(0), Deadline: maxU256},
		{Account: common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), Token: token, CumulativeAmount: maxU256, Deadline: maxU256},
	}
	for i, v := range digests {
		rdRun(t, h, fmt.Sprintf("digest %d", i), func(t *testing.T) {
			want := rdDigestAt(h, rdDist(h), v.Account, v.Token, v.CumulativeAmount, v.Deadline)
			if got := signer.Digest(v); got != want {
				t.Fatalf("Go digest %s, contract voucherDigest %s", got, want)
			}
		})
	}

	rdRun(t, h, "Go signatures are accepted", func(t *testing.T) {
		a := rdFan(h)
		for i, cum := range []int64{40, 100} {
			v := voucher.Voucher{Account: a, Token: token, CumulativeAmount: rdN(cum), Deadline: rdDeadline(h)}
			sig, err := signer.Sign(v)
			if err != nil {
				t.Fatal(err)
			}
			// Deterministic (RFC 6979) over the same digest: identical to the harness's signature.
			if want := h.SignVoucher(h.Signer, a, token, v.CumulativeAmount, v.Deadline); !bytes.Equal(sig, want) {
				t.Fatalf("Go signature %x, harness signature %x", sig, want)
			}
			prev := []int64{0, 40}[i]
			rdMustPay(h, h.Distributor.PackClaimWithVoucher(a, token, v.CumulativeAmount, v.Deadline, sig),
				rdPaid{a, token, cum - prev, cum})
		}
		rdWantPaidOut(h, token, a, 100)
	})

	rdRun(t, h, "a signer for another chain id is refused", func(t *testing.T) {
		a := rdFan(h)
		other := voucher.NewSigner(h.Signer, big.NewInt(1), rdDist(h))
		if other.DomainSeparator() == common.Hash(sep) {
			t.Fatal("chain id 1 gives the same domain separator")
		}
		v := voucher.Voucher{Account: a, Token: token, CumulativeAmount: rdN(5), Deadline: rdDeadline(h)}
		sig, err := other.Sign(v)
		if err != nil {
			t.Fatal(err)
		}
		rdExpectClaimRevert(h, h.Distributor.PackClaimWithVoucher(a, token, v.CumulativeAmount, v.Deadline, sig),
			"UnknownSigner", rdArgs{"signer": rdRecoverAt(h, rdDist(h), a, token, v.CumulativeAmount, v.Deadline, sig)})
		rdWantPaidOut(h, token, a, 0)
	})
}

// ---------------------------------------------------------------- Merkle roots

func TestDistributorMerkleRoots(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "MRK", new(big.Int))
	a, b, c := rdFan(h), rdFan(h), rdFan(h)
	zero := common.Hash{}
	tree1 := rdTree(h, rdLeaf(a, token, 100), rdLeaf(b, token, 200))
	tree2 := rdTree(h, rdLeaf(a, token, 300), rdLeaf(b, token, 500), rdLeaf(c, token, 50))
	tree3 := rdTree(h, rdLeaf(a, token, 300), rdLeaf(c, token, 50), rdLeaf(b, token, 200))
	propose := h.Distributor.PackProposeRoot
	var activatesAt uint64

	rdRun(t, h, "no root yet", func(t *testing.T) {
		rdWantRoots(h, zero, 0, zero, 0, 0)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree1, 0), "NoActiveRoot", rdArgs{})
		rdExpectClaimRevert(h, rdManyCall(h, rdMerkleEntry(tree1, 0)), "NoActiveRoot", rdArgs{})
	})

	rdRun(t, h, "proposal checks", func(t *testing.T) {
		for _, k := range []*ecdsa.PrivateKey{h.Admin, h.Guardian, h.Signer, h.Keys[8]} {
			rdExpectRevert(h, k, rdDist(h), propose(tree1.Root(), 1), "AccessControlUnauthorizedAccount",
				rdArgs{"account": h.Addr(k), "neededRole": rdProposerRole})
		}
		rdExpectRevert(h, h.Proposer, rdDist(h), propose(zero, 1), "ZeroRoot", rdArgs{})
		rdExpectRevert(h, h.Proposer, rdDist(h), propose(tree1.Root(), 0), "EpochNotIncreasing",
			rdArgs{"current": uint64(0), "proposed": uint64(0)})
		rdWantRoots(h, zero, 0, zero, 0, 0)
	})

	rdRun(t, h, "a proposed root is pending during its dispute window", func(t *testing.T) {
		r := h.MustTransact(h.Proposer, rdDist(h), propose(tree1.Root(), 1))
		activatesAt = rdBlockTime(h, r) + chaintest.DisputeWindow
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackRootProposedEvent)
		if ev.Epoch != 1 || ev.Root != [32]byte(tree1.Root()) || ev.ActivatesAt.Uint64() != activatesAt {
			t.Fatalf("RootProposed(%d, %x, %s), want (1, %s, %d)", ev.Epoch, ev.Root, ev.ActivatesAt, tree1.Root(), activatesAt)
		}
		rdWantRoots(h, zero, 0, tree1.Root(), 1, activatesAt)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree1, 0), "NoActiveRoot", rdArgs{})
		rdExpectRevert(h, h.Proposer, rdDist(h), propose(tree2.Root(), 2), "RootPending",
			rdArgs{"epoch": uint64(1), "activatesAt": activatesAt})

		// One second before the end of the window it is still pending.
		h.AdvanceTime(rdSecs(activatesAt - 1 - h.Now()))
		if h.Now() != activatesAt-1 {
			t.Fatalf("latest block at %d, want %d", h.Now(), activatesAt-1)
		}
		rdWantRoots(h, zero, 0, tree1.Root(), 1, activatesAt)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree1, 0), "NoActiveRoot", rdArgs{})
		rdExpectRevert(h, h.Proposer, rdDist(h), propose(tree2.Root(), 2), "RootPending",
			rdArgs{"epoch": uint64(1), "activatesAt": activatesAt})
		rdWantPaidOut(h, token, a, 0)
	})

	rdRun(t, h, "the root is active once the window has passed", func(t *testing.T) {
		h.AdvanceTime(rdSecs(1))
		rdWantRoots(h, tree1.Root(), 1, zero, 0, 0)
		rdMustPay(h, rdMerkleCall(h, tree1, 0), rdPaid{a, token, 100, 100})
		rdWantPaidOut(h, token, a, 100)
		// An active root can no longer be rejected.
		rdExpectRevert(h, h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(tree1.Root()), "NoPendingRoot", rdArgs{})
	})

	rdRun(t, h, "proofs against a pending root are refused", func(t *testing.T) {
		rdExpectRevert(h, h.Proposer, rdDist(h), propose(tree2.Root(), 1), "EpochNotIncreasing",
			rdArgs{"current": uint64(1), "proposed": uint64(1)})
		r := h.MustTransact(h.Proposer, rdDist(h), propose(tree2.Root(), 2))
		activatesAt = rdBlockTime(h, r) + chaintest.DisputeWindow
		rdWantRoots(h, tree1.Root(), 1, tree2.Root(), 2, activatesAt)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree2, 2), "InvalidProof", rdArgs{}) // c is only in the pending root
		rdExpectClaimRevert(h, rdMerkleCall(h, tree2, 0), "InvalidProof", rdArgs{}) // a's pending total
		// The active root still pays meanwhile.
		rdMustPay(h, rdMerkleCall(h, tree1, 1), rdPaid{b, token, 200, 200})
	})

	rdRun(t, h, "only the guardian rejects, and only the pending root", func(t *testing.T) {
		for _, k := range []*ecdsa.PrivateKey{h.Admin, h.Proposer, h.Keys[8]} {
			rdExpectRevert(h, k, rdDist(h), h.Distributor.PackRejectRoot(tree2.Root()), "AccessControlUnauthorizedAccount",
				rdArgs{"account": h.Addr(k), "neededRole": rdGuardianRole})
		}
		rdExpectRevert(h, h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(tree1.Root()), "PendingRootMismatch",
			rdArgs{"pending": tree2.Root()})
		rdExpectRevert(h, h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(zero), "PendingRootMismatch",
			rdArgs{"pending": tree2.Root()})
		r := h.MustTransact(h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(tree2.Root()))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackRootRejectedEvent)
		if ev.Epoch != 2 || ev.Root != [32]byte(tree2.Root()) {
			t.Fatalf("RootRejected(%d, %x), want (2, %s)", ev.Epoch, ev.Root, tree2.Root())
		}
		rdWantRoots(h, tree1.Root(), 1, zero, 0, 0)
		rdExpectRevert(h, h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(tree2.Root()), "NoPendingRoot", rdArgs{})
		// The rejected root never activates.
		h.AdvanceTime(rdSecs(chaintest.DisputeWindow + 1))
		rdWantRoots(h, tree1.Root(), 1, zero, 0, 0)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree2, 2), "InvalidProof", rdArgs{})
	})

	rdRun(t, h, "the rejected epoch can be proposed again", func(t *testing.T) {
		r := h.MustTransact(h.Proposer, rdDist(h), propose(tree3.Root(), 2))
		activatesAt = rdBlockTime(h, r) + chaintest.DisputeWindow
		rdWantRoots(h, tree1.Root(), 1, tree3.Root(), 2, activatesAt)
		h.AdvanceTime(rdSecs(chaintest.DisputeWindow))
		rdWantRoots(h, tree3.Root(), 2, zero, 0, 0)
		rdMustPay(h, rdMerkleCall(h, tree3, 1), rdPaid{c, token, 50, 50})
		rdMustPay(h, rdMerkleCall(h, tree3, 0), rdPaid{a, token, 200, 300})
		rdExpectClaimRevert(h, rdMerkleCall(h, tree3, 2), "NothingToClaim",
			rdArgs{"account": b, "token": token, "cumulativeAmount": 200, "claimed": 200})
		rdExpectClaimRevert(h, rdMerkleCall(h, tree1, 0), "InvalidProof", rdArgs{}) // the old root is gone
	})

	rdRun(t, h, "epochs keep increasing after an activation", func(t *testing.T) {
		// tree3 matured but was never promoted by a later proposal: proposeRoot compares against its epoch.
		for _, e := range []uint64{1, 2} {
			rdExpectRevert(h, h.Proposer, rdDist(h), propose(tree2.Root(), e), "EpochNotIncreasing",
				rdArgs{"current": uint64(2), "proposed": e})
		}
		r := h.MustTransact(h.Proposer, rdDist(h), propose(tree2.Root(), 7)) // gaps are allowed
		activatesAt = rdBlockTime(h, r) + chaintest.DisputeWindow
		rdWantRoots(h, tree3.Root(), 2, tree2.Root(), 7, activatesAt)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree3, 1), "NothingToClaim",
			rdArgs{"account": c, "token": token, "cumulativeAmount": 50, "claimed": 50})
		h.AdvanceTime(rdSecs(chaintest.DisputeWindow))
		rdWantRoots(h, tree2.Root(), 7, zero, 0, 0)
		rdMustPay(h, rdMerkleCall(h, tree2, 1), rdPaid{b, token, 300, 500})
		rdExpectClaimRevert(h, rdMerkleCall(h, tree2, 0), "NothingToClaim",
			rdArgs{"account": a, "token": token, "cumulativeAmount": 300, "claimed": 300})
		rdWantPaidOut(h, token, a, 300)
		rdWantPaidOut(h, token, b, 500)
		rdWantPaidOut(h, token, c, 50)
	})
}

// A root may authorise less than an account was already paid (vouchers ran ahead): that account gets
// nothing from it, the others in the same root claim normally.
func TestDistributorMerkleBelowClaimed(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "BLW", new(big.Int))
	ahead, even, y, z := rdFan(h), rdFan(h), rdFan(h), rdFan(h)
	rdMustPay(h, rdVoucherCall(h, h.Signer, ahead, token, rdN(100)), rdPaid{ahead, token, 100, 100})
	rdMustPay(h, rdVoucherCall(h, h.Signer, even, token, rdN(60)), rdPaid{even, token, 60, 60})
	rdMustPay(h, rdVoucherCall(h, h.Signer, z, token, rdN(10)), rdPaid{z, token, 10, 10})
	tree := rdTree(h, rdLeaf(ahead, token, 80), rdLeaf(even, token, 60), rdLeaf(y, token, 60), rdLeaf(z, token, 25))
	rdProposeAndActivate(h, tree.Root(), 1)

	cases := []struct {
		name    string
		i       int
		account common.Address
		pay     int64 // 0: NothingToClaim
		claimed int64 // before, and after if nothing is paid
	}{
		{"root below what was paid", 0, ahead, 0, 100},
		{"root equal to what was paid", 1, even, 0, 60},
		{"a new account in the same root", 2, y, 60, 0},
		{"an account partly paid by voucher", 3, z, 15, 10},
	}
	for _, c := range cases {
		rdRun(t, h, c.name, func(t *testing.T) {
			l := tree.Leaf(c.i)
			if c.pay == 0 {
				rdExpectClaimRevert(h, rdMerkleCall(h, tree, c.i), "NothingToClaim", rdArgs{"account": c.account, "token": token,
					"cumulativeAmount": l.CumulativeAmount, "claimed": c.claimed})
				rdWantPaidOut(h, token, c.account, c.claimed)
				return
			}
			rdMustPay(h, rdMerkleCall(h, tree, c.i), rdPaid{c.account, token, c.pay, l.CumulativeAmount.Int64()})
			rdWantPaidOut(h, token, c.account, l.CumulativeAmount.Int64())
		})
	}
	rdRun(t, h, "in a batch such entries are skipped", func(t *testing.T) {
		w := rdFan(h)
		rdMustPay(h, rdVoucherCall(h, h.Signer, w, token, rdN(500)), rdPaid{w, token, 500, 500})
		tree2 := rdTree(h, rdLeaf(w, token, 400), rdLeaf(ahead, token, 130))
		rdProposeAndActivate(h, tree2.Root(), 2)
		rdMustPay(h, rdManyCall(h, rdMerkleEntry(tree2, 0), rdMerkleEntry(tree2, 1)), rdPaid{ahead, token, 30, 130})
		rdWantPaidOut(h, token, w, 500)
		rdWantPaidOut(h, token, ahead, 130)
	})
}

// ---------------------------------------------------------------- funding modes

func TestDistributorMintMode(t *testing.T) {
	h := chaintest.New(t)
	creator := h.Keys[4]
	token := h.MintModeToken(creator, "MNT", rdN(1000))
	a, b, c := rdFan(h), rdFan(h), rdFan(h)

	rdRun(t, h, "claims mint to the fan", func(t *testing.T) {
		rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(0))
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, token, rdN(400)), rdPaid{a, token, 400, 400})
		rdWantPaidOut(h, token, a, 400)
		rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(400))
		rdMustPay(h, rdVoucherCall(h, h.Signer, b, token, rdN(500)), rdPaid{b, token, 500, 500})
		rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(900))
		rdWantNotPool(h, token)
		rdWantBalance(h, token, rdDist(h), 0)
	})
	rdRun(t, h, "the token's cap still holds", func(t *testing.T) {
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, c, token, rdN(101)), "MaxSupplyExceeded",
			rdArgs{"maxSupply": 1000, "newSupply": 1001})
		rdWantPaidOut(h, token, c, 0)
		rdMustPay(h, rdVoucherCall(h, h.Signer, c, token, rdN(100)), rdPaid{c, token, 100, 100})
		rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(1000))
	})
	rdRun(t, h, "no payout without the minting right", func(t *testing.T) {
		salt := crypto.Keccak256Hash([]byte("no minter"))
		noMinter := h.CreateToken(creator, "No minter", "NOM", new(big.Int), new(big.Int), salt)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, noMinter, rdN(5)), "NotMinter", rdArgs{"caller": rdDist(h)})
		h.MustTransact(creator, noMinter, h.Token.PackSetMinter(rdDist(h), true))
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, noMinter, rdN(5)), rdPaid{a, noMinter, 5, 5})
		h.MustTransact(creator, noMinter, h.Token.PackSetMinter(rdDist(h), false))
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, noMinter, rdN(6)), "NotMinter", rdArgs{"caller": rdDist(h)})
		rdWantPaidOut(h, noMinter, a, 5)
	})
}

// ---------------------------------------------------------------- payout limits

func TestDistributorPayoutLimit(t *testing.T) {
	h := chaintest.New(t)
	creator, funder, stranger := h.Keys[4], h.Keys[5], h.Keys[7]
	token := h.MintModeToken(creator, "LIM", new(big.Int))
	_, pool := h.SponsorPool(funder, "LES", rdN(1000))
	plain := rdPlainToken(h, "LPL")
	const period = 100_000
	setLimit := h.Distributor.PackSetPayoutLimit

	rdRun(t, h, "only the payout manager sets the limit", func(t *testing.T) {
		cases := []struct {
			name  string
			key   *ecdsa.PrivateKey
			token common.Address
		}{
			{"admin on a CreatorToken", h.Admin, token},
			{"stranger on a CreatorToken", stranger, token},
			{"voucher signer on a CreatorToken", h.Signer, token},
			{"creator of another token", creator, pool},
			{"stranger on a pool", stranger, pool},
			{"admin on a pool", h.Admin, pool},
			{"anyone on a plain ERC-20", stranger, plain},
			{"admin on a plain ERC-20", h.Admin, plain},
		}
		for _, c := range cases {
			rdRun(t, h, c.name, func(t *testing.T) {
				rdExpectRevert(h, c.key, rdDist(h), setLimit(c.token, rdN(10), period), "NotPayoutManager",
					rdArgs{"token": c.token, "caller": h.Addr(c.key)})
			})
		}
		for _, c := range []struct {
			key   *ecdsa.PrivateKey
			token common.Address
		}{{creator, token}, {funder, pool}} {
			r := h.MustTransact(c.key, rdDist(h), setLimit(c.token, rdN(10), period))
			ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPayoutLimitSetEvent)
			if ev.Token != c.token || ev.Limit.Cmp(rdN(10)) != 0 || ev.Period != period {
				t.Fatalf("PayoutLimitSet(%s, %s, %d), want (%s, 10, %d)", ev.Token, ev.Limit, ev.Period, c.token, period)
			}
			h.MustTransact(c.key, rdDist(h), setLimit(c.token, rdN(0), 0))
			rdWantPayoutLimit(h, c.token, 0, 0, 0, 0)
		}
	})

	rdRun(t, h, "argument checks", func(t *testing.T) {
		maxU96 := new(big.Int).Sub(rdPow2(96), rdN(1))
		const maxPeriod = 1<<24 - 1
		cases := []struct {
			name   string
			limit  *big.Int
			period uint32
			err    string
			args   rdArgs
		}{
			{"limit without a period", rdN(100), 0, "InvalidPeriod", rdArgs{}},
			{"period of 2^24 seconds", rdN(1), maxPeriod + 1, "InvalidPeriod", rdArgs{}},
			{"period of 2^32-1 seconds", rdN(1), 1<<32 - 1, "InvalidPeriod", rdArgs{}},
			{"limit of 2^96", rdPow2(96), period, "AmountTooLarge", rdArgs{"amount": rdPow2(96)}},
			{"limit of 2^256-1", new(big.Int).Sub(rdPow2(256), rdN(1)), period, "AmountTooLarge",
				rdArgs{"amount": new(big.Int).Sub(rdPow2(256), rdN(1))}},
		}
		for _, c := range cases {
			rdRun(t, h, c.name, func(t *testing.T) {
				rdExpectRevert(h, creator, rdDist(h), setLimit(token, c.limit, c.period), c.err, c.args)
			})
		}
		rdWantPayoutLimit(h, token, 0, 0, 0, 0)
		// The largest values accepted.
		r := h.MustTransact(creator, rdDist(h), setLimit(token, maxU96, maxPeriod))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPayoutLimitSetEvent); ev.Limit.Cmp(maxU96) != 0 || ev.Period != maxPeriod {
			t.Fatalf("PayoutLimitSet(%s, %d), want (2^96-1, 2^24-1)", ev.Limit, ev.Period)
		}
		out, err := h.Distributor.UnpackPayoutLimit(h.Call(rdDist(h), h.Distributor.PackPayoutLimit(token)))
		if err != nil || out.Limit.Cmp(maxU96) != 0 || out.Period != maxPeriod || out.PaidInPeriod.Sign() != 0 {
			t.Fatalf("payoutLimit = %+v, %v", out, err)
		}
		h.MustTransact(creator, rdDist(h), setLimit(token, rdN(0), 0)) // period 0 with limit 0 removes the limit
		rdWantPayoutLimit(h, token, 0, 0, 0, 0)
	})

	a, b, c := rdFan(h), rdFan(h), rdFan(h)
	// Start right after a period boundary, so the whole sequence runs inside one known period.
	if d := period - h.Now()%period; d < 100 {
		h.AdvanceTime(rdSecs(d + period))
	} else {
		h.AdvanceTime(rdSecs(d))
	}
	end := h.Now() + period
	if h.Now()%period != 0 {
		t.Fatalf("not aligned: %d", h.Now())
	}
	tree := rdTree(h, rdLeaf(c, token, 41), rdLeaf(a, token, 1))
	exceeded := func(available int64, resetsAt uint64) rdArgs {
		return rdArgs{"token": token, "available": available, "resetsAt": resetsAt}
	}

	rdRun(t, h, "claims up to the limit, then PayoutLimitExceeded", func(t *testing.T) {
		h.MustTransact(creator, rdDist(h), setLimit(token, rdN(100), period))
		rdWantPayoutLimit(h, token, 100, period, 0, end)
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, token, rdN(60)), rdPaid{a, token, 60, 60})
		rdWantPayoutLimit(h, token, 100, period, 60, end)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, b, token, rdN(50)), "PayoutLimitExceeded", exceeded(40, end))
		rdExpectClaimRevert(h, rdManyCall(h, rdVoucherEntry(h, h.Signer, b, token, rdN(50))), "PayoutLimitExceeded", exceeded(40, end))
		rdMustPay(h, rdVoucherCall(h, h.Signer, b, token, rdN(40)), rdPaid{b, token, 40, 40}) // exactly the limit
		rdWantPayoutLimit(h, token, 100, period, 100, end)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, c, token, rdN(1)), "PayoutLimitExceeded", exceeded(0, end))
		// The Merkle path is bound by the same limit.
		rdProposeAndActivate(h, tree.Root(), 1)
		rdExpectClaimRevert(h, rdMerkleCall(h, tree, 0), "PayoutLimitExceeded", exceeded(0, end))
		rdWantPaidOut(h, token, c, 0)
		rdWantPaidOut(h, token, b, 40)
		rdWantBig(h, "totalSupply", rdTotalSupply(h, token), rdN(100))
	})

	rdRun(t, h, "the next period pays again", func(t *testing.T) {
		h.AdvanceTime(rdSecs(end - 1 - h.Now()))
		rdExpectClaimRevert(h, rdMerkleCall(h, tree, 0), "PayoutLimitExceeded", exceeded(0, end)) // one second early
		h.AdvanceTime(rdSecs(1))
		rdWantPayoutLimit(h, token, 100, period, 0, end+period)
		rdMustPay(h, rdMerkleCall(h, tree, 0), rdPaid{c, token, 41, 41})
		rdMustPay(h, rdVoucherCall(h, h.Signer, b, token, rdN(90)), rdPaid{b, token, 50, 90})
		rdWantPayoutLimit(h, token, 100, period, 91, end+period)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, token, rdN(70)), "PayoutLimitExceeded", exceeded(9, end+period))
	})

	rdRun(t, h, "lowering the limit below what was paid leaves nothing", func(t *testing.T) {
		h.MustTransact(creator, rdDist(h), setLimit(token, rdN(30), period))
		rdWantPayoutLimit(h, token, 30, period, 91, end+period)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, token, rdN(61)), "PayoutLimitExceeded", exceeded(0, end+period))
	})

	rdRun(t, h, "a new period length starts counting afresh", func(t *testing.T) {
		const period2 = 50_000
		h.MustTransact(creator, rdDist(h), setLimit(token, rdN(30), period2))
		end2 := (h.Now()/period2 + 1) * period2
		rdWantPayoutLimit(h, token, 30, period2, 0, end2)
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, token, rdN(90)), rdPaid{a, token, 30, 90})
		rdWantPayoutLimit(h, token, 30, period2, 30, end2)
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, token, rdN(91)), "PayoutLimitExceeded",
			rdArgs{"token": token, "available": 0, "resetsAt": end2})
	})

	rdRun(t, h, "removing the limit", func(t *testing.T) {
		h.MustTransact(creator, rdDist(h), setLimit(token, rdN(0), 0))
		rdWantPayoutLimit(h, token, 0, 0, 0, 0)
		rdMustPay(h, rdVoucherCall(h, h.Signer, a, token, rdN(10_090)), rdPaid{a, token, 10_000, 10_090})
	})
}

func TestDistributorPayoutManager(t *testing.T) {
	h := chaintest.New(t)
	creator, funder, stranger, m1, m2 := h.Keys[4], h.Keys[5], h.Keys[7], h.Keys[8], h.Keys[6]
	token := h.MintModeToken(creator, "MGR", new(big.Int))
	_, pool := h.SponsorPool(funder, "MGE", rdN(100))
	setManager := h.Distributor.PackSetPayoutManager
	wantManager := func(token common.Address, want *ecdsa.PrivateKey) {
		h.T.Helper()
		if got := rdPayoutManager(h, token); got != h.Addr(want) {
			h.T.Fatalf("payoutManager(%s) = %s, want %s", token, got, h.Addr(want))
		}
	}
	set := func(key *ecdsa.PrivateKey, token common.Address, manager *ecdsa.PrivateKey) {
		h.T.Helper()
		r := h.MustTransact(key, rdDist(h), setManager(token, h.Addr(manager)))
		ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPayoutManagerSetEvent)
		if ev.Token != token || ev.Manager != h.Addr(manager) {
			h.T.Fatalf("PayoutManagerSet(%s, %s), want (%s, %s)", ev.Token, ev.Manager, token, h.Addr(manager))
		}
		wantManager(token, manager)
	}
	canSetLimit := func(key *ecdsa.PrivateKey, token common.Address, can bool) {
		h.T.Helper()
		data := h.Distributor.PackSetPayoutLimit(token, rdN(5), 1000)
		if can {
			h.MustTransact(key, rdDist(h), data)
			return
		}
		rdExpectRevert(h, key, rdDist(h), data, "NotPayoutManager", rdArgs{"token": token, "caller": h.Addr(key)})
	}

	rdRun(t, h, "strangers cannot reassign", func(t *testing.T) {
		wantManager(token, creator)
		wantManager(pool, funder)
		for _, k := range []*ecdsa.PrivateKey{stranger, h.Guardian, h.Proposer, h.Signer} {
			rdExpectRevert(h, k, rdDist(h), setManager(token, h.Addr(k)), "NotPayoutManager", rdArgs{"token": token, "caller": h.Addr(k)})
			rdExpectRevert(h, k, rdDist(h), setManager(pool, h.Addr(k)), "PoolManagedByOwner", rdArgs{"pool": pool})
		}
		wantManager(token, creator)
		wantManager(pool, funder)
	})
	rdRun(t, h, "the creator hands over", func(t *testing.T) {
		rdExpectRevert(h, creator, rdDist(h), setManager(token, common.Address{}), "ZeroAddress", rdArgs{})
		set(creator, token, m1)
		canSetLimit(creator, token, false)
		canSetLimit(m1, token, true)
		rdExpectRevert(h, creator, rdDist(h), setManager(token, h.Addr(creator)), "NotPayoutManager",
			rdArgs{"token": token, "caller": h.Addr(creator)})
	})
	rdRun(t, h, "the admin reassigns", func(t *testing.T) {
		rdExpectRevert(h, h.Admin, rdDist(h), setManager(token, common.Address{}), "ZeroAddress", rdArgs{})
		set(h.Admin, token, m2)
		canSetLimit(m1, token, false)
		canSetLimit(m2, token, true)
		// A pool's manager is its owner: neither the owner nor the admin hands it to someone else.
		for _, k := range []*ecdsa.PrivateKey{funder, h.Admin} {
			rdExpectRevert(h, k, rdDist(h), setManager(pool, h.Addr(m1)), "PoolManagedByOwner", rdArgs{"pool": pool})
		}
		canSetLimit(funder, pool, true)
		canSetLimit(m1, pool, false)
		canSetLimit(h.Admin, pool, false)
	})
	rdRun(t, h, "a manager preassigned for a pool's address before it exists is ignored", func(t *testing.T) {
		token, _ := h.SponsorPool(funder, "MPL", rdN(0))
		salt := crypto.Keccak256Hash([]byte("later"))
		addr, err := h.Distributor.UnpackPredictPoolAddress(h.Call(rdDist(h), h.Distributor.PackPredictPoolAddress(h.Addr(funder), token, salt)))
		if err != nil {
			t.Fatal(err)
		}
		set(h.Admin, addr, m2)
		h.MustTransact(m2, rdDist(h), h.Distributor.PackSetPayoutLimit(addr, rdN(5), 1000))
		if got := h.CreatePool(funder, token, salt); got != addr {
			t.Fatalf("createPool made %s, predicted %s", got, addr)
		}
		wantManager(addr, funder)
		canSetLimit(m2, addr, false)
		rdWantPayoutLimit(h, addr, 0, 0, 0, 0) // the limit m2 set is gone
	})
}

// ---------------------------------------------------------------- pause

func TestDistributorPause(t *testing.T) {
	h := chaintest.New(t)
	token := h.MintModeToken(h.Keys[4], "PAU", new(big.Int))
	a, b := rdFan(h), rdFan(h)
	tree := rdTree(h, rdLeaf(a, token, 10), rdLeaf(b, token, 20))
	rdProposeAndActivate(h, tree.Root(), 1)
	calls := func() map[string][]byte {
		return map[string][]byte{
			"claimWithVoucher": rdVoucherCall(h, h.Signer, b, token, rdN(5)),
			"claim":            rdMerkleCall(h, tree, 0),
			"claimMany":        rdManyCall(h, rdVoucherEntry(h, h.Signer, b, token, rdN(5)), rdMerkleEntry(tree, 0)),
			"empty claimMany":  rdManyCall(h),
		}
	}

	rdRun(t, h, "unpause when not paused", func(t *testing.T) {
		if rdIsPaused(h) {
			t.Fatal("paused at deployment")
		}
		rdExpectRevert(h, h.Admin, rdDist(h), h.Distributor.PackUnpause(), "NotPaused", rdArgs{})
	})
	rdRun(t, h, "only the guardian pauses", func(t *testing.T) {
		for _, k := range []*ecdsa.PrivateKey{h.Admin, h.Proposer, h.Signer, h.Keys[8]} {
			rdExpectRevert(h, k, rdDist(h), h.Distributor.PackPause(), "AccessControlUnauthorizedAccount",
				rdArgs{"account": h.Addr(k), "neededRole": rdGuardianRole})
		}
		r := h.MustTransact(h.Guardian, rdDist(h), h.Distributor.PackPause())
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackPausedEvent); ev.Account != h.Addr(h.Guardian) {
			t.Fatalf("Paused(%s), want the guardian %s", ev.Account, h.Addr(h.Guardian))
		}
		if !rdIsPaused(h) {
			t.Fatal("paused() = false after pause")
		}
	})
	rdRun(t, h, "every claim function reverts ClaimsPaused", func(t *testing.T) {
		for name, data := range calls() {
			rdRun(t, h, name, func(t *testing.T) {
				rdExpectClaimRevert(h, data, "ClaimsPaused", rdArgs{})
			})
		}
		rdWantPaidOut(h, token, a, 0)
		rdWantPaidOut(h, token, b, 0)
	})
	rdRun(t, h, "only the admin unpauses", func(t *testing.T) {
		for _, k := range []*ecdsa.PrivateKey{h.Guardian, h.Proposer, h.Keys[8]} {
			rdExpectRevert(h, k, rdDist(h), h.Distributor.PackUnpause(), "AccessControlUnauthorizedAccount",
				rdArgs{"account": h.Addr(k), "neededRole": rdAdminRole})
		}
		r := h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackUnpause())
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackUnpausedEvent); ev.Account != h.Addr(h.Admin) {
			t.Fatalf("Unpaused(%s), want the admin %s", ev.Account, h.Addr(h.Admin))
		}
		if rdIsPaused(h) {
			t.Fatal("paused() = true after unpause")
		}
		rdExpectRevert(h, h.Admin, rdDist(h), h.Distributor.PackUnpause(), "NotPaused", rdArgs{})
	})
	rdRun(t, h, "claims work again", func(t *testing.T) {
		c := calls()
		rdMustPay(h, c["claimWithVoucher"], rdPaid{b, token, 5, 5})
		rdMustPay(h, c["claim"], rdPaid{a, token, 10, 10})
		rdMustPay(h, rdManyCall(h, rdVoucherEntry(h, h.Signer, b, token, rdN(7)), rdMerkleEntry(tree, 1)),
			rdPaid{b, token, 2, 7}, rdPaid{b, token, 13, 20})
		rdMustPay(h, c["empty claimMany"])
		rdWantPaidOut(h, token, a, 10)
		rdWantPaidOut(h, token, b, 20)
	})
}

// ---------------------------------------------------------------- reentrancy

func TestDistributorReentrancy(t *testing.T) {
	h := chaintest.New(t)
	rt := mocks.NewReentrantToken()
	funder := h.Keys[5]
	erc20 := h.DeployContract(h.Admin, mocks.ReentrantTokenMetaData.Bin, nil)
	token := h.CreatePool(funder, erc20, crypto.Keccak256Hash([]byte("reentrant")))
	h.FundPool(funder, erc20, token, rdN(1000))
	rdWantPool(h, token, 1000)
	pool := int64(1000)
	counter := func(pack func() []byte, unpack func([]byte) (*big.Int, error)) int64 {
		h.T.Helper()
		v, err := unpack(h.Call(erc20, pack()))
		if err != nil {
			h.T.Fatal(err)
		}
		return v.Int64()
	}
	// attack arms the token with payload, sends outer and checks that exactly want was paid, once each, and
	// that the re-entry was attempted once and refused by the reentrancy guard.
	attack := func(payload, outer []byte, want ...rdPaid) {
		h.T.Helper()
		attempts := counter(rt.PackAttempts, rt.UnpackAttempts)
		h.MustTransact(h.Keys[8], erc20, rt.PackArm(rdDist(h), payload))
		rdMustPay(h, outer, want...)
		if got := counter(rt.PackAttempts, rt.UnpackAttempts); got != attempts+1 {
			h.T.Fatalf("re-entry attempts %d, want %d", got, attempts+1)
		}
		if got := counter(rt.PackSuccesses, rt.UnpackSuccesses); got != 0 {
			h.T.Fatalf("%d re-entries succeeded", got)
		}
		lastErr, err := rt.UnpackLastError(h.Call(erc20, rt.PackLastError()))
		if err != nil {
			h.T.Fatal(err)
		}
		if rev := chain.DecodeRevertData(lastErr); rev.Name != "ReentrancyGuardReentrantCall" {
			h.T.Fatalf("re-entry failed with %v (%x), want ReentrancyGuardReentrantCall", rev, lastErr)
		}
		target, err := rt.UnpackTarget(h.Call(erc20, rt.PackTarget()))
		if err != nil || target != (common.Address{}) {
			h.T.Fatalf("token still armed (target %s, %v)", target, err)
		}
		for _, w := range want {
			pool -= w.amount
			rdWantPaidOut(h, token, w.account, w.cumulative)
		}
		rdWantPool(h, token, pool)
		rdWantBalance(h, erc20, rdDist(h), pool)
	}

	rdRun(t, h, "claimWithVoucher re-entering the same voucher", func(t *testing.T) {
		a := rdFan(h)
		claim := rdVoucherCall(h, h.Signer, a, token, rdN(100))
		attack(claim, claim, rdPaid{a, token, 100, 100})
	})
	rdRun(t, h, "claimMany re-entering the same batch", func(t *testing.T) {
		b, c := rdFan(h), rdFan(h)
		batch := rdManyCall(h, rdVoucherEntry(h, h.Signer, b, token, rdN(100)), rdVoucherEntry(h, h.Signer, c, token, rdN(50)))
		attack(batch, batch, rdPaid{b, token, 100, 100}, rdPaid{c, token, 50, 50})
	})
	rdRun(t, h, "claimWithVoucher re-entered by claimMany", func(t *testing.T) {
		d, e := rdFan(h), rdFan(h)
		claim := rdVoucherCall(h, h.Signer, d, token, rdN(80))
		batch := rdManyCall(h, rdVoucherEntry(h, h.Signer, d, token, rdN(80)), rdVoucherEntry(h, h.Signer, e, token, rdN(20)))
		attack(batch, claim, rdPaid{d, token, 80, 80})
		rdWantPaidOut(h, token, e, 0)
	})
	rdRun(t, h, "Merkle claim re-entered by a higher voucher", func(t *testing.T) {
		f, g := rdFan(h), rdFan(h)
		tree := rdTree(h, rdLeaf(f, token, 30), rdLeaf(g, token, 1))
		rdProposeAndActivate(h, tree.Root(), 1)
		attack(rdVoucherCall(h, h.Signer, f, token, rdN(60)), rdMerkleCall(h, tree, 0), rdPaid{f, token, 30, 30})
		// The voucher itself is still good afterwards: it pays the difference once.
		v := rdVoucherCall(h, h.Signer, f, token, rdN(60))
		rdMustPay(h, v, rdPaid{f, token, 30, 60})
		pool -= 30
		rdExpectClaimRevert(h, v, "NothingToClaim", rdArgs{"account": f, "token": token, "cumulativeAmount": 60, "claimed": 60})
		rdWantPool(h, token, pool)
	})
	rdRun(t, h, "fundPool re-entered during a payout", func(t *testing.T) {
		k := rdFan(h)
		attack(h.Distributor.PackFundPool(token, rdN(1)), rdVoucherCall(h, h.Signer, k, token, rdN(10)), rdPaid{k, token, 10, 10})
	})
	rdRun(t, h, "withdraw re-entered during a payout", func(t *testing.T) {
		// The owner's withdrawal is due and the whole balance is withdrawable (nothing committed).
		h.MustTransact(funder, rdDist(h), h.Distributor.PackAnnounceWithdrawal(token))
		h.AdvanceTime(rdSecs(uint64(rdWithdrawalNotice(h))))
		k := rdFan(h)
		attack(h.Distributor.PackWithdraw(token, h.Addr(funder), rdN(1)), rdVoucherCall(h, h.Signer, k, token, rdN(10)),
			rdPaid{k, token, 10, 10})
	})
}

// ---------------------------------------------------------------- batches

func TestDistributorClaimMany(t *testing.T) {
	h := chaintest.New(t)
	mint := h.MintModeToken(h.Keys[4], "BMT", new(big.Int))
	escERC20, esc := h.SponsorPool(h.Keys[5], "BES", rdN(1000))
	a, b, c, d := rdFan(h), rdFan(h), rdFan(h), rdFan(h)
	tree := rdTree(h,
		rdLeaf(a, mint, 100), // 0
		rdLeaf(b, esc, 200),  // 1
		rdLeaf(c, mint, 300), // 2
		rdLeaf(a, esc, 40),   // 3
		rdLeaf(d, mint, 70),  // 4
		rdLeaf(d, esc, 5000), // 5: more than the pool
	)
	rdProposeAndActivate(h, tree.Root(), 1)
	count := func(data []byte) int64 {
		h.T.Helper()
		n, err := h.Distributor.UnpackClaimMany(h.Call(rdDist(h), data))
		if err != nil {
			h.T.Fatal(err)
		}
		return n.Int64()
	}
	type state struct {
		token, account common.Address
		amount         int64
	}
	wantState := func(want []state, escPool int64, mintSupply int64) {
		h.T.Helper()
		for _, s := range want {
			rdWantPaidOut(h, s.token, s.account, s.amount)
		}
		rdWantPool(h, esc, escPool)
		rdWantBalance(h, escERC20, rdDist(h), escPool)
		rdWantBig(h, "mint totalSupply", rdTotalSupply(h, mint), rdN(mintSupply))
	}

	// Earlier transactions: d's Merkle claim (front-running the batch below) and b's voucher.
	rdMustPay(h, rdMerkleCall(h, tree, 4), rdPaid{d, mint, 70, 70})
	bVoucher := rdVoucherEntry(h, h.Signer, b, mint, rdN(60))
	rdMustPay(h, h.Distributor.PackClaimWithVoucher(b, mint, rdN(60), bVoucher.Deadline, bVoucher.Signature), rdPaid{b, mint, 60, 60})
	aVoucher := rdVoucherEntry(h, h.Signer, a, mint, rdN(100))

	rdRun(t, h, "mixed batch skips what is already paid", func(t *testing.T) {
		batch := rdManyCall(h,
			aVoucher,               // pays 100
			rdMerkleEntry(tree, 1), // pays 200 from the pool
			rdMerkleEntry(tree, 4), // front-run by d's own claim: skipped
			rdVoucherEntry(h, h.Signer, c, esc, rdN(25)), // pays 25 from the pool
			rdMerkleEntry(tree, 2),                       // pays 300
			bVoucher,                                     // already claimed in an earlier transaction: skipped
			aVoucher,                                     // the same entry twice in one batch: the second is skipped
			rdMerkleEntry(tree, 3),                       // pays 40 from the pool
			rdVoucherEntry(h, h.Signer, a, mint, rdN(150)), // a newer voucher in the same batch: pays 50
		)
		if n := count(batch); n != 6 {
			t.Fatalf("claimMany returns %d, want 6", n)
		}
		rdMustPay(h, batch,
			rdPaid{a, mint, 100, 100},
			rdPaid{b, esc, 200, 200},
			rdPaid{c, esc, 25, 25},
			rdPaid{c, mint, 300, 300},
			rdPaid{a, esc, 40, 40},
			rdPaid{a, mint, 50, 150},
		)
		wantState([]state{{mint, a, 150}, {esc, a, 40}, {esc, b, 200}, {mint, b, 60}, {esc, c, 25}, {mint, c, 300},
			{mint, d, 70}, {esc, d, 0}}, 1000-200-25-40, 150+60+300+70)
		// Replaying the whole batch pays nothing and does not revert.
		if n := count(batch); n != 0 {
			t.Fatalf("replayed claimMany returns %d, want 0", n)
		}
		rdMustPay(h, batch)
	})

	rdRun(t, h, "empty batch", func(t *testing.T) {
		if n := count(rdManyCall(h)); n != 0 {
			t.Fatalf("empty claimMany returns %d", n)
		}
		rdMustPay(h, rdManyCall(h))
	})

	rdRun(t, h, "an entry with nothing to pay is skipped before it is checked", func(t *testing.T) {
		// Documented behaviour: the entry authorises nothing new, so its (bad) signature is never looked at.
		bogus := rdVoucherEntry(h, h.Keys[8], a, mint, rdN(150))
		bogus.Signature = []byte{1, 2, 3}
		if n := count(rdManyCall(h, bogus)); n != 0 {
			t.Fatalf("claimMany returns %d, want 0", n)
		}
	})

	valid := func() bindings.RewardsDistributorClaim { return rdVoucherEntry(h, h.Signer, a, mint, rdN(175)) }
	stranger := h.Keys[8]
	tampered := rdVoucherEntry(h, h.Signer, c, mint, rdN(400))
	tampered.CumulativeAmount = rdN(4000)
	shortSig := rdVoucherEntry(h, h.Signer, c, mint, rdN(400))
	shortSig.Signature = shortSig.Signature[:64]
	highS := rdVoucherEntry(h, h.Signer, c, mint, rdN(400))
	highS.Signature = rdMalleate(highS.Signature)
	expired := rdVoucherEntry(h, h.Signer, c, mint, rdN(400))
	expired.Deadline = new(big.Int).SetUint64(h.Now() - 1)
	expired.Signature = h.SignVoucher(h.Signer, c, mint, rdN(400), expired.Deadline)
	badProof := rdMerkleEntry(tree, 2)
	badProof.CumulativeAmount = rdN(301)
	invalid := []struct {
		name  string
		entry bindings.RewardsDistributorClaim
		err   string
		args  rdArgs
	}{
		{"signature by a key that is not a signer", rdVoucherEntry(h, stranger, c, mint, rdN(400)), "UnknownSigner",
			rdArgs{"signer": h.Addr(stranger)}},
		{"tampered amount", tampered, "UnknownSigner",
			rdArgs{"signer": rdRecoverAt(h, rdDist(h), c, mint, rdN(4000), tampered.Deadline, tampered.Signature)}},
		{"64-byte signature", shortSig, "ECDSAInvalidSignatureLength", rdArgs{"length": 64}},
		{"high-s signature", highS, "ECDSAInvalidSignatureS", rdArgs{"s": common.BytesToHash(highS.Signature[32:64])}},
		{"expired voucher", expired, "VoucherExpired", rdArgs{"deadline": expired.Deadline}},
		{"proof for another amount", badProof, "InvalidProof", rdArgs{}},
		{"pool too small", rdMerkleEntry(tree, 5), "InsufficientPool",
			rdArgs{"pool": esc, "available": 1000 - 200 - 25 - 40, "needed": 5000}},
	}
	for _, inv := range invalid {
		rdRun(t, h, "invalid entry reverts the batch: "+inv.name, func(t *testing.T) {
			rdExpectClaimRevert(h, rdManyCall(h, valid(), inv.entry, rdVoucherEntry(h, h.Signer, b, esc, rdN(210))), inv.err, inv.args)
			wantState([]state{{mint, a, 150}, {esc, b, 200}, {mint, c, 300}, {esc, d, 0}}, 1000-200-25-40, 150+60+300+70)
		})
	}

	rdRun(t, h, "the same batch without the invalid entry pays", func(t *testing.T) {
		rdMustPay(h, rdManyCall(h, valid(), rdVoucherEntry(h, h.Signer, b, esc, rdN(210))),
			rdPaid{a, mint, 25, 175}, rdPaid{b, esc, 10, 210})
		wantState([]state{{mint, a, 175}, {esc, b, 210}}, 1000-200-25-40-10, 150+60+300+70+25)
	})
}

// ---------------------------------------------------------------- admin

func TestDistributorAdmin(t *testing.T) {
	h := chaintest.New(t)
	s := h.NewKey()
	nonAdmins := []*ecdsa.PrivateKey{h.Proposer, h.Guardian, h.Signer, h.Keys[8]}

	rdRun(t, h, "roles", func(t *testing.T) {
		for _, c := range []struct {
			pack   func() []byte
			unpack func([]byte) ([32]byte, error)
			want   [32]byte
		}{
			{h.Distributor.PackDEFAULTADMINROLE, h.Distributor.UnpackDEFAULTADMINROLE, rdAdminRole},
			{h.Distributor.PackROOTPROPOSERROLE, h.Distributor.UnpackROOTPROPOSERROLE, rdProposerRole},
			{h.Distributor.PackGUARDIANROLE, h.Distributor.UnpackGUARDIANROLE, rdGuardianRole},
		} {
			got, err := c.unpack(h.Call(rdDist(h), c.pack()))
			if err != nil || got != c.want {
				t.Fatalf("role constant %x (%v), want %x", got, err, c.want)
			}
		}
		for _, c := range []struct {
			role [32]byte
			key  *ecdsa.PrivateKey
		}{{rdAdminRole, h.Admin}, {rdProposerRole, h.Proposer}, {rdGuardianRole, h.Guardian}} {
			ok, err := h.Distributor.UnpackHasRole(h.Call(rdDist(h), h.Distributor.PackHasRole(c.role, h.Addr(c.key))))
			if err != nil || !ok {
				t.Fatalf("hasRole(%x, %s) = %v, %v", c.role, h.Addr(c.key), ok, err)
			}
		}
	})

	rdRun(t, h, "only the admin", func(t *testing.T) {
		calls := map[string][]byte{
			"addSigner":           h.Distributor.PackAddSigner(h.Addr(s)),
			"removeSigner":        h.Distributor.PackRemoveSigner(h.Addr(h.Signer)),
			"setDisputeWindow":    h.Distributor.PackSetDisputeWindow(1),
			"setWithdrawalNotice": h.Distributor.PackSetWithdrawalNotice(1 << 20),
			"unpause":             h.Distributor.PackUnpause(),
			"grantRole":           h.Distributor.PackGrantRole(rdProposerRole, h.Addr(s)),
		}
		for name, data := range calls {
			rdRun(t, h, name, func(t *testing.T) {
				for _, k := range nonAdmins {
					rdExpectRevert(h, k, rdDist(h), data, "AccessControlUnauthorizedAccount",
						rdArgs{"account": h.Addr(k), "neededRole": rdAdminRole})
				}
			})
		}
		if rdIsSigner(h, rdDist(h), h.Addr(s)) || !rdIsSigner(h, rdDist(h), h.Addr(h.Signer)) || rdDisputeWindow(h) != chaintest.DisputeWindow {
			t.Fatal("a refused admin call changed state")
		}
	})

	rdRun(t, h, "signers", func(t *testing.T) {
		if rdIsSigner(h, rdDist(h), common.Address{}) {
			t.Fatal("isSigner(0) = true")
		}
		rdExpectRevert(h, h.Admin, rdDist(h), h.Distributor.PackAddSigner(common.Address{}), "ZeroAddress", rdArgs{})
		r := h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackAddSigner(h.Addr(s)))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackSignerAddedEvent); ev.Signer != h.Addr(s) {
			t.Fatalf("SignerAdded(%s), want %s", ev.Signer, h.Addr(s))
		}
		if !rdIsSigner(h, rdDist(h), h.Addr(s)) || !rdIsSigner(h, rdDist(h), h.Addr(h.Signer)) {
			t.Fatal("isSigner false after addSigner")
		}
		r = h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackRemoveSigner(h.Addr(h.Signer)))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackSignerRemovedEvent); ev.Signer != h.Addr(h.Signer) {
			t.Fatalf("SignerRemoved(%s), want %s", ev.Signer, h.Addr(h.Signer))
		}
		if rdIsSigner(h, rdDist(h), h.Addr(h.Signer)) || !rdIsSigner(h, rdDist(h), h.Addr(s)) {
			t.Fatal("isSigner wrong after removeSigner")
		}
		r = h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackRemoveSigner(h.Addr(s)))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackSignerRemovedEvent); ev.Signer != h.Addr(s) {
			t.Fatalf("SignerRemoved(%s), want %s", ev.Signer, h.Addr(s))
		}
		if rdIsSigner(h, rdDist(h), h.Addr(s)) {
			t.Fatal("isSigner true after removing the latest signer")
		}
		token := h.MintModeToken(h.Keys[4], "ADM", new(big.Int))
		a := rdFan(h)
		rdExpectClaimRevert(h, rdVoucherCall(h, s, a, token, rdN(1)), "UnknownSigner", rdArgs{"signer": h.Addr(s)})
		rdExpectClaimRevert(h, rdVoucherCall(h, h.Signer, a, token, rdN(1)), "UnknownSigner", rdArgs{"signer": h.Addr(h.Signer)})
	})

	rdRun(t, h, "dispute window", func(t *testing.T) {
		if w := rdDisputeWindow(h); w != chaintest.DisputeWindow {
			t.Fatalf("disputeWindow() = %d", w)
		}
		r := h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackSetDisputeWindow(600))
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackDisputeWindowSetEvent); ev.DisputeWindow != 600 {
			t.Fatalf("DisputeWindowSet(%d), want 600", ev.DisputeWindow)
		}
		if w := rdDisputeWindow(h); w != 600 {
			t.Fatalf("disputeWindow() = %d, want 600", w)
		}
		root := crypto.Keccak256Hash([]byte("root 1"))
		r = h.MustTransact(h.Proposer, rdDist(h), h.Distributor.PackProposeRoot(root, 1))
		at := rdBlockTime(h, r) + 600
		if ev := rdOneEvent(h, r, rdDist(h), h.Distributor.UnpackRootProposedEvent); ev.ActivatesAt.Uint64() != at || ev.Epoch != 1 {
			t.Fatalf("RootProposed(%d, _, %s), want activation at %d", ev.Epoch, ev.ActivatesAt, at)
		}
		// A new window applies to later proposals only.
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackSetDisputeWindow(7200))
		rdWantRoots(h, common.Hash{}, 0, root, 1, at)
		h.AdvanceTime(rdSecs(600))
		rdWantRoots(h, root, 1, common.Hash{}, 0, 0)

		// Window 0: a proposed root is active in the block that proposes it and cannot be rejected.
		h.MustTransact(h.Admin, rdDist(h), h.Distributor.PackSetDisputeWindow(0))
		root2 := crypto.Keccak256Hash([]byte("root 2"))
		h.MustTransact(h.Proposer, rdDist(h), h.Distributor.PackProposeRoot(root2, 2))
		rdWantRoots(h, root2, 2, common.Hash{}, 0, 0)
		rdExpectRevert(h, h.Guardian, rdDist(h), h.Distributor.PackRejectRoot(root2), "NoPendingRoot", rdArgs{})
	})
}
