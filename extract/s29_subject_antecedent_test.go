package extract

import (
	"testing"
	"time"
)

var subjectAntecedentDate = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

// A subject pronoun in a later clause refers to the measure its own sentence's earlier subject
// names, not to the one the sentence before was about (subjectAntecedent). The wordings are
// after the ways wires, columns and briefings give a record ("the highest since ..., when it
// ..."); each sentence before names another measure, which the pronoun once took.
var subjectAntecedentFamilies = []family{
	{name: "a record's year names the measure of the clause before", wordings: []string{
		"Unemployment in Turkey was 9.4% in 2023. Inflation in Turkey is the highest since 1998, when it hit 85%.",
		"Turkey's jobless rate was 9.4% in 2023. Turkish inflation has not been this high since 1998, when it averaged 85%.",
		"Unemployment in Turkey was 9.4% in 2023. Inflation in Turkey is now at its highest since 1998, when it reached 85 per cent.",
		"Unemployment in Turkey was 9.4% in 2023. Consumer prices in Turkey are rising at the fastest pace since 1998, when inflation hit 85%.",
		"Unemployment in Turkey was 9.4% in 2023.\n\nAnalysts said inflation in Turkey is the highest since 1998, when it ran at 85%.",
	}, want: []string{"unemployment_rate TUR 9.4 actual 2023", "inflation TUR 85 actual 1998"}},
	{name: "a clause after a comparison with a year names its subject's measure", wordings: []string{
		"Inflation in Spain was 3.4% in 2023. Unemployment in Spain is the lowest since 2008, when it stood at 11.3%.",
		"Spanish inflation was 3.4% in 2023. Spain's jobless rate is back where it was in 2008, when it stood at 11.3%.",
		"Inflation in Spain was 3.4% in 2023. The unemployment rate in Spain has fallen to its lowest level since 2008, when it was 11.3%.",
	}, want: []string{"inflation ESP 3.4 actual 2023", "unemployment_rate ESP 11.3 actual 2008"}},
	{name: "a clause of concession or cause keeps its sentence's subject", wordings: []string{
		"Inflation in Greece was 4.2% in 2023. Greece's public debt is falling, although it was still 161.9% of GDP in 2023.",
		"Inflation in Greece was 4.2% in 2023. Greek government debt is lower now, but it was still 161.9% of GDP in 2023.",
	}, want: []string{"inflation GRC 4.2 actual 2023", "government_debt GRC 161.9 actual 2023"}},
	{name: "a speaker's clause is passed over for the subject before it", wordings: []string{
		"Unemployment in Turkey was 9.4% in 2023. Inflation in Turkey soared in 1998, the central bank said, and it hit 85%.",
		"Unemployment in Turkey was 9.4% in 2023. Inflation in Turkey soared in 1998, economists recall, and it averaged 85% that year.",
	}, want: []string{"unemployment_rate TUR 9.4 actual 2023", "inflation TUR 85 actual 1998"}},
	{name: "a clause whose subject names no measure leaves the pronoun to the text", wordings: []string{
		"Inflation in Mexico was 4.7% in 2023. The election came and went, and it eased to 4.2% in 2024.",
		"Mexico's inflation rate was 4.7% in 2023. Then the peso recovered, and it eased to 4.2% in 2024.",
	}, want: []string{"inflation MEX 4.7 actual 2023", "inflation MEX 4.2 actual 2024"}},
}

func TestS29SubjectAntecedentFamilies(t *testing.T) {
	runFamilies(t, subjectAntecedentDate, subjectAntecedentFamilies)
}
