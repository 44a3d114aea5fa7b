package extract

import (
	"testing"
	"time"
)

// A policy rate "following" or "after" a dated decision is the rate from that decision on
// (decisionDate; blind round 24: "Bank Rate was 4.25% following the May 2025 decision" took
// August 2024 from the clause before and was flagged). The wordings are after British and
// Australian reports; the controls keep another measure, which such a date does not date.
var decisionDateFamilies = []family{
	{name: "a rate after a dated decision", wordings: []string{
		"The Bank of England began cutting in August 2024, and Bank Rate was 4.25% following the May 2025 decision.",
		"The Bank of England cut rates in August 2024. Bank Rate stood at 4.25% after the May 2025 cut.",
	}, want: []string{"policy_rate GBR 4.25 * 2025-05"}},
	// control
	{name: "control: another measure", wordings: []string{
		"UK inflation was 3.5% after the May 2025 decision.",
	}, want: []string{"inflation GBR 3.5 * -"}},
}

func TestDecisionDate(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC), decisionDateFamilies)
}
