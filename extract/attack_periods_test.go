package extract

import (
	"fmt"
	"testing"
	"time"
)

// s20Families are the periods an attack on the tool found misread (notes/s20-attack-falsealarm.md):
// A2, a month range joined by a typeset dash; A10, "the year before" resolved from publication;
// C, months written in figures read as their year.
var s20Families = []family{
	{name: "A2 a quarter's months joined by a typeset dash are the quarter", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation averaged 2.6% in the July–September quarter.",
		"US inflation averaged 2.6% in July–September.",
		"US consumer prices rose 2.6% on average in the July–September quarter from a year earlier.",
		"Consumer prices in the US rose an average 2.6 per cent in Jul–Sep.",
		"US inflation averaged 2.6% in July–Sept. 2024.",
		"US inflation averaged 2.6% in the July—September quarter.",
		"US inflation averaged 2.6% in the July‒September quarter.",
		"US inflation averaged 2.6% in the July-September quarter.",
		"US inflation averaged 2.6% in July to September 2024.",
		"US inflation averaged 2.6 pct in the July to September quarter.",
	}, want: []string{"inflation USA 2.6 actual 2024-Q3"}},
	{name: "A2 a half's months joined by a dash are the half", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation averaged 3.3% in January–June.",
		"US inflation averaged 3.3% in the January–June period of 2024.",
		"US inflation averaged 3.3% in January-June 2024.",
	}, want: []string{"inflation USA 3.3 actual 2024-H1"}},
	{name: "A2 months that span no quarter or half name no period", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation averaged 2.9% in July–August.",
		"US inflation averaged 2.9% in July-August.",
		"US inflation averaged 2.9% in Jul/Aug.",
	}, want: []string{"inflation USA 2.9 actual -"}},
	{name: "A2 a span of quarters names no quarter", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP grew 2.5% in Q1–Q3.",
		"US GDP grew 2.5% in Q1-Q3 2024.",
		"The US economy expanded 2.5 pct in Q1—Q3.",
	}, want: []string{"gdp_growth USA 2.5 actual -"}},
	{name: "A2 near misses keep their reading", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation was 2.4% in September–and it kept falling.",
		"US inflation was 2.4 per cent in September 2024.",
	}, want: []string{"inflation USA 2.4 actual 2024-09"}},
	{name: "A2 a quarter and its year with a dash, and a fiscal year with an en dash", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP grew 3.1% in Q3–2024.",
		"US GDP grew 3.1% in Q3.",
	}, want: []string{"gdp_growth USA 3.1 actual 2024-Q3"}},
	{name: "A10 the year before is the year before the one named", published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"British inflation was 3.3% in 2024 and 7.3% the year before.",
		"British inflation was 3.3% in 2024; the previous year it had been 7.3%.",
		"British inflation was 3.3% in 2024 (previous year: 7.3%).",
		"British inflation fell to 3.3% in 2024, after 7.3% the previous year.",
		"Inflation in Britain was 3.3 per cent in 2024, against 7.3 per cent in the prior year.",
		"UK consumer prices rose 3.3% in 2024, compared with 7.3% the year earlier.",
	}, want: []string{"inflation GBR 3.3 actual 2024", "inflation GBR 7.3 * 2023"}},
	{name: "A10 the year before in German and wire copy", published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's economy shrank 0.5% in 2024 after contracting 0.9% the year before.",
		"German GDP fell 0.5 pct in 2024; the previous year it fell 0.9 pct.",
	}, want: []string{"gdp_growth DEU -0.5 actual 2024", "gdp_growth DEU -0.9 * 2023"}},
	{name: "A10 last year stays the year before publication", published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"British inflation was 3.9% last year and 3.3% the year before.",
	}, want: []string{"inflation GBR 3.9 actual 2025", "inflation GBR 3.3 actual 2024"}},
	{name: "A10 the year before an event is no year before the one named", published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"British inflation was 3.9% in 2025. The Bank said it was 3.3% in 2024, and the economy grew 1.1% the year before the election.",
	}, want: []string{"inflation GBR 3.9 actual 2025", "inflation GBR 3.3 actual 2024", "gdp_growth GBR 1.1 actual 2024"}},
	{name: "C a month in figures is the month", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation was 3.5% in 03/2024.",
		"US inflation was 3.5% in 3/2024.",
		"US inflation was 3.5% in 2024-03.",
		"US consumer prices rose 3.5% year on year in 03/2024, the BLS said.",
		"US inflation stood at 3.5 per cent (03/2024).",
		"Inflation in the US was 3.5% in 2024/03.",
	}, want: []string{"inflation USA 3.5 actual 2024-03"}},
	{name: "C a law's number and a span of years are no month", published: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation averaged 2.9% under Law 3/2024.",
	}, want: []string{"inflation USA 2.9 actual 2024"}},
}

func TestS20PeriodFamilies(t *testing.T) {
	ex := testExtractor(t)
	for _, f := range s20Families {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				checkFamily(t, text, ex.Claims(Article{Text: text, Published: f.published}, Options{}), f.want)
			})
		}
	}
}
