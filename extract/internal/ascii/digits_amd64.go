//go:build !purego

package ascii

// Digits64 is the digits mask of Classes64 alone: bit k when s[i+k] is an ASCII
// digit, bytes past the end of s counting as none. A search for a row of digits needs no
// other class.
//
// This is the assembly version: with AVX2 and 64 bytes from i, two range compares; else it
// goes to digits64Classes.
//
//go:noescape
func Digits64(s string, i int) uint64
