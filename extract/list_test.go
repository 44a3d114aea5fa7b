package extract

import "testing"

// TestLongListPairsEachPlace: a list of four or more figures paired with as many places ("in
// Germany, France, Italy and Spain was 5.9%, 4.9%, 5.6% and 3.5%") gave the second figure,
// between two commas, as a restatement of the first, and the list's places were not paired:
// every figure went to the first place. A figure restated after a comma keeps that reading.
func TestLongListPairsEachPlace(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "four places, four figures", wordings: []string{
			"Inflation in Germany, France, Italy and Spain was 5.9%, 4.9%, 5.6% and 3.5% in 2023.",
			"Inflation rates in Germany, France, Italy and Spain were 5.9%, 4.9%, 5.6% and 3.5% respectively in 2023.",
			"In 2023 consumer prices in Germany, France, Italy and Spain rose 5.9 pct, 4.9 pct, 5.6 pct and 3.5 pct respectively.",
		}, want: []string{"inflation DEU 5.9 actual 2023", "inflation FRA 4.9 actual 2023", "inflation ITA 5.6 actual 2023", "inflation ESP 3.5 actual 2023"}},
		{name: "five places, five figures", wordings: []string{
			"Inflation rates in Germany, France, Italy, Spain and Japan were 5.9%, 4.9%, 5.6%, 3.5% and 3.3% respectively in 2023.",
		}, want: []string{"inflation DEU 5.9 actual 2023", "inflation FRA 4.9 actual 2023", "inflation ITA 5.6 actual 2023", "inflation ESP 3.5 actual 2023", "inflation JPN 3.3 actual 2023"}},
		{name: "near miss: three, as before", wordings: []string{
			"Growth in Poland, Hungary and Romania averaged 0.2%, -0.9% and 2.4% in 2023.",
		}, want: []string{"gdp_growth POL 0.2 actual 2023", "gdp_growth HUN -0.9 actual 2023", "gdp_growth ROU 2.4 actual 2023"}},
	})
}
