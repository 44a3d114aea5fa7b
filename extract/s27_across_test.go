package extract

import (
	"testing"
	"time"
)

// acrossYearFamilies (s27 attack 11): "across 2022" and "throughout 2022" date the figure before
// them as "in 2022" does. Unread, the figure took the year of the next one: "US consumer
// prices rose 8.0% across 2022 and 4.1% in 2023" judged 8.0 as 2023's.
var acrossYearFamilies = []family{
	{name: "a year after across or throughout dates its figure", published: time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 8.0% across 2022 and 4.1% in 2023.",
		"US consumer prices rose 8.0% throughout 2022 and 4.1% in 2023.",
		"US consumer prices rose 8.0% in 2022 and 4.1% across 2023.",
		"Across 2022, US consumer prices rose 8.0%; in 2023 they rose 4.1%.",
	}, want: []string{"inflation USA 8 actual 2022", "inflation USA 4.1 actual 2023"}},
	{name: "unemployment averaged across a year", published: time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unemployment in Spain averaged 12.1% across 2023.",
		"Unemployment in Spain averaged 12.1% throughout 2023.",
	}, want: []string{"unemployment_rate ESP 12.1 actual 2023"}},
}

func TestAcrossYearFamilies(t *testing.T) {
	runFamilies(t, familyDate, acrossYearFamilies)
}
