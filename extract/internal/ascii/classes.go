package ascii

import (
	"math/bits"
	"unsafe"
)

// Classes64 sorts the 64 bytes of s from i into four bit masks, bit k for byte i+k: the ASCII
// letters, the digits, the ASCII bytes in lo..hi, and the bytes that are not ASCII. The scanners'
// skips ask this of every byte of an article; a mask of bits, one per byte, lets them find
// word starts with shifts of one register and the next one with a single TrailingZeros64.
// lo must be at least 1 and hi at most 0x7E. s[i:i+64] must be in range.
func Classes64(s string, i int, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	s = s[i : i+64]
	return classes64(s, lo, hi)
}

// Classes64Tail is Classes64 for the last block of s, from i, shorter than 64 bytes: the
// bytes past the end of s count as spaces, which are none of the classes.
func Classes64Tail(s string, i int, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	block := [64]byte{}
	n := copy(block[:], s[i:])
	for k := n; k < len(block); k++ {
		block[k] = ' '
	}
	return classes64(unsafe.String(&block[0], len(block)), lo, hi)
}

// classes64Generic is Classes64 in plain Go, eight bytes at a time: the reference the fast
// version is tested against, and the version of the machines without one.
func classes64Generic(s string, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	for k := 0; k < 64; k += 8 {
		w := Load8(s, k)
		l, r := LetterAndRangeBytes(w, lo, hi)
		letters |= packHighBits(l) << k
		digits |= packHighBits(RangeBytes(w, '0', '9')) << k
		inLoHi |= packHighBits(r) << k
		high |= packHighBits(NonASCIIBytes(w)) << k
	}
	return letters, digits, inLoHi, high
}

// packHighBits gathers the high bit of each byte of m (its only bits) into the low eight bits,
// byte k's into bit k: the multiplication adds each bit, shifted into its place, to the top
// byte, and no two sums overlap.
func packHighBits(m uint64) uint64 {
	return (m >> 7) * 0x0102040810204080 >> 56
}

// FirstBit is bits.TrailingZeros64 for the masks of Classes64.
func FirstBit(m uint64) int { return bits.TrailingZeros64(m) }
