package extract

import (
	"testing"
	"time"
)

// A figure that gives the whole a share is taken of ("roughly 6% of US GDP of $30.8
// trillion") is a yardstick: the text goes on about the sentence's subject, not the country of
// the whole (blind round 24: "In the 1980s debt crisis, inflation exceeded 100%; in 1983 it
// was 101.9%" after such a sentence was judged as US inflation). The wordings are after a
// think tank's blog, a Lisbon paper and wire copy; the control keeps a sentence whose own
// subject is the other country.
var shareWholeFamilies = []family{
	{name: "the whole of a share is not the text's focus", wordings: []string{
		"Mexico's GDP was about $1.83 trillion in 2025, roughly 6% of US GDP of $30.8 trillion. In 1983 inflation was 101.9%.",
		"Mexico's GDP was about $1.83 trillion in 2025, roughly 6% of US GDP ($30.8 trillion). In 1983 inflation was 101.9%.",
		"Mexico's GDP was about $1.83 trillion in 2025, roughly 6% of US GDP, which stood at $30.8 trillion. In 1983 inflation was 101.9%.",
		"Mexico's GDP was about $1.83 trillion in 2025, roughly 6% of the $30.8 trillion US economy. In 1983 inflation was 101.9%.",
	}, want: []string{"gdp MEX 1.83e+12 * 2025", "gdp USA 3.08e+13 * 2025", "inflation MEX 101.9 * 1983"}},
	// control
	{name: "control: the other country is the next sentence's subject", wordings: []string{
		"Mexico's GDP was about $1.83 trillion in 2025, roughly 6% of US GDP of $30.8 trillion. US inflation was 2.7% in 2025.",
	}, want: []string{"gdp MEX 1.83e+12 * 2025", "gdp USA 3.08e+13 * 2025", "inflation USA 2.7 * 2025"}},
	{name: "control: a share of the subject's own GDP", wordings: []string{
		"The US deficit was $1.8 trillion in 2025, about 6% of GDP of $30.8 trillion. In 2024 inflation was 2.9%.",
	}, want: []string{"fiscal_balance USA * * 2025", "gdp USA 3.08e+13 * 2025", "inflation USA 2.9 * 2024"}},
}

func TestShareWhole(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 5, 0, 0, 0, 0, time.UTC), shareWholeFamilies)
}
