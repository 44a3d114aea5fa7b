package ascii

import "unsafe"

// Triples is a set of the first three letters of words, ASCII letters of either case, sorted
// into at most eight groups: three letters are in the set when some group has each of them in
// its place in one of its words. A group of "one" and "two" holds "owe" too: the set is a
// filter, read a byte at a time by Classes64Triples with the vector instructions of the
// machine, and its callers read what passes; words that share letters in their places are best
// grouped together, and words that would let common ones through ("the" past "thr" and "ten")
// apart.
type Triples struct {
	// groups[j][h][c&15] holds the bits of the groups with the letter c at place j: h is 0 for
	// a to o, 1 for p to z (the lower-case letter's bit 4). The vector version looks the
	// letters up sixteen at a time, a lookup per half; a to o leave the entry at 0 unset, and
	// p to z those from 11 on.
	groups [3][2][16]byte
}

// NewTriples returns the set of the first three letters of the words of the groups, which must
// be eight or fewer; every word must begin with three ASCII letters.
func NewTriples(groups ...[]string) *Triples {
	if len(groups) > 8 {
		panic("ascii.NewTriples: more than eight groups")
	}
	t := new(Triples)
	for g, words := range groups {
		for _, w := range words {
			if len(w) < 3 || !IsLetter(w[0]) || !IsLetter(w[1]) || !IsLetter(w[2]) {
				panic("ascii.NewTriples: " + w + " does not begin with three letters")
			}
			for j := range 3 {
				c := w[j] | 0x20
				t.groups[j][c>>4&1][c&15] |= 1 << g
			}
		}
	}
	return t
}

// Has reports whether s begins with three ASCII letters that are in t.
func (t *Triples) Has(s string) bool {
	if len(s) < 3 || !IsLetter(s[0]) || !IsLetter(s[1]) || !IsLetter(s[2]) {
		return false
	}
	return t.groupsOf(0, s[0])&t.groupsOf(1, s[1])&t.groupsOf(2, s[2]) != 0
}

// groupsOf returns the bits of the groups that have the letter c at place j.
func (t *Triples) groupsOf(j int, c byte) byte {
	c |= 0x20
	return t.groups[j][c>>4&1][c&15]
}

// classes64TriplesTail is Classes64Triples of a last block, with fewer than 66 bytes from i,
// copied over spaces.
func classes64TriplesTail(s string, i int, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	block := spaces66
	copy(block[:], s[i:])
	return Classes64Triples(unsafe.String(&block[0], len(block)), 0, lo, hi, t)
}

// spaces66 is the padding of a last block and the two bytes after it.
var spaces66 = func() (b [66]byte) {
	for k := range b {
		b[k] = ' '
	}
	return b
}()

// classes64TriplesGeneric is Classes64Triples of the first 66 bytes of s in plain Go: the reference
// the fast version is tested against, and the version of the machines without one.
func classes64TriplesGeneric(s string, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	letters, digits, inLoHi, high = classes64Generic(s, lo, hi)
	return letters, digits, inLoHi, high, triplesGeneric(s, t)
}

// triplesGeneric is Classes64Triples' fifth mask of the 66 bytes of s.
func triplesGeneric(s string, t *Triples) (triples uint64) {
	s = s[:64+2]
	for k := range 64 {
		if t.Has(s[k : k+3]) {
			triples |= 1 << k
		}
	}
	return triples
}
