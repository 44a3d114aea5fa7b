package extract

import (
	"testing"
	"time"
)

// Families of s26 (spans and labelled lines, /work/notes/s26-attack8.md F2 and F5).

var s26Pub = time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)

// s26ParagraphYearFamilies: a timeline whose items are set apart by blank lines. A day or a
// month at the end of one item took the next item's year label for its own ("on 29
// December.\n\n1990: ..." read as 29 December 1990), and the next item, left with no date,
// became a forecast of the year of publication.
var s26ParagraphYearFamilies = []family{
	{name: "a blank line ends a date", published: s26Pub, wordings: []string{
		"Japan, a chronology\n\n1989: The Nikkei peaks at 38,915 on 29 December.\n\n1990: Japan's economy still grows 4.9%.",
		"Key dates\n\n1989: The Nikkei hits its record on 29 December.\n\n1990: Japanese GDP expands 4.9%, the last strong year.",
		"Timeline\n\n- 1989: Stocks peak in December.\n\n- 1990: Japan's economy grows 4.9%.",
		"1989 — The Nikkei peaks in late December.\n\n1990 — Japan's GDP grows 4.9%.",
	}, want: []string{"gdp_growth JPN 4.9 actual 1990"}},
	// near miss: wrapped wire copy breaks a date with one line break, and keeps it
	{name: "a date wrapped over one line break is one date", published: s26Pub, wordings: []string{
		"Japan's economy grew 4.9% in the year to December\n1990, the government said on Friday.",
	}, want: []string{"gdp_growth JPN 4.9 actual 1990"}},
}

func TestS26ParagraphYears(t *testing.T) {
	runFamilies(t, familyDate, s26ParagraphYearFamilies)
}

// s26LabelledLineFamilies: a line of a chronology that opens with its period ("2002: ...")
// dates every figure of the line with no date of its own, in all its sentences, in the past
// though told in the present. The second sentence of a line took the period of the line
// before ("2002: The peg collapses. GDP contracts 10.9%" was 2001's) or became a forecast of
// the year of publication ("1998: Financial crisis. The economy shrinks 1.3%").
var s26LabelledLineFamilies = []family{
	{name: "a year label dates the later sentences of its line", published: s26Pub, wordings: []string{
		// a magazine timeline
		"Argentina's lost decades\n\n2001: Default; Argentina's economy shrinks 4.4%.\n\n2002: The peg collapses. Argentina's GDP contracts 10.9%, and the peso ends the year near 3.4 per dollar.",
		// a Wikipedia-like chronology in Markdown bullets
		"## Chronology\n\n- 2001: Argentina defaults on its debt; GDP falls 4.4%.\n- 2002: Convertibility ends. Argentine GDP contracts 10.9% as the peso sinks.",
		"* 2001 – Argentina's economy shrinks 4.4%.\n* 2002 – The currency board is scrapped. Argentina's output falls 10.9%.",
		// a fact box with no blank lines
		"Key dates\n2001: Argentina's GDP falls 4.4%\n2002: Devaluation. Argentina's GDP contracts 10.9%.",
	}, want: []string{"gdp_growth ARG -4.4 actual 2001", "gdp_growth ARG -10.9 actual 2002"}},
	{name: "historical present on a labelled line is no forecast", published: s26Pub, wordings: []string{
		"Japan's lost decades\n\n1997: Yamaichi fails.\n\n1998: Financial crisis. Japan's economy shrinks 1.3%; unemployment reaches 4.1%.",
		"Timeline\n- 1997: Yamaichi fails.\n- 1998: A banking crisis. The Japanese economy contracts 1.3%, and joblessness hits 4.1%.",
		"1997 — Yamaichi Securities collapses.\n\n1998 — Banks fail across Japan. Japanese GDP shrinks 1.3%. The jobless rate climbs to 4.1%.",
	}, want: []string{"gdp_growth JPN -1.3 actual 1998", "unemployment_rate JPN 4.1 actual 1998"}},
	{name: "a month without its year on a labelled line is of the label's year", published: time.Date(2023, 11, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Timeline\n\n2015: Macri is elected.\n\n2018: Macri signs a $57 billion IMF deal. Argentina's inflation reaches 47.6% in December.",
		"- 2017: Inflation worries grow.\n- 2018: An IMF rescue. Argentine inflation hits 47.6% in December.",
	}, want: []string{"inflation ARG 47.6 actual 2018-12"}},
	{name: "a month label dates its line", published: time.Date(2023, 11, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Timeline\n\nJanuary 2020: First cases abroad.\n\nMarch 2020: The pandemic hits. US unemployment rises to 4.4%.",
		"- February 2020: Markets wobble.\n- March 2020: Lockdowns begin. The US jobless rate climbs to 4.4%.",
	}, want: []string{"unemployment_rate USA 4.4 actual 2020-03"}},
	// near misses: a figure with a date of its own keeps it; a line that opens with no
	// period is no label
	{name: "a figure on a labelled line keeps its own date", published: s26Pub, wordings: []string{
		"Timeline\n\n2008: Lehman fails. Japan's economy shrinks 5.7% in 2009.",
		"- 2008: The Lehman shock. Japanese GDP falls 5.7% in 2009, the worst drop since the war.",
	}, want: []string{"gdp_growth JPN -5.7 actual 2009"}},
	{name: "a percentage, a count or a phrase before a colon is no label", published: time.Date(2023, 11, 19, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Fed watch\n\n5.25%: the top of the Fed's range since July 2023. US inflation is 3.7%.",
		"Fed watch\n\n1000: the number of Fed staff in the study. US inflation is 3.7%.",
		"Fed watch\n\nIn 2002: the Fed cut rates. US inflation is 3.7%.",
		// a line alone is a heading or a fact box's: its number is no date
		"By the numbers\n\n2000: The number of jobs the carmaker will cut. US inflation is 3.7%.",
		"By the numbers\n2000: Jobs to go at the plant. US inflation is 3.7%.\n3.7%: US inflation.",
	}, want: []string{"inflation USA 3.7 actual 2023"}},
}

func TestS26LabelledLines(t *testing.T) {
	runFamilies(t, familyDate, s26LabelledLineFamilies)
}

var s26KenyaPub = time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)

// s26SpanFamilies: two years joined by a dash ("2008-2014") name a span of years wherever
// they stand, and a figure they date is of the span: no period a table holds. Out of the
// figure's own phrase ("Over our sample period (2008-2014), GDP growth averaged 5.5 percent")
// the figure took the span's last year, and was judged against it; so did an average in the
// sentence after the span ("... over 1990-2019. In our sample, average inflation was 11.2
// percent") and a chronology's line headed by a span ("2003-2007: Growth averages almost 9%").
var s26SpanFamilies = []family{
	{name: "a fronted span of years dates the figures it governs", published: s26KenyaPub, wordings: []string{
		// an academic abstract
		"Over our sample period (2008-2014), Kenya's GDP growth averaged 5.5 percent.",
		"Over 2008-2014, Kenya's GDP growth averaged 5.5 percent.",
		// a magazine
		"During 2008-2014, Kenyan GDP growth averaged 5.5%.",
		// wire copy
		"Between 2008-2014, Kenya's real GDP growth averaged 5.5 per cent, the central bank said.",
		// a central bank's review
		"For 2008-2014 as a whole, Kenya's GDP growth was 5.5 percent a year.",
		"In 2008-2014, Kenya's GDP grew 5.5 percent.",
		"Using data for 2008-2014, we find that Kenya's GDP growth was 5.5 percent.",
	}, want: []string{"gdp_growth KEN 5.5 actual 2008/2014"}},
	{name: "a span of years in the figure's own phrase dates it, average or not", published: s26KenyaPub, wordings: []string{
		"Kenya's GDP grew 5.5 percent in 2008-2014.",
		"Kenya's GDP growth was 5.5 percent in 2008-2014.",
		"Kenya's GDP growth over 2008-2014 averaged 5.5 percent.",
		"Kenya's GDP growth averaged 5.5 percent in 2008–2014.",
	}, want: []string{"gdp_growth KEN 5.5 actual 2008/2014"}},
	{name: "an average in the sentence after a span is the span's", published: s26KenyaPub, wordings: []string{
		"We use a panel of Kenyan counties over 2008-2014. In our sample, Kenya's average inflation was 9.2 percent.",
		"The study covers Kenya over 2008-2014. Kenyan inflation averaged 9.2 percent.",
		"Our data cover Kenya from the survey rounds of 2008-2014. Kenya's inflation averaged 9.2 percent.",
	}, want: []string{"inflation KEN 9.2 actual 2008/2014"}},
	{name: "a chronology's line headed by a span is the span's", published: s26KenyaPub, wordings: []string{
		"Kenya, a timeline\n\n2008-2014: Kenya's GDP growth averages 5.5% a year.",
		"- 2007: Disputed elections.\n- 2008–2014: Kenyan growth averages 5.5%.",
		"Key dates\n2007: Post-election violence.\n2008-2014: Kenya's economy grows 5.5% a year on average.",
	}, want: []string{"gdp_growth KEN 5.5 actual 2008/2014"}},
	// near misses: a figure with a year of its own keeps it, beside a span or after one; a
	// fiscal year ("2023-24") is one year
	{name: "a figure's own year beside a span is its period", published: s26KenyaPub, wordings: []string{
		"We use a panel of Kenyan counties over 2008-2014. In 2014, Kenya's inflation was 6.9 percent.",
		"Kenya's inflation was 6.9 percent in 2014, the last year of the 2008-2014 sample.",
		"Over 2008-2014, prices were volatile; Kenya's inflation was 6.9 percent in 2014.",
	}, want: []string{"inflation KEN 6.9 actual 2014"}},
	{name: "a fiscal year is no span", published: s26KenyaPub, wordings: []string{
		"India's GDP grew 8.2% in 2023-24.",
		"In 2023-24, India's GDP grew 8.2%.",
	}, want: []string{"gdp_growth IND 8.2 actual FY2024"}},
}

func TestS26Spans(t *testing.T) {
	runFamilies(t, familyDate, s26SpanFamilies)
}
