package timex

import (
	"testing"
	"time"
)

// TestA10YearBeforeTheYearNamed: "the previous year", "the prior year", "the year before" and
// "the year earlier" are the year before the period named last in the sentence or the one
// before it (as "a year earlier" is); "last year" stays the year before publication.
// TestNumericMonths: "03/2024", "3/2024" and "2024-03" name a month where a month's name would
// be a date, and no span of years can be meant. TestPartSpans: "Q1–Q3" names no quarter.
func TestS20Periods(t *testing.T) {
	pub := time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)
	type want struct{ phrase, period, reason string }
	tests := []struct {
		name, text string
		want       []want
	}{
		// A10
		{"the year before a year", "3.3% in 2024 and 7.3% the year before.", []want{{"2024", "2024", ""}, {"the year before", "2023", ""}}},
		{"the previous year after a semicolon", "3.3% in 2024; the previous year it had been 7.3%.", []want{{"2024", "2024", ""}, {"previous year", "2023", ""}}},
		{"previous year in brackets", "3.3% in 2024 (previous year: 6.8%)", []want{{"2024", "2024", ""}, {"previous year", "2023", ""}}},
		{"the prior year", "5.9% in 2023, from 6.9% the prior year", []want{{"2023", "2023", ""}, {"prior year", "2022", ""}}},
		{"the year earlier", "rose 3.3% in 2024, against 6.8% the year earlier", []want{{"2024", "2024", ""}, {"the year earlier", "2023", ""}}},
		{"the sentence before", "It grew 1.1% in 2024. The year before, it grew 0.3%.", []want{{"2024", "2024", ""}, {"The year before", "2023", ""}}},
		{"a fiscal year", "in fiscal 2024, after 2% in the previous year", []want{{"fiscal 2024", "FY2024", ""}, {"previous year", "FY2023", ""}}},
		{"a quarter keeps its precision", "in the third quarter of 2004, 26% more than the previous year", []want{{"third quarter of 2004", "2004-Q3", ""}, {"previous year", "2003-Q3", ""}}},
		{"too far back: publication", "It grew in 2019. Then it fell. Much later, 2% the previous year.", []want{{"2019", "2019", ""}, {"previous year", "2025", ""}}},
		{"none before: publication", "Prices rose 7.3% the previous year.", []want{{"previous year", "2025", ""}}},
		{"last year stays deictic", "3.3% in 2024 and 3.9% last year", []want{{"2024", "2024", ""}, {"last year", "2025", ""}}},
		{"before as a preposition", "3.3% in 2024 and 6.8% in the year before the election", []want{{"2024", "2024", ""}}},
		{"the year after the previous year is the topic", "310 in 2004 from 287 the previous year. Sales were 497bn for the year.", []want{{"2004", "2004", ""}, {"previous year", "2003", ""}, {"the year", "2004", ""}}},
		// C: numeric months
		{"month and year with a slash", "inflation was 3.5% in 03/2024.", []want{{"03/2024", "2024-03", ""}}},
		{"one-digit month", "since 3/2024,", []want{{"3/2024", "2024-03", ""}}},
		{"ISO year and month", "in 2024-03, prices", []want{{"2024-03", "2024-03", ""}}},
		{"in brackets", "3.5 per cent (03/2024)", []want{{"03/2024", "2024-03", ""}}},
		{"a law's number is no month", "under Law 3/2024 the", []want{{"2024", "2024", ""}}},
		{"a notice's number is no month", "Notice 2024-03 says", []want{{"2024", "2024", ""}}},
		{"a span of years is no month", "in 2008-10 unemployment", []want{{"2008", "2008", ""}}},
		{"a span across the century is no month", "in 1999-03 unemployment", []want{{"1999", "1999", ""}}},
		{"a fiscal year stays one", "in 2023-24 prices", []want{{"2023-24", "FY2024", ""}}},
		{"an ISO day stays a day", "on 2024-03-15 prices", []want{{"2024-03-15", "2024-03-15", ""}}},
		// A2: spans of quarters
		{"quarters with an en dash", "grew 2.5% in Q1–Q3.", []want{{"Q1–Q3", "", "a span of quarters"}}},
		{"quarters with a hyphen", "grew 2.5% in Q1-Q3 2024.", []want{{"Q1-Q3", "", "a span of quarters"}, {"2024", "2024", ""}}},
		{"a quarter and its year stay", "grew 3.1% in Q3-2024", []want{{"Q3-2024", "2024-Q3", ""}}},
		{"a falling pair is two quarters, as before", "in Q3-Q1 terms", []want{{"Q3", "2026-Q3", ""}, {"Q1", "2026-Q1", ""}}},
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
