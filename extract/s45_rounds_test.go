package extract

import (
	"testing"
	"time"
)

// TestCarriedPeriodBeforeABase (blind round 174): a figure measured against a base is of a
// time after it, so not of a period carried from sentences before that ends before the base:
// "In 2009, at the depth of the financial crisis, output fell 2.5 percent. ... Measured against
// the fourth quarter of 2019, output was still down 2.5 percent" gave the second figure 2009's
// and flagged it.
func TestCarriedPeriodBeforeABase(t *testing.T) {
	published := time.Date(2021, 1, 28, 0, 0, 0, 0, time.UTC)
	const before = "The American economy shrank last year. In 2009, at the depth of the financial crisis, output fell 2.5 percent.\n\nSpending on services plunged in the autumn. "
	runFamilies(t, published, []family{
		{name: "a base after the carried year", wordings: []string{
			before + "Measured against the fourth quarter of 2019, output was still down 2.4 percent.",
			before + "Compared with the fourth quarter of 2019, output was still down 2.4 percent.",
			before + "Output was still 2.4 percent lower than in 2019.",
			before + "Output was still down 2.4 percent since 2019.",
		}, want: []string{"gdp_growth USA -2.5 actual 2009", "gdp_growth USA -2.4 actual -"}},
		// near-miss: no base, and the year carried stays
		{name: "no base", wordings: []string{
			before + "Output was still down 2.4 percent.",
		}, want: []string{"gdp_growth USA -2.5 actual 2009", "gdp_growth USA -2.4 actual 2009"}},
	})
}

// TestOutdoneIsNoSubjectOfAResult (blind round 194): the country a verb of outdoing takes as
// its object is not the subject of the infinitive of result after it: "the country's population
// overtook China's in 2023 to reach about 1.43 billion" was read as China's population.
func TestOutdoneIsNoSubjectOfAResult(t *testing.T) {
	published := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "overtook to reach", wordings: []string{
			"India's population overtook China's in 2023 to reach about 1.43 billion.",
			"However, India's GDP per capita is still about 2,500 dollars, and the country's population overtook China's in 2023 to reach about 1.43 billion.",
			"India's population surpassed China's in 2023 to reach about 1.43 billion.",
		}, want: []string{"population IND 1430000000 actual 2023"}},
		{name: "outpaced to grow", wordings: []string{
			"Poland's economy outpaced Germany's in 2022 to grow 5.3 percent.",
			"Poland's economy outstripped Germany's in 2022 to grow 5.3 percent.",
		}, want: []string{"gdp_growth POL 5.3 actual 2022"}},
		// near-miss: a verb whose object is its infinitive's subject
		{name: "expects its object to grow", wordings: []string{
			"Economists expect Germany's economy to grow 0.3 percent in 2024.",
		}, want: []string{"gdp_growth DEU 0.3 forecast 2024"}},
	})
}

// TestSanctionsOfTheSentencesImposer (blind rounds 193 and 194): a country the sentence says
// imposes sanctions is not their target: "The EU adopted its first package of sanctions on
// February 23, targeting members of the Russian Duma and restricting access to EU capital
// markets" was read as sanctions on the EU.
func TestSanctionsOfTheSentencesImposer(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(2024, 2, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text                         string
		entity, jurisdiction, period []string
	}{
		{"Russia invaded Ukraine. The EU adopted its first package of sanctions on February 23, 2022, targeting members of the Russian Duma and restricting access to EU capital markets.",
			[]string{"RUS"}, []string{"EUU"}, []string{"2022-02-23"}},
		{"The first large package of Western sanctions was imposed on February 22 and 23, 2022, after Moscow recognized the \"independence\" of the Donetsk and Luhansk regions, and the EU adopted its 13th package on February 23, 2024.",
			[]string{"RUS", "RUS"}, []string{"", "EUU"}, []string{"2022-02-22", "2024-02-23"}},
		// near-miss: a country named in passing after the target is no imposer
		{"The US imposed sanctions on Iran on May 8, 2018, a blow to Iranian exports to the EU.",
			[]string{"IRN"}, []string{"USA"}, []string{"2018-05-08"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []Claim
			for _, c := range ex.Claims(Article{Text: tt.text, Published: published}, Options{}) {
				if c.Unit == UnitDate {
					got = append(got, c)
				}
			}
			if len(got) != len(tt.entity) {
				t.Fatalf("got %d sanctions claims, want %d:\n%s", len(got), len(tt.entity), describe(got))
			}
			for i, c := range got {
				if c.Entity != tt.entity[i] || c.Jurisdiction != tt.jurisdiction[i] || c.Period != tt.period[i] {
					t.Errorf("claim %d %q: %s by %q in %s, want %s by %q in %s", i, c.Quote, c.Entity, c.Jurisdiction, c.Period, tt.entity[i], tt.jurisdiction[i], tt.period[i])
				}
			}
		})
	}
}

// TestFiguresOfAnEventAStatedTimeAway (blind round 192): the figures of an event dated by its
// distance from the one the sentence reports are of that other time: "The Bank of England cut
// Bank Rate to 0.1 per cent on Thursday, only nine days after an emergency cut from 0.75 per
// cent to 0.25 per cent" judged 0.75% as the rate before Thursday's cut and flagged it.
func TestFiguresOfAnEventAStatedTimeAway(t *testing.T) {
	published := time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a cut nine days before, by its noun", wordings: []string{
			"The Bank of England cut Bank Rate to 0.1 per cent on Thursday, only nine days after an emergency cut from 0.75 per cent to 0.25 per cent.",
			"The Bank of England cut Bank Rate to 0.1 per cent on Thursday, nine days after an emergency cut from 0.75 per cent to 0.25 per cent.",
		}, want: []string{"policy_rate GBR 0.1 actual 2020-03-19"}},
		{name: "a cut nine days before, by its verb", wordings: []string{
			"The Bank of England cut Bank Rate to 0.1 per cent on Thursday, nine days after it cut the rate from 0.75 per cent to 0.25 per cent.",
		}, want: []string{"policy_rate GBR 0.1 actual 2020-03-19", "policy_rate GBR 0.25 actual -", "policy_rate GBR 0.75 previous -"}},
		{name: "a rise a month before", wordings: []string{
			"US inflation fell to 3.2 percent in February, a month after the Fed raised its rate to 1.75 percent.",
			"US inflation fell to 3.2 percent in February, two weeks after the Fed raised its rate to 1.75 percent.",
		}, want: []string{"inflation USA 3.2 actual 2020-02", "policy_rate USA 1.75 actual -"}},
		// near-misses: the length of time sets off its own phrase, or the figure has its date
		{name: "a fronted offset", wordings: []string{
			"Two weeks after the election, US inflation rose to 5 percent in January.",
			"US inflation rose to 5 percent in January, a month after the election.",
		}, want: []string{"inflation USA 5 actual 2020-01"}},
	})
}

// TestGappedForecastOfASecondSubject (blind round 192): a second subject and infinitive after
// the first, their verb of forecasting left out, are forecast too: "JPMorgan forecasts the US
// economy to contract at a 14 per cent annualised rate in the second quarter, and euro area
// output to fall 22 per cent in the same period" read the euro area's fall as an outturn of a
// year before and flagged it.
func TestGappedForecastOfASecondSubject(t *testing.T) {
	published := time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "forecasts X to ..., and Y to ...", wordings: []string{
			"JPMorgan forecasts the US economy to contract at a 14 per cent annualised rate in the second quarter, and euro area output to fall 22 per cent in the same period.",
			"JPMorgan forecasts US output to contract 14 per cent in the second quarter, and euro area output to fall 22 per cent.",
			"JPMorgan expects US output to contract 14 per cent in the second quarter and euro area output to fall 22 per cent.",
		}, want: []string{"gdp_growth USA -14 forecast 2020-Q2", "gdp_growth EMU -22 forecast 2020-Q2"}},
		// near-miss: a second clause with a verb of its own reports
		{name: "a second clause that reports", wordings: []string{
			"JPMorgan forecasts US output to contract 14 per cent in the second quarter, and euro area output fell 3.1 per cent in the fourth quarter.",
		}, want: []string{"gdp_growth USA -14 forecast 2020-Q2", "gdp_growth EMU -3.1 actual 2019-Q4"}},
	})
}

// TestParagraphOfACountrysCurrency (blind round 195): a paragraph that opens with a country's
// own currency ("Turkish lira. Down about 17% to 42.9. Annual inflation slowed to 31% ...")
// is that country's, not the one named most in the paragraphs before (the UK's, whose Bank
// Rate then flagged Turkey's 39.5% and 50%).
func TestParagraphOfACountrysCurrency(t *testing.T) {
	published := time.Date(2025, 12, 30, 0, 0, 0, 0, time.UTC)
	const uk = "Pound. Up about 7% to $1.34. The Bank of England has cut Bank Rate four times this year, to 4% in August. The UK economy grew 1.1% in 2024.\n\n"
	runFamilies(t, published, []family{
		{name: "a currency's paragraph", wordings: []string{
			uk + "Turkish lira. Down about 17% to 42.9. Annual inflation slowed to 31% in November.",
			uk + "The Turkish lira fell about 17% to 42.9. Annual inflation slowed to 31% in November.",
		}, want: []string{"policy_rate GBR 4 actual 2025-08", "gdp_growth GBR 1.1 actual 2024", "inflation TUR 31 actual 2025-11"}},
		// near-miss: a currency another is measured against
		{name: "a yardstick currency", wordings: []string{
			uk + "The pound rose against the Turkish lira. Annual inflation slowed to 3.2% in November.",
		}, want: []string{"policy_rate GBR 4 actual 2025-08", "gdp_growth GBR 1.1 actual 2024", "inflation GBR 3.2 actual 2025-11"}},
	})
}
