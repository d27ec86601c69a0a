package rewards

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

var (
	// ErrAmount is returned for an amount that is not a decimal string of a uint256.
	ErrAmount = errors.New("amount must be a decimal string of an integer from 0 to 2^256-1")
	// ErrAddress is returned for a string that is not a 20-byte 0x-hex address.
	ErrAddress = errors.New("address must be 0x followed by 40 hex digits")
	// ErrChecksum is returned for a mixed-case address whose EIP-55 checksum is wrong (likely a typo).
	ErrChecksum = errors.New("address has mixed case but an invalid EIP-55 checksum")
)

// maxUint256 is 2^256 - 1.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// MaxUint256 returns 2^256 - 1.
func MaxUint256() *big.Int { return new(big.Int).Set(maxUint256) }

// ParseAmount parses a base-unit amount: decimal digits only, no sign, no leading zeros (but "0"), at most
// 2^256-1.
func ParseAmount(s string) (*big.Int, error) {
	if s == "" || len(s) > 78 || (len(s) > 1 && s[0] == '0') {
		return nil, ErrAmount
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return nil, ErrAmount
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Cmp(maxUint256) > 0 {
		return nil, ErrAmount
	}
	return v, nil
}

// Amount is a uint256 in base units. In JSON it is a decimal string; a JSON number, a fraction, a sign or a
// value over 2^256-1 is refused. The zero Amount is 0. Amounts are values: methods never modify them.
type Amount struct{ v *big.Int }

// NewAmount returns an Amount holding a copy of x, which must be in [0, 2^256-1].
func NewAmount(x *big.Int) Amount {
	if x == nil {
		return Amount{}
	}
	return Amount{v: new(big.Int).Set(x)}
}

// AmountOf returns the Amount n.
func AmountOf(n uint64) Amount { return Amount{v: new(big.Int).SetUint64(n)} }

// Big returns a copy of the amount as a big.Int.
func (a Amount) Big() *big.Int {
	if a.v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.v)
}

// IsZero reports whether the amount is 0.
func (a Amount) IsZero() bool { return a.v == nil || a.v.Sign() == 0 }

// Cmp compares a and b like big.Int.Cmp.
func (a Amount) Cmp(b Amount) int { return a.Big().Cmp(b.Big()) }

// String is the decimal form.
func (a Amount) String() string {
	if a.v == nil {
		return "0"
	}
	return a.v.String()
}

// MarshalJSON writes the amount as a decimal string.
func (a Amount) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// UnmarshalJSON reads a decimal string (see ParseAmount).
func (a *Amount) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return ErrAmount
	}
	v, err := ParseAmount(s)
	if err != nil {
		return err
	}
	a.v = v
	return nil
}

// ParseAddress parses a 0x-prefixed hex address in any case. A mixed-case address must carry a valid EIP-55
// checksum: a wrong one is almost always a typo, and money sent to a typo is lost.
func ParseAddress(s string) (common.Address, error) {
	if len(s) != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return common.Address{}, ErrAddress
	}
	hex := s[2:]
	lower, upper := true, true
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		switch {
		case c >= '0' && c <= '9':
		case c >= 'a' && c <= 'f':
			upper = false
		case c >= 'A' && c <= 'F':
			lower = false
		default:
			return common.Address{}, ErrAddress
		}
	}
	a := common.HexToAddress(hex)
	if !lower && !upper && a.Hex()[2:] != hex {
		return common.Address{}, ErrChecksum
	}
	return a, nil
}

// Address is an Ethereum address that reads any case (see ParseAddress) and writes EIP-55 checksummed JSON.
type Address common.Address

// MarshalJSON writes the checksummed address.
func (a Address) MarshalJSON() ([]byte, error) { return json.Marshal(common.Address(a).Hex()) }

// UnmarshalJSON reads an address string.
func (a *Address) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return ErrAddress
	}
	v, err := ParseAddress(s)
	if err != nil {
		return err
	}
	*a = Address(v)
	return nil
}

// String is the checksummed address.
func (a Address) String() string { return common.Address(a).Hex() }

// Common returns the go-ethereum address.
func (a Address) Common() common.Address { return common.Address(a) }

func checkName(field, s string) error {
	if s == "" || len(s) > 64 {
		return fmt.Errorf("%s must be 1 to 64 characters", field)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return fmt.Errorf("%s may contain only a-z, 0-9, '_', '-' and '.'", field)
		}
	}
	return nil
}
