package extract

import (
	"testing"
	"time"
)

// yearEarlierBaseFamilies: "from a year earlier", "compared with a year ago", "on the same
// month a year earlier" name the base of a year-on-year change. They make the basis year on
// year and never give the period: the period is the one the text is about. Before, a fronted
// "From a year earlier" was read as the start of a span and dated the figure (a year before
// the base month the sentence before named: April 2025 for May 2026's rate), and "that
// quarter" after "Compared with a year earlier" took the base quarter as its antecedent.
var yearEarlierBaseFamilies = []family{
	{name: "a fronted base of a monthly price rise is no period", published: time.Date(2026, 7, 16, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 0.3% in May 2026 from April. From a year earlier, they were up 4.2%.",
		"US consumer prices rose 0.3 percent in May 2026 from April, the Labor Department said. From a year earlier, prices climbed 4.2 percent.",
		"US consumer prices increased 0.3% in May 2026 from April. Compared with a year ago, prices were 4.2% higher.",
		"US consumer prices rose 0.3% in May 2026 from April. Compared with the same month a year earlier, they were 4.2% higher.",
	}, want: []string{"inflation USA 0.3 actual 2026-05 mom", "inflation USA 4.2 actual 2026-05 yoy"}},
	{name: "that quarter after a fronted base is the quarter reported", published: time.Date(2026, 8, 27, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US real GDP grew at an annualised rate of 3.1% in the third quarter of 2024. Compared with a year earlier, output was up 2.7% in that quarter.",
		"US real GDP expanded at a 3.1 percent annualized rate in the third quarter of 2024. From a year earlier, output rose 2.7 percent in the quarter.",
		"US real GDP grew at an annualised rate of 3.1% in the third quarter of 2024. Output was up 2.7% from a year earlier in that quarter.",
		"US real GDP grew at an annualised rate of 3.1% in the third quarter of 2024. Set against a year earlier, output was 2.7% higher in that quarter.",
	}, want: []string{"gdp_growth USA 3.1 actual 2024-Q3 annualised", "gdp_growth USA 2.7 actual 2024-Q3 yoy"}},
	// near misses: a bare "A year earlier" frames its own clause and stays the period the
	// text turns to; an explicit month stays its own
	{name: "a bare year-earlier frame is still its period", published: time.Date(2026, 8, 27, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US real GDP grew 3.1% in the third quarter of 2024. A year earlier, it had grown 4.4%.",
	}, want: []string{"gdp_growth USA 3.1 actual 2024-Q3", "gdp_growth USA 4.4 actual 2023-Q3"}},
	{name: "a fronted span named by its ends lends no base to its clause", published: time.Date(2025, 1, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US real GDP grew 2.3% in the fourth quarter of 2024. Measured from the fourth quarter of 2023 to the fourth quarter of 2024, growth was 2.5%.",
	}, want: []string{"gdp_growth USA 2.3 actual 2024-Q4", "gdp_growth USA 2.5 actual 2024-Q4 unknown"}},
	{name: "a base month named stays a base, the period the month reported", published: time.Date(2026, 7, 16, 0, 0, 0, 0, time.UTC), wordings: []string{
		"US consumer prices rose 4.2% in May 2026 from a year earlier.",
		"US consumer prices were up 4.2% year on year in May 2026.",
	}, want: []string{"inflation USA 4.2 actual 2026-05 yoy"}},
}

// heldSpanFamilies: a policy rate said to have stood over a span ("held at 5.25% from
// August 2023 until ...", "between August 2023 and August 2024") is the rate of that span,
// dated at its start (the day the table dates the change by), not at the meeting the text
// reports nor at the span's end (the day of the next change).
var heldSpanFamilies = []family{
	{name: "a rate held over a span is dated at its start", published: time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England's MPC voted on 6 November 2024 to reduce Bank Rate to 4.75%. Bank Rate was kept at 5.25% from August 2023 to July 2024.",
		"The Bank of England cut Bank Rate to 4.75% on 6 November 2024. From August 2023 until July 2024, Bank Rate stood at 5.25%.",
		"The Bank of England cut Bank Rate to 4.75% on 6 November 2024. Bank Rate had been held at 5.25% between August 2023 and July 2024.",
	}, want: []string{"policy_rate GBR 4.75 actual 2024-11-06", "policy_rate GBR 5.25 actual 2023-08"}},
	{name: "a rate held until a cut is dated at the span's start, the cut's rate at the cut", published: time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC), wordings: []string{
		"At its meeting ending on 6 November 2024, the Bank of England's MPC voted to reduce Bank Rate to 4.75%. Bank Rate had been held at 5.25% from August 2023 until the Committee cut it to 5% on 1 August 2024.",
		"The Bank of England's MPC voted on 6 November 2024 to reduce Bank Rate to 4.75%. The Bank held Bank Rate at 5.25% from August 2023 until 1 August 2024, when it was cut to 5%.",
	}, want: []string{"policy_rate GBR 4.75 actual 2024-11-06", "policy_rate GBR 5.25 actual 2023-08", "policy_rate GBR 5 actual 2024-08-01"}},
	// near misses: a rate set against another ("cut from 5.25% to 5%") keeps the decision's
	// date; a rate with one date keeps it
	{name: "a decision's rates keep its date", published: time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate from 5.25% to 5% on 1 August 2024.",
	}, want: []string{"policy_rate GBR 5.25 previous", "policy_rate GBR 5 actual 2024-08-01"}},
	{name: "a rate since a month is that month's", published: time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 4.75% on 6 November 2024. Bank Rate had been 5% since August 2024.",
	}, want: []string{"policy_rate GBR 4.75 actual 2024-11-06", "policy_rate GBR 5 actual 2024-08"}},
}

func TestS28YearEarlierBaseFamilies(t *testing.T) {
	runFamilies(t, familyDate, yearEarlierBaseFamilies)
}

func TestS28HeldSpanFamilies(t *testing.T) {
	runFamilies(t, familyDate, heldSpanFamilies)
}
