package quantity

import (
	"strings"
	"testing"
)

// TestUnicodeAroundNumbers: what stands before or inside a number in web text must not
// change the number read, and offsets stay byte offsets into the original string.
func TestUnicodeAroundNumbers(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		value  float64
		unit   string
		phrase string
	}{
		{"no-break space before a percentage", "growth of\u00a05.0% last year", 5.0, "percent", "5.0%"},
		{"no-break space after a verb", "the economy grew\u00a05.0%", 5.0, "percent", "5.0%"},
		{"narrow no-break space", "inflation hit\u202f3.1%", 3.1, "percent", "3.1%"},
		{"curly quote", "he called it \u201c40% cheaper\u201d", 40, "percent", "40%"},
		{"guillemets", "un taux de \u00ab12%\u00bb", 12, "percent", "12%"},
		{"en dash as a minus before a number", "growth \u20132.5% expected", -2.5, "percent", "\u20132.5%"},
		{"en dash glued after a word", "the figure\u20137.2% was revised", 7.2, "percent", "7.2%"},
		{"em dash before a number", "the figure\u20147.2%\u2014was revised", 7.2, "percent", "7.2%"},
		{"unicode minus", "a reading of \u22120.5%", -0.5, "percent", "\u22120.5%"},
		{"almost equal sign", "costs \u2248$40m", 4e7, "USD", "\u2248$40m"},
		{"plus-minus sign", "a margin of \u00b13 points", 3, "point", "3 points"},
		{"zero-width space inside a number", "output rose 3\u200b.6%", 3.6, "percent", "3\u200b.6%"},
		{"left-to-right mark before a number", "a rate of \u200e4.25%", 4.25, "percent", "4.25%"},
		{"byte order mark before a number", "\ufeff120 jobs were cut", 120, "job", "120 jobs"},
		{"soft hyphen inside a number", "some 1,\u00ad200 firms", 1200, "firm", "1,\u00ad200 firms"},
		{"arabic-indic digits", "\u0665\u0660\u066a of voters", 50, "percent", "\u0665\u0660\u066a"},
		{"persian digits", "\u06f1\u06f2 people", 12, "person", "\u06f1\u06f2 people"},
		{"devanagari digits", "\u0967\u0968\u0969 people", 123, "person", "\u0967\u0968\u0969 people"},
		{"fullwidth digits and percent", "grew \uff15\uff0e\uff12\uff05 in May", 5.2, "percent", "\uff15\uff0e\uff12\uff05"},
		{"fullwidth percent after ascii digits", "a share of 18\uff05", 18, "percent", "18\uff05"},
		{"curly quote before a number word", "\u201cThree people were hurt\u201d", 3, "person", "Three people"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.text)
			for _, q := range got {
				if q.NumStart <= q.NumEnd && approxEqual(q.Value, tt.value) {
					if q.Unit != tt.unit {
						t.Errorf("Scan(%q) unit = %q, want %q", tt.text, q.Unit, tt.unit)
					}
					if p := tt.text[q.Start:q.End]; !strings.Contains(p, tt.phrase) {
						t.Errorf("Scan(%q) phrase = %q, want it to hold %q", tt.text, p, tt.phrase)
					}
					return
				}
			}
			t.Errorf("Scan(%q) = %+v, want %v", tt.text, got, tt.value)
		})
	}
}
