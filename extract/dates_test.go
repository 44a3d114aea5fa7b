package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
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

// TestClaimUnitsKeepsPercentages holds the shortcut of prepareQuantities, which leaves the
// figures of units quantity.MayRestate turns away to be: claimUnits returns percentages, bare
// numbers, sums in every code of three capitals, spans of time and every figure of the corpus,
// the dev sets and the worst inputs in such a unit as they are.
func TestClaimUnitsKeepsPercentages(t *testing.T) {
	hi := 3.0
	qs := []quantity.Quantity{
		{Value: 2.5, Step: 0.1, Unit: quantity.UnitPercent},
		{Value: 2, Step: 1, ValueMax: &hi, Unit: quantity.UnitPercent, Qualifier: "approx"},
		{Value: 150, Step: 1},
		{Value: -0.3, Step: 0.1, Change: "down"},
		{Value: 3, Step: 1, Unit: "year"}, {Value: 6, Step: 1, Unit: "month"}, {Value: 2, Step: 1, Unit: "week"},
		{Value: 9, Step: 1, Unit: "day"}, {Value: 1, Step: 1, Unit: "quarter"},
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				qs = append(qs, quantity.Quantity{Value: 12.5, Step: 0.5, ValueMax: &hi, Unit: string([]rune{a, b, c})})
			}
		}
	}
	for _, q := range qs {
		if quantity.MayRestate(q.Unit) {
			t.Errorf("quantity.MayRestate(%q) = true, want false", q.Unit)
		}
		if got := claimUnits(q); got != q {
			t.Errorf("claimUnits(%+v) = %+v, want it unchanged", q, got)
		}
	}
	units := map[string]bool{}
	for _, text := range claimCueTexts(t, true) {
		for _, q := range quantity.Scan(text) {
			units[q.Unit] = true
			if got := claimUnits(q); !quantity.MayRestate(q.Unit) && got != q {
				t.Errorf("claimUnits(%+v) = %+v, want it unchanged", q, got)
			}
		}
	}
	if len(units) < 100 {
		t.Errorf("the texts hold %d units, want 100 or more", len(units))
	}
	// and the units it restates are asked
	for _, unit := range []string{"cent", "penny", "kopeck", "satoshi", quantity.UnitBP, "USD/barrel", "JPY/USD", "km/h"} {
		if !quantity.MayRestate(unit) {
			t.Errorf("quantity.MayRestate(%q) = false, want true", unit)
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
		{"in terms of ", " prices", true},
		{"1,200 in billions of ", " dollars", true},
		{"on the basis of ", " prices", true},
		{"in the hyperinflation of ", " prices rose", false}, // (the noun before's year)
		{"the level of ", " prices", false},
		{"the gdp of $500bn in ", " prices", true},
		{"database ", "", true}, // (a word that ends in "base" too)
		{"", "", false},
	} {
		if got := baseYear(tc.before, tc.after); got != tc.want {
			t.Errorf("baseYear(%q, %q) = %v, want %v", tc.before, tc.after, got, tc.want)
		}
	}
}

// seamPhrases are the dates whose reading looks at what stands around them: before them
// ("the same quarter", "in the fourth", "a year earlier"), after them ("Oct/Dec 1986", "1986
// last quarter") or at another date ("between October and December"), for seamTexts.
var seamPhrases = []string{
	"in the third quarter of 2004", "in the same quarter", "and 0.6 pct in the fourth.", "a year earlier",
	"between October and December", "from July to September", "in fiscal year 2003-04", "this fiscal year",
	"Oct/Dec 1986", "in 1986 last quarter", "the first five months of 1987", "Quarter 4 (Oct to Dec) 2023",
	"for the full year", "that year", "in March last year", "in 1981 prices", "(base 1985)",
	"the year to March 2004", "12 months to the end of June 2005", "the July-September quarter of 2021",
	"in the quarter", "last week", "on Tuesday", "the fiscal year beginning in April", "year-earlier",
}

// seamTexts returns texts of about size bytes that put the dates of seamPhrases at every place
// of a sentence and of the blocks a long sentence is cut in: sentences of figures of every
// length, and one long sentence of them with no full stop.
func seamTexts(size int) []string {
	places := []string{"Germany", "France", "Japan"}
	var texts []string
	for _, stop := range []string{", ", "; and ", ". Then "} {
		for phrasing := 0; phrasing < 3; phrasing++ {
			var b strings.Builder
			for i := 0; b.Len() < size; i++ {
				if i > 0 {
					b.WriteString(stop)
				}
				p := seamPhrases[(i*(phrasing+2))%len(seamPhrases)]
				switch i % (3 + phrasing) {
				case 0:
					fmt.Fprintf(&b, "GDP in %s grew %d.%d%% %s", places[i%3], i%9, i%10, p)
				case 1:
					fmt.Fprintf(&b, "%s inflation in %s rose to %d.%d%%", p, places[i%3], i%9, i%10)
				default:
					fmt.Fprintf(&b, "unemployment fell to %d.%d%% in %d %s", i%9, i%10, 1980+i%40, p)
				}
			}
			texts = append(texts, b.String())
		}
	}
	return texts
}

// windowDatesInFull is what datesAround returns for the window text[from:to] when it is
// scanned whole.
func windowDatesInFull(text string, from, to int, published time.Time) []timex.Expr {
	window := text[from:to]
	exprs := refineDates(window, timex.Scan(window, published), published)
	for i := range exprs {
		exprs[i].Start += from
		exprs[i].End += from
	}
	return exprs
}

// TestWindowDatesTakenOverAreTheSame holds the dates of every sentence's window, read one
// sentence after another as the claims are, and the claims, to what they are when every
// window is scanned whole (takeOverWindowDates off): over the corpus, the dev sets, the seed
// articles, the worst inputs and seamTexts, with and without a publication date.
func TestWindowDatesTakenOverAreTheSame(t *testing.T) {
	ex := testExtractor(t)
	texts := testcorpus.Texts(t)
	texts = append(texts, testcorpus.Articles(t, "eval/*/*/*.txt")...)
	texts = append(texts, testcorpus.Articles(t, "articles/*.txt")...)
	for _, text := range worstInputs(1 << 16) {
		texts = append(texts, text)
	}
	texts = append(texts, seamTexts(1<<16)...)
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	windows, long := 0, 0
	for _, text := range texts {
		for _, published := range []time.Time{pub, {}} {
			a := Article{Text: text, Published: published}
			st := &articleState{lex: ex.lex, art: a}
			for pos := 0; pos < len(text); {
				start, end := ex.lex.sentenceBounds(text, pos)
				s := &sentence{start: start, end: end}
				from := st.previousSentenceStart(s)
				got := st.datesAround(s)
				if want := windowDatesInFull(text, from, end, published); !slices.Equal(got, want) {
					t.Fatalf("window %q:\n%+v\nscanned whole:\n%+v", text[from:end], got, want)
				}
				windows++
				if from < start && end-start >= 512 {
					long++
				}
				pos = max(end, pos+1)
			}
			got := ex.Claims(a, Options{All: true})
			takeOverWindowDates = false
			want := ex.Claims(a, Options{All: true})
			takeOverWindowDates = true
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%d claims with the dates taken over, %d with every window scanned whole, of %.200q", len(got), len(want), text)
			}
		}
	}
	if long < 500 {
		t.Fatalf("of %d windows, only %d follow a long sentence: the test tests little", windows, long)
	}
}

// TestSeveralPeriods holds severalPeriods to strings.Contains(p, "/").
func TestSeveralPeriods(t *testing.T) {
	for _, p := range []string{"", "/", "2019/20", "1999/2000", "FY2019/FY2020", "2020", "2020-05", "2020-Q1", "FY2021", "2020-05-17", "2020/", "x/y/z"} {
		if got, want := severalPeriods(p), strings.Contains(p, "/"); got != want {
			t.Errorf("severalPeriods(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestHoldsAlYearIsContains holds holdsAlYear to strings.Contains over every stretch of the
// corpus's texts that starts or ends at a sentence of fifty bytes' step, and over random texts
// made of the phrase's pieces, in both cases and cut anywhere ("al year" at the very start or
// end, "l y" with no "a", "L year", "al  year").
func TestHoldsAlYearIsContains(t *testing.T) {
	want := func(s string) bool { return strings.Contains(s, "al year") || strings.Contains(s, "AL YEAR") }
	found, checked := 0, 0
	check := func(s string) {
		t.Helper()
		if got := holdsAlYear(s); got != want(s) {
			t.Fatalf("holdsAlYear(%q) = %v", s, got)
		}
		if want(s) {
			found++
		}
		checked++
	}
	for _, text := range testcorpus.Texts(t) {
		for i := 0; i < len(text); i += 50 {
			check(text[i:])
			check(text[:i])
			check(text[i:min(len(text), i+300)])
		}
	}
	pieces := []string{"al year", "AL YEAR", "l y", "L Y", "al", "AL", " year", " YEAR", "l ", "L ", "y", "Y", "a", "fiscal year", "FINANCIAL YEAR", "Al year", "aL year", "al Year", "al  year", "x", " ", "\n"}
	r := rand.New(rand.NewPCG(19, 3))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(30); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i < len(s); i += 1 + r.IntN(5) {
			check(s[i:])
			check(s[:i])
		}
	}
	if found < 1000 || checked-found < 1000 {
		t.Fatalf("%d texts held the phrase and %d did not: too few of one kind", found, checked-found)
	}
}
