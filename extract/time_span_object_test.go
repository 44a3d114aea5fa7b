package extract

import (
	"testing"
	"time"
)

// A year that modifies the object of "during", "amid" or "throughout" frames the figures of
// its clause, so no period of the text around is theirs (timeSpanObject; blind round 24:
// "During the 1998 Asian financial crisis the economy contracted 4.9%" was read as 2025 and
// flagged); nor is the event's year, which is often the year it began ("during the 1997
// crisis, South Korea's economy shrank 5.1%" is 1998's): they get no period. The wordings are
// after explainers, think-tank posts and histories; the controls keep the date of a thing
// ("the January data"), a time before ("after the 2008 crisis") and the date of a speech. A
// clause "when" opens after such a phrase is as the phrase's figures ("Not since the 2008
// financial crisis, when output fell 5.7%, ..." was read as 2025 in blind round 25), and after
// a recession's, which is named by its own year, is that year's (whenClauseDate).
var timeSpanObjectFamilies = []family{
	{name: "an event of a year the clause falls within", wordings: []string{
		"During the 1998 crisis, South Korea's economy contracted 4.9%.",
		"Amid the 1998 financial turmoil, South Korea's economy contracted 4.9%.",
		"South Korea's economy contracted 4.9% during the 1998 Asian financial crisis.",
		"Throughout the 1998 crisis, South Korea's economy shrank, contracting 4.9% over the year.",
		"During the 1997 Asian financial crisis, South Korea's economy shrank 5.1%.",
	}, want: []string{"gdp_growth KOR * actual -"}},
	{name: "two figures of the clause", wordings: []string{
		"During the 1998 Asian financial crisis, South Korea's economy contracted 4.9% and unemployment jumped to 7.0%.",
	}, want: []string{"gdp_growth KOR -4.9 actual -", "unemployment_rate KOR 7 actual -"}},
	{name: "after a sentence of another year", wordings: []string{
		"South Korea's economy grew 1.0% in 2025. During the 1998 Asian financial crisis the economy contracted 4.9% and unemployment jumped to 7.0%.",
		"South Korea's economy grew 1.0% in 2025. Amid the 1998 crisis, the economy contracted 4.9% and unemployment jumped to 7.0%.",
	}, want: []string{"gdp_growth KOR 1 actual 2025", "gdp_growth KOR -4.9 actual -", "unemployment_rate KOR 7 actual -"}},
	{name: "a clause 'when' opens after an event's phrase", wordings: []string{
		"Germany's economy grew 0.2% in 2025. Not since the 2008 financial crisis, when output fell 5.7%, has the country faced such a slump.",
		"Germany's economy grew 0.2% in 2025, the weakest since the 2008 crisis, when output fell 5.7%.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU -5.7 actual -"}},
	{name: "a clause 'when' opens after a recession's phrase", wordings: []string{
		"Germany's economy grew 0.2% in 2025. Not since the 2009 recession, when output fell 5.5%, has the country faced such a prolonged slump.",
		"Germany's economy grew 0.2% in 2025. It was the weakest since the 2009 recession, when output fell 5.5%.",
	}, want: []string{"gdp_growth DEU 0.2 actual 2025", "gdp_growth DEU -5.5 actual 2009"}},
	// controls
	{name: "control: a time before", wordings: []string{
		"After the 2008 crisis, Germany's economy grew 4.2%.",
		"Since the 2008 crisis, Germany's economy grew 4.2%.",
	}, want: []string{"gdp_growth DEU 4.2 actual -"}},
	{name: "control: the date of a thing", wordings: []string{
		"In the January data, US inflation was 3.1%.",
	}, want: []string{"inflation USA 3.1 actual -"}},
	{name: "control: the date of a speech", wordings: []string{
		"During his 2019 visit, the minister said Germany's economy grew 1.1%.",
	}, want: []string{"gdp_growth DEU 1.1 actual -"}},
	{name: "control: a recession is named by its own year", wordings: []string{
		"During the 2009 recession, Germany's economy shrank 5.7%.",
		"In the 2009 recession, Germany's economy shrank 5.7%.",
	}, want: []string{"gdp_growth DEU -5.7 actual 2009"}},
}

func TestTimeSpanObject(t *testing.T) {
	runFamilies(t, time.Date(2026, 10, 10, 0, 0, 0, 0, time.UTC), timeSpanObjectFamilies)
}
