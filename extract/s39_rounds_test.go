package extract

import (
	"testing"
	"time"
)

// TestFigureOverALengthOfYears (blind rounds 81 and 82): a figure its clause measures over a
// length of several years that no year anchors ("grew 0% in eight years", "Growth averaged
// almost 8% in the first years", "In a decade, the economy grew 60%") is a change or an average
// over years the text does not name. Given the year of the sentences before, an Argentine
// column's average of the early 1990s was judged as 2023's growth, and a debater's eight years
// of no growth as 2002's, and both were flagged.
func TestFigureOverALengthOfYears(t *testing.T) {
	published := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a length of years after the figure", wordings: []string{
			"Argentina's economy shrank 1.6% in 2023. Under Cristina Kirchner the economy grew 0% in eight years in per-capita terms.",
			"Argentina's economy shrank 1.6% in 2023. The economy grew 12% in six years.",
			"Argentina's economy shrank 1.6% in 2023. The economy grew 12 per cent over six years.",
			"Argentina's economy shrank 1.6% in 2023. Output expanded 30 percent within a decade.",
			"Argentina's economy shrank 1.6% in 2023. Prices rose 900% over two decades.",
		}, want: []string{"gdp_growth ARG -1.6 actual 2023", "* ARG * actual -"}},
		{name: "a length of years named by its place in a span", wordings: []string{
			"Argentina's economy shrank 1.6% in 2023. In 1991, the convertibility plan brought inflation down. Growth averaged almost 8% in the first years.",
			"Brazil grew 3.4% in 2010. Over the following years, growth averaged 1% a year.",
			"Chile's economy grew 5.8% in 2011. In the early years of the decade, inflation averaged 3%.",
			"Peru's economy expanded 6% in 2012. In the years that followed, growth slowed to an average of 3%.",
		}, want: []string{"gdp_growth * * actual *", "* * * actual -"}},
		{name: "a length of years before the figure", wordings: []string{
			"Peru's economy expanded 6% in 2012. In a decade, the economy grew 60%.",
			"Peru's economy expanded 6% in 2012. Over ten years, inflation averaged 2.8 percent.",
		}, want: []string{"gdp_growth PER 6 actual 2012", "* PER * actual -"}},
		// near-misses: a length that ranks the figure among those years, another verb's, a
		// point in time, or a figure with a year of its own keep the period they had
		{name: "a superlative or an ordinal over years", wordings: []string{
			"Britain's economy grew 0.1% in 2023. Inflation averaged 7.3%, the highest in forty years.",
			"Britain's economy grew 0.1% in 2023. Inflation was 7.3%, its highest rate in four decades.",
			"Britain's economy grew 0.1% in 2023. Inflation was 7.3%, the second highest in thirty years.",
			"Britain's economy grew 0.1% in 2023. For the first time in a decade, inflation was 7.3%.",
		}, want: []string{"gdp_growth GBR 0.1 actual 2023", "inflation GBR 7.3 actual 2023"}},
		{name: "another verb's length", wordings: []string{
			"Poland's economy grew 0.2% in 2023. Inflation reached 11.4%, a level not seen in 25 years.",
			"Poland's economy grew 0.2% in 2023. Inflation reached 11.4%, a rate unmatched in over two decades.",
		}, want: []string{"gdp_growth POL 0.2 actual 2023", "inflation POL 11.4 actual 2023"}},
		{name: "a point in time", wordings: []string{
			"In 2020, Peru's economy shrank 11%. Two years later, inflation in Peru was 7.9%.",
		}, want: []string{"gdp_growth PER -11 actual 2020", "inflation PER 7.9 actual 2022"}},
		{name: "a figure with a year of its own", wordings: []string{
			"Germany's inflation was 5.9% in 2023. The economy shrank 0.3% in 2023, the first contraction in three years.",
		}, want: []string{"* * * actual 2023", "* * * actual 2023"}},
		{name: "a figure of its own year, the lowest in years", wordings: []string{
			"Spain's unemployment fell to 12.1% in 2023, the lowest in fifteen years.",
		}, want: []string{"unemployment_rate ESP 12.1 actual 2023"}},
	})
}
