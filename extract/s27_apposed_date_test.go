package extract

import (
	"testing"
	"time"
)

// apposedDateFamilies (s27 attack 11): a date fronted before an apposition that names it again
// with a verb of its own ("In January 2025, the month Trump took office, the rate was 3.0%")
// dates the clause after the apposition. The apposition's verb closed a clause at the comma,
// and the figure took the date of the sentence before: December 2025, flagged against 2.7%.
var apposedDateFamilies = []family{
	{name: "a fronted month named again by an apposition", published: time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 2.7% in the 12 months through December 2025. In January 2025, the month Trump took office, the rate was 3.0%.",
		"US consumer prices rose 2.7% in the 12 months through December 2025. In January 2025, the month the new administration took office, US inflation was 3.0%.",
		"US consumer prices rose 2.7% in the 12 months through December 2025. In January 2025, the month when Trump returned, the rate stood at 3.0%.",
	}, want: []string{"inflation USA 2.7 actual 2025-12", "inflation USA 3 actual 2025-01"}},
	{name: "a fronted year named again by an apposition", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's economy grew 1.1% in 2024. In 2020, the year the pandemic struck, it shrank 10.3%.",
		"Britain's economy grew 1.1% in 2024. In 2020, a year the pandemic dominated, it shrank 10.3%.",
	}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR -10.3 actual 2020"}},
	// near miss: an apposition with a figure of its own keeps its figure's reading, and the
	// figure after it is not dated by the fronted date
	{name: "the apposition's own figure", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2020, the year output shrank 10.3%, Britain borrowed heavily.",
	}, want: []string{"gdp_growth GBR -10.3 actual 2020"}},
}

func TestApposedDateFamilies(t *testing.T) {
	runFamilies(t, familyDate, apposedDateFamilies)
}
