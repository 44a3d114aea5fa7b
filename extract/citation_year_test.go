package extract

import (
	"testing"
	"time"
)

// The year of a cited work ("(Smith and Jones, 2015)") is when it was published, not a period of the text's figures (citationYear; blind round 32: a literature
// review's "Portugal, by comparison, saw unemployment reach 16.2% that year" took 2015 from the
// citation before it). The wordings are after working papers in economics; the controls keep a
// year in brackets that dates a figure.
var citationYearFamilies = []family{
	{name: "a citation's year is no date of the figures", wordings: []string{
		"Spain's unemployment was 26.1% in 2013 (Smith and Jones, 2015). Portugal, by comparison, saw unemployment reach 16.2% that year.",
		"Spain's unemployment was 26.1% in 2013 (Smith, 2015; Lee et al., 2019). Portugal, by comparison, saw unemployment reach 16.2% that year.",
	}, want: []string{"unemployment_rate ESP 26.1 * 2013", "unemployment_rate PRT 16.2 * 2013"}},
	{name: "a study's year is not the figure's", wordings: []string{
		"Studies of China (Wang, 2018) report that growth was 6.9% in 2017.",
	}, want: []string{"gdp_growth CHN 6.9 * 2017"}},
	// controls
	{name: "control: a year in brackets that dates a figure", wordings: []string{
		"Spain's unemployment rate (2013) was 26.1%.",
		"Spain's unemployment rate was 26.1% (in 2013).",
	}, want: []string{"unemployment_rate ESP 26.1 * 2013"}},
}

func TestCitationYear(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), citationYearFamilies)
}
