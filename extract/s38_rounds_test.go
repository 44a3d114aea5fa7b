package extract

import (
	"testing"
	"time"
)

// TestPlaceOfAnotherClauseBeforeAList (blind round 69): a list of figures pairs in order with
// the places named before it only when they are what its own verb is said of. A place that is
// the subject of a clause of its own ("South Korea in 1998 suffered a sharper but shorter
// fall, and the United States ... grew by 4.5 percent in 1998 and 4.8 percent in 1999") is not
// one of them: both figures are the United States'. Paired in order, the United States' 4.5%
// growth of 1998 was judged as South Korea's and flagged.
func TestPlaceOfAnotherClauseBeforeAList(t *testing.T) {
	published := time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "another clause's subject, then the list's", wordings: []string{
			"By comparison, South Korea in 1998 suffered a sharper but shorter fall, and the United States, which Japan's planners had once hoped to overtake, grew by 4.5 percent in 1998 and 4.8 percent in 1999.",
			"South Korea suffered a deep recession, while the United States grew 4.5% in 1998 and 4.8% in 1999.",
			"South Korea went into recession; the United States grew 4.5 percent in 1998 and 4.8 percent in 1999.",
			"South Korea struggled in those years, but the US economy expanded by 4.5% in 1998 and by 4.8% in 1999.",
		}, want: []string{"gdp_growth USA 4.5 actual 1998", "gdp_growth USA 4.8 actual 1999"}},
		// near-misses: places that are the list's own subjects, or its places, still pair
		{name: "coordinated subjects of the list's verb", wordings: []string{
			"France and Germany grew 2.5% and 1.8% respectively in 2022.",
			"In 2022, France and Germany grew by 2.5% and 1.8%.",
		}, want: []string{"gdp_growth FRA 2.5 actual 2022", "gdp_growth DEU 1.8 actual 2022"}},
		{name: "places in a phrase of place before the list", wordings: []string{
			"In France and Germany, growth was 2.5% and 1.8% respectively in 2022.",
		}, want: []string{"gdp_growth FRA 2.5 actual 2022", "gdp_growth DEU 1.8 actual 2022"}},
	})
}

// TestFigureInAnAsideOfAMeasureSubject (blind round 69): a figure attached by "at" inside an
// aside set off after a subject that names a measure, with the subject's verb after the aside,
// is the subject's level: "public debt, although still the highest in the euro area at about
// 154 percent of GDP, is falling". Read as the next item of a list of the figures before it
// ("Canada at 4.0 pct, Britain at 3.9 pct"), Greece's debt ratio was judged as the euro area's
// unemployment rate and flagged.
func TestFigureInAnAsideOfAMeasureSubject(t *testing.T) {
	published := time.Date(2026, 5, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a debt ratio in an aside after unemployment", wordings: []string{
			"Greece today looks different. Growth was 2.3 percent in 2024, unemployment fell below 10 percent for the first time since 2009, and public debt, although still the highest in the euro area at about 154 percent of GDP, is falling.",
			"Greece today looks different. Growth was 2.3 percent in 2024, unemployment fell below 10 percent, and public debt, the highest in the euro area at 154 percent of GDP, is falling.",
			"Greece today looks different. Growth was 2.3 percent in 2024; unemployment fell below 10 percent, and government debt, still the largest in Europe at some 154 percent of GDP, has been shrinking.",
		}, want: []string{"gdp_growth GRC 2.3 actual 2024", "unemployment_rate GRC 10 actual 2024", "government_debt GRC 154 actual 2024"}},
		{name: "a rate in an aside after a rate", wordings: []string{
			"In Hungary unemployment fell to 4.1 percent in 2023, and inflation, although still the highest in the European Union at 17.6 percent, is easing.",
			"In Hungary unemployment fell to 4.1 percent in 2023, while inflation, the highest in the EU at 17.6 percent, has begun to ease.",
		}, want: []string{"unemployment_rate HUN 4.1 actual 2023", "inflation HUN 17.6 actual 2023"}},
		// near-misses: places listed with "at" still pair with the figure before, and an aside
		// of a subject with no verb after it is no aside
		{name: "a list of places with their figures", wordings: []string{
			"Unemployment was highest in Spain at 11.7 percent in 2023, followed by Greece at 11.1 percent.",
		}, want: []string{"unemployment_rate ESP 11.7 actual 2023", "unemployment_rate GRC 11.1 actual 2023"}},
	})
}

// TestYardstickOfTheNextSentence (blind round 71): a speaker's figure ("Our economy grew by 4.8
// per cent last year") with no country in its sentence, nor in a dateline the lexicon knows, is
// given the country the next sentence names; but not one it names only as the term something
// is compared with ("Some have compared this with the Japanese performance"). Read as Japan's,
// a Brazilian minister's 4.8% of 1967 was flagged against Japan's 11%.
func TestYardstickOfTheNextSentence(t *testing.T) {
	published := time.Date(1968, 12, 12, 0, 0, 0, 0, time.UTC)
	ex := testExtractor(t)
	for _, text := range []string{
		"Our economy grew by 4.8 per cent last year. Some have compared this with the Japanese performance. Japan grew by over 11 per cent in 1967.",
		"Our economy grew by 4.8 per cent last year. Critics compare our record with Japan, which grew by over 11 per cent in 1967.",
		"Our economy grew by 4.8 per cent last year. Comparisons with Japan, which grew by over 11 per cent in 1967, are unfair.",
	} {
		for _, c := range ex.Claims(Article{Text: text, Published: published}, Options{}) {
			if c.Value == 4.8 && c.Entity != "" {
				t.Errorf("%q: claim %q is %s's, want no country's", text, c.Quote, c.Entity)
			}
		}
	}
	// near-miss: a country the next sentence names as its own subject is still the speaker's
	runFamilies(t, published, []family{
		{name: "the next sentence names the speaker's country", wordings: []string{
			"Our economy grew by 4.8 per cent last year. Brazil has shown it can grow and disinflate at the same time.",
		}, want: []string{"gdp_growth BRA 4.8 actual 1967"}},
	})
}

// TestGapToAnEstimateOrAnEarlierYear (blind rounds 71 and 73): a figure set by a comparative
// against an estimate or an expectation ("the economy was 89 percent larger than previously
// thought") is the gap between two figures of one period, no growth; and one set against a
// year long past with the words of a basis between ("about 25 per cent larger in real terms
// than in 2010") is the change since that year, not the year's growth the text named before.
// Both were read as GDP growth and flagged.
func TestGapToAnEstimateOrAnEarlierYear(t *testing.T) {
	runFamilies(t, time.Date(2016, 6, 1, 0, 0, 0, 0, time.UTC), []family{
		{name: "larger than an estimate", wordings: []string{
			"In 2014 Nigeria rebased its national accounts and found that the economy was 89 percent larger than previously thought.",
			"After the 2014 rebasing, Nigeria's GDP turned out to be 89% bigger than first estimated.",
			"Nigeria's economy, rebased in 2014, proved 89 per cent larger than had been thought.",
		}, want: nil},
		{name: "higher than expected", wordings: []string{
			"Nigeria's inflation was 0.4 points higher than economists had expected in 2015.",
		}, want: nil},
		// near-misses: against a time, a comparative still gives the change of its year
		{name: "higher than the year before", wordings: []string{
			"Nigeria's GDP in 2014 was 6.3% higher than in 2013.",
		}, want: []string{"gdp_growth NGA 6.3 actual 2014"}},
	})
	runFamilies(t, time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC), []family{
		{name: "a basis between the comparative and a year long past", wordings: []string{
			"In Britain, GDP grew only 0.1 per cent in 2023. The economy is about 25 per cent larger in real terms than in 2010.",
			"In Britain, GDP grew only 0.1 per cent in 2023. The economy is about 25 per cent bigger in inflation-adjusted terms than in 2010.",
		}, want: []string{"gdp_growth GBR 0.1 actual 2023", "gdp_growth GBR 25 * -"}},
	})
}

// TestDatedValueSetOffAfterTheSubject (blind round 72): a subject's value at another time set
// off by commas ("The unemployment rate, 3.5 per cent in February, leapt to 14.7 per cent in
// April") hid the subject from its verb, so that none of the rates was read; the text's focus
// stayed on the growth before them, and "The average for the year was 8.1 per cent" was read as
// growth and flagged. The year's average is of the year of the months before, not the last.
func TestDatedValueSetOffAfterTheSubject(t *testing.T) {
	runFamilies(t, time.Date(2021, 1, 15, 0, 0, 0, 0, time.UTC), []family{
		{name: "a dated value set off after the subject", wordings: []string{
			"In the United States, the unemployment rate, 3.5 per cent in February 2020, leapt to 14.7 per cent in April 2020.",
			"In the United States, the jobless rate, 3.5% in February 2020, jumped to 14.7% in April 2020.",
		}, want: []string{"unemployment_rate USA 14.7 actual 2020-04", "unemployment_rate USA 3.5 actual 2020-02"}},
		{name: "the year's average after months", wordings: []string{
			"US output fell by around 3.5 per cent in 2020. The unemployment rate, 3.5 per cent in February, leapt to 14.7 per cent in April before falling back to 6.7 per cent by December. The average for the year was 8.1 per cent.",
			"US output fell by around 3.5 per cent in 2020. The unemployment rate, 3.5 per cent in February, leapt to 14.7 per cent in April before falling back to 6.7 per cent by December. The annual average was 8.1 per cent.",
		}, want: []string{"gdp_growth USA -3.5 actual 2020", "unemployment_rate USA 14.7 actual 2020-04", "unemployment_rate USA 3.5 actual 2020-02",
			"unemployment_rate USA 6.7 actual 2020-12", "unemployment_rate USA 8.1 actual 2020"}},
		// near-miss: an average with a month of its own keeps it
		{name: "an average of a month", wordings: []string{
			"US unemployment was 6.7 per cent in December 2020. The average in November 2020 was 6.8 per cent.",
		}, want: []string{"unemployment_rate USA 6.7 actual 2020-12", "unemployment_rate USA 6.8 actual 2020-11"}},
	})
}

// TestConditionThatWidensAFigure (blind round 72): a figure followed by a condition that
// widens what it counts ("or above 35 per cent if discouraged workers are included") is of a
// broader measure than the headline series. Read as South Africa's official unemployment rate,
// the expanded rate was flagged.
func TestConditionThatWidensAFigure(t *testing.T) {
	runFamilies(t, time.Date(2014, 3, 1, 0, 0, 0, 0, time.UTC), []family{
		{name: "a broader rate under a condition", wordings: []string{
			"In South Africa unemployment stood at 25.5 per cent in 2013, or above 35 per cent if discouraged workers are included.",
			"In South Africa unemployment stood at 25.5 per cent in 2013, or 35 per cent when discouraged job-seekers are counted.",
			"In South Africa unemployment stood at 25.5 per cent in 2013, rising to 35 per cent once people who have given up looking are also counted.",
		}, want: []string{"unemployment_rate ZAF 25.5 actual 2013"}},
		// near-miss: a clause of time after a figure widens nothing
		{name: "a clause of time", wordings: []string{
			"In South Africa unemployment stood at 25.5 per cent in 2013, when the new survey was introduced.",
		}, want: []string{"unemployment_rate ZAF 25.5 actual 2013"}},
	})
}

// TestRefutedFigureNamedAgain (blind round 68): a phrase that names again a figure the text
// refuted ("A viral post claims Kenya's economy "grew 7% in 2025". This is FALSE. ... The 7%
// figure was a campaign promise, not an outcome.") makes no claim of it either. Read as the
// figure it names, with that figure's period, it was flagged against Kenya's 2025 growth.
func TestRefutedFigureNamedAgain(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 22, 0, 0, 0, 0, time.UTC), []family{
		{name: "a refuted figure named again", wordings: []string{
			"A viral post claims Kenya's economy \"grew 7% in 2025 under President Ruto\". This is FALSE. According to the Kenya National Bureau of Statistics, real GDP grew 4.7% in 2024. The 7% figure was a campaign promise, not an outcome.",
			"A viral post claims Kenya's economy grew 7% in 2025. This is false. Real GDP grew 4.7% in 2024, according to KNBS. The 7% figure appears to come from a campaign speech.",
			"Posts on social media claimed that Kenya's economy grew 7% in 2025. That is false. Kenya's real GDP grew 4.7% in 2024. That 7% figure was a target, never an outcome.",
		}, want: []string{"gdp_growth KEN 4.7 actual 2024"}},
		// near-miss: a figure the text stated itself, named again, is still its claim
		{name: "a stated figure named again", wordings: []string{
			"Kenya's economy grew 4.7% in 2024, according to KNBS. The 4.7% figure was below the government's forecast.",
		}, want: []string{"gdp_growth KEN 4.7 actual 2024", "gdp_growth KEN 4.7 actual 2024"}},
	})
}

// TestParagraphReturnsToTheTopic (blind round 75): a paragraph that names no country, after one
// that named another, is about the country the article is about when that one dominates the
// text. Read as the country named last, Germany's inflation was China's ("rising competition
// from China"), Indonesia's 1998 slump Thailand's (after "Elsewhere in Southeast Asia, ...") and
// the United States' deficit and unemployment Canada's (after "Canada grew 1.5%").
func TestParagraphReturnsToTheTopic(t *testing.T) {
	runFamilies(t, time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), []family{
		{name: "a passing mention in the paragraph before", wordings: []string{
			"BERLIN (Reuters) - Germany's economy contracted by 0.2% in 2024, the second year of decline for Germany, Germany's statistics office said. Its president said industry had suffered from \"cyclical and structural pressures\", including higher energy costs and rising competition from China.\n\nConsumer prices rose 2.2% on average in 2024, down from 5.9% in 2023.",
			"BERLIN - Germany's economy shrank 0.2% in 2024. Economists said Germany was hurt by weak demand in Germany and cheaper imports from China.\n\nConsumer prices rose 2.2% in 2024, down from 5.9% in 2023.",
		}, want: []string{"gdp_growth DEU -0.2 actual 2024", "inflation DEU 2.2 actual 2024", "inflation DEU 5.9 previous 2023"}},
		{name: "a comparison with neighbours in the paragraph before", wordings: []string{
			"JAKARTA - Indonesia's economy expanded 5.05% in 2023. Indonesia's budget deficit was 1.65% of GDP, and Indonesia kept its debt low.\n\nElsewhere in Southeast Asia, Vietnam grew 5.05% in 2023, while Thailand's economy expanded only 1.9%.\n\nThe country's economy has come a long way since the Asian financial crisis, when GDP shrank 13.1% in 1998.",
		}, want: []string{"gdp_growth IDN 5.05 actual 2023", "fiscal_balance IDN -1.65 actual 2023", "gdp_growth * 5.05 actual 2023", "gdp_growth THA 1.9 actual 2023", "gdp_growth IDN -13.1 actual 1998"}},
		{name: "a neighbour's figure in the paragraph before", wordings: []string{
			"JAKARTA - Indonesia's economy expanded 5.05% in 2023. Indonesia's budget deficit was 1.65% of GDP, and Indonesia kept its debt low.\n\nThailand's economy expanded only 1.9% in 2023.\n\nDuring the Asian financial crisis, GDP shrank 13.1% in 1998.",
		}, want: []string{"gdp_growth IDN 5.05 actual 2023", "fiscal_balance IDN -1.65 actual 2023", "gdp_growth THA 1.9 actual 2023", "gdp_growth IDN -13.1 actual 1998"}},
	})
	// near-misses: the paragraph of the other country goes on about it, and a new paragraph
	// after a country named as often as the first stays with the one named last
	runFamilies(t, time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), []family{
		{name: "the other country's own paragraph", wordings: []string{
			"Germany's economy shrank 0.2% in 2024. Germany's exports fell, and Germany's factories cut jobs.\n\nFrance's economy grew 1.1% in 2024. Consumer prices rose 2.3% in 2024.",
		}, want: []string{"gdp_growth DEU -0.2 actual 2024", "gdp_growth FRA 1.1 actual 2024", "inflation FRA 2.3 actual 2024"}},
		{name: "a pronoun opens the new paragraph", wordings: []string{
			"Germany's economy shrank 0.2% in 2024. Germany's exports fell, and Germany's factories cut jobs.\n\nFrance's economy grew 1.1% in 2024.\n\nIts inflation rate was 2.3% in 2024.",
			"Germany's economy shrank 0.2% in 2024. Germany's exports fell, and Germany's factories cut jobs.\n\nFrance's economy grew 1.1% in 2024.\n\nIn 2024, its inflation rate was 2.3%.",
		}, want: []string{"gdp_growth DEU -0.2 actual 2024", "gdp_growth FRA 1.1 actual 2024", "inflation FRA 2.3 actual 2024"}},
		{name: "a comparison of two", wordings: []string{
			"Germany's economy shrank 0.2% in 2024, while France's grew 1.1%.\n\nConsumer prices rose 2.3% in 2024.",
		}, want: []string{"gdp_growth DEU -0.2 actual 2024", "gdp_growth FRA 1.1 actual 2024", "inflation FRA 2.3 actual 2024"}},
	})
}

// TestYearOfTheMeasuresOwnPhrase (blind round 76): a figure is dated by a year that modifies
// the phrase of its own measure: the phrase whose value a parenthesis gives ("Scholz is correct
// on 2022 inflation (6.9 percent, national consumer price index)") and the phrase whose "of" it
// is ("the 2024 rate of 2.2 percent"). Dated by the other year of the sentence, each of
// Germany's right rates was flagged against the other year's.
func TestYearOfTheMeasuresOwnPhrase(t *testing.T) {
	runFamilies(t, time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC), []family{
		{name: "a parenthesis and an of-phrase", wordings: []string{
			"In Germany, Scholz is correct on 2022 inflation (6.9 percent, national consumer price index) and on the 2024 rate of 2.2 percent.",
			"Germany: he was right about 2022 inflation (6.9 percent) and about the 2024 rate of 2.2 percent.",
			"The finance minister cited Germany's 2022 inflation (6.9 percent) and the 2024 rate of 2.2 percent.",
			"German voters heard accurate numbers on 2022 inflation (6.9 percent) and on the 2024 rate of 2.2 percent.",
			"Both candidates quoted German 2022 inflation (6.9 percent, on the national index) correctly, and the 2024 rate of 2.2 percent too.",
		}, want: []string{"inflation DEU 6.9 actual 2022", "inflation DEU 2.2 actual 2024"}},
		// near-miss: a parenthesis after a phrase with no year takes the sentence's
		{name: "a parenthesis after an undated phrase", wordings: []string{
			"In Germany, inflation (6.9 percent) was the highest in decades in 2022.",
		}, want: []string{"inflation DEU 6.9 actual 2022"}},
	})
}

// TestChangeNounBeforeALevelsOfPhrase (blind round 77): a level's figure given as the "of" of
// a phrase that is the "in" of a change noun ("a collapse in output of 12.3 per cent in 1989",
// "a fall in GDP of 2%") takes the noun's direction. Read as growth of +12.3%, Peru's right
// output collapse of 1989 was flagged against -12.3%.
func TestChangeNounBeforeALevelsOfPhrase(t *testing.T) {
	runFamilies(t, time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC), []family{
		{name: "a fall in a level", wordings: []string{
			"In Peru, the decade ended with hyperinflation of 7,482 per cent in 1990 and a collapse in output of 12.3 per cent in 1989.",
			"Peru suffered a collapse in output of 12.3 per cent in 1989.",
			"Peru saw a fall in GDP of 12.3 per cent in 1989.",
			"In 1989 Peru recorded a drop in economic output of 12.3 per cent.",
		}, want: []string{"gdp_growth PER -12.3 actual 1989"}},
		// near-misses: a rise keeps its sign, and a rate's "in" phrase is left as it was read
		{name: "a rise in a level", wordings: []string{
			"Peru recorded a rise in output of 12.3 per cent in 1987.",
		}, want: []string{"gdp_growth PER 12.3 actual 1987"}},
	})
}

// TestPlaceOfTheClauseBeforeAColon (blind round 77): a clause after a colon tells what the
// clause before it said of its place ("and in Britain it went higher still: inflation averaged
// 24.2 per cent in 1975"), not the country of the sentence's figure before. Read as the United
// States', Britain's right inflation of 1975 was flagged.
func TestPlaceOfTheClauseBeforeAColon(t *testing.T) {
	runFamilies(t, time.Date(2023, 10, 16, 0, 0, 0, 0, time.UTC), []family{
		{name: "a place before the colon", wordings: []string{
			"Consumer price inflation in the United States reached 11.0 per cent in 1974, its highest reading since the end of the Korean war, and in Britain it went higher still: inflation averaged 24.2 per cent in 1975, a record that still stands.",
			"US inflation reached 11.0 per cent in 1974, and in Britain it was worse: inflation averaged 24.2 per cent in 1975.",
			"US inflation reached 11.0 per cent in 1974, while Britain fared worse: inflation averaged 24.2 per cent in 1975.",
		}, want: []string{"inflation USA 11 actual 1974", "inflation GBR 24.2 actual 1975"}},
		// near-miss: a name in passing before the colon gives nothing
		{name: "a name in passing before the colon", wordings: []string{
			"US inflation reached 11.0 per cent in 1974, despite weak trade with Britain: inflation averaged 9.1 per cent in 1975.",
		}, want: []string{"inflation USA 11 actual 1974", "inflation USA 9.1 actual 1975"}},
	})
}

// TestNameInAnAsideOfADate (blind round 77): a country named in an aside that describes a
// fronted date ("In 1983, the year of drought, bush fires and the expulsion of about a million
// Ghanaians from Nigeria, GDP fell by 4.6 percent") is part of what the aside tells of the time,
// not where the figure is. Read as Nigeria's, Ghana's right slump and inflation were flagged.
func TestNameInAnAsideOfADate(t *testing.T) {
	runFamilies(t, time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC), []family{
		{name: "a name in an aside of a date", wordings: []string{
			"He took office in Ghana at a time of near-collapse. In 1983, the year of drought, bush fires and the expulsion of about a million Ghanaians from Nigeria, GDP fell by 4.6 percent and inflation reached 123 percent.",
			"He took office in Ghana at a time of near-collapse. In 1983, a year when a million workers were expelled from Nigeria, GDP fell by 4.6 percent and inflation reached 123 percent.",
			"He took office in Ghana at a time of near-collapse. In 1983, when Nigeria expelled a million migrants, GDP fell by 4.6 percent and inflation reached 123 percent.",
		}, want: []string{"gdp_growth GHA -4.6 actual 1983", "inflation GHA 123 actual 1983"}},
		// near-misses: a place named as the clause's own subject after the aside is the
		// figure's, with an aside of its own too
		{name: "the clause's own place after the aside", wordings: []string{
			"He took office in Ghana at a time of near-collapse. In 1983, the year of the drought, Nigeria's GDP fell by 10.9 percent.",
		}, want: []string{"gdp_growth NGA -10.9 actual 1983"}},
		{name: "the clause's own place with an aside of its own", wordings: []string{
			"In 2020, the year of the pandemic, Italy's economy, hit hard by lockdowns, shrank 8.9%.",
		}, published: time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC), want: []string{"gdp_growth ITA -8.9 actual 2020"}},
	})
}

// TestFigureBeforeAnUndatedEvent (blind round 77): a figure dated only as before an event the
// text gives no date for ("unemployment, which had been about 2.6 per cent before the crisis,
// rose to 7 per cent") is of no year the text states. Read as 1998's, the year of the figures
// after the crisis, South Korea's rate before it was flagged.
func TestFigureBeforeAnUndatedEvent(t *testing.T) {
	runFamilies(t, time.Date(2022, 7, 2, 0, 0, 0, 0, time.UTC), []family{
		{name: "a rate before an event, in an aside", wordings: []string{
			"South Korea's GDP shrank by 5.1 per cent in 1998 and unemployment, which had been about 2.6 per cent before the crisis, rose to 7 per cent.",
		}, want: []string{"gdp_growth KOR -5.1 actual 1998", "unemployment_rate KOR 2.6 * -", "unemployment_rate KOR 7 actual 1998"}},
		{name: "a rate before an event, compared", wordings: []string{
			"South Korea's GDP shrank by 5.1 per cent in 1998, and unemployment rose to 7 per cent from 2.6 per cent before the crisis.",
		}, want: []string{"gdp_growth KOR -5.1 actual 1998", "unemployment_rate KOR 7 actual 1998", "unemployment_rate KOR 2.6 * -"}},
		{name: "a rate before an event, set off after the subject", wordings: []string{
			"In the United States, the jobless rate, 3.5% before the pandemic, jumped to 14.7% in April 2020.",
			"In the United States, the unemployment rate, 3.5 per cent before the pandemic, leapt to 14.7 per cent in April 2020.",
		}, want: []string{"unemployment_rate USA 14.7 actual 2020-04", "unemployment_rate USA 3.5 * -"}},
		// near-miss: a date after "before" is read as dates are
		{name: "before a date", wordings: []string{
			"South Korea's unemployment rate was 2.6 per cent before 1998.",
		}, want: []string{"unemployment_rate KOR 2.6 * *"}},
	})
}

// TestTheYearIsNotASpansStart (blind round 61, rerun in session 38): "for the year" refers
// back to the year the text is about, not to a year a span is counted from ("the first
// contraction since 1980"). Read as 1980's, South Korea's unemployment of 1998 would have been
// judged against a year the table does not hold, or another's.
func TestTheYearIsNotASpansStart(t *testing.T) {
	runFamilies(t, time.Date(1999, 3, 18, 0, 0, 0, 0, time.UTC), []family{
		{name: "a year after since", wordings: []string{
			"SEOUL — South Korea's economy shrank 5.8% last year, the first contraction since 1980. Unemployment climbed to 6.8% for the year.",
			"SEOUL — South Korea's economy shrank 5.8% in 1998, its worst showing since 1980, and unemployment averaged 6.8% for the year.",
		}, want: []string{"gdp_growth KOR -5.8 actual 1998", "unemployment_rate KOR 6.8 actual 1998"}},
		// near-miss: a year of its own before "for the year" is still the one referred to
		{name: "a year named before", wordings: []string{
			"SEOUL — South Korea's economy shrank 5.8% in 1998. Unemployment averaged 6.8% for the year.",
		}, want: []string{"gdp_growth KOR -5.8 actual 1998", "unemployment_rate KOR 6.8 actual 1998"}},
	})
}

// TestPeriodsOfMovements (blind rounds 78-80): three movements whose period is not the year
// the sentence names. A change from one month to another ("Prices actually fell 0.1% from
// November to December") is no year's inflation; the end of a movement from a dated figure
// ("Exports rose from 19% of GDP in 2009 to 40%") is not of the start's date; and a change
// counted from a year long before ("By 2008 it had shrunk by around 40% from its 1998 peak") is
// over the years between. Each was judged as one year's figure and flagged.
func TestPeriodsOfMovements(t *testing.T) {
	runFamilies(t, time.Date(2023, 1, 20, 0, 0, 0, 0, time.UTC), []family{
		{name: "from one month to another", wordings: []string{
			"US consumer prices rose 8.0% on average in 2022. Prices actually fell 0.1% from November to December, dragged down by cheaper gasoline.",
			"US consumer prices rose 8.0% on average in 2022. Prices slipped 0.1% from November to December as gasoline got cheaper.",
		}, want: []string{"inflation USA 8 actual 2022", "inflation USA -0.1 * -"}},
		// near-miss: from a month to the same month is a year-on-year rate of that month
		{name: "from a month to the same month", wordings: []string{
			"US consumer prices rose 6.5% from December to December in 2022.",
		}, want: []string{"inflation USA 6.5 actual 2022-12"}},
	})
	runFamilies(t, time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), []family{
		{name: "the end of a movement from a dated figure", wordings: []string{
			"Greece's recovery was slow. Greek exports rose from 19% of GDP in 2009 to 40%.",
			"Greece's recovery was slow. Greek exports climbed from 19% of GDP in 2009 to some 40%.",
		}, want: []string{"exports_gdp GRC 19 previous 2009", "exports_gdp GRC 40 * -"}},
		// near-misses: the end's own date is its period, and a forecast's is the year it is
		// read for otherwise
		{name: "the end of a movement with its own date", wordings: []string{
			"Greek exports rose from 19% of GDP in 2009 to 40% in 2018.",
		}, want: []string{"exports_gdp GRC 19 previous 2009", "exports_gdp GRC 40 actual 2018"}},
		{name: "a forecast's end", published: time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"Global economic growth is expected to fall from 5% in 2004 to 4.25% despite the continued strength of the Chinese and US economies.",
		}, want: []string{"gdp_growth WLD 4.25 forecast 2005", "gdp_growth WLD 5 previous 2004"}},
	})
	runFamilies(t, time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), []family{
		{name: "a change from a year long before", wordings: []string{
			"In Zimbabwe, by 2008 the economy had shrunk by around 40% from its 1998 peak; in 2008 alone GDP fell by 17.7%.",
			"Zimbabwe's GDP fell 40% in 2008 from the 1998 level. In 2008 alone, GDP fell by 17.7%.",
			"Zimbabwe's GDP fell 40% in 2008 from 1998. In 2008 alone, GDP fell by 17.7%.",
		}, want: []string{"gdp_growth ZWE -40 * 1999/2008", "gdp_growth ZWE -17.7 actual 2008"}},
		// near-miss: from the year before, the year's own change
		{name: "a change from the year before", wordings: []string{
			"Zimbabwe's GDP grew 5% in 2018 from 2017.",
		}, want: []string{"gdp_growth ZWE 5 actual 2018"}},
	})
}
