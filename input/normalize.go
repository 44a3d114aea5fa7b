package input

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prose is an article's text as the extractor should read it: invisible format characters
// dropped, Unicode spaces, minus signs and digits spelled in ASCII, code of a Markdown file
// blanked. Claims found in Text carry offsets into Text; Original maps them back to the text
// as read, which is what reports show and what the output's offsets promise.
type Prose struct {
	Text string
	// edits are the places where Text differs from the original, in order; nil when none.
	edits []edit
}

// edit is one character of the original of length n, at offset from, written as m bytes
// at offset at of the prose (m is 0 for a dropped character).
type edit struct{ at, from, n, m int }

// Changed reports whether the prose differs from the text it was made from in length or
// position of anything: when false, offsets need no mapping.
func (p Prose) Changed() bool { return len(p.edits) > 0 }

// Original maps a span [start, end) of Text to the span of the original text it was made
// from. A character dropped at either edge stays outside the span.
func (p Prose) Original(start, end int) (int, int) {
	if len(p.edits) == 0 {
		return start, end
	}
	if end <= start {
		s := p.originalStart(start)
		return s, s
	}
	return p.originalStart(start), p.originalEnd(end)
}

// proseOffset maps an offset of the original text on a character boundary to the offset of
// the prose where what follows it begins: the prose of the text before it is Text up to
// there.
func (p Prose) proseOffset(original int) int {
	at := original
	for _, e := range p.edits {
		if e.from >= original {
			break
		}
		at += e.m - e.n
	}
	return at
}

// originalStart maps the offset of a prose byte to the offset of the original character it
// comes from.
func (p Prose) originalStart(i int) int {
	// The last edit at or before i; dropped characters at i come before the byte at i.
	k := sort.Search(len(p.edits), func(k int) bool { return p.edits[k].at > i }) - 1
	if k < 0 {
		return i
	}
	e := p.edits[k]
	if i < e.at+e.m {
		return e.from
	}
	return e.from + e.n + (i - e.at - e.m)
}

// originalEnd maps an end offset (just after a prose byte) to just after the original
// character that byte comes from.
func (p Prose) originalEnd(i int) int {
	if i <= 0 {
		return 0
	}
	last := i - 1
	// Characters dropped at i come after the byte before i, so they stay outside.
	k := sort.Search(len(p.edits), func(k int) bool { return p.edits[k].at > last }) - 1
	if k < 0 {
		return i
	}
	e := p.edits[k]
	if last < e.at+e.m {
		return e.from + e.n
	}
	return e.from + e.n + (i - e.at - e.m)
}

// Normalize returns text as the extractor should read it. Invisible format characters
// (zero-width spaces and joiners, bidi marks, embeddings, overrides and isolates, the
// byte-order mark) would split or hide a number, so they are dropped; no-break and other
// Unicode spaces become spaces and line separators line breaks, so that "grew\u00a05%" reads
// as two words; the Unicode minus sign and the fullwidth forms of ASCII become ASCII; decimal
// digits of every script, with the Arabic decimal, thousands and percent signs, become ASCII
// digits and signs, so that "٣٫٥٪" reads as 3.5%.
func Normalize(text string) Prose {
	var b strings.Builder
	var edits []edit
	// copied is where the text not yet written to b begins: unchanged runs are copied whole.
	copied := 0
	for i := 0; i < len(text); {
		// Most text is ASCII, which stays as it is: eight bytes are passed at a time.
		if i+8 <= len(text) && asciiWord(text[i:i+8]) {
			i += 8
			continue
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		// Letters from U+00C0 to U+063F (Latin accents, Greek, Cyrillic, Hebrew, most of
		// Arabic) never change: a lead byte from C3 to D8 and a continuation byte.
		if c := text[i]; c >= 0xC3 && c <= 0xD8 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		repl, changed := normalRune(r)
		if !changed || (r == utf8.RuneError && size == 1) {
			i += size
			continue
		}
		if edits == nil {
			b.Grow(len(text))
		}
		b.WriteString(text[copied:i])
		edits = append(edits, edit{at: b.Len(), from: i, n: size, m: len(repl)})
		b.WriteString(repl)
		i += size
		copied = i
	}
	if len(edits) == 0 {
		return Prose{Text: text}
	}
	b.WriteString(text[copied:])
	return Prose{Text: b.String(), edits: edits}
}

// asciiWord reports whether the eight bytes of s are all ASCII; the loads combine into one.
func asciiWord(s string) bool {
	_ = s[7]
	word := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	return word&0x8080808080808080 == 0
}

// normalRune returns the ASCII that stands for r, or changed false when r stays as it is.
func normalRune(r rune) (repl string, changed bool) {
	if r < 0x0660 {
		// Latin, Greek, Cyrillic, Hebrew...: only these few change, and most text is here.
		switch r {
		case 0x00A0:
			return " ", true
		case 0x0085:
			return "\n", true
		case 0x00AD:
			return "", true
		}
		return "", false
	}
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2069,
		r == 0xFEFF:
		// Format characters and the soft hyphen, which only says where a word may break.
		return "", true
	case r == 0x2028, r == 0x2029:
		return "\n", true
	case r == 0x2212, r == 0xFE63:
		return "-", true
	case r == 0x066B:
		return ".", true
	case r == 0x066C:
		return ",", true
	case r == 0x066A:
		return "%", true
	case r >= 0xFF01 && r <= 0xFF5E:
		// Fullwidth forms of ASCII, as NFKC maps them.
		return asciiByte[r-0xFF01+'!':][:1], true
	case r == 0x3000:
		return " ", true
	case unicode.IsSpace(r):
		return " ", true
	}
	if d, ok := digitValue(r); ok {
		return asciiByte['0'+d:][:1], true
	}
	return "", false
}

// asciiByte holds every ASCII character at its own offset, so that a one-byte string is a
// slice of it rather than an allocation.
var asciiByte = func() string {
	var b [utf8.RuneSelf]byte
	for i := range b {
		b[i] = byte(i)
	}
	return string(b[:])
}()

// digitValue returns the value of a decimal digit of any script. Unicode encodes the digits
// of each script as a run from 0 to 9 (several sets of ten in a row in places), so the value
// is the distance from the start of the run modulo 10.
func digitValue(r rune) (int, bool) {
	if !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}
