package extract

import (
	"testing"
	"time"
)

var carriedDate = time.Date(2026, 9, 20, 0, 0, 0, 0, time.UTC)

var aggregateMemberFamilies = []family{
	{name: "one member of a bloc, unnamed, is not the bloc", published: carriedDate, wordings: []string{
		"Which euro-area economy grew 12.3% in 2025?",
		"Which euro zone economy grew 12.3% in 2025, thanks to multinationals?",
		"Which EU country saw its economy grow 12.3% in 2025?",
		"One G7 member saw unemployment of 7.5% in 2025.",
		"An OECD economy grew 12.3% in 2025, the fastest in the group.",
		"The euro zone's fastest-growing member expanded 12.3% in 2025.",
		"What eurozone economy expanded by 12.3 per cent in 2025?",
		"Quiz: which euro area member state grew 12.3% last year?",
		"One euro-area economy grew 12.3% in 2025.",
		"The euro zone's biggest economy shrank 0.2% in 2025.",
		"Q3. Which OECD country had unemployment of 11.4% in 2025? A: Spain.",
	}},
	{name: "a member named beside the bloc's adjective is the member", published: carriedDate, wordings: []string{
		"Ireland, a euro-area economy, grew 12.3% in 2025.",
		"Ireland, the fastest-growing euro-area economy, grew 12.3% in 2025.",
		"The fastest-growing euro zone economy was Ireland, which grew 12.3% in 2025.",
		"Ireland's economy, the euro zone's fastest-growing, expanded 12.3% in 2025.",
	}, want: []string{"gdp_growth IRL 12.3 actual 2025"}},
	{name: "the bloc's own economy is the bloc", published: carriedDate, wordings: []string{
		"The euro-area economy grew 0.9% in 2025.",
		"The euro zone economy expanded by 0.9% in 2025.",
		"Growth in the euro area was 0.9% in 2025.",
		"The eurozone grew 0.9 per cent in 2025.",
		"The euro zone's economy grew 0.9% in 2025.",
		"Eurostat said the euro-area economy grew 0.9% in 2025.",
	}, want: []string{"gdp_growth EMU 0.9 actual 2025"}},
}

func TestS28AggregateMemberFamilies(t *testing.T) {
	runFamilies(t, carriedDate, aggregateMemberFamilies)
}

var coordinatedYardstickFamilies = []family{
	{name: "every country of a coordinated yardstick is a yardstick", published: carriedDate, wordings: []string{
		"Britain's economy grew 1.4% in 2025, faster than Germany or France. Unemployment was 4.0% in 2023.",
		"The UK economy expanded 1.4 per cent in 2025, outpacing growth in Italy. That was faster than in Germany and France. Unemployment was 4.0 per cent in 2023.",
		"UK GDP rose 1.4% in 2025, more than Germany, Italy or France managed. Unemployment was 4.0% in 2023.",
		"Britain grew 1.4% in 2025. Unlike Germany and France, it avoided a recession. Unemployment was 4.0% in 2023.",
		"HOST: Is Britain getting poorer?\nMINISTER: No. The economy grew 1.4% in 2025, faster than Germany or France.\nSHADOW CHANCELLOR: Unemployment was 4.0% in 2023.",
		"Britain's economy grew 1.4% in 2025, compared with Germany and France, which stagnated. Unemployment was 4.0% in 2023.",
		"Britain's economy grew 1.4% in 2025, better than either Germany or France. Unemployment was 4.0% in 2023.",
	}, want: []string{"gdp_growth GBR 1.4 actual 2025", "unemployment_rate GBR 4.0 actual 2023"}},
	{name: "a yardstick list is not carried past a sentence with no figure", published: carriedDate, wordings: []string{
		"HOST: Is Britain getting poorer?\nMINISTER: No. The economy grew 1.4% in 2025, faster than Germany or France.\nSHADOW CHANCELLOR: Rubbish. The economy grew 2.4% in 2024.",
		"Britain's economy grew 1.4% in 2025, faster than in Germany and in France. Ministers were delighted. The economy had grown 2.4% in 2024.",
		"UK output rose 1.4% in 2025 - better than either Germany or France. That is not the whole story. The economy grew 2.4% in 2024.",
		"Britain grew 1.4% in 2025, faster than Germany, Italy or France. Critics disagree. The economy grew 2.4% in 2024.",
	}, want: []string{"gdp_growth GBR 1.4 actual 2025", "gdp_growth GBR 2.4 actual 2024"}},
	{name: "a country after the comma that closes an unlike-phrase is the subject", published: carriedDate, wordings: []string{
		"Unlike Germany, France avoided a recession in 2025. Unemployment was 7.5% in 2025.",
		"Unlike Germany and Italy, France avoided a recession in 2025. Unemployment was 7.5% in 2025.",
		"Unlike in Germany, in France the economy avoided a recession in 2025. Unemployment was 7.5% in 2025.",
	}, want: []string{"unemployment_rate FRA 7.5 actual 2025"}},
}

func TestS28CoordinatedYardstickFamilies(t *testing.T) {
	runFamilies(t, carriedDate, coordinatedYardstickFamilies)
}
