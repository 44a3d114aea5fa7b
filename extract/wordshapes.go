package extract

// wordShapes is a filter in front of a set of words: for each first and second byte that some
// word of the set has, one bit for each length and one for each last byte those words have
// (bytes by their low five bits, so that it is blind to the case of letters). It turns away,
// for one array read, most words that are not in the set, before a map would hash them; true is
// only a maybe.
type wordShapes [32][32]uint64

func (f *wordShapes) add(w string) {
	if w != "" {
		a, b := shapeOf(w)
		f[a][b] |= shapeBits(w)
	}
}

func (f *wordShapes) mayHold(w string) bool {
	if w == "" {
		return false
	}
	a, b := shapeOf(w)
	want := shapeBits(w)
	return f[a][b]&want == want
}

func shapeOf(w string) (first, second byte) {
	first = w[0] & 31
	if len(w) > 1 {
		second = w[1] & 31
	}
	return first, second
}

// shapeBits has the bit of w's length (0-31, longer words share 31) and that of its last byte.
func shapeBits(w string) uint64 {
	return 1<<min(len(w), 31) | 1<<(32+w[len(w)-1]&31)
}
