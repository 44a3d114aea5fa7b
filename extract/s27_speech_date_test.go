package extract

import (
	"testing"
	"time"
)

// speechDateFamilies (s27 attack 11): a relative date in words said at an earlier date counts
// from when they were said, not from the article: "Vladimir Putin, February 2025: 'Russia's
// economy grew 4.1% last year'", in a fact-check of February 2026, is 2024's, and was judged
// as 2025's (1.0%) and flagged. Such a figure gets no period. Words said in the article's own
// year and month, or dated explicitly, keep their reading.
var speechDateFamilies = []family{
	{name: "a dated label before the words", published: time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC), wordings: []string{
		`Vladimir Putin, February 2025: "Russia's economy grew 4.1% last year despite all the sanctions."`,
		`Vladimir Putin, 20 February 2025: "Russia's economy grew 4.1% last year."`,
		`President Putin, Feb 2025: "Our economy grew 4.1% in Russia last year."`,
	}, want: []string{"gdp_growth RUS 4.1 actual -"}},
	{name: "a verb of saying before the date", published: time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Speaking in February 2025, Putin said Russia's economy grew 4.1% last year.",
		"Putin said in February 2025 that Russia's economy grew 4.1% last year.",
		"Putin told parliament in February 2025 that Russia's economy had grown 4.1% last year.",
	}, want: []string{"gdp_growth RUS 4.1 actual -"}},
	// near misses: words said in the article's year, or a figure dated explicitly
	{name: "said this year, counted from the article", published: time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC), wordings: []string{
		`Vladimir Putin, February 2026: "Russia's economy grew 1% last year."`,
		"Putin said on 20 February 2026 that Russia's economy grew 1% last year.",
	}, want: []string{"gdp_growth RUS 1 actual 2025"}},
	{name: "an explicit year is the figure's", published: time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC), wordings: []string{
		`Vladimir Putin, February 2025: "Russia's economy grew 4.1% in 2024."`,
	}, want: []string{"gdp_growth RUS 4.1 actual 2024"}},
}

func TestSpeechDateFamilies(t *testing.T) {
	runFamilies(t, familyDate, speechDateFamilies)
}
