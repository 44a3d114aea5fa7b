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
