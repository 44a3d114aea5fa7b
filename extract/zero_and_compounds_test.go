package extract

import (
	"testing"
	"time"
)

// A zero that names a thing ("the zero bound") is no rate of zero (zeroModifiesNoun). The
// wordings are after the FT, Nikkei Asia and a central bank's speech; the controls are zeros
// that are rates.
var zeroModifierFamilies = []family{
	{name: "a zero that modifies a noun", wordings: []string{
		"Japan's inflation, at 2.7% in 2024, has finally escaped the zero bound.",
		"Japan's inflation was 2.7% in 2024, leaving the zero lower bound behind.",
	}, want: []string{"inflation JPN 2.7 actual 2024"}},
	{name: "a zero that modifies a noun, after a figure the sentence does not link", wordings: []string{
		"With inflation at 2.7% in 2024, Japan has moved away from the zero bound on prices.",
	}, want: []string{}},
	// controls
	{name: "control: zero growth is a rate", wordings: []string{
		"Japan's economy recorded zero growth in 2023.",
		"Japan's GDP growth was zero in 2023.",
	}, want: []string{"gdp_growth JPN 0 actual 2023"}},
	{name: "control: inflation fell to zero", wordings: []string{
		"Japanese inflation fell to zero in 2021.",
	}, want: []string{"inflation JPN 0 actual 2021"}},
}

func TestZeroModifiesNoun(t *testing.T) {
	runFamilies(t, time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), zeroModifierFamilies)
}

// A name joined by a hyphen to a participle ("a US-led rescue") is no place of a figure and
// not what "the country" stands for (dropCompoundAgents). The wordings are after histories of
// the 1995 Mexican crisis, the 1997 Asian crisis and the 2010 Greek bail-out; the control
// names the country of the figure too.
var compoundAgentFamilies = []family{
	{name: "an agent compound before the country's figure", wordings: []string{
		"Mexico's economy shrank in 1995. A $50 billion US-led rescue kept the country solvent, and growth returned at 6.2% in 1996.",
		"Mexico's economy shrank in 1995. A US-backed bailout kept the country afloat, and its economy grew 6.2% in 1996.",
		"Mexico's economy shrank in 1995. The US-brokered package worked: the country's GDP grew 6.2% in 1996.",
	}, want: []string{"gdp_growth MEX 6.2 actual 1996"}},
	{name: "an agent compound of a bloc", wordings: []string{
		"Greece's economy shrank 5.5% in 2010 under an EU-funded programme.",
		"Under an IMF-and EU-funded programme, Greece's economy shrank 5.5% in 2010.",
	}, want: []string{"gdp_growth GRC -5.5 actual 2010"}},
	// controls
	{name: "control: the country named with the figure", wordings: []string{
		"A US-led rescue helped Mexico, whose economy grew 6.2% in 1996.",
	}, want: []string{"gdp_growth MEX 6.2 actual 1996"}},
}

func TestCompoundAgents(t *testing.T) {
	runFamilies(t, time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), compoundAgentFamilies)
}

// A value in apposition after a measure and its place ("Inflation in Poland, at 14.4% in 2022,
// ...") is the measure's, as after a measure alone: it gave no claim, and the figure compared
// with it took the period of an earlier paragraph (attack round 17).
var appositionPastPlaceFamilies = []family{
	{name: "a value in apposition after a measure and its place", wordings: []string{
		"Inflation in Poland, at 14.4% in 2022, remained high.",
		"The unemployment rate in Poland, at 2.9% in 2023, is among the EU's lowest.",
	}, want: []string{"* POL * actual *"}},
	{name: "a value in apposition after a measure and its place, then another country's", wordings: []string{
		"Inflation in Poland, at 14.4% in 2022, exceeded Russia's 13.7%.",
		"Inflation in Poland, at 14.4% in 2022, was above Russia's 13.7%.",
	}, want: []string{"inflation POL 14.4 actual 2022", "inflation RUS 13.7 actual 2022"}},
}

func TestAppositionPastPlace(t *testing.T) {
	runFamilies(t, time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), appositionPastPlaceFamilies)
}
