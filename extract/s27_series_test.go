package extract

import (
	"testing"
	"time"
)

// undatedSeriesFamilies (s27 attack 12): three or more figures of one indicator in a sentence
// that names no date, not each with a place of its own, are a series over as many periods
// ("Japan managed 1.3%, 0.7%, a 0.2% contraction and 1.2%", the years given sentences before):
// none is of the one year the text named last. All took 2025 and were flagged, one with the
// sign of the contraction before it. A list of places' figures may share the year.
var undatedSeriesFamilies = []family{
	{name: "a run of one place's values with no dates", published: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy grew 4.8% in 2022 and 0.5% in 2025. Japan's growth figures were 1.3%, 0.7%, -0.2% and 1.2%.",
		"Italy's economy grew 4.8% in 2022 and 0.5% in 2025. In Japan, growth came in at 1.3%, 0.7%, -0.2% and 1.2%.",
	}, want: []string{"gdp_growth ITA 4.8 actual 2022", "gdp_growth ITA 0.5 actual 2025", "gdp_growth JPN 1.3 actual -", "gdp_growth JPN 0.7 actual -",
		"gdp_growth JPN -0.2 actual -", "gdp_growth JPN 1.2 actual -"}},
	{name: "a run that only some of its words measure", published: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy grew 4.8% in 2022 and 0.5% in 2025. Japan managed 1.3%, 0.7%, a 0.2% contraction and 1.2%.",
	}, want: []string{"gdp_growth ITA 4.8 actual 2022", "gdp_growth ITA 0.5 actual 2025", "gdp_growth JPN -0.2 actual -", "gdp_growth JPN * actual -"}},
	{name: "two places' runs after a semicolon", published: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy grew 0.5% in 2025. Canada's figures were 4.7%, 2.0%, 2.0% and 1.7%; the UK's 5.1%, 0.3%, 1.1% and 1.4%.",
	}, want: []string{"gdp_growth ITA 0.5 actual 2025", "gdp_growth CAN 4.7 actual -", "gdp_growth CAN 2 actual -", "gdp_growth CAN 2 actual -",
		"gdp_growth CAN 1.7 actual -", "gdp_growth GBR 5.1 actual -", "gdp_growth * 0.3 actual -", "gdp_growth * 1.1 actual -", "gdp_growth * 1.4 actual -"}},
	// near misses: places' figures of one year; two figures of a change
	{name: "a list of places' figures shares the year", published: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy grew 0.7% in 2024. Germany shrank 0.5%, France grew 1.1% and Spain grew 3.5%.",
	}, want: []string{"gdp_growth ITA 0.7 actual 2024", "gdp_growth DEU -0.5 actual 2024", "gdp_growth FRA 1.1 actual 2024", "gdp_growth ESP 3.5 actual 2024"}},
	{name: "a change from one figure to another keeps the text's year", published: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy grew 1.1% in 2024. Inflation fell to 2.5% from 6.8%.",
	}, want: []string{"gdp_growth GBR 1.1 actual 2024", "inflation GBR 2.5 actual 2024", "inflation GBR 6.8 previous 2023"}},
}

func TestUndatedSeriesFamilies(t *testing.T) {
	runFamilies(t, familyDate, undatedSeriesFamilies)
}
