package extract

import (
	"testing"
	"time"
)

// Market copy and data flashes write a rate's basis as "y/y", "q/q", "m/m", "yoy", "qoq" or
// "y-o-y": the figure before such a word was dropped (the word read as nothing a claim can
// carry), or its basis left unknown. Wrong readings of the sixth attack
// (/work/notes/s24-attack6.md) and its misses: "US JAN. CPI RISES 0.5% M/M" was read as an
// annual figure.
var basisAbbreviationFamilies = []family{
	{name: "y/y after a figure is year on year", published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US CPI rose 3.0% y/y in January.",
		"US inflation was 3.0% yoy in January.",
		"US consumer prices rose 3.0% Y/Y in January, the Labor Department said.",
		"US inflation was 3.0% y-o-y in January.",
	}, want: []string{"inflation USA 3 actual 2025-01 yoy"}},
	{name: "q/q after a figure is quarter on quarter", published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK GDP grew 0.1% q/q in the fourth quarter.",
		"Britain's economy expanded 0.1% qoq in the fourth quarter.",
		"UK GDP rose 0.1% Q/Q in the October-December quarter.",
	}, want: []string{"gdp_growth GBR 0.1 actual 2024-Q4 qoq"}},
	{name: "m/m after a figure is month on month", published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US CPI rose 0.5% m/m in January.",
		"US CPI RISES 0.5% M/M IN JANUARY",
		"US consumer prices rose 0.5% m-o-m in January.",
	}, want: []string{"inflation USA 0.5 actual 2025-01 mom"}},
}

func TestBasisAbbreviations(t *testing.T) {
	runFamilies(t, familyDate, basisAbbreviationFamilies)
}
