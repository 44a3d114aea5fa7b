package checks

import (
	"strings"

	"github.com/factcheck/factcheck/extract"
)

// News cites "the ILO" for different unemployment rates. One is the ILO's own modelled
// estimate ("the ILO-modelled rate for Brazil was 6.8% in 2024"), which the World Bank
// republishes as the table's series (WDI SL.UEM.TOTL.ZS): such a claim quotes the table's
// source, and left as a source the table lacks it was never judged. Others are national
// surveys' rates: on the ILO's definition ("the jobless rate in Germany, on the ILO
// definition, was 3.0%"), or as the ILO's reports quote them ("The ILO said India's
// unemployment rate stood at 3.1% in 2023", the PLFS's rate, against the model's 4.17). Only a
// sentence that speaks of the model makes the claim the table's series'; any other is judged
// as a claim that cites no source, which a national rate may lie from the model by what the
// two have been seen to differ by (unemployment_gaps.go).

// iloNames are the ILO's names as normaliseSourceName leaves them.
var iloNames = []string{"ilo", "international labour organization", "international labor organization",
	"international labour organisation", "international labor organisation", "international labour office"}

// modelWords say that a sentence speaks of the ILO's model.
var modelWords = []string{"model", "models", "modelled", "modeled", "modelling", "modeling"}

// sourceAsJudged is the source a claim is judged as citing: for a rate of a series the ILO
// models that cites the ILO, the table's series of it (World Bank WDI) when the sentence
// speaks of the model, else none; else the source the claim cites.
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
	for _, w := range modelWords {
		if containsWord(lower, w) || strings.Contains(lower, "-"+w) {
			return "World Bank WDI"
		}
	}
	return ""
}

// containsWord reports whether word occurs in lower as a whole word, bounded by any byte that
// is no letter or digit ("June," "(model)"): containsWords reads normalised names, whose words
// only spaces part.
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
