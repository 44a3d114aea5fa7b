package extract

import (
	"testing"
	"time"
)

// A place phrase after a conjunction that opens a conjunct with a figure of its own ("..., and
// in Nigeria 3.3 per cent", "while in the Philippines it was 3.2 percent", "and in Argentina
// rebounded to 4.4%") is that figure's place, not the place of the figure before the
// conjunction, and the conjunct's figure with no date of its own is of the period of the one
// it parallels (gappedConjunctPlace, gappedPlaceBefore). Blind round 36: "Growth was 0.8 per
// cent in 2023, and in Nigeria 3.3 per cent" gave South Africa's 0.8 to Nigeria; "Inflation in
// Indonesia was 2.2 percent in 2024, while in the Philippines it was 3.2 percent" gave the 3.2
// the year 2025; blind round 31: "Growth in Brazil slowed to 2.3% in 2025 and in Argentina
// rebounded to 4.4%" gave the 4.4 to Brazil. Controls: a date after the conjunction, a
// conjunct that names its place as a subject, and a place phrase with no figure after it.
var gappedPlaceFamilies = []family{
	{name: "the figure before the conjunction keeps its place", wordings: []string{
		"South Africa's economy has struggled. Growth was 0.8 per cent in 2023, and in Nigeria 3.3 per cent.",
	}, want: []string{"gdp_growth ZAF 0.8 * 2023"}},
	{name: "the figure before the conjunction keeps its place (2)", wordings: []string{
		"South Africa's economy has struggled. Growth was 0.8 per cent in 2023, but in Nigeria it was 3.3 per cent.",
	}, want: []string{"gdp_growth ZAF 0.8 * 2023", "gdp_growth NGA 3.3 * 2023"}},
	{name: "the conjunct's figure takes its place and its period", wordings: []string{
		"South Africa grew 0.8 per cent in 2023.\n\nInflation in Indonesia was 2.2 percent in 2024, while in the Philippines it was 3.2 percent.",
		"South Africa grew 0.8 per cent in 2023.\n\nInflation in Indonesia was 2.2 percent in 2024, whereas in the Philippines it was 3.2 percent.",
		"South Africa grew 0.8 per cent in 2023.\n\nInflation in Indonesia was 2.2 percent in 2024 but in the Philippines it was 3.2 percent.",
	}, want: []string{"gdp_growth ZAF 0.8 * 2023", "inflation IDN 2.2 * 2024", "inflation PHL 3.2 * 2024"}},
	{name: "a conjunct with its own verb", wordings: []string{
		"Growth in Brazil slowed to 2.3% in 2025 and in Argentina rebounded to 4.4%.",
		"Growth in Brazil slowed to 2.3% in 2025, while in Argentina it rebounded to 4.4%.",
	}, want: []string{"gdp_growth BRA 2.3 * 2025", "gdp_growth ARG 4.4 * 2025"}},
	// controls
	{name: "control: a date after the conjunction", wordings: []string{
		"Growth in Brazil slowed to 2.3% in 2025, while in 2024 it was 3.2%.",
	}, want: []string{"gdp_growth BRA 2.3 * 2025", "gdp_growth BRA 3.2 * 2024"}},
	{name: "control: a conjunct whose subject names its place", wordings: []string{
		"Growth in Brazil slowed to 2.3% in 2025, and growth in Argentina rebounded to 4.4% in 2024.",
	}, want: []string{"gdp_growth BRA 2.3 * 2025", "gdp_growth ARG 4.4 * 2024"}},
	{name: "control: a place phrase with no figure after it", wordings: []string{
		"Inflation was 2.2 percent in 2024 in Indonesia, and in the Philippines the peso fell.",
	}, want: []string{"inflation IDN 2.2 * 2024"}},
}

func TestGappedConjunctPlace(t *testing.T) {
	runFamilies(t, time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), gappedPlaceFamilies)
}
