package checks

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// explanationCase is one row of the golden file of explanations.
type explanationCase struct {
	name      string
	claim     extract.Claim
	published string
	table     []reference.Observation
	revisions bool
	// aggregates are the entities the table marks as groups of countries
	aggregates map[string]bool
}

// explanationCases give every verdict and every reason of a no_reference or unchecked verdict
// at least one row, so that an editor's reading of testdata/explanations.golden covers all
// an explanation can say.
func explanationCases() []explanationCase {
	deu := []reference.Observation{obs("DEU", "unemployment_rate", "2024", 3.4, "World Bank WDI", "2026-07-01")}
	usa2004 := []reference.Observation{obs("USA", "gdp_growth", "2004", 3.8, "World Bank WDI", "2026-07-01")}
	return []explanationCase{
		{name: "consistent", claim: russiaClaim("2024", 4.9, 0.1), published: "2026-08-01"},
		{name: "consistent, another source than the cited one", claim: russiaClaim("2024", 4.9, 0.1, citing("Rosstat")), published: "2026-08-01"},
		{name: "consistent, undated", claim: russiaClaim("2024", 4.9, 0.1)},
		{name: "consistent, a forecast", claim: russiaClaim("2024", 3.9, 0.1, ofKind("forecast")), published: "2025-03-04"},
		{name: "consistent, ILO rate", claim: figureClaim("DEU", "unemployment_rate", "2024", 3.4, 0.1), published: "2026-08-01", table: deu},
		{name: "revised", claim: russiaClaim("2024", 4.1, 0.1), published: "2025-03-04"},
		{name: "revised, released after the article", claim: russiaClaim("2024", 4.34, 0.01), published: "2025-03-04"},
		{name: "outdated", claim: russiaClaim("2023", 3.6, 0.1), published: "2025-03-04"},
		{name: "inconsistent", claim: russiaClaim("2023", 5.2, 0.1), published: "2025-03-04"},
		{name: "inconsistent, a bound", claim: russiaClaim("2024", 5, 1, hedged("more_than")), published: "2026-08-01"},
		{name: "inconsistent, older than every release", claim: figureClaim("USA", "gdp_growth", "2004", 9.9, 0.1), published: "2005-01-12", table: usa2004, revisions: true},
		{name: "inconsistent, undated", claim: russiaClaim("2024", 7.1, 0.1)},
		{name: "inconsistent, sanctions", claim: func() extract.Claim {
			c := sanctionClaim("sanctions_imposed", "USA", "2013")
			c.Qualifier = extract.QualFirst
			return c
		}(), published: "2025-03-04"},
		{name: "sanctions on a date the timeline lacks", claim: sanctionClaim("sanctions_imposed", "USA", "2016"), published: "2025-03-04"},
		{name: ReasonNoIndicator, claim: extract.Claim{Value: 13000, Step: 1000, Unit: "worker", Entity: "RUS", Period: "2024"}},
		{name: ReasonUnlinked, claim: russiaClaim("2023", 3.6, 0.1, func(c *extract.Claim) { c.Entity = "" })},
		{name: ReasonIncomparable, claim: russiaClaim("2024", 0.3, 0.1, func(c *extract.Claim) { c.Unit = "pp"; c.Change = "up" })},
		{name: ReasonNoProjection, claim: russiaClaim("2023", 3.6, 0.1, ofKind("forecast")), published: "2023-06-01"},
		{name: ReasonOtherForecaster, claim: russiaClaim("2024", 4.3, 0.1, ofKind("forecast"), citing("the OECD")), published: "2025-03-04"},
		{name: ReasonTarget, claim: figureClaim("GBR", "inflation", "2024", 2, 1, ofKind("forecast"),
			saying("Inflation stayed above the Bank's 2% target throughout 2024.", "2%")), published: "2025-01-15"},
		{name: ReasonEventDate, claim: sanctionClaim("sanctions_imposed", "USA", "spring"), published: "2025-03-04"},
		{name: ReasonNoFigure, claim: russiaClaim("2019", 1.3, 0.1), published: "2025-03-04"},
		{name: ReasonSeveralYears, claim: russiaClaim("2021/2023", 2.5, 0.1), published: "2025-03-04"},
		{name: ReasonSoFar, claim: russiaClaim("2023-02", 1.3, 0.1, func(c *extract.Claim) { c.SoFar = true; c.Basis = "unknown" }), published: "2023-03-19"},
		{name: ReasonOtherBasis, claim: russiaClaim("2023", 3.6, 0.1, func(c *extract.Claim) { c.Basis = "qoq" }), published: "2025-03-04"},
		{name: ReasonUnstatedBasis, claim: figureClaim("USA", "gdp_growth", "2023-Q3", 2.9, 0.1, func(c *extract.Claim) { c.Basis = "unknown" }),
			published: "2023-11-01", table: []reference.Observation{
				{Entity: "USA", Indicator: "gdp_growth", Period: "2023-Q3", Basis: "annualised", Value: 4.9, Kind: "actual", Source: "BEA", Release: "2023-10-26",
					Derivation: "annualised q/q growth derived from levels"},
				{Entity: "USA", Indicator: "gdp_growth", Period: "2023-Q3", Basis: "yoy", Value: 2.9, Kind: "actual", Source: "BEA", Release: "2023-10-26",
					Derivation: "y/y growth derived from levels"}}},
		{name: ReasonOnlyProjections, claim: russiaClaim("2026", 2.5, 0.1), published: "2027-03-04"},
		{name: ReasonBeforeReleases, claim: figureClaim("USA", "gdp_growth", "2004", 5.8, 0.1), published: "2005-01-12", table: usa2004, revisions: true},
		{name: ReasonNoRevisions, claim: figureClaim("CHN", "gdp_per_capita_ppp", "2022", 21000, 1000, func(c *extract.Claim) { c.Unit = "USD" }),
			published: "2024-05-03", table: []reference.Observation{obs("CHN", "gdp_per_capita_ppp", "2022", 23032.18, "World Bank WDI", "2026-07-01")}, revisions: true},
		{name: ReasonPeriodNotOver, claim: figureClaim("USA", "unemployment_rate", "1998", 2.3, 0.1), published: "1998-06-10",
			table: []reference.Observation{obs("USA", "unemployment_rate", "1998", 4.51, "World Bank WDI", "2026-07-01")}},
		{name: ReasonOtherDefinition + ", registered unemployment", claim: figureClaim("DEU", "unemployment_rate", "2024", 5.7, 0.1, citing("the Bundesagentur"),
			saying("Germany's jobless rate was 5.7% in 2024, the Bundesagentur said.", "5.7%")), published: "2025-01-31", table: deu},
		{name: ReasonOtherDefinition + ", a modelled estimate", claim: figureClaim("DEU", "unemployment_rate", "2024", 3.2, 0.1), published: "2026-08-01", table: deu},
		{name: ReasonOtherDefinition + ", a modelled estimate far from the national rates", claim: figureClaim("PHL", "unemployment_rate", "2024", 3.8, 0.1),
			published: "2026-08-01", table: []reference.Observation{obs("PHL", "unemployment_rate", "2024", 2.202, "World Bank WDI", "2026-07-01")}},
		{name: ReasonOtherDefinition + ", December on December", claim: figureClaim("RUS", "inflation", "2024", 9.5, 0.1), published: "2026-08-01",
			table: []reference.Observation{russiaInflation2024}},
		{name: ReasonOtherDefinition + ", the IMF's weighting of a group of countries", claim: figureClaim("WLD", "gdp_growth", "2024", 3.3, 0.1),
			published: "2026-10-14", table: []reference.Observation{obs("WLD", "gdp_growth", "2024", 2.9, "World Bank WDI", "2026-07-01")},
			aggregates: map[string]bool{"WLD": true}},
		{name: ReasonOtherDefinition + ", central government", claim: figureClaim("DEU", "government_debt", "2023", 63, 1), published: "2026-08-01",
			table: []reference.Observation{obs("DEU", "government_debt", "2023", 44.2, "World Bank WDI", "2026-07-01")}},
		{name: ReasonLevelMargin, claim: extract.Claim{Value: 29.2e12, Step: 1e11, Unit: "USD", Indicator: "gdp", Entity: "USA", Period: "2024", Kind: "actual"},
			published: "2026-08-01", table: []reference.Observation{obs("USA", "gdp", "2024", 29.298e12, "World Bank WDI", "2026-07-01")}},
		{name: ReasonCitedSource, claim: russiaClaim("2024", 3.9, 0.1, citing("Interfax")), published: "2026-08-01"},
		{name: ReasonCitedSource + ", another source agrees", claim: russiaClaim("2024", 4.9, 0.1, citing("Interfax")), published: "2026-08-01"},
		{name: ReasonCitedSource + ", another source's earlier release matches", claim: russiaClaim("2023", 3.6, 0.1, citing("Interfax")), published: "2025-03-04"},
		{name: ReasonUndatedEarlier, claim: russiaClaim("2023", 3.6, 0.1, citing("Rosstat"))},
		{name: ReasonUndatedFirst, claim: figureClaim("USA", "gdp_growth", "2004", 4.4, 0.1), table: usa2004, revisions: true},
		{name: ReasonBetweenReleases, claim: figureClaim("GBR", "gdp_growth", "2010", 2.2, 0.1), published: "2023-10-20",
			table: []reference.Observation{obs("GBR", "gdp_growth", "2010", 1.69454713975598, "World Bank WDI", "2018-08-01"),
				obs("GBR", "gdp_growth", "2010", 2.26054460931586, "World Bank WDI", "2025-12-17")}},
		{name: ReasonSuperseded, claim: russiaClaim("2023", 3.1, 0.1, func(c *extract.Claim) { c.Superseded = true }), published: "2026-08-01"},
		{name: "consistent, an earlier estimate the text says was revised, matching a release", claim: russiaClaim("2023", 3.6, 0.1, func(c *extract.Claim) { c.Superseded = true }), published: "2026-08-01"},
		{name: ReasonOtherDefinition + ", a calendar year of a series of fiscal years", claim: figureClaim("AUS", "gdp_growth", "2023", 2.0, 0.1), published: "2026-08-01",
			table: []reference.Observation{obs("AUS", "gdp_growth", "2023", 3.58382100798981, "World Bank WDI", "2026-07-01")}},
		{name: "consistent, a fiscal year of a series labelled by calendar years", claim: figureClaim("IND", "gdp_growth", "FY2024", 7.2, 0.1, saying("India's economy grew 7.2% in 2023-24.", "grew 7.2%")), published: "2026-08-01",
			table: []reference.Observation{obs("IND", "gdp_growth", "2023", 7.210224629335, "World Bank WDI", "2026-07-01")}},
		{name: ReasonFiscalYear, claim: figureClaim("PAK", "gdp_growth", "FY2023", -0.2, 0.1, saying("Pakistan's economy shrank 0.2% in fiscal 2023.", "shrank 0.2%")), published: "2026-08-01",
			table: []reference.Observation{obs("PAK", "gdp_growth", "2023", -0.414935997088406, "World Bank WDI", "2026-07-01")}},
		{name: ReasonNoEvent, claim: sanctionClaim("sanctions_lifted", "USA", "2024"), published: "2025-03-04"},
		{name: ReasonNoEvent + ", inside a run of measures", claim: sanctionClaim("sanctions_imposed", "USA", "2014-03-10"), published: "2025-03-04"},
	}
}

func TestExplanationsGolden(t *testing.T) {
	opts := DefaultOptions()
	opts.Names = map[string]string{"RUS": "Russia", "USA": "the United States", "DEU": "Germany", "GBR": "the United Kingdom", "EUU": "the European Union",
		"AUS": "Australia", "IND": "India", "PAK": "Pakistan"}
	verdicts, reasons := map[string]bool{}, map[string]bool{}
	var b strings.Builder
	for _, tc := range explanationCases() {
		table := tc.table
		if table == nil {
			table = russiaGrowth
		}
		o := opts
		if tc.published == "" {
			// Undated claims are judged as of a fixed day, so that the file does not change
			// with the calendar.
			o.AsOf = date("2026-08-01")
		}
		if tc.revisions {
			o.Revisions = revisionsFixture()
		}
		got, err := Judge(tc.claim, date(tc.published), fakeReference{observations: table, events: russiaSanctions, aggregates: tc.aggregates}, o)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		verdicts[got.Verdict], reasons[got.Reason] = true, true
		t.Run(tc.name, func(t *testing.T) {
			checkExplanation(t, got.Explanation, nil)
			checkOneReference(t, got)
		})
		ref := "none"
		if got.RefValue != nil {
			ref = fmt.Sprintf("%s %s, %s release %s", formatValue(*got.RefValue, indicatorUnitOr(got.Claim.Indicator, got.Claim.Unit)),
				got.RefPeriod, got.RefSource, got.RefRelease)
		} else if got.RefSource != "" {
			ref = fmt.Sprintf("%s, %s release %s", got.RefPeriod, got.RefSource, got.RefRelease)
		}
		fmt.Fprintf(&b, "## %s\nverdict: %s", tc.name, got.Verdict)
		if got.Reason != "" {
			fmt.Fprintf(&b, " (%s)", got.Reason)
		}
		fmt.Fprintf(&b, "\nreference: %s\n%s\n\n", ref, got.Explanation)
	}
	for _, v := range []string{Consistent, Revised, Outdated, Inconsistent, NoReference, Unchecked} {
		if !verdicts[v] {
			t.Errorf("no case gives %s", v)
		}
	}
	for _, r := range []string{ReasonNoIndicator, ReasonUnlinked, ReasonIncomparable, ReasonNoProjection, ReasonOtherForecaster,
		ReasonTarget, ReasonEventDate, ReasonNoFigure, ReasonSeveralYears, ReasonSoFar, ReasonOtherBasis, ReasonUnstatedBasis, ReasonOnlyProjections,
		ReasonBeforeReleases, ReasonNoRevisions, ReasonPeriodNotOver, ReasonOtherDefinition, ReasonLevelMargin, ReasonCitedSource,
		ReasonUndatedEarlier, ReasonUndatedFirst, ReasonBetweenReleases, ReasonNoEvent, ReasonSuperseded, ReasonFiscalYear} {
		if !reasons[r] {
			t.Errorf("no case gives the reason %q", r)
		}
	}
	if reasons[reasonOther] {
		t.Errorf("a case gives the reason %q: a judging step left its reason unsaid", reasonOther)
	}

	path := filepath.Join("testdata", "explanations.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./checks -run ExplanationsGolden -update)", err)
	}
	if string(want) != b.String() {
		t.Errorf("explanations differ from %s (run with -update and read the diff):\n%s", path, b.String())
	}
}
