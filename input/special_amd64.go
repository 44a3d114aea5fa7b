//go:build !purego

package input

import "golang.org/x/sys/cpu"

// useAVX2 chooses the AVX2 loops of nextSpecial and unescapeInPlace; the tests turn it off to
// test the others.
var useAVX2 = cpu.X86.HasAVX2

// nextSpecial returns the index of the first special byte of data from i on, or len(data)
// when there is none.
func nextSpecial(data []byte, i int) int {
	if useAVX2 && len(data)-i >= 32 {
		return i + nextSpecialAVX2(&data[i], len(data)-i)
	}
	return nextSpecialWords(data, i)
}

// nextSpecialAVX2 returns the index of the first special byte of the n bytes at p, n >= 32,
// or n when there is none; it reads 32 bytes at a time, the last 32 over those before.
//
//go:noescape
func nextSpecialAVX2(p *byte, n int) int

// moveToEscape moves the bytes of the data at p from r on back to w (w <= r), 32 at a time
// with AVX2, up to a backslash or until fewer than 32 bytes are left before end, and returns
// where it stopped writing and reading: what unescapeInPlace does between two escapes, without
// a search and a copy apart.
//
//go:noescape
func moveToEscape(p *byte, w, r, end int) (nw, nr int)
