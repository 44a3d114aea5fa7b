//go:build !amd64 || purego

package ascii

// Without AVX2 assembly, the stops are looked for eight bytes at a time only.

// NextStop returns the index of the first sentence stop in s[from:to], or to when there is none.
func NextStop(s string, from, to int) int { return nextStopWords(s, from, to) }

// LastStop returns the index of the last sentence stop in s[from:to], or from-1 when there is
// none.
func LastStop(s string, from, to int) int { return lastStopWords(s, from, to) }
