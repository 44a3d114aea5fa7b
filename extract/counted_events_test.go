package extract

import (
	"testing"
	"time"
)

// countedEventFamilies are whole numbers that count the plural noun after them ("after 14
// consecutive increases") in a sentence that states a rate in percent. Given the percentage's
// unit, the count was read as the rate's earlier value: "after 14 consecutive increases"
// became a Bank Rate of 14% and was flagged against the 5% of the month before.
var countedEventFamilies = []family{
	{name: "a count of rate moves is no earlier rate", published: time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England held Bank Rate at 5.25% in September 2023, after 14 consecutive increases.",
		"The Bank of England kept Bank Rate at 5.25% in September 2023 after 14 straight rises.",
		"The Bank of England held Bank Rate at 5.25% in September 2023, following 14 successive hikes.",
		"After 14 consecutive increases, the Bank of England held Bank Rate at 5.25% in September 2023.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023-09"}},
	{name: "a count of periods of change is no earlier rate", published: time.Date(2023, 10, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK unemployment rose to 4.3% in July 2023, after 2 quarterly increases.",
		"UK unemployment rose to 4.3% in July 2023 after 3 consecutive monthly rises.",
		"UK unemployment rose to 4.3% in July 2023, its highest after 3 straight increases.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2023-07"}},
}

func TestCountedEventFamilies(t *testing.T) {
	runFamilies(t, familyDate, countedEventFamilies)
}
