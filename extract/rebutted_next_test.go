package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestRebuttalInTheNextSentenceIsNoClaim: a fact-checker reports a claim in one sentence and
// calls it false in the next ("Posts claimed unemployment hit 40% in 2020. This is false."):
// the reported figure is no claim of the article's. A figure the article states itself, a
// predicate of truth and a judgement of something else keep the claim.
func TestRebuttalInTheNextSentenceIsNoClaim(t *testing.T) {
	ex := testExtractor(t)
	for _, f := range []family{
		{name: "a claim the next sentence calls false", wordings: []string{
			// PolitiFact
			"A viral Facebook post claimed that US unemployment hit 40% in 2020. We rate this claim False.",
			"Trump said US unemployment was 42% in 2020. That's not true.",
			"The senator said that US inflation reached 15% in 2022. This is false.",
			// Full Fact
			"A post on Facebook says that UK inflation was 20% in 2023. This is incorrect.",
			"The MP said UK unemployment rose to 10% in 2023. That is not correct.",
			"Posts on social media claimed UK unemployment hit 40% in 2020. This is false.",
			// AFP Fact Check
			"Social media posts claim Nigeria's inflation was 80% in 2023. The claim is false.",
			"A video alleges that India's economy shrank 10% in 2023. This claim is misleading.",
			// Africa Check
			"The opposition leader said South Africa's unemployment rate was 60% in 2023. But that figure is wrong.",
			"A widely shared message says Kenya's inflation hit 30% in 2023. This is not the case.",
			// FactCheck.org
			"Biden said US unemployment was 2% in 2023. That's false.",
			"The ad claimed US inflation was 12% in 2023. But that’s not accurate.",
			// BBC Reality Check
			"Boris Johnson said UK unemployment was 10% in 2023. That figure is not right.",
			"UK unemployment hit 20% in 2023, a viral post claimed. This is simply false.",
			"Campaigners have claimed UK inflation reached 25% in 2023. However, this statistic is inaccurate.",
			// the speaker around the claim, the rebuttal quoted or coordinated
			`"US unemployment hit 40% in 2020," the post said. This is false.`,
			`The post said: "US unemployment hit 40% in 2020." That is false.`,
			"According to the post, US unemployment hit 40% in 2020. This is false.",
			"US unemployment hit 40% in 2020, according to the post. That is not true.",
			"A post claimed US unemployment hit 40% in 2020. This figure is false and misleading.",
			"A post claimed US unemployment hit 40% in 2020. That claim is “false”.",
			`A Facebook post said US unemployment was 40% in 2020. We rate it "False."`,
			// the verb of saying before its object and adverbials (blind round 29: an editorial)
			`The finance minister told parliament on Tuesday that South Africa's economy "grew by 1.5% last year". It did not.`,
			"The finance minister told parliament on Tuesday that South Africa's economy grew by 1.5% in 2025. It did not.",
			"The minister claimed in a speech on Monday that South Africa's economy grew by 1.5% in 2025. That is false.",
			"The president told reporters that South Africa's economy grew by 1.5% in 2025. That's not true.",
			`An opposition deputy claimed in the same week that "Argentina's economy contracted 2.5% in 2024". That is false.`,
			`Opposition senator Flavio Arruda responded on social media that "Brazil's growth in 2023 was only 2.1%". That is not true.`,
			"The spokesman replied that South Africa's economy grew by 1.5% in 2025. This is incorrect.",
		}},
		{name: "the correction after the rebuttal is the article's", wordings: []string{
			"Posts claimed US unemployment hit 40% in 2020. This is false: US unemployment was 8.1% in 2020.",
			"A post says US unemployment was 40% in 2020. That is untrue. US unemployment was 8.1% in 2020.",
			"A post says US unemployment was 40% in 2020. The claim is wrong. US unemployment was 8.1% in 2020.",
			"A post says US unemployment was 40% in 2020. That is wrong: US unemployment was 8.1% in 2020.",
			"A post says US unemployment was 40% in 2020. That's not right: US unemployment was 8.1% in 2020.",
			// the correction names no year: the rebutted claim's, which is read though withdrawn
			// (blind round 30: "That is false: IBGE's revised figure is 3.2%" took the year of
			// publication)
			"A post says US unemployment was 40% in 2020. That is false: the official figure is 8.1%.",
			"A senator responded that US unemployment was 40% in 2020. That is false: the BLS's figure is 8.1%.",
		}, want: []string{"unemployment_rate USA 8.1 actual 2020"}},
		{name: "a figure outside the reported clause is the article's", wordings: []string{
			"US unemployment was 8.1% in 2020, not what posts claimed. This is false.",
		}, want: []string{"unemployment_rate USA 8.1 actual 2020"}},
		{name: "the claim kept, with its verdict", wordings: []string{
			"US inflation was 3% in 2020. That is not enough, unions say.",
			"US inflation was 3% in 2020. This is the highest since 2010.",
			"The minister said US inflation was 3% in 2020. This is true.",
			"The minister said US inflation was 3% in 2020. That is correct.",
			"The minister said US inflation was 3% in 2020. The claim is accurate.",
			"The minister said US inflation was 3% in 2020. That is not false.",
			"The minister said US inflation was 3% in 2020. It is wrong to call that low.",
			"The minister said US inflation was 3% in 2020. It is false that wages kept pace.",
			"The minister said US inflation was 3% in 2020. This is not true of Germany, where prices fell.",
			"The minister said US inflation was 3% in 2020. The figure is the highest since 2010.",
			"The minister said US inflation was 3% in 2020. This is false modesty, critics said.",
			"Critics claimed US inflation was 3% in 2020. But this is true.",
			"US inflation was 3% in 2020. This is false.", // no speaker: the article's own figure
			"The minister said US inflation was 3% in 2020. Falsely, rivals say, he blamed wages.",
			"The minister said US inflation was 3% in 2020. That is not wrong.",
			"The minister said US inflation was 3% in 2020. That is not bad.",
			"The minister said US inflation was 3% in 2020. That is right.",
			"The minister said US inflation was 3% in 2020. This is misleading because wages rose.",
			"US inflation was 3% in 2020, the lowest in years. That is false, said nobody.",
			"The minister said US inflation was 3% in 2020. That is false modesty and misleading.",
			// a verdict the article reports, after a comma, is a speaker's (the review of this stop)
			"The minister said US inflation was 3% in 2020. That is false, the opposition leader said.",
			"The minister said US inflation was 3% in 2020. That is not right, its leader told reporters.",
			"The data published on Tuesday showed that US inflation was 3% in 2020. This is the highest since 2010.",
			"The minister told parliament that US inflation was 3% in 2020. That is correct.",
			"The minister said US inflation was 3% in 2020. But it is wrong, analysts say, to read too much into it.",
			"The minister said US inflation was 3% in 2020. It was not right, however, to blame wages.",
			// "wrong" and "not right" after a bare "that" judge as often what was done
			"Officials said US inflation was 3% in 2020. That's wrong. Nobody should pay so much.",
			"The minister said US inflation was 3% in 2020. That is not right when wages fell.",
			"The union said US inflation was 3% in 2020. That's not right for working families.",
		}, want: []string{"inflation USA 3 actual 2020"}},
	} {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				if claimed := firstSentence(text); len(f.want) == 0 && len(ex.Claims(Article{Text: claimed, Published: attackDate}, Options{})) == 0 {
					t.Fatalf("%q: no claim read to rebut", claimed) // (the false alarm this stops)
				}
				checkFamily(t, text, ex.Claims(Article{Text: text, Published: attackDate}, Options{}), f.want)
			})
		}
	}
}

// firstSentence returns text up to the end of its first sentence, closing quotes included: the
// claim a rebuttal test's next sentence rebuts, read alone.
func firstSentence(text string) string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(text) && strings.ContainsRune(`"')`, rune(text[end])) {
			end++
		}
		for strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "’") {
			end += len("”")
		}
		if end < len(text) && text[end] == ' ' && end+1 < len(text) && text[end+1] >= 'A' && text[end+1] <= 'Z' {
			return text[:end]
		}
	}
	return text
}

// TestNextSentenceWords: the first words of the next sentence, only where a sentence ends.
func TestNextSentenceWords(t *testing.T) {
	for _, c := range []struct {
		text string
		end  int
		want string
	}{
		{"It hit 40%. This is false.", 11, "This|is|false|."},
		{"It hit 40%.\n\nThat’s not true!", 11, "That’s|not|true|!"},
		{`He said "40%." But that's wrong, it was 8%.`, 14, "But|that's|wrong|,|it|was|8|%|."},
		{`He said: "It hit 40%." That is false.`, 22, "That|is|false|."},
		{"He said: “It hit 40%.” That’s false.", 23, "That’s|false|."},
		{"It hit 40%, and this is false.", 10, ""}, // no sentence ends there
		{"It hit 40%. this is false.", 11, ""},     // not a sentence's start
		{"It hit 40%.", 11, ""},
	} {
		var buf [nextWordsMax]string
		got := ""
		for i, w := range nextSentenceWords(c.text, c.end, buf[:0]) {
			if i > 0 {
				got += "|"
			}
			got += w
		}
		if got != c.want {
			t.Errorf("nextSentenceWords(%q, %d) = %q, want %q", c.text, c.end, got, c.want)
		}
	}
}

// TestRebuttalAfterABreakIsNoClaim: the same rebuttal in the claim's own sentence, after a
// dash or a semicolon ("A post claimed ... 40% in 2020 — this is false."), read by deniedFigure;
// what follows the break that calls nothing false, or a figure with no speaker, keeps the claim.
func TestRebuttalAfterABreakIsNoClaim(t *testing.T) {
	runFamilies(t, attackDate, []family{
		{name: "a reported claim called false after a break", wordings: []string{
			"A post claimed US unemployment hit 40% in 2020 — this is false.",
			"Posts on social media claimed UK unemployment hit 40% in 2020; this is false.",
			"Trump said US unemployment was 42% in 2020 - that's not true.",
			"The ad claimed US inflation was 12% in 2023; that isn't correct.",
			"According to the post, US unemployment hit 40% in 2020 – the claim is false.",
			"The senator said US inflation reached 15% in 2022; but that figure is wrong.",
		}},
		{name: "what follows the break keeps the claim", wordings: []string{
			"The minister said US inflation was 3% in 2020 — this is true.",
			"The minister said US inflation was 3% in 2020; that is the highest since 2010.",
			"The minister said US inflation was 3% in 2020 — that is not enough, unions say.",
			"US inflation was 3% in 2020 — this is false.",
			"The minister said US inflation was 3% in 2020; it is wrong to call that low.",
			"The minister said US inflation was 3% in 2020 - that's right.",
		}, want: []string{"inflation USA 3 actual 2020"}},
	})
}

// FuzzNextSentenceWords reads the words after any offset of any text: never a panic, never
// more than nextWordsMax words, none empty; and rebuttalOpening answers for any of them.
func FuzzNextSentenceWords(f *testing.F) {
	f.Add("Posts claimed unemployment hit 40% in 2020. This is false.", 44)
	f.Add(`He said: "It hit 40%." That’s not true!`, 22)
	f.Add("It hit 40%.” ’", 11)
	f.Add("x.\xe2\x80", 2)
	f.Add("A post said US unemployment was 40% in 2020. We rate it “False.”", 44)
	f.Fuzz(func(t *testing.T, text string, end int) {
		if end < 0 || end > len(text) {
			return
		}
		var buf [nextWordsMax]string
		ws := nextSentenceWords(text, end, buf[:0])
		if len(ws) > nextWordsMax {
			t.Fatalf("%d words", len(ws))
		}
		for _, w := range ws {
			if w == "" {
				t.Fatalf("an empty word in %q", ws)
			}
		}
		_ = rebuttalOpening(ws)
	})
}

// TestRebuttalOpeningsPassTheirFirstLetter: every word a rebuttal may open with passes the
// first-letter test rebuttedAfter makes before it reads the next sentence's words, so that a
// new opening added to rebuttalOpening or backSubject cannot be turned away unseen.
func TestRebuttalOpeningsPassTheirFirstLetter(t *testing.T) {
	for _, opening := range []string{
		"But that figure is false.", "However, this is false.", "We rate this claim False.",
		"This is false.", "That is false.", "These claims are false.", "Those figures are false.",
		"The claim is false.", "It is false.", "That's false.", "It's false.",
		"Not true.", "Not true at all!", "False.", "Untrue.", "But not true.",
	} {
		var buf [nextWordsMax]string
		if !rebuttalOpening(sentenceWordsFrom(opening, 0, buf[:0])) {
			t.Errorf("%q is no rebuttal opening: the list here is out of date", opening)
		}
		if !mayOpenRebuttal(opening[0]) {
			t.Errorf("%q: its first letter is turned away before its words are read", opening)
		}
	}
}

// A reported claim answered in its own sentence, after a semicolon, by a figure of the same
// measure and period with another value is withdrawn; the answer stays (blind round 30: a
// fact-check's "his spokesperson also told us that the economy \"grew 2.5% in 2024\"; the
// Bureau of Economic Analysis put real GDP growth for that year at 2.8%"). The controls keep
// a figure of the text's own voice and an answer of another year.
var answeredAfterBreakFamilies = []family{
	{name: "a reported claim answered after a semicolon", wordings: []string{
		`His spokesperson also told us that the US economy "grew 2.5% in 2024"; the Bureau of Economic Analysis put real GDP growth for that year at 2.8%.`,
		"The senator said US growth was 2.5% in 2024; official data put it at 2.8%.",
		"The senator said US growth was 2.5% in 2024 — the BEA's figure for that year is 2.8%.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024"}},
	{name: "a figure that names the claim it is of", wordings: []string{
		"The ad said US inflation hit 9% in 2022. Our ruling: the 9% claim rounds down the peak accurately.",
		"The ad said US inflation hit 9% in 2022. The 9 per cent assertion is accurate, we found.",
	}, want: []string{"inflation USA 9 actual 2022"}},
	// controls
	{name: "control: the text's own figure, then another source's", wordings: []string{
		"US growth was 2.5% in 2024; the BEA later put it at 2.8%.",
	}, want: []string{"gdp_growth USA 2.5 actual 2024", "gdp_growth USA 2.8 actual 2024"}},
	{name: "control: an answer of another year", wordings: []string{
		"The senator said US growth was 2.5% in 2024; in 2023 it was 2.9%.",
	}, want: []string{"gdp_growth USA 2.5 actual 2024", "gdp_growth USA 2.9 actual 2023"}},
}

func TestAnsweredAfterBreak(t *testing.T) {
	runFamilies(t, familyDate, answeredAfterBreakFamilies)
}
