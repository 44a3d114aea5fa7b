package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestAggregateGrowthMayBeTheIMFs: the world's and a region's growth as the IMF publishes it
// (weighted at purchasing-power parity: 3.3% in 2024) is not flagged against the World Bank's
// (at market rates: 2.90) when the claim names no source and lies within the gap measured
// between the two institutions' aggregates; a claim further off, one of a country, one that
// cites the World Bank, or one of another indicator is judged as before.
func TestAggregateGrowthMayBeTheIMFs(t *testing.T) {
	table := []reference.Observation{
		obs("WLD", "gdp_growth", "2024", 2.9, "World Bank WDI", "2026-07-01"),
		obs("WLD", "gdp_growth", "2025", 2.921, "World Bank WDI", "2026-07-01"),
		obs("SSF", "gdp_growth", "2024", 3.62, "World Bank WDI", "2026-07-01"),
		obs("SSF", "gdp_growth", "2023", 2.714, "World Bank WDI", "2026-07-01"),
		obs("USA", "gdp_growth", "2024", 2.793, "World Bank WDI", "2026-07-01"),
		obs("WLD", "inflation", "2024", 5.76, "World Bank WDI", "2026-07-01"),
		obs("EMU", "gdp_growth", "2024", 0.939, "World Bank WDI", "2026-07-01"),
		obs("EAS", "gdp_growth", "2024", 3.725, "World Bank WDI", "2026-07-01"),
	}
	groups := map[string]bool{"WLD": true, "SSF": true, "EMU": true, "EAS": true}
	growth := func(entity, period string, value, step float64, sentence, quote string, mods ...func(*extract.Claim)) extract.Claim {
		return figureClaim(entity, "gdp_growth", period, value, step, append(mods, saying(sentence, quote))...)
	}
	tests := []struct {
		name    string
		claim   extract.Claim
		plain   bool // judged by a table that does not say which entities are groups
		verdict string
		reason  string
	}{
		{name: "global growth of 3.3% in 2024, a WEO story",
			claim:   growth("WLD", "2024", 3.3, 0.1, "Global growth was 3.3% in 2024, the same pace as in 2023.", "Global growth was 3.3%"),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "the world economy grew 3.3% in 2025, a Q&A",
			claim:   growth("WLD", "2025", 3.3, 0.1, "A: The world economy grew 3.3% in 2025, slightly down.", "The world economy grew 3.3%"),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "global output grew 3.3%, a standfirst",
			claim:   growth("WLD", "2024", 3.3, 0.1, "Standfirst: Global output grew 3.3% in 2024, in line with 2023, and is forecast to slow.", "Global output grew 3.3%"),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "a projection's starting point, 'slow from 3.3% in 2024'",
			claim: growth("WLD", "2024", 3.3, 0.1, "Global growth is projected to slow from 3.3% in 2024 to 3.2% in 2025 and 3.1% in 2026.", "from 3.3%",
				ofKind("previous")),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "sub-Saharan Africa grew 4.0%, a regional outlook",
			claim:   growth("SSF", "2024", 4.0, 0.1, "Sub-Saharan Africa grew 4.0% in 2024.", "Sub-Saharan Africa grew 4.0%"),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "sub-Saharan Africa's 3.7% of 2023, the WEO's figure, 0.94 points off: the region's gap is 1.40",
			claim:   growth("SSF", "2023", 3.7, 0.1, "Sub-Saharan Africa grew 3.7% in 2023.", "Sub-Saharan Africa grew 3.7%"),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "East Asia, which the two do not publish with the same members, takes the pooled gap",
			claim:   growth("EAS", "2024", 4.5, 0.1, "East Asia and the Pacific grew 4.5% in 2024.", "grew 4.5%"),
			verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "sub-Saharan Africa's 3.6% of 2023, 0.84 points off",
			claim: growth("SSF", "2023", 3.6, 0.1, "Growth in sub-Saharan Africa picked up to 4% in 2024 from 3.6% in 2023.", "from 3.6%",
				ofKind("previous")),
			verdict: NoReference, reason: ReasonOtherDefinition},

		// near-misses
		{name: "world growth further off than the institutions differ is flagged",
			claim:   growth("WLD", "2024", 5.0, 0.1, "Global growth was 5.0% in 2024.", "Global growth was 5.0%"),
			verdict: Inconsistent},
		{name: "world growth that cites the World Bank is its figure",
			claim:   growth("WLD", "2024", 3.3, 0.1, "Global growth was 3.3% in 2024, the World Bank said.", "Global growth was 3.3%", citing("World Bank")),
			verdict: Inconsistent},
		{name: "world growth that cites the IMF is the IMF's, which the table does not hold",
			claim:   growth("WLD", "2024", 3.3, 0.1, "Global growth was 3.3% in 2024, the IMF said.", "Global growth was 3.3%", citing("IMF")),
			verdict: NoReference, reason: ReasonCitedSource},
		{name: "the euro area's growth differs little between the two, and 1.5% against 0.94 is flagged",
			claim:   growth("EMU", "2024", 1.5, 0.1, "Euro-area growth was 1.5% in 2024.", "Euro-area growth was 1.5%"),
			verdict: Inconsistent},
		{name: "East Asia beyond the pooled gap is flagged",
			claim:   growth("EAS", "2024", 4.8, 0.1, "East Asia and the Pacific grew 4.8% in 2024.", "grew 4.8%"),
			verdict: Inconsistent},
		{name: "a country's growth is no group's",
			claim:   growth("USA", "2024", 3.3, 0.1, "US growth was 3.3% in 2024.", "US growth was 3.3%"),
			verdict: Inconsistent},
		{name: "the world's inflation is not growth",
			claim:   figureClaim("WLD", "inflation", "2024", 9.5, 0.1, saying("Global inflation was 9.5% in 2024.", "Global inflation was 9.5%")),
			verdict: Inconsistent},
		{name: "a table that does not say which entities are groups judges as before",
			claim:   growth("WLD", "2024", 3.3, 0.1, "Global growth was 3.3% in 2024.", "Global growth was 3.3%"),
			plain:   true,
			verdict: Inconsistent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ref Reference = fakeReference{observations: table, aggregates: groups}
			if tt.plain {
				ref = struct{ Reference }{fakeReference{observations: table}}
			}
			got, err := Judge(tt.claim, date("2026-10-14"), ref, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tt.verdict || (tt.reason != "" && got.Reason != tt.reason) {
				t.Fatalf("verdict %s (%s), want %s (%s): %s", got.Verdict, got.Reason, tt.verdict, tt.reason, got.Explanation)
			}
			if tt.reason == ReasonOtherDefinition {
				checkExplanation(t, got.Explanation, []string{"names no source", "purchasing-power parity", "market exchange rates", "may be the IMF's figure"})
			}
			checkOneReference(t, got)
		})
	}
}
