package extract

import (
	"testing"
	"time"
)

// A footnote's mark after a sentence's stop ("... in 2025.² Inflation", "... in 2025.[2]
// Inflation") ends that sentence; it held the next sentence to it, whose figures then took the
// first one's measure (blind round 28: a think tank's "Inflation, after 10.4% in 2023, fell to
// 4.7% in 2024" was judged as growth). The marks are those of reports, papers and wikis; the
// control keeps a sentence that goes on past a stop with no mark.
var footnoteMarkFamilies = []family{
	{name: "a mark after the stop", wordings: []string{
		"Romanian growth slowed to 0.9% in 2024 and 0.7% in 2025.\u00b2 Inflation, after 10.4% in 2023, fell to 4.7% in 2024.",
		"Romanian growth slowed to 0.9% in 2024 and 0.7% in 2025.\u00b9\u2070 Inflation, after 10.4% in 2023, fell to 4.7% in 2024.",
		"Romanian growth slowed to 0.9% in 2024 and 0.7% in 2025.[2] Inflation, after 10.4% in 2023, fell to 4.7% in 2024.",
		"Romanian growth slowed to 0.9% in 2024 and 0.7% in 2025.[^2] Inflation, after 10.4% in 2023, fell to 4.7% in 2024.",
	}, want: []string{"gdp_growth ROU 0.9 * 2024", "gdp_growth ROU 0.7 * 2025", "inflation ROU 4.7 * 2024", "inflation ROU 10.4 * 2023"}},
	{name: "a mark inside a sentence is no figure", wordings: []string{
		"Romania ran a deficit of 8.8% of GDP in 2024[3], the largest in the EU.",
		"Romania ran a deficit of 8.8% of GDP in 2024 [3], the largest in the EU.",
		"Romania ran a deficit of 8.8% of GDP[^3] in 2024, the largest in the EU.",
	}, want: []string{"fiscal_balance ROU -8.8 * 2024"}},
	// control
	{name: "control: no mark", wordings: []string{
		"Romanian growth slowed to 0.9% in 2024 and 0.7% in 2025. Inflation, after 10.4% in 2023, fell to 4.7% in 2024.",
	}, want: []string{"gdp_growth ROU 0.9 * 2024", "gdp_growth ROU 0.7 * 2025", "inflation ROU 4.7 * 2024", "inflation ROU 10.4 * 2023"}},
}

func TestFootnoteMarks(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), footnoteMarkFamilies)
}
