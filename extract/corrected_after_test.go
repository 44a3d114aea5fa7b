package extract

import (
	"testing"
	"time"
)

// A reported figure that the next turn or sentence calls wrong and corrects with a figure is no
// claim, also when the correction comes as a sentence of its own ("That's simply wrong. It was
// 0.2%.") and the turns carry labels (blind round 24: "Q: Some say Germany grew 1.5% last
// year. A: That's simply wrong. It was 0.2%." flagged the 1.5%). The wordings are after
// interviews, fact-checks and letters pages; the controls keep a bare "That's wrong." that
// judges something else, and a figure the text itself states.
var correctedAfterFamilies = []family{
	{name: "a correction in the sentence after the denial", wordings: []string{
		"Q: Some say Germany grew 1.5% last year.\nA: That's simply wrong. It was 0.2%.",
		"Some say Germany grew 1.5% last year. That's wrong. In fact it was 0.2 percent.",
		"INTERVIEWER: Critics claim Germany grew 1.5% last year.\nECONOMIST: That is just wrong. The figure was 0.2%.",
		"Some say Germany grew 1.5% last year.\nA: That's wrong. It was about 0.2%.",
	}},
	// controls
	{name: "control: a bare denial of something else", wordings: []string{
		"Some say Germany's economy grew 1.5% last year. That's wrong. Nobody should be without work.",
	}, want: []string{"gdp_growth DEU 1.5 actual 2025"}},
	{name: "control: a bare denial, then another figure", wordings: []string{
		"Some say Germany's economy grew 1.5% last year. That's wrong. Unemployment was 6.3% last year.",
	}, want: []string{"gdp_growth DEU 1.5 actual 2025", "unemployment_rate DEU 6.3 actual 2025"}},
	{name: "control: the text's own figure", wordings: []string{
		"Germany's economy grew 1.5% last year. That's wrong, say critics of the statistics office. It was a good year.",
	}, want: []string{"gdp_growth DEU 1.5 actual 2025"}},
}

func TestCorrectedAfter(t *testing.T) {
	date := time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, date, correctedAfterFamilies[1:])
	// The denied figure is no claim; the correction may be one.
	ex := testExtractor(t)
	for _, text := range correctedAfterFamilies[0].wordings {
		for _, c := range ex.Claims(Article{Text: text, Published: date}, Options{}) {
			if c.Value == 1.5 {
				t.Errorf("%q: the denied 1.5%% is a claim: %q", text, c.Quote)
			}
		}
	}
}
