package contracts_test

// Tests of CreatorToken (contracts/CreatorToken.sol) on the simulated chain of internal/chain/chaintest.
// Every token under test is a real ERC-1167 clone made by the harness's factory.
//
// The small helpers at the top of this file (reads, eth_call from any address, event and revert-argument
// checks, EIP-2612 signing, signature malleation) are shared with factory_test.go. Package-level names start
// with "ct" (and "fct" in factory_test.go) because other engineers' test files share this package.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/chain"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
)

// ---------------------------------------------------------------- shared helpers

// ctView runs a read-only call on `to` and unpacks its result, failing the test on any error.
func ctView[T any](h *chaintest.Harness, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	h.T.Helper()
	v, err := unpack(h.Call(to, data))
	if err != nil {
		h.T.Fatalf("unpack call to %s: %v", to, err)
	}
	return v
}

// ctCallFrom runs data as an eth_call from any address (a contract such as the distributor, which has no key)
// and returns its output or, when it reverts, the decoded *chain.RevertError. Nothing is mined.
func ctCallFrom(h *chaintest.Harness, from, to common.Address, data []byte) ([]byte, error) {
	h.T.Helper()
	out, err := h.Client.CallContract(context.Background(), ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err != nil {
		if rev := chain.DecodeRevert(err); rev != nil {
			return nil, rev
		}
		h.T.Fatalf("call %s from %s: %v", to, from, err)
	}
	return out, nil
}

// ctExpectCallRevert is ctCallFrom for a call that must revert with the custom error `name`.
func ctExpectCallRevert(h *chaintest.Harness, from, to common.Address, data []byte, name string) *chain.RevertError {
	h.T.Helper()
	_, err := ctCallFrom(h, from, to, data)
	rev, ok := err.(*chain.RevertError)
	if !ok || rev.Name != name {
		h.T.Fatalf("call from %s: expected revert %s, got %v", from, name, err)
	}
	return rev
}

// ctLogs decodes every log of r emitted by `emitter` that unpack accepts (the bindings' Unpack…Event
// functions reject logs of other events), in log order.
func ctLogs[E any](r *types.Receipt, emitter common.Address, unpack func(*types.Log) (*E, error)) []*E {
	var out []*E
	for _, l := range r.Logs {
		if l.Address != emitter {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// ctOneLog is ctLogs for an event that must appear exactly once.
func ctOneLog[E any](t testing.TB, r *types.Receipt, emitter common.Address, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	evs := ctLogs(r, emitter, unpack)
	if len(evs) != 1 {
		t.Fatalf("want exactly one %T from %s, got %d", *new(E), emitter, len(evs))
	}
	return evs[0]
}

// ctCheckArgs compares the decoded arguments of a custom error with want (*big.Int compared by value).
func ctCheckArgs(t testing.TB, rev *chain.RevertError, want map[string]any) {
	t.Helper()
	for name, w := range want {
		got, ok := rev.Args[name]
		if !ok {
			t.Errorf("%s: no argument %q (have %v)", rev.Name, name, rev.Args)
			continue
		}
		if !ctSameValue(got, w) {
			t.Errorf("%s: argument %s = %v, want %v", rev.Name, name, got, w)
		}
	}
}

// ctSameValue is reflect.DeepEqual, except that *big.Int values are compared numerically.
func ctSameValue(got, want any) bool {
	if gb, ok := got.(*big.Int); ok {
		wb, ok := want.(*big.Int)
		return ok && gb.Cmp(wb) == 0
	}
	return reflect.DeepEqual(got, want)
}

// ctCheckBig fails the test unless got == want.
func ctCheckBig(t testing.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

// ctPow2 is 2^n.
func ctPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

// ctTokens is n whole tokens (18 decimals) in base units.
func ctTokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// ctAdd and ctSub return new big.Ints.
func ctAdd(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }
func ctSub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// ctSalt is a readable salt for tests.
func ctSalt(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// ctHighS returns the malleated twin of a 65-byte r || s || v signature (v ∈ {27, 28}): s' = n - s with the
// other recovery id. It recovers the same signer, but EIP-2 (and OpenZeppelin's ECDSA) refuse it.
func ctHighS(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(crypto.S256().Params().N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

// ctSplitSig splits a 65-byte r || s || v signature into the (v, r, s) that permit takes.
func ctSplitSig(sig []byte) (v uint8, r, s [32]byte) {
	copy(r[:], sig[0:32])
	copy(s[:], sig[32:64])
	return sig[64], r, s
}

// ctPermitTypeHash is EIP-2612's keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)").
var ctPermitTypeHash = crypto.Keccak256Hash([]byte("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"))

// ctPermitDomain builds, independently of the contract, the EIP-712 domain separator a token's permit
// must use: {name: token name, version: "1", chainId, verifyingContract: token}.
func ctPermitDomain(name string, chainID *big.Int, token common.Address) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte(name)),
		crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(chainID.Bytes(), 32),
		common.LeftPadBytes(token.Bytes(), 32),
	)
}

// ctPermitDigest is the EIP-712 digest of a Permit under separator.
func ctPermitDigest(separator common.Hash, owner, spender common.Address, value, nonce, deadline *big.Int) common.Hash {
	structHash := crypto.Keccak256(
		ctPermitTypeHash[:],
		common.LeftPadBytes(owner.Bytes(), 32),
		common.LeftPadBytes(spender.Bytes(), 32),
		common.LeftPadBytes(value.Bytes(), 32),
		common.LeftPadBytes(nonce.Bytes(), 32),
		common.LeftPadBytes(deadline.Bytes(), 32),
	)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, separator[:], structHash)
}

// ctSignHash signs a digest with key and returns r || s || v with v ∈ {27, 28} (low s, as go-ethereum signs).
func ctSignHash(t testing.TB, key *ecdsa.PrivateKey, digest common.Hash) []byte {
	t.Helper()
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// ---------------------------------------------------------------- token helpers

// ctState is everything a CreatorToken exposes about itself, read in one go.
type ctState struct {
	Name, Symbol        string
	Decimals            uint8
	Creator, Owner      common.Address
	PendingOwner        common.Address
	Distributor         common.Address
	MaxSupply, Supply   *big.Int
	DistributorIsMinter bool
}

func ctRead(h *chaintest.Harness, token common.Address) ctState {
	h.T.Helper()
	tk := h.Token
	return ctState{
		Name:                ctView(h, token, tk.PackName(), tk.UnpackName),
		Symbol:              ctView(h, token, tk.PackSymbol(), tk.UnpackSymbol),
		Decimals:            ctView(h, token, tk.PackDecimals(), tk.UnpackDecimals),
		Creator:             ctView(h, token, tk.PackCreator(), tk.UnpackCreator),
		Owner:               ctView(h, token, tk.PackOwner(), tk.UnpackOwner),
		PendingOwner:        ctView(h, token, tk.PackPendingOwner(), tk.UnpackPendingOwner),
		Distributor:         ctView(h, token, tk.PackDistributor(), tk.UnpackDistributor),
		MaxSupply:           ctView(h, token, tk.PackMaxSupply(), tk.UnpackMaxSupply),
		Supply:              ctView(h, token, tk.PackTotalSupply(), tk.UnpackTotalSupply),
		DistributorIsMinter: ctView(h, token, tk.PackIsMinter(h.Deployment.Distributor), tk.UnpackIsMinter),
	}
}

func ctIsMinter(h *chaintest.Harness, token, account common.Address) bool {
	h.T.Helper()
	return ctView(h, token, h.Token.PackIsMinter(account), h.Token.UnpackIsMinter)
}

func ctTotalSupply(h *chaintest.Harness, token common.Address) *big.Int {
	h.T.Helper()
	return ctView(h, token, h.Token.PackTotalSupply(), h.Token.UnpackTotalSupply)
}

// ctCreate creates a token from creator's own key and returns the token (from the TokenCreated event)
// and the receipt.
func ctCreate(h *chaintest.Harness, creator *ecdsa.PrivateKey, name, symbol string, maxSupply, allocation *big.Int, salt [32]byte) (common.Address, *types.Receipt) {
	h.T.Helper()
	r := h.MustTransact(creator, h.Deployment.Factory, h.Factory.PackCreateToken(name, symbol, maxSupply, allocation, salt))
	ev := ctOneLog(h.T, r, h.Deployment.Factory, h.Factory.UnpackTokenCreatedEvent)
	return ev.Token, r
}

// ctCheckMint checks that r holds exactly one Transfer(0 → to, amount) from token.
func ctCheckMint(t testing.TB, h *chaintest.Harness, r *types.Receipt, token, to common.Address, amount *big.Int) {
	t.Helper()
	ev := ctOneLog(t, r, token, h.Token.UnpackTransferEvent)
	if ev.From != (common.Address{}) || ev.To != to || ev.Value.Cmp(amount) != 0 {
		t.Errorf("Transfer(%s → %s, %s), want mint to %s of %s", ev.From, ev.To, ev.Value, to, amount)
	}
}

// ---------------------------------------------------------------- tests

// TestTokenInitialize covers what a clone looks like after creation, and every way initialisation fails.
func TestTokenInitialize(t *testing.T) {
	h := chaintest.New(t)
	creator := h.Keys[4]
	impl := ctView(h, h.Deployment.Factory, h.Factory.PackImplementation(), h.Factory.UnpackImplementation)
	if impl != h.Deployment.TokenImplementation {
		t.Fatalf("factory.implementation() = %s, deployment says %s", impl, h.Deployment.TokenImplementation)
	}

	t.Run("fields and allocation", func(t *testing.T) {
		maxSupply, alloc := ctTokens(1_000_000), ctTokens(100_000)
		token, r := ctCreate(h, creator, "Alice Fans", "ALF", maxSupply, alloc, ctSalt("init"))
		got := ctRead(h, token)
		want := ctState{
			Name: "Alice Fans", Symbol: "ALF", Decimals: 18,
			Creator: h.Addr(creator), Owner: h.Addr(creator), Distributor: h.Deployment.Distributor,
			MaxSupply: maxSupply, Supply: alloc,
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("token state\n got %+v\nwant %+v", got, want)
		}
		ctCheckBig(t, "creator balance", h.BalanceOf(token, h.Addr(creator)), alloc)
		ctCheckMint(t, h, r, token, h.Addr(creator), alloc)
		// Nobody can mint yet, not even the creator or the distributor.
		for _, a := range []common.Address{h.Addr(creator), h.Deployment.Distributor, h.Deployment.Factory} {
			if ctIsMinter(h, token, a) {
				t.Errorf("ctIsMinter(%s) = true on a fresh token", a)
			}
		}
		// Initialisation events: OwnershipTransferred(0 → creator) and Initialized(1).
		owned := ctOneLog(t, r, token, h.Token.UnpackOwnershipTransferredEvent)
		if owned.PreviousOwner != (common.Address{}) || owned.NewOwner != h.Addr(creator) {
			t.Errorf("OwnershipTransferred(%s → %s)", owned.PreviousOwner, owned.NewOwner)
		}
		if ev := ctOneLog(t, r, token, h.Token.UnpackInitializedEvent); ev.Version != 1 {
			t.Errorf("Initialized(%d), want 1", ev.Version)
		}
	})

	t.Run("zero allocation mints nothing", func(t *testing.T) {
		token, r := ctCreate(h, creator, "Quiet", "QT", ctTokens(10), new(big.Int), ctSalt("zero alloc"))
		ctCheckBig(t, "totalSupply", ctTotalSupply(h, token), new(big.Int))
		if evs := ctLogs(r, token, h.Token.UnpackTransferEvent); len(evs) != 0 {
			t.Errorf("%d Transfer events, want none", len(evs))
		}
	})

	// Creations that succeed at the edges of the rules.
	okCases := []struct {
		name             string
		maxSupply, alloc *big.Int
	}{
		{"allocation equal to cap", ctTokens(500), ctTokens(500)},
		{"uncapped with allocation", new(big.Int), ctTokens(1_000_000_000)},
		{"largest cap 2^248-1", ctSub(ctPow2(248), big.NewInt(1)), ctSub(ctPow2(248), big.NewInt(1))},
	}
	for i, c := range okCases {
		t.Run(c.name, func(t *testing.T) {
			token, _ := ctCreate(h, creator, "Edge", "EDGE", c.maxSupply, c.alloc, ctSalt(fmt.Sprint("ok", i)))
			st := ctRead(h, token)
			ctCheckBig(t, "maxSupply", st.MaxSupply, c.maxSupply)
			ctCheckBig(t, "totalSupply", st.Supply, c.alloc)
			ctCheckBig(t, "creator balance", h.BalanceOf(token, h.Addr(creator)), c.alloc)
		})
	}

	// Creations the clone's initialize refuses; the revert bubbles up through the factory and no token exists.
	badCases := []struct {
		name             string
		maxSupply, alloc *big.Int
		err              string
		args             map[string]any
	}{
		{"allocation above cap", ctTokens(100), ctAdd(ctTokens(100), big.NewInt(1)), "AllocationExceedsMaxSupply",
			map[string]any{"allocation": ctAdd(ctTokens(100), big.NewInt(1)), "maxSupply": ctTokens(100)}},
		{"cap 2^248", ctPow2(248), new(big.Int), "MaxSupplyTooLarge", map[string]any{"maxSupply": ctPow2(248)}},
		{"cap 2^256-1", ctSub(ctPow2(256), big.NewInt(1)), big.NewInt(1), "MaxSupplyTooLarge",
			map[string]any{"maxSupply": ctSub(ctPow2(256), big.NewInt(1))}},
	}
	for i, c := range badCases {
		t.Run(c.name, func(t *testing.T) {
			salt := ctSalt(fmt.Sprint("bad", i))
			rev := h.ExpectRevert(creator, h.Deployment.Factory,
				h.Factory.PackCreateToken("Bad", "BAD", c.maxSupply, c.alloc, salt), c.err)
			ctCheckArgs(t, rev, c.args)
			code, err := h.Client.CodeAt(context.Background(), h.PredictToken(h.Addr(creator), salt), nil)
			if err != nil || len(code) != 0 {
				t.Errorf("predicted address has %d bytes of code after a failed creation (err %v)", len(code), err)
			}
		})
	}

	t.Run("implementation cannot be initialised", func(t *testing.T) {
		attacker := h.Keys[7]
		h.ExpectRevert(attacker, impl, h.Token.PackInitialize(h.Addr(attacker), "Impl", "IMP", new(big.Int), ctTokens(1)),
			"InvalidInitialization")
		if o := ctView(h, impl, h.Token.PackOwner(), h.Token.UnpackOwner); o != (common.Address{}) {
			t.Errorf("implementation owner = %s, want none", o)
		}
	})

	t.Run("clone cannot be initialised twice", func(t *testing.T) {
		token, _ := ctCreate(h, creator, "Once", "ONCE", ctTokens(100), ctTokens(1), ctSalt("once"))
		for _, key := range []*ecdsa.PrivateKey{h.Keys[7], creator} {
			h.ExpectRevert(key, token, h.Token.PackInitialize(h.Addr(key), "Twice", "TWO", new(big.Int), ctTokens(1_000)),
				"InvalidInitialization")
		}
		st := ctRead(h, token)
		if st.Creator != h.Addr(creator) || st.Name != "Once" {
			t.Errorf("state changed by a refused re-initialisation: %+v", st)
		}
		ctCheckBig(t, "totalSupply", st.Supply, ctTokens(1))
		ctCheckBig(t, "maxSupply", st.MaxSupply, ctTokens(100))
	})
}

// TestTokenMaxSupply covers the hard cap: up to it exactly, one unit more, for an ordinary minter and for the
// distributor (whose minting right shares a storage slot with the cap), and an uncapped token.
func TestTokenMaxSupply(t *testing.T) {
	h := chaintest.New(t)
	creator, minter, fan := h.Keys[4], h.Keys[5], h.Keys[6]

	t.Run("ordinary minter", func(t *testing.T) {
		maxSup, alloc := big.NewInt(1_000), big.NewInt(400)
		token, _ := ctCreate(h, creator, "Capped", "CAP", maxSup, alloc, ctSalt("capped"))
		h.MustTransact(creator, token, h.Token.PackSetMinter(h.Addr(minter), true))

		// 602 would end at 1002: refused, and the revert names the cap and the supply it would have made.
		rev := h.ExpectRevert(minter, token, h.Token.PackMint(h.Addr(fan), big.NewInt(602)), "MaxSupplyExceeded")
		ctCheckArgs(t, rev, map[string]any{"maxSupply": maxSup, "newSupply": big.NewInt(1_002)})

		r := h.MustTransact(minter, token, h.Token.PackMint(h.Addr(fan), big.NewInt(600))) // exactly to the cap
		ctCheckMint(t, h, r, token, h.Addr(fan), big.NewInt(600))
		ctCheckBig(t, "totalSupply", ctTotalSupply(h, token), maxSup)
		ctCheckBig(t, "fan balance", h.BalanceOf(token, h.Addr(fan)), big.NewInt(600))

		rev = h.ExpectRevert(minter, token, h.Token.PackMint(h.Addr(fan), big.NewInt(1)), "MaxSupplyExceeded")
		ctCheckArgs(t, rev, map[string]any{"maxSupply": maxSup, "newSupply": ctAdd(maxSup, big.NewInt(1))})
		// A mint that would overflow uint256 is refused too (by Solidity's checked arithmetic in ERC-20, a
		// Panic(0x11), before the cap check is reached).
		if _, err := h.Transact(minter, token, h.Token.PackMint(h.Addr(fan), ctSub(ctPow2(256), big.NewInt(1)))); err == nil {
			t.Error("mint of 2^256-1 on a full token succeeded")
		}
		ctCheckBig(t, "totalSupply after refusals", ctTotalSupply(h, token), maxSup)
		ctCheckBig(t, "fan balance after refusals", h.BalanceOf(token, h.Addr(fan)), big.NewInt(600))
	})

	t.Run("distributor at the largest cap", func(t *testing.T) {
		// Cap 2^248-1 fills the 31 bytes beside the distributor flag: granting and revoking the flag must not
		// disturb it, and the cap must still hold for mints by the distributor.
		maxSup := ctSub(ctPow2(248), big.NewInt(1))
		token, _ := ctCreate(h, creator, "Full", "FULL", maxSup, new(big.Int), ctSalt("full"))
		dist := h.Deployment.Distributor
		h.MustTransact(creator, token, h.Token.PackSetMinter(dist, true))
		ctCheckBig(t, "maxSupply after granting the distributor", ctRead(h, token).MaxSupply, maxSup)

		// Real mints by the distributor go through voucher claims (mint mode).
		deadline := new(big.Int).SetUint64(h.Now() + 3600)
		claim := func(account common.Address, cumulative *big.Int) error {
			sig := h.SignVoucher(h.Signer, account, token, cumulative, deadline)
			_, err := h.Transact(h.Keys[9], dist, h.Distributor.PackClaimWithVoucher(account, token, cumulative, deadline, sig))
			return err
		}
		if err := claim(h.Addr(fan), maxSup); err != nil { // mints exactly the cap
			t.Fatalf("claim of the whole cap: %v", err)
		}
		ctCheckBig(t, "totalSupply", ctTotalSupply(h, token), maxSup)
		ctCheckBig(t, "fan balance", h.BalanceOf(token, h.Addr(fan)), maxSup)

		err := claim(h.Addr(minter), big.NewInt(1))
		rev, ok := err.(*chain.RevertError)
		if !ok || rev.Name != "MaxSupplyExceeded" {
			t.Fatalf("claim beyond the cap: got %v, want MaxSupplyExceeded", err)
		}
		ctCheckArgs(t, rev, map[string]any{"maxSupply": maxSup, "newSupply": ctPow2(248)})
		// The same through a direct mint from the distributor's address.
		rev = ctExpectCallRevert(h, dist, token, h.Token.PackMint(h.Addr(fan), big.NewInt(1)), "MaxSupplyExceeded")
		ctCheckArgs(t, rev, map[string]any{"maxSupply": maxSup, "newSupply": ctPow2(248)})

		h.MustTransact(creator, token, h.Token.PackSetMinter(dist, false))
		st := ctRead(h, token)
		ctCheckBig(t, "maxSupply after revoking the distributor", st.MaxSupply, maxSup)
		if st.DistributorIsMinter {
			t.Error("distributor still a minter after revocation")
		}
	})

	t.Run("uncapped", func(t *testing.T) {
		token, _ := ctCreate(h, creator, "Open", "OPEN", new(big.Int), ctTokens(1), ctSalt("open"))
		h.MustTransact(creator, token, h.Token.PackSetMinter(h.Addr(minter), true))
		big1, big2 := ctPow2(250), ctPow2(254) // far beyond what any cap could be (caps are below 2^248)
		h.MustTransact(minter, token, h.Token.PackMint(h.Addr(fan), big1))
		h.MustTransact(minter, token, h.Token.PackMint(h.Addr(fan), big2))
		ctCheckBig(t, "maxSupply", ctRead(h, token).MaxSupply, new(big.Int))
		ctCheckBig(t, "totalSupply", ctTotalSupply(h, token), ctAdd(ctTokens(1), ctAdd(big1, big2)))
		ctCheckBig(t, "fan balance", h.BalanceOf(token, h.Addr(fan)), ctAdd(big1, big2))
	})
}

// TestTokenMinters covers setMinter / isMinter / mint for the distributor (whose right is the packed flag)
// and for an ordinary minter address (the mapping), and who may call what.
func TestTokenMinters(t *testing.T) {
	h := chaintest.New(t)
	creator, stranger, fan := h.Keys[4], h.Keys[7], h.Keys[6]
	maxSup := ctTokens(1_000)
	token, _ := ctCreate(h, creator, "Minted", "MNT", maxSup, ctTokens(10), ctSalt("minters"))
	dist, other := h.Deployment.Distributor, h.Addr(h.Keys[5])

	// The distributor has no key: its mints go through voucher claims (what mint mode really does), with
	// the cumulative amount raised by `amount` each time. An ordinary minter sends mint itself.
	deadline := new(big.Int).SetUint64(h.Now() + 24*3600)
	mintByDistributor := func(to common.Address, amount *big.Int) (*types.Receipt, error) {
		cumulative := ctAdd(h.Claimed(token, to), amount)
		sig := h.SignVoucher(h.Signer, to, token, cumulative, deadline)
		return h.Transact(h.Keys[9], dist, h.Distributor.PackClaimWithVoucher(to, token, cumulative, deadline, sig))
	}
	mintByOther := func(to common.Address, amount *big.Int) (*types.Receipt, error) {
		return h.Transact(h.Keys[5], token, h.Token.PackMint(to, amount))
	}
	cases := []struct {
		name        string
		minter, alt common.Address // alt is the other case's minter: granting one must not grant the other
		mint        func(to common.Address, amount *big.Int) (*types.Receipt, error)
	}{
		{"distributor", dist, other, mintByDistributor},
		{"other minter", other, dist, mintByOther},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			expectNotMinter := func() {
				t.Helper()
				before := ctTotalSupply(h, token)
				_, err := c.mint(h.Addr(fan), ctTokens(1))
				rev, ok := err.(*chain.RevertError)
				if !ok || rev.Name != "NotMinter" {
					t.Fatalf("mint by non-minter %s: got %v, want NotMinter", c.minter, err)
				}
				ctCheckArgs(t, rev, map[string]any{"caller": c.minter})
				// Directly from the minter's address too.
				rev = ctExpectCallRevert(h, c.minter, token, h.Token.PackMint(h.Addr(fan), ctTokens(1)), "NotMinter")
				ctCheckArgs(t, rev, map[string]any{"caller": c.minter})
				ctCheckBig(t, "totalSupply after refused mint", ctTotalSupply(h, token), before)
			}
			setMinter := func(allowed bool) {
				t.Helper()
				r := h.MustTransact(creator, token, h.Token.PackSetMinter(c.minter, allowed))
				ev := ctOneLog(t, r, token, h.Token.UnpackMinterSetEvent)
				if ev.Minter != c.minter || ev.Allowed != allowed {
					t.Errorf("MinterSet(%s, %v), want (%s, %v)", ev.Minter, ev.Allowed, c.minter, allowed)
				}
				if got := ctIsMinter(h, token, c.minter); got != allowed {
					t.Errorf("isMinter = %v after setMinter(%v)", got, allowed)
				}
				if ctIsMinter(h, token, c.alt) {
					t.Errorf("setMinter(%s, %v) made %s a minter", c.minter, allowed, c.alt)
				}
				ctCheckBig(t, "maxSupply", ctRead(h, token).MaxSupply, maxSup) // the flag shares the cap's slot
			}

			if ctIsMinter(h, token, c.minter) {
				t.Fatal("minter before being granted")
			}
			expectNotMinter()

			// Only the creator grants: not a stranger, not the would-be minter's own key.
			rev := h.ExpectRevert(stranger, token, h.Token.PackSetMinter(c.minter, true), "OwnableUnauthorizedAccount")
			ctCheckArgs(t, rev, map[string]any{"account": h.Addr(stranger)})
			if c.minter == other {
				rev = h.ExpectRevert(h.Keys[5], token, h.Token.PackSetMinter(c.minter, true), "OwnableUnauthorizedAccount")
				ctCheckArgs(t, rev, map[string]any{"account": other})
			}

			setMinter(true)
			before, fanBefore := ctTotalSupply(h, token), h.BalanceOf(token, h.Addr(fan))
			r, err := c.mint(h.Addr(fan), ctTokens(5))
			if err != nil {
				t.Fatalf("mint by granted minter: %v", err)
			}
			ctCheckMint(t, h, r, token, h.Addr(fan), ctTokens(5))
			ctCheckBig(t, "totalSupply", ctTotalSupply(h, token), ctAdd(before, ctTokens(5)))
			ctCheckBig(t, "fan balance", h.BalanceOf(token, h.Addr(fan)), ctAdd(fanBefore, ctTokens(5)))
			// Minting does not make the recipient a minter, and a minter cannot grant others.
			if ctIsMinter(h, token, h.Addr(fan)) {
				t.Error("recipient became a minter")
			}
			rev = ctExpectCallRevert(h, c.minter, token, h.Token.PackSetMinter(h.Addr(fan), true), "OwnableUnauthorizedAccount")
			ctCheckArgs(t, rev, map[string]any{"account": c.minter})

			setMinter(false) // revoke
			expectNotMinter()

			setMinter(true) // and grant again
			if _, err := c.mint(h.Addr(fan), ctTokens(1)); err != nil {
				t.Fatalf("mint after re-grant: %v", err)
			}
			setMinter(false)
		})
	}

	t.Run("creator is not a minter unless granted", func(t *testing.T) {
		rev := h.ExpectRevert(creator, token, h.Token.PackMint(h.Addr(creator), ctTokens(1)), "NotMinter")
		ctCheckArgs(t, rev, map[string]any{"caller": h.Addr(creator)})
		h.MustTransact(creator, token, h.Token.PackSetMinter(h.Addr(creator), true))
		before := h.BalanceOf(token, h.Addr(creator))
		h.MustTransact(creator, token, h.Token.PackMint(h.Addr(creator), ctTokens(1)))
		ctCheckBig(t, "creator balance", h.BalanceOf(token, h.Addr(creator)), ctAdd(before, ctTokens(1)))
		h.MustTransact(creator, token, h.Token.PackSetMinter(h.Addr(creator), false))
		h.ExpectRevert(creator, token, h.Token.PackMint(h.Addr(creator), ctTokens(1)), "NotMinter")
	})

	t.Run("zero address refused", func(t *testing.T) {
		for _, allowed := range []bool{true, false} {
			h.ExpectRevert(creator, token, h.Token.PackSetMinter(common.Address{}, allowed), "ZeroAddress")
		}
	})

	t.Run("minter rights are per token", func(t *testing.T) {
		// The distributor flag and the minter mapping live in each clone's own storage.
		second, _ := ctCreate(h, creator, "Second", "SEC", new(big.Int), new(big.Int), ctSalt("second"))
		h.MustTransact(creator, token, h.Token.PackSetMinter(dist, true))
		h.MustTransact(creator, token, h.Token.PackSetMinter(other, true))
		if ctIsMinter(h, second, dist) || ctIsMinter(h, second, other) {
			t.Error("minters of one token are minters of another")
		}
		h.ExpectRevert(h.Keys[5], second, h.Token.PackMint(h.Addr(fan), ctTokens(1)), "NotMinter")
	})

	t.Run("storage layout", func(t *testing.T) {
		// The ERC-7201 slot is keccak256(abi.encode(uint256(keccak256(id)) - 1)) & ~0xff, and its first word packs
		// maxSupply (low 248 bits) with the distributor flag (top byte).
		id := new(big.Int).SetBytes(crypto.Keccak256([]byte("tribe.storage.CreatorToken")))
		slot := crypto.Keccak256(common.LeftPadBytes(id.Sub(id, big.NewInt(1)).Bytes(), 32))
		slot[31] = 0
		if want := common.HexToHash("0x13f07627e0b7fffd76731d7df4635109c64da08c85f0823de493626f73dc9c00"); common.BytesToHash(slot) != want {
			t.Fatalf("ERC-7201 slot %x, contract uses %s", slot, want)
		}
		word := func() *big.Int {
			v, err := h.Client.StorageAt(context.Background(), token, common.BytesToHash(slot), nil)
			if err != nil {
				t.Fatal(err)
			}
			return new(big.Int).SetBytes(v)
		}
		h.MustTransact(creator, token, h.Token.PackSetMinter(dist, true))
		ctCheckBig(t, "slot word with flag", word(), ctAdd(maxSup, ctPow2(248)))
		h.MustTransact(creator, token, h.Token.PackSetMinter(dist, false))
		ctCheckBig(t, "slot word without flag", word(), maxSup)
	})
}

// TestTokenPermit covers EIP-2612 permit: a good permit, then replay, expiry, wrong signer, changed fields,
// a permit for another clone or another chain, and a malleated signature.
func TestTokenPermit(t *testing.T) {
	h := chaintest.New(t)
	owner, spender, fan := h.Keys[4], h.Keys[5], h.Keys[6]
	token, _ := ctCreate(h, owner, "Permit Token", "PMT", new(big.Int), ctTokens(100), ctSalt("permit"))
	// A second clone with the same name, symbol and creator: only verifyingContract tells their domains apart.
	twin, _ := ctCreate(h, owner, "Permit Token", "PMT", new(big.Int), ctTokens(100), ctSalt("permit twin"))

	// The domain separator is the one EIP-2612 prescribes, built here independently of the contract.
	sep := ctView(h, token, h.Token.PackDOMAINSEPARATOR(), h.Token.UnpackDOMAINSEPARATOR)
	if want := ctPermitDomain("Permit Token", h.ChainID, token); common.Hash(sep) != want {
		t.Fatalf("DOMAIN_SEPARATOR() = %x, want %s", sep, want)
	}
	if other := ctView(h, twin, h.Token.PackDOMAINSEPARATOR(), h.Token.UnpackDOMAINSEPARATOR); other == sep {
		t.Fatal("two clones share a permit domain")
	}
	dom := ctView(h, token, h.Token.PackEip712Domain(), h.Token.UnpackEip712Domain)
	if dom.Name != "Permit Token" || dom.Version != "1" || dom.ChainId.Cmp(h.ChainID) != 0 || dom.VerifyingContract != token || dom.Fields != [1]byte{0x0f} {
		t.Errorf("eip712Domain() = %+v", dom)
	}

	nonce := func() *big.Int {
		return ctView(h, token, h.Token.PackNonces(h.Addr(owner)), h.Token.UnpackNonces)
	}
	allowance := func() *big.Int {
		return ctView(h, token, h.Token.PackAllowance(h.Addr(owner), h.Addr(spender)), h.Token.UnpackAllowance)
	}
	// sign signs a Permit of owner's tokens to spender with key under the given domain.
	sign := func(key *ecdsa.PrivateKey, domain common.Hash, value, n, deadline *big.Int) []byte {
		return ctSignHash(t, key, ctPermitDigest(domain, h.Addr(owner), h.Addr(spender), value, n, deadline))
	}
	permit := func(value, deadline *big.Int, sig []byte) []byte {
		v, r, s := ctSplitSig(sig)
		return h.Token.PackPermit(h.Addr(owner), h.Addr(spender), value, deadline, v, r, s)
	}

	value := ctTokens(30)
	deadline := new(big.Int).SetUint64(h.Now() + 3600)
	goodSig := sign(owner, sep, value, nonce(), deadline)

	t.Run("works", func(t *testing.T) {
		ctCheckBig(t, "nonce before", nonce(), new(big.Int))
		// The spender submits (and pays for) the permit; the owner sends no transaction.
		r := h.MustTransact(spender, token, permit(value, deadline, goodSig))
		ev := ctOneLog(t, r, token, h.Token.UnpackApprovalEvent)
		if ev.Owner != h.Addr(owner) || ev.Spender != h.Addr(spender) || ev.Value.Cmp(value) != 0 {
			t.Errorf("Approval(%s, %s, %s)", ev.Owner, ev.Spender, ev.Value)
		}
		ctCheckBig(t, "allowance", allowance(), value)
		ctCheckBig(t, "nonce after", nonce(), big.NewInt(1))

		r = h.MustTransact(spender, token, h.Token.PackTransferFrom(h.Addr(owner), h.Addr(fan), ctTokens(20)))
		tr := ctOneLog(t, r, token, h.Token.UnpackTransferEvent)
		if tr.From != h.Addr(owner) || tr.To != h.Addr(fan) || tr.Value.Cmp(ctTokens(20)) != 0 {
			t.Errorf("Transfer(%s → %s, %s)", tr.From, tr.To, tr.Value)
		}
		ctCheckBig(t, "fan balance", h.BalanceOf(token, h.Addr(fan)), ctTokens(20))
		ctCheckBig(t, "owner balance", h.BalanceOf(token, h.Addr(owner)), ctTokens(80))
		ctCheckBig(t, "allowance left", allowance(), ctTokens(10))
		// Beyond the permitted amount the spender is refused.
		rev := h.ExpectRevert(spender, token, h.Token.PackTransferFrom(h.Addr(owner), h.Addr(fan), ctTokens(11)),
			"ERC20InsufficientAllowance")
		ctCheckArgs(t, rev, map[string]any{"spender": h.Addr(spender), "allowance": ctTokens(10), "needed": ctTokens(11)})
	})

	// Each refused permit leaves the allowance and the nonce where they were.
	n := nonce()
	past := new(big.Int).SetUint64(h.Now() - 1)
	cases := []struct {
		name     string
		value    *big.Int
		deadline *big.Int
		sig      []byte
		err      string
		args     map[string]any
	}{
		// The signature was for nonce 0; the contract now checks it against nonce 1, so it recovers some
		// other address.
		{name: "replay", value: value, deadline: deadline, sig: goodSig,
			err: "ERC2612InvalidSigner", args: map[string]any{"owner": h.Addr(owner)}},
		{name: "wrong signer", value: value, deadline: deadline, sig: sign(fan, sep, value, n, deadline),
			err: "ERC2612InvalidSigner", args: map[string]any{"signer": h.Addr(fan), "owner": h.Addr(owner)}},
		{name: "value changed", value: ctAdd(value, big.NewInt(1)), deadline: deadline, sig: sign(owner, sep, value, n, deadline),
			err: "ERC2612InvalidSigner", args: map[string]any{"owner": h.Addr(owner)}},
		{name: "deadline changed", value: value, deadline: ctAdd(deadline, big.NewInt(1)), sig: sign(owner, sep, value, n, deadline),
			err: "ERC2612InvalidSigner", args: map[string]any{"owner": h.Addr(owner)}},
		{name: "signed for another clone", value: value, deadline: deadline,
			sig: sign(owner, ctPermitDomain("Permit Token", h.ChainID, twin), value, n, deadline),
			err: "ERC2612InvalidSigner", args: map[string]any{"owner": h.Addr(owner)}},
		{name: "signed for another chain", value: value, deadline: deadline,
			sig: sign(owner, ctPermitDomain("Permit Token", big.NewInt(1), token), value, n, deadline),
			err: "ERC2612InvalidSigner", args: map[string]any{"owner": h.Addr(owner)}},
		{name: "high s", value: value, deadline: deadline, sig: ctHighS(sign(owner, sep, value, n, deadline)),
			err: "ECDSAInvalidSignatureS"},
		{name: "expired", value: value, deadline: past, sig: sign(owner, sep, value, n, past),
			err: "ERC2612ExpiredSignature", args: map[string]any{"deadline": past}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := allowance()
			rev := h.ExpectRevert(spender, token, permit(c.value, c.deadline, c.sig), c.err)
			ctCheckArgs(t, rev, c.args)
			if c.err == "ERC2612InvalidSigner" && rev.Args["signer"] == h.Addr(owner) {
				t.Error("refused permit recovered the owner")
			}
			ctCheckBig(t, "allowance", allowance(), before)
			ctCheckBig(t, "nonce", nonce(), n)
		})
	}

	t.Run("expires with time", func(t *testing.T) {
		// A permit valid now stops working once its deadline has passed.
		dl := new(big.Int).SetUint64(h.Now() + 60)
		sig := sign(owner, sep, ctTokens(1), nonce(), dl)
		h.AdvanceTime(2 * time.Minute)
		rev := h.ExpectRevert(spender, token, permit(ctTokens(1), dl, sig), "ERC2612ExpiredSignature")
		ctCheckArgs(t, rev, map[string]any{"deadline": dl})
	})

	t.Run("permit for the other clone works there", func(t *testing.T) {
		// Positive control for "signed for another clone": the same owner's permit is valid on the twin.
		twinSep := ctPermitDomain("Permit Token", h.ChainID, twin)
		dl := new(big.Int).SetUint64(h.Now() + 3600)
		v, r, s := ctSplitSig(sign(owner, twinSep, value, big.NewInt(0), dl))
		h.MustTransact(spender, twin, h.Token.PackPermit(h.Addr(owner), h.Addr(spender), value, dl, v, r, s))
		ctCheckBig(t, "twin allowance",
			ctView(h, twin, h.Token.PackAllowance(h.Addr(owner), h.Addr(spender)), h.Token.UnpackAllowance), value)
	})
}

// TestTokenOwnership covers the two-step transfer of the creator role.
func TestTokenOwnership(t *testing.T) {
	h := chaintest.New(t)
	oldCreator, newCreator, stranger := h.Keys[4], h.Keys[5], h.Keys[6]
	token, _ := ctCreate(h, oldCreator, "Handover", "HND", new(big.Int), ctTokens(50), ctSalt("ownership"))
	minterA, minterB := h.Addr(h.Keys[7]), h.Addr(h.Keys[8])

	// Only the creator can start a transfer.
	rev := h.ExpectRevert(stranger, token, h.Token.PackTransferOwnership(h.Addr(stranger)), "OwnableUnauthorizedAccount")
	ctCheckArgs(t, rev, map[string]any{"account": h.Addr(stranger)})

	// Step 1: only pendingOwner changes.
	h.MustTransact(oldCreator, token, h.Token.PackSetMinter(minterA, true))
	r := h.MustTransact(oldCreator, token, h.Token.PackTransferOwnership(h.Addr(newCreator)))
	started := ctOneLog(t, r, token, h.Token.UnpackOwnershipTransferStartedEvent)
	if started.PreviousOwner != h.Addr(oldCreator) || started.NewOwner != h.Addr(newCreator) {
		t.Errorf("OwnershipTransferStarted(%s → %s)", started.PreviousOwner, started.NewOwner)
	}
	st := ctRead(h, token)
	if st.Creator != h.Addr(oldCreator) || st.Owner != h.Addr(oldCreator) || st.PendingOwner != h.Addr(newCreator) {
		t.Fatalf("after transferOwnership: creator %s owner %s pending %s", st.Creator, st.Owner, st.PendingOwner)
	}
	// Until acceptance the old creator is still in charge and the new one is not.
	h.MustTransact(oldCreator, token, h.Token.PackSetMinter(minterB, true))
	rev = h.ExpectRevert(newCreator, token, h.Token.PackSetMinter(minterB, false), "OwnableUnauthorizedAccount")
	ctCheckArgs(t, rev, map[string]any{"account": h.Addr(newCreator)})

	// Step 2 by anyone else is refused.
	for _, key := range []*ecdsa.PrivateKey{stranger, oldCreator} {
		rev = h.ExpectRevert(key, token, h.Token.PackAcceptOwnership(), "OwnableUnauthorizedAccount")
		ctCheckArgs(t, rev, map[string]any{"account": h.Addr(key)})
	}

	// Step 2 by the new creator.
	r = h.MustTransact(newCreator, token, h.Token.PackAcceptOwnership())
	moved := ctOneLog(t, r, token, h.Token.UnpackOwnershipTransferredEvent)
	if moved.PreviousOwner != h.Addr(oldCreator) || moved.NewOwner != h.Addr(newCreator) {
		t.Errorf("OwnershipTransferred(%s → %s)", moved.PreviousOwner, moved.NewOwner)
	}
	st = ctRead(h, token)
	if st.Creator != h.Addr(newCreator) || st.Owner != h.Addr(newCreator) || st.PendingOwner != (common.Address{}) {
		t.Fatalf("after acceptOwnership: creator %s owner %s pending %s", st.Creator, st.Owner, st.PendingOwner)
	}
	// A second acceptance is refused: nothing is pending any more.
	h.ExpectRevert(newCreator, token, h.Token.PackAcceptOwnership(), "OwnableUnauthorizedAccount")

	// The new creator controls the minters (including the distributor); the old one no longer does.
	h.MustTransact(newCreator, token, h.Token.PackSetMinter(minterA, false))
	h.MustTransact(newCreator, token, h.Token.PackSetMinter(h.Deployment.Distributor, true))
	for _, m := range []common.Address{minterB, h.Deployment.Distributor, minterA} {
		rev = h.ExpectRevert(oldCreator, token, h.Token.PackSetMinter(m, false), "OwnableUnauthorizedAccount")
		ctCheckArgs(t, rev, map[string]any{"account": h.Addr(oldCreator)})
	}
	rev = h.ExpectRevert(oldCreator, token, h.Token.PackTransferOwnership(h.Addr(oldCreator)), "OwnableUnauthorizedAccount")
	ctCheckArgs(t, rev, map[string]any{"account": h.Addr(oldCreator)})
	if ctIsMinter(h, token, minterA) || !ctIsMinter(h, token, h.Deployment.Distributor) {
		t.Error("new creator's setMinter calls did not take effect")
	}
	// Minters granted by the old creator and not revoked keep their right; balances do not move.
	if !ctIsMinter(h, token, minterB) {
		t.Error("minter granted by the previous creator lost its right on handover")
	}
	ctCheckBig(t, "old creator balance", h.BalanceOf(token, h.Addr(oldCreator)), ctTokens(50))
	ctCheckBig(t, "new creator balance", h.BalanceOf(token, h.Addr(newCreator)), new(big.Int))
}
