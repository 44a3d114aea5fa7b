// Package quantity finds numbers in news text and parses each with its scale, unit, range,
// qualifier and change word.
//
// Scan makes one pass over the text looking only for cheap triggers (a digit, or a word
// whose first letter can begin a number word) and parses a small window around each hit,
// so its cost is close to that of reading the text once.
package quantity

import (
	"github.com/factcheck/factcheck/extract/timex"
)

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

// Units this package produces besides currency codes and nouns.
const (
	UnitPercent = "percent"
	UnitPP      = "pp"
	UnitPoint   = "point" // "rose 30 points": index points, or percentage points left unsaid
)

// Scan returns the quantities of text in order of position. Numbers that are part of a date
// expression (years, days of a month) are not returned: timex finds those.
//
// Value carries the sign written in the text ("-0.3%", "minus 5"); the direction of a change
// word is in Change, so "shrank 0.3%" is Value 0.3 with Change "down".
func Scan(text string) []Quantity {
	s := scanner{text: text}
	i := 0
	for i < len(text) {
		c := text[i]
		if byteClass[c] == 0 && c != '.' {
			if c == ':' && i+2 < len(text) && text[i+1] == '/' && text[i+2] == '/' {
				i = urlEnd(text, i) // numbers in a URL are not claims
				continue
			}
			i++ // spaces and punctuation: the common case
			continue
		}
		switch {
		case isDigit(c):
			i = s.digitsAt(i)
		case c == '.' && i+1 < len(text) && isDigit(text[i+1]) && (i == 0 || !isWordByte(text[i-1])):
			// A bare decimal such as ".25".
			i = s.digitsAt(i)
		case isLetter(c):
			end := wordEnd(text, i)
			if mayBeNumberWord(text[i:end]) && (i == 0 || !isWordByte(text[i-1])) {
				if next, ok := s.wordsAt(i); ok {
					i = next
					continue
				}
			}
			i = end
		default:
			i++
		}
	}
	return s.out
}

// numberWordShapes holds, for each pair of first two letters, a bit per word length that
// some number word has. It rejects almost every ordinary word ("the", "for", "said") before
// any map lookup, which keeps the scan near memory speed.
var numberWordShapes = func() (t [26][26]uint16) {
	for w := range numberWords {
		t[w[0]-'a'][w[1]-'a'] |= 1 << len(w)
	}
	return t
}()

// mayBeNumberWord is the cheap pre-test of the scan loop.
func mayBeNumberWord(w string) bool {
	if len(w) < 3 || len(w) > maxNumberWordLen {
		return false
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	return numberWordShapes[a-'a'][b-'a']&(1<<len(w)) != 0
}

const maxNumberWordLen = 10 // "hundredths"

type scanner struct {
	text string
	out  []Quantity
	// floor is the end of the last quantity: look-behind never reaches past it.
	floor int
}

func (s *scanner) emit(q Quantity) {
	s.out = append(s.out, q)
	s.floor = q.End
}

// number is a parsed number before its phrase is read.
type number struct {
	start, end int
	value      float64
	step       float64
	scaled     bool // a scale was already applied ("1.2bn", "two million")
	exp        int  // the power of ten of that scale
	words      bool // written in words
	ratio      bool // "one in three"
	mixedWith  int  // end of the whole number before a fraction ("2 1/4"), or 0
	unit       string

	// Digits as written, so that scaling stays exact: value is mant×10^-decimals.
	exact    bool
	mant     uint64
	decimals int
}

// digitsAt parses the number that starts at i and returns where scanning resumes, always
// past i.
func (s *scanner) digitsAt(i int) int {
	return max(s.digitsFrom(i), i+1)
}

func (s *scanner) digitsFrom(i int) int {
	text := s.text
	if i > 0 && isWordByte(text[i-1]) && !endsWithCurrencySign(text[:i]) {
		// Digits inside a token: "G20", "Q3", "H1", "A380".
		return alnumEnd(text, i)
	}
	if i > 1 && (text[i-1] == '-' || text[i-1] == '+') && isLetter(text[i-2]) {
		// "COVID-19", "GMT+10".
		return alnumEnd(text, i)
	}
	n, next, ok := parseDigits(text, i)
	if !ok {
		return next
	}
	q, end := s.phrase(n, true)
	s.emit(q)
	return max(end, next)
}

// urlEnd returns the end of the URL whose "://" is at i.
func urlEnd(text string, i int) int {
	for i < len(text) && text[i] > ' ' {
		i++
	}
	return i
}

// endsWithCurrencySign reports a multi-byte currency sign right before a number ("£600m").
func endsWithCurrencySign(prefix string) bool {
	for _, sign := range currencySigns {
		if len(prefix) >= len(sign.sign) && prefix[len(prefix)-len(sign.sign):] == sign.sign {
			return true
		}
	}
	return false
}

// alnumEnd returns the end of the run of letters and digits at i.
func alnumEnd(text string, i int) int {
	for i < len(text) && (isLetter(text[i]) || isDigit(text[i])) {
		i++
	}
	return i
}

// parseDigits reads a digit number at i: "1,234.5", "3.6", "1.2bn", "10k", "4%". It
// reports false with the index to resume at for tokens that are not quantities: dates,
// times, ordinals, decades, version and phone-like strings.
func parseDigits(text string, i int) (number, int, bool) {
	start := i
	var mant uint64
	digits, decimals := 0, 0
	overflow := false
	addDigit := func(c byte) {
		if mant > (1<<63)/10 {
			overflow = true
			return
		}
		mant = mant*10 + uint64(c-'0')
		digits++
	}
	j := i
	group := 0
	for j < len(text) && isDigit(text[j]) {
		addDigit(text[j])
		j++
		group++
	}
	separated := false
	// Thousands separators: groups of exactly three digits after a comma.
	for group >= 1 && group <= 3 && j+3 < len(text) && text[j] == ',' &&
		isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
		(j+4 == len(text) || !isDigit(text[j+4])) {
		addDigit(text[j+1])
		addDigit(text[j+2])
		addDigit(text[j+3])
		j += 4
		separated = true
	}
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			addDigit(text[j])
			decimals++
			j++
		}
	}
	if overflow {
		return number{}, j, false
	}
	intDigits := digits - decimals
	if start < len(text) && text[start] == '.' {
		// ".25": the scanner handed us the dot.
		intDigits = 0
	}
	// What is glued to the number decides whether it is a quantity at all.
	if j < len(text) {
		c := text[j]
		switch {
		case c == '/' && decimals == 0 && !separated && j+1 < len(text) && isDigit(text[j+1]):
			return simpleFraction(text, start, j, mant)
		case (c == ':' || c == '.') && j+1 < len(text) && isDigit(text[j+1]):
			// Times (20:24), dates (5/17/2018, 06.03.2026), versions and addresses.
			return number{}, skipNumericChain(text, j), false
		case c == '-' && j+1 < len(text) && isDigit(text[j+1]) && !separated && decimals == 0 &&
			intDigits == 4 && timex.IsDateNumber(text, start, j):
			// "2023-24", "2026-03-06": a fiscal year or a date.
			return number{}, skipNumericChain(text, j), false
		case isLetter(c):
			we := wordEnd(text, j)
			suffix := text[j:we]
			if we < len(text) && isDigit(text[we]) {
				return number{}, alnumEnd(text, we), false // "1e10", "3x4", "4G2"
			}
			if exp, ok := lookupFold(scaleSuffixes, suffix); ok {
				n := number{start: start, end: we, scaled: true, exp: exp}
				n.value, n.step = scaledValue(mant, decimals, exp)
				return n, we, true
			}
			if isDecade(suffix, intDigits, mant) || isOrdinalSuffix(suffix) ||
				equalFoldAny(suffix, "am", "pm", "s") {
				return number{}, we, false
			}
			if unit, ok := lookupFold(glued, suffix); ok {
				n := number{start: start, end: j, unit: unit}
				n.value, n.step = scaledValue(mant, decimals, 0)
				return n, we, true
			}
			return number{}, we, false // "3D", "4x", "5G": a name, not an amount
		}
	}
	if !separated && decimals == 0 && timex.IsDateNumber(text, start, j) {
		return number{}, j, false
	}
	n := number{start: start, end: j, exact: true, mant: mant, decimals: decimals}
	n.value, n.step = scaledValue(mant, decimals, 0)
	return n, j, true
}

// simpleFraction reads "3/4" (numerator below a small denominator); other slashed digits
// are dates, scores or codes and are skipped whole.
func simpleFraction(text string, start, slash int, num uint64) (number, int, bool) {
	de := slash + 1
	for de < len(text) && isDigit(text[de]) {
		de++
	}
	den := uint64(0)
	for k := slash + 1; k < de && k-slash <= 3; k++ {
		den = den*10 + uint64(text[k]-'0')
	}
	if de-slash-1 > 2 || den < 2 || den > 16 || num >= den || num == 0 ||
		de < len(text) && (text[de] == '/' || text[de] == '.' && de+1 < len(text) && isDigit(text[de+1]) || isWordByte(text[de])) {
		return number{}, skipNumericChain(text, slash), false
	}
	d := float64(den)
	n := number{start: start, end: de, value: float64(num) / d}
	n.step = float64(num) * (1/(d-0.5) - 1/(d+0.5))
	// A whole number before it: "2 1/4".
	if ws := skipBlankBack(text, start); ws < start && ws > 0 && isDigit(text[ws-1]) {
		n.mixedWith = ws
	}
	return n, de, true
}

// glued are unit abbreviations written against the digits ("5km", "200lbs").
var glued = map[string]string{
	"km": "km", "kg": "kg", "mph": "mph", "ft": "foot", "lb": "lb", "lbs": "lb",
	"ml": "ml", "cm": "cm", "mw": "MW", "gw": "GW", "kwh": "kWh", "t": "tonne",
}

// skipNumericChain skips a run of digits joined by the punctuation of dates, times and
// addresses ("5/17/2018", "192.168.1.2", "+1-222-2222").
func skipNumericChain(text string, j int) int {
	for j < len(text) {
		c := text[j]
		if isDigit(c) || (c == ':' || c == '/' || c == '.' || c == '-') && j+1 < len(text) && isDigit(text[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

func isDecade(suffix string, intDigits int, mant uint64) bool {
	return (suffix == "s" || suffix == "S") && (intDigits == 4 || intDigits == 2 && mant%10 == 0)
}

func isOrdinalSuffix(s string) bool {
	return equalFoldAny(s, "st", "nd", "rd", "th")
}

// pow10 holds the exact powers of ten a float64 can represent.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// scaledValue returns mant×10^(exp-decimals) and the place value of its last digit, using
// one correctly rounded operation so that "1.2bn" is exactly 1200000000.
func scaledValue(mant uint64, decimals, exp int) (value, step float64) {
	e := exp - decimals
	m := float64(mant)
	switch {
	case e >= 0 && e < len(pow10):
		return m * pow10[e], pow10[e]
	case e < 0 && -e < len(pow10):
		return m / pow10[-e], 1 / pow10[-e]
	}
	return 0, 0
}

// wordsAt parses a number written in words at the word starting at i. It reports false
// when the word does not start a quantity.
func (s *scanner) wordsAt(i int) (int, bool) {
	n, ok := s.parseWords(i)
	if !ok {
		return 0, false
	}
	q, end := s.phrase(n, true)
	s.emit(q)
	return end, true
}
