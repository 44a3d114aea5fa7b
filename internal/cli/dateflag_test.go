package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/timex"
)

// The s20 attack's finding 11: --date 0001-01-01 and --as-of 9999-12-31 were told to "use
// 2025-03-04, RFC 3339 ...", the form they are written in; they are out of range.
func TestDateFlagsOutOfRangeSaySo(t *testing.T) {
	tests := []struct{ flag, value, says string }{
		{"--date", "0001-01-01", `--date "0001-01-01": parse date "0001-01-01": the year 1 is out of range: give a date from 1800 to 2199`},
		{"--as-of", "9999-12-31", `the year 9999 is out of range: give a date from 1800 to 2199`},
		{"--as-of", "9999-12-31T00:00:00Z", `the year 9999 is out of range`},
		{"--date", "0900-01-01 10:00:00", `the year 900 is out of range`},
		{"--date", "1799-12-31", "the year 1799 is out of range"},
		{"--as-of", " 2200-01-01 ", "the year 2200 is out of range"},
		// Not the form asked for: the forms are listed, as before.
		{"--date", "2025-02-30", "use 2025-03-04, RFC 3339"},
		{"--date", "04/03/2025", "use 2025-03-04, RFC 3339"},
		{"--date", "0001-13-01", "use 2025-03-04, RFC 3339"},
	}
	for _, tt := range tests {
		t.Run(tt.flag+" "+tt.value, func(t *testing.T) {
			_, err := parseDateFlag(tt.flag, tt.value)
			if err == nil || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %v, want one saying %q", err, tt.says)
			}
		})
	}
	// The range said is the one read: its ends are dates, one year past them is not.
	for _, year := range []int{timex.FirstYear, timex.LastYear} {
		for _, day := range []string{"01-01", "12-31"} {
			if _, err := parseDateFlag("--date", fmt.Sprintf("%d-%s", year, day)); err != nil {
				t.Errorf("%d-%s: %v", year, day, err)
			}
		}
	}
	for _, year := range []int{timex.FirstYear - 1, timex.LastYear + 1} {
		if _, err := timex.ParseDate(fmt.Sprintf("%d-06-01", year)); err == nil {
			t.Errorf("timex reads the year %d: the range said is not the one read", year)
		}
	}
}
