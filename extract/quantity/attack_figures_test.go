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

// TestA4ApostropheThousands: Swiss print separates thousands with an apostrophe, ASCII or
// U+2019, between groups of exactly three digits. An apostrophe of a quote or an elision
// stays one.
func TestA4ApostropheThousands(t *testing.T) {
	runS20Cases(t, []s20Case{
		{"Japan\u2019s population fell to 123\u2019975\u2019371 in 2024.", []string{"123\u2019975\u2019371=1.23975371e+08"}},
		{"Japan\u2019s population fell to about 124'000'000 in 2024.", []string{"about 124'000'000=1.24e+08"}},
		{"Die Schweiz z\u00e4hlt 8'962'258 Einwohner", []string{"8'962'258=8.962258e+06"}},
		{"a price of CHF 1'250.50 a month", []string{"CHF 1'250.50 a month=1250.5"}},
		{"some 12'500 jobs", []string{"some 12'500 jobs=12500"}},
		// Near-misses.
		{"the '90s boom", nil},
		{"in the 1980's, output rose 5%", []string{"5%=5"}},
		{"the crash of \u201908 cost 3% of output", []string{"08=8", "3%=3"}},
		{"he said '100' twice", []string{"100=100"}},
		{"she is 5'10 tall", []string{"5=5", "10=10"}},
		{"not a group: 12'34 or 12'3456", []string{"12=12", "34=34", "12=12", "3456=3456"}},
		{"mixed: 1'000\u2019000", []string{"1'000=1000", "000=0"}},
	})
}

// TestA5DecimalComma: a continental decimal comma, one or two digits after it, before a
// percent sign or word or a scale ("83,5 million", "6,9 per cent"), or two digits after a
// currency sign ("$1,08"); the raised decimal point of older British print ("5\u00b79%"). Three
// digits after a comma are thousands, and a list of numbers stays a list.
func TestA5DecimalComma(t *testing.T) {
	runS20Cases(t, []s20Case{
		{"Germany\u2019s population was 83,5 million in 2024.", []string{"83,5 million=8.35e+07"}},
		{"India\u2019s population was 1,45 billion in 2024.", []string{"1,45 billion=1.45e+09"}},
		{"In 2024, Japan\u2019s population fell to 123,98 million.", []string{"123,98 million=1.2398e+08"}},
		{"In 2022, German inflation was 6,9 per cent.", []string{"6,9 per cent=6.9"}},
		{"German inflation was 5,9 pct in 2023", []string{"5,9 pct=5.9"}},
		{"inflation of 2,3 percent", []string{"2,3 percent=2.3"}},
		{"inflation of 6,9 pc", []string{"6,9=6.9"}},
		{"Germany\u2019s GDP was $4,66 trillion in 2024.", []string{"$4,66 trillion=4.66e+12"}},
		{"a deal worth \u20ac1,5bn", []string{"\u20ac1,5bn=1.5e+09"}},
		{"the euro averaged $1,08 in 2024", []string{"$1,08=1.08"}},
		{"it costs \u20ac4,99 a month", []string{"\u20ac4,99 a month=4.99"}},
		{"In 2023 German inflation was 5\u00b79%.", []string{"5\u00b79%=5.9"}},
		{"a \u00a31\u00b72bn deficit", []string{"\u00a31\u00b72bn=1.2e+09"}},
		{"2,5% and 0,5 %", []string{"2,5%=2.5", "0,5 %=0.5"}},
		// Near-misses: thousands, lists and chains keep their reading.
		{"Germany\u2019s population was 83,500 million", []string{"83,500 million=8.35e+10"}},
		{"India\u2019s population was 1,450 million", []string{"1,450 million=1.45e+09"}},
		{"a bill of $1,450", []string{"$1,450=1450"}},
		{"in 1,2 and 3 stages", []string{"1=1", "2=2", "3 stages=3"}},
		{"it cost $1,2 and $3,45,67", []string{"$1=1", "2=2", "$3=3", "45=45", "67=67"}},
		{"Call 020\u00b77946\u00b70000 now", []string{"020=20", "7946=7946", "0000=0"}},
		{"pages 10,11 and 12", []string{"11=11", "12=12"}},
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
