package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// claimCueTexts are the texts the tests of lacksClaimCues read: the benchmark corpus (when
// corpus is set), the dev sets, the seed articles, the worst inputs, the paraphrases of the families, and those texts
// again (the short ones) written with capitals, slips and marks that change how their words are
// read.
func claimCueTexts(t *testing.T, corpus bool) []string {
	var texts []string
	if corpus {
		texts = testcorpus.Texts(t)
	}
	for _, dir := range []string{"eval/bbc-dev/business", "eval/reuters-dev/reuters", "articles"} {
		texts = append(texts, testcorpus.Articles(t, dir+"/*.txt")...)
	}
	for _, text := range worstInputs(8 << 10) {
		texts = append(texts, text)
	}
	for _, fams := range [][]family{notNationalFamilies, neighbourFamilies, structureFamilies, plainFamilies, contextFamilies, wordFamilies, periodFamilies} {
		for _, f := range fams {
			texts = append(texts, f.wordings...)
		}
	}
	// the short texts written otherwise: the paraphrases, and the last articles of the sets
	// and the corpus under a kilobyte and a half
	variants := 0
	for i := len(texts) - 1; i >= 0 && variants < 1200; i-- {
		text := texts[i]
		if len(text) > 1500 {
			continue
		}
		variants++
		texts = append(texts,
			strings.ToUpper(text), strings.ToLower(text),
			strings.ReplaceAll(text, "'", "’"), strings.ReplaceAll(text, " ", "'s2"),
			strings.ReplaceAll(text, "k", "\u212a"), strings.ReplaceAll(text, "i", "\u0130"),
			strings.ReplaceAll(text, "e", "é"), strings.ReplaceAll(text, " ", "."))
	}
	return append(texts,
		"The number of people out of wrok rose 5% in 2023.", "The peolpe out of work numbered 3.1 million in 2023.",
		"Broad money (M3) grew 5% in 2023.", "The money supply, M3, was 5% higher.", "m3 5%", "That compares with 4.2% a year earlier.",
		"The people out of wor\u212a were 5%.", "The people out of W\u0130RK were 5%.", "The people out of work3 were 5%.")
}

// TestLacksClaimCuesMeansNoClaimCue holds lacksClaimCues to the sentence it spares: over every
// sentence of the texts of claimCueTexts, a sentence it answers for holds no cue mayHoldClaim
// takes, once tokenised, its slips corrected and its cues found as newSentence does.
func TestLacksClaimCuesMeansNoClaimCue(t *testing.T) {
	ex := testExtractor(t)
	lacking, holding := 0, 0
	for _, text := range claimCueTexts(t, true) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		for from := 0; from < len(text); {
			start, end := st.sentenceIndex().bounds(from)
			if end <= start {
				from++
				continue
			}
			lacks := ex.lex.lacksClaimCues(text, start, end, st.types)
			s := st.newSentence(start, end, nil)
			switch holds := s.mayHoldClaim(); {
			case lacks && holds:
				t.Fatalf("lacksClaimCues(%q), which holds %v", s.text, s.cues)
			case lacks:
				lacking++
			case holds:
				holding++
			}
			st.retire(s)
			from = max(end, from+1)
		}
	}
	if lacking < 10000 || holding < 1000 {
		t.Fatalf("%d sentences found lacking cues, %d holding them", lacking, holding)
	}
}

// TestNamesNoNationalMeasureMeansNone holds namesNoNationalMeasure to the sentence it spares:
// over every sentence of the texts of claimCueTexts, a sentence it answers for holds no cue of
// a measure of a national topic, once tokenised and its cues found as lookBack finds them
// (with the plain tokenizer, and no slip corrected).
func TestNamesNoNationalMeasureMeansNone(t *testing.T) {
	ex := testExtractor(t)
	lacking, naming, maybe := 0, 0, 0
	for _, text := range claimCueTexts(t, true) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		for from := 0; from < len(text); {
			start, end := st.sentenceIndex().bounds(from)
			if end <= start {
				from++
				continue
			}
			lacks := ex.lex.namesNoNationalMeasure(text, start, end)
			switch m := nationalMeasureIn(ex.lex, text, start, end); {
			case lacks && m != nil:
				t.Fatalf("namesNoNationalMeasure(%q), which names %s", text[start:end], m.name)
			case lacks:
				lacking++
			case m != nil:
				naming++
			default:
				maybe++
			}
			from = max(end, from+1)
		}
	}
	t.Logf("%d sentences found naming no national measure, %d naming one, %d neither", lacking, naming, maybe)
	if lacking < 10000 || naming < 1000 {
		t.Fatalf("%d sentences found naming no national measure, %d naming one", lacking, naming)
	}
}

// nationalMeasureIn is the first measure of a national topic the cues of text[start:end] name,
// read with the plain tokenizer, or nil.
func nationalMeasureIn(lex *Lexicon, text string, start, end int) *measure {
	for _, m := range lex.findCues(tokenize(text, start, end)) {
		if mm := m.measureOf(); mm != nil && !blocks(mm) {
			return mm
		}
	}
	return nil
}

// FuzzNamesNoNationalMeasure holds namesNoNationalMeasure to the cues of any text.
func FuzzNamesNoNationalMeasure(f *testing.F) {
	for _, s := range []string{"The number of people out of work rose 5%.", "without a job", "Broad money (M3) grew", "wor\u212a out", "GROWTH rate"} {
		f.Add(s)
	}
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if ex.lex.namesNoNationalMeasure(text, 0, len(text)) {
			if m := nationalMeasureIn(ex.lex, text, 0, len(text)); m != nil {
				t.Fatalf("namesNoNationalMeasure(%q), which names %s", text, m.name)
			}
		}
	})
}

// TestClaimsWithAndWithoutLacksClaimCues holds the claims and the state left after every
// sentence with a figure to those read with every candidate tokenised (sentenceClaimsInFull),
// over claimCueTexts but the corpus, which TestSentenceShortcutsChangeNoClaim reads so. The
// bare figures are asked for too: a sentence turned away gives them as one read in full does.
func TestClaimsWithAndWithoutLacksClaimCues(t *testing.T) {
	ex := testExtractor(t)
	opts := Options{All: true}
	claims := 0
	for _, text := range claimCueTexts(t, false) {
		for _, c := range sentenceByShortcutsAndInFull(t, ex, text, opts) {
			if c.Indicator != "" {
				claims++
			}
		}
	}
	if claims < 50 {
		t.Fatalf("only %d claims with an indicator compared", claims)
	}
}

// TestLowerIsASCII holds lowerIsASCIIAt to every rune past ASCII whose lower case, as the
// tokenizer writes it, holds an ASCII letter or digit.
func TestLowerIsASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		lower := lowerASCII(string(r))
		alnum := false
		for i := 0; i < len(lower); i++ {
			alnum = alnum || lower[i] < utf8.RuneSelf && asciiWord[lower[i]]
		}
		if got := lowerIsASCIIAt(string(r), 0); got != alnum {
			t.Errorf("lowerIsASCIIAt(%q) = %v; its lower case is %q", r, got, lower)
		}
	}
}

// TestWitnessesCoverClaimPhrases holds the witnesses to the phrases: every phrase of measure,
// change or kind, and every comparison whose first word may be a form of "compare", has a
// word among them.
func TestWitnessesCoverClaimPhrases(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	if lex.witnesses == nil {
		t.Fatal("no witnesses")
	}
	for _, p := range lex.claimPhrases {
		found := false
		for _, k := range p.keys {
			found = found || lex.witnesses.words.Has(k)
		}
		if !found && (p.category != catComparison || hasLemma(p.keys[0], "compare")) {
			t.Errorf("the phrase %q (%s) has no witness", p.keys, p.category)
		}
	}
}

// FuzzLacksClaimCues holds lacksClaimCues to the cues newSentence finds, on any text.
func FuzzLacksClaimCues(f *testing.F) {
	for _, s := range []string{"The number of people out of work rose 5%.", "peolpe out of wrok 5%", "M3 grew 5%", "wor\u212a", "It compares with 4%."} {
		f.Add(s)
	}
	ex := testExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		if text == "" {
			return
		}
		st := &articleState{lex: ex.lex, art: Article{Text: text}, types: newWordCache(ex.lex)}
		if ex.lex.lacksClaimCues(text, 0, len(text), st.types) {
			if s := st.newSentence(0, len(text), nil); s.mayHoldClaim() {
				t.Fatalf("lacksClaimCues(%q), which holds %v", text, s.cues)
			}
		}
	})
}

// TestPhrasesByLowestBit holds the index of phraseWords' phrases: the phrases of bit b are
// those whose lowest bit is b, and every phrase is of one.
func TestPhrasesByLowestBit(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	for _, x := range []*phraseWords{lex.witnesses, lex.national} {
		seen := 0
		for b := range len(x.phrasesFrom) - 1 {
			for _, p := range x.phrases[x.phrasesFrom[b]:x.phrasesFrom[b+1]] {
				if p.bits[b/64]>>(b%64)&1 == 0 || p.bits[0]&(1<<min(b, 64)-1) != 0 || b >= 64 && p.bits[1]&(1<<(b-64)-1) != 0 {
					t.Errorf("phrase %v is indexed by bit %d", p.bits, b)
				}
				seen++
			}
		}
		if seen != len(x.phrases) || len(x.phrases) < 10 {
			t.Errorf("%d phrases indexed of %d", seen, len(x.phrases))
		}
	}
}

// TestLacksPhraseReadsEveryRun holds lacksPhrase, which finds the runs of ASCII letters and
// digits from masks of 64 bytes, to a reading of the runs byte by byte (lacksPhraseByRuns), for
// each of its tables, over stretches of the benchmark corpus that start and end anywhere, and
// over runs that go on from one block into the next ending in a word of the table.
func TestLacksPhraseReadsEveryRun(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	types := newWordCache(lex)
	texts := testcorpus.Texts(t)
	for _, w := range []string{"inflation", "gdp", "unemployment", "rate", "grew"} {
		for _, before := range []int{62, 63, 64, 127, 150} {
			texts = append(texts, "a"+strings.Repeat("x", before)+w+" it rose 5%", "a"+strings.Repeat("x", before)+w)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	lacking := 0
	for _, text := range texts {
		for k := range 20 {
			start, end := 0, len(text)
			if k > 0 {
				start = rng.IntN(len(text) + 1)
				end = start + rng.IntN(min(len(text)-start, 400)+1)
			}
			for _, c := range []struct {
				x     *phraseWords
				typos *typoIndex
				types *wordCache
			}{{lex.witnesses, lex.typos, types}, {lex.national, nil, nil}, {lex.readWitnesses, lex.typos, types}} {
				got, want := c.x.lacksPhrase(text, start, end, c.typos, c.types), lacksPhraseByRuns(c.x, text, start, end, c.typos, c.types)
				if got != want {
					t.Fatalf("lacksPhrase(%q) = %v, want %v", text[start:end], got, want)
				}
				if got {
					lacking++
				}
			}
		}
	}
	if lacking < 10000 {
		t.Fatalf("%d stretches found lacking", lacking)
	}
}

// lacksPhraseByRuns is lacksPhrase reading the runs of ASCII letters and digits byte by byte.
func lacksPhraseByRuns(x *phraseWords, text string, start, end int, typos *typoIndex, types *wordCache) bool {
	for i := start; i < end; i++ {
		if lowerIsASCIIAt(text, i) {
			return false
		}
	}
	var found [2]uint64
	for i := start; i < end; {
		if !asciiWordByte[text[i]] {
			i++
			continue
		}
		j := i
		for j < end && asciiWordByte[text[j]] {
			j++
		}
		w := text[i:j]
		if b, ok := x.words.Lookup(w); ok {
			if b.alone {
				return false
			}
			found[0] |= b.bits[0]
			found[1] |= b.bits[1]
		}
		if l := initialismAt(text, i, end); l != "" {
			if b, ok := x.words.Lookup(l); ok { // "G.D.P." read as "gdp"
				if b.alone {
					return false
				}
				found[0] |= b.bits[0]
				found[1] |= b.bits[1]
			}
		}
		if types != nil && typos.mayBeSlip(w) && lowerLetters(w) && types.lookup(w, hashWord(w)).slip != nil {
			return false
		}
		i = j
	}
	for _, p := range x.phrases {
		if p.bits[0]&^found[0] == 0 && p.bits[1]&^found[1] == 0 {
			return false
		}
	}
	return true
}
