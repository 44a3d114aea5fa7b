package extract

import (
	"testing"
	"time"
)

// s28Date is after every release the families' figures are in, as a fact-check of a debate
// would be.
var s28Date = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)

// A fact-check's claim-review layout: a label puts the claim forward ("Claim:", "CLAIM:",
// "The claim:", "What was claimed:", "Claim –"), often as a quote, and a rating follows on
// the same line or the next ("Verdict: False.", "Rating: Half true", "Our verdict: Missing
// context", "Conclusion: Exaggerated"). The claim's figure is someone else's under review: it
// makes no claim when the rating is not one of truth (negation.go, withdrawnClaim), and the
// rating's own figures are the article's. With no rating, the claim is put forward to be
// checked and stays a claim.
func TestS28LabelledClaimWithItsRatingOnTheSameLine(t *testing.T) {
	runFamilies(t, s28Date, []family{
		{name: "a quoted claim rated on its own line (AFP, Reuters, PolitiFact, Full Fact)", wordings: []string{
			`Claim: "France's economy grew 2% in 2025." Verdict: False.`,
			`CLAIM: "France's economy grew 2% in 2025." VERDICT: FALSE.`,
			`The claim: “France's economy grew 2% in 2025.” Rating: Mostly false.`,
			`What was claimed: 'France's economy grew 2% in 2025.' Our verdict: Incorrect.`,
			`Claim – "France's economy grew 2% in 2025." Conclusion – Exaggerated.`,
			`Claim: A viral post says France's economy grew 2% in 2025. Rating: Pants on fire.`,
			"Claim: \"France's economy grew 2% in 2025.\"\nOur verdict: Missing context.",
			"CLAIM: France's economy grew 2% in 2025 (a minister, on TV).\n\nVERDICT\nHalf true.",
		}},
		{name: "the facts after the rating are the article's", wordings: []string{
			`Claim: "France's economy grew 2% in 2025." Verdict: False. Official figures show growth of 0.8% in 2025.`,
			`CLAIM: "France's economy grew 2% in 2025." VERDICT: Inaccurate. INSEE data show the economy grew 0.8% in 2025.`,
			"The claim: France's economy grew 2% in 2025.\nRating: Exaggerated. France's economy grew 0.8% in 2025.",
		}, want: []string{"gdp_growth FRA 0.8 actual 2025"}},
		{name: "near miss: a claim put forward with no rating stays a claim to check", wordings: []string{
			"Claim: \"Inflation in Germany hit 6.9% in 2025.\"\n\nWe looked at the figures from Destatis.",
			`CLAIM: Inflation in Germany hit 6.9% in 2025, a speaker said at the rally.`,
			"What was claimed: German inflation hit 6.9% in 2025.",
		}, want: []string{"inflation DEU 6.9 actual 2025"}},
		{name: "near miss: a rating of truth keeps the claim", wordings: []string{
			`Claim: "Italy's unemployment rate fell to 6.4% in 2025." Verdict: True.`,
			`CLAIM: "Italy's unemployment rate fell to 6.4% in 2025." RATING: Correct.`,
			"The claim: Italy's unemployment rate fell to 6.4% in 2025.\nOur verdict: Accurate.",
		}, want: []string{"unemployment_rate ITA 6.4 actual 2025"}},
		{name: "near miss: no label, a rating-like word is no verdict", wordings: []string{
			`Italy's unemployment rate fell to 6.4% in 2025. Verdict: the reform worked.`,
			`Italy's unemployment rate fell to 6.4% in 2025, the claimant said. Rating agencies took note.`,
		}, want: []string{"unemployment_rate ITA 6.4 actual 2025"}},
	})
}

// A reported figure the next sentence answers with "In fact", "Actually", "In reality" or "The
// real figure", giving another figure of the same measure (its subject in the claim's own
// words, or "it") and of the claim's year, named or not, is rebutted: the claim is the
// speaker's. The same figure, another measure, another place, another year or an answer that
// goes on keeps it (negation.go, figureAnswers).
func TestS28ReportedFigureCorrectedInTheNextSentence(t *testing.T) {
	runFamilies(t, s28Date, []family{
		{name: "corrected by another figure of the same measure", wordings: []string{
			"Sir, your columnist claims that Canada's unemployment rate was 5.4% in 2025. In fact, Canada's unemployment rate was 6.9% in 2025.",
			"The opposition leader said Canada's unemployment rate was 5.4% in 2025. Actually, the unemployment rate averaged 6.9%.",
			"A viral post claimed that Canada's unemployment rate fell to 5.4% last year. In reality, unemployment was 6.9% in 2025.",
			"Mr Poilievre argued that Canadian unemployment was 5.4% in 2025. But unemployment was 6.9%, according to Statistics Canada.",
			"The post says Canada's unemployment rate was 5.4% last year. Actually it averaged 6.9% in 2025.",
			"The minister stated that Canada's jobless rate was 5.4% last year. In truth the jobless rate stood at 6.9%.",
		}, want: []string{"unemployment_rate CAN 6.9 actual 2025"}},
		// ("it was 6.9%" names no measure: it is not linked, as before)
		{name: "corrected by another figure of the claim's year, named or not", wordings: []string{
			"Sir, your columnist claims that Canada's unemployment rate was 5.4% last year. In fact it was 6.9% in 2025; he is out of date.",
			"A senator claimed Canada's unemployment rate was 5.4% in 2025. In reality it was 6.9% in 2025.",
		}},
		{name: "near miss: the same figure insists", wordings: []string{
			"Sir, your columnist claims that Canada's unemployment rate was 6.9% last year. In fact, Canada's unemployment rate was 6.9% in 2025.",
			"The opposition leader said Canada's unemployment rate was 6.9% in 2025. Actually, the unemployment rate was 6.9%.",
		}, want: []string{"unemployment_rate CAN 6.9 actual 2025", "unemployment_rate CAN 6.9 actual 2025"}},
		{name: "near miss: another year", wordings: []string{
			"The opposition leader said Canada's unemployment rate was 6.9% in 2025. In fact, it was 5.4% in 2023.",
			"The opposition leader said Canada's unemployment rate was 6.9% last year. Actually it was 5.4% in 2023.",
		}, want: []string{"unemployment_rate CAN 6.9 actual 2025"}},
		{name: "near miss: another measure, another place or another year answers nothing", wordings: []string{
			"The opposition leader said Canada's unemployment rate was 6.9% in 2025. In fact, inflation was 2.4%.",
			"The opposition leader said Canada's unemployment rate was 6.9% in 2025. In fact, Germany's unemployment rate was 3.4%.",
			"The opposition leader said Canada's unemployment rate was 6.9% in 2025. In fact, the unemployment rate was 5.4%, the lowest in years.",
		}, want: []string{"unemployment_rate CAN 6.9 actual 2025", "*"}},
		{name: "near miss: no speaker, no opening of contrast", wordings: []string{
			"Canada's unemployment rate was 6.9% in 2025. Unemployment was 5.4% in 2023.",
			"Canada's unemployment rate was 6.9% in 2025. In fact, unemployment was 5.4%.",
			"The opposition leader said Canada's unemployment rate was 6.9% in 2025. Unemployment was 5.4%.",
		}, want: []string{"unemployment_rate CAN 6.9 actual 2025", "*"}},
	})
}

// A figure the text says is of another year than the one its sentence or the article's date
// would give takes that year: in its own clause ("the 5.4% figure is from 2023", "That 5.4%
// dates from 2023", "5.4% was the 2023 figure") or, of a figure a speaker gave, in the next
// sentence ("That was the 2023 rate."). A year that starts a span or names a source, and a
// figure the article states itself before a sentence of its own, keep their period
// (dated_figure.go).
func TestS28FigureSaidToBeOfAnotherYear(t *testing.T) {
	runFamilies(t, s28Date, []family{
		{name: "a figure said to be of another year in its own clause", wordings: []string{
			"In fact Canada's unemployment rate was 6.9% in 2025; the 5.4% figure is from 2023.",
			"Canada's jobless rate hit 6.9% in 2025; the 5.4% jobless rate dated from 2023.",
			"Canada's unemployment rate was 6.9% in 2025, whereas the 5.4% unemployment rate is from 2023.",
			"Canada's unemployment rate was 6.9% in 2025 - the 5.4% figure is from 2023.",
			"Canada's unemployment rate was 6.9% in 2025, and the 5.4% rate was the 2023 figure.",
		}, want: []string{"unemployment_rate CAN 6.9 actual 2025", "unemployment_rate CAN 5.4 actual 2023"}},
		{name: "a speaker's figure the next sentence dates", wordings: []string{
			"The senator said Germany's inflation hit 6.9% last year. That was the 2022 rate.",
			"A campaign flyer claims Germany's inflation was 6.9% in 2025. But that was the 2022 figure.",
			"Germany's inflation hit 6.9% last year, the post claimed. That's the 2022 number.",
			"The opposition leader said that inflation in Germany was running at 6.9% last year. In fact, that was the 2022 rate.",
		}, want: []string{"inflation DEU 6.9 actual 2022"}},
		{name: "near miss: a year that starts a span, names no year of the figure, or goes on", wordings: []string{
			"Germany's inflation was 6.9% in 2022; the series is from 1991.",
			"Germany's inflation was 6.9% in 2022; the figure is from 2023 onward revised.",
		}, want: []string{"inflation DEU 6.9 actual 2022"}},
		{name: "near miss: a second figure said to be of a source, or followed on", wordings: []string{
			"Germany's inflation was 6.9% in 2022, and the 6.9% figure is from Destatis.",
			"Germany's inflation was 6.9% in 2022, and the 6.9% rate is from 2022 onward the highest.",
			"Germany's inflation was 6.9% in 2022, and 6.9% was the highest rate since 1951.",
		}, want: []string{"inflation DEU 6.9 actual 2022", "inflation DEU 6.9 actual 2022"}},
		{name: "near miss: a figure the article states is not re-dated by the next sentence", wordings: []string{
			"Germany's inflation hit 6.9% in 2022. That was the 2022 rate.",
			"Germany's inflation hit 6.9% in 2022. That was the highest rate since 1951.",
			"The senator said Germany's inflation hit 6.9% in 2022. That was the highest rate in decades.",
		}, want: []string{"inflation DEU 6.9 actual 2022"}},
	})
}
