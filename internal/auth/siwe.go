package auth

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tribe-rewards/tribe/internal/walletsig"
)

// Sentinel errors of Sign-In with Ethereum. Every error ParseMessage and
// Message.Verify return wraps exactly one of them, except Verify's errors for
// an Expect without Domain or ChainID, which are the server's fault, and
// Verify's errors when Expect.Wallets cannot ask the chain, which wrap
// walletsig.ErrUnavailable.
var (
	// ErrSIWEMalformed reports text that is not an EIP-4361 message as this
	// package reads the grammar (see ParseMessage), or a Message whose fields
	// were changed after it was parsed.
	ErrSIWEMalformed = errors.New("auth: siwe: malformed message")
	// ErrSIWESignature reports a signature that is neither the message
	// address's ECDSA signature (65 bytes, a good v, r and s, low s as EIP-2
	// requires) nor, with Expect.Wallets, accepted by the contract wallet at
	// that address.
	ErrSIWESignature = errors.New("auth: siwe: invalid signature")
	// ErrSIWEDomain reports a message for another domain or scheme.
	ErrSIWEDomain = errors.New("auth: siwe: wrong domain")
	// ErrSIWEURI reports a message whose URI is not of the expected origin.
	ErrSIWEURI = errors.New("auth: siwe: wrong uri")
	// ErrSIWEChainID reports a message for another chain.
	ErrSIWEChainID = errors.New("auth: siwe: wrong chain id")
	// ErrSIWEExpired reports a message whose expiration time has passed.
	ErrSIWEExpired = errors.New("auth: siwe: message expired")
	// ErrSIWEExpirationRequired reports a message without an expiration time
	// when Expect.RequireExpiration is set.
	ErrSIWEExpirationRequired = errors.New("auth: siwe: message has no expiration time")
	// ErrSIWENotYetValid reports a message whose not-before time is still
	// more than SIWEClockSkew ahead.
	ErrSIWENotYetValid = errors.New("auth: siwe: message not valid yet")
	// ErrSIWEIssuedInFuture reports a message issued more than SIWEClockSkew
	// in the future.
	ErrSIWEIssuedInFuture = errors.New("auth: siwe: message issued in the future")
	// ErrSIWETooOld reports a message issued longer ago than Expect.MaxAge.
	ErrSIWETooOld = errors.New("auth: siwe: message too old")
)

const (
	// MaxMessageLength bounds the text ParseMessage reads, in bytes.
	MaxMessageLength = 4 << 10
	// MinNonceLength is EIP-4361's minimum nonce length (alphanumerics).
	MinNonceLength = 8
	// SIWEVersion is the only message version EIP-4361 defines.
	SIWEVersion = "1"
	// SIWESignatureLength is the length of a personal_sign signature:
	// r (32 bytes) || s (32 bytes) || v (1 byte).
	SIWESignatureLength = 65
	// SIWEClockSkew is how far ahead of the server's clock a wallet's
	// issued-at and not-before may be.
	SIWEClockSkew = time.Minute
	// DefaultSIWEMaxAge is the age limit Verify uses when Expect.MaxAge is
	// not positive.
	DefaultSIWEMaxAge = 10 * time.Minute
)

const headerSuffix = " wants you to sign in with your Ethereum account:"

// Message is a Sign-In with Ethereum (EIP-4361) message.
//
// A Message returned by ParseMessage remembers the exact text it was parsed
// from, and Verify checks the signature over that text. A Message built in
// code has no such text; Verify then checks the signature over String().
// Either way Verify refuses a Message whose fields no longer match the text
// the signature covers. String and Verify only read the Message, so they may
// run concurrently as long as nothing modifies it.
type Message struct {
	// Scheme is the optional URI scheme before the domain ("https" in
	// "https://tribe.example wants you to ..."); empty when absent.
	Scheme string
	// Domain is the RFC 3986 authority requesting the sign-in, e.g.
	// "tribe.example" or "localhost:3000".
	Domain string
	// Address is the account signing in. The text must write it in EIP-55
	// checksum case.
	Address common.Address
	// Statement is the optional human-readable assertion; empty when absent.
	Statement string
	// URI is the RFC 3986 URI of the resource the sign-in is for.
	URI string
	// Version is the message version; always SIWEVersion.
	Version string
	// ChainID is the EIP-155 chain id the session is bound to.
	ChainID uint64
	// Nonce is the server-issued nonce (at least MinNonceLength
	// alphanumerics). Verify does not check it: the caller must consume it.
	Nonce string
	// IssuedAt is when the message was made.
	IssuedAt time.Time
	// ExpirationTime, when set, is when the message stops being valid.
	ExpirationTime *time.Time
	// NotBefore, when set, is when the message becomes valid.
	NotBefore *time.Time
	// RequestID is an optional system-specific identifier; empty when absent.
	RequestID string
	// Resources are optional URIs the user wishes to have resolved; the
	// section is absent when empty.
	Resources []string

	raw string // the text ParseMessage read; empty for a Message built in code
}

// ParseMessage reads an EIP-4361 message, strictly:
//
//   - lines end with LF only, and nothing (not even an LF) follows the last
//     field;
//   - "[scheme://]domain wants you to sign in with your Ethereum account:",
//     the domain an RFC 3986 authority with a non-empty host;
//   - the address as 0x and 40 hex digits in EIP-55 checksum case;
//   - an empty line, then either an empty line (no statement) or a
//     non-empty statement of RFC 3986 reserved and unreserved characters and
//     spaces followed by an empty line;
//   - "URI: ", "Version: 1", "Chain ID: " (decimal, no leading zero, fits in
//     64 bits), "Nonce: " (MinNonceLength or more ASCII letters and digits)
//     and "Issued At: ", in this order;
//   - optionally, in this order, "Expiration Time: ", "Not Before: ",
//     "Request ID: " (non-empty, RFC 3986 pchars) and "Resources:" followed
//     by one or more "- " URI lines;
//   - URIs are absolute RFC 3986 URIs; times are RFC 3339 date-times with
//     an upper-case T and Z and at most nine fractional digits.
//
// The text may be at most MaxMessageLength bytes. Errors wrap
// ErrSIWEMalformed and name the offending line, not its content.
func ParseMessage(s string) (*Message, error) {
	if len(s) > MaxMessageLength {
		return nil, malformedf("message is longer than %d bytes", MaxMessageLength)
	}
	p := &lineReader{lines: strings.Split(s, "\n")}
	m := &Message{raw: s}

	header, _ := p.next() // Split returns at least one line
	prefix, ok := strings.CutSuffix(header, headerSuffix)
	if !ok {
		return nil, malformedf("line 1: want %q after the domain", headerSuffix)
	}
	if scheme, domain, ok := strings.Cut(prefix, "://"); ok {
		if !validScheme(scheme) {
			return nil, malformedf("line 1: invalid scheme")
		}
		m.Scheme, prefix = scheme, domain
	}
	if !validAuthority(prefix) {
		return nil, malformedf("line 1: invalid domain")
	}
	m.Domain = prefix

	addr, ok := p.next()
	if !ok || !isChecksumAddress(addr) {
		return nil, malformedf("line %d: want an address in EIP-55 checksum case", p.n)
	}
	m.Address = common.HexToAddress(addr)

	if l, ok := p.next(); !ok || l != "" {
		return nil, malformedf("line %d: want an empty line", p.n)
	}
	l, ok := p.next()
	if !ok {
		return nil, malformedf("line %d: want a statement or an empty line", p.n)
	}
	if l != "" {
		if !validChars(l, statementChars, false) {
			return nil, malformedf("line %d: invalid statement", p.n)
		}
		m.Statement = l
		if l, ok := p.next(); !ok || l != "" {
			return nil, malformedf("line %d: want an empty line after the statement", p.n)
		}
	}

	v, err := p.field("URI: ")
	if err != nil {
		return nil, err
	}
	if !validURI(v) {
		return nil, malformedf("line %d: invalid URI", p.n)
	}
	m.URI = v

	if v, err = p.field("Version: "); err != nil {
		return nil, err
	}
	if v != SIWEVersion {
		return nil, malformedf("line %d: version must be %s", p.n, SIWEVersion)
	}
	m.Version = v

	if v, err = p.field("Chain ID: "); err != nil {
		return nil, err
	}
	if m.ChainID, err = parseChainID(v); err != nil {
		return nil, malformedf("line %d: %v", p.n, err)
	}

	if v, err = p.field("Nonce: "); err != nil {
		return nil, err
	}
	if len(v) < MinNonceLength || !validChars(v, alnumChars, false) {
		return nil, malformedf("line %d: nonce must be at least %d ASCII letters and digits", p.n, MinNonceLength)
	}
	m.Nonce = v

	if v, err = p.field("Issued At: "); err != nil {
		return nil, err
	}
	if m.IssuedAt, err = parseTime(v); err != nil {
		return nil, malformedf("line %d: issued at: %v", p.n, err)
	}

	if v, ok := p.optional("Expiration Time: "); ok {
		t, err := parseTime(v)
		if err != nil {
			return nil, malformedf("line %d: expiration time: %v", p.n, err)
		}
		m.ExpirationTime = &t
	}
	if v, ok := p.optional("Not Before: "); ok {
		t, err := parseTime(v)
		if err != nil {
			return nil, malformedf("line %d: not before: %v", p.n, err)
		}
		m.NotBefore = &t
	}
	if v, ok := p.optional("Request ID: "); ok {
		if v == "" || !validChars(v, pchars, true) {
			return nil, malformedf("line %d: invalid request id", p.n)
		}
		m.RequestID = v
	}
	if l, ok := p.peek(); ok && l == "Resources:" {
		p.next()
		for {
			l, ok := p.next()
			if !ok {
				break
			}
			r, ok := strings.CutPrefix(l, "- ")
			if !ok || !validURI(r) {
				return nil, malformedf("line %d: want a resource (\"- \" and a URI)", p.n)
			}
			m.Resources = append(m.Resources, r)
		}
		if len(m.Resources) == 0 {
			return nil, malformedf("line %d: empty resources list", p.n)
		}
	}
	if _, ok := p.next(); ok {
		return nil, malformedf("line %d: unexpected line", p.n)
	}
	return m, nil
}

// String renders m in EIP-4361's layout, with times in RFC 3339 with as few
// fractional digits as needed. For a Message from ParseMessage,
// ParseMessage(m.String()) gives back the same fields, but the text may
// differ from what was parsed (times are re-rendered), so never treat it as
// the signed text.
func (m *Message) String() string {
	var b strings.Builder
	if m.Scheme != "" {
		b.WriteString(m.Scheme)
		b.WriteString("://")
	}
	b.WriteString(m.Domain)
	b.WriteString(headerSuffix)
	b.WriteString("\n")
	b.WriteString(m.Address.Hex())
	b.WriteString("\n\n")
	if m.Statement != "" {
		b.WriteString(m.Statement)
		b.WriteString("\n")
	}
	b.WriteString("\nURI: ")
	b.WriteString(m.URI)
	b.WriteString("\nVersion: ")
	b.WriteString(m.Version)
	b.WriteString("\nChain ID: ")
	b.WriteString(strconv.FormatUint(m.ChainID, 10))
	b.WriteString("\nNonce: ")
	b.WriteString(m.Nonce)
	b.WriteString("\nIssued At: ")
	b.WriteString(formatTime(m.IssuedAt))
	if m.ExpirationTime != nil {
		b.WriteString("\nExpiration Time: ")
		b.WriteString(formatTime(*m.ExpirationTime))
	}
	if m.NotBefore != nil {
		b.WriteString("\nNot Before: ")
		b.WriteString(formatTime(*m.NotBefore))
	}
	if m.RequestID != "" {
		b.WriteString("\nRequest ID: ")
		b.WriteString(m.RequestID)
	}
	if len(m.Resources) > 0 {
		b.WriteString("\nResources:")
		for _, r := range m.Resources {
			b.WriteString("\n- ")
			b.WriteString(r)
		}
	}
	return b.String()
}

// Expect is what the server requires of a sign-in message.
type Expect struct {
	// Domain must equal the message's domain exactly (it is the browser's
	// location.host, e.g. "tribe.example" or "localhost:3000"). Required.
	Domain string
	// Scheme, when the message names one, must equal it (ignoring case).
	// When empty, the scheme of URI is used, or "https" if URI is empty too.
	// A message without a scheme is accepted (EIP-4361: assume https).
	Scheme string
	// URI, when non-empty, must have the same origin (RFC 6454: scheme, host
	// and port, default ports filled in, case ignored) as the message's URI.
	// Wallets and SIWE libraries fill the message URI with the page's URL,
	// whose path and query vary, so the whole string is not compared; the
	// origin is what binds the sign-in to this service. For schemes other
	// than http and https the URIs must be equal.
	URI string
	// ChainID must equal the message's chain id. Required.
	ChainID uint64
	// Now is the current time; the zero value means time.Now().
	Now time.Time
	// MaxAge is how long ago the message may have been issued;
	// DefaultSIWEMaxAge when not positive.
	MaxAge time.Duration
	// RequireExpiration refuses messages without an expiration time.
	RequireExpiration bool
	// Wallets, when set, checks a signature that is not the address's ECDSA
	// signature: a contract wallet's, as EIP-4361 requires (ERC-1271, and
	// ERC-6492 for a wallet not deployed yet). Nil: EOAs only.
	Wallets Wallets
}

// Wallets checks contract wallets' signatures against the chain the service
// runs on; *walletsig.Verifier is one.
type Wallets interface {
	Verify(ctx context.Context, signer common.Address, hash common.Hash, sig []byte) (walletsig.Result, error)
}

// Verify checks the message against e and the EIP-191 personal_sign
// signature sig over the exact signed text (see Message), and returns nil if
// and only if all of these hold:
//
//   - the fields still match the signed text (ErrSIWEMalformed);
//   - scheme and domain are as expected (ErrSIWEDomain);
//   - the URI is of the expected origin (ErrSIWEURI);
//   - the chain id is e.ChainID (ErrSIWEChainID);
//   - it was issued no more than SIWEClockSkew in the future
//     (ErrSIWEIssuedInFuture) and no longer than MaxAge ago (ErrSIWETooOld);
//   - it has an expiration time if required (ErrSIWEExpirationRequired),
//     and that time is after now (ErrSIWEExpired);
//   - its not-before time, if any, is no more than SIWEClockSkew after now
//     (ErrSIWENotYetValid);
//   - sig is 65 bytes r || s || v with v in {27, 28} or {0, 1}, s in the
//     lower half of the curve order, and recovers m.Address; or, when
//     e.Wallets is set, the contract wallet at m.Address accepts it for the
//     personal_sign hash of the text, deployed (ERC-1271) or not yet
//     (ERC-6492), on the chain e.Wallets asks (ErrSIWESignature).
//
// Without e.Wallets only externally owned accounts sign in. When the chain
// cannot be asked, the error wraps walletsig.ErrUnavailable, not
// ErrSIWESignature: nothing is known of the signature. Verify does not
// check the nonce: after it succeeds the caller must consume m.Nonce, once.
func (m *Message) Verify(sig []byte, e Expect) error {
	return m.VerifyContext(context.Background(), sig, e)
}

// VerifyContext is Verify, with ctx bounding the chain call that checks a
// contract wallet's signature (see Expect.Wallets).
func (m *Message) VerifyContext(ctx context.Context, sig []byte, e Expect) error {
	if e.Domain == "" {
		return errors.New("auth: siwe: Expect.Domain is empty")
	}
	if e.ChainID == 0 {
		return errors.New("auth: siwe: Expect.ChainID is zero")
	}
	text := m.raw
	if text == "" {
		text = m.String()
	}
	signed, err := ParseMessage(text)
	if err != nil {
		return err
	}
	if !signed.sameFields(m) {
		return fmt.Errorf("%w: fields differ from the signed text", ErrSIWEMalformed)
	}

	if signed.Scheme != "" && !strings.EqualFold(signed.Scheme, e.scheme()) {
		return fmt.Errorf("%w: scheme is not %s", ErrSIWEDomain, e.scheme())
	}
	if signed.Domain != e.Domain {
		return fmt.Errorf("%w: want %s", ErrSIWEDomain, e.Domain)
	}
	if e.URI != "" && !sameOrigin(signed.URI, e.URI) {
		return fmt.Errorf("%w: not of the origin of %s", ErrSIWEURI, e.URI)
	}
	if signed.ChainID != e.ChainID {
		return fmt.Errorf("%w: got %d, want %d", ErrSIWEChainID, signed.ChainID, e.ChainID)
	}

	now := e.Now
	if now.IsZero() {
		now = time.Now()
	}
	maxAge := e.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultSIWEMaxAge
	}
	if signed.IssuedAt.After(now.Add(SIWEClockSkew)) {
		return fmt.Errorf("%w: issued at %s", ErrSIWEIssuedInFuture, formatTime(signed.IssuedAt))
	}
	if now.Sub(signed.IssuedAt) > maxAge {
		return fmt.Errorf("%w: issued at %s, more than %s ago", ErrSIWETooOld, formatTime(signed.IssuedAt), maxAge)
	}
	if signed.ExpirationTime == nil && e.RequireExpiration {
		return ErrSIWEExpirationRequired
	}
	if signed.ExpirationTime != nil && !now.Before(*signed.ExpirationTime) {
		return fmt.Errorf("%w: at %s", ErrSIWEExpired, formatTime(*signed.ExpirationTime))
	}
	if signed.NotBefore != nil && signed.NotBefore.After(now.Add(SIWEClockSkew)) {
		return fmt.Errorf("%w: not before %s", ErrSIWENotYetValid, formatTime(*signed.NotBefore))
	}

	signer, err := recoverPersonal(text, sig)
	if err == nil && signer == signed.Address {
		return nil
	}
	if e.Wallets == nil {
		if err != nil {
			return err
		}
		return fmt.Errorf("%w: signed by another account", ErrSIWESignature)
	}
	// Not the address's key: the address may be a contract wallet (ERC-1271), deployed or not (ERC-6492).
	if _, werr := e.Wallets.Verify(ctx, signed.Address, common.BytesToHash(personalHash(text)), sig); werr != nil {
		if errors.Is(werr, walletsig.ErrInvalid) {
			return fmt.Errorf("%w: neither %s's key nor, if it is a contract wallet, the wallet accepts it",
				ErrSIWESignature, signed.Address.Hex())
		}
		return fmt.Errorf("auth: siwe: check the contract wallet's signature: %w", werr)
	}
	return nil
}

// NewNonce returns a fresh random nonce for a sign-in message: 26 letters and
// digits (130 bits from crypto/rand). It is safe for concurrent use.
func NewNonce() string {
	return rand.Text()
}

// scheme is the scheme a message's optional scheme must match.
func (e *Expect) scheme() string {
	if e.Scheme != "" {
		return e.Scheme
	}
	if e.URI != "" {
		if u, err := url.Parse(e.URI); err == nil && u.Scheme != "" {
			return u.Scheme
		}
	}
	return "https"
}

// sameFields reports whether m and o have equal fields (times compared as
// instants).
func (m *Message) sameFields(o *Message) bool {
	return m.Scheme == o.Scheme && m.Domain == o.Domain && m.Address == o.Address &&
		m.Statement == o.Statement && m.URI == o.URI && m.Version == o.Version &&
		m.ChainID == o.ChainID && m.Nonce == o.Nonce && m.IssuedAt.Equal(o.IssuedAt) &&
		sameTime(m.ExpirationTime, o.ExpirationTime) && sameTime(m.NotBefore, o.NotBefore) &&
		m.RequestID == o.RequestID && slices.Equal(m.Resources, o.Resources)
}

func sameTime(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Equal(*b)
}

// personalHash is EIP-191's personal_sign digest of text.
func personalHash(text string) []byte {
	return crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n" + strconv.Itoa(len(text)) + text))
}

// recoverPersonal returns the account whose personal_sign signature of text
// is sig.
func recoverPersonal(text string, sig []byte) (common.Address, error) {
	if len(sig) != SIWESignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d", ErrSIWESignature, len(sig), SIWESignatureLength)
	}
	v := sig[64]
	switch v {
	case 27, 28:
		v -= 27
	case 0, 1:
	default:
		return common.Address{}, fmt.Errorf("%w: v is %d", ErrSIWESignature, sig[64])
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range, or s in the upper half of the curve order", ErrSIWESignature)
	}
	var norm [SIWESignatureLength]byte
	copy(norm[:], sig)
	norm[64] = v
	pub, err := crypto.SigToPub(personalHash(text), norm[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrSIWESignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// sameOrigin reports whether URI got has the origin of URI want (see
// Expect.URI).
func sameOrigin(got, want string) bool {
	if got == want {
		return true
	}
	g, err := url.Parse(got)
	if err != nil {
		return false
	}
	w, err := url.Parse(want)
	if err != nil {
		return false
	}
	scheme := strings.ToLower(w.Scheme)
	if scheme != "http" && scheme != "https" {
		return false
	}
	return strings.EqualFold(g.Scheme, scheme) && g.Opaque == "" && w.Opaque == "" &&
		w.Hostname() != "" && strings.EqualFold(g.Hostname(), w.Hostname()) &&
		effectivePort(g, scheme) == effectivePort(w, scheme)
}

func effectivePort(u *url.URL, scheme string) string {
	if p := u.Port(); p != "" {
		return p
	}
	if scheme == "http" {
		return "80"
	}
	return "443"
}

// lineReader walks the lines of a message; n is the 1-based number of the
// line last returned.
type lineReader struct {
	lines []string
	n     int
}

func (p *lineReader) next() (string, bool) {
	if p.n >= len(p.lines) {
		p.n = len(p.lines) + 1
		return "", false
	}
	p.n++
	return p.lines[p.n-1], true
}

func (p *lineReader) peek() (string, bool) {
	if p.n >= len(p.lines) {
		return "", false
	}
	return p.lines[p.n], true
}

// field reads the next line, which must start with prefix, and returns the
// rest of it.
func (p *lineReader) field(prefix string) (string, error) {
	l, ok := p.next()
	if !ok {
		return "", malformedf("line %d: missing %q line", p.n, prefix)
	}
	v, ok := strings.CutPrefix(l, prefix)
	if !ok {
		return "", malformedf("line %d: want %q", p.n, prefix)
	}
	return v, nil
}

// optional reads the next line if it starts with prefix.
func (p *lineReader) optional(prefix string) (string, bool) {
	l, ok := p.peek()
	if !ok {
		return "", false
	}
	v, ok := strings.CutPrefix(l, prefix)
	if ok {
		p.next()
	}
	return v, ok
}

func malformedf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrSIWEMalformed, fmt.Sprintf(format, args...))
}

func parseChainID(s string) (uint64, error) {
	if s == "" || !validChars(s, digitChars, false) || (len(s) > 1 && s[0] == '0') {
		return 0, errors.New("chain id must be a decimal number without leading zeros")
	}
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, errors.New("chain id does not fit in 64 bits")
	}
	return id, nil
}

// parseTime reads an RFC 3339 date-time: YYYY-MM-DDTHH:MM:SS, optionally a
// dot and 1 to 9 digits, then Z or ±HH:MM (at most 23:59). time.Parse checks
// the ranges of the date and time.
func parseTime(s string) (time.Time, error) {
	const layout = "dddd-dd-ddTdd:dd:dd"
	bad := errors.New("not an RFC 3339 date-time")
	if len(s) < len(layout)+1 {
		return time.Time{}, bad
	}
	for i := range len(layout) {
		if layout[i] == 'd' && !isDigit(s[i]) || layout[i] != 'd' && s[i] != layout[i] {
			return time.Time{}, bad
		}
	}
	rest := s[len(layout):]
	if rest[0] == '.' {
		n := 1
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		if n == 1 || n > 10 {
			return time.Time{}, bad
		}
		rest = rest[n:]
	}
	switch {
	case rest == "Z":
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' &&
		isDigit(rest[1]) && isDigit(rest[2]) && isDigit(rest[4]) && isDigit(rest[5]) &&
		rest[1:3] <= "23" && rest[4:6] <= "59":
	default:
		return time.Time{}, bad
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, bad
	}
	return t, nil
}

func formatTime(t time.Time) string { return t.Format(time.RFC3339Nano) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Character classes of RFC 3986 and EIP-4361, as 256-entry tables.
type charClass [256]bool

func newClass(sets ...string) *charClass {
	var c charClass
	for _, set := range sets {
		for i := range len(set) {
			c[set[i]] = true
		}
	}
	return &c
}

const (
	alpha      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	digit      = "0123456789"
	unreserved = alpha + digit + "-._~"
	subDelims  = "!$&'()*+,;="
	genDelims  = ":/?#[]@"
)

var (
	alnumChars     = newClass(alpha, digit)
	digitChars     = newClass(digit)
	schemeChars    = newClass(alpha, digit, "+-.")
	statementChars = newClass(unreserved, subDelims, genDelims, " ")
	pchars         = newClass(unreserved, subDelims, ":@")
	userinfoChars  = newClass(unreserved, subDelims, ":")
	regNameChars   = newClass(unreserved, subDelims)
	ipLiteralChars = newClass(unreserved, subDelims, ":")
	uriChars       = newClass(unreserved, subDelims, genDelims)
)

// validChars reports whether every byte of s is in class c, or, when pct is
// set, is part of a well-formed percent-encoding.
func validChars(s string, c *charClass, pct bool) bool {
	for i := 0; i < len(s); i++ {
		if pct && s[i] == '%' {
			if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
				return false
			}
			i += 2
			continue
		}
		if !c[s[i]] {
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// validScheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func validScheme(s string) bool {
	return s != "" && alnumChars[s[0]] && !isDigit(s[0]) && validChars(s, schemeChars, false)
}

// validAuthority: [ userinfo "@" ] host [ ":" port ], with a non-empty host
// and, when the colon is present, a non-empty port.
func validAuthority(s string) bool {
	hostport := s
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		if !validChars(s[:at], userinfoChars, true) {
			return false
		}
		hostport = s[at+1:]
	}
	var port string
	hasPort := false
	if strings.HasPrefix(hostport, "[") {
		end := strings.IndexByte(hostport, ']')
		if end < 0 {
			return false
		}
		if host := hostport[1:end]; host == "" || !validChars(host, ipLiteralChars, false) {
			return false
		}
		switch rest := hostport[end+1:]; {
		case rest == "":
		case rest[0] == ':':
			port, hasPort = rest[1:], true
		default:
			return false
		}
	} else {
		host := hostport
		if c := strings.LastIndexByte(hostport, ':'); c >= 0 {
			host, port, hasPort = hostport[:c], hostport[c+1:], true
		}
		if host == "" || !validChars(host, regNameChars, true) {
			return false
		}
	}
	return !hasPort || port != "" && validChars(port, digitChars, false)
}

// validURI: an absolute RFC 3986 URI (scheme ":" ...), of URI characters and
// well-formed percent-encodings, with at most one "#", that net/url accepts.
func validURI(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || !validScheme(s[:colon]) || !validChars(s, uriChars, true) || strings.Count(s, "#") > 1 {
		return false
	}
	_, err := url.Parse(s)
	return err == nil
}
