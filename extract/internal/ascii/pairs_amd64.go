//go:build !purego

package ascii

import "unsafe"

// pairBlock is the bytes the AVX2 loop tests at a time.
const pairBlock = 32

// vectorPairBlocks returns how many blocks of pairBlock pair starts the AVX2 loop tests in a
// text of n bytes (0 without AVX2): each block reads the byte after it too.
func vectorPairBlocks(n int) int {
	if !useAVX2 || n <= pairBlock {
		return 0
	}
	return (n - 1) / pairBlock
}

// indexPairsBlocks is IndexPairs over the first n blocks of pair starts of s.
func indexPairsBlocks(s string, n int, a, b, c, d byte) int {
	return indexPairs32(unsafe.StringData(s), n, a, b, c, d)
}

// indexPairs32 tests n blocks of 32 pair starts at p, reading 32*n+1 bytes.
//
//go:noescape
func indexPairs32(p *byte, n int, a, b, c, d byte) int
