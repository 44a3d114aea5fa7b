package timex

import (
	"strings"
	"testing"
	"time"
)

func TestListItemAt(t *testing.T) {
	for text, want := range map[string]bool{
		"2009 - Germany":        true,
		"2009: Germany":         true,
		"2009 – Germany":        true,
		"2009 — Germany":        true,
		"2.8% - US GDP":         true,
		"1,200 - jobs":          true,
		"2009-10 growth":        false, // a span of years
		"2009 Germany":          false,
		"8.9 pct of":            false,
		"2009 -":                false,
		"2009:30 GMT":           false,
		"- 2009 - a":            false,
		"":                      false,
		"2009.- Germany":        false,
		"12.5%: the rate":       true,
		"7.4 per cent – French": true,
		"7.4 pct - rate":        true,
		"7.4 per cent of the":   false,
		"-2.2% - US GDP, 2020":  true,
		"- 2.2% - US GDP":       false,
	} {
		if got := ListItemAt(text, 0); got != want {
			t.Errorf("ListItemAt(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestMonthDoesNotTakeTheNextItemsYear: "in October\n2023 - Bank Rate ..." is October of the
// item's own year, not October 2023; wrapped prose ("in October\n1987, the") keeps the year.
func TestMonthDoesNotTakeTheNextItemsYear(t *testing.T) {
	pub := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, month, want string }{
		{"2022 - UK inflation peaks at 11.1% in October\n2023 - Bank Rate reaches 5.25%", "October", "2025-10"},
		{"2022: inflation peaks in October\n2023: rates peak", "October", "2025-10"},
		{"inflation peaked in October\n1987, the bank said", "October\n1987", "1987-10"},
		{strings.Repeat("wrapped ", 8) + "in October\n1987 - the year of the crash", "October\n1987", "1987-10"},
	} {
		checkPhrasePeriod(t, tc.text, tc.month, tc.want, pub)
	}
}
