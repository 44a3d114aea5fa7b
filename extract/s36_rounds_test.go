package extract

import (
	"testing"
	"time"
)

// TestRepeatedPrepositionOpensAConjunct (blind round 48): "In 2024 the economy grew by 1.1%,
// and by 1.4% in 2025" repeats "by" before the second figure, so the second is the complement
// of a gapped conjunct ("[grew] by 1.4% in 2025") and its date is that conjunct's, not a date
// the two figures share as a list's items do ("averaged 3.1%, 2.0% and 1.5% last year"). Read
// as a list, a right 2024 figure was judged against 2025 and flagged.
func TestRepeatedPrepositionOpensAConjunct(t *testing.T) {
	published := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a fronted year, then a conjunct with its own", wordings: []string{
			"In 2024 the UK economy grew by 1.1%, and by 1.4% in 2025.",
			"In 2024, Britain's economy expanded by 1.1% and by 1.4% in 2025.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 1.4 actual 2025"}},
		{name: "a level reached, then another", wordings: []string{
			"In 2023, Spain's jobless rate fell to 12.1% and to 11.3% in 2024.",
		}, want: []string{"unemployment_rate ESP 12.1 actual 2023", "unemployment_rate ESP 11.3 actual 2024"}},
		{name: "no date for the first conjunct", wordings: []string{
			"Germany's economy shrank by 0.3%, and by 0.2% in 2024.",
		}, want: []string{"gdp_growth DEU -0.3 actual -", "gdp_growth DEU -0.2 actual 2024"}},
		// near-misses: items of one list share the date after the last; each conjunct with
		// its own date keeps it
		{name: "a list's date", wordings: []string{
			"Growth in Italy averaged 3.1%, 2.0% and 1.5% last year.",
			"Italy's growth was 3.1%, 2.0% and 1.5% last year.",
		}, want: []string{"gdp_growth ITA 3.1 actual 2025", "gdp_growth ITA 2 actual 2025", "gdp_growth ITA 1.5 actual 2025"}},
		{name: "each conjunct dated", wordings: []string{
			"Inflation in France eased to 2.3% in 2024 and to 1.0% in 2025.",
		}, want: []string{"inflation FRA 2.3 actual 2024", "inflation FRA 1 actual 2025"}},
	})
}

// TestPlaceOfABlocNamedByNoName (blind round 48): "Area-wide output rose by 0.9% in 2024",
// "In the bloc, output rose", "Across the region, ...", "Output across the region rose" give
// the figure to the bloc or region named last, and with none named to no country: not to the
// country the text is about. Read as the headline's Germany, the euro area's right growth was
// judged against Germany's and flagged.
func TestPlaceOfABlocNamedByNoName(t *testing.T) {
	published := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the bloc named before", wordings: []string{
			"The euro-area recovery has been uneven. Germany's economy shrank 0.5% in 2024. Area-wide output rose by 0.9% in 2024.",
			"The euro area recovered. Germany's economy shrank 0.5% in 2024. Bloc-wide output rose by 0.9% in 2024.",
			"The euro area recovered. Germany's economy shrank 0.5% in 2024. In the bloc, output rose by 0.9% in 2024.",
			"The euro area recovered. Germany's economy shrank 0.5% in 2024. Across the bloc, output rose by 0.9% in 2024.",
			"The euro area recovered. Germany's economy shrank 0.5% in 2024. For the bloc as a whole, output rose by 0.9% in 2024.",
			"The euro area recovered. Germany's economy shrank 0.5% in 2024. Output across the zone rose by 0.9% in 2024.",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024", "gdp_growth EMU 0.9 actual 2024"}},
		{name: "no bloc named", wordings: []string{
			"Germany's economy shrank 0.5% in 2024. Area-wide output rose by 0.9% in 2024.",
			"Germany's economy shrank 0.5% in 2024. Region-wide growth was 0.9% in 2024.",
			"Germany's economy shrank 0.5% in 2024. In the region, output rose by 0.9% in 2024.",
			"Germany's economy shrank 0.5% in 2024. Output across the region rose by 0.9% in 2024.",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024"}},
		// near-misses: a country named after the bloc's phrase, a conjunct of its own, the
		// whole nation
		{name: "a member named after the phrase", wordings: []string{
			"The euro area recovered. In the bloc, Germany's output fell 0.5% in 2024.",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024"}},
		{name: "a member's conjunct", wordings: []string{
			"The euro area recovered. In the bloc, output rose by 0.9% in 2024, while in Germany it fell 0.5%.",
		}, want: []string{"gdp_growth EMU 0.9 actual 2024", "gdp_growth DEU -0.5 actual 2024"}},
		{name: "nationwide", wordings: []string{
			"Germany's economy shrank 0.5% in 2024. Nationwide, unemployment rose to 6.0% in 2024.",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024", "unemployment_rate DEU 6 actual 2024"}},
	})
}
