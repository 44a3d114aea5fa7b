package extract

import (
	"testing"
	"time"
)

// A list of undated figures right after a list of as many figures of the indicator, each of its
// own year, goes with those years in turn (pairedPeriod; blind rounds 42 and 43: "France's
// economy grew 2.1% in 2024 and 0.8% in 2025. Britain grew 1.1% and 1.4%." gave both British
// figures 2025). Controls: a single figure after the list, a list of another indicator, and a
// list two sentences on.
var pairedYearsFamilies = []family{
	{name: "a list of undated figures after a dated one", wordings: []string{
		"France's economy grew 2.1% in 2024 and 0.8% in 2025. Britain grew 1.1% and 1.4%.",
		"France's economy grew 2.1% in 2024 and 0.8% in 2025. Britain's economy expanded 1.1% and 1.4%.",
		"France's economy grew 2.1% in 2024 and 0.8% in 2025. Britain's GDP rose by 1.1% and 1.4%.",
	}, want: []string{"gdp_growth FRA 2.1 actual 2024", "gdp_growth FRA 0.8 actual 2025", "gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 1.4 actual 2025"}},
	// controls
	{name: "control: one undated figure after the list", wordings: []string{
		"France's economy grew 2.1% in 2024 and 0.8% in 2025. Britain grew 1.4%.",
	}, want: []string{"gdp_growth FRA 2.1 actual 2024", "gdp_growth FRA 0.8 actual 2025", "gdp_growth GBR 1.4 actual 2025"}},
	{name: "control: a list of another indicator", wordings: []string{
		"France's economy grew 2.1% in 2024 and 0.8% in 2025. Britain's unemployment rate was 4.3% and 4.8% in 2025.",
	}, want: []string{"gdp_growth FRA 2.1 actual 2024", "gdp_growth FRA 0.8 actual 2025", "unemployment_rate GBR * * *", "unemployment_rate GBR * * *"}},
}

func TestPairedYears(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC), pairedYearsFamilies)
}
