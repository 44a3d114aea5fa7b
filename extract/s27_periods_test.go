package extract

import (
	"testing"
	"time"
)

// s27CoordinatedYearFamilies: a date fronted in a clause scopes that clause; a coordinated
// clause after it that opens with a date of its own ("and in 2009, after the crisis, by
// 5.7%"), often with its verb left out, is another year's. The first figure was given the
// second clause's year, nearer to it than its own ("In 1998, the economy contracted by 1.3%,
// and in 2009 ... by 5.7%" was judged as 2009's -1.3 against -5.9).
var s27CoordinatedYearFamilies = []family{
	{name: "a fronted year keeps its figure when a gapped clause names another year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 1998, Japan's economy contracted by 1.3%, and in 2009, after the global financial crisis, by 5.7%.",
		"In 1998 Japan's economy contracted by 1.3% and in 2009 by 5.7%.",
		"In 1998, Japanese GDP shrank 1.3 pct and, in 2009, 5.7 pct.",
		"Japan's economy contracted by 1.3% in 1998, and in 2009, amid the global recession, by 5.7%.",
		"In 1998, the Japanese economy shrank by 1.3 percent, and in 2009, in the wake of the Lehman collapse, by 5.7 percent.",
	}, want: []string{"gdp_growth JPN -1.3 actual 1998", "gdp_growth JPN -5.7 actual 2009"}},
	{name: "a fronted year keeps its figure when a clause after a semicolon names another year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 1998, Japan's GDP fell 1.3 per cent; and in 2009, 5.7 per cent.",
	}, want: []string{"gdp_growth JPN -1.3 actual 1998"}},
	{name: "a fronted year keeps a rate when a gapped or bare clause names another year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2008, Japanese inflation was 1.4%, and in 2009, -1.3%.",
		"In 2008 Japan's inflation was 1.4%, in 2009 -1.3%.",
		"In 2008, inflation in Japan stood at 1.4 per cent, and in 2009 at -1.3 per cent.",
	}, want: []string{"inflation JPN 1.4 actual 2008", "inflation JPN -1.3 actual 2009"}},
	{name: "a fronted year keeps its figure when the next clause has its own subject and year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 1998 Japan's economy contracted by 1.3% and in 2009 it shrank 5.7%.",
		"In 1998, Japan's economy contracted by 1.3%, and in 2009 it shrank 5.7%.",
	}, want: []string{"gdp_growth JPN -1.3 actual 1998", "gdp_growth JPN -5.7 actual 2009"}},
	// near misses: each figure already had its own date, and keeps it
	{name: "figures with their own years in coordinated clauses keep them", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US unemployment stood at 5% in 2007 and at 9.6% in 2010.",
		"In 2007, US unemployment was 5%, and in 2010 it was 9.6%.",
		"US unemployment was 5% in 2007; in 2010, it was 9.6%.",
	}, want: []string{"unemployment_rate USA 5 actual 2007", "unemployment_rate USA 9.6 actual 2010"}},
	{name: "a figure dated after it keeps its date, and the gapped clause after it has its own", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's output shrank 2.1% in 2009 and, in 2020, 4.6%.",
	}, want: []string{"gdp_growth JPN -2.1 actual 2009", "gdp_growth JPN -4.6 actual 2020"}},
	{name: "a figure dated after it keeps its date before a clause after a semicolon", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's GDP fell 2.1 per cent in 2009; in 2020, 4.6 per cent.",
	}, want: []string{"gdp_growth JPN -2.1 actual 2009"}},
	{name: "figures coordinated with dates after them keep them", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's consumer prices rose 0.5% in January and 0.3% in February.",
		"Japanese consumer prices rose 0.5 pct in January, and 0.3 pct in February.",
	}, want: []string{"inflation JPN 0.5 actual 2026-01", "inflation JPN 0.3 actual 2026-02"}},
	{name: "a date between a movement and the level it reached dates both", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US unemployment rose to 5.1%, in March, from 4.9%.",
	}, want: []string{"unemployment_rate USA 5.1 actual 2026-03", "unemployment_rate USA 4.9 previous 2026-02"}},
	{name: "a date that modifies the subject of a gapped clause is the subject's", published: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), wordings: []string{
		"India's growth in the previous quarter was revised up to 8.1 per cent from 7.6 per cent, and first-quarter growth to 8.2 per cent from 7.8 per cent.",
	}, want: []string{"gdp_growth IND 8.1 actual 2023-Q4", "gdp_growth IND 7.6 * 2023-Q4", "gdp_growth IND 8.2 forecast 2024-Q1", "gdp_growth IND 7.8 forecast 2024-Q1"}},
	{name: "a pair of years before a figure is no clause of its own", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In 2008 and 2009, Japan's economy shrank 3%.",
		"In 2008 and in 2009, Japan's economy shrank 3%.",
	}, want: []string{"gdp_growth JPN -3 actual 2009"}},
	{name: "a fronted month still dates a clause with no other date", published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In February, Japan's consumer prices rose 0.5% from a year earlier.",
		"In February, Japanese consumer prices rose 0.5 pct on the year and wages also rose.",
	}, want: []string{"inflation JPN 0.5 actual 2026-02"}},
}

// s27PeakFamilies: the peak or trough of a span ("It peaked at 5.25%", "hit a high of
// 14.7%", "bottomed at 0.1%") is not at the date the sentence before, or another clause of its
// sentence, named: "When you started raising rates in December 2021, Bank Rate was 0.1%. It
// peaked at 5.25%." was judged as December 2021's Bank Rate. With no date in its own clause it
// has no period; one there is its own.
var s27PeakFamilies = []family{
	{name: "an undated peak after a dated sentence borrows no date", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Governor, when the Bank of England started raising rates in December 2021, Bank Rate was 0.1%. It peaked at 5.25%.",
		"Bank Rate was 0.1% in December 2021, when the Bank of England began raising it. It later peaked at 5.25%.",
		"In December 2021, UK Bank Rate stood at 0.1%. It then rose to a peak of 5.25%.",
		"UK Bank Rate was 0.1% in December 2021. The rate topped out at 5.25%.",
		"In December 2021 Britain's Bank Rate was 0.1%, and it then rose to a peak of 5.25%.",
	}, want: []string{"policy_rate GBR 0.1 actual 2021-12", "policy_rate GBR 5.25 actual -"}},
	{name: "an undated high or low of a rate borrows no date", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US unemployment was 3.5% in February 2020. It hit a high of 14.7%.",
		"America's jobless rate was 3.5 per cent in February 2020, and it then climbed to a peak of 14.7 per cent.",
		"The US unemployment rate stood at 3.5% in February 2020. It peaked at 14.7%.",
	}, want: []string{"unemployment_rate USA 3.5 actual 2020-02", "unemployment_rate USA 14.7 actual -"}},
	{name: "a rate that bottomed takes no date of the sentence before", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 0.5% in March 2009. Bank Rate bottomed at 0.1%.",
		"The Bank of England cut Bank Rate to 0.5% in March 2009. The rate later bottomed out at 0.1%.",
		"The Bank of England cut Bank Rate to 0.5% in March 2009. It later fell to a low of 0.1%.",
	}, want: []string{"policy_rate GBR 0.5 actual 2009-03", "policy_rate GBR 0.1 actual -"}},
	// near misses: a date of the peak's own clause is its own
	{name: "a peak with a date of its own clause keeps it", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK inflation was 5.4% in December 2021. It peaked at 11.1% in October 2022.",
		"UK inflation was 5.4% in December 2021. In October 2022, it peaked at 11.1%.",
		"UK inflation was 5.4% in December 2021. It hit a high of 11.1% in October 2022.",
	}, want: []string{"inflation GBR 5.4 actual 2021-12", "inflation GBR 11.1 actual 2022-10"}},
	{name: "a policy rate's peak with its own month keeps it", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In August 2023, UK Bank Rate peaked at 5.25%.",
		"UK Bank Rate peaked at 5.25% in August 2023.",
		"Britain's Bank Rate peaked in August 2023 at 5.25 per cent.",
	}, want: []string{"policy_rate GBR 5.25 actual 2023-08"}},
	{name: "a foreseen peak takes no year of another clause's forecast", published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The OBR forecasts that Britain's deficit will fall to 2.1 per cent of GDP in 2029-30, while debt is set to peak at 96 per cent of GDP.",
		"Britain's budget deficit will shrink to 2.1% of GDP in 2029-30, the OBR said, and debt will peak at 96% of GDP.",
	}, want: []string{"fiscal_balance GBR -2.1 forecast FY2030", "government_debt GBR 96 forecast -"}},
	{name: "a high stated as the level now is the present's", published: time.Date(2022, 7, 15, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK Bank Rate was 0.1% in December 2021. UK Bank Rate is now at a 13-year high of 1.25%.",
	}, want: []string{"policy_rate GBR 0.1 actual 2021-12", "policy_rate GBR 1.25 actual 2022"}},
	{name: "a rise that is no peak still follows the sentence before", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK inflation was 5.4% in December 2021, and it rose to 6.2% in February 2022.",
	}, want: []string{"inflation GBR 5.4 actual 2021-12", "inflation GBR 6.2 actual 2022-02"}},
}

// s27MarketPathFamilies: a level that markets price, bet on or expect for a time to come is a
// forecast, whatever "now" says of when the expectation is held: "Markets now price the Bank
// of England's Bank Rate rising to nearly 6% by next spring", written in September 2022, was
// judged as 2023's outturn. A period that had not begun when the text appeared is ahead of it.
var s27MarketPathFamilies = []family{
	{name: "a market-implied rate for a period to come is a forecast", published: time.Date(2022, 9, 26, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Markets now price the Bank of England's Bank Rate rising to nearly 6% by next spring.",
		"Markets now price UK Bank Rate rising to nearly 6 per cent by next spring.",
		"Traders now see the Bank of England's Bank Rate at 6% next year.",
		"Investors are now betting that UK Bank Rate will rise to 6% by next spring.",
	}, want: []string{"policy_rate GBR 6 forecast 2023"}},
	{name: "a market-implied rate for a season of this year still to come is a forecast", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Money markets now price UK Bank Rate at about 6% next summer.",
		"Traders now see Britain's Bank Rate at 6% by next autumn.",
		"Markets are now pricing UK Bank Rate at 6 per cent by next summer.",
	}, want: []string{"policy_rate GBR 6 forecast 2025"}},
	{name: "a market-implied rate abroad for a period to come is a forecast", published: time.Date(2022, 9, 26, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Futures markets now price the Fed's benchmark rate at 4.5% in early 2023.",
		"Markets now price the US federal funds rate at 4.5 per cent in early 2023.",
	}, want: []string{"policy_rate USA 4.5 forecast 2023"}},
	// near misses: "now" and "currently" of a period under way still report
	{name: "a rate now in force is an outturn", published: time.Date(2022, 9, 26, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK inflation is currently running at 10.1%.",
		"UK inflation is now 10.1%.",
	}, want: []string{"inflation GBR 10.1 actual 2022"}},
	{name: "a rate of a season past is an outturn", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK Bank Rate rose to 5.25% last summer.",
		"Britain's Bank Rate was raised to 5.25 per cent last summer.",
	}, want: []string{"policy_rate GBR 5.25 actual 2024"}},
	{name: "a rate now, after a peak, is an outturn of the year under way", published: time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC), wordings: []string{
		"UK inflation peaked at 11.1% last autumn, and is now 2.6%.",
	}, want: []string{"inflation GBR 11.1 actual -", "inflation GBR 2.6 actual 2025"}},
}

func TestS27CoordinatedYearFamilies(t *testing.T) {
	runFamilies(t, familyDate, s27CoordinatedYearFamilies)
}

func TestS27PeakFamilies(t *testing.T) {
	runFamilies(t, familyDate, s27PeakFamilies)
}

func TestS27MarketPathFamilies(t *testing.T) {
	runFamilies(t, familyDate, s27MarketPathFamilies)
}
