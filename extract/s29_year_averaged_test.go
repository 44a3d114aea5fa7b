package extract

import (
	"testing"
	"time"
)

// An average "for the year" after a figure of a month of that year is the year's
// (averagedForTheYear). Wordings after retrospectives, central-bank reviews and wire copy.
var yearAveragedFamilies = []family{
	{name: "an average for the year after a month's figure is the year's", published: time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in Sri Lanka peaked at 69.8% in September 2022 and averaged 46.4% for the year.",
		"Sri Lanka's inflation peaked at 69.8 percent in September 2022; it averaged 46.4 percent for the year.",
		"Inflation in Sri Lanka hit 69.8% in September 2022 but averaged 46.4% for the year as a whole.",
		"Sri Lankan inflation reached 69.8% in September 2022, and averaged 46.4% for the year, the central bank said.",
	}, want: []string{"inflation LKA 69.8 actual 2022-09", "inflation LKA 46.4 actual 2022"}},
}

func TestS29YearAveragedFamilies(t *testing.T) {
	runFamilies(t, time.Time{}, yearAveragedFamilies)
}
