package auth

import (
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/golang-jwt/jwt/v5"
)

// Sentinel errors of token verification. Every error Verify returns wraps
// exactly one of them, and also the golang-jwt error behind it when there is
// one (jwt.ErrTokenSignatureInvalid, jwt.ErrTokenInvalidAudience, ...).
var (
	// ErrInvalidToken reports a token that is malformed, not signed by this
	// Issuer with HS256, or whose claims are not acceptable.
	ErrInvalidToken = errors.New("auth: invalid token")
	// ErrTokenExpired reports an authentic token whose exp (plus leeway) has
	// passed.
	ErrTokenExpired = errors.New("auth: token expired")
)

// Role is the kind of principal a token stands for.
type Role string

// The roles a token may carry; Verify refuses any other.
const (
	// RoleWallet is a wallet that signed in with Ethereum; sub is its EIP-55
	// address.
	RoleWallet Role = "wallet"
	// RolePlatform is an integrating platform; sub is its id and the token
	// carries Scopes and Campaigns.
	RolePlatform Role = "platform"
	// RoleAdmin is the operator.
	RoleAdmin Role = "admin"
)

// Valid reports whether r is one of RoleWallet, RolePlatform and RoleAdmin.
func (r Role) Valid() bool {
	switch r {
	case RoleWallet, RolePlatform, RoleAdmin:
		return true
	}
	return false
}

// Platform token scopes.
const (
	// ScopeAwardsWrite allows direct awards (POST /v1/awards, /v1/awards/batch).
	ScopeAwardsWrite = "awards:write"
	// ScopeEventsWrite allows reporting events (POST /v1/events).
	ScopeEventsWrite = "events:write"
	// ScopeReferralsWrite allows recording referrals (POST /v1/referrals).
	ScopeReferralsWrite = "referrals:write"
	// ScopeLeaderboardsRead allows reading leaderboards.
	ScopeLeaderboardsRead = "leaderboards:read"
	// ScopeRewardsRead allows reading any account's rewards.
	ScopeRewardsRead = "rewards:read"
)

// AnyCampaign in Claims.Campaigns lets a platform act on every campaign.
const AnyCampaign = "*"

const (
	// TokenAlg is the only JWT algorithm Issue uses and Verify accepts.
	TokenAlg = "HS256"
	// MinSecretLength is the shortest HMAC secret NewIssuer accepts (256 bits).
	MinSecretLength = 32
	// TokenLeeway is the clock skew tolerated on exp, nbf and iat.
	TokenLeeway = 30 * time.Second
	// MaxTokenLength bounds the tokens Verify reads and Issue produces.
	MaxTokenLength = 16 << 10
)

// Claims are tribe's token claims.
type Claims struct {
	// RegisteredClaims holds sub (wallet address in EIP-55 form, platform id
	// or admin name), iss, aud, exp, iat, nbf and jti.
	jwt.RegisteredClaims
	// Role is the kind of principal sub names.
	Role Role `json:"role"`
	// Scopes are what a platform token may do, e.g. ScopeAwardsWrite. Empty
	// for other roles.
	Scopes []string `json:"scopes,omitempty"`
	// Campaigns are the campaign ids a platform token may act on, AnyCampaign
	// for all of them. Empty for other roles.
	Campaigns []string `json:"campaigns,omitempty"`
}

// HasScope reports whether the token carries scope s. It implies nothing for
// RoleAdmin: callers that let admins do everything check Role themselves.
func (c *Claims) HasScope(s string) bool {
	return c != nil && s != "" && slices.Contains(c.Scopes, s)
}

// MayActOn reports whether the token lists campaignID, or AnyCampaign, among
// its Campaigns. An empty campaignID never matches. Like HasScope it implies
// nothing for RoleAdmin.
func (c *Claims) MayActOn(campaignID string) bool {
	if c == nil || campaignID == "" {
		return false
	}
	return slices.Contains(c.Campaigns, AnyCampaign) || slices.Contains(c.Campaigns, campaignID)
}

// check enforces what the JWT library cannot: a known role, a subject of the
// right shape, iat and jti present, scopes and campaigns only on platform
// tokens.
func (c *Claims) check() error {
	if !c.Role.Valid() {
		return errors.New("unknown role")
	}
	if c.Subject == "" {
		return errors.New("missing sub")
	}
	if c.Role == RoleWallet && !isChecksumAddress(c.Subject) {
		return errors.New("wallet sub is not an EIP-55 address")
	}
	if c.IssuedAt == nil {
		return errors.New("missing iat")
	}
	if c.ID == "" {
		return errors.New("missing jti")
	}
	if c.Role != RolePlatform && (len(c.Scopes) > 0 || len(c.Campaigns) > 0) {
		return errors.New("scopes or campaigns on a non-platform token")
	}
	if slices.Contains(c.Scopes, "") || slices.Contains(c.Campaigns, "") {
		return errors.New("empty scope or campaign")
	}
	return nil
}

// isChecksumAddress reports whether s is a 0x-prefixed 20-byte hex address
// written in its EIP-55 mixed-case form.
func isChecksumAddress(s string) bool {
	return len(s) == 2+2*common.AddressLength && strings.HasPrefix(s, "0x") &&
		common.IsHexAddress(s) && common.HexToAddress(s).Hex() == s
}

// Issuer signs and verifies tokens with one HS256 secret, for one issuer
// and audience. It is safe for concurrent use.
type Issuer struct {
	secret   []byte
	issuer   string
	audience string
	now      func() time.Time
	parser   *jwt.Parser

	// verified remembers tokens that verified (token -> *Claims), so that a platform sending many
	// requests with one token pays the HMAC and the JSON decoding once: only tokens this Issuer signed
	// get in, at most maxVerified of them, and each is still refused once it expires.
	mu       sync.Mutex
	verified map[string]*Claims
}

// maxVerified bounds Issuer's cache of verified tokens; when full it starts again empty.
const maxVerified = 4096

// NewIssuer returns an Issuer that signs with secret (at least
// MinSecretLength bytes; copied) and stamps and requires iss = issuer and
// aud = audience. now is the clock (time.Now when nil).
func NewIssuer(secret []byte, issuer, audience string, now func() time.Time) (*Issuer, error) {
	if len(secret) < MinSecretLength {
		return nil, fmt.Errorf("auth: jwt secret is %d bytes, want at least %d", len(secret), MinSecretLength)
	}
	if issuer == "" || audience == "" {
		return nil, errors.New("auth: jwt issuer and audience are required")
	}
	if now == nil {
		now = time.Now
	}
	return &Issuer{
		secret:   slices.Clone(secret),
		issuer:   issuer,
		audience: audience,
		now:      now,
		parser: jwt.NewParser(
			jwt.WithValidMethods([]string{TokenAlg}),
			jwt.WithIssuer(issuer),
			jwt.WithAudience(audience),
			jwt.WithExpirationRequired(),
			jwt.WithIssuedAt(),
			jwt.WithTimeFunc(now),
			jwt.WithLeeway(TokenLeeway),
			jwt.WithStrictDecoding(),
		),
	}, nil
}

// Issue signs a token for subject with the given role, valid from now for
// ttl (whole seconds; the returned expiresAt is the exp claim). A wallet
// subject may be given in any case and is stored in EIP-55 form; scopes and
// campaigns are for RolePlatform only. The jti is random.
func (i *Issuer) Issue(subject string, role Role, scopes, campaigns []string, ttl time.Duration) (token string, expiresAt time.Time, err error) {
	if !role.Valid() {
		return "", time.Time{}, fmt.Errorf("auth: issue token: unknown role %q", role)
	}
	if role == RoleWallet {
		if !common.IsHexAddress(subject) || !strings.HasPrefix(subject, "0x") {
			return "", time.Time{}, errors.New("auth: issue token: wallet subject is not an address")
		}
		subject = common.HexToAddress(subject).Hex()
	}
	if ttl < time.Second {
		return "", time.Time{}, fmt.Errorf("auth: issue token: ttl %s is shorter than a second", ttl)
	}
	now := i.now()
	c := &Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    i.issuer,
			Subject:   subject,
			Audience:  jwt.ClaimStrings{i.audience},
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
			NotBefore: jwt.NewNumericDate(now),
			IssuedAt:  jwt.NewNumericDate(now),
			ID:        rand.Text(),
		},
		Role:      role,
		Scopes:    slices.Clone(scopes),
		Campaigns: slices.Clone(campaigns),
	}
	if err := c.check(); err != nil {
		return "", time.Time{}, fmt.Errorf("auth: issue token: %w", err)
	}
	token, err = jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(i.secret)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("auth: issue token: %w", err)
	}
	if len(token) > MaxTokenLength {
		return "", time.Time{}, fmt.Errorf("auth: issue token: token is %d bytes, more than %d", len(token), MaxTokenLength)
	}
	return token, c.ExpiresAt.Time, nil
}

// Verify checks token's HS256 signature and its claims (iss, aud, exp
// required and in range with TokenLeeway, iat not in the future, nbf passed, a
// known role, a well-formed subject) and returns the claims. The token must be
// exactly as issued: unpadded base64url segments and dots, nothing else. Errors
// wrap ErrTokenExpired for an authentic but expired token and ErrInvalidToken
// for everything else.
func (i *Issuer) Verify(token string) (*Claims, error) {
	if len(token) > MaxTokenLength {
		return nil, fmt.Errorf("%w: longer than %d bytes", ErrInvalidToken, MaxTokenLength)
	}
	if !compactJWS(token) {
		return nil, fmt.Errorf("%w: %w: only base64url characters and dots may appear in a token", ErrInvalidToken, jwt.ErrTokenMalformed)
	}
	i.mu.Lock()
	cached := i.verified[token]
	i.mu.Unlock()
	if cached != nil {
		// It verified before: only time can have made it invalid since (iat and nbf only grow older).
		if i.now().Before(cached.ExpiresAt.Add(TokenLeeway)) {
			return cached.clone(), nil
		}
		i.mu.Lock()
		delete(i.verified, token)
		i.mu.Unlock()
	}
	c := new(Claims)
	if _, err := i.parser.ParseWithClaims(token, c, i.key); err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return nil, fmt.Errorf("%w: %w", ErrTokenExpired, err)
		}
		return nil, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	if err := c.check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	i.mu.Lock()
	if i.verified == nil || len(i.verified) >= maxVerified {
		i.verified = make(map[string]*Claims)
	}
	i.verified[token] = c.clone()
	i.mu.Unlock()
	return c, nil
}

// clone copies c, so that no caller shares the cached claims.
func (c *Claims) clone() *Claims {
	cp := *c
	cp.Scopes = slices.Clone(c.Scopes)
	cp.Campaigns = slices.Clone(c.Campaigns)
	cp.Audience = slices.Clone(c.Audience)
	return &cp
}

// compactJWS reports whether token holds only base64url characters and dots.
// Go's base64 decoders skip CR and LF even in strict mode, so without this
// check a token with a line break inserted in its signature would verify,
// though it is not the string that was issued.
func compactJWS(token string) bool {
	for i := 0; i < len(token); i++ {
		c := token[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// key is the parser's Keyfunc. The parser has already refused every
// algorithm but HS256; the check is repeated here so the secret is never
// handed to another method even if the parser options change.
func (i *Issuer) key(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok || t.Method.Alg() != TokenAlg {
		return nil, fmt.Errorf("unexpected signing method %q", t.Method.Alg())
	}
	return i.secret, nil
}
