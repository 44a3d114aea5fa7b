//go:build !purego

package input

import "golang.org/x/sys/cpu"

// useAVX2 chooses the AVX2 loops of checkString (jsonbytes.PassEscapes) and unescapeInPlace; the tests turn it off to
// test the others.
var useAVX2 = cpu.X86.HasAVX2

// unescapeRuns decodes the checked string body of the data at p from r on, an escape or a
// run of text, writing it back from w (w <= r), up to a \u escape or until fewer than 32
// bytes are left before end, and returns where it stopped writing and reading. Runs are moved
// 32 bytes at a time with AVX2, and the escapes of two bytes decoded on the way.
//
//go:noescape
func unescapeRuns(p *byte, w, r, end int) (nw, nr int)
