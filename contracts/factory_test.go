package contracts_test

// Tests of CreatorTokenFactory (contracts/CreatorTokenFactory.sol): deterministic ERC-1167 clones and
// relayed creation with the creator's EIP-712 consent (EOA or ERC-1271 wallet). The ct… helpers (ctView,
// ctOneLog, ctCheckArgs, ctHighS, …) are in token_test.go; the fct… helpers below are this file's own.
// Package-level names carry these prefixes because other engineers' test files share the package.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/bindings"
	"github.com/tribe-rewards/tribe/bindings/mocks"
	"github.com/tribe-rewards/tribe/internal/chain/chaintest"
	"github.com/tribe-rewards/tribe/internal/voucher"
)

// ERC-1167 minimal proxy, as OpenZeppelin's Clones deploys it: creation code prefix, then the 45-byte runtime
// code around the implementation address.
var (
	fctCloneInit    = common.FromHex("3d602d80600a3d3981f3")
	fctClonePrefix  = common.FromHex("363d3d373d3d3d363d73")
	fctClonePostfix = common.FromHex("5af43d82803e903d91602b57fd5bf3")
)

// fctCloneRuntime is the runtime code of an ERC-1167 clone of impl.
func fctCloneRuntime(impl common.Address) []byte {
	return append(append(bytes.Clone(fctClonePrefix), impl.Bytes()...), fctClonePostfix...)
}

// fctExpectedAddress computes off-chain where factory puts creator's token for salt: CREATE2 with the salt
// namespaced as keccak256(abi.encode(creator, salt)) and the ERC-1167 creation code of impl.
func fctExpectedAddress(factory, impl, creator common.Address, salt [32]byte) common.Address {
	s := crypto.Keccak256Hash(common.LeftPadBytes(creator.Bytes(), 32), salt[:])
	initCode := append(bytes.Clone(fctCloneInit), fctCloneRuntime(impl)...)
	return crypto.CreateAddress2(factory, s, crypto.Keccak256(initCode))
}

// fctCodeAt is the code deployed at addr.
func fctCodeAt(h *chaintest.Harness, addr common.Address) []byte {
	h.T.Helper()
	code, err := h.Client.CodeAt(context.Background(), addr, nil)
	if err != nil {
		h.T.Fatal(err)
	}
	return code
}

// fctCheckClone fails the test unless token's code is exactly the 45-byte ERC-1167 proxy pointing to impl.
func fctCheckClone(t testing.TB, h *chaintest.Harness, token, impl common.Address) {
	t.Helper()
	code := fctCodeAt(h, token)
	if len(code) != 45 || !bytes.Equal(code, fctCloneRuntime(impl)) {
		t.Errorf("code at %s is %d bytes %x, want the 45-byte ERC-1167 proxy to %s", token, len(code), code, impl)
	}
}

// fctPredictOn is predictTokenAddress of any factory.
func fctPredictOn(h *chaintest.Harness, factory, creator common.Address, salt [32]byte) common.Address {
	h.T.Helper()
	return ctView(h, factory, h.Factory.PackPredictTokenAddress(creator, salt), h.Factory.UnpackPredictTokenAddress)
}

// fctSignCreate signs req with key under a factory domain separator.
func fctSignCreate(t testing.TB, key *ecdsa.PrivateKey, separator common.Hash, req voucher.CreateToken) []byte {
	t.Helper()
	sig, err := voucher.SignCreateToken(key, separator, req)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// fctPackCreateFor is the createTokenFor calldata for req and sig.
func fctPackCreateFor(h *chaintest.Harness, req voucher.CreateToken, sig []byte) []byte {
	return h.Factory.PackCreateTokenFor(req.Creator, req.Name, req.Symbol, req.MaxSupply, req.CreatorAllocation,
		req.Salt, req.Deadline, sig)
}

// TestFactoryCreateToken covers createToken: predicted address, event, one token per creator and salt, and
// the clone's code.
func TestFactoryCreateToken(t *testing.T) {
	h := chaintest.New(t)
	factory := h.Deployment.Factory
	impl := ctView(h, factory, h.Factory.PackImplementation(), h.Factory.UnpackImplementation)
	alice, bob := h.Keys[4], h.Keys[5]
	salt := ctSalt("community")

	if len(fctCodeAt(h, impl)) == 0 {
		t.Fatal("implementation has no code")
	}
	if d := ctView(h, impl, h.Token.PackDistributor(), h.Token.UnpackDistributor); d != h.Deployment.Distributor {
		t.Fatalf("implementation distributor() = %s, want %s", d, h.Deployment.Distributor)
	}

	var aliceToken common.Address
	t.Run("address is predicted", func(t *testing.T) {
		predicted := h.PredictToken(h.Addr(alice), salt)
		if want := fctExpectedAddress(factory, impl, h.Addr(alice), salt); predicted != want {
			t.Fatalf("predictTokenAddress = %s, CREATE2 formula gives %s", predicted, want)
		}
		if len(fctCodeAt(h, predicted)) != 0 {
			t.Fatal("code at the predicted address before creation")
		}
		data := h.Factory.PackCreateToken("Alice Fans", "ALF", ctTokens(1_000), ctTokens(10), salt)
		out, err := ctCallFrom(h, h.Addr(alice), factory, data) // the return value, simulated
		if err != nil {
			t.Fatal(err)
		}
		if ret, err := h.Factory.UnpackCreateToken(out); err != nil || ret != predicted {
			t.Fatalf("createToken returns %s (%v), want %s", ret, err, predicted)
		}

		r := h.MustTransact(alice, factory, data)
		ev := ctOneLog(t, r, factory, h.Factory.UnpackTokenCreatedEvent)
		if ev.Token != predicted || ev.Creator != h.Addr(alice) || ev.Name != "Alice Fans" || ev.Symbol != "ALF" ||
			ev.MaxSupply.Cmp(ctTokens(1_000)) != 0 {
			t.Errorf("TokenCreated(token %s, creator %s, %q, %q, %s)", ev.Token, ev.Creator, ev.Name, ev.Symbol, ev.MaxSupply)
		}
		ctCheckMint(t, h, r, predicted, h.Addr(alice), ctTokens(10))
		st := ctRead(h, predicted)
		if st.Creator != h.Addr(alice) || st.Name != "Alice Fans" || st.Symbol != "ALF" {
			t.Errorf("token state %+v", st)
		}
		ctCheckBig(t, "alice balance", h.BalanceOf(predicted, h.Addr(alice)), ctTokens(10))
		fctCheckClone(t, h, predicted, impl)
		aliceToken = predicted
	})

	t.Run("same creator and salt twice", func(t *testing.T) {
		// Refused whatever the other parameters, naming the existing token.
		for _, data := range [][]byte{
			h.Factory.PackCreateToken("Alice Fans", "ALF", ctTokens(1_000), ctTokens(10), salt),
			h.Factory.PackCreateToken("Other", "OTH", new(big.Int), new(big.Int), salt),
		} {
			rev := h.ExpectRevert(alice, factory, data, "TokenExists")
			ctCheckArgs(t, rev, map[string]any{"token": aliceToken})
		}
		if st := ctRead(h, aliceToken); st.Name != "Alice Fans" {
			t.Errorf("existing token changed: %+v", st)
		}
	})

	t.Run("other creator same salt", func(t *testing.T) {
		predicted := h.PredictToken(h.Addr(bob), salt)
		if predicted == aliceToken {
			t.Fatal("two creators get the same address for one salt")
		}
		token, _ := ctCreate(h, bob, "Bob Fans", "BOB", new(big.Int), new(big.Int), salt)
		if token != predicted {
			t.Fatalf("created at %s, predicted %s", token, predicted)
		}
		if c := ctRead(h, token).Creator; c != h.Addr(bob) {
			t.Errorf("creator %s, want bob", c)
		}
		fctCheckClone(t, h, token, impl)
	})

	t.Run("same creator other salt", func(t *testing.T) {
		salt2 := ctSalt("community 2")
		token, _ := ctCreate(h, alice, "Alice Fans 2", "ALF2", new(big.Int), new(big.Int), salt2)
		if token == aliceToken || token != h.PredictToken(h.Addr(alice), salt2) {
			t.Errorf("second token at %s (first %s, predicted %s)", token, aliceToken, h.PredictToken(h.Addr(alice), salt2))
		}
		fctCheckClone(t, h, token, impl)
	})
}

// TestFactoryCreateTokenFor covers relayed creation: the creator's signature is the consent, and every way it
// can be wrong, stale, replayed or meant for somewhere else is refused.
func TestFactoryCreateTokenFor(t *testing.T) {
	h := chaintest.New(t)
	factory := h.Deployment.Factory
	impl := ctView(h, factory, h.Factory.PackImplementation(), h.Factory.UnpackImplementation)
	creator, relayer, other := h.Keys[4], h.Keys[6], h.Keys[5]
	sep := voucher.FactoryDomainSeparator(h.ChainID, factory)

	// The Go signer and the contract agree on the domain and the type.
	if got := ctView(h, factory, h.Factory.PackDomainSeparator(), h.Factory.UnpackDomainSeparator); common.Hash(got) != sep {
		t.Fatalf("domainSeparator() = %x, voucher.FactoryDomainSeparator = %s", got, sep)
	}
	if got := ctView(h, factory, h.Factory.PackCREATETOKENTYPEHASH(), h.Factory.UnpackCREATETOKENTYPEHASH); common.Hash(got) != voucher.CreateTokenTypeHash {
		t.Fatalf("CREATE_TOKEN_TYPEHASH = %x, want %s", got, voucher.CreateTokenTypeHash)
	}

	// A second factory (same distributor) for signatures meant for another verifying contract.
	factory2 := h.DeployContract(h.Admin, bindings.CreatorTokenFactoryMetaData.Bin, h.Factory.PackConstructor(h.Deployment.Distributor))
	sep2 := voucher.FactoryDomainSeparator(h.ChainID, factory2)

	base := voucher.CreateToken{
		Creator: h.Addr(creator), Name: "Relayed Fans", Symbol: "RLY",
		MaxSupply: ctTokens(1_000_000), CreatorAllocation: ctTokens(1_000),
		Salt: ctSalt("relayed"), Deadline: new(big.Int).SetUint64(h.Now() + 3600),
	}
	good := fctSignCreate(t, creator, sep, base)

	// The malleated twin of the good signature really is the creator's signature (it recovers the creator),
	// so refusing it below is the low-s rule at work.
	{
		hs := ctHighS(good)
		raw := bytes.Clone(hs)
		raw[64] -= 27
		digest := base.Digest(sep)
		if pub, err := crypto.SigToPub(digest[:], raw); err != nil || crypto.PubkeyToAddress(*pub) != h.Addr(creator) {
			t.Fatalf("high-s twin does not recover the creator (%v)", err)
		}
	}

	with := func(f func(*voucher.CreateToken)) voucher.CreateToken {
		r := base
		f(&r)
		return r
	}
	shortSig := good[:64]
	badV := append(bytes.Clone(good[:64]), 1) // v must be 27 or 28

	// Refusals. Each submits `req` with `sig`; nothing may be created at req's address.
	refusals := []struct {
		name string
		req  voucher.CreateToken
		sig  []byte
	}{
		{"wrong signer", base, fctSignCreate(t, other, sep, base)},
		{"creator changed", with(func(r *voucher.CreateToken) { r.Creator = h.Addr(other) }), good},
		{"name changed", with(func(r *voucher.CreateToken) { r.Name = "Relayed Fans!" }), good},
		{"symbol changed", with(func(r *voucher.CreateToken) { r.Symbol = "RLX" }), good},
		{"maxSupply changed", with(func(r *voucher.CreateToken) { r.MaxSupply = ctAdd(base.MaxSupply, big.NewInt(1)) }), good},
		{"uncapped instead of capped", with(func(r *voucher.CreateToken) { r.MaxSupply = new(big.Int) }), good},
		{"allocation changed", with(func(r *voucher.CreateToken) { r.CreatorAllocation = ctTokens(1_000_000) }), good},
		{"salt changed", with(func(r *voucher.CreateToken) { r.Salt = ctSalt("relayed 2") }), good},
		{"deadline extended", with(func(r *voucher.CreateToken) { r.Deadline = ctAdd(base.Deadline, big.NewInt(86_400)) }), good},
		{"signed for another factory", base, fctSignCreate(t, creator, sep2, base)},
		{"signed for another chain", base, fctSignCreate(t, creator, voucher.FactoryDomainSeparator(big.NewInt(1), factory), base)},
		{"high s", base, ctHighS(good)},
		{"64-byte signature", base, shortSig},
		{"v not 27 or 28", base, badV},
		{"empty signature", base, nil},
		{"zero creator", with(func(r *voucher.CreateToken) { r.Creator = common.Address{} }), good},
	}
	for _, c := range refusals {
		t.Run(c.name, func(t *testing.T) {
			rev := h.ExpectRevert(relayer, factory, fctPackCreateFor(h, c.req, c.sig), "InvalidCreatorSignature")
			ctCheckArgs(t, rev, map[string]any{"creator": c.req.Creator})
			if len(fctCodeAt(h, h.PredictToken(c.req.Creator, c.req.Salt))) != 0 {
				t.Error("a token exists after a refused creation")
			}
		})
	}

	var token common.Address
	t.Run("relayer creates for creator", func(t *testing.T) {
		predicted := h.PredictToken(h.Addr(creator), base.Salt)
		data := fctPackCreateFor(h, base, good)
		out, err := ctCallFrom(h, h.Addr(relayer), factory, data)
		if err != nil {
			t.Fatal(err)
		}
		if ret, err := h.Factory.UnpackCreateTokenFor(out); err != nil || ret != predicted {
			t.Fatalf("createTokenFor returns %s (%v), want %s", ret, err, predicted)
		}
		r := h.MustTransact(relayer, factory, data)
		ev := ctOneLog(t, r, factory, h.Factory.UnpackTokenCreatedEvent)
		if ev.Token != predicted || ev.Creator != h.Addr(creator) || ev.Name != base.Name || ev.Symbol != base.Symbol ||
			ev.MaxSupply.Cmp(base.MaxSupply) != 0 {
			t.Errorf("TokenCreated(token %s, creator %s, %q, %q, %s)", ev.Token, ev.Creator, ev.Name, ev.Symbol, ev.MaxSupply)
		}
		ctCheckMint(t, h, r, predicted, h.Addr(creator), base.CreatorAllocation)
		st := ctRead(h, predicted)
		if st.Creator != h.Addr(creator) || st.Owner != h.Addr(creator) {
			t.Errorf("creator() %s owner() %s, want the creator %s (relayer %s)", st.Creator, st.Owner, h.Addr(creator), h.Addr(relayer))
		}
		ctCheckBig(t, "maxSupply", st.MaxSupply, base.MaxSupply)
		ctCheckBig(t, "creator balance", h.BalanceOf(predicted, h.Addr(creator)), base.CreatorAllocation)
		ctCheckBig(t, "relayer balance", h.BalanceOf(predicted, h.Addr(relayer)), new(big.Int))
		fctCheckClone(t, h, predicted, impl)
		// The relayer has no power over the token.
		h.ExpectRevert(relayer, predicted, h.Token.PackSetMinter(h.Addr(relayer), true), "OwnableUnauthorizedAccount")
		token = predicted
	})

	t.Run("replay", func(t *testing.T) {
		for _, key := range []*ecdsa.PrivateKey{relayer, other} {
			rev := h.ExpectRevert(key, factory, fctPackCreateFor(h, base, good), "TokenExists")
			ctCheckArgs(t, rev, map[string]any{"token": token})
		}
		// createToken by the creator shares the address space: that salt is spent.
		rev := h.ExpectRevert(creator, factory, h.Factory.PackCreateToken("x", "x", new(big.Int), new(big.Int), base.Salt), "TokenExists")
		ctCheckArgs(t, rev, map[string]any{"token": token})
	})

	t.Run("other factory signature works on that factory only", func(t *testing.T) {
		// Positive control for "signed for another factory": the same request signed for factory2 is valid
		// there, and lands at factory2's own address for the creator and salt.
		sig := fctSignCreate(t, creator, sep2, base)
		r := h.MustTransact(relayer, factory2, fctPackCreateFor(h, base, sig))
		ev := ctOneLog(t, r, factory2, h.Factory.UnpackTokenCreatedEvent)
		impl2 := ctView(h, factory2, h.Factory.PackImplementation(), h.Factory.UnpackImplementation)
		if want := fctPredictOn(h, factory2, h.Addr(creator), base.Salt); ev.Token != want || ev.Token == token {
			t.Errorf("factory2 token at %s, predicted %s (factory token %s)", ev.Token, want, token)
		}
		if want := fctExpectedAddress(factory2, impl2, h.Addr(creator), base.Salt); ev.Token != want {
			t.Errorf("factory2 token at %s, CREATE2 formula gives %s", ev.Token, want)
		}
		fctCheckClone(t, h, ev.Token, impl2)
		if st := ctRead(h, ev.Token); st.Creator != h.Addr(creator) || st.Distributor != h.Deployment.Distributor {
			t.Errorf("factory2 token state %+v", st)
		}
	})

	t.Run("expired", func(t *testing.T) {
		req := with(func(r *voucher.CreateToken) {
			r.Salt = ctSalt("expiring")
			r.Deadline = new(big.Int).SetUint64(h.Now() + 60)
		})
		sig := fctSignCreate(t, creator, sep, req)
		h.AdvanceTime(2 * time.Minute)
		rev := h.ExpectRevert(relayer, factory, fctPackCreateFor(h, req, sig), "SignatureExpired")
		ctCheckArgs(t, rev, map[string]any{"deadline": req.Deadline})
		// The expiry is checked before the signature: a stale request is "expired" whoever signed it.
		rev = h.ExpectRevert(relayer, factory, fctPackCreateFor(h, req, fctSignCreate(t, other, sep, req)), "SignatureExpired")
		ctCheckArgs(t, rev, map[string]any{"deadline": req.Deadline})
		// The salt was not spent: a fresh signature with a new deadline still works.
		req.Deadline = new(big.Int).SetUint64(h.Now() + 3600)
		h.MustTransact(relayer, factory, fctPackCreateFor(h, req, fctSignCreate(t, creator, sep, req)))
		if c := ctRead(h, h.PredictToken(h.Addr(creator), req.Salt)).Creator; c != h.Addr(creator) {
			t.Errorf("creator %s", c)
		}
	})
}

// TestFactoryCreateTokenForERC1271 covers a contract wallet as the creator: its ERC-1271 isValidSignature
// (here: its owner's ECDSA signature) is the consent.
func TestFactoryCreateTokenForERC1271(t *testing.T) {
	h := chaintest.New(t)
	factory := h.Deployment.Factory
	walletOwner, stranger, relayer := h.Keys[7], h.Keys[8], h.Keys[6]
	wallet := h.DeployContract(h.Admin, mocks.MockERC1271WalletMetaData.Bin,
		mocks.NewMockERC1271Wallet().PackConstructor(h.Addr(walletOwner)))
	sep := voucher.FactoryDomainSeparator(h.ChainID, factory)

	req := voucher.CreateToken{
		Creator: wallet, Name: "Multisig Fans", Symbol: "MSF",
		MaxSupply: new(big.Int), CreatorAllocation: ctTokens(42),
		Salt: ctSalt("wallet"), Deadline: new(big.Int).SetUint64(h.Now() + 3600),
	}
	good := fctSignCreate(t, walletOwner, sep, req)

	refusals := []struct {
		name string
		req  voucher.CreateToken
		sig  []byte
	}{
		{"signed by someone else", req, fctSignCreate(t, stranger, sep, req)},
		{"high s", req, ctHighS(good)},
		// The owner's consent for the wallet's token is not consent for a token owned by the owner's EOA.
		{"used for the owner's own address", func() voucher.CreateToken { r := req; r.Creator = h.Addr(walletOwner); return r }(), good},
		{"allocation changed", func() voucher.CreateToken { r := req; r.CreatorAllocation = ctTokens(43); return r }(), good},
	}
	for _, c := range refusals {
		t.Run(c.name, func(t *testing.T) {
			rev := h.ExpectRevert(relayer, factory, fctPackCreateFor(h, c.req, c.sig), "InvalidCreatorSignature")
			ctCheckArgs(t, rev, map[string]any{"creator": c.req.Creator})
		})
	}

	t.Run("wallet owns the token", func(t *testing.T) {
		r := h.MustTransact(relayer, factory, fctPackCreateFor(h, req, good))
		ev := ctOneLog(t, r, factory, h.Factory.UnpackTokenCreatedEvent)
		if ev.Creator != wallet || ev.Token != h.PredictToken(wallet, req.Salt) {
			t.Errorf("TokenCreated(token %s, creator %s)", ev.Token, ev.Creator)
		}
		st := ctRead(h, ev.Token)
		if st.Creator != wallet {
			t.Errorf("creator() = %s, want the wallet %s", st.Creator, wallet)
		}
		ctCheckBig(t, "wallet balance", h.BalanceOf(ev.Token, wallet), ctTokens(42))
		ctCheckBig(t, "wallet owner balance", h.BalanceOf(ev.Token, h.Addr(walletOwner)), new(big.Int))
		ctCheckBig(t, "relayer balance", h.BalanceOf(ev.Token, h.Addr(relayer)), new(big.Int))
		// The wallet owner's key is not the creator: only the wallet is.
		rev := h.ExpectRevert(walletOwner, ev.Token, h.Token.PackSetMinter(h.Addr(walletOwner), true), "OwnableUnauthorizedAccount")
		ctCheckArgs(t, rev, map[string]any{"account": h.Addr(walletOwner)})

		rev = h.ExpectRevert(relayer, factory, fctPackCreateFor(h, req, good), "TokenExists")
		ctCheckArgs(t, rev, map[string]any{"token": ev.Token})
	})
}
