package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// checkRefined fails unless the refined dates of text are in order, within the text and apart.
func checkRefined(t *testing.T, name, text string, published time.Time) {
	t.Helper()
	exprs := refineDates(text, timex.Scan(text, published), published)
	for i, e := range exprs {
		if e.Start < 0 || e.End > len(text) || e.Start > e.End {
			t.Fatalf("%s: date %d spans [%d,%d) outside the text", name, i, e.Start, e.End)
		}
		if i > 0 && exprs[i-1].End > e.Start {
			t.Errorf("%s: dates %q and %q overlap", name, text[exprs[i-1].Start:exprs[i-1].End], text[e.Start:e.End])
		}
	}
}

// Whole articles are scanned for dates at once when they hold many claims or name sanctions;
// an unresolved month ("the same month" with no antecedent) beside a month once crashed it.
func TestRefineDatesOnWholeArticles(t *testing.T) {
	checkRefined(t, "unresolved month", "In 2003 and 2004 prices rose; between October and the same month output fell.", time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC))
	files, err := filepath.Glob(filepath.Join(testcorpus.SharedDir(t), "eval", "*", "*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := timex.Dateline(string(raw))
		checkRefined(t, f, string(raw), pub)
	}
}

func FuzzRefineDates(f *testing.F) {
	for _, seed := range []string{
		"between October and December 2024", "from July to September, and the same month",
		"0.4 pct in March last year", "the year to March 2025", "in 1986 and 1987. That year",
	} {
		f.Add(seed)
	}
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		checkRefined(t, "fuzz", text, pub)
	})
}

// TestClaimUnitsKeepsPercentages holds the shortcut of prepareQuantities, which leaves
// percentages and bare numbers to be: claimUnits returns them as they are.
func TestClaimUnitsKeepsPercentages(t *testing.T) {
	hi := 3.0
	for _, q := range []quantity.Quantity{
		{Value: 2.5, Step: 0.1, Unit: quantity.UnitPercent},
		{Value: 2, Step: 1, ValueMax: &hi, Unit: quantity.UnitPercent, Qualifier: "approx"},
		{Value: 150, Step: 1},
		{Value: -0.3, Step: 0.1, Change: "down"},
	} {
		if got := claimUnits(q); got != q {
			t.Errorf("claimUnits(%+v) = %+v, want it unchanged", q, got)
		}
	}
}

// FuzzByBefore holds byBefore to the words strings.Fields finds in the lower case of the 30
// bytes before the offset.
func FuzzByBefore(f *testing.F) {
	for _, seed := range []string{"fell by a revised 1,100 to 11.3 pct", "rose BY\t2 to 3", "by  x\vy z 1", "stood by\u00a0a 2", "é by 1", "xby 2", "by"} {
		f.Add(seed, len(seed)-1)
	}
	f.Fuzz(func(t *testing.T, text string, i int) {
		if i < 0 || i > len(text) {
			return
		}
		want := false
		words := strings.Fields(strings.ToLower(text[max(0, i-30):i]))
		for j := len(words) - 1; j >= 0 && j >= len(words)-3; j-- {
			want = want || words[j] == "by"
		}
		if got := byBefore(text, i); got != want {
			t.Fatalf("byBefore(%q, %d) = %t, want %t", text, i, got, want)
		}
	})
}

// FuzzLastIndexLower holds lastIndexLower to strings.LastIndex of the lowered text before the
// offset, asked at two offsets in turn, as the ranges of a text ask.
func FuzzLastIndexLower(f *testing.F) {
	for _, seed := range []string{"between five and 5.5 pct, BETWEEN six and 7 pct", "İstanbul between 2 and 3", "Between", "betwee", "x\xffbetween 1"} {
		f.Add(seed, len(seed)/2, len(seed))
	}
	f.Fuzz(func(t *testing.T, text string, first, second int) {
		known := asciiPrefix{text: text, nonASCII: -1}
		for _, to := range []int{first, second} {
			if to < 0 || to > len(text) {
				return
			}
			if got, want := lastIndexLower(text, to, "between", &known), strings.LastIndex(strings.ToLower(text[:to]), "between"); got != want {
				t.Fatalf("lastIndexLower(%q, %d) = %d, want %d", text, to, got, want)
			}
		}
	})
}

// yearPartSkipped fails if mayBeYearPart turns away the year e of text, whose dates are read
// with low, where yearPart reads a part of the year or drops a date before it.
func yearPartSkipped(t *testing.T, text string, e timex.Expr, low loweredText) bool {
	t.Helper()
	before := low.slice(max(0, e.Start-30), e.Start)
	after := low.slice(e.End, min(len(text), e.End+24))
	if mayBeYearPart(before, after) {
		return false
	}
	out := []timex.Expr{{Start: 0, End: e.Start, Period: "2000", Precision: timex.Year}}
	if q, ok := yearPart(text, e, before, after, &out); ok || len(out) != 1 {
		t.Fatalf("%q: mayBeYearPart turns away the year at %d, of which yearPart reads %q", text, e.Start, text[q.Start:q.End])
	}
	return true
}

// TestMayBeYearPartIsExact holds mayBeYearPart to yearPart over the years of the corpus, the
// evaluation articles, the worst inputs and phrases of the parts of a year: a year it turns
// away is one yearPart reads nothing of.
func TestMayBeYearPartIsExact(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"the first quarter of 1986 rose", "1986 last quarter", "the 1985 final quarter", "fourth 1985 quarter",
		"Quarter 4 (Oct to Dec) 2023", "quarter 4 of 2023", "the first five months of 1987", "(base 1985)",
		"GDP grew 1.2% in 1980, inflation rose", "in the first half of 2019.", "FIRST QUARTER OF 1986",
		"Quarter 4 2023.", "in Quarter 4 2023, output", "Quarter 4 (October to December) 2023.", "Q4 (Oct-Dec) 2023,",
	}
	texts = append(texts, testcorpus.Texts(t)...)
	texts = append(texts, testcorpus.Articles(t, "eval/*/*/*.txt")...)
	for _, text := range worstInputs(1 << 14) {
		texts = append(texts, text)
	}
	skipped, read := 0, 0
	for _, text := range texts {
		exprs := timex.Scan(text, pub)
		low := newLoweredText(text, len(exprs))
		for _, e := range exprs {
			if e.Precision != timex.Year || len(e.Period) != 4 {
				continue
			}
			if yearPartSkipped(t, text, e, low) {
				skipped++
			} else {
				read++
			}
		}
	}
	if skipped < 100 || read < 100 {
		t.Fatalf("%d years turned away, %d read: the test reads too few of either", skipped, read)
	}
}

func FuzzMayBeYearPart(f *testing.F) {
	for _, seed := range [][2]string{{"the first quarter of ", " rose"}, {"in ", ", inflation"}, {"quarter 4 (oct to dec) ", ""}, {"first five months of ", "."}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, before, after string) {
		text := before + "1987" + after
		e := timex.Expr{Start: len(before), End: len(before) + 4, Period: "1987", Precision: timex.Year, Explicit: true}
		yearPartSkipped(t, text, e, newLoweredText(text, 1))
	})
}

// TestBaseYear checks the years that are a base, not a period: of constant prices, of an index.
func TestBaseYear(t *testing.T) {
	for _, tc := range []struct {
		before, after string
		want          bool
	}{
		{"gdp in ", " prices rose", true},
		{"output at ", " constant prices", true},
		{"in ", " dollars,", true},
		{"in ", "\u00a0money terms", true},
		{"prices (", "=100) fell", true},
		{"(", " = 100)", true},
		{"index (base ", ")", true},
		{"base ( ", " ", true},
		{"rose 1.2% in ", ", inflation", false},
		{"in ", " profits", false},
		{"in ", " despite", false},
		{"database ", "", true}, // (a word that ends in "base" too)
		{"", "", false},
	} {
		if got := baseYear(tc.before, tc.after); got != tc.want {
			t.Errorf("baseYear(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}
