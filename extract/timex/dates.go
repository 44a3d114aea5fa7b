package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Full dates in the forms news and feeds write them: "March 6, 2026", "Mar. 6 2026",
// "6 March 2026", "04 Mar 2025", "6th of March, 2026", "2026-03-06", "Tuesday, March 4, 2025".

// dateParts is a date as written: day and year may be missing ("March 6", "6 March").
type dateParts struct {
	year       int
	month      time.Month
	day        int
	hasYear    bool
	hasDay     bool
	start, end int
}

// dateAt reads a date that starts at i with a weekday, a month name, a day number or an ISO
// year.
func dateAt(text string, i int) (dateParts, bool) {
	start := i
	// An optional weekday: "Tuesday, March 4, 2025", "Tue 4 Mar 2025".
	if i < len(text) && ascii.IsLetter(text[i]) {
		we := ascii.WordEnd(text, i)
		if isWeekdayName(text[i:we]) {
			j := we
			if j < len(text) && text[j] == '.' {
				j++
			}
			if j < len(text) && text[j] == ',' {
				j++
			}
			j = skipSpaces(text, j)
			if d, ok := dateAt(text, j); ok && d.hasDay {
				d.start = start
				return d, true
			}
			return dateParts{}, false
		}
	}
	if i < len(text) && ascii.IsDigit(text[i]) {
		if d, ok := isoDateAt(text, i); ok {
			return d, true
		}
		return dayFirstAt(text, i)
	}
	return monthFirstAt(text, i)
}

// mayBeDateAtDigits reports whether dateAt can read a date at the digits text[i:de], by the
// first tests it would make: four digits and a dash or a slash (isoDateAt), or one or two
// digits followed by a letter (an ordinal's suffix) or by spaces and a letter (dayFirstAt).
// Most figures and years pass neither, and a text dense with them asked dateAt of each.
func mayBeDateAtDigits(text string, i, de int) bool {
	switch de - i {
	case 4:
		return de < len(text) && (text[de] == '-' || text[de] == '/')
	case 1, 2:
		if de < len(text) && (ascii.IsLetter(text[de]) || text[de] == '-' || strings.HasPrefix(text[de:], "–")) {
			return true // (a dash: the first day of a pair, "22-23 February", dayFirstAt)
		}
		k := skipSpaces(text, de)
		return k > de && k < len(text) && ascii.IsLetter(text[k])
	}
	return false
}

// isWeekdayName reports a weekday's name or its abbreviation, in any case. Dateline asks it of
// the first words of every article: one table probe, no lower-cased copy.
func isWeekdayName(w string) bool {
	return weekdayNames.Has(w)
}

// IsDayOrMonthName reports the name of a weekday or a month, or an abbreviation of one, in
// any case: a capitalised word of time, not of a name ("Japan Tuesday said").
func IsDayOrMonthName(w string) bool {
	if isWeekdayName(w) {
		return true
	}
	_, ok := MonthOf(w)
	return ok
}

// weekdayNameSet are the weekdays' names and their short forms; weekdayNames holds them.
var weekdayNameSet = func() map[string]bool {
	names := map[string]bool{}
	for w := range weekdayWords {
		names[w] = true
	}
	for _, w := range []string{"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"} {
		names[w] = true
	}
	return names
}()

var weekdayNames = ascii.NewWordTable(weekdayNameSet)

// isoDateAt reads 2026-03-06 or 2026/03/06.
func isoDateAt(text string, i int) (dateParts, bool) {
	if i+7 > len(text) || digitsEnd(text, i) != i+4 {
		return dateParts{}, false
	}
	sep := text[i+4]
	if sep != '-' && sep != '/' {
		return dateParts{}, false
	}
	if digitsEnd(text, i+5) != i+7 {
		return dateParts{}, false
	}
	d := dateParts{year: atoi(text[i : i+4]), month: time.Month(atoi(text[i+5 : i+7])), hasYear: true,
		start: i, end: i + 7}
	if d.month < 1 || d.month > 12 || d.year < yearMin || d.year > yearMax {
		return dateParts{}, false
	}
	// A year and month alone ("2004-05") is left out: in news it is far more often a span of
	// years than May 2004.
	if i+10 > len(text) || text[i+7] != sep || digitsEnd(text, i+8) != i+10 {
		return dateParts{}, false
	}
	d.day = atoi(text[i+8 : i+10])
	d.hasDay = true
	d.end = i + 10
	if !validDay(d.year, d.month, d.day) {
		return dateParts{}, false
	}
	if d.end < len(text) && ascii.IsDigit(text[d.end]) {
		return dateParts{}, false
	}
	return d, true
}

func validDay(y int, m time.Month, d int) bool {
	if d < 1 || d > 31 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// dayFirstAt reads "6 March 2026", "04th Jan 2019", "6 March", "6th of March, 2026".
func dayFirstAt(text string, i int) (dateParts, bool) {
	de := digitsEnd(text, i)
	if de-i > 2 || de == i {
		return dateParts{}, false
	}
	day := atoi(text[i:de])
	j := de
	if j < len(text) && ascii.IsLetter(text[j]) {
		we := ascii.WordEnd(text, j)
		if !ascii.EqualFoldAny(text[j:we], "st", "nd", "rd", "th") {
			return dateParts{}, false
		}
		j = we
	}
	if second, ok := secondDayAt(text, j, day); ok {
		j = second // "22 and 23 February 2022": the first day's, up to the month the two share
	}
	ms, me := nextWord(text, j)
	if ms == me || ms == j {
		return dateParts{}, false
	}
	if ascii.EqualFold(text[ms:me], "of") {
		ms, me = nextWord(text, me)
	}
	month, ok := MonthOf(text[ms:me])
	if !ok || !isCapital(text[ms]) && !ascii.EqualFoldAny(text[ms:me], "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "april", "june", "july", "august", "september", "october", "november", "december") {
		return dateParts{}, false
	}
	end := me
	if end < len(text) && text[end] == '.' {
		end++
	}
	d := dateParts{month: month, day: day, hasDay: true, start: i, end: end}
	if y, ye, ok := yearAfterDate(text, end); ok {
		d.year, d.hasYear, d.end = y, true, ye
	}
	if day < 1 || day > 31 || d.hasYear && !validDay(d.year, month, day) {
		return dateParts{}, false
	}
	return d, true
}

// monthFirstAt reads "March 6, 2026", "Mar. 6", "March 2026", "March of 2026", "March".
func monthFirstAt(text string, i int) (dateParts, bool) {
	if i >= len(text) || !ascii.IsLetter(text[i]) {
		return dateParts{}, false
	}
	me := ascii.WordEnd(text, i)
	month, ok := MonthOf(text[i:me])
	if !ok {
		return dateParts{}, false
	}
	d := dateParts{month: month, start: i, end: me}
	j := me
	if j < len(text) && text[j] == '.' {
		j++
	}
	k := skipSpaces(text, j)
	if k > j || j > me {
		// A day: "March 6", "Mar. 6th".
		de := digitsEnd(text, k)
		if de > k && de-k <= 2 {
			day := atoi(text[k:de])
			e := de
			if e < len(text) && ascii.IsLetter(text[e]) {
				we := ascii.WordEnd(text, e)
				if ascii.EqualFoldAny(text[e:we], "st", "nd", "rd", "th") {
					e = we
				} else {
					e = -1
				}
			}
			if e > 0 && day >= 1 && day <= 31 && (e == len(text) || !ascii.IsDigit(text[e])) && !percentAfter(text, e) {
				d.day, d.hasDay, d.end = day, true, e
				if second, ok := secondDayAt(text, e, day); ok && (secondDayEnds(text, second) || yearAfterDateOK(text, second)) {
					// "February 22 and 23, 2022": the first day's, of the year the two share
					// (blind round 194: read as February 22 of the year of publication)
					e, d.end = second, second
				}
				if y, ye, ok := yearAfterDate(text, e); ok {
					d.year, d.hasYear, d.end = y, true, ye
					if !validDay(d.year, month, day) {
						return dateParts{}, false
					}
				} else if y, ok := yearOfNextDate(text, e, month); ok && validDay(y, month, day) {
					// "on Aug. 7 and Nov. 5, 2018": the year the second date names, when that
					// one is later in it (blind round 202: read as August 7 of the year of
					// publication)
					d.year, d.hasYear = y, true
				}
				return d, true
			}
		}
	}
	// A year without a day: "March 2026", "March of 2026", "March, 2026".
	if y, ye, ok := yearAfterMonth(text, me); ok {
		d.year, d.hasYear, d.end = y, true, ye
	}
	return d, true
}

// yearOfNextDate reads " and Nov. 5, 2018" (or "to") right after offset i: a date of a later
// month of a year, given with its day, whose year the date before it shares.
func yearOfNextDate(text string, i int, month time.Month) (int, bool) {
	ws, we := nextWord(text, i)
	if ws == we || ws == i || !ascii.EqualFoldAny(text[ws:we], "and", "to") {
		return 0, false
	}
	ms := skipSpaces(text, we)
	if ms == we {
		return 0, false
	}
	d, ok := monthFirstAt(text, ms)
	if !ok || !d.hasDay || !d.hasYear || d.month <= month {
		return 0, false
	}
	return d.year, true
}

// secondDayAt reads the second day of a pair that shares its month and year with the day
// before offset i, day: " and 23", "-23", "–23rd", " to 23" ("February 22 and 23, 2022", "22-23
// February 2022"). It returns the end of the second day, which must come later in the month.
func secondDayAt(text string, i, day int) (int, bool) {
	j := i
	switch {
	case j < len(text) && text[j] == '-':
		j++
	case strings.HasPrefix(text[j:], "–"):
		j += len("–")
	default:
		ws, we := nextWord(text, j)
		if ws == we || ws == j || !ascii.EqualFoldAny(text[ws:we], "and", "to") {
			return 0, false
		}
		j = skipSpaces(text, we)
		if j == we {
			return 0, false
		}
	}
	de := digitsEnd(text, j)
	if de == j || de-j > 2 {
		return 0, false
	}
	if second := atoi(text[j:de]); second <= day || second > 31 {
		return 0, false
	}
	if de < len(text) && ascii.IsLetter(text[de]) {
		we := ascii.WordEnd(text, de)
		if !ascii.EqualFoldAny(text[de:we], "st", "nd", "rd", "th") {
			return 0, false
		}
		de = we
	}
	if de < len(text) && (ascii.IsDigit(text[de]) || text[de] == '.' && de+1 < len(text) && ascii.IsDigit(text[de+1])) || percentAfter(text, de) {
		return 0, false
	}
	return de, true
}

// secondDayEnds reports that the second day of a pair, ending at i, closes its phrase: a mark
// follows it, not a word that would make it a count ("on March 2 and 3 million more").
func secondDayEnds(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	switch text[i] {
	case ',', '.', ';', ':', ')', '\n':
		return true
	}
	return false
}

// yearAfterDateOK reports a year after a day that ends at i ("23, 2022").
func yearAfterDateOK(text string, i int) bool {
	_, _, ok := yearAfterDate(text, i)
	return ok
}

// percentAfter reports a percent sign or word right after offset i: "its January 3% figure"
// is a month and a percentage, not the third of January.
func percentAfter(text string, i int) bool {
	if i < len(text) && text[i] == '%' {
		return true
	}
	ws, we := nextWord(text, i)
	return ws < we && ascii.EqualFoldAny(text[ws:we], "pct", "percent", "per")
}

// yearAfterDate reads ", 2026" or " 2026" after a day and month.
func yearAfterDate(text string, i int) (int, int, bool) {
	j := i
	if k := skipSpaces(text, j); k < len(text) && text[k] == ',' {
		j = k
	}
	if j < len(text) && text[j] == ',' {
		j++
	}
	k := skipSpaces(text, j)
	if k == i {
		return 0, 0, false
	}
	if ws, we := nextWord(text, k); ws == k && ws < we && ascii.EqualFold(text[ws:we], "of") && j == i {
		// "July 4th of 1995".
		k = skipSpaces(text, we)
	}
	if breakBeforeYear(text, i, k) {
		return 0, 0, false // "peaks at 38,915 on 29 December.\n\n1990: The Bank ...": the next item's year
	}
	return fourDigitYear(text, k)
}

// yearAfterMonth reads " 2026", " of 2026" or ", 2026" after a month name.
func yearAfterMonth(text string, i int) (int, int, bool) {
	j := i
	if j < len(text) && (text[j] == ',' || text[j] == '.') {
		j++
	}
	k := skipSpaces(text, j)
	if k == i {
		return 0, 0, false
	}
	if ws, we := nextWord(text, k); ws < we && ascii.EqualFold(text[ws:we], "of") {
		k = skipSpaces(text, we)
	}
	if breakBeforeYear(text, i, k) {
		return 0, 0, false // "peaks at 11.1% in October\n2023 - Bank Rate ...": the next item's year
	}
	return fourDigitYear(text, k)
}

// breakBeforeYear reports a break in text[i:k], the space between a month (or a day) and a
// year, that no date crosses: a blank line, which opens a new paragraph ("peaks at 38,915 on
// 29 December.\n\n1990: The Bank of Japan raises ..."), or the end of an item of a list
// (ItemBreak: "in October\n2023 - Bank Rate ..."). Wire copy wrapped at a fixed width ("in
// December\n1986") breaks a date with one line break, never with a blank line.
func breakBeforeYear(text string, i, k int) bool {
	gap := text[i:k]
	nl := strings.LastIndexByte(gap, '\n')
	if nl < 0 {
		return false
	}
	return strings.IndexByte(gap, '\n') < nl || ItemBreak(text, i+nl)
}

func fourDigitYear(text string, k int) (int, int, bool) {
	e := digitsEnd(text, k)
	if e-k != 4 || e < len(text) && (ascii.IsLetter(text[e]) || text[e] == ',' && e+1 < len(text) && ascii.IsDigit(text[e+1])) {
		return 0, 0, false
	}
	y := atoi(text[k:e])
	if y < yearMin || y > yearMax {
		return 0, 0, false
	}
	return y, e, true
}

// ParseDate parses one date as given in a flag or a JSONL "published" field: 2025-03-04,
// RFC 3339, "March 4, 2025", "4 March 2025", "04 Mar 2025".
func ParseDate(s string) (time.Time, error) {
	v := strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", time.DateOnly} {
		if t, err := time.Parse(layout, v); err == nil {
			// A date written as asked but of a year no text is read in (0001-01-01,
			// 9999-12-31T00:00:00Z) is out of range, not of the wrong form: no period of
			// the table or of an article could be judged against it.
			if t.Year() < FirstYear || t.Year() > LastYear {
				return time.Time{}, fmt.Errorf("parse date %q: the year %d is out of range: give a date from %d to %d", s, t.Year(), FirstYear, LastYear)
			}
			return t, nil
		}
	}
	if d, ok := dateAt(v, 0); ok && d.hasDay && d.hasYear && d.end == len(v) {
		return time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("parse date %q: use 2025-03-04, RFC 3339 (2025-03-04T20:24:00+10:00), \"March 4, 2025\", \"4 March 2025\" or \"04 Mar 2025\"", s)
}

// Dateline limits: a publication date is looked for only at the top of an article.
const (
	datelineLines = 10
	datelineBytes = 600
)

// Dateline finds a publication date near the top of an article ("04 Mar 2025, 20:24 GMT+10",
// "March 4, 2025", "2025-03-04"). The date must begin a line, after an optional label
// ("Published:", "Updated") or an upper-case place name ("LONDON, March 4, 2025"), so that
// dates in the body text are not taken for the dateline.
func Dateline(text string) (time.Time, bool) {
	top := text
	if len(top) > datelineBytes {
		top = top[:datelineBytes]
	}
	// A dateline has a year, four ASCII digits in a row: most lines at the top are prose
	// without one, and the byline search would read each for three separators. Such a row
	// lies within a line, so that the lines with one are found by looking for it in the whole
	// top, where each line was split off and looked at in turn.
	lineStart, n := 0, 0 // the start of a line and its number
	for {
		at := fourDigitsFrom(top, lineStart)
		if at < 0 {
			break
		}
		// the line breaks before the row, counted from the line start on (a vector search
		// each, where strings.LastIndexByte is a byte loop)
		for k := strings.IndexByte(top[lineStart:at], '\n'); k >= 0; k = strings.IndexByte(top[lineStart:at], '\n') {
			lineStart += k + 1
			n++
		}
		if n >= datelineLines {
			break
		}
		lineEnd := strings.IndexByte(top[at:], '\n')
		if lineEnd < 0 {
			lineEnd = len(top)
		} else {
			lineEnd += at
		}
		line := top[lineStart:lineEnd]
		if t, ok := datelineIn(line); ok {
			return t, true
		}
		if t, ok := datelineInParts(line); ok {
			return t, true
		}
		if t, ok := mastheadDateline(line); ok {
			return t, true
		}
		lineStart, n = lineEnd+1, n+1
	}
	return time.Time{}, false
}

// mastheadWords bounds the names before and after the date of a masthead line.
const mastheadWords = 10

// mastheadDateline finds the date of a masthead or dateline line whose other words are all
// names, in any script, joined by dashes, slashes and commas, with asides in brackets:
// "Handelsblatt (English edition), Düsseldorf, 16 January 2026", "Financial Times — Lagos /
// Johannesburg / Nairobi, 19 February 2026", "(Bloomberg) -- January 23, 2026", "March 5,
// 2026 — Beijing", "REYKJAVÍK, 14 March 2009 —", "*Released February 18, 2026 — Washington,
// D.C.*" (blind round 64: seven of 22 such lines were read as no date, and their articles
// judged as undated). A word of prose in lower case ("Born in Luton, Bedfordshire, on 5 April
// 1920", "Prices in Paris rose, March 4, 2025") makes the line no masthead.
func mastheadDateline(line string) (time.Time, bool) {
	line = strings.Trim(line, " *_\t\r")
	if strings.HasPrefix(line, "|") {
		return time.Time{}, false // a row of a table
	}
	line = strings.TrimLeft(line, "# ") // a Markdown heading's marks
	for p := 0; p < len(line); p++ {
		label := -1
		if p > 0 && line[p-1] == ' ' {
			label = labelBefore(line[:p-1])
		}
		if p > 0 && !mastheadBoundary(line, p) && label < 0 {
			continue
		}
		c := line[p]
		if !ascii.IsDigit(c) && !ascii.IsLetter(c) {
			continue
		}
		d, ok := dateAt(line, p)
		if !ok {
			d, ok = otherLanguageDateAt(line, p)
		}
		if !ok || !d.hasDay || !d.hasYear {
			continue
		}
		before := line[:p]
		if label >= 0 {
			// "Buenos Aires Herald Review — published 12 January 2026", "WASHINGTON — Updated
			// January 9, 2026" (blind round 68)
			before = strings.TrimRight(line[:label], " ")
			if before != "" {
				before += " "
			}
		}
		if !mastheadNames(line[d.end:]) || numberedItem(before) {
			return time.Time{}, false
		}
		if mastheadFields(before) || label >= 0 && creditFields(before) || genreLine(before) {
			return time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// mastheadFields reports the text of a masthead line before its date: names after a section's
// label (afterSectionLabel), or a short field after the last dash that opens with a capital
// ("The Brussels Briefing — Morning newsletter, 27 April 2026").
func mastheadFields(before string) bool {
	if mastheadNames(afterSectionLabel(before)) {
		return true
	}
	for _, sep := range []string{" — ", " – ", " -- ", " | "} {
		if i := strings.LastIndex(before, sep); i > 0 {
			field := strings.Fields(strings.Trim(before[i+len(sep):], " ,"))
			if len(field) == 0 || len(field) > 3 {
				return false
			}
			r, _ := utf8.DecodeRuneInString(field[0])
			return unicode.IsUpper(r) && !strings.ContainsAny(before[i:], "0123456789")
		}
	}
	return false
}

// numberedItem reports a text before a date that opens with a bare number ("1) 4 March 2025",
// "0) 1 Feb 2000"): an item of a list, no masthead. A number further on is a field's ("podcast,
// episode 212, recorded 11 April 2022", "Hong Kong, September 2006 — published 2006-09-05").
func numberedItem(before string) bool {
	fs := strings.Fields(before)
	if len(fs) == 0 {
		return false
	}
	w := strings.Trim(fs[0], "().,:#")
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// lastWord returns the last word of text, past its last space.
func lastWord(text string) string {
	return text[strings.LastIndexByte(text, ' ')+1:]
}

// mastheadLabel reports the word of a label that opens a masthead line before its date:
// "Released", "Published", "Issued", "Updated", and a broadcast's or a recording's
// ("broadcast 3 March 2017", "recorded 11 April 2022").
func mastheadLabel(text string) bool {
	return ascii.EqualFoldAny(text, "released", "published", "issued", "updated", "posted", "dated",
		"broadcast", "aired", "recorded", "filed", "delivered")
}

// labelBefore returns where a label that ends text starts (a masthead label, after which a
// weekday may come: "Broadcast Monday"; or an issue's "Issue of", "Sitting of"), or -1.
func labelBefore(text string) int {
	rest := strings.TrimRight(text, " ")
	w := lastWord(rest)
	if isWeekdayName(strings.TrimRight(w, ",.")) {
		rest = strings.TrimRight(strings.TrimSuffix(rest, w), " ")
		w = lastWord(rest)
	}
	at := len(rest) - len(w)
	switch {
	case mastheadLabel(w):
		return at
	case w == "of":
		head := lastWord(strings.TrimRight(rest[:at], " "))
		if ascii.EqualFoldAny(head, "issue", "edition", "sitting", "session", "meeting", "hearing") {
			return at - 1 - len(head)
		}
	}
	return -1
}

// creditWords bounds the words before the label of a credit line.
const creditWords = 12

// creditFields reports the text before a label and its date as a credit line's fields: none, or
// fields that end at a comma or a dash, with at most three words in lower case that are no
// particles of a place ("Recorded in São Paulo, published 9 March 2023", "Transcript — "Money
// Talks" podcast, episode 212, recorded 11 April 2022", "Hong Kong, September 2006 —
// published 2006-09-05"). A sentence that names a date at its end ("The figures come from the
// census report, published 9 March 2023.") has more.
func creditFields(before string) bool {
	b := strings.TrimRight(before, " ")
	if b == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(b)
	if r != ',' && r != '—' && r != '–' && r != '-' && r != '|' {
		return false
	}
	words, lower := 0, 0
	for _, f := range strings.Fields(b) {
		w := strings.Trim(f, ",.;:()|/*_-–—·•'\"“”")
		if w == "" {
			continue
		}
		if words++; words > creditWords {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !ascii.EqualFoldAny(w, placeParticles...) {
			lower++
		}
	}
	return lower <= 3
}

// genreWords bounds the words before the date of a line that a kind of text opens.
const genreWords = 20

// genreLine reports the text before a date as the line of a kind of text, its author or
// occasion, then the place: "Speech by an opposition senator to the Argentine Senate, Buenos
// Aires, " (blind round 103). The line opens with the kind's noun, capitalised, and the place
// is names after the last comma.
func genreLine(before string) bool {
	fs := strings.Fields(before)
	if len(fs) < 2 || len(fs) > genreWords {
		return false
	}
	switch strings.TrimRight(fs[0], ":") {
	case "Speech", "Remarks", "Address", "Statement", "Transcript", "Interview", "Testimony", "Lecture", "Keynote":
	default:
		return false
	}
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, ",") {
		return false
	}
	b = strings.TrimSuffix(b, ",")
	i := strings.LastIndexByte(b, ',')
	return i > 0 && mastheadNames(b[i+1:])
}

// afterSectionLabel returns what follows a section's label of a few words that a dash or a
// bar parts from the names before a date ("Special report — Riyadh, ", "Data journalism —
// Mexico City, ", "World business briefs — "), or text itself. The label may be in lower
// case; the names after it may not.
func afterSectionLabel(text string) string {
	for _, sep := range []string{" — ", " – ", " -- ", " | "} {
		if i := strings.LastIndex(text, sep); i > 0 {
			label := text[:i]
			if n := len(strings.Fields(label)); n > 0 && n <= 5 && !strings.ContainsAny(label, "0123456789") {
				return text[i+len(sep):]
			}
		}
	}
	return text
}

// mastheadBoundary reports a place where a field of a masthead may start: after a space that
// follows a separator (a comma, a dash, a bar, a slash, a closing bracket) or a label's colon.
func mastheadBoundary(line string, p int) bool {
	if line[p-1] != ' ' || p < 2 {
		return false
	}
	switch line[p-2] {
	case ',', '-', '|', '/', ')', ':':
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line[:p-1])
	return r == '—' || r == '–' || r == '·' || r == '•'
}

// mastheadNames reports a stretch of a masthead line with no word of prose: every word outside
// brackets opens with a capital (in any script) or a digit, or is a particle of a place name
// ("de", "am", "of", "and"), and there are at most mastheadWords of them.
func mastheadNames(text string) bool {
	words, depth := 0, 0
	for _, f := range strings.Fields(text) {
		for _, r := range f {
			if r == '(' {
				depth++
			}
		}
		inside := depth > 0
		for _, r := range f {
			if r == ')' && depth > 0 {
				depth--
			}
		}
		w := strings.Trim(f, ",.;:()|/*_-–—·•'\"")
		if w == "" || inside {
			continue
		}
		words++
		if words > mastheadWords {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || ascii.EqualFoldAny(w, placeParticles...) || w == "and" || w == "the" || w == "&" {
			continue
		}
		return false
	}
	return true
}

// bylineSeparators part the fields of a byline: "By Jane Doe | Lagos | 16 February 2024",
// "By Jane Doe · 16 Feb 2024".
var bylineSeparators = []string{" | ", " · ", " • "}

// datelineInParts finds the date of a byline whose fields a separator parts, in one of the
// fields after the first: the author's name comes first, then the place and the date. A line
// that opens with a bar is a row of a table, not a byline.
func datelineInParts(line string) (time.Time, bool) {
	trimmed := strings.TrimLeft(line, " ")
	if trimmed == "" || trimmed[0] == '|' {
		return time.Time{}, false
	}
	for _, sep := range bylineSeparators {
		// The mark between the spaces first: a search for a space and a mark stops at
		// every space of the line.
		if !strings.Contains(line, sep[1:len(sep)-1]) || !strings.Contains(line, sep) {
			continue
		}
		parts := strings.Split(line, sep)
		for _, part := range parts[1:] {
			if t, ok := datelineIn(part); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func datelineIn(line string) (time.Time, bool) {
	i := skipSpaces(line, 0)
	// Labels and place names before the date.
	for k := 0; k < 3 && i < len(line) && ascii.IsLetter(line[i]); k++ {
		we := placeWordEnd(line, i) // (a place in another script: "REYKJAVÍK, 14 March 2009")
		w := line[i:we]
		if isWeekdayName(w) {
			break
		}
		if _, isMonth := MonthOf(w); isMonth {
			break
		}
		label := ascii.EqualFoldAny(w, "published", "updated", "posted", "date", "dated", "on", "last", "modified", "first")
		placeName := isUpperWord(w) || isCapital(w[0]) && we < len(line) && line[we] == ','
		longPlace := false
		if !label && !placeName {
			if we = placeNameEnd(line, i); we < 0 {
				return time.Time{}, false // "LONDON, 4 March 2025" and "Brussels, 30 January 2025" are datelines
			}
			longPlace = true
		}
		i = we
		for i < len(line) && (line[i] == ':' || line[i] == ',' || line[i] == ' ' || line[i] == '-' || line[i] == '|' || line[i] == '/' && placeName) {
			i++
		}
		if longPlace {
			break // the date follows a place of several words at once: "Born in Luton, Bedfordshire, on 5 April 1920" is prose
		}
	}
	d, ok := dateAt(line, i)
	if !ok || !d.hasDay || !d.hasYear {
		return time.Time{}, false
	}
	return time.Date(d.year, d.month, d.day, 0, 0, 0, 0, time.UTC), true
}

// placeParticles are the lower-case words inside place names, in the languages of the places:
// Rio de Janeiro, Dar es Salaam, Frankfurt am Main, Port of Spain, Newcastle upon Tyne.
var placeParticles = []string{"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les", "el", "al", "es", "am", "an", "der", "den", "of", "upon", "sur"}

// placeNameMaxWords bounds a place name of several words: "Bandar Seri Begawan", "Rio de Janeiro".
const placeNameMaxWords = 4

// placeNameEnd returns the end of a place name of several words that starts at i and ends at a
// comma ("New Delhi, 3 February 2025", "Rio de Janeiro, May 2, 2024", "São Paulo,"), or -1.
// Its words are capitalised, with particles between them ("de", "es", "am", "of"); the last is
// capitalised, so "Brussels said on," is no place.
func placeNameEnd(line string, i int) int {
	for n := 0; n < placeNameMaxWords && i < len(line); n++ {
		end := placeWordEnd(line, i)
		if end == i {
			return -1
		}
		capitalised := isCapital(line[i]) || line[i] >= utf8.RuneSelf
		switch {
		case n == 0 && !capitalised:
			return -1
		case !capitalised && !ascii.EqualFoldAny(line[i:end], placeParticles...):
			return -1 // "Born in Luton," is a sentence's start
		case end < len(line) && line[end] == ',':
			if !capitalised {
				return -1
			}
			return end
		case end >= len(line) || line[end] != ' ':
			return -1
		}
		i = end + 1
	}
	return -1
}

// placeWordEnd returns the end of a word of a place name: letters and the letters of other
// scripts, joined by hyphens and apostrophes ("Port-au-Prince", "N'Djamena").
func placeWordEnd(line string, i int) int {
	for i < len(line) {
		c := line[i]
		joiner := (c == '-' || c == '\'') && i+1 < len(line) && (ascii.IsLetter(line[i+1]) || line[i+1] >= utf8.RuneSelf)
		if !ascii.IsLetter(c) && c < utf8.RuneSelf && !joiner {
			break
		}
		i++
	}
	return i
}

func isUpperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return isUpperWordOfAnyScript(w)
		} else if !isCapital(c) {
			return false
		}
	}
	return true
}

// isUpperWordOfAnyScript is isUpperWord of a word with letters of other scripts: "REYKJAVÍK",
// "MÜNCHEN"; its hyphens and apostrophes are no letters ("PORT-AU-PRINCE").
func isUpperWordOfAnyScript(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
