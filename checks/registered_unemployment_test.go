package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestRegisteredRateIsNotTheILOs: a country's press gives its employment agency's registered
// rate as "the unemployment rate" (blind round 243: Germany's 6.3% judged against the ILO's
// 3.7%). A rate of such a country that names no source or definition and does not match the
// ILO's is not judged; one that says it is the ILO's, or a country without such a rate, is.
func TestRegisteredRateIsNotTheILOs(t *testing.T) {
	table := []reference.Observation{
		obs("DEU", "unemployment_rate", "2024", 3.4, "World Bank WDI", "2026-07-01"),
		obs("POL", "unemployment_rate", "2024", 2.807, "World Bank WDI", "2026-07-01"),
		obs("USA", "unemployment_rate", "2024", 4.0, "World Bank WDI", "2026-07-01"),
	}
	claim := func(entity string, value float64, sentence string) extract.Claim {
		return figureClaim(entity, "unemployment_rate", "2024", value, 0.1, saying(sentence, sentence))
	}
	runTrustCases(t, []trustCase{
		{name: "Germany's registered rate", claim: claim("DEU", 6.0, "German unemployment rose to 6.0% in 2024."), published: "2026-09-15", table: table,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"registered unemployment rate of the Federal Employment Agency"}},
		{name: "Poland's registered rate", claim: claim("POL", 5.1, "Poland's unemployment rate was 5.1% in 2024."), published: "2026-09-15", table: table,
			verdict: NoReference, reason: ReasonOtherDefinition, explains: []string{"Statistics Poland"}},
		{name: "the ILO's rate, matching", claim: claim("DEU", 3.4, "Germany's unemployment rate was 3.4% in 2024."), published: "2026-09-15", table: table,
			verdict: Consistent},
		{name: "the ILO's rate named, not matching", claim: claim("DEU", 6.0, "Germany's unemployment rate on the ILO measure was 6.0% in 2024."), published: "2026-09-15", table: table,
			verdict: Inconsistent},
		{name: "the Labour Office's measure beside the ILO's", claim: claim("DEU", 6.0,
			"German unemployment rose to 6.0% on the Labour Office measure, or 3.4% under the ILO definition."), published: "2026-09-15", table: table,
			verdict: NoReference}, // (blind round 271: judged against the ILO's rate, named after the other figure)
		{name: "beyond any registered rate (review)", claim: claim("DEU", 11.2, "German unemployment was 11.2% in 2024."), published: "2026-09-15", table: table,
			verdict: Inconsistent},
		{name: "the International Labour Office is the ILO (review)", claim: claim("DEU", 3.4,
			"Germany's unemployment rate was 3.4% in 2024 according to International Labour Office estimates."), published: "2026-09-15", table: table,
			verdict: Consistent},
		{name: "a country without a registered rate in the press", claim: claim("USA", 6.0, "US unemployment was 6.0% in 2024."), published: "2026-09-15", table: table,
			verdict: Inconsistent},
	})
}
