//go:build !purego

package ascii

import "unsafe"

// classes64 is Classes64 of the 64 bytes at p: with AVX2 where the machine has it, thirty-two
// bytes a compare, else with SSE2 (which every amd64 has), sixteen.
//
//go:noescape
func classes64(p *byte, lo, hi byte) (letters, digits, inLoHi, high uint64)

// useAVX2 chooses the AVX2 version of classes64; the tests turn it off to test the other.
var useAVX2 = cpuHasAVX2()

// cpuHasAVX2 reports AVX2 in the processor and the YMM registers saved by the system.
func cpuHasAVX2() bool

// classes64Triples is Classes64Triples of the 66 bytes at p: with AVX2 where the machine has
// it, else classes64 and the triples in Go (looking letters up sixteen at a time takes SSSE3).
//
//go:noescape
func classes64Triples(p *byte, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64)

// classes64TriplesNoAVX2 is classes64Triples on a machine without AVX2.
func classes64TriplesNoAVX2(p *byte, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	letters, digits, inLoHi, high = classes64(p, lo, hi)
	return letters, digits, inLoHi, high, triplesGeneric(unsafe.String(p, 64+2), t)
}
