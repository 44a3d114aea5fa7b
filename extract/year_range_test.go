package extract

import (
	"testing"
	"time"
)

// A range of years right after a figure ("shrank 25% between 2008 and 2013") is the figure's
// own span: the change over all its years, which neither end's annual figure is. Each end had
// been read as a year of its own and the cumulative fall judged against that year's growth,
// a false alarm on correct history. The wordings are after wire copy, the FT, a textbook and an
// IMF note, on Greece, Argentina, Japan and Venezuela; the controls keep a figure's own year
// when each figure has one, a fronted range, and a year set against another figure's range.
var ownYearRangeFamilies = []family{
	{name: "a cumulative fall between two years", wordings: []string{
		"Greece's economy collapsed by a cumulative 25% between 2008 and 2013.",
		"Greece's economy shrank by 25% between 2008 and 2013, the worst peacetime slump in Europe.",
		"Greek output contracted a cumulative 25 per cent between 2008 and 2013.",
		"Greek GDP fell 25% from 2008 to 2013.",
		"The Greek economy contracted by 25 percent from 2008 through 2013, the IMF said.",
	}, want: []string{"gdp_growth GRC -25 actual 2008/2013"}},
	{name: "a cumulative rise of prices between two years", wordings: []string{
		"Prices in Argentina rose a combined 300% between 2020 and 2023.",
		"Argentine consumer prices climbed 300 percent from 2020 to 2023.",
	}, want: []string{"inflation ARG 300 actual 2020/2023"}},
	{name: "growth over a range of years after the verb", wordings: []string{
		"Japan's economy grew just 1.1% from 1991 to 1993.",
		"Japan's GDP expanded by only 1.1 per cent between 1991 and 1993.",
	}, want: []string{"gdp_growth JPN 1.1 actual 1991/1993"}},
	// controls
	{name: "control: each figure its own year in a from-to pair", wordings: []string{
		"Greek public debt rose from 109% of GDP in 2008 to 177% in 2013.",
	}, want: []string{"government_debt GRC 109 previous 2008", "government_debt GRC 177 actual 2013"}},
	{name: "control: a level reached by the range's end is its last year's", wordings: []string{
		"Spain's unemployment rate fell to 12.2% from 2013 to 2023.",
		"Spain's jobless rate dropped to 12.2 per cent between 2013 and 2023.",
	}, want: []string{"unemployment_rate ESP 12.2 actual 2023"}},
	{name: "control: a level held through a range is the span's", wordings: []string{
		"Japan's inflation stayed below 1% between 2014 and 2021.",
	}, want: []string{"inflation JPN 1 * 2014/2021"}},
	{name: "control: a fronted range is every figure's", wordings: []string{
		"Between 2008 and 2013, Greece's economy shrank by 25%.",
	}, want: []string{"gdp_growth GRC -25 actual 2008/2013"}},
	{name: "control: a figure of its own year beside another figure's range", published: time.Date(2014, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Greece's economy shrank 25% between 2008 and 2013, and unemployment was 27.5% in 2013.",
	}, want: []string{"gdp_growth GRC -25 actual 2008/2013", "unemployment_rate GRC 27.5 actual 2013"}},
}

func TestOwnYearRange(t *testing.T) {
	runFamilies(t, time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), ownYearRangeFamilies)
}
