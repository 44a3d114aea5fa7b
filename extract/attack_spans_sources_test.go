package extract

import (
	"fmt"
	"testing"
)

// The s20 attack on false alarms, the findings left after the first fixes: an average over a
// span of years read as the outturn of the year that bounds it (A8's rest), a verb of a peak
// before "at" (A10), a negative contraction ("didn't") that the negation did not see, and an
// institution of another clause or of another figure's phrase read as the figure's source (C).

// TestA8AnAverageOverASpanIsNoYearsOutturn: an average whose own phrase bounds its span by an
// edge ("before 2008", "since 1990", "pre-2008", "prior to") has no year; one whose span is
// two years joined by a dash is all the years of the span. An average of a year ("in 2023")
// and a year's own outturn keep their reading.
func TestA8AnAverageOverASpanIsNoYearsOutturn(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "an average before or since a year", published: aug2026, wordings: []string{
			"Britain’s economy grew 1.1% in 2024, well below the 2.5% annual average before 2008.",
			"Britain’s economy grew 1.1% in 2024, well below the average of 2.5% since 1990.",
			"Britain's economy grew 1.1% in 2024, below the average since 1990 of 2.5%.",
			"Britain's economy grew 1.1 pct in 2024, below the pre-2008 average of 2.5 pct.",
			"UK GDP rose 1.1 per cent in 2024, compared with an average of 2.5 per cent in the years before 2008.",
			"Britain's economy grew 1.1% in 2024, below its average of 2.5% until 2008.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 2.5 * -"}},
		{name: "an average a year before a year, by its verb", published: aug2026, wordings: []string{
			"Britain's growth averaged 2.5% a year before 2008.",
			"Britain's GDP grew by an average of 2.5% a year before 2008.",
		}, want: []string{"gdp_growth GBR 2.5 * -"}},
		{name: "an average over two years joined by a dash", published: aug2026, wordings: []string{
			"Britain's economy grew 1.1% in 2024, below its 1990-2007 average of 2.5%.",
			"Britain's economy grew 1.1% in 2024, below its 1990–2007 average of 2.5%.",
			"Britain's economy grew 1.1% in 2024, below its 2.5% average for 1990–2007.",
		}, want: []string{"gdp_growth GBR 1.1 actual 2024", "gdp_growth GBR 2.5 actual 1990/2007"}},
		{name: "near-miss: an average of a year is that year's", published: aug2026, wordings: []string{
			"German inflation was 2.3% in 2024, below the 2.5% average in 2023.",
		}, want: []string{"inflation DEU 2.3 actual 2024", "inflation DEU 2.5 actual 2023"}},
		{name: "near-miss: a year's average with a later phrase of its own", published: aug2026, wordings: []string{
			"German inflation averaged 2.3% in 2024.",
			"German inflation averaged 2.3% in 2024, the lowest since 2021.",
		}, want: []string{"inflation DEU 2.3 actual 2024"}},
		{name: "near-miss: a fiscal year after an average stays one", published: aug2026, wordings: []string{
			"German inflation averaged 2.3% in 2022-23.",
		}, want: []string{"inflation DEU 2.3 actual FY2023"}},
	})
}

// TestA10AVerbOfAPeakBeforeAtIsAPeak: "peaking at", "peaked at", "topped out at" and
// "bottomed out at" before a figure make it the extreme of its year (no year's average), as
// "a peak of" does, also when the verb is not the figure's own verb group. "topped 3%" is
// only more than 3%, and a peak the sentence foresees stays a forecast.
func TestA10AVerbOfAPeakBeforeAtIsAPeak(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "a peak after the outturn", published: aug2026, wordings: []string{
			"British inflation fell to 3.3% in 2024 after peaking at 7.3% the year before.",
			"British inflation fell to 3.3% in 2024, having peaked at 7.3% in 2023.",
			"UK inflation eased to 3.3 pct in 2024 after a peak of 7.3 pct in 2023.",
		}, want: []string{"inflation GBR 3.3 actual 2024", "inflation GBR 7.3 * -"}},
		{name: "topped out, bottomed out", published: aug2026, wordings: []string{
			"British inflation topped out at 11.1% in 2022.",
			"Inflation in Britain hit a high of 11.1 per cent in 2022.",
		}, want: []string{"inflation GBR 11.1 actual -"}},
		{name: "a low", published: aug2026, wordings: []string{
			"Germany's unemployment rate bottomed out at 3.0% in 2019.",
		}, want: []string{"unemployment_rate DEU 3 actual -"}},
		{name: "near-miss: topped is more than", published: aug2026, wordings: []string{
			"British inflation topped 3% in 2024.",
		}, want: []string{"inflation GBR 3 actual 2024"}},
	})
}

// TestNegativeContractionsDenyAFigure: the tokeniser splits "didn't" into "didn" and "'t";
// the "'t" is the negation and "didn" the auxiliary, so "didn't grow by 3%" denies the figure
// as "did not grow by 3%" does, in every contraction of an auxiliary or a modal.
func TestNegativeContractionsDenyAFigure(t *testing.T) {
	runFamilies(t, familyDate, []family{
		{name: "a negative contraction before the figure", published: aug2026, wordings: []string{
			"Germany's economy didn't grow 3% in 2024.",
			"Germany's economy didn't grow by 3% in 2024.",
			"Germany's economy didn’t grow by 3% in 2024.",
			"In 2024 Germany's economy didn't expand by 3%.",
			"Germany's GDP didn't grow by 3 per cent in 2024.",
			"Germany's economy hasn't grown by 3% in 2024.",
			"Germany's economy won't grow by 3% in 2024.",
			"Germany's economy can't grow by 3% in 2024.",
			"Germany's economy couldn't grow by 3% in 2024.",
			"German GDP growth wasn't 3% in 2024.",
			"German inflation isn't 5.9%.",
			"Germany's economy did not grow by 3% in 2024.",
		}},
		{name: "near-miss: a negation in another clause", published: aug2026, wordings: []string{
			"German inflation, which didn't fall in 2023, was 2.3% in 2024.",
			"German inflation was 2.3% in 2024, it wasn't 5.9%.",
		}, want: []string{"inflation DEU 2.3 actual 2024"}},
	})
}

// TestCASourceIsOfTheFiguresOwnClause: an institution cites a figure from the figure's own
// phrase, as the agent of a reporting frame that covers it, or from its own clause, never
// from another clause or from inside another figure's phrase.
func TestCASourceIsOfTheFiguresOwnClause(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct {
		text    string
		sources []string // of the claims, in order
	}{
		// another figure's phrase
		{"US inflation, at 2.9% in December, remains above the Fed’s 2% target.", []string{"", "Federal Reserve"}},
		{"US inflation was 2.9% in December, above the Federal Reserve's target of 2%.", []string{"", "Federal Reserve"}},
		{"German inflation was 2.3% in 2024, close to the ECB’s 2% goal.", []string{"", "ECB"}},
		{"German inflation was 2.3 pct in 2024, versus the ECB's 2 pct target.", []string{"", "ECB"}},
		{"German inflation was 2.3% in 2024, close to the 2% the ECB aims for.", []string{""}},
		{"US GDP grew 3.1% in the third quarter, above the 1.8% rate the Fed considers sustainable.", []string{""}},
		{"Britain’s economy grew 1.1% in 2024, against an OBR forecast of 0.8%.", []string{""}},
		{"Britain’s economy grew 1.1% in 2024, compared with a Bank of England forecast of 0.9%.", []string{""}},
		{"Britain's economy grew 1.1 per cent in 2024, beating the IMF's forecast of 0.5 per cent.", []string{"", "IMF"}},
		{"Britain's economy grew 1.1% in 2024, more than the 0.8% the Treasury had forecast.", []string{"", "Treasury"}},
		// another clause
		{"UK inflation was 2.5% in December, while the Bank of England expects it to rise to 2.8%.", []string{"", "Bank of England"}},
		{"The OBR had forecast growth of 0.8% for 2024; in the event the economy grew 1.1%.", []string{"OBR", ""}},
		// a reporting frame
		{"Euro-area inflation was 2.4% in 2024, above the ECB's target, Eurostat said.", []string{"Eurostat"}},
		{"US inflation was 2.9% in December, the Fed said.", []string{"Federal Reserve"}},
		{"The Fed said US inflation was 2.9% in December, above its 2% target.", []string{"Federal Reserve", "Federal Reserve"}},
		{"According to the Bank of England, UK inflation was 2.5% in December.", []string{"Bank of England"}},
		{"Eurostat said euro-area GDP grew 0.4% in the third quarter and 0.2% in the second.", []string{"Eurostat", "Eurostat"}},
		{"German inflation was 2.3% in 2024, the Bundesbank said, close to the ECB's 2% goal.", []string{"Bundesbank", "ECB"}},
		{"The ECB's chief economist said euro-area inflation was 2.4% in 2024.", []string{"ECB"}},
		{"Euro-area inflation was 2.4% in 2024 (Eurostat).", []string{"Eurostat"}},
		{"Germany's economy shrank 0.5% in 2024, after output fell 0.9% in 2023, according to the World Bank.", []string{"World Bank", "World Bank"}},
		{"The INSEE also said that French consumer prices fell 0.6% in January, but were up 1.6% on an annual basis.", []string{"INSEE", "INSEE"}},
	}
	for i, tc := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			claims := ex.Claims(Article{Text: tc.text, Published: jan2025}, Options{})
			if len(claims) != len(tc.sources) {
				t.Fatalf("%q: got %d claims, want %d:\n%s", tc.text, len(claims), len(tc.sources), describe(claims))
			}
			for j, c := range claims {
				if c.Source != tc.sources[j] {
					t.Errorf("%q: claim %q cites %q, want %q", tc.text, c.Quote, c.Source, tc.sources[j])
				}
			}
		})
	}
}
