package extract

import "testing"

// The findings A1 and A2 of the s21 attack on false alarms (notes/s21-attack3.md): a group of
// people inside a country, a person's name, a US state and a food spelt as a country's name are
// no mention of the country. Each family is written in several outlets' styles, with the
// near-misses that keep the country.

// noClaimOf checks that no wording gives a claim of any of the countries codes.
func noClaimOf(t *testing.T, wordings []string, codes ...string) {
	t.Helper()
	ex := testExtractor(t)
	for _, text := range wordings {
		for _, c := range ex.Claims(Article{Text: text, Published: attackDate}, Options{}) {
			for _, code := range codes {
				if c.Entity == code {
					t.Errorf("%q: claim %q is %s's, want none of %v", text, c.Quote, code, codes)
				}
			}
		}
	}
}

// A1: a group named by a country's adjective or its people's name, inside a country, has its
// own figures: neither the host country's nor the country of origin's.
func TestA1AGroupOfPeopleIsNoCountry(t *testing.T) {
	noClaimOf(t, []string{
		"Unemployment among Native Americans was 7.9% in 2024.",
		"The jobless rate for American Indians was 7.9 per cent in 2024, the Labor Department said.",
		"Unemployment among Mexican Americans was 5% in 2024.",
		"Among Mexican Americans, unemployment was 5 pct in 2024.",
	}, "USA", "MEX", "IND")
	noClaimOf(t, []string{
		"Unemployment among Aboriginal Australians was 12% in 2024.",
		"The unemployment rate among Indigenous Australians was 12 per cent in 2024, the Closing the Gap report showed.",
		"Australia's Chinese population was 1.4 million in 2024.",
	}, "AUS", "CHN")
	noClaimOf(t, []string{
		"Pakistani unemployment in Britain was 8% in 2024.",
		"Britain's Polish population was 700,000 in 2024.",
		"The Irish population of Britain was 500,000 in 2024.",
		"Unemployment among British Indians was 4% in 2024.",
	}, "GBR", "PAK", "POL", "IRL", "IND")
	noClaimOf(t, []string{
		"Canada's Indian population grew 8% in 2024.",
		"The population of Indians in the US was 5.2 million in 2024.",
		"Indian Country's unemployment rate was 7.9% in 2024.",
	}, "CAN", "IND", "USA")
	runFamilies(t, attackDate, []family{
		{name: "near miss: a country's own people", wordings: []string{
			"Unemployment among Americans was 4% in 2024.",
			"US unemployment was 4% in 2024.",
		}, want: []string{"unemployment_rate USA 4 actual 2024"}},
		{name: "near miss: a country's population", wordings: []string{
			"Pakistan's population was 251 million in 2024.",
			"Pakistani population reached 251 million in 2024.",
		}, want: []string{"population PAK 2.51e8 actual 2024"}},
		{name: "near miss: a country's unemployment in a year", wordings: []string{
			"Pakistani unemployment was 5.5% in 2024.",
			"Pakistan's unemployment rate was 5.5 per cent in 2024.",
		}, want: []string{"unemployment_rate PAK 5.5 actual 2024"}},
		{name: "near miss: two countries' figures side by side", wordings: []string{
			"Britain's population was 69.3 million in 2024, against Poland's 36.6 million.",
		}, want: []string{"population GBR 6.93e7 actual 2024", "population POL 3.66e7 actual 2024"}},
	})
}

// A2: a country's name that is a person's first name or surname (after a title, or between a
// first name and a verb of saying), a US state's in copy about the state, or a food's before its
// prices is no country.
func TestA2NamesOfPeopleStatesAndFoods(t *testing.T) {
	noClaimOf(t, []string{
		"Rep. Jim Jordan, an Ohio Republican, said inflation was 2.9% in 2024.",
		"Inflation was 2.9 per cent in 2024, said Jim Jordan.",
		"Inflation was 2.9% in 2024, economist Vernon Jordan told reporters.",
		"Rep. Jordan Smith said inflation was 2.9% in 2024.",
		"On Tuesday, Rep. Jim Jordan said inflation was 2.9% in 2024.",
		"Michael B. Jordan said inflation was 2.9% in 2024.",
	}, "JOR")
	noClaimOf(t, []string{
		"Unemployment was 4% in 2024, said Paul Chad.",
		"Sen. Chad Smith said unemployment was 4% in 2024.",
		"Economist Chad Stone said unemployment averaged 4% in 2024.",
		"Mr Chad said unemployment was 4 pct in 2024.",
	}, "TCD")
	noClaimOf(t, []string{
		"ATLANTA - Georgia's unemployment rate was 3.5% in 2024, state officials said.",
		"Gov. Brian Kemp said Georgia's economy grew 3.1% in 2024.",
		"Georgia's jobless rate held at 3.5% in 2024, below the national rate of 4%.",
		"Georgia's unemployment rate was 3.5% in 2024, lower than Alabama's.",
		"Unemployment in Georgia, Alabama and Florida was below 4% in 2024.",
	}, "GEO")
	noClaimOf(t, []string{
		"Turkey prices fell 5.6% in 2024, according to the American Farm Bureau Federation.",
		"Turkey prices in the US fell 5.6 per cent in 2024.",
		"Turkey prices rose 5% in 2024, the USDA said.",
	}, "TUR")
	runFamilies(t, attackDate, []family{
		// At the start of a sentence, or in a headline's capitals, a capital says nothing of a
		// first name ("Jim Jordan said" stays Jordan's, a miss left): the review of this stop
		// found "Mainland China said" read as a surname, its figure given to the country of the
		// sentence before.
		{name: "near miss: Jordan the country", wordings: []string{
			"Jordan's economy grew 2.5% in 2024.",
			"Neighbouring Jordan said its economy grew 2.5% in 2024.",
			"Meanwhile Jordan said its economy grew 2.5 per cent in 2024.",
		}, want: []string{"gdp_growth JOR 2.5 actual 2024"}},
		{name: "near miss: a country after a capitalised word", wordings: []string{
			"Germany's economy shrank 0.5% in 2024. Mainland China said its economy grew 5% in 2024.",
			"Germany's economy shrank 0.5% in 2024. Communist China said its economy grew 5% in 2024.",
		}, want: []string{"gdp_growth DEU -0.5 actual 2024", "gdp_growth CHN 5 actual 2024"}},
		{name: "near miss: a headline in capitals", wordings: []string{
			"Oil Exporter Nigeria Says Inflation Averaged 33.2% in 2024",
		}, want: []string{"inflation NGA 33.2 actual 2024"}},
		{name: "near miss: Georgia the country, a nation", wordings: []string{
			"US inflation was 2.9% in 2024. Georgia, a nation of 3.7 million people, had inflation of 1.1% in 2024.",
		}, want: []string{"inflation USA 2.9 actual 2024", "inflation GEO 1.1 actual 2024"}},
		{name: "near miss: Georgia the country", wordings: []string{
			"TBILISI - Georgia's inflation eased to 1.1% in 2024, the National Bank of Georgia said.",
			"Georgia's inflation was 1.1% in 2024, the lowest in the Caucasus.",
			"Georgia's inflation was 1.1 per cent in 2024, the central bank governor said.",
		}, want: []string{"inflation GEO 1.1 actual 2024"}},
		{name: "near miss: Turkey the country", wordings: []string{
			"Turkey's inflation hit 58.5% in 2024.",
			"Turkey inflation averaged 58.5% in 2024.",
			"In Turkey prices rose 58.5% in 2024.",
		}, want: []string{"inflation TUR 58.5 actual 2024"}},
		{name: "near miss: Chad the country", wordings: []string{
			"Chad's unemployment rate was 1.1% in 2024.",
		}, want: []string{"unemployment_rate TCD 1.1 actual 2024"}},
	})
}
