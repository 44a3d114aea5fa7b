//go:build !purego

package ascii

// Classes256Triples is Classes64Triples of the four blocks of 64 bytes from i, block k's masks
// into c[k]: a scanner that reads every byte of a text calls it once for four blocks, and the
// set-up of the call and of the tables, a third of a block's cost, is paid once. Bytes past
// the end of s count as spaces, as in Classes64Triples.
//
// This is the assembly version (fewer than 258 bytes from i, or a machine without AVX2, go
// to classes256TriplesGo).
//
//go:noescape
func Classes256Triples(s string, i int, lo, hi byte, t *Triples, c *[4]BlockClasses)
