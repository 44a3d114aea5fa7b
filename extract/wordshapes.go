package extract

// wordShapes is a filter in front of a set of words: for each first and second byte that some
// word of the set has, one bit for each length and one for each last byte those words have
// (bytes by their low five bits, so that it is blind to the case of letters). It turns away,
// for an array read or two, most words that are not in the set, before a map would hash them;
// true is only a maybe.
//
// A set has at most a couple of hundred pairs of first and second bytes among the 1,024, and
// most words asked about have a pair that none of its words has. So the bits are kept in a
// row for each pair that some word has, one after the other, and found through a table of
// their numbers by pair: the filters are read for every word of a sentence with a figure,
// among other tables and the text, and a row for every pair (8 KB a filter) was often out of
// the data cache, where the table of numbers is 1 KB and the rows a couple of KB at most. The
// pairs past the 255th share the last row: it has the bits of all of them, and is a maybe for
// more words than a row of their own would be.
type wordShapes struct {
	row  [32][32]uint8 // by first and second byte: the pair's row in rows, 0 for none
	rows [256]uint64   // from 1 on, in the order the pairs came
	n    uint8         // the rows in use
}

func (f *wordShapes) add(w string) {
	if w == "" {
		return
	}
	a, b := shapeOf(w)
	if f.row[a][b] == 0 {
		f.n += min(1, 255-f.n)
		f.row[a][b] = f.n
	}
	f.rows[f.row[a][b]] |= shapeBits(w)
}

func (f *wordShapes) mayHold(w string) bool {
	if w == "" {
		return false
	}
	a, b := shapeOf(w)
	want := shapeBits(w)
	return f.rows[f.row[a][b]]&want == want
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

// pairShapes is a filter in front of a set of words that are looked for as runs of letters
// (wordsAndWitnessIn): for each first and second byte that some word of the set has, a row of
// the third bytes those words have, and of the last bytes they have by length (bytes by their
// low five bits, blind to the case of letters; lengths from 15 on share a mask). Every word of
// a sentence with a figure is asked: most are turned away by their first two bytes, and most
// of the rest by their third, before their end is found ("the", "said" and "for" share their
// first two with words of the set: two words in three), and the rest by their length and last
// byte taken together. The rows are kept as in wordShapes, in the order their pairs came: the
// pairs past the 255th share the last row.
type pairShapes struct {
	row    [32][32]uint8   // by first and second byte: the pair's row in rows, 0 for none
	thirds [256]uint32     // from 1 on: a bit for each third byte (all of them for a shorter word)
	rows   [256][16]uint32 // from 1 on: by length, a bit for each last byte
	n      uint8           // the rows in use
}

func (f *pairShapes) add(w string) {
	if w == "" {
		return
	}
	a, b := shapeOf(w)
	if len(w) == 1 {
		for b := range byte(32) { // a word of one byte stands in every row of its first, whatever follows it
			f.addTo(a, b, w)
		}
		return
	}
	f.addTo(a, b, w)
}

func (f *pairShapes) addTo(a, b byte, w string) {
	if f.row[a][b] == 0 {
		f.n += min(1, 255-f.n)
		f.row[a][b] = f.n
	}
	r := f.row[a][b]
	f.rows[r][min(len(w), 15)] |= 1 << (w[len(w)-1] & 31)
	if len(w) > 2 {
		f.thirds[r] |= 1 << (w[2] & 31)
	} else {
		f.thirds[r] = ^uint32(0) // a word of one or two bytes, whatever byte comes after it
	}
}

// rowOf returns the row of the words whose first two bytes have the low five bits a and b, 0
// when the set has none.
func (f *pairShapes) rowOf(a, b byte) uint8 {
	return f.row[a&31][b&31]
}

// mayGoOn reports that a word in row r (not 0) whose third byte is third may be one of the set;
// a word of one or two bytes is asked with the byte after it (any byte: a word of the set that
// short stands for every third byte of its row).
func (f *pairShapes) mayGoOn(r uint8, third byte) bool {
	return f.thirds[r]>>(third&31)&1 != 0
}

// mayEnd reports that a word of n bytes in row r (not 0) whose last byte is last may be one of
// the set.
func (f *pairShapes) mayEnd(r uint8, n int, last byte) bool {
	return f.rows[r][min(n, 15)]>>(last&31)&1 != 0
}

// firstThreeAt returns text[i] and the two bytes after it, as pairShapes is asked of a word
// that starts at i: the last byte of text stands for those past its end. (Most words are read
// with one bounds check.)
func firstThreeAt(text string, i int) (first, second, third byte) {
	if i+3 <= len(text) {
		w := text[i : i+3]
		return w[0], w[1], w[2]
	}
	return text[i], text[min(i+1, len(text)-1)], text[min(i+2, len(text)-1)]
}
