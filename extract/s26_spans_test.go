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
