package timex

import (
	"testing"
	"time"
)

// TestYearAfterTheOneNamed: "the following year" and "a year later" are the year after the
// period named last, in the sentence or the one before; with none, no period (they follow a
// period, not the publication). "next year" stays the year after publication.
func TestYearAfterTheOneNamed(t *testing.T) {
	pub := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, phrase, want string }{
		{"Germany's economy shrank 5.7% in 2009. The following year it grew 4.2%.", "The following year", "2010"},
		{"Greece's economy shrank 10.1% in 2011. A year later it contracted a further 7.1%.", "A year later", "2012"},
		{"Output fell in the third quarter of 2008 and a year later it rose.", "a year later", "2009-Q3"},
		{"The following year, growth was 1.5%.", "The following year", ""},
		{"The economy will grow 2% next year.", "next year", "2027"},
	} {
		found := false
		for _, e := range Scan(tc.text, pub) {
			if tc.text[e.Start:e.End] == tc.phrase {
				found = true
				if e.Period != tc.want {
					t.Errorf("%q: %q is %q, want %q", tc.text, tc.phrase, e.Period, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no date %q", tc.text, tc.phrase)
		}
	}
}
