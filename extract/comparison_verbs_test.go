package extract

import (
	"testing"
	"time"
)

// The object of a verb that compares ("beat", "outpaced", "trailed") is the other term: a
// country named there is not the subject figure's (blind round 27: a Warsaw paper's "In
// Poland, ... Growth of 3.0% in 2024 beat Hungary's 0.7%" judged the 3.0% as Hungary's). The
// wordings are after Warsaw, Budapest and wire copy; the controls keep a country named as the
// subject figure's own place, and a verb of no comparison.
var comparisonVerbFamilies = []family{
	{name: "the object's country is the other term's", wordings: []string{
		"Poland's deficit of 4.5% of GDP in 2023 widened further. Growth of 3.0% in 2024 beat Hungary's 0.7%.",
		"Poland's deficit of 4.5% of GDP in 2023 widened further. Growth of 3.0% in 2024 outpaced Hungary's 0.7%.",
		"Poland's deficit of 4.5% of GDP in 2023 widened further. Growth of 3.0% in 2024 far outstripped the 0.7% recorded in Hungary.",
	}, want: []string{"fiscal_balance POL -4.5 * 2023", "gdp_growth POL 3 * 2024", "gdp_growth HUN 0.7 * 2024"}},
	// The text's country named in a later clause only as that clause's term does not keep
	// the subject figure from it (uncompared: comparedBeside)
	{name: "a clause after the comparison names the other country again", wordings: []string{
		"Poland's deficit of 4.5% of GDP in 2023 widened further. Growth of 3.0% in 2024 beat Hungary's 0.7%, and Hungary's inflation of 17.1% in 2023 compared with Poland's 13.5%.",
		"Why we like Poland and Hungary less\n\nIn Poland, the fiscal deficit of 4.5% of GDP in 2023 widened further. Growth of 3.0% in 2024 beat Hungary's 0.7%, and Hungary's inflation of 17.1% in 2023 compared with Poland's 13.5%.",
	}, want: []string{"fiscal_balance POL -4.5 * 2023", "gdp_growth POL 3 * 2024", "gdp_growth HUN 0.7 * 2024", "inflation HUN 17.1 * 2023", "inflation POL 13.5 * 2023"}},
	// (the figure in the object, whose "in Hungary" after it is not linked, makes no claim)
	{name: "a place after the object's figure", wordings: []string{
		"Poland's deficit of 4.5% of GDP in 2023 widened further. Growth of 3.0% in 2024 beat the 0.7% in Hungary.",
	}, want: []string{"fiscal_balance POL -4.5 * 2023", "gdp_growth POL 3 * 2024"}},
	{name: "the trailing figure", wordings: []string{
		"Hungary's economy is stalling. Growth of 0.7% in 2024 trailed Poland's 3.0%.",
	}, want: []string{"gdp_growth HUN 0.7 * 2024", "gdp_growth POL 3 * 2024"}},
	// controls
	{name: "control: the subject's own place after the figure", wordings: []string{
		"Growth of 3.0% in Poland in 2024 beat Hungary's 0.7%.",
	}, want: []string{"gdp_growth POL 3 * 2024", "gdp_growth HUN 0.7 * 2024"}},
	{name: "control: a verb of no comparison", wordings: []string{
		"Growth slowed to 0.7% in 2024 in Hungary.",
	}, want: []string{"gdp_growth HUN 0.7 * 2024"}},
}

func TestComparisonVerbs(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), comparisonVerbFamilies)
}
