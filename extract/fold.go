package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names are matched with their accents folded away: English-language news writes "Perú",
// "México", "Bogotá" and "SÃO PAULO" as often as "Peru", "Mexico", "Bogota" and "SAO PAULO",
// and a lexicon that listed each spelling would always miss one. A letter is folded when its
// canonical decomposition is an ASCII letter and combining marks (é, ã, Ü, ç); other letters
// (ø, ß, scripts other than Latin) are kept as they are, and so match only as written.

// nameKeyOf returns s as the name tries are keyed: a typographic apostrophe as the plain one,
// and each accented Latin letter as its base letter.
func nameKeyOf(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s // (most words: asked of every word at every step of a name trie)
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == '’':
			b.WriteByte('\'')
		default:
			if base, ok := latinBase(r); ok {
				b.WriteByte(base)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// latinBase returns the ASCII letter that r is with marks added ('e' of 'é', 'A' of 'Ã').
func latinBase(r rune) (byte, bool) {
	if !unicode.Is(unicode.Latin, r) {
		return 0, false
	}
	d := norm.NFD.String(string(r))
	if len(d) < 2 || d[0] >= utf8.RuneSelf {
		return 0, false
	}
	for _, m := range d[1:] {
		if !unicode.Is(unicode.Mn, m) {
			return 0, false
		}
	}
	return d[0], true
}
