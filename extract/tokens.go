package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// token is one word or punctuation mark of a sentence. Hyphens separate words and are not
// tokens, so "year-on-year" and "year on year" read alike; "Russia's" is "Russia" and "'s".
type token struct {
	start, end int    // byte offsets in the article text
	text       string // as written
	lower      string // lower case, for the case-blind cue lexicon
	// facts are the lexicon's facts of lower, once attached (nil: none, or not attached).
	facts *wordFacts
	// wt is the word's type when the token was read through a wordCache, while its lower
	// case is the type's (a typing slip read as another word has none).
	wt    *wordType
	punct bool
	// A token is copied for every word of a sentence read (appended, then copied into its
	// word): it is kept to what most words need. The bases of a word with no type and not in
	// the lexicon, a typing slip or a word read without a cache, are looked up when asked:
	// few words are of that kind, and caching them here cost every other word 24 bytes.
}

// basesOf returns the dictionary's bases of the token's lower-case form.
func (t *token) basesOf() []string {
	if t.wt != nil {
		return t.wt.bases
	}
	if t.facts != nil {
		return t.facts.bases // looked up when the lexicon was built
	}
	return lemmasOf(t.lower)
}

// hasLemma is hasLemma of the token's lower-case form, through its bases looked up once:
// the words before a figure are asked about for every figure after them, mostly whether they
// are a form of one of a few bases ("say", "tell", "be"), which most are not. A word read
// through its type is turned away by the lengths of its forms (lemmaBits) where it can be,
// without a call: the test is inlined (lemmaBit, written out, keeps it within the budget).
func (t *token) hasLemma(base string) bool {
	return (t.wt == nil || t.wt.lemmaBits>>(len(base)&31)&1 != 0) && t.hasLemmaOfBases(base)
}

// hasLemmaOfBases is hasLemma without the test of lemmaBits.
func (t *token) hasLemmaOfBases(base string) bool {
	return t.lower == base || slices.Contains(t.basesOf(), base)
}

// ownBase reports a word that is a base form as written ("forecast", "cut"), unlike a past
// that is only a past ("held", "rose"). The tagger asks it of most verbs of a sentence, twice:
// a word read through its type has the answer there (the type's lower case is the token's).
func (t *token) ownBase() bool {
	if t.wt != nil {
		return t.wt.marks&typeOwnBase != 0
	}
	return t.ownBaseOfBases()
}

// ownBaseOfBases is ownBase of a token without a type (out of line: ownBase is inlined).
func (t *token) ownBaseOfBases() bool {
	return slices.Contains(t.basesOf(), t.lower)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits text[from:to] into tokens with offsets in text.
func tokenize(text string, from, to int) []token {
	return tokenizeInto(make([]token, 0, (to-from)/5+1), text, from, to)
}

// tokenizeInto is tokenize appending to toks.
func tokenizeInto(toks []token, text string, from, to int) []token {
	return (*wordCache)(nil).tokenizeInto(toks, text, from, to)
}

// tokenizeInto is tokenizeInto reading the words through their types, when types is not nil.
// Most text is read by asciiTokens; what it leaves, a rune past ASCII, a quote, a dot or a
// word before one of them, is read here one token at a time.
func (types *wordCache) tokenizeInto(toks []token, text string, from, to int) []token {
	for i := from; i < to; {
		if toks, i = types.asciiTokens(toks, text, from, i, to); i >= to {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\'' || r == '’':
			// A possessive or contraction suffix becomes its own token ("'s").
			j := i + size
			for j < to {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			if j > i+size && i > from && isWordRune(lastRune(text[from:i])) {
				toks = types.appendToken(toks, text, i, j, false, types.hash(text, i, j))
				i = j
				continue
			}
			toks = types.appendToken(toks, text, i, i+size, true, 0)
			i += size
		case isWordRune(r):
			j := i + size
			for j < to {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				// Keep inner dots of abbreviations and decimals together: "U.S.", "3.6".
				if r2 == '.' {
					if j+1 < to {
						if r3, _ := utf8.DecodeRuneInString(text[j+1:]); isWordRune(r3) {
							j++
							continue
						}
					}
					// The final dot of "U.S." belongs to it, at the end of a lexicon phrase too
					// (a longer initialism keeps its own: "G.D.P" "." may end a sentence, and
					// is read by initialismLower).
					if unicode.IsUpper(r) && j-i <= 3 && strings.Contains(text[i:j], ".") {
						j++
						continue
					}
				}
				break
			}
			toks = types.appendToken(toks, text, i, j, false, types.hash(text, i, j))
			i = j
		case (r == '–' || r == '—') && spacedDash(text, i, from, to):
			toks = types.appendToken(toks, text, i, i+size, true, 0)
			i += size
		case unicode.IsSpace(r) || r == '-' || r == '–' || r == '—':
			i += size
		default:
			toks = types.appendToken(toks, text, i, i+size, true, 0)
			i += size
		}
	}
	return toks
}

// asciiTokens is tokenizeInto's fast path: it appends the tokens of text[i:to] as long as they
// are ASCII words, marks and spaces, and returns where it stopped: at to, or at a byte the
// general path reads (past ASCII, a quote, a dot) or the start of a word before one, where it
// reads nothing. It is a function of its own so that its loop keeps more of its variables in
// registers: with the general path's (runes, sizes, the unicode tables) in the same loop, the
// fast path reloaded them from the stack for every word.
func (types *wordCache) asciiTokens(toks []token, text string, from, i, to int) ([]token, int) {
	upTo := text[:to] // (its length bounds the loops: no check of each index)
	for i < len(upTo) {
		c := upTo[i]
		switch {
		case asciiWordByte[c]:
			// words end at the first byte that is not an ASCII letter or digit
			j := i + 1
			h := (fnvOffset ^ uint32(c)) * fnvPrime // hashWord of the word, as it is read
			for j < len(upTo) && asciiWordByte[upTo[j]] {
				h = (h ^ uint32(upTo[j])) * fnvPrime
				j++
			}
			if j < len(upTo) && (upTo[j] >= utf8.RuneSelf || upTo[j] == '.') && !asciiWordEnds(text, upTo, j) {
				// a dot between ASCII letters or digits joins them: "3.6", "U.S"
				for j+1 < len(upTo) && upTo[j] == '.' && asciiWordByte[upTo[j+1]] {
					h = (h ^ '.') * fnvPrime
					for j++; j < len(upTo) && asciiWordByte[upTo[j]]; j++ {
						h = (h ^ uint32(upTo[j])) * fnvPrime
					}
				}
				if j < len(upTo) && (upTo[j] >= utf8.RuneSelf || upTo[j] == '.') {
					return toks, i // the general path decides about letters past ASCII, and a dot after "U.S"
				}
			}
			if types == nil {
				toks = append(toks, newToken(text, i, j, false))
			} else {
				// appendToken, written out: most words are the type last met in their set,
				// and are read without a call
				wt, same := types.firstType(h), false
				if n := j - i; n <= 8 && i+8 <= len(text) {
					// its head read with one load (wordHead): the type's text is not read
					past := uint(64-8*n) & 63 // the bits of the bytes past the word
					same = wt.head == ascii.Load8(text, i)<<past>>past && len(wt.text) == n
				} else {
					same = wt.text == text[i:j]
				}
				if !same {
					wt = types.lookup(text[i:j], h)
				}
				toks = types.appendWordToken(toks, text, i, j, wt)
			}
			i = j
			if j < len(upTo) && upTo[j] == ' ' {
				i++ // the space after most words, passed over without a turn of the loop
			}
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case c >= utf8.RuneSelf || c == '\'' || c == '.':
			return toks, i
		case c == '-':
			if spacedDash(text, i, from, to) {
				toks = appendMark(toks, text, i) // a dash: " - the government's measure - "
			}
			i++
		default:
			toks = appendMark(toks, text, i)
			i++
		}
	}
	return toks, i
}

// asciiWordEnds reports whether an ASCII word ends before text[j], a dot or a byte past ASCII
// after its letters and digits, within the stretch upTo (j < len(upTo)), as the general path
// of the tokenizer decides: a dot joins it only before a letter or a digit ("3.6", "U.S"; "U.S."
// needs a dot inside the word), and a byte past ASCII only when it starts a letter or a digit
// ("café"). A dot ending a sentence and a curly apostrophe are each a token of their own after
// the word, as any other byte is.
func asciiWordEnds(text, upTo string, j int) bool {
	switch c := upTo[j]; {
	case c == '.':
		if j+1 < len(upTo) {
			if n := upTo[j+1]; n >= utf8.RuneSelf || asciiWord[n] {
				return false
			}
		}
		return true
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRuneInString(text[j:])
		return !isWordRune(r)
	}
	return true
}

// spacedDash reports a dash with a space on each side, which sets off a parenthesis, unlike
// the hyphen that joins "year-on-year" and the dash of a range ("6–7%").
func spacedDash(text string, i, from, to int) bool {
	_, size := utf8.DecodeRuneInString(text[i:])
	return i > from && text[i-1] == ' ' && i+size < to && text[i+size] == ' '
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func newToken(text string, start, end int, punct bool) token {
	t := text[start:end]
	lower := t // an ASCII mark has no case: most marks
	if !punct || len(t) != 1 || t[0] >= utf8.RuneSelf {
		lower = wordLower(t)
	}
	return token{start: start, end: end, text: t, lower: lower, punct: punct}
}

// appendSlot returns toks with one more token, which the caller sets every field of, and
// that token: where toks has room, the token is not zeroed first (the caller's fields are
// the token), nor built apart and copied in whole.
func appendSlot(toks []token) ([]token, *token) {
	if len(toks) < cap(toks) {
		toks = toks[:len(toks)+1]
	} else {
		toks = append(toks, token{})
	}
	return toks, &toks[len(toks)-1]
}

// appendMark appends markToken(text, i) to toks, in place, field by field: a token built whole
// was built on the stack and copied in.
func appendMark(toks []token, text string, i int) []token {
	toks, t := appendSlot(toks)
	mark := text[i : i+1]
	t.start, t.end, t.text, t.lower, t.facts, t.wt, t.punct = i, i+1, mark, mark, nil, nil, true
	return toks
}

// markToken is newToken of the ASCII mark text[i], which is its own lower case.
func markToken(text string, i int) token {
	return token{start: i, end: i + 1, text: text[i : i+1], lower: text[i : i+1], punct: true}
}

// wordLower is the lower case a word token is matched by: lowerASCII, or for an initialism
// of three letters or more written with dots, its letters run together, as the lexicon and
// most copy write it ("G.D.P." is "gdp", "C.P.I." "cpi", "U.S.A." "usa"). Two letters keep
// their dots ("u.s.", "u.k."): "US" is a pronoun in lower case.
func wordLower(w string) string {
	if l := initialismLower(w); l != "" {
		return l
	}
	return lowerASCII(w)
}

// initialismLower returns the letters of w, three capitals or more parted by dots, with or
// without a dot after the last ("G.D.P", as the tokenizer reads "G.D.P.", whose last dot stays
// a token of its own; "O.E.C.D."), in lower case; "" for any other word, and for one whose
// letters spell a word of grammar ("W.H.O.").
func initialismLower(w string) string {
	if len(w) < 5 {
		return ""
	}
	var b [16]byte
	n := 0
	for i := 0; i < len(w); i += 2 {
		if !isUpperASCII(w[i]) || i+1 < len(w) && w[i+1] != '.' || n == len(b) {
			return ""
		}
		b[n] = w[i] + 'a' - 'A'
		n++
	}
	if n < 3 || closedClass[string(b[:n])] != 0 {
		return "" // (not "W.H.O." as "who")
	}
	return string(b[:n])
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// initialismAt returns initialismLower of the initialism that starts at text[i], within
// text[:end], or "".
func initialismAt(text string, i, end int) string {
	j := i
	for j+1 < end && isUpperASCII(text[j]) && text[j+1] == '.' && (j+2 >= end || !asciiWordByte[text[j+2]] || isUpperASCII(text[j+2]) && (j+3 >= end || !asciiWordByte[text[j+3]])) {
		j += 2
	}
	return initialismLower(text[i:j])
}

// lowerASCII lower-cases without allocating when the word is already lower case.
func lowerASCII(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			l := strings.ToLower(s)
			return strings.ReplaceAll(l, "’", "'")
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(b)) // b is not written again: one allocation, not two
}

// phraseKeys tokenises a lexicon phrase the way article text is tokenised.
func phraseKeys(phrase string, caseBlind bool) []string {
	toks := tokenize(phrase, 0, len(phrase))
	keys := make([]string, len(toks))
	for i, t := range toks {
		if caseBlind {
			keys[i] = t.lower
		} else {
			keys[i] = nameKeyOf(t.text)
		}
	}
	return keys
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// asciiWordByte is asciiWord of every byte value, false past ASCII: one test a byte.
var asciiWordByte = func() (t [256]bool) {
	copy(t[:], asciiWord[:])
	return t
}()
