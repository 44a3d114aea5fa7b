package checks

import "github.com/factcheck/factcheck/extract"

// The growth of a group of countries (the world, a region, an income group) is published by
// more than one institution, and they weight the members differently: the IMF's World
// Economic Outlook at purchasing-power parity, the World Bank's WDI at market exchange rates.
// Fast-growing emerging economies weigh more at PPP, so the IMF's world growth of 2024 was
// 3.3% and the World Bank's 2.90%; news quotes the IMF's (every WEO and regional outlook
// story) and often without naming it. The table embeds WDI's aggregates only (the WEO is not
// openly licensed), so such a claim is judged against the other institution's weighting.

// aggregateSpreads are how far, in points, the IMF's and the World Bank's growth of the same
// group of countries differ, for the groups both publish with the same members: the 95th
// percentile of |WEO - WDI| over the years 2000-2024, WEO October 2025 against WDI 2026-07-01
// (IMF codes 001, 603, 205, 163 and 998), 25 years each. Measured on the IMF's WEO vintages kept
// beside the shared data (imf-weo/weo_vintages_key.csv), which the embedded table lacks. The
// weights matter where the members' prices differ most from the dollar's: the world (median
// gap 0.50, largest 1.00) and sub-Saharan Africa (median 0.45, largest 1.70, 2012) far more
// than the euro area (median 0.03, largest 0.09).
var aggregateSpreads = map[string]float64{"WLD": 0.91, "SSF": 1.40, "LCN": 0.32, "EMU": 0.06, "EUU": 0.24}

// aggregateSpreadNames name the groups of aggregateSpreads in an explanation.
var aggregateSpreadNames = map[string]string{"WLD": "the world", "SSF": "sub-Saharan Africa",
	"LCN": "Latin America and the Caribbean", "EMU": "the euro area", "EUU": "the European Union"}

// pooledAggregateSpread stands for the groups the two institutions do not both publish with
// the same members (East Asia, income groups, the World Bank's other regions): the 95th
// percentile of the gaps of the five groups above together, 125 pairs (median 0.18). The WEO of
// October 2024 against the years to 2023 gives 0.85.
const pooledAggregateSpread = 0.89

// aggregateSpreadOf is the gap an entity's growth may differ by between the two institutions,
// and the words that say where it comes from, after "within".
func aggregateSpreadOf(entity string) (float64, string) {
	const weights = " (weighted at purchasing-power parity) lay from the World Bank's (at market exchange rates) in 2000-2024"
	if spread, ok := aggregateSpreads[entity]; ok {
		return spread, formatNumber(spread, 2) + " points of it, the 95th percentile of how far the IMF's growth of " +
			aggregateSpreadNames[entity] + weights
	}
	return pooledAggregateSpread, formatNumber(pooledAggregateSpread, 2) + " points of it, the 95th percentile of how far the IMF's growth of the world, " +
		"sub-Saharan Africa, Latin America, the euro area and the EU" + weights
}

// aggregateTeller is a Reference that knows which of its entities are groups of countries
// (*reference.Store: IsAggregate).
type aggregateTeller interface {
	IsAggregate(code string) (bool, error)
}

// weightingMayDiffer reports a growth claim of a group of countries that names no source,
// judged by a table that says the entity is such a group: another institution's figure,
// weighted otherwise, may be what it quotes. A claim that cites a source is judged as that
// source's figure (citing the World Bank makes it WDI's; citing the IMF, which the default
// table does not hold, makes it unjudged already).
func weightingMayDiffer(c *extract.Claim, ref Reference) (bool, error) {
	if c.Indicator != "gdp_growth" || c.Source != "" {
		return false, nil
	}
	t, ok := ref.(aggregateTeller)
	if !ok {
		return false, nil
	}
	return t.IsAggregate(c.Entity)
}

// aggregateSpread is aggregateSpreadOf's gap for the claim's entity.
func (j *judgement) aggregateSpread() float64 {
	spread, _ := aggregateSpreadOf(j.claim.Entity)
	return spread
}
