package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
)

// TestPopulationAtTheCensus (s27 attack 10, BL-2): a population given "at" a census is that
// census's count ("Ireland's population was 5.15 million at the 2022 census", 5,149,139
// counted on census night against WDI's mid-year 5,212,836), as one given "in" or "according
// to" it is: no_reference against the mid-year estimates, not inconsistent. A census the
// figure is only compared with, across another figure, leaves the figure judged.
func TestPopulationAtTheCensus(t *testing.T) {
	pop := func(entity, period string, value float64, sentence, quote string) extract.Claim {
		c := basisClaim(entity, "population", period, "annual", value, 1e4, "", inSentence(sentence))
		c.Quote, c.QuoteInSentence = quote, strings.Index(sentence, quote)
		return c
	}
	const census = "is a census count, and the table holds"
	runFamilyCases(t, []familyCase{
		{"Irish Times: at the 2022 census", pop("IRL", "2022", 5.15e6,
			"Ireland's population was 5.15 million at the 2022 census, and unemployment averaged 4.3% in 2024.", "5.15 million"),
			"2026-08-10", NoReference, []string{census}, 0},
		{"RTE: the census before the figure", pop("IRL", "2016", 4.76e6,
			"At the 2016 census, Ireland had 4.76 million people.", "4.76 million"), "2026-08-10", NoReference, []string{census}, 0},
		{"Guardian: stood at ... at the last census", pop("GBR", "2021", 67.0e6,
			"The population of the UK stood at 67 million at the last census in 2021.", "67 million"), "2026-08-10", NoReference, []string{census}, 0},
		// near misses: the census belongs to the other figure, or is not named
		{"a figure compared with the census count is judged", pop("IRL", "2024", 5.4e6,
			"Ireland's population was 5.4 million in 2024, up from 5.15 million at the 2022 census.", "5.4 million"), "2026-08-10", Consistent, nil, 0},
		{"no census, a figure far off is still flagged", pop("IRL", "2022", 4.1e6,
			"Ireland's population was 4.1 million in 2022.", "4.1 million"), "2026-08-10", Inconsistent, nil, 0},
	})
}
