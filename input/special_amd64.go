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

// moveToEscape moves the bytes of the data at p from r on back to w (w <= r), 32 at a time
// with AVX2, up to a backslash or until fewer than 32 bytes are left before end, and returns
// where it stopped writing and reading: what unescapeInPlace does between two escapes, without
// a search and a copy apart.
//
//go:noescape
func moveToEscape(p *byte, w, r, end int) (nw, nr int)

// moveRunBlocks is moveToEscape over data, where the machine has AVX2; else it moves nothing.
func moveRunBlocks(data []byte, w, r int) (int, int) {
	if !useAVX2 || len(data)-r < 32 {
		return w, r
	}
	return moveToEscape(&data[0], w, r, len(data))
}
