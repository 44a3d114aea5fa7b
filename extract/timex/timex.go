// Package timex finds dates and periods in news text and resolves relative ones against the
// publication date.
package timex

import "time"

// Precisions of a resolved Expr.
const (
	Year    = "year"
	Half    = "half"
	Quarter = "quarter"
	Month   = "month"
	Day     = "day"
)

// Expr is one date or period expression.
type Expr struct {
	Start, End int
	// Period is the resolved period: "2023", "2023-H1", "2023-Q3", "2023-07", "2026-03-06",
	// "FY2004"; "" when it could not be resolved (Reason says why).
	Period    string
	Precision string
	Explicit  bool   // false for relative phrases ("last year", "the third quarter")
	Reason    string // why Period is empty, e.g. "relative date and no publication date"
}

// Scan returns the date and period expressions of text in order of position. published may
// be zero; relative expressions are then returned unresolved.
func Scan(text string, published time.Time) []Expr {
	return nil // TODO(helper): implement
}

// Dateline finds a publication date near the top of an article ("04 Mar 2025, 20:24 GMT+10",
// "March 4, 2025", "2025-03-04").
func Dateline(text string) (time.Time, bool) {
	return time.Time{}, false // TODO(helper): implement
}

// ParseDate parses one date as given in a flag or a JSONL "published" field: 2025-03-04,
// RFC 3339, "March 4, 2025", "4 March 2025", "04 Mar 2025".
func ParseDate(s string) (time.Time, error) {
	return time.Time{}, nil // TODO(helper): implement
}
