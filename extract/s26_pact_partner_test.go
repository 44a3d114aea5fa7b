package extract

import (
	"testing"
	"time"
)

// pactPartnerFamilies are figures with no place of their own after a sentence that names the
// other party of an agreement or a negotiation ("a deal with the UAE", "talks with Russia"):
// the party was the last country named, and "The unemployment rate stood at 6.9%" in an
// Egyptian story became the UAE's. Like a partner of trade ("shipments to China"), the party
// is no country the story is about.
var pactPartnerFamilies = []family{
	{name: "the other party of a deal is not the story's country", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Egypt's cabinet met on Sunday. The $35 billion Ras El-Hekma deal with the UAE is expected to bring in fresh foreign currency. The unemployment rate stood at 7.0 percent in 2023.",
		"Egypt's government welcomed the investment. A currency swap with China and an accord with Saudi Arabia are also planned. Unemployment was 7.0% in 2023.",
		"Egypt's central bank raised rates on Thursday, after talks with the IMF. Unemployment was 7.0 per cent in 2023.",
	}, want: []string{"unemployment_rate EGY 7 actual 2023"}},
	{name: "negotiations with a bloc or a neighbour leave the country", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Britain's government said negotiations with the EU would resume. Inflation averaged 7.3% in 2023.",
		"Britain's trade pact with Japan came into force. Inflation averaged 7.3 percent in 2023.",
	}, want: []string{"inflation GBR 7.3 actual 2023"}},
	// near misses: a country named with its own figure keeps it
	{name: "a party named with its own figure keeps it", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Egypt signed a deal with the UAE. The UAE's economy grew 3.6% in 2023.",
		"After a deal with Egypt, the UAE's economy grew 3.6% in 2023.",
	}, want: []string{"gdp_growth ARE 3.6 actual 2023"}},
}

func TestPactPartnerFamilies(t *testing.T) {
	runFamilies(t, familyDate, pactPartnerFamilies)
}
