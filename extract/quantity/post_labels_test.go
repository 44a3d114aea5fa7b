package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// TestPostLabelsCountNothing: the number of a post or an item that opens a line ("1/", "2)",
// "(3)", "1/5", "(2/7)") is no quantity; a fraction, a date, a decimal, a figure with its
// unit, a number in a sentence and a counter at a line's end keep their readings.
func TestPostLabelsCountNothing(t *testing.T) {
	cases := []struct {
		text string
		want string // "phrase=value" of each quantity, " | " between
	}{
		{"Thread:\n1/ GDP grew 4.1% in 2022.\n5/ The UK population is 67 million.", "4.1%=4.1 | 67 million=6.7e+07"},
		{"1/ GDP grew 4.1%.", "4.1%=4.1"},
		{"Facts\n2) Inflation rose 5%.\n(3) Unemployment was 4%.", "5%=5 | 4%=4"},
		{"Thread\n1/5 Inflation was 5.9%.\n(2/7) Unemployment was 12.1%.", "5.9%=5.9 | 12.1%=12.1"},
		{"Thread\n1/5 🧵 Inflation was 5.9%.", "5.9%=5.9"},
		// controls
		{"Debt\n1/3 of GDP is owed abroad.", "1/3=0.333333"},
		{"Note\n5/6/2023: inflation was 11.4%.", "11.4%=11.4"},
		{"Note\n5 per cent was the rate.", "5 per cent=5"},
		{"Note\n2.5% was the growth rate.", "2.5%=2.5"},
		{"Note\n24/7 coverage of the 5% rise.", "5%=5"},
		{"Growth was 2) and 5/ of it.", "2=2 | 5=5"},
		{"Inflation was 4.6% in 2023. 4/7", "4.6%=4.6"},
	}
	for _, c := range cases {
		var got []string
		for _, q := range Scan(c.text) {
			got = append(got, fmt.Sprintf("%s=%.6g", c.text[q.Start:q.End], q.Value))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("Scan(%q)\n got  %q\n want %q", c.text, g, c.want)
		}
	}
}
