package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestAYearsInflationMayBeDecemberOnDecember: a year's inflation that says not how it is
// measured may be December on December, which national offices announce first and news
// reports. When inflation gathers pace or slows, December's rate lies towards the next year's
// average, well outside a quarter of the year's own: Argentina's 211% of 2023 (averages 133%
// in 2023, 220% in 2024), its 118% of 2024 (averages 220% and 42%), Turkey's 64% of 2022;
// where it runs high, anywhere from a quarter of the lesser average up to the two years
// compounded: Brazil's 62% of 1986 (averages 147% and 228%). Without the next year in the
// table, beyond those bounds, or for a figure said to be the average, the claim is judged.
func TestAYearsInflationMayBeDecemberOnDecember(t *testing.T) {
	years := func(entity string, values map[string]float64) []reference.Observation {
		var out []reference.Observation
		for year, v := range values {
			out = append(out, obs(entity, "inflation", year, v, "World Bank WDI", "2026-07-01"))
		}
		return out
	}
	argentina := years("ARG", map[string]float64{"2023": 133.49, "2024": 219.88, "2025": 41.7})
	brazil := years("BRA", map[string]float64{"1986": 147.14, "1987": 228.34})
	inflation := func(entity, year string, value float64, sentence string) extract.Claim {
		return figureClaim(entity, "inflation", year, value, 1, saying(sentence, "x"))
	}
	mayBe := func(name string, claim extract.Claim, table []reference.Observation) trustCase {
		return trustCase{name: name, claim: claim, published: "2026-08-01", table: table,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"may be December-on-December inflation"}}
	}
	runTrustCases(t, []trustCase{
		mayBe("Argentina's 211% of 2023, as inflation gathered pace into 2024",
			inflation("ARG", "2023", 211, "Argentina's inflation was 211% in 2023."), argentina),
		mayBe("Argentina's 118% of 2024, as inflation slowed into 2025",
			inflation("ARG", "2024", 118, "Inflation in Argentina ran at 118% in 2024."), argentina),
		mayBe("Turkey's 64% of 2022, within a quarter of the year's average",
			inflation("TUR", "2022", 64, "Turkish inflation was 64% in 2022."), years("TUR", map[string]float64{"2022": 72.31, "2023": 53.86})),
		{name: "without the next year in the table, a quarter of the year's rate is all that is allowed",
			claim: inflation("ARG", "2023", 211, "Argentina's inflation was 211% in 2023."), published: "2024-06-01",
			table: years("ARG", map[string]float64{"2023": 133.49}), verdict: Inconsistent},
		{name: "a figure beyond the two years compounded is flagged",
			claim: inflation("ARG", "2023", 800, "Argentina's inflation was 800% in 2023."), published: "2026-08-01",
			table: argentina, verdict: Inconsistent},
		{name: "Brazil's 62% of 1986, December on December in the year of a price freeze, against an average of 147%",
			claim: inflation("BRA", "1986", 62, "Inflation in Brazil reached 62 pct in 1986 despite the Cruzado plan."), published: "1987-03-10",
			table: brazil, verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"can lie anywhere from 36.78% to 711.46%", "and the two compounded"}},
		{name: "a figure far below both years' high averages is flagged",
			claim: inflation("BRA", "1986", 5.5, "Inflation in Brazil rose to 5.5% in 1986."), published: "1987-03-10",
			table: brazil, verdict: Inconsistent},
		{name: "high inflation with no next year in the table: only a quarter above the average is allowed",
			claim: inflation("BRA", "1986", 220, "Inflation in Brazil reached 220 pct in 1986."), published: "1987-03-10",
			table: years("BRA", map[string]float64{"1986": 147.14}), verdict: Inconsistent},
		{name: "a claim that says it is the average is judged as one",
			claim: inflation("ARG", "2023", 211, "Argentina's inflation averaged 211% in 2023, the annual average."), published: "2026-08-01",
			table: argentina, verdict: Inconsistent},
		{name: "steady inflation leaves the band as it was: Russia's 12% of 2024 is flagged",
			claim: inflation("RUS", "2024", 12, "Russia's inflation was 12% in 2024."), published: "2026-08-01",
			table: years("RUS", map[string]float64{"2024": 8.43, "2025": 8.8}), verdict: Inconsistent},
	})
}

// TestAQuartersRateOfNoStatedBasis: Japan's and America's quarterly growth is announced
// annualised, and reported so, but also quarter on quarter ("Japan's GDP fell 0.5% in the
// July-September quarter") and year on year, often without saying which. A rate of no stated
// basis that matches no headline figure but one on another basis is not flagged; one that
// matches none is.
func TestAQuartersRateOfNoStatedBasis(t *testing.T) {
	japan := []reference.Observation{
		{Entity: "JPN", Indicator: "gdp_growth", Period: "2023-Q3", Basis: "annualised", Value: -2.1, Kind: "actual", Source: "Cabinet Office of Japan", Release: "2023-11-15"},
		{Entity: "JPN", Indicator: "gdp_growth", Period: "2023-Q3", Basis: "annualised", Value: -4.08, Kind: "actual", Source: "Cabinet Office of Japan", Release: "2024-12-13"},
		{Entity: "JPN", Indicator: "gdp_growth", Period: "2023-Q3", Basis: "yoy", Value: 1.5, Kind: "actual", Source: "Cabinet Office of Japan", Release: "2023-11-15"},
	}
	quarter := func(value float64, basis, sentence string) extract.Claim {
		return figureClaim("JPN", "gdp_growth", "2023-Q3", value, 0.1, func(c *extract.Claim) { c.Basis = basis }, saying(sentence, "x"))
	}
	runTrustCases(t, []trustCase{
		{name: "the first q/q estimate with no basis stated is not flagged",
			claim: quarter(-0.5, "unknown", "Japan's GDP fell 0.5% in the July-September quarter."), published: "2023-11-16", table: japan,
			verdict: NoReference, reason: ReasonUnstatedBasis, explains: []string{"read as quarter on quarter, per Cabinet Office", "compounds to the annualised rate", "read as the headline rate, per"}},
		{name: "the y/y rate with no basis stated is not flagged",
			claim: quarter(1.5, "unknown", "Japan's economy grew 1.5% in the third quarter."), published: "2023-11-16", table: japan,
			verdict: NoReference, reason: ReasonUnstatedBasis, explains: []string{"read as year on year, per Cabinet Office"}},
		{name: "the annualised headline with no basis stated is judged as it always was (revised since)",
			claim: quarter(-2.1, "unknown", "Japan's economy shrank 2.1% in the third quarter."), published: "2023-11-16", table: japan,
			verdict: Revised},
		{name: "a rate of no stated basis that matches no basis is flagged against the headline",
			claim: quarter(-3.0, "unknown", "Japan's economy shrank 3.0% in the third quarter."), published: "2023-11-16", table: japan,
			verdict: Inconsistent},
		{name: "a q/q rate stated as one is still no basis the table holds",
			claim: quarter(-0.5, "qoq", "Japan's GDP fell 0.5% from the previous quarter."), published: "2023-11-16", table: japan,
			verdict: NoReference, reason: ReasonOtherBasis},
	})
}

// TestDecemberRateBeforeTheYearsAverage: an article written before the table's first release
// of a year's average had only the office's December figure to give as the year's, and in a
// year the rate turned that lay up to half the average from it (blind round 246: Russia's 5.6%
// of 2025, December on December, against WDI's 8.72 published in July 2026). Once the average
// was out, a quarter of the rate is all that is allowed, as before.
func TestDecemberRateBeforeTheYearsAverage(t *testing.T) {
	russia := []reference.Observation{
		obs("RUS", "inflation", "2024", 8.43, "World Bank WDI", "2026-07-01"),
		obs("RUS", "inflation", "2025", 8.72, "World Bank WDI", "2026-07-01"),
	}
	claim := func(value float64, sentence string) extract.Claim {
		return figureClaim("RUS", "inflation", "2025", value, 0.1, saying(sentence, "x"))
	}
	const sentence = "Consumer prices rose 5.6% in 2025, down from 9.5% a year earlier."
	runTrustCases(t, []trustCase{
		{name: "written before the average", claim: claim(5.6, sentence), published: "2026-02-14", table: russia,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"may be December-on-December inflation", "published only after the article"}},
		{name: "written after the average", claim: claim(5.6, sentence), published: "2026-09-14", table: russia,
			verdict: Inconsistent},
		{name: "beyond half the rate", claim: claim(3.9, "Consumer prices rose 3.9% in 2025."), published: "2026-02-14", table: russia,
			verdict: Inconsistent},
		{name: "an average named", claim: claim(5.6, "Consumer prices rose 5.6% on average in 2025."), published: "2026-02-14", table: russia,
			verdict: Inconsistent},
		{name: "an average in the claim's own words (review)", claim: func() extract.Claim {
			c := claim(5.6, "Russia's inflation averaged 5.6% in 2025.")
			c.Quote = "Russia's inflation averaged 5.6%"
			return c
		}(), published: "2026-02-14", table: russia, verdict: Inconsistent},
	})
}
