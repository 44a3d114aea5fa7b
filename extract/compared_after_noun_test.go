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

// "The same year" after a figure set against another's is that figure's year, not the year
// before it, whoever the figure is of (blind round 28: "Spain grew 2.5% in 2024, well ahead
// of Germany, which shrank 0.5% the same year" was judged as Germany's 2023). The control
// keeps "the same month", which set against a figure means a year before.
var sameYearFamilies = []family{
	{name: "the same year", wordings: []string{
		"Spain grew 2.7% in 2024, well ahead of Germany, which shrank 0.5% the same year.",
		"Spain's economy grew 2.7% in 2024, against a 0.5% contraction in Germany the same year.",
		"Spain's economy grew 2.7% in 2024, while Germany's output shrank 0.5% in the same year.",
	}, want: []string{"gdp_growth ESP 2.7 * 2024", "gdp_growth DEU -0.5 * 2024"}},
	{name: "the same year, of the same country", wordings: []string{
		"Inflation in Spain was 2.8% in 2024, and unemployment fell to 11.4% the same year.",
	}, want: []string{"inflation ESP 2.8 * 2024", "unemployment_rate ESP 11.4 * 2024"}},
	// controls
	{name: "control: the same month, set against a figure", wordings: []string{
		"Spanish consumer prices rose 3.1% in March 2024, against 2.0% in the same month last year.",
	}, want: []string{"inflation ESP 3.1 * 2024-03", "inflation ESP 2 * 2023-03"}},
}

func TestSameYear(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), sameYearFamilies)
}
