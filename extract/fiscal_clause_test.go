package extract

import (
	"testing"
	"time"
)

// TestFiscalPartLeavesAnotherClausesQuarter: a bare quarter after a company's fiscal half or
// quarter is read as fiscal only in the same phrase or the company's own clause; one in
// another clause, opened by a conjunction or another subject, is the calendar's (Reuters,
// Nikkei Asia, Bloomberg, AP wordings), and the near-misses keep the fiscal reading.
func TestFiscalPartLeavesAnotherClausesQuarter(t *testing.T) {
	dec := time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)
	runFamilies(t, dec, []family{
		{name: "the calendar quarter of another clause", wordings: []string{
			"Toyota's fiscal first-half profit fell 26% as Japan's economy grew 0.7% in the second quarter.",
			"Sony's fiscal second-quarter sales rose, while Japan's economy grew 0.7% in the second quarter.",
			"Profit fell in the fiscal first half, as Japan's economy grew 0.7% in the second quarter.",
			"Nissan's fiscal first-half profit slumped 90% when Japan's economy grew 0.7% in the second quarter.",
			"Honda's fiscal first-half profit fell, although Japan's economy grew 0.7% in the second quarter.",
		}, want: []string{"gdp_growth JPN 0.7 actual 2024-Q2"}},
		{name: "near miss: the bare quarter of the same phrase stays fiscal", published: jan, wordings: []string{
			"India's GDP growth slowed to 5.4% in Q2 FY25 from 6.7% in Q1.",
			"India's economy grew 5.4% in the second quarter of FY25, down from 6.7% in the first quarter.",
		}, want: []string{"gdp_growth IND 5.4 actual -", "gdp_growth IND 6.7 previous -"}},
		{name: "near miss: a quarter coordinated with a fiscal one stays fiscal", published: jan, wordings: []string{
			"India's economy grew 5.4% in the second quarter of FY25 and 6.7% in the first quarter.",
		}, want: []string{"gdp_growth IND 5.4 actual -", "gdp_growth IND 6.7 actual -"}},
	})
}
