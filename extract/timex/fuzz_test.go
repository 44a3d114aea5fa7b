package timex

import (
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Initially imposed in 2014.", "on March 6, 2026,", "on 6 March 2026", "2026-03-06",
	"on Mar. 6 the", "in the third quarter of 2004, from a year earlier", "Q3 2004",
	"the year to March 2004", "fiscal 2004 and FY2005 and 2023-24", "last Monday",
	"RT.com\n04 Mar 2025, 20:24 GMT+10\nThe step", "LONDON, March 4, 2025 (Reuters) -",
	"2004's", "FY", "Q", "the 2004-05 financial year", "three months to", "March 31, 2023",
	"\xff\xfe2014", "2014-\xe2\x80", "2025-02-30", "1, 2, 3",
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
