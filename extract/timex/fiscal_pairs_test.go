package timex

import (
	"testing"
	"time"
)

// TestFiscalYearNamedByBothYears (blind round 168): a fiscal year named by both its calendar
// years in four digits each is one period, as "2022/23" is: "grew 3.8 per cent in fiscal year
// 2022/2023, down from 6.6 per cent the previous year" was read as fiscal 2022 and the calendar
// year 2023, and the year before as fiscal 2021, which flagged Egypt's right 6.6%.
func TestFiscalYearNamedByBothYears(t *testing.T) {
	pub := time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, phrase, period string }{
		{"Egypt's economy grew 3.8 per cent in fiscal year 2022/2023.", "fiscal year 2022/2023", "FY2023"},
		{"growth in fiscal 2022-2023 was 7.2%", "fiscal 2022-2023", "FY2023"},
		{"in FY2022/2023, growth", "FY2022/2023", "FY2023"},
		{"in FY2003/2004 the deficit", "FY2003/2004", "FY2004"},
		// as before
		{"in fiscal year 2022/23, growth", "fiscal year 2022/23", "FY2023"},
		{"in FY2003/04 the deficit", "FY2003/04", "FY2004"},
	}
	for _, tc := range cases {
		es := Scan(tc.text, pub)
		if len(es) == 0 || tc.text[es[0].Start:es[0].End] != tc.phrase || es[0].Period != tc.period {
			t.Errorf("%q: got %+v, want %q read as %s", tc.text, es, tc.phrase, tc.period)
		}
	}
	// near-misses: two years that do not follow each other are two years
	for _, text := range []string{"in fiscal year 2022/2024", "between 2019/2023"} {
		for _, e := range Scan(text, pub) {
			if e.Period == "FY2024" || e.Period == "FY2023" {
				t.Errorf("%q: read %q as %s", text, text[e.Start:e.End], e.Period)
			}
		}
	}
}
