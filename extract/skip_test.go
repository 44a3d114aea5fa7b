package extract

import (
	"reflect"
	"slices"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestUnreadSentencesChangeNoClaim holds the claims of Claims, which leaves the sentences
// analysisUnread answers for unread until a later sentence may read what they leave, to those
// of referenceClaims, which reads every candidate in full, with and without the bare figures,
// over claimCueTexts but the corpus (the dev sets, the seeds, the worst inputs, the
// paraphrases and the texts written otherwise) and unreadTexts; and sentence by sentence, the
// claims and the state left (sentenceByShortcutsAndInFull). TestSentenceShortcutsChangeNoClaim
// compares the corpus so. It fails when too few sentences are left unread, forgotten unread or
// analysed later to tell.
func TestUnreadSentencesChangeNoClaim(t *testing.T) {
	ex := testExtractor(t)
	unread, forgotten, later, chained := 0, 0, 0, 0
	for _, text := range append(claimCueTexts(t, false), unreadTexts...) {
		for _, opts := range []Options{{}, {All: true}} {
			a := Article{Text: text}
			if got, want := ex.Claims(a, opts), referenceClaims(ex, a, opts); !reflect.DeepEqual(got, want) {
				t.Fatalf("opts %+v: %d claims, want %d, of %.200q", opts, len(got), len(want), text)
			}
		}
		sentenceByShortcutsAndInFull(t, ex, text, Options{})
		u, f, l, c := countUnread(ex, text)
		unread, forgotten, later, chained = unread+u, forgotten+f, later+l, chained+c
	}
	if unread < 150 || forgotten < 25 || later < 25 || chained < 10 {
		t.Fatalf("%d sentences left unread, %d of them forgotten, %d settled later, %d chained", unread, forgotten, later, chained)
	}
}

// unreadTexts are texts of sentences that would be left unread but for one of the conditions
// of analysisUnread, each a claim the sentence makes or a later one makes of what it leaves.
var unreadTexts = []string{
	// the focus within a sentence end ("it" is the economy's, which lost the jobs)
	"Spain held an election in May. The economy lost 22,000 jobs. Nobody was surprised. It rose 3% in 2024.",
	// a figure stated before ("the 2.9% figure" is January's inflation)
	"Inflation in France was 2.9% in January 2023. Company profits rose 5% in 2023. The 2.9% figure was the highest since 2008.",
	// the sentence before names the measure
	"Inflation in Spain is becoming a worry. With 2,000 jobs gone, it rose to 5% in March.",
	// sentences left unread in a row, forgotten whole by a sentence far enough after them, or
	// settled one by one when it is near, the frame with a period ending at the first
	"Company profits rose 5% in 2023. The firm cut 90 jobs in 2022. Another firm cut 40 jobs in 2021. With 2,000 jobs gone, it rose to 4%. Nobody cared. Everyone left. Unemployment rose 2% in 2020.",
	"Company profits rose 5% in 2023. The firm cut 90 jobs in 2022. Another firm cut 40 jobs. Unemployment rose 2% that year.",
	// sentences left unread before one that only ends the focus, and one that reads the frame
	"Company profits rose 5% in 2023. The firm cut 90 jobs in 2022. Sales of cars fell 4%. Unemployment rose 2% in the same year.",
	// (the focus the last leaves, of "other", is read by the sentence after the one of spans)
	"Company profits rose 5% in 2023. The firm cut 90 jobs in 2022. Another firm cut 40 jobs. The jobs went over 3 years. Unemployment rose 2% in 2020.",
	// a focus with a country, far from the sentence unread, is read as far later (whose "it"
	// is, the country named most being another), unless the unread sentence ends it
	"France is big. France is rich. France is old. Inflation in Spain rose 3% in 2022. The weather was good. People were happy. Telegraph newspapers are axing 90 journalist jobs - 17% of their editorial staff. Nobody cared. Everyone left. Inflation is a worry again. With 2,000 jobs gone, it rose to 4%.",
}

// countUnread reads text's sentences with figures and counts those left unread, and of them
// those forgotten and those settled one by one (analysed or forgotten in turn) later, and the
// sentences left unread after others still unread (chained).
func countUnread(ex *Extractor, text string) (unread, forgotten, later, chained int) {
	st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
	for s := range st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
		pending := slices.Clone(st.unreadChain())
		// (what settleUnread asks, should this sentence settle them)
		forget := len(pending) > 0 && st.forgetsUnread(pending, s.start)
		st.sentenceClaims(nil, s.start, s.end, s.figures, Options{})
		if len(pending) > 0 && (len(st.unreadChain()) == 0 || st.unreadChain()[0].start != pending[0].start) {
			if forget {
				forgotten += len(pending)
			} else {
				later += len(pending)
			}
		}
		if n := len(st.unreadChain()); n > 0 && st.unreadChain()[n-1].start == s.start {
			unread++
			if n > 1 {
				chained++
			}
		}
	}
	return unread, forgotten, later, chained
}

// TestMeasureNamedBeforeIsMeasureBefore holds measureNamedBefore, which reads the sentence
// before from the look back's words, answers by namesNoNationalMeasure or reads it through the
// word cache, to measureBefore reading it with the plain tokenizer, over every sentence with figures of claimCueTexts, asked in the
// state the sentences before leave; every way is taken.
func TestMeasureNamedBeforeIsMeasureBefore(t *testing.T) {
	ex := testExtractor(t)
	var lookedBack, lacking, read int
	for _, text := range claimCueTexts(t, true) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		for fs := range st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
			s := st.newSentence(fs.start, fs.end, fs.figures)
			if from, to, ok := st.sentenceBefore(s); ok {
				switch lb := st.lookedBack; {
				case lb.toks != nil && lb.from == from && lb.to == to:
					lookedBack++
				case ex.lex.namesNoNationalMeasure(text, from, to):
					lacking++
				default:
					read++
				}
			}
			if got, want := st.measureNamedBefore(s), measureBeforePlainly(st, s) != nil; got != want {
				t.Fatalf("measureNamedBefore = %v, measureBefore %v, before %q", got, want, text[s.start:min(s.end, s.start+80)])
			}
			st.sentenceClaims(nil, fs.start, fs.end, fs.figures, Options{})
		}
	}
	t.Logf("the sentence before read from the look back %d times, answered by namesNoNationalMeasure %d, read %d", lookedBack, lacking, read)
	if lookedBack < 1000 || lacking < 1000 || read < 1000 {
		t.Fatalf("the sentence before read from the look back %d times, answered by namesNoNationalMeasure %d, read %d", lookedBack, lacking, read)
	}
}

// TestUnreadUntokenisedIsUnread holds unreadUntokenised to what the sentence tokenised tells:
// every sentence with figures of claimCueTexts and unreadTexts it answers for, in the state the
// sentences before leave, holds no cue mayHoldClaim takes or is one analysisUnread leaves
// unread. Texts with typing slips are among them (wordFamilies). It fails when too few are
// answered for to tell.
func TestUnreadUntokenisedIsUnread(t *testing.T) {
	ex := testExtractor(t)
	answered := 0
	for _, text := range append(claimCueTexts(t, true), unreadTexts...) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		for fs := range st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
			if st.unreadUntokenised(fs.start, fs.end, fs.figures) {
				answered++
				s := st.newSentence(fs.start, fs.end, fs.figures)
				if s.mayHoldClaim() && !st.analysisUnread(s) {
					t.Fatalf("%q is read, left unread untokenised", text[fs.start:fs.end])
				}
				st.retire(s)
			}
			st.sentenceClaims(nil, fs.start, fs.end, fs.figures, Options{})
		}
	}
	if answered < 1000 {
		t.Fatalf("%d sentences answered for", answered)
	}
}

// TestWitnessedSentencesLackNoWitness holds the witnesses wordsAndWitnessIn reports to the
// tests they spare the sentence: a sentence with figures of claimCueTexts where it reports
// wordWitness does not lack claim cues (lacksClaimCues), and one where it reports
// wordReadWitness does not lack read witnesses (lacksReadWitnesses), unless a letter of it
// touches a digit ("gdp2": a word of letters there, where lacksPhrase reads the run of letters
// and digits; such a sentence is only tokenised for nothing). It fails when too few sentences
// have either witness.
func TestWitnessedSentencesLackNoWitness(t *testing.T) {
	ex := testExtractor(t)
	types := newWordCache(ex.lex)
	witnessed, readWitnessed := 0, 0
	for _, text := range claimCueTexts(t, true) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: types}
		for fs := range st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
			_, _, _, kinds := ex.lex.wordsAndWitnessIn(text, fs.start, fs.end)
			if lettersTouchDigits(text[fs.start:fs.end]) {
				continue
			}
			if kinds&wordWitness != 0 {
				witnessed++
				if ex.lex.lacksClaimCues(text, fs.start, fs.end, types) {
					t.Fatalf("%q has a witness, and lacks claim cues", text[fs.start:fs.end])
				}
			}
			if kinds&wordReadWitness != 0 {
				readWitnessed++
				if ex.lex.lacksReadWitnesses(text, fs.start, fs.end, types) {
					t.Fatalf("%q has a read witness, and lacks read witnesses", text[fs.start:fs.end])
				}
			}
		}
	}
	if witnessed < 1000 || readWitnessed < 1000 {
		t.Fatalf("%d sentences with a witness, %d with a read witness", witnessed, readWitnessed)
	}
}

// lettersTouchDigits reports an ASCII letter beside an ASCII digit in text.
func lettersTouchDigits(text string) bool {
	for i := 1; i < len(text); i++ {
		a, b := text[i-1], text[i]
		if ascii.IsLetter(a) && b >= '0' && b <= '9' || a >= '0' && a <= '9' && ascii.IsLetter(b) {
			return true
		}
	}
	return false
}

// TestSettleUnreadReadsNoSentenceWithoutClaimCues holds settleUnread to sentenceClaims: a
// sentence unreadUntokenised answers for that holds no cue mayHoldClaim takes, settled by the
// sentence after it, is not analysed (which would end the frame there), as sentenceClaims
// would not have analysed it.
func TestSettleUnreadReadsNoSentenceWithoutClaimCues(t *testing.T) {
	ex := testExtractor(t)
	text := "The 300 delegates met in Paris in May 2024. Inflation rose 2% in June."
	st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
	sentences := slices.Collect(st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))))
	d := sentences[0]
	if !st.unreadUntokenised(d.start, d.end, d.figures) {
		t.Fatalf("%q is not answered for", text[d.start:d.end])
	}
	st.leaveUnread(d.start, d.end, d.figures)
	st.settleUnread(sentences[1].start)
	if len(st.unreadChain()) != 0 || st.frame != (frame{}) || st.focus != (focus{}) {
		t.Fatalf("settled, the sentence leaves unread %d, frame %+v, focus %+v", len(st.unreadChain()), st.frame, st.focus)
	}
}

// TestReadWitnessesHoldEveryWordNamed holds readPhrases to namesRateGrowthOrBloc: every form
// of the dictionary, base and word of the benchmark corpus that it names is a read witness
// alone.
func TestReadWitnessesHoldEveryWordNamed(t *testing.T) {
	ex := testExtractor(t)
	ex.lex.expandForms()
	words := append(append([]string{"rate"}, growthVerbs[:]...), blocNouns[:]...)
	lemmas.each(func(form string, bases []string) { words = append(append(words, form), bases...) })
	for _, text := range testcorpus.Texts(t) {
		for _, tok := range tokenize(text, 0, len(text)) {
			words = append(words, tok.lower)
		}
	}
	named := 0
	for _, w := range words {
		if !namesRateGrowthOrBloc(w, lemmasOf(w)) {
			continue
		}
		named++
		if b, ok := ex.lex.readWitnesses.words.Lookup(w); !ok || !b.alone {
			t.Fatalf("%q is named by namesRateGrowthOrBloc, not a read witness alone", w)
		}
	}
	if named < 100 {
		t.Fatalf("%d words named", named)
	}
}

// TestNamesRateGrowthOrBloc holds namesRateGrowthOrBloc to the questions it stands for, asked
// of every word of the benchmark corpus's sentences with figures, tokenised as newSentence
// tokenises them, and of words that are forms of them.
func TestNamesRateGrowthOrBloc(t *testing.T) {
	ex := testExtractor(t)
	texts := append(claimCueTexts(t, true), "Rates rated growing grew expanded shrank shrunk contracting contracts zones regions unions blocs areas")
	words, named := 0, 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		for fs := range st.sentenceIndex().figureSentences(prepareQuantities(text, quantity.Scan(text))) {
			s := st.newSentence(fs.start, fs.end, fs.figures)
			for i := range s.toks {
				w := &s.toks[i]
				want := w.hasLemma("rate") || isBlocNoun(w.lower)
				for _, verb := range growthVerbs {
					want = want || hasLemma(w.lower, verb)
				}
				if got := w.namesRateGrowthOrBloc(); got != want {
					t.Fatalf("namesRateGrowthOrBloc(%q) = %v", w.lower, got)
				}
				words++
				if want {
					named++
				}
			}
			st.retire(s)
		}
	}
	if words < 100000 || named < 1000 {
		t.Fatalf("%d words asked about, %d of them named", words, named)
	}
}

// FuzzUnreadSentences holds the claims of Claims to those of referenceClaims, which reads
// every candidate in full, on any text, with and without the bare figures; and sentence by
// sentence, the claims and the state left (sentenceByShortcutsAndInFull).
func FuzzUnreadSentences(f *testing.F) {
	for _, s := range unreadTexts {
		f.Add(s)
	}
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, opts := range []Options{{}, {All: true}} {
			a := Article{Text: text}
			if got, want := ex.Claims(a, opts), referenceClaims(ex, a, opts); !reflect.DeepEqual(got, want) {
				t.Fatalf("opts %+v: %d claims, want %d, of %q", opts, len(got), len(want), text)
			}
		}
		sentenceByShortcutsAndInFull(t, ex, text, Options{})
	})
}

// TestArticleStateStaysOnTheStack holds extraction of a text with no figure to the one
// allocation of the handle its pooled buffers are kept by: the state of an article (1.5 kB)
// is kept on the stack, and a field of it that points into it (a slice of its own array, as
// the chain of sentences left unread once was) would move it to the heap for every article.
func TestArticleStateStaysOnTheStack(t *testing.T) {
	ex := testExtractor(t)
	for _, text := range []string{"", "No figure here, only words.", "Words, then a long sentence that goes on and on without a single figure in it."} {
		ex.Claims(Article{Text: text}, Options{})
		if n := testing.AllocsPerRun(50, func() { ex.Claims(Article{Text: text}, Options{}) }); n > 1 {
			t.Errorf("extracting %q allocates %.1f times, want at most once", text, n)
		}
	}
}
