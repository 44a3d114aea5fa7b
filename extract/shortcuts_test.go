package extract

// Tests that hold the shortcuts taken for speed to the plain code they stand for.

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestRestrictedMemoAgreesWithScan holds the remembered look-back of restrictedInSentence to
// the plain scan of restrictedIn: asked about every noun at every word of long sentences, in
// an order that jumps back and forth as the readings of figures do, the two must agree.
func TestRestrictedMemoAgreesWithScan(t *testing.T) {
	ex := testExtractor(t)
	texts := []string{
		worstInputs(4 << 10)["figures and years"],
		"Prices rose 2% in May. House prices fell, and prices of food rose, while prices overall " +
			"rose 3%; consumer prices rose 1% and prices rose again, and export growth was slow " +
			"while growth rose and economic growth and growth of wages rose 2% as prices did.",
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		for start := 0; start < len(text); {
			_, end := ex.lex.sentenceBounds(text, start)
			if end <= start {
				break
			}
			s := st.newSentence(start, end, nil)
			var lemmas []string
			for _, m := range s.cues {
				w := s.toks[m.last].lower
				if ls := lemmasOf(w); len(ls) > 0 {
					w = ls[0]
				}
				lemmas = append(lemmas, w)
			}
			for range 4 * len(s.toks) {
				at := rng.Intn(len(s.toks) + 1)
				if len(lemmas) == 0 {
					break
				}
				lemma := lemmas[rng.Intn(len(lemmas))]
				want := ex.lex.restrictedIn(s.toks, s.cues, lemma, at)
				if got := ex.lex.restrictedInSentence(s, lemma, at); got != want {
					t.Fatalf("%q before word %d of %q: remembered %d, scanned %d", lemma, at, strings.TrimSpace(s.text[:min(len(s.text), 80)]), got, want)
				}
			}
			st.recycled = s
			start = end
		}
	}
}

// FuzzLoweredText holds loweredText.slice to strings.ToLower of the same stretch: the text
// is lowered byte for byte, by stretches or whole, which is only right for ASCII, and a
// stretch may cut a character in two.
func FuzzLoweredText(f *testing.F) {
	for _, seed := range []string{"in Germany grew 1.2% in 1980", "ÉTÉ 2004 Quarter", "the İstanbul QUARTER of 2004", "\xe2\x80", "abc"} {
		f.Add(seed, 0, len(seed))
		f.Add(seed, 1, len(seed)-1)
	}
	f.Fuzz(func(t *testing.T, text string, from, to int) {
		if from < 0 || to > len(text) || from > to {
			return
		}
		// lowered by stretches, and whole as a text dense with dates is
		for _, low := range []loweredText{newLoweredText(text, 0), newLoweredText(text, len(text))} {
			for _, stretch := range [][2]int{{from, to}, {0, len(text)}, {from, from}} {
				got, want := low.slice(stretch[0], stretch[1]), strings.ToLower(text[stretch[0]:stretch[1]])
				if got != want {
					t.Fatalf("slice(%d, %d) of %q (lowered whole: %t) = %q, want %q", stretch[0], stretch[1], text, low.whole != "", got, want)
				}
			}
		}
	})
}

// TestRetiredSentenceIsWhatALookBackReads holds the words and cues a read sentence leaves
// for the next one's look back to those a look back reads itself, over the benchmark corpus
// and a run-on text of figures.
func TestRetiredSentenceIsWhatALookBackReads(t *testing.T) {
	ex := testExtractor(t)
	texts := append(testcorpus.Texts(t), worstInputs(16 << 10)["figures and years"], "Prices rose 2% in May. The inflatiion rate rose to 3% in June and ecomomic output grew 4%. Prices rose 4% in July.")
	checked := 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		for fs := range figureSentencesOf(ex.lex, text) {
			start, end := fs.start, fs.end
			st.sentenceClaims(nil, start, end, fs.figures, Options{})
			lb := st.lookedBack
			if lb.toks == nil || lb.from != start || lb.to != end {
				continue
			}
			toks := tokenizeInto(nil, text, start, end)
			cues := ex.lex.findCuesInto(nil, toks)
			same := len(toks) == len(lb.toks)
			for k := 0; same && k < len(toks); k++ {
				a, b := toks[k], lb.toks[k]
				same = a.start == b.start && a.end == b.end && a.lower == b.lower && a.facts == b.facts
			}
			if !same || !slices.EqualFunc(cues, lb.cues, func(a, b match) bool {
				return a.first == b.first && a.last == b.last && slices.Equal(a.cues, b.cues)
			}) {
				t.Fatalf("the words kept of %q are not those read again", text[start:min(end, start+80)])
			}
			checked++
		}
	}
	if checked < 100 {
		t.Fatalf("only %d sentences kept: the test checks nothing", checked)
	}
}

// TestBasesOfAWordAreTheDictionarys holds the bases a word takes from the lexicon's facts to
// the dictionary's (and whether it is a verb form), for the words of the benchmark corpus (typos corrected as in a sentence).
func TestBasesOfAWordAreTheDictionarys(t *testing.T) {
	ex := testExtractor(t)
	withFacts := 0
	for _, text := range testcorpus.Texts(t)[:300] {
		toks := tokenizeInto(nil, text, 0, len(text))
		ex.lex.expandForms()
		ex.lex.attachFacts(toks)
		ex.lex.correctTypos(toks)
		for i := range toks {
			if toks[i].facts != nil {
				withFacts++
			}
			if got, want := toks[i].basesOf(), lemmasOf(toks[i].lower); !slices.Equal(got, want) {
				t.Fatalf("bases of %q: %v, the dictionary's %v", toks[i].lower, got, want)
			}
			if got, want := isVerbFormOf(toks[i].lower, &toks[i]), isVerbFormOf(toks[i].lower, nil); got != want {
				t.Fatalf("%q is a verb form: %v from its facts, %v from the dictionary", toks[i].lower, got, want)
			}
		}
	}
	if withFacts == 0 {
		t.Fatal("no word had facts: the test checks nothing")
	}
}

// TestSentenceMatchesComeInOrder holds the order the searches of a sentence's cues, names and
// dates rely on (cuesFrom, entsFrom, coordinatedDates, restrictedIn): each in the order it
// starts, none overlapping the next, over the sentences of the corpus and a run-on text.
func TestSentenceMatchesComeInOrder(t *testing.T) {
	ex := testExtractor(t)
	texts := append(testcorpus.Texts(t)[:600], worstInputs(16 << 10)["figures and years"])
	sentences := 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		for fs := range figureSentencesOf(ex.lex, text) {
			s := st.newSentence(fs.start, fs.end, fs.figures)
			st.analyse(s)
			sentences++
			for name, ms := range map[string][]match{"cues": s.cues, "names": s.ents, "institutions": s.insts} {
				for k := 1; k < len(ms); k++ {
					if ms[k].first <= ms[k-1].last {
						t.Fatalf("%s of %q out of order: %v then %v", name, s.text, ms[k-1], ms[k])
					}
				}
			}
			for k := 1; k < len(s.exprs); k++ {
				if s.exprs[k].Start < s.exprs[k-1].Start {
					t.Fatalf("dates of %q out of order: %v then %v", s.text, s.exprs[k-1], s.exprs[k])
				}
			}
			st.retire(s)
		}
	}
	if sentences < 1000 {
		t.Fatalf("only %d sentences read", sentences)
	}
}
