//go:build !purego

package ascii

import "unsafe"

// classes64 is Classes64 with SSE2 (which every amd64 has): sixteen bytes a compare.
func classes64(s string, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	return classes64SSE2(unsafe.StringData(s), uint64(lo-1)*lows, uint64(hi+1)*lows)
}

// classes64SSE2 reads the 64 bytes at p; below and above hold lo-1 and hi+1 in every byte.
//
//go:noescape
func classes64SSE2(p *byte, below, above uint64) (letters, digits, inLoHi, high uint64)
