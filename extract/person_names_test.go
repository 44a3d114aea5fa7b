package extract

import "testing"

// A person's name that a country's name is part of, as a surname after a given name that
// opens the sentence ("Jim Jordan said") or as the given name itself before a surname ("Jordan
// Smith said", "Chad Stone told reporters"), was read as the country: the figure the person
// spoke of was Jordan's or Chad's. A given name is a word of givennames.txt no lemma is;
// before it a capital at the start of a sentence still says nothing ("Mainland China said").
var personNameFamilies = []family{
	{name: "a country's name after a given name that opens the sentence is a surname", published: march2025, wordings: []string{
		"Jim Jordan said inflation was 3.0% in January.",
		"Vernon Jordan told reporters inflation was 3.0% in January.",
		`"Inflation was 3.0% in January," Jim Jordan said.`,
		"Inflation was 3.0% in January, Michael Jordan wrote on X.",
		"Kevin Chad, an analyst, said inflation was 3.0% in January.",
		"Sarah Israel says inflation was 3.0% in January.",
	}},
	{name: "a country's name that is a given name before a surname opens a person's name", published: march2025, wordings: []string{
		"Jordan Smith said inflation was 3.0% in January.",
		"Chad Stone told reporters inflation was 3.0% in January.",
		"Inflation was 3.0% in January, Jordan Smith told CNBC.",
		"Chad Brown, an economist at Morgan Stanley, said inflation was 3.0% in January.",
		"Israel Kirzner said inflation was 3.0% in January.",
		"Economist Jordan Smith said inflation was 3.0% in January.",
		"Jordan Young, chief economist at Acme, says inflation was 3.0% in January.",
	}},
	{name: "a country's name before or after a word of no person stays the country", published: march2025, wordings: []string{
		"Jordan's inflation was 3.0% in January.",
		"In Jordan, inflation was 3.0% in January.",
		"Jordan said inflation was 3.0% in January.",
		"Neighbouring Jordan said inflation was 3.0% in January.",
		"Jordan Central Bank said inflation was 3.0% in January.",
		"Jordan Times said inflation was 3.0% in January.",
		"Jordan Tuesday said inflation was 3.0% in January.",
	}, want: []string{"inflation JOR 3 actual 2025-01"}},
	{name: "a country's name that is a given name stays the country in the frames of a place", published: march2025, wordings: []string{
		"Chad's inflation was 3.0% in January.",
		"Landlocked Chad said inflation was 3.0% in January.",
		"Inflation in Chad was 3.0% in January.",
	}, want: []string{"inflation TCD 3 actual 2025-01"}},
	{name: "an adjective before a country at the start of a sentence is no given name", published: march2025, wordings: []string{
		"Mainland China said inflation was 3.0% in January.",
		"Communist China said inflation was 3.0% in January.",
	}, want: []string{"inflation CHN 3 actual 2025-01"}},
}

func TestPersonNamesThatAreCountriesNameNoCountry(t *testing.T) {
	runFamilies(t, march2025, personNameFamilies)
}

func TestIsGivenName(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Jim", true}, {"Vernon", true}, {"Sarah", true},
		{"Bill", false}, {"Mark", false}, {"Will", false}, // words of the lemma list
		{"Mainland", false}, {"Neighbouring", false}, {"jim", false},
	} {
		if got := isGivenName(tc.word); got != tc.want {
			t.Errorf("isGivenName(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestCountryBeforeABodysWordIsNoGivenName: a country's name that is a given name as well,
// before a word of a body's name ("Treasury", "Finance", "Police"), names the country's body,
// not a person: "Israel Treasury said inflation was 3.2%" lost its claim, read as a person
// named Israel. A surname after it still makes a person's name.
func TestCountryBeforeABodysWordIsNoGivenName(t *testing.T) {
	runFamilies(t, march2025, []family{
		{name: "a country before a body's word names the body", published: march2025, wordings: []string{
			"Israel Treasury said inflation was 3.2% in 2024.",
			"Inflation was 3.2% in 2024, Israel Treasury said.",
			"Israel Police said inflation was 3.2% in 2024.",
			"Israel Customs said inflation was 3.2% in 2024.",
		}, want: []string{"inflation ISR 3.2 actual 2024"}},
		{name: "a country before a ministry's portfolio names the ministry", published: march2025, wordings: []string{
			"Chad Finance said the economy grew 3.7% in 2024.",
			"Chad Finance told lawmakers the economy grew 3.7% in 2024.",
		}, want: []string{"gdp_growth TCD 3.7 actual 2024"}},
		{name: "a country before a portfolio or a body's word", published: march2025, wordings: []string{
			"Jordan Energy said inflation was 1.6% in 2024.",
			"Jordan Finance Ministry said inflation was 1.6% in 2024.",
		}, want: []string{"inflation JOR 1.6 actual 2024"}},
		{name: "a country's name before a surname is still a person's given name", published: march2025, wordings: []string{
			"Israel Kirzner said inflation was 3.2% in 2024.",
			"Chad Stone told reporters inflation was 3.7% in 2024.",
			"Jordan Power said inflation was 1.6% in 2024.",
			"Israel Court said inflation was 3.2% in 2024.",
		}},
	})
}
