package extract

import (
	"testing"
	"time"
)

var s24Date = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)

// A state, a province, a region or a city the lexicon does not know, as the possessor of a
// figure ("and Guangdong's 3.5%") or of its clause's subject ("California's rate was 5.3%"),
// or after "in" in that subject ("the rate in Nevada was 5.7%"), is a place of its own: the
// figure borrows the measure of the country's figure before it, and took its country too, so
// that a state's rate was judged against the nation's (session 24's sixth attack, F3). In
// wire, broadsheet, Hansard, Congress, op-ed and non-native styles; a capital's figure of a
// measure a city has is the city's.
var ownPlaceFamilies = []family{
	{name: "a region's figure after the country's is no claim", published: s24Date, wordings: []string{
		"US unemployment averaged 4.0% in 2024; California's rate was 5.3%.",
		"Canada's unemployment rate averaged 6.4 pct in 2024; Ontario's rate was 7.0 pct.",
		"UK unemployment averaged 4.3 per cent in 2024; Scotland's rate was 4.2 per cent.",
		"Mr. Speaker, US unemployment averaged 4.0% in 2024; the rate in Nevada was 5.7%.",
		"US unemployment averaged 4.0% in 2024. Nevada's rate was 5.7%, the highest of any state.",
		"The US unemployment rate averaged 4.0% in 2024; Texas's rate was 4.1%.",
		"Germany's unemployment rate was 3.4% in 2024; Bavaria's rate was 2.5%.",
	}, want: []string{"unemployment_rate * * actual 2024"}},
	{name: "an elliptical region's figure after the country's is no claim", published: s24Date, wordings: []string{
		"China's economy grew 5.0% in 2024, and Guangdong's 3.5%.",
		"Italy's unemployment rate was 6.5 per cent in 2024, and Sicily's 13.5 per cent.",
		"India's economy grew 6.5% in 2024, and Gujarat's 8%.",
		"India's economy grew 6.5% in 2024; Gujarat's grew 8%.",
		"Germany's economy shrank 0.5% in 2024, and Bavaria's 0.4%.",
		"Canada's economy grew 1.5% in 2024, and Alberta's 2.5%.",
		"Spain's economy grew 3.2% in 2024, and Catalonia's 3.5%.",
		"Brazil's inflation was 4.4% in 2024, and Sao Paulo's 4.5%.",
		"Australia's unemployment rate averaged 4.1% in 2024, and Tasmania's 4.3%.",
	}, want: []string{"* * * actual 2024"}},
	{name: "a capital's figure of a city's measure is the city's", published: s24Date, wordings: []string{
		"Russia's unemployment rate was 2.5% in 2024, and Moscow's 0.8%.",
		"Mexico's unemployment rate was 2.7% in 2024, and Mexico City's 4.1%.",
		"Japan's inflation was 2.7% in 2024, and Tokyo's 2.2%.",
		"Spain's economy grew 3.2% in 2024, and Madrid's 3.6%.",
	}, want: []string{"* * * actual 2024"}},
	{name: "a known country, an alias or a city-state keeps its reading", published: s24Date, wordings: []string{
		"Spain's economy grew 3.2% in 2024, and France's 1.1%.",
		"Canada's unemployment rate averaged 6.4% in 2024; the rate in the United States was 4.0%.",
		"US unemployment averaged 4.0% in 2024; Britain's rate was 4.3%.",
		"US unemployment averaged 4.0% in 2024; the UK's rate was 4.3%.",
		"Malaysia's inflation was 1.8% in 2024, and Singapore's 2.4%.",
	}, want: []string{"* * * actual 2024", "* * * actual 2024"}},
	{name: "a capital's target stays the government's", published: s24Date, wordings: []string{
		"China's economy grew 5% in 2024, meeting Beijing's 5% target.",
	}, want: []string{"gdp_growth CHN 5 actual 2024", "gdp_growth CHN 5 forecast 2024"}},
}

func TestOwnPlaceOfNoCountryIsNotTheCountry(t *testing.T) {
	runFamilies(t, s24Date, ownPlaceFamilies)
}

// The known countries of the family above keep theirs: the second figure is the second
// country's, an alias's, a city-state's.
func TestOwnPlaceNearMissesKeepTheirCountries(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct{ text, first, second string }{
		{"Spain's economy grew 3.2% in 2024, and France's 1.1%.", "ESP", "FRA"},
		{"Canada's unemployment rate averaged 6.4% in 2024; the rate in the United States was 4.0%.", "CAN", "USA"},
		{"US unemployment averaged 4.0% in 2024; Britain's rate was 4.3%.", "USA", "GBR"},
		{"US unemployment averaged 4.0% in 2024; the UK's rate was 4.3%.", "USA", "GBR"},
		{"Malaysia's inflation was 1.8% in 2024, and Singapore's 2.4%.", "MYS", "SGP"},
	}
	for _, tc := range cases {
		claims := ex.Claims(Article{Text: tc.text, Published: s24Date}, Options{})
		if len(claims) != 2 || claims[0].Entity != tc.first || claims[1].Entity != tc.second {
			t.Errorf("%q: got\n%s, want %s then %s", tc.text, describe(claims), tc.first, tc.second)
		}
	}
}
