package checks

import (
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// TestFiscalYearAccounts: a country whose national accounts the table holds by fiscal year
// under calendar labels (fiscal_year_accounts.csv) has its calendar-year figures left unjudged
// and its fiscal-year figures judged against the year that holds their fiscal year. The
// figures are WDI's (edition of 2026-07-01) and the ones the offices published: Australia's
// calendar 2023 grew 2.0% (ABS), its fiscal year to June 2023 3.58% in WDI; India's fiscal
// year 2023-24 is WDI's 2023.
func TestFiscalYearAccounts(t *testing.T) {
	wdi := func(entity, indicator, period string, value float64) reference.Observation {
		return obs(entity, indicator, period, value, "World Bank WDI", "2026-07-01")
	}
	table := []reference.Observation{
		wdi("AUS", "gdp_growth", "2023", 3.58), wdi("AUS", "gdp_growth", "2024", 1.37),
		wdi("AUS", "inflation", "2023", 5.6),
		wdi("IND", "gdp_growth", "2023", 7.21), wdi("IND", "gdp_growth", "2024", 7.1),
		wdi("NZL", "gdp_growth", "2023", 1.81),
		wdi("CAN", "gdp_growth", "2023", 1.5),
		wdi("AUS", "gdp_per_capita", "2023", 65000),
		obs("IND", "gdp_growth", "2023", 8.2, "IMF WEO", "2024-10-22"),
	}
	growth := func(entity, period string, value float64, sentence, quote string, mods ...func(*extract.Claim)) extract.Claim {
		return figureClaim(entity, "gdp_growth", period, value, 0.1, append([]func(*extract.Claim){saying(sentence, quote)}, mods...)...)
	}
	runTrustCases(t, []trustCase{
		// Calendar years.
		{name: "a calendar year of a fiscal-year series is not judged",
			claim:     growth("AUS", "2023", 2.0, "Australia's economy grew 2.0% in 2023, the weakest pace since the pandemic.", "grew 2.0%"),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition,
			explains: []string{"by fiscal year (July to June)", "its 2023 is the fiscal year to June 2023", "never judged against"}},
		{name: "nor when it matches by chance",
			claim:     growth("AUS", "2023", 3.6, "Australia's economy grew 3.6% in 2023.", "grew 3.6%"),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition},
		{name: "a calendar year is not judged against a fiscal-year series, whatever cue of a fiscal year the sentence holds",
			claim:     growth("AUS", "2023", 2.0, "Australia's economy grew 2.0% in 2023 as fiscal support faded.", "grew 2.0%"),
			published: "2026-10-01", table: table, verdict: NoReference},
		{name: "a label started by the fiscal year's first year",
			claim:     growth("IND", "2023", 7.7, "India's economy expanded 7.7% in 2023.", "expanded 7.7%"),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition,
			explains: []string{"(April to March)", "its 2023 is the fiscal year to March 2024"}},
		{name: "a fiscal year starting within a month",
			claim:     growth("IRN", "2005", 6.7, "Mr Khatami predicted growth of 7.1% in 2005-6, up from 6.7% in the current year.", "up from 6.7%"),
			published: "2005-06-01", table: []reference.Observation{wdi("IRN", "gdp_growth", "2005", 3.19)},
			verdict: NoReference, reason: ReasonOtherDefinition,
			explains: []string{"(21 March to 20 March)", "its 2005 is the fiscal year to 20 March 2006"}},
		{name: "an unknown label still keeps a calendar year unjudged",
			claim:     growth("NZL", "2023", 0.6, "New Zealand's economy grew 0.6% in 2023.", "grew 0.6%"),
			published: "2026-10-01", table: table, verdict: NoReference, explains: []string{"its 2023 is a fiscal year"}},
		{name: "a figure that cites the series' source quotes that source's year",
			claim:     growth("AUS", "2023", 3.6, "Australia's economy grew 3.6% in 2023, according to the World Bank.", "grew 3.6%", citing("the World Bank")),
			published: "2026-10-01", table: table, verdict: Consistent},
		{name: "a calendar-year country is judged as before",
			claim:     growth("CAN", "2023", 3.0, "Canada's economy grew 3.0% in 2023.", "grew 3.0%"),
			published: "2026-10-01", table: table, verdict: Inconsistent},
		{name: "prices are by calendar year",
			claim:     figureClaim("AUS", "inflation", "2023", 9.0, 0.1, saying("Australian inflation averaged 9.0% in 2023.", "averaged 9.0%")),
			published: "2026-10-01", table: table, verdict: Inconsistent},
		{name: "another source of the same country by calendar year is judged",
			claim:     growth("IND", "2023", 5.0, "India's economy grew 5.0% in 2023.", "grew 5.0%"),
			published: "2026-10-01", table: []reference.Observation{wdi("IND", "gdp_growth", "2023", 7.21), obs("IND", "gdp_growth", "2023", 7.7, "Some calendar source", "2024-10-22")},
			verdict: Inconsistent, refSource: "Some calendar source"},
		{name: "a level of national accounts too",
			claim: figureClaim("AUS", "gdp_per_capita", "2023", 50000, 1000, func(c *extract.Claim) { c.Unit = "USD" },
				saying("Australia's GDP per head was $50,000 in 2023.", "$50,000")),
			published: "2026-10-01", table: table, verdict: NoReference, reason: ReasonOtherDefinition},

		{name: "a forecast still finds no projection",
			claim: growth("AUS", "2023", 2.7, "ANZ expects GDP to rise 2.7 pct this year.", "rise 2.7 pct",
				func(c *extract.Claim) { c.Kind = extract.KindForecast }),
			published: "2023-03-01", table: table, verdict: Unchecked, reason: ReasonNoProjection},

		// Fiscal years.
		{name: "a fiscal year ending in June is the series' year it ends in",
			claim:     growth("AUS", "FY2024", 1.4, "Australia's GDP rose 1.4% in the 2023-24 financial year.", "rose 1.4%"),
			published: "2026-10-01", table: table, verdict: Consistent,
			explains: []string{"in fiscal year 2024 was 1.37% (published as 2024, July 2023 to June 2024)"}},
		{name: "the fiscal year's last month named",
			claim:     growth("AUS", "FY2024", 1.4, "Australia's GDP rose 1.4% in the financial year to June 2024.", "rose 1.4%"),
			published: "2026-10-01", table: table, verdict: Consistent},
		{name: "'the year to June' is the year to the June quarter",
			claim:     growth("AUS", "FY2023", 2.1, "Australia's economy grew 2.1% in the year to June 2023.", "grew 2.1%"),
			published: "2026-10-01", table: table, verdict: NoReference},
		{name: "a span of years names a fiscal year",
			claim:     growth("PAK", "FY2023", -0.4, "Pakistan's economy contracted 0.4% in 2022-23.", "contracted 0.4%"),
			published: "2026-10-01", table: []reference.Observation{wdi("PAK", "gdp_growth", "2023", -0.41)}, verdict: Consistent},
		{name: "a fiscal year ending in March is the series' year it starts in",
			claim:     growth("IND", "FY2024", 7.2, "India's economy grew 7.2% in the fiscal year that ended in March 2024.", "grew 7.2%"),
			published: "2026-10-01", table: table, verdict: Consistent, explains: []string{"7.21% (published as 2023, April 2023 to March 2024)"}},
		{name: "a figure as published allows no error of derivation",
			claim:     growth("IND", "FY2024", 7.2, "India's economy grew 7.2% in the fiscal year that ended in March 2024.", "grew 7.2%"),
			published: "2026-10-01", table: []reference.Observation{wdi("IND", "gdp_growth", "2023", 7.259)},
			verdict: NoReference, reason: ReasonFiscalYear},
		{name: "a year to another month is another span",
			claim:     growth("AUS", "FY2024", 1.1, "Australia's GDP rose 1.1% in the year to March 2024.", "rose 1.1%"),
			published: "2026-10-01", table: table, verdict: NoReference},
		{name: "a fiscal year of an unknown label is not judged",
			claim:     growth("NZL", "FY2024", 0.4, "New Zealand's GDP rose 0.4% in the 2023-24 fiscal year.", "rose 0.4%"),
			published: "2026-10-01", table: table, verdict: NoReference},
		{name: "a fiscal year of a calendar-year country is not judged",
			claim:     growth("CAN", "FY2024", 9.9, "Canada's economy grew 9.9% in fiscal 2024.", "grew 9.9%"),
			published: "2026-10-01", table: table, verdict: NoReference},
		{name: "a fiscal year within the revision margin is not flagged",
			claim:     growth("PAK", "FY2023", -0.2, "Pakistan's economy contracted 0.2% in fiscal 2023.", "contracted 0.2%"),
			published: "2026-10-01", table: []reference.Observation{obs("PAK", "gdp_growth", "2023", -0.41, "World Bank WDI", "2025-12-17")},
			verdict: NoReference, reason: ReasonFiscalYear, explains: []string{"is within 1 point", "under a calendar year's label"}},
		{name: "beyond it, it is",
			claim:     growth("AUS", "FY2024", 3.5, "Australia's GDP rose 3.5% in the 2023-24 financial year.", "rose 3.5%"),
			published: "2026-10-01", table: []reference.Observation{obs("AUS", "gdp_growth", "2024", 1.37, "World Bank WDI", "2025-12-17")},
			verdict: Inconsistent, explains: []string{"in fiscal year 2024 was 1.37%"}},
	})
}

// TestFiscalYearSpans: a fiscal year's months, its end and the series' label.
func TestFiscalYearSpans(t *testing.T) {
	tests := []struct {
		accounts   fiscalAccounts
		fyEnd      int
		span       string
		seriesYear int
		known      bool
		called     string // yearCalled of seriesYear
	}{
		{fiscalAccounts{firstMonth: 7, firstDay: 1, labelledBy: "end"}, 2024, "July to June", 2024, true, "the fiscal year to June 2024"},
		{fiscalAccounts{firstMonth: 4, firstDay: 1, labelledBy: "start"}, 2024, "April to March", 2023, true, "the fiscal year to March 2024"},
		{fiscalAccounts{firstMonth: 10, firstDay: 1, labelledBy: "end"}, 2020, "October to September", 2020, true, "the fiscal year to September 2020"},
		{fiscalAccounts{firstMonth: 3, firstDay: 21, labelledBy: "start"}, 2006, "21 March to 20 March", 2005, true, "the fiscal year to 20 March 2006"},
		{fiscalAccounts{firstMonth: 7, firstDay: 16, labelledBy: "end"}, 2020, "16 July to 15 July", 2020, true, "the fiscal year to 15 July 2020"},
		{fiscalAccounts{firstMonth: 4, firstDay: 1, labelledBy: "unknown"}, 2024, "April to March", 0, false, "a fiscal year"},
		{fiscalAccounts{firstMonth: 1, firstDay: 1, labelledBy: "unknown"}, 2024, "January to December", 2024, true, "a fiscal year"},
	}
	for _, tt := range tests {
		year, known := tt.accounts.seriesYear(tt.fyEnd)
		if year != tt.seriesYear || known != tt.known {
			t.Errorf("%+v: seriesYear(%d) = %d, %v; want %d, %v", tt.accounts, tt.fyEnd, year, known, tt.seriesYear, tt.known)
		}
		if got := tt.accounts.span(); got != tt.span {
			t.Errorf("%+v: span = %q, want %q", tt.accounts, got, tt.span)
		}
		if end := tt.accounts.end(tt.fyEnd); end.Year() != tt.fyEnd || end.AddDate(0, 0, 1).Month() != tt.accounts.firstMonth {
			t.Errorf("%+v: end(%d) = %s, not the day before the fiscal year's first", tt.accounts, tt.fyEnd, end.Format(time.DateOnly))
		}
		if known {
			if got := tt.accounts.yearCalled(year); got != tt.called {
				t.Errorf("%+v: yearCalled(%d) = %q, want %q", tt.accounts, year, got, tt.called)
			}
		} else if got := tt.accounts.yearCalled(2024); got != tt.called {
			t.Errorf("%+v: yearCalled = %q, want %q", tt.accounts, got, tt.called)
		}
	}
}

// TestNamesOtherMonth: a month other than a fiscal year's first and last, as a whole word.
func TestNamesOtherMonth(t *testing.T) {
	tests := []struct {
		sentence string
		first    int
		want     bool
	}{
		{"GDP rose 1.4% in the year to June 2024.", 7, false},
		{"GDP rose 1.4% in the fiscal year starting July.", 7, false},
		{"GDP rose 1.1% in the year to March 2024.", 7, true},
		{"GDP rose 1.1% in the year to March 2024.", 4, false},
		{"The Marchers' GDP rose 1.1% in fiscal 2024.", 7, false},
		{"GDP may have risen 1.1% in fiscal 2024.", 7, true},
		{"GDP rose 1.1% in fiscal 2024.", 7, false},
		{"GDP rose 1.1% in the year to December 2024.", 1, false},
		{"GDP rose 1.1% in the year to November 2024.", 1, true},
	}
	for _, tt := range tests {
		accounts := fiscalAccounts{firstMonth: time.Month(tt.first), firstDay: 1}
		if got := accounts.namesOtherMonth(tt.sentence); got != tt.want {
			t.Errorf("namesOtherMonth(%q, %d) = %v, want %v", tt.sentence, tt.first, got, tt.want)
		}
	}
}
