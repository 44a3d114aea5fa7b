//go:build !purego

package ascii

import "unsafe"

// stopBlocks returns how many blocks of 32 bytes the AVX2 loops read of n bytes (0 without
// AVX2, or for fewer than two blocks, which the words read as fast).
func stopBlocks(n int) int {
	if !useAVX2 || n < 64 {
		return 0
	}
	return n / 32
}

// nextStop32 returns the index of the first stop in n blocks of 32 bytes at p, or -1.
//
//go:noescape
func nextStop32(p *byte, n int) int

// lastStop32 returns the index of the last stop in n blocks of 32 bytes at p, or -1.
//
//go:noescape
func lastStop32(p *byte, n int) int

func nextStopBlocks(s string, n int) int { return nextStop32(unsafe.StringData(s), n) }

func lastStopBlocks(s string, n int) int { return lastStop32(unsafe.StringData(s), n) }
