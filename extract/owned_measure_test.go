package extract

import (
	"testing"
	"time"
)

// A measure phrase owned by a company, an industry or a group is that owner's, not the
// country's the text is about (owned_measure.go; blind round 39: Toyota's and Volkswagen's
// output read as Japan's and Germany's GDP). The wordings are after business wires and
// company results; the controls keep possessors that stand for a country, its government, its
// central bank or a time, and a forecaster's estimate of the country's measure.
var ownedMeasureFamilies = []family{
	{name: "a company's or an industry's measure", wordings: []string{
		"Japan's economy grew 1.2% in 2025. The company's output fell 2.1% in 2025.",
		"Japan's economy grew 1.2% in 2025. Its largest carmaker's output fell 3.4% last year, Toyota said.",
		"Japan's economy grew 1.2% in 2025. The industry's output fell 2.1% in 2025.",
		"Japan's economy grew 1.2% in 2025. The farm sector's output fell 2.1% in 2025.",
		"Japan's economy grew 1.2% in 2025. Manufacturers' output fell 2.1% in 2025.",
		"Japan's economy grew 1.2% in 2025. The group's growth slowed to 2.1% in 2025.",
		"Japan's economy grew 1.2% in 2025. The conglomerate's debt rose to 45% of GDP in 2025.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2025"}},
	// controls
	{name: "control: a possessor that stands for the country", wordings: []string{
		"Japan's economy grew 1.2% in 2025. The country's output fell 2.1% in 2024.",
		"Japan's economy grew 1.2% in 2025. The nation's output fell 2.1% in 2024.",
		"Japan's economy grew 1.2% in 2025. The economy's output fell 2.1% in 2024.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2025", "gdp_growth JPN -2.1 actual 2024"}},
	{name: "control: a government's or a central bank's", wordings: []string{
		"Japan's economy grew 1.2% in 2025. The government's deficit was 2.1% of GDP in 2025.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2025", "fiscal_balance JPN -2.1 actual 2025"}},
	{name: "control: a time's", wordings: []string{
		"Japan's economy grew 1.2% in 2025. Last year's growth of 1.2% was weak.",
		"Japan's economy grew 1.2% in 2025. 2025's growth of 1.2% was weak.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2025", "gdp_growth JPN 1.2 actual 2025"}},
	{name: "control: a name that opens the sentence, or in lower case", wordings: []string{
		"Japan's economy grew 1.2% in 2025. Banxico's benchmark rate now stands at 7.25 percent.",
	}, want: []string{"gdp_growth JPN 1.2 actual 2025", "policy_rate MEX 7.25 * *"}},
}

func TestOwnedMeasureIsNoCountrys(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 15, 0, 0, 0, 0, time.UTC), ownedMeasureFamilies)
}

// A lower-case text's country is a name all the same ("jamaica's gdp", Reuters 1987).
func TestOwnedMeasureLowerCaseCountry(t *testing.T) {
	ex := testExtractor(t)
	text := "JAMAICA'S ECONOMY IMPROVES, SEAGA SAYS\n\nIn a speech to the parliament, the prime minister said jamaica's gdp grew by four pct in 1986."
	claims := ex.Claims(Article{Text: text, Published: time.Date(1987, 4, 24, 0, 0, 0, 0, time.UTC)}, Options{})
	checkFamily(t, text, claims, []string{"gdp_growth JAM 4 actual 1986"})
}
