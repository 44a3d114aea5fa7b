package extract

import "testing"

// TestFiniteVerbQualifier: a hedge that is a finite verb ("exceeded 7%", "surpassed $27
// trillion", "topped 11%") says more than the figure, and heads the clause whose subject the
// figure measures: the claim was left with no country or indicator when the verb was read
// into the figure. Participles modify a noun and are no verb of the clause.
func TestFiniteVerbQualifier(t *testing.T) {
	families := []family{
		{name: "exceeded", wordings: []string{
			"Inflation in Britain exceeded 7% in 2023.",
			"UK inflation exceeded 7 per cent in 2023, the ONS said.",
			"In 2023, British consumer price inflation exceeded 7pc.",
		}, want: []string{"inflation GBR 7 actual 2023"}},
		{name: "surpassed", wordings: []string{
			"Britain's inflation rate surpassed 7% in 2023.",
			"Inflation in the UK surpassed 7 percent in 2023.",
		}, want: []string{"inflation GBR 7 actual 2023"}},
		{name: "topped", wordings: []string{
			"Unemployment in Spain topped 11% in 2024.",
			"Spain's jobless rate tops 11% in 2024, official data show.",
			"Spanish unemployment topped 11 pct in 2024.",
		}, want: []string{"unemployment_rate ESP 11 actual 2024"}},
		{name: "a projection: the verb after to", wordings: []string{
			"Unemployment in Britain is expected to exceed 10% in 2027.",
			"UK unemployment is forecast to exceed 10 per cent in 2027.",
			"Britain's jobless rate is likely to surpass 10% in 2027, economists say.",
			"Unemployment in Britain could exceed 10pc in 2027.",
		}, want: []string{"unemployment_rate GBR 10 forecast 2027"}},
		{name: "a level of money or people", wordings: []string{
			"US GDP surpassed $27 trillion in 2023.",
			"America's GDP exceeded $27 trillion in 2023.",
		}, want: []string{"gdp USA 2.7e13 actual 2023"}},
	}
	runFamilies(t, attackDate, families)
	ex := testExtractor(t)
	for _, f := range families {
		for _, text := range f.wordings {
			for _, c := range ex.Claims(Article{Text: text, Published: attackDate}, Options{}) {
				if c.Qualifier != "more_than" {
					t.Errorf("%q: claim %q qualifier %q, want more_than", text, c.Quote, c.Qualifier)
				}
			}
		}
	}
	// Near misses: a participle stays in the figure's noun phrase, and the verb "top" is no
	// hedge where it is no verb ("the top 10%").
	for _, c := range []struct{ text, quote, qualifier string }{
		{"The rule caps a deficit exceeding 3% of GDP.", "exceeding 3%", "more_than"},
		{"The top 10% of earners paid more.", "10%", "exact"},
	} {
		claims := ex.Claims(Article{Text: c.text, Published: attackDate}, Options{All: true})
		found := false
		for _, got := range claims {
			if got.Quote == c.quote {
				found = true
				if got.Qualifier != c.qualifier {
					t.Errorf("%q: claim %q qualifier %q, want %q", c.text, got.Quote, got.Qualifier, c.qualifier)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim quoted %q:\n%s", c.text, c.quote, describe(claims))
		}
	}
}
