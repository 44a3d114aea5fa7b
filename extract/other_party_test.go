package extract

import "testing"

// TestPlaceModifyingAnotherClausesNoun (blind round 46): a place named as the modifier of a
// noun in a clause a subordinator opens ("as US tariffs weighed on factories", "as German
// tourists returned", "because American demand weakened") tells another party's part in the
// story, not whose figure it is: in an article about Mexico, Mexico's right 3.1% growth for
// 2023 was judged as the United States' and flagged, and the next sentence's inflation with it.
// A place that is the clause's subject or a possessor, or that modifies the figure's own
// subject, is read as before.
func TestPlaceModifyingAnotherClausesNoun(t *testing.T) {
	runFamilies(t, earlierReleaseDate, []family{
		{name: "a later clause's modifier", wordings: []string{
			"Mexico's economy has slowed a lot. Output grew 3.1% in 2023 but only 1.4% in 2025, as US tariffs weighed on factories.",
		}, want: []string{"gdp_growth MEX 3.1 actual 2023"}},
		{name: "a later clause's modifier, no comma", wordings: []string{
			"Spain is booming. Unemployment fell to 10.4% in 2025 as German tourists returned.",
		}, want: []string{"unemployment_rate ESP 10.4 actual 2025"}},
		{name: "a clause of cause before the figure's own clause", wordings: []string{
			"Canada's economy is struggling. Growth slowed to 1.5% in 2024 because American demand weakened, and inflation was 2.4% in 2024.",
		}, want: []string{"gdp_growth CAN 1.5 actual 2024", "inflation CAN 2.4 actual 2024"}},
		{name: "a fronted clause's modifier", wordings: []string{
			"Vietnam is thriving. As Chinese factories moved south, the economy grew 7.1% in 2024.",
		}, want: []string{"gdp_growth VNM 7.1 actual 2024"}},
		// near-misses: the figure's own subject, a possessor that is another figure's
		{name: "the figure's own modifier", wordings: []string{
			"Spain is booming. German unemployment fell to 3.4% in 2025 as tourists returned.",
		}, want: []string{"unemployment_rate DEU 3.4 actual 2025"}},
		{name: "a possessor with a figure of its own", wordings: []string{
			"Austria is struggling. Growth was 0.3% in 2025, while Germany's economy grew 0.2%.",
		}, want: []string{"gdp_growth AUT 0.3 actual 2025", "gdp_growth DEU 0.2 actual 2025"}},
	})
}
