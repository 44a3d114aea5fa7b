package ascii

// triggers256Go is Triggers256 in Go: the version of the last blocks of a text (fewer than
// 258 bytes from i) and of machines without AVX2, and the reference the assembly is tested
// against. A block that lies wholly past the end of s has no triggers.
func triggers256Go(s string, i int, lo, hi byte, t *Triples, after uint64, out *[4]uint64) {
	for k := range out {
		block := i + 64*k
		if block >= len(s) {
			out[k] = 0
			continue
		}
		letters, digits, inLoHi, high, triples := Classes64Triples(s, block, lo, hi, t)
		starts := triples &^ ((letters|digits)<<1 | after)
		marks := digits | inLoHi&(inLoHi>>1|1<<63)
		out[k] = starts | marks | high
		after = (letters | digits) >> 63 // the last byte's, for the next block's first
	}
}
