package timex

import (
	"strings"
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
		checkPhrasePeriod(t, tc.text, tc.phrase, tc.want, pub)
	}
}

// TestCountedYearsFromTheOneNamed: "two years later", "a decade earlier", "five years on"
// count from the period named last, in the sentence or the one before ("Japan's economy grew
// 4.1% in 1990. Ten years later it grew 2.8%" had carried 1990 to the second figure). A count
// that is no number, "N years ago" (a point some years back, not a calendar year) and "N years
// after the crisis" (an event's date) name no period; the last, in a sentence that names a
// year before it, adds nothing, so the sentence's year stands.
func TestCountedYearsFromTheOneNamed(t *testing.T) {
	pub := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, phrase, want string }{
		// wire, broadsheet and retrospective styles, the count in words and in digits
		{"Japan's economy grew 4.1% in 1990. Ten years later it grew 2.8%.", "Ten years later", "2000"},
		{"Britain's economy grew 2.1% in 1999. Two years later growth had slowed to 2.6%.", "Two years later", "2001"},
		{"US inflation was 13.5% in 1980; 10 years later it was 5.4%.", "10 years later", "1990"},
		{"Inflation hit 13.5% in 1980. A decade later, it was 5.4%.", "A decade later", "1990"},
		{"Argentina defaulted in 2001. Two decades later inflation topped 50%.", "Two decades later", "2021"},
		{"Germany's economy grew 1.1% in 2017. Two years earlier it had grown 1.5%.", "Two years earlier", "2015"},
		{"Output fell in the third quarter of 2008 and three years later it rose 0.5%.", "three years later", "2011-Q3"},
		{"The economy grew 1.9% in 2016. Three years on, it grew 1.6%.", "Three years on", "2019"},
		{"The economy grew 1.9% in 2016. Three years after, it grew 1.6%.", "Three years after", "2019"},
		{"Japan's economy grew 4.1% in 1990. One year later it grew 3.5%.", "One year later", "1991"},
		{"Growth was 2.0% in 2010 and 1.0% five years later.", "five years later", "2015"},
		// no period to count from, or none the words name
		{"Ten years later, inflation was 5.4%.", "Ten years later", ""},
		{"Germany's economy grew 1.1% in 2017. Several years later it grew 1.0%.", "Several years later", ""},
		{"Inflation was 13.5% in 1980. Many years on, it was 3%.", "Many years on", ""},
		{"Inflation was 3.0% in 2023. Two years ago, it was 5.9%.", "Two years ago", ""},
		{"Inflation was 13.5% in 1980. Two years after the peak, it was 6.2%.", "Two years after", ""},
		{"Inflation was 13.5% in 1980. Five years before the euro, it was 3%.", "Five years before", ""},
	} {
		checkPhrasePeriod(t, tc.text, tc.phrase, tc.want, pub)
	}
	// near-misses: no date of a count of years where none is said
	for _, text := range []string{
		"In 2019, three years after the referendum, growth was 1.6%.", // the sentence's year stands
		"He served five years on the board.",
		"The bond matures 1.5 years later than planned.",
		"Prices rose for two years before stabilising.",
	} {
		for _, e := range Scan(text, pub) {
			if w := text[e.Start:e.End]; strings.Contains(w, "years") {
				t.Errorf("%q: a date %q (%q)", text, w, e.Period)
			}
		}
	}
}

// checkPhrasePeriod reports a text whose scan finds no date of the words phrase, or finds one
// of another period than want.
func checkPhrasePeriod(t *testing.T, text, phrase, want string, pub time.Time) {
	t.Helper()
	found := false
	for _, e := range Scan(text, pub) {
		if text[e.Start:e.End] == phrase {
			found = true
			if e.Period != want {
				t.Errorf("%q: %q is %q, want %q", text, phrase, e.Period, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: no date %q", text, phrase)
	}
}
