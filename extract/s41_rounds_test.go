package extract

import (
	"testing"
	"time"
)

// TestTimeAfterAYear (blind round 107): a year that is the object of "after" or "following"
// opens a time after it, which a figure of that time is not of: "Kenya's growth was steadier: 5
// to 6 per cent in most years after 2003" was judged as 2003's and flagged against its 2.9%. A
// span the text counts from the year is its years; a point ("a decade after 1990") or a span
// whose end is not said has no period here.
func TestTimeAfterAYear(t *testing.T) {
	published := time.Date(2015, 3, 3, 0, 0, 0, 0, time.UTC)
	runFamilies(t, published, []family{
		{name: "a span after a year, whose end is not said", wordings: []string{
			"Kenya's growth was steadier: 5 to 6 per cent in most years after 2003.",
			"Ghana's inflation stayed at about 10 percent in the years after 2010.",
			"Every year after 1995 Poland's growth topped 4 percent.",
			"After 2003, Kenya's growth ran at 5 per cent a year.",
			"In the years following 2010, Ghana's inflation stayed near 10 percent.",
		}, want: []string{"* * * actual -"}},
		{name: "a point after a year", wordings: []string{
			"A decade after 1990, unemployment in Chile was 7 percent.",
		}, want: []string{"unemployment_rate CHL 7 actual -"}},
		{name: "a span counted from a year", wordings: []string{
			"In the decade after 1990, unemployment in Chile averaged about 7 percent.",
			"Unemployment in Chile averaged about 7 percent in the decade following 1990.",
		}, want: []string{"unemployment_rate CHL 7 actual 1991/2000"}},
		// near-misses: a year of the figure's own; a thing the year names
		{name: "the year's own figure", wordings: []string{
			"Kenya's growth was 2.9 per cent in 2003, after 0.5 per cent in 2002.",
		}, want: []string{"gdp_growth KEN 2.9 actual 2003", "gdp_growth KEN 0.5 previous 2002"}},
		{name: "a thing named by the year", wordings: []string{
			"Kenya's growth rose to 5 per cent in 2004, after 2003's election.",
		}, want: []string{"gdp_growth KEN 5 actual 2004"}},
	})
}
