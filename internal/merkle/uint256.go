package merkle

import (
	"math/bits"
	"strconv"
)

// Allocation-free conversions between 32-byte big-endian uint256 values and
// their decimal / hex text, for the dump's amounts.

// limbs splits a 32-byte big-endian value into 4 uint64 limbs, most
// significant first.
func limbs(a *[32]byte) (l [4]uint64) {
	for i := range l {
		for _, c := range a[8*i : 8*i+8] {
			l[i] = l[i]<<8 | uint64(c)
		}
	}
	return l
}

func putLimbs(a *[32]byte, l [4]uint64) {
	for i := range l {
		v := l[i]
		for j := 8*i + 7; j >= 8*i; j-- {
			a[j] = byte(v)
			v >>= 8
		}
	}
}

const pow10_19 = 10_000_000_000_000_000_000 // largest power of 10 below 2^64

// appendDecimal256 appends a in decimal.
func appendDecimal256(dst []byte, a *[32]byte) []byte {
	l := limbs(a)
	if l[0]|l[1]|l[2] == 0 {
		return strconv.AppendUint(dst, l[3], 10)
	}
	// Peel off 19-digit chunks, least significant first (2^256 < 10^78, so
	// at most 5 chunks).
	var chunks [5]uint64
	nc := 0
	for l[0]|l[1]|l[2]|l[3] != 0 {
		var r uint64
		for i := range l {
			l[i], r = bits.Div64(r, l[i], pow10_19)
		}
		chunks[nc] = r
		nc++
	}
	dst = strconv.AppendUint(dst, chunks[nc-1], 10)
	for k := nc - 2; k >= 0; k-- {
		var digits [19]byte
		v := chunks[k]
		for i := len(digits) - 1; i >= 0; i-- {
			digits[i] = byte('0' + v%10)
			v /= 10
		}
		dst = append(dst, digits[:]...)
	}
	return dst
}

// parseDecimal256 parses a non-empty string of decimal digits (already
// checked) into out; it reports false if the value exceeds 2^256-1.
func parseDecimal256(s []byte, out *[32]byte) bool {
	var l [4]uint64
	for len(s) > 0 {
		k := min(len(s), 19)
		var chunk, mul uint64 = 0, 1
		for _, c := range s[:k] {
			chunk = chunk*10 + uint64(c-'0')
			mul *= 10
		}
		s = s[k:]
		// l = l*mul + chunk
		carry := chunk
		for i := len(l) - 1; i >= 0; i-- {
			hi, lo := bits.Mul64(l[i], mul)
			var c uint64
			l[i], c = bits.Add64(lo, carry, 0)
			carry = hi + c
		}
		if carry != 0 {
			return false
		}
	}
	putLimbs(out, l)
	return true
}

// parseHex256 parses a non-empty string of hex digits (already checked) into
// out; it reports false if the value exceeds 2^256-1.
func parseHex256(s []byte, out *[32]byte) bool {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	if len(s) > 64 {
		return false
	}
	clear(out[:])
	for i := 0; i < len(s); i++ {
		// digit i from the right goes to byte 31-i/2, low nibble for even i
		d := byte(unhex(s[len(s)-1-i]))
		if i%2 == 0 {
			out[31-i/2] |= d
		} else {
			out[31-i/2] |= d << 4
		}
	}
	return true
}
