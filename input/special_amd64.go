//go:build !purego

package input

import "golang.org/x/sys/cpu"

// useAVX2 chooses the AVX2 loops of checkString and unescapeInPlace; the tests turn it off to
// test the others.
var useAVX2 = cpu.X86.HasAVX2

// passPlain returns the index of the first byte of the n bytes at p that is special and not
// part of an escape of two bytes other than \r (which say nothing the checker notes), or
// the index from which fewer than 32 bytes are left. It reads 32 bytes at a time with AVX2:
// a text's runs of plain ASCII and its "\n\n" and "\"" are passed over in one call.
//
//go:noescape
func passPlain(p *byte, n int) int

// unescapeRuns decodes the checked string body of the data at p from r on, an escape or a
// run of text, writing it back from w (w <= r), up to a \u escape or until fewer than 32
// bytes are left before end, and returns where it stopped writing and reading. Runs are moved
// 32 bytes at a time with AVX2, and the escapes of two bytes decoded on the way.
//
//go:noescape
func unescapeRuns(p *byte, w, r, end int) (nw, nr int)
