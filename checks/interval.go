package checks

import (
	"math"

	"github.com/factcheck/factcheck/extract"
)

// interval is the set of true values a stated number stands for. Open ends are ±Inf.
type interval struct {
	lo, hi float64
}

// contains compares with a small relative epsilon, so that float noise in stored reference
// values (4.1499999999 for 4.15) never turns a correct figure into a false alarm.
func (iv interval) contains(x float64) bool {
	eps := 1e-9 * math.Max(1, math.Abs(x))
	return x >= iv.lo-eps && x <= iv.hi+eps
}

// claimInterval turns a claim into the interval of values it is consistent with.
//
// A plain stated number stands for Value ± Step/2: "3.6%" is [3.55, 3.65]; a range keeps both
// ends, each widened by Step/2. A hedge widens it: approx grows the half-width to
// max(ApproxFactor × Step/2, ApproxBand × |value|). A bound is a bound, and rounding never
// widens it, since "more than 4%" says the figure lies above 4, not above 3.5:
//   - more_than / at_least X: [X, +Inf);
//   - less_than / at_most X: (−Inf, X];
//   - nearly X: [X×(1−NearlyBand), X + Step/20], just below X, or at X to one more digit.
//
// The ends are closed so that float noise in stored figures (3.9999999 for 4) never makes a
// false alarm; a figure exactly at the bound is not called wrong. Negative values read as
// magnitudes, as news copy does: "shrank more than 2%" (−2) is at or below −2, and "nearly −2%"
// lies between −2 and −1.8.
func claimInterval(c *extract.Claim, o Options) interval {
	halfWidth := math.Abs(c.Step) / 2
	lo, hi := c.Value, c.Value
	if c.ValueMax != nil {
		lo, hi = math.Min(c.Value, *c.ValueMax), math.Max(c.Value, *c.ValueMax)
	}
	negative := hi < 0 || (hi == 0 && lo < 0)

	switch c.Qualifier {
	case extract.QualApprox:
		magnitude := math.Max(math.Abs(lo), math.Abs(hi))
		halfWidth = math.Max(o.ApproxFactor*halfWidth, o.ApproxBand*magnitude)
		return interval{lo - halfWidth, hi + halfWidth}
	case extract.QualNearly:
		// (up to a figure that one more digit would still print as X: "nearly 8 percent" of
		// Japan's 8.03% growth in 1973 is no error, blind round 106; 4.2 is above "nearly 4")
		tenth := halfWidth / 10
		if negative {
			return interval{lo - tenth, lo * (1 - o.NearlyBand)}
		}
		return interval{hi * (1 - o.NearlyBand), hi + tenth}
	case extract.QualMoreThan, extract.QualAtLeast:
		if negative {
			return interval{math.Inf(-1), hi}
		}
		return interval{lo, math.Inf(1)}
	case extract.QualLessThan, extract.QualAtMost:
		if negative {
			return interval{lo, math.Inf(1)}
		}
		return interval{math.Inf(-1), hi}
	}
	return interval{lo - halfWidth, hi + halfWidth}
}

// Interval returns the values a claim stands for under opts (zero fields take the defaults),
// as Judge applies them; open ends are ±Inf. Reports draw it beside the reference series.
func Interval(c extract.Claim, opts Options) (lo, hi float64) {
	iv := claimInterval(&c, opts.withDefaults())
	return iv.lo, iv.hi
}

// claimDelta is the claim minus the reference value; for a range, from its nearest end.
func claimDelta(c *extract.Claim, ref float64) float64 {
	value := c.Value
	if c.ValueMax != nil {
		lo, hi := math.Min(c.Value, *c.ValueMax), math.Max(c.Value, *c.ValueMax)
		switch {
		case ref < lo:
			value = lo
		case ref > hi:
			value = hi
		default:
			value = ref
		}
	}
	return roundSignificant(value-ref, 10)
}

// roundSignificant drops float noise such as 3.6-4.1 = -0.4999999999999996.
func roundSignificant(x float64, digits int) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	scale := math.Pow(10, float64(digits)-math.Ceil(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}

// meets reports whether two intervals share a point.
func (iv interval) meets(o interval) bool { return iv.lo <= o.hi && o.lo <= iv.hi }
