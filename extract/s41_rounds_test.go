package extract

import (
	"testing"
	"time"
)

// TestTimeAfterAYear (blind round 107): a year that is the object of "after" or "following"
// opens a time after it, which a figure of that time is not of: "Kenya's growth was steadier: 5
// to 6 per cent in most years after 2003" was judged as 2003's and flagged against its 2.9%. A
// span the text counts from the year is its years; a point ("a decade after 1990") or a span
// whose end is not said has no period here.
func TestTimeAfterAYear(t *testing.T) {
	published := time.Date(2015, 3, 3, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a span after a year, whose end is not said", wordings: []string{
			"Kenya's growth was steadier: 5 to 6 per cent in most years after 2003.",
			"Ghana's inflation stayed at about 10 percent in the years after 2010.",
			"Every year after 1995 Poland's growth topped 4 percent.",
			"After 2003, Kenya's growth ran at 5 per cent a year.",
			"In the years following 2010, Ghana's inflation stayed near 10 percent.",
		}, want: []string{"* * * actual -"}},
		{name: "a point after a year", wordings: []string{
			"A decade after 1990, unemployment in Chile was 7 percent.",
		}, want: []string{"unemployment_rate CHL 7 actual -"}},
		{name: "a span counted from a year", wordings: []string{
			"In the decade after 1990, unemployment in Chile averaged about 7 percent.",
			"Unemployment in Chile averaged about 7 percent in the decade following 1990.",
		}, want: []string{"unemployment_rate CHL 7 actual 1991/2000"}},
		// near-misses: a year of the figure's own; a thing the year names
		{name: "the year's own figure", wordings: []string{
			"Kenya's growth was 2.9 per cent in 2003, after 0.5 per cent in 2002.",
		}, want: []string{"gdp_growth KEN 2.9 actual 2003", "gdp_growth KEN 0.5 previous 2002"}},
		{name: "a thing named by the year", wordings: []string{
			"Kenya's growth rose to 5 per cent in 2004, after 2003's election.",
		}, want: []string{"gdp_growth KEN 5 actual 2004"}},
	})
}

// TestBankNamedJustBefore (blind round 110): a policy rate in a sentence that names no country
// is the rate of the central bank the sentence before named, when no country was named since:
// "The Federal Reserve has begun to cut interest rates. The discount rate, 8% last summer, now
// stands at 6.75%", under a London dateline and after a paragraph on Iran, was judged as Bank
// Rate and flagged twice.
func TestBankNamedJustBefore(t *testing.T) {
	published := time.Date(1975, 2, 8, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the bank of the sentence before, with a figure set against", wordings: []string{
			"London, 8 February 1975\n\nIran expects its economy to grow by 30% this year.\n\nThe Federal Reserve has begun to cut interest rates. The discount rate, 8% last summer, now stands at 6.75%.",
		}, want: []string{"gdp_growth IRN 30 forecast 1975", "policy_rate USA 6.75 actual 1975", "policy_rate USA 8 actual 1974"}},
		{name: "the bank of the sentence before", wordings: []string{
			"London, 8 February 1975\n\nIran expects its economy to grow by 30% this year. The Federal Reserve, for its part, has started easing. The discount rate now stands at 6.75%.",
			"Iran expects its economy to grow by 30% this year. The Fed is under pressure to ease. Its discount rate is 6.75%.",
		}, want: []string{"gdp_growth IRN 30 forecast 1975", "policy_rate USA * * *"}},
		{name: "another country's bank", wordings: []string{
			"China expects its economy to grow by 5% this year. The Reserve Bank of India is in no hurry. The repo rate stands at 6.5%.",
		}, want: []string{"gdp_growth CHN 5 forecast 1975", "policy_rate IND 6.5 actual 1975"}},
		// near-misses: a country named after the bank; the bank's own country named in the
		// sentence of the rate
		{name: "a country named since", wordings: []string{
			"The Federal Reserve has begun to cut interest rates. In India, the repo rate stands at 6.5%.",
		}, want: []string{"policy_rate IND 6.5 actual *"}},
	})
}

// TestCountryOfASpeakersBackgroundClause (blind rounds 107 and 111): a country named in a
// subordinate clause that a speaker's own main clause follows ("Even in 2009, when the United
// States shrank by 2.6 per cent, we grew by 1.9 per cent") is the background the speaker sets
// their country against: neither the country of the speaker's figure in that sentence, nor the
// one the next speaker's figures are of. Read so, Australia's 1% growth of 2024 was the United
// States' and an Argentine president's slump of 1999 Brazil's, and both were flagged.
func TestCountryOfASpeakersBackgroundClause(t *testing.T) {
	published := time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the next speaker after a background clause", wordings: []string{
			"Australia's economy contracted in 1991. Even in 2009, when the United States shrank by 2.6 per cent, we grew by 1.9 per cent.\n\nSAUL ESLAKE: The per-capita picture is worse. In 2024 GDP grew by just 1 per cent.",
		}, want: []string{"gdp_growth USA -2.6 actual 2009", "gdp_growth AUS 1 actual 2024"}},
		{name: "the next sentence after a background clause", wordings: []string{
			"Australia's economy contracted in 1991. In 2009, while Germany was in deep recession, we kept growing. In 2024 GDP grew by just 1 per cent.",
			"Australia's economy contracted in 1991. As Japan slid into deflation, our exporters struggled. In 2024 GDP grew by just 1 per cent.",
		}, want: []string{"gdp_growth AUS 1 actual 2024"}},
		{name: "the speaker's figure after a background clause", wordings: []string{
			"When Brazil devalued the real in January 1999, our exporters lost their biggest market and our economy shrank by 3.4 per cent that year.",
			"When Brazil devalued in 1999, our economy shrank by 3.4 per cent.",
			"Although Brazil recovered quickly in 1999, our economy shrank by 3.4 per cent.",
		}, want: []string{"!gdp_growth"}},
		// near-misses: a main clause of a third person keeps the country it names, or the
		// one before it; a speaker's figure with their country named
		{name: "no speaker's clause", wordings: []string{
			"When the United States shrank by 2.6 per cent in 2009, its unemployment rate rose. In 2010 GDP grew by 2.7 per cent.",
		}, want: []string{"gdp_growth USA -2.6 actual 2009", "gdp_growth USA 2.7 actual 2010"}},
		{name: "the speaker's country named", wordings: []string{
			"When Brazil devalued in 1999, our economy in Argentina shrank by 3.4 per cent.",
		}, want: []string{"gdp_growth ARG -3.4 actual 1999"}},
	})
}

// TestPlaceOfAFrontedInBeforeAnAside (blind round 112): a place that a fronted "in" names frames
// the clause after an aside to it, whatever places the aside names: "In Brazil, which is
// Argentina's main trading partner, GDP grew 1.5% in 2002" was judged as Argentina's growth and
// flagged against its -10.9%.
func TestPlaceOfAFrontedInBeforeAnAside(t *testing.T) {
	published := time.Date(2003, 3, 18, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an aside to a fronted place", wordings: []string{
			"In Brazil, which is Argentina's main trading partner, GDP grew 1.5% in 2002.",
			"In Brazil, Argentina's largest market, GDP grew 1.5% in 2002.",
			"But in Brazil, whose exports go mostly to Argentina and China, GDP grew 1.5% in 2002.",
		}, want: []string{"gdp_growth BRA 1.5 actual 2002"}},
		{name: "a relative clause of place", wordings: []string{
			"In Kenya, where Uganda buys much of its fuel, inflation was 2% in 2002.",
		}, want: []string{"inflation KEN 2 actual 2002"}},
		// near-misses: a list of places; a place of the clause after the aside
		{name: "a list of places", wordings: []string{
			"In Brazil, Argentina and Chile, growth averaged 2% in 2002.",
		}, want: []string{"!gdp_growth"}},
		{name: "a place in the main clause", wordings: []string{
			"In Brazil, Argentina's largest market, Argentina's exports fell while Chile's GDP grew 2.2% in 2002.",
		}, want: []string{"gdp_growth CHL 2.2 actual 2002"}},
	})
}

// TestPresentThatOpensTheSentence (blind round 113): a word of the present that opens a sentence
// before a comma ("Today, with inflation at 3.4% and the Selic at a record low of 6.5%, the
// young traders on my desk find all of this hard to believe") dates the figures of the sentence
// up to its first date: the present's, not the year of the paragraphs before (1999, flagged).
func TestPresentThatOpensTheSentence(t *testing.T) {
	published := time.Date(2019, 7, 1, 0, 0, 0, 0, time.UTC)
	before := "Brazil floated the real in 1999, and consumer prices rose 8.9% that year. "
	runFamilies(t, published, []family{
		{name: "a fronted present", wordings: []string{
			before + "Today, with inflation at 3.4% and the Selic at a record low of 6.5%, the young traders on my desk find all of this hard to believe.",
			before + "Now, with inflation at 3.4%, the mood on the trading floor is calmer.",
			before + "Today, after two decades of targeting, inflation of 3.4% barely makes the news.",
		}, want: []string{"inflation BRA 8.9 actual 1999", "inflation BRA 3.4 * 2019"}},
		// near-miss: a date of the figure's own after the present
		{name: "a date of its own", wordings: []string{
			before + "Today, the statistics office says inflation was 4.9% in 1999.",
		}, want: []string{"inflation BRA 8.9 actual 1999", "inflation BRA 4.9 actual 1999"}},
	})
}

// TestGroupThatAPhraseRestricts (blind round 115): a fronted group of people that a phrase after
// its noun restricts ("and for workers in their twenties it was above 12 per cent", "for people
// with degrees it was 14%") makes the rate after it that group's, as the group alone does ("for
// young people it was 12%"). Read as the national rate, Korea's youth unemployment of 1998 was
// flagged against 7%.
func TestGroupThatAPhraseRestricts(t *testing.T) {
	published := time.Date(2008, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a group and a phrase that restricts it", wordings: []string{
			"South Korea's unemployment rate jumped to 7 per cent in 1998, and for workers in their twenties it was above 12 per cent.",
			"South Korea's unemployment rate jumped to 7 per cent in 1998, and for people with degrees it was 4 per cent.",
			"South Korea's unemployment rate jumped to 7 per cent in 1998; for women in Seoul the rate was 9 per cent.",
			"South Korea's unemployment rate jumped to 7 per cent in 1998, while for men without a high-school diploma it was 12 per cent.",
		}, want: []string{"unemployment_rate KOR 7 actual 1998"}},
		// near-miss: another country after "in"
		{name: "another country", wordings: []string{
			"South Korea's unemployment rate jumped to 7 per cent in 1998, and in Japan it was 4.1 per cent.",
		}, want: []string{"unemployment_rate KOR 7 actual 1998", "unemployment_rate JPN 4.1 actual 1998"}},
	})
}

// TestReportCalledFalseAfterIt (blind round 109): a report or an estimate whose content a
// "that" clause gives, which a predicate after it rejects ("Reports in the Bild newspaper that
// the economy had contracted by as much as 4 per cent were dismissed by the statistics office
// as \"pure speculation\"", "An earlier government estimate that the economy had contracted by
// as much as 7 percent proved too pessimistic"), is no figure of the article's: both were
// judged as Germany's and Korea's growth.
func TestReportCalledFalseAfterIt(t *testing.T) {
	published := time.Date(1994, 1, 14, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a report or an estimate rejected after it", wordings: []string{
			"Reports in the Bild newspaper that German GDP had contracted by as much as 4 per cent in 1993 were dismissed by the statistics office as \"pure speculation\".",
			"An earlier government estimate that German GDP had contracted by as much as 4 percent in 1993 proved too pessimistic.",
			"Claims that German GDP shrank 4 per cent in 1993 were denied by the statistics office.",
			"Reports that German GDP shrank 4 per cent in 1993 were rejected by the finance ministry.",
			"The estimate that German GDP shrank 4 per cent in 1993 proved wrong.",
		}, want: []string{"!gdp_growth"}},
		// near-misses: a report confirmed, published or proved right; a rejection of
		// something else before the figure
		{name: "a report kept", wordings: []string{
			"Reports that German GDP shrank 1.3 per cent in 1993 were confirmed by the statistics office.",
			"The estimate that German GDP shrank 1.3 per cent in 1993 was published on Tuesday.",
			"An earlier estimate that German GDP had shrunk 1.3 per cent in 1993 proved accurate.",
			"The statistics office dismissed reports of a deeper slump and said German GDP shrank 1.3 per cent in 1993.",
		}, want: []string{"gdp_growth DEU -1.3 actual 1993"}},
	})
}

// TestYearsOfAPhraseBeforeAList (blind round 118): the years a phrase names before a list of as
// many figures, with no figure before the list, go with the figures in order: "The recession of
// 2015 and 2016 was the worst in the country's recorded history, with GDP shrinking by 3.5
// percent and 3.3 percent" gave both figures 2016, and 2015's right figure was flagged.
func TestYearsOfAPhraseBeforeAList(t *testing.T) {
	published := time.Date(2019, 3, 3, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "years of a phrase before the list", wordings: []string{
			"Brazil's recession of 2015 and 2016 was the worst in the country's recorded history, with GDP shrinking by 3.5 percent and 3.3 percent.",
			"In Brazil, 2015 and 2016 were dismal years: GDP shrank 3.5 percent and 3.3 percent.",
			"And in 2015 and 2016, when this house impeached a president in the middle of a recession, Brazil's economy shrank by 3.5 percent and then 3.3 percent.",
			"Brazil's slump of 2015 and 2016 was deep, with the economy shrinking by 3.5 percent and 3.3 percent.",
		}, want: []string{"gdp_growth BRA -3.5 actual 2015", "gdp_growth BRA -3.3 actual 2016"}},
		// near-miss: a range of years and one figure over it
		{name: "one figure over a range", wordings: []string{
			"Between 2015 and 2016, Brazil's GDP fell 6.7 percent.",
		}, want: []string{"gdp_growth BRA -6.7 actual 2015/2016"}},
	})
}

// TestCountryThatImposesSanctions (blind round 118): a country named as the one that imposes
// sanctions or an embargo on another, or freezes its reserves, acts in that country's story;
// the sentences after it go on about the sanctioned one. "After the annexation of Crimea in
// March 2014, the EU and the US imposed the first sectoral sanctions in July 2014 ... The
// economy contracted by 2 percent in 2015" was the United States' growth, and flagged.
func TestCountryThatImposesSanctions(t *testing.T) {
	published := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the imposer named last", wordings: []string{
			"Russia's growth slowed after 2012. In July 2014 the EU and the US imposed the first sectoral sanctions, and the ruble lost half its value. The economy contracted by 2 percent in 2015.",
			"Russia's growth slowed after 2012. The ruble fell when the United States imposed sanctions on its banks. The economy contracted by 2 percent in 2015.",
			"Russia's growth slowed after 2012. In 2014 Washington slapped sanctions on its oil firms. The economy contracted by 2 percent in 2015.",
		}, want: []string{"gdp_growth RUS -2 actual 2015"}},
		// near-miss: the imposer's own figure, and a country named after it
		{name: "the imposer's own figure", wordings: []string{
			"The United States imposed sanctions on Russia in 2014, and its economy grew 2.5 percent that year.",
		}, want: []string{"sanctions_imposed RUS * actual 2014", "gdp_growth USA 2.5 actual 2014"}},
		{name: "the imposer's object is goods, or the name is not its subject", wordings: []string{
			"Russia's growth slowed after 2012. In August 2014 Russia imposed an embargo on food imports from the European Union. Inflation reached 15.5% in 2015.",
			"Russia's growth slowed after 2012. Russia, hit as Washington tightened sanctions in 2014, saw its currency collapse. Inflation reached 15.5% in 2015.",
		}, want: []string{"inflation RUS 15.5 actual 2015"}},
		{name: "another country named since", wordings: []string{
			"Russia's growth slowed after 2012. The EU imposed sanctions in 2014. Germany's economy grew 2.2 percent that year.",
		}, want: []string{"sanctions_imposed RUS * actual 2014", "gdp_growth DEU 2.2 actual 2014"}}, // (the EU imposes them: on Russia, named before; TestSanctionsOfTheSentencesImposer)
	})
}

// TestMeasureOfWhatGoesIntoAChange (blind round 118): a change noun after "into" is of what a
// verb puts there, its object or, with none, its subject: "The banking crash of February 2001
// pushed the economy into a contraction of 5.7 percent that year" was read as the inflation of
// the sentence before, and flagged.
func TestMeasureOfWhatGoesIntoAChange(t *testing.T) {
	published := time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)
	before := "Turkey's inflation was 54 percent in 2001. "
	runFamilies(t, published, []family{
		{name: "the object or the subject of the verb", wordings: []string{
			before + "The banking crash of February 2001 pushed the economy into a contraction of 5.7 percent that year.",
			before + "The crisis tipped the economy into a 5.7 percent contraction in 2001.",
			before + "The crisis plunged output into a contraction of 5.7 percent in 2001.",
			before + "The economy fell into a contraction of 5.7 percent in 2001.",
		}, want: []string{"inflation TUR 54 actual 2001", "gdp_growth TUR -5.7 actual 2001"}},
		// near-miss: a measure of its own after "into"
		{name: "a measure of its own", wordings: []string{
			before + "Inflation fell into a range of 30 to 40 percent in 2002.",
		}, want: []string{"inflation TUR 54 actual 2001", "inflation TUR 30 actual 2002"}},
	})
}

// TestOneYearOfTheFiguresBefore (blind round 118): an undated figure after a sentence whose
// figures were all of one year takes that year rather than the indicator's last, years
// earlier, whatever spans the sentence also named: "Growth averaged about 6.5 percent between
// 2012 and 2019, and ... GDP grew by 7.02 percent in 2019. Inflation was 2.8 percent." was
// judged as 2011's inflation, a paragraph before, and flagged.
func TestOneYearOfTheFiguresBefore(t *testing.T) {
	published := time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC)
	before := "Vietnam's inflation hit 18.7 percent in 2011.\n\n"
	runFamilies(t, published, []family{
		{name: "one year of the figures, and a span", wordings: []string{
			before + "Vietnam's growth averaged about 6.5 percent between 2012 and 2019, and GDP grew by 7.02 percent in 2019. Inflation was 2.8 percent.",
			before + "From 2012 to 2019 Vietnam's growth averaged 6.5 percent; GDP grew 7.02 percent in 2019. Inflation was 2.8 percent.",
		}, want: []string{"inflation VNM 18.7 actual 2011", "gdp_growth VNM 6.5 actual 2012/2019", "gdp_growth VNM 7.02 actual 2019", "inflation VNM 2.8 actual 2019"}},
	})
}

// TestPlaceComparedInARelativeClause (blind round 119): a figure in a relative clause on a
// place that a comparison sets against an earlier figure ("a contraction of 2.2 per cent in
// 2020, a much shallower recession than in the United Kingdom, where output fell about 11 per
// cent") is of that figure's time, not of the year that opens the sentence (2021, flagged).
func TestPlaceComparedInARelativeClause(t *testing.T) {
	published := time.Date(2022, 6, 8, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a place compared", wordings: []string{
			"Last year, calendar 2021, Australia's economy grew 4.7 per cent after a contraction of 2.2 per cent in 2020, a much shallower recession than in the United Kingdom, where output fell about 11 per cent.",
		}, want: []string{"gdp_growth AUS 4.7 actual 2021", "gdp_growth AUS -2.2 previous 2020", "gdp_growth GBR -11 actual 2020"}},
		{name: "a place compared, no year before", wordings: []string{
			"In 2021 Australia's economy grew 4.7 per cent, more than in Japan, where GDP rose 2.6 per cent.",
		}, want: []string{"gdp_growth AUS 4.7 actual 2021", "gdp_growth JPN 2.6 actual 2021"}},
		// near-miss: a year of its own
		{name: "a year of its own", wordings: []string{
			"Last year, calendar 2021, Australia's economy grew 4.7 per cent after a contraction of 2.2 per cent in 2020, a much shallower recession than in the United Kingdom, where output fell about 11 per cent in 2020.",
		}, want: []string{"gdp_growth AUS 4.7 actual 2021", "gdp_growth AUS -2.2 previous 2020", "gdp_growth GBR -11 actual 2020"}},
	})
}

// TestClaimCalledNonsense (blind round 119): "nonsense" and "rubbish" call a claim false as
// "false" does: "Some commentators claim Russian unemployment is 10%. That is nonsense." was
// judged as the article's own figure.
func TestClaimCalledNonsense(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "called nonsense or rubbish", wordings: []string{
			"Some commentators claim Russian unemployment is 10%. That is nonsense.",
			"Some commentators claim Russian unemployment is 10%. This is rubbish.",
			"The claim that Russian unemployment is 10% is nonsense.",
		}, want: []string{"!unemployment_rate"}},
		// near-miss: nonsense of something else
		{name: "something else called nonsense", wordings: []string{
			"Russian unemployment is 2.9%, and talk of a crisis is nonsense.",
		}, want: []string{"unemployment_rate RUS 2.9 actual *"}},
	})
}

// TestDateOfALaterClauseWithAnAdverb (blind round 123): a clause after ", and" whose subject's
// verb follows an adverb ("and in 2012 unemployment in Lagos State alone was put at over 7%")
// is a clause of its own, and its date is not the figure's before it: "In 2015, the last year
// of the previous administration, Nigeria grew 2.7%" was judged as 2012's growth.
func TestDateOfALaterClauseWithAnAdverb(t *testing.T) {
	published := time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a later clause with an adverb before its verb", wordings: []string{
			"In 2015, the last year of the previous administration, Nigeria grew 2.7%, and in 2012 unemployment in Lagos State alone was put at over 7%.",
			"In 2015, the last year of the previous administration, Nigeria grew 2.7%, and in 2012 its oil output then fell by 5%.",
		}, want: []string{"gdp_growth NGA 2.7 actual 2015"}},
	})
}

// TestOutturnInsteadOfAForecast (blind round 123): a figure that a clause says came instead of
// a forecast ("projected growth of 6.2% for 2020; the economy instead contracted 0.3%", "in the
// event it contracted by 1.2 per cent") is of the forecast's period, not of the year the
// forecast was made in (2019, flagged).
func TestOutturnInsteadOfAForecast(t *testing.T) {
	published := time.Date(2021, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "instead of a forecast", wordings: []string{
			"Kenya's budget statement of 2019 projected growth of 6.2% for 2020; the economy instead contracted 0.3%.",
			"In its 2019 budget Kenya's Treasury forecast growth of 6.2% for 2020, but in the event the economy shrank 0.3%.",
			"Kenya's Treasury expected growth of 6.2% for 2020 when it published its 2019 budget; the economy instead shrank 0.3%.",
		}, want: []string{"gdp_growth KEN 6.2 forecast 2020", "gdp_growth KEN -0.3 actual 2020"}},
	})
}

// TestHeadingForAFigure (blind round 122): "is heading for", "is headed for" and "is bound for" a
// figure give a forecast, as "on course for" does: "Argentina, battling inflation above 100%, is
// heading for a contraction of 1.6%" was judged as an outturn of 2022, the year of the clause
// before.
func TestHeadingForAFigure(t *testing.T) {
	published := time.Date(2023, 6, 7, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "heading for", wordings: []string{
			"Brazil grew 2.9% in 2022, while Argentina, battling inflation above 100%, is heading for a contraction of 1.6%.",
			"Brazil grew 2.9% in 2022, while Argentina is headed for a contraction of 1.6%.",
			"Brazil grew 2.9% in 2022, while Argentina is bound for a contraction of 1.6%.",
		}, want: []string{"gdp_growth BRA 2.9 actual 2022", "gdp_growth ARG -1.6 forecast *"}},
	})
}

// TestLevelReachedAtARangesEnd (blind round 120): a level that a verb of reaching leaves after a
// range of dates ("was increased fourteen consecutive times from December 2021 to August 2023,
// reaching 5.25%") is of the range's end, not of its start, as a rate held over a span is.
func TestLevelReachedAtARangesEnd(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a level reached", wordings: []string{
			"The Bank of England raised rates 14 times between December 2021 and August 2023, taking Bank Rate to 5.25%.",
		}, want: []string{"policy_rate GBR 5.25 actual 2023-08"}},
		// near-miss: a rate held over the span is the start's, "left at" too
		{name: "a rate held", wordings: []string{
			"From August 2023 to August 2024, the Bank of England kept Bank Rate at 5.25%.",
			"The Bank of England left Bank Rate at 5.25% from August 2023 until August 2024.",
		}, want: []string{"policy_rate GBR 5.25 actual 2023-08"}},
	})
}

// TestFigureCalledOverstated (blind round 121): a claimed figure that an apposition says
// misstates ("Some politicians still claim the Indonesian economy shrank 20% that year, a figure
// that overstates the official decline") is the claim's, not the article's.
func TestFigureCalledOverstated(t *testing.T) {
	published := time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)
	before := "Indonesia's economy shrank about 13% in 1998. "
	runFamilies(t, published, []family{
		{name: "called overstated", wordings: []string{
			before + "Some politicians still claim the Indonesian economy shrank 20% that year, a figure that overstates the official decline.",
			before + "Critics claim Indonesia's economy shrank 20% that year, which exaggerates the slump.",
			before + "Some politicians still claim the Indonesian economy shrank 20 per cent that year, a figure that overstates the official decline.",
			before + "Some politicians claim the economy shrank by as much as 20% that year, a figure that overstates the official decline.",
		}, want: []string{"gdp_growth IDN -13 actual 1998"}},
		// near-miss: an apposition of another kind
		{name: "an apposition that judges nothing", wordings: []string{
			"The minister said Indonesia's growth was 5.3% in 2022, a figure that surprised analysts.",
		}, want: []string{"gdp_growth IDN 5.3 actual 2022"}},
	})
}

// TestYearsAftermath (blind round 120): a year's aftermath or wake is a time after it: "GDP
// growth fell to 2.7 per cent in 2014's aftermath" is not 2014's growth (flagged against 6.3%).
func TestYearsAftermath(t *testing.T) {
	published := time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a year's aftermath", wordings: []string{
			"Nigeria's GDP growth fell to 2.7 per cent in 2014's aftermath.",
			"Nigeria's GDP growth fell to 2.7 per cent in 2014's wake.",
		}, want: []string{"gdp_growth NGA 2.7 actual -"}},
		{name: "a year's own event", wordings: []string{
			"Nigeria grew 6.3% in 2014's boom.",
		}, want: []string{"gdp_growth NGA 6.3 actual 2014"}},
	})
}

// TestLaterOutturnAfterABase (blind round 120): a figure of a later year after ", and", past a
// base its main figure is set against, goes on from the main figure: "output grew 10.7 per
// cent in 2021 as the economy rebounded from a 9.9 per cent collapse in 2020, and 5.0 per cent
// in 2022" was read as a second base, a fall of 5%, and flagged.
func TestLaterOutturnAfterABase(t *testing.T) {
	published := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a later year after a base", wordings: []string{
			"But Argentina's output grew 10.7 per cent in 2021 as the economy rebounded from a 9.9 per cent collapse in 2020, and 5.0 per cent in 2022.",
			"Argentina's output grew 10.7 per cent in 2021, after a 9.9 per cent collapse in 2020, and 5.0 per cent in 2022.",
		}, want: []string{"gdp_growth ARG 10.7 actual 2021", "gdp_growth ARG -9.9 previous 2020", "gdp_growth ARG 5 actual 2022"}},
	})
}

// TestTimeThenAMeasureAfterAnd (blind round 125): "in the pandemic year and the unemployment
// rate reached 11.5 per cent" is no coordination of a time and a measure inside the phrase of
// "in": "the unemployment rate" is the subject of a clause of its own, whose figure was read as
// the growth of the clause before and flagged.
func TestTimeThenAMeasureAfterAnd(t *testing.T) {
	published := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a time, then a measure's clause", wordings: []string{
			"In 2020 Argentina's economy contracted by 9.9 per cent in the pandemic year and the unemployment rate reached 11.5 per cent.",
			"In 2020 Argentina's economy shrank 9.9 per cent over the year and the jobless rate climbed to 11.5 per cent.",
		}, want: []string{"gdp_growth ARG -9.9 actual 2020", "unemployment_rate ARG 11.5 actual 2020"}},
	})
}

// TestPresentThatHasAFigure (blind round 125): "today has" and "now has" date the figure after
// them to the present, as "today is" does: "Chile today has about 19.6 million inhabitants,
// twice as many as in 1973" was judged as 1973's population.
func TestPresentThatHasAFigure(t *testing.T) {
	published := time.Date(2023, 9, 11, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "today has", wordings: []string{
			"Chile today has about 19.6 million inhabitants, twice as many as in 1973.",
			"Chile now has about 19.6 million inhabitants, twice as many as in 1973.",
		}, want: []string{"population CHL 1.96e+07 actual 2023"}},
	})
}

// TestBoundDeniedByAnInvertedNegative (blind round 127): a negative phrase that opens a clause
// and inverts its auxiliary ("At no point in those four years did the annual average dip below
// ten per cent", "Not once in 2022 did inflation fall below 10%") denies the figure, as "never
// dipped below" does; read as a claim that inflation was below 10% in 2022, it was flagged.
func TestBoundDeniedByAnInvertedNegative(t *testing.T) {
	published := time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an inverted negative", wordings: []string{
			"At no time in 2022 did Nigeria's inflation fall below ten per cent.",
			"Not once in 2022 did Nigeria's inflation fall below ten per cent.",
			"At no point in 2022 did Nigeria's inflation dip below ten per cent.",
		}, want: []string{"!inflation"}},
		// near-miss: an inversion after a positive phrase
		{name: "an inversion that denies nothing", wordings: []string{
			"Only in 2022 did Nigeria's inflation rise above 18 per cent.",
		}, want: []string{"inflation NGA 18 actual 2022"}},
	})
}
