package extract

import (
	"testing"
	"time"
)

// A figure set against another takes the place named after its own measure noun ("against
// 5.0 pct growth in China"), as it takes one right after the figure ("against 5.0 pct in
// China"); and a date relative to the other figure ("a year earlier") moves that figure's
// period back, whatever country it is of (blind round 26: both were judged as the first
// figure's country and year). The wordings are after wire copy, Sydney and London papers;
// the controls keep a place that belongs to a later phrase and a compared figure with no date.
var comparedAfterNounFamilies = []family{
	{name: "a place after the compared figure's measure noun", wordings: []string{
		"Japan's economy expanded 1.2 pct in 2025, against 5.0 pct growth in China.",
		"Japan's economy expanded 1.2 pct in 2025, compared with 5.0 pct growth in China.",
		"Japan's economy expanded 1.2 pct in 2025, versus 5.0 pct growth in China.",
		"Japan's economy expanded 1.2% in 2025, against a 5.0% expansion in China.",
	}, want: []string{"gdp_growth JPN 1.2 * 2025", "gdp_growth CHN 5 * 2025"}},
	{name: "a date relative to a figure of another country", wordings: []string{
		"US inflation was 2.9 per cent in 2024, compared with 5.6 per cent in Australia a year earlier.",
		"US inflation was 2.9 per cent in 2024, against 5.6 per cent in Australia the year before.",
		"US inflation was 2.9% in 2024, compared with Australia's 5.6% a year earlier.",
	}, want: []string{"inflation USA 2.9 * 2024", "inflation AUS 5.6 * 2023"}},
	// controls
	{name: "control: a compared figure of another country with no date", wordings: []string{
		"US inflation was 2.9 per cent in 2024, compared with 3.2 per cent in Australia.",
	}, want: []string{"inflation USA 2.9 * 2024", "inflation AUS 3.2 * 2024"}},
	{name: "control: the compared figure's own country", wordings: []string{
		"Japan's economy expanded 1.2 pct in 2025, against 0.2 pct growth a year earlier.",
	}, want: []string{"gdp_growth JPN 1.2 * 2025", "gdp_growth JPN 0.2 * 2024"}},
}

func TestComparedAfterNoun(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), comparedAfterNounFamilies)
}
