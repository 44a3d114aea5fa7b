package importfmt

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	yearPattern     = regexp.MustCompile(`^(?:YR)?(\d{4})(?:-A1)?$`)
	quarterPattern  = regexp.MustCompile(`^(\d{4})(?:-|:|\s)?[Qq]([1-4])$`)
	halfPattern     = regexp.MustCompile(`^(\d{4})-?[SsHh]([12])$`)
	monthPattern    = regexp.MustCompile(`^(\d{4})(?:-|:)?[Mm]?(0[1-9]|1[0-2])$`)
	dayPattern      = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$`)
	weekPattern     = regexp.MustCompile(`^\d{4}-?W\d{2}$`)
	monthOnlyDigits = regexp.MustCompile(`^\d{4}(0[1-9]|1[0-2])$`)
)

// normalizePeriod turns the period notations of the offices into the table's: 2023,
// 2023-Q1, 2023-H1, 2023-07, 2023-07-31. SDMX (2023-Q1, 2023-S1, 2023-M07, 2023-A1), legacy
// Eurostat (2004Q1, 2014M05, 2004m05), Philadelphia Fed (1947:Q1, 1947:01), World Bank
// (YR2011, 2012M01, 2013Q1) and dates (2013-10-01, 2013-10-01T00:00:00) are read; weeks
// and trimesters are refused, as the table has no such periods.
func normalizePeriod(raw string) (string, error) {
	p := strings.TrimSpace(raw)
	if len(p) == 4 && isDigits(p) {
		return p, nil // the commonest case, without a regular expression
	}
	if m := yearPattern.FindStringSubmatch(p); m != nil {
		return m[1], nil
	}
	if m := quarterPattern.FindStringSubmatch(p); m != nil {
		return m[1] + "-Q" + m[2], nil
	}
	if m := halfPattern.FindStringSubmatch(p); m != nil {
		return m[1] + "-H" + m[2], nil
	}
	if m := monthPattern.FindStringSubmatch(p); m != nil && !monthOnlyDigits.MatchString(p) {
		return m[1] + "-" + m[2], nil
	}
	if m := dayPattern.FindStringSubmatch(p); m != nil {
		if _, err := time.Parse(time.DateOnly, m[1]); err != nil {
			return "", fmt.Errorf("period %q is not a date", raw)
		}
		return m[1], nil
	}
	if weekPattern.MatchString(p) {
		return "", fmt.Errorf("period %q is a week: the table holds years, halves, quarters, months and days", raw)
	}
	return "", fmt.Errorf("period %q is not a year, half, quarter, month or date", raw)
}

// PeriodTypes are the values of a mapping's period column.
var PeriodTypes = []string{"year", "half", "quarter", "month", "day"}

// convertPeriod restates a normalised period as the period type a mapping names: FRED dates
// an observation by the first day of its period, so 2013-10-01 of a quarterly series is
// 2013-Q4. An empty type keeps the period. A period coarser than the type is an error.
func convertPeriod(period, to string) (string, error) {
	if to == "" || to == "day" && len(period) == 10 {
		return period, nil
	}
	year, month, ok := periodStart(period)
	if !ok {
		return "", fmt.Errorf("period %q cannot be read as a %s", period, to)
	}
	fine := len(period) == 10 || len(period) == 7 && period[5] != 'Q' && period[5] != 'H'
	switch to {
	case "year":
		if len(period) == 4 || fine {
			return strconv.Itoa(year), nil
		}
	case "half":
		if fine || strings.Contains(period, "-H") {
			return fmt.Sprintf("%d-H%d", year, (month-1)/6+1), nil
		}
	case "quarter":
		if fine || strings.Contains(period, "-Q") {
			return fmt.Sprintf("%d-Q%d", year, (month-1)/3+1), nil
		}
	case "month":
		if fine {
			return fmt.Sprintf("%d-%02d", year, month), nil
		}
	}
	return "", fmt.Errorf("period %q cannot be read as a %s", period, to)
}

// periodStart returns the year and first month of a normalised period.
func periodStart(period string) (year, month int, ok bool) {
	if len(period) < 4 {
		return 0, 0, false
	}
	year, err := strconv.Atoi(period[:4])
	if err != nil {
		return 0, 0, false
	}
	rest := period[4:]
	switch {
	case rest == "":
		return year, 1, true
	case strings.HasPrefix(rest, "-Q") && len(rest) == 3:
		return year, int(rest[2]-'0')*3 - 2, true
	case strings.HasPrefix(rest, "-H") && len(rest) == 3:
		return year, int(rest[2]-'0')*6 - 5, true
	case len(rest) >= 3 && rest[0] == '-':
		m, err := strconv.Atoi(rest[1:3])
		if err != nil || m < 1 || m > 12 {
			return 0, 0, false
		}
		return year, m, true
	}
	return 0, 0, false
}

// shiftPeriod returns the period lag periods before p, of the same type; days are refused,
// as growth over a day is not a figure anyone publishes.
func shiftPeriod(p string, lag int) (string, bool) {
	year, month, ok := periodStart(p)
	if !ok || len(p) == 10 {
		return "", false
	}
	switch {
	case len(p) == 4:
		return strconv.Itoa(year - lag), true
	case p[5] == 'Q':
		q := year*4 + (month-1)/3 - lag
		return fmt.Sprintf("%d-Q%d", q/4, q%4+1), true
	case p[5] == 'H':
		h := year*2 + (month-1)/6 - lag
		return fmt.Sprintf("%d-H%d", h/2, h%2+1), true
	}
	m := year*12 + month - 1 - lag
	return fmt.Sprintf("%d-%02d", m/12, m%12+1), true
}

// periodsPerYear is how many periods of p's type make a year (0 for days).
func periodsPerYear(p string) int {
	switch {
	case len(p) == 4:
		return 1
	case len(p) == 10:
		return 0
	case p[5] == 'Q':
		return 4
	case p[5] == 'H':
		return 2
	}
	return 12
}

// parseFloat reads a decimal number; NaN and infinities are not values.
func parseFloat(text string) (float64, error) {
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("not a finite number")
	}
	return v, nil
}

// excelDate turns an Excel serial day number (1900 system, epoch 1899-12-30) into a date.
func excelDate(serial string) (string, bool) {
	n, err := strconv.ParseFloat(strings.TrimSpace(serial), 64)
	if err != nil || n < 1 || n > 2958465 || n != math.Trunc(n) {
		return "", false
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n)).Format(time.DateOnly), true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
