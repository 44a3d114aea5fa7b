package extract

import (
	"testing"
	"time"
)

// TestAsidesOfTheSubject (blind round 50): what an apposition to a named subject, a dashed
// aside or a participle phrase says ("Thailand, the epicentre of 1997, grew 2.4% last year",
// "Canada, tied to American rates, suffered a deeper recession", "- consumer prices were flat
// in 2020 -", "A Spaniard born in 1975") dates and places that aside, not the figures of the
// clause around it; a date that opens a sentence does not frame a part after a semicolon with
// a date of its own; and "in a single year" names no year. Read otherwise, right figures of a
// history long read were judged against 1997, 2020, 1975 and the United States, and flagged.
func TestAsidesOfTheSubject(t *testing.T) {
	published := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an apposition's year", wordings: []string{
			"Thailand, the epicentre of 1997, grew 2.4% last year, and consumer prices fell 0.1%.",
			"Thailand, once the epicentre of the 1997 crisis, grew 2.4% last year, and consumer prices fell 0.1%.",
		}, want: []string{"gdp_growth THA 2.4 actual 2025", "inflation THA -0.1 actual 2025"}},
		{name: "an apposition's country", wordings: []string{
			"Canada, tied to American rates, suffered a deeper recession, with output falling 3.2% in 1982.",
		}, want: []string{"gdp_growth CAN -3.2 * 1982"}},
		{name: "an apposition's bloc beside two figures", wordings: []string{
			"Germany, for so long the engine of the euro area, shrank 0.9% in 2023 and 0.5% in 2024.",
		}, want: []string{"gdp_growth DEU -0.9 actual 2023", "gdp_growth DEU -0.5 actual 2024"}},
		{name: "a dashed aside's year", wordings: []string{
			"In Japan, after decades in which prices barely moved - consumer prices were flat in 2020 - inflation reached 3.2% last year.",
		}, want: []string{"inflation JPN 3.2 actual 2025"}},
		{name: "a participle's year", wordings: []string{
			"A Spaniard born in 1975 has lived through a slump in which Spain's GDP shrank by 10.9%.",
		}, want: []string{"gdp_growth ESP -10.9 actual -"}},
		{name: "a semicolon part with a date of its own", wordings: []string{
			"In 1975 inflation in Spain was in the high teens; by 2009 its economy contracted 3.8% while Sweden's shrank 4.3%.",
		}, want: []string{"gdp_growth ESP -3.8 actual 2009", "gdp_growth SWE -4.3 actual 2009"}},
		{name: "a single year, not which", wordings: []string{
			"Spain's economy grew 2.5% in 2024. In the pandemic, Spain's GDP shrank 10.9% in a single year.",
		}, want: []string{"gdp_growth ESP 2.5 actual 2024", "gdp_growth ESP -10.9 actual -"}},
		// near-misses: the subject's own year after the aside, a dash that opens a line, a
		// participle phrase with the figure in it
		{name: "the clause's own year after an apposition", wordings: []string{
			"Thailand, the epicentre of 1997, grew 2.4% in 2024.",
		}, want: []string{"gdp_growth THA 2.4 actual 2024"}},
		{name: "a figure in the participle phrase", wordings: []string{
			"Spain's economy, battered in 2020 by a fall of 10.9%, grew 2.5% in 2024.",
		}, want: []string{"gdp_growth ESP -10.9 * 2020", "gdp_growth ESP 2.5 actual 2024"}},
	})
}
