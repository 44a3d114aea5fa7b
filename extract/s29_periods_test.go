package extract

import (
	"testing"
	"time"
)

var periodsDate = time.Date(2026, 8, 9, 0, 0, 0, 0, time.UTC)

// A peak or low beside a figure of a year, of the same measure and attached to it, is a month
// (quarter) of that year, however long after it the text was written (extremeInYear). The
// wordings are after threads, wire copy, Nigerian and British business pages; the controls
// are an extreme set against the year's figure ("far below its peak"), one the story moves on
// to ("before peaking"), another country's, and a year that frames the sentence.
var extremeInYearFamilies = []family{
	{name: "a peak in a participle clause after a year's average", wordings: []string{
		"UK inflation averaged 9.1% in 2022, peaking at 11.1% in October.",
		"British consumer price inflation averaged 9.1 per cent in 2022, peaking at 11.1 per cent in October.",
		"Inflation in Britain averaged 9.1% in 2022 and peaked at 11.1% in October, the ONS said.",
		"UK inflation ran at 9.1% in 2022, with a peak of 11.1% in October.",
		"UK inflation averaged 9.1% in 2022, hitting a 41-year high of 11.1% in October.",
	}, want: []string{"inflation GBR 9.1 actual 2022", "inflation GBR 11.1 actual 2022-10"}},
	{name: "a peak of the year named by a noun or a verb of climbing", wordings: []string{
		"Nigeria's headline inflation averaged 24.7% in 2023, climbing to a peak of 28.9% in December.",
		"Headline inflation in Nigeria was 24.7 percent on average in 2023, with a high of 28.9 percent in December, the NBS said.",
	}, want: []string{"inflation NGA 24.7 actual 2023", "inflation NGA 28.9 actual 2023-12"}},
	{name: "a low of the year", wordings: []string{
		"US unemployment averaged 3.6% in 2023 and hit a low of 3.4% in April.",
		"The US jobless rate averaged 3.6% in 2023, bottoming out at 3.4% in April.",
		"Unemployment in the United States was 3.6% on average in 2023, touching a 54-year low of 3.4% in April.",
	}, want: []string{"unemployment_rate USA 3.6 actual 2023", "unemployment_rate USA 3.4 actual 2023-04"}},
	{name: "a peak quarter of the year", wordings: []string{
		"US GDP grew 2.5% in 2023, with a peak of 4.9% in the third quarter.",
	}, want: []string{"gdp_growth USA 2.5 actual 2023", "gdp_growth USA 4.9 actual 2023-Q3"}},
	// controls
	{name: "control: a peak set against the year's figure is not the year's", wordings: []string{
		"US inflation averaged 3% in 2024, far below its peak of 9.1% in June.",
	}, want: []string{"inflation USA 3 actual 2024", "inflation USA 9.1 actual -"}}, // the known peak's June, of some year before (knownExtremeBetween)
	{name: "control: a peak the story moves on to", published: time.Date(2022, 12, 14, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation rose 4.7% in 2021 before peaking at 9.1% in June.",
		"US inflation averaged 4.7% in 2021; since then it peaked at 9.1% in June.",
	}, want: []string{"inflation USA 4.7 actual 2021", "inflation USA 9.1 actual 2022-06"}},
	{name: "control: another country's peak", wordings: []string{
		"UK inflation averaged 2.5% in 2024, while US inflation peaked at 3.3% in May.",
	}, want: []string{"inflation GBR 2.5 actual 2024", "inflation USA 3.3 actual 2026-05"}},
	{name: "control: a movement after a year's figure, written early the next year", published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation was 2.9% in 2024, rising to 3% in January.",
	}, want: []string{"inflation USA 2.9 actual 2024", "inflation USA 3 actual 2025-01"}},
	{name: "control: a year that frames the sentence", wordings: []string{
		"In 2022, UK inflation peaked at 11.1% in October.",
	}, want: []string{"inflation GBR 11.1 actual 2022-10"}},
}

func TestS29ExtremeInYear(t *testing.T) { runFamilies(t, periodsDate, extremeInYearFamilies) }

var nowDate = time.Date(2022, 12, 14, 0, 0, 0, 0, time.UTC)

// A word of the present right after a figure ("from 3.7% now", "3.7% currently", "at
// present") makes it the level at the time of writing (nowAfter): the base of a projection is
// left undated (the latest month or quarter, which the text does not name), not read as the year
// before the projection's; a figure stated in the present is of the year of publication, not of
// a year an earlier clause named. After a Fed projection, a Reuters poll, an RBI statement and
// a profile; the controls are "now" before the figure, a dated base, and "now that".
var nowAfterFamilies = []family{
	{name: "the base of a projection is the level now", wordings: []string{
		"US unemployment is projected to rise to 4.6% from 3.7% now.",
		"US unemployment is expected to climb to 4.6% next year from 3.7% currently.",
		"The Fed sees US unemployment rising to 4.6% in 2023, from 3.7% at present.",
		"Economists polled by Reuters expect the US jobless rate to go up to 4.6% by late 2023 from 3.7% now.",
	}, want: []string{"unemployment_rate USA 4.6 forecast *", "unemployment_rate USA 3.7 previous -"}},
	{name: "the base of an Indian projection", wordings: []string{
		"The RBI projects CPI inflation to moderate to 5.3 per cent next year from 6.8 per cent currently.",
	}, want: []string{"inflation IND 5.3 forecast 2023", "inflation IND 6.8 previous -"}},
	{name: "a figure stated now after a year's", wordings: []string{
		"US unemployment was 5.4% in 2021 and is 3.7% now.",
		"US unemployment was 5.4% in 2021 and is 3.7% currently.",
	}, want: []string{"unemployment_rate USA 5.4 actual 2021", "unemployment_rate USA 3.7 actual 2022"}},
	// controls
	{name: "control: now before the figure", wordings: []string{
		"US unemployment is now 3.7%.",
		"Unemployment in the US, which was 5.4% in 2021, is 3.7% at present.",
	}, want: []string{"unemployment_rate USA 3.7 actual 2022"}},
	{name: "control: a dated base", wordings: []string{
		"US unemployment fell to 3.7% in November from 4.2% a year earlier.",
	}, want: []string{"unemployment_rate USA 3.7 actual 2022-11", "unemployment_rate USA 4.2 previous 2021-11"}},
}

func TestS29NowAfter(t *testing.T) { runFamilies(t, nowDate, nowAfterFamilies) }

var relativeDateDate = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)

// A date in a relative clause with no relative word ("the 50% [that] it stood at in 2007",
// "what it was in 2007") is the date of the phrase the clause is on (relativeClauseOwner): a
// figure there takes it, the figure set against it does not. After a Commons answer, a
// British column, a Nigerian wire, an Indian business page and a podcast; the controls are
// a date of the figure's own and a clause whose antecedent is the figure itself.
var relativeDateFamilies = []family{
	{name: "a year of the level a figure doubles", wordings: []string{
		"UK public debt is close to 100% of GDP, double the 50% it stood at in 2007.",
		"UK public debt is close to 100% of GDP, double the 50% that it stood at in 2007.",
		"UK public debt is now close to 100 per cent of GDP - double the 50 per cent it was in 2007.",
		"UK public debt is close to 100% of GDP, twice the level of 50% it was in 2007.",
		"UK public debt is close to 100% of GDP, double what it was in 2007.",
	}, want: []string{"government_debt GBR 100 actual 2026"}},
	{name: "a year of the level a figure is above", wordings: []string{
		"UK inflation is 3.8%, well above the 2% it averaged in 2019.",
	}, want: []string{"inflation GBR 3.8 actual 2026"}},
	{name: "a Nigerian debt ratio against a year's", wordings: []string{
		"Nigeria's public debt is 38% of GDP, more than double the 17% it was in 2015, the DMO said.",
	}, want: []string{"government_debt NGA 38 actual 2026"}},
	{name: "the base a figure is set against takes its clause's year", wordings: []string{
		"US unemployment is 4.1%, up from the 3.5% that it hit in 2019.",
		"US unemployment is 4.1%, up from the 3.5% it hit in 2019.",
	}, want: []string{"unemployment_rate USA 4.1 actual 2026", "unemployment_rate USA 3.5 previous 2019"}},
	{name: "an Indian deficit against a year's", wordings: []string{
		"India's fiscal deficit is 5.6 per cent of GDP, higher than the 3.4 per cent it was in 2019.",
	}, want: []string{"fiscal_balance IND -5.6 actual 2026", "fiscal_balance IND -3.4 previous 2019"}},
	// controls
	{name: "control: a year of the figure's own", wordings: []string{
		"UK public debt was 50% of GDP in 2007 and it is close to 100% now.",
	}, want: []string{"government_debt GBR 50 actual 2007"}},
	{name: "control: a year of the figure's own, and a share of GDP now", wordings: []string{
		"UK public debt was 50% of GDP in 2007 and it is close to 100% of GDP now.",
	}, want: []string{"government_debt GBR 50 actual 2007", "government_debt GBR 100 actual 2026"}},
	{name: "control: a pronoun after the year", wordings: []string{
		"UK inflation was 3.8% in 2019, it said.",
	}, want: []string{"inflation GBR 3.8 actual 2019"}},
}

func TestS29RelativeDate(t *testing.T) { runFamilies(t, relativeDateDate, relativeDateFamilies) }
