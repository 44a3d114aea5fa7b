package timex

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

var fuzzSeeds = []string{
	// Longer than a block of the skip to the next candidate.
	"Prices rose 0.4% in March from February and 2.1% from a year earlier, the third quarter in a row; in 2004 they fell.",
	"Japan's economy grew 4.1% in 1990. Ten years later it grew 2.8%.", "in 2019 years later", "a decade earlier; 10 years on,",
	"Initially imposed in 2014.", "on March 6, 2026,", "on 6 March 2026", "2026-03-06",
	"on Mar. 6 the", "in the third quarter of 2004, from a year earlier", "Q3 2004",
	"fiscal first-half profit fell as Japan's economy grew 0.7% in the second quarter", "in Q2 FY25 from 6.7% in Q1", "fiscal first half, while A in Q2", "fiscal half,as Q1",
	"the year to March 2004", "fiscal 2004 and FY2005 and 2023-24", "last Monday",
	"the year ended June 30, 2024", "the year ended 30 June 2024", "12 months to 31", "the year to 3", "year to 30 June",
	"RT.com\n04 Mar 2025, 20:24 GMT+10\nThe step", "LONDON, March 4, 2025 (Reuters) -",
	"2004's", "FY", "Q", "the 2004-05 financial year", "three months to", "March 31, 2023",
	"\xff\xfe2014", "2014-\xe2\x80", "2025-02-30", "1, 2, 3",
	// s40: a month of the year named before
	"in 2011, and 3.9% in September of that year", "in May that year", "March of the same year", "in March that year-on-year", "May of that",
	// s20: spans of quarters, numeric months, the year before the one named
	"in Q1–Q3", "Q1-Q", "Q1\xe2\x80", "in 03/2024", "in 3/20245", "(12/2024", "in 2024-03", "in 2024-03-",
	"in 2024-03.5", "7.3% in 2024 and 6.8% the year before.", "the previous year", "the year before",
	// s21: quarters of a fiscal year, "last June"
	"Q2 FY2024", "in Q2 FY25 from 6.7% in Q1", "the second quarter of fiscal 2024", "Q4 of FY2023-24",
	"the fiscal second quarter", "the first half of the fiscal year", "Q1 FY", "Q3 of fiscal", "H1 FY 2",
	"3% in June, down from 9.1% last June.", "last June", "Last Dec",
	// s23: the whole year as a modifier, "a year in which", the base of a year-on-year rate
	"in the fourth quarter of 2023, and full-year growth came in at 2.5%", "Q4 2023. Full year GDP growth was",
	"in Q2 2024, whole-year", "full-year", "-year", "a full-year", "Q4 2023. That capped a year in which GDP rose",
	"Q2 2024, ending a year when", "a year in", "in Q4 2024 from a year earlier. Full-year growth", "a year ago. For the full year",
	// s23: a year after the one named
	"shrank 5.7% in 2009. The following year it grew", "in 2011. A year later", "A year later", "the following year", "a year-later",
	// s25: decades
	"growth averaged 1% in the 1990s.", "in the 1980s and 1990s", "in the '90s", "the ’70s", "’0s", "'9s", "'90", "’",
	"in the early 2000s", "the mid-1970s", "mid-1990s", "-1990s", "early 1990", "the 1990's, growth", "the 1990's recession",
	"below 2010's 8.1%", "2010's", "2010’s", "1990s", "'90s", "in his 60s", "rock'n'roll's 60s", "Q'20s", "a decade later",
	"the nineteen-nineties", "Nineteen Eighties", "nineteen-", "nineteen ", "nineteen years later", "nineteen-ninetie",
}

// checkSpans fails unless every span lies within text, in order, on rune boundaries.
func checkSpans(t *testing.T, text string, exprs []Expr) {
	for _, e := range exprs {
		if e.Start < 0 || e.Start > e.End || e.End > len(text) {
			t.Fatalf("span [%d,%d) outside text of %d bytes", e.Start, e.End, len(text))
		}
		// Rune boundaries are only defined for valid UTF-8; invalid bytes must not crash.
		if !utf8.ValidString(text) {
			continue
		}
		if e.Start < len(text) && !utf8.RuneStart(text[e.Start]) || e.End < len(text) && !utf8.RuneStart(text[e.End]) {
			t.Fatalf("span [%d,%d) splits a rune in %q", e.Start, e.End, text)
		}
	}
}

func FuzzTimexScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, Scan(text, pub))
		checkSpans(t, text, Scan(text, time.Time{}))
		checkCandidateSkip(t, text, pub)
		for i := 0; i < len(text); i++ {
			if _, ok := dateAt(text, i); ok && text[i] >= '0' && text[i] <= '9' && !mayBeDateAtDigits(text, i, digitsEnd(text, i)) {
				t.Fatalf("dateAt reads a date at %d of %q, which mayBeDateAtDigits turns away", i, text)
			}
		}
	})
}

func FuzzDateline(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		Dateline(text)
		if d, err := ParseDate(text); err == nil && d.IsZero() {
			t.Fatalf("ParseDate(%q) returned the zero time without an error", text)
		}
	})
}

// checkCandidateSkip holds the scan, which skips to the next byte that may begin an expression
// a block of sixty-four bytes at a time, to the scan that looks at every byte.
func checkCandidateSkip(t *testing.T, text string, pub time.Time) {
	t.Helper()
	ref := scanner{text: text, published: pub, byteByByte: true}
	ref.scan()
	if got := Scan(text, pub); !slices.Equal(got, ref.out) {
		t.Fatalf("scan of %q skipping to candidates:\n%+v\nbyte by byte:\n%+v", text, got, ref.out)
	}
}

func TestCandidateSkipFindsWhatEveryByteFinds(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	texts := append([]string{
		"In the third quarter of 2004, up from a year earlier; Q3 2004 and H1, FY2005, fiscal 2006.",
		"Thud that this three THIRD Thursday, a Q3 q4 h2 fy 2023-24 last week, the same month.",
		"caf\u00e9March 2004; na\u00efve 1st quarter; \u201cMay 6\u201d 2005\u2019s first half.",
		"12345678 abcdefgh.ijklmnop:qrstuvwx yesterday TODAY Tomorrow sept. 6",
	}, fuzzSeeds...)
	// All of them in one text too, so that the sixty-four-byte blocks see each word and digit
	// at every place in a block and across its end.
	texts = append(texts, strings.Join(texts, " "), strings.Join(texts, "\n")+" last year")
	for _, text := range texts {
		for pad := 0; pad < 64; pad++ { // every alignment of the blocks
			checkCandidateSkip(t, strings.Repeat(" ", pad)+text, pub)
		}
	}
	if !testing.Short() {
		for _, text := range testcorpus.Texts(t) {
			checkCandidateSkip(t, text, pub)
		}
	}
}

// TestCalendarTripleGroupsNameEveryWord holds calendarTripleGroups to the calendar words: a
// word whose first two letters no group names is still a candidate (it falls into the first
// group), but makes that group pass more.
func TestCalendarTripleGroupsNameEveryWord(t *testing.T) {
	for w := range calendarWordRoles {
		if len(w) >= 3 && calendarTripleGroup(w) < 0 && w[0] >= 'a' {
			t.Errorf("no group of calendarTripleGroups names %q, the first two letters of %q", w[:2], w)
		}
	}
}

// TestEveryCalendarWordIsACandidate puts every calendar word, in three cases, at every place of
// a block and across its end, with text after it and at the text's end: its first byte must be
// a candidate, for the loop reads it nowhere else.
func TestEveryCalendarWordIsACandidate(t *testing.T) {
	for w := range calendarWordRoles {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			for _, tail := range []string{"", " and so on, to the end of the next block of the text", "2004 and on", "-"} {
				for at := 1; at < 130; at++ {
					var skip scanner
					skip.text = strings.Repeat("x", at-1) + " " + form + tail
					if next := skip.nextCandidate(at - 1); next != at {
						t.Fatalf("the next candidate from %d of %q is at %d, want %d, the start of %q", at-1, skip.text, next, at, form)
					}
				}
			}
		}
	}
}

// TestShortCalendarWordsBeginOutsideTheirRange holds blockCandidates' filter of the words of
// one or two letters to the calendar words: none of them may begin, in either case, with a
// byte from notShortFirst to notShortLast, which the filter turns away.
func TestShortCalendarWordsBeginOutsideTheirRange(t *testing.T) {
	for w := range calendarWordRoles {
		if len(w) <= 2 && ascii.IsLetter(w[0]) {
			for _, c := range []byte{w[0] | 0x20, w[0] &^ 0x20} {
				if c >= notShortFirst && c <= notShortLast {
					t.Errorf("the calendar word %q may begin with %q, which blockCandidates turns away", w, c)
				}
			}
		}
	}
}
