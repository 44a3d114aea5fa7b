package extract

import (
	"testing"
	"time"
)

// TestOnlyAFirmWithEvidenceTakesOutputFromItsCountry: output a speaker after a country's
// possessive reports is the firm's only with positive evidence of a firm: a word of a firm or a
// part of one ("unit", "mine"), a legal suffix, a name of knownFirms, or a commodity in the name.
// A surname, a person or an agency the lexicon does not know ("Turkey's Simsek", "Mexico's
// Inegi") keeps the country's output, which the rule of any unknown name had dropped; a firm
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
		{name: "a person after a country's possessive reports the country's output", published: published, wordings: []string{
			"Turkey's Simsek said output grew 3.2% in 2024.",
			"Turkey's finance minister Mehmet Simsek said output grew 3.2% in 2024.",
		}, want: []string{"gdp_growth TUR 3.2 actual 2024"}},
		{name: "a leader after a country's possessive reports the country's output", published: published, wordings: []string{
			"Germany's Scholz said output shrank 0.3% in 2024.",
		}, want: []string{"gdp_growth DEU -0.3 actual 2024"}},
		{name: "an agency after a country's possessive reports the country's output", published: published, wordings: []string{
			"Mexico's Inegi said output grew 1.2% in 2024.",
		}, want: []string{"gdp_growth MEX 1.2 actual 2024"}},
		{name: "an agency or a leader of Argentina reports Argentina's output", published: published, wordings: []string{
			"Argentina's Indec said output fell 1.7% in 2024.",
			"Argentina's Milei said output fell 1.7% in 2024.",
		}, want: []string{"gdp_growth ARG -1.7 actual 2024"}},
		{name: "a statistics agency by its acronym reports the country's output", published: published, wordings: []string{
			"Colombia's statistics agency DANE said output grew 1.7% in 2024.",
		}, want: []string{"gdp_growth COL 1.7 actual 2024"}},
		{name: "a president after a country's possessive reports the country's output", published: published, wordings: []string{
			"Chile's Boric said output grew 2.6% in 2024.",
		}, want: []string{"gdp_growth CHL 2.6 actual 2024"}},
	})
}
