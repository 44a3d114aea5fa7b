package extract

import (
	"testing"
	"time"
)

var regionalPressDate = time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)

// Three shapes of the regional English-language press that gave false alarms (attack round
// 19), each with paraphrases from papers of several countries and controls: the level of a
// thing no indicator covers, a bracketed earlier year's figure, and a division written in
// lower case.
var regionalPressFamilies = []family{
	{name: "the level of a subject no indicator covers is not the measure before", wordings: []string{
		"Bangladesh's economy grew 4.2% in 2024. Female labour force participation remains low at around 40 percent.",
		"Inflation in Bangladesh was 10.5% in 2024. Female labour force participation remains low at around 40 percent.",
		"Kenya's economy grew 4.7% in 2024. Tax collection stayed weak at 14 percent.",
	}, want: []string{"* * * actual 2024"}},
	{name: "control: the measure's own level after an adjective", wordings: []string{
		"Inflation in Kenya rose to 6% in 2024. Kenyan inflation remains high at 6%.",
		"Inflation in Kenya rose to 6% in 2024. The rate remains high at 6%.",
		"Inflation in Kenya rose to 6% in 2024. It remains high at 6%.",
	}, want: []string{"inflation KEN 6 actual 2024", "inflation KEN 6 * 2024"}},
	{name: "a bracketed earlier year's figure labels only its own", wordings: []string{
		"In 2025 Ghana's GDP grew 4.0 per cent (2024: 5.7 per cent).",
		"Ghana's GDP grew 4.0 per cent in 2025 (2024: 5.7 per cent).",
	}, want: []string{"gdp_growth GHA 4 actual 2025"}},
	{name: "a bracketed earlier year's figure that is read is of its year", wordings: []string{
		"Ghana's inflation fell to 23.5% in 2025 (2024: 22.9%).",
	}, want: []string{"inflation GHA 23.5 actual 2025", "inflation GHA 22.9 * 2024"}},
	{name: "a division in lower case after its name", wordings: []string{
		"Thailand's economy grew 2.5% in 2024. Chiang Mai province's economy grew 3.1%.",
		"Nigeria's economy grew 2.5% in 2024. Lagos state's economy grew 3.1%.",
		"Pakistan's economy grew 2.5% in 2024. Punjab province's economy grew 3.1%.",
	}, want: []string{"gdp_growth * 2.5 actual 2024"}},
	{name: "control: a country named as a state with its article", wordings: []string{
		"Estonia has struggled since the energy shock. The Baltic state's economy shrank 3% in 2023, official data show.",
	}, want: []string{"gdp_growth EST -3 actual 2023"}},
	{name: "a state of a country with its article", wordings: []string{
		"India's economy grew 6.5% in 2024. The Kerala state's unemployment rate was 7.2% in 2024.",
	}, want: []string{"gdp_growth IND 6.5 actual 2024"}},
	{name: "control: the benchmark, a bare noun that points back", published: time.Date(2023, 8, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England raised Bank Rate to 5.25% on Thursday. The benchmark remains high at 5.25%.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023-08-03", "policy_rate GBR 5.25 * 2023-08-03"}},
}

func TestRegionalPress(t *testing.T) { runFamilies(t, regionalPressDate, regionalPressFamilies) }
