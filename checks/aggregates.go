package checks

import "github.com/factcheck/factcheck/extract"

// The growth of a group of countries (the world, a region, an income group) is published by
// more than one institution, and they weight the members differently: the IMF's World
// Economic Outlook at purchasing-power parity, the World Bank's WDI at market exchange rates.
// Fast-growing emerging economies weigh more at PPP, so the IMF's world growth of 2024 was
// 3.3% and the World Bank's 2.90%; news quotes the IMF's (every WEO and regional outlook
// story) and often without naming it. The table embeds WDI's aggregates only (the WEO is not
// openly licensed), so such a claim is judged against the other institution's weighting.

// aggregateSpread is how far, in points, the IMF's and the World Bank's growth of the same
// group of countries differ: the 95th percentile of |WEO - WDI| over the groups both publish
// with the same members (the world, sub-Saharan Africa, Latin America and the Caribbean, the
// euro area and the European Union; IMF codes 001, 603, 205, 163 and 998 against WLD, SSF,
// LCN, EMU and EUU) and the years 2000-2024, 125 pairs, WEO October 2025 against WDI
// 2026-07-01 (0.89; the median is 0.18, the largest 1.70, sub-Saharan Africa's 2012; the
// world's alone: median 0.50, 95th percentile 0.91). Measured on the IMF's WEO vintages kept
// beside the shared data (imf-weo/weo_vintages_key.csv), which the embedded table lacks; the
// WEO of October 2024 against years to 2023 gives 0.85. An unsourced claim of an aggregate's
// growth within it of the table's figure may be the other institution's and is not judged;
// further off, it is flagged as any other.
const aggregateSpread = 0.89

// aggregateSpreadWords say where aggregateSpread comes from, in an explanation.
const aggregateSpreadWords = "0.89 points of it, the 95th percentile of how far the IMF's growth of the world, sub-Saharan Africa, " +
	"Latin America, the euro area and the EU (weighted at purchasing-power parity) lay from the World Bank's (at market exchange rates) in 2000-2024"

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
