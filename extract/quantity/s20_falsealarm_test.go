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
