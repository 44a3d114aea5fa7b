package ascii

import (
	"math/bits"
	"unsafe"
)

// classes64Tail is Classes64 of a last block, shorter than 64 bytes, copied over spaces. Every
// sentence's last block is one, for the skips that stop at its end.
func classes64Tail(s string, i int, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	block := spaces64 // (a copy of 64 bytes, where a loop padded byte by byte)
	copy(block[:], s[i:])
	return Classes64(unsafe.String(&block[0], len(block)), 0, lo, hi)
}

// spaces64 is the padding of a last block.
var spaces64 = func() (b [64]byte) {
	for k := range b {
		b[k] = ' '
	}
	return b
}()

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

// BlockSkip finds the next marked byte of a text read in blocks of 64 bytes from its start,
// each block marked, a bit per byte, by a function of the caller's. It keeps the marks of the
// last block it read: a scanner asks again from each mark it has handled, most often in the
// same block. The zero value holds no block; a BlockSkip serves one text.
type BlockSkip struct {
	marks uint64
	end   int // the end of the block whose marks are held, or 0
}

// Next returns the first marked byte of text at or after i, or len(text) when there is none;
// mark(text, block) marks text[block:block+64], or the part of it the text holds.
func (b *BlockSkip) Next(text string, i int, mark func(text string, block int) uint64) int {
	// The first round reads the marks held when they are i's block's: the scanners call
	// Next when Held has failed, and asking Held again here cost each call a dozen
	// instructions.
	for block := i &^ 63; block < len(text); block += 64 {
		if b.end != block+64 {
			b.marks, b.end = mark(text, block), block+64
		}
		if m := b.marks >> (i & 63); m != 0 {
			return i + bits.TrailingZeros64(m)
		}
		i = block + 64
	}
	return len(text)
}

// Held returns the first marked byte at or after i, and true, when the marks held are those
// of i's block and one lies there (most asks); else false. It is Next's first round alone,
// small enough for the compiler to inline where Next, which holds a call, is not: the
// scanners ask it first and call Next only when it fails.
func (b *BlockSkip) Held(i int) (int, bool) {
	if m := b.marks >> (i & 63); m != 0 && b.end == i|63+1 {
		return i + bits.TrailingZeros64(m), true
	}
	return 0, false
}
