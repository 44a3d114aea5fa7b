package ascii

// IndexPairs returns the first i at which s holds the pair of bytes a, b or the pair c, d
// (s[i] == a && s[i+1] == b, or likewise c, d), or -1. A search for a rare pair of letters
// within a word turns away almost every place of a text at once, where a search for a word
// stops at each of its first letters.
func IndexPairs(s string, a, b, c, d byte) int {
	i := 0
	if n := vectorPairBlocks(len(s)); n > 0 {
		if at := indexPairsBlocks(s, n, a, b, c, d); at >= 0 {
			return at
		}
		i = n * pairBlock
	}
	if at := indexPairsGeneric(s[i:], a, b, c, d); at >= 0 {
		return i + at
	}
	return -1
}

// indexPairsGeneric is IndexPairs eight bytes at a time: the bytes and the bytes after them,
// as two words, with the last byte or eight read one at a time.
func indexPairsGeneric(s string, a, b, c, d byte) int {
	i := 0
	for ; i+9 <= len(s); i += 8 {
		x, next := Load8(s, i), Load8(s, i+1)
		m := zeroBytes(x^uint64(a)*lows)&zeroBytes(next^uint64(b)*lows) | zeroBytes(x^uint64(c)*lows)&zeroBytes(next^uint64(d)*lows)
		if m != 0 {
			return i + FirstByte(m)
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == a && s[i+1] == b || s[i] == c && s[i+1] == d {
			return i
		}
	}
	return -1
}
