package checks

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
)

// TestCensusCountWithoutTheWordCensus: a population counted by a census that the sentence
// calls a headcount or an enumeration, or whose verb counts it ("India's population counted
// in 2011 was 1.21 billion", "140 million were enumerated"), is a census count like one that
// says "census" (TestA10CensusCountIsAnotherDefinition): no_reference with WDI's mid-year
// estimate named, never inconsistent. A verb of counting in another sense, a count of another
// figure or of another clause, and a headcount only mentioned leave the estimate to judge.
func TestCensusCountWithoutTheWordCensus(t *testing.T) {
	pop := func(entity, period string, value float64, sentence, quote string) extract.Claim {
		c := basisClaim(entity, "population", period, "annual", value, 1e7, "", inSentence(sentence))
		c.Quote, c.QuoteInSentence = quote, strings.Index(sentence, quote)
		if c.QuoteInSentence < 0 {
			t.Fatalf("%q is not in %q", quote, sentence)
		}
		return c
	}
	const census = "is a census count, and the table holds"
	runFamilyCases(t, []familyCase{
		// a headcount or an enumeration as the figure's source or measure
		{"BBC: the headcount put the population at", pop("IND", "2011", 1.21e9,
			"The 2011 headcount put India's population at 1.21 billion.",
			"The 2011 headcount put India's population at 1.21 billion"), "2026-08-10", NoReference, []string{census, "mid-year estimates"}, 0},
		{"Mail & Guardian: the headcount showed", pop("ZAF", "2022", 62e6,
			"South Africa's population was 62 million in 2022, the headcount showed.",
			"South Africa's population was 62 million"), "2026-08-10", NoReference, []string{census}, 0},
		{"Dawn: according to the last enumeration", pop("PAK", "2017", 207.7e6,
			"Pakistan's population was 207.7 million in 2017, according to the last enumeration.",
			"Pakistan's population was 207.7 million"), "2026-08-10", NoReference, []string{census}, 0},
		{"The Hindu: the headcount was", pop("IND", "2011", 1.21e9,
			"India's 2011 headcount was 1.21 billion.",
			"India's 2011 headcount was 1.21 billion"), "2026-08-10", NoReference, []string{census}, 0},
		{"Premium Times: as per the 2006 head count", pop("NGA", "2006", 140e6,
			"Nigeria's population was 140 million in 2006, as per the head count.",
			"Nigeria's population was 140 million"), "2026-08-10", NoReference, []string{census}, 0},
		{"Reuters: the census count was", pop("IND", "2011", 1.21e9,
			"India's 2011 census count was 1.21 billion.",
			"India's 2011 census count was 1.21 billion"), "2026-08-10", NoReference, []string{census}, 0},
		// a verb of counting that counts the figure
		{"Times of India: the population counted in 2011", pop("IND", "2011", 1.21e9,
			"India's population counted in 2011 was 1.21 billion.",
			"India's population counted in 2011 was 1.21 billion"), "2026-08-10", NoReference, []string{census}, 0},
		{"Vanguard: enumerated at", pop("NGA", "2006", 140e6,
			"Nigeria's population was enumerated at 140 million in 2006.",
			"Nigeria's population was enumerated at 140 million"), "2026-08-10", NoReference, []string{census}, 0},
		{"Daily Trust: were enumerated", pop("NGA", "2006", 140e6,
			"In 2006, 140 million people were enumerated in Nigeria.",
			"140 million people"), "2026-08-10", NoReference, []string{census}, 0},
		{"Express Tribune: were counted", pop("PAK", "2017", 207.7e6,
			"Some 207.7 million people were counted in Pakistan in 2017.",
			"Some 207.7 million people"), "2026-08-10", NoReference, []string{census}, 0},
		{"Reuters: enumerators counted", pop("IND", "2011", 1.21e9,
			"In 2011, enumerators counted 1.21 billion people in India.",
			"1.21 billion people"), "2026-08-10", NoReference, []string{census}, 0},
		// near misses: counting in another sense, another figure's count, a count only mentioned
		{"counted among", pop("IND", "2024", 1450e6,
			"India, counted among the most populous nations, had 1.45 billion people in 2024.",
			"had 1.45 billion people"), "2026-08-10", Consistent, nil, 0},
		{"another figure counted", pop("IND", "2024", 1450e6,
			"India's population was 1.45 billion in 2024, up from 1.21 billion counted in 2011.",
			"India's population was 1.45 billion"), "2026-08-10", Consistent, nil, 0},
		{"the population counted in another clause", pop("IND", "2024", 1450e6,
			"India's population was 1.45 billion in 2024, though the population counted in 2011 was smaller.",
			"India's population was 1.45 billion"), "2026-08-10", Consistent, nil, 0},
		{"has not counted", pop("IND", "2024", 1450e6,
			"India's population was 1.45 billion in 2024, though India has not counted its people since 2011.",
			"India's population was 1.45 billion"), "2026-08-10", Consistent, nil, 0},
		{"a headcount only mentioned, with a number of its own", pop("IND", "2024", 1450e6,
			"India's population was 1.45 billion in 2024, and the headcount is 3 years late.",
			"India's population was 1.45 billion"), "2026-08-10", Consistent, nil, 0},
		{"a headcount after a semicolon", pop("IND", "2024", 1450e6,
			"India's population was 1.45 billion in 2024; the headcount was postponed.",
			"India's population was 1.45 billion"), "2026-08-10", Consistent, nil, 0},
		// a register, a survey or an estimate that counted them (the review of this stop)
		{"an office counted", pop("SWE", "2023", 10.5e6,
			"Statistics Sweden counted 10.5 million residents in 2023.",
			"10.5 million residents"), "2026-08-10", Consistent, nil, 0},
		{"an estimate counted", pop("IND", "2023", 1.44e9,
			"The UN estimate counted 1.44 billion people in India in 2023.",
			"1.44 billion people"), "2026-08-10", Consistent, nil, 0},
		// a census the clause before names, whose pronoun counts (blind rounds 214, 234)
		{"Reuters: a census, when it counted", pop("IND", "2011", 1.21e9,
			"India has not held a census since 2011, when it counted 1.21 billion people.",
			"1.21 billion people"), "2026-08-10", NoReference, []string{census}, 0},
		{"a census, when they counted", pop("IND", "2011", 1.21e9,
			"The last census was in 2011, when they counted 1.21 billion people.",
			"1.21 billion people"), "2026-08-10", NoReference, []string{census}, 0},
		// (near-miss) an office that speaks of a census, then counts by its register
		{"an office said it counted", pop("SWE", "2023", 10.5e6,
			"Statistics Sweden, which stopped the census, said it counted 10.5 million residents in 2023.",
			"10.5 million residents"), "2026-08-10", Consistent, nil, 0},
		{"counted on", pop("IND", "2024", 1450e6,
			"India's 1.45 billion people counted on the monsoon in 2024.",
			"India's 1.45 billion people"), "2026-08-10", Consistent, nil, 0},
	})
}
