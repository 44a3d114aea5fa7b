package extract

import (
	"testing"
	"time"
)

var labels14Date = time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC)

// languageLabelFamilies: a demonym that names the language a text was written, published or
// translated in names no country (language_names.go). "(Translated from Spanish)" over an
// Argentine story made its growth Spain's, and it was judged against Spain's.
var languageLabelFamilies = []family{
	{name: "the language a text comes from names no country", wordings: []string{
		"(Translated from Spanish) The economy grew 4.4% in 2025, after falling 1.3% in 2024.",
		"[Translated from German by Anna Weber] The economy grew 0.2% in 2024.",
		"This article was machine-translated from Japanese. Unemployment was 2.5% in 2024.",
		"Translated from the Portuguese by the editors. The economy grew 3.4% in 2024.",
		"Originally published in French. Inflation averaged 2.3% in 2024.",
		"This story first appeared in Chinese; consumer prices rose 0.2% in 2024, the statistics office said.",
		"What follows is a translation from the Turkish. Inflation was 58.5% in 2024.",
		"Written entirely in Italian and translated for our readers, the note said growth was 0.7% in 2024.",
		"TRANSLATED FROM KOREAN\nThe economy grew 2.0% in 2024, the central bank said.",
	}},
	{name: "a language that modifies language or speaking names no country", wordings: []string{
		"Reports in Spanish-language media said the economy grew 4.4% in 2025.",
		"A Portuguese-language daily reported that inflation was 4.8% in 2024.",
		"German-speaking economists said unemployment was 5.2% in 2024.",
		"Analysts at a French language business weekly put growth at 1.0% in 2024.",
	}},
	{name: "with the language label set aside, the country named before is the text's", wordings: []string{
		"Argentina's economy is recovering, INDEC said. (Translated from Spanish) The economy grew 4.4% in 2025.",
		"Argentina's statistics agency published its accounts on Tuesday.\n\nTranslated from the Spanish: the economy grew 4.4% in 2025.",
		"Argentina released data on Tuesday. The report, originally published in Spanish, said the economy grew 4.4% in 2025.",
		"Argentina: in Spanish-language media, officials said the economy grew 4.4% in 2025.",
	}, want: []string{"gdp_growth ARG 4.4 actual 2025"}},
	{name: "with the language label set aside, a text named only by its central bank is its country's", wordings: []string{
		"(Translated from Swedish) The Riksbank held its policy rate on Tuesday.\nUnemployment was high, among the highest in the EU.\nThe central bank noted weak demand.\nPrices rose just 0.7% in 2025.",
		"[Translated from Swedish] Riksbank governor speaks.\nSweden's jobless rate is among the highest in the EU, the governor said.\nThe Riksbank cut rates twice.\nConsumer prices rose 0.7% in 2025.",
	}, want: []string{"inflation SWE 0.7 actual 2025"}},
	{name: "with the language label set aside, a text named only by its statistics office is its country's", wordings: []string{
		"(Translated from Spanish) INDEC: poverty fell.\nThe government welcomed the data.\nOfficials spoke of a recovery.\nThe economy grew 4.4% in 2025.",
		"Translated from the Spanish. INDEC published its national accounts on Tuesday.\nThe minister spoke of a recovery.\nThe economy grew 4.4% in 2025, it said.",
	}, want: []string{"gdp_growth ARG 4.4 actual 2025"}},
	// blind round 27: a variety of a language, after the demonym of the place that speaks it
	{name: "a language after a demonym names no country; the demonym names its place", wordings: []string{
		"Translated from La Nacion (Argentine Spanish). The peso and the cepo\n\nThe economy grew 4.4% in 2025.",
		"From a Buenos Aires daily (Argentine Spanish): the economy grew 4.4% in 2025.",
	}, want: []string{"gdp_growth ARG 4.4 actual 2025"}},
	{name: "a variety of German", wordings: []string{
		"Translated from Die Presse (Austrian German). The economy shrank 0.7% in 2024.",
	}, want: []string{"gdp_growth AUT -0.7 actual 2024"}},
	{name: "two demonyms before a noun are places still", wordings: []string{
		"Austrian German exports grew, and Austrian inflation was 2.9% in 2024.",
	}, want: []string{"inflation AUT 2.9 actual 2024"}},
	{name: "a language label beside the country named names it still", wordings: []string{
		"Translated from Japanese. Japan's economy grew 0.1% in 2024.",
		"Originally published in Japanese, the report said Japan's economy grew 0.1% in 2024.",
	}, want: []string{"gdp_growth JPN 0.1 actual 2024"}},
	{name: "a demonym before a noun, or a country's name after in, is still the country", wordings: []string{
		"Spanish inflation was 2.8% in 2024.",
		"Data from the Spanish statistics office showed inflation was 2.8% in 2024.",
		"Translated from Spanish daily El Pais: inflation was 2.8% in 2024.",
		"The report, published in Spain, said inflation was 2.8% in 2024.",
		"Written in Spain for Spanish readers, the note said inflation was 2.8% in 2024.",
	}, want: []string{"inflation ESP 2.8 actual 2024"}},
}

func TestLanguageLabelFamilies(t *testing.T) {
	runFamilies(t, labels14Date, languageLabelFamilies)
}

// shareAppositionFamilies: an apposition that says what share of GDP its noun is ("Consumer
// spending, about 68% of GDP, rose at a 3.7% pace") leaves the noun the subject of the verb
// after it (share_apposition.go). Read otherwise, the verb had no subject, and a figure of pace
// took the GDP growth the text was about: consumer spending's 3.7% was judged as US growth.
var shareAppositionFamilies = []family{
	{name: "a part of GDP set off by commas is what grows, not GDP", wordings: []string{
		"US real GDP grew 2.8% in 2024. Consumer spending, about 68% of GDP, rose at a 3.7% pace.",
		"America's economy expanded 2.8 per cent in 2024. Household spending, some 68 per cent of GDP, grew at a 3.7 per cent rate.",
		"US GDP rose 2.8% in 2024. Exports, roughly 11% of the economy, fell at a 2% annual rate.",
		"US output rose 2.8% in 2024. Business investment, nearly 14% of GDP, expanded at a 5.1% pace, the Commerce Department said.",
		"The US economy grew 2.8 pct in 2024. Government spending, 17 pct of output, rose at a 3.1 pct rate.",
		"US real GDP grew 2.8% in 2024. Consumer spending, about two-thirds of the economy, rose at a 3.7% pace.",
		"US real GDP grew 2.8% in 2024. Imports, worth about 14% of GDP, rose at a 3% rate.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "a part of GDP set off by commas states no share of its own", wordings: []string{
		"US real GDP grew 2.8% in 2024. Exports, roughly 11% of the economy, fell 2% in 2024.",
		"US real GDP grew 2.8% in 2024. Exports, about 11% of GDP, fell at a 2% pace.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "an economy set off with its share of the world's output is still the economy", wordings: []string{
		"The US economy, about 26% of world output, grew at a 2.8% pace in 2024.",
		"The US economy, about a quarter of world output, grew at a 2.8% pace in 2024.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "GDP set off by a qualifier or a definition is still GDP", wordings: []string{
		"US GDP, adjusted for inflation, grew at a 2.8% pace in 2024.",
		"US GDP, the broadest measure of output, grew at a 2.8% pace in 2024.",
		"US GDP, adjusted for inflation, grew 2.8% in 2024.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "a share stated as a predicate is still a share", wordings: []string{
		"US exports were about 11% of GDP in 2024.",
	}, want: []string{"exports_gdp USA 11 actual 2024"}},
}

func TestShareAppositionFamilies(t *testing.T) {
	runFamilies(t, labels14Date, shareAppositionFamilies)
}
