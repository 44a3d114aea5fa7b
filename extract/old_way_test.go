package extract

import (
	"testing"
	"time"
)

// A figure "measured the old way" is of a superseded definition, as one "by the old method"
// is (definitionPhraseAt; attack round 17, an interview's "Some say inflation in 2022 was
// really 15% if measured the old way"). The controls keep a measure named by its index and the
// words "the old way" about something else.
var oldWayFamilies = []family{
	{name: "a figure measured the old way", wordings: []string{
		"Some say US inflation in 2022 was really 15% if measured the old way.",
		"US inflation in 2022 was 15%, calculated the old way.",
		"On the old formula, US inflation was 15% in 2022.",
	}, want: []string{}},
	// controls
	{name: "control: a measure named by its index", wordings: []string{
		"US inflation, measured by the consumer price index, was 8% in 2022.",
	}, want: []string{"inflation USA 8 actual 2022"}},
	{name: "control: the old way of something else", wordings: []string{
		"US inflation was 8% in 2022; the old way of doing business is over.",
	}, want: []string{"inflation USA 8 actual 2022"}},
	{name: "control: a restated figure of a later year", wordings: []string{
		"Germany's inflation was 5.9% in 2023. The 5.9% figure was matched again in 2024.",
	}, want: []string{"inflation DEU 5.9 actual 2023", "inflation DEU 5.9 * 2024"}},
}

func TestOldWay(t *testing.T) {
	runFamilies(t, time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC), oldWayFamilies)
}
