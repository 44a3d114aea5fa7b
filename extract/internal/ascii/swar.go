package ascii

import "math/bits"

// SWAR ("SIMD within a register"): eight bytes of text are tested at once in one uint64, each
// byte's answer in its high bit. The scanners ask about every byte of an article, and words
// and the gaps between them are short enough that a byte at a time spends its time on
// mispredicted loop exits.

const (
	lows   = 0x0101010101010101
	highs  = 0x8080808080808080
	sevens = 0x7f7f7f7f7f7f7f7f
)

// Load8 reads s[i:i+8] as a little-endian word: byte i is the low byte.
func Load8(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check, where a hint on s[i+7] left one per byte
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes has the high bit set in exactly the bytes of x that are zero.
func zeroBytes(x uint64) uint64 {
	return ^(((x & sevens) + sevens) | x | sevens)
}

// inRange has the high bit set in exactly the ASCII bytes of w in lo..hi.
func inRange(w uint64, lo, hi byte) uint64 {
	y := w & sevens // the high bit is tested apart: no carry crosses a byte
	atLeastLo := y + uint64(0x80-lo)*lows
	pastHi := y + uint64(0x80-hi-1)*lows
	return atLeastLo &^ pastHi &^ w & highs
}

// RangeBytes has the high bit set in exactly the ASCII bytes of w in lo..hi.
func RangeBytes(w uint64, lo, hi byte) uint64 { return inRange(w, lo, hi) }

// LetterBytes has the high bit set in exactly the bytes of w that are ASCII letters.
func LetterBytes(w uint64) uint64 { return inRange(w|0x20*lows, 'a', 'z') }

// LetterAndRangeBytes returns LetterBytes(w) and RangeBytes(w, lo, hi) together, sharing the
// work of both: the quantity scanner asks both of every eight bytes of an article.
func LetterAndRangeBytes(w uint64, lo, hi byte) (letters, inLoHi uint64) {
	y := w & sevens
	folded := y | 0x20*lows // upper-case letters lower-cased
	ascii := ^w & highs
	letters = (folded + uint64(0x80-'a')*lows) &^ (folded + uint64(0x80-'z'-1)*lows) & ascii
	inLoHi = (y + uint64(0x80-lo)*lows) &^ (y + uint64(0x80-hi-1)*lows) & ascii
	return letters, inLoHi
}

// NonASCIIBytes has the high bit set in exactly the bytes of w that are not ASCII.
func NonASCIIBytes(w uint64) uint64 { return w & highs }

// FirstByte returns the index of the lowest byte whose high bit is set in m, which is not 0.
func FirstByte(m uint64) int { return bits.TrailingZeros64(m) / 8 }
