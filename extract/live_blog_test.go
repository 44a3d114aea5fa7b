package extract

import (
	"testing"
	"time"
)

// TestLiveBlogLabelsAndAsides (blind round 45): in a live blog, a briefing or an item list, a
// line headed by a measure and a colon ("12:05 — Unemployment: she concedes it rose to
// 4.8%") makes what refers back in it that measure, and a sentence wholly in brackets ("(Germany
// grew 0.2%, France 1.8%, Italy 0.5%.)") is an aside whose country the text does not go on
// about: a UK budget blog's growth and unemployment were read as Germany's and flagged. A label
// that names no measure, and a bracketed sentence of the text's own country, change nothing.
func TestLiveBlogLabelsAndAsides(t *testing.T) {
	published := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a measure's label", wordings: []string{
			"Britain's economy grew 1.1% in 2024. 12:05 — Unemployment: she concedes it rose to 4.3% in 2024.",
			"Britain's economy grew 1.1% in 2024.\nUnemployment: it rose to 4.3% in 2024, she concedes.",
			"Britain's economy grew 1.1% in 2024. Jobless rate: it was 4.3% in 2024.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "unemployment_rate GBR 4.3 actual 2024"}},
		{name: "a label of no measure", wordings: []string{
			"Britain's economy grew 1.1% in 2024. 12:05 — Update: it grew 1.1% in 2024, she says.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 1.1 actual 2024"}},
		{name: "a bracketed aside of other countries", wordings: []string{
			"Britain's economy grew 1.1% in 2024, faster than Germany, France and Italy. (Germany shrank 0.5%, France grew 1.1%.) Growth in 2025 was 1.4%, she adds.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth DEU -0.5 actual 2024", "gdp_growth FRA 1.1 actual 2024", "gdp_growth GBR 1.4 actual 2025"}},
		{name: "a bracketed sentence of the text's own country", wordings: []string{
			"Britain's economy grew 1.1% in 2024. (Britain's inflation was 3.3% in 2024.) Unemployment was 4.3% in 2024.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "inflation GBR 3.3 actual 2024", "unemployment_rate GBR 4.3 actual 2024"}},
	})
}
