package auth

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// ---------------------------------------------------------------------------
// Fixtures written by scripts/siwe-fixtures.mjs (ethers v6).

type siweFixtures struct {
	Generator  string         `json:"generator"`
	Ethers     string         `json:"ethers"`
	PrivateKey hexutil.Bytes  `json:"privateKey"`
	Address    common.Address `json:"address"`
	Valid      []validFixture `json:"valid"`
	Invalid    []struct {
		Label     string         `json:"label"`
		Message   string         `json:"message"`
		Signature hexutil.Bytes  `json:"signature"`
		Signer    common.Address `json:"signer"`
		Error     string         `json:"error"`
	} `json:"invalid"`
}

type validFixture struct {
	Label     string        `json:"label"`
	Message   string        `json:"message"`
	Signature hexutil.Bytes `json:"signature"`
	Fields    struct {
		Scheme         string   `json:"scheme"`
		Domain         string   `json:"domain"`
		Address        string   `json:"address"`
		Statement      string   `json:"statement"`
		URI            string   `json:"uri"`
		Version        string   `json:"version"`
		ChainID        uint64   `json:"chainId"`
		Nonce          string   `json:"nonce"`
		IssuedAt       string   `json:"issuedAt"`
		ExpirationTime *string  `json:"expirationTime"`
		NotBefore      *string  `json:"notBefore"`
		RequestID      string   `json:"requestId"`
		Resources      []string `json:"resources"`
	} `json:"fields"`
	Expect struct {
		Domain  string `json:"domain"`
		URI     string `json:"uri"`
		ChainID uint64 `json:"chainId"`
	} `json:"expect"`
	VerifyAt time.Time `json:"verifyAt"`
}

func (f *validFixture) expect() Expect {
	return Expect{Domain: f.Expect.Domain, URI: f.Expect.URI, ChainID: f.Expect.ChainID, Now: f.VerifyAt, MaxAge: 10 * time.Minute}
}

func loadSIWEFixtures(t testing.TB) *siweFixtures {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "siwe.json"))
	if err != nil {
		t.Fatalf("%v (regenerate with `node scripts/siwe-fixtures.mjs` from the repository root)", err)
	}
	var f siweFixtures
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Valid) < 5 || len(f.Invalid) < 5 {
		t.Fatalf("fixtures hold %d valid and %d invalid messages; too few", len(f.Valid), len(f.Invalid))
	}
	return &f
}

// ---------------------------------------------------------------------------
// Signing helpers: go-ethereum's accounts.TextHash and crypto.Sign, an
// implementation independent of the one under test (TestGoSignerMatchesEthers
// checks it against ethers).

var (
	hardhatKey0 = mustKey("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
	hardhatKey1 = mustKey("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
)

func mustKey(h string) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(h)
	if err != nil {
		panic(err)
	}
	return k
}

func personalSign(t testing.TB, key *ecdsa.PrivateKey, text string) []byte {
	t.Helper()
	sig, err := crypto.Sign(accounts.TextHash([]byte(text)), key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

func ptr[T any](v T) *T { return &v }

// baseMessage is a valid message for siweExpect at t0 + 1 minute.
func baseMessage() *Message {
	return &Message{
		Domain:         "tribe.example",
		Address:        common.HexToAddress(hardhat0),
		Statement:      "Sign in to Tribe.",
		URI:            "https://tribe.example/login",
		Version:        "1",
		ChainID:        8453,
		Nonce:          "abcdefgh12",
		IssuedAt:       t0,
		ExpirationTime: ptr(t0.Add(10 * time.Minute)),
	}
}

func siweExpect() Expect {
	return Expect{Domain: "tribe.example", URI: "https://tribe.example", ChainID: 8453, Now: t0.Add(time.Minute), MaxAge: 10 * time.Minute}
}

// signedMessage renders baseMessage changed by edit, signs the text with key
// and parses it back.
func signedMessage(t testing.TB, key *ecdsa.PrivateKey, edit func(*Message)) (*Message, []byte) {
	t.Helper()
	m := baseMessage()
	if edit != nil {
		edit(m)
	}
	text := m.String()
	parsed, err := ParseMessage(text)
	if err != nil {
		t.Fatalf("ParseMessage(String()): %v\n%s", err, text)
	}
	return parsed, personalSign(t, key, text)
}

// ---------------------------------------------------------------------------

func TestSIWEFixturesValid(t *testing.T) {
	t.Parallel()
	fx := loadSIWEFixtures(t)
	if fx.Address != common.HexToAddress(hardhat0) || !bytes.Equal(fx.PrivateKey, crypto.FromECDSA(hardhatKey0)) {
		t.Fatal("fixtures are not signed with Hardhat key 0")
	}
	for _, f := range fx.Valid {
		t.Run(f.Label, func(t *testing.T) {
			t.Parallel()
			m, err := ParseMessage(f.Message)
			if err != nil {
				t.Fatalf("ParseMessage: %v\n%s", err, f.Message)
			}
			want := f.Fields
			if m.Scheme != want.Scheme || m.Domain != want.Domain || m.Address.Hex() != want.Address ||
				m.Statement != want.Statement || m.URI != want.URI || m.Version != want.Version ||
				m.ChainID != want.ChainID || m.Nonce != want.Nonce || m.RequestID != want.RequestID ||
				!slices.Equal(m.Resources, want.Resources) {
				t.Errorf("parsed %+v\nwant %+v", m, want)
			}
			checkTime(t, "IssuedAt", &m.IssuedAt, &want.IssuedAt)
			checkTime(t, "ExpirationTime", m.ExpirationTime, want.ExpirationTime)
			checkTime(t, "NotBefore", m.NotBefore, want.NotBefore)

			e := f.expect()
			if err := m.Verify(f.Signature, e); err != nil {
				t.Fatalf("Verify: %v", err)
			}
			// v as 0/1 (some wallets and hardware signers).
			sig01 := slices.Clone(f.Signature)
			sig01[64] -= 27
			if err := m.Verify(sig01, e); err != nil {
				t.Errorf("Verify with v in {0,1}: %v", err)
			}
			e.RequireExpiration = true
			err = m.Verify(f.Signature, e)
			if f.Fields.ExpirationTime == nil && !errors.Is(err, ErrSIWEExpirationRequired) {
				t.Errorf("RequireExpiration without expiration: %v, want %v", err, ErrSIWEExpirationRequired)
			}
			if f.Fields.ExpirationTime != nil && err != nil {
				t.Errorf("RequireExpiration with expiration: %v", err)
			}

			// String round-trips; when the text used no alternative time
			// spelling it is the text itself.
			again, err := ParseMessage(m.String())
			if err != nil || !again.sameFields(m) || again.String() != m.String() {
				t.Errorf("ParseMessage(String()) = %+v, %v", again, err)
			}
			canonical := !strings.Contains(f.Message, ".000Z") && !strings.Contains(f.Message, ".120+")
			if canonical != (m.String() == f.Message) {
				t.Errorf("String() = %q\nmessage   %q\n(canonical expected: %v)", m.String(), f.Message, canonical)
			}
		})
	}
}

func checkTime(t *testing.T, name string, got *time.Time, want *string) {
	t.Helper()
	if (got == nil) != (want == nil) {
		t.Errorf("%s = %v, want %v", name, got, want)
		return
	}
	if got == nil {
		return
	}
	w, err := time.Parse(time.RFC3339Nano, *want)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(w) {
		t.Errorf("%s = %v, want %v", name, got, w)
	}
}

// TestSIWEVerifiesSignedTextNotRendering: a message signed with times in a
// non-canonical spelling verifies (Verify uses the text that was signed), and
// a Message with the same fields built in code does not (its String() is
// different text, which nobody signed).
func TestSIWEVerifiesSignedTextNotRendering(t *testing.T) {
	t.Parallel()
	fx := loadSIWEFixtures(t)
	tested := 0
	for _, f := range fx.Valid {
		m, err := ParseMessage(f.Message)
		if err != nil {
			t.Fatal(err)
		}
		if m.String() == f.Message {
			continue
		}
		t.Run(f.Label, func(t *testing.T) {
			t.Parallel()
			if err := m.Verify(f.Signature, f.expect()); err != nil {
				t.Fatalf("parsed message: %v", err)
			}
			rebuilt := *m
			rebuilt.raw = ""
			if err := rebuilt.Verify(f.Signature, f.expect()); !errors.Is(err, ErrSIWESignature) {
				t.Fatalf("re-rendered message: %v, want %v", err, ErrSIWESignature)
			}
		})
		tested++
	}
	if tested < 2 {
		t.Fatalf("only %d fixtures use a non-canonical spelling", tested)
	}
}

func TestSIWEFixturesInvalid(t *testing.T) {
	t.Parallel()
	fx := loadSIWEFixtures(t)
	for _, f := range fx.Invalid {
		t.Run(f.Label, func(t *testing.T) {
			t.Parallel()
			m, err := ParseMessage(f.Message)
			switch f.Error {
			case "malformed":
				if !errors.Is(err, ErrSIWEMalformed) {
					t.Fatalf("ParseMessage: %v, want %v", err, ErrSIWEMalformed)
				}
			case "signature":
				if err != nil {
					t.Fatalf("ParseMessage: %v", err)
				}
				e := Expect{Domain: m.Domain, URI: m.URI, ChainID: m.ChainID, Now: m.IssuedAt}
				if err := m.Verify(f.Signature, e); !errors.Is(err, ErrSIWESignature) {
					t.Fatalf("Verify: %v, want %v", err, ErrSIWESignature)
				}
			default:
				t.Fatalf("unknown expected error %q", f.Error)
			}
		})
	}
}

func TestSIWEVerify(t *testing.T) {
	t.Parallel()
	highS := func(sig []byte) []byte {
		n := crypto.S256().Params().N
		s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
		out := slices.Clone(sig)
		s.FillBytes(out[32:64])
		out[64] = 27 + 28 - out[64] // the recovery id flips with s
		return out
	}
	type tc struct {
		name   string
		key    *ecdsa.PrivateKey                  // signer; hardhatKey0 when nil
		msg    func(*Message)                     // edits before signing
		after  func(*Message)                     // edits after parsing
		sig    func([]byte) []byte                // edits of the signature
		text   func(string) string                // edits of the signed text, re-parsed
		expect func(*Expect)                      // edits of siweExpect()
		check  func(*testing.T, []byte, *Message) // extra set-up assertions
		want   error                              // nil: accepted
	}
	tests := []tc{
		{name: "control"},
		{name: "URI of the same origin, another path", expect: func(e *Expect) { e.URI = "https://tribe.example/other?x=1#y" }},
		{name: "URI origin with the default port spelled out", expect: func(e *Expect) { e.URI = "https://tribe.example:443" }},
		{name: "URI origin in another case", expect: func(e *Expect) { e.URI = "HTTPS://Tribe.Example" }},
		{name: "no URI expectation", expect: func(e *Expect) { e.URI = "" }},
		{name: "v in {0,1}", sig: func(s []byte) []byte { s[64] -= 27; return s }},
		{name: "issued 59 s in the future", expect: func(e *Expect) { e.Now = t0.Add(-59 * time.Second) }},
		{name: "exactly MaxAge old", msg: func(m *Message) { m.ExpirationTime = nil }, expect: func(e *Expect) { e.Now = t0.Add(e.MaxAge) }},
		{name: "expires 1 ns after now", expect: func(e *Expect) { e.Now = t0.Add(10*time.Minute - 1) }},
		{name: "not before now + 59 s", msg: func(m *Message) { m.NotBefore = ptr(t0.Add(time.Minute + 59*time.Second)) }},
		{name: "scheme https in the message", msg: func(m *Message) { m.Scheme = "https" }},
		{name: "scheme http on a local dev server", msg: func(m *Message) {
			m.Scheme, m.Domain, m.URI = "http", "localhost:3000", "http://localhost:3000/"
		}, expect: func(e *Expect) { e.Domain, e.URI = "localhost:3000", "http://localhost:3000" }},
		{name: "all optional fields", msg: func(m *Message) {
			m.NotBefore, m.RequestID, m.Resources = ptr(t0), "req-1", []string{"ipfs://x", "https://tribe.example/a"}
		}},

		{name: "wrong domain", expect: func(e *Expect) { e.Domain = "evil.example" }, want: ErrSIWEDomain},
		{name: "domain in another case", expect: func(e *Expect) { e.Domain = "Tribe.example" }, want: ErrSIWEDomain},
		{name: "domain with a port", expect: func(e *Expect) { e.Domain = "tribe.example:443" }, want: ErrSIWEDomain},
		{name: "subdomain", msg: func(m *Message) { m.Domain = "evil.tribe.example" }, want: ErrSIWEDomain},
		{name: "scheme http, https expected", msg: func(m *Message) { m.Scheme = "http" }, want: ErrSIWEDomain},
		{name: "scheme https, http expected", msg: func(m *Message) { m.Scheme = "https" }, expect: func(e *Expect) { e.Scheme = "http" }, want: ErrSIWEDomain},
		{name: "URI on another host", expect: func(e *Expect) { e.URI = "https://evil.example" }, want: ErrSIWEURI},
		{name: "URI on a look-alike host", msg: func(m *Message) { m.URI = "https://tribe.example.evil.com/login" }, want: ErrSIWEURI},
		{name: "URI on another port", expect: func(e *Expect) { e.URI = "https://tribe.example:8443" }, want: ErrSIWEURI},
		{name: "URI over http", msg: func(m *Message) { m.URI = "http://tribe.example/login" }, want: ErrSIWEURI},
		{name: "non-http URI must match exactly", msg: func(m *Message) { m.URI = "did:pkh:eip155:1:" + hardhat0 }, expect: func(e *Expect) { e.URI = "did:pkh:eip155:1:other" }, want: ErrSIWEURI},
		{name: "wrong chain id", expect: func(e *Expect) { e.ChainID = 1 }, want: ErrSIWEChainID},
		{name: "expired exactly now", expect: func(e *Expect) { e.Now = t0.Add(10 * time.Minute) }, want: ErrSIWEExpired},
		{name: "expired before it was issued", msg: func(m *Message) { m.ExpirationTime = ptr(t0.Add(-time.Second)) }, expect: func(e *Expect) { e.Now = t0 }, want: ErrSIWEExpired},
		{name: "expiration required", msg: func(m *Message) { m.ExpirationTime = nil }, expect: func(e *Expect) { e.RequireExpiration = true }, want: ErrSIWEExpirationRequired},
		{name: "not before in the future", msg: func(m *Message) { m.NotBefore = ptr(t0.Add(time.Hour)) }, want: ErrSIWENotYetValid},
		{name: "not before now + 61 s", msg: func(m *Message) { m.NotBefore = ptr(t0.Add(2*time.Minute + time.Second)) }, want: ErrSIWENotYetValid},
		{name: "issued 61 s in the future", expect: func(e *Expect) { e.Now = t0.Add(-61 * time.Second) }, want: ErrSIWEIssuedInFuture},
		{name: "older than MaxAge", msg: func(m *Message) { m.ExpirationTime = nil }, expect: func(e *Expect) { e.Now = t0.Add(e.MaxAge + time.Second) }, want: ErrSIWETooOld},
		{name: "older than the default MaxAge", msg: func(m *Message) { m.ExpirationTime = ptr(t0.Add(time.Hour)) },
			expect: func(e *Expect) { e.MaxAge, e.Now = 0, t0.Add(DefaultSIWEMaxAge+time.Second) }, want: ErrSIWETooOld},
		{name: "signed by another key", key: hardhatKey1, want: ErrSIWESignature},
		{name: "high-s copy of a valid signature", sig: highS, check: func(t *testing.T, sig []byte, m *Message) {
			// Set-up: the malleable twin recovers the same key, so only the
			// low-s rule can refuse it.
			twin := slices.Clone(sig)
			twin[64] -= 27
			pub, err := crypto.SigToPub(accounts.TextHash([]byte(m.String())), twin)
			if err != nil || crypto.PubkeyToAddress(*pub) != m.Address {
				t.Fatalf("high-s twin does not recover the signer (%v)", err)
			}
		}, want: ErrSIWESignature},
		{name: "v = 29", sig: func(s []byte) []byte { s[64] = 29; return s }, want: ErrSIWESignature},
		{name: "v = 2", sig: func(s []byte) []byte { s[64] = 2; return s }, want: ErrSIWESignature},
		{name: "64-byte signature", sig: func(s []byte) []byte { return s[:64] }, want: ErrSIWESignature},
		{name: "66-byte signature", sig: func(s []byte) []byte { return append(s, 0) }, want: ErrSIWESignature},
		{name: "empty signature", sig: func([]byte) []byte { return nil }, want: ErrSIWESignature},
		{name: "r = 0", sig: func(s []byte) []byte { clear(s[:32]); return s }, want: ErrSIWESignature},
		{name: "all-zero signature", sig: func(s []byte) []byte { return make([]byte, 65) }, want: ErrSIWESignature},
		{name: "chain id edited in the text after signing", text: func(s string) string { return strings.Replace(s, "Chain ID: 8453", "Chain ID: 1", 1) },
			expect: func(e *Expect) { e.ChainID = 1 }, want: ErrSIWESignature},
		{name: "nonce edited in the text after signing", text: func(s string) string { return strings.Replace(s, "abcdefgh12", "abcdefgh13", 1) }, want: ErrSIWESignature},
		{name: "statement dropped from the text after signing", text: func(s string) string { return strings.Replace(s, "Sign in to Tribe.\n", "", 1) }, want: ErrSIWESignature},
		{name: "domain changed after parsing", after: func(m *Message) { m.Domain = "evil.example" }, expect: func(e *Expect) { e.Domain = "evil.example" }, want: ErrSIWEMalformed},
		{name: "address changed after parsing", after: func(m *Message) { m.Address = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8") }, want: ErrSIWEMalformed},
		{name: "chain id changed after parsing", after: func(m *Message) { m.ChainID = 1 }, expect: func(e *Expect) { e.ChainID = 1 }, want: ErrSIWEMalformed},
		{name: "expiration removed after parsing", after: func(m *Message) { m.ExpirationTime = nil }, want: ErrSIWEMalformed},
		{name: "nonce changed after parsing", after: func(m *Message) { m.Nonce = "zzzzzzzz" }, want: ErrSIWEMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			key := tt.key
			if key == nil {
				key = hardhatKey0
			}
			m, sig := signedMessage(t, key, tt.msg)
			if tt.text != nil {
				edited := tt.text(m.raw)
				if edited == m.raw {
					t.Fatal("text edit changed nothing")
				}
				var err error
				if m, err = ParseMessage(edited); err != nil {
					t.Fatalf("edited text does not parse: %v", err)
				}
			}
			if tt.after != nil {
				tt.after(m)
			}
			if tt.sig != nil {
				sig = tt.sig(sig)
			}
			if tt.check != nil {
				tt.check(t, sig, m)
			}
			e := siweExpect()
			if tt.expect != nil {
				tt.expect(&e)
			}
			err := m.Verify(sig, e)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Verify: %v\n%s", err, m.raw)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Verify: %v, want %v", err, tt.want)
			}
			for _, other := range siweErrors {
				if other != tt.want && errors.Is(err, other) {
					t.Errorf("error %q also wraps %q", err, other)
				}
			}
		})
	}
}

var siweErrors = []error{
	ErrSIWEMalformed, ErrSIWESignature, ErrSIWEDomain, ErrSIWEURI, ErrSIWEChainID, ErrSIWEExpired,
	ErrSIWEExpirationRequired, ErrSIWENotYetValid, ErrSIWEIssuedInFuture, ErrSIWETooOld,
}

// TestSIWEVerifyBuiltMessage: a Message built in code is verified over its
// String(), and refused when String() is not a valid message.
func TestSIWEVerifyBuiltMessage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		edit func(*Message)
		want error
	}{
		{name: "valid", want: nil},
		{name: "newline in the statement", edit: func(m *Message) { m.Statement = "two\nlines" }, want: ErrSIWEMalformed},
		{name: "missing version", edit: func(m *Message) { m.Version = "" }, want: ErrSIWEMalformed},
		{name: "short nonce", edit: func(m *Message) { m.Nonce = "abc" }, want: ErrSIWEMalformed},
		{name: "empty resource", edit: func(m *Message) { m.Resources = []string{""} }, want: ErrSIWEMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := baseMessage()
			if tt.edit != nil {
				tt.edit(m)
			}
			sig := personalSign(t, hardhatKey0, m.String())
			if err := m.Verify(sig, siweExpect()); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Verify: %v, want %v", err, tt.want)
			}
		})
	}
}

func TestSIWEVerifyNeedsExpectations(t *testing.T) {
	t.Parallel()
	m, sig := signedMessage(t, hardhatKey0, nil)
	tests := []struct {
		name string
		edit func(*Expect)
	}{
		{"no domain", func(e *Expect) { e.Domain = "" }},
		{"no chain id", func(e *Expect) { e.ChainID = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := siweExpect()
			tt.edit(&e)
			if err := m.Verify(sig, e); err == nil {
				t.Fatal("Verify accepted an incomplete Expect")
			}
		})
	}
}

// baseText is a valid message written out by hand.
const baseText = "tribe.example wants you to sign in with your Ethereum account:\n" +
	hardhat0 + "\n" +
	"\n" +
	"Sign in to Tribe.\n" +
	"\n" +
	"URI: https://tribe.example/login\n" +
	"Version: 1\n" +
	"Chain ID: 8453\n" +
	"Nonce: abcdefgh12\n" +
	"Issued At: 2025-06-01T12:00:00Z\n" +
	"Expiration Time: 2025-06-01T12:10:00Z"

func TestMessageStringGolden(t *testing.T) {
	t.Parallel()
	if got := baseMessage().String(); got != baseText {
		t.Fatalf("String() =\n%s\nwant\n%s", got, baseText)
	}
}

func TestParseMessageAccepts(t *testing.T) {
	t.Parallel()
	repl := func(old, new string) string {
		if !strings.Contains(baseText, old) {
			panic(old)
		}
		return strings.Replace(baseText, old, new, 1)
	}
	exactly4K := func() string {
		pad := MaxMessageLength - len(baseText)
		return repl("Sign in to Tribe.", "Sign in to Tribe."+strings.Repeat("a", pad))
	}
	tests := []struct {
		name  string
		text  string
		check func(*Message) bool
	}{
		{"base", baseText, func(m *Message) bool { return m.Statement == "Sign in to Tribe." && m.ChainID == 8453 }},
		{"no statement", repl("Sign in to Tribe.\n", ""), func(m *Message) bool { return m.Statement == "" }},
		{"scheme", "https://" + baseText, func(m *Message) bool { return m.Scheme == "https" && m.Domain == "tribe.example" }},
		{"scheme with + - .", "git+ssh.v-1://" + baseText, func(m *Message) bool { return m.Scheme == "git+ssh.v-1" }},
		{"IPv6 domain with port", repl("tribe.example wants", "[::1]:8080 wants"), func(m *Message) bool { return m.Domain == "[::1]:8080" }},
		{"userinfo in the domain", repl("tribe.example wants", "user:pw@tribe.example wants"), func(m *Message) bool { return m.Domain == "user:pw@tribe.example" }},
		{"percent-encoded domain", repl("tribe.example wants", "xn--tribe%41.example wants"), func(m *Message) bool { return m.Domain == "xn--tribe%41.example" }},
		{"all-digit address", repl(hardhat0, "0x0000000000000000000000000000000000000001"), func(m *Message) bool { return m.Address == common.HexToAddress("0x01") }},
		{"chain id 1", repl("Chain ID: 8453", "Chain ID: 1"), func(m *Message) bool { return m.ChainID == 1 }},
		{"chain id max uint64", repl("Chain ID: 8453", "Chain ID: 18446744073709551615"), func(m *Message) bool { return m.ChainID == 1<<64-1 }},
		{"long nonce", repl("abcdefgh12", strings.Repeat("Ab9", 40)), func(m *Message) bool { return len(m.Nonce) == 120 }},
		{"nine fractional digits", repl("12:00:00Z", "12:00:00.123456789Z"), func(m *Message) bool { return m.IssuedAt.Nanosecond() == 123456789 }},
		{"negative offset", repl("12:00:00Z", "08:00:00-04:00"), func(m *Message) bool { return m.IssuedAt.Equal(t0) }},
		{"-00:00 offset", repl("12:00:00Z", "12:00:00-00:00"), func(m *Message) bool { return m.IssuedAt.Equal(t0) }},
		{"leap day", repl("2025-06-01T12:00:00Z", "2024-02-29T12:00:00Z"), func(m *Message) bool { return m.IssuedAt.Day() == 29 }},
		{"all optional fields", baseText + "\nNot Before: 2025-06-01T12:00:00Z\nRequest ID: r-1:@%41\nResources:\n- https://a.example\n- ipfs://b",
			func(m *Message) bool { return m.NotBefore != nil && m.RequestID == "r-1:@%41" && len(m.Resources) == 2 }},
		{"resources only", baseText + "\nResources:\n- urn:isbn:0451450523", func(m *Message) bool { return m.Resources[0] == "urn:isbn:0451450523" }},
		{"statement of every allowed symbol", repl("Sign in to Tribe.", ":/?#[]@!$&'()*+,;= -._~ AZaz09"), func(m *Message) bool { return strings.HasPrefix(m.Statement, ":/?#") }},
		{"exactly MaxMessageLength bytes", exactly4K(), func(m *Message) bool { return len(m.raw) == MaxMessageLength }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, err := ParseMessage(tt.text)
			if err != nil {
				t.Fatalf("ParseMessage: %v\n%s", err, tt.text)
			}
			if !tt.check(m) {
				t.Errorf("parsed %+v", m)
			}
			again, err := ParseMessage(m.String())
			if err != nil || !again.sameFields(m) {
				t.Errorf("round trip: %+v, %v", again, err)
			}
		})
	}
}

func TestParseMessageRefuses(t *testing.T) {
	t.Parallel()
	repl := func(old, new string) string {
		if !strings.Contains(baseText, old) {
			panic(old)
		}
		return strings.Replace(baseText, old, new, 1)
	}
	drop := func(line string) string { return repl(line+"\n", "") }
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"lowercase address", repl(hardhat0, strings.ToLower(hardhat0))},
		{"uppercase address", repl(hardhat0[2:], strings.ToUpper(hardhat0[2:]))},
		{"checksum of one letter flipped", repl("0xf39Fd6", "0xf39fd6")},
		{"address without 0x", repl(hardhat0, hardhat0[2:]+"00")},
		{"address with 0X", repl("0xf39F", "0Xf39F")},
		{"19-byte address", repl(hardhat0, hardhat0[:40])},
		{"21-byte address", repl(hardhat0, hardhat0+"00")},
		{"nonce too short", repl("abcdefgh12", "abcdefg")},
		{"nonce with a dash", repl("abcdefgh12", "abcd-efgh")},
		{"nonce with non-ASCII letters", repl("abcdefgh12", "abcdéfgh12")},
		{"empty nonce", repl("Nonce: abcdefgh12", "Nonce: ")},
		{"trailing newline", baseText + "\n"},
		{"extra trailing line", baseText + "\nfoo"},
		{"unknown field", baseText + "\nColor: blue"},
		{"CRLF line endings", strings.ReplaceAll(baseText, "\n", "\r\n")},
		{"CR at the end of one line", repl("Version: 1\n", "Version: 1\r\n")},
		{"leading newline", "\n" + baseText},
		{"missing header", baseText[strings.IndexByte(baseText, '\n')+1:]},
		{"header in another wording", repl("wants you to sign in", "wants you to log in")},
		{"empty domain", repl("tribe.example wants", " wants")},
		{"domain with a space", repl("tribe.example wants", "tribe example wants")},
		{"domain with a path", repl("tribe.example wants", "tribe.example/login wants")},
		{"domain with an empty port", repl("tribe.example wants", "tribe.example: wants")},
		{"domain with a non-numeric port", repl("tribe.example wants", "tribe.example:https wants")},
		{"domain with only a port", repl("tribe.example wants", ":8080 wants")},
		{"unterminated IPv6 literal", repl("tribe.example wants", "[::1 wants")},
		{"bad percent-encoding in the domain", repl("tribe.example wants", "tribe%zz.example wants")},
		{"scheme starting with a digit", "1http://" + baseText},
		{"empty scheme", "://" + baseText},
		{"missing blank line after the address", repl(hardhat0+"\n\n", hardhat0+"\n")},
		{"missing blank line after the statement", repl("Tribe.\n\nURI", "Tribe.\nURI")},
		{"empty statement line (four newlines)", repl("Sign in to Tribe.\n", "\n")},
		{"statement over two lines", repl("Sign in to Tribe.", "Sign in\nto Tribe.")},
		{"statement with a double quote", repl("Sign in to Tribe.", `Sign in to "Tribe".`)},
		{"statement with a percent sign", repl("Sign in to Tribe.", "Sign in to 100% Tribe.")},
		{"statement with non-ASCII", repl("Sign in to Tribe.", "Sign in to Tribe — rewards.")},
		{"statement with a tab", repl("Sign in to Tribe.", "Sign in\tto Tribe.")},
		{"statement with invalid UTF-8", repl("Sign in to Tribe.", "Sign in \xff")},
		{"missing URI", drop("URI: https://tribe.example/login")},
		{"missing version", drop("Version: 1")},
		{"missing chain id", drop("Chain ID: 8453")},
		{"missing nonce", drop("Nonce: abcdefgh12")},
		{"missing issued at", repl("\nIssued At: 2025-06-01T12:00:00Z", "")},
		{"fields swapped", repl("Version: 1\nChain ID: 8453", "Chain ID: 8453\nVersion: 1")},
		{"field name in lower case", repl("Nonce: ", "nonce: ")},
		{"field without the space", repl("Nonce: ", "Nonce:")},
		{"relative URI", repl("URI: https://tribe.example/login", "URI: /login")},
		{"URI with a space", repl("URI: https://tribe.example/login", "URI: https://tribe.example/log in")},
		{"URI with a bad percent-encoding", repl("URI: https://tribe.example/login", "URI: https://tribe.example/%zz")},
		{"URI with two fragments", repl("URI: https://tribe.example/login", "URI: https://tribe.example/#a#b")},
		{"URI with non-ASCII", repl("URI: https://tribe.example/login", "URI: https://tribe.example/é")},
		{"URI with a bad port", repl("URI: https://tribe.example/login", "URI: https://tribe.example:x/")},
		{"empty URI", repl("URI: https://tribe.example/login", "URI: ")},
		{"version 2", repl("Version: 1", "Version: 2")},
		{"version 1.0", repl("Version: 1", "Version: 1.0")},
		{"chain id with a leading zero", repl("Chain ID: 8453", "Chain ID: 08453")},
		{"negative chain id", repl("Chain ID: 8453", "Chain ID: -1")},
		{"hex chain id", repl("Chain ID: 8453", "Chain ID: 0x2105")},
		{"chain id beyond uint64", repl("Chain ID: 8453", "Chain ID: 18446744073709551616")},
		{"empty chain id", repl("Chain ID: 8453", "Chain ID: ")},
		{"issued at with a space", repl("2025-06-01T12:00:00Z\n", "2025-06-01 12:00:00Z\n")},
		{"issued at with a lowercase t", repl("2025-06-01T12:00:00Z\n", "2025-06-01t12:00:00Z\n")},
		{"issued at with a lowercase z", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00z\n")},
		{"issued at without a zone", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00\n")},
		{"issued at as a date", repl("2025-06-01T12:00:00Z\n", "2025-06-01\n")},
		{"issued at as a Unix time", repl("2025-06-01T12:00:00Z\n", "1748779200\n")},
		{"issued at in month 13", repl("2025-06-01T12:00:00Z\n", "2025-13-01T12:00:00Z\n")},
		{"issued at on February 30", repl("2025-06-01T12:00:00Z\n", "2025-02-30T12:00:00Z\n")},
		{"issued at at 24:00", repl("2025-06-01T12:00:00Z\n", "2025-06-01T24:00:00Z\n")},
		{"issued at with ten fractional digits", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00.1234567891Z\n")},
		{"issued at with a comma fraction", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00,5Z\n")},
		{"issued at with a bare dot", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00.Z\n")},
		{"issued at with an offset without a colon", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00+0200\n")},
		{"issued at with offset 24:00", repl("2025-06-01T12:00:00Z\n", "2025-06-01T12:00:00+24:00\n")},
		{"issued at with a five-digit year", repl("2025-06-01T12:00:00Z\n", "12025-06-01T12:00:00Z\n")},
		{"bad expiration time", repl("Expiration Time: 2025-06-01T12:10:00Z", "Expiration Time: soon")},
		{"bad not before", baseText + "\nNot Before: never"},
		{"empty request id", baseText + "\nRequest ID: "},
		{"request id with a space", baseText + "\nRequest ID: a b"},
		{"request id with a slash", baseText + "\nRequest ID: a/b"},
		{"resources header without resources", baseText + "\nResources:"},
		{"resource without the dash", baseText + "\nResources:\nhttps://a.example"},
		{"resource that is not a URI", baseText + "\nResources:\n- not a uri"},
		{"empty resource", baseText + "\nResources:\n- "},
		{"line after the resources", baseText + "\nResources:\n- https://a.example\nRequest ID: x"},
		{"optional fields out of order", baseText + "\nRequest ID: r1\nNot Before: 2025-06-01T12:00:00Z"},
		{"expiration time twice", baseText + "\nExpiration Time: 2025-06-01T12:10:00Z"},
		{"one byte over MaxMessageLength", repl("Sign in to Tribe.", "Sign in to Tribe."+strings.Repeat("a", MaxMessageLength-len(baseText)+1))},
		{"oversized", strings.Repeat(baseText, 100)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, err := ParseMessage(tt.text)
			if !errors.Is(err, ErrSIWEMalformed) || m != nil {
				t.Fatalf("ParseMessage = %+v, %v; want %v", m, err, ErrSIWEMalformed)
			}
		})
	}
}

func TestNewNonce(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for range 100 {
		n := NewNonce()
		if len(n) < 16 || !validChars(n, alnumChars, false) || seen[n] {
			t.Fatalf("nonce %q is short, not alphanumeric or repeated", n)
		}
		seen[n] = true
		if _, err := ParseMessage(strings.Replace(baseText, "abcdefgh12", n, 1)); err != nil {
			t.Fatalf("a message with nonce %q does not parse: %v", n, err)
		}
	}
}

// TestGoSignerMatchesEthers: the Go signing helper the tests use gives
// ethers' signatures (both use RFC 6979), so Go-signed cases stand for
// wallet-signed ones.
func TestGoSignerMatchesEthers(t *testing.T) {
	t.Parallel()
	fx := loadSIWEFixtures(t)
	for _, f := range fx.Valid {
		if got := personalSign(t, hardhatKey0, f.Message); !bytes.Equal(got, f.Signature) {
			t.Errorf("%s: Go signature %x, ethers %x", f.Label, got, []byte(f.Signature))
		}
	}
}

// ---------------------------------------------------------------------------
// Node / ethers. These need `node` and node_modules (npm ci); they fail
// rather than skip, so CI cannot silently lose the cross-check.

func requireNode(t *testing.T) (node, root string) {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repository root not found at %s: %v", root, err)
	}
	node, err = exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is not on PATH: install Node.js >= 20 and run `npm ci` in %s (this cross-check against ethers is required, not optional)", root)
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", "ethers", "package.json")); err != nil {
		t.Fatalf("ethers is not installed (%v): run `npm ci` in %s", err, root)
	}
	return node, root
}

// TestSIWEFixturesReproducible regenerates the fixtures with ethers and
// checks they equal the committed file.
func TestSIWEFixturesReproducible(t *testing.T) {
	t.Parallel()
	node, root := requireNode(t)
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("scripts", "siwe-fixtures.mjs"), "--out", out)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node scripts/siwe-fixtures.mjs: %v\n%s", err, stderr.String())
	}
	want, err := os.ReadFile(filepath.Join("testdata", "siwe.json"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(out, "siwe.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("testdata/siwe.json is stale: run `node scripts/siwe-fixtures.mjs` and commit the result")
	}
}

// ---------------------------------------------------------------------------

// FuzzParseMessage: ParseMessage never panics, refuses only with
// ErrSIWEMalformed, and whatever it accepts renders (String) to text that
// parses back to the same fields and is a fixed point. Verify on it never
// panics and refuses a signature that is not the signer's.
func FuzzParseMessage(f *testing.F) {
	fx := loadSIWEFixtures(f)
	for _, v := range fx.Valid {
		f.Add(v.Message)
	}
	for _, v := range fx.Invalid {
		f.Add(v.Message)
	}
	f.Add(baseText)
	f.Add("https://" + baseText + "\nNot Before: 2025-06-01T12:00:00.5+01:00\nRequest ID: r\nResources:\n- urn:a")
	f.Add(strings.Replace(baseText, "tribe.example wants", "[::1]:80 wants", 1))
	junk := bytes.Repeat([]byte{0xab}, SIWESignatureLength)
	junk[64] = 27
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMessage(s)
		if err != nil {
			if m != nil || !errors.Is(err, ErrSIWEMalformed) {
				t.Fatalf("ParseMessage = %v, %v", m, err)
			}
			return
		}
		if m.raw != s || len(s) > MaxMessageLength {
			t.Fatal("raw text not kept, or oversized input accepted")
		}
		text := m.String()
		again, err := ParseMessage(text)
		if err != nil {
			t.Fatalf("String() does not parse: %v\ninput %q\nString %q", err, s, text)
		}
		if !again.sameFields(m) {
			t.Fatalf("round trip changed fields:\n%+v\n%+v", m, again)
		}
		if again.String() != text {
			t.Fatalf("String() is not a fixed point:\n%q\n%q", text, again.String())
		}
		e := Expect{Domain: m.Domain, URI: m.URI, ChainID: max(m.ChainID, 1), Now: m.IssuedAt}
		if err := m.Verify(junk, e); err == nil {
			t.Fatal("Verify accepted a junk signature")
		}
		if err := m.Verify(personalSign(t, hardhatKey1, s), e); err == nil && m.Address != crypto.PubkeyToAddress(hardhatKey1.PublicKey) {
			t.Fatal("Verify accepted another key's signature")
		}
	})
}
