package extract

import (
	"testing"
	"time"
)

// quarterEarlierEstimateFamilies (s27 attack 12): a quarter's or a month's figure that its own
// words call an earlier estimate, told in a past before the past, is superseded and not the
// outturn: "The first estimate for the fourth quarter, published in January, had been 2.3%"
// was judged against the table's later 2.45% and flagged. A quarter's estimate in the simple
// past keeps its reading: the judge weighs it against the releases of its time.
var quarterEarlierEstimateFamilies = []family{
	{name: "a quarter's first estimate told in the pluperfect", published: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The U.S. economy grew at a 2.4% annual rate in the fourth quarter of 2024. The first estimate for the fourth quarter, published in January, had been 2.3%.",
		"The U.S. economy grew at a 2.4% annual rate in the fourth quarter of 2024. The preliminary estimate for the fourth quarter had been 2.3%.",
		"The U.S. economy grew at a 2.4% annual rate in the fourth quarter of 2024. Its initial estimate of fourth-quarter growth had been 2.3%.",
	}, want: []string{"gdp_growth USA 2.4 actual 2024-Q4", "gdp_growth USA 2.3 previous -"}},
	// near miss: the estimate told as news keeps its quarter
	{name: "an estimate given as the news", published: time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The U.S. economy grew at a 2.3% annual rate in the fourth quarter of 2024, the first estimate showed.",
	}, want: []string{"gdp_growth USA 2.3 actual 2024-Q4"}},
}

func TestQuarterEarlierEstimateFamilies(t *testing.T) {
	runFamilies(t, familyDate, quarterEarlierEstimateFamilies)
}
