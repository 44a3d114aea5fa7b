package checks

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestJudgeAgainstTheDefaultData judges the claims of the seed article (published
// 2025-03-04) against the reference database built from the embedded data, so that the
// verdicts hold for the figures and source names the tool actually ships.
func TestJudgeAgainstTheDefaultData(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	store := defaultStore(t)
	var _ Reference = store

	tests := []struct {
		name     string
		claim    extract.Claim
		verdict  string
		explains string
	}{
		{"Rosstat's first estimate for 2023 is outdated",
			russiaClaim("2023", 3.6, 0.1, citing("Rosstat")), Outdated, "already revised to 4.1% on 2025-02-07"},
		{"Rosstat's first estimate for 2024 is revised",
			russiaClaim("2024", 4.1, 0.1), Revised, "revised to 4.3% on 2025-04-11"},
		{"the official forecast for 2024 matches the ministry's projection",
			russiaClaim("2024", 3.9, 0.1, ofKind("forecast")), Consistent, "projected at 3.9%"},
		{"US sanctions imposed in 2014 match EO 13660",
			sanctionClaim("sanctions_imposed", "USA", "2014"), Consistent, "2014-03-06"},
		{"the extension through 6 March 2026 matches the notice of 2025-02-27",
			sanctionClaim("sanctions_extended_until", "USA", "2026-03-06"), Consistent, "(announced 2025-02-27)"},
	}
	opts := DefaultOptions()
	opts.Names = map[string]string{"RUS": "Russia", "USA": "the United States"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Judge(tt.claim, date("2025-03-04"), store, opts)
			if err != nil {
				t.Fatalf("Judge: %v", err)
			}
			if got.Verdict != tt.verdict || !strings.Contains(got.Explanation, tt.explains) {
				t.Errorf("got %s: %s\nwant %s, explained with %q", got.Verdict, got.Explanation, tt.verdict, tt.explains)
			}
			if got.RefSource == "" || got.RefURL == "" || got.RefRelease == "" {
				t.Errorf("reference without provenance: source %q url %q release %q", got.RefSource, got.RefURL, got.RefRelease)
			}
		})
	}
}

var (
	defaultOnce  sync.Once
	defaultRef   *reference.Store
	defaultErr   error
	defaultDir   string
	defaultStore = func(t testing.TB) *reference.Store {
		t.Helper()
		defaultOnce.Do(func() {
			// Shared by the tests of this package and removed with the process's temp files:
			// the build takes seconds.
			if defaultDir, defaultErr = os.MkdirTemp("", "factcheck-checks-test"); defaultErr != nil {
				return
			}
			path := filepath.Join(defaultDir, "reference.db")
			if defaultErr = reference.Build(path); defaultErr == nil {
				defaultRef, defaultErr = reference.Open(path)
			}
		})
		if defaultErr != nil {
			t.Fatalf("build the default database: %v", defaultErr)
		}
		return defaultRef
	}
)

// defaultExtractor is an extractor of the default lexicon, for tests and benchmarks that
// judge the claims of real texts.
func defaultExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	lex, err := extract.DefaultLexicon()
	if err != nil {
		tb.Fatal(err)
	}
	return extract.New(lex)
}

// TestWDI2018FiguresAreNotInconsistentIn2019 judges, in an article of 2019, every figure of
// the 2018 WDI edition (the one current then) of a dozen indicators for large economies and
// aggregates, rounded as news copy rounds it: each must be consistent or revised, never
// inconsistent or outdated.
func TestWDI2018FiguresAreNotInconsistentIn2019(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	store := defaultStore(t)
	indicators := []string{"gdp_growth", "inflation", "gdp", "population", "gdp_per_capita", "gni_per_capita",
		"government_debt", "exports_gdp", "population_growth", "broad_money_growth", "labour_force", "life_expectancy"}
	entities := []string{"USA", "GBR", "DEU", "FRA", "ITA", "JPN", "CAN", "BRA", "IND", "CHN", "RUS", "ZAF", "EMU", "EUU", "WLD"}
	published := date("2019-06-10")
	judged := map[string]int{}
	for _, indicator := range indicators {
		for _, entity := range entities {
			for year := 2000; year <= 2016; year++ {
				period := strconv.Itoa(year)
				all, err := store.Observations(entity, indicator, period)
				if err != nil {
					t.Fatal(err)
				}
				for _, o := range all {
					if o.Source != "World Bank WDI" || o.Release != "2018-08-01" {
						continue
					}
					c := quoted(entity, indicator, period, o.Value, indicatorUnit(indicator))
					if _, fiscal := isFiscalSeries(&o); fiscal {
						// India's national accounts are of fiscal years: quoted as the
						// World Bank's, not as the calendar year's (TestFiscalYearAccounts).
						c.Source = "the World Bank"
					}
					got, err := Judge(c, published, store, DefaultOptions())
					if err != nil {
						t.Fatal(err)
					}
					judged[got.Verdict]++
					if got.Verdict != Consistent && got.Verdict != Revised {
						t.Errorf("%s %s %s: the 2018 edition's %v quoted as %v in 2019 is %s: %s",
							entity, indicator, period, o.Value, c.Value, got.Verdict, got.Explanation)
					}
				}
			}
		}
	}
	if judged[Revised] < 500 || judged[Consistent] < 50 {
		t.Errorf("verdicts %v: too few figures of the 2018 edition were judged", judged)
	}
}

// quoted is a claim of a figure as news copy writes it: a rate to one decimal, a level to
// three significant digits (US$ 1.23 trillion, 57,600).
func quoted(entity, indicator, period string, value float64, unit string) extract.Claim {
	c := extract.Claim{Entity: entity, Indicator: indicator, Period: period, PeriodExplicit: true,
		Basis: "annual", Kind: "actual", Qualifier: "exact", Unit: unit}
	if unit == extract.UnitPercent || unit == "year" {
		c.Step = 0.1
	} else {
		c.Step = math.Pow(10, math.Floor(math.Log10(math.Abs(value)))-2)
	}
	c.Value = math.Round(value/c.Step) * c.Step
	return c
}

// TestPerCapitaFigureNearPPPIsNotJudgedAsDollars: the extractor links a GDP per capita figure
// at purchasing power parity to gdp_per_capita (current US$), whose figure is far from it; a
// sentence that speaks of PPP is judged against the PPP series, then the dollar series, and is
// never called wrong against the wrong one.
func TestPerCapitaFigureNearPPPIsNotJudgedAsDollars(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	store := defaultStore(t)
	claim := func(value float64, sentence string) extract.Claim {
		return extract.Claim{Entity: "DEU", Indicator: "gdp_per_capita", Period: "2023", PeriodExplicit: true,
			Basis: "annual", Kind: "actual", Qualifier: "exact", Unit: "USD", Value: value, Step: 1, Sentence: sentence}
	}
	tests := []struct {
		name               string
		claim              extract.Claim
		verdict, indicator string
		explains           string
	}{
		{"a PPP figure matches the PPP series", claim(71684, "Germany's GDP per capita at PPP was $71,684 in 2023."),
			Consistent, "gdp_per_capita_ppp", "GDP per capita at PPP in 2023 was $71684.03"},
		{"a dollar figure beside a PPP one matches the dollar series", claim(54777, "Germany's GDP per capita was $54,777, or $71,684 at purchasing power parity."),
			Consistent, "gdp_per_capita", "GDP per capita (current US$) in 2023 was $54776.77"},
		{"a figure that matches neither is not called wrong", claim(66000, "Germany's GDP per capita at purchasing-power parity was $66,000."),
			NoReference, "gdp_per_capita", "matches neither Germany's GDP per capita in 2023 at PPP, $71684.03 (release 2026-07-01), nor in current US dollars, $54776.77"},
		{"with no PPP in the sentence the dollar series judges", claim(66000, "Germany's GDP per capita was $66,000."),
			Inconsistent, "gdp_per_capita", "matches no release of World Bank WDI"},
	}
	opts := DefaultOptions()
	opts.Names = map[string]string{"DEU": "Germany"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Judge(tt.claim, date("2026-08-01"), store, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != tt.verdict || got.Claim.Indicator != tt.indicator || !strings.Contains(got.Explanation, tt.explains) {
				t.Errorf("got %s (%s): %s\nwant %s (%s), explained with %q", got.Verdict, got.Claim.Indicator, got.Explanation,
					tt.verdict, tt.indicator, tt.explains)
			}
		})
	}
}
