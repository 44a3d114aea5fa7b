package extract

// wordShapes is a filter in front of a set of words: one bit for each first byte, second
// byte and length that some word of the set has (bytes by their low five bits, so that it is
// blind to the case of letters). It turns away, for one array read, most words that are not in
// the set, before a map would hash them; true is only a maybe.
type wordShapes [32][32]uint32

func (f *wordShapes) add(w string) {
	if w != "" {
		a, b, n := shapeOf(w)
		f[a][b] |= 1 << n
	}
}

func (f *wordShapes) mayHold(w string) bool {
	if w == "" {
		return false
	}
	a, b, n := shapeOf(w)
	return f[a][b]&(1<<n) != 0
}

func shapeOf(w string) (first, second byte, length uint) {
	first = w[0] & 31
	if len(w) > 1 {
		second = w[1] & 31
	}
	return first, second, uint(min(len(w), 31))
}
