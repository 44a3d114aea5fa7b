package extract

import (
	"testing"
	"time"
)

// Where the country of a compared or second figure is named, in the phrases blind round 35 and
// 36 found read as the subject's country: a demonym's rate the figure is the "of" of ("well
// above the Czech rate of 2.5%"), a place after an adjective ("3.8% in neighbouring Poland",
// "in oil-rich Nigeria") or after a date that holds a number ("5.6% two years earlier in
// India"), and a relative clause of "whose" ("smaller than South Africa, whose economy was
// worth $427 billion"). A place named with a direction word after the figure ("in eastern
// Germany") is a part of a country, whose figure is no one's. Controls: the subject's own
// figures, and a rate phrase of a bloc, which names the forecaster as often as the place.
var placePhraseFamilies = []family{
	{name: "a demonym's rate", wordings: []string{
		"Inflation in Hungary, at 4.4% in 2025, was well above the Czech rate of 2.5%.",
		"Inflation in Hungary, at 4.4% in 2025, was far higher than the Czech rate of 2.5%.",
	}, want: []string{"inflation HUN 4.4 * 2025", "inflation CZE 2.5 * 2025"}},
	{name: "a place after an adjective", wordings: []string{
		"Russia's inflation of 8.7% in 2025 compares with 3.8% in neighbouring Poland.",
		"Russia's inflation was 8.7% in 2025, against 3.8% in neighbouring Poland.",
	}, want: []string{"inflation RUS 8.7 * 2025", "inflation POL 3.8 * 2025"}},
	{name: "a place after a hyphened adjective", wordings: []string{
		"Egypt grew 2.4% in 2024.\n\nGrowth of 3.1% in 2024 in oil-rich Nigeria beat expectations.",
		"Egypt grew 2.4% in 2024.\n\nGrowth was 3.1% in 2024 in oil-rich Nigeria.",
	}, want: []string{"gdp_growth EGY 2.4 * 2024", "gdp_growth NGA 3.1 * 2024"}},
	{name: "a place after a date with a number", wordings: []string{
		"Egypt's inflation was 14.1% in 2025, compared with 5.6% two years earlier in India.",
	}, want: []string{"inflation EGY 14.1 * 2025", "inflation IND 5.6 * 2023"}},
	{name: "a relative clause of whose", wordings: []string{
		"Nigeria's GDP was $290.8 billion in 2025, smaller than South Africa, whose economy was worth $427 billion.",
	}, want: []string{"gdp NGA 290800000000 * 2025", "gdp ZAF 427000000000 * 2025"}},
	// blind round 42: the main clause goes on past a relative clause of another place
	{name: "the main clause after a relative clause of another place", wordings: []string{
		"Unlike Poland, where unemployment was 3.0% in 2025, Turkey still has a jobless rate of 8.5%.",
		"Unlike Poland, where unemployment was 3.0% in 2025, Turkey has an unemployment rate of 8.5%.",
		"Like Poland, where unemployment was 3.0% in 2025, Turkey saw a jobless rate of 8.5%.",
	}, want: []string{"unemployment_rate POL 3 * 2025", "unemployment_rate TUR 8.5 * *"}},
	{name: "control: a figure inside the relative clause", wordings: []string{
		"Mexico's unemployment rate of 2.6% is among the lowest in the OECD, where the average is 4.9%.",
	}, want: []string{"unemployment_rate MEX 2.6 * *", "unemployment_rate OED 4.9 * *"}},
	{name: "control: a figure inside the relative clause, after the main clause", wordings: []string{
		"Turkey's rate is far above that of Poland, where unemployment was 3.0% in 2025.",
		"Turkey's rate is far above that of Poland, where, in 2025, unemployment was 3.0%.",
	}, want: []string{"unemployment_rate POL 3 * 2025"}},
	{name: "a part of a country named by direction", wordings: []string{
		"Nigeria grew 3.1% in 2024.\n\nUnemployment was 7.2% in 2024 in eastern Germany.",
	}, want: []string{"gdp_growth NGA 3.1 * 2024"}},
	// controls
	{name: "control: the subject's own figures", wordings: []string{
		"Inflation in Hungary was 4.4% in 2025, up from 3.7% in 2024.",
	}, want: []string{"inflation HUN 4.4 * 2025", "inflation HUN 3.7 * 2024"}},
}

func TestPlacePhrases(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), placePhraseFamilies)
}
