package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// FuzzWrittenAsItsEnd holds writtenAsItsEnd, which lowers the words before a year only when
// they may end it, to the same test made on the lowered words always.
func FuzzWrittenAsItsEnd(f *testing.F) {
	for _, seed := range []string{"at the end of 2022", "by end-2022", "inflation ended 2023 at 23.2%", "CLOSED 2023 at", "late in 2022", "the END 2022", "ÉND 2022 at", "\u212aend 2022", "grew 1.2% in 1981, inflation"} {
		at := strings.IndexAny(seed, "0123456789")
		f.Add(seed, max(at, 0), max(at, 0)+4)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			return
		}
		e := timex.Expr{Start: start, End: end}
		if got, want := writtenAsItsEnd(text, e), writtenAsItsEndLowered(text, e); got != want {
			t.Fatalf("writtenAsItsEnd(%q, [%d,%d)) = %t, want %t", text, start, end, got, want)
		}
	})
}

// writtenAsItsEndLowered is writtenAsItsEnd as it was written before it looked at the window
// first: it lowers the words before the year in every case.
func writtenAsItsEndLowered(text string, e timex.Expr) bool {
	if e.End <= e.Start || e.Start <= 0 || e.End > len(text) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[max(0, e.Start-16):e.Start], " "))
	wordBefore := func(w string) bool {
		cut, ok := strings.CutSuffix(before, w)
		return ok && (cut == "" || !ascii.IsLetter(cut[len(cut)-1]))
	}
	for _, w := range []string{"end of", "end-", "end", "close of"} {
		if strings.HasSuffix(before, w) {
			return wordBefore(w)
		}
	}
	if !strings.HasPrefix(strings.TrimLeft(text[e.End:], " "), "at ") {
		return false
	}
	for _, w := range []string{"ended", "ending", "ends", "closed", "closing", "closes", "finished", "finishing", "finishes"} {
		if wordBefore(w) {
			return true
		}
	}
	return false
}

// FuzzWrittenAsPartOfYear holds writtenAsPartOfYear, which reads the words before a year one
// at a time as its rules ask for them, to the same rules read on the four words before it,
// read first in every case.
func FuzzWrittenAsPartOfYear(f *testing.F) {
	for _, seed := range []string{"early 2023", "mid-2022", "in the summer of 2022", "late in 2021", "the first months of 2023",
		"the early part of 2023", "months of 2023", "at the start of 2023", "EARLIER IN 2023", "in 1980", "grew 1.2% in 1981, inflation",
		"last summer", "of 2020", " - of 2020", "the middle   of 2022", "Part of 2021"} {
		at := strings.IndexAny(seed, "0123456789")
		if at < 0 {
			at = strings.Index(seed, "last")
		}
		f.Add(seed, max(at, 0), len(seed))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			return
		}
		e := timex.Expr{Start: start, End: end}
		got, gotOK := writtenAsPartOfYear(text, e)
		want, wantOK := writtenAsPartOfYearAllWords(text, e)
		if got != want || gotOK != wantOK {
			t.Fatalf("writtenAsPartOfYear(%q, [%d,%d)) = %q, %t, want %q, %t", text, start, end, got, gotOK, want, wantOK)
		}
	})
}

// writtenAsPartOfYearAllWords is writtenAsPartOfYear as it was written before it read the words
// before the year as they were asked for: up to four of them, first.
func writtenAsPartOfYearAllWords(text string, e timex.Expr) (string, bool) {
	if e.End <= e.Start || e.Start < 0 || e.End > len(text) {
		return "", false
	}
	// Every claim of a year asks: the words are looked up folding case, not lowered copies.
	in := func(words map[string]bool, w string) bool {
		if !yearPartFilter.mayHold(w) {
			return false // most words asked are years and prepositions
		}
		v, _ := ascii.LookupFold(words, w)
		return v
	}
	// (a season is letters, which a year in digits, as most are, has none of)
	if hasLetter(text[e.Start:e.End]) {
		for w := range strings.FieldsSeq(text[e.Start:e.End]) {
			if in(seasonWords, w) {
				return text[e.Start:e.End], true // "last summer", "this spring"
			}
		}
	}
	// The words before the year, nearest first: "the middle of 2022" reads "of", "middle".
	var before [4]string
	var starts [4]int
	at, n := e.Start, 0
	for n < len(before) {
		end := at
		for end > 0 && (text[end-1] == ' ' || text[end-1] == '-') {
			end--
		}
		start := end
		for start > 0 && ascii.IsLetter(text[start-1]) {
			start--
		}
		if start == end {
			break
		}
		before[n], starts[n] = text[start:end], start
		at = start
		n++
	}
	part := func(k int) (string, bool) { return text[starts[k]:e.End], true }
	if n == 0 {
		return "", false
	}
	switch {
	case in(timeWithinYear, before[0]) || in(seasonWords, before[0]):
		return part(0) // "early 2023", "mid-2022", "summer 2022", "later this year"
	case n >= 2 && ascii.EqualFold(before[0], "in") && in(timeWithinYear, before[1]):
		return part(1) // "late in 2021", "earlier in 2023"
	case n >= 2 && ascii.EqualFold(before[0], "of") && (in(seasonWords, before[1]) || in(partNouns, before[1])):
		if ascii.EqualFoldAny(before[1], "months", "part", "weeks") {
			return part(min(2, n-1)) // "the first months of 2023", "the early part of 2023"
		}
		return part(1) // "the summer of 2022", "the start of 2023"
	}
	return "", false
}

// TestClaimSlotsAreClearedWhenLeft holds the room past the claims' end that completeClaims
// fills field by field: every slot it is about to fill is zero, but the one a figure before
// filled and left (making no claim after all), which it clears. Over the corpus, the worst
// inputs and texts where a figure with no country, of a country no reference holds or of a
// town's population comes before a claim, with and without --all, each left slot is filled
// with junk before it is cleared, and the claims must be those made without the junk.
func TestClaimSlotsAreClearedWhenLeft(t *testing.T) {
	ex := testExtractor(t)
	texts := append(testcorpus.Texts(t),
		"Unemployment was 5% in 2023. Inflation in France was 2% in 2023.",
		"The Soviet Union's GDP grew 3% in 1980, while Germany's GDP grew 2% in 1980.",
		"The city's population rose to 3.2 million in 2020. Germany's inflation was 2% in 2021.")
	for _, text := range worstInputs(64 << 10) {
		texts = append(texts, text)
	}
	junk := 1.5
	left, zero := 0, 0
	defer func() { claimSlotHook = nil }()
	for _, text := range texts {
		for _, opts := range []Options{{}, {All: true}} {
			want := ex.Claims(Article{Text: text}, opts)
			claimSlotHook = func(c *Claim, wasLeft bool) {
				if !wasLeft {
					if *c != (Claim{}) {
						t.Fatalf("a slot no figure left holds %+v", *c)
					}
					zero++
					return
				}
				left++
				*c = Claim{Start: -1, End: -1, Quote: "junk", Sentence: "junk", QuoteInSentence: -1, Value: -1, ValueMax: &junk, Step: -1,
					Unit: "junk", Qualifier: "junk", Change: "junk", Indicator: "junk", Entity: "junk", Jurisdiction: "junk",
					Period: "junk", PeriodExplicit: true, SoFar: true, Basis: "junk", Kind: "junk", Source: "junk", Note: "junk"}
			}
			got := ex.Claims(Article{Text: text}, opts)
			claimSlotHook = nil
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("opts %+v: left slots filled with junk changed the claims of %.200q", opts, text)
			}
		}
	}
	if left < 100 || zero < 1000 {
		t.Fatalf("%d left slots and %d zero ones filled: too few to tell", left, zero)
	}
}
