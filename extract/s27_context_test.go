package extract

import (
	"testing"
	"time"
)

var s27ContextDate = time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC)

// A country named only as the yardstick of a comparison ("lower than in Turkey", "against 4.1%
// in the US", "six times the US rate") is not the country the text goes on about: a figure
// after it with no place of its own is the subject country's (compared_mentions.go).
var s27ContextFamilies = []family{
	{name: "a country named only as the other term of a comparison is not carried on", wordings: []string{
		// debate transcript with speaker labels and checker's notes
		"MILEI: Inflation in Argentina is now lower than in Turkey.\n[CHECK] True. Inflation was 211% in 2023 in Argentina, against 64.8% in Turkey.\n\nMASSA: That is false.\n[CHECK] Misleading. Inflation reached 94.8% in 2022.",
		// fact-check prose
		"Claim: Argentina's inflation is lower than Turkey's.\n\nVerdict: False. Inflation was 211% in 2023 in Argentina, versus 64.8% in Turkey.\n\nThe claim was shared widely. It was also wrong about the past: inflation reached 94.8% in 2022.",
		// wire copy
		"BUENOS AIRES, June 14 (Reuters) - Argentine inflation ran faster than in Turkey last year. Inflation was 211% in 2023 in Argentina, compared with 64.8% in Turkey. Officials met on Thursday. Analysts said inflation reached 94.8% in 2022.",
	}, want: []string{"inflation ARG 211 actual 2023", "inflation TUR 64.8 actual 2023", "inflation ARG 94.8 actual 2022"}},
	{name: "a figure its own sentence sets against a country's is not that country's", wordings: []string{
		"Is Nigeria's inflation the worst in Africa?\n\nIn the United States, consumer prices rose 4.1% in 2023.\n\nInflation averaged 24.7% in 2023, roughly six times the US rate.",
		"Is Nigeria's inflation the worst in Africa?\n\nIn the United States, consumer prices rose 4.1% in 2023.\n\nInflation averaged 24.7% in 2023, more than five times the US figure.",
		"Nigeria: the inflation claim, checked\n\nIn the United States, consumer prices rose 4.1% in 2023, the World Bank says.\n\nInflation averaged 24.7% in 2023, far higher than in the US.",
	}, want: []string{"inflation USA 4.1 actual 2023", "inflation NGA 24.7 actual 2023"}},
	{name: "with no country ahead, a figure set against the last country named is no one's", wordings: []string{
		"In the United States, consumer prices rose 4.1% in 2023. Inflation averaged 24.7% in 2023, six times the US rate.",
		"Kenya and Nigeria were both named. In the United States, consumer prices rose 4.1% in 2023. Inflation averaged 24.7% in 2023, six times the US rate.",
	}, want: []string{"inflation USA 4.1 actual 2023"}}, // (24.7%: no claim)
	// Near misses: carry-over that must keep working.
	{name: "a fronted country is still carried to the next sentence", wordings: []string{
		"In Japan, prices rose 3.2% in 2023. Unemployment was 2.6% in 2023.",
		"In Japan, consumer prices rose 3.2% in 2023.\n\nUnemployment was 2.6% in 2023.",
		"Japan's prices rose 3.2% in 2023, faster than the euro zone's. Unemployment was 2.6% in 2023.",
	}, want: []string{"inflation JPN 3.2 actual 2023", "unemployment_rate JPN 2.6 actual 2023"}},
	{name: "a wire story that moves from country to country keeps following it", wordings: []string{
		"Euro zone prices eased in 2023.\n\nIn Germany, prices rose 5.9% in 2023.\n\nUnemployment was 3.0% in 2023.\n\nIn France, prices rose 4.9% in 2023.\n\nUnemployment was 7.3% in 2023.",
		"Euro zone prices eased in 2023. In Germany, prices rose 5.9% in 2023. Unemployment was 3.0% in 2023. In France, prices rose 4.9% in 2023. Unemployment was 7.3% in 2023.",
	}, want: []string{"inflation DEU 5.9 actual 2023", "unemployment_rate DEU 3.0 actual 2023", "inflation FRA 4.9 actual 2023", "unemployment_rate FRA 7.3 actual 2023"}},
	{name: "a country named beside another as both what a text is about is not a yardstick", wordings: []string{
		"Sanctions against Russia were tightened in 2023. The economy grew 3.6% in 2023.",
		"The EU's sanctions against Russia did not stop it. The economy grew 3.6% in 2023.",
	}, want: []string{"gdp_growth RUS 3.6 actual 2023"}},
	{name: "two countries compared by a verb are still both candidates", wordings: []string{
		"The report compared Japan with the United States. Unemployment averaged 2.6% in 2023.",
	}}, // (no claim: either's)
}

func TestS27ContextFamilies(t *testing.T) {
	runFamilies(t, s27ContextDate, s27ContextFamilies)
}

// comparedMention reads the term of a comparison from the words before a name only.
func TestS27ComparedMention(t *testing.T) {
	lex := testExtractor(t).lex
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Inflation in Brazil is lower than in the United States.", true},
		{"Annual inflation was 7.17% in Brazil, against 8.2% in the US.", true},
		{"prices rose 5.5%, compared with 4.6 per cent in Brazil", true},
		{"roughly six to eight times the US rate", true},
		{"France avoided a recession, unlike Germany.", true},
		{"Sanctions against Russia were tightened.", false},
		{"The report compared Japan with the United States.", false},
		{"Unemployment fell below 5% in Germany.", false},
		{"In the United States, consumer prices rose 4.1%.", false},
	} {
		toks := tokenize(c.text, 0, len(c.text))
		ms := lex.findEntities(toks, false)
		if len(ms) == 0 {
			t.Fatalf("%q: no name found", c.text)
		}
		m := ms[len(ms)-1]
		if got := comparedMention(toks, &m); got != c.want {
			t.Errorf("%q: comparedMention(%q) = %v, want %v", c.text, toks[m.first].text, got, c.want)
		}
	}
}
