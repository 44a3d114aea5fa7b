package timex

import (
	"testing"
	"time"
)

// TestS25Decades: a decade named by its digits is a span of years, unresolved, never a year
// (notes/s25-attack7.md F3); the years, the possessives and the ages beside it stay as they were.
func TestS25Decades(t *testing.T) {
	pub := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	type want struct{ phrase, period, reason string }
	decade := func(p string) want { return want{p, "", ReasonDecade} }
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the 1990s", "growth averaged 1% in the 1990s.", []want{decade("1990s")}},
		{"two decades", "in the 1980s and 1990s", []want{decade("1980s"), decade("1990s")}},
		{"an elided century", "in the '90s, growth", []want{decade("'90s")}},
		{"an elided century with a typeset apostrophe", "during the ’70s inflation", []want{decade("’70s")}},
		{"the early part", "in the early 2000s", []want{decade("early 2000s")}},
		{"the mid part", "in the mid-1970s", []want{decade("mid-1970s")}},
		{"the late part, capital", "In the Late 1980s", []want{decade("Late 1980s")}},
		{"a decade as a modifier", "the 2010s-era boom", []want{decade("2010s")}},
		{"an apostrophe before a comma", "in the 1990's, growth", []want{decade("1990's")}},
		{"a decade spelt out", "in the nineteen-nineties, growth", []want{decade("nineteen-nineties")}},
		{"a decade spelt out in capitals", "In The Nineteen Eighties", []want{decade("Nineteen Eighties")}},
		{"a decade beside a year", "in the 1990s, after 1991", []want{decade("1990s"), {"1991", "1991", ""}}},
		// near misses
		{"a year's possessive before a noun stays the year", "the 1990's recession", []want{{"1990", "1990", ""}}},
		{"a year's possessive before a figure stays the year", "far below 2010's 8.1%", []want{{"2010", "2010", ""}}},
		{"a year's part stays", "2004's third quarter", []want{{"2004's third quarter", "2004-Q3", ""}}},
		{"an age is no decade", "in his 60s and her 70s", nil},
		{"an elided letter is no century", "rock'n'roll's 60s, Q'20s", nil},
		{"nineteen of a count", "nineteen people and nineteen-year-olds, in her nineties", nil},
		{"nineteen before years stays a count", "in 1990. Nineteen years later", []want{{"1990", "1990", ""}, {"Nineteen years later", "2009", ""}}},
		{"a year that does not end in 0", "in the 1995s", nil},
		{"a count", "more than 1000s of people", nil},
		{"a year ending in 0 stays a year", "in 1990 and 2000, growth", []want{{"1990", "1990", ""}, {"2000", "2000", ""}}},
		{"a decade of a count stays a count", "in 1990. A decade later, two decades earlier", []want{{"1990", "1990", ""}, {"A decade later", "2000", ""}, {"two decades earlier", "1980", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.text, pub)
			if len(got) != len(tt.want) {
				t.Fatalf("Scan(%q) = %+v, want %d expressions", tt.text, got, len(tt.want))
			}
			for k, w := range tt.want {
				g := got[k]
				if p := tt.text[g.Start:g.End]; p != w.phrase || g.Period != w.period || g.Reason != w.reason {
					t.Errorf("expression %d = %q %+v, want %+v", k, p, g, w)
				}
			}
		})
	}
}
