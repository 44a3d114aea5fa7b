package timex

import (
	"fmt"
	"testing"
	"time"
)

// TestPeriodsAreWrittenAsFmtWritesThem checks the precomputed and hand-built periods against
// the formats they replace, inside the precomputed years and beyond them.
func TestPeriodsAreWrittenAsFmtWritesThem(t *testing.T) {
	years := []int{-5, 0, 7, 999, 1000, periodFirstYear - 1, periodLastYear + 1, 9999, 10000}
	for y := periodFirstYear; y <= periodLastYear; y++ {
		years = append(years, y) // every precomputed one
	}
	for _, y := range years {
		check := func(got, want string) {
			t.Helper()
			if got != want {
				t.Errorf("year %d: got %q, want %q", y, got, want)
			}
		}
		check(yearPeriod(y), fmt.Sprintf("%04d", y))
		check(fiscalPeriod(y), fmt.Sprintf("FY%04d", y))
		for n := 0; n <= 13; n++ {
			check(monthPeriod(y, time.Month(n)), fmt.Sprintf("%04d-%02d", y, n))
			check(quarterPeriod(y, n), fmt.Sprintf("%04d-Q%d", y, n))
			check(halfPeriod(y, n), fmt.Sprintf("%04d-H%d", y, n))
		}
		for _, day := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 23, 0, 0, 0, time.UTC), time.Date(y, 7, 9, 0, 0, 0, 0, time.FixedZone("x", 3600))} {
			check(dayPeriod(day), day.Format("2006-01-02"))
		}
	}
}
