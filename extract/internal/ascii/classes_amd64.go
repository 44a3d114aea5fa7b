//go:build !purego

package ascii

// classes64 is Classes64 of the 64 bytes at p, with SSE2 (which every amd64 has): sixteen bytes
// a compare.
//
//go:noescape
func classes64(p *byte, lo, hi byte) (letters, digits, inLoHi, high uint64)
