package extract

import (
	"testing"
	"time"
)

// Findings A7, A8 and A12 of the s20 attack on false alarms: what a figure set beside an
// outturn is. Each family is one reading written as wire copy, a broadsheet, a business daily
// or a European outlet would write it; the near-misses keep their reading.
var (
	nov2024 = time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)
	jan2025 = time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	aug2026 = time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)
)

// TestA7ForecastBesideAnOutturn: a figure whose own phrase names a forecast or an expectation
// ("versus forecasts of 2.3%", "against an expected 2.3%", "economists' estimates of 2.3%") is a
// forecast of the outturn's period, whatever comparison sets it there: not the period before's
// outturn. An advance or flash estimate is an earlier release of the same period. A figure
// compared with no word of projection stays the previous period's.
func TestA7ForecastBesideAnOutturn(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "a forecast of a month's inflation", published: nov2024, wordings: []string{
			"US inflation was 2.4% in September, versus forecasts of 2.3%.",
			"US inflation was 2.4% in September, against expectations of 2.3%.",
			"US inflation was 2.4 pct in September, versus an expected 2.3 pct.",
			"Annual US inflation came in at 2.4% in September, compared with a forecast 2.3%.",
			"US inflation was 2.4% in September, above economists’ estimates of 2.3%.",
			"US inflation was 2.4% in September, versus analysts' estimate of 2.3%.",
			"US inflation was 2.4% in September, versus a predicted 2.3%.",
		}, want: []string{"inflation USA 2.4 actual 2024-09", "inflation USA 2.3 forecast 2024-09"}},
		{name: "a forecast of a year's growth", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, versus a forecast of 0.9%.",
			"UK GDP rose 1.1 per cent in 2024, against the Treasury’s forecast of 0.9 per cent.",
			"Britain's economy grew 1.1 pct in 2024, against a government forecast of 0.9 pct.",
			"The British economy expanded by 1,1% in 2024, compared with a projected 0,9%.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 0.9 forecast 2024"}},
		{name: "an expectation of a quarter's growth", published: jan2025, wordings: []string{
			"US GDP grew 3.1% in the third quarter, compared with economists’ expectations of 2.8%.",
			"US GDP grew 3.1% in the third quarter, against projections of 2.8%.",
		}, want: []string{"gdp_growth USA 3.1 actual 2024-Q3", "gdp_growth USA 2.8 forecast 2024-Q3"}},
		{name: "an advance estimate is an earlier release of the same quarter", published: jan2025, wordings: []string{
			"US GDP grew 3.1% in the third quarter, versus an advance estimate of 2.8%.",
			"US GDP grew 3.1% in the third quarter, up from the flash estimate of 2.8%.",
			"US GDP grew 3.1% in the third quarter, revised from a preliminary estimate of 2.8%.",
		}, want: []string{"gdp_growth USA 3.1 actual 2024-Q3", "gdp_growth USA 2.8 actual 2024-Q3"}},
		{name: "near-miss: an estimate by an agency is an outturn", published: jan2025, wordings: []string{
			"US GDP grew 3.1% in the third quarter, above the government's estimate of 2.8%.",
		}, want: []string{"gdp_growth USA 3.1 actual 2024-Q3", "gdp_growth USA 2.8 actual 2024-Q3"}},
		{name: "near-miss: a figure compared with no word of projection is the year before's", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, versus 0.3% in 2023.",
			"Britain’s economy grew 1.1% in 2024, compared with 0.3% the year before.",
			"Britain's economy grew 1.1 pct in 2024, against 0.3 pct in 2023.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 0.3 previous 2023"}},
		{name: "near-miss: a central bank's target beside an outturn is a standing target", published: aug2026, wordings: []string{
			"German inflation was 2.3% in 2024, versus the ECB’s 2% target.",
			"German inflation was 2.3 pct in 2024, against the ECB's 2 pct target.",
		}, want: []string{"inflation DEU 2.3 actual 2024", "inflation DEU 2 forecast -"}},
		{name: "near-miss: a forecast with a year of its own keeps it", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, against a forecast of 1.5% for 2025.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 1.5 forecast 2025"}},
	})
}

// TestA8StandardBesideAnOutturn: a figure that only serves as the standard an outturn is
// measured against (an aspiration, a trend, an average, a threshold), set beside it by a
// comparison of size or, after a comma, a preposition of level, with no period of its own, is
// no period's outturn: no period is guessed for it, so it is not judged. A figure with a date
// or a word of time keeps its period, and a target its own reading.
func TestA8StandardBesideAnOutturn(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "a standard of growth", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, below its long-run average of 2%.",
			"Britain’s economy grew 1.1% in 2024 – still short of 2%.",
			"Britain’s economy grew 1.1% in 2024, less than the 1.5% needed to cut unemployment.",
			"Britain’s economy grew 1.1% in 2024, well short of the 2.5% trend rate.",
			"Britain’s economy grew 1.1% in 2024, far short of the 3% that ministers had promised.",
			"Britain’s economy grew 1.1% in 2024, below the 2.5% growth the government wants.",
			"The UK economy grew by 1.1 per cent in 2024, well short of its 2.5 per cent trend.",
			"UK GDP rose 1.1 pct in 2024, below the 2 pct rate the Treasury says the economy needs.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR * actual -"}},
		// an ambition is a target, read as "goal" is (session 43: "ambition" joined the nouns
		// of a target): a forecast, not judged against the outturn either
		{name: "an ambition beside an outturn", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, short of the government’s 2.5% ambition.",
			"Britain’s economy grew 1.1% in 2024, short of the government’s 2.5% goal.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 2.5 forecast *"}},
		{name: "a standard of inflation", published: aug2026, wordings: []string{
			"British inflation was 3.3% in 2024, higher than the 2% the Bank considers healthy.",
			"British inflation was 3.3% in 2024, well above the 2% mark.",
			"UK inflation stood at 3.3 per cent in 2024, still above the 2 per cent level.",
		}, want: []string{"inflation GBR 3.3 actual 2024", "inflation GBR 2 actual -"}},
		{name: "near-miss: a standard with a period of its own is that period's", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, faster than 0.3% the year before.",
			"Britain’s economy grew 1.1% in 2024, faster than the 0.3% of 2023.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 0.3 previous 2023"}},
		{name: "near-miss: another country's figure beside it is that country's", published: aug2026, wordings: []string{
			"British inflation was 3.3% in 2024, below the euro area’s 2.4%.",
		}, want: []string{"inflation GBR 3.3 actual 2024", "inflation EMU 2.4 actual 2024"}},
		{name: "near-miss: a figure its own verb reaches is an outturn", published: aug2026, wordings: []string{
			"British inflation fell below 3.5% in 2024.",
		}, want: []string{"inflation GBR 3.5 actual 2024"}},
		{name: "near-miss: a forecast set short of an outturn is of its period", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, short of the 1.5% forecast by analysts.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 1.5 forecast 2024"}},
	})
}

// TestA12AnnualRateOfAMonthsChange: a figure restating a month's or a quarter's change "at an
// annual rate" is that change annualised, not the rise over a year; a figure joined by "and"
// or given in a clause of its own is the annual rate, and GDP's "at an annual rate of 4%"
// keeps its reading.
func TestA12AnnualRateOfAMonthsChange(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "a month's rise restated at an annual rate", published: jan2025, wordings: []string{
			"US consumer prices rose 0.4% in December, or 4.9% at an annual rate.",
			"US consumer prices rose 0.4 pct in December, or at an annual rate of 4.9 pct.",
			"US consumer prices rose 0.4% in December, or an annualised 4.9%.",
		}, want: []string{"inflation USA 0.4 actual 2024-12", "inflation USA 4.9 actual 2024-12 annualised"}},
		{name: "near-miss: the annual rate given beside a month's rise", published: jan2025, wordings: []string{
			"US consumer prices rose 0.4% in December, putting the annual rate at 2.9%.",
			"US consumer prices rose 0.4% in December; the annual rate was 2.9%.",
		}, want: []string{"inflation USA 0.4 actual 2024-12 mom", "inflation USA 2.9 actual 2024-12 yoy"}},
		{name: "near-miss: a quarter's growth at an annual rate", published: time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"US GDP grew at an annual rate of 4% in the third quarter of 2004.",
			"The US economy grew at a 4% annual rate in the third quarter of 2004.",
		}, want: []string{"gdp_growth USA 4 actual 2004-Q3 annualised"}},
	})
}
