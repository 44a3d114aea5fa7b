package extract

import (
	"testing"
	"time"
)

// A date that opens a sentence sets the time of its later clauses too (openingDate; attack
// round 17). The wordings are after Latin American and European roundups; the controls keep a
// figure set against the year before and a figure with a date of its own.
var openingDateFamilies = []family{
	{name: "a later clause of a sentence that opens with its year", wordings: []string{
		"Argentina's economy shrank 1.6% in 2023. In 2024 Chile recovered to 2.6%, while Argentina shrank 1.3%.",
		"Argentina's economy shrank 1.6% in 2023. In 2024, as Chile recovered, Argentina shrank 1.3%.",
		"Argentina's economy shrank 1.6% in 2023. During 2024 Chile recovered strongly, but Argentina shrank 1.3%.",
	}, want: []string{"gdp_growth ARG -1.6 actual 2023", "gdp_growth ARG -1.3 actual 2024"}},
	// controls
	{name: "control: a figure of the year before in a later clause", wordings: []string{
		"Inflation in Chile was 7.6% in 2023. In 2024 it fell to 4.3%, after it had hit 7.6% the year before.",
	}, want: []string{"inflation CHL 7.6 actual 2023", "inflation CHL 4.3 actual 2024", "inflation CHL 7.6 * 2023"}},
	{name: "control: a later clause of an earlier time in words", wordings: []string{
		"Argentina's economy shrank 1.6% in 2023. In 2024 Chile recovered to 2.6%, while Argentina shrank 1.3%, and the year before it shrank 1.6%.",
	}, want: []string{"gdp_growth ARG -1.6 actual 2023", "gdp_growth ARG -1.3 actual 2024", "gdp_growth ARG -1.6 * -"}},
	{name: "control: an opening that is no period of the clause", wordings: []string{
		"Argentina's economy shrank 1.6% in 2023. Since 2020, Argentina shrank 1.3%.",
	}, want: []string{"gdp_growth ARG -1.6 actual 2023", "gdp_growth ARG -1.3 actual -"}},
}

func TestOpeningDate(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC), openingDateFamilies)
}
