package extract

import (
	"testing"
	"time"
)

// whenClauseRateFamilies are rate decisions told in a clause that "when" opens right after a
// date ("since August 2024, when it lowered the rate from 5.25% to 5%"). The clause is that
// date's: the rate it left and the rate it set are August 2024's decision, not the decision
// the sentence reports first. The "from" figure was dated to the later decision (attack 12)
// and flagged against the rate in force then.
var whenClauseRateFamilies = []family{
	{name: "a rate move in a when-clause after a date is that date's", published: time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate by a quarter point to 4.25% on Thursday, its fourth cut since August 2024, when it lowered the rate from 5.25% to 5%.",
		"The Bank of England lowered Bank Rate to 4.25% on Thursday, the fourth reduction since August 2024, when it cut the rate from 5.25% to 5%.",
		"The Bank of England trimmed Bank Rate to 4.25% on Thursday, its fourth cut since August 2024, when the Monetary Policy Committee lowered the rate from 5.25% to 5%.",
	}, want: []string{
		"policy_rate GBR 4.25 actual 2025-05-08",
		"policy_rate GBR 5 actual 2024-08",
		"policy_rate GBR 5.25 previous 2024-08",
	}},
	// the same, the rate named by its name after the clause's verb: both quotes open at it (the
	// pair is the verb's own, comparedByOwnVerb), the shorter first
	{name: "a rate move in a when-clause after a date, the rate named", published: time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC), wordings: []string{
		"On Thursday the Bank of England reduced Bank Rate to 4.25%, its fourth cut since August 2024, when the Bank lowered Bank Rate from 5.25% to 5%.",
	}, want: []string{
		"policy_rate GBR 4.25 actual 2025-05-08",
		"policy_rate GBR 5.25 previous 2024-08",
		"policy_rate GBR 5 actual 2024-08",
	}},
	{name: "a rate move in a when-clause after a month and year is that month's", published: time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England has held Bank Rate at 0.1% since March 2020, when it lowered Bank Rate from 0.25% to 0.1%.",
		"The Bank of England has kept Bank Rate at 0.1% since March 2020, when it was cut from 0.25% to 0.1%.",
	}, want: []string{
		"policy_rate GBR 0.1 actual *",
		"policy_rate GBR 0.1 actual 2020-03",
		"policy_rate GBR 0.25 previous 2020-03",
	}},
	// near misses: the decision of the main clause keeps its date and the rate it left
	{name: "a rate move before a when-clause is its own date's", published: time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 4.25% from 4.5% on Thursday, its fourth cut since August 2024.",
		"The Bank of England cut Bank Rate to 4.25% from 4.5% on Thursday, when markets had priced in the move.",
	}, want: []string{
		"policy_rate GBR 4.25 actual 2025-05-08",
		"policy_rate GBR 4.5 previous 2025-05-08",
	}},
}

func TestS27WhenClauseRateFamilies(t *testing.T) {
	runFamilies(t, familyDate, whenClauseRateFamilies)
}

// quarterRevisedFromFamilies are a quarter's figure set after another quarter's ("0.2% in the
// third quarter, after 0.4% in the second quarter, revised down from 0.5%"): the figure the
// revision replaced is the earlier estimate of the second quarter, the one it is said of, not
// the third quarter's outturn (attack 12: flagged against the third quarter's 0.21). An
// estimate the text says was superseded before it was written has no period to be judged for
// (dated to the second quarter, the table called it outdated).
var quarterRevisedFromFamilies = []family{
	{name: "a revised-from figure after an earlier quarter's figure is that quarter's superseded estimate", published: time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Switzerland's GDP rose 0.2% in the third quarter of 2024 from the previous quarter, SECO said, after 0.4% in the second quarter, revised down from 0.5%.",
		"Swiss GDP grew 0.2% in the third quarter of 2024, following 0.4% in the second quarter, revised down from 0.5%.",
		"Switzerland's economy expanded 0.2% in the third quarter of 2024, after growth of 0.4% in the second quarter, revised from 0.5%.",
		"SECO said Swiss GDP rose 0.2% in the third quarter of 2024, after 0.4% in the second quarter, revised down from an initial 0.5%.",
	}, want: []string{
		"gdp_growth CHE 0.2 actual 2024-Q3",
		"gdp_growth CHE 0.4 previous 2024-Q2",
		"gdp_growth CHE 0.5 previous -",
	}},
	// near misses: a revision of the sentence's own figure, or of the main figure before the
	// other quarter is named, is of that figure's quarter; a year's earlier estimate has no period
	{name: "a revised-from figure after the quarter's own figure is that quarter's", published: time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Switzerland's GDP rose 0.4% in the third quarter of 2024, revised down from 0.5%.",
	}, want: []string{"gdp_growth CHE 0.4 actual 2024-Q3", "gdp_growth CHE 0.5 * 2024-Q3"}},
	{name: "a revised-from figure right after the main figure is the main figure's quarter", published: time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Switzerland's GDP rose 0.2% in the third quarter of 2024, revised down from 0.5%, after 0.4% in the second quarter.",
	}, want: []string{"gdp_growth CHE 0.2 actual 2024-Q3", "gdp_growth CHE 0.5 * 2024-Q3", "gdp_growth CHE 0.4 previous 2024-Q2"}},
	{name: "a year's revised-from figure after an earlier year's has no period", published: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Swiss GDP grew 1.3% in 2024, after 0.7% in 2023, revised down from 0.8%.",
		"Germany's economy shrank 0.2% in 2024 after a 0.3% contraction in 2023, revised from 0.1%.",
	}, want: []string{"gdp_growth * * actual 2024", "gdp_growth * * previous 2023", "gdp_growth * * previous -"}},
}

func TestS27QuarterRevisedFromFamilies(t *testing.T) {
	runFamilies(t, familyDate, quarterRevisedFromFamilies)
}

// anaphoricMonthFamilies are averages "over the month" after a sentence that names the month
// ("The dollar weakened in June. The euro averaged about $1.15 over the month, against $1.08
// in July 2024"). "over" a period after an average names the span averaged, not a base the
// figure is compared with, so "the month" is June's; read as a base, the figure took the month
// after July 2024 (attack 12: flagged against August 2024's 1.102). Where the month named
// before is not read as a date, the figure has no period rather than the one after the figure
// it is set against.
var anaphoricMonthFamilies = []family{
	{name: "an average over the month is of the month named before", published: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Markets wrap: The dollar weakened in June. The euro averaged about $1.15 over the month, against $1.08 in July 2024.",
		"The dollar lost ground in June. Over the month the euro averaged about $1.15, against $1.08 in July 2024.",
		"The dollar slid in June. The euro averaged about $1.15 over the month, versus $1.08 in July 2024, data showed.",
		"FX review - June. The dollar weakened in June. The euro averaged roughly $1.15 over the month, up from $1.08 in July 2024.",
	}, want: []string{"exchange_rate EMU 1.15 actual 2025-06", "exchange_rate EMU 1.08 previous 2024-07"}},
	{name: "an average over the month with no comparison is of the month named before", published: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The dollar weakened in June. The euro averaged about $1.15 over the month.",
		"June was a weak month for the dollar. In June the euro averaged about $1.15 over the month.",
	}, want: []string{"exchange_rate EMU 1.15 actual 2025-06"}},
	{name: "an average over a year named is that year's", published: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation averaged 1.8% over 2019.",
		"Over 2019, US inflation averaged 1.8%.",
	}, want: []string{"inflation USA 1.8 actual 2019"}},
	{name: "an average over a month named in words not read as a date has no period", published: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Sterling had a strong June. The pound averaged $1.36 over the month, compared with $1.27 in June 2024.",
	}, want: []string{"exchange_rate GBR 1.36 actual -", "exchange_rate GBR 1.27 previous -"}},
	// near misses: a comparison "over" a period with no average is still a base; a year
	// referred back to still follows the year it is set against
	{name: "a rise over a year is against that year", published: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US inflation averaged 2.9% in 2024, up from 4.1% over 2023.",
	}, want: []string{"inflation USA 2.9 actual 2024", "inflation USA 4.1 previous -"}},
	{name: "a year referred back to after a comparison is the year after it", published: time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US GDP grew strongly. Growth was 2.8% for the year, up from 2.5% in 2023.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024", "gdp_growth USA 2.5 previous 2023"}},
}

func TestS27AnaphoricMonthFamilies(t *testing.T) {
	runFamilies(t, familyDate, anaphoricMonthFamilies)
}

// averagedOverTheYearFamilies are near misses of anaphoricMonthFamilies: "the year" an average
// is taken over, referred back to after a year given in comparison, is not read as the span
// (the dates take it from the year set beside the other), and keeps the sentence's year.
var averagedOverTheYearFamilies = []family{
	{name: "an average over the year after a comparison year keeps the sentence's year", published: time.Date(2024, 3, 26, 0, 0, 0, 0, time.UTC), wordings: []string{
		"French growth was 0.9% in 2023, after 2.5% in 2022, and inflation averaged 4.9% over the year.",
		"In France, GDP rose 0.9% in 2023 after 2.5% in 2022, while inflation averaged 4.9% over the year.",
	}, want: []string{"gdp_growth FRA 0.9 actual 2023", "gdp_growth FRA 2.5 previous 2022", "inflation FRA 4.9 actual 2023"}},
}

func TestS27AveragedOverTheYearFamilies(t *testing.T) {
	runFamilies(t, familyDate, averagedOverTheYearFamilies)
}
