package rewards

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// refAmount is an independent reading of the amount grammar: "0" or a non-zero digit followed by digits,
// read by math/big, below 2^256.
func refAmount(s string) (*big.Int, bool) {
	if s == "" {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, false
		}
	}
	if s[0] == '0' && s != "0" {
		return nil, false
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.Cmp(new(big.Int).Lsh(big.NewInt(1), 256)) >= 0 {
		return nil, false
	}
	return v, true
}

var amountSeeds = []string{
	"0", "1", "42", "00", "01", "-1", "+1", "-0", " 1", "1 ", "1.5", "1.0", "1e18", "1E18", "0x10", "0b1", "0o7",
	"1_000", "", "٣", "１", "\x00", "12345678901234567890",
	"115792089237316195423570985008687907853269984665640564039457584007913129639935",  // 2^256-1
	"115792089237316195423570985008687907853269984665640564039457584007913129639936",  // 2^256
	"999999999999999999999999999999999999999999999999999999999999999999999999999999",  // 78 nines
	"1157920892373161954235709850086879078532699846656405640394575840079131296399350", // 79 digits
}

// FuzzParseAmount: ParseAmount accepts exactly the canonical decimals of [0, 2^256), returns their value, and
// String gives the input back; anything else is ErrAmount. Amount.UnmarshalJSON, given the input as a JSON
// document, accepts exactly a JSON string holding such a decimal (after unescaping), re-marshals it
// canonically, and leaves the Amount untouched when it refuses.
func FuzzParseAmount(f *testing.F) {
	for _, s := range amountSeeds {
		f.Add(s)
		b, _ := json.Marshal(s)
		f.Add(string(b))
	}
	for _, s := range []string{`5.0`, `null`, `true`, `[]`, `{}`, `"\u0031"`, `"5"x`, `"5`, ` "5" `, `"\u002d1"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParseAmount(t, s)
		checkAmountJSON(t, []byte(s))
	})
}

func checkParseAmount(t *testing.T, s string) {
	t.Helper()
	v, err := ParseAmount(s)
	want, ok := refAmount(s)
	if !ok {
		if err == nil {
			t.Fatalf("ParseAmount(%q) = %s, want an error", s, v)
		}
		if !errors.Is(err, ErrAmount) {
			t.Fatalf("ParseAmount(%q): error %v does not wrap ErrAmount", s, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("ParseAmount(%q): %v, want %s", s, err, want)
	}
	if v.Cmp(want) != 0 || v.Sign() < 0 || v.BitLen() > 256 {
		t.Fatalf("ParseAmount(%q) = %s, want %s", s, v, want)
	}
	a := NewAmount(v)
	if a.String() != s {
		t.Fatalf("Amount(%q).String() = %q", s, a.String())
	}
	v.SetInt64(-7) // the Amount holds its own copy
	if a.String() != s {
		t.Fatalf("NewAmount kept the caller's big.Int: %q after the caller changed it", a.String())
	}
	b, err := json.Marshal(a)
	if err != nil || string(b) != `"`+s+`"` {
		t.Fatalf("json.Marshal(Amount(%q)) = %s, %v", s, b, err)
	}
}

func checkAmountJSON(t *testing.T, b []byte) {
	t.Helper()
	prior := AmountOf(777)
	a := prior
	err := a.UnmarshalJSON(b)
	var s string
	wantOK := false
	var want *big.Int
	if json.Valid(b) && json.Unmarshal(b, &s) == nil && bytes.TrimSpace(b)[0] == '"' {
		want, wantOK = refAmount(s)
	}
	if !wantOK {
		if err == nil {
			t.Fatalf("UnmarshalJSON(%q) = %s, want an error", b, a)
		}
		if !errors.Is(err, ErrAmount) {
			t.Fatalf("UnmarshalJSON(%q): error %v does not wrap ErrAmount", b, err)
		}
		if a.Cmp(prior) != 0 {
			t.Fatalf("a refused UnmarshalJSON(%q) changed the amount to %s", b, a)
		}
		return
	}
	if err != nil {
		t.Fatalf("UnmarshalJSON(%q): %v, want %s", b, err, want)
	}
	if a.Big().Cmp(want) != 0 {
		t.Fatalf("UnmarshalJSON(%q) = %s, want %s", b, a, want)
	}
	out, err := json.Marshal(a)
	if err != nil || string(out) != `"`+want.String()+`"` {
		t.Fatalf("re-marshal of %q = %s, %v", b, out, err)
	}
}

// refChecksum is EIP-55 written from the EIP: hex digit i of the lower-case address is upper-cased when
// nibble i of keccak256(lower-case hex) is 8 or more.
func refChecksum(lowerHex string) string {
	h := crypto.Keccak256([]byte(lowerHex))
	out := []byte(lowerHex)
	for i, c := range out {
		nibble := h[i/2] >> 4
		if i%2 == 1 {
			nibble = h[i/2] & 0xf
		}
		if c >= 'a' && c <= 'f' && nibble >= 8 {
			out[i] = c - 'a' + 'A'
		}
	}
	return "0x" + string(out)
}

// refAddress reads the documented address grammar: 0x (or 0X) and 40 hex digits, in any single case, or in
// mixed case only when it is the EIP-55 checksum. It returns the checksummed form and whether it failed on the
// checksum alone.
func refAddress(s string) (checksummed string, ok, checksumOnly bool) {
	if len(s) != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return "", false, false
	}
	hexPart := s[2:]
	hasLower, hasUpper := false, false
	for i := 0; i < len(hexPart); i++ {
		c := hexPart[i]
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f':
			hasLower = true
		case c >= 'A' && c <= 'F':
			hasUpper = true
		default:
			return "", false, false
		}
	}
	sum := refChecksum(strings.ToLower(hexPart))
	if hasLower && hasUpper && sum[2:] != hexPart {
		return "", false, true
	}
	return sum, true, false
}

// FuzzParseAddress: ParseAddress and Address.UnmarshalJSON accept exactly the documented grammar, return the
// address whose EIP-55 form is the reference checksum, and refuse everything else with ErrAddress (ErrChecksum
// for a mixed-case typo), leaving the Address untouched.
func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", // EIP-55 test vectors
		"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
		"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
		"0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED",
		"0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", // one letter's case flipped
		"0x0000000000000000000000000000000000000000",
		"0x1234567890123456789012345678901234567890",
		"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
		"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
		"0x 5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
		"", "0x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, wantOK, checksumOnly := refAddress(s)
		a, err := ParseAddress(s)
		if !wantOK {
			switch {
			case err == nil:
				t.Fatalf("ParseAddress(%q) = %s, want an error", s, a.Hex())
			case checksumOnly && !errors.Is(err, ErrChecksum):
				t.Fatalf("ParseAddress(%q): %v, want ErrChecksum", s, err)
			case !checksumOnly && !errors.Is(err, ErrAddress):
				t.Fatalf("ParseAddress(%q): %v, want ErrAddress", s, err)
			}
		} else {
			if err != nil {
				t.Fatalf("ParseAddress(%q): %v, want %s", s, err, want)
			}
			if Address(a).String() != want {
				t.Fatalf("ParseAddress(%q) = %s, want %s", s, Address(a), want)
			}
			if b, err := ParseAddress(want); err != nil || b != a {
				t.Fatalf("the checksummed form %s does not parse back: %s, %v", want, b.Hex(), err)
			}
			if b, err := ParseAddress("0x" + strings.ToLower(s[2:])); err != nil || b != a {
				t.Fatalf("the lower-case form of %q does not parse to the same address: %s, %v", s, b.Hex(), err)
			}
		}

		// The JSON form: the string in quotes behaves the same; the Address is untouched on error.
		quoted, _ := json.Marshal(s)
		prior := Address{0xAA}
		got := prior
		err = json.Unmarshal(quoted, &got)
		if wantOK != (err == nil) {
			t.Fatalf("json.Unmarshal(%s): %v, want ok=%v", quoted, err, wantOK)
		}
		if !wantOK {
			if got != prior {
				t.Fatalf("a refused json.Unmarshal(%s) changed the address to %s", quoted, got)
			}
			return
		}
		out, err := json.Marshal(got)
		if err != nil || string(out) != `"`+want+`"` {
			t.Fatalf("json.Marshal(%s) = %s, %v, want %q", quoted, out, err, want)
		}
	})
}
