package extract

import (
	"testing"
	"time"
)

// The findings of the s23 attack (notes/s23-attack4.md) that concern periods and kinds: a
// full-year figure in a quarterly story (F6), a level held for a span before the event a
// story reports (F7), and a level the markets price "by December" (F8).

// F6: "full-year growth", "full year GDP growth" and "a year in which" after a quarter name
// the year the quarter is part of, as "for the full year" does; the base of "from a year
// earlier" is no year the text is about; "annual growth" beside a fourth quarter may be the
// year's or the quarter's on a year earlier and is left without a period. An annualised
// basis named in another figure's phrase is that figure's.
func TestFullYearAfterAQuarter(t *testing.T) {
	june := time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)
	runFamilies(t, june, []family{
		{name: "full-year growth after the fourth quarter", wordings: []string{
			"US GDP grew at a 3.4% annualised pace in the fourth quarter of 2023, and full-year growth came in at 2.5 per cent.",
			"The US economy grew at a 3.4% annualized rate in the fourth quarter of 2023. Full-year growth was 2.5%.",
			"US GDP expanded at a 3.4% annualised rate in the fourth quarter of 2023; full year growth was 2.5%.",
			"The US economy grew at a 3.4% annualized rate in the final quarter of 2023, the Commerce Department said on Thursday. Full-year GDP growth was 2.5%.",
			"US GDP rose at a 3.4% annualised rate in Q4 2023. Whole-year growth came to 2.5%.",
			"The US economy grew at a 3.4% annualized rate in the fourth quarter of 2023. That capped a year in which GDP rose 2.5%.",
			"The US economy grew at a 3.4% annualized rate in the fourth quarter of 2023, ending a year in which output expanded 2.5%.",
		}, want: []string{"gdp_growth USA 3.4 actual 2023-Q4 annualised", "gdp_growth USA 2.5 actual 2023 annual"}},
		{name: "Japan's calendar quarter by its months", wordings: []string{
			"Japan's GDP rose an annualised 0.4% in October-December 2023. Full-year growth came in at 1.9 per cent.",
		}, want: []string{"gdp_growth JPN 0.4 actual 2023-Q4 annualised", "gdp_growth JPN 1.9 actual 2023 annual"}},
		{name: "the base of a year-on-year rate is no year of the story", published: time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), wordings: []string{
			"Singapore's economy grew 5% in the fourth quarter of 2024 from a year earlier. Full-year growth came in at 4.4 per cent.",
			"Singapore's economy grew 5% in the fourth quarter of 2024 from a year earlier. For the full year, growth was 4.4 per cent.",
		}, want: []string{"gdp_growth SGP 5 actual 2024-Q4 yoy", "gdp_growth SGP 4.4 actual 2024 annual"}},
		{name: "annual growth beside the fourth quarter is not said to be the year's", wordings: []string{
			"In the fourth quarter of 2023 the US economy grew at a 3.4% annualised rate, taking annual growth to 2.5%.",
			"US GDP grew at a 3.4% annualised rate in the fourth quarter of 2023, pushing annual growth to 2.5%.",
		}, want: []string{"gdp_growth USA 3.4 actual 2023-Q4 annualised", "gdp_growth USA 2.5 actual -"}},
		{name: "near miss: annual growth of an earlier quarter is its rate on a year earlier", published: time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
			"UK GDP rose 0.6% in the second quarter of 2024, and annual growth slowed to 0.9%.",
		}, want: []string{"gdp_growth GBR 0.6 actual 2024-Q2", "gdp_growth GBR 0.9 actual 2024-Q2 yoy"}},
		{name: "near miss: annual growth with its own quarter", wordings: []string{
			"UK annual growth slowed to 0.2% in the fourth quarter of 2023.",
		}, want: []string{"gdp_growth GBR 0.2 actual 2023-Q4 yoy"}},
		{name: "near miss: the year named", wordings: []string{
			"The US economy grew at a 3.4% annualized rate in the fourth quarter of 2023. For 2023 as a whole, the economy expanded 2.5%.",
			"The US economy grew at a 3.4% annualized rate in the fourth quarter of 2023. The economy grew 2.5% in 2023.",
		}, want: []string{"gdp_growth USA 3.4 actual 2023-Q4 annualised", "gdp_growth USA 2.5 actual 2023 annual"}},
		{name: "near miss: a year in which, after a quarter that ends no year", published: time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC), wordings: []string{
			"UK GDP grew 0.6% in the second quarter of 2024, ending a year in which output rose 0.7%.",
		}, want: []string{"gdp_growth GBR 0.6 actual 2024-Q2", "gdp_growth GBR 0.7 actual -"}},
		{name: "near miss: full-year after a year set beside another", published: time.Date(1987, 4, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"Turkey's GNP grew 8.0 pct in 1986, compared with 5.1 pct in 1985. An earlier estimate put full-year GDP growth at 7.9 pct.",
		}, want: []string{"gdp_growth TUR 8 actual 1986", "gdp_growth TUR 5.1 previous 1985", "gdp_growth TUR 7.9 actual 1986"}},
	})
}

// F7: a level a pluperfect says held "for" a span ("had been 5.25% for a year", "had stood at
// 0.5% for seven years before the 2016 cut") is of that span, which ended before the event the
// story reports: not of the event's day. A rate "since" a date after the span is the rate set
// then; without one the figure takes no period. "12 months" there is how long, no basis.
func TestLevelHeldForASpanBeforeTheEvent(t *testing.T) {
	aug := time.Date(2024, 8, 2, 0, 0, 0, 0, time.UTC)
	feb := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)
	runFamilies(t, aug, []family{
		{name: "since a date after the span", wordings: []string{
			"The Bank of England cut Bank Rate to 5% on Thursday. Bank Rate had been 5.25% for a year, since August 2023.",
			"The Bank of England cut Bank Rate to 5% on Thursday. Bank Rate had been 5.25% for 12 months, since August 2023.",
		}, want: []string{"policy_rate GBR 5 actual 2024-08-01", "policy_rate GBR 5.25 actual 2023-08"}},
		{name: "a span with no date", wordings: []string{
			"The Bank of England cut Bank Rate to 5% on Thursday. Bank Rate had been held at 5.25% for a full year.",
			"The Bank of England cut Bank Rate to 5% on Thursday; it had been 5.25% for 12 months.",
			"The Bank of England cut Bank Rate to 5% on Thursday. Rates had stood at 5.25% for a year.",
		}, want: []string{"policy_rate GBR 5 actual 2024-08-01", "policy_rate GBR 5.25 actual - unknown"}},
		{name: "a span before an earlier change", published: feb, wordings: []string{
			"The Bank of England cut Bank Rate to 4.5% on Thursday. Bank Rate had been 0.5% for seven years until it was cut to 0.25% in August 2016.",
			"The Bank of England cut Bank Rate to 4.5% on Thursday. Bank Rate had been 0.5% for more than seven years before it was cut to 0.25% in August 2016.",
		}, want: []string{"policy_rate GBR 4.5 actual 2025-02-06", "policy_rate GBR 0.5 actual -", "policy_rate GBR 0.25 actual 2016-08"}},
		{name: "a span before an event named", published: feb, wordings: []string{
			"The Bank of England cut Bank Rate to 4.5% on Thursday. Rates had stood at 0.5% for seven years before the 2016 cut.",
			"The Bank of England cut Bank Rate to 4.5% on Thursday. Bank Rate had been 0.1% for almost two years before the first rise.",
		}, want: []string{"policy_rate GBR 4.5 actual 2025-02-06", "policy_rate GBR * actual -"}},
		{name: "near miss: since a date, no span", published: time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC), wordings: []string{
			"The Bank of England cut Bank Rate to 4.25% on Thursday. Rates had been at 4.5% since February.",
		}, want: []string{"policy_rate GBR 4.25 actual 2025-05-08", "policy_rate GBR 4.5 actual 2025-02"}},
		{name: "near miss: for the year named before is that year", published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
			"UK GDP grew 0.4% in the fourth quarter of 2023. Output had risen 0.1% for the year.",
		}, want: []string{"gdp_growth GBR 0.4 actual 2023-Q4", "gdp_growth GBR 0.1 actual 2023"}},
		{name: "near miss: a level held to now", published: feb, wordings: []string{
			"The Bank of England held Bank Rate at 4.5% on Thursday. Bank Rate has been 4.5% for a month.",
		}, want: []string{"policy_rate GBR 4.5 actual 2025-02-06", "policy_rate GBR 4.5 actual 2025-02-06"}},
	})
}

// F8: a level "by" a month or quarter named without its year, in a clause no past or perfect
// tense reports, is looked for, not reported: markets pricing or implying a rate, investors
// seeing a cut. It is a forecast of the month to come, not of the one past. A past or perfect
// tense ("had fallen to 2.5% by December", "By December, ... was") reports what happened.
func TestLevelByAMonthToCome(t *testing.T) {
	feb := time.Date(2025, 2, 7, 0, 0, 0, 0, time.UTC)
	runFamilies(t, feb, []family{
		{name: "market pricing by a month", wordings: []string{
			"The Bank of England cut rates to 4.5% on Thursday. Markets now price Bank Rate at 4% by December.",
			"The Bank of England cut rates to 4.5% on Thursday. Swaps markets imply Bank Rate at 4% by December, two more cuts.",
			"The Bank of England cut rates to 4.5% on Thursday. Investors see the Bank of England cutting rates to 4% by December.",
			"The Bank of England cut rates to 4.5% on Thursday. Traders bet Bank Rate will be 4% by December.",
		}, want: []string{"policy_rate GBR 4.5 actual 2025-02-06", "policy_rate GBR 4 forecast 2025-12"}},
		{name: "after a fronted clause of the decision", wordings: []string{
			"After the Bank of England cut to 4.5% on Thursday, they price Bank Rate at 4% by December.",
		}, want: []string{"policy_rate GBR 4 forecast 2025-12"}},
		{name: "money markets betting", wordings: []string{
			"The Bank of England cut rates to 4.5% on Thursday. Money markets are betting on Bank Rate at 4% by November.",
		}, want: []string{"policy_rate GBR 4.5 actual 2025-02-06", "policy_rate GBR 4 forecast 2025-11"}},
		{name: "near miss: reported by a month", wordings: []string{
			"UK inflation had fallen to 2.5% by December.",
			"By December, UK inflation was 2.5%.",
			"UK inflation rose, reaching 2.5% by December.",
		}, want: []string{"inflation GBR 2.5 actual 2024-12"}},
		{name: "near miss: a month with its year", wordings: []string{
			"The Bank of England cut rates to 4.5% on Thursday. Markets now price Bank Rate at 4% by December 2025.",
		}, want: []string{"policy_rate GBR 4.5 actual 2025-02-06", "policy_rate GBR 4 * 2025-12"}},
	})
}

// A wrong link of the s23 attack: "grew 1.4 per cent over 2024" after a month's figure took
// the month. "over" and a year ending the clause is through the year (its last quarter on a
// year earlier, in Australian copy) or against it ("sales rose 5% over 2023"): no period, and
// none carried from the sentence before. "in 2024" and a fronted "Over 2024," keep the year.
func TestOverAYearTakesNoMonthBefore(t *testing.T) {
	mar := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	runFamilies(t, mar, []family{
		{name: "over a year after a month", wordings: []string{
			"SYDNEY - Australia's unemployment rate rose to 4.1 per cent in January 2025, the ABS said. The economy grew 1.4 per cent over 2024.",
			"Australia's jobless rate rose to 4.1% in January 2025. The economy expanded 1.4% over 2024.",
			"Australia's unemployment rate climbed to 4.1 per cent in January 2025. GDP grew by 1.4 per cent over 2024, its weakest since the 1990s.",
		}, want: []string{"unemployment_rate AUS 4.1 actual 2025-01", "gdp_growth AUS 1.4 actual -"}},
		{name: "near miss: in the year", wordings: []string{
			"Australia's unemployment rate rose to 4.1 per cent in January 2025. The economy grew 1.4 per cent in 2024.",
		}, want: []string{"unemployment_rate AUS 4.1 actual 2025-01", "gdp_growth AUS 1.4 actual 2024"}},
		{name: "near miss: over the year, fronted", wordings: []string{
			"Over 2024, Australia's economy grew 1.4 per cent.",
		}, want: []string{"gdp_growth AUS 1.4 actual 2024"}},
	})
}
