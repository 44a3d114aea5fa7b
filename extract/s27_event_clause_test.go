package extract

import (
	"testing"
	"time"
)

// eventClauseFamilies (s27 attack 11): a monthly rate at the time of an event that a "when"
// clause dates by its year is the rate of some month of that year, not the year's average:
// "When I left office in 2010, unemployment was 5.3%" (Brazil's December rate) was judged
// against the year's 8.4% and flagged. It gets no period; a year stated in the figure's own
// clause keeps it, and so does a year's growth.
var eventClauseFamilies = []family{
	{name: "a rate at the time of an event in a year", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"When I left office in 2010, unemployment in Brazil was 5.3%.",
		"When Lula left office in 2010, Brazil's unemployment rate stood at 5.3%.",
		"Unemployment in Brazil was 5.3% when Lula left office in 2010.",
	}, want: []string{"unemployment_rate BRA 5.3 actual -"}},
	{name: "inflation at the time of an event in a year", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in the United States was 1.4% when Biden took office in 2021.",
		"When Biden took office in 2021, US inflation was 1.4%.",
	}, want: []string{"inflation USA 1.4 actual -"}},
	// near misses: the year in the figure's own clause; a year's growth
	{name: "the figure's own year", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unemployment in Brazil averaged 6.7% in 2010, when Lula left office.",
	}, want: []string{"unemployment_rate BRA 6.7 actual 2010"}},
	{name: "growth in the year of an event", published: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"When the crisis hit in 2009, Spain's economy shrank 3.8%.",
	}, want: []string{"gdp_growth ESP -3.8 actual 2009"}},
}

func TestEventClauseFamilies(t *testing.T) {
	runFamilies(t, familyDate, eventClauseFamilies)
}
