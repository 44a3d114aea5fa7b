package extract

import (
	"strings"
	"testing"
	"time"
)

// F2 and F8 of the sixth attack (/work/notes/s24-attack6.md): the lines of a timeline or a fact
// box, each with no stop at its end, were joined into one sentence, and each line's figure took
// the year or the measure of the line after it ("2009 - Germany's GDP falls 5.5%\n2010 - German
// GDP grows 4.1%" judged the 5.5% fall against 2010's recovery). A line that opens with a year
// or a figure set off by a dash or a colon is an item of its own, headed by its year.
var timelineFamilies = []family{
	{name: "each line of a timeline is of the year that heads it", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Timeline:\n2009 - Germany's GDP falls 5.5%\n2010 - German GDP grows 4.1%",
		"Key dates\n2009: Germany's GDP falls 5.5%\n2010: German GDP grows 4.1%",
		"Chronology\n2009 – Germany's economy shrinks 5.5%\n2010 – Germany's economy grows 4.1%",
		"* 2009 - Germany's GDP falls 5.5%\n* 2010 - German GDP grows 4.1%",
		"2009 — German GDP fell 5.5%.\n2010 — German GDP grew 4.1%.",
	}, want: []string{"gdp_growth DEU -5.5 actual 2009", "gdp_growth DEU 4.1 actual 2010"}},
	{name: "an item that refers back is of its own year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Timeline\n2009: Germany's economy shrinks 5.5%\n2010: it rebounds 4.1%",
		"2009 - Germany's economy shrinks 5.5%\n2010 - it grows 4.1%",
	}, want: []string{"gdp_growth DEU -5.5 actual 2009", "gdp_growth DEU 4.1 actual 2010"}},
	{name: "a month of a timeline's item is of the item's year", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"Timeline:\n2022 - UK inflation peaks at 11.1% in October\n2023 - Bank Rate reaches 5.25% in August",
		"Key dates:\n2022: UK inflation peaks at 11.1% in October\n2023: Bank Rate reaches 5.25% in August",
	}, want: []string{"inflation GBR 11.1 actual 2022-10", "policy_rate GBR 5.25 actual 2023-08"}},
	{name: "a line of a fact box does not take the next line's measure", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"By the numbers:\n2.8% - US GDP growth in 2024\n4.0% - average US unemployment in 2024",
		"In figures\n2.8% – US GDP growth in 2024\n4.0% – average US unemployment in 2024",
	}, want: []string{"unemployment_rate USA 4 actual 2024"}},
	// a fact box's label names the measure of the figure after its colon (a miss of the sixth
	// attack: "GDP growth: -0.5% (2024)" gave no claim)
	{name: "a label before a colon names the figure's measure", published: time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), wordings: []string{
		"KEY FACTS - Germany\nGDP growth: -0.5% (2024)\nInflation: 2.3% (2024)",
		"Germany in figures\nGDP growth (2024): -0.5%\nInflation (2024): 2.3%",
		"Germany's GDP growth: -0.5% in 2024. Germany's inflation: 2.3% in 2024.",
	}, want: []string{"gdp_growth DEU -0.5 actual 2024", "inflation DEU 2.3 actual 2024"}},
}

func TestTimelineItems(t *testing.T) {
	runFamilies(t, familyDate, timelineFamilies)
}

// TestLineOfAListEndsItsSentence: a line break ends a sentence before a line that opens with a
// year or a figure set off by a dash or a colon, after a line that is an item too or too short
// to be wrapped prose; wrapped prose goes on.
func TestLineOfAListEndsItsSentence(t *testing.T) {
	long := strings.Repeat("word ", 12) // a line of wrapped prose
	for _, tc := range []struct {
		text string
		ends bool
	}{
		{"2009 - Germany's GDP falls 5.5%\n2010 - German GDP grows 4.1%", true},
		{"2.8% - US GDP growth in 2024\n4.0% - average US unemployment", true},
		{"2022 - peaks at 11.1% in October\n2023: Bank Rate reaches 5.25%", true},
		{"Key dates\n2008: US unemployment averages 5.8%", true},
		{"Key events\n1998 — Russia defaults", true},
		{"short line\n1998 — Russia defaults", false},                      // no heading: wrapped prose
		{long + "in the year\n1987 - the year of the crash - when", false}, // wrapped prose after "the year"
		{long + "record\n1987 - the year of the crash - when", false},      // a long line: wrapped
		{"rose to 2.3 mln, or\n8.9 pct of the workforce", false},
		{"Poland's economy grew by an annual\n2.9% - faster than the euro zone - in 2024.", false}, // a sentence broken before its figure
		{"Greece, the lost years\n2011: Greek economy shrinks 10.1%", true},
		{"short line\n8.9 pct of the workforce", false}, // a figure, not an item
	} {
		nl := strings.IndexByte(tc.text, '\n')
		if got := !lineContinues(tc.text, nl); got != tc.ends {
			t.Errorf("%q: the line break ends the sentence: %v, want %v", tc.text, got, tc.ends)
		}
	}
}

// TestWrappedWireCopyReadsAsOneLine: wire copy wrapped at a fixed width, a line of it opening
// with a year or a figure and a dash, gives the claims it gives unwrapped.
func TestWrappedWireCopyReadsAsOneLine(t *testing.T) {
	ex := testExtractor(t)
	published := time.Date(1988, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"West German unemployment rose to 8.9 pct of the workforce in the year to\n1987 - the highest rate since the war - the labour office said on Friday.",
		"Inflation in Brazil hit 366 pct in 1987, the central bank said, up from the\n1986 - Cruzado plan - low of 65 pct, and the highest since the 1960s.",
	} {
		wrapped := ex.Claims(Article{Text: text, Published: published}, Options{All: true})
		flat := ex.Claims(Article{Text: strings.ReplaceAll(text, "\n", " "), Published: published}, Options{All: true})
		if len(flat) == 0 {
			t.Fatalf("%q: no claims on one line: the test reads nothing", text)
		}
		if len(wrapped) != len(flat) {
			t.Errorf("%q: %d claims wrapped, %d on one line", text, len(wrapped), len(flat))
			continue
		}
		for i := range wrapped {
			w, f := wrapped[i], flat[i]
			if w.Entity != f.Entity || w.Indicator != f.Indicator || w.Period != f.Period || w.Value != f.Value {
				t.Errorf("%q: claim %d wrapped %s %s %s %v, on one line %s %s %s %v", text, i, w.Entity, w.Indicator, w.Period, w.Value, f.Entity, f.Indicator, f.Period, f.Value)
			}
		}
	}
}
