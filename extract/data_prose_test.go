package extract

import (
	"testing"
	"time"
)

// Shapes of statistics-office and institutional prose that gave false alarms (attack round 22),
// with paraphrases and controls: a measure named only as what a figure is adjusted for, the
// second term of a ratio, and a year that modifies a change noun whose amount the figure is.
var dataProseFamilies = []family{
	{name: "a measure a figure is adjusted for is its basis", wordings: []string{
		"Germany's economy grew 0.2% in 2025. For 2025, the price-adjusted increase was 0.2%.",
		"Germany's economy grew 0.2% in 2025. The inflation-adjusted increase for 2025 was 0.2%.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU 0.2 actual 2025"}},
	{name: "control: price-adjusted GDP", wordings: []string{
		"For 2025, Germany's price-adjusted GDP increase was 0.2%.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025"}},
	{name: "the second term of a ratio", wordings: []string{
		"Strong copper demand kept the ratio of exports to GDP near 34.6% in 2025 in Chile.",
		"In Chile, the ratio of imports to GDP rose to 30.1% in 2025.",
		"Chile's proportion of exports to GDP stood at 34.6% in 2025.",
	}, want: []string{}},
	{name: "a year that modifies a change noun", wordings: []string{
		"Russia's economy expanded by 1.0% in 2025, the weakest since the 2022 contraction of 1.2%.",
		"Russia's economy expanded by 1.0% in 2025, after the 2022 contraction of 1.2%.",
	}, want: []string{"gdp_growth RUS 1 actual 2025", "gdp_growth RUS -1.2 * 2022"}},
	{name: "the later item of a list shares the first's month-to-month span", wordings: []string{
		"Colombia's inflation, measured December to December, was 9.28% in 2023 and 5.20% in 2024.",
		"Colombia's December-on-December inflation was 9.28% in 2023 and 5.20% in 2024.",
	}, want: []string{"inflation COL 9.28 actual 2023-12", "inflation COL 5.2 actual 2024-12"}},
	{name: "a change noun of a clause whose subject names the measure, after a clause of another", wordings: []string{
		"The economy is adjusting.\n\nAs inflation eased to 2.4% in 2025, Canada's GDP has stopped falling after declines of 0.3% in 2024.",
	}, want: []string{"gdp_growth CAN -0.3 * 2024"}},
	{name: "a change noun of a clause whose subject names the measure, after a clause of another's figure", wordings: []string{
		"The economy is adjusting.\n\nBecause inflation slowed sharply, to 2.4% in 2025, Canada's GDP has stopped falling after declines of 0.3% in 2024.",
	}, want: []string{"gdp_growth CAN -0.3 * 2024"}}, // (not the inflation before it; its own figure waits on its country, named after it)
	{name: "a per-capita subject's change noun gives no claim of the total", wordings: []string{
		"The economy is adjusting.\n\nBecause population growth slowed sharply, to 0.9% in 2025 from 3.0% in 2024, Canada's GDP per capita has stopped falling after declines of 1.4% in both 2023 and 2024.",
	}, want: []string{}}, // (not the population growth before it)
}

func TestDataProse(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC), dataProseFamilies)
}
