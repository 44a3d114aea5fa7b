package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Text from the web carries characters the byte-level scan does not read: no-break spaces,
// curly quotes and dashes before a number, zero-width and bidi marks inside it, digits of
// other scripts. Those around a number are told apart here, and a text whose numbers need
// them is scanned again as a folded copy, so the common all-ASCII path pays nothing.

// startsToken reports whether a number or number word may start at i: the text before it
// is a space, punctuation, or a non-ASCII character that is not a letter or digit (no-break
// space, “, «, –, −, ≈, ±, a format character).
func startsToken(text string, i int) bool {
	if i > 0 && text[i-1] >= 0x80 {
		return afterNonASCIIBoundary(text, i)
	}
	return i == 0 || !ascii.IsWordByte(text[i-1])
}

// wordByteBefore reports a word byte right before i, the only case in which startsToken has
// more to tell than that a token starts. The hot callers (the scan loop, digitsFrom,
// numberWordAt) ask it first: it is inlined, where startsToken is not (its slow path is a
// call), and most numbers and number words follow a blank or punctuation.
func wordByteBefore(text string, i int) bool { return i > 0 && ascii.IsWordByte(text[i-1]) }

// afterNonASCIIBoundary is startsToken's slow path, kept apart so that the fast one inlines.
func afterNonASCIIBoundary(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r == utf8.RuneError || !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// digitZeros are the zeros of the decimal digit sets news in other scripts uses: Arabic-Indic,
// Extended Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
// Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth.
var digitZeros = [...]rune{0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
	0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10}

// foreignDigit returns the value of a decimal digit of another script, or -1.
func foreignDigit(r rune) int {
	if r < 0x660 {
		return -1
	}
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

// isFormat reports the invisible characters that may sit inside or beside a number: zero
// width spaces and joiners, bidi marks, the byte order mark, the soft hyphen.
func isFormat(r rune) bool {
	return r == 0xAD || unicode.Is(unicode.Cf, r)
}

// foldedRune is what a non-ASCII character becomes in the folded copy: "" deletes it.
func foldedRune(r rune) (string, bool) {
	if d := foreignDigit(r); d >= 0 {
		return string(rune('0' + d)), true
	}
	switch r {
	case '％', '٪':
		return "%", true
	case '٫', '．':
		return ".", true
	case '٬', '，':
		return ",", true
	}
	if isFormat(r) {
		return "", true
	}
	return "", false
}

// needsFold reports a character at i (a lead byte) that hides a number from the byte scan:
// a digit of another script, or a format character next to an ASCII digit.
func needsFold(text string, i int) bool {
	// Most non-ASCII characters of news (quotes, dashes, £, €) are neither: a look at the lead
	// byte and the bytes around spares them the decoding. Digit sets begin with the lead
	// bytes D9, DB, E0, E1 and EF; anything else matters only next to an ASCII digit.
	c := text[i]
	if c != 0xD9 && c != 0xDB && c != 0xE0 && c != 0xE1 && c != 0xEF {
		size := 2
		if c >= 0xF0 {
			size = 4
		} else if c >= 0xE0 {
			size = 3
		}
		if !(i > 0 && ascii.IsDigit(text[i-1])) && !digitAt(text, i+size) {
			return false
		}
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if foreignDigit(r) >= 0 {
		return true
	}
	if _, ok := foldedRune(r); !ok {
		return false
	}
	return i > 0 && ascii.IsDigit(text[i-1]) || i+size < len(text) && ascii.IsDigit(text[i+size])
}

// scanFolded scans a copy of text with foreign digits made ASCII and format characters
// removed, and maps the offsets back to text.
func scanFolded(text string) []Quantity {
	var b strings.Builder
	b.Grow(len(text))
	starts := make([]int, 0, len(text)+1) // the offset in text of each folded byte
	ends := make([]int, 0, len(text)+1)   // the end in text of the character it came from
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= 0x80 {
			if f, ok := foldedRune(r); ok {
				for k := 0; k < len(f); k++ {
					b.WriteByte(f[k])
					starts = append(starts, i)
					ends = append(ends, i+size)
				}
				i += size
				continue
			}
		}
		for k := 0; k < size; k++ {
			b.WriteByte(text[i+k])
			starts = append(starts, i+k)
			ends = append(ends, i+k+1)
		}
		i += size
	}
	starts = append(starts, len(text))
	folded := b.String()
	s := scanner{text: folded, out: make([]Quantity, 0, len(folded)/150+1), folded: true}
	qs := s.scan()
	for k := range qs {
		q := &qs[k]
		q.Start, q.NumStart = starts[q.Start], starts[q.NumStart]
		q.End = mapEnd(ends, starts, q.End)
		q.NumEnd = mapEnd(ends, starts, q.NumEnd)
	}
	return qs
}

func mapEnd(ends, starts []int, e int) int {
	if e == 0 {
		return starts[0]
	}
	return ends[e-1]
}
