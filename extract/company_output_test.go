package extract

import (
	"testing"
	"time"
)

// TestOnlyAFirmWithEvidenceTakesOutputFromItsCountry: output a speaker after a country's
// possessive reports is the firm's with evidence of a firm (a word of a firm or a part of one,
// "unit", "mine"; a legal suffix; a name of knownFirms; a commodity in the name), and the
// country's with evidence of its bodies or people (a title, an office, a given name). A bare
// name the lexicon does not know is either ("Turkey's Simsek", "Mexico's Inegi", "Zambia's
// Konkola") and makes no claim: read as the country's, a firm's output is a false alarm. A firm
// reporting its global output ("Japan's Toyota said global output fell 3.7%") was read as the
// world's, and "Ghana's Gold Fields unit said" as Ghana's.
func TestOnlyAFirmWithEvidenceTakesOutputFromItsCountry(t *testing.T) {
	published := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, familyDate, []family{
		{name: "a firm with evidence reports its own output", published: published, wordings: []string{
			"Japan's Toyota said global output fell 3.7% in 2024.",
			"Japan's Toyota said global output fell 3.7% in 2024, its first drop in four years.",
			"Germany's Volkswagen said worldwide output fell 3% in 2024.",
			"Ghana's Gold Fields unit said output rose 6% in 2024.",
			"Indonesia's Freeport unit said output rose 8% in 2024.",
			"Peru's Antamina mine said output rose 5% in 2024.",
			"India's Tata Steel said output rose 5% in 2024.",
			"South Korea's Hyundai Motor said its output fell 1.8% in 2024.",
			"Chile's SQM said lithium sales volumes rose 20% in 2024, while its output rose 15%.",
			"Chile's Codelco said output fell 2% in 2024.",
			"Norway's Equinor said its output rose 3 per cent in 2024.",
		}, want: []string{"!gdp_growth"}},
		{name: "a minister named with the title reports the country's output", published: published, wordings: []string{
			"Turkey's finance minister Mehmet Simsek said output grew 3.2% in 2024.",
			"Turkey's Finance Minister Simsek said output grew 3.2% in 2024.",
		}, want: []string{"gdp_growth TUR 3.2 actual 2024"}},
		{name: "a president named with the title reports the country's output", published: published, wordings: []string{
			"Chile's President Gabriel Boric said output grew 2.6% in 2024.",
			"Chile's president, Gabriel Boric, said output grew 2.6% in 2024.",
		}, want: []string{"gdp_growth CHL 2.6 actual 2024"}},
		{name: "a bare name the lexicon does not know could be a firm's and makes no claim", published: published, wordings: []string{
			"Turkey's Simsek said output grew 3.2% in 2024.",
			"Germany's Scholz said output shrank 0.3% in 2024.",
			"Mexico's Inegi said output grew 1.2% in 2024.",
			"Argentina's Indec said output fell 1.7% in 2024.",
			"Zambia's Konkola said output fell 5% in 2024.",
			"Mongolia's Erdenet said output rose 3% in 2024.",
			"Sweden's Boliden said output dipped 2% in 2024.",
			"Chile's Boric said output grew 2.6% in 2024.",
			"Namibia's Namdeb said output slumped 20% in 2024.",
		}, want: []string{"!gdp_growth"}},
		{name: "a statistics agency by its acronym reports the country's output", published: published, wordings: []string{
			"Colombia's statistics agency DANE said output grew 1.7% in 2024.",
		}, want: []string{"gdp_growth COL 1.7 actual 2024"}},
	})
}
