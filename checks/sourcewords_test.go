package checks

import (
	"testing"

	"github.com/factcheck/factcheck/extract"
)

// textCase is a sentence of a dated article, extracted and judged against the default table:
// every claim of want's entity, indicator and period must get the verdict, and none may be
// inconsistent unless the verdict is.
type textCase struct {
	text, published                 string
	entity, indicator, period, cite string // cite: the source the claim must cite ("" for none)
	verdict, reason                 string
}

func runTextCases(t *testing.T, tests []textCase) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	ex := defaultExtractor(t)
	store := defaultStore(t)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			published := date(tt.published)
			found := 0
			for _, c := range ex.Claims(extract.Article{Text: tt.text, Published: published}, extract.Options{}) {
				got, err := Judge(c, published, store, DefaultOptions())
				if err != nil {
					t.Fatal(err)
				}
				if c.Entity != tt.entity || c.Indicator != tt.indicator || c.Period != tt.period {
					if got.Verdict == Inconsistent && tt.verdict != Inconsistent {
						t.Errorf("%q (%s %s %s) is inconsistent: %s", c.Quote, c.Entity, c.Indicator, c.Period, got.Explanation)
					}
					continue
				}
				found++
				if c.Source != tt.cite {
					t.Errorf("%q cites %q, want %q", c.Quote, c.Source, tt.cite)
				}
				if got.Verdict != tt.verdict || tt.reason != "" && got.Reason != tt.reason {
					t.Errorf("%q: %s (%s), want %s (%s): %s", c.Quote, got.Verdict, got.Reason, tt.verdict, tt.reason, got.Explanation)
				}
			}
			if found == 0 {
				t.Errorf("no claim of %s %s %s", tt.entity, tt.indicator, tt.period)
			}
		})
	}
}

// TestAggregateGrowthAsTheIMFPublishesIt: world and regional growth as WEO and regional
// outlook stories quote it (the IMF's, at PPP weights) is not flagged against the World Bank's
// aggregates within the gap measured between the two, in the styles such copy comes in; "the
// Fund" cites the IMF. Near-misses: growth far beyond the gap, a country's growth, and growth
// that cites the World Bank stay flagged.
func TestAggregateGrowthAsTheIMFPublishesIt(t *testing.T) {
	const day = "2026-10-14"
	other, cited := ReasonOtherDefinition, ReasonCitedSource
	runTextCases(t, []textCase{
		{"Global growth was 3.3% in 2024, the same pace as in 2023.", day, "WLD", "gdp_growth", "2024", "", NoReference, other},
		{"Global growth is projected to slow from 3.3% in 2024 to 3.2% in 2025 and 3.1% in 2026.", day, "WLD", "gdp_growth", "2024", "", NoReference, other},
		{"Sub-Saharan Africa grew 4.0% in 2024.", day, "SSF", "gdp_growth", "2024", "", NoReference, other},
		{"Headline: World economy resilient\nStandfirst: Global output grew 3.3% in 2024 and is forecast to slow.", day, "WLD", "gdp_growth", "2024", "", NoReference, other},
		{"Q: How did the world economy do last year? A: The world economy grew 3.3% in 2025, slightly down.", day, "WLD", "gdp_growth", "2025", "", NoReference, other},
		{"Opinion: For all the talk of crisis, the world economy grew 3.3% in 2024.", day, "WLD", "gdp_growth", "2024", "", NoReference, other},
		{"Growth in sub-Saharan Africa picked up to 4% in 2024 from 3.6% in 2023, according to the Fund.", day, "SSF", "gdp_growth", "2023", "IMF", NoReference, cited},
		{"The Fund said growth in sub-Saharan Africa picked up to 4.0% in 2024.", day, "SSF", "gdp_growth", "2024", "IMF", NoReference, cited},
		{"Global growth was 3.3% in 2024, the Fund said.", day, "WLD", "gdp_growth", "2024", "IMF", NoReference, cited},
		// near-misses
		{"Global growth was 4.5% in 2024.", day, "WLD", "gdp_growth", "2024", "", Inconsistent, ""},
		{"The United States grew 3.3% in 2024.", day, "USA", "gdp_growth", "2024", "", Inconsistent, ""},
		{"The euro area grew 1.5% in 2024.", day, "EMU", "gdp_growth", "2024", "", Inconsistent, ""},
		{"Global growth was 3.3% in 2024, according to the World Bank.", day, "WLD", "gdp_growth", "2024", "World Bank", Inconsistent, ""},
	})
}

// TestAlternativeInflationGauges: a private gauge cited as the figure's source is a source the
// table does not hold, and the chained CPI is another price index than the CPI-U, in the
// wordings finance copy uses; the CPI named as such is still judged.
func TestAlternativeInflationGauges(t *testing.T) {
	const day = "2025-03-13"
	cited, other := ReasonCitedSource, ReasonOtherDefinition
	runTextCases(t, []textCase{
		{"Truflation puts US inflation at 1.5% in February.", day, "USA", "inflation", "2025-02", "Truflation", NoReference, cited},
		{"According to Truflation, US inflation was 1.5% in February.", day, "USA", "inflation", "2025-02", "Truflation", NoReference, cited},
		{"Real-time gauges such as Truflation showed US inflation at 1.5% in February.", day, "USA", "inflation", "2025-02", "Truflation", NoReference, cited},
		{"US inflation, on the chained CPI measure, was 2.8% in January.", day, "USA", "inflation", "2025-01", "", NoReference, other},
		{"US inflation, using the chained CPI, was 2.8% in January.", day, "USA", "inflation", "2025-01", "", NoReference, other},
		{"Measured by the chained consumer price index, US inflation was 2.8% in January.", day, "USA", "inflation", "2025-01", "", NoReference, other},
		// near-misses: the CPI itself, and "chained" of another measure
		{"US inflation, on the CPI measure, was 2.8% in January.", day, "USA", "inflation", "2025-01", "", Inconsistent, ""},
		{"US inflation was 2.8% in January; real GDP is measured in chained dollars.", day, "USA", "inflation", "2025-01", "", Inconsistent, ""},
	})
}
