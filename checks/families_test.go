package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
)

// figureClaim is a claim as extraction writes it; mods adjust it.
func basisClaim(entity, indicator, period, basis string, value, step float64, unit string, mods ...func(*extract.Claim)) extract.Claim {
	c := extract.Claim{
		Value: value, Step: step, Unit: unit, Qualifier: "exact", Indicator: indicator,
		Entity: entity, Period: period, PeriodExplicit: true, Basis: basis, Kind: "actual",
	}
	for _, m := range mods {
		m(&c)
	}
	return c
}

func inSentence(s string) func(*extract.Claim) { return func(c *extract.Claim) { c.Sentence = s } }

// familyCase is one claim of a dated article judged against the default database.
type familyCase struct {
	name      string
	claim     extract.Claim
	published string
	verdict   string
	explains  []string // phrases of the explanation
	refValue  float64  // checked when not zero: the figure the claim was judged against
}

func runFamilyCases(t *testing.T, tests []familyCase) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	store := defaultStore(t)
	opts := DefaultOptions()
	opts.Names = map[string]string{"USA": "the United States", "EMU": "Euro area", "JPN": "Japan",
		"CHE": "Switzerland", "GBR": "the United Kingdom"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Judge(tt.claim, date(tt.published), store, opts)
			if err != nil {
				t.Fatalf("Judge: %v", err)
			}
			if got.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s: %s", got.Verdict, tt.verdict, got.Explanation)
			}
			for _, phrase := range tt.explains {
				if !strings.Contains(got.Explanation, phrase) {
					t.Errorf("explanation lacks %q: %s", phrase, got.Explanation)
				}
			}
			if tt.refValue != 0 && (got.RefValue == nil || *got.RefValue != tt.refValue) {
				t.Errorf("judged against %v, want %v: %s", got.RefValue, tt.refValue, got.Explanation)
			}
			if got.Verdict == Consistent || got.Verdict == Inconsistent || got.Verdict == Revised || got.Verdict == Outdated {
				if got.RefSource == "" || got.RefRelease == "" || got.RefURL == "" {
					t.Errorf("reference without provenance: source %q release %q url %q", got.RefSource, got.RefRelease, got.RefURL)
				}
			}
		})
	}
}

// TestQuarterlyGDPGrowth judges quarterly growth, on each economy's basis, in articles of
// October 2023 (after the first vintages of Q2 2023) and of 2025 (after their revision).
func TestQuarterlyGDPGrowth(t *testing.T) {
	us := func(value, step float64, basis string) extract.Claim {
		return basisClaim("USA", "gdp_growth", "2023-Q2", basis, value, step, extract.UnitPercent)
	}
	jp := func(value, step float64, basis string) extract.Claim {
		return basisClaim("JPN", "gdp_growth", "2023-Q2", basis, value, step, extract.UnitPercent)
	}
	runFamilyCases(t, []familyCase{
		{"BEA's 2.4% annualised for Q2 2023 matches the growth derived from its levels (2.4504)",
			us(2.4, 0.1, "annualised"), "2025-01-15", Consistent,
			[]string{"Per BEA (release 2024-12-19), the United States' GDP growth in Q2 2023 was 2.45% (annualised q/q growth derived from the vintage's real GDP levels)"}, 0},
		{"a wrong annualised figure is inconsistent",
			us(3.5, 0.1, "annualised"), "2023-10-01", Inconsistent, []string{"matches no release of BEA or BEA via SECO real-time data set"}, 0},
		{"the 2.1% of the autumn 2023 vintages is revised, named by its vintage",
			us(2.1, 0.1, "annualised"), "2023-10-01", Revised,
			[]string{"matches BEA real-time vintage 2023-Q3 of 2023-09-14, current when the article appeared and revised to 2.45% on 2024-12-13"}, 0},
		{"the same figure in an article after the revision is outdated",
			us(2.1, 0.1, "annualised"), "2025-01-15", Outdated, []string{"already revised to 2.45% on 2024-12-13, before the article of 2025-01-15"}, 0},
		{"Japan's first vintage of Q2 2023 (4.76% annualised) is revised",
			jp(4.8, 0.1, "annualised"), "2023-10-01", Revised, []string{"matches Cabinet Office real-time vintage 2023-Q3 of 2023-09-14, current when the article appeared and revised to 3.57% on 2023-12-13"}, 0},
		{"Japan's latest is consistent", jp(2.1, 0.1, "annualised"), "2025-01-15", Consistent,
			[]string{"Per Cabinet Office of Japan via SECO real-time data set (release 2024-12-13), Japan's GDP growth in Q2 2023 was 2.07% (annualised q/q growth derived"}, 0},
		{"Switzerland's q/q headline", basisClaim("CHE", "gdp_growth", "2023-Q2", "qoq", -0.2, 0.1, extract.UnitPercent),
			"2025-01-15", Consistent, []string{"Switzerland's GDP growth in Q2 2023 was -0.18% (q/q growth derived"}, 0},
		{"the euro area's q/q", basisClaim("EMU", "gdp_growth", "2023-Q2", "qoq", 0.1, 0.1, extract.UnitPercent),
			"2025-01-15", Consistent, []string{"the euro area's GDP growth in Q2 2023 was 0.07% (q/q"}, 0},
		{"y/y is a basis of its own", us(2.8, 0.1, "yoy"), "2025-01-15", Consistent, []string{"was 2.83% (y/y growth derived"}, 0},
		{"a claim with no basis is read as the headline, annualised for the US",
			us(2.4, 0.1, "unknown"), "2025-01-15", Consistent, []string{"(annualised q/q growth derived"}, 0},
	})
}

// TestQuarterlyBasesAreNeverMixed is the neighbouring-measure test of quarters: a rate on one
// basis is never judged against the figure of another, even where that one would match.
func TestQuarterlyBasesAreNeverMixed(t *testing.T) {
	runFamilyCases(t, []familyCase{
		{"a US q/q claim is not judged against the annualised rate or the y/y one",
			basisClaim("USA", "gdp_growth", "2023-Q2", "qoq", 0.6, 0.1, extract.UnitPercent), "2025-01-15", NoReference,
			[]string{"the table holds the United States' GDP growth in Q2 2023 only annualised quarter on quarter (2.45%", "and year on year (2.83%", "not quarter on quarter as the claim states"}, 0},
		{"a euro-area annualised claim is not judged against the q/q rate",
			basisClaim("EMU", "gdp_growth", "2023-Q2", "annualised", 0.3, 0.1, extract.UnitPercent), "2025-01-15", NoReference,
			[]string{"only quarter on quarter (0.07%", "not annualised quarter on quarter as the claim states"}, 0},
		{"the annualised 2.45% stated as y/y is judged against y/y figures only, and matches none",
			basisClaim("USA", "gdp_growth", "2023-Q2", "yoy", 2.45, 0.01, extract.UnitPercent), "2025-01-15", Inconsistent,
			[]string{"was 2.83% (y/y growth derived"}, 2.8295},
		{"the y/y 2.83% with no basis stated does not match the annualised headline, and is not flagged since it is the y/y rate",
			basisClaim("USA", "gdp_growth", "2023-Q2", "unknown", 2.83, 0.01, extract.UnitPercent), "2025-01-15", NoReference,
			[]string{"(annualised q/q growth derived", "read as year on year, per BEA"}, 2.4504},
		{"2.7% with no basis stated matches no basis, and is flagged against the annualised headline",
			basisClaim("USA", "gdp_growth", "2023-Q2", "unknown", 2.7, 0.01, extract.UnitPercent), "2025-01-15", Inconsistent,
			[]string{"(annualised q/q growth derived"}, 2.4504},
		{"an annualised quarterly rate is not judged against the year's growth",
			basisClaim("USA", "gdp_growth", "2023", "annualised", 2.5, 0.1, extract.UnitPercent), "2025-01-15", NoReference,
			[]string{"only annual (", "not annualised quarter on quarter as the claim states"}, 0},
	})
}

// TestMonthlyInflationAndTheCPI judges US inflation by month: y/y derived from the BLS index,
// which BLS does not revise (so no claim of it can be revised or outdated).
func TestMonthlyInflationAndTheCPI(t *testing.T) {
	july := func(value, step float64, basis string) extract.Claim {
		return basisClaim("USA", "inflation", "2023-07", basis, value, step, extract.UnitPercent)
	}
	runFamilyCases(t, []familyCase{
		{"BLS's 3.2% for July 2023 is consistent", july(3.2, 0.1, "yoy"), "2023-09-01", Consistent,
			[]string{"Per US BLS (release 2023-08-31), the United States' inflation in July 2023 was 3.18% (y/y inflation derived from the unadjusted CPI-U index)"}, 0},
		{"a wrong July rate is inconsistent", july(4.2, 0.1, "yoy"), "2023-09-01", Inconsistent, []string{"matches no release of US BLS"}, 0},
		{"the index itself", basisClaim("USA", "cpi_index", "2023-07", "unknown", 305.691, 0.001, ""), "2023-09-01", Consistent,
			[]string{"the United States' cpi index in July 2023 was 305.69"}, 0},
		{"a month-on-month rate is not judged against the y/y one", july(0.2, 0.1, "mom"), "2023-09-01", NoReference,
			[]string{"only year on year (3.18%", "not month on month"}, 0},
		{"a monthly rate of an economy with annual figures only is no_reference and says what the table holds",
			basisClaim("GBR", "inflation", "2023-07", "yoy", 6.8, 0.1, extract.UnitPercent), "2023-09-01", NoReference,
			[]string{"the table holds the United Kingdom's inflation by year (1960 to 2025), not for July 2023; for 2023 it was 6.79% (World Bank WDI, release 2026-07-01), which a figure of a month is never judged against"}, 0},
		{"the year's average is judged against the annual figure, never a month's",
			basisClaim("USA", "inflation", "2023", "annual", 4.1, 0.1, extract.UnitPercent), "2025-01-15", Consistent,
			[]string{"the United States' inflation (annual average) in 2023 was 4.12%"}, 0},
	})
}

// TestExchangeRates judges both directions of a quote: "151 yen per dollar" as the table holds
// it, "the euro at $1.09" against the inverse.
func TestExchangeRates(t *testing.T) {
	rate := func(entity, period string, value, step float64, unit string) extract.Claim {
		return basisClaim(entity, "exchange_rate", period, "unknown", value, step, unit)
	}
	runFamilyCases(t, []familyCase{
		{"151 yen per dollar in 2024 matches the annual averages",
			rate("JPN", "2024", 151, 1, "JPY/USD"), "2025-03-01", Consistent,
			[]string{"Japan's exchange rate in 2024 was 151.37 yen per US dollar, matching the claim's 151 yen per US dollar"}, 0},
		{"the euro at $1.09 in January 2024 is the inverse of 0.9175 euros per dollar",
			rate("EMU", "2024-01", 1.09, 0.01, "USD/EUR"), "2024-03-01", Consistent,
			[]string{"the euro area's exchange rate in January 2024 was $1.0899 per euro (the inverse of 0.9175 euros per US dollar as published)",
				"matching the claim's $1.09 per euro"}, 0},
		{"a euro rate given for Germany is the euro area's", rate("DEU", "2024-01", 1.09, 0.01, "USD/EUR"), "2024-03-01", Consistent,
			[]string{"the euro area's exchange rate"}, 0},
		{"the pound at $1.50 in January 2024 is inconsistent", rate("GBR", "2024-01", 1.50, 0.01, "USD/GBP"), "2024-03-01", Inconsistent,
			[]string{"was $1.2702 per pound (the inverse of 0.7873 pounds per US dollar as published)"}, 0},
		{"euros per dollar as the table holds them", rate("EMU", "2024-01", 0.92, 0.01, "EUR/USD"), "2024-03-01", Consistent,
			[]string{"was 0.9175 euros per US dollar, matching"}, 0.9175},
	})
}

// TestExchangeRatesAreNeverJudgedAgainstTheWrongSeries is the neighbouring-measure test of
// exchange rates: the other direction, the other frequency, a cross rate.
func TestExchangeRatesAreNeverJudgedAgainstTheWrongSeries(t *testing.T) {
	rate := func(entity, period string, value, step float64, unit string) extract.Claim {
		return basisClaim(entity, "exchange_rate", period, "unknown", value, step, unit)
	}
	runFamilyCases(t, []familyCase{
		{"dollars per euro read as euros per dollar match nothing",
			rate("EMU", "2024-01", 1.09, 0.01, "EUR/USD"), "2024-03-01", Inconsistent, []string{"was 0.9175 euros per US dollar"}, 0.9175},
		{"a month's rate is judged against the month's average, never the year's",
			rate("JPN", "2024-01", 151, 1, "JPY/USD"), "2025-03-01", Inconsistent, []string{"Japan's exchange rate in January 2024 was 146.29 yen per US dollar"}, 146.2943},
		{"a day's rate is no_reference and names the month's average",
			rate("JPN", "2024-01-16", 147, 1, "JPY/USD"), "2024-01-17", NoReference,
			[]string{"the table holds Japan's exchange rate by month (January 1971 to June 2026) and by year (1960 to 2025), not for 16 January 2024; for January 2024 it was 146.29 yen per US dollar (Federal Reserve Board, release 2024-02-29)"}, 0},
		{"a cross rate is not judged", rate("EMU", "2024-01", 0.86, 0.01, "GBP/EUR"), "2024-03-01", Unchecked,
			[]string{"a cross rate (GBP/EUR), and the table holds rates against the US dollar only"}, 0},
		{"a rate with no pair of currencies is not judged", rate("JPN", "2024-01", 151, 1, ""), "2024-03-01", Unchecked,
			[]string{"needs the two currencies it relates"}, 0},
	})
}

// TestBankRateDecisions judges the Bank of England's rate as dated events: rate and date.
func TestBankRateDecisions(t *testing.T) {
	rate := func(period string, value float64, sentence string) extract.Claim {
		return basisClaim("GBR", "policy_rate", period, "unknown", value, 0.01, extract.UnitPercent, inSentence(sentence))
	}
	const raised = "The Bank of England raised interest rates to 5.25%."
	runFamilyCases(t, []familyCase{
		{"raised to 5.25% on 3 August 2023", rate("2023-08-03", 5.25, raised), "2023-08-04", Consistent,
			[]string{"Per Bank of England, the United Kingdom's policy rate was raised from 5% to 5.25% on 3 August 2023 (Official Bank Rate change of 2023-08-03)"}, 5.25},
		{"raised to 5.25% in August 2023, at the month's precision", rate("2023-08", 5.25, raised), "2023-09-01", Consistent,
			[]string{"raised from 5% to 5.25% on 3 August 2023"}, 0},
		{"the right rate on the wrong date", rate("2023-07", 5.25, raised), "2023-09-01", Inconsistent,
			[]string{"was not changed in July 2023: it stood at 5% from 22 June 2023 until 2 August 2023", "; it was raised from 5% to 5.25% on 3 August 2023"}, 5},
		{"the wrong rate on the right date", rate("2023-08-03", 5.5, raised), "2023-08-04", Inconsistent,
			[]string{"was raised from 5% to 5.25% on 3 August 2023", "the claim's 5.50% on 3 August 2023 matches no change then"}, 5.25},
		{"the rate before the change, given for comparison",
			basisClaim("GBR", "policy_rate", "2023-08-03", "unknown", 5, 1, extract.UnitPercent, ofKind("previous"),
				inSentence("The Bank of England raised interest rates to 5.25% from 5% on Thursday.")),
			"2023-08-04", Consistent, []string{"was raised from 5% to 5.25% on 3 August 2023 (Official Bank Rate change of 2023-08-03), matching the claim's earlier rate of 5%"}, 5},
		{"a whole-number rate is that rate, not a range that holds the quarter point above it",
			basisClaim("GBR", "policy_rate", "2023-08-03", "unknown", 5, 1, extract.UnitPercent, inSentence(raised)),
			"2023-08-04", Inconsistent, []string{"the claim's 5% on 3 August 2023 matches no change then"}, 5.25},
		{"the rate in force", rate("2023-07", 5, "Rates stood at 5% in July."), "2023-09-01", Consistent,
			[]string{"stood at 5% from 22 June 2023 until 2 August 2023"}, 5},
		{"a rate in an article the day after the change", rate("2023-08-04", 5.25, "Rates are now 5.25%."), "2023-08-04", Consistent,
			[]string{"stood at 5.25% from 3 August 2023 (Official Bank Rate change of 2023-08-03)"}, 5.25},
		{"a rate the Bank had not set by the article's date", rate("2023-08-01", 5.25, "Rates are now 5.25%."), "2023-08-01", Inconsistent,
			[]string{"stood at 5% from 22 June 2023 (", "it was cut from 5.5% to 5.25% on 7 February 2008"}, 5},
		{"after the latest change the table holds, a mismatch is not judged",
			rate("2025-08", 4, "The Bank of England cut rates to 4%."), "2025-09-01", NoReference,
			[]string{"the latest change of the United Kingdom's policy rate the table holds is cut from 4.5% to 4.25% on 8 May 2025"}, 0},
		{"another central bank's rate is not in the table",
			basisClaim("USA", "policy_rate", "2023-07", "unknown", 5.5, 0.01, extract.UnitPercent, inSentence("The Fed raised rates.")),
			"2023-09-01", NoReference, []string{"holds no changes of the United States' policy rate"}, 0},
	})
}

// TestUnemploymentAgainstModelledEstimates: the table's unemployment rates are the ILO's
// modelled estimates, which differ from the national offices' survey figures that news quotes
// by a few tenths. Those are not called wrong; a figure far from the estimate still is.
func TestUnemploymentAgainstModelledEstimates(t *testing.T) {
	rate := func(entity, period string, value float64, mods ...func(*extract.Claim)) extract.Claim {
		return basisClaim(entity, "unemployment_rate", period, "annual", value, 0.1, extract.UnitPercent, mods...)
	}
	cites := func(source string) func(*extract.Claim) { return func(c *extract.Claim) { c.Source = source } }
	const notJudged = "may be the national statistics office's own survey figure, which the ILO's modelled estimate differs from"
	runFamilyCases(t, []familyCase{
		{"Spain's 11.3% of 2024 (INE's survey) against the modelled 11.4%", rate("ESP", "2024", 11.3), "2026-09-10", NoReference,
			[]string{notJudged, "within 1 point (the configured revision margin)"}, 0},
		{"Poland's 2.9% of 2024 against the modelled 2.81%", rate("POL", "2024", 2.9), "2026-09-10", NoReference, []string{notJudged}, 0},
		{"Britain's 4.3% of 2024 (the ONS's) against the modelled 4.36%", rate("GBR", "2024", 4.3,
			inSentence("Unemployment in Britain, measured the ILO way, averaged 4.3% in 2024.")), "2026-09-10", NoReference, []string{notJudged}, 0},
		{"a figure that matches the estimate is consistent", rate("ITA", "2024", 6.5), "2026-09-10", Consistent, nil, 0},
		{"a figure far from the estimate is still wrong", rate("GBR", "2024", 6.3), "2026-09-10", Inconsistent,
			[]string{"matches no release of World Bank WDI"}, 0},
		{"a figure that cites the World Bank is judged as its figure", rate("ESP", "2024", 11.3, cites("World Bank")), "2026-09-10", Inconsistent, nil, 0},
	})
}

// TestACitedSourceIsJudgedOnItsOwnFigures (s20 finding B1): a claim that cites a source is
// judged against that source's figures for its indicator, entity and period; when the table
// holds none of them (Eurostat's unemployment rate, Statistics Canada's growth), an earlier
// release of another source (WDI's) is no more proof that the figure is outdated, or revised,
// than its latest is that the figure is right: the row is no_reference, cited source. What
// the table holds of the cited source for other indicators (Eurostat's quarterly euro-area
// GDP, through the SECO real-time data set) does not count. A claim that cites the source it
// matched, or none, keeps its verdict.
func TestACitedSourceIsJudgedOnItsOwnFigures(t *testing.T) {
	annual := func(entity, indicator, period string, value float64, sentence string, mods ...func(*extract.Claim)) extract.Claim {
		return basisClaim(entity, indicator, period, "annual", value, 0.1, extract.UnitPercent, append(mods, inSentence(sentence))...)
	}
	cited := "which the table does not hold, so it is not judged against another source"
	runFamilyCases(t, []familyCase{
		// WDI's euro-area unemployment of 2024 was 6.39% on 2026-04-01, 6.35% from 2026-07-01.
		{"wire: euro-area unemployment citing Eurostat is not outdated against WDI",
			annual("EMU", "unemployment_rate", "2024", 6.4, "The unemployment rate in the euro area was 6.4% in 2024, Eurostat said.", citing("Eurostat")),
			"2026-08-10", NoReference, []string{"matches WDI 2026-04-01", "the claim cites Eurostat, " + cited}, 0},
		{"British: the EU's statistics office, for the year before",
			annual("EMU", "unemployment_rate", "2023", 6.6, "Joblessness across the eurozone averaged 6.6 per cent in 2023, according to Eurostat, the EU's statistics office.", citing("Eurostat")),
			"2026-08-10", NoReference, []string{"the claim cites Eurostat, " + cited}, 0},
		// WDI’s Canadian growth of 2024 was 1.55% on 2025-12-17, 2.05% from 2026-07-01.
		{"American: another country, another office the table lacks",
			annual("CAN", "gdp_growth", "2024", 1.6, "Canada’s economy grew 1.6% in 2024, Statistics Canada reported.", citing("Statistics Canada")),
			"2026-08-10", NoReference, []string{"the claim cites Statistics Canada, " + cited}, 0},
		{"a figure current when the article appeared is not revised against another source either",
			annual("CAN", "gdp_growth", "2023", 1.5, "Growth in Canada was 1.5% in 2023, StatCan said.", citing("StatCan")),
			"2026-03-01", NoReference, []string{"current when the article appeared", "the claim cites StatCan, " + cited}, 0},
		{"European: an older year, a bureau the table lacks",
			annual("AUS", "unemployment_rate", "2017", 5.7, "Australia's unemployment rate stood at 5.7% in 2017, the Australian Bureau of Statistics said.", citing("Australian Bureau of Statistics")),
			"2026-08-10", NoReference, []string{"the claim cites Australian Bureau of Statistics, " + cited}, 0},
		// Near-misses that keep their verdict.
		{"citing the World Bank, whose figure it matched, it stays outdated",
			annual("EMU", "unemployment_rate", "2024", 6.4, "The euro area's unemployment rate was 6.4% in 2024, the World Bank said.", citing("World Bank")),
			"2026-08-10", Outdated, []string{"matches WDI 2026-04-01"}, 6.34778064605911},
		{"citing no source, it stays outdated",
			annual("EMU", "unemployment_rate", "2024", 6.4, "The unemployment rate in the euro area was 6.4% in 2024."),
			"2026-08-10", Outdated, []string{"matches WDI 2026-04-01"}, 6.34778064605911},
		{"Canada citing no source stays outdated",
			annual("CAN", "gdp_growth", "2024", 1.6, "Canada’s economy grew 1.6% in 2024."),
			"2026-08-10", Outdated, nil, 0},
		{"a source the table holds for the figure is judged on its own releases",
			annual("RUS", "gdp_growth", "2023", 3.6, "Russia's economy grew 3.6% in 2023, Rosstat said.", citing("Rosstat")),
			"2025-03-04", Outdated, []string{"Rosstat"}, 4.1},
		{"Eurostat's own quarterly figures, held through SECO, judge a quarter's growth citing Eurostat",
			basisClaim("EMU", "gdp_growth", "2023-Q1", "yoy", 1.0, 0.1, extract.UnitPercent, citing("Eurostat"),
				inSentence("Euro zone GDP was 1.0% higher year on year in the first quarter of 2023, Eurostat said.")),
			"2024-11-01", Outdated, []string{"Eurostat via SECO"}, 0},
		{"a figure another source still gives is no_reference as before",
			annual("DEU", "gdp_growth", "2024", -0.5, "Germany's economy shrank 0.5% in 2024, according to Eurostat.", citing("Eurostat")),
			"2026-08-10", NoReference, []string{"matching the claim's -0.5%", "the claim cites Eurostat, " + cited}, 0},
	})
}
