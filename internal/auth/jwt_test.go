package auth

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	testIss = "tribe-test"
	testAud = "tribe-api-test"
	// testSecret is printable so tests can check no error text contains it.
	testSecret = "test-secret-0123456789-abcdefghijklmnopqrstuvwxyz"
	hardhat0   = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
)

// t0 is the tests' "now".
var t0 = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

func fixedClock(t time.Time) func() time.Time { return func() time.Time { return t } }

func newTestIssuer(t testing.TB, now time.Time) *Issuer {
	t.Helper()
	iss, err := NewIssuer([]byte(testSecret), testIss, testAud, fixedClock(now))
	if err != nil {
		t.Fatal(err)
	}
	return iss
}

// rsaKey is generated once: RSA key generation is slow.
var rsaKey = sync.OnceValue(func() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
})

// validMap is a claim set Verify accepts when signed with testSecret at t0.
func validMap() jwt.MapClaims {
	return jwt.MapClaims{
		"iss":  testIss,
		"aud":  []string{testAud},
		"sub":  hardhat0,
		"role": "wallet",
		"exp":  t0.Add(time.Hour).Unix(),
		"iat":  t0.Unix(),
		"nbf":  t0.Unix(),
		"jti":  "jti-1",
	}
}

func mapWith(f func(jwt.MapClaims)) jwt.MapClaims {
	m := validMap()
	f(m)
	return m
}

func sign(t testing.TB, method jwt.SigningMethod, claims jwt.Claims, key any) string {
	t.Helper()
	s, err := jwt.NewWithClaims(method, claims).SignedString(key)
	if err != nil {
		t.Fatalf("sign %s: %v", method.Alg(), err)
	}
	return s
}

func TestIssueVerifyRoundTrip(t *testing.T) {
	t.Parallel()
	type tc struct {
		name      string
		subject   string
		role      Role
		scopes    []string
		campaigns []string
		ttl       time.Duration
		verifyAt  time.Time
		wantSub   string
	}
	tests := []tc{
		{name: "wallet, checksummed subject", subject: hardhat0, role: RoleWallet, ttl: time.Hour, verifyAt: t0, wantSub: hardhat0},
		{name: "wallet, lowercase subject is stored checksummed", subject: strings.ToLower(hardhat0), role: RoleWallet, ttl: time.Hour, verifyAt: t0.Add(30 * time.Minute), wantSub: hardhat0},
		{name: "platform with scopes and campaigns", subject: "platform-1", role: RolePlatform,
			scopes: []string{ScopeAwardsWrite, ScopeEventsWrite}, campaigns: []string{"c1", "c2"}, ttl: 24 * time.Hour, verifyAt: t0, wantSub: "platform-1"},
		{name: "platform on any campaign", subject: "p2", role: RolePlatform, scopes: []string{ScopeRewardsRead}, campaigns: []string{AnyCampaign}, ttl: time.Hour, verifyAt: t0, wantSub: "p2"},
		{name: "admin", subject: "admin", role: RoleAdmin, ttl: time.Minute, verifyAt: t0, wantSub: "admin"},
		{name: "still valid within the 30 s leeway after exp", subject: "admin", role: RoleAdmin, ttl: time.Hour, verifyAt: t0.Add(time.Hour + 29*time.Second), wantSub: "admin"},
		{name: "clock 29 s behind the issuer (iat/nbf leeway)", subject: "admin", role: RoleAdmin, ttl: time.Hour, verifyAt: t0.Add(-29 * time.Second), wantSub: "admin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			issuer := newTestIssuer(t, t0)
			token, exp, err := issuer.Issue(tt.subject, tt.role, tt.scopes, tt.campaigns, tt.ttl)
			if err != nil {
				t.Fatal(err)
			}
			if want := t0.Add(tt.ttl); !exp.Equal(want) {
				t.Errorf("expiresAt = %v, want %v", exp, want)
			}
			c, err := newTestIssuer(t, tt.verifyAt).Verify(token)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if c.Subject != tt.wantSub || c.Role != tt.role || c.Issuer != testIss ||
				!slices.Equal(c.Audience, jwt.ClaimStrings{testAud}) || !c.ExpiresAt.Time.Equal(exp) ||
				!c.IssuedAt.Time.Equal(t0) || c.ID == "" {
				t.Errorf("claims = %+v", c)
			}
			if !slices.Equal(c.Scopes, tt.scopes) || !slices.Equal(c.Campaigns, tt.campaigns) {
				t.Errorf("scopes %v campaigns %v, want %v %v", c.Scopes, c.Campaigns, tt.scopes, tt.campaigns)
			}
		})
	}
}

func TestIssueRandomJTI(t *testing.T) {
	t.Parallel()
	issuer := newTestIssuer(t, t0)
	seen := map[string]bool{}
	for range 50 {
		tok, _, err := issuer.Issue("admin", RoleAdmin, nil, nil, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		c, err := issuer.Verify(tok)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.ID) < 16 || seen[c.ID] {
			t.Fatalf("jti %q is short or repeated", c.ID)
		}
		seen[c.ID] = true
	}
}

// TestVerifyRefuses covers every way a token must be refused, each with the
// error Verify must wrap. The hand-built tokens are signed with the right
// secret unless the case is about the key, and validMap is accepted as is
// (first case), so each refusal is due to the one thing the case changes.
func TestVerifyRefuses(t *testing.T) {
	t.Parallel()
	secret := []byte(testSecret)
	good := func(t testing.TB) string {
		tok, _, err := newTestIssuer(t, t0).Issue(hardhat0, RoleWallet, nil, nil, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	otherIssuer := func(iss, aud string) func(testing.TB) string {
		return func(t testing.TB) string {
			i, err := NewIssuer(secret, iss, aud, fixedClock(t0))
			if err != nil {
				t.Fatal(err)
			}
			tok, _, err := i.Issue("admin", RoleAdmin, nil, nil, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			return tok
		}
	}
	hs := func(claims jwt.MapClaims) func(testing.TB) string {
		return func(t testing.TB) string { return sign(t, jwt.SigningMethodHS256, claims, secret) }
	}
	type tc struct {
		name     string
		token    func(testing.TB) string
		verifyAt time.Time
		want     error // nil: must be accepted (controls)
		wantJWT  error // the golang-jwt error it must also wrap, if any
	}
	tests := []tc{
		{name: "control: validMap signed HS256", token: hs(validMap())},
		{name: "control: issued token", token: good},
		{name: "alg none", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			return sign(t, jwt.SigningMethodNone, validMap(), jwt.UnsafeAllowNoneSignatureType)
		}},
		{name: "alg none, header edited on an issued token, signature dropped", want: ErrInvalidToken, token: func(t testing.TB) string {
			parts := strings.Split(good(t), ".")
			return base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + parts[1] + "."
		}},
		{name: "HS256 with another key", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			return sign(t, jwt.SigningMethodHS256, validMap(), []byte("another-secret-0123456789-abcdefghijklmnop"))
		}},
		{name: "HS384 with the right key (algorithm pinned)", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			return sign(t, jwt.SigningMethodHS384, validMap(), secret)
		}},
		{name: "HS512 with the right key (algorithm pinned)", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			return sign(t, jwt.SigningMethodHS512, validMap(), secret)
		}},
		{name: "RS256", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			return sign(t, jwt.SigningMethodRS256, validMap(), rsaKey())
		}},
		{name: "HS256 keyed with the RSA public key PEM (HS/RS confusion)", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			der, err := x509.MarshalPKIXPublicKey(&rsaKey().PublicKey)
			if err != nil {
				t.Fatal(err)
			}
			return sign(t, jwt.SigningMethodHS256, validMap(), pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
		}},
		{name: "wrong issuer", want: ErrInvalidToken, wantJWT: jwt.ErrTokenInvalidIssuer, token: otherIssuer("someone-else", testAud)},
		{name: "wrong audience", want: ErrInvalidToken, wantJWT: jwt.ErrTokenInvalidAudience, token: otherIssuer(testIss, "another-api")},
		{name: "missing iss", want: ErrInvalidToken, wantJWT: jwt.ErrTokenRequiredClaimMissing, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "iss") }))},
		{name: "missing aud", want: ErrInvalidToken, wantJWT: jwt.ErrTokenRequiredClaimMissing, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "aud") }))},
		{name: "expired", verifyAt: t0.Add(time.Hour + 31*time.Second), want: ErrTokenExpired, wantJWT: jwt.ErrTokenExpired, token: good},
		{name: "expired long ago", verifyAt: t0.Add(1000 * time.Hour), want: ErrTokenExpired, wantJWT: jwt.ErrTokenExpired, token: good},
		{name: "missing exp", want: ErrInvalidToken, wantJWT: jwt.ErrTokenRequiredClaimMissing, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "exp") }))},
		{name: "exp as a string", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["exp"] = "tomorrow" }))},
		{name: "issued in the future", verifyAt: t0.Add(-31 * time.Second), want: ErrInvalidToken, wantJWT: jwt.ErrTokenUsedBeforeIssued, token: good},
		{name: "not valid yet", want: ErrInvalidToken, wantJWT: jwt.ErrTokenNotValidYet, token: hs(mapWith(func(m jwt.MapClaims) { m["nbf"] = t0.Add(time.Minute).Unix() }))},
		{name: "missing iat", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "iat") }))},
		{name: "missing jti", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "jti") }))},
		{name: "missing sub", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "sub") }))},
		{name: "unknown role", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["role"] = "superuser" }))},
		{name: "empty role", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { delete(m, "role") }))},
		{name: "role of the wrong case", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["role"] = "Admin" }))},
		{name: "wallet role, subject not an address", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["sub"] = "alice" }))},
		{name: "wallet role, address without checksum", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["sub"] = strings.ToLower(hardhat0) }))},
		{name: "wallet role, 19-byte address", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["sub"] = hardhat0[:40] }))},
		{name: "wallet role with campaigns", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["campaigns"] = []string{"*"} }))},
		{name: "admin role with scopes", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["role"] = "admin"; m["scopes"] = []string{ScopeAwardsWrite} }))},
		{name: "platform with an empty scope", want: ErrInvalidToken, token: hs(mapWith(func(m jwt.MapClaims) { m["role"] = "platform"; m["sub"] = "p"; m["scopes"] = []string{""} }))},
		{name: "tampered payload (role changed to admin)", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			parts := strings.Split(good(t), ".")
			payload, err := base64.RawURLEncoding.DecodeString(parts[1])
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			if err := json.Unmarshal(payload, &m); err != nil {
				t.Fatal(err)
			}
			m["role"], m["sub"] = "admin", "admin"
			payload, _ = json.Marshal(m)
			parts[1] = base64.RawURLEncoding.EncodeToString(payload)
			return strings.Join(parts, ".")
		}},
		{name: "tampered signature", want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(t testing.TB) string {
			tok := []byte(good(t))
			i := strings.LastIndexByte(string(tok), '.') + 5 // inside the signature, not its last character
			if tok[i] == 'A' {
				tok[i] = 'B'
			} else {
				tok[i] = 'A'
			}
			return string(tok)
		}},
		{name: "signature in a non-canonical base64 encoding (same bytes)", want: ErrInvalidToken, token: func(t testing.TB) string {
			tok := good(t)
			const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
			// 32 bytes are 43 base64 characters; the last one carries 4
			// unused low bits that strict decoding requires to be zero.
			last := strings.IndexByte(alphabet, tok[len(tok)-1])
			alt := tok[:len(tok)-1] + string(alphabet[last|1])
			a, errA := base64.RawURLEncoding.DecodeString(tok[strings.LastIndexByte(tok, '.')+1:])
			b, errB := base64.RawURLEncoding.DecodeString(alt[strings.LastIndexByte(alt, '.')+1:])
			if errA != nil || errB != nil || string(a) != string(b) || alt == tok {
				t.Fatal("test setup: alternative encoding does not decode to the same bytes")
			}
			return alt
		}},
		{name: "signature removed", want: ErrInvalidToken, token: func(t testing.TB) string {
			tok := good(t)
			return tok[:strings.LastIndexByte(tok, '.')+1]
		}},
		{name: "extra segment", want: ErrInvalidToken, wantJWT: jwt.ErrTokenMalformed, token: func(t testing.TB) string { return good(t) + ".x" }},
		{name: "padded segments", want: ErrInvalidToken, token: func(t testing.TB) string { return good(t) + "=" }},
		{name: "whitespace around", want: ErrInvalidToken, token: func(t testing.TB) string { return " " + good(t) + "\n" }},
		{name: "Bearer prefix left on", want: ErrInvalidToken, token: func(t testing.TB) string { return "Bearer " + good(t) }},
		{name: "oversized", want: ErrInvalidToken, token: func(testing.TB) string { return strings.Repeat("a", MaxTokenLength+1) }},
	}
	for i, g := range []string{"", ".", "..", "...", "a.b.c", "not a token", "eyJhbGciOiJIUzI1NiJ9", "\x00\xff.\x00.\x00", "{}.{}.{}"} {
		tests = append(tests, tc{name: fmt.Sprintf("garbage %d", i), want: ErrInvalidToken, wantJWT: jwt.ErrTokenMalformed, token: func(testing.TB) string { return g }})
	}
	// Well-formed, but signed by no one.
	for i, g := range []string{"eyJhbGciOiJIUzI1NiJ9.e30.", "eyJhbGciOiJIUzI1NiJ9.e30.e30"} {
		tests = append(tests, tc{name: fmt.Sprintf("unsigned %d", i), want: ErrInvalidToken, wantJWT: jwt.ErrTokenSignatureInvalid, token: func(testing.TB) string { return g }})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			at := tt.verifyAt
			if at.IsZero() {
				at = t0
			}
			tok := tt.token(t)
			c, err := newTestIssuer(t, at).Verify(tok)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Verify: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Verify accepted the token: %+v", c)
			}
			if c != nil {
				t.Errorf("claims returned with an error")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %q does not wrap %q", err, tt.want)
			}
			if errors.Is(err, ErrInvalidToken) == errors.Is(err, ErrTokenExpired) {
				t.Errorf("error %q must wrap exactly one of ErrInvalidToken, ErrTokenExpired", err)
			}
			if tt.wantJWT != nil && !errors.Is(err, tt.wantJWT) {
				t.Errorf("error %q does not wrap jwt's %q", err, tt.wantJWT)
			}
			if strings.Contains(err.Error(), testSecret) || (len(tok) > 20 && strings.Contains(err.Error(), tok)) {
				t.Errorf("error %q leaks the secret or the token", err)
			}
		})
	}
}

func TestNewIssuerRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		secret           []byte
		issuer, audience string
	}{
		{"nil secret", nil, testIss, testAud},
		{"31-byte secret", []byte(testSecret[:31]), testIss, testAud},
		{"empty issuer", []byte(testSecret), "", testAud},
		{"empty audience", []byte(testSecret), testIss, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			i, err := NewIssuer(tt.secret, tt.issuer, tt.audience, nil)
			if err == nil || i != nil {
				t.Fatal("NewIssuer accepted")
			}
			if len(tt.secret) > 0 && strings.Contains(err.Error(), string(tt.secret)) {
				t.Errorf("error %q contains the secret", err)
			}
		})
	}
	if _, err := NewIssuer([]byte(testSecret[:32]), testIss, testAud, nil); err != nil {
		t.Errorf("32-byte secret refused: %v", err)
	}
}

func TestIssueRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		subject   string
		role      Role
		scopes    []string
		campaigns []string
		ttl       time.Duration
	}{
		{name: "unknown role", subject: "x", role: "root", ttl: time.Hour},
		{name: "empty role", subject: "x", role: "", ttl: time.Hour},
		{name: "wallet, not an address", subject: "alice", role: RoleWallet, ttl: time.Hour},
		{name: "wallet, address without 0x", subject: hardhat0[2:], role: RoleWallet, ttl: time.Hour},
		{name: "wallet with scopes", subject: hardhat0, role: RoleWallet, scopes: []string{ScopeAwardsWrite}, ttl: time.Hour},
		{name: "admin with campaigns", subject: "admin", role: RoleAdmin, campaigns: []string{"c"}, ttl: time.Hour},
		{name: "platform with an empty campaign", subject: "p", role: RolePlatform, campaigns: []string{""}, ttl: time.Hour},
		{name: "empty subject", subject: "", role: RoleAdmin, ttl: time.Hour},
		{name: "zero ttl", subject: "admin", role: RoleAdmin, ttl: 0},
		{name: "negative ttl", subject: "admin", role: RoleAdmin, ttl: -time.Hour},
		{name: "token longer than MaxTokenLength", subject: "p", role: RolePlatform, campaigns: slices.Repeat([]string{"campaign-0123456789"}, 1000), ttl: time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tok, _, err := newTestIssuer(t, t0).Issue(tt.subject, tt.role, tt.scopes, tt.campaigns, tt.ttl)
			if err == nil || tok != "" {
				t.Fatalf("Issue accepted: %q", tok)
			}
		})
	}
}

// TestIssuerCopiesSecret: changing the caller's slice after NewIssuer must
// not change the key.
func TestIssuerCopiesSecret(t *testing.T) {
	t.Parallel()
	secret := []byte(testSecret)
	i, err := NewIssuer(secret, testIss, testAud, fixedClock(t0))
	if err != nil {
		t.Fatal(err)
	}
	tok, _, err := i.Issue("admin", RoleAdmin, nil, nil, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	clear(secret)
	if _, err := i.Verify(tok); err != nil {
		t.Fatalf("Verify after the caller cleared its secret: %v", err)
	}
	if _, err := newTestIssuer(t, t0).Verify(tok); err != nil {
		t.Fatalf("token not signed with the original secret: %v", err)
	}
}

func TestClaimsPermissions(t *testing.T) {
	t.Parallel()
	platform := &Claims{Role: RolePlatform, Scopes: []string{ScopeEventsWrite}, Campaigns: []string{"c1", "c2"}}
	anyCampaign := &Claims{Role: RolePlatform, Scopes: []string{ScopeAwardsWrite}, Campaigns: []string{AnyCampaign}}
	admin := &Claims{Role: RoleAdmin}
	var nilClaims *Claims
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"scope present", platform.HasScope(ScopeEventsWrite), true},
		{"scope absent", platform.HasScope(ScopeAwardsWrite), false},
		{"empty scope", platform.HasScope(""), false},
		{"scope prefix is not the scope", platform.HasScope("events"), false},
		{"listed campaign", platform.MayActOn("c2"), true},
		{"unlisted campaign", platform.MayActOn("c3"), false},
		{"empty campaign id", platform.MayActOn(""), false},
		{"campaign id \"*\" is not a wildcard request", platform.MayActOn("*"), false},
		{"any campaign", anyCampaign.MayActOn("c3"), true},
		{"any campaign, empty id", anyCampaign.MayActOn(""), false},
		{"admin implies no scope", admin.HasScope(ScopeAwardsWrite), false},
		{"admin implies no campaign", admin.MayActOn("c1"), false},
		{"nil claims scope", nilClaims.HasScope(ScopeAwardsWrite), false},
		{"nil claims campaign", nilClaims.MayActOn("c1"), false},
		{"wallet role valid", RoleWallet.Valid(), true},
		{"unknown role invalid", Role("root").Valid(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

// TestIssuerConcurrent exercises one Issuer from many goroutines (run with
// -race).
func TestIssuerConcurrent(t *testing.T) {
	t.Parallel()
	issuer := newTestIssuer(t, t0)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 16 {
		wg.Go(func() {
			for range 20 {
				tok, _, err := issuer.Issue(fmt.Sprintf("p%d", g), RolePlatform, []string{ScopeEventsWrite}, []string{AnyCampaign}, time.Hour)
				if err == nil {
					_, err = issuer.Verify(tok)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestAuthConstants guards values that other components and clients rely on.
func TestAuthConstants(t *testing.T) {
	t.Parallel()
	checks := []struct {
		name      string
		got, want any
	}{
		{"TokenAlg", TokenAlg, "HS256"},
		{"MinSecretLength", MinSecretLength, 32},
		{"TokenLeeway", TokenLeeway, 30 * time.Second},
		{"RoleWallet", RoleWallet, Role("wallet")},
		{"RolePlatform", RolePlatform, Role("platform")},
		{"RoleAdmin", RoleAdmin, Role("admin")},
		{"AnyCampaign", AnyCampaign, "*"},
		{"MaxMessageLength", MaxMessageLength, 4096},
		{"MinNonceLength", MinNonceLength, 8},
		{"SIWEVersion", SIWEVersion, "1"},
		{"SIWEClockSkew", SIWEClockSkew, time.Minute},
		{"DefaultSIWEMaxAge", DefaultSIWEMaxAge, 10 * time.Minute},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if c.got != c.want {
				t.Errorf("%s = %v, want %v: changing it changes what the service accepts; update clients and this test together", c.name, c.got, c.want)
			}
		})
	}
}

// FuzzVerifyJWT: Verify never panics, and accepts nothing but the validly
// signed seeds (so no mutation of a good token passes); every refusal wraps
// exactly one sentinel and none shows the secret.
func FuzzVerifyJWT(f *testing.F) {
	issuer := newTestIssuer(f, t0)
	// The accepted seeds are hand-signed, not Issue'd: Issue draws a random
	// jti, and every fuzz worker process must agree on the set.
	issued := map[string]bool{}
	for _, m := range []jwt.MapClaims{
		validMap(),
		mapWith(func(m jwt.MapClaims) {
			m["role"], m["sub"], m["scopes"], m["campaigns"] = "platform", "platform-1", []string{ScopeAwardsWrite}, []string{AnyCampaign}
		}),
		mapWith(func(m jwt.MapClaims) { m["role"], m["sub"] = "admin", "admin" }),
	} {
		tok := sign(f, jwt.SigningMethodHS256, m, []byte(testSecret))
		if _, err := issuer.Verify(tok); err != nil {
			f.Fatalf("seed not accepted: %v", err)
		}
		issued[tok] = true
		f.Add(tok)
	}
	f.Add(sign(f, jwt.SigningMethodNone, validMap(), jwt.UnsafeAllowNoneSignatureType))
	f.Add(sign(f, jwt.SigningMethodHS256, validMap(), []byte("another-secret-0123456789-abcdefghijklmnop")))
	f.Add(sign(f, jwt.SigningMethodHS384, validMap(), []byte(testSecret)))
	f.Add("")
	f.Add("a.b.c")
	f.Add("eyJhbGciOiJIUzI1NiJ9.e30.")
	f.Fuzz(func(t *testing.T, tok string) {
		c, err := issuer.Verify(tok)
		if err == nil {
			if !issued[tok] {
				t.Fatalf("Verify accepted a token the issuer did not make: %q -> %+v", tok, c)
			}
			return
		}
		if c != nil {
			t.Fatal("claims returned with an error")
		}
		if errors.Is(err, ErrInvalidToken) == errors.Is(err, ErrTokenExpired) {
			t.Fatalf("error %q must wrap exactly one of ErrInvalidToken, ErrTokenExpired", err)
		}
		if strings.Contains(err.Error(), testSecret) {
			t.Fatalf("error leaks the secret: %q", err)
		}
	})
}

// A token that verified is remembered, but it still expires, and a caller cannot change what the next
// caller gets.
func TestVerifiedTokenStillExpires(t *testing.T) {
	t.Parallel()
	now := t0
	issuer, err := NewIssuer([]byte(strings.Repeat("k", MinSecretLength)), testIss, testAud, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	token, _, err := issuer.Issue("platform-1", RolePlatform, []string{ScopeAwardsWrite}, []string{"c1"}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	first, err := issuer.Verify(token)
	if err != nil {
		t.Fatal(err)
	}
	first.Scopes[0], first.Campaigns = ScopeRewardsRead, append(first.Campaigns, AnyCampaign)
	now = t0.Add(time.Hour + TokenLeeway - time.Second)
	again, err := issuer.Verify(token)
	if err != nil || again.Scopes[0] != ScopeAwardsWrite || !slices.Equal(again.Campaigns, []string{"c1"}) {
		t.Fatalf("second Verify: %+v %v", again, err)
	}
	now = t0.Add(time.Hour + TokenLeeway)
	if _, err := issuer.Verify(token); !errors.Is(err, ErrTokenExpired) {
		t.Fatalf("an expired token verified: %v", err)
	}
	if _, err := issuer.Verify(token[:len(token)-2] + "AA"); err == nil {
		t.Fatal("a changed signature verified")
	}
}
