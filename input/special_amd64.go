//go:build !purego

package input

import "golang.org/x/sys/cpu"

// useAVX2 chooses the AVX2 loop of nextSpecial; the tests turn it off to test the other.
var useAVX2 = cpu.X86.HasAVX2

// specialBlocks returns how many blocks of 32 bytes the AVX2 loop reads of n bytes (0 without
// AVX2, or for fewer than two blocks, which the words read as fast).
func specialBlocks(n int) int {
	if !useAVX2 || n < 64 {
		return 0
	}
	return n / 32
}

// nextSpecial32 returns the index of the first special byte in n blocks of 32 bytes at p, or
// -1.
//
//go:noescape
func nextSpecial32(p *byte, n int) int

func nextSpecialBlocks(data []byte, n int) int { return nextSpecial32(&data[0], n) }
