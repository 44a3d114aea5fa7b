//go:build !amd64 || purego

package input

// Without AVX2 assembly, special bytes are looked for eight bytes at a time, and escapes
// decoded one at a time, in Go.

// useAVX2 is never set here; the tests set it off to test the other loops where it is.
var useAVX2 = false

// unescapeRuns is never called without AVX2.
func unescapeRuns(p *byte, w, r, end int) (nw, nr int) {
	panic("input: unescapeRuns without AVX2")
}
