package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// s20Case is a sentence and the quantities a reader finds in it, each as "phrase=value"
// (years are timex's and are not listed).
type s20Case struct {
	text string
	want []string
}

func runS20Cases(t *testing.T, cases []s20Case) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, q := range Scan(c.text) {
			got = append(got, fmt.Sprintf("%s=%g", c.text[q.Start:q.End], q.Value))
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("Scan(%q)\n got  %q\n want %q", c.text, got, c.want)
		}
	}
}

// TestA1EnDashAsMinus: typeset copy prints a minus as an en dash (U+2013, the decoded
// &ndash;) or a figure dash (U+2012); glued to the figure after a blank, a bracket or a colon
// it is a minus sign. Between two figures it joins a range, and after a word it is a hyphen.
// U+2010, the typographic hyphen, follows the rule of '-'.
func TestA1EnDashAsMinus(t *testing.T) {
	runS20Cases(t, []s20Case{
		// British, American, European, wire styles.
		{"German GDP growth was \u20130.5% in 2024.", []string{"\u20130.5%=-0.5"}},
		{"Germany\u2019s economy grew by \u20130.5 per cent in 2024.", []string{"\u20130.5 per cent=-0.5"}},
		{"German GDP growth was -0.5% in 2024, after \u20130.9% in 2023.", []string{"-0.5%=-0.5", "\u20130.9%=-0.9"}},
		{"German GDP growth was \u20130,5% in 2024.", []string{"\u20130,5%=-0.5"}},
		{"In 2024, Germany\u2019s GDP changed by \u20130.5%.", []string{"\u20130.5%=-0.5"}},
		{"contracted by 0.5% in 2024 (\u20130.9% in 2023)", []string{"0.5%=0.5", "\u20130.9%=-0.9"}},
		{"Real wages (2024: \u20131.2%) fell", []string{"\u20131.2%=-1.2"}},
		{"\u20132.5% was the reading", []string{"\u20132.5%=-2.5"}},
		{"a figure dash: growth of \u20120.3%", []string{"\u20120.3%=-0.3"}},
		{"a hyphen: growth of \u20100.3%", []string{"\u20100.3%=-0.3"}},
		// Near-misses: ranges and hyphens keep their reading.
		{"growth of 2\u20133% in 2024", []string{"2\u20133%=2"}},
		{"growth of 2 \u2013 3% in 2024", []string{"2 \u2013 3%=2"}},
		{"growth of 2% \u20133% in 2024", []string{"2% \u20133%=2"}},
		{"growth of 2%\u20133% in 2024", []string{"2%\u20133%=2"}},
		{"the figure\u20137.2%\u2014was revised", []string{"7.2%=7.2"}},
		{"growth in 2024 \u20130.5% by one count", []string{"0.5%=0.5", "one count=1"}},
		{"Britain grew 1.1% \u2013 still short of 2%.", []string{"1.1%=1.1", "2%=2"}},
	})
}

// TestA6FootnoteMarks: a whole number of one or two digits alone in round brackets after a
// percentage, a year, a word or the end of a clause marks a footnote, and "note 4" names one.
// Wire copy's previous-period figure in brackets, after a whole figure or before its unit,
// and bracketed figures with a unit or a label stay amounts.
func TestA6FootnoteMarks(t *testing.T) {
	runS20Cases(t, []s20Case{
		{"British inflation was 3.3% in 2024 (1).", []string{"3.3%=3.3"}},
		{"British inflation was 3.3%(1) in 2024.", []string{"3.3%=3.3"}},
		{"In 2024, British inflation was 3.3%(1).", []string{"3.3%=3.3"}},
		{"British inflation was 3.3% (2) in 2024.", []string{"3.3%=3.3"}},
		{"the ONS said (12), revising its estimate", nil},
		{"British inflation was 3.3% in 2024 (see note 4).", []string{"3.3%=3.3"}},
		{"as footnote 3 explains, growth was 2%", []string{"2%=2"}},
		// Near-misses.
		{"Inflation rose 2.5 (2.1) pct in 1986.", []string{"2.5=2.5", "2.1=2.1"}},
		{"Profits rose 1.2 (0.9) billion in 1986.", []string{"1.2=1.2", "0.9=0.9"}},
		{"Inflation rose 4 (3) pct in 1986.", []string{"4=4", "3=3"}},
		{"Sales 45 (40) mln dlrs.", []string{"45=45", "40=40"}},
		{"Profit 12 billion (9) in 1986.", []string{"12 billion=1.2e+10", "9=9"}},
		{"Shr 25 cts (20) in 1986", []string{"25 cts=25", "20=20"}},
		{"German inflation was 2.3% in 2024 (2023: 5.9%).", []string{"2.3%=2.3", "5.9%=5.9"}},
		{"British inflation was 3.3% in 2024 (vs 6.8%).", []string{"3.3%=3.3", "6.8%=6.8"}},
		{"British inflation was 3.3% (3.2%) in 2024.", []string{"3.3%=3.3", "3.2%=3.2"}},
		{"a bill of $1.1m (\u00a3600,000)", []string{"$1.1m=1.1e+06", "\u00a3600,000=600000"}},
		{"a panel of 12 (100) judges", []string{"12=12", "100=100"}},
		{"The note 5% higher was issued", []string{"5%=5"}},
	})
}
