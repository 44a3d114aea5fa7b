package extract

import (
	"fmt"
	"testing"
	"time"
)

// s25PeriodFamilies are the periods attack 7 found misread (notes/s25-attack7.md): F3, a figure
// over a decade named by its digits took a year another clause or a phrase of cause named; F5,
// a cumulative span of months ("In the January-September period of 2024") took its year.
var s25PeriodFamilies = []family{
	{name: "F3 a decade governs its figure, not a year of another clause", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's lost decade began after 1991; growth averaged 1% in the 1990s.",
		"In the 1990s, after the crash of 1990, Japan's growth averaged 1%.",
		"Japan's growth averaged just 1% in the nineteen-nineties, after the boom of 1988.",
		"After the bubble burst in 1991, Japan's economy grew about 1% a year in the early 1990s.",
		"Japan's growth averaged 1 per cent in the 1990's, the slowest of the G7, after 1991's crash.",
		"From 1991 on, Japan's economy grew about 1% a year through the 1990s.",
		"Japan's economy grew 1% a year during the '90s, after its 1991 peak.",
		"Japan's economy grew 1% a year during the ’90s, after its 1991 peak.",
		"In the 1990s Japanese growth averaged 1 pct, economists said in 1999.",
	}, want: []string{"gdp_growth JPN 1 actual -"}},
	{name: "F3 two decades, and a decade after a later year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Since reform began in 1978, China's economy grew 10% a year on average in the 1980s and 1990s.",
	}, want: []string{"gdp_growth CHN 10 actual -"}},
	{name: "F3 a decade in which", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Mexico's 1982 debt crisis began a decade in which growth averaged 2%.",
		"The debt crisis of 1982 opened a decade when Mexico's economy grew just 2% a year.",
		"Mexico defaulted in 1982, starting a decade during which its growth averaged 2%.",
	}, want: []string{"gdp_growth MEX 2 actual -"}},
	{name: "F3 near misses: a year of the figure's own keeps it", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 3.4% in 1991.",
		"In 1991, Japan's economy grew 3.4%.",
		"Japan's economy grew 3.4% in 1991, the start of a lost decade.",
		"In the 1990s, Japan's growth peaked at 3.4% in 1991.",
		"Japan's economy grew 3.4% in 1991, two decades after the 1971 shock.",
		"A decade earlier, in 1991, Japan's economy grew 3.4%.",
		"The 1980s boom ended in a decade in which Japan's growth peaked at 3.4% in 1991.",
	}, want: []string{"gdp_growth JPN 3.4 actual 1991"}},
	{name: "F3 a decade after a year: each figure its own", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Japan's economy grew 3.4% in 1991, and growth then averaged 1% in the 1990s.",
		"Japan's economy grew 3.4% in 1991; in the 1990s as a whole, growth averaged 1%.",
	}, want: []string{"gdp_growth JPN 3.4 actual 1991", "gdp_growth JPN 1 actual -"}},
	{name: "F3 a year after a decade: each figure its own", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Turkey's inflation averaged 70% in the 1990s; by 2004 it had fallen to 8.6%.",
		"In the 1990s Turkish inflation averaged 70 per cent, but in 2004 it was 8.6 per cent.",
	}, want: []string{"inflation TUR 70 actual -", "inflation TUR 8.6 actual 2004"}},
	{name: "F3 near misses: a year's possessive before a figure is the year", published: time.Date(2019, 4, 20, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Unemployment in Britain remains at 3.9%, far below 2010's 8.1%.",
	}, want: []string{"unemployment_rate GBR 3.9 actual 2019"}},
	{name: "F5 a span of months is cumulative: no year, month or quarter", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In the January-September period of 2024, Kazakhstan's GDP grew 4.1%.",
		"In the January–September period of 2024, Kazakhstan's economy expanded by 4.1 percent, the Bureau of National Statistics reported.",
		"Kazakhstan's GDP grew 4.1% in January-September 2024.",
		"In January-September 2024, Kazakhstan's GDP grew by 4.1 percent.",
		"In the January-September period, Kazakhstan's GDP grew 4.1% in 2024.",
		"Kazakhstan's GDP grew 4.1% in the January-September period of 2024, Trend reported.",
		"Between January and September 2024, Kazakhstan's GDP grew 4.1%.",
		"From January through September, Kazakhstan's economy grew 4.1% in 2024.",
		"Kazakhstan's economy grew 4.1% in January to September.",
	}, want: []string{"gdp_growth KAZ 4.1 actual -"}},
	{name: "F5 since the start of the year through a month", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Since the start of 2024, consumer prices in Russia have risen 8.9% through November.",
		"Since the beginning of the year, Russia's consumer prices have risen 8.9% to November, Rosstat said.",
		"Russian consumer prices have risen 8.9% since the start of the year through November.",
	}, want: []string{"inflation RUS 8.9 actual -"}},
	{name: "F5 near misses: a quarter or a half of months, a year-on-year month", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In the July-September period of 2024, Russia's GDP grew 3.1%.",
		"Russia's GDP grew 3.1% in the July-September quarter of 2024.",
		"Russia's GDP grew 3.1% from July to September 2024.",
		"Russia's GDP grew 3.1% in Jul-Sep 2024.",
	}, want: []string{"gdp_growth RUS 3.1 actual 2024-Q3"}},
	{name: "F5 near misses: a half", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"In the January-June period of 2024, Russia's GDP grew 4.6%.",
		"Russia's GDP grew 4.6% in January-June 2024.",
	}, want: []string{"gdp_growth RUS 4.6 actual 2024-H1"}},
	{name: "F5 near misses: a month stays a month", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Russia's inflation was 9.5% in the 12 months to November 2024.",
		"Russia's inflation was 9.5% in November 2024.",
	}, want: []string{"inflation RUS 9.5 actual 2024-11"}},
}

func TestS25PeriodFamilies(t *testing.T) {
	ex := testExtractor(t)
	for _, f := range s25PeriodFamilies {
		for i, text := range f.wordings {
			t.Run(fmt.Sprintf("%s/%d", f.name, i), func(t *testing.T) {
				checkFamily(t, text, ex.Claims(Article{Text: text, Published: f.published}, Options{}), f.want)
			})
		}
	}
}
