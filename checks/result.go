package checks

import (
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// Verdicts of DESIGN.md.
const (
	Consistent   = "consistent"
	Revised      = "revised"
	Outdated     = "outdated"
	Inconsistent = "inconsistent"
	NoReference  = "no_reference"
	Unchecked    = "unchecked"
)

// Reference is what judging needs from the reference table. *reference.Store implements it;
// tests use small in-memory tables.
type Reference interface {
	// Observations returns every release of every source for one entity, indicator and period.
	Observations(entity, indicator, period string) ([]reference.Observation, error)
	// Events returns every event of one type against one target, of any jurisdiction.
	Events(target, eventType string) ([]reference.Event, error)
}

// Options tune judging; zero values fall back to the defaults of DefaultOptions.
type Options struct {
	ApproxFactor   float64   // how much "about" widens the interval a number stands for
	NearlyBand     float64   // how far below X "nearly X" reaches, as a fraction of X
	SourcePriority []string  // sources tried first, in order, when several match
	AsOf           time.Time // when set, only releases published by this date are used

	// ApproxBand is the least relative half-width an "about" claim stands for (0.02: ±2% of
	// the number), so that hedged round numbers with many zeros are not read too tightly.
	ApproxBand float64
	// Names maps entity codes to names for explanations ("RUS" → "Russia"); codes without a
	// name are shown as they are.
	Names map[string]string
	// SourceAliases maps how articles name a source to how the table names it, both
	// normalised (lower case, punctuation as spaces): "international monetary fund" → "imf".
	SourceAliases map[string]string
	// RevisionMargin is how far a figure is commonly revised after its first estimate, in
	// percentage points for rates and in percent of the figure for levels. A claim in an
	// article older than every release the table holds is flagged only when it is further
	// than this from all of them (1.0: "4.4%" against a later 3.8% is not flagged, 9.9%
	// against 5.4% is).
	RevisionMargin float64
	// CompilationGap is how far, in percentage points beyond a claim's own rounding, a rate
	// that the table's compiler recomputes from a national office's series (the World Bank's
	// GDP growth, GDP per head growth and inflation) may lie from the rate the office
	// announces: a claim without a source that is within it of such a series is not judged
	// (0.1: "2.2%" against WDI's 2.26 is not flagged).
	CompilationGap float64
	// Revisions gives how far the table's own figures moved between its releases (see
	// reference.Store.MeasureRevisions); nil uses RevisionMargin alone. It is asked only when
	// a claim needs a margin, so that a run that needs none never measures.
	Revisions RevisionSource
	// RevisionPercentile is the percentile (0-100] of the measured revisions used as the
	// margin (95: a claim is flagged only when it lies further from the figure than 95 in
	// 100 of the measured moves of figures of its age).
	RevisionPercentile float64
	// RevisionPercentileBeyondSpan replaces RevisionPercentile, when larger, for an article
	// older than every release of its figure by more than those releases span (99: an
	// archive article's figure went through moves the table never measured; only the tail of
	// those it did bounds them).
	RevisionPercentileBeyondSpan float64
}

// Result is a claim with its verdict and the reference figure it was judged against.
type Result struct {
	Claim       extract.Claim
	Verdict     string
	RefValue    *float64
	RefPeriod   string
	RefSource   string
	RefRelease  string
	RefURL      string
	Delta       *float64 // claim minus the reference value, when both are numbers
	Explanation string
	// Reason is why a claim is no_reference or unchecked, in a few words an editor reads
	// ("cited source not in the table"); --summary counts them. Empty for other verdicts.
	Reason string
}
