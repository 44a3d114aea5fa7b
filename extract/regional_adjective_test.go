package extract

import (
	"testing"
	"time"
)

// A measure that the adjective of a place of no country modifies is that place's
// (regionalAdjectiveOfMeasure; blind round 26: "Scottish GDP per head grew 0.4 per cent" in a
// Scotsman story was judged as the United Kingdom's). The wordings are after Scottish, Welsh,
// German and Spanish regional papers; the controls keep a country's adjective and words of
// the same shape that name no place.
var regionalAdjectiveFamilies = []family{
	{name: "a region's adjective before the measure", wordings: []string{
		"UK GDP grew 1.1% in 2024. Scottish GDP per head grew 0.4 per cent in 2024.",
		"UK GDP grew 1.1% in 2024. Scottish unemployment averaged 3.9 per cent in 2024.",
		"UK GDP grew 1.1% in 2024. Welsh unemployment averaged 4.1 per cent in 2024.",
		"Germany's economy shrank 0.2% in 2024. Bavarian unemployment averaged 3.7% in 2024.",
	}, want: []string{"gdp_growth * * actual 2024"}},
	// controls
	{name: "control: a country's adjective", wordings: []string{
		"British unemployment averaged 4.3% in 2024.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024"}},
	{name: "control: words of that shape that name no place", wordings: []string{
		"UK GDP grew 1.1% in 2024. Annual GDP growth was 1.1% in 2024.",
	}, want: []string{"gdp_growth GBR 1.1 actual 2024", "* GBR * actual 2024"}},
}

func TestRegionalAdjective(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), regionalAdjectiveFamilies)
}
