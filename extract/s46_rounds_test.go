package extract

import (
	"testing"
	"time"
)

// TestPlaceOfAChangePhrase (blind round 211): a figure that measures a noun of change located
// by "in" a country is that country's, not the clause subject's: "euro zone GDP rose about
// 1.5%, flattered by a surge of more than 12% in Ireland" was judged as the euro area's 12%.
func TestPlaceOfAChangePhrase(t *testing.T) {
	published := time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "of a change noun", wordings: []string{
			"Euro zone GDP rose 1.5% in 2025, flattered by a surge of more than 12% in Ireland, where multinationals rushed exports.",
			"Euro zone GDP rose 1.5% in 2025, helped by a rise of 12% in Ireland.",
			"Euro zone GDP rose 1.5% in 2025, with an expansion of 12% in Ireland.",
		}, want: []string{"gdp_growth EMU 1.5 actual 2025", "gdp_growth IRL 12 actual 2025"}},
		{name: "before a change noun", wordings: []string{
			"Euro zone GDP rose 1.5% in 2025, driven by a 12% jump in Ireland.",
			"Euro zone GDP rose 1.5% in 2025, thanks to a 12% surge in Ireland.",
		}, want: []string{"gdp_growth EMU 1.5 actual 2025", "gdp_growth IRL 12 actual 2025"}},
		// near-misses: a change located in a year, or in what changed, is the subject's or none's
		{name: "in a year", wordings: []string{
			"Euro zone GDP rose 1.5% in 2025 after a 0.9% rise in 2024.",
		}, want: []string{"gdp_growth EMU 1.5 actual 2025", "gdp_growth EMU 0.9 previous 2024"}},
		{name: "in what changed", wordings: []string{
			"German GDP grew 0.2% in 2025, despite a 5% jump in energy prices.",
			"Euro zone inflation fell to 2.4% in 2024, as a 5% drop in energy prices offset dearer food.",
		}, want: []string{"*"}},
	})
}
