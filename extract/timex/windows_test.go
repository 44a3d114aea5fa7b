package timex

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// windowWords are the words the texts of the window tests are made of: the words of every rule,
// and the longest phrases the rules read, whole ("12 months to the end of March of 2004",
// "the first two months of the year"), so that they stand across the middle's ends.
var windowWords = strings.Fields(`in the third quarter of 2004 year that which ended ends end
	March 6 months to 12 a earlier same fourth final last fiscal financial Q3 H1 q4 FY2004 FY 04
	2003-04 2004's 2005-6 2004/05 first second half six three nine twelve Tuesday on since whole
	full entire for during over as , . ; ( ) ago before year-earlier 1980 3% pct per March, 6th
	Jan. mid-May end-June calendar this next previous coming following ending starting date
	month week yesterday today 2026-03-06 May June 2019 H2 summer GDP rose fell 0.4% and or
	between from through December 31 1986 Oct/Dec the July-September 2,000 people about quarter's`)

// windowPhrases are whole phrases of the rules that read furthest ahead and back.
var windowPhrases = []string{
	"12 months to in the end of March of 2004", "the year that ended in the end of March of 2004",
	"three months to the end of June , 2005", "the first six months of last year", "Q3 , last year",
	"the first two months of the year", "for the full year", "over the year as a whole",
	"in the third quarter and 0.6 pct in the fourth", "that quarter", "the same month", "a year earlier",
	"6th of March , 2026", "Tuesday, March 4, 2025", "the year to date", "last calendar year",
}

// windowText returns a random text of about n bytes of windowWords and windowPhrases, parted
// by one to three spaces, tabs or line breaks.
func windowText(r *rand.Rand, n int) string {
	var b strings.Builder
	spaces := []string{" ", " ", " ", "  ", "\n", "\t", " \n "}
	for b.Len() < n {
		if r.IntN(6) == 0 {
			b.WriteString(windowPhrases[r.IntN(len(windowPhrases))])
		} else {
			b.WriteString(windowWords[r.IntN(len(windowWords))])
		}
		b.WriteString(spaces[r.IntN(len(spaces))])
	}
	return b.String()
}

// checkWindows reads text in windows of two parts each, the parts ending at ends, as the
// dates of sentences are read, and fails unless Windows finds what ScanInto finds in each. A
// part whose end is repeated is read again, as a sentence's whose window is asked for twice.
// It returns how many windows took dates over from the window before.
func checkWindows(t *testing.T, text string, ends []int, published time.Time) (kept int) {
	t.Helper()
	var w Windows
	var buf, last []Expr
	from, part, lastFrom := 0, 0, 0
	for k, end := range ends {
		if k > 0 && end != ends[k-1] {
			from, part = part, ends[k-1]
		}
		if k > 0 && w.kept {
			kept++
		}
		buf = w.Scan(buf, text, from, part, end, published)
		if want := ScanInto(nil, text[from:end], published); !slices.Equal(buf, want) {
			t.Fatalf("window [%d:%d] (part at %d) of %q:\n%+v\nScanInto finds\n%+v", from, end, part, text, buf, want)
		}
		// what it says it took over is what the window before found there
		took, tookEnd, was := w.TookOver()
		for i := took; i < tookEnd; i++ {
			if e := last[was+i-took]; e.Start+lastFrom-from != buf[i].Start || e.Period != buf[i].Period {
				t.Fatalf("window [%d:%d] took its date %d over from the window before's %d, which is %+v", from, end, i, was+i-took, e)
			}
		}
		last, lastFrom = slices.Clone(buf), from
	}
	return kept
}

// randomEnds returns the ends of parts of a text of n bytes, least to least+spread bytes
// apart, one in eight of them repeated.
func randomEnds(r *rand.Rand, n, least, spread int) []int {
	var ends []int
	for at := 0; at < n; {
		at = min(n, at+least+r.IntN(spread))
		ends = append(ends, at)
		if r.IntN(8) == 0 {
			ends = append(ends, at)
		}
	}
	return ends
}

// TestWindowsFindWhatScanFinds holds the dates of windows that take over the middle of the
// part before to the scan of each window whole, over random texts of the rules' words cut at
// every kind of place (between words, in words, in runs of spaces) and over the corpus.
func TestWindowsFindWhatScanFinds(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	r := rand.New(rand.NewPCG(1, 2))
	kept := 0
	for range 3000 {
		text := windowText(r, 600+r.IntN(4000))
		ends := randomEnds(r, len(text), 1, 1400)
		for _, published := range []time.Time{pub, {}} {
			kept += checkWindows(t, text, ends, published)
		}
	}
	for _, text := range testcorpus.Texts(t) {
		kept += checkWindows(t, text, randomEnds(r, len(text), 600, 1000), pub)
	}
	if kept < 2000 {
		t.Fatalf("only %d windows took dates over: the test tests little", kept)
	}
}

func FuzzWindows(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(strings.Repeat(s+" ", 600/len(s)+1), uint16(300))
	}
	f.Add(windowText(rand.New(rand.NewPCG(3, 4)), 3000), uint16(700))
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string, step uint16) {
		var ends []int
		for at := 0; at < len(text); {
			at = min(len(text), at+1+int(step)%2048)
			ends = append(ends, at)
		}
		checkWindows(t, text, ends, pub)
	})
}
