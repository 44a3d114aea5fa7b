//go:build !amd64 || purego

package ascii

// Digits64 is the digits mask of Classes64 alone: bit k when s[i+k] is an ASCII
// digit, bytes past the end of s counting as none. A search for a row of digits needs no
// other class.
func Digits64(s string, i int) uint64 { return digits64Classes(s, i) }
