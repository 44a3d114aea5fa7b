package checks

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/factcheck/factcheck/extract"
)

// The table's unemployment rates are the ILO's modelled estimates (the World Bank publishes
// them as SL.UEM.TOTL.ZS): national survey figures adjusted to one coverage and definition,
// and imputed where a country has no survey for the year. News quotes the national office's
// own rate, and how far the two lie apart depends on the country: for the United States or
// France they agree to a few hundredths; the Philippines' survey rate of 2024 was 3.8% against
// the model's 2.2%, Nigeria's 23.1% of 2018 against 6.0% (its old definition counted the
// underemployed). A national rate is no error for differing from the model by what the two
// have been seen to differ by, so a claim that cites no source is judged against the modelled
// series only beyond that.
//
// data/modelled_unemployment_gaps.csv holds, for each country where it was measured, the
// widest gap between the national rates and the modelled estimates over the years both
// give; its header says how it was measured (TestModelledUnemploymentGapsFile remakes it).

// unemploymentGap is how far an entity's national unemployment rates have been seen to lie
// from the ILO's modelled estimates.
type unemploymentGap struct {
	points   float64 // the widest gap, in percentage points; 0 when none applies
	measured bool    // measured on the entity's own rates, rather than the fallback for countries without them
	years    string  // the years compared: "2000-2024"
	widest   string  // the year of the widest gap
}

// unmeasuredCountry is the row of the gaps file for countries whose national rates were not
// compared.
const unmeasuredCountry = "*"

type unemploymentGaps struct {
	byEntity map[string]unemploymentGap
	fallback unemploymentGap
}

var loadUnemploymentGaps = sync.OnceValues(func() (*unemploymentGaps, error) {
	gaps := &unemploymentGaps{byEntity: map[string]unemploymentGap{}}
	err := readDefinitionFile("modelled_unemployment_gaps.csv", []string{"entity", "years", "widest_gap", "widest_year"}, func(rec []string) error {
		points, err := strconv.ParseFloat(rec[2], 64)
		if err != nil || points < 0 || points > 100 {
			return fmt.Errorf("widest_gap %q is no number of points", rec[2])
		}
		gap := unemploymentGap{points: points, measured: rec[0] != unmeasuredCountry, years: rec[1], widest: rec[3]}
		if rec[0] == unmeasuredCountry {
			gaps.fallback = gap
			return nil
		}
		if _, dup := gaps.byEntity[rec[0]]; dup {
			return fmt.Errorf("entity %s listed twice", rec[0])
		}
		gaps.byEntity[rec[0]] = gap
		return nil
	})
	if err != nil {
		return nil, err
	}
	if gaps.fallback.points == 0 {
		return nil, fmt.Errorf("modelled_unemployment_gaps.csv: no row %q for the countries not measured", unmeasuredCountry)
	}
	return gaps, nil
})

// nationalUnemploymentGap is the gap that an entity's national unemployment rate may lie from
// the modelled estimate: the widest measured for a country, the fallback for a country not
// measured (a country whose office's rate was not compared may have any definition), and none
// for a group of countries (the euro area's and the EU's rates are Eurostat's, of the ILO's
// definition, and the model's groups add up its members).
func nationalUnemploymentGap(entity string, aggregate bool) unemploymentGap {
	gaps, err := loadUnemploymentGaps()
	if err != nil {
		panic("checks: embedded modelled_unemployment_gaps.csv: " + err.Error())
	}
	if gap, ok := gaps.byEntity[entity]; ok {
		return gap
	}
	if aggregate {
		return unemploymentGap{}
	}
	return gaps.fallback
}

// describe says how far national rates have lain from the modelled estimates: "the
// Philippines' own rates have lain up to 8.28 points from the ILO's modelled estimates (in
// 2004; ...)".
func (g unemploymentGap) describe(entity string) string {
	const comparison = "the national rates of the IMF's World Economic Outlook of October 2025 against WDI's"
	size := formatNumber(g.points, 2) + " points"
	if g.measured {
		return possessive(entity) + " own rates have lain up to " + size + " from the ILO's modelled estimates (in " + g.widest + "; " +
			comparison + ", " + g.years + ")"
	}
	return "the own rates of nine in ten of the countries measured have lain at most " + size + " from the ILO's modelled estimates (" +
		comparison + ", " + g.years + "; " + possessive(entity) + " were not among them)"
}

// nationalGapOf is nationalUnemploymentGap for an unemployment claim that cites no source,
// asking the table whether its entity is a group of countries; no gap for any other claim.
func nationalGapOf(c *extract.Claim, ref Reference) (unemploymentGap, error) {
	if c.Indicator != "unemployment_rate" || c.Source != "" {
		return unemploymentGap{}, nil
	}
	aggregate := false
	if t, ok := ref.(aggregateTeller); ok {
		var err error
		if aggregate, err = t.IsAggregate(c.Entity); err != nil {
			return unemploymentGap{}, err
		}
	}
	return nationalUnemploymentGap(c.Entity, aggregate), nil
}
