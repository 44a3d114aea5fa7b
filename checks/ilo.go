package checks

import (
	"strings"

	"github.com/factcheck/factcheck/extract"
)

// News cites "the ILO" for two different unemployment rates. One is the ILO's own modelled
// estimate ("the ILO-modelled rate for Brazil was 6.8% in 2024", "according to the ILO"), which
// the World Bank republishes as the table's series (WDI SL.UEM.TOTL.ZS): such a claim quotes
// the table's source, and left as a source the table lacks it was never judged. The other is a
// national survey's rate on the ILO's definition ("the jobless rate in Germany, on the ILO
// definition, was 3.0%", "unemployment on the ILO measure"), the statistics office's own
// figure: it is judged as a claim that cites no source, which a national rate may lie from the
// model by what the two have been seen to differ by (unemployment_gaps.go).

// iloNames are the ILO's names as normaliseSourceName leaves them.
var iloNames = []string{"ilo", "international labour organization", "international labor organization",
	"international labour organisation", "international labor organisation", "international labour office"}

// iloDefinitionWords say that a sentence speaks of the ILO's definition, not of its figures.
var iloDefinitionWords = []string{"definition", "defined", "measure", "basis", "standard", "standards", "criteria", "methodology"}

// sourceAsJudged is the source a claim is judged as citing: for a rate of a series the ILO
// models that cites the ILO, the table's series of it (World Bank WDI) or, when the sentence
// speaks of the ILO's definition, none; else the source the claim cites.
func sourceAsJudged(c *extract.Claim) string {
	if c.Source == "" || definitions().seriesDefinition("World Bank WDI", c.Indicator, aspectEstimate) != modelledEstimate {
		return c.Source
	}
	cited := normaliseSourceName(c.Source)
	named := false
	for _, name := range iloNames {
		if cited == name || strings.HasPrefix(cited, name+" ") {
			named = true
			break
		}
	}
	if !named {
		return c.Source
	}
	lower := strings.ToLower(c.Sentence)
	if !strings.Contains(lower, "model") {
		for _, w := range iloDefinitionWords {
			if containsWord(lower, w) {
				return ""
			}
		}
	}
	return "World Bank WDI"
}

// containsWord reports whether word occurs in lower as a whole word.
func containsWord(lower, word string) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], word)
		if i < 0 {
			return false
		}
		i += from
		if wordEdge(lower, i-1) && wordEdge(lower, i+len(word)) {
			return true
		}
		from = i + len(word)
	}
}
