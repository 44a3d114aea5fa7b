// Package jsonbytes finds the bytes of a JSON string that do not stand for themselves: a
// quote, a backslash, a control byte (below 0x20) and any byte beyond ASCII. Between two of
// them lies plain ASCII that a JSON string holds as it is, which reading and writing JSON
// both pass over whole: the input's decoder in an article's text, the reports' JSON writer in
// the fields of a row. The special bytes are looked for 32 bytes at a time with AVX2 where
// the processor has it, and eight bytes at a time, in a word, elsewhere and in the last
// bytes.
package jsonbytes

import (
	"math/bits"
	"unsafe"
)

// IsSpecial reports a byte that a JSON string does not hold as it is.
func IsSpecial(c byte) bool {
	return c == '"' || c == '\\' || c < 0x20 || c >= 0x80
}

// Specials sets the top bit of the lowest special byte of x, the first of the eight in memory
// (x read little-endian), if there is one; bytes above it may have it set too, but none below
// it. Each term is the classic test for a byte below a bound (a byte equal to c is a zero
// byte of x xor c): subtracting sets the top bit of a byte below the bound, or of one that a
// byte below it borrowed from, which needs such a byte first. A byte beyond ASCII has the top
// bit already, and keeps it in x xor a quote and in x xor a backslash; subtracting one clears
// it in at most one of them (where that xor is 0x80).
func Specials(x uint64) uint64 {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	return ((x - ones*0x20) | ((x ^ ones*'"') - ones) | ((x ^ ones*'\\') - ones)) & tops
}

// Next returns the index of the first special byte of s from i on, or len(s) when there is
// none.
func Next(s string, i int) int {
	if useAVX2 && len(s)-i >= 32 {
		i += plainRun(unsafe.StringData(s[i:]), len(s)-i)
	}
	for ; i+8 <= len(s); i += 8 {
		if m := Specials(word(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if IsSpecial(s[i]) {
			return i
		}
	}
	return len(s)
}

// NextIn is Next in a slice of bytes, which it only reads.
func NextIn(b []byte, i int) int {
	return Next(unsafe.String(unsafe.SliceData(b), len(b)), i)
}

// word is the eight bytes of s from i, little-endian, read in one load.
func word(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
