package extract

import "iter"

// Wire copy and hurried drafts carry typing errors ("consuemr price index", "the ouptut
// measure", "forcasting growth"), and one wrong letter in a cue word hides a claim. A word of
// the text that no dictionary knows is read as the one cue word it is a single slip away from:
// one letter left out, added, changed, or two neighbours swapped. Known words are never
// changed ("rate" stays "rate", never "rare"), nor names, nor short words, where one letter
// is too much of the word to guess; a slip that could be either of two cue words is left as
// written.

// minTypoLength is the length of the shortest word read as a slip: in shorter ones a letter
// is too much of the word.
const minTypoLength = 6

// typoIndex finds the cue word a typed word is one slip away from.
type typoIndex struct {
	// keys maps every cue word of minTypoLength letters or more, and each string made by
	// dropping one of its letters, to that word; "" marks a key two cue words share.
	keys map[string]string
	// shapes has a bit for each first letter, last letter and length a word one slip away
	// from a cue word can have: most words of a sentence are turned away with one test.
	shapes [26][26]uint64
}

func newTypoIndex(words iter.Seq[string]) *typoIndex {
	idx := &typoIndex{keys: make(map[string]string)}
	add := func(key, word string) {
		if w, ok := idx.keys[key]; ok && w != word {
			idx.keys[key] = ""
			return
		}
		idx.keys[key] = word
	}
	for w := range words {
		if len(w) < minTypoLength || len(w) > 62 || !lowerLetters(w) {
			continue
		}
		add(w, w)
		for i := range len(w) {
			add(w[:i]+w[i+1:], w)
		}
		for n := len(w) - 1; n <= len(w)+1; n++ {
			idx.shapes[w[0]-'a'][w[len(w)-1]-'a'] |= 1 << n
		}
	}
	return idx
}

// mayBeSlip reports whether lower has the first letter, last letter and length of a word one
// slip away from some cue word (oneSlip keeps both ends).
func (idx *typoIndex) mayBeSlip(lower string) bool {
	return len(lower) >= minTypoLength && idx.mayBeSlipOf(len(lower), lower[0], lower[len(lower)-1])
}

// mayBeSlipOf is mayBeSlip of a word of n bytes whose first byte is a and last z.
func (idx *typoIndex) mayBeSlipOf(n int, a, z byte) bool {
	if n < minTypoLength || n > 63 {
		return false
	}
	return a >= 'a' && a <= 'z' && z >= 'a' && z <= 'z' && idx.shapes[a-'a'][z-'a']&(1<<n) != 0
}

// correct returns the cue word that lower, a word no dictionary knows, is one slip away
// from, or "" when there is none or more than one.
func (idx *typoIndex) correct(lower string) string {
	if !idx.mayBeSlip(lower) || !lowerLetters(lower) {
		return ""
	}
	found := ""
	// consider looks key up; false means the word is ambiguous and stays as written.
	consider := func(key string) bool {
		w, ok := idx.keys[key]
		switch {
		case !ok:
			return true
		case w == "":
			return false
		case !oneSlip(lower, w):
			return true
		case found != "" && found != w:
			return false
		}
		found = w
		return true
	}
	if !consider(lower) {
		return ""
	}
	buf := make([]byte, 0, len(lower))
	for i := range len(lower) {
		buf = append(append(buf[:0], lower[:i]...), lower[i+1:]...)
		if !consider(string(buf)) {
			return ""
		}
	}
	return found
}

// oneSlip reports a typed word a that is cue word b with one slip of the fingers: a letter left
// out or added, two neighbouring letters swapped, or a letter changed for one beside it on the
// keyboard. The first and the last letter are never the slip: a different first letter makes
// another word ("reflation", "deflation"), and a different ending another form or word
// ("possibly", "possible"; "health", "healthy").
func oneSlip(a, b string) bool {
	if a == b || a[0] != b[0] || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		if a[i+1:] == b[i+1:] {
			return keysAdjacent(a[i], b[i]) // "ecomomic"
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // "ouptut"
	case len(a)+1 == len(b):
		return a[i:] == b[i+1:] // "forcasting"
	case len(a) == len(b)+1:
		return a[i+1:] == b[i:] // "inflatiion"
	}
	return false
}

// keyboardRows are the letter rows of a QWERTY keyboard, the one news is typed on in the
// languages the lexicon reads.
var keyboardRows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// keysAdjacent reports letters whose keys touch: beside each other in a row, or in the row
// above or below at the same or the next position.
func keysAdjacent(x, y byte) bool {
	row, col := keyAt(x)
	r2, c2 := keyAt(y)
	if row < 0 || r2 < 0 {
		return false
	}
	switch row - r2 {
	case 0:
		return col-c2 == 1 || c2-col == 1
	case 1: // x a row below y: the rows are staggered, so y's column or the one after
		return c2 == col || c2 == col+1
	case -1:
		return col == c2 || col == c2+1
	}
	return false
}

func keyAt(c byte) (row, col int) {
	for r, letters := range keyboardRows {
		for i := 0; i < len(letters); i++ {
			if letters[i] == c {
				return r, i
			}
		}
	}
	return -1, -1
}

func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
