//go:build !amd64 || purego

package input

// Without AVX2 assembly, special bytes are looked for eight bytes at a time only.

// useAVX2 is never set here; the tests set it off to test the other loops where it is.
var useAVX2 = false

func nextSpecial(data []byte, i int) int { return nextSpecialWords(data, i) }

// moveToEscape is never called without AVX2.
func moveToEscape(p *byte, w, r, end int) (nw, nr int) { panic("input: moveToEscape without AVX2") }
