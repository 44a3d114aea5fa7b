package extract

import (
	"testing"
	"time"
)

// TestFigureOverALengthOfYears (blind rounds 81 and 82): a figure its clause measures over a
// length of several years that no year anchors ("grew 0% in eight years", "Growth averaged
// almost 8% in the first years", "In a decade, the economy grew 60%") is a change or an average
// over years the text does not name. Given the year of the sentences before, an Argentine
// column's average of the early 1990s was judged as 2023's growth, and a debater's eight years
// of no growth as 2002's, and both were flagged.
func TestFigureOverALengthOfYears(t *testing.T) {
	published := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a length of years after the figure", wordings: []string{
			"Argentina's economy shrank 1.6% in 2023. Under Cristina Kirchner the economy grew 0% in eight years in per-capita terms.",
			"Argentina's economy shrank 1.6% in 2023. The economy grew 12% in six years.",
			"Argentina's economy shrank 1.6% in 2023. The economy grew 12 per cent over six years.",
			"Argentina's economy shrank 1.6% in 2023. Output expanded 30 percent within a decade.",
			"Argentina's economy shrank 1.6% in 2023. Prices rose 900% over two decades.",
		}, want: []string{"gdp_growth ARG -1.6 actual 2023", "* ARG * actual -"}},
		{name: "a length of years named by its place in a span", wordings: []string{
			"Argentina's economy shrank 1.6% in 2023. In 1991, the convertibility plan brought inflation down. Growth averaged almost 8% in the first years.",
			"Brazil grew 3.4% in 2010. Over the following years, growth averaged 1% a year.",
			"Chile's economy grew 5.8% in 2011. In the early years of the decade, inflation averaged 3%.",
			"Peru's economy expanded 6% in 2012. In the years that followed, growth slowed to an average of 3%.",
		}, want: []string{"gdp_growth * * actual *", "* * * actual -"}},
		{name: "a length of years before the figure", wordings: []string{
			"Peru's economy expanded 6% in 2012. In a decade, the economy grew 60%.",
			"Peru's economy expanded 6% in 2012. Over ten years, inflation averaged 2.8 percent.",
		}, want: []string{"gdp_growth PER 6 actual 2012", "* PER * actual -"}},
		// near-misses: a length that ranks the figure among those years, another verb's, a
		// point in time, or a figure with a year of its own keep the period they had
		{name: "a superlative or an ordinal over years", wordings: []string{
			"Britain's economy grew 0.1% in 2023. Inflation averaged 7.3%, the highest in forty years.",
			"Britain's economy grew 0.1% in 2023. Inflation was 7.3%, its highest rate in four decades.",
			"Britain's economy grew 0.1% in 2023. Inflation was 7.3%, the second highest in thirty years.",
			"Britain's economy grew 0.1% in 2023. For the first time in a decade, inflation was 7.3%.",
		}, want: []string{"gdp_growth GBR 0.1 actual 2023", "inflation GBR 7.3 actual 2023"}},
		{name: "another verb's length", wordings: []string{
			"Poland's economy grew 0.2% in 2023. Inflation reached 11.4%, a level not seen in 25 years.",
			"Poland's economy grew 0.2% in 2023. Inflation reached 11.4%, a rate unmatched in over two decades.",
		}, want: []string{"gdp_growth POL 0.2 actual 2023", "inflation POL 11.4 actual 2023"}},
		{name: "a length of another clause before", wordings: []string{
			"Argentina's inflation was 211% in 2023. Prices doubled in six years, and unemployment stood at 7.6%.",
		}, want: []string{"inflation ARG 211 actual 2023", "unemployment_rate ARG 7.6 actual 2023"}},
		{name: "a point in time", wordings: []string{
			"In 2020, Peru's economy shrank 11%. Two years later, inflation in Peru was 7.9%.",
		}, want: []string{"gdp_growth PER -11 actual 2020", "inflation PER 7.9 actual 2022"}},
		{name: "a figure with a year of its own", wordings: []string{
			"Germany's inflation was 5.9% in 2023. The economy shrank 0.3% in 2023, the first contraction in three years.",
		}, want: []string{"* * * actual 2023", "* * * actual 2023"}},
		{name: "a figure of its own year, the lowest in years", wordings: []string{
			"Spain's unemployment fell to 12.1% in 2023, the lowest in fifteen years.",
		}, want: []string{"unemployment_rate ESP 12.1 actual 2023"}},
	})
}

// TestFigureBeforeADatedEvent (blind round 83): a figure dated as before an event that has a
// year of its own ("joblessness had been around 13% before the revolution of 2011"), or before a
// year, is of a time before it, not of its year. Read as 2011's, Tunisia's unemployment of the
// years before the revolution was flagged against 2011's 18%. "Prior" before "to" was read as a
// noun the figure measured, and a figure "prior to" an event was not read at all.
func TestFigureBeforeADatedEvent(t *testing.T) {
	published := time.Date(2023, 3, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "before an event of a year", wordings: []string{
			"Tunisia's economy grew 2.4% in 2022. El Abassi pointed out that joblessness had been around 13% before the revolution of 2011.",
			"Tunisia's economy grew 2.4% in 2022. Unemployment had been about 13 per cent before the 2011 revolution.",
			"Tunisia's economy grew 2.4% in 2022. Unemployment stood at 13 percent prior to the uprising of 2011, officials recalled.",
			"Tunisia's economy grew 2.4% in 2022. Before the 2011 revolution, unemployment had been around 13%.",
			"Tunisia's economy grew 2.4% in 2022. Prior to the revolution of January 2011, unemployment was about 13%.",
		}, want: []string{"gdp_growth TUN 2.4 actual 2022", "unemployment_rate TUN 13 actual -"}},
		{name: "a ratio before an event of a year", wordings: []string{
			"Ireland's economy grew 5% in 2015. Its debt was 24% of GDP before the crash of 2008.",
			"Ireland's economy grew 5% in 2015. Public debt had been just 24 percent of GDP before the 2008 crash.",
		}, want: []string{"gdp_growth IRL 5 actual 2015", "government_debt IRL 24 actual -"}},
		{name: "before a year", wordings: []string{
			"Italy's unemployment was 6% before 2008.",
			"Before 2008, Italy's unemployment was about 6 per cent.",
		}, want: []string{"unemployment_rate ITA 6 actual -"}},
		{name: "a rate before an event set off after its subject", wordings: []string{
			"South Korea's unemployment rate, 2.6 per cent prior to the crisis, rose to 7 per cent in 1998.",
			"South Korea's unemployment rate, 2.6 per cent before the crisis, rose to 7 per cent in 1998.",
		}, want: []string{"unemployment_rate KOR 2.6 actual -", "unemployment_rate KOR 7 actual 1998"}},
		// near-misses: a date said after the event, a part of a period, or a date of the
		// figure's own stay as they were
		{name: "a date after the event", wordings: []string{
			"Brazil's inflation was 6% before the pandemic, in 2019.",
			"Before the pandemic, in 2019, Brazil's inflation was 6%.",
		}, want: []string{"inflation BRA 6 actual 2019"}},
		{name: "a date of the figure's own", wordings: []string{
			"Before the 2011 revolution, Tunisia's unemployment was 13% in 2010.",
			"Tunisia's unemployment was 13% in 2010, before the revolution of 2011.",
		}, want: []string{"unemployment_rate TUN 13 actual 2010"}},
	})
}

// TestYearOfANounBeforePrices (blind round 84): a year after "of" dates the noun before it, even
// when "prices" follows ("in the hyperinflation of 1990 prices rose almost 3,000 percent").
// Read as the base of constant prices ("at 1990 prices"), the year joined "prices" in one
// phrase, the rise found no subject and was given to the GDP of the clause before, and a
// hyperinflation was flagged as Brazil's growth of 1981.
func TestYearOfANounBeforePrices(t *testing.T) {
	published := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "prices after a year of a noun", wordings: []string{
			"In Brazil, in 1981 GDP fell 4.3 percent, and in the hyperinflation of 1990 prices rose almost 3,000 percent while output shrank 4.3 percent.",
			"In Brazil GDP fell 4.3 percent in 1981; in the crisis of 1990 prices rose almost 3,000 percent while output shrank 4.3 percent.",
		}, want: []string{"gdp_growth BRA -4.3 actual 1981", "inflation BRA 3000 actual 1990", "gdp_growth BRA -4.3 actual 1990"}},
		// near-miss: a base of constant prices stays a base
		{name: "a base of constant prices", wordings: []string{
			"Brazil's GDP grew 3.2% in 2013 in terms of 1995 prices.",
			"Brazil's GDP grew 3.2% in 2013 at 1995 prices.",
		}, want: []string{"gdp_growth BRA 3.2 actual 2013"}},
	})
}

// TestPairAfterAnOpeningYear (blind round 84): two figures joined as a pair after a year that
// opens their clause, the second with a year of its own ("In 2022 consumer prices had risen 6.6
// per cent, and 5.6 per cent in 2023"), are of the two years; the second's is not the pair's.
// Read as a list dated at its end, Australia's inflation of 2022 was judged as 2023's.
func TestPairAfterAnOpeningYear(t *testing.T) {
	published := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an opening year, then a pair whose second has its own", wordings: []string{
			"In 2022 Australia's consumer prices had risen 6.6 per cent, and 5.6 per cent in 2023.",
			"In 2022 Australian inflation was 6.6%, and 5.6% in 2023.",
			"Over the whole of 2022 Australia's consumer prices rose 6.6 per cent on average, and 5.6 per cent in 2023.",
		}, want: []string{"inflation AUS 6.6 actual 2022", "inflation AUS 5.6 actual 2023"}},
		// near-misses: a list dated at its end alone, or after an opening year of the same
		// period, is of that period
		{name: "a year of an aside before a list dated at its end", wordings: []string{
			"Unemployment in Spain and Greece, which peaked in 2013, was 14% and 17% in 2023.",
		}, want: []string{"unemployment_rate ESP 14 actual 2023", "unemployment_rate GRC 17 actual 2023"}},
		{name: "a list dated at its end", wordings: []string{
			"Unemployment in Australia and New Zealand was 3.7% and 3.6% in 2023.",
			"In 2023 unemployment in Australia and New Zealand was 3.7% and 3.6% in 2023.",
		}, want: []string{"unemployment_rate AUS 3.7 actual 2023", "unemployment_rate NZL 3.6 actual 2023"}},
	})
}

// TestDatedNounOfALaterClause (blind round 85): a year that dates a noun in a clause a
// subordinator opens after the figure ("Growth was close to zero, 0.2%, as the economy digested
// the consumption boom of 2021") says when that thing was, not the figure's year. Read as
// 2021's, Chile's growth of 2023 was flagged against 2021's 11.3%.
func TestDatedNounOfALaterClause(t *testing.T) {
	published := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a dated noun in a later clause, then a when-clause of its year", wordings: []string{
			"Chile's growth was close to zero, 0.2%, as the economy digested the consumption boom of 2021, when GDP had surged 11.7%.",
		}, want: []string{"gdp_growth CHL 0 actual -", "gdp_growth CHL 11.7 actual 2021"}},
		{name: "a dated noun in a later clause", wordings: []string{
			"Chile's growth was 0.2%, as the economy digested the consumption boom of 2021.",
			"Chile's growth slowed to 0.2% while households paid down the debts of the 2021 boom.",
			"Chile's economy grew just 0.2% because firms were still working off the 2021 stockpiles.",
		}, want: []string{"gdp_growth CHL 0.2 actual -"}},
		// near-misses: a date of the later clause's verb is the figure's time too, and a date
		// of the figure's own clause stays
		{name: "a date of the later clause's verb", wordings: []string{
			"Chile's inflation rose to 12.8% as energy prices soared in 2022.",
		}, want: []string{"inflation CHL 12.8 actual 2022"}},
		{name: "a time phrase of the later clause's verb", wordings: []string{
			"Chile's economy grew 0.2% in 2023. Its inflation had risen to 12.8% as energy prices peaked in the summer of 2022.",
			"Chile's economy grew 0.2% in 2023. Its inflation had risen to 12.8% as energy prices peaked at the end of 2022.",
		}, want: []string{"gdp_growth CHL 0.2 actual 2023", "inflation CHL 12.8 actual -"}}, // (never the year before's)
		{name: "a date of the figure's own clause", wordings: []string{
			"Chile's growth was 0.2% in 2023, as the economy digested the consumption boom of 2021.",
		}, want: []string{"gdp_growth CHL 0.2 actual 2023"}},
	})
}

// TestBeforeAPartOfAPeriodIsADate: "before the end of 2010" names a date, read as dates are,
// not an event the figure was before (a review of session 39's change).
func TestBeforeAPartOfAPeriodIsADate(t *testing.T) {
	ex := testExtractor(t)
	for _, text := range []string{
		"Tunisia's unemployment fell to 13% before the end of 2010.",
		"Tunisia's unemployment fell to 13% before the start of 2010.",
		"Before the end of 2010, Tunisia's unemployment fell to 13%.",
	} {
		for s := range analysedSentences(ex, []string{text}) {
			if e, _, _, ok := s.beforeAnEvent(0); ok {
				t.Errorf("%q: read as before an event (%q)", text, e.Reason)
			}
		}
	}
	for s := range analysedSentences(ex, []string{"Tunisia's unemployment was 13% before the revolution of 2011."}) {
		if _, _, _, ok := s.beforeAnEvent(0); !ok {
			t.Errorf("%q: not read as before an event", s.text)
		}
	}
}

// TestPronounOfTheEconomyAfterAnEarlierFigure (blind round 87): a subject pronoun with a verb
// of growth refers to the economy or country that is the subject of the clause it hangs on,
// before the measure of a figure in an earlier clause: "..., when GDP fell 7.2% and inflation
// reached 585.8%, the economy grew every single year until the pandemic, when it contracted by
// 2.0% in 2020". Read as inflation, Poland's 2020 contraction was flagged.
func TestPronounOfTheEconomyAfterAnEarlierFigure(t *testing.T) {
	published := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an economy subject between the figure and the pronoun", wordings: []string{
			`In Poland, after the "shock therapy" of 1990, when GDP fell 7.2% and inflation reached 585.8%, the economy grew every single year until the pandemic, when it contracted by 2.0% in 2020.`,
		}, want: []string{"gdp_growth POL -7.2 actual 1990", "inflation POL 585.8 actual 1990", "gdp_growth POL -2 actual 2020"}},
		{name: "an economy or a country subject after one earlier figure", wordings: []string{
			"In Poland inflation reached 585.8% in 1990, but the economy grew every year until the pandemic, when it shrank 2.0% in 2020.",
			"Poland's inflation reached 585.8% in 1990; Poland then grew every year until 2020, when it contracted by 2.0%.",
		}, want: []string{"inflation POL 585.8 actual 1990", "gdp_growth POL -2 actual 2020"}},
		// near-miss: with no such subject, the pronoun refers to the measure before
		{name: "a measure subject", wordings: []string{
			"Inflation in Poland is the highest since 1991, when it hit 70%.",
		}, want: []string{"inflation POL 70 actual 1991"}},
	})
}

// TestWhenClauseOfAnUndatedTime (blind round 87): a when-clause that hangs on a phrase of time
// with no date ("the ground lost in the first year of Russia's full-scale invasion, when output
// collapsed by 29.1 percent") is of that time, not of the year the main clause names. Read as
// 2023's, Ukraine's collapse of 2022 was flagged against 2023's growth.
func TestWhenClauseOfAnUndatedTime(t *testing.T) {
	published := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a when-clause of an undated time", wordings: []string{
			"Ukraine's economy grew by an estimated 5.3 percent in 2023, recovering part of the ground lost in the first year of Russia's full-scale invasion, when output collapsed by 29.1 percent, the World Bank said.",
			"Ukraine's economy grew 5.3% in 2023, after a deep fall during the first months of the war, when output collapsed by 29.1%.",
			"Ukraine's economy grew 5.3% in 2023, recovering from the slump in the year of the invasion, when GDP shrank 29.1%.",
		}, want: []string{"gdp_growth UKR 5.3 actual 2023", "gdp_growth UKR -29.1 actual -"}},
		// near-misses: a when-clause after a date, or after a phrase with a year, is of that year
		{name: "a when-clause of a dated time", wordings: []string{
			"Ukraine's economy grew 5.3% in 2023, recovering part of the ground lost in 2022, when output collapsed by 29.1%.",
			"Ukraine's economy grew 5.3% in 2023, recovering from the slump of 2022, when output collapsed by 29.1%.",
		}, want: []string{"gdp_growth UKR 5.3 actual 2023", "gdp_growth UKR -29.1 actual 2022"}},
	})
}

// TestAverageSinceATime (blind round 87): an average a perfect verb gives since a time ("Since
// the Doi Moi reforms of 1986, Vietnam's economy has averaged growth of roughly 6.5% a year",
// "has averaged roughly 5 per cent since") is over all the years since, as a change since a
// time is. Read as 1986's, Vietnam's average was flagged against 1986's growth.
func TestAverageSinceATime(t *testing.T) {
	published := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an average since a time", wordings: []string{
			"Since the Doi Moi reforms of 1986, Vietnam's economy has averaged growth of roughly 6.5% a year.",
			"Vietnam's growth has averaged 6.5% a year since 1986.",
			"Since 1986, Vietnam's GDP growth has averaged about 6.5 per cent.",
		}, want: []string{"gdp_growth VNM 6.5 actual -"}},
		// near-miss: an average of a year is that year's
		{name: "an average of a year", wordings: []string{
			"Vietnam's growth averaged 6.5% in 2019.",
		}, want: []string{"gdp_growth VNM 6.5 actual 2019"}},
	})
}

// TestListOfMeasuresPairedWithFigures (found writing session 39's families): measures listed
// as a verb's subject pair in order with as many figures after it, as places do:
// "Australia's inflation and unemployment were 5.6% and 3.7% in 2023". Each figure had been
// read as the measure nearest the verb, and the 5.6% was judged as an unemployment rate.
func TestListOfMeasuresPairedWithFigures(t *testing.T) {
	published := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "two measures, two figures", wordings: []string{
			"Australia's inflation and unemployment were 5.6% and 3.7% in 2023.",
			"In 2023, inflation and unemployment in Australia were 5.6 per cent and 3.7 per cent respectively.",
			"Inflation and the jobless rate in Australia were 5.6% and 3.7% in 2023.",
		}, want: []string{"inflation AUS 5.6 actual 2023", "unemployment_rate AUS 3.7 actual 2023"}},
		{name: "three measures, three figures", wordings: []string{
			"Growth, inflation and the jobless rate in Australia came in at 2.0%, 5.6% and 3.7% in 2023.",
		}, want: []string{"gdp_growth AUS 2 actual 2023", "inflation AUS 5.6 actual 2023", "unemployment_rate AUS 3.7 actual 2023"}},
		// near-misses: two clauses joined by ", and", and a phrase after a preposition, are no list
		{name: "two clauses", wordings: []string{
			"In Zambia copper has recovered in price, and the economy grew 6.7 per cent in 1988.",
			"In Zimbabwe inflation turned to deflation, and the economy grew by 12% in 2010.",
		}, want: []string{"gdp_growth * * actual *"}},
	})
	// a figure for two measures says of neither which it is
	ex := testExtractor(t)
	text := "Inflation and unemployment in Australia both stood near 4% in 2023."
	for _, c := range ex.Claims(Article{Text: text, Published: published}, Options{}) {
		t.Errorf("%q: claim %q (%s), want none", text, c.Quote, c.Indicator)
	}
}

// TestFigureAfterASentenceOpenedByADecade (blind rounds 86 and 89): an undated figure right
// after a sentence that opens with a decade ("The 1990s were unkind. Growth averaged barely 1.5
// percent a year") is of that decade's years, not of the year the text named before it. Three
// decade averages of Japan, Indonesia and Korea were judged as 1988's, 1998's and 2009's. So is
// one in the past after a sentence that opens with an event a year names ("The 2001 banking
// crash was the worst of all. GDP fell 5.7 percent"), of the event's time: Turkey's 2001 fall
// was judged as 1999's, the year of the sentence before.
func TestFigureAfterASentenceOpenedByADecade(t *testing.T) {
	published := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a sentence opened by a decade", wordings: []string{
			"Korea's economy grew 0.8% in 2009. The 2010s were slower. Growth averaged roughly 3 percent.",
			"Korea's economy grew 0.8% in 2009. The 2010s were the decade of slower growth. Growth averaged about 3 percent a year.",
			"Korea's economy grew 0.8% in 2009. In the 2010s, the country grew older. Growth averaged roughly 3 percent.",
			"Korea's economy grew 0.8% in 2009. The 2010s brought democracy and a gold rush. Growth was steady at around 3 percent a year.",
		}, want: []string{"gdp_growth KOR 0.8 actual 2009", "gdp_growth KOR 3 actual -"}},
		// near-misses: a decade that does not open the sentence, or a figure with a year of its
		// own, keep the period they had
		{name: "a decade named in passing", wordings: []string{
			"Korea's economy grew 0.8% in 2009. Critics compared it with the 1990s. Growth was 0.8 percent, the statistics office said.",
		}, want: []string{"gdp_growth KOR 0.8 actual 2009", "gdp_growth KOR 0.8 actual 2009"}},
		{name: "a sentence opened by an event a year names", wordings: []string{
			"Turkey's economy grew 4.5% in 2023. In 1999 an earthquake struck. The 2001 banking crash was the worst of all. GDP fell 5.7 percent, the lira lost half its value.",
			"Turkey's economy grew 4.5% in 2023. In 1999 an earthquake struck. The 2001 crisis hit harder. GDP fell 5.7 percent.",
		}, want: []string{"gdp_growth TUR 4.5 actual 2023", "gdp_growth TUR -5.7 actual -"}},
		{name: "a figure in the present after an event of a year", wordings: []string{
			"Bangladesh's economy grew 5.8% in 2023. The 2022 census counted 169.8 million people. Official unemployment in Bangladesh is 3.5%.",
		}, want: []string{"gdp_growth BGD 5.8 actual 2023", "unemployment_rate BGD 3.5 actual 2024"}},
		{name: "a new paragraph after the decade's sentence", wordings: []string{
			"Korea's economy grew 0.8% in 2009. The 2010s were slower.\n\nIn 2009 growth was 0.8 percent, the statistics office said.",
		}, want: []string{"gdp_growth KOR 0.8 actual 2009", "gdp_growth KOR 0.8 actual 2009"}},
	})
}

// TestYearlyRateBeforeAnEvent (blind round 88): a yearly rate before an event ("grew about 5
// percent a year before the pandemic") is of the years before it; "a year before" is no date of
// the figure. Read as 2020's, Kenya's growth before the pandemic was flagged against 2020's.
func TestYearlyRateBeforeAnEvent(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a yearly rate before an event", wordings: []string{
			"Compare Kenya, whose economy is a fraction of ours but grew about 5 percent a year before the pandemic, and whose inflation is lower.",
			"Kenya's economy grew about 5 per cent a year before the pandemic.",
			"Kenya's economy expanded 5% annually prior to the pandemic.",
		}, want: []string{"gdp_growth KEN 5 actual -"}},
	})
}

// TestCountAmongOthersIsNoFigure (blind round 89): a number with no unit followed by "of" and
// what it counts among ("one of only three G20 members") is a count, not a value of the measure
// of the figure before it. "In 2009 Indonesia grew 4.6 percent, one of only three G20 members to
// grow" was read as 1% growth and flagged.
func TestCountAmongOthersIsNoFigure(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a count among others", wordings: []string{
			"In 2009 Indonesia grew 4.6 percent, one of only three G20 members to grow alongside China and India.",
			"In 2009 Indonesia grew 4.6 percent, one of the few large economies to expand.",
			"In 2009 Indonesia grew 4.6 percent, making it one of three G20 members that grew.",
		}, want: []string{"gdp_growth IDN 4.6 actual 2009"}},
		// near-miss: a figure with its unit before "of" is a value
		{name: "a value before of", wordings: []string{
			"In 2009 Indonesia's debt was 28 percent of GDP.",
		}, want: []string{"government_debt IDN 28 actual 2009"}},
	})
}

// TestRatioTermIsNoMeasure (blind round 88): a measure that is the term a ratio is taken to
// ("Its debt is low relative to GDP, at about 38 percent") is not what the figure after it
// measures. Read as GDP, Nigeria's debt ratio was flagged as 38% growth.
func TestRatioTermIsNoMeasure(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a figure after the term of a ratio", wordings: []string{
			"Nigeria's debt is low relative to GDP, at about 38 percent, but debt service absorbs more than 70 percent of federal revenues.",
			"Nigeria's deficit is small in relation to GDP, at 4.5 percent.",
		}, want: []string{"!gdp_growth"}},
		// near-miss: a measure set off before "at" is still its figure's
		{name: "a measure set off before at", wordings: []string{
			"Nigeria's unemployment rate, at 5.0 percent, remains low.",
		}, want: []string{"unemployment_rate NGA 5 actual *"}},
	})
}

// TestNamedPolicyRateAndWhenLists (blind round 90): the Selic is Brazil's policy rate, not the
// inflation of the clause before ("allowing the central bank to cut the Selic from 13.75 per
// cent to 10.75 per cent" was judged as 2022's inflation); and clauses that go on a when-clause
// after its date are of that date ("Russia's own worst modern crisis remains 1998, when the
// rouble collapsed, GDP fell 5.3 per cent and inflation jumped to 27.7 per cent" was judged as
// 2023's).
func TestNamedPolicyRateAndWhenLists(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the Selic", wordings: []string{
			"Brazil's inflation fell to 4.6% in 2023, allowing the central bank to cut the Selic from 13.75 per cent to 10.75 per cent.",
			"Brazil's inflation fell to 4.6% in 2023, and the central bank cut the Selic rate from 13.75% to 10.75%.",
		}, want: []string{"inflation BRA 4.6 actual 2023", "policy_rate BRA 13.75 previous *", "policy_rate BRA 10.75 actual *"}},
		{name: "a list of clauses after a when-clause", wordings: []string{
			"Russia's own worst modern crisis remains 1998, when the rouble collapsed, GDP fell 5.3 per cent and inflation jumped to 27.7 per cent.",
			"The worst year was 1998, when the rouble collapsed, Russia's GDP fell 5.3 per cent, and inflation jumped to 27.7 per cent.",
		}, want: []string{"gdp_growth RUS -5.3 actual 1998", "inflation RUS 27.7 actual 1998"}},
		// near-misses: a clause after a fronted when-clause is the main clause, dated as before;
		// a when-clause after "at a time" is of the main clause's time
		{name: "a main clause after a fronted when-clause", wordings: []string{
			"When the rouble collapsed in 1998, Russia's GDP fell 5.3 per cent.",
		}, want: []string{"gdp_growth RUS -5.3 actual 1998"}},
		{name: "at a time when", wordings: []string{
			"In 2009, at a time when German output fell 5.7%, the bank cut rates.",
		}, want: []string{"gdp_growth DEU -5.7 actual 2009"}},
	})
}

// TestListsThatPairNothing: near-misses of session 39's pairing of measures and of ratio terms
// (a review of the change): a list of measures whose figures are of a series of periods pairs
// with neither, and a subject's figure after "relative to" a phrase that names no measure is
// still the subject's.
func TestListsThatPairNothing(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "measures and a series of periods", wordings: []string{
			"France's growth and inflation averaged 2.5% and 1.8% in 2022 and 2023.",
		}, want: []string{"!gdp_growth"}},
		{name: "relative to something that is no measure", wordings: []string{
			"Vietnam's inflation, high relative to the target, was 4.5% in 2023.",
			"Vietnam's inflation stood at 4.5% in 2023, high relative to its neighbours.",
		}, want: []string{"inflation VNM 4.5 actual 2023"}},
	})
}

// TestFigureOfAReducedRelativeClause (blind round 90): a participle right after a figure, with
// a date after it ("the 13.5 percent recorded in 1980", "the peak of more than 75% reached in May
// 2024"), dates the figure: "well short of the 13.5 percent recorded in 1980" was judged as the
// year before the figure it was set against, 2021, and flagged.
func TestFigureOfAReducedRelativeClause(t *testing.T) {
	published := time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a participle and a date after a compared figure", wordings: []string{
			"US consumer prices rose an average of 8.0 percent in 2022, the most since 1981, but well short of the 13.5 percent recorded in 1980.",
			"US inflation averaged 8.0 percent in 2022, compared with the 13.5 percent seen in 1980.",
			"US inflation averaged 8.0 percent in 2022, down from the 13.5 percent registered in 1980.",
		}, want: []string{"inflation USA 8 actual 2022", "inflation USA 13.5 previous 1980"}},
		// near-miss: a clause's own verb after its subject is no participle of a figure
		{name: "a verb after its subject", wordings: []string{
			"South Africa's output shrank in 1990, 1991 and 1992, falling by 2.1 percent in the last of those years.",
		}, want: []string{"gdp_growth ZAF -2.1 actual 1992"}},
	})
}

// TestRevisionOfAFall (blind round 91): a figure that a phrase naming an earlier fall is revised
// to ("its economy shrank by 9.6%. (That figure was later revised to 9.5%.)") is a fall too. Read
// as growth of 9.5%, the Philippines' revised contraction of 2020 was flagged.
func TestRevisionOfAFall(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a fall named again and revised", wordings: []string{
			"In 2020 the Philippine economy shrank by 9.6%. (That figure was later revised to 9.5%.)",
			"In 2020 the Philippine economy shrank by 9.6%. The figure was later revised to 9.5%.",
			"In 2020 the Philippine economy contracted 9.6 percent. That figure has since been revised to 9.5 percent.",
		}, want: []string{"gdp_growth PHL -9.6 actual 2020", "gdp_growth PHL -9.5 * 2020"}},
		// near-miss: a rise revised stays a rise
		{name: "a rise named again and revised", wordings: []string{
			"In 2021 the Philippine economy grew by 5.6%. The figure was later revised to 5.7%.",
		}, want: []string{"gdp_growth PHL 5.6 actual 2021", "gdp_growth PHL 5.7 * 2021"}},
	})
}
