package extract

import (
	"testing"
	"time"
)

// TestCentralBanksRateNamedByItsPhrase (blind round 156): the rate a central bank moves or
// holds is its policy rate only when the phrase names no other measure: "The RBA's new
// forecasts see the jobless rate at 4.2 per cent by mid-2025" was read as the bank's cash rate.
func TestCentralBanksRateNamedByItsPhrase(t *testing.T) {
	published := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a bank's forecast of a named rate", wordings: []string{
			"The RBA's new forecasts see the jobless rate at 4.2 per cent by mid-2025.",
			"The Reserve Bank of Australia sees the unemployment rate at 4.2 per cent by mid-2025.",
		}, want: []string{"unemployment_rate AUS 4.2 forecast 2025"}},
		{name: "the Fed's projection", wordings: []string{
			"The Federal Reserve sees the unemployment rate at 4.4 percent at the end of 2025.",
		}, want: []string{"unemployment_rate USA 4.4 forecast 2025"}},
		// near-misses: the bank's own rate, named or not
		{name: "the bank's own rate", wordings: []string{
			"The Reserve Bank of India kept its repo rate at 6.5 per cent.",
			"The Reserve Bank of India held its benchmark rate at 6.5 per cent.",
		}, want: []string{"policy_rate IND 6.5 actual -"}},
	})
}

// TestSpanToAMonthAfterOver (blind round 158): "over the year to November" is the span a change
// runs over, as "in the year to November" is, and no base it is measured from: "Consumer prices
// rose 3.1 percent over the year to November, down from 9.1 percent at the peak in June 2022"
// gave the 3.1% the peak's month and flagged it against June 2022's 9.1%.
func TestSpanToAMonthAfterOver(t *testing.T) {
	published := time.Date(2023, 12, 18, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "over a span to a month", wordings: []string{
			"U.S. consumer prices rose 3.1 percent over the year to November, down from 9.1 percent at the peak in June 2022.",
			"U.S. consumer prices rose 3.1 percent over the 12 months to November, down from 9.1 percent in June 2022.",
			"U.S. consumer prices rose 3.1 percent over the year ending in November, down from 9.1 percent in June 2022.",
			// near-miss: "in the year to" read so before
			"U.S. consumer prices rose 3.1 percent in the year to November, down from 9.1 percent at the peak in June 2022.",
		}, want: []string{"inflation USA 3.1 actual 2023-11", "inflation USA 9.1 previous 2022-06"}},
	})
}

// TestDateInALaterClausesSubject (blind round 158): a date in what a later clause sets before
// its verb dates that clause's figure, not one of the clause before: "Germany's economy shrank
// by 0.3 per cent, and Berlin's own forecast for 2024 is a meagre 0.2 per cent" gave the fall
// of 2023 to 2024. A comma and "and" before a subject, its verb and a figure now begin a clause.
func TestDateInALaterClausesSubject(t *testing.T) {
	published := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a forecast for a year in the next clause", wordings: []string{
			"Last year Spain grew 2.5 per cent. Germany's economy shrank by 0.3 per cent, and Berlin's own forecast for 2024 is a meagre 0.2 per cent.",
			"Last year Spain grew 2.5 per cent. Germany's economy shrank by 0.3 per cent, and the government's own forecast for 2024 is a meagre 0.2 per cent.",
		}, want: []string{"gdp_growth ESP 2.5 actual 2023", "gdp_growth DEU -0.3 actual 2023"}},
		{name: "the next clause's figure linked too", wordings: []string{
			"Last year Spain grew 2.5 per cent. Germany's economy shrank by 0.3 per cent, and the forecast for 2024 is 0.2 per cent.",
		}, want: []string{"gdp_growth ESP 2.5 actual 2023", "gdp_growth DEU -0.3 actual 2023", "gdp_growth DEU 0.2 forecast 2024"}},
		// near-miss: a date after the later clause's verb stays that clause's, and the clause
		// before takes none of it (as before)
		{name: "a date after the later verb", wordings: []string{
			"Spanish inflation was 3.5 per cent, and unemployment rose to 12.1 per cent in 2023.",
		}, want: []string{"inflation ESP 3.5 actual -", "unemployment_rate ESP 12.1 actual 2023"}},
	})
}

// TestInitialsDefinedInBrackets (blind round 159): initials an article defines in brackets after
// an institution's name stand for it in the sentences after: "the National Bank of Ukraine
// (NBU) ... On March 14, the NBU lowered the rate to 14.5% from 15%" was read as Ukraine's
// inflation, the measure the text was about.
func TestInitialsDefinedInBrackets(t *testing.T) {
	published := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "the NBU", wordings: []string{
			"Inflation slowed to 5.1% in December, allowing the National Bank of Ukraine (NBU) to cut its key policy rate. On March 14, the NBU lowered the rate to 14.5% from 15%.",
		}, want: []string{"inflation UKR 5.1 actual 2023-12", "policy_rate UKR 14.5 actual 2024-03-14", "policy_rate UKR 15 previous 2024-03-14"}},
		{name: "the CBN and the CBK", wordings: []string{
			"The Central Bank of Nigeria (CBN) raised its benchmark rate by 200 basis points on Tuesday. Inflation hit 33.2% in February, and the CBN lifted the rate to 24.75%.",
		}, want: []string{"inflation NGA 33.2 actual 2024-02", "policy_rate NGA 24.75 actual 2024-02"}},
		{name: "the CBK", wordings: []string{
			"The Central Bank of Kenya (CBK) raised its rate to 13 percent in February, when inflation was 6.3 percent. Inflation eased to 5.7 percent in March, and the CBK left the rate at 13 percent.",
		}, want: []string{"policy_rate KEN 13 actual 2024-02", "inflation KEN 6.3 actual 2024-02", "inflation KEN 5.7 actual 2024-03", "policy_rate KEN 13 actual 2024-03"}},
	})
}

// TestPlaceAfterAPredicatePreposition (blind round 157): a place a preposition governs after
// the verb of a clause whose subject is a place is what the subject is ranked or related by,
// as a verb's object is, and a figure the clause goes on to give is the subject's: "Uruguay
// remains the region's strongest credit after Chile, with ... growth of 3.1% in 2024" was read
// as Chile's growth, and flagged against Chile's 2.8%.
func TestPlaceAfterAPredicatePreposition(t *testing.T) {
	published := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "ranked after another place", wordings: []string{
			"Uruguay remains the region's strongest credit after Chile, with growth of 3.1% in 2024.",
			"Uruguay remains the strongest credit in the region after Chile, with growth of 3.1% in 2024.",
		}, want: []string{"gdp_growth URY 3.1 actual 2024"}},
		{name: "trade with another place", wordings: []string{
			"Mexico sells most of its exports to the United States, with growth of 3.2% in 2023.",
		}, want: []string{"gdp_growth MEX 3.2 actual 2023"}},
		// near-miss: a clause about the other place
		{name: "a where-clause on the other place", wordings: []string{
			"Chile exports copper to China, where growth was 5.2% in 2023.",
		}, want: []string{"gdp_growth CHN 5.2 actual 2023"}},
	})
}

// TestCountOfMore (blind round 156): a small figure with no unit before "more", "further" or
// "additional" counts things: "taking the rate to a range of 3.50%-3.75%, and one more in 2026"
// was read as a policy rate of 1%.
func TestCountOfMore(t *testing.T) {
	published := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "one more", wordings: []string{
			"The Fed cut rates by a quarter point to 4.00%-4.25%. Policymakers' median projection points to two more reductions before year-end, taking the rate to a range of 3.50%-3.75%, and one more in 2026.",
			"The Fed cut rates by a quarter point to 4.00%-4.25%. Policymakers' median projection points to two more reductions before year-end, taking the rate to a range of 3.50%-3.75%, and one further cut in 2026.",
		}, want: []string{"policy_rate USA 4 actual *", "policy_rate USA 3.5 forecast *"}},
	})
}

// TestDateOfPublishingInARelativeClause (blind round 159): the date of a relative clause on a
// figure that says when it was published or announced is no period of the figure: "revised
// growth for 2019 to 5.0 percent from the 5.4 percent it published last year" gave the 5.4%
// to 2020, and flagged it against Kenya's contraction of that year.
func TestDateOfPublishingInARelativeClause(t *testing.T) {
	published := time.Date(2021, 5, 4, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "published, announced last year", wordings: []string{
			"Kenya's economy shrank 0.3 percent in 2020. The bureau revised growth for 2019 to 5.0 percent from the 5.4 percent it published last year.",
			"Kenya's economy shrank 0.3 percent in 2020. The Kenya National Bureau of Statistics revised economic growth for 2019 downwards to 5.0 percent from the 5.4 percent it had published last year, after rebasing the accounts.",
			"Kenya's economy shrank 0.3 percent in 2020. The bureau revised growth for 2019 to 5.0 percent from the 5.4 percent it announced last year.",
		}, want: []string{"gdp_growth KEN -0.3 actual 2020", "gdp_growth KEN 5 actual 2019", "gdp_growth KEN 5.4 * -"}},
		{name: "forecast in a month", wordings: []string{
			"The Bundesbank expects Germany's growth of just 0.4 per cent in 2024, down from the 1.2 per cent it forecast in June.",
		}, want: []string{"gdp_growth DEU 0.4 forecast 2024", "gdp_growth DEU 1.2 previous -"}},
		// near-miss: a relative clause that says when the level was reached
		{name: "reached in a year", wordings: []string{
			"Kenya's growth slowed to 5.0 percent in 2020 from the 5.4 percent it reached in 2019.",
		}, want: []string{"gdp_growth KEN 5 actual 2020", "gdp_growth KEN 5.4 previous 2019"}},
	})
}

// TestFigureForTheYearAfterQuarters (blind round 162): a figure whose measure is "for the
// year" is the year's, not the quarter the figures before it were of: "Real growth for the
// year was 1.9%", after a paragraph of quarterly figures, was judged as the third quarter's
// annualised rate of Japan and flagged.
func TestFigureForTheYearAfterQuarters(t *testing.T) {
	published := time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "for the year after a quarter", wordings: []string{
			"Japan's economy shrank 0.4% in the fourth quarter. Real growth for the year was 1.9%.",
			"Japan's economy shrank 0.4% in the fourth quarter. Growth for the full year came in at 1.9%, the government said.",
			"Japan's economy shrank 0.4% in the fourth quarter. GDP growth for the whole year was 1.9%.",
		}, want: []string{"gdp_growth JPN -0.4 actual 2023-Q4", "gdp_growth JPN 1.9 actual 2023"}},
		{name: "after a month, the year's rate is left open", wordings: []string{
			"Japanese consumer prices rose 2.6% in December. Inflation for the year was 3.2%.",
		}, want: []string{"inflation JPN 2.6 actual 2023-12", "inflation JPN 3.2 actual -"}},
		// near-miss: a span to a month is no calendar year
		{name: "the year to a month", wordings: []string{
			"Japan's economy shrank 0.4% in the fourth quarter. Growth for the year to September was 1.9%.",
		}, want: []string{"gdp_growth JPN -0.4 actual 2023-Q4", "gdp_growth JPN 1.9 actual FY2023"}},
	})
}
