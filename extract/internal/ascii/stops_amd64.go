//go:build !purego

package ascii

// NextStop returns the index of the first sentence stop in s[from:to], or to when there is none.
//
// This is the assembly version: with AVX2, in a text of 32 bytes or more (the blocks a span is
// read in lie within the text), it searches 32 bytes a compare; else it goes to nextStopWords.
//
//go:noescape
func NextStop(s string, from, to int) int

// LastStop returns the index of the last sentence stop in s[from:to], or from-1 when there is
// none. It is the assembly version, as NextStop.
//
//go:noescape
func LastStop(s string, from, to int) int
