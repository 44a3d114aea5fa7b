package timex

import (
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

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

// MonthOf reports the month a word names ("March", "mar", "Sept"), ignoring case.
func MonthOf(word string) (time.Month, bool) {
	return monthTable.Lookup(word)
}

// MayBeMonth reports that word may be a month's name, or an abbreviation of one, as MonthOf
// reads it (false: it is not), by its length and its first and last letters: a filter for a
// caller that asks about every word of a sentence.
func MayBeMonth(word string) bool {
	return monthTable.MayHold(word)
}

// monthTable is monthWords for look-ups: the quantity scanner asks about the words around
// every small number.
var monthTable = ascii.NewWordTable(monthWords)

// IsWeekday reports a word that names a day of the week ("Tuesday"), ignoring case.
func IsWeekday(word string) bool {
	_, ok := weekdayWords[strings.ToLower(word)]
	return ok
}
