package extract

import (
	"testing"
	"time"
)

// Dates and estimates blind rounds 37 and 38 found misread. "in May of last year" is May of
// the year before publication, as "in May last year" is; "the last year of the previous
// government" is the final year of a span the text names (here the year fronted before it),
// not the year before publication; a figure a source gave "in its second estimate", with a
// revision told after it, is an estimate since replaced (Superseded). Controls: a month
// alone, "last year" alone, and an estimate tag with no revision told.
var s33DateFamilies = []family{
	{name: "a month of last year", wordings: []string{
		"US inflation was 2.7% in October, against 2.4% in May of last year.",
		"US inflation was 2.7% in October, against 2.4% in May last year.",
	}, want: []string{"inflation USA 2.7 * 2026-10", "inflation USA 2.4 * 2025-05"}},
	{name: "the last year of a span", wordings: []string{
		"In 2022, the last year of the previous government, Brazilian inflation was 9.3 per cent.",
		"Brazilian inflation was 9.3 per cent in 2022, the last year of the previous government.",
	}, want: []string{"inflation BRA 9.3 * 2022"}},
	{name: "a second estimate revised", wordings: []string{
		"In 2023, Russian growth was 3.6%, the statistics office said in its second estimate, later revised to 4.1%.",
	}, want: []string{"gdp_growth RUS 3.6 * 2023", "gdp_growth RUS 4.1 * 2023"}},
	// controls
	{name: "control: a month alone, last year alone", wordings: []string{
		"US inflation was 2.4% in May, and 2.9% last year.",
	}, want: []string{"inflation USA 2.4 * 2026-05", "inflation USA 2.9 * 2025"}},
	{name: "control: an estimate with no revision told", wordings: []string{
		"In 2023, Russian growth was 3.6%, the statistics office said in its second estimate.",
	}, want: []string{"gdp_growth RUS 3.6 * 2023"}},
}

func TestS33Dates(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), s33DateFamilies)
}

// TestSecondEstimateSuperseded checks what the family cannot: which of the figures is the
// estimate given up.
func TestSecondEstimateSuperseded(t *testing.T) {
	ex := testExtractor(t)
	pub := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want []bool
	}{
		{"In 2023, Russian growth was 3.6%, the statistics office said in its second estimate, later revised to 4.1%.", []bool{true, false}},
		{"Russian growth was 3.6% in 2023 in the flash estimate, later revised to 4.1%.", []bool{true, false}},
		{"In 2023, Russian growth was 3.6%, the statistics office said in its second estimate.", []bool{false}},
	} {
		claims := ex.Claims(Article{Text: c.text, Published: pub}, Options{})
		if len(claims) != len(c.want) {
			t.Fatalf("%q: %d claims, want %d:\n%s", c.text, len(claims), len(c.want), describe(claims))
		}
		for i, w := range c.want {
			if claims[i].Superseded != w {
				t.Errorf("%q: claim %q Superseded %v, want %v", c.text, claims[i].Quote, claims[i].Superseded, w)
			}
		}
	}
}

// "the first three quarters of 2026" runs to September, as "the first nine months of 2026"
// does (blind round 33: "China's economy grew 5.2 percent year on year in the first three
// quarters of 2026, building on the 5.0 percent growth achieved for the whole of 2025" was
// judged as 2025's growth). Controls: a quarter of its own, a half.
var quartersSoFarFamilies = []family{
	{name: "the first quarters of a year", wordings: []string{
		"China's economy grew 5.2 percent year on year in the first three quarters of 2026, building on the 5.0 percent growth achieved for the whole of 2025.",
		"China's economy grew 5.2 percent in the first three quarters of 2026, after 5.0 percent growth in 2025.",
	}, want: []string{"gdp_growth CHN 5.2 * 2026-09", "gdp_growth CHN 5 * 2025"}},
	{name: "the first two quarters", wordings: []string{
		"China's economy grew 5.3 percent in the first two quarters of 2026.",
	}, want: []string{"gdp_growth CHN 5.3 * 2026-06"}},
	// controls
	{name: "control: a quarter, a half", wordings: []string{
		"China's economy grew 5.3 percent in the first half of 2026 and 4.8 percent in the third quarter of 2026.",
	}, want: []string{"gdp_growth CHN 5.3 * 2026-H1", "gdp_growth CHN 4.8 * 2026-Q3"}},
}

func TestQuartersSoFar(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), quartersSoFarFamilies)
}
