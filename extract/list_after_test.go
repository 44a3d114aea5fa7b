package extract

import "testing"

// TestListPairsPeriodsAndPlacesAfter: a list of figures followed by a list of its years or
// places ("grew 6.2%, 2.7% and 3.2% in 2022, 2023 and 2024 respectively") gave every figure the
// first year or place, so that the later ones were flagged. As many years, quarters or places as
// figures pair in order; when their counts differ, no figure takes one. A figure with its own
// year, two figures of one year and a range keep their reading.
func TestListPairsPeriodsAndPlacesAfter(t *testing.T) {
	threeYears := []string{"gdp_growth ESP 6.2 actual 2022", "gdp_growth ESP 2.7 actual 2023", "gdp_growth ESP 3.2 actual 2024"}
	runFamilies(t, attackDate, []family{
		{name: "years after the figures", wordings: []string{
			"Spain's economy grew 6.2%, 2.7% and 3.2% in 2022, 2023 and 2024 respectively.",    // wire
			"Spain's economy grew 6.2%, 2.7%, and 3.2% in 2022, 2023, and 2024, respectively.", // American, serial comma
			"Spain's economy grew by 6.2 per cent, 2.7 per cent and 3.2 per cent in 2022, 2023 and 2024.",
			"In 2022, 2023 and 2024 Spain's economy grew 6.2%, 2.7% and 3.2% respectively.",
		}, want: threeYears},
		{name: "two years after two figures", wordings: []string{
			"The Spanish economy expanded 6.2% and 2.7%, respectively, in 2022 and 2023.",
			"Spain's GDP grew 6.2 pct and 2.7 pct for 2022 and 2023.",
		}, want: threeYears[:2]},
		{name: "places after the figures", wordings: []string{
			"Prices rose 2.1%, 2.5% and 2.9% in Germany, France and Italy respectively in 2023.",
			"In 2023 inflation was 2.1 per cent, 2.5 per cent and 2.9 per cent in Germany, France and Italy.",
		}, want: []string{"inflation DEU 2.1 actual 2023", "inflation FRA 2.5 actual 2023", "inflation ITA 2.9 actual 2023"}},
		{name: "four places after four figures", wordings: []string{
			"Inflation in 2023 was 5.9%, 5.7%, 5.6% and 3.5% in Germany, France, Italy and Spain.",
		}, want: []string{"inflation DEU 5.9 actual 2023", "inflation FRA 5.7 actual 2023", "inflation ITA 5.6 actual 2023", "inflation ESP 3.5 actual 2023"}},
		{name: "quarters after the figures", wordings: []string{
			"Spain's economy grew 0.8%, 0.6% and 0.9% in the first, second and third quarters of 2024.",
			"Spain's economy grew 0.8%, 0.6% and 0.9% respectively in the first, second and third quarters of 2024.",
		}, want: []string{"gdp_growth ESP 0.8 actual 2024-Q1", "gdp_growth ESP 0.6 actual 2024-Q2", "gdp_growth ESP 0.9 actual 2024-Q3"}},
		{name: "fewer figures than years: none takes a year", wordings: []string{
			"Spain's economy grew 6.2% and 2.7% in 2022, 2023 and 2024.",
		}, want: []string{"gdp_growth ESP 6.2 actual -", "gdp_growth ESP 2.7 actual -"}},
		{name: "quarters of no year said: none is guessed", wordings: []string{
			"Spain's economy grew 0.8% and 0.6% in the first and second quarters.",
		}, want: []string{"gdp_growth ESP 0.8 actual -", "gdp_growth ESP 0.6 actual -"}},
		{name: "more figures than places: none takes a place", wordings: []string{
			"Inflation rose 2.1%, 2.5% and 2.9% in Germany and France in 2023.",
		}, want: []string{}},
		{name: "years as one span: none is split", wordings: []string{
			"Spain's economy grew 6.2%, 2.7% and 3.2% over 2022-24 respectively.",
		}, want: []string{"gdp_growth ESP 6.2 actual -", "gdp_growth ESP 2.7 actual -", "gdp_growth ESP 3.2 actual -"}},
		{name: "near miss: each figure with its own year", wordings: []string{
			"Spain's economy grew 6.2% in 2022 and 2.7% in 2023.",
		}, want: threeYears[:2]},
		{name: "near miss: two figures of one year", wordings: []string{
			"Spain's economy grew 2.1% and 2.5% in 2023.",
		}, want: []string{"gdp_growth ESP 2.1 actual 2023", "gdp_growth ESP 2.5 actual 2023"}},
		{name: "near miss: a range of one year", wordings: []string{
			"Spain's inflation was between 2% and 3% in 2023.",
		}, want: []string{"inflation ESP 2 actual 2023"}},
		{name: "near miss: a span is no list", wordings: []string{
			"Between 2022 and 2023, Spain's economy grew 6.2% and 2.7%.",
		}, want: []string{"* ESP 6.2 * *", "* ESP 2.7 * *"}},
	})
}
