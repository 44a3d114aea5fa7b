package extract

import (
	"testing"
	"time"
)

// TestFrontedRegionAfterAnAdverbAndABlocsRate (blind round 49): a fronted region after an
// adverb ("Even in Andalusia, unemployment fell to 15.6%") is the region's figure, as "In
// Andalusia, ..." is; and a bloc that owns a rate ("the euro area's rate was 6.3%") is the
// bloc whose rate it is, not a forecaster of the country named before it. Read otherwise, both
// were judged as the country's and flagged.
func TestFrontedRegionAfterAnAdverbAndABlocsRate(t *testing.T) {
	published := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a region after an adverb", wordings: []string{
			"Spain's unemployment rate was 10.4% in 2025. Even in Andalusia, unemployment fell to 15.6%.",
			"Spain's unemployment rate was 10.4% in 2025. Only in Andalusia, unemployment stayed above 15.6%.",
		}, want: []string{"unemployment_rate ESP 10.4 actual 2025"}},
		{name: "a bloc's rate after a member's", wordings: []string{
			"Germany's unemployment rate was 3.7% in 2025; the euro area's rate was 6.3% in 2025.",
			"Germany's unemployment rate was 3.7% in 2025. The euro area's rate was 6.3% in 2025.",
		}, want: []string{"unemployment_rate DEU 3.7 actual 2025", "unemployment_rate EMU 6.3 actual 2025"}},
		// near-miss: a bloc's forecast of a member is still the member's
		{name: "a bloc's forecast of a member", wordings: []string{
			"In Australia, the OECD's growth forecast of 1.8% for 2026 was cut.",
		}, want: []string{"gdp_growth AUS 1.8 forecast 2026"}},
	})
}

// TestSubjectAfterASemicolonIsAnotherClauses: the subject of a part after a semicolon ("; the
// euro area's rate was 6.3%") names that part's figure, not the one before the semicolon, which
// keeps the text's country (blind round 49's explainer, once the euro area's rate was read as
// the area's).
func TestSubjectAfterASemicolonIsAnotherClauses(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), []family{
		{name: "a figure before a semicolon keeps the text's country", wordings: []string{
			"Germany's economy shrank in 2024.\nA: Unemployment rose from 3.1% in 2023; the euro area's rate was 6.3% in 2025.",
		}, want: []string{"unemployment_rate DEU 3.1 * 2023", "unemployment_rate EMU 6.3 actual 2025"}},
		{name: "a figure whose measure the part after the semicolon names", wordings: []string{
			"Germany's GDP fell 0.9% in 2023.\nQ: Did unemployment rise?\nA: From 3.1% in 2023 to 3.7% in 2025 - still low by European standards; the euro area's rate was 6.3% in 2025.",
		}, want: []string{"gdp_growth DEU -0.9 actual 2023", "unemployment_rate DEU 3.1 * 2023", "unemployment_rate EMU 6.3 actual 2025"}},
	})
}
