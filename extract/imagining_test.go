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

// TestImperativeOfImaginingAfterALabelOrAFrontedPhrase: an imperative of imagining opens its
// sentence after a speaker's label ("HOST: Say US inflation was 5% in 2024") or a fronted
// phrase with no verb ("For argument's sake, say China grew 3% in 2024") as well as at its
// first word, and "say" with the figure's clause as its object sets a scene whatever the
// mood of its verb: each was judged as an outturn (s25 attack 7, F7). "Say" cut off from the
// figure by a comma, a label before a plain statement, and "say" with a subject are real.
func TestImperativeOfImaginingAfterALabelOrAFrontedPhrase(t *testing.T) {
	published := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, familyDate, []family{
		{name: "an imperative after a label, a fronted phrase or alone imagines", published: published, wordings: []string{
			"HOST: Say US inflation was 5% in 2024. What would the Fed have done?",
			"Q: Say US inflation were 5% in 2024?",
			"JOHN SMITH: Imagine US inflation had been 5% in 2024.",
			"Mr Hunt: Suppose US inflation was 5% in 2024.",
			"Say US inflation was 5% in 2024.",
			"Say that US inflation hit 5% in 2024.",
			"For argument's sake, say US inflation was 5% in 2024.",
			"Hypothetically, say US inflation was 5% in 2024.",
			"Just for a moment, imagine US inflation was 5% in 2024.",
			"PRESENTER: For the sake of argument, suppose US inflation was 5% in 2024.",
			"Now, picture a US where inflation was 5% in 2024.",
			"Suppose, for the sake of argument, that US inflation had averaged 5% in 2024.",
			"Imagine, just for a moment, that US inflation was 5% in 2024.",
			"Let's say, hypothetically, that US inflation was 5% in 2024.",
		}},
		{name: "a label, a fronted phrase or a hedging say before a statement is real", published: published, wordings: []string{
			"HOST: US inflation was 2.9% in 2024.",
			"Mr Hunt: US inflation was 2.9% in 2024.",
			"Say what you like, US inflation was 2.9% in 2024.",
			"In 2024, say, US inflation was 2.9%.",
			"Economists say US inflation was 2.9% in 2024.",
			"In America, say economists, inflation was 2.9% in 2024.",
			"For the record, US inflation was 2.9% in 2024.",
			"GUEST: Economists say US inflation was 2.9% in 2024.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
	})
}
