//go:build !purego

package ascii

// Triggers256 marks, a bit per byte, what a scanner of numbers must look at in the four
// blocks of 64 bytes from i (block k in out[k]): the digits, the non-ASCII bytes, a byte in
// lo..hi followed by another (the last byte of a block counts as followed by one, so that the
// scanner reads it), and the starts of words whose first three letters t passes (Triples of
// Classes64Triples, at a byte after one that is no ASCII letter or digit; after is 1 when the
// byte before i is one, else 0). Bytes past the end of s count as spaces, as in
// Classes64Triples. It does the work of Classes64Triples for four blocks in one call, whose
// set-up of the tables, a third of a block's cost, is paid once, and combines the classes in
// registers, where the scanner read them back from memory a field at a time.
//
// This is the assembly version (fewer than 258 bytes from i, or a machine without AVX2, go
// to triggers256Go).
//
//go:noescape
func Triggers256(s string, i int, lo, hi byte, t *Triples, after uint64, out *[4]uint64)
