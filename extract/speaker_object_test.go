package extract

import (
	"testing"
	"time"
)

// speakerObjectFamilies are figures in the object of a verb in -s that is also a plural noun
// ("estimates", "forecasts", "projects", "puts"), whose subject is an institution and whose
// object names a place of its own. Read as one noun phrase ("the OECD estimates world GDP
// growth"), the figure took the institution's place: the OECD members' growth, Germany's for
// the Bundesbank, and the world's 2.7% in 2023 was judged against the OECD area's 1.7%.
var speakerObjectFamilies = []family{
	{name: "the world's growth estimated by a bloc", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The OECD estimates global growth of 2.7% in 2023.",
		"The OECD estimates world GDP growth of 2.7% in 2023.",
		"The OECD puts global GDP growth at 2.7% in 2023.",
		"The OECD estimates global economic growth of 2.7% in 2023.",
		"OECD estimates world output growth of 2.7% in 2023.",
		"The Paris-based OECD estimates global growth of 2.7 per cent in 2023.",
		"The OECD estimates that global GDP grew 2.7% in 2023.",
	}, want: []string{"gdp_growth WLD 2.7 actual 2023"}},
	{name: "a neighbour's growth estimated by a country's central bank", published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bundesbank estimates French GDP growth of 0.9% in 2023.",
		"Germany's central bank estimates French growth of 0.9% in 2023.",
		"The Bundesbank puts French GDP growth at 0.9% in 2023.",
	}, want: []string{"gdp_growth FRA 0.9 actual 2023"}},
	{name: "a forecast of another place's growth is that place's", published: time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The OECD forecasts world GDP growth of 2.9% in 2024.",
		"The OECD projects world growth of 2.9% in 2024.",
		"The IMF forecasts global growth of 2.9% in 2024.",
	}, want: []string{"gdp_growth WLD 2.9 forecast 2024"}},
}

func TestSpeakerObjectFamilies(t *testing.T) {
	runFamilies(t, familyDate, speakerObjectFamilies)
}
