package extract

import "testing"

// A figure a yes/no question asks makes no claim (questions.go): fact-check headlines, Q&A
// pages, explainers and podcast hosts, in several word orders and auxiliaries. The answer's
// own figure is a claim, of the country and year the question named. A wh-question, an
// assertion a question follows, a question after the figure and a question of knowing keep
// the figure.
func TestS25AFigureAYesNoQuestionAsksMakesNoClaim(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "yes/no questions", wordings: []string{
			"Did Sweden's economy grow 4% in 2024?",
			"Q: Has Japan's inflation hit 10% in 2024?",
			"Fact check: Did Canada's unemployment rate reach 10% in 2024?",
			"So did France's economy really grow 3% in 2024?",
			"Is it true that Japan's inflation was 10% in 2024?",
			"Didn't Germany's economy grow 2% in 2024?",
			"HOST: Did Korea's economy expand by 5 per cent in 2024?",
			"Could India's inflation have topped 12% in 2024?",
			"Has Brazil's jobless rate really fallen to 4 percent in 2024, as the minister claims?",
			"Headline: Were Spanish unemployment rates above 30% in 2024?",
		}},
		{name: "the answer is a claim, of what the question named", wordings: []string{
			"Did Mexico's inflation top 10% in 2024? No; it averaged 4.7%.",
			"Did Mexico's inflation top 10% in 2024?\nNo. It averaged 4.7%.",
		}, want: []string{"inflation MEX 4.7 actual 2024"}},
		{name: "near miss: an assertion before the question", wordings: []string{
			"Germany's economy shrank 0.5% in 2024. Why?",
			"Germany's economy shrank 0.5% in 2024, so why are ministers celebrating?",
			"Germany's economy shrank 0.5% in 2024; is anyone surprised?",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024"}},
		{name: "near miss: a wh-question presupposes its figure", wordings: []string{
			"Why did Germany's economy shrink 0.5% in 2024?",
			"How come Germany's economy shrank 0.5% in 2024?",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024"}},
		{name: "near miss: a question of knowing asserts", wordings: []string{
			"Did you know that Germany's economy shrank 0.5% in 2024?",
			"Do you remember that Germany's economy shrank 0.5% in 2024?",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024"}},
	})
}

// A claim a fact-check lays out under a label and answers with a verdict label that is not
// one of truth makes no claim; a verdict of truth keeps it (negation.go, withdrawnClaim).
func TestS25ALabelledClaimAVerdictCallsFalseMakesNoClaim(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "claim and verdict labels", wordings: []string{
			"Claim: \"Germany's economy grew 2% in 2024.\"\nVerdict: False.",
			"CLAIM: Brazil's unemployment rate was 20% in 2024.\nVERDICT: FALSE",
			"What was claimed\nSpain's unemployment rate was 30% in 2024.\nOur verdict\nFalse.",
			"The claim: Italy's economy grew 4% in 2024.\nRating: Pants on Fire",
			"Claim – Japan's inflation hit 10% in 2024.\nOur ruling: Misleading.",
			"THE CLAIM\nUS inflation was 9% in 2024.\nTHE FACTS\nPrices rose far less.",
		}},
		{name: "the facts' own figure is a claim", wordings: []string{
			"Claim – US inflation was 9% in 2024.\nFact – Inflation in the US averaged 2.9% in 2024.",
			"CLAIM: US inflation was 9% in 2024.\nFACT: Inflation in the US averaged 2.9% in 2024.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
		{name: "near miss: a verdict of truth", wordings: []string{
			"Claim: Indonesia's economy grew 5% in 2024.\nVerdict: True.",
			"CLAIM: Indonesia's economy grew 5% in 2024.\nVERDICT: ACCURATE",
			"The claim: Indonesia's economy grew 5% in 2024.\nOur verdict: Correct.",
		}, want: []string{"gdp_growth IDN 5 actual 2024"}},
		{name: "near miss: no claim label, or another figure first", wordings: []string{
			"Indonesia's economy grew 5% in 2024.\nVerdict: the government's plan worked.",
		}, want: []string{"gdp_growth IDN 5 actual 2024"}},
		{name: "near miss: another figure before the verdict", wordings: []string{
			"Claim: Indonesia's economy grew 5% in 2024.\nIndonesia's inflation was 2.3% in 2024.\nVerdict: False.",
		}, want: []string{"gdp_growth IDN 5 actual 2024", "inflation IDN 2.3 actual 2024"}},
	})
}

// A reported claim the next sentence of its paragraph (or its own, after a semicolon, a dash
// or ", which") answers makes no claim: by another figure for the same thing, by a negated
// echo, or by a predicate of falsity; a correction withdraws what it quotes (withdrawnClaim).
func TestS25AReportedClaimAnsweredAsFalseMakesNoClaim(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "answered by a negated echo or a predicate of falsity", wordings: []string{
			"A viral post says China's economy shrank 3% in 2024. It did not.",
			"Ministers claimed Spain's unemployment rate fell to 5% in 2024. They did not.",
			"A TikTok video said Turkey's inflation was 150% in 2024. It wasn't.",
			"The post claims Germany's unemployment rate reached 9% in 2024. That claim does not stand up.",
			"The senator said US inflation averaged 5% in 2024. This is not supported by the data.",
			"A leaflet says Spain's unemployment rate was 25% in 2024. That figure is fabricated.",
			"A leaflet says Spain's unemployment rate was 25% in 2024. That's made up.",
			"A leaflet says Spain's unemployment rate was 25% in 2024. But that claim isn't supported by ONS data.",
			"The claim that Germany's unemployment rate reached 9% in 2024 does not stand up.",
			"The claim that Germany's unemployment rate reached 9% in 2024 is not supported by the data.",
			"The claim that Germany's unemployment rate reached 9% in 2024 is fabricated.",
			"Instagram users shared a graphic saying Turkey's inflation was 150% in 2024, which is not correct.",
			"Fact-checkers found that the figure of 15% for Russia's 2024 growth is fabricated.",
			"Correction: An earlier version of this article said Sweden grew 2.0% in 2024.",
			"A previous version of this story stated that Japan's inflation was 3.7% in 2024.",
		}},
		// ("It was 2.9%" names no measure: it is not linked, as before)
		{name: "answered by another figure that names no measure", wordings: []string{
			"The senator said US inflation averaged 5% in 2024. It was 2.9%.",
			"Posts on Facebook say US inflation was 8% in 2024. In reality it was 2.9%.",
			"The poster claims US inflation was 8% in 2024. Official data show it was 2.9%.",
		}},
		{name: "answered by another figure", wordings: []string{
			"A campaign ad claimed US inflation hit 7 percent in 2024. The actual figure was 2.9 percent.",
			"The post claimed US inflation was 8% in 2024; the real rate was 2.9%.",
			"He said US inflation was 8% in 2024. But it averaged 2.9% in 2024, according to the BLS.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
		{name: "near miss: the same figure, another year, or an answer that goes on", wordings: []string{
			"The senator said US inflation averaged 2.9% in 2024. It was 4.1% in 2023.",
			"The senator said US inflation averaged 2.9% in 2024. It was 2.9%.",
			"The senator said US inflation averaged 2.9% in 2024. It was the lowest since 2020.",
			"The senator said US inflation averaged 2.9% in 2024. It did, by the BLS's count.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
		{name: "near miss: no speaker, no label", wordings: []string{
			"US inflation averaged 2.9% in 2024. It was 4.1% in 2023.",
			"US inflation averaged 2.9% in 2024. It did not, by some measures, feel like it.",
			"The Fed said US inflation averaged 2.9% in 2024, which is not surprising.",
			"The claim that US inflation averaged 2.9% in 2024 does stand up.",
			"The latest version of the survey said US inflation averaged 2.9% in 2024.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
		{name: "near miss: which of two figures the answer's figure answers is not said", wordings: []string{
			"The minister said US inflation averaged 2.9% in 2024 and unemployment 4%. It was 3.1%.",
		}, want: []string{"inflation USA 2.9 actual 2024"}},
	})
}

// FuzzAnswerWords holds answerWords to its bound and its words to non-empty ones, and runs the
// answers withdrawnClaim reads over them, and the label readers over any text.
func FuzzAnswerWords(f *testing.F) {
	f.Add("It was 2.9%.", 0)
	f.Add("In reality it grew 0.1% in 2024, according to the ONS.", 0)
	f.Add("It didn’t: it grew 0.7%.", 0)
	f.Add("That claim does not stand up.", 0)
	f.Add("Claim: x 2%\nVerdict\n", 3)
	f.Add("1,000.5.", 0)
	f.Add("x\xe2\x80", 1)
	f.Fuzz(func(t *testing.T, text string, j int) {
		if j < 0 || j > len(text) {
			return
		}
		var buf [answerWordsMax]string
		ws := answerWords(text, j, buf[:0])
		if len(ws) > answerWordsMax {
			t.Fatalf("%d words", len(ws))
		}
		for _, w := range ws {
			if w == "" {
				t.Fatalf("an empty word in %q", ws)
			}
		}
		_ = negatedEcho(ws) || falsityPredicate(ws) || negatedTruth(ws)
		_ = verdictFollows(text, j, nil)
		_, _ = verdictValue(text[j:])
	})
}
