package extract

import (
	"testing"
	"time"
)

// A range of years that opens a sentence frames its figures: an average over it is the span's
// (frontedYearRange; blind round 32: "Between 2010
// and 2019 Thailand's real GDP growth averaged 3.6% a year, against 6.6% in Vietnam" was judged
// as 2019's, three rows). The controls keep a figure with a date of its own and a level
// reached within the range (TestS29MidSpan holds more).
var frontedRangeFamilies = []family{
	{name: "an average over a fronted range", wordings: []string{
		"Between 2010 and 2019 Thailand's real GDP growth averaged 3.6% a year, against 6.6% in Vietnam.",
		"From 2010 to 2019, Thailand's real GDP growth averaged 3.6% a year, against 6.6% in Vietnam.",
	}, want: []string{"gdp_growth THA 3.6 * 2010/2019", "gdp_growth VNM 6.6 * 2010/2019"}},
	// controls
	{name: "control: a figure with a date of its own", wordings: []string{
		"Between 2010 and 2019 Thailand's economy changed; growth was 2.1% in 2019.",
	}, want: []string{"gdp_growth THA 2.1 * 2019"}},
	{name: "control: no average", wordings: []string{
		"Between 2021 and 2023, inflation in Poland went from 5.1% to 14.4% and then eased to 11.4%.",
	}, want: []string{"inflation POL 14.4 * -", "inflation POL 11.4 * 2023", "inflation POL 5.1 * 2021/2023"}},
}

func TestFrontedRange(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), frontedRangeFamilies)
}
