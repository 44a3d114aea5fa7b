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
	// controls
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
