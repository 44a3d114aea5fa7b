package extract

// Tests that hold the shortcuts taken for speed to the plain code they stand for.

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
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

// measureBeforePlainly is measureBefore reading the sentence before with the plain tokenizer
// and the lexicon's facts looked up word by word, as the look back once read it.
func measureBeforePlainly(st *articleState, s *sentence) *measure {
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return nil
	}
	for _, m := range st.lex.findCues(tokenize(st.art.Text, from, to)) {
		if v, ok := m.has(catMeasure); ok && !st.lex.otherTopic(v) {
			return st.lex.measures[v]
		}
	}
	return nil
}

// TestLookBackReadsAsThePlainTokenizer holds the look back at the sentence before, read once
// through the word cache for every question (lookBack) or kept from the sentence read before
// it (retire), to the words and cues the plain tokenizer and findCues read there, and its
// answers (measureBefore, restrictedInText of every noun of a cue there) to those read from
// them, over the benchmark corpus, the worst inputs and texts with typing slips; in the state
// the sentences before leave, both when the look back held the sentence before already and
// when it held another text.
func TestLookBackReadsAsThePlainTokenizer(t *testing.T) {
	ex := testExtractor(t)
	texts := testcorpus.Texts(t)
	for _, text := range worstInputs(16 << 10) {
		texts = append(texts, text)
	}
	texts = append(texts, "Prices rose 2% in May. The inflatiion rate rose to 3% in June and ecomomic output grew 4%. Prices rose 4% in July.",
		"Inflatiion is a worry. It rose to 5% in March, as house prices rose 2%. Prices rose 1%.")
	held, read := 0, 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		for fs := range st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
			s := st.newSentence(fs.start, fs.end, fs.figures)
			if from, to, ok := st.sentenceBefore(s); ok {
				if lb := st.lookedBack; lb.toks != nil && lb.from == from && lb.to == to {
					held++
				} else {
					read++
				}
				lb := st.lookBack(from, to)
				toks := tokenize(text, from, to)
				cues := ex.lex.findCues(toks)
				same := len(toks) == len(lb.toks)
				for k := 0; same && k < len(toks); k++ {
					a, b := &toks[k], &lb.toks[k]
					same = a.start == b.start && a.end == b.end && a.lower == b.lower && a.punct == b.punct && a.facts == b.facts &&
						slices.Equal(a.basesOf(), b.basesOf())
				}
				if !same || !slices.EqualFunc(cues, lb.cues, func(a, b match) bool {
					return a.first == b.first && a.last == b.last && slices.Equal(a.cues, b.cues)
				}) {
					t.Fatalf("the look back's words of %q are not the plain tokenizer's", text[from:min(to, from+80)])
				}
				for _, m := range cues {
					lemma := toks[m.last].lower
					if ls := lemmasOf(lemma); len(ls) > 0 {
						lemma = ls[0]
					}
					if got, want := st.restrictedInText(from, to, lemma), ex.lex.restrictedIn(toks, cues, lemma, len(toks)); got != want {
						t.Fatalf("%q in %q: restricted %d through the look back, %d read plainly", lemma, text[from:min(to, from+80)], got, want)
					}
				}
			}
			if got, want := st.measureBefore(s), measureBeforePlainly(st, s); got != want {
				t.Fatalf("the measure before %q: %v through the look back, %v read plainly", text[s.start:min(s.end, s.start+80)], got, want)
			}
			st.sentenceClaims(nil, fs.start, fs.end, fs.figures, Options{})
		}
	}
	// (the sentences unreadUntokenised leaves unread are not tokenised, nor held then)
	if held < 400 || read < 500 {
		t.Fatalf("the look back held the sentence before %d times, read it %d times", held, read)
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
