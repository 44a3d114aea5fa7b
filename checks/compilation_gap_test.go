package checks

import (
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestRecomputedRateWithinTheCompilationGap: the World Bank recomputes growth and inflation
// from the national offices' series, and its rates differ from the announced ones in the last
// digit. A claim that names no source and lies within Options.CompilationGap of the figure
// current when the article appeared is not judged (blind rounds 213-219: Germany's 2.2%
// inflation of 2024 against WDI's 2.26, Mexico's 3.2% growth of 2023 against 3.11, South
// Africa's 0.6% of 2024 against 0.53); further, a cited World Bank, a bound or another
// source's series is judged as before.
func TestRecomputedRateWithinTheCompilationGap(t *testing.T) {
	southAfrica := []reference.Observation{
		obs("ZAF", "gdp_growth", "2024", 0.52698, "World Bank WDI", "2025-12-17"),
		obs("ZAF", "gdp_growth", "2024", 0.52698, "World Bank WDI", "2026-07-01"),
	}
	russia := []reference.Observation{obs("RUS", "gdp_growth", "2024", 4.34, "Rosstat", "2025-02-07")}
	claim := func(entity, indicator string, value float64, source, qualifier string) extract.Claim {
		return figureClaim(entity, indicator, "2024", value, 0.1, func(c *extract.Claim) {
			c.Source = source
			if qualifier != "" {
				c.Qualifier = qualifier
			}
		})
	}
	const gap = "names no source and is within 0.1 points of World Bank WDI"
	runTrustCases(t, []trustCase{
		{name: "within the gap, no source", claim: claim("ZAF", "gdp_growth", 0.6, "", ""), published: "2026-03-09", table: southAfrica,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{gap, "may be the office's own figure"}},
		{name: "within its own rounding", claim: claim("ZAF", "gdp_growth", 0.5, "", ""), published: "2026-03-09", table: southAfrica,
			verdict: Consistent},
		{name: "further than the gap", claim: claim("ZAF", "gdp_growth", 0.7, "", ""), published: "2026-03-09", table: southAfrica,
			verdict: Inconsistent},
		{name: "the World Bank cited", claim: claim("ZAF", "gdp_growth", 0.6, "World Bank", ""), published: "2026-03-09", table: southAfrica,
			verdict: Inconsistent},
		{name: "a bound is held to its side", claim: claim("ZAF", "gdp_growth", 0.6, "", "more_than"), published: "2026-03-09", table: southAfrica,
			verdict: Inconsistent},
		{name: "a national office's own series has no gap", claim: claim("RUS", "gdp_growth", 4.4, "", ""), published: "2026-03-09", table: russia,
			verdict: Inconsistent},
	})
}

// TestCompilationGapGrowsWithTheRatio: a rate is a ratio of levels less one, so the gap a
// recomputation leaves grows with 1 + rate (compilationGapAt): Argentina's 3,079% inflation of
// 1989, as INDEC announced it, against WDI's 3079.81 was judged inconsistent (blind round 242);
// a figure further than the scaled gap still is.
func TestCompilationGapGrowsWithTheRatio(t *testing.T) {
	argentina := []reference.Observation{obs("ARG", "inflation", "1989", 3079.81, "World Bank WDI", "2018-08-01")}
	claim := func(value float64) extract.Claim {
		q := strconv.FormatFloat(value, 'f', -1, 64) + " pct"
		return figureClaim("ARG", "inflation", "1989", value, 1,
			saying("Consumer prices in Argentina rose "+q+" on average in 1989, according to official data.", q))
	}
	runTrustCases(t, []trustCase{
		{name: "within the gap of a high rate", claim: claim(3079), published: "2026-02-16", table: argentina,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"within 3.18 points of World Bank WDI"}},
		{name: "further than the gap of a high rate", claim: claim(3070), published: "2026-02-16", table: argentina,
			verdict: Inconsistent},
	})
	for _, c := range []struct{ value, want float64 }{{2.26, 0.10226}, {-5, 0.1}, {100, 0.2}, {3079.81, 3.17981}} {
		if got := compilationGapAt(0.1, c.value); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("compilationGapAt(0.1, %v) = %v, want %v", c.value, got, c.want)
		}
	}
}
