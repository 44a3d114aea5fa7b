package timex

import (
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Byte-level helpers shared by the scanner and the date-position test. Text is treated as
// bytes: every calendar word is ASCII, and multi-byte runes simply never match.

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpaces returns the first index at or after i that is not a space or a line break.
func skipSpaces(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

// skipSpacesBack returns the index just after the last non-space byte before i.
func skipSpacesBack(text string, i int) int {
	for i > 0 && isSpace(text[i-1]) {
		i--
	}
	return i
}

// digitsEnd returns the end of the run of digits starting at i.
func digitsEnd(text string, i int) int {
	for i < len(text) && ascii.IsDigit(text[i]) {
		i++
	}
	return i
}

// nextWord returns the letter word that starts after spaces from i, or empty bounds.
func nextWord(text string, i int) (start, end int) {
	i = skipSpaces(text, i)
	if i >= len(text) || !ascii.IsLetter(text[i]) {
		return i, i
	}
	return i, ascii.WordEnd(text, i)
}

// prevWord returns the letter word that ends before i (after skipping spaces), or empty
// bounds when the preceding token is not a word.
func prevWord(text string, i int) (start, end int) {
	end = skipSpacesBack(text, i)
	start = ascii.WordStart(text, end, 0)
	if start > 0 && ascii.IsWordByte(text[start-1]) {
		return end, end
	}
	return start, end
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// monthBefore reports whether a month name (optionally abbreviated with a dot) ends just
// before i, as in "March 6" or "Mar. 6".
func monthBefore(text string, i int) bool {
	j := skipSpacesBack(text, i)
	if j > 0 && text[j-1] == '.' {
		j--
	}
	ws, we := prevWord(text, j)
	if ws == we || !isCapital(text[ws]) {
		return false
	}
	_, ok := MonthOf(text[ws:we])
	return ok
}

// monthAfter reports whether a month name follows i, as in "6 March" or "6th of March".
func monthAfter(text string, i int) bool {
	if i < len(text) && ascii.IsLetter(text[i]) {
		// An ordinal suffix glued to the day: "6th March".
		we := ascii.WordEnd(text, i)
		if !ascii.EqualFoldAny(text[i:we], "st", "nd", "rd", "th") {
			return false
		}
		i = we
	}
	ws, we := nextWord(text, i)
	if ws < we && ascii.EqualFold(text[ws:we], "of") {
		ws, we = nextWord(text, we)
	}
	if ws == we || !isCapital(text[ws]) {
		return false
	}
	_, ok := MonthOf(text[ws:we])
	return ok
}

func isCapital(c byte) bool { return 'A' <= c && c <= 'Z' }

// IsDateNumber reports whether the plain integer text[start:end] is part of a date
// expression: a year ("in 2014", "2023") or a day of a month ("March 6", "6 March"). The
// quantity scanner asks this so that dates are left to this package.
func IsDateNumber(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	for i := start; i < end; i++ {
		if !ascii.IsDigit(text[i]) {
			return false
		}
	}
	switch end - start {
	case 1, 2:
		day := atoi(text[start:end])
		return day >= 1 && day <= 31 && (monthBefore(text, start) && !percentAfter(text, end) || monthAfter(text, end) || dayOfAPair(text, start, end, day))
	case 4:
		return isYearAt(text, start, end)
	}
	return false
}

// dayOfAPair reports day, text[start:end], as one of a pair of days that share a month, as
// dates read them (secondDayAt): the first before the month ("22 and 23 February"), the second
// after it ("February 22 and 23, 2022").
func dayOfAPair(text string, start, end, day int) bool {
	if second, ok := secondDayAt(text, end, day); ok && monthAfter(text, second) {
		return true
	}
	// the second: the first day, and the month before it, before the word or dash that joins them
	j := skipSpacesBack(text, start)
	switch {
	case j > 0 && text[j-1] == '-':
		j--
	case j >= len("–") && text[j-len("–"):j] == "–":
		j -= len("–")
	default:
		ws, we := prevWord(text, j)
		if ws == we || we == start || !ascii.EqualFoldAny(text[ws:we], "and", "to") {
			return false
		}
		j = skipSpacesBack(text, ws)
		if j == ws {
			return false
		}
	}
	// (an ordinal's suffix after the first day: "February 22nd and 23rd")
	k := j
	for k > 0 && ascii.IsLetter(text[k-1]) && j-k < 2 {
		k--
	}
	if k < j && !ascii.EqualFoldAny(text[k:j], "st", "nd", "rd", "th") {
		return false
	}
	fs := k
	for fs > 0 && ascii.IsDigit(text[fs-1]) && k-fs < 3 {
		fs--
	}
	if fs == k || k-fs > 2 || fs > 0 && ascii.IsDigit(text[fs-1]) || !monthBefore(text, fs) {
		return false
	}
	second, ok := secondDayAt(text, k, atoi(text[fs:k]))
	return ok && second >= end && (secondDayEnds(text, second) || yearAfterDateOK(text, second))
}

// yearMin and yearMax bound the four-digit numbers read as years.
const (
	yearMin = 1800
	yearMax = 2199
)

// FirstYear and LastYear are the years the package reads, in text and in ParseDate.
const FirstYear, LastYear = yearMin, yearMax

// isYearAt decides whether a four-digit number is a year. News writes counts of a thousand
// or more with a separator ("2,000 jobs"), so a bare four-digit number in the year range is
// a year unless money, a percentage, a scale word or a hedge-plus-count says otherwise.
func isYearAt(text string, start, end int) bool {
	_, _, _, ok := yearAt(text, start, end)
	return ok
}

// yearAt is isYearAt, which also returns the year and the bounds of the word after it
// (nextWord's), which it reads to decide.
func yearAt(text string, start, end int) (y, ws, we int, ok bool) {
	if d := text[start:end]; len(d) == 4 { // (every caller's: read as one, not a loop)
		y = int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0')
	} else {
		y = atoi(d)
	}
	if y < yearMin || y > yearMax {
		return 0, 0, 0, false
	}
	if start > 0 {
		switch c := text[start-1]; {
		case c == '$' || c == '.' || c == ',' || ascii.IsWordByte(c) && c < 0x80:
			return 0, 0, 0, false
		case c >= 0x80: // a currency sign such as £ or €
			return 0, 0, 0, false
		}
	}
	if end < len(text) {
		switch c := text[end]; {
		case c == '%' || c == ',' && end+1 < len(text) && ascii.IsDigit(text[end+1]):
			return 0, 0, 0, false
		case c == '.' && end+1 < len(text) && ascii.IsDigit(text[end+1]):
			return 0, 0, 0, false
		case ascii.IsLetter(c):
			// "1990s" is a decade, "2000m" money, "1800GMT" a time.
			return 0, 0, 0, false
		}
	}
	ws, we = end, end // (a letter right after the year has turned it away: a word follows spaces)
	if end < len(text) && isSpace(text[end]) {
		ws, we = nextWord(text, end)
	}
	if ws < we {
		w := text[ws:we]
		if countWordTable.Has(w) {
			return 0, 0, 0, false
		}
		if isPlural(w) {
			ps, pe := prevWord(text, start)
			if ps < pe && ascii.EqualFoldAny(text[ps:pe], "about", "around", "some", "nearly", "almost",
				"roughly", "approximately", "estimated", "than", "least", "only", "just") {
				return 0, 0, 0, false
			}
		}
	}
	return y, ws, we, true
}

// countWords are the words after a four-digit number that make it an amount, not a year:
// "2000 people", "1900 million". countWordTable holds them.
var countWords = map[string]bool{
	"percent": true, "per": true, "pct": true, "million": true, "billion": true, "trillion": true,
	"thousand": true, "bn": true, "m": true, "mn": true, "tn": true, "dollars": true, "euros": true,
	"pounds": true, "yen": true, "yuan": true, "roubles": true, "rubles": true, "people": true,
	"workers": true, "jobs": true, "employees": true, "staff": true,
}

var countWordTable = ascii.NewWordTable(countWords)

// isPlural is a rough test for a plural English noun, enough to tell "2,000 jobs" from
// "2004 was".
func isPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i':
		return false
	}
	return !ascii.EqualFoldAny(w, "was", "has", "its", "this", "yes", "does", "goes")
}

// ItemBreak reports the line break at nl as the end of an item of a list: the line after it
// opens with a figure or a year set off by a dash or a colon (ListItemAt), and the line
// before it does too or is a heading (headingLine). A timeline
// ("2009 - Germany's GDP falls 5.5%\n2010 - German GDP grows 4.1%") or a fact box ("2.8% -
// US GDP growth\n4.0% - average unemployment") has an item a line; wire copy wrapped before
// "1987 - the year of the crash" goes on.
func ItemBreak(text string, nl int) bool {
	if !ListItemAt(text, nl+1) {
		return false
	}
	lineStart := strings.LastIndexByte(text[:nl], '\n') + 1
	return ListItemAt(text, lineStart) || headingLine(text[lineStart:nl])
}

// headingLine reports a line too short to be wrapped prose that reads as a heading: it opens
// with a capital and holds four words at most ("Timeline", "Key dates", "Greece, the lost
// years"), not a sentence broken before its figure ("Poland's economy grew by an annual\n2.9%
// - faster than the euro zone - in 2024").
func headingLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) >= WrappedLine || line[0] < 'A' || line[0] > 'Z' {
		return false
	}
	return len(strings.Fields(line)) <= 4
}

// WrappedLine is the length from which a line with no stop at its end is taken for prose
// wrapped at a fixed width (wire copy wraps at 60 to 80 characters; a headline is shorter).
const WrappedLine = 55

// ListItemAt reports a line at i that opens with a figure or a year set off by a dash or a
// colon: "2009 - ", "2009: ", "2.8% – ", "7.4 per cent – ", "1998 — ". Wrapped prose that breaks before a figure
// goes on with a word ("1.2 pct in March"), not a dash.
func ListItemAt(text string, i int) bool {
	if i+1 < len(text) && (text[i] == '-' || text[i] == '+') && ascii.IsDigit(text[i+1]) {
		i++ // "-2.2% - US GDP, 2020"
	}
	j := i
	for j < len(text) && (ascii.IsDigit(text[j]) || text[j] == '.' || text[j] == ',') {
		j++
	}
	if j == i || !ascii.IsDigit(text[j-1]) {
		return false
	}
	if j < len(text) && text[j] == '%' {
		j++
	}
	if j < len(text) && text[j] == ' ' {
		j++
	}
	for _, unit := range [...]string{"per cent ", "percent ", "pct "} {
		if len(text)-j >= len(unit) && strings.EqualFold(text[j:j+len(unit)], unit) {
			j += len(unit) // "7.4 per cent – French unemployment"
			break
		}
	}
	switch {
	case j < len(text) && (text[j] == '-' || text[j] == ':'):
		j++
	case strings.HasPrefix(text[j:], "–") || strings.HasPrefix(text[j:], "—"):
		j += len("–")
	default:
		return false
	}
	return j < len(text) && text[j] == ' '
}
