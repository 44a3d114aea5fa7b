package extract

import (
	"testing"
	"time"
)

var spokenDate = time.Date(2026, 9, 10, 0, 0, 0, 0, time.UTC)

// Shapes of speech, columns and corrections pages that gave false alarms (attack round 20),
// each with paraphrases and controls: a claim denied by a verbless sentence or quoted to be
// debunked, a figure a corrections page withdraws, "the year after", and potential growth.
var spokenFamilies = []family{
	{name: "a reported claim denied by a verbless sentence", wordings: []string{
		"Now my opponent says the American economy grew 3.9 percent in 2024. Not true. Not even close.",
		"The senator claims US growth was 3.9 percent in 2024. Not true at all!",
		"My opponent says the American economy grew 3.9 percent in 2024. False.",
		"He said the American economy grew 3.9% in 2024. Untrue.",
	}, want: []string{}},
	{name: "control: the article's own figure before a verbless denial of something else", wordings: []string{
		"The American economy grew 2.8 percent in 2024. Not true, say his critics, that growth is slowing.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "a claim quoted to be debunked", wordings: []string{
		"\"Italy grew 2% last year\": no, 0.5%.",
		"\"Italy's economy grew 2% last year\": false.",
	}, want: []string{}},
	{name: "control: a quotation with a colon that is no denial", wordings: []string{
		"\"Italy grew 0.5% last year\": the finance minister's words.",
	}, want: []string{"gdp_growth ITA 0.5 * 2025"}},
	{name: "the year after a year the sentence names", wordings: []string{
		"Germany's economy shrank by 0.9 per cent in 2023 and by a further 0.5 per cent the year after.",
		"German GDP fell 0.9% in 2023 and 0.5% the year after.",
	}, want: []string{"gdp_growth DEU -0.9 actual 2023", "gdp_growth DEU -0.5 actual 2024"}},
	{name: "potential growth is no growth", wordings: []string{
		"GOVERNOR: Japan's potential growth is around half a percent.",
		"Japan's potential growth rate is about 0.5%, the Bank of Japan estimates.",
	}, want: []string{}},
}

func TestSpokenAndLongForm(t *testing.T) { runFamilies(t, spokenDate, spokenFamilies) }

// TestCorrectionsPage: on a page headed as corrections, a figure an earlier piece is said to
// have given is withdrawn, and the corrected figure is the page's; the same sentence under
// another heading is a report like any other.
func TestCorrectionsPage(t *testing.T) {
	ex := testExtractor(t)
	body := "An article on July 30 about the eurozone said that inflation in Germany was 8.7 per cent in 2022. " +
		"Consumer price inflation in Germany was 6.9 per cent in 2022."
	for _, tc := range []struct {
		heading string
		want    []string
	}{
		{"Corrections\n\n", []string{"inflation DEU 6.9 actual 2022"}},
		{"Corrections and clarifications\n", []string{"inflation DEU 6.9 actual 2022"}},
		{"Correction:\n", []string{"inflation DEU 6.9 actual 2022"}},
		{"Prices in Europe\n\n", []string{"inflation DEU 8.7 actual 2022", "inflation DEU 6.9 actual 2022"}},
	} {
		text := tc.heading + body
		checkFamily(t, text, ex.Claims(Article{Text: text, Published: spokenDate}, Options{}), tc.want)
	}
}
