// Package quantity finds numbers in news text and parses each with its scale, unit, range,
// qualifier and change word.
package quantity

// Quantity is one number found in a text.
type Quantity struct {
	Start, End       int // the whole phrase: qualifier, currency sign, number, scale, unit
	NumStart, NumEnd int // the number itself ("3.6", "two-thirds", "1.2bn")

	Value    float64  // in base units: "$1.2bn" is 1.2e9; "3.6%" is 3.6
	ValueMax *float64 // upper end of a range ("between 2% and 3%", "6-7%")
	Step     float64  // place value of the last stated digit, in Value's units
	Unit     string   // percent, pp, USD, EUR, GBP, RUB, JPY, CNY, ..., a singular noun, or ""

	Qualifier string // exact, approx, nearly, more_than, less_than, at_least, at_most
	Change    string // "up"/"down" when the number is an amount of change ("rose 0.3 points")
}

// Scan returns the quantities of text in order of position. Numbers that are part of a date
// expression (years, days of a month) are not returned: timex finds those.
func Scan(text string) []Quantity {
	return nil // TODO(helper): implement
}
