package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// sentenceIndexTexts are texts whose sentences sentenceEnds must find as sentenceBounds does:
// short sentences, abbreviations, wrapped lines, and run-on text cut in blocks, with sentences
// a little shorter and a little longer than a block either way.
func sentenceIndexTexts() map[string]string {
	long := func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			b.WriteString("GDP in France grew 1.")
			b.WriteByte(byte('0' + i%10))
			b.WriteString("% in 1980, ")
		}
		return b.String()[:n]
	}
	texts := map[string]string{
		"short":      "The U.S. economy grew 2.5% in 2024. Prices rose! Did they? Mr. Smith said so.\n\nNEW HEADLINE\nOutput fell 3.1 pct in Jan. 2024 by one count.",
		"wrapped":    "Inflation in the euro area rose to\n2.4 pct in March from 2.1 pct, the\nagency said.\n  An indented line.\nLAST LINE",
		"quotes":     "He said: \"GDP grew 2%.\" Then (as expected.) it fell. \"Really?\" \u201cYes.\u201d Done.",
		"empty":      "",
		"one stop":   ".",
		"no stop":    "inflation 2 pct",
		"footnotes":  "Growth was 0.7% in 2025.\u00b2 Inflation fell.[3] It rose.\"[^4] Then.\u00b9\u2070 [5]. Done.[a] End.[",
		"run-on":     long(9000),
		"near block": long(1900) + ". Then " + long(2300) + ". And " + long(4500) + ". End.",
	}
	for n, text := range worstInputs(12 << 10) {
		texts[n] = text
	}
	return texts
}

func TestSentenceEndsAsSentenceBounds(t *testing.T) {
	lex := testExtractor(t).lex
	for name, text := range sentenceIndexTexts() {
		// in order, as the figures of a text are read, and in a random order, as the looks
		// back and the within-a-sentence tests ask
		forward := &sentenceEnds{lex: lex, text: text}
		random := &sentenceEnds{lex: lex, text: text}
		order := rand.New(rand.NewSource(1)).Perm(len(text))
		for pos := range text {
			s, e := lex.sentenceBounds(text, pos)
			if gs, ge := forward.bounds(pos); gs != s || ge != e {
				t.Fatalf("%s: bounds(%d) in order = [%d, %d), want [%d, %d)", name, pos, gs, ge, s, e)
			}
			p := order[pos]
			s, e = lex.sentenceBounds(text, p)
			if gs, ge := random.bounds(p); gs != s || ge != e {
				t.Fatalf("%s: bounds(%d) out of order = [%d, %d), want [%d, %d)", name, p, gs, ge, s, e)
			}
		}
	}
}

func FuzzSentenceEnds(f *testing.F) {
	for _, text := range sentenceIndexTexts() {
		if len(text) < 10000 {
			f.Add(text, 0, 7)
		}
	}
	lex := testExtractor(f).lex
	f.Fuzz(func(t *testing.T, text string, first, step int) {
		if len(text) == 0 {
			return
		}
		// widen the text past a block, so that the cut sentences are reached too
		for len(text) < 3*sentenceBlock && len(text) < 1<<16 {
			text += " " + text
		}
		x := &sentenceEnds{lex: lex, text: text}
		pos := ((first % len(text)) + len(text)) % len(text)
		step = step%(2*sentenceBlock) + 1
		for range 64 {
			s, e := lex.sentenceBounds(text, pos)
			if gs, ge := x.bounds(pos); gs != s || ge != e {
				t.Fatalf("bounds(%d) = [%d, %d), want [%d, %d)", pos, gs, ge, s, e)
			}
			pos = ((pos+step)%len(text) + len(text)) % len(text)
		}
	})
}

// TestWordBeforeStop holds wordBeforeStop to a byte-by-byte search for the last space, line
// break, opening bracket or double quote, at every offset of the sentence texts, the corpus
// and random texts of those bytes and any others.
func TestWordBeforeStop(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range sentenceIndexTexts() {
		texts = append(texts, text)
	}
	rng := rand.New(rand.NewSource(2))
	const alphabet = " \n(\"\t\r.')ab\x00\xff\x80"
	for range 4000 {
		b := make([]byte, rng.Intn(40))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
			if rng.Intn(2) == 0 {
				b[i] = byte(rng.Intn(256))
			}
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			k := i
			for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '(' && text[k-1] != '"' {
				k--
			}
			if got := wordBeforeStop(text, i); got != k {
				t.Fatalf("wordBeforeStop(%q, %d) = %d, want %d", text[max(0, i-20):i], i, got, k)
			}
		}
	}
}

// endsSentenceInFull is endsSentence as it was written before its common case was taken
// first (a line break asks lineContinues, as sentenceEnds.endsAt did): every stop walks the
// closing quotes and footnote marks and asks the byte after them, and the word
// before a full stop is found by wordBeforeStop.
func endsSentenceInFull(lex *Lexicon, text string, i int) bool {
	if text[i] == '\n' {
		return !lineContinues(text, i)
	}
	j := i + 1
	for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || footnoteMarkEnd(text, j) > j) {
		j = max(j+1, footnoteMarkEnd(text, j))
	}
	if j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
		if r, _ := utf8.DecodeRuneInString(text[j:]); r != '”' && r != '’' {
			return false
		}
	}
	if text[i] != '.' {
		return true
	}
	word := text[wordBeforeStop(text, i):i]
	if lex.abbreviations[word] {
		return lex.nextStartsSentenceAfterAbbrev(text, j)
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false
	}
	if len(word) > 2 && word[len(word)-2] == '.' && unicode.IsUpper(rune(word[len(word)-1])) {
		return lex.nextStartsSentenceAfterAbbrev(text, j)
	}
	return true
}

// TestEndsSentenceInFull holds endsSentence to endsSentenceInFull at every stop of the corpus,
// the sentence texts and random texts of stops, quotes, spaces, abbreviations, capitals and
// words of every length around the eight bytes read at once.
func TestEndsSentenceInFull(t *testing.T) {
	lex := testExtractor(t).lex
	texts := testcorpus.Texts(t)
	for _, text := range sentenceIndexTexts() {
		texts = append(texts, text)
	}
	pieces := []string{".", ". ", "!", "?", "\n", " ", "\t", "\r", "\"", "'", ")", "(", "”", "’", "“",
		"é", "\xff", "U.S", "D.C", "e.g", "Mr", "Jan", "Inc", "Bros", "etc", "A", "x", "Q",
		"word", "sentence", "abbreviation", "1", "2.5", "ab.Cd", "a.É", "z.\xc0",
		"\u00b2", "\u2074", "[2]", "[^12]", "[", "]", "[1234]"}
	rng := rand.New(rand.NewSource(3))
	for range 40000 {
		var b strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	stops := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if c := text[i]; c == '.' || c == '!' || c == '?' || c == '\n' {
				stops++
				if got, want := lex.endsSentence(text, i), endsSentenceInFull(lex, text, i); got != want {
					t.Fatalf("endsSentence(%q, %d) = %v, want %v", text[max(0, i-20):min(len(text), i+20)], i, got, want)
				}
			}
		}
	}
	if stops < 100000 {
		t.Fatalf("only %d stops tried", stops)
	}
}
