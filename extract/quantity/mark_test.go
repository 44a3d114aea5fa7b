package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// TestThresholdMark: "the 3 million mark" is a level a series passes, not three million
// Deutsche marks; "the $3.5 trillion mark" is dollars. The plural, an adjective, or a noun
// the singular modifies keep marks as money.
func TestThresholdMark(t *testing.T) {
	cases := []struct {
		text string
		want string // "phrase=value unit" of each quantity, " | " between
	}{
		// Thresholds, in wire, British, American and business-page wordings.
		{"US GDP passed the $3.5 trillion mark in 1986.", "$3.5 trillion=3.5e+12 USD"},
		{"Unemployment in Britain passed the 3 million mark in 1986.", "3 million=3e+06 "},
		{"Nigeria's population crossed the 200 million mark, the census office said.", "200 million=2e+08 "},
		{"The Dow Jones index closed above the 2,000 mark for the first time.", "2,000=2000 "},
		{"Britain's national debt broke through the £1 trillion mark last year.", "£1 trillion=1e+12 GBP"},
		{"Euro-zone debt neared the €10 trillion mark.", "€10 trillion=1e+13 EUR"},
		{"Jobless claims topped the 1,000 Mark again", "1,000=1000 "},
		{"Exports hit the 100 billion mark and kept rising", "100 billion=1e+11 "},
		// Near-misses: Deutsche marks as money keep their reading.
		{"Bonn spent 24.8 billion marks on unification aid in 1991.", "24.8 billion marks=2.48e+10 DEM"},
		{"The Bundesbank approved a 10 billion mark loan to Poland.", "10 billion mark=1e+10 DEM"},
		{"Germany's surplus reached 112 billion marks in 1987.", "112 billion marks=1.12e+11 DEM"},
		{"It cost 5 billion Deutsche marks.", "5 billion Deutsche marks=5e+09 DEM"},
		{"A 20 billion mark package was agreed.", "20 billion mark=2e+10 DEM"},
		{"Seoul budgeted 5 trillion won for the project.", "5 trillion won=5e+12 KRW"},
	}
	for _, c := range cases {
		var got []string
		for _, q := range Scan(c.text) {
			got = append(got, fmt.Sprintf("%s=%g %s", c.text[q.Start:q.End], q.Value, q.Unit))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("Scan(%q)\n got  %q\n want %q", c.text, g, c.want)
		}
	}
}

// TestThresholdMarkTakesTheHedgeBeforeIt: a hedge before a threshold mark's article bounds
// the figure as it bounds the bare amount ("topped the 4 trillion mark" is more than 4
// trillion, as "topped 4 trillion" is); a verb that is no hedge, the money Deutsche mark and
// the bare amount keep their reading.
func TestThresholdMarkTakesTheHedgeBeforeIt(t *testing.T) {
	cases := []struct {
		text string
		want string // "phrase=value unit qualifier" of each quantity, " | " between
	}{
		{"Germany's GDP topped the 4 trillion mark in 2024.", "4 trillion=4e+12  more_than"},
		{"Germany's GDP topped 4 trillion in 2024.", "4 trillion=4e+12  more_than"},
		{"India's GDP surpassed the $4 trillion mark in 2025.", "$4 trillion=4e+12 USD more_than"},
		{"Japan's nominal GDP exceeded the 600 trillion yen mark for the first time.", "600 trillion yen=6e+14 JPY more_than"},
		{"Britain's debt has topped the £2 trillion mark, the ONS said.", "£2 trillion=2e+12 GBP more_than"},
		{"Unemployment rose above the 3 million mark in 1986.", "3 million=3e+06  more_than"},
		{"The index fell below the 2,000 mark.", "2,000=2000  less_than"},
		// near-misses
		// a verb of arrival bounds a threshold (threshold_nouns.go), "passed" is a hedge
		{"India's GDP reached the $4 trillion mark in 2025.", "$4 trillion=4e+12 USD at_least"},
		{"Unemployment in Britain passed the 3 million mark in 1986.", "3 million=3e+06  more_than"},
		{"India's GDP reached $4 trillion in 2025.", "$4 trillion=4e+12 USD exact"},
		{"Unemployment in Britain stood at the 3 million mark in 1986.", "3 million=3e+06  exact"},
		{"Exports topped a 10 billion mark loan.", "10 billion mark=1e+10 DEM exact"},
		{"Exports topped the 10 billion marks of 1990.", "10 billion marks=1e+10 DEM exact"},
	}
	for _, c := range cases {
		var got []string
		for _, q := range Scan(c.text) {
			got = append(got, fmt.Sprintf("%s=%g %s %s", c.text[q.Start:q.End], q.Value, q.Unit, q.Qualifier))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("Scan(%q)\n got  %q\n want %q", c.text, g, c.want)
		}
	}
}
