//go:build !purego

package ascii

// Classes64 sorts the 64 bytes of s from i into four bit masks, bit k for byte i+k: the ASCII
// letters, the digits, the ASCII bytes in lo..hi, and the bytes that are not ASCII. Bytes past
// the end of s count as spaces, which are none of these. The scanners' skips ask this of every
// byte of an article; a mask of bits, one per byte, lets them find word starts with shifts of
// one register and the next one with a single TrailingZeros64. lo and hi must be in 1..0x7E.
//
// This is the assembly version (a last block of fewer than 64 bytes goes to classes64Tail):
// with AVX2 where the machine has it, thirty-two bytes a compare, else with SSE2 (which every
// amd64 has), sixteen. Callers call it, in any package, with no Go function between.
//
//go:noescape
func Classes64(s string, i int, lo, hi byte) (letters, digits, inLoHi, high uint64)

// useAVX2 chooses the AVX2 versions of Classes64 and Classes64Triples; the tests turn it off
// to test the others.
var useAVX2 = cpuHasAVX2()

// cpuHasAVX2 reports AVX2 in the processor and the YMM registers saved by the system.
func cpuHasAVX2() bool

// Classes64Triples is Classes64 with a fifth mask: bit k when the three bytes from i+k are
// letters in t. It reads two bytes past the block for the last two; bytes past the end of s
// count as spaces, as in Classes64. A scanner that skips to the words that may begin one of a
// set finds them so with no loop over the words of the block.
//
// This is the assembly version (fewer than 66 bytes from i go to classes64TriplesTail): with
// AVX2 where the machine has it, else Classes64 and the triples in Go (looking letters up
// sixteen at a time takes SSSE3).
//
//go:noescape
func Classes64Triples(s string, i int, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64)

// classes64TriplesNoAVX2 is Classes64Triples on a machine without AVX2.
func classes64TriplesNoAVX2(s string, i int, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	letters, digits, inLoHi, high = Classes64(s, i, lo, hi)
	return letters, digits, inLoHi, high, triplesGeneric(s[i:i+64+2], t)
}
