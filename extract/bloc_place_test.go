package extract

import (
	"testing"
	"time"
)

// A figure placed by a phrase that points back to a bloc ("in the currency bloc", "across the
// bloc", "throughout the single currency area") is the bloc's named last, as "the bloc's
// inflation" is (blocPhraseAfter). Blind round 30's "Growth in the euro area as a whole picked
// up to 1.4% in 2025. Inflation averaged 2.5% in the currency bloc last year, ..., while
// unemployment edged down to 6.3%." in a story mostly of Germany was read as Germany's once a
// member phrase before it ("the euro zone's growth star") no longer counted as a mention of
// the euro area. Controls: a member of the bloc ("in the bloc's largest economy") is no
// anaphor of it, and a bloc's noun with no bloc named before is no place.
const blocStory = "Germany's economy grew 0.2% in 2025, and Germany's exports fell. German unemployment rose. Growth in the euro area as a whole picked up to 1.4% in 2025. "

var blocPlaceFamilies = []family{
	{name: "a bloc's anaphor after the figure", wordings: []string{
		blocStory + "Inflation averaged 2.5% in the currency bloc last year.",
		blocStory + "Inflation averaged 2.5% across the bloc last year.",
		blocStory + "Inflation averaged 2.5% last year throughout the single currency area.",
		blocStory + "Inflation averaged 2.5% in 2025 in the 20-nation bloc.",
	}, want: []string{"gdp_growth DEU 0.2 * 2025", "gdp_growth EMU 1.4 * 2025", "inflation EMU 2.5 * 2025"}},
	// controls
	{name: "control: a member of the bloc", wordings: []string{
		blocStory + "Inflation averaged 2.2% in the bloc's largest economy last year.",
	}, want: []string{"gdp_growth DEU 0.2 * 2025", "gdp_growth EMU 1.4 * 2025", "inflation DEU 2.2 * 2025"}},
	{name: "control: no bloc named before", wordings: []string{
		"Germany's economy grew 0.2% in 2025. Inflation averaged 2.2% in the currency bloc last year.",
	}, want: []string{"gdp_growth DEU 0.2 * 2025"}},
}

func TestBlocPlaceAfterFigure(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 3, 0, 0, 0, 0, time.UTC), blocPlaceFamilies)
}
