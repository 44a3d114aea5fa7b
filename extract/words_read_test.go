package extract

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestMentionsOfWordsReadAreTheSame holds the claims made with the mention scan taking the
// words of the sentence read before (wordsRead) to those made with every stretch of text it
// scans tokenised again: over the corpus, its claim sentences by article and run together,
// the dev sets, the seed articles and the worst inputs, with and without a publication date.
func TestMentionsOfWordsReadAreTheSame(t *testing.T) {
	ex := testExtractor(t)
	texts := testcorpus.Texts(t)
	claimTexts := claimSentences(ex, texts)
	texts = append(texts, claimTexts...)
	texts = append(texts, strings.Join(claimTexts, " "), strings.Join(claimTexts, "\n"), strings.Join(claimTexts, "\n\n"))
	texts = append(texts, testcorpus.Articles(t, "eval/*/*/*.txt")...)
	texts = append(texts, testcorpus.Articles(t, "articles/*.txt")...)
	for _, text := range worstInputs(1 << 16) {
		texts = append(texts, text)
	}
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		for _, published := range []time.Time{pub, {}} {
			a := Article{Text: text, Published: published}
			got := ex.Claims(a, Options{All: true})
			rereadNoWords = false
			want := ex.Claims(a, Options{All: true})
			rereadNoWords = true
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%d claims with the words read taken, %d with every stretch tokenised again, of %.200q", len(got), len(want), text)
			}
		}
	}
}

// TestWordsReadFitTokenisesAsOne checks wordsReadFit: where it holds, the words of a stretch
// are those of its two parts, the second read through the word cache, over random texts of
// words, marks, dashes, quotes, dots and spaces cut at random, and the corpus's sentences.
func TestWordsReadFitTokenisesAsOne(t *testing.T) {
	ex := testExtractor(t)
	ex.lex.expandForms()
	cache := newWordCache(ex.lex)
	rng := rand.New(rand.NewSource(12))
	pieces := []string{"a", "US", "U.S.", "3.5", "é", "’s", "'", "\"", ".", ",", "-", "–", "—", " ", " ", " ", "\t", "\n", "\r", "(", ")", "d'Ivoire", "year-on-year", "Jan."}
	fits := 0
	check := func(text string, from, start, end, to int) {
		if !wordsReadFit(text, from, to, start, end) {
			return
		}
		fits++
		whole := tokenizeInto(nil, text, from, to)
		parts := append(tokenizeInto(nil, text, from, start), cache.tokenizeInto(nil, text, start, end)...)
		if len(whole) != len(parts) {
			t.Fatalf("%q [%d %d %d %d]: %d words whole, %d in parts", text, from, start, end, to, len(whole), len(parts))
		}
		for i := range whole {
			w, p := whole[i], parts[i]
			if w.start != p.start || w.end != p.end || w.text != p.text || w.lower != p.lower || w.punct != p.punct {
				t.Fatalf("%q [%d %d %d %d]: word %d %+v whole, %+v in parts", text, from, start, end, to, i, w, p)
			}
		}
	}
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		cuts := []int{rng.Intn(len(text) + 1), rng.Intn(len(text) + 1), rng.Intn(len(text) + 1), rng.Intn(len(text) + 1)}
		slices.Sort(cuts)
		check(text, cuts[0], cuts[1], cuts[2], cuts[3])
	}
	for _, text := range testcorpus.Texts(t) {
		for pos := 0; pos < len(text); {
			start, end := ex.lex.sentenceBounds(text, pos)
			from, _ := ex.lex.sentenceBounds(text, max(0, start-2))
			to := end
			for to < len(text) && (text[to] == ' ' || text[to] == '\n') {
				to++
			}
			check(text, from, start, end, to)
			check(text, start, start, end, to)
			pos = max(end, pos+1)
		}
	}
	if fits < 10000 {
		t.Errorf("only %d stretches fit", fits)
	}
}
