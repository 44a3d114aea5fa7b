package reference

import (
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// The sources of quarters and months (real-time GDP vintages, BEA vintages, BLS CPI, Federal
// Reserve exchange rates) publish levels; growth is derived here within one vintage, never
// across two, since base years and reference years change between vintages. Each derived
// figure carries a note that starts with DerivedNote, which lookups return as
// Observation.Derivation and explanations state.

// DerivedNote starts the note of a figure that the table computed from what the source
// published (growth from levels); the rest of the note says how.
const DerivedNote = "derived: "

// derivedDecimals is the precision of derived growth: far below what any agency publishes
// (one decimal), and coarse enough that float noise between two vintages with the same
// levels is no revision.
const derivedDecimals = 4

func roundDerived(x float64) float64 {
	p := math.Pow(10, derivedDecimals)
	return math.Round(x*p) / p
}

// quarter is a calendar quarter as a count of quarters, so that neighbours are ±1.
type quarter int

func parseQuarter(period string) (quarter, error) {
	if len(period) != 7 || period[4] != '-' || period[5] != 'Q' {
		return 0, fmt.Errorf("period %q is not a quarter such as 2023-Q2", period)
	}
	year, err := strconv.Atoi(period[:4])
	n := int(period[6] - '0')
	if err != nil || period[0] < '0' || period[0] > '9' || n < 1 || n > 4 {
		return 0, fmt.Errorf("period %q is not a quarter such as 2023-Q2", period)
	}
	return quarter(year*4 + n - 1), nil
}

func (q quarter) String() string { return fmt.Sprintf("%04d-Q%d", int(q)/4, int(q)%4+1) }

// lastDay is the last day of the quarter, YYYY-MM-DD.
func (q quarter) lastDay() string {
	start := time.Date(int(q)/4, time.Month(3*(int(q)%4)+1), 1, 0, 0, 0, 0, time.UTC)
	return start.AddDate(0, 3, -1).Format(time.DateOnly)
}

// growthBasis is how a growth rate is derived from the levels of one vintage.
type growthBasis struct {
	basis string // annualised, qoq, yoy, annual
	lag   int    // periods back
	power float64
	how   string // the note: how the figure was derived
}

var (
	annualisedGrowth = growthBasis{"annualised", 1, 4, "annualised q/q growth derived from the vintage's real GDP levels"}
	qoqGrowth        = growthBasis{"qoq", 1, 1, "q/q growth derived from the vintage's real GDP levels"}
	yoyQuarterGrowth = growthBasis{"yoy", 4, 1, "y/y growth derived from the vintage's real GDP levels"}
	annualGrowth     = growthBasis{"annual", 1, 1, "annual growth derived from the vintage's real GDP levels"}
)

// growth derives the rate of basis b at period index i of levels, false when a level is
// missing or not positive.
func (b growthBasis) growth(levels map[int]float64, i int) (float64, bool) {
	now, ok1 := levels[i]
	before, ok2 := levels[i-b.lag]
	if !ok1 || !ok2 || now <= 0 || before <= 0 {
		return 0, false
	}
	return roundDerived((math.Pow(now/before, b.power) - 1) * 100), true
}

// revisionTracker holds the last figure a source's vintages gave for each key, so that a
// vintage adds only the figures it revises: each figure is then a release dated when it first
// appeared, as the WDI editions are stored.
type revisionTracker map[figureKey]float64

// smallestRevision is the least change of a derived rate that counts as a revision. Agencies
// publish growth to one decimal (a few to two); a new seasonal adjustment or base year moves
// the rates of every quarter back to 1980 by thousandths of a point, which no published
// figure shows and no claim can tell apart. Storing those would triple the quarterly rows
// and name a vintage that changed nothing visible as the figure's release.
const smallestRevision = 0.005

// changed reports whether value is new or revises the last stored one, and records it.
func (t revisionTracker) changed(key figureKey, value float64) bool {
	last, ok := t[key]
	if ok && math.Abs(value-last) < smallestRevision {
		return false
	}
	t[key] = value
	return true
}

// monthAfter is the last day of the month after the period (a month 2023-07 or a year 2023):
// the date by which an agency that publishes a month's figure in the following month has
// certainly published it. The data do not give the exact day; dating a figure later than it
// appeared only makes the judge more careful (see checks: a claim older than every release
// is not called wrong for a small difference).
func monthAfter(period string) (string, error) {
	var end time.Time
	switch len(period) {
	case 4:
		y, err := strconv.Atoi(period)
		if err != nil {
			return "", fmt.Errorf("period %q is not a year", period)
		}
		end = time.Date(y+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	case 7:
		t, err := time.Parse("2006-01", period)
		if err != nil {
			return "", fmt.Errorf("period %q is not a month such as 2023-07", period)
		}
		end = t.AddDate(0, 1, 0)
	default:
		return "", fmt.Errorf("period %q is not a month or a year", period)
	}
	return end.AddDate(0, 1, -1).Format(time.DateOnly), nil
}

// openData opens an embedded data file; a .gz file is read decompressed (the large files
// are stored compressed to keep the binary small; gzip -d gives the shared file back).
func openData(r io.Reader, name string) (io.Reader, func() error, error) {
	if !strings.HasSuffix(name, ".gz") {
		return r, func() error { return nil }, nil
	}
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return z, z.Close, nil
}
