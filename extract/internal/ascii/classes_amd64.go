//go:build !purego

package ascii

// classes64 is Classes64 of the 64 bytes at p: with AVX2 where the machine has it, thirty-two
// bytes a compare, else with SSE2 (which every amd64 has), sixteen.
//
//go:noescape
func classes64(p *byte, lo, hi byte) (letters, digits, inLoHi, high uint64)

// useAVX2 chooses the AVX2 version of classes64; the tests turn it off to test the other.
var useAVX2 = cpuHasAVX2()

// cpuHasAVX2 reports AVX2 in the processor and the YMM registers saved by the system.
func cpuHasAVX2() bool
