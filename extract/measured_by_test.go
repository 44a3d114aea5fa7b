package extract

import (
	"testing"
	"time"
)

// A figure said to be measured by another measure than the headline one is that measure's:
// the GDP deflator, producer prices. The table's inflation is consumer prices', and a
// deflator's 12.2% was judged against it. "As measured by the consumer price index" names
// the headline measure and keeps the claim.
var measuredByFamilies = []family{
	{name: "inflation measured by a deflator or producer prices is no consumer-price inflation", published: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation, as measured by the GNP price deflator, remained in check, growing a moderate 0.7 pct in 1986.",
		"Zimbabwe's inflation, measured by the GDP deflator, was estimated at 12.2 pct in 1986.",
		"Inflation in Germany as measured by producer prices was 5% in 2023.",
		"India's inflation, gauged by the wholesale price index, was 1.3 per cent in 2023.",
		"Measured by the GDP deflator, inflation in Japan was 4.1% in 2023.",
	}},
	{name: "inflation measured by consumer prices keeps its reading", published: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's inflation, as measured by the consumer price index, was 5.9% in 2023.",
		"German inflation, measured by the CPI, was 5.9 pct in 2023.",
		"In Germany, inflation, as measured by consumer prices, was 5.9 per cent in 2023.",
	}, want: []string{"inflation DEU 5.9 actual 2023"}},
}

func TestMeasuredByAnotherMeasure(t *testing.T) {
	runFamilies(t, familyDate, measuredByFamilies)
}
