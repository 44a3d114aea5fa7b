package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// sampleSentences are sentences with the kinds of word whose answers differ: names and
// demonyms, capitals at the start and inside, a line in capitals, curly quotes, a typing
// slip, forms of verbs and adjectives, hyphens, figures.
var sampleSentences = []string{
	"Germany's consumer prices rose 0.4 pct in March, the Federal Statistics Office said.",
	"ITALIAN 1986 GDP UP 2.7 PCT, ISTAT SAYS",
	"The Bank of England’s forecast sees inflation easing to 2% as the economy grows.",
	"The consuemr price index climbed a seasonally adjusted 0.3% year-on-year in Brazil.",
	"jamaica's gdp grew 1.2 pct, the planning institute of jamaica said on Tuesday.",
	"Unemployment in the eurozone fell to 6.5%, its lowest since the euro was launched.",
	"U.S. retail sales were higher than expected, rising faster than at any time since 2019.",
	"Mexico sells most of its exports to the United States; the peso weakened to 17.2.",
}

// sampleTexts returns the sample sentences, and the corpus's sentences with figures when
// the corpus is beside the repository.
func sampleTexts(t *testing.T) []string {
	texts := slices.Clone(sampleSentences)
	if testing.Short() {
		return texts
	}
	lex := testExtractor(t).lex
	for i, text := range testcorpus.Texts(t) {
		if i%4 != 0 {
			continue // a quarter of the corpus holds most of its words
		}
		for fs := range lex.figureSentences(text, quantity.Scan(text)) {
			texts = append(texts, text[fs.start:fs.end])
		}
	}
	return texts
}

// TestWordTypesAnswerAsLookups checks that a word read through its type gets the answers the
// lookups give it at each occurrence: its lower case, facts, bases, typing slip, where names
// start, whether it may be a word decided by what it is in context (contextWords) and what
// its spelling says of its part of speech.
func TestWordTypesAnswerAsLookups(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	cache := newWordCache(lex)
	for _, text := range sampleTexts(t) {
		cached := cache.tokenizeInto(nil, text, 0, len(text))
		plain := tokenizeInto(nil, text, 0, len(text))
		lex.attachFacts(plain)
		if len(cached) != len(plain) {
			t.Fatalf("%q: %d tokens through types, %d without", text, len(cached), len(plain))
		}
		for i := range plain {
			c, p := &cached[i], &plain[i]
			where := fmt.Sprintf("%q word %d %q", text, i, p.text)
			if c.start != p.start || c.end != p.end || c.text != p.text || c.lower != p.lower || c.punct != p.punct || c.facts != p.facts {
				t.Fatalf("%s: token %+v through its type, %+v without", where, *c, *p)
			}
			if !slices.Equal(c.basesOf(), p.basesOf()) {
				t.Errorf("%s: bases %q, want %q", where, c.basesOf(), p.basesOf())
			}
			// hasLemma turns away through its type the bases no form of the word has the
			// length of: every base asked in the code, the word's own forms, and others
			asked := append([]string{"say", "tell", "be", "see", "make", "let", "help", "watch", "want", "need", "allow",
				"compare", "have", "estimate", "put", "report", "write", "include", "contain", "comprise", "rate", "pace", "become",
				"remain", "require", "", "x", strings.Repeat("a", 31), strings.Repeat("a", 32), p.lower, p.lower + "s"}, p.basesOf()...)
			asked = append(asked, growthVerbs[:]...)
			for _, base := range asked {
				if got, want := c.hasLemma(base), hasLemma(p.lower, base); got != want || p.hasLemma(base) != want {
					t.Errorf("%s: hasLemma(%q) %v through its type, %v without; want %v", where, base, got, p.hasLemma(base), want)
				}
			}
			if got, want := c.ownBase(), slices.Contains(lemmasOf(p.lower), p.lower); got != want || p.ownBase() != want {
				t.Errorf("%s: ownBase %v through its type, %v without; want %v", where, got, p.ownBase(), want)
			}
			// (a mark is none of the words, all of letters, whatever the filter says of it)
			if got, want := c.mayBeContextWord(), contextWords.mayHold(p.lower) && !p.punct; got != want || p.mayBeContextWord() != want {
				t.Errorf("%s: mayBeContextWord %v through its type, %v without; want %v", where, got, p.mayBeContextWord(), want)
			}
			if c.namesRateGrowthOrBloc() != p.namesRateGrowthOrBloc() {
				t.Errorf("%s: namesRateGrowthOrBloc %v through its type", where, c.namesRateGrowthOrBloc())
			}
			if c.nameKey() != nameKeyOf(p.text) {
				t.Errorf("%s: name key %q", where, c.nameKey())
			}
			for _, trie := range []*phraseTrie{lex.entities, lex.institutions} {
				for _, caps := range []bool{false, true} {
					got, want := lex.nameRoots(trie, c, caps, nil), trie.nameRoots(nameKeyOf(p.text), caps)
					if !slices.Equal(got, want) {
						t.Errorf("%s: name roots (caps %v) %v, want %v", where, caps, got, want)
					}
				}
			}
			if c.punct {
				continue
			}
			want := ""
			if lex.typos.mayBeSlip(p.lower) {
				want = lex.slipOf(p.text, p.lower, p.facts, p.basesOf())
			}
			if got := c.wt.slip; got == nil && want != "" || got != nil && (*got != want || want == "") {
				t.Errorf("%s: slip %v, want %q", where, got, want)
			}
			if got, want := lex.formOf(c), lex.spellingOf(p); got != want {
				t.Errorf("%s: form %+v, want %+v", where, got, want)
			}
			if again := lex.formOf(c); again != lex.spellingOf(p) {
				t.Errorf("%s: form asked again %+v", where, again)
			}
			for range 2 { // found, then kept
				if got, want := c.canBeVerb(), canBeVerb(p.lower); got != want {
					t.Errorf("%s: canBeVerb %v, want %v", where, got, want)
				}
				if got, want := lex.adjectiveOf(c), isAdjective(lex, p.lower); got != want {
					t.Errorf("%s: adjective %v, want %v", where, got, want)
				}
			}
		}
	}
}

func TestWordCacheKeepsBoundedTypes(t *testing.T) {
	lex := testExtractor(t).lex
	for _, tc := range []struct {
		name  string
		words int
	}{
		{"fewer words than the cache holds", 100},
		{"as many as it holds", wordCacheSize},
		{"many more", 5 * wordCacheSize},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cache := newWordCache(lex)
			seen := map[*wordType]string{}
			for i := range tc.words {
				w := fmt.Sprintf("word%d", i)
				wt := cache.lookup(w, hashWord(w))
				if wt.text != w || wt.lower != w {
					t.Fatalf("lookup(%q) = type of %q", w, wt.text)
				}
				seen[wt] = w
				if again := cache.lookup(w, hashWord(w)); again != wt {
					t.Fatalf("lookup(%q) twice gave two types", w)
				}
			}
			kept := 0
			for _, set := range cache.sets {
				for _, wt := range set.types {
					if wt != noType {
						kept++
						if seen[wt] != wt.text {
							t.Fatalf("the cache holds %q, which no lookup made", wt.text)
						}
					}
				}
			}
			if kept > wordCacheSize || kept > tc.words {
				t.Errorf("the cache holds %d types after %d words", kept, tc.words)
			}
			// a type let go of stays what it was: tokens may still point to it
			for wt, w := range seen {
				if wt.text != w {
					t.Fatalf("type of %q changed to %q", w, wt.text)
				}
			}
		})
	}
}

// TestWordCacheDoesNotKeepText checks that a type holds a copy of its word, not the article
// text it was read from.
func TestWordCacheDoesNotKeepText(t *testing.T) {
	cache := newWordCache(testExtractor(t).lex)
	text := strings.Repeat("x", 1000) + " inflation"
	toks := cache.tokenizeInto(nil, text, 0, len(text))
	wt := toks[len(toks)-1].wt
	if wt == nil || wt.text != "inflation" {
		t.Fatalf("no type for %q", toks[len(toks)-1].text)
	}
	if unsafe.StringData(wt.text) == unsafe.StringData(text[1001:]) {
		t.Fatal("the type shares the article's storage")
	}
}

// TestClaimsConcurrently checks that goroutines extracting at once, each with its own word
// cache, find what one finds alone (run with -race).
func TestClaimsConcurrently(t *testing.T) {
	ex := testExtractor(t)
	texts := slices.Clone(sampleSentences)
	for i := range texts {
		texts[i] = texts[i] + " Prices rose 3% in 2023, and inflation was 4.1% in Germany."
	}
	want := make([][]Claim, len(texts))
	for i, text := range texts {
		want[i] = ex.Claims(Article{Text: text, Published: published}, Options{All: true})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(texts))
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				for i := range texts {
					k := (i + g + r) % len(texts)
					got := ex.Claims(Article{Text: texts[k], Published: published}, Options{All: true})
					if fmt.Sprint(got) != fmt.Sprint(want[k]) {
						errs <- fmt.Sprintf("goroutine %d: %q gave %v, want %v", g, texts[k], got, want[k])
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// FuzzTokenizeThroughTypes checks that reading words through their types tokenises any text
// as the plain tokeniser does, with the same lower case and facts.
func FuzzTokenizeThroughTypes(f *testing.F) {
	for _, s := range sampleSentences {
		f.Add(s)
	}
	f.Add("Ünemployment ’s  – U.S. 3.5% rise’ d'Ivoire")
	lex := testExtractor(f).lex
	lex.expandForms()
	cache := newWordCache(lex)
	f.Fuzz(func(t *testing.T, text string) {
		cached := cache.tokenizeInto(nil, text, 0, len(text))
		plain := tokenizeInto(nil, text, 0, len(text))
		lex.attachFacts(plain)
		if len(cached) != len(plain) {
			t.Fatalf("%d tokens through types, %d without", len(cached), len(plain))
		}
		for i := range plain {
			c, p := cached[i], plain[i]
			if c.start != p.start || c.end != p.end || c.text != p.text || c.lower != p.lower || c.punct != p.punct || c.facts != p.facts ||
				!slices.Equal(c.basesOf(), p.basesOf()) {
				t.Fatalf("token %d: %+v through its type, %+v without", i, c, p)
			}
		}
	})
}

func TestWordsInStopsAtAMeasure(t *testing.T) {
	lex := testExtractor(t).lex
	for _, tc := range []struct {
		text                    string
		measure, trigger, other bool
	}{
		{"The weather was fine on 3 May.", false, false, false},
		{"It was 3% a year earlier.", false, true, false},
		{"Company profits rose 3%.", false, true, true},
		{"INFLATION ROSE 3 PCT", true, true, false},
		// from the first measure word on nothing else is asked: the sentence is a candidate
		{"Inflation was 3%, and profits rose.", true, true, false},
		{"Profits rose 3%, and inflation was 2%.", true, true, true},
	} {
		measure, trigger, other := lex.wordsIn(tc.text, 0, len(tc.text))
		if measure != tc.measure || trigger != tc.trigger || other != tc.other {
			t.Errorf("wordsIn(%q) = %v, %v, %v; want %v, %v, %v", tc.text, measure, trigger, other, tc.measure, tc.trigger, tc.other)
		}
	}
}

// TestWordsInReadsEveryWord holds wordsAndWitnessIn, which finds words from masks of 64 bytes, to a
// reading of the words byte by byte, over stretches of the benchmark corpus that start and end
// anywhere: in a word, at a block's edge, past a word of more than a block.
func TestWordsInReadsEveryWord(t *testing.T) {
	lex := testExtractor(t).lex
	byBytes := func(text string) (kinds uint8) {
		for i := 0; i < len(text); {
			if !ascii.IsLetter(text[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(text) && ascii.IsLetter(text[j]) {
				j++
			}
			if k, ok := lex.kindTable.Lookup(text[i:j]); ok {
				kinds |= k
				if k&wordMeasure != 0 {
					break
				}
			}
			i = j
		}
		return kinds
	}
	long := strings.Repeat("x", 150)
	texts := append(testcorpus.Texts(t), "the rate "+long+"inflation rose", long+" it "+long, "profits"+long+" GDP")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range texts {
		for range 20 {
			start := rng.IntN(len(text) + 1)
			end := start + rng.IntN(min(len(text)-start, 400)+1)
			measure, trigger, other, witnessed := lex.wordsAndWitnessIn(text, start, end)
			want := byBytes(text[start:end])
			if measure != (want&wordMeasure != 0) || trigger != (want&wordTrigger != 0) || other != (want&wordOther != 0) || witnessed != want&(wordWitness|wordReadWitness) {
				t.Fatalf("wordsAndWitnessIn(%q) = %v, %v, %v, %#x; want %v, %v, %v, %#x", text[start:end], measure, trigger, other, witnessed,
					want&wordMeasure != 0, want&wordTrigger != 0, want&wordOther != 0, want&(wordWitness|wordReadWitness))
			}
		}
	}
}
