package extract

import (
	"testing"
	"time"
)

// A country named as a currency's, a trading partner, or by its markets' or central bank's
// metonym is not what the story is about: a later figure with no place of its own was given
// it (issue 12's fourth attack: South African, Nigerian, Australian, Portuguese and
// Vietnamese figures judged against the United States', China's, France's). A dateline in
// capitals names the home country when it is a capital or a country.
var peripheralMentionFamilies = []family{
	{name: "a currency's country is not the story's", published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's unemployment rate rose to 4.1 per cent in January. The Aussie dollar bought 63.5 US cents. Annual CPI inflation was 2.5 per cent in January.",
		"Australia's unemployment rate rose to 4.1 per cent in January. The currency traded against the US dollar at 0.63. Annual CPI inflation was 2.5 per cent in January.",
		"Australia's unemployment rate rose to 4.1 per cent in January. Crude oil traded at US$75 a barrel. Annual CPI inflation was 2.5 per cent in January.",
	}, want: []string{"unemployment_rate AUS 4.1 actual 2025-01", "inflation AUS 2.5 actual 2025-01"}},
	{name: "a partner of trade or money is not the story's", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's economy slowed in 2024. Iron ore shipments to China fell 3%. Inflation averaged 3.2% in 2024.",
		"Australia's economy slowed in 2024. Remittances from the United States rose 4%. Inflation averaged 3.2% in 2024.",
		"Australia's economy slowed in 2024. Exports to the European Union fell 3%. Inflation averaged 3.2% in 2024.",
	}, want: []string{"inflation AUS 3.2 actual 2024"}},
	{name: "a country's markets or central bank named as actors are not the story's", published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Australia's unemployment rate rose to 4.1 per cent in January. Stocks tracked Wall Street higher. Annual CPI inflation was 2.5 per cent in January.",
		"Australia's unemployment rate rose to 4.1 per cent in January. The dollar firmed after the Fed held rates. Annual CPI inflation was 2.5 per cent in January.",
	}, want: []string{"unemployment_rate AUS 4.1 actual 2025-01", "inflation AUS 2.5 actual 2025-01"}},
	{name: "with no home named, a figure after a peripheral country is nobody's", published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), wordings: []string{
		"JOHANNESBURG - The rand firmed to R18.40 against the US dollar. Consumer inflation accelerated to 3.2% in January.",
		"LAGOS - Crude oil traded at US$75 a barrel. Headline inflation dropped to 24.48 per cent in January.",
		"JOHANNESBURG - Stocks tracked Wall Street higher. Consumer inflation accelerated to 3.2% in January.",
	}},
	{name: "a dateline in capitals names the home country", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"LISBON - Remittances from France rose 4% in 2024. The economy grew 1.9% in 2024.",
		"LISBON (Reuters) - Tourism boomed in 2024. The economy grew 1.9% in 2024.",
		"LISBON, Jan 30 - Tourism boomed in 2024. The economy grew 1.9% in 2024.",
	}, want: []string{"gdp_growth PRT 1.9 actual 2024"}},
	{name: "a country named as a place or a subject still carries", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Tourism in France boomed in 2024. The economy grew 1.1% in 2024.",
		"France attracted a record number of tourists in 2024. The economy grew 1.1% in 2024.",
		"Exports from Portugal's neighbours fell. France attracted more tourists in 2024. The economy grew 1.1% in 2024.",
	}, want: []string{"gdp_growth FRA 1.1 actual 2024"}},
}

func TestPeripheralMentionsAreNotTheStory(t *testing.T) {
	runFamilies(t, familyDate, peripheralMentionFamilies)
}
