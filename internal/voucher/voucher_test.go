package voucher

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// ---------------------------------------------------------------------------
// Fixtures written by scripts/voucher-fixtures.mjs (ethers v6).

type fixtureFile[M any] struct {
	Generator     string           `json:"generator"`
	Ethers        string           `json:"ethers"`
	DomainName    string           `json:"domainName"`
	DomainVersion string           `json:"domainVersion"`
	PrimaryType   string           `json:"primaryType"`
	EncodeType    string           `json:"encodeType"`
	TypeHash      common.Hash      `json:"typeHash"`
	Cases         []fixtureCase[M] `json:"cases"`
}

type fixtureCase[M any] struct {
	Label             string         `json:"label"`
	PrivateKey        hexutil.Bytes  `json:"privateKey"`
	Signer            common.Address `json:"signer"`
	ChainID           decimal        `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
	DomainSeparator   common.Hash    `json:"domainSeparator"`
	Message           M              `json:"message"`
	StructHash        common.Hash    `json:"structHash"`
	Digest            common.Hash    `json:"digest"`
	Signature         hexutil.Bytes  `json:"signature"`
}

// decimal is a uint256 written as a JSON decimal string.
type decimal struct{ *big.Int }

func (d *decimal) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return fmt.Errorf("bad decimal %q", s)
	}
	d.Int = x
	return nil
}

func (d decimal) MarshalJSON() ([]byte, error) { return json.Marshal(d.Int.String()) }

func dec(x *big.Int) decimal { return decimal{x} }

type voucherJSON struct {
	Account          common.Address `json:"account"`
	Token            common.Address `json:"token"`
	CumulativeAmount decimal        `json:"cumulativeAmount"`
	Deadline         decimal        `json:"deadline"`
}

func (m voucherJSON) voucher() Voucher {
	return Voucher{Account: m.Account, Token: m.Token, CumulativeAmount: m.CumulativeAmount.Int, Deadline: m.Deadline.Int}
}

func toVoucherJSON(v Voucher) voucherJSON {
	return voucherJSON{v.Account, v.Token, dec(v.CumulativeAmount), dec(v.Deadline)}
}

type createTokenJSON struct {
	Creator           common.Address `json:"creator"`
	Name              string         `json:"name"`
	Symbol            string         `json:"symbol"`
	MaxSupply         decimal        `json:"maxSupply"`
	CreatorAllocation decimal        `json:"creatorAllocation"`
	Salt              common.Hash    `json:"salt"`
	Deadline          decimal        `json:"deadline"`
}

func (m createTokenJSON) request() CreateToken {
	return CreateToken{
		Creator: m.Creator, Name: m.Name, Symbol: m.Symbol,
		MaxSupply: m.MaxSupply.Int, CreatorAllocation: m.CreatorAllocation.Int,
		Salt: m.Salt, Deadline: m.Deadline.Int,
	}
}

func toCreateTokenJSON(c CreateToken) createTokenJSON {
	return createTokenJSON{c.Creator, c.Name, c.Symbol, dec(c.MaxSupply), dec(c.CreatorAllocation), c.Salt, dec(c.Deadline)}
}

func loadFixtures[M any](t *testing.T, name string) fixtureFile[M] {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("%v (regenerate with `node scripts/voucher-fixtures.mjs` from the repository root)", err)
	}
	var f fixtureFile[M]
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
	if len(f.Cases) < 30 {
		t.Fatalf("%s: only %d cases; fixtures look truncated", name, len(f.Cases))
	}
	return f
}

func fixtureKey(t *testing.T, b []byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(b)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var (
	maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	two256     = new(big.Int).Lsh(big.NewInt(1), 256)
	curveN     = crypto.S256().Params().N
	halfN      = new(big.Int).Rsh(curveN, 1)
)

// ---------------------------------------------------------------------------
// Agreement with ethers.

func TestTypeStringsMatchEthers(t *testing.T) {
	t.Parallel()
	v := loadFixtures[voucherJSON](t, "vouchers.json")
	c := loadFixtures[createTokenJSON](t, "create_token.json")
	for _, tc := range []struct {
		gotType, wantType string
		gotHash, wantHash common.Hash
		gotName, wantName string
	}{
		{VoucherType, v.EncodeType, VoucherTypeHash, v.TypeHash, RewardsDomainName, v.DomainName},
		{CreateTokenType, c.EncodeType, CreateTokenTypeHash, c.TypeHash, FactoryDomainName, c.DomainName},
	} {
		if tc.gotType != tc.wantType {
			t.Errorf("type string\n got %s\nwant %s", tc.gotType, tc.wantType)
		}
		if tc.gotHash != tc.wantHash {
			t.Errorf("type hash of %s: got %s, want %s", tc.gotType, tc.gotHash, tc.wantHash)
		}
		if tc.gotName != tc.wantName {
			t.Errorf("domain name: got %q, want %q", tc.gotName, tc.wantName)
		}
	}
	if v.DomainVersion != DomainVersion || c.DomainVersion != DomainVersion {
		t.Errorf("domain version: got %q, fixtures %q/%q", DomainVersion, v.DomainVersion, c.DomainVersion)
	}
	// The contracts' constants (keccak256 of these exact strings).
	if got := crypto.Keccak256Hash([]byte("Voucher(address account,address token,uint256 cumulativeAmount,uint256 deadline)")); got != VoucherTypeHash {
		t.Errorf("VoucherTypeHash = %s, want %s", VoucherTypeHash, got)
	}
}

func TestVoucherFixtures(t *testing.T) {
	t.Parallel()
	f := loadFixtures[voucherJSON](t, "vouchers.json")
	for _, tc := range f.Cases {
		t.Run(tc.Label, func(t *testing.T) {
			t.Parallel()
			v := tc.Message.voucher()
			key := fixtureKey(t, tc.PrivateKey)

			if got := RewardsDomainSeparator(tc.ChainID.Int, tc.VerifyingContract); got != tc.DomainSeparator {
				t.Errorf("RewardsDomainSeparator = %s, ethers %s", got, tc.DomainSeparator)
			}
			if got := (Domain{tc.ChainID.Int, tc.VerifyingContract}).RewardsSeparator(); got != tc.DomainSeparator {
				t.Errorf("Domain.RewardsSeparator = %s, ethers %s", got, tc.DomainSeparator)
			}
			if got := v.StructHash(); got != tc.StructHash {
				t.Errorf("StructHash = %s, ethers %s", got, tc.StructHash)
			}
			if got := v.Digest(tc.DomainSeparator); got != tc.Digest {
				t.Errorf("Digest = %s, ethers %s", got, tc.Digest)
			}

			s := NewSigner(key, tc.ChainID.Int, tc.VerifyingContract)
			if s.Address() != tc.Signer {
				t.Errorf("Signer.Address = %s, want %s", s.Address(), tc.Signer)
			}
			if s.DomainSeparator() != tc.DomainSeparator || s.Digest(v) != tc.Digest {
				t.Errorf("Signer separator/digest disagree with ethers")
			}
			// Both libsecp256k1 and ethers (@noble/curves) use RFC 6979
			// nonces without extra entropy and normalise to low s, so the
			// signatures must be identical byte for byte.
			sig, err := s.Sign(v)
			if err != nil {
				t.Fatalf("Sign: %v", err)
			}
			if !bytes.Equal(sig, tc.Signature) {
				t.Errorf("Sign = %x\n ethers %x", sig, []byte(tc.Signature))
			}
			if sig2, err := SignDigest(key, tc.Digest); err != nil || !bytes.Equal(sig2, tc.Signature) {
				t.Errorf("SignDigest = %x, %v; ethers %x", sig2, err, []byte(tc.Signature))
			}
			for _, sg := range [][]byte{sig, tc.Signature} {
				addr, err := Recover(tc.Digest, sg)
				if err != nil || addr != tc.Signer {
					t.Errorf("Recover(%x) = %s, %v; want %s", sg, addr, err, tc.Signer)
				}
			}
		})
	}
}

func TestCreateTokenFixtures(t *testing.T) {
	t.Parallel()
	f := loadFixtures[createTokenJSON](t, "create_token.json")
	for _, tc := range f.Cases {
		t.Run(tc.Label, func(t *testing.T) {
			t.Parallel()
			c := tc.Message.request()
			key := fixtureKey(t, tc.PrivateKey)

			ds := FactoryDomainSeparator(tc.ChainID.Int, tc.VerifyingContract)
			if ds != tc.DomainSeparator {
				t.Errorf("FactoryDomainSeparator = %s, ethers %s", ds, tc.DomainSeparator)
			}
			if got := (Domain{tc.ChainID.Int, tc.VerifyingContract}).FactorySeparator(); got != tc.DomainSeparator {
				t.Errorf("Domain.FactorySeparator = %s, ethers %s", got, tc.DomainSeparator)
			}
			if got := c.StructHash(); got != tc.StructHash {
				t.Errorf("StructHash = %s, ethers %s", got, tc.StructHash)
			}
			if got := c.Digest(tc.DomainSeparator); got != tc.Digest {
				t.Errorf("Digest = %s, ethers %s", got, tc.Digest)
			}
			sig, err := SignCreateToken(key, ds, c)
			if err != nil {
				t.Fatalf("SignCreateToken: %v", err)
			}
			if !bytes.Equal(sig, tc.Signature) {
				t.Errorf("SignCreateToken = %x\n ethers %x", sig, []byte(tc.Signature))
			}
			addr, err := Recover(tc.Digest, tc.Signature)
			if err != nil || addr != tc.Signer {
				t.Errorf("Recover = %s, %v; want %s", addr, err, tc.Signer)
			}
		})
	}
}

// TestFixturesCoverage guards against the fixtures silently losing the edge
// cases the encoding tests rely on.
func TestFixturesCoverage(t *testing.T) {
	t.Parallel()
	v := loadFixtures[voucherJSON](t, "vouchers.json")
	c := loadFixtures[createTokenJSON](t, "create_token.json")
	seen := map[string]bool{}
	for _, tc := range v.Cases {
		seen["chain "+tc.ChainID.String()] = true
		seen["signer "+tc.Signer.Hex()] = true
		switch tc.Message.CumulativeAmount.String() {
		case "0", "1", maxUint256.String():
			seen["amount "+tc.Message.CumulativeAmount.String()] = true
		}
	}
	for _, tc := range c.Cases {
		m := tc.Message
		if m.Name == "" && m.Symbol == "" {
			seen["empty strings"] = true
		}
		if strings.ContainsFunc(m.Name+m.Symbol, func(r rune) bool { return r > 0xFFFF }) {
			seen["astral unicode"] = true
		}
		if m.MaxSupply.Sign() == 0 {
			seen["maxSupply 0"] = true
		}
	}
	for _, want := range []string{
		"chain 1", "chain 1337", "chain 8453", "amount 0", "amount 1", "amount " + maxUint256.String(),
		"signer 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "signer 0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		"empty strings", "astral unicode", "maxSupply 0",
	} {
		if !seen[want] {
			t.Errorf("fixtures lack %q", want)
		}
	}
}

// ---------------------------------------------------------------------------
// Node / ethers round trips. These need `node` and node_modules (npm ci); they
// fail rather than skip, so CI cannot silently lose the cross-check.

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found at %s: %v", root, err)
	}
	return root
}

// requireNode returns the repository root and fails the test if node or
// ethers is unavailable.
func requireNode(t *testing.T) (node, root string) {
	t.Helper()
	root = repoRoot(t)
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH: install Node.js >= 20 and run `npm ci` in %s (this cross-check against ethers is required, not optional)", root)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "ethers", "package.json")); err != nil {
		t.Fatalf("ethers is not installed (%v): run `npm ci` in %s", err, root)
	}
	return node, root
}

func runNode(t *testing.T, args ...string) []byte {
	t.Helper()
	node, root := requireNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s: %v\nstderr:\n%s\n(if modules are missing, run `npm ci` in %s)", strings.Join(args, " "), err, stderr.String(), root)
	}
	return stdout.Bytes()
}

// TestFixturesReproducible regenerates the fixtures with ethers and checks
// they equal the committed files, so the committed files are exactly what
// the script produces.
func TestFixturesReproducible(t *testing.T) {
	t.Parallel()
	out := t.TempDir()
	runNode(t, filepath.Join("scripts", "voucher-fixtures.mjs"), "--out", out)
	for _, name := range []string{"vouchers.json", "create_token.json"} {
		want, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("testdata/%s is stale: run `node scripts/voucher-fixtures.mjs` and commit the result", name)
		}
	}
}

type verifyEntry[M any] struct {
	ChainID           decimal        `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
	Message           M              `json:"message"`
	Signature         hexutil.Bytes  `json:"signature"`
}

type verifyResult struct {
	Address *common.Address `json:"address"`
	Error   string          `json:"error"`
}

// TestEthersVerifiesGoSignatures signs vouchers and create-token requests in
// Go (fixture messages plus pseudo-random ones that ethers never saw) and has
// ethers' verifyTypedData recover the signer of each. It also checks that
// ethers, like Recover, refuses the high-s twin of a valid signature.
func TestEthersVerifiesGoSignatures(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	type want struct {
		signer common.Address
		reject bool
	}
	var (
		input struct {
			Vouchers     []verifyEntry[voucherJSON]     `json:"vouchers"`
			CreateTokens []verifyEntry[createTokenJSON] `json:"createTokens"`
		}
		wantV, wantC []want
	)
	for i := range 24 {
		key := randKey(t, rng)
		chainID := []*big.Int{big.NewInt(1), big.NewInt(1337), big.NewInt(8453), randUint(rng)}[i%4]
		contract := randAddress(rng)
		signerAddr := crypto.PubkeyToAddress(key.PublicKey)

		v := randVoucher(rng)
		sig, err := NewSigner(key, chainID, contract).Sign(v)
		if err != nil {
			t.Fatal(err)
		}
		input.Vouchers = append(input.Vouchers, verifyEntry[voucherJSON]{dec(chainID), contract, toVoucherJSON(v), sig})
		wantV = append(wantV, want{signer: signerAddr})

		c := randCreateToken(rng)
		csig, err := SignCreateToken(key, FactoryDomainSeparator(chainID, contract), c)
		if err != nil {
			t.Fatal(err)
		}
		input.CreateTokens = append(input.CreateTokens, verifyEntry[createTokenJSON]{dec(chainID), contract, toCreateTokenJSON(c), csig})
		wantC = append(wantC, want{signer: signerAddr})

		if i%6 == 0 { // the malleated twin must be refused by ethers too
			input.Vouchers = append(input.Vouchers, verifyEntry[voucherJSON]{dec(chainID), contract, toVoucherJSON(v), malleate(sig)})
			wantV = append(wantV, want{reject: true})
		}
	}
	raw, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "go-signatures.json")
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	out := runNode(t, filepath.Join("scripts", "voucher-verify.mjs"), file)
	var res struct {
		Vouchers     []verifyResult `json:"vouchers"`
		CreateTokens []verifyResult `json:"createTokens"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("decode node output: %v\n%s", err, out)
	}
	check := func(kind string, got []verifyResult, want []want) {
		if len(got) != len(want) {
			t.Fatalf("%s: ethers returned %d results, want %d", kind, len(got), len(want))
		}
		for i, w := range want {
			switch {
			case w.reject && got[i].Error == "":
				t.Errorf("%s[%d]: ethers accepted a high-s signature (recovered %v)", kind, i, got[i].Address)
			case !w.reject && (got[i].Address == nil || *got[i].Address != w.signer):
				t.Errorf("%s[%d]: ethers recovered %v (error %q), want %s", kind, i, got[i].Address, got[i].Error, w.signer)
			}
		}
	}
	check("vouchers", res.Vouchers, wantV)
	check("createTokens", res.CreateTokens, wantC)
}

// ---------------------------------------------------------------------------
// Agreement with go-ethereum's reflective EIP-712 implementation (apitypes),
// an independent encoder, over inputs the fixtures do not contain.

var (
	domainTypes = []apitypes.Type{
		{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
	}
	voucherTypes = apitypes.Types{
		"EIP712Domain": domainTypes,
		"Voucher": {
			{Name: "account", Type: "address"}, {Name: "token", Type: "address"},
			{Name: "cumulativeAmount", Type: "uint256"}, {Name: "deadline", Type: "uint256"},
		},
	}
	createTokenTypes = apitypes.Types{
		"EIP712Domain": domainTypes,
		"CreateToken": {
			{Name: "creator", Type: "address"}, {Name: "name", Type: "string"}, {Name: "symbol", Type: "string"},
			{Name: "maxSupply", Type: "uint256"}, {Name: "creatorAllocation", Type: "uint256"},
			{Name: "salt", Type: "bytes32"}, {Name: "deadline", Type: "uint256"},
		},
	}
)

func apitypesDomain(name string, chainID *big.Int, contract common.Address) apitypes.TypedDataDomain {
	return apitypes.TypedDataDomain{
		Name: name, Version: DomainVersion,
		ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: contract.Hex(),
	}
}

func apitypesVoucherDigest(t testing.TB, chainID *big.Int, contract common.Address, v Voucher) common.Hash {
	t.Helper()
	td := apitypes.TypedData{
		Types: voucherTypes, PrimaryType: "Voucher",
		Domain: apitypesDomain(RewardsDomainName, chainID, contract),
		Message: apitypes.TypedDataMessage{
			"account": v.Account.Hex(), "token": v.Token.Hex(),
			"cumulativeAmount": new(big.Int).Set(v.CumulativeAmount), "deadline": new(big.Int).Set(v.Deadline),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatalf("apitypes: %v", err)
	}
	return common.BytesToHash(h)
}

func apitypesCreateTokenDigest(t testing.TB, chainID *big.Int, contract common.Address, c CreateToken) common.Hash {
	t.Helper()
	td := apitypes.TypedData{
		Types: createTokenTypes, PrimaryType: "CreateToken",
		Domain: apitypesDomain(FactoryDomainName, chainID, contract),
		Message: apitypes.TypedDataMessage{
			"creator": c.Creator.Hex(), "name": c.Name, "symbol": c.Symbol,
			"maxSupply": new(big.Int).Set(c.MaxSupply), "creatorAllocation": new(big.Int).Set(c.CreatorAllocation),
			"salt": c.Salt[:], "deadline": new(big.Int).Set(c.Deadline),
		},
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatalf("apitypes: %v", err)
	}
	return common.BytesToHash(h)
}

func FuzzVoucherDigestMatchesAPITypes(f *testing.F) {
	f.Add(uint64(1), []byte{}, []byte{}, []byte{0}, []byte{0})
	f.Add(uint64(8453), bytes.Repeat([]byte{0xff}, 20), bytes.Repeat([]byte{0x11}, 20), maxUint256.Bytes(), maxUint256.Bytes())
	f.Add(uint64(1337), []byte{1}, []byte{0x80}, []byte{1, 0, 0}, []byte{0x65, 0x5c, 0x3b, 0x80})
	f.Fuzz(func(t *testing.T, chain uint64, account, token, amount, deadline []byte) {
		v := Voucher{
			Account:          common.BytesToAddress(account),
			Token:            common.BytesToAddress(token),
			CumulativeAmount: new(big.Int).SetBytes(trim32(amount)),
			Deadline:         new(big.Int).SetBytes(trim32(deadline)),
		}
		chainID := new(big.Int).SetUint64(chain)
		contract := common.BytesToAddress(token) // any address will do
		want := apitypesVoucherDigest(t, chainID, contract, v)
		if got := v.Digest(RewardsDomainSeparator(chainID, contract)); got != want {
			t.Fatalf("Digest(%+v) = %s, apitypes %s", v, got, want)
		}
	})
}

func FuzzCreateTokenDigestMatchesAPITypes(f *testing.F) {
	f.Add(uint64(1), []byte{}, "", "", []byte{0}, []byte{0}, []byte{}, []byte{0})
	f.Add(uint64(8453), []byte{0xab}, "Ünïcødé 🚀", "€", maxUint256.Bytes(), []byte{1}, bytes.Repeat([]byte{0xff}, 32), maxUint256.Bytes())
	f.Add(uint64(1337), []byte{1, 2, 3}, "invalid utf-8 \xff\xfe", "\x00", []byte{9}, []byte{8}, []byte{7}, []byte{6})
	f.Add(uint64(5), []byte{4}, strings.Repeat("long ", 100), "L", []byte{1, 0}, []byte{1}, []byte{2}, []byte{3})
	f.Fuzz(func(t *testing.T, chain uint64, creator []byte, name, symbol string, maxSupply, alloc, salt, deadline []byte) {
		c := CreateToken{
			Creator:           common.BytesToAddress(creator),
			Name:              name,
			Symbol:            symbol,
			MaxSupply:         new(big.Int).SetBytes(trim32(maxSupply)),
			CreatorAllocation: new(big.Int).SetBytes(trim32(alloc)),
			Salt:              common.BytesToHash(salt),
			Deadline:          new(big.Int).SetBytes(trim32(deadline)),
		}
		chainID := new(big.Int).SetUint64(chain)
		contract := common.BytesToAddress(creator)
		want := apitypesCreateTokenDigest(t, chainID, contract, c)
		if got := c.Digest(FactoryDomainSeparator(chainID, contract)); got != want {
			t.Fatalf("Digest(%+v) = %s, apitypes %s", c, got, want)
		}
	})
}

func TestRandomDigestsMatchAPITypes(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		chainID, contract := randUint(rng), randAddress(rng)
		v := randVoucher(rng)
		if got, want := v.Digest(RewardsDomainSeparator(chainID, contract)), apitypesVoucherDigest(t, chainID, contract, v); got != want {
			t.Fatalf("voucher %+v: Digest %s, apitypes %s", v, got, want)
		}
		c := randCreateToken(rng)
		if got, want := c.Digest(FactoryDomainSeparator(chainID, contract)), apitypesCreateTokenDigest(t, chainID, contract, c); got != want {
			t.Fatalf("request %+v: Digest %s, apitypes %s", c, got, want)
		}
	}
}

// TestDigestDependsOnEveryField catches an encoder that drops or aliases a
// field (e.g. writes two values into the same word).
func TestDigestDependsOnEveryField(t *testing.T) {
	t.Parallel()
	ds := RewardsDomainSeparator(big.NewInt(1), common.HexToAddress("0x01"))
	base := Voucher{common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), big.NewInt(100), big.NewInt(200)}
	seen := map[common.Hash]string{base.Digest(ds): "base"}
	for name, v := range map[string]Voucher{
		"account":  {common.HexToAddress("0xa2"), base.Token, base.CumulativeAmount, base.Deadline},
		"token":    {base.Account, common.HexToAddress("0xb3"), base.CumulativeAmount, base.Deadline},
		"amount":   {base.Account, base.Token, big.NewInt(101), base.Deadline},
		"deadline": {base.Account, base.Token, base.CumulativeAmount, big.NewInt(201)},
		"swapped":  {base.Token, base.Account, base.Deadline, base.CumulativeAmount},
	} {
		d := v.Digest(ds)
		if prev, dup := seen[d]; dup {
			t.Errorf("changing %s gives the same digest as %s", name, prev)
		}
		seen[d] = name
	}
	for name, other := range map[string]common.Hash{
		"other chain":    RewardsDomainSeparator(big.NewInt(2), common.HexToAddress("0x01")),
		"other contract": RewardsDomainSeparator(big.NewInt(1), common.HexToAddress("0x02")),
		"factory domain": FactoryDomainSeparator(big.NewInt(1), common.HexToAddress("0x01")),
	} {
		if other == ds || base.Digest(other) == base.Digest(ds) {
			t.Errorf("%s: domain separator does not change the digest", name)
		}
	}

	cs := FactoryDomainSeparator(big.NewInt(1), common.HexToAddress("0x01"))
	cbase := CreateToken{common.HexToAddress("0xc1"), "ab", "c", big.NewInt(10), big.NewInt(5), [32]byte{1}, big.NewInt(7)}
	cseen := map[common.Hash]string{cbase.Digest(cs): "base"}
	mut := func(name string, f func(*CreateToken)) {
		c := cbase
		f(&c)
		d := c.Digest(cs)
		if prev, dup := cseen[d]; dup {
			t.Errorf("CreateToken: changing %s gives the same digest as %s", name, prev)
		}
		cseen[d] = name
	}
	mut("creator", func(c *CreateToken) { c.Creator = common.HexToAddress("0xc2") })
	mut("name", func(c *CreateToken) { c.Name = "ab " })
	mut("symbol", func(c *CreateToken) { c.Symbol = "C" })
	mut("name/symbol boundary", func(c *CreateToken) { c.Name, c.Symbol = "a", "bc" })
	mut("maxSupply", func(c *CreateToken) { c.MaxSupply = big.NewInt(11) })
	mut("creatorAllocation", func(c *CreateToken) { c.CreatorAllocation = big.NewInt(6) })
	mut("salt", func(c *CreateToken) { c.Salt[31] = 1 })
	mut("deadline", func(c *CreateToken) { c.Deadline = big.NewInt(8) })
}

// ---------------------------------------------------------------------------
// Validation.

func TestSignRejectsOutOfRangeIntegers(t *testing.T) {
	t.Parallel()
	key := fixedKey(t)
	s := NewSigner(key, big.NewInt(1), common.HexToAddress("0x01"))
	ds := FactoryDomainSeparator(big.NewInt(1), common.HexToAddress("0x02"))
	ok := func() Voucher {
		return Voucher{common.HexToAddress("0x0a"), common.HexToAddress("0x0b"), big.NewInt(1), big.NewInt(2)}
	}
	okReq := func() CreateToken {
		return CreateToken{common.HexToAddress("0x0c"), "N", "S", big.NewInt(3), big.NewInt(2), [32]byte{}, big.NewInt(1)}
	}
	bad := map[string]*big.Int{"nil": nil, "negative": big.NewInt(-1), "2^256": two256, "2^300": new(big.Int).Lsh(big.NewInt(1), 300)}

	type tc struct {
		name    string
		v       *Voucher
		c       *CreateToken
		wantErr error // nil: must succeed
	}
	var cases []tc
	for bname, x := range bad {
		vAmount, vDeadline := ok(), ok()
		vAmount.CumulativeAmount, vDeadline.Deadline = x, x
		cMax, cAlloc, cDeadline := okReq(), okReq(), okReq()
		cMax.MaxSupply, cAlloc.CreatorAllocation, cDeadline.Deadline = x, x, x
		cases = append(cases,
			tc{"voucher amount " + bname, &vAmount, nil, ErrAmountRange},
			tc{"voucher deadline " + bname, &vDeadline, nil, ErrDeadlineRange},
			tc{"request maxSupply " + bname, nil, &cMax, ErrAmountRange},
			tc{"request creatorAllocation " + bname, nil, &cAlloc, ErrAmountRange},
			tc{"request deadline " + bname, nil, &cDeadline, ErrDeadlineRange},
		)
	}
	vmax := Voucher{common.Address{}, common.Address{}, maxUint256, maxUint256}
	cmax := CreateToken{MaxSupply: maxUint256, CreatorAllocation: maxUint256, Deadline: maxUint256}
	vzero := Voucher{CumulativeAmount: new(big.Int), Deadline: new(big.Int)}
	cases = append(cases, tc{"voucher max uint256", &vmax, nil, nil}, tc{"request max uint256", nil, &cmax, nil},
		tc{"voucher zeros", &vzero, nil, nil})

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var (
				sig        []byte
				err        error
				validate   error
				digest     common.Hash
				structHash common.Hash
			)
			if tc.v != nil {
				sig, err = s.Sign(*tc.v)
				validate, digest, structHash = tc.v.Validate(), tc.v.Digest(s.DomainSeparator()), tc.v.StructHash()
			} else {
				sig, err = SignCreateToken(key, ds, *tc.c)
				validate, digest, structHash = tc.c.Validate(), tc.c.Digest(ds), tc.c.StructHash()
			}
			if tc.wantErr == nil {
				if err != nil || validate != nil || len(sig) != SignatureLength || digest == (common.Hash{}) || structHash == (common.Hash{}) {
					t.Fatalf("valid input refused: sign err %v, validate %v, digest %s", err, validate, digest)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) || !errors.Is(validate, tc.wantErr) {
				t.Errorf("Sign error %v, Validate %v; want %v", err, validate, tc.wantErr)
			}
			if sig != nil {
				t.Errorf("Sign returned a signature for invalid input")
			}
			if digest != (common.Hash{}) || structHash != (common.Hash{}) {
				t.Errorf("Digest/StructHash of invalid input = %s/%s, want zero", digest, structHash)
			}
		})
	}
}

func TestInvalidKeysAndDomains(t *testing.T) {
	t.Parallel()
	v := Voucher{CumulativeAmount: big.NewInt(1), Deadline: big.NewInt(1)}
	key := fixedKey(t)
	chain := big.NewInt(1)

	for name, tc := range map[string]struct {
		key     *ecdsa.PrivateKey
		chainID *big.Int
		want    error
	}{
		"nil key":           {nil, chain, ErrInvalidKey},
		"nil scalar":        {&ecdsa.PrivateKey{PublicKey: key.PublicKey}, chain, ErrInvalidKey},
		"zero scalar":       {&ecdsa.PrivateKey{PublicKey: key.PublicKey, D: new(big.Int)}, chain, ErrInvalidKey},
		"scalar n":          {&ecdsa.PrivateKey{PublicKey: key.PublicKey, D: new(big.Int).Set(curveN)}, chain, ErrInvalidKey},
		"nil chain":         {key, nil, ErrChainIDRange},
		"negative chain":    {key, big.NewInt(-1), ErrChainIDRange},
		"2^256 chain":       {key, two256, ErrChainIDRange},
		"no curve on key":   {&ecdsa.PrivateKey{D: big.NewInt(1)}, chain, ErrInvalidKey},
		"valid (control)":   {key, chain, nil},
		"max uint256 chain": {key, maxUint256, nil},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := NewSigner(tc.key, tc.chainID, common.Address{})
			sig, err := s.Sign(v)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Sign: %v", err)
				}
				if got, err := Recover(s.Digest(v), sig); err != nil || got != s.Address() {
					t.Fatalf("Recover = %s, %v; want %s", got, err, s.Address())
				}
				return
			}
			if !errors.Is(err, tc.want) || sig != nil {
				t.Errorf("Sign = %x, %v; want error %v", sig, err, tc.want)
			}
			if tc.key != nil && tc.want == ErrInvalidKey {
				if _, err := SignDigest(tc.key, common.Hash{1}); !errors.Is(err, ErrInvalidKey) {
					t.Errorf("SignDigest error %v, want ErrInvalidKey", err)
				}
			}
		})
	}

	if _, err := SignDigest(nil, common.Hash{1}); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("SignDigest(nil) error %v, want ErrInvalidKey", err)
	}
	for _, c := range []*big.Int{nil, big.NewInt(-5), two256} {
		if RewardsDomainSeparator(c, common.Address{}) != (common.Hash{}) || FactoryDomainSeparator(c, common.Address{}) != (common.Hash{}) {
			t.Errorf("domain separator for chain id %v is not zero", c)
		}
	}
	req := CreateToken{MaxSupply: big.NewInt(1), CreatorAllocation: big.NewInt(1), Deadline: big.NewInt(1)}
	if _, err := SignCreateToken(key, common.Hash{}, req); !errors.Is(err, ErrInvalidDomain) {
		t.Errorf("SignCreateToken with zero domain: %v, want ErrInvalidDomain", err)
	}
	if _, err := SignCreateToken(nil, FactoryDomainSeparator(chain, common.Address{}), req); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("SignCreateToken with nil key: %v, want ErrInvalidKey", err)
	}
}

// TestSignerCopiesKey: a key given only as a scalar works, and mutating the
// caller's key afterwards does not change what the Signer signs with.
func TestSignerCopiesKey(t *testing.T) {
	t.Parallel()
	key := fixedKey(t)
	want := crypto.PubkeyToAddress(key.PublicKey)
	scalarOnly := &ecdsa.PrivateKey{PublicKey: ecdsa.PublicKey{Curve: crypto.S256()}, D: new(big.Int).Set(key.D)}
	s := NewSigner(scalarOnly, big.NewInt(1), common.Address{})
	if s.Address() != want {
		t.Fatalf("Address = %s, want %s", s.Address(), want)
	}
	scalarOnly.D.SetInt64(12345)
	v := Voucher{CumulativeAmount: big.NewInt(1), Deadline: big.NewInt(1)}
	sig, err := s.Sign(v)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Recover(s.Digest(v), sig); err != nil || got != want {
		t.Fatalf("Recover = %s, %v; want %s", got, err, want)
	}
}

// ---------------------------------------------------------------------------
// Signature format and recovery rules (mirror OpenZeppelin ECDSA).

// malleate returns the high-s twin of a low-s signature: s' = n - s, v
// flipped. It is a valid ECDSA signature for the same key and digest.
func malleate(sig []byte) []byte {
	out := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(curveN, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

func TestRecoverRejects(t *testing.T) {
	t.Parallel()
	key := fixedKey(t)
	signer := crypto.PubkeyToAddress(key.PublicKey)
	digest := crypto.Keccak256Hash([]byte("digest"))
	sig, err := SignDigest(key, digest)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != SignatureLength || (sig[64] != 27 && sig[64] != 28) {
		t.Fatalf("signature %x: want 65 bytes with v 27/28", sig)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(halfN) > 0 {
		t.Fatalf("SignDigest produced high s: %x", sig)
	}

	high := malleate(sig)
	// Sanity: the twin really is a valid signature for the same key, so only
	// the explicit s check can be what rejects it.
	raw := bytes.Clone(high)
	raw[64] -= 27
	if pub, err := crypto.SigToPub(digest[:], raw); err != nil || crypto.PubkeyToAddress(*pub) != signer {
		t.Fatalf("malleated signature does not recover the signer at the curve level: %v", err)
	}

	with := func(f func(b []byte)) []byte { b := bytes.Clone(sig); f(b); return b }
	setS := func(x *big.Int) []byte { return with(func(b []byte) { x.FillBytes(b[32:64]) }) }
	setR := func(x *big.Int) []byte { return with(func(b []byte) { x.FillBytes(b[0:32]) }) }

	for _, tc := range []struct {
		name string
		sig  []byte
		want error
	}{
		{"high-s malleated twin", high, ErrSignatureHighS},
		{"s = n/2 + 1", setS(new(big.Int).Add(halfN, big.NewInt(1))), ErrSignatureHighS},
		{"s = 2^256-1", setS(maxUint256), ErrSignatureHighS},
		{"v = 0", with(func(b []byte) { b[64] = 0 }), ErrSignatureV},
		{"v = 1", with(func(b []byte) { b[64] = 1 }), ErrSignatureV},
		{"v = 26", with(func(b []byte) { b[64] = 26 }), ErrSignatureV},
		{"v = 29", with(func(b []byte) { b[64] = 29 }), ErrSignatureV},
		{"v = 255", with(func(b []byte) { b[64] = 255 }), ErrSignatureV},
		{"empty", nil, ErrSignatureLength},
		{"64 bytes (EIP-2098 compact is not accepted)", sig[:64], ErrSignatureLength},
		{"66 bytes", append(bytes.Clone(sig), 0), ErrSignatureLength},
		{"r = 0", setR(new(big.Int)), ErrInvalidSignature},
		{"s = 0", setS(new(big.Int)), ErrInvalidSignature},
		{"r = n", setR(curveN), ErrInvalidSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr, err := Recover(digest, tc.sig)
			if !errors.Is(err, tc.want) {
				t.Errorf("Recover error = %v, want %v", err, tc.want)
			}
			if addr != (common.Address{}) {
				t.Errorf("Recover returned %s alongside an error", addr)
			}
		})
	}

	// Boundary: s exactly n/2 is accepted by the s check (whatever the curve
	// then says, the error must not be ErrSignatureHighS).
	if _, err := Recover(digest, setS(halfN)); errors.Is(err, ErrSignatureHighS) {
		t.Errorf("s = n/2 rejected as high-s")
	}
	// A different digest recovers a different address rather than the signer.
	if addr, err := Recover(crypto.Keccak256Hash([]byte("other")), sig); err == nil && addr == signer {
		t.Errorf("signature verified for the wrong digest")
	}
	// Recover must not modify its input.
	before := bytes.Clone(sig)
	if _, err := Recover(digest, sig); err != nil || !bytes.Equal(before, sig) {
		t.Errorf("Recover modified the signature or failed: %v", err)
	}
}

// TestSignConcurrent checks (under -race) that one Signer can be shared and
// that concurrent signatures equal sequential ones.
func TestSignConcurrent(t *testing.T) {
	t.Parallel()
	s := NewSigner(fixedKey(t), big.NewInt(8453), common.HexToAddress("0x1234"))
	rng := rand.New(rand.NewPCG(5, 6))
	vouchers := make([]Voucher, 64)
	want := make([][]byte, len(vouchers))
	for i := range vouchers {
		vouchers[i] = randVoucher(rng)
		var err error
		if want[i], err = s.Sign(vouchers[i]); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range vouchers {
				j := (i + g*7) % len(vouchers)
				sig, err := s.Sign(vouchers[j])
				if err != nil || !bytes.Equal(sig, want[j]) {
					t.Errorf("goroutine %d voucher %d: %x, %v; want %x", g, j, sig, err, want[j])
					return
				}
			}
		})
	}
	wg.Wait()
}

// ---------------------------------------------------------------------------
// Helpers.

func fixedKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func trim32(b []byte) []byte {
	if len(b) > 32 {
		return b[:32]
	}
	return b
}

func randBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func randAddress(rng *rand.Rand) common.Address { return common.BytesToAddress(randBytes(rng, 20)) }

// randUint returns a uint256 of random byte length, so small and large
// values (and leading zero bytes) all occur.
func randUint(rng *rand.Rand) *big.Int {
	return new(big.Int).SetBytes(randBytes(rng, rng.IntN(33)))
}

func randKey(t testing.TB, rng *rand.Rand) *ecdsa.PrivateKey {
	t.Helper()
	for {
		if k, err := crypto.ToECDSA(randBytes(rng, 32)); err == nil {
			return k
		}
	}
}

func randVoucher(rng *rand.Rand) Voucher {
	return Voucher{randAddress(rng), randAddress(rng), randUint(rng), randUint(rng)}
}

var sampleStrings = []string{"", "A", "Tribe", "Ünïcødé 🚀", "€", "日本語", "e\u0301", "tab\t\"\\\n\x00", strings.Repeat("long ", 40)}

func randCreateToken(rng *rand.Rand) CreateToken {
	var salt [32]byte
	copy(salt[:], randBytes(rng, 32))
	return CreateToken{
		Creator:           randAddress(rng),
		Name:              sampleStrings[rng.IntN(len(sampleStrings))],
		Symbol:            sampleStrings[rng.IntN(len(sampleStrings))],
		MaxSupply:         randUint(rng),
		CreatorAllocation: randUint(rng),
		Salt:              salt,
		Deadline:          randUint(rng),
	}
}
