package extract

import (
	"testing"
	"time"
)

// s27EntityFamilies are places named as what the figure's subject is compared with: the set a
// superlative ranks it in ("Ireland fared worst in the euro area, with unemployment rising
// ... to 14.7% in 2012"), the countries a later clause ranks above or below it ("only Spain,
// Finland and Greece had higher rates"), and the other term of "unlike" or "than". Read as the
// figure's place, Ireland's 14.7% was judged against the euro area's 11.4%, and Sweden's 8.4%
// against Greece's 10%. Near misses where the group or the country is the figure's own place
// keep it.
var s27EntityFamilies = []family{
	{name: "a group a superlative ranks the subject in is not the place of the subject's figure", published: time.Date(2018, 9, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Ireland fared worst in the euro area, with unemployment hitting 14.7% in 2012.",
		"Ireland had the highest unemployment in the euro area at 14.7% in 2012.",
		"Ireland fared worst in the eurozone, with a jobless rate of 14.7 per cent in 2012.",
		"Ireland was hit hardest in the euro zone, with unemployment reaching 14.7 pct in 2012.",
		"Ireland suffered the worst jobs crisis of the euro area, with unemployment at 14.7% in 2012.",
	}, want: []string{"unemployment_rate IRL 14.7 actual 2012"}},
	{name: "a movement after a superlative in a group is the subject's, both ends", published: time.Date(2018, 9, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Ireland fared worst in the euro area, with unemployment rising from 4.7% in 2007 to 14.7% in 2012.",
		"Ireland fared worst in the euro area, with its unemployment rate climbing from 4.7% in 2007 to 14.7% in 2012.",
		"Ireland suffered most in the euro zone, with unemployment rising from 4.7 per cent in 2007 to 14.7 per cent in 2012.",
	}, want: []string{"unemployment_rate IRL 14.7 actual 2012", "unemployment_rate IRL 4.7 previous 2007"}},
	{name: "a country that ranks first in a bloc owns the figure given with it", published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Greece had the highest unemployment in the EU at 27.5% in 2013.",
		"Greece fared worst in the European Union, with a jobless rate of 27.5 per cent in 2013.",
		"Greece had the worst unemployment in the EU at 27.5 per cent in 2013.",
	}, want: []string{"unemployment_rate GRC 27.5 actual 2013"}},
	{name: "the fastest growth in a bloc is the subject's growth", published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Ireland posted the strongest growth in the eurozone in 2022, with GDP up 9.4%.",
		"Ireland grew fastest in the euro area in 2022, with output up 9.4%.",
		"Ireland grew the fastest in the euro zone in 2022, expanding 9.4 per cent.",
	}, want: []string{"gdp_growth IRL 9.4 actual 2022"}},
	{name: "the highest inflation in a bloc is the subject's inflation", published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Turkey recorded the fastest inflation in the OECD in 2023, with prices up 53.9%.",
		"Inflation in Turkey, higher than anywhere else in the OECD, reached 53.9% in 2023.",
	}, want: []string{"inflation TUR 53.9 actual 2023"}},
	{name: "the countries a later clause ranks above the subject are not the figure's place", published: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Sweden's jobless rate is high. Unemployment was 8.4% in 2024, among the highest in the EU; only Spain, Finland and Greece had higher rates.",
		"Swedish joblessness keeps rising. The rate was 8.4 per cent in 2024, and only Spain and Greece fared worse.",
		"Sweden's economy is struggling. Its unemployment rate was 8.4% in 2024, and only Spain, Greece and Finland had a higher rate.",
		"Sweden's economy is struggling. Unemployment was 8.4% in 2024; only Spain and Greece had a higher rate.",
		"Sweden's economy is struggling. Unemployment was 8.4% in 2024; Spain and Greece had lower rates.",
	}, want: []string{"unemployment_rate SWE 8.4 actual 2024"}},
	{name: "the countries that grew faster are not the place of the subject's growth", published: time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Italy's economy is recovering. Growth was 0.7% in 2023; only Spain and Portugal grew faster among the big euro economies.",
		"Italy's economy is recovering. GDP rose 0.7 per cent in 2023, and only Spain and Portugal did better among the big four.",
	}, want: []string{"gdp_growth ITA 0.7 actual 2023"}},
	{name: "the other term of unlike or than is not the place of the figure", published: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Sweden's economy is struggling. Unlike Germany, it saw unemployment of 8.4% in 2024.",
		"Sweden's economy is struggling. Higher than in Germany, unemployment was 8.4% in 2024.",
		"Sweden's economy is struggling. Unemployment, higher than in Germany, was 8.4% in 2024.",
		"Sweden's economy is struggling. Unemployment, higher than Germany's, was 8.4% in 2024.",
		"Sweden's economy is struggling. Unlike in Germany, unemployment rose to 8.4% in 2024.",
		"Sweden's jobless rate is higher than in Germany. Unemployment was 8.4% in 2024.",
	}, want: []string{"unemployment_rate SWE 8.4 actual 2024"}},
	// near misses: the group, or the country after the superlative, is the figure's own place
	{name: "a group named as the place of its measure keeps its figure", published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unemployment in the euro area fell to 6.4% in 2024.",
		"Euro area unemployment fell to 6.4 per cent in 2024.",
		"In the euro area, unemployment fell to 6.4% in 2024.",
		"The euro zone's jobless rate fell to 6.4% in 2024, its lowest on record.",
		"Unemployment in the euro area fell to 6.4% in 2024, the lowest in the bloc's history.",
		"Germany had the lowest unemployment in the euro area. The bloc's rate was 6.4% in 2024.",
	}, want: []string{"unemployment_rate EMU 6.4 actual 2024"}},
	{name: "a group's own growth keeps its place", published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"EU growth was 0.4% in 2023.",
		"The EU economy grew 0.4 per cent in 2023.",
		"Across the EU, GDP grew 0.4% in 2023.",
	}, want: []string{"gdp_growth EUU 0.4 actual 2023"}},
	{name: "a group's superlative of time still names its own figure", published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The highest inflation in the euro area was 10.6% in October 2022.",
		"Euro area inflation reached 10.6% in October 2022, the highest since the euro was created.",
		"Inflation in the euro zone rose to 10.6% in October 2022, the highest in the bloc's history.",
	}, want: []string{"inflation EMU 10.6 actual 2022-10"}},
	{name: "a country's figure beside a superlative in its group stays its own", published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Spain's jobless rate, the worst in the euro zone, hit 26.1% in 2013.",
		"Spain's unemployment rate was 26.1% in 2013, the highest in the euro area.",
		"Spain's unemployment rate was 26.1 per cent in 2013, higher than in any other euro zone country.",
	}, want: []string{"unemployment_rate ESP 26.1 actual 2013"}},
	{name: "a later clause with its own figure keeps its own country", published: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Sweden's unemployment rate was 8.4% in 2024, and Greece's rate was 10.1%.",
		"Sweden's unemployment rate was 8.4% in 2024, while Greece's rate was 10.1%.",
	}, want: []string{"unemployment_rate SWE 8.4 actual 2024", "unemployment_rate GRC 10.1 actual 2024"}},
	{name: "a comparison set against figures on both sides keeps each country's", published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"France's economy grew faster than Germany's in 2023, at 1.1% against -0.3%.",
	}, want: []string{"gdp_growth FRA 1.1 actual 2023", "gdp_growth DEU -0.3 actual 2023"}},
}

// s27PerCapitaFamilies are figures of output whose clause a fronted phrase puts per head: "In
// per capita terms, GDP fell 0.3%" is per-capita growth, not GDP growth; read as the latter,
// Israel's per-head fall was judged against its GDP growth of 0.95%.
var s27PerCapitaFamilies = []family{
	{name: "a fronted per-head phrase scopes the clause's output", published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Israel's economy grew just 1% in 2024. In per capita terms, GDP fell 0.3%.",
		"Israel's economy grew 1% in 2024. On a per capita basis, the economy contracted by 0.3%.",
		"Israel's economy grew 1% in 2024, but in per-capita terms it fell 0.3%.",
		"Israel's economy grew 1% in 2024. Per head, output declined 0.3 per cent.",
		"Israel's economy grew 1% in 2024. Measured per person, GDP fell 0.3%.",
		"Israel's economy grew 1 pct in 2024. Per capita, GDP shrank 0.3 pct.",
	}, want: []string{"gdp_growth ISR 1 actual 2024", "gdp_per_capita_growth ISR -0.3 actual 2024"}},
	{name: "growth put per head has no indicator of its own: no claim", published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Israel's population grows fast. In per capita terms, growth was -0.3% in 2024.",
		"Israel's population grows fast. Per head, growth was minus 0.3% in 2024.",
	}},
	// near misses: per head named in the phrase, or a fronted phrase of something else
	{name: "per head named with the measure is per-capita growth already", published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Israel's GDP per capita fell 0.3% in 2024.",
		"Israel's GDP per person fell 0.3% in 2024.",
		"In Israel, GDP per head fell 0.3 per cent in 2024.",
	}, want: []string{"gdp_per_capita_growth ISR -0.3 actual 2024"}},
	{name: "a fronted phrase of another scope, or per head in another sentence, leaves growth whole", published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In real terms, Israel's GDP grew 1% in 2024.",
		"In per capita terms, Israel is rich. Its GDP grew 1% in 2024.",
		"Israel is rich per head. Its GDP grew 1 per cent in 2024.",
	}, want: []string{"gdp_growth ISR 1 actual 2024"}},
	{name: "a per-head phrase leaves a clause of its own and a measure of no head alone", published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Israel's GDP grew 1% in 2024. In per capita terms, GDP fell 0.3%; inflation was 3.2%.",
	}, want: []string{"gdp_growth ISR 1 actual 2024", "gdp_per_capita_growth ISR -0.3 actual 2024", "inflation ISR 3.2 actual 2024"}},
}

func TestS27EntityFamilies(t *testing.T) {
	runFamilies(t, familyDate, s27EntityFamilies)
}

func TestS27PerCapitaFamilies(t *testing.T) {
	runFamilies(t, familyDate, s27PerCapitaFamilies)
}
