package extract

import (
	"testing"
	"time"
)

// TestFigureAtADatedMoment (blind round 92): a figure "at" a moment that a phrase after it dates
// ("up from 6.7 million at independence in 1957") is of that moment's period. Read as the year
// before the figure it was set against, Ghana's population at independence was flagged against
// 2022's 33 million.
func TestFigureAtADatedMoment(t *testing.T) {
	published := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "at an event a year dates", wordings: []string{
			"Ghana's population was about 33.5 million in 2023, up from 6.7 million at independence in 1957.",
			"Ghana's population was about 33.5 million in 2023, compared with 6.7 million at the time of independence in 1957.",
			"Ghana's population was about 33.5 million in 2023, against 6.7 million upon independence in 1957.",
			"Ghana's population was about 33.5 million in 2023, from 6.7 million at the end of colonial rule in 1957.",
		}, want: []string{"population GHA 3.35e+07 actual 2023", "population GHA 6.7e+06 previous 1957"}},
		{name: "a rate at a dated moment", wordings: []string{
			"Inflation in Peru was 6.5% in 2023, down from 7,500% at the start of the stabilisation programme in 1990.",
			"Inflation in Peru was 6.5% in 2023, compared with 7,500% at the start of the reform in 1990.",
		}, want: []string{"inflation PER 6.5 actual 2023", "inflation PER 7500 previous 1990"}},
		// near-misses: the year before, when nothing dates the figure; a year of its own
		{name: "no moment", wordings: []string{
			"Ghana's population was about 33.5 million in 2023, up from 32.8 million a year earlier.",
			"Ghana's population was about 33.5 million in 2023, up from 32.8 million.",
		}, want: []string{"population GHA 3.35e+07 actual 2023", "population GHA 3.28e+07 previous 2022"}},
		{name: "a year of its own", wordings: []string{
			"Ghana's population was about 33.5 million in 2023, up from 6.7 million in 1957.",
			"Ghana's population was about 33.5 million in 2023, up from 6.7 million in 1957 at independence.",
		}, want: []string{"population GHA 3.35e+07 actual 2023", "population GHA 6.7e+06 previous 1957"}},
	})
}

// TestRateDecisionBesideADatedClause (blind round 94): a rate decision in a clause coordinated
// with one whose figure a date follows ("the claimant count jumped by 69% in April, and the Bank
// of England has cut Bank Rate to 0.1%") is not dated by it: the cut was in March, and judged as
// a cut in April it was flagged. A clause in the present perfect is of now, not of the date of
// the clause before it.
func TestRateDecisionBesideADatedClause(t *testing.T) {
	published := time.Date(2020, 5, 23, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a decision beside a dated figure of something else", wordings: []string{
			"Britain, meanwhile, has seen its claimant count jump by 69% in April, and the Bank of England has cut Bank Rate to 0.1%, the lowest in its 325-year history.",
			"Britain's claimant count jumped by 69% in April, and the Bank of England cut Bank Rate to 0.1%.",
			"Britain's claimant count jumped by 69% in April, and the Bank of England has cut Bank Rate to 0.1%.",
			"Retail sales in Britain fell 18% in April, and the Bank of England has lowered Bank Rate to 0.1%.",
		}, want: []string{"policy_rate GBR 0.1 actual -"}},
		{name: "a present perfect beside a dated figure of something else", wordings: []string{
			"Britain's economy added 336,000 jobs in March and the unemployment rate has held at 3.8%.",
		}, want: []string{"unemployment_rate GBR 3.8 actual -"}},
		// near-misses: a date that opens the sentence dates both clauses; two statistics of
		// one release in the past share the date
		{name: "a date before both clauses", wordings: []string{
			"In March, Britain's claimant count jumped by 69%, and the Bank of England cut Bank Rate to 0.1%.",
		}, want: []string{"policy_rate GBR 0.1 actual 2020-03"}},
		{name: "two statistics of one release", wordings: []string{
			"Britain's economy added 336,000 jobs in March and the unemployment rate held at 3.8%.",
		}, want: []string{"unemployment_rate GBR 3.8 actual 2020-03"}},
	})
}

// TestLevelOfDividedGermany (blind round 95): a head count or a level of Germany's before
// unification, in a text that speaks of West or East Germany, is of a territory the reference's
// Germany (the unified one at every date) is not: "West Germany had around 62 million
// inhabitants in 1975" was flagged against 78.7 million. Its rates stay checked: they are the
// Federal Republic's before 1991.
func TestLevelOfDividedGermany(t *testing.T) {
	published := time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a head count of the divided country", wordings: []string{
			"West Germany had around 62 million inhabitants in 1975.",
			"In 1975, the Federal Republic had a population of 62 million.",
			"West Germany's population was 62 million in 1975.",
		}, want: []string{"population DEU 6.2e+07 * -"}},
		{name: "a head count of the divided country set against one of today's", wordings: []string{
			"Germany had 83 million inhabitants in 2020, against 62 million in West Germany in 1975.",
		}, want: []string{"population DEU 8.3e+07 actual 2020", "population DEU 6.2e+07 previous -"}},
		{name: "a rate of the divided country", wordings: []string{
			"West Germany's economy shrank 0.9% in 1975.",
			"West German GDP fell 0.9 per cent in 1975.",
		}, want: []string{"gdp_growth DEU -0.9 actual 1975"}},
		// near-misses: a head count of a text that does not speak of the divided country, and
		// one after unification
		{name: "no divided country", wordings: []string{
			"Germany's population was 78 million in 1975.",
		}, want: []string{"population DEU 7.8e+07 actual 1975"}},
		{name: "after unification", wordings: []string{
			"West Germany had 62 million inhabitants in 1975; Germany's population was 83 million in 2020.",
		}, want: []string{"population DEU 6.2e+07 * -", "population DEU 8.3e+07 actual 2020"}},
	})
}

// TestPlaceAfterATimeNoun (blind round 93): a place after a time noun opens the clause that the
// noun heads ("in that same year Japan overtook West Germany", "the year China overtook Japan");
// chunked as one phrase headed by the place, the clause had no subject but the place it
// overtook, and Japan's growth of 1968 was judged as West Germany's.
func TestPlaceAfterATimeNoun(t *testing.T) {
	published := time.Date(2019, 11, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "Japan's growth in the year it overtook West Germany", wordings: []string{
			"In 1968 alone real growth reached 12.9 percent, and in that same year Japan overtook West Germany to become the second-largest economy in the free world.",
			"In 1968 real growth reached 12.9 percent, and in that same year Japan overtook West Germany.",
			"Real growth reached 12.9 percent in 1968, the year Japan overtook West Germany.",
		}, want: []string{"gdp_growth JPN 12.9 actual 1968"}},
		{name: "China's growth in the year it overtook Japan", wordings: []string{
			"Growth hit 10.6 percent in 2010, the year China overtook Japan.",
		}, want: []string{"gdp_growth CHN 10.6 actual 2010"}},
		// near-miss: a place that owns the measure after the time noun
		{name: "the year, then a place's measure", wordings: []string{
			"In 2016, the year Britain voted to leave, Britain's growth slowed to 1.9%.",
		}, want: []string{"gdp_growth GBR 1.9 actual 2016"}},
	})
}
