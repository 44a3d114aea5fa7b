package extract

import (
	"testing"
	"time"
)

// A figure of a measure adjusted for something other than prices, the season or the calendar
// is not the headline rate the table holds (adjustedForOther). Blind round 33: Switzerland's
// "Adjusted for major sporting events, growth in 2024 was 0.9%, SECO said, while unadjusted
// growth was 1.4%" had the 0.9 judged against the unadjusted 1.39. Controls: the headline
// rate beside it, and the adjustments every headline rate has.
var adjustedForFamilies = []family{
	{name: "adjusted for sporting events", wordings: []string{
		"Adjusted for major sporting events, Swiss growth in 2024 was 0.9%, SECO said, while unadjusted growth was 1.4%.",
		"Swiss growth was 0.9% in 2024 when adjusted for sporting events. Unadjusted, Swiss growth was 1.4% in 2024.",
	}, want: []string{"gdp_growth CHE 1.4 * 2024"}},
	{name: "adjusted for sporting events, in the phrase", wordings: []string{
		"Swiss sport-event-adjusted growth was 0.9% in 2024, against unadjusted growth of 1.4%.",
	}, want: []string{"gdp_growth CHE 1.4 * *"}},
	// controls
	{name: "control: adjustments of every headline rate", wordings: []string{
		"Adjusted for inflation, Swiss GDP grew 1.4% in 2024.",
		"Swiss growth in 2024, adjusted for seasonal and calendar effects, was 1.4%.",
		"Swiss inflation-adjusted GDP growth was 1.4% in 2024.",
	}, want: []string{"gdp_growth CHE 1.4 * 2024"}},
}

func TestAdjustedForOther(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), adjustedForFamilies)
}
