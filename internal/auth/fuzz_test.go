package auth

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/golang-jwt/jwt/v5"
)

// FuzzVerifyMutation: a token the issuer made verifies; the same token with any one byte replaced, inserted
// or deleted does not. Tokens are compact and their base64url is read strictly, so no two strings carry the
// same signed content: there are no "padding bits" or ignored characters a mutation could hide in.
func FuzzVerifyMutation(f *testing.F) {
	issuer := newTestIssuer(f, t0)
	var tokens []string
	for _, m := range []jwt.MapClaims{
		validMap(),
		mapWith(func(m jwt.MapClaims) {
			m["role"], m["sub"], m["scopes"], m["campaigns"] = "platform", "plt_1", []string{ScopeAwardsWrite}, []string{AnyCampaign}
		}),
		mapWith(func(m jwt.MapClaims) { m["role"], m["sub"] = "admin", "admin" }),
	} {
		tok := sign(f, jwt.SigningMethodHS256, m, []byte(testSecret))
		if _, err := issuer.Verify(tok); err != nil {
			f.Fatalf("unmutated token refused: %v", err)
		}
		tokens = append(tokens, tok)
	}
	const (
		opReplace = iota
		opInsert
		opDelete
		ops
	)
	sigStart := strings.LastIndexByte(tokens[0], '.') + 1
	for _, s := range []struct {
		op  uint8
		pos uint16
		b   byte
	}{
		{opReplace, 0, 'f'}, {opReplace, uint16(sigStart - 1), 'x'}, {opDelete, uint16(sigStart - 1), 0},
		{opReplace, uint16(len(tokens[0]) - 1), 'A'}, {opReplace, uint16(len(tokens[0]) - 1), 'B'}, // last signature char: its low 2 bits are padding
		{opInsert, uint16(len(tokens[0])), '='}, {opInsert, uint16(sigStart), '\n'}, {opInsert, uint16(sigStart + 5), '\r'},
		{opInsert, 0, ' '}, {opInsert, uint16(len(tokens[0])), '.'}, {opDelete, uint16(len(tokens[0]) - 1), 0},
		{opReplace, 10, '+'}, {opReplace, 10, '/'},
	} {
		f.Add(uint8(0), s.op, s.pos, s.b)
	}
	f.Fuzz(func(t *testing.T, which, op uint8, pos uint16, b byte) {
		tok := tokens[int(which)%len(tokens)]
		var mutated string
		switch op % ops {
		case opReplace:
			i := int(pos) % len(tok)
			if tok[i] == b {
				return // not a mutation
			}
			mutated = tok[:i] + string([]byte{b}) + tok[i+1:]
		case opInsert:
			i := int(pos) % (len(tok) + 1)
			mutated = tok[:i] + string([]byte{b}) + tok[i:]
		case opDelete:
			i := int(pos) % len(tok)
			mutated = tok[:i] + tok[i+1:]
		}
		c, err := issuer.Verify(mutated)
		if err == nil {
			t.Fatalf("a mutated token verifies: %q (from %q) → %+v", mutated, tok, c)
		}
		if c != nil || !errors.Is(err, ErrInvalidToken) {
			t.Fatalf("Verify(mutated) = %v, %v; want ErrInvalidToken", c, err)
		}
	})
}

// timeLines are the fields String re-renders (as few fractional digits as needed, the offset kept).
var timeLines = []string{"Issued At: ", "Expiration Time: ", "Not Before: "}

// FuzzSIWEText: a message ParseMessage accepts renders (String) to the very text it was parsed from, line
// for line, except time lines, which keep their instant; Verify against what the message names returns nil
// only for a signature that recovers the message's address, and otherwise an error wrapping exactly one
// sentinel.
func FuzzSIWEText(f *testing.F) {
	fx := loadSIWEFixtures(f)
	for _, v := range fx.Valid {
		f.Add(v.Message, []byte(v.Signature))
	}
	for _, v := range fx.Invalid {
		f.Add(v.Message, []byte(v.Signature))
	}
	m, sig := signedMessage(f, hardhatKey0, func(m *Message) {
		m.Scheme, m.RequestID, m.Resources = "https", "req-1", []string{"ipfs://bafy", "https://tribe.example/x?y=1#z"}
		m.NotBefore = ptr(t0.Add(-time.Second))
	})
	f.Add(m.raw, sig)
	f.Add(strings.Replace(m.raw, "Z\n", ".100000000+01:00\n", 1), sig)
	f.Add(baseText, bytes.Repeat([]byte{1}, SIWESignatureLength))
	f.Fuzz(func(t *testing.T, s string, sig []byte) {
		m, err := ParseMessage(s)
		if err != nil {
			return // FuzzParseMessage holds the refusals
		}
		in, out := strings.Split(s, "\n"), strings.Split(m.String(), "\n")
		if len(in) != len(out) {
			t.Fatalf("String() has %d lines, the text %d:\n%q\n%q", len(out), len(in), s, m.String())
		}
		for i := range in {
			if in[i] == out[i] {
				continue
			}
			ok := false
			for _, p := range timeLines {
				a, aok := strings.CutPrefix(in[i], p)
				b, bok := strings.CutPrefix(out[i], p)
				if aok && bok {
					ta, errA := time.Parse(time.RFC3339Nano, a)
					tb, errB := time.Parse(time.RFC3339Nano, b)
					ok = errA == nil && errB == nil && ta.Equal(tb)
				}
			}
			if !ok {
				t.Fatalf("line %d re-rendered as %q, was %q", i+1, out[i], in[i])
			}
		}

		e := Expect{Domain: m.Domain, URI: m.URI, ChainID: max(m.ChainID, 1), Now: m.IssuedAt}
		err = m.Verify(sig, e)
		if err == nil {
			// Independent check: personal_sign recovery by go-ethereum.
			if len(sig) != SIWESignatureLength {
				t.Fatalf("Verify accepted a %d-byte signature", len(sig))
			}
			norm := bytes.Clone(sig)
			if norm[64] >= 27 {
				norm[64] -= 27
			}
			pub, rerr := crypto.SigToPub(accounts.TextHash([]byte(s)), norm)
			if rerr != nil || crypto.PubkeyToAddress(*pub) != m.Address {
				t.Fatalf("Verify accepted a signature that does not recover %s (%v)", m.Address.Hex(), rerr)
			}
			return
		}
		n := 0
		for _, target := range siweErrors {
			if errors.Is(err, target) {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("Verify error %q wraps %d sentinels, want exactly 1", err, n)
		}
	})
}
