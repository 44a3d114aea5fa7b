package extract

import (
	"testing"
	"time"
)

// TestImperativesOfPositingAndOfAnIndefiniteCountryImagine: the verbs of positing set a scene
// as "imagine" and "suppose" do ("Let us posit that Vietnam grew 10%", "Envisage a Britain
// that grew 3%"), and "think of" or "consider" do of a country with an indefinite article ("Think
// of an India that grew 10%"): each was judged as an outturn. Of the real country, or with no
// imperative, the figure is real.
func TestImperativesOfPositingAndOfAnIndefiniteCountryImagine(t *testing.T) {
	published := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, familyDate, []family{
		{name: "an imperative of positing or of an indefinite country imagines", published: published, wordings: []string{
			"Think of an India that grew 10% in 2024.",
			"Let us posit that Vietnam grew 10% in 2024.",
			"Posit that Brazil's economy grew 6% in 2024.",
			"Envisage a Britain that grew 3% in 2024.",
			"Consider a Germany that had grown 2% in 2024.",
			"Just think of a France where unemployment was 4% in 2024.",
			"Let's postulate that Italy's economy grew 3% in 2024.",
			"Envision an Argentina where inflation was 5% in 2024.",
			"Now hypothesise that Japan grew 4% in 2024.",
		}},
		{name: "the real country, or no imperative, is real", published: published, wordings: []string{
			"Think of India, which grew 6.5% in 2024.",
			"Consider that India grew 6.5% in 2024.",
			"Think about the India that grew 6.5% in 2024.",
			"Let us note that India grew 6.5% in 2024.",
			"Posit what you like: India grew 6.5% in 2024.",
			"Think tanks say India grew 6.5% in 2024.",
			"Consider a country like India, which grew 6.5% in 2024.",
		}, want: []string{"gdp_growth IND 6.5 actual 2024"}},
	})
}
