package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestTokenizerAgreesWithReference holds the tokenizer, read with and without a word cache,
// to referenceTokenize, the tokenizer before its ASCII path took the words that end before a
// dot, a quote or a byte past ASCII: over the corpus, the seed articles and made-up texts.
func TestTokenizerAgreesWithReference(t *testing.T) {
	ex := testExtractor(t)
	texts := []string{
		"GDP rose 3.6% in the U.S. Inc. said. Britain's economy, Britain’s café: “growth” — slowed.",
		"naïve 2.5. x.y U.S.A. A. b.' end.", "word.", "word", "a.b", "é.", "Mr.É", "x.\u00e9", "'s", "’s",
		"rose 0.3 pct. The", "U.S.", "It's", "year-on-year - and – then — 6–7%", "x.\xff", "abc\xff",
		"U.S.é", "3.5é", "1.2.3.", "a.b.c", "A.B. c", "U.S..", "US. 3.5.", "AB.C. x", "A.BC.", "3.6’s", "U.S’", "4.5%, 6.7.",
	}
	texts = append(texts, testcorpus.Texts(t)...)
	paths, _ := filepath.Glob(filepath.Join(testcorpus.SharedDir(t), "articles", "*.txt"))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	types := newWordCache(ex.lex)
	for _, text := range texts {
		// whole texts, and stretches that end inside a word or right after a dot
		for _, to := range []int{len(text), len(text) / 2, strings.IndexByte(text, '.') + 1, strings.IndexByte(text, '.') + 2} {
			if to <= 0 || to > len(text) {
				continue
			}
			want := bounds(referenceTokenize(nil, text, 0, to))
			if got := bounds(tokenizeInto(nil, text, 0, to)); !reflect.DeepEqual(got, want) {
				t.Fatalf("%.80q: tokens %v, want %v", text[:to], got[:min(len(got), 20)], want[:min(len(want), 20)])
			}
			if got := bounds(types.tokenizeInto(nil, text, 0, to)); !reflect.DeepEqual(got, want) {
				t.Fatalf("%.80q through types: tokens %v, want %v", text[:to], got[:min(len(got), 20)], want[:min(len(want), 20)])
			}
		}
	}
}

func FuzzTokenizerAgreesWithReference(f *testing.F) {
	f.Add("GDP rose 3.6% in the U.S. Inc. said. Britain’s café.")
	f.Add("x.\xff abc\xc3")
	f.Add("U.S.é 3.5é 1.2.3. A.B. c U.S.. AB.C. A.BC. 3.6’s")
	f.Fuzz(func(t *testing.T, text string) {
		want := bounds(referenceTokenize(nil, text, 0, len(text)))
		if got := bounds(tokenizeInto(nil, text, 0, len(text))); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: tokens %v, want %v", text, got, want)
		}
	})
}

// tokenBounds is what a token is cut as.
type tokenBounds struct {
	start, end int
	lower      string
	punct      bool
}

func bounds(toks []token) []tokenBounds {
	out := make([]tokenBounds, len(toks))
	for i, t := range toks {
		out[i] = tokenBounds{t.start, t.end, t.lower, t.punct}
	}
	return out
}

// referenceTokenize is the tokenizer as it was before asciiWordEnds (with no word cache).
func referenceTokenize(toks []token, text string, from, to int) []token {
	var types *wordCache
	i := from
	upTo := text[:to] // (its length bounds the loops: no check of each index)
	for i < to {
		if c := upTo[i]; c < utf8.RuneSelf && c != '\'' && c != '.' {
			// ASCII fast path: most news text is ASCII, and words end at the first non-word byte.
			switch {
			case asciiWord[c]:
				j := i + 1
				h := (fnvOffset ^ uint32(c)) * fnvPrime // hashWord of the word, as it is read
				for j < len(upTo) && asciiWordByte[upTo[j]] {
					h = (h ^ uint32(upTo[j])) * fnvPrime
					j++
				}
				if j >= to || upTo[j] >= utf8.RuneSelf || upTo[j] == '.' || upTo[j] == '\'' {
					break // let the general path decide about dots, quotes and non-ASCII
				}
				if types == nil {
					toks = append(toks, newToken(text, i, j, false))
				} else {
					// appendToken, written out: most words are the type last met in their set,
					// and are read without a call
					wt := types.firstType(h)
					if wt.text != text[i:j] {
						wt = types.lookup(text[i:j], h)
					}
					toks = types.appendWordToken(toks, text, i, j, wt)
				}
				i = j
				if upTo[j] == ' ' {
					i++ // the space after most words, passed over without a turn of the loop
				}
				continue
			case c == '-' && spacedDash(text, i, from, to):
				toks = append(toks, markToken(text, i)) // a dash: " - the government's measure - "
				i++
				continue
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '-':
				i++
				continue
			default:
				toks = append(toks, markToken(text, i))
				i++
				continue
			}
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
					// The final dot of "U.S." belongs to it, at the end of a lexicon phrase too.
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
