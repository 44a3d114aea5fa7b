package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestTheILOCited: a claim citing the ILO's modelled rate is judged against the table's
// series of it (WDI republishes the ILO's estimates); any other that cites the ILO may be a
// national office's rate (on the ILO's definition, or quoted in an ILO report), judged as a
// claim that cites no source. The sentences are from a blind round
// of fact-checkers' write-ups and business news (session 30, round 21) and paraphrases of them.
func TestTheILOCited(t *testing.T) {
	wdi := func(entity, period string, value float64) reference.Observation {
		return obs(entity, "unemployment_rate", period, value, "World Bank WDI", "2026-07-01")
	}
	table := []reference.Observation{wdi("BRA", "2024", 6.84), wdi("ESP", "2024", 11.39), wdi("DEU", "2023", 3.07),
		wdi("ZAF", "2024", 32.1), obs("BRA", "gdp_growth", "2024", 3.4, "World Bank WDI", "2026-07-01")}
	rate := func(entity, period string, value float64, sentence, quote, source string) extract.Claim {
		return figureClaim(entity, "unemployment_rate", period, value, 0.1, saying(sentence, quote), citing(source))
	}
	runTrustCases(t, []trustCase{
		{name: "the ILO's modelled rate is the table's series",
			claim:     rate("BRA", "2024", 6.8, "Our check: The ILO-modelled rate for Brazil was 6.8% in 2024.", "was 6.8%", "ILO"),
			published: "2026-10-01", table: table, verdict: Consistent},
		{name: "so is the ILO's figure, named in full",
			claim:     rate("ESP", "2024", 11.4, "Spain's unemployment rate was 11.4% in 2024, according to the International Labour Organization.", "was 11.4%", "International Labour Organization"),
			published: "2026-10-01", table: table, verdict: Consistent},
		{name: "a national survey's rate an ILO report quotes is not flagged within the gap",
			claim:     rate("ZAF", "2024", 33.5, "The ILO said South Africa's unemployment rate stood at 33.5% in 2024.", "stood at 33.5%", "ILO"),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "a wrong figure of the ILO's model is flagged",
			claim:     rate("BRA", "2024", 9.8, "The ILO's modelled estimate put Brazil's unemployment at 9.8% in 2024.", "at 9.8%", "ILO"),
			published: "2026-10-01", table: table, verdict: Inconsistent},
		{name: "a rate on the ILO's definition is the office's, judged as citing none",
			claim:     rate("DEU", "2023", 3.0, "The jobless rate in Germany, on the ILO definition, was a low 3.0%.", "was a low 3.0%", "ILO"),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition, lacks: []string{"the claim cites"}},
		{name: "on the ILO measure",
			claim:     rate("ZAF", "2024", 33.5, "Unemployment stood at 33.5% in 2024 on the ILO measure.", "at 33.5%", "ILO"),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "an office's rate that once matched the model is not outdated",
			claim:     rate("GBR", "2016", 4.8, "Unemployment, which had been 4.8% in 2016 on the ILO measure, fell to 3.8% by 2022.", "had been 4.8%", "ILO"),
			published: "2026-10-02",
			table: []reference.Observation{obs("GBR", "unemployment_rate", "2016", 4.8, "World Bank WDI", "2018-08-01"),
				obs("GBR", "unemployment_rate", "2016", 4.91, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"release of 2018-08-01", "so it is not called outdated"}},
		{name: "nor one that names no source",
			claim:     figureClaim("GBR", "unemployment_rate", "2016", 4.8, 0.1, saying("UK unemployment was 4.8% in 2016.", "was 4.8%")),
			published: "2026-10-02",
			table: []reference.Observation{obs("GBR", "unemployment_rate", "2016", 4.8, "World Bank WDI", "2018-08-01"),
				obs("GBR", "unemployment_rate", "2016", 4.91, "World Bank WDI", "2026-07-01")},
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "one that cites the model is",
			claim:     rate("GBR", "2016", 4.8, "UK unemployment was 4.8% in 2016, according to the ILO's modelled estimates.", "was 4.8%", "ILO"),
			published: "2026-10-02",
			table: []reference.Observation{obs("GBR", "unemployment_rate", "2016", 4.8, "World Bank WDI", "2018-08-01"),
				obs("GBR", "unemployment_rate", "2016", 4.91, "World Bank WDI", "2026-07-01")},
			verdict: Outdated},
		{name: "the ILO cited for another measure is still a source the table lacks",
			claim:     figureClaim("BRA", "gdp_growth", "2024", 2.0, 0.1, saying("Brazil's economy grew 2.0% in 2024, the ILO said.", "grew 2.0%"), citing("ILO")),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonCitedSource},
	})
	// The row keeps the source the text cites.
	c := rate("BRA", "2024", 6.8, "The ILO-modelled rate for Brazil was 6.8% in 2024.", "was 6.8%", "ILO")
	got, err := Judge(c, date("2026-10-01"), fakeReference{observations: table}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got.Claim.Source != "ILO" {
		t.Errorf("the row's source is %q, want the cited ILO", got.Claim.Source)
	}
}
