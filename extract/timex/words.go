package timex

import (
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// Expressions that start with a word: month and weekday names, relative words, quarters and
// halves, fiscal years.

// monthContext are the words after which a bare month name is a date ("in March"), not a
// verb or a name ("May", "March").
var monthContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true, "to": true,
	"of": true, "during": true, "through": true, "between": true, "and": true, "or": true,
	"early": true, "late": true, "mid": true, "end": true, "before": true, "after": true,
	"for": true, "last": true, "next": true, "this": true, "on": true, "as": true,
	"throughout": true, "over": true, "at": true, "into": true,
	// A month as a modifier: "a 0.7 pct January gain", "the May rise", "against April's".
	"pct": true, "percent": true, "cent": true, "the": true, "a": true, "an": true, "its": true,
	"their": true, "with": true, "against": true, "versus": true, "than": true, "while": true,
	"but": true, "following": true, "mid-": true,
	// A participle that takes a date: "the fiscal year starting April", "beginning July".
	"starting": true, "beginning": true, "ending": true, "ended": true,
}

// A wordRole is what a word that can begin an expression begins.
type wordRole uint8

const (
	roleMonth wordRole = iota + 1
	roleWeekday
	roleOrdinal
	roleRelative // "last", "next", "this", ...
	roleThat
	roleSame
	roleYesterday
	roleToday
	roleTomorrow
	roleQH // "Q", "H" before a digit
	roleFY
	roleFiscal
	roleYear
	roleQuarter
	roleMonthNoun
	roleA
	roleMonthsTo // "three", "six", "nine", "twelve" (months to)
	roleYears    // "years", "decade", "decades" after a count ("two years later")
	roleCentury  // "nineteen" before a decade spelt out ("the nineteen-nineties")
)

// calendarWord is the role of a word and its number: the month, weekday, ordinal or count.
type calendarWord struct {
	role wordRole
	n    int
	word string // the lower-case word
}

// calendarWordRoles holds every word atWord acts on.
var calendarWordRoles = func() map[string]calendarWord {
	m := map[string]calendarWord{}
	add := func(w string, role wordRole, n int) {
		if _, dup := m[w]; dup {
			panic("timex: calendar word " + w + " has two roles")
		}
		m[w] = calendarWord{role: role, n: n, word: w}
	}
	for w, month := range monthWords {
		add(w, roleMonth, int(month))
	}
	for w, wd := range weekdayWords {
		add(w, roleWeekday, int(wd))
	}
	for w, n := range ordinalWords {
		add(w, roleOrdinal, n)
	}
	for _, w := range []string{"last", "next", "this", "previous", "past", "prior", "coming", "current", "following"} {
		add(w, roleRelative, 0)
	}
	for w, n := range map[string]int{"three": 3, "six": 6, "nine": 9, "twelve": 12} {
		add(w, roleMonthsTo, n)
	}
	for w, role := range map[string]wordRole{"that": roleThat, "same": roleSame, "yesterday": roleYesterday,
		"today": roleToday, "tomorrow": roleTomorrow, "q": roleQH, "h": roleQH, "fy": roleFY,
		"fiscal": roleFiscal, "financial": roleFiscal, "year": roleYear, "quarter": roleQuarter,
		"month": roleMonthNoun, "a": roleA, "years": roleYears, "decade": roleYears, "decades": roleYears,
		"nineteen": roleCentury} {
		add(w, role, 0)
	}
	return m
}()

// calendarWords is calendarWordRoles for look-ups: one sorts a word the trigger pre-test let
// through.
var calendarWords = ascii.NewWordTable(calendarWordRoles)

// atWord parses an expression that starts with the word text[i:we].
func (s *scanner) atWord(i, we int) (int, bool) {
	text := s.text
	cw, ok := calendarWords.Lookup(text[i:we])
	if !ok {
		return 0, false
	}
	switch cw.role {
	case roleMonth:
		return s.atMonth(i)
	case roleWeekday:
		wd := time.Weekday(cw.n)
		ps, pe := prevWord(text, i)
		if ps < pe && ascii.EqualFoldAny(text[ps:pe], "on", "since", "until", "by", "said", "says", "from", "before", "after", "late", "early") {
			s.add(s.relative(i, we, Day, func(pub time.Time) string { return dayPeriod(lastWeekday(pub, wd, true)) }))
			return we, true
		}
		return 0, false
	case roleRelative:
		return s.atRelative(i, we, cw.word)
	case roleThat:
		return s.atAnaphor(i, we)
	case roleSame:
		if ps, pe := prevWord(text, i); ps < pe && ascii.EqualFold(text[ps:pe], "the") {
			return s.atAnaphor(ps, we)
		}
		return 0, false
	case roleYesterday:
		s.add(s.relative(i, we, Day, func(pub time.Time) string { return dayPeriod(pub.AddDate(0, 0, -1)) }))
		return we, true
	case roleToday:
		s.add(s.relative(i, we, Day, func(pub time.Time) string { return dayPeriod(pub) }))
		return we, true
	case roleTomorrow:
		s.add(s.relative(i, we, Day, func(pub time.Time) string { return dayPeriod(pub.AddDate(0, 0, 1)) }))
		return we, true
	case roleQH:
		return s.atQH(i, we, cw.word)
	case roleFY:
		return s.atFY(i, we)
	case roleFiscal:
		return s.atFiscal(i, we)
	case roleCentury:
		return s.atSpeltDecade(i, we)
	case roleYear:
		return s.atYearTo(i, we)
	case roleQuarter:
		return s.atBareAnaphor(i, we, Quarter)
	case roleMonthNoun:
		return s.atBareAnaphor(i, we, Month)
	case roleA:
		return s.atYearEarlier(i, we)
	case roleMonthsTo:
		return s.atMonthsTo(i, we, cw.n)
	case roleYears:
		return s.atYearsShift(i, we)
	case roleOrdinal:
		return s.atOrdinal(i, we, cw.n)
	}
	return 0, false
}

// atMonth parses a date or month that starts with a month name.
func (s *scanner) atMonth(i int) (int, bool) {
	text := s.text
	d, ok := monthFirstAt(text, i)
	if !ok {
		return 0, false
	}
	if me := ascii.WordEnd(text, i); !d.hasDay && !d.hasYear && me-i >= 4 && isUpperWord(text[i:me]) && !ascii.EqualFold(text[i:me], "march") {
		return s.addDate(d), true // a headline's "YUGOSLAV FEBRUARY INFLATION"
	}
	if !isCapital(text[i]) && (!d.hasDay && !d.hasYear || ascii.EqualFoldAny(text[i:ascii.WordEnd(text, i)], "may", "mar") && !d.hasYear) {
		// Lower case month names are accepted only with a day or year after them, and the
		// verbs "may" and "mar" only with a year.
		return 0, false
	}
	if !d.hasDay && !d.hasYear {
		me := ascii.WordEnd(text, i)
		ps, pe := prevWord(text, i)
		if ps == pe && i > 1 && text[i-1] == '-' {
			// "at end-May", "by mid-March": the word before the hyphen
			ps, pe = i-1, i-1
			for ps > 0 && ascii.IsLetter(text[ps-1]) {
				ps--
			}
			if !ascii.EqualFoldAny(text[ps:pe], "end", "mid", "early", "late") {
				ps = pe
			}
		}
		possessive := me < len(text) && (text[me] == '\'' || strings.HasPrefix(text[me:], "’")) && !ascii.EqualFoldAny(text[i:me], "may", "march")
		if me-i < 4 && !ascii.EqualFoldAny(text[i:me], "may", "june", "july") || !possessive && (ps == pe || !monthContext[lowerASCII(text[ps:pe])]) {
			return 0, false
		}
		if ascii.EqualFoldAny(text[ps:pe], "last", "next", "this") {
			return 0, false // handled from the relative word
		}
	}
	if !d.hasDay && !d.hasYear {
		if end, ok := ofThatYear(text, d.end); ok {
			return s.monthOfThatYear(d, end), true
		}
	}
	return s.addDate(d), true
}

// ofThatYear reads "of that year", "that year", "of the same year" or "the same year" after a
// month at i, and returns where the words end.
func ofThatYear(text string, i int) (int, bool) {
	ws, we := nextWord(text, i)
	if ws < we && ascii.EqualFold(text[ws:we], "of") {
		ws, we = nextWord(text, we)
	}
	if ws == we {
		return 0, false
	}
	if ascii.EqualFold(text[ws:we], "the") {
		if ws, we = nextWord(text, we); ws == we || !ascii.EqualFold(text[ws:we], "same") {
			return 0, false
		}
	} else if !ascii.EqualFold(text[ws:we], "that") {
		return 0, false
	}
	ys, ye := nextWord(text, we)
	if ys == ye || !ascii.EqualFold(text[ys:ye], "year") {
		return 0, false
	}
	if ye < len(text) && text[ye] == '-' {
		return 0, false // "in March that year-on-year inflation" ("that year's" still refers back)
	}
	return ye, true
}

// monthOfThatYear adds the month d of the year named before it ("in May of that year", "in
// September that year"): the month of that year, not the last such month before the article
// (blind round 98: "3.9 percent in September of that year", after 2011, was read as September
// 2022's inflation and flagged). It returns end.
func (s *scanner) monthOfThatYear(d dateParts, end int) int {
	e := Expr{Start: d.start, End: end, Precision: Month}
	var y string
	if y, e.Reason = s.referredPeriod(Year); y != "" {
		e.Period = monthPeriod(atoi(y), d.month)
	}
	s.add(e)
	return end
}

// referredPeriod returns the period of the given precision that "that year", "the same
// quarter" refer back to (the last one named, when that one is unambiguous), or the Reason
// there is none.
func (s *scanner) referredPeriod(precision string) (period, reason string) {
	prev, ok := s.antecedent()
	switch {
	case !ok && len(s.out) > 0:
		return "", ReasonAmbiguousAntecedent
	case !ok:
		return "", ReasonNoAntecedent
	}
	if p := periodAs(prev, precision); p != "" {
		return p, ""
	}
	return "", "the period named before it is not a " + precision
}

// lastWeekday returns the latest day with weekday wd on or before pub (strictly before when
// inclusive is false).
func lastWeekday(pub time.Time, wd time.Weekday, inclusive bool) time.Time {
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	if back == 0 && !inclusive {
		back = 7
	}
	return pub.AddDate(0, 0, -back)
}

func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// atRelative parses "last year", "next month", "this quarter", "last March", "last Monday",
// "the previous year".
func (s *scanner) atRelative(i, we int, lw string) (int, bool) {
	text := s.text
	ws, wend := nextWord(text, we)
	if ws == wend {
		return 0, false
	}
	unit := lowerASCII(text[ws:wend])
	offset := 0
	switch lw {
	case "last", "previous", "past", "prior":
		offset = -1
	case "next", "coming", "following":
		offset = 1
	}
	if lw == "past" && unit != "year" {
		return 0, false // "the past month" is a span ending now, not a calendar period
	}
	if lw == "following" && unit == "year" {
		// "the following year" follows the period named before, not now
		if ps, pe := prevWord(text, i); ps < pe && ascii.EqualFold(text[ps:pe], "the") {
			return s.addYearAfter(ps, wend), true
		}
		return 0, false
	}
	if lw == "following" && unit != "quarter" && unit != "month" {
		return 0, false
	}
	if unit == "calendar" {
		// "this calendar year", "last calendar year".
		if ys, ye := nextWord(text, wend); ys < ye && ascii.EqualFold(text[ys:ye], "year") && lw != "past" {
			s.add(s.relative(i, ye, Year, func(pub time.Time) string { return yearPeriod(pub.Year() + offset) }))
			return ye, true
		}
		return 0, false
	}
	switch unit {
	case "year":
		if lw == "past" {
			return 0, false
		}
		if lw == "last" {
			// "In 2022, the last year of the previous government": the final year of a span
			// the text names, not the year before publication
			if ps, pe := prevWord(text, i); ps < pe && ascii.EqualFold(text[ps:pe], "the") {
				if os, oe := nextWord(text, wend); os < oe && ascii.EqualFold(text[os:oe], "of") {
					return 0, false
				}
			}
		}
		if lw == "previous" || lw == "prior" {
			// "the previous year", "(previous year: 6.8%)": the year before the one named
			// last, as "a year earlier" is; "last year" is the year before publication
			s.addYearBefore(i, wend)
			return wend, true
		}
		s.add(s.relative(i, wend, Year, func(pub time.Time) string { return yearPeriod(pub.Year() + offset) }))
		return wend, true
	case "month":
		s.add(s.relative(i, wend, Month, func(pub time.Time) string {
			t := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, offset, 0)
			return monthPeriod(t.Year(), t.Month())
		}))
		return wend, true
	case "week":
		// "last week", "this week": no calendar period of the tables, but the month it lies
		// in, when it lies in one ("held rates at 5% last week")
		e := s.relative(i, wend, Week, func(pub time.Time) string {
			monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)+7*offset)
			sunday := monday.AddDate(0, 0, 6)
			if monday.Month() != sunday.Month() {
				return ""
			}
			return monthPeriod(monday.Year(), monday.Month())
		})
		if e.Period == "" && e.Reason == "" {
			e.Reason = "a week that spans two months"
		}
		s.add(e)
		return wend, true
	case "quarter":
		s.add(s.relative(i, wend, Quarter, func(pub time.Time) string {
			q := quarterOf(pub.Month()) + offset
			y := pub.Year()
			if q < 1 {
				q, y = 4, y-1
			} else if q > 4 {
				q, y = 1, y+1
			}
			return quarterPeriod(y, q)
		}))
		return wend, true
	}
	if first, last, ok := seasonMonths(unit); ok {
		// "last summer", "this spring", "next autumn": a season is no calendar period, so the
		// year it falls in ("It was at a peak of 11.7 pct last summer")
		s.add(s.relative(i, wend, Year, func(pub time.Time) string {
			y := pub.Year()
			switch {
			case offset < 0 && pub.Month() <= last:
				y-- // the season of this year has not ended yet
			case offset > 0 && pub.Month() >= first:
				y++ // this year's has begun
			}
			return yearPeriod(y)
		}))
		return wend, true
	}
	if m, ok := monthWords[unit]; ok && isCapital(text[ws]) {
		if lw == "last" && !s.published.IsZero() && m < s.published.Month() {
			// "9.1% last June" written in July: this year's June to some writers, the June
			// of the year before to others (this year's would be "in June"). The reading
			// is left open; beside "in June" it is the year before's (lastMonthBeside).
			s.add(Expr{Start: i, End: wend, Precision: Month, Reason: ReasonLastMonth})
			return wend, true
		}
		s.add(s.relative(i, wend, Month, func(pub time.Time) string {
			y := pub.Year()
			switch {
			case offset < 0 && m >= pub.Month():
				y--
			case offset > 0 && m <= pub.Month():
				y++
			}
			return monthPeriod(y, m)
		}))
		return wend, true
	}
	if wd, ok := weekdayWords[unit]; ok && isCapital(text[ws]) {
		s.add(s.relative(i, wend, Day, func(pub time.Time) string {
			switch {
			case offset < 0:
				return dayPeriod(lastWeekday(pub, wd, false))
			case offset > 0:
				ahead := (int(wd) - int(pub.Weekday()) + 7) % 7
				if ahead == 0 {
					ahead = 7
				}
				return dayPeriod(pub.AddDate(0, 0, ahead))
			}
			return dayPeriod(lastWeekday(pub, wd, true))
		}))
		return wend, true
	}
	return 0, false
}

// seasonMonths returns the first and last month of a season of the northern calendar, which
// news of the years ahead of it follows; winter, which straddles two years, is none.
func seasonMonths(word string) (first, last time.Month, ok bool) {
	switch word {
	case "spring":
		return time.March, time.May, true
	case "summer":
		return time.June, time.August, true
	case "autumn", "fall":
		return time.September, time.November, true
	}
	return 0, 0, false
}

// atOrdinal parses "third quarter", "third-quarter", "first half", "fourth quarter of
// 2004", "first six months of 2005".
func (s *scanner) atOrdinal(i, we, n int) (int, bool) {
	text := s.text
	k := we
	if k < len(text) && text[k] == '-' {
		k++
	}
	ps, pe := nextWord(text, k)
	if ps == pe {
		return s.atElidedQuarter(i, we, n)
	}
	if k > we && ps != k {
		return 0, false
	}
	precision, part := "", n
	switch {
	case ascii.EqualFoldAny(text[ps:pe], "quarter"):
		precision = Quarter
	case ascii.EqualFoldAny(text[ps:pe], "half") && n <= 2:
		precision = Half
	case n == 1 && ascii.EqualFoldAny(text[ps:pe], "six"):
		if ms, me := nextWord(text, pe); ms < me && ascii.EqualFoldAny(text[ms:me], "months") {
			precision, pe = Half, me
		}
	}
	if precision == "" {
		return s.atElidedQuarter(i, we, n)
	}
	if os, oe := nextWord(text, pe); os < oe && ascii.EqualFold(text[os:oe], "of") {
		if ms, me := nextWord(text, oe); ms < me {
			if _, month := monthWords[lowerASCII(text[ms:me])]; month {
				return 0, false // "the first half of February": a part of the month, which is read on its own
			}
		}
	}
	if ascii.EqualFoldAny(text[i:we], "final") && precision == Quarter {
		part = 4
	}
	return s.finishPart(i, pe, precision, part)
}

// atElidedQuarter reads "the fourth" after "the third quarter" in the same sentence: the
// quarter of that year the ordinal names ("grew 0.4 pct in the third quarter and should grow
// 0.6 pct in the fourth").
func (s *scanner) atElidedQuarter(i, we, n int) (int, bool) {
	text := s.text
	if n > 4 {
		return 0, false
	}
	if s.earlier(len(s.out) - 1); len(s.out) == 0 {
		return 0, false
	}
	prev := s.out[len(s.out)-1]
	if between := text[prev.End:i]; prev.Precision != Quarter || len(prev.Period) != 7 || strings.Contains(between, ". ") ||
		strings.ContainsAny(between, ";!?\n") {
		return 0, false
	}
	if ps, pe := prevWord(text, i); ps == pe || !ascii.EqualFold(text[ps:pe], "the") {
		return 0, false
	}
	// nothing the ordinal could qualify after it: "in the fourth.", "the fourth, and"
	k := skipSpaces(text, we)
	if k < len(text) && !strings.ContainsRune(".,;:)", rune(text[k])) {
		ws, wend := nextWord(text, we)
		if ws == wend || !ascii.EqualFoldAny(text[ws:wend], "and", "or", "but", "from", "against", "after", "compared", "when", "while") {
			return 0, false // "the fourth largest", "the third time"
		}
	}
	if ascii.EqualFold(text[i:we], "final") {
		n = 4
	}
	e := Expr{Start: i, End: we, Precision: Quarter, Explicit: prev.Explicit, Period: partPeriod(prev.Period[:4], 'Q', n)}
	s.add(e)
	return we, true
}

// finishPart adds a quarter or half, with its year when one follows ("of 2004", "2004",
// "of last year") or else the latest such period not after publication.
func (s *scanner) finishPart(start, end int, precision string, part int) (int, bool) {
	text := s.text
	format := quarterPeriod
	startMonth := time.Month(3*(part-1) + 1)
	if precision == Half {
		format = halfPeriod
		startMonth = time.Month(6*(part-1) + 1)
	}
	k := skipSpaces(text, end)
	if ws, we := nextWord(text, end); ws < we && ascii.EqualFold(text[ws:we], "of") {
		k = skipSpaces(text, we)
	} else if k < len(text) && text[k] == ',' {
		k = skipSpaces(text, k+1)
	}
	if fs, fe, ok := s.fiscalPart(start, end, k); ok {
		s.add(Expr{Start: fs, End: fe, Precision: precision, Reason: ReasonFiscalPart})
		return fe, true
	}
	if k > end {
		if y, ye, ok := fourDigitYear(text, k); ok {
			s.add(Expr{Start: start, End: ye, Period: format(y, part), Precision: precision, Explicit: true})
			return ye, true
		}
		if ws, we := nextWord(text, k); ws == k && ws < we {
			rel := lowerASCII(text[ws:we])
			if ys, ye := nextWord(text, we); ys < ye && ascii.EqualFold(text[ys:ye], "year") && (rel == "last" || rel == "this" || rel == "next" || rel == "previous") {
				offset := map[string]int{"last": -1, "previous": -1, "next": 1}[rel]
				s.add(s.relative(start, ye, precision, func(pub time.Time) string { return format(pub.Year()+offset, part) }))
				return ye, true
			}
		}
	}
	s.add(s.relative(start, end, precision, func(pub time.Time) string {
		return format(latestYearOf(pub, startMonth), part)
	}))
	return end, true
}

// fiscalPart reports whether the quarter or half at text[start:end] is one of a fiscal year,
// and where its words end: "Q2 FY2024", "the second quarter of fiscal 2024", "Q4 of
// FY2023-24", "the first half of the financial year", "the fiscal second quarter", "fiscal
// 2024's third quarter", and the bare "Q1" after one of them in the same sentence ("5.4% in Q2
// FY25 from 6.7% in Q1"); "fiscal 2024's third quarter" is read at its fiscal year
// (partAfterFiscalYear). Fiscal years start in April (Japan, India, Britain), July
// (Australia) or October (the US government), so the quarter of the same number is another
// calendar quarter, and the country is not known here. k is where a year would follow; the
// words of the part run from the start to the end returned.
func (s *scanner) fiscalPart(start, end, k int) (int, int, bool) {
	text := s.text
	if fe, ok := fiscalYearAt(text, k); ok {
		return start, fe, true
	}
	if ps, pe := prevWord(text, start); ps < pe && ascii.EqualFoldAny(text[ps:pe], "fiscal", "financial") {
		return start, end, true
	}
	if s.earlier(len(s.out) - 1); len(s.out) == 0 {
		return 0, 0, false
	}
	prev := s.out[len(s.out)-1]
	if between := text[prev.End:start]; prev.Reason == ReasonFiscalPart && !strings.Contains(between, ". ") && !strings.ContainsAny(between, ";!?\n") && !opensClause(between) {
		if _, _, ok := fourDigitYear(text, k); !ok {
			return start, end, true // "in Q2 FY25 from 6.7% in Q1": the Q1 of the same fiscal year
		}
	}
	return 0, 0, false
}

// opensClause reports words between a fiscal part and a bare quarter that open another
// clause, whose quarter is the calendar's: a subordinating conjunction ("profit fell 26% as
// Japan's economy grew 0.7% in the second quarter") or a capitalised word, another subject
// ("..., while Japan's economy ..."). The quarter of the same phrase or of the company's next
// clause stays fiscal: "5.4% in Q2 FY25 from 6.7% in Q1", "and profit fell 3% in the second
// quarter".
func opensClause(between string) bool {
	for i := 0; i < len(between); {
		ws, we := nextWord(between, i)
		if ws == we {
			i = max(we, i) + 1
			continue
		}
		if isCapital(between[ws]) || ascii.EqualFoldAny(between[ws:we], "as", "while", "whereas", "when", "although", "though", "because") {
			return true
		}
		i = we
	}
	return false
}

// fiscalYearAt returns the end of the fiscal year named at k: "FY2024", "FY 24", "FY2023-24",
// "fiscal 2024", "fiscal year 2023-24", "financial year 2024", "the fiscal year", "this
// financial year", "the current fiscal year", "the 2024-25 financial year".
func fiscalYearAt(text string, k int) (int, bool) {
	ws, we := nextWord(text, k)
	if ws != k || ws == we {
		return 0, false
	}
	w := text[ws:we]
	if ascii.EqualFold(w, "fy") {
		d := skipSpaces(text, we)
		de := digitsEnd(text, d)
		if n := de - d; n != 2 && n != 4 {
			return 0, false
		}
		return yearSpanEnd(text, de), true
	}
	if ascii.EqualFoldAny(w, "the", "this", "that", "its") {
		if d := skipSpaces(text, we); digitsEnd(text, d)-d == 4 {
			we = yearSpanEnd(text, digitsEnd(text, d)) // "the 2024-25 financial year"
		}
		ws, we = nextWord(text, we)
		if ws < we && ascii.EqualFoldAny(text[ws:we], "current", "same") {
			ws, we = nextWord(text, we)
		}
		if ws == we || !ascii.EqualFoldAny(text[ws:we], "fiscal", "financial") {
			return 0, false
		}
		if ys, ye := nextWord(text, we); ys < ye && ascii.EqualFold(text[ys:ye], "year") {
			return ye, true
		}
		return 0, false
	}
	if !ascii.EqualFoldAny(w, "fiscal", "financial") {
		return 0, false
	}
	d := skipSpaces(text, we)
	if ys, ye := nextWord(text, we); ys < ye && ascii.EqualFold(text[ys:ye], "year") {
		d = skipSpaces(text, ye)
	}
	if de := digitsEnd(text, d); de-d == 4 {
		return yearSpanEnd(text, de), true
	}
	return 0, false
}

// yearSpanEnd extends a year ending at e by "-24" or "/24" when that follows ("2023-24").
func yearSpanEnd(text string, e int) int {
	if e+3 <= len(text) && (text[e] == '-' || text[e] == '/') {
		if e2 := digitsEnd(text, e+1); e2-e-1 == 2 {
			return e2
		}
	}
	return e
}

// nextYearAfter reads, at e after year y, a hyphen or slash and the year after y in two
// digits or four ("-24", "/2024"): the end year of a fiscal year named by both its calendar
// years ("fiscal year 2022/2023", blind round 168: read as fiscal 2022 and the calendar year
// 2023). It returns where that year ends.
func nextYearAfter(text string, e, y int) (int, bool) {
	if e+3 > len(text) || text[e] != '-' && text[e] != '/' {
		return 0, false
	}
	e2 := digitsEnd(text, e+1)
	switch n := e2 - e - 1; {
	case n == 2 && atoi(text[e+1:e2]) == (y+1)%100:
	case n == 4 && atoi(text[e+1:e2]) == y+1:
	default:
		return 0, false
	}
	if e2 < len(text) && ascii.IsWordByte(text[e2]) {
		return 0, false
	}
	return e2, true
}

// atQH parses "Q3", "Q3 2004", "Q3 of 2004", "H1", "H1 2005".
func (s *scanner) atQH(i, we int, lw string) (int, bool) {
	text := s.text
	if we != i+1 || we >= len(text) || !ascii.IsDigit(text[we]) || we+1 < len(text) && ascii.IsWordByte(text[we+1]) && partSpanDash(text, we+1) == 0 {
		return 0, false
	}
	n := int(text[we] - '0')
	if lw == "q" && (n < 1 || n > 4) || lw == "h" && (n < 1 || n > 2) {
		return 0, false
	}
	precision := Quarter
	if lw == "h" {
		precision = Half
	}
	end := we + 1
	// "Q1-Q3", "Q1–Q3 2024", "H1-H2": a span of parts, whose first is not its period
	if k := end + partSpanDash(text, end); k > end && k+2 <= len(text) && text[k]|0x20 == lw[0] && ascii.IsDigit(text[k+1]) && int(text[k+1]-'0') > n && (k+2 == len(text) || !ascii.IsWordByte(text[k+2])) {
		s.add(Expr{Start: i, End: k + 2, Precision: precision, Reason: "a span of " + precision + "s"})
		return k + 2, true
	}
	// "Q3/2004", "Q3-2004".
	if end+5 <= len(text) && (text[end] == '/' || text[end] == '-') {
		if y, ye, ok := fourDigitYear(text, end+1); ok {
			format := quarterPeriod
			if precision == Half {
				format = halfPeriod
			}
			s.add(Expr{Start: i, End: ye, Period: format(y, n), Precision: precision, Explicit: true})
			return ye, true
		}
	}
	return s.finishPart(i, end, precision, n)
}

// partSpanDash returns the length of the hyphen, slash or en or em dash at i, or 0.
func partSpanDash(text string, i int) int {
	switch {
	case i >= len(text):
		return 0
	case text[i] == '-' || text[i] == '/':
		return 1
	case hasPrefixAt(text, i, "–") || hasPrefixAt(text, i, "—"):
		return len("–")
	}
	return 0
}

// atFY parses "FY2004", "FY 2004", "FY04", "FY2003/04".
func (s *scanner) atFY(i, we int) (int, bool) {
	text := s.text
	k := we
	if k < len(text) && text[k] == ' ' {
		k++
	}
	ke := digitsEnd(text, k)
	var y int
	switch ke - k {
	case 4:
		y = atoi(text[k:ke])
	case 2:
		y = 2000 + atoi(text[k:ke])
		if y > 2070 {
			y -= 100
		}
	default:
		return 0, false
	}
	if e, ok := nextYearAfter(text, ke, y); ok {
		y, ke = y+1, e // "FY2003/04", "FY2003/2004"
	}
	if y < yearMin || y > yearMax || ke < len(text) && ascii.IsWordByte(text[ke]) {
		return 0, false
	}
	if pe, precision, ok := partAfterFiscalYear(text, ke); ok {
		s.add(Expr{Start: i, End: pe, Precision: precision, Reason: ReasonFiscalPart})
		return pe, true
	}
	s.add(Expr{Start: i, End: ke, Period: fiscalPeriod(y), Precision: Year, Explicit: true})
	return ke, true
}

// partAfterFiscalYear reads a quarter or half right after a fiscal year ending at k: "FY2024
// Q2", "fiscal 2024's third quarter", "FY24 first half". It returns the end of its words and
// its precision.
func partAfterFiscalYear(text string, k int) (int, string, bool) {
	switch {
	case hasPrefixAt(text, k, "'s"):
		k += len("'s")
	case hasPrefixAt(text, k, "’s"):
		k += len("’s")
	}
	ws, we := nextWord(text, k)
	if ws == we || ws == k {
		return 0, "", false // a part is a word of its own after a space
	}
	w := lowerASCII(text[ws:we])
	if (w == "q" || w == "h") && we < len(text) && ascii.IsDigit(text[we]) && (we+1 == len(text) || !ascii.IsWordByte(text[we+1])) {
		if n := int(text[we] - '0'); w == "q" && n >= 1 && n <= 4 {
			return we + 1, Quarter, true
		} else if w == "h" && n >= 1 && n <= 2 {
			return we + 1, Half, true
		}
		return 0, "", false
	}
	if n, ok := ordinalWords[w]; ok && n <= 4 {
		ps, pe := nextWord(text, we)
		if we < len(text) && text[we] == '-' {
			ps, pe = nextWord(text, we+1)
		}
		switch {
		case ps < pe && ascii.EqualFold(text[ps:pe], "quarter"):
			return pe, Quarter, true
		case ps < pe && ascii.EqualFold(text[ps:pe], "half") && n <= 2:
			return pe, Half, true
		}
	}
	return 0, "", false
}

// atFiscal parses "fiscal 2004", "fiscal year 2004", "financial year 2003-04".
func (s *scanner) atFiscal(i, we int) (int, bool) {
	text := s.text
	k := skipSpaces(text, we)
	if ws, wend := nextWord(text, we); ws < wend && ascii.EqualFold(text[ws:wend], "year") {
		k = skipSpaces(text, wend)
	}
	if k == we {
		return 0, false
	}
	y, ye, ok := fourDigitYear(text, k)
	if !ok {
		if e := digitsEnd(text, k); e-k == 4 && e+3 <= len(text) && (text[e] == '-' || text[e] == '/') {
			y0 := atoi(text[k:e])
			if e2 := digitsEnd(text, e+1); e2-e-1 == 2 && atoi(text[e+1:e2]) == (y0+1)%100 {
				s.add(Expr{Start: i, End: e2, Period: fiscalPeriod(y0 + 1), Precision: Year, Explicit: true})
				return e2, true
			}
		}
		return 0, false
	}
	if e2, ok := nextYearAfter(text, ye, y); ok {
		y, ye = y+1, e2 // "fiscal year 2022-23", "fiscal year 2022/2023"
	}
	if pe, precision, ok := partAfterFiscalYear(text, ye); ok {
		s.add(Expr{Start: i, End: pe, Precision: precision, Reason: ReasonFiscalPart})
		return pe, true
	}
	s.add(Expr{Start: i, End: ye, Period: fiscalPeriod(y), Precision: Year, Explicit: true})
	return ye, true
}

// atYearTo parses "year to March 2004", "year ending March", "year-earlier" and
// "year earlier".
func (s *scanner) atYearTo(i, we int) (int, bool) {
	text := s.text
	if ps, pe := prevWord(text, i); ps < pe && ascii.EqualFold(text[ps:pe], "one") {
		return s.atYearsShift(i, we) // "one year later"
	}
	if we < len(text) && text[we] == '-' {
		if ws, wend := nextWord(text, we+1); ws == we+1 && ascii.EqualFoldAny(text[ws:wend], "earlier", "ago") {
			return s.addYearEarlier(i, wend), true
		}
		return 0, false
	}
	ws, wend := nextWord(text, we)
	relative := false
	if ws < wend && ascii.EqualFoldAny(text[ws:wend], "that", "which") {
		// "the fiscal year that ended in March", "the year which ends in June"
		if ns, ne := nextWord(text, wend); ns < ne && ascii.EqualFoldAny(text[ns:ne], "ended", "ends") {
			ws, wend, relative = ns, ne, true
		}
	}
	if ws < wend && !relative && yearBeforeAt(text, i, ws, wend) {
		// "7.3% the year before", "the year earlier": the year before the one named last
		ts, _ := prevWord(text, i)
		return s.addYearBefore(ts, wend), true
	}
	if ws < wend && !relative && yearAfterAt(text, i, ws, wend) {
		// "by a further 0.5 per cent the year after": the year after the one named last, as
		// "the following year" is (it had been left to the clause's year before)
		ts, _ := prevWord(text, i)
		return s.addYearAfter(ts, wend), true
	}
	if ws == wend || !relative && !ascii.EqualFoldAny(text[ws:wend], "to", "ending", "ended") {
		return s.atBareAnaphor(i, we, Year)
	}
	if ds, de := nextWord(text, wend); ds < de && ascii.EqualFold(text[ds:de], "date") && ascii.EqualFold(text[ws:wend], "to") {
		// "the year to date": this calendar year so far.
		s.add(s.relative(i, de, Year, func(pub time.Time) string { return yearPeriod(pub.Year()) }))
		return de, true
	}
	return s.periodTo(i, wend, 12, !ascii.EqualFold(text[ws:wend], "ended"))
}

// ReasonNoAntecedent and ReasonAmbiguousAntecedent are the Reasons of "that year" and "the
// same quarter" when no period, or more than one, was named before them.
const (
	ReasonNoAntecedent        = "no period named before it"
	ReasonAmbiguousAntecedent = "more than one period named just before it"
)

// atAnaphor parses "that year", "that quarter", "the same month": the period of the last
// period named before it in the text, when that one is unambiguous ("in 2003 and 2004 ...
// that year" is not).
func (s *scanner) atAnaphor(start, we int) (int, bool) {
	text := s.text
	us, ue := nextWord(text, we)
	if us == ue {
		return 0, false
	}
	precision := ""
	switch {
	case ascii.EqualFold(text[us:ue], "year"):
		precision = Year
	case ascii.EqualFold(text[us:ue], "quarter"):
		precision = Quarter
	case ascii.EqualFold(text[us:ue], "month"):
		precision = Month
	default:
		return 0, false
	}
	if ue < len(text) && text[ue] == '-' {
		return 0, false // "said in March that year-on-year inflation slowed": no anaphor
	}
	e := Expr{Start: start, End: ue, Precision: precision}
	e.Period, e.Reason = s.referredPeriod(precision)
	s.add(e)
	return ue, true
}

// atBareAnaphor parses "in the quarter", "for the month", "during the year": after a period
// named just before, the same one ("... in the fourth quarter. GDP expanded 0.2 pct in the
// quarter"). Only a phrase that ends there refers back ("in the quarter to March" does not),
// and with no antecedent nothing is added: the words then say nothing of the period.
func (s *scanner) atBareAnaphor(i, we int, precision string) (int, bool) {
	text := s.text
	ts, te := prevWord(text, i)
	if precision == Year && ts == te && i > 0 && text[i-1] == '-' {
		ts, te = prevWord(text, i-1) // "full-year"
	}
	if precision == Year && ts < te && ascii.EqualFold(text[ts:te], "a") && relativeYear(text, we) {
		return s.atYearInWhich(ts, we)
	}
	whole := false
	if precision == Year && ts < te && ascii.EqualFoldAny(text[ts:te], "whole", "full", "entire") {
		// "over the whole year", "for the full year": the year of the period named before
		whole = true
		ms := ts
		ts, te = prevWord(text, ts)
		if (ts == te || !ascii.EqualFold(text[ts:te], "the")) && attributiveYear(text, ts, te, we) {
			// "full-year growth", "full year GDP": the whole year as a modifier is "for the
			// full year" ("US GDP grew 3.4% in the fourth quarter, and full-year growth came in
			// at 2.5%"); not "for a full year", a duration
			if yearNamedAfterNoun(text, we) {
				// "Full-year inflation in 2023 averaged 1.23 per cent" (after January 2024):
				// the year it names (blind round 200: read as 2024, the month's)
				return 0, false
			}
			return s.wholeYearOfLast(ms, we)
		}
	}
	if ts == te || !ascii.EqualFold(text[ts:te], "the") {
		return 0, false
	}
	if precision == Year && followedBy(text, we, "as", "a", "whole") {
		whole = true // "over the year as a whole"
	}
	ps, pe := prevWord(text, ts)
	// "in the fourth quarter, and for the year it came in at 4.4%": after a quarter or a
	// half, the year they are part of (after a month, "over the year" is the 12 months to it)
	partOfYear := precision == Year && ps < pe && ascii.EqualFold(text[ps:pe], "for")
	if precision == Year && ps < pe && ascii.EqualFold(text[ps:pe], "of") {
		// "the first two months of the year": a part of the year the text is in
		if ms, me := prevWord(text, ps); ms < me && ascii.EqualFoldAny(text[ms:me], "months", "quarter", "half", "weeks") {
			s.add(s.relative(ts, we, Year, func(pub time.Time) string { return yearPeriod(pub.Year()) }))
			return we, true
		}
	}
	if ps == pe || !ascii.EqualFoldAny(text[ps:pe], "in", "for", "during", "over", "through", "throughout") {
		return 0, false
	}
	if we < len(text) && (text[we] == '-' || text[we] == '\'' || text[we] == 0xE2) {
		return 0, false // "the year-earlier", "the quarter's"
	}
	if ns, ne := nextWord(text, we); ns < ne && ascii.EqualFoldAny(text[ns:ne], "of", "to", "on", "ending", "ended", "before", "earlier", "ago", "after", "ahead", "since", "until", "from") {
		return 0, false
	}
	if ys := skipSpaces(text, we); precision == Year && ys > we {
		if ye := digitsEnd(text, ys); ye-ys == 4 && isYearAt(text, ys, ye) {
			return 0, false // "in the year 2024": the year it names, which is read on its own
		}
	}
	// The last period of the same length named before: "the quarter" is no day's ("yesterday,
	// GDP expanded 0.2 pct in the quarter").
	for n := len(s.out) - 1; ; n-- {
		if s.earlier(n); n < 0 {
			break // none
		}
		prev := s.out[n]
		if prev.Period != "" && (yearBeforePhrase(text[prev.Start:prev.End]) || precision == Year && shiftedPhrase(text[prev.Start:prev.End]) || s.baseOfChange(prev) || sinceBefore(text, prev.Start) ||
			whole && inBrackets(text, prev.Start, prev.End)) {
			// (and a year in brackets, an aside: "leaving growth for 2025 as a whole at 0.2%
			// after two years of contraction (-0.9% in 2023 and -0.5% in 2024). For the full
			// year, euro zone GDP rose about 1.5%" is 2025's; blind round 211)
			// "310 in 2004 from 287 the previous year. ... for the year": a year set beside
			// the one the text is about, not its topic; so is the base of "grew 5% in the
			// fourth quarter from a year earlier. For the full year, ..."
			continue
		}
		if prev.Period == "" || whole && prev.Precision == Day {
			// a day before "the full year" is when a figure was reported ("Statistics
			// South Africa said on Tuesday. For the full year, growth was 0.3%"), not a
			// period the year is that of
			continue
		}
		if prev.Precision == precision {
			s.add(Expr{Start: ts, End: we, Precision: precision, Period: prev.Period})
			return we, true
		}
		if whole || partOfYear && (prev.Precision == Quarter || prev.Precision == Half) {
			if p := periodAs(prev, Year); p != "" {
				s.add(Expr{Start: ts, End: we, Precision: Year, Period: p})
				return we, true
			}
		}
		if partOfYear {
			break // only the period named last: not a quarter named before a month
		}
	}
	return 0, false
}

// yearNamedAfterNoun reports a year in digits after "in", "for" or "of" within the three words
// after offset i, the noun "full-year" modifies: "full-year inflation in 2023".
func yearNamedAfterNoun(text string, i int) bool {
	for n := 0; n < 3; n++ {
		ws, we := nextWord(text, i)
		if ws == we {
			return false
		}
		if ascii.EqualFoldAny(text[ws:we], "in", "for", "of") {
			ys := skipSpaces(text, we)
			ye := digitsEnd(text, ys)
			return ye-ys == 4 && isYearAt(text, ys, ye)
		}
		i = we
	}
	return false
}

// inBrackets reports text[start:end] inside round brackets that open and close within a
// sentence's reach of it.
func inBrackets(text string, start, end int) bool {
	open := false
	for i := start - 1; i >= 0 && i >= start-bracketReach; i-- {
		if c := text[i]; c == ')' || c == '\n' {
			return false
		} else if c == '(' {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for i := end; i < len(text) && i < end+bracketReach; i++ {
		if c := text[i]; c == '(' || c == '\n' {
			return false
		} else if c == ')' {
			return true
		}
	}
	return false
}

// bracketReach bounds the look for the brackets around a date.
const bracketReach = 120

// sinceBefore reports "since" right before offset start: a date a span is counted from ("the
// first contraction since 1980"), never the period "the year" refers back to (blind round 61's
// Korean "Unemployment ... climbed to 6.8% for the year", after "The economy shrank 5.8% last
// year, the first contraction since 1980", was read as 1980's).
func sinceBefore(text string, start int) bool {
	ps, pe := prevWord(text, start)
	return ps < pe && ascii.EqualFold(text[ps:pe], "since")
}

// attributiveYear reports "full year" or "full-year" used as a modifier before a noun, with
// the word before it (text[ps:pe], maybe empty) no article or count that makes it a duration
// ("for a full year", "its first full year in office"): the next word starts a noun phrase,
// not a preposition, conjunction or verb.
func attributiveYear(text string, ps, pe, we int) bool {
	if ps < pe && ascii.EqualFoldAny(text[ps:pe], "a", "an", "one", "first", "second", "third", "last", "every", "each", "another", "per") {
		return false
	}
	if ps == pe && ps > 0 && ascii.IsDigit(text[skipSpacesBack(text, ps)-1]) {
		return false // "2 full years"
	}
	if we < len(text) && text[we] != ' ' {
		return false // "full year's", "full-year." : no noun after it
	}
	ns, ne := nextWord(text, we)
	return ns < ne && !ascii.EqualFoldAny(text[ns:ne], "of", "to", "in", "on", "at", "for", "from", "since", "until", "and", "or",
		"but", "as", "after", "before", "ago", "earlier", "that", "which", "when", "is", "was", "were", "has", "had", "will", "would", "ahead")
}

// wholeYearOfLast adds the year of the last period named before, over [start, end), when that
// is a part of a year: "full-year growth" after a quarter is that quarter's year. A day is
// skipped, as after "the full year" (when a figure was reported). After a year nothing is
// added: the year the text is about needs no "full-year" to be named, and the one named last
// may be a comparison's ("compared with 5.1 pct in 1985. ... put full-year GNP growth at 7.9
// pct" is 1986's).
func (s *scanner) wholeYearOfLast(start, end int) (int, bool) {
	prev, ok := s.lastPeriodNamed()
	if !ok || prev.Precision == Year {
		return 0, false
	}
	if p := periodAs(prev, Year); p != "" {
		s.add(Expr{Start: start, End: end, Precision: Year, Period: p})
		return end, true
	}
	return 0, false
}

// lastPeriodNamed returns the last period named before the current position that a whole
// year may be the year of: resolved, no day (when a figure was said), and no base set back
// from another ("a year earlier").
func (s *scanner) lastPeriodNamed() (Expr, bool) {
	for n := len(s.out) - 1; ; n-- {
		if s.earlier(n); n < 0 {
			return Expr{}, false
		}
		prev := s.out[n]
		if prev.Period == "" || prev.Precision == Day || shiftedPhrase(s.text[prev.Start:prev.End]) {
			continue
		}
		return prev, true
	}
}

// relativeYear reports "in which", "during which" or "when" after "year" (ending at we): "a
// year in which GDP rose 2.5%" names a year by what happened in it.
func relativeYear(text string, we int) bool {
	ns, ne := nextWord(text, we)
	if ns == ne {
		return false
	}
	if ascii.EqualFold(text[ns:ne], "when") {
		return true
	}
	ws, wend := nextWord(text, ne)
	return ascii.EqualFoldAny(text[ns:ne], "in", "during") && ws < wend && ascii.EqualFold(text[ws:wend], "which")
}

// atYearInWhich parses "a year in which": after the part of a year that ends one ("That
// capped a year in which GDP rose 2.5%" after the fourth quarter of 2023), that year. After
// another part it may be the twelve months to it, and it is left unresolved; after a year,
// nothing is added (the year named last may be a comparison's, and the text goes on with its
// own).
func (s *scanner) atYearInWhich(start, end int) (int, bool) {
	prev, ok := s.lastPeriodNamed()
	if !ok || prev.Precision == Year {
		return 0, false
	}
	e := Expr{Start: start, End: end, Precision: Year}
	switch p := prev.Period; {
	case prev.Precision == Quarter && strings.HasSuffix(p, "Q4"),
		prev.Precision == Half && strings.HasSuffix(p, "H2"),
		prev.Precision == Month && strings.HasSuffix(p, "-12"):
		e.Period = p[:4]
	default:
		e.Reason = "a year named by what happened in it, after a period that does not end one"
	}
	s.add(e)
	return end, true
}

// followedBy reports the words after offset i, in order, case-blind.
func followedBy(text string, i int, words ...string) bool {
	for _, w := range words {
		ws, we := nextWord(text, i)
		if ws == we || !ascii.EqualFold(text[ws:we], w) {
			return false
		}
		i = we
	}
	return true
}

// antecedent returns the last resolved period named before the current position, unless it
// is one of two joined by "and", "or", "to" or a dash.
func (s *scanner) antecedent() (Expr, bool) {
	n := len(s.out)
	for n > 0 && (s.out[n-1].Period == "" || s.baseOfChange(s.out[n-1]) || n > 1 && s.yardstickSince(s.out[n-1])) {
		n-- // (nor the base of a change: "up 2.7% from a year earlier in that quarter")
	}
	s.earlier(n - 2) // (the one before the last resolved one, or none)
	if n == 0 {
		return Expr{}, false
	}
	last := s.out[n-1]
	if n >= 2 {
		gap := strings.TrimSpace(s.text[min(s.out[n-2].End, last.Start):last.Start])
		gap = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(gap, "in"), ","))
		switch strings.ToLower(gap) {
		case "and", "or", "to", "-", "–", "and in", "or in", "through", "until", "and from":
			return Expr{}, false
		}
	}
	return last, true
}

// periodAs converts a period to the given precision: the year of "2004-Q3", the quarter of
// "2004-08". It returns "" when the period is coarser than asked ("that quarter" after 2004).
func periodAs(e Expr, precision string) string {
	p := e.Period
	switch {
	case precision == e.Precision:
		return p
	case precision == Year:
		if len(p) >= 4 && digitsEnd(p, 0) >= 4 {
			return p[:4]
		}
	case precision == Quarter && (e.Precision == Month || e.Precision == Day) && len(p) >= 7:
		return quarterPeriod(atoi(p[:4]), quarterOf(time.Month(atoi(p[5:7]))))
	case precision == Month && e.Precision == Day && len(p) >= 7:
		return p[:7]
	}
	return ""
}

// periodTo reads the month (and year) that ends a period of n months: "to March 2004",
// "to the end of March", "to December".
// A period "ending" or "to" a month without a year is the one whose end is nearer publication
// ("the year ending June 30" in March is the year to next June; "the year to March" in May
// the one just done); "ended" names the last one done.
func (s *scanner) periodTo(start, i, months int, ahead bool) (int, bool) {
	text := s.text
	ms, me := nextWord(text, i)
	if ms < me && ascii.EqualFold(text[ms:me], "in") {
		ms, me = nextWord(text, me) // "the year ending in March"
	}
	if ms < me && ascii.EqualFold(text[ms:me], "end") {
		if os, oe := nextWord(text, me); os < oe && ascii.EqualFold(text[os:oe], "of") {
			ms, me = nextWord(text, oe)
		}
	} else if ms < me && ascii.EqualFold(text[ms:me], "the") {
		if es, ee := nextWord(text, me); es < ee && ascii.EqualFold(text[es:ee], "end") {
			if os, oe := nextWord(text, ee); os < oe && ascii.EqualFold(text[os:oe], "of") {
				ms, me = nextWord(text, oe)
			}
		}
	} else if i < len(text) && hasPrefixAt(text, skipSpaces(text, i), "end-") {
		k := skipSpaces(text, i) + len("end-")
		ms, me = k, ascii.WordEnd(text, k)
	}
	if ms == me && (ms >= len(text) || !ascii.IsDigit(text[ms])) {
		return 0, false // (a day is no letter word: "to 30 June 2024")
	}
	m, end, y, hasYear, ok := periodEndAt(text, ms, me)
	if !ok {
		return 0, false
	}
	switch {
	case months == 12:
		if hasYear {
			period := fiscalPeriod(y)
			if m == time.December {
				period = yearPeriod(y)
			}
			s.add(Expr{Start: start, End: end, Period: period, Precision: Year, Explicit: true})
			return end, true
		}
		s.add(s.relative(start, end, Year, func(pub time.Time) string {
			y := latestYearOf(pub, m)
			if ahead && m > pub.Month() && int(m-pub.Month()) <= 6 {
				// the year that ends within the next six months: "the year to March" in
				// February is the one about to end, not the one that ended eleven months ago
				y = pub.Year()
			}
			if m == time.December {
				return yearPeriod(y)
			}
			return fiscalPeriod(y)
		}))
		return end, true
	case months == 3 && int(m)%3 == 0, months == 6 && int(m)%6 == 0:
		precision, part, format := Quarter, int(m)/3, quarterPeriod
		if months == 6 {
			precision, part, format = Half, int(m)/6, halfPeriod
		}
		if hasYear {
			s.add(Expr{Start: start, End: end, Period: format(y, part), Precision: precision, Explicit: true})
			return end, true
		}
		startMonth := m - time.Month(months) + 1
		s.add(s.relative(start, end, precision, func(pub time.Time) string {
			return format(latestYearOf(pub, startMonth), part)
		}))
		return end, true
	}
	return 0, false
}

// periodEndAt reads the month that ends a period, at the word text[ms:me], with its day and
// year when given: "March", "March 2004", "June 30, 2024", "30 June 2024". A day names the
// last day of the period's last month; without reading it, the year after it was lost ("the
// year ended June 30, 2024", written in 2026, was read as the fiscal year to June 2026).
func periodEndAt(text string, ms, me int) (m time.Month, end, year int, hasYear, ok bool) {
	if ascii.IsDigit(text[ms]) {
		d, ok := dayFirstAt(text, ms)
		if !ok {
			return 0, 0, 0, false, false
		}
		return d.month, d.end, d.year, d.hasYear, true
	}
	m, ok = MonthOf(text[ms:me])
	if !ok || !isCapital(text[ms]) {
		return 0, 0, 0, false, false
	}
	if d, ok := monthFirstAt(text, ms); ok && d.hasDay {
		return m, d.end, d.year, d.hasYear, true
	}
	year, ye, hasYear := yearAfterMonth(text, me)
	if hasYear {
		return m, ye, year, true, true
	}
	return m, me, 0, false, true
}

// atMonthsTo parses "three months to December", "six months to June", "12 months to March".
func (s *scanner) atMonthsTo(i, we int, months int) (int, bool) {
	text := s.text
	ms, me := nextWord(text, we)
	if ms == me || !ascii.EqualFoldAny(text[ms:me], "months") {
		return 0, false
	}
	ts, te := nextWord(text, me)
	if ts == te || !ascii.EqualFoldAny(text[ts:te], "to", "ending", "ended", "through") {
		return 0, false
	}
	return s.periodTo(i, te, months, false)
}

// atYearEarlier parses "a year earlier", "a year ago", "a year before".
func (s *scanner) atYearEarlier(i, we int) (int, bool) {
	text := s.text
	ys, ye := nextWord(text, we)
	if ys == ye || !ascii.EqualFold(text[ys:ye], "year") {
		return 0, false
	}
	k := ye
	if k < len(text) && text[k] == '-' {
		k++
	}
	ws, wend := nextWord(text, k)
	if ws < wend && ascii.EqualFold(text[ws:wend], "later") {
		// "A year later it contracted a further 7.1%": the year after the one named last
		return s.addYearAfter(i, wend), true
	}
	if ws == wend || !ascii.EqualFoldAny(text[ws:wend], "earlier", "ago", "before") {
		return 0, false
	}
	return s.addYearEarlier(i, wend), true
}

// atYearsShift parses a count of years and the word that says which way it counts from the
// period named last: "Ten years later it grew 2.8%", "two decades earlier", "five years on",
// "a decade after". Before this, "Japan's economy grew 4.1% in 1990. Ten years later it grew
// 2.8%" carried 1990 to the second figure, and so did any sentence after a year with "N years
// later": the words named no period of their own. A count with no period so near, a count
// that is not a number ("several years later", "many years on"), and "N years ago" (a point
// in time some years back, not a calendar year: "two years ago inflation was 10%" was a month
// of it) name no period the figure could be judged in, so they end the carrying instead.
func (s *scanner) atYearsShift(i, we int) (int, bool) {
	text := s.text
	cs, ce := countBefore(text, i)
	if cs == ce || len(s.out) > 0 && s.out[len(s.out)-1].End > cs {
		return 0, false // no count, or one a date holds ("in 2019 years")
	}
	if ps, pe := prevWord(text, cs); ps < pe && ascii.EqualFoldAny(text[ps:pe], "for", "over", "in", "within", "the", "first", "last", "next") {
		return 0, false // a span: "rose for two years before stabilising", "the two years after"
	}
	n := yearsCounted(text[cs:ce], text[i:we])
	ws, wend := nextWord(text, we)
	if ws == wend {
		return 0, false
	}
	by := 0
	switch w := text[ws:wend]; {
	case ascii.EqualFold(w, "later"):
		by = 1
	case ascii.EqualFold(w, "earlier"):
		by = -1
	case ascii.EqualFold(w, "ago"):
	case ascii.EqualFold(w, "on") && endsPhrase(text, wend):
		by = 1 // "five years on, the economy", not "five years on the job"
	case ascii.EqualFoldAny(w, "after", "before"):
		// "two years after, it grew": from the period named last; "two years after the
		// crisis", "a decade before the euro": from an event, which names no period here
		switch {
		case endsPhrase(text, wend):
			by = 1
			if ascii.EqualFold(w, "before") {
				by = -1
			}
		case !eventAfter(text, wend):
			return 0, false // "two years before stabilising", "five years after 2008"
		}
	default:
		return 0, false
	}
	reason := ""
	switch {
	case ascii.EqualFold(text[ws:wend], "ago"):
		reason = ReasonYearsAgo
	case by == 0:
		if s.datedSentence(cs) {
			// "In 2019, three years after the referendum, growth was": the sentence's year
			// stands; the words only stop a year of the sentence before from being carried
			return wend, true
		}
		reason = ReasonYearsFromEvent
	case n == 0:
		reason = ReasonUncountedYears
	case !s.addShiftedFromLast(cs, wend, by*n):
		reason = ReasonNoAntecedent
	}
	if reason != "" {
		s.add(Expr{Start: cs, End: wend, Precision: Year, Reason: reason})
	}
	return wend, true
}

// The Reasons of a count of years that names no period (atYearsShift).
const (
	ReasonYearsAgo       = "years before publication: a point in time, not a calendar year"
	ReasonYearsFromEvent = "years counted from an event, not from a period"
	ReasonUncountedYears = "years not counted from the period named before it"
)

// datedSentence reports a period named before i in i's own sentence.
func (s *scanner) datedSentence(i int) bool {
	n := len(s.out)
	return n > 0 && s.out[n-1].Period != "" && s.out[n-1].End <= i && sentenceBreaks(s.text[s.out[n-1].End:i]) == 0
}

// eventAfter reports a noun phrase after i that names an event: a determiner or a name
// ("after the crisis", "before its collapse", "after Brexit").
func eventAfter(text string, i int) bool {
	ns, ne := nextWord(text, i)
	return ns < ne && (isCapital(text[ns]) || ascii.EqualFoldAny(text[ns:ne], "the", "a", "an", "its", "his", "her", "their", "this", "that"))
}

// countBefore returns the bounds of the count before the word at i: digits ("10 years"), or a
// word ("two years", "a decade", "several years"), or empty bounds.
func countBefore(text string, i int) (start, end int) {
	end = skipSpacesBack(text, i)
	if end == i || end == 0 {
		return i, i
	}
	if ascii.IsDigit(text[end-1]) {
		start = end
		for start > 0 && ascii.IsDigit(text[start-1]) {
			start--
		}
		if start > 0 && (ascii.IsWordByte(text[start-1]) || text[start-1] == '.' || text[start-1] == ',') {
			return i, i // "1.5 years", "2,000 years": not a count of whole years
		}
		return start, end
	}
	return prevWord(text, i)
}

// yearsCounted is the number of years a count and its unit name ("two" "years", "a"
// "decade", "10" "years"), or 0 when the count is not a number ("several", "many", "few").
func yearsCounted(count, unit string) int {
	n := 0
	if ascii.IsDigit(count[0]) {
		if len(count) <= 3 {
			n = atoi(count)
		}
	} else {
		n = yearCountWords[lowerASCII(count)]
	}
	if len(unit) >= 6 && ascii.EqualFold(unit[:6], "decade") {
		n *= 10
	}
	return n
}

// yearCountWords are the numbers of years or decades a count in words gives. "a" and "one" count
// a decade; a year so counted is roleA's and atYearTo's.
var yearCountWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}

// endsPhrase reports that the words end at i: the end of the text, a stop, a comma, a bracket
// or a dash after them, or a conjunction ("five years on, growth", "two years after, it").
func endsPhrase(text string, i int) bool {
	k := skipSpaces(text, i)
	if k >= len(text) || strings.IndexByte(".,;:)!?", text[k]) >= 0 || text[k] == 0xE2 {
		return true
	}
	ns, ne := nextWord(text, i)
	return ns < ne && ascii.EqualFoldAny(text[ns:ne], "and", "but", "while", "whereas", "when")
}

// addYearAfter resolves "a year later" and "the following year" against the period named
// last, in the sentence or the one before it: that period a year on ("Germany's economy
// shrank 5.7% in 2009. The following year it grew 4.2%" is 2010's). With none so near, the
// words name no period: they follow a period, not the publication.
func (s *scanner) addYearAfter(start, end int) int {
	if !s.addShiftedFromLast(start, end, 1) {
		s.add(Expr{Start: start, End: end, Precision: Year, Reason: ReasonNoAntecedent})
	}
	return end
}

// addShiftedFromLast adds over [start, end) the period named last, in the sentence or the one
// before it, moved by years: a year's, that year moved; a quarter's, a half's or a month's,
// that period moved ("HK$327m for the three months to December, 1% up on the year before");
// after a day (when a figure was said), that day's year moved. It reports whether there was
// such a period.
func (s *scanner) addShiftedFromLast(start, end, years int) bool {
	s.earlier(len(s.out) - 1)
	n := len(s.out)
	if n == 0 || s.out[n-1].Period == "" || s.out[n-1].End > start || sentenceBreaks(s.text[s.out[n-1].End:start]) > 1 {
		return false
	}
	prev := s.out[n-1]
	p, precision := prev.Period, prev.Precision
	if precision == Day {
		p, precision = periodAs(prev, Year), Year
	}
	p, ok := shiftYear(p, years)
	if !ok || p == "" {
		return false
	}
	s.add(Expr{Start: start, End: end, Period: p, Precision: precision})
	return true
}

// addYearEarlier resolves "a year earlier" against the last period named before it ("in the
// third quarter ... a year earlier" is the third quarter of the year before), or else
// against the publication date.
func (s *scanner) addYearEarlier(start, end int) int {
	s.earlier(len(s.out) - 1)
	if n := len(s.out); n > 0 && s.out[n-1].Period != "" {
		prev := s.out[n-1]
		if p, ok := shiftYear(prev.Period, -1); ok {
			s.add(Expr{Start: start, End: end, Period: p, Precision: prev.Precision})
			return end
		}
	}
	s.add(s.relative(start, end, Year, func(pub time.Time) string { return yearPeriod(pub.Year() - 1) }))
	return end
}

// yearBeforeAt reports "the year before" or "the year earlier" with "year" at i and the word
// after it at [ws, we): "before" only where it ends its phrase (a stop, a comma, a bracket or
// a conjunction after it), not as a preposition ("the year before the crisis").
func yearBeforeAt(text string, i, ws, we int) bool {
	if ps, pe := prevWord(text, i); ps == pe || !ascii.EqualFold(text[ps:pe], "the") {
		return false
	}
	if ascii.EqualFold(text[ws:we], "earlier") {
		return true
	}
	return ascii.EqualFold(text[ws:we], "before") && endsPhrase(text, we)
}

// yearAfterAt reports "the year after" or "the year later" with "year" at i and the word
// after it at [ws, we), where it ends its phrase: not "the year after the crisis", which is
// an event's.
func yearAfterAt(text string, i, ws, we int) bool {
	if ps, pe := prevWord(text, i); ps == pe || !ascii.EqualFold(text[ps:pe], "the") {
		return false
	}
	return ascii.EqualFoldAny(text[ws:we], "after", "later") && endsPhrase(text, we)
}

// shiftedPhrase reports the words of a period set back from another ("a year earlier", "a
// year ago", "the previous year"): a base a change is measured from, which a year named by
// the whole of it ("full-year growth") is never of.
func shiftedPhrase(w string) bool {
	return yearBeforePhrase(w) || len(w) > 4 && (ascii.EqualFold(w[len(w)-3:], "ago") || len(w) > 7 && ascii.EqualFold(w[len(w)-7:], "earlier"))
}

// baseOfChange reports a period set back from another that a change is measured from: "up
// 2.7% from a year earlier", "compared with a year ago", "on the same month a year earlier".
// "That quarter" or "the quarter" after it is the quarter the change is of, not its base
// ("Compared with a year earlier, output was up 2.7% in that quarter" after "the third quarter
// of 2024" is 2024's third quarter); a bare "A year earlier, it had grown 4.4%" is a period
// the text turns to, and stays one.
func (s *scanner) baseOfChange(e Expr) bool {
	text := s.text
	if !shiftedPhrase(text[e.Start:e.End]) {
		return false
	}
	ps, pe := prevWord(text, e.Start)
	// past the period the base is named as: "from the same month a year earlier"
	for n := 0; n < 3 && ps < pe && ascii.EqualFoldAny(text[ps:pe], "the", "same", "month", "quarter", "period", "year"); n++ {
		ps, pe = prevWord(text, ps)
	}
	return ps < pe && ascii.EqualFoldAny(text[ps:pe], "from", "than", "with", "on", "against", "over", "versus", "vs")
}

// yardstickSince reports a date after "since" within a clause, the yardstick a superlative
// measures against: "rose 8.0% in 2022, the most since 1981, and peaked at 9.1% in June of
// that year" refers back to 2022, not to 1981 (blind round 234). A "Since 2020," that opens a
// sentence or a clause frames what follows, and is left as an antecedent; so is a yardstick
// with no date before it ("have cooled since 2022. ... in June of that year").
func (s *scanner) yardstickSince(e Expr) bool {
	text := s.text
	ps, pe := prevWord(text, e.Start)
	if ps == pe || !ascii.EqualFold(text[ps:pe], "since") {
		return false
	}
	bs, be := prevWord(text, ps)
	return bs < be && skipSpacesBack(text, ps) == be // a word right before "since", no mark
}

// yearBeforePhrase reports the words of a year before the one named ("the previous year",
// "prior year", "the year before", "the year earlier"), which addYearBefore resolves.
func yearBeforePhrase(w string) bool {
	return len(w) > 8 && (ascii.EqualFold(w[len(w)-6:], "before") || ascii.EqualFold(w[len(w)-7:], "earlier") && !ascii.EqualFoldAny(w[:2], "a ", "A ") ||
		ascii.EqualFoldAny(w[:len(w)-len(" year")], "previous", "prior", "the previous", "the prior"))
}

// addYearBefore resolves "the previous year", "the prior year" and "the year before" against
// the period named last, in the sentence or the one before it: the year before that period's
// year ("3.3% in 2024 and 7.3% the year before" is 2023's). With none so near, it is the year
// before publication, as it was read before.
func (s *scanner) addYearBefore(start, end int) int {
	if !s.addShiftedFromLast(start, end, -1) {
		s.add(s.relative(start, end, Year, func(pub time.Time) string { return yearPeriod(pub.Year() - 1) }))
	}
	return end
}

// sentenceBreaks counts the ends of sentences in text: a stop, "?" or "!" before a space, and
// line breaks; two are enough to tell.
func sentenceBreaks(text string) int {
	n := 0
	for i := 0; i < len(text) && n < 2; i++ {
		switch c := text[i]; {
		case c == '\n':
			n++
		case (c == '.' || c == '?' || c == '!') && i+1 < len(text) && text[i+1] == ' ':
			n++
		}
	}
	return n
}

// shiftYear moves a period by whole years: "2004-Q3" by -1 is "2003-Q3".
func shiftYear(period string, by int) (string, bool) {
	prefix := ""
	p := period
	if len(p) > 2 && p[:2] == "FY" {
		prefix, p = "FY", p[2:]
	}
	if len(p) < 4 || digitsEnd(p, 0) != 4 {
		return "", false
	}
	y := atoi(p[:4]) + by
	if len(p) == 10 && p[5:] == "02-29" {
		return "", false
	}
	return prefix + yearPeriod(y) + p[4:], true
}
