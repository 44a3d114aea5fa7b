package extract

import (
	"testing"
	"time"
)

// figureNounFamilies (s27 attack 12): a noun-or-verb after a figure that a determiner opens is
// the phrase's noun ("the 8.9% rebound of 2021", "a 2% jump"), so the date after it is the
// figure's. Read as a verb, "rebound" ended the phrase at "%", and "a far cry from the 8.9%
// rebound of 2021" took the year before 2024 and was flagged against 2022.
var figureNounFamilies = []family{
	{name: "a change noun after a determined figure", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy grew 0.7% in 2024, a far cry from the 8.9% rebound of 2021.",
		"Italy's economy grew 0.7% in 2024, after the 8.9% rebound in 2021.",
		"Italy's economy grew 0.7% in 2024, following the 8.9% surge of 2021.",
		"Italy's economy grew 0.7% in 2024, after its 8.9% jump in 2021.",
	}, want: []string{"gdp_growth ITA 0.7 actual 2024", "gdp_growth ITA 8.9 previous 2021"}},
	// near miss: a verb after a figure that no determiner opens stays a verb
	{name: "a figure's verb", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's GDP grew 0.7% in 2024 after output rose 8.9% in 2021.",
	}, want: []string{"gdp_growth ITA 0.7 actual 2024", "gdp_growth ITA 8.9 actual 2021"}},
}

func TestFigureNounFamilies(t *testing.T) {
	runFamilies(t, familyDate, figureNounFamilies)
}
