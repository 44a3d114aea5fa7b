package timex

import "time"

// Word tables. They describe English calendar vocabulary rather than curated data, so they
// live beside the grammar that uses them.

// monthWords maps lower-case month names and their news abbreviations to months.
var monthWords = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

var weekdayWords = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

// ordinalWords maps the ordinals that name quarters and halves.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// maxWordLen bounds the words worth looking up; longer words are never calendar words.
const maxWordLen = 12

// lowerWord writes the ASCII lower-case form of w into buf and returns it, or "" when w is
// too long to be a calendar word. The conversion avoids allocation on the hot path.
func lowerWord(buf *[maxWordLen]byte, w string) []byte {
	if len(w) > maxWordLen {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// MonthOf reports the month a word names ("March", "mar", "Sept"), ignoring case.
func MonthOf(word string) (time.Month, bool) {
	var buf [maxWordLen]byte
	lw := lowerWord(&buf, word)
	if lw == nil {
		return 0, false
	}
	m, ok := monthWords[string(lw)]
	return m, ok
}
