package checks

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// readingSentences are sentences that exercise every part of a reading: definition cues near
// and far, a cited source's name, target words alone and inside other words, measure words,
// rate words, text that lowers to other lengths, and a long run-on sentence.
var readingSentences = []string{
	"",
	"Inflation stayed above the Bank's 2% target throughout 2024.",
	"Germany's registered unemployment rate was 5.7% in 2024, the Bundesagentur für Arbeit said, against 3.4% on the ILO measure.",
	// Two cues of one aspect as far from the 5%: the first of definition_cues.csv decides.
	"Of registered unemployment,  5% ILO, and ILO,  6% registered unemployment.",
	"Consumer prices rose 9.52% in 2024, December on December, and 8.2% on average.",
	"Nominal GDP grew 6.1% while real GDP grew 2.3% at constant prices; GDP per head reached $54,777, or $70,000 at PPP.",
	// Some measures and not the others: nominal per head without PPP, real at purchasing power.
	"Nominal GDP rose 5% to $4.1tn in 2024, or 4% per head.",
	"Real GDP grew 2.3% in 2024, and 1.1% per head in purchasing-power terms.",
	"The central bank kept its key rate unchanged at 4.5% after it raised it by a quarter point in March.",
	"A claim about the deficit ceiling of 3% of gross domestic product, under the Maastricht rules of general government debt.",
	"İSTANBUL: the KELVIN sign \u212a and ÅNGSTRÖM lower to other lengths; the GNP grew 4%.",
	"\xff\xfe broken bytes before a target of 3% and\u00a0GNI\u2028growth",
	testcorpus.DenseText(4000),
}

// readingFields is what a reading says, its lazily read parts included.
func readingFields(r *sentenceReading) []any {
	nominal, real, perHead, ppp := r.measureWords()
	decision, hold := r.rateWords()
	return []any{r.sentence, r.lower, r.cues, r.mayNameTarget, nominal, real, perHead, ppp, decision, hold}
}

// TestSentenceCacheGivesAFreshReading: a reading from the cache says exactly what reading the
// sentence afresh says, when the sentence is read again by the same string, by an equal string
// at another address, and when two sentences alternate in one slot.
func TestSentenceCacheGivesAFreshReading(t *testing.T) {
	for _, slots := range []int{1, 2, 64} {
		cache := newSentenceCache(slots)
		for round := range 3 {
			for i, s := range readingSentences {
				for _, sentence := range []string{s, strings.Clone(s), readingSentences[(i+1)%len(readingSentences)], s} {
					got, want := readingFields(cache.read(sentence)), readingFields(readSentence(sentence))
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%d slots, round %d, sentence %.40q: cached %v, fresh %v", slots, round, sentence, got, want)
					}
				}
			}
		}
	}
	if got, want := readingFields(emptyReading), readingFields(readSentence("")); !reflect.DeepEqual(got, want) {
		t.Errorf("the shared empty reading %v, fresh %v", got, want)
	}
}

// TestSentenceCacheKeepsCopies: claims that share a sentence share its reading; the reading
// keeps a copy of the sentence, never the text it is cut from; a sentence too long to keep is
// read afresh, alike.
func TestSentenceCacheKeepsCopies(t *testing.T) {
	cache := newSentenceCache(64)
	article := "Headline. " + readingSentences[len(readingSentences)-1] + " Next sentence."
	sentence := article[len("Headline. ") : len(article)-len(" Next sentence.")]
	first := cache.read(sentence)
	if again := cache.read(sentence); first != again {
		t.Error("a sentence read twice in a row was read afresh")
	}
	if unsafe.StringData(first.sentence) == unsafe.StringData(sentence) {
		t.Error("the cache keeps the text the sentence is cut from")
	}
	long := testcorpus.DenseText(maxCachedSentence + 100)
	if got, want := readingFields(cache.read(long)), readingFields(readSentence(long)); !reflect.DeepEqual(got, want) {
		t.Errorf("a long sentence reads %v, afresh %v", got, want)
	}
}

// TestSentenceCacheFromManyGoroutines reads sentences from many goroutines at once, through a
// cache of fewer slots than sentences, so that slots are taken and retaken while others read
// them: every reading must still be the sentence's own (run with -race).
func TestSentenceCacheFromManyGoroutines(t *testing.T) {
	want := make([][]any, len(readingSentences))
	for i, s := range readingSentences {
		want[i] = readingFields(readSentence(s))
	}
	cache := newSentenceCache(3)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			for round := range 50 {
				i := (g + round) % len(readingSentences)
				if got := readingFields(cache.read(readingSentences[i])); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d, sentence %d: %v, want %v", g, i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestReadingAnswersAsTheSentence compares what claims read from a reading with what reading
// their sentence afresh for each claim gives (claimedDefinitionOf and policyTargetOf below: how
// the judge read sentences before readings), for claims at every figure of every sentence.
func TestReadingAnswersAsTheSentence(t *testing.T) {
	for _, sentence := range readingSentences {
		quotes := []string{"", "not in the sentence"}
		for _, w := range strings.Fields(sentence) {
			if strings.ContainsAny(w, "0123456789") {
				quotes = append(quotes, w)
			}
		}
		for _, quote := range quotes {
			for _, source := range []string{"", "Bundesagentur", "the Federal Labour Office", "IMF"} {
				sameReadingAsSentence(t, sentence, quote, source)
			}
		}
	}
}

// sameReadingAsSentence fails t when a claim of the sentence reads otherwise from a reading
// than from its sentence.
func sameReadingAsSentence(t *testing.T, sentence, quote, source string) {
	t.Helper()
	nominal, real, perHead, ppp := readSentence(sentence).measureWords()
	decision, hold := readSentence(sentence).rateWords()
	got := []bool{nominal, real, perHead, ppp, decision, hold}
	lower := strings.ToLower(sentence)
	want := []bool{containsAny(lower, nominalWords), containsAny(lower, realWords), containsAny(lower, perHeadWords),
		strings.Contains(sentence, "PPP") || strings.Contains(lower, "purchasing power") || strings.Contains(lower, "purchasing-power"),
		mentionsAnyOf(sentence, decisionWords), mentionsAnyOf(sentence, holdWords)}
	if !slices.Equal(got, want) {
		t.Fatalf("%q: measure and rate words %v, want %v", sentence, got, want)
	}
	for _, indicator := range []string{"inflation", "unemployment_rate", "gdp_growth", "gdp_per_capita", "government_debt"} {
		for _, period := range []string{"2024", "FY2024", "2024-12"} {
			c := figureClaim("DEU", indicator, period, 2, 1, saying(sentence, quote), citing(source))
			for _, pricesUnknown := range []bool{false, true} {
				j := judgement{claim: c, opts: DefaultOptions(), pricesUnknown: pricesUnknown}
				if got, want := j.claimedDefinition(), claimedDefinitionOf(j); !maps.Equal(got, want) {
					t.Fatalf("%s %s, quote %q of %q, source %q: claimed %v, want %v", indicator, period, quote, sentence, source, got, want)
				}
				got, gotOK := j.policyTarget()
				want, wantOK := policyTargetOf(j)
				if gotOK != wantOK || got.Explanation != want.Explanation {
					t.Fatalf("quote %q of %q: target %v %q, want %v %q", quote, sentence, gotOK, got.Explanation, wantOK, want.Explanation)
				}
			}
		}
	}
}

// TestJudgeSameWhetherSentencesAreShared judges the claims of a long sentence twice: sharing
// one excerpt string per stretch, as the extractor gives them, and each with its own copy.
func TestJudgeSameWhetherSentencesAreShared(t *testing.T) {
	text := testcorpus.DenseText(8000)
	var claims []extract.Claim
	for at := 0; ; {
		i := strings.Index(text[at:], "%")
		if i < 0 {
			break
		}
		start := strings.LastIndex(text[:at+i], " ") + 1
		claims = append(claims, figureClaim("DEU", "inflation", "2024", 2, 1, func(c *extract.Claim) {
			c.Start, c.End, c.Quote = start, at+i+1, text[start:at+i+1]
		}))
		at += i + 1
	}
	shared := sharedExcerpts(text, claims, 600)
	ref := fakeReference{observations: russiaGrowth}
	for i := range shared {
		own := shared[i]
		own.Sentence = strings.Clone(own.Sentence)
		got, err := Judge(shared[i], date("2025-03-04"), ref, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		want, err := Judge(own, date("2025-03-04"), ref, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got.Verdict != want.Verdict || got.Explanation != want.Explanation || got.Reason != want.Reason {
			t.Fatalf("claim %q: shared %s %q, own %s %q", own.Quote, got.Verdict, got.Explanation, want.Verdict, want.Explanation)
		}
	}
}

// claimedDefinitionOf is claimedDefinition as the judge read it before readings: the whole
// sentence lowered and searched for every cue, for every claim.
func claimedDefinitionOf(j judgement) map[string]string {
	t := definitions()
	relevant := t.aspects[j.claim.Indicator]
	out := map[string]string{}
	if len(relevant) == 0 {
		return out
	}
	if j.claim.Sentence == "" && j.claim.Source == "" && !strings.HasPrefix(j.claim.Period, "FY") {
		return out
	}
	sentence := strings.ToLower(j.claim.Sentence)
	at := strings.Index(j.claim.Sentence, j.claim.Quote)
	if at < 0 || j.claim.Quote == "" {
		at = 0
	}
	distance := map[string]int{}
	for _, cue := range t.cues {
		if !relevant[cue.aspect] || (cue.aspect == aspectCPI && !isYear(j.claim.Period)) {
			continue
		}
		d, ok := 0, false
		for from := 0; from <= len(sentence)-len(cue.phrase); {
			i := strings.Index(sentence[from:], cue.phrase)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(cue.phrase)
			if wordEdge(sentence, start-1) && wordEdge(sentence, end) {
				if dist := distanceFrom(at, start, end); !ok || dist < d {
					d, ok = dist, true
				}
			}
			from = start + 1
		}
		if cue.source && j.claim.Source != "" && containsWords(normaliseSourceName(j.claim.Source), normaliseSourceName(cue.phrase)) {
			d, ok = 0, true
		}
		if !ok {
			continue
		}
		if best, seen := distance[cue.aspect]; !seen || d < best {
			distance[cue.aspect] = d
			out[cue.aspect] = cue.definition
		}
	}
	if j.pricesUnknown {
		delete(out, aspectPrices)
	}
	if relevant[aspectYear] && strings.HasPrefix(j.claim.Period, "FY") {
		out[aspectYear] = "fiscal"
	}
	return out
}

// mentionsAnyOf is mentionsAny as the judge read it before readings: the words of the
// lowered sentence split at every rune but a to z.
func mentionsAnyOf(sentence string, stems []string) bool {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return r < 'a' || r > 'z' })
	for _, w := range words {
		for _, stem := range stems {
			if strings.HasPrefix(w, stem) && !strings.Contains(stem, " ") {
				return true
			}
		}
	}
	for _, stem := range stems {
		if strings.Contains(stem, " ") && strings.Contains(strings.ToLower(sentence), stem) {
			return true
		}
	}
	return false
}

// policyTargetOf is policyTarget as the judge read it before readings: the words around the
// figure from strings.Fields of everything before and after it, and no sentence passed over
// for want of a target word.
func policyTargetOf(j judgement) (Result, bool) {
	sentence, quote := j.claim.Sentence, j.claim.Quote
	at := strings.Index(sentence, quote)
	if quote == "" || at < 0 {
		return Result{}, false
	}
	var before, after []string
	words := strings.Fields(sentence[:at])
	for i := len(words) - 1; i >= 0 && len(before) < 4 && !strings.ContainsAny(words[i], "0123456789,;:.!?"); i-- {
		before = append(before, words[i])
	}
	for _, w := range strings.Fields(sentence[at+len(quote):]) {
		if len(after) == 3 || strings.ContainsAny(w, "0123456789") {
			break
		}
		after = append(after, w)
		if strings.ContainsAny(w, ",;:.!?") {
			break
		}
	}
	return j.targetOf(quote, before, after)
}

// TestWordsAroundAsFields: the words read one at a time around a figure are strings.Fields'
// words, whatever the white space and bytes.
func TestWordsAroundAsFields(t *testing.T) {
	for _, text := range append(readingSentences, " a\u00a0b\u2028c \u0085d\t", "\xe2\x80\xa8x\xe2\x80", "\xc2 \xa0y", "   ") {
		sameWordsAsFields(t, text)
	}
}

func sameWordsAsFields(t *testing.T, text string) {
	t.Helper()
	var forward, backward []string
	for rest := text; ; {
		var w string
		if w, rest = firstField(rest); w == "" {
			break
		}
		forward = append(forward, w)
	}
	for rest := text; ; {
		var w string
		if w, rest = lastField(rest); w == "" {
			break
		}
		backward = append([]string{w}, backward...)
	}
	if want := strings.Fields(text); !slices.Equal(forward, want) || !slices.Equal(backward, want) {
		t.Fatalf("%q: forward %q, backward %q, want %q", text, forward, backward, want)
	}
}

// TestLowerTextIsToLower: the positions of cues in a lowered sentence are strings.ToLower's,
// whatever the text: runes that lower to another length, invalid bytes, U+FFFD itself.
func TestLowerTextIsToLower(t *testing.T) {
	for _, s := range append(readingSentences, "ABC", "abc", "İ", "ẞ ΣΑΣ", "\u212a\u212b", "a\xffB", "\xef\xbf\xbdX", "\xe2\x82", "É\xc3", "ǅ ǈ") {
		sameLowerText(t, s)
	}
	// Eight bytes at a time: every ASCII byte, in each place of a word, beside the letters'
	// neighbours ('@', '[', '`', '{') and non-ASCII bytes that end or split a word.
	var ascii []byte
	for c := range 0x80 {
		ascii = append(ascii, byte(c))
	}
	for shift := range 9 {
		text := strings.Repeat("x", shift) + string(ascii)
		sameLowerText(t, text)
		sameLowerText(t, strings.Repeat("@Z[A`z{a", shift+1)+"É"+text+"\xffABCDEFGH")
	}
}

func sameLowerText(t *testing.T, s string) {
	t.Helper()
	if got, want := lowerText(s), strings.ToLower(s); got != want {
		t.Fatalf("lowerText(%q) = %q, strings.ToLower %q", s, got, want)
	}
}

// containsAny is what phraseGroups.find tells of each group.
func containsAny(lower string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

func TestPhraseGroupsFindWhatContainsFinds(t *testing.T) {
	// Phrases of eight bytes and more are told by their first eight and then the rest; one that
	// holds a zero byte is not matched by the zeros that stand for the bytes past a text's end.
	groups := [][]string{{"per capita", "per head", "per"}, {"aim", "target"}, {"in real terms", "real gdp"}, {"x"},
		{"purchase", "sold out"}, {"a\x00", "ab\x00\x00"}}
	g := newPhraseGroups(groups...)
	texts := []string{"", "p", "pe", "per", "super", "per capit", "a target of 2%", "aiming at",
		"real gdp per head", "in real term", "in real terms", "gdp in real terms per capita, aim: x",
		"x", "tax", "ppppper", "rea real gdp", "über die target", "\xff\xfeper",
		"purchas", "purchase", "purchased", "sold ou", "sold out", "a", "ab", "ab\x00", "b a\x00"}
	texts = append(texts, readingSentences...)
	for _, text := range texts {
		lower := strings.ToLower(text)
		var want uint64
		for k, phrases := range groups {
			if containsAny(lower, phrases) {
				want |= 1 << k
			}
		}
		if got := g.find(lower); got != want {
			t.Errorf("find(%q) = %06b, want %06b", lower, got, want)
		}
	}
}

// FuzzLowerText: lowerText is strings.ToLower whatever the bytes.
func FuzzLowerText(f *testing.F) {
	for _, s := range append(readingSentences, "ABC", "İ", "a\xffB", "GDP in…", "\xe2\x82Z") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameLowerText(t, s) })
}

func TestUndotInitialisms(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ireland's g.n.p. grew 2 percent", "ireland's gnp    grew 2 percent"},
		{"the h.i.c.p. rose", "the hicp     rose"},
		{"in the u.s. prices rose", "in the u.s. prices rose"},
		{"at 10 a.m. on monday", "at 10 a.m. on monday"},
		{"no dots here", "no dots here"},
		{"the h.i.c.p rose", "the h.i.c.p rose"}, // (a last letter with no dot: left as written)
	} {
		if got := undotInitialisms(tt.in); got != tt.want || len(got) != len(tt.in) {
			t.Errorf("undotInitialisms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
