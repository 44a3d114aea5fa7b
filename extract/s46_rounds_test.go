package extract

import (
	"testing"
	"time"
)

// TestPlaceOfAChangePhrase (blind round 211): a figure that measures a noun of change located
// by "in" a country is that country's, not the clause subject's: "euro zone GDP rose about
// 1.5%, flattered by a surge of more than 12% in Ireland" was judged as the euro area's 12%.
func TestPlaceOfAChangePhrase(t *testing.T) {
	published := time.Date(2026, 1, 30, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "of a change noun", wordings: []string{
			"Euro zone GDP rose 1.5% in 2025, flattered by a surge of more than 12% in Ireland, where multinationals rushed exports.",
			"Euro zone GDP rose 1.5% in 2025, helped by a rise of 12% in Ireland.",
			"Euro zone GDP rose 1.5% in 2025, with an expansion of 12% in Ireland.",
		}, want: []string{"gdp_growth EMU 1.5 actual 2025", "gdp_growth IRL 12 actual 2025"}},
		{name: "before a change noun", wordings: []string{
			"Euro zone GDP rose 1.5% in 2025, driven by a 12% jump in Ireland.",
			"Euro zone GDP rose 1.5% in 2025, thanks to a 12% surge in Ireland.",
		}, want: []string{"gdp_growth EMU 1.5 actual 2025", "gdp_growth IRL 12 actual 2025"}},
		// near-misses: a change located in a year, or in what changed, is the subject's or none's
		{name: "in a year", wordings: []string{
			"Euro zone GDP rose 1.5% in 2025 after a 0.9% rise in 2024.",
		}, want: []string{"gdp_growth EMU 1.5 actual 2025", "gdp_growth EMU 0.9 previous 2024"}},
		{name: "in what changed", wordings: []string{
			"German GDP grew 0.2% in 2025, despite a 5% jump in energy prices.",
		}, want: []string{"gdp_growth DEU 0.2 actual 2025"}},
		{name: "in what changed, of a rate", wordings: []string{
			"Euro zone inflation fell to 2.4% in 2024, as a 5% drop in energy prices offset dearer food.",
		}, want: []string{"inflation EMU 2.4 actual 2024"}},
	})
}

// TestCountryActingInALaterClause (blind rounds 215, 219): a country named only in the subject
// of a clause after the figure's, opened by a subordinator, as the office of a person or with
// a figure of its own, is that clause's, not the figure's place: "The full-year figure is above
// the 4.4 per cent growth recorded in 2024, after US President Donald Trump announced sweeping
// tariffs" judged Singapore's growth as the United States'.
func TestCountryActingInALaterClause(t *testing.T) {
	published := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	const before = "Singapore's economy grew by 4.8 per cent in 2025. "
	runFamilies(t, published, []family{
		{name: "a person's office in a clause after the figure", wordings: []string{
			before + "The full-year figure is above the 4.4 per cent growth recorded in 2024, after US President Donald Trump announced sweeping tariffs.",
			before + "Growth was 4.4 per cent in 2024, when US President Joe Biden signed the chips law.",
			before + "Growth was 4.4 per cent in 2024, as Chinese Premier Li Qiang pledged more stimulus.",
			// (second review) an outside actor, with the text about another country
			before + "Growth was 4.4 per cent in 2024, when the United States imposed tariffs on steel.",
			before + "The full-year figure is above the 4.4 per cent growth recorded in 2024, after the US announced sweeping tariffs.",
		}, want: []string{"gdp_growth SGP 4.8 actual 2025", "gdp_growth SGP 4.4 actual 2024"}},
		{name: "an outside actor after a sentence naming the country", wordings: []string{
			"South Korea's exports held up. Inflation averaged 2.1% in 2025, even as China flooded markets with cheap goods.",
		}, want: []string{"inflation KOR 2.1 actual 2025"}},
		{name: "a later clause with its own figure", wordings: []string{
			before + "Growth was 4.4 per cent in 2024, after the United States grew 2.8 per cent in 2024.",
			before + "Growth was 4.4 per cent in 2024, while the United States grew 2.8 per cent in 2024.",
			before + "Growth was 4.4 per cent in 2024 even as the United States grew 2.8 per cent in 2024.",
		}, want: []string{"gdp_growth SGP 4.8 actual 2025", "gdp_growth SGP 4.4 actual 2024", "gdp_growth USA 2.8 actual 2024"}},
		// near-misses (review): a country that is itself the later clause's subject, with no
		// figure of its own, is as often the figure's; and a country the figure's clause names
		{name: "the country as the later clause's subject, no other before", wordings: []string{
			"Unemployment rose to 6.1% in 2025 as Canada absorbed a wave of newcomers.",
			"Unemployment rose to 6.1% in 2025, as Canada absorbed a wave of newcomers.",
		}, want: []string{"unemployment_rate CAN 6.1 actual 2025"}},
		{name: "the figure's own clause", wordings: []string{
			before + "The US grew 2.8 per cent in 2024, after the Fed cut rates.",
		}, want: []string{"gdp_growth SGP 4.8 actual 2025", "gdp_growth USA 2.8 actual 2024"}},
	})
}

// TestYearNamedAfterOf (blind round 219): "the pandemic year of 2020" names its year after
// "of" as "the pandemic year 2020" does in apposition: "Growth fell to 6.0% in 2019, 2.2% in the
// pandemic year of 2020" read the 2.2% as 2019's.
func TestYearNamedAfterOf(t *testing.T) {
	published := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a listed figure in the year of", wordings: []string{
			"China's economy slowed. Growth fell to 6.0% in 2019, 2.2% in the pandemic year of 2020 and rebounded to 8.4% in 2021.",
			"China's economy slowed. Growth fell to 6.0% in 2019, 2.2% in the year of 2020 and rebounded to 8.4% in 2021.",
			"China's economy slowed. Growth fell to 6.0% in 2019, 2.2% in the pandemic year 2020 and rebounded to 8.4% in 2021.",
		}, want: []string{"gdp_growth CHN 6 actual 2019", "gdp_growth CHN 2.2 actual 2020", "gdp_growth CHN 8.4 actual 2021"}},
		// near-miss: "the year of" an event names no year
		{name: "the year of an event", wordings: []string{
			"China's economy slowed. Growth fell to 6.0% in 2019 and 2.2% in the year of the pandemic.",
		}, want: []string{"gdp_growth CHN 6 actual 2019", "gdp_growth CHN 2.2 actual 2019"}},
	})
}

// TestNameAsALinesLabel (blind round 223): a roundup's paragraph that opens with a country's
// name as a sentence of its own ("BRAZIL.", "Euro area.") is that country's, as one opening
// with "Brazil:" is, not the country of the paragraph before: "BRAZIL. ... Consumer prices rose
// 4.3% in 2025" was judged as Russia's inflation.
func TestNameAsALinesLabel(t *testing.T) {
	published := time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)
	const before = "Emerging markets were busy.\n\nRUSSIA. The Bank of Russia cut its key rate to 16.0% on Friday. Inflation was 5.6% in 2025.\n\n"
	runFamilies(t, published, []family{
		{name: "a name as a sentence", wordings: []string{
			before + "BRAZIL. The Copom kept its benchmark rate on hold. Consumer prices rose 4.3% in 2025.",
			before + "Brazil. The Copom kept its benchmark rate on hold. Consumer prices rose 4.3% in 2025.",
			before + "**Brazil.** The Copom kept its benchmark rate on hold. Consumer prices rose 4.3% in 2025.",
			before + "Brazil: The Copom kept its benchmark rate on hold. Consumer prices rose 4.3% in 2025.",
		}, want: []string{"policy_rate RUS 16 actual 2026-02-06", "inflation RUS 5.6 actual 2025", "inflation BRA 4.3 actual 2025"}},
		// near-misses: a sentence that only opens with the name, and an initialism
		{name: "a name in a sentence", wordings: []string{
			before + "Brazil slowed. Consumer prices rose 4.3% in 2025.",
		}, want: []string{"policy_rate RUS 16 actual 2026-02-06", "inflation RUS 5.6 actual 2025", "inflation BRA 4.3 actual 2025"}},
		{name: "an initialism", wordings: []string{
			before + "U.S. consumer prices rose 2.7% in 2025.",
		}, want: []string{"policy_rate RUS 16 actual 2026-02-06", "inflation RUS 5.6 actual 2025", "inflation USA 2.7 actual 2025"}},
	})
}

// TestBareMonthBeforeTheTimeOfTelling (blind round 222): a month named without its year, in the
// clause that a month and its year open before the sentence's first verb, is the latest of its
// name on or before that time, not the one before publication: "In May 2021 the Labor Department
// reported that consumer prices had risen 4.2 percent in the year to April" was read as the
// year to April 2026, five years on, and would be flagged against it.
func TestBareMonthBeforeTheTimeOfTelling(t *testing.T) {
	published := time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the year to a month", wordings: []string{
			"In May 2021 the Labor Department reported that US consumer prices had risen 4.2 percent in the year to April.",
			"WASHINGTON - In May 2021 the Labor Department reported that US consumer prices had risen 4.2 percent in the year to April, the fastest pace since 2008.",
			"In May 2021, US consumer prices were up 4.2 percent in the 12 months to April.",
			"In May 2021, data published by the Bureau of Labor Statistics put annual US inflation at 4.2% in April.",
		}, want: []string{"inflation USA 4.2 actual 2021-04"}},
		{name: "a bare month", wordings: []string{
			"In June 2022 the ONS said British inflation had hit 9.1 percent in May.",
			"In June 2022, figures showed British inflation at 9.1 percent in May.",
			"In June 2022, British inflation stood at 9.1 percent in May.",
		}, want: []string{"inflation GBR 9.1 actual 2022-05"}},
		{name: "the year to a month in a framing year", wordings: []string{
			"In 2022, British inflation hit 11.1 percent in the year to October.",
		}, want: []string{"inflation GBR 11.1 actual 2022-10"}},
		// near-misses: in a clause joined after the date, a month goes on from it (review); a
		// month after a figure's own month goes on from it; a month with no year before it is
		// the one before publication
		{name: "a month after a date, in a clause joined after it", wordings: []string{
			"In September 2023, US inflation was 3.7%, and it eased to 3.1% in January.",
			"In September 2023, US inflation was 3.7% before easing to 3.1% in January.",
		}, want: []string{"inflation USA 3.7 actual 2023-09", "inflation USA 3.1 actual 2024-01"}},
		{name: "a month after a date, pluperfect", wordings: []string{
			"In June 2022, US inflation peaked at 9.1%, and it had fallen to 6.4% by January.",
		}, want: []string{"inflation USA 9.1 actual 2022-06", "inflation USA 6.4 actual 2023-01"}},
		{name: "a month after a figure's", wordings: []string{
			"US inflation peaked at 9.1% in June 2022 before easing to 4.0% in May.",
		}, want: []string{"inflation USA 9.1 actual 2022-06", "inflation USA 4 actual 2023-05"}},
		{name: "no year", wordings: []string{
			"US consumer prices rose 4.2 percent in the year to April.",
		}, want: []string{"inflation USA 4.2 actual 2026-04"}},
	})
}

// TestSecondVerbOfAnInfinitive (blind round 223): a verb coordinated with an infinitive, its
// "to" left out, hangs from the infinitive's verb: "We expect them to hold in February and cut
// again in April, taking Bank Rate to 3.5 per cent" was read as the rate of the April before.
func TestSecondVerbOfAnInfinitive(t *testing.T) {
	published := time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "expected to hold and cut", wordings: []string{
			"We expect the Bank of England to hold in February and cut again in April, taking Bank Rate to 3.5 per cent.",
			"Economists expect the Bank of England to keep rates on hold in February and cut in April, bringing Bank Rate to 3.5 per cent.",
			"Markets expect the Bank of England to hold rates in February or cut in April, taking Bank Rate to 3.5 per cent.",
		}, want: []string{"policy_rate GBR 3.5 forecast 2026-04"}},
		// near-miss: two past verbs
		{name: "held and cut", published: time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC), wordings: []string{
			"The Bank of England held rates in February and cut in April, taking Bank Rate to 3.5 per cent.",
		}, want: []string{"policy_rate GBR 3.5 actual 2026-04"}},
	})
}

// TestClauseAfterAYardstick (blind round 219): a clause that names no country takes the
// country of the sentence's figure before it, not that of a yardstick set against another
// figure: "output fell by 2% in 2020, against a 5.6% drop for the EU as a whole, and bounced
// back by 6.9% in 2021" judged Poland's rebound as the EU's.
func TestClauseAfterAYardstick(t *testing.T) {
	published := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	const before = "Poland avoided recession in 2009. "
	runFamilies(t, published, []family{
		{name: "a yardstick, then the subject's second verb", wordings: []string{
			before + "Output fell by 2% in 2020, against a 5.6% drop for the EU as a whole, and bounced back by 6.9% in 2021.",
			before + "Output fell by 2% in 2020, compared with a 5.6% drop in the EU, and grew 6.9% in 2021.",
		}, want: []string{"gdp_growth POL -2 actual 2020", "gdp_growth EUU -5.6 actual 2020", "gdp_growth POL 6.9 actual 2021"}},
		// (review) a participle's clause that hangs from the main verb is no clause of its own
		{name: "a participle's figure, then a clause of its own", wordings: []string{
			"Japan's economy grew 1.1% in 2025, matching the 1.1% gain for the euro area, while unemployment stayed at 2.5%.",
			"Japan's economy grew 1.1% in 2025, matching the 1.1% gain in the euro area, while unemployment stayed at 2.5%.",
		}, want: []string{"gdp_growth JPN 1.1 actual 2025", "gdp_growth EMU 1.1 actual 2025", "unemployment_rate JPN 2.5 actual 2025"}},
		// near-miss: a clause of its own after a figure of a named place
		{name: "a clause after a place's own figure", wordings: []string{
			before + "The EU's output fell by 5.6% in 2020 and bounced back by 5.4% in 2021.",
		}, want: []string{"gdp_growth EUU -5.6 actual 2020", "gdp_growth EUU 5.4 actual 2021"}},
	})
}

// TestLevelEstimatedNowAgainstAnOldYear (blind round 222): a level a present passive puts "at"
// a figure ("is estimated at", "is put at") is stated now, and a figure of a year long gone set
// against it does not make it the next year's: "India's population is now estimated at about
// 1.46 billion, against 1.32 billion in 2016", written in 2026, was read as 2017's.
func TestLevelEstimatedNowAgainstAnOldYear(t *testing.T) {
	published := time.Date(2026, 11, 8, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "estimated at, against an old year", wordings: []string{
			"India's population is now estimated at about 1.46 billion, against 1.32 billion in 2016.",
			"India's population is now estimated at about 1.46 billion, up from 1.32 billion in 2016.",
			"India's population is now about 1.46 billion, against 1.32 billion in 2016.",
		}, want: []string{"population IND 1460000000 actual 2026", "population IND 1320000000 previous 2016"}},
		// near-miss: a past passive, written soon after, is the year after the one it is set against
		{name: "estimated at in the past", published: time.Date(2017, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"India's population was estimated at about 1.34 billion, up from 1.32 billion in 2016.",
		}, want: []string{"population IND 1340000000 actual 2017", "population IND 1320000000 previous 2016"}},
	})
}

// TestHeadingLineNamesItsSection (blind round 224): a line holding a country's name alone
// heads the paragraph after it, which is that country's, not the country of the section
// before: a newsletter's "Argentina" section was judged as Mexico's.
func TestHeadingLineNamesItsSection(t *testing.T) {
	published := time.Date(2026, 4, 9, 0, 0, 0, 0, time.UTC)
	const mexico = "Mexico\nThe economy barely grew last year. GDP expanded 0.5% in 2025.\n\n"
	const para = "Monthly inflation has stopped falling. Annual inflation for 2025 closed at 31.5%, the lowest since 2017."
	runFamilies(t, published, []family{
		{name: "a name alone on the line before", wordings: []string{
			mexico + "Argentina\n" + para,
			mexico + "Argentina\n\n" + para,
			mexico + "## Argentina\n" + para,
			mexico + "**ARGENTINA**\n" + para,
			mexico + "Argentina:\n" + para,
		}, want: []string{"gdp_growth MEX 0.5 actual 2025", "inflation ARG 31.5 actual 2025"}},
		// near-misses (second review): a body the sentence names comes first; a heading of no
		// name names no section's country
		{name: "a body under a heading", wordings: []string{
			"Spain\nSpanish growth was strong.\n\nItaly\nThe European Central Bank held its deposit rate at 2% in February.",
		}, want: []string{"policy_rate EMU 2 actual 2026-02"}},
		{name: "no name", wordings: []string{
			mexico + "Outlook\n" + para,
		}, want: []string{"gdp_growth MEX 0.5 actual 2025", "inflation MEX 31.5 actual 2025"}},
	})
}

// TestDateOfANounsRelativeClause (blind round 226): a date in a relative clause that a noun
// phrase with no figure opens ("the series that began in 2012") dates that noun, not the
// figure the phrase ranks: "Average unemployment for the year was 5.6%, the lowest in the
// series that began in 2012" was judged as 2012's rate.
func TestDateOfANounsRelativeClause(t *testing.T) {
	published := time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC)
	const before = "Brazil's unemployment rate fell to a record low of 5.1% in the quarter to December, IBGE said. "
	runFamilies(t, published, []family{
		{name: "a noun's relative clause", wordings: []string{
			before + "Average unemployment for the year was 5.6%, the lowest in the series that began in 2012.",
			before + "Average unemployment for the year was 5.6%, the lowest in a survey which started in 2012.",
		}, want: []string{"unemployment_rate BRA 5.1 actual 2025-Q4", "unemployment_rate BRA 5.6 actual 2025"}},
		// near-misses: an event the figure is of, dated by its clause (second review); a span
		// of time the clause ends is the figure's
		{name: "an event's relative clause", wordings: []string{
			"Britain's economy shrank 19% during the lockdown that began in April 2020.",
		}, want: []string{"gdp_growth GBR -19 actual 2020-04"}},
		{name: "a year that ended", wordings: []string{
			"India's GDP grew 8.2% in the fiscal year that ended in March 2024.",
		}, want: []string{"gdp_growth IND 8.2 actual FY2024"}},
	})
}

// TestAdjectiveBeforeAFigureOfAChangeNoun (blind round 225): an adjective between a
// determiner and a figure leaves the word after the figure the phrase's noun: "The UK economy
// suffered a record 9.9% slump in 2020" read "slump" as a verb and the fall as growth of 9.9%.
func TestAdjectiveBeforeAFigureOfAChangeNoun(t *testing.T) {
	published := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a record figure's change", wordings: []string{
			"The UK economy suffered a record 9.9% slump in 2020.",
			"The UK economy suffered an unprecedented 9.9% slump in 2020.",
			"The UK economy suffered a 9.9% slump in 2020.",
		}, want: []string{"gdp_growth GBR -9.9 actual 2020"}},
	})
}

// TestYearAfterABaseLongGone (blind round 227): a figure set against one of a named year is of
// the year after it in a wire story written within that year, not in a text written years on:
// "Portugal's rate fell to 6.3 percent, from more than 17 percent in 2013", in 2019, was judged
// as 2014's rate.
func TestYearAfterABaseLongGone(t *testing.T) {
	runFamilies(t, time.Date(2019, 8, 20, 0, 0, 0, 0, time.UTC), []family{
		{name: "years on", wordings: []string{
			"Portugal's jobless rate fell to 6.3 percent, from 17 percent in 2013.",
			"Portugal's unemployment rate fell to 6.3 percent, down from 17 percent in 2013.",
		}, want: []string{"unemployment_rate PRT 6.3 actual -", "unemployment_rate PRT 17 previous 2013"}},
		// near-miss: written within the year after the next
		{name: "the year after", published: time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"Portugal's unemployment rate fell to 14.1 percent, down from 16.2 percent in 2013.",
		}, want: []string{"unemployment_rate PRT 14.1 actual 2014", "unemployment_rate PRT 16.2 previous 2013"}},
	})
}

// TestComparativeBeforeThanIsNoVerb (blind round 225): a comparative before "than" is an
// adjective, and tells no direction of the figure's change: "The increase of around 1 per cent
// was slower than the 1.1 per cent rise" read "slower" as a verb and the increase as a fall.
func TestComparativeBeforeThanIsNoVerb(t *testing.T) {
	published := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "an increase slower than another", wordings: []string{
			"The UK population was 69.3mn in 2024. The increase of around 1 per cent was slower than the 1.3 per cent rise in 2023.",
			"The UK population was 69.3mn in 2024. The increase of around 1 per cent was weaker than the 1.3 per cent rise in 2023.",
		}, want: []string{"population GBR 69300000 actual 2024", "population_growth GBR 1 actual 2024", "population_growth GBR 1.3 previous 2023"}},
	})
}

// TestRevisedUpwardsFrom (blind round 218): "revised upwards from", the British form, names the
// figure a revision replaced as "revised up from" does: "after 0.7% in 2024 (revised upwards
// from 0.5%)" read the 0.5% as 2023's growth and flagged it.
func TestRevisedUpwardsFrom(t *testing.T) {
	published := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "revised upwards from", wordings: []string{
			"Italy's economy grew 0.5% in 2025, after 0.7% in 2024 (revised upwards from 0.5%).",
			"Italy's economy grew 0.5% in 2025, after 0.7% in 2024, revised upwards from 0.5%.",
			"Italy's economy grew 0.5% in 2025, after 0.7% in 2024, revised up from 0.5%.",
		}, want: []string{"gdp_growth ITA 0.5 actual 2025", "gdp_growth ITA 0.7 previous 2024", "gdp_growth ITA 0.5 previous -"}},
	})
}

// TestThatYearPastASinceYardstick (blind round 234): "that year" refers back past a year a
// superlative is measured since: "rose 8.0 per cent in 2022, the fastest pace since 1981, and
// peaked at 9.1% in June of that year" read June 1981. A yardstick with no year named before it
// is still what "that year" refers to.
func TestThatYearPastASinceYardstick(t *testing.T) {
	published := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "since a year, then that year", wordings: []string{
			"US consumer prices rose 8.0 per cent in 2022, the fastest annual pace since 1981, and peaked at 9.1% in June of that year.",
			"US consumer prices rose 8.0 per cent in 2022, the most since 1981, and peaked at 9.1% in June that year.",
		}, want: []string{"inflation USA 8 actual 2022", "inflation USA 9.1 actual 2022-06"}},
		// near-miss: a year after "since" that ends the clause before is still the one named
		{name: "since ending the clause before", wordings: []string{
			"US consumer prices have cooled since 2022. Inflation peaked at 9.1% in June of that year.",
		}, want: []string{"inflation USA 9.1 actual 2022-06"}},
	})
}

// TestGappedConjunctTakesTheVerbsDirection (blind round 239): a conjunct whose verb is left out
// takes the direction of the verb before it: "the euro area economy shrank by 6.6%, ..., and
// the EU economy by 6.1%" read the EU's fall as growth of 6.1%.
func TestGappedConjunctTakesTheVerbsDirection(t *testing.T) {
	published := time.Date(2021, 5, 12, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "shrank by, and by", wordings: []string{
			"In 2020 the euro area economy shrank by 6.6% and the EU economy by 6.1%.",
			"Last year the euro area economy shrank by 6.6%, the deepest recession since the Second World War, and the EU economy by 6.1%.",
		}, want: []string{"gdp_growth EMU -6.6 actual 2020", "gdp_growth EUU -6.1 actual 2020"}},
		// near-miss: a rising verb leaves the conjunct's figure positive
		{name: "grew by, and by", published: time.Date(2022, 5, 12, 0, 0, 0, 0, time.UTC), wordings: []string{
			"In 2021 the euro area economy grew by 5.9% and the EU economy by 6.0%.",
		}, want: []string{"gdp_growth EMU 5.9 actual 2021", "gdp_growth EUU 6 actual 2021"}},
	})
}

// TestNegatedBasis (blind round 236): a basis the sentence denies is not the figure's: "On a
// quarterly basis, not annualized, the economy contracted about 9.5%" was judged against the
// annualised rate.
func TestNegatedBasis(t *testing.T) {
	ex := testExtractor(t)
	for _, text := range []string{
		"The US economy shrank at a 32.9% annualized rate in the second quarter. On a quarterly basis, not annualized, the economy contracted about 9.5%.",
		"The US economy shrank at a 32.9% annualized rate in the second quarter. Measured quarter on quarter, not annualized, the economy contracted about 9.5%.",
	} {
		claims := ex.Claims(Article{Text: text, Published: time.Date(2020, 7, 31, 0, 0, 0, 0, time.UTC)}, Options{})
		if len(claims) != 2 || claims[1].Basis != BasisQoQ {
			t.Errorf("%q: got %v, want the second claim quarter on quarter", text, claimsRead(claims))
		}
	}
}

// TestRankingSetIsNoPlace (blind round 236): a bloc named only as the set a superlative ranks
// the figure in is not the figure's place: "Inflation, by contrast, was the lowest in the
// eurozone, averaging 0.9 per cent", after France's growth, was judged as the euro area's.
func TestRankingSetIsNoPlace(t *testing.T) {
	published := time.Date(2026, 2, 27, 0, 0, 0, 0, time.UTC)
	const before = "The French economy expanded by 0.9 per cent in 2025. "
	runFamilies(t, published, []family{
		{name: "the lowest in a bloc", wordings: []string{
			before + "Inflation, by contrast, was the lowest in the eurozone, averaging 0.9 per cent.",
			before + "Inflation, by contrast, was the lowest in the euro area, averaging 0.9 per cent.",
		}, want: []string{"gdp_growth FRA 0.9 actual 2025", "inflation FRA 0.9 actual 2025"}},
		// near-miss: the bloc as the figure's own place
		{name: "in the bloc", wordings: []string{
			before + "Inflation in the euro area averaged 2.4 per cent.",
		}, want: []string{"gdp_growth FRA 0.9 actual 2025", "inflation EMU 2.4 actual 2025"}},
	})
}
