package extract

import (
	"testing"
	"time"
)

// A claim with no country of its own took the country that another clause of a contrast
// names, even one after it ("Unemployment averaged 4.3% in 2024, while Spain's rate was
// 11.4%"), and the speaker's "here", "in this country", "at home" and "our" took the country
// compared: the speaker's own rate was judged against Spain's (session 24's sixth attack, F1:
// Hansard, the Congressional Record, op-eds and wire copy). A country named only in another
// clause of a contrast or a comparison is that clause's; a word of home is the dateline's
// country, or the one the text is about when it is not the one compared, or none.
var contrastedClauseFamilies = []family{
	{name: "a country named only in a later clause of a contrast is that clause's", published: s24Date, wordings: []string{
		"Unemployment averaged 4.3% in 2024, while Spain's rate was 11.4%.",
		"LONDON - Unemployment averaged 4.3% in 2024, while Spain's rate was 11.4%.",
		"Unemployment averaged 4.3% in 2024, whereas Spain's rate was 11.4%.",
		"The jobless rate averaged 4.3 per cent in 2024, while in Spain it was 11.4 per cent.",
		"Unemployment averaged 4.3% in 2024, while it was 11.4% in Spain.",
	}, want: []string{"unemployment_rate ESP 11.4 actual 2024"}},
	{name: "a country that opens a coordinated clause with its own figure is that clause's", published: s24Date, wordings: []string{
		"Mr. SCHUMER: Madam President, in 2024 unemployment was 4.0%, and Mexico's economy grew just 1.2%.",
		"Senator, in 2024 unemployment was 4.0% and Mexico's economy grew 1.2%.",
		"In 2024 the jobless rate was 4.0 percent, and Mexico's economy grew 1.2 percent.",
	}, want: []string{"gdp_growth MEX 1.2 actual 2024"}},
	{name: "a country's elliptical clause after a bare figure is its own", published: s24Date, wordings: []string{
		"Inflation averaged 2.9% in 2024, and Japan's was 2.7%.",
		"Mr Speaker, in 2024 inflation was 2.9%, and Japan's was 2.7%.",
		"Inflation was 2.9% in 2024, Japan's was 2.7%.",
	}, want: []string{"inflation JPN 2.7 actual 2024"}},
	{name: "a growth contrast after a bare figure", published: s24Date, wordings: []string{
		"The economy grew 2.8% in 2024, while Germany's shrank 0.5%.",
		"Mr. JORDAN: Mr. Speaker, the economy grew 2.8 percent in 2024, but Germany's shrank 0.5 percent.",
	}, want: []string{"gdp_growth DEU -0.5 actual 2024"}},
	{name: "a growth contrast after a bare figure, under a dateline", published: s24Date, wordings: []string{
		// the dateline's capital, as the sentences after it are (ownDatelineCountry)
		"WASHINGTON - The economy grew 2.8% in 2024, while Germany's shrank 0.5%.",
	}, want: []string{"gdp_growth USA 2.8 actual 2024", "gdp_growth DEU -0.5 actual 2024"}},
	{name: "a country in a reported contrast is that clause's", published: s24Date, wordings: []string{
		"The President said the economy grew 2.8% in 2024, while China's grew 5%.",
		"Sir, the economy of our country grew 6.5% in 2024, whereas China's grew 5%.",
	}, want: []string{"gdp_growth CHN 5 actual 2024"}},
	{name: "the term of a comparison is not the figure's place", published: s24Date, wordings: []string{
		"Unemployment averaged 4.3% in 2024, far below the 11.4% in Spain.",
		"Inflation was 2.9% in 2024, higher than in Japan.",
	}},
	{name: "the figure set against is the other country's", published: s24Date, wordings: []string{
		"Unemployment stood at 4.3% in 2024, compared with 7.4% in France.",
		"Unemployment stood at 4.3% in 2024 versus 7.4% in France.",
		"Mr Speaker, unemployment here averaged 4.3% in 2024, against 7.4% in France.",
	}, want: []string{"unemployment_rate FRA 7.4 previous 2024"}},
	{name: "a word of home is not the country compared", published: s24Date, wordings: []string{
		"Spain's unemployment rate was 11.4% in 2024; in this country it was 4.3%.",
		"Here, unemployment averaged 4.3% in 2024; in Spain it was 11.4%.",
		"Mr Speaker, Spain's unemployment rate was 11.4% in 2024. At home, it averaged 4.3%.",
		"Spain's jobless rate was 11.4 per cent in 2024; here it was 4.3 per cent.",
	}, want: []string{"unemployment_rate ESP 11.4 actual 2024"}},
	{name: "a word of home beside inflation", published: s24Date, wordings: []string{
		"Mr Speaker, Argentina's inflation averaged 219.9% in 2024; in this country it was 2.5%.",
		"Madam Speaker, inflation in this country averaged 2.5% in 2024, against 219.9% in Argentina.",
	}, want: []string{"inflation ARG 219.9 * 2024"}},
	{name: "our economy is not the country contrasted", published: s24Date, wordings: []string{
		"Italy grew 0.7% in 2024, while our economy grew 1.1%.",
		"Mr Speaker, our economy grew 1.1% in 2024, and Italy's 0.7%.",
		"Italy's economy grew 0.7% in 2024, and our economy grew 1.1%.",
	}, want: []string{"gdp_growth ITA 0.7 actual 2024"}},
	{name: "a word of home under a dateline is the dateline's country", published: s24Date, wordings: []string{
		"WASHINGTON (Reuters) - Here, unemployment averaged 4.0% in 2024, while Canada's rate was 6.4%.",
		"WASHINGTON - Our unemployment rate averaged 4.0% in 2024, while Canada's was 6.4%.",
	}, want: []string{"unemployment_rate USA 4 actual 2024", "unemployment_rate CAN 6.4 actual 2024"}},
	{name: "a word of home is the country the text is about when none is compared", published: s24Date, wordings: []string{
		"Japan's economy grew 0.1% in 2024. Prices here rose 2.7%, the ministry said.",
		"Japan's economy grew 0.1% in 2024. Domestically, prices rose 2.7%.",
	}, want: []string{"gdp_growth JPN 0.1 actual 2024", "inflation JPN 2.7 actual 2024"}},
}

func TestContrastedClauseCountryIsNotTheClaims(t *testing.T) {
	runFamilies(t, s24Date, contrastedClauseFamilies)
}

// Near-misses keep their readings: a country in the claim's own phrase, one named before it
// as the sentence's topic or in the same clause, a list paired with places, a coordinated
// second figure's place, a reporting clause after a contrast, and "our" that a speaker
// named in the sentence owns.
var contrastNearMissFamilies = []family{
	{name: "the claim's own country beside a contrast", published: s24Date, wordings: []string{
		"Britain's unemployment averaged 4.3% in 2024, while Spain's was 11.4%.",
		"Unemployment in Britain averaged 4.3% in 2024, while in Spain it was 11.4%.",
		"The British jobless rate averaged 4.3% in 2024, whereas Spain's was 11.4%.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024", "unemployment_rate ESP 11.4 actual 2024"}},
	{name: "the claim's own country before a coordinated clause", published: s24Date, wordings: []string{
		"US unemployment was 4.0% in 2024, and Mexico's economy grew 1.4%.",
	}, want: []string{"unemployment_rate USA 4 actual 2024", "gdp_growth MEX 1.4 actual 2024"}},
	{name: "the sentence's topic before its figures", published: s24Date, wordings: []string{
		"Germany's economy grew 1.1% in 2017 and 1.0% in 2019.",
	}, want: []string{"gdp_growth DEU 1.1 actual 2017", "gdp_growth DEU 1 actual 2019"}},
	{name: "a fronted country", published: s24Date, wordings: []string{
		"In Germany, growth was 1.1% in 2017 and inflation 1.5%.",
		"Growth was 1.1% and inflation 1.5% in Germany in 2017.",
	}, want: []string{"gdp_growth DEU 1.1 actual 2017"}},
	{name: "an elliptical second country", published: s24Date, wordings: []string{
		"Spain's economy grew 3.2% in 2024, and France's 1.1%.",
	}, want: []string{"gdp_growth ESP 3.2 actual 2024", "gdp_growth FRA 1.1 actual 2024"}},
	{name: "a list paired with places", published: s24Date, wordings: []string{
		"In 2017 the economy grew 1%, 2% and 3% in France, Italy and Spain.",
	}, want: []string{"gdp_growth FRA 1 actual 2017", "gdp_growth ITA 2 actual 2017", "gdp_growth ESP 3 actual 2017"}},
	{name: "a clause of its own after the country's figure", published: s24Date, wordings: []string{
		"Spain's economy grew 3.2% in 2024, while unemployment fell to 11.4%.",
	}, want: []string{"gdp_growth ESP 3.2 actual 2024", "unemployment_rate ESP 11.4 actual 2024"}},
	{name: "a reporting clause or a mention with no figure after a contrast", published: s24Date, wordings: []string{
		"Inflation was 1.5% in 2017, while wages rose 2.5%, Germany's statistics office said.",
		"Unemployment averaged 3.8% in 2017, the lowest since reunification, while Germany's exports hit a record.",
	}, want: []string{"* DEU * actual 2017"}},
	{name: "our economy with its speaker's country", published: s24Date, wordings: []string{
		"\"Our economy grew 4.7% in 2024,\" Kenya's finance minister said.",
		"Kenya's finance minister said: \"Our economy grew 4.7% in 2024.\"",
	}, want: []string{"gdp_growth KEN 4.7 actual 2024"}},
	{name: "a word of home that names the country", published: s24Date, wordings: []string{
		"Here in Britain, unemployment averaged 4.3% in 2024, while Spain's was 11.4%.",
	}, want: []string{"unemployment_rate GBR 4.3 actual 2024", "unemployment_rate ESP 11.4 actual 2024"}},
}

func TestContrastNearMissesKeepTheirReading(t *testing.T) {
	runFamilies(t, s24Date, contrastNearMissFamilies)
}

// The speaker's country of "here" and "this country" is read from the dateline the text was
// filed under, the line's own or an earlier one; none when the text has none.
func TestDatelineCountry(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct{ text, at, want string }{
		{"OTTAWA - Inflation here was 1.9% in January.", "Inflation", "CAN"},
		{"WASHINGTON (Reuters) - Prices rose.\nHere, unemployment was 4.0%.", "Here", "USA"},
		{"Mr Speaker, here unemployment was 4.3%.", "here", ""},
		{"GDP, the broadest measure, grew 2%. Here it was 4.3%.", "Here", ""},
	}
	for _, tc := range cases {
		st := &articleState{lex: ex.lex, art: Article{Text: tc.text, Published: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)}}
		if got := st.datelineCountry(indexOf(tc.text, tc.at)); got != tc.want {
			t.Errorf("%q: dateline country %q, want %q", tc.text, got, tc.want)
		}
	}
}

func indexOf(text, word string) int {
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i:i+len(word)] == word {
			return i
		}
	}
	return -1
}

// TestDatelineCountryAskedInAnyOrder holds datelineCountry, which reads each line once for the
// positions asked in order, to a fresh read at every position, asked forwards, backwards and
// twice over.
func TestDatelineCountryAskedInAnyOrder(t *testing.T) {
	ex := testExtractor(t)
	text := "OTTAWA - Inflation here was 1.9% in January.\nHere it rose.\nWASHINGTON (Reuters) - Prices rose.\nHere, unemployment was 4.0%.\nAnd here it fell."
	var positions []int
	for i := range text {
		if i == 0 || text[i-1] == '\n' || text[i] == 'H' || text[i] == 'h' {
			positions = append(positions, i)
		}
	}
	fresh := func(pos int) string {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		return st.datelineCountry(pos)
	}
	st := &articleState{lex: ex.lex, art: Article{Text: text}}
	order := append(append(append([]int{}, positions...), reversed(positions)...), positions...)
	for _, pos := range order {
		if got, want := st.datelineCountry(pos), fresh(pos); got != want {
			t.Fatalf("at %d: %q, read afresh %q", pos, got, want)
		}
	}
	if fresh(len(text)-1) != "USA" || fresh(5) != "CAN" {
		t.Fatalf("the datelines are not read: %q at the end, %q at the start", fresh(len(text)-1), fresh(5))
	}
}

func reversed(s []int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}
