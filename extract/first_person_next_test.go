package extract

import (
	"testing"
	"time"
)

// A speaker's "our economy" with no country of its own takes the country the next sentence
// names (entityOfNextSentence), but not one that a phrase of the speaker's own places beside
// the speaker: "Our neighbours in Spain", "Spain, our neighbour," (otherOfFirstPerson). Blind
// round 34: a French candidate's "Our economy grew by only 0.8% in 2025. Our neighbours in
// Spain grew by 2.8%." was judged as Spain's 0.8%. The control is the rule's own case: the
// sentence after names the speaker's country ("Official figures show Canada's GDP ..."); nor one
// the next sentence sets against the speaker ("Last year we grew 3.6%; Germany managed 0.2%":
// contrastedWithFirstPerson).
var firstPersonNextFamilies = []family{
	{name: "the next sentence's country is the speaker's neighbour", wordings: []string{
		"Our economy grew by only 0.8% in 2025. Our neighbours in Spain grew by 2.8%.",
		"\"Our economy grew by only 0.8% in 2025,\" the candidate said. Our partners in Germany did worse.",
	}, want: []string{"!gdp_growth"}},
	{name: "the next sentence's country is the speaker's neighbour, in apposition", wordings: []string{
		"Our economy grew by only 0.8% in 2025. Spain, our neighbour, grew by 2.8%.",
	}, want: []string{"gdp_growth ESP 2.8 * *"}},
	// blind round 42: a Polish minister's "Last year we grew 3.6%; Germany managed 0.2%."
	{name: "the next sentence's country is set against the speaker", wordings: []string{
		"Our economy grew 3.0% in 2024. Last year we grew 3.6%; Germany managed 0.2%.",
		"Our economy grew 3.0% in 2024. We grew 3.6% last year, while Germany managed 0.2%.",
		"Our economy grew 3.0% in 2024. Unlike Germany, we grew again last year.",
	}, want: []string{"!gdp_growth"}},
	// controls
	{name: "control: the next sentence names the speaker's country", wordings: []string{
		"\"Our economy grew by 3% last year,\" the minister said. Official figures show Canada's GDP grew 1.7% in 2025.",
	}, want: []string{"gdp_growth CAN 3 * 2025", "gdp_growth CAN 1.7 * 2025"}},
	{name: "control: the speaker's place in the speaker's clause", wordings: []string{
		"Our economy grew 3.0% in 2024. Here in Kenya we are proud of that.",
		"Our economy grew 3.0% in 2024. We in Kenya are proud of that, while others struggled.",
	}, want: []string{"gdp_growth KEN 3 * 2024"}},
}

func TestFirstPersonNextSentence(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 3, 0, 0, 0, 0, time.UTC), firstPersonNextFamilies)
}
