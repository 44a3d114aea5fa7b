package extract

import (
	"testing"
	"time"
)

// "It" in a clause after a comparison of two countries' measures is the subject's country, not
// the compared one named nearer as a bare possessive or "that of" (pronounSubjectAntecedent;
// blind round 23: "India's population overtook China's in 2023, when it reached 1.44 billion"
// was China's and flagged). The wordings are after Indian, British and wire reports; the
// controls keep a country named in a phrase of its own, which "it" may mean, and a pronoun
// whose subject is the nearest country.
var pronounSubjectFamilies = []family{
	{name: "after a bare possessive compared", wordings: []string{
		"India's economy overtook Britain's in 2022, when it grew 7.0%.",
		"India's economy overtook that of Britain in 2022, when it grew 7.0%.",
		"India's economy outgrew Britain's in 2022, as it expanded 7.0%.",
	}, want: []string{"gdp_growth IND 7 * 2022"}},
	{name: "with the compared figure after it", wordings: []string{
		"India's population overtook China's in 2023, when it reached 1.44 billion against China's 1.41 billion.",
	}, want: []string{"population IND 1440000000 * 2023", "population CHN 1410000000 * *"}},
	// controls
	{name: "control: a country in a phrase of its own", wordings: []string{
		"Germany's exports to China fell 5% in 2023, when it grew 5.2%.",
	}, want: []string{"!gdp_growth"}},
	{name: "control: the subject nearest", wordings: []string{
		"Britain's economy lagged, while India grew fast in 2022, when it expanded 7.0%.",
	}, want: []string{"gdp_growth IND 7 * 2022"}},
}

func TestPronounSubject(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), pronounSubjectFamilies)
}
