//go:build !amd64 || purego

package jsonbytes

// useAVX2 is never set here; the tests set it off to test the other loop where it is.
var useAVX2 = false

// plainRun and PassEscapes are never called without AVX2.

func plainRun(p *byte, n int) int { panic("jsonbytes: plainRun without AVX2") }

// PassEscapes is the AVX2 loop of the amd64 build, which a caller without AVX2 never calls.
func PassEscapes(p *byte, n int) int { panic("jsonbytes: PassEscapes without AVX2") }
