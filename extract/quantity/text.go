package quantity

import "github.com/factcheck/factcheck/extract/internal/ascii"

// Byte-level helpers of the scanner; the word tests it shares with timex are in ascii.

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }

// skipBlank skips spaces and tabs (not line breaks: a number and its unit share a line).
func skipBlank(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0) {
		if text[i] == 0xC2 {
			i++
		}
		i++
	}
	return i
}

// skipBlankBack returns the index after the last non-blank byte before i.
func skipBlankBack(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i
}

// span is a word's byte range.
type span struct{ start, end int }

// nextWordAt returns the word starting at i after blanks; empty when none.
func nextWordAt(text string, i int) span {
	i = skipBlank(text, i)
	if i >= len(text) || !ascii.IsLetter(text[i]) {
		return span{i, i}
	}
	return span{i, ascii.WordEnd(text, i)}
}

// prevWordAt returns the word ending before i after blanks, not reaching below floor;
// empty when the preceding token is not a plain word.
func prevWordAt(text string, i, floor int) span {
	end := skipBlankBack(text, i)
	start := ascii.WordStart(text, end, floor)
	if start == end || start > 0 && ascii.IsWordByte(text[start-1]) && start > floor {
		return span{end, end}
	}
	return span{start, end}
}

// noWordAt reports, from the byte at i alone, that nextWordAt finds no word at i: a byte
// that is neither a blank that skipBlank passes over nor a letter. It is false past the end,
// where nextWordAt is left to tell.
func noWordAt(text string, i int) bool {
	return i < len(text) && text[i] != ' ' && text[i] != '\t' && text[i] != 0xC2 && !ascii.IsLetter(text[i])
}

// noWordBefore reports, from the byte before the blanks before i alone, that prevWordAt finds
// no word there: it is no letter, or it lies at or below the floor.
func noWordBefore(text string, i, floor int) bool {
	j := skipBlankBack(text, i)
	return j <= floor || !ascii.IsLetter(text[j-1])
}

func (w span) empty() bool { return w.start >= w.end }

// isPlural is a rough test for a plural English noun.
func isPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

// regularSingular turns a plural noun known not to be one of irregularSingulars into its
// singular form.
func regularSingular(w string) string {
	n := len(w)
	switch {
	case n > 3 && w[n-3:] == "ies":
		return w[:n-3] + "y"
	case n > 4 && (w[n-4:] == "sses" || w[n-4:] == "shes" || w[n-4:] == "ches" || w[n-4:] == "zzes"):
		return w[:n-2]
	case n > 3 && w[n-3:] == "xes":
		return w[:n-2]
	case n > 1 && w[n-1] == 's':
		return w[:n-1]
	}
	return w
}

// shapes is a pre-test for membership in a set of words, cheaper than a map lookup: for each
// pair of first two bytes (letters folded to lower case, any other byte as one class) a bit
// per length, 15 standing for 15 and more. A word it rejects is in no set it was built from.
type shapes [27][27]uint16

func shapeIndex(c byte) int {
	if c|0x20 >= 'a' && c|0x20 <= 'z' {
		return int(c | 0x20 - 'a')
	}
	return 26
}

func newShapes(sets ...[]string) *shapes {
	var t shapes
	for _, set := range sets {
		for _, w := range set {
			t.add(w)
		}
	}
	return &t
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

func (t *shapes) add(w string) {
	if len(w) < 2 {
		for a := range t {
			for b := range t[a] {
				t[a][b] |= 1 << len(w) // a one-letter word: let every short word through
			}
		}
		return
	}
	t[shapeIndex(w[0])][shapeIndex(w[1])] |= 1 << min(len(w), 15)
}

func (t *shapes) may(w string) bool {
	if len(w) < 2 {
		return true
	}
	return t[shapeIndex(w[0])][shapeIndex(w[1])]&(1<<min(len(w), 15)) != 0
}
