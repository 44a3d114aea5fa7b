package extract

import (
	"testing"
	"time"
)

// A figure the text says held before the event it reports is not of that event's date
// (anteriorToFocus), and a rate held "since" a date stays of that date past an apposition
// (pastAppositive). The wordings are after BBC, Reuters and FT copy of Bank of England, Fed and
// ECB decisions and of labour-market and price releases; the controls keep a figure of the same
// date in the next sentence, a dated "before" clause, and "Earlier this year".
var anteriorStateFamilies = []family{
	{name: "a rate before the decision the sentence before reports", published: time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Before that the rate stood at 0.75%.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Before the pandemic the rate stood at 0.75%.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Previously, Bank Rate was 0.75%.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Until then, the rate had been 0.75%.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Prior to that, Bank Rate stood at 0.75 per cent.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Earlier, the rate was 0.75%.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. The rate was 0.75% before the cut.",
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. Bank Rate had previously been 0.75%.",
	}, want: []string{"policy_rate GBR 0.25 actual 2020-03-11", "policy_rate GBR 0.75 * -"}},
	{name: "a rate before the decision, of the Fed", published: time.Date(2020, 3, 16, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Federal Reserve cut the federal funds rate to 0.25% on March 15, 2020. Before that, the rate was 1.25%.",
		"The Federal Reserve cut the federal funds rate to 0.25% on March 15, 2020. Previously the federal funds rate had been 1.25%.",
	}, want: []string{"policy_rate USA 0.25 actual 2020-03-15", "policy_rate USA 1.25 * -"}},
	{name: "a rate of another measure before the period the text reports", published: time.Date(2010, 6, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in Britain rose to 3.4% in May 2010. Before the election, inflation was 3.7%.",
		"Inflation in Britain rose to 3.4% in May 2010. Previously, inflation had been 3.7%.",
	}, want: []string{"inflation GBR 3.4 actual 2010-05", "inflation GBR 3.7 * -"}},
	{name: "a rate held since a date, past an apposition", published: time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 5% on August 1, 2024. The rate had been held at 5.25%, a 16-year high, since August 2023.",
		"The Bank of England cut Bank Rate to 5% on August 1, 2024. Bank Rate had stood at 5.25%, its highest since 2008, since August 2023.",
	}, want: []string{"policy_rate GBR 5 actual 2024-08-01", "policy_rate GBR 5.25 * 2023-08"}},
	// controls
	{name: "control: the next sentence's figure of the same date", published: time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 0.25% on March 11, 2020. The cut took the rate to 0.25%.",
	}, want: []string{"policy_rate GBR 0.25 actual 2020-03-11", "policy_rate GBR 0.25 * 2020-03-11"}},
	{name: "control: a rate held since a date, with no apposition", published: time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC), wordings: []string{
		"The Bank of England cut Bank Rate to 5% on August 1, 2024. The rate had been 5.25% since August 2023.",
	}, want: []string{"policy_rate GBR 5 actual 2024-08-01", "policy_rate GBR 5.25 * 2023-08"}},
	{name: "control: an earlier report of the same period", published: time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in Germany averaged 5.9% in 2023, Destatis said on Tuesday. Earlier, the Bundesbank said the rate was 6.0%.",
	}, want: []string{"inflation DEU 5.9 actual 2023", "inflation DEU 6 * 2023"}},
	{name: "a movement before the year reported", published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Germany's inflation was 2.3% in 2024. Before that, it had climbed to 6.9%.",
	}, want: []string{"inflation DEU 2.3 actual 2024", "inflation DEU 6.9 * -"}},
	{name: "control: earlier this year", published: time.Date(2010, 6, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Inflation in Britain rose to 3.4% in May 2010. Earlier this year, inflation was 3.7%.",
	}, want: []string{"inflation GBR 3.4 actual 2010-05", "inflation GBR 3.7 actual -"}}, // (a month of the year, unsaid),
}

func TestAnteriorState(t *testing.T) {
	runFamilies(t, time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC), anteriorStateFamilies)
}
