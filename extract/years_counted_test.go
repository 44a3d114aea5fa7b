package extract

import (
	"testing"
	"time"
)

// A period a participle clause tells more of, and counts of years from the period named last
// (the periods left open at the end of session 23, /work/notes/closing-s23.md): "contracted in
// 2008, shrinking at an annualised 8.5% in the final quarter" was the quarter before
// publication, and "Japan's economy grew 4.1% in 1990. Ten years later it grew 2.8%" carried
// 1990 to the second figure.
var yearsCountedFamilies = []family{
	{name: "a quarter or month in a participle clause after a year with no figure is that year's", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The US economy contracted in 2008, shrinking at an annualised 8.5% in the fourth quarter.",
		"The American economy shrank in 2008, contracting at an annualized 8.5% pace in the fourth quarter.",
		"US output fell in 2008, dropping at an 8.5% annualised rate in the final quarter.",
	}, want: []string{"gdp_growth USA -8.5 actual 2008-Q4 annualised"}},
	{name: "a month in a participle clause after a year with no figure is that year's", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation peaked in 2022, hitting 9.1% in June.",
		"In the US, inflation peaked in 2022, reaching 9.1 per cent in June.",
		"US consumer price inflation peaked in 2022, hitting 9.1 pct in June.",
	}, want: []string{"inflation USA 9.1 actual 2022-06"}},
	{name: "a month after a year's own figure goes on from it", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation was 2.9% in 2024, rising to 3.0% in January.",
		"US inflation averaged 2.9% in 2024, reaching 3.0% in January.",
	}, want: []string{"inflation USA 2.9 actual 2024", "inflation USA 3 actual 2025-01"}},
	{name: "a month within a year after a year a participle tells of is left open", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation eased in 2024, reaching 3.0% in January.",
		"US inflation cooled in 2024, slowing to 3.0% in January.",
	}, want: []string{"inflation USA 3 actual -"}},
	{name: "a count of years later or earlier counts from the year named", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 4.9% in 1990. Ten years later it grew 2.8%.",
		"Japan's economy grew 4.9% in 1990. A decade later, it grew 2.8%.",
		"Japan's economy grew 4.9% in 1990; 10 years later it expanded 2.8%.",
		"Japan's economy grew 4.9 pct in 1990 and 2.8 pct ten years later.",
		"Japan's economy grew 4.9% in 1990. Ten years on, it grew 2.8%.",
	}, want: []string{"gdp_growth JPN 4.9 actual 1990", "gdp_growth JPN 2.8 actual 2000"}},
	{name: "a count of years earlier counts back from the year named", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 2.8% in 2000. Ten years earlier it had grown 4.9%.",
		"Japan's economy grew 2.8 per cent in 2000, against 4.9 per cent a decade earlier.",
	}, want: []string{"gdp_growth JPN 2.8 actual 2000", "gdp_growth JPN 4.9 * 1990"}},
	{name: "years ago, uncounted, or from an event name no period", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 4.9% in 1990. Many years later it grew 2.8%.",
		"Japan's economy grew 4.9% in 1990. Two years after the crash, it grew 2.8%.",
		"Japan's economy grew 4.9% in 1990. Ten years ago it grew 2.8%.",
	}, want: []string{"gdp_growth JPN 4.9 actual 1990", "gdp_growth JPN 2.8 actual -"}},
	{name: "a year the sentence names stands beside years from an event", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2019, three years after the referendum, Britain's economy grew 1.6%.",
		"Three years after the referendum, in 2019, Britain's economy grew 1.6%.",
	}, want: []string{"gdp_growth GBR 1.6 actual 2019"}},
}

func TestYearsCountedAndParticiples(t *testing.T) {
	runFamilies(t, familyDate, yearsCountedFamilies)
}

// The review's new false alarms (/work/notes/s24-review.md): a year an event ran through does
// not date the month a participle goes on to; a figure compared in a phrase that names its
// country ("against France's rate of 7.4%") is that country's, of the same period.
var reviewFamilies = []family{
	{name: "a month after a year an event ran through is read against publication", published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation cooled through 2023, slowing to 3.1% in January.",
		"US inflation eased throughout 2023, slowing to 3.1% in January.",
	}, want: []string{"inflation USA 3.1 actual 2024-01"}},
	{name: "a compared figure of a phrase naming its country is that country's", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's unemployment was 4.3% in 2024, against France's rate of 7.4%.",
		"Britain's jobless rate averaged 4.3% in 2024, compared with France's rate of 7.4%.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024", "unemployment_rate FRA 7.4 * 2024"}},
	{name: "a compared figure of a phrase naming no country is the same country's", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's unemployment was 4.3% in 2024, against a rate of 4.0% in 2023.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024", "unemployment_rate GBR 4 * 2023"}},
}

func TestReviewS24FalseAlarms(t *testing.T) {
	runFamilies(t, familyDate, reviewFamilies)
}
