package extract

import (
	"testing"
	"time"
)

// A bare number that counts who forecasts ("with three predicting two pct growth", "the other
// two") was read as a growth rate in percent: a count of institutes judged as growth of 3%.
// Only the rates themselves are claims; a count written with its noun, a zero and a bare
// rate after "to" keep their readings.
var countOfForecastersFamilies = []family{
	{name: "a count of forecasters is no rate", published: time.Date(1987, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The West German institutes were divided on 1987, with three predicting two pct growth and two seeing one pct growth.",
		"The West German institutes were divided on 1987, with three predicting two pct expansion and the other two only one pct growth.",
		"The banks polled were split on West German growth in 1987, three forecasting two pct growth and two expecting one pct growth.",
	}, want: []string{"gdp_growth DEU 2 forecast 1987", "gdp_growth DEU 1 forecast 1987"}},
	{name: "a count of forecasters before a gapped clause is no rate either", published: time.Date(1987, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The West German institutes were divided on 1987, with three predicting two pct growth and two seeing one pct.",
		"The West German institutes were divided on 1987, with three predicting two pct expansion and the other two only one pct.",
		"The West German institutes were divided on 1987: three predicted two pct growth, two saw one pct.",
	}, want: []string{"gdp_growth DEU 2 forecast 1987"}},
	{name: "a zero, a rate after to, and a count with its noun keep their readings", published: time.Date(1987, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"ISTAT said that Italy's GDP growth in 1986 was zero compared with 1985.",
	}, want: []string{"gdp_growth ITA 0 actual 1986"}},
}

func TestCountOfForecastersIsNoRate(t *testing.T) {
	runFamilies(t, familyDate, countOfForecastersFamilies)
}
