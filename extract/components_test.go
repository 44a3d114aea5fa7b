package extract

import (
	"testing"
	"time"
)

// A component of the price index named by a word the tagger takes for an adjective — a
// gerund, a past participle ("rent", as of "rend"), a relational adjective — was not read as
// restricting the measure: "Turkey's rent inflation topped 100% in 2024" was judged as
// headline inflation (wrong readings of the sixth attack, /work/notes/s24-attack6.md).
var componentFamilies = []family{
	{name: "a component of the price index is not headline inflation", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Turkey's rent inflation topped 100% in 2024.",
		"Britain's rental inflation hit 9% in 2024.",
		"US medical inflation was 3.3% in 2024.",
		"Clothing inflation in Britain was 9% in 2024.",
		"Japan's heating inflation reached 9% in 2024.",
		"Rent inflation in Turkey topped 100% in 2024.",
	}},
	{name: "a word of how inflation moves keeps it headline", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Turkey's soaring inflation averaged 58.5% in 2024.",
		"Turkey's rising inflation averaged 58.5% in 2024.",
		"Turkey's runaway inflation averaged 58.5% in 2024.",
	}, want: []string{"inflation TUR 58.5 actual 2024"}},
	// the indices that measure inflation other than by the CPI are read as inflation, and the
	// checks judge them against series of their index only (checks/data/definition_cues.csv)
	{name: "inflation named by its index is inflation", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK CPIH inflation averaged 3.3% in 2024.",
		"Britain's CPIH inflation rate averaged 3.3% in 2024.",
		"UK inflation on the CPIH measure averaged 3.3% in 2024.",
	}, want: []string{"inflation GBR 3.3 actual 2024"}},
	{name: "HICP inflation is inflation", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"French HICP inflation averaged 2.3% in 2024.",
		"The HICP rose 2.3% in France in 2024.",
	}, want: []string{"inflation FRA 2.3 actual 2024"}},
}

func TestComponentsAreNotHeadline(t *testing.T) {
	runFamilies(t, familyDate, componentFamilies)
}
