package extract

import (
	"testing"
	"time"
)

// The figures of a sentence that names its countries only as yardsticks ("That compares with
// 8.0% in the US and 7.9% in Germany", "For comparison, US debt was 115.8% of GDP") are not
// what the text goes on about: a figure with no country after them is the country's the text
// was about before (updateFocus, comparedMention; blind round 24: a British think-tank's
// "Real GDP grew 1.4% in 2025" was read as Germany's and flagged, another's "GDP growth of
// 1.4% in 2025" as the United States'). The wordings are after think-tank notes and
// newspapers; the control keeps a country the text turns to.
var comparedFocusFamilies = []family{
	{name: "a list after 'compares with'", wordings: []string{
		"The UK's inflation rate was 6.8% in 2023. That compares with 4.1% in the US and 5.9% in Germany in 2023. Unemployment rose to 4.7% in 2025.",
		"The UK's inflation rate was 6.8% in 2023. This compares with 4.1% in the US, and 5.9% in Germany, in 2023. Unemployment rose to 4.7% in 2025.",
		"The UK's inflation rate was 6.8% in 2023. It compares to 4.1% in the US and 5.9% in Germany in 2023. Unemployment rose to 4.7% in 2025.",
	}, want: []string{"inflation GBR 6.8 actual 2023", "inflation USA 4.1 * 2023", "inflation DEU 5.9 * 2023", "unemployment_rate GBR 4.7 actual 2025"}},
	{name: "a sentence opened as a comparison", wordings: []string{
		"UK central government debt reached 97% of GDP in 2024. For comparison, US central government debt was 115.8% of GDP in 2024. GDP growth of 1.1% in 2024 did little to help.",
		"UK central government debt reached 97% of GDP in 2024. By comparison, US central government debt was 115.8% of GDP in 2024. GDP growth of 1.1% in 2024 did little to help.",
		"UK central government debt reached 97% of GDP in 2024. In comparison, US central government debt was 115.8% of GDP in 2024. GDP growth of 1.1% in 2024 did little to help.",
	}, want: []string{"government_debt GBR 97 actual 2024", "government_debt USA 115.8 actual 2024", "gdp_growth GBR 1.1 actual 2024"}},
	// An imperative opens it too, and names its yardsticks after it, each with a clause of its own
	// (a prime minister's speech, blind round 38).
	{name: "a sentence opened by 'Compare that with'", wordings: []string{
		"Australia's inflation was 2.9% in 2025. Compare that with Britain, where inflation was 3.4% in 2025. GDP per person fell 0.6% in 2024.",
		"Australia's inflation was 2.9% in 2025. \"Compare that with Britain, where inflation was 3.4% in 2025,\" he said. GDP per person fell 0.6% in 2024.",
		"Australia's inflation was 2.9% in 2025. Contrast this with Britain, where inflation was 3.4% in 2025. GDP per person fell 0.6% in 2024.",
		"Australia's inflation was 2.9% in 2025. Compare it to Britain, where inflation was 3.4% in 2025. GDP per person fell 0.6% in 2024.",
		"Australia's inflation was 2.9% in 2025. \u201cFor comparison, in Britain, inflation was 3.4% in 2025.\u201d GDP per person fell 0.6% in 2024.",
	}, want: []string{"inflation AUS 2.9 actual 2025", "inflation GBR 3.4 * 2025", "gdp_per_capita_growth AUS -0.6 actual 2024"}},
	{name: "yardsticks of an imperative comparison, each with a clause", wordings: []string{
		"CANBERRA - Inflation was 2.9% in 2025, the prime minister said. \"Compare that with New Zealand, where unemployment rose to 5.3% in 2025, or Britain, where inflation was 3.4% in 2025.\" He conceded that GDP per person had fallen 0.6% in 2024.",
		"Inflation in Australia was 2.9% in 2025. Compare this with New Zealand, where unemployment rose to 5.3% in 2025, and Britain, where inflation was 3.4% in 2025. GDP per person fell 0.6% in 2024.",
	}, want: []string{"inflation AUS 2.9 actual 2025", "unemployment_rate NZL 5.3 * 2025", "inflation GBR 3.4 * 2025", "gdp_per_capita_growth AUS -0.6 actual 2024"}},
	// A place set off by commas before "at" is an item of its own (a column on North Africa,
	// blind round 42), not an afterthought of the clause before it.
	{name: "a place set off before 'at N%'", wordings: []string{
		"Morocco's unemployment rate was 13.3% in 2024. Compare that with Saudi Arabia, where unemployment fell to 3.5% in 2024, or with Tunisia, at 15.1% in 2023.",
		"Morocco's unemployment rate was 13.3% in 2024. In Saudi Arabia unemployment fell to 3.5% in 2024, against Tunisia, at 15.1% in 2023.",
	}, want: []string{"unemployment_rate MAR 13.3 actual 2024", "unemployment_rate SAU 3.5 * 2024", "unemployment_rate TUN 15.1 * 2023"}},
	// A colon after "than" and its noun phrase tells of the other term at length (an employers'
	// federation on Poland, blind round 40).
	{name: "the yardstick after 'than ...:'", wordings: []string{
		"Poland's economy, which grew 3.6% in 2025, is doing better than its western neighbour: Germany's output shrank by 0.5% in 2024. But consumer prices rose 3.8% in 2025.",
		"Poland's economy grew 3.6% in 2025, far faster than its neighbour: German GDP shrank 0.5% in 2024. Consumer prices rose 3.8% in 2025.",
		"Poland's economy grew 3.6% in 2025 and is in better shape than the region's biggest economy: in Germany, GDP shrank 0.5% in 2024. Consumer prices rose 3.8% in 2025.",
	}, want: []string{"gdp_growth POL 3.6 actual 2025", "gdp_growth DEU -0.5 actual 2024", "inflation POL 3.8 actual 2025"}},
	{name: "a list of the yardstick's figures after 'than ...:'", wordings: []string{
		"Poland's economy, which grew 3.6% in 2025, is doing better than its western neighbour: Germany's output shrank by 0.9% in 2023 and by a further 0.5% in 2024. But consumer prices rose 3.8% in 2025.",
	}, want: []string{"gdp_growth POL 3.6 actual 2025", "gdp_growth DEU -0.9 actual 2023", "gdp_growth DEU -0.5 actual 2024", "inflation POL 3.8 actual 2025"}},
	// An aside after the first words marks a yardstick too, and a country named only as one is
	// never the text's (an Indian central banker, blind round 44).
	{name: "a sentence marked as a comparison by an aside", wordings: []string{
		"MUMBAI - India's economy grew 7.6% in 2025. China, by comparison, grew 5.0% in 2025. Inflation averaged 2.4% in 2025.",
		"MUMBAI - India's economy grew 7.6% in 2025. In China, by comparison, growth was 5.0% in 2025. Inflation averaged 2.4% in 2025.",
		"MUMBAI - India's economy grew 7.6% in 2025, faster than any other large economy; China, by comparison, grew 5.0% in 2025. Inflation averaged 2.4% in 2025.",
	}, want: []string{"gdp_growth IND 7.6 actual 2025", "gdp_growth CHN 5 actual 2025", "inflation IND 2.4 actual 2025"}},
	{name: "a country named only as a yardstick is never the text's", wordings: []string{
		"\"Our economy grew 7.6 per cent in 2025, faster than any other large economy; China, by comparison, grew 5.0 per cent. Headline inflation averaged 2.4 per cent last year,\" the Reserve Bank of India's governor said.",
	}, want: []string{"gdp_growth IND 7.6 actual 2025", "gdp_growth CHN 5 actual 2025", "inflation IND 2.4 actual 2025"}},
	// controls
	{name: "control: a colon with no comparison before it", wordings: []string{
		"Poland's economy grew 3.6% in 2025. The picture further west is bleaker: Germany's output shrank by 0.5% in 2024. Consumer prices rose 2.2% in 2025.",
	}, want: []string{"gdp_growth POL 3.6 actual 2025", "gdp_growth DEU -0.5 actual 2024", "inflation DEU 2.2 actual 2025"}},
	{name: "control: a pronoun after a sentence opened as a comparison", wordings: []string{
		"Britain's economy grew 1.1% in 2024. By comparison, Spain's economy grew 3.2% in 2024. Its unemployment rate fell to 11.4% in 2024.",
	}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth ESP 3.2 actual 2024", "unemployment_rate ESP 11.4 actual 2024"}},
	{name: "control: a country the text turns to", wordings: []string{
		"UK central government debt reached 97% of GDP in 2024. In the US, central government debt was 115.8% of GDP in 2024. GDP growth of 2.8% in 2024 helped.",
	}, want: []string{"government_debt GBR 97 actual 2024", "government_debt USA 115.8 actual 2024", "gdp_growth USA 2.8 actual 2024"}},
}

func TestComparedFocus(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), comparedFocusFamilies)
}
