package extract

import (
	"testing"
	"time"
)

// A figure set against another and dated by an event ("at the height of the pandemic in
// 2020", "before the pandemic, in 2019", "in the pandemic year") is of the event's time: the
// year that follows it, else none. It took the year before the other figure's (blind round 27:
// three rows of Brazilian, Turkish and Spanish papers flagged so). The controls keep phrases
// after a figure that are no time ("after inflation", "at an annual rate"), times counted
// ("during the year") and a compared figure with no phrase.
var eventTimeFamilies = []family{
	{name: "an event and its year", wordings: []string{
		"Brazil's unemployment averaged 7.0% in 2025, compared with 13.7% at the height of the pandemic in 2020.",
		"Brazil's unemployment averaged 7.0% in 2025, compared with 13.7% at the peak of the pandemic in 2020.",
		"Brazil's unemployment rate fell to 7.0% in 2025, down from 13.7% during the pandemic, in 2020.",
	}, want: []string{"unemployment_rate BRA 7 * 2025", "unemployment_rate BRA 13.7 * 2020"}},
	{name: "before an event, and its year", wordings: []string{
		"Turkey's unemployment rate fell to 8.5% in 2025, compared with 13.7% before the pandemic, in 2019.",
		"Turkey's unemployment rate fell to 8.5% in 2025, against 13.7% before the pandemic in 2019.",
	}, want: []string{"unemployment_rate TUR 8.5 * 2025", "unemployment_rate TUR 13.7 * 2019"}},
	{name: "an event and no year", wordings: []string{
		"Spain's unemployment fell to 11.4% in 2025, down from 15.5% in the pandemic year.",
		"Spain's unemployment fell to 11.4% in 2025, down from 15.5% at the height of the pandemic.",
		"Spain's unemployment fell to 11.4% in 2025, compared with 15.5% before the pandemic.",
		"Spain's unemployment fell to 11.4% in 2025, against 15.5% during the lockdowns.",
	}, want: []string{"unemployment_rate ESP 11.4 * 2025", "unemployment_rate ESP 15.5 * -"}},
	// controls
	{name: "control: a compared figure with no phrase of time", wordings: []string{
		"Spain's unemployment fell to 11.4% in 2025, down from 12.2%.",
	}, want: []string{"unemployment_rate ESP 11.4 * 2025", "unemployment_rate ESP 12.2 * 2024"}},
	{name: "control: a time counted", wordings: []string{
		"Spain's unemployment fell to 11.4% in 2025, down from 12.2% in the previous year.",
		"Spain's unemployment fell to 11.4% in 2025, down from 12.2% the year before.",
	}, want: []string{"unemployment_rate ESP 11.4 * 2025", "unemployment_rate ESP 12.2 * 2024"}},
	{name: "control: no time", wordings: []string{
		"Spain's economy grew at an annual rate of 3.2% in the fourth quarter of 2025, after 2.4% in the third.",
	}, want: []string{"gdp_growth ESP 3.2 * 2025-Q4", "gdp_growth ESP 2.4 * 2025-Q3"}},
}

func TestEventTime(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), eventTimeFamilies)
}
