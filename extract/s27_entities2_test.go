package extract

import (
	"testing"
	"time"
)

// rankedSetFamilies: a phrase apposed to a figure that ranks it within a group ("the fastest
// among large euro area economies", "the highest of any euro zone economy") names the set the
// figure's place belongs to, not its place. A Spanish parliamentary answer's "GDP grew by 3.5%
// in 2024, the fastest among large euro area economies" was the euro area's and was flagged
// against its 0.9%.
var rankedSetFamilies = []family{
	{name: "a superlative apposed to a figure ranks it in a set, not in its place", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Spain's economy kept outpacing its neighbours. GDP grew by 3.5% in 2024, the fastest among large euro area economies.",
		"Spanish output expanded strongly. Growth reached 3.5% in 2024, the highest of any major euro zone economy.",
		"Spain outperformed again. The economy grew 3.5% in 2024, the strongest among the big EU economies.",
		"Spain's recovery continued. GDP rose 3.5% in 2024, the fastest pace in the euro area.",
		"In Spain, according to the ministry, GDP grew by 3.5% in 2024, the highest rate among the countries of the euro area.",
	}, want: []string{"gdp_growth ESP 3.5 actual 2024"}},
	{name: "the figure after a ranked one is the same place's", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Spain's economy did well. It expanded 3.5% in 2024, among the fastest of the euro area's large economies, after 2.7% in 2023.",
		"Spain's economy did well. GDP grew by 3.5% in 2024, the fastest among large euro area economies, after 2.7% in 2023.",
	}, want: []string{"gdp_growth ESP 3.5 actual 2024", "gdp_growth ESP 2.7 previous 2023"}},
	{name: "near miss: a set ranking a G7 member keeps the member", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy lagged again. GDP grew 0.7% in 2024, the slowest in the G7.",
		"Italy lagged again. GDP grew 0.7% in 2024, the weakest of the G7 economies.",
	}, want: []string{"gdp_growth ITA 0.7 actual 2024"}},
	{name: "near miss: the bloc is the figure's own place", published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Euro area GDP grew 0.9% in 2024, the weakest among major economies.",
		"Spain's economy kept outpacing its neighbours. Growth across euro area economies averaged 0.9% in 2024.",
		"Spain's economy kept outpacing its neighbours. Growth in the euro area was 0.9% in 2024, the slowest in years.",
	}, want: []string{"gdp_growth EMU 0.9 actual 2024"}},
}

func TestRankedSetFamilies(t *testing.T) {
	runFamilies(t, familyDate, rankedSetFamilies)
}

// perCapitaPronounFamilies: "it" in a clause after a figure per head stands for the measure
// per head. "Real GDP per person in the United States grew 1.8% in 2024, while in Canada it
// fell 1.4%" was read as Canada's total growth and flagged against its 2.0%.
var perCapitaPronounFamilies = []family{
	{name: "it stands for the measure per head of the clause before", published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Real GDP per person in the United States grew 1.8% in 2024, while in Canada it fell 1.4%.",
		"GDP per capita in the US rose 1.8% in 2024, whereas in Canada it declined by 1.4%.",
		"Output per head grew 1.8% in America in 2024; in Canada, by contrast, it shrank 1.4%.",
		"In per capita terms, US GDP rose 1.8% in 2024, but in Canada it dropped 1.4%.",
	}, want: []string{"gdp_per_capita_growth USA 1.8 actual 2024", "gdp_per_capita_growth CAN -1.4 actual 2024"}},
	{name: "near miss: it stands for a measure not per head", published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Real GDP in the United States grew 2.8% in 2024, while in Canada it rose 1.5%.",
		"The US economy grew 2.8% in 2024, whereas in Canada it expanded by 1.5%.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024", "gdp_growth CAN 1.5 actual 2024"}},
	{name: "near miss: another measure between is the antecedent", published: time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"GDP per capita in the US rose 1.8% in 2024, while Canada's total output grew 1.5% and in Canada it rose 1.2% in 2025.",
	}, want: []string{"gdp_per_capita_growth USA 1.8 actual 2024", "gdp_growth CAN 1.5 actual 2024", "gdp_growth CAN 1.2 actual 2025"}},
}

func TestPerCapitaPronounFamilies(t *testing.T) {
	runFamilies(t, familyDate, perCapitaPronounFamilies)
}

// wrappedFlowFamilies: wire copy wraps its lines anywhere; a trade partner after a flow noun
// that ends the line before ("front-loaded exports\nto the US") is still a partner, not a
// country the text is about. Counted as one, the US outscored Ireland and took "In 2015 GDP
// famously grew 24.6% when companies moved intellectual property to Ireland".
var wrappedFlowFamilies = []family{
	{name: "a partner of trade on a wrapped line is no country the text is about", published: time.Date(2026, 9, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"DUBLIN - Ireland's economy expanded 12.3% in 2025, boosted by shipments\nto the United States ahead of tariffs, after growth of 2.6% in 2024.\nAnalysts prefer modified domestic demand, which rose about 2% in 2025.\nBack in 2015, output soared 24.6% after multinationals shifted patents to Ireland.",
		"Irish output grew 12.3% in 2025, as drugmakers rushed exports\nto the US ahead of tariffs, after 2.6% in 2024.\nEconomists prefer modified domestic demand, which rose 2% in 2025.\nIn 2015 GDP grew 24.6% when multinationals moved patents to Ireland.",
	}, want: []string{"gdp_growth IRL 12.3 actual 2025", "gdp_growth IRL 2.6 previous 2024", "gdp_growth IRL 24.6 actual 2015"}},
	{name: "a partner of trade on a wrapped line, with no country in the figure's sentence", published: time.Date(2026, 9, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Mexico's economy grew 1.2% in 2024, lifted by exports\nto the United States, after 3.2% in 2023.\nEconomists also watch remittances, which rose about 2% in 2024.\nIn 1995 GDP shrank 6.3% after the peso crisis.",
	}, want: []string{"gdp_growth MEX 1.2 actual 2024", "gdp_growth MEX 3.2 previous 2023", "gdp_growth MEX -6.3 actual 1995"}},
	{name: "near miss: a country after a wrapped noun of no flow is one the text is about", published: time.Date(2026, 9, 22, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Brazil's economy grew 3.4% in 2024, the IMF said after sending a mission\nto Argentina in March.\nOfficials met ministers in Buenos Aires.\nIn 2023 GDP fell 1.6%.",
	}, want: []string{"gdp_growth BRA 3.4 actual 2024", "gdp_growth ARG -1.6 actual 2023"}},
}

func TestWrappedFlowFamilies(t *testing.T) {
	runFamilies(t, familyDate, wrappedFlowFamilies)
}
