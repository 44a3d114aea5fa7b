package ascii

// BlockClasses holds the five masks Classes64Triples returns of a block of 64 bytes.
type BlockClasses struct {
	Letters, Digits, InLoHi, High, Triples uint64
}

// classes256TriplesGo is Classes256Triples in Go: the version of the last blocks of a text
// (fewer than 258 bytes from i) and of machines without AVX2, and the reference the assembly
// is tested against. A block that lies wholly past the end of s is all spaces.
func classes256TriplesGo(s string, i int, lo, hi byte, t *Triples, c *[4]BlockClasses) {
	for k := range c {
		if block := i + 64*k; block < len(s) {
			b := &c[k]
			b.Letters, b.Digits, b.InLoHi, b.High, b.Triples = Classes64Triples(s, block, lo, hi, t)
		} else {
			c[k] = BlockClasses{}
		}
	}
}
