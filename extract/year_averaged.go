package extract

import "github.com/factcheck/factcheck/extract/timex"

// An average "for the year" after a figure of a month of that year: "Inflation peaked at
// 69.8 percent in September 2022 and averaged 46.4 percent for the year" is 2022's annual
// average, but the average took the month of the peak beside it (2022-09), and after a
// semicolon the month of the sentence before. "The year" refers back to the year of the dates
// before it in the sentence; with an averaging verb, the figure is that whole year's.

// averagedForTheYear returns the year of figure k, an average "for the year" or "over the
// year" right after it, as the year of the last explicit date before it in its sentence when
// that date is a part of a year (a day, a month, a quarter, a half). ok is false when the figure
// is no average, the phrase is not there, or the last date before it is a year.
func (s *sentence) averagedForTheYear(k int) (timex.Expr, bool) {
	ws := s.words
	i := s.qLast[k] + 1
	if i+2 >= len(ws) || (ws[i].lower != "for" && ws[i].lower != "over") || ws[i+1].lower != "the" || ws[i+2].lower != "year" {
		return timex.Expr{}, false
	}
	if i+3 < len(ws) && (ws[i+3].lower == "to" || ws[i+3].lower == "before" || ws[i+3].lower == "ending" || ws[i+3].lower == "ended" || ws[i+3].lower == "through") {
		return timex.Expr{}, false // "over the year to March": a span ending in a month
	}
	if !s.averagedBefore(s.phraseStart(s.qFirst[k])) {
		return timex.Expr{}, false
	}
	for d := len(s.exprs) - 1; d >= 0; d-- {
		e := s.exprs[d]
		if s.eLast[d] >= s.qFirst[k] || !e.Explicit || len(e.Period) < 4 {
			continue
		}
		if e.Precision == timex.Year {
			// a year before is read by the dates' own rules, which know a comparison's year
			// from the sentence's ("0.9% in 2023, after 2.5% in 2022, and inflation averaged
			// 4.9% over the year" is 2023's); only a month's or a quarter's year is asked here
			return timex.Expr{}, false
		}
		year := e.Period[:4]
		return timex.Expr{Period: year, Precision: timex.Year, Explicit: true, Start: e.Start, End: e.End}, true
	}
	return timex.Expr{}, false
}

// yearAverageSubject reports a figure whose phrase is a year's average: "The average for the
// year was 8.1 per cent", "the year's average", "the annual average over the year". Its
// period is the year of the dates the text went on with, not the last month or quarter they
// named (blind round 72: the United States' unemployment of 2020 was dated December and,
// before that, read as growth).
func (s *sentence) yearAverageSubject(r *reading) bool {
	if r.np < 0 {
		return false
	}
	ws := s.words
	n := s.nps[r.np]
	if !ws[n.head].hasLemma("average") {
		return false
	}
	for i := n.first; i < n.head; i++ {
		switch ws[i].lower {
		case "annual", "yearly", "year's":
			return true
		case "year":
			return i+1 < n.head && ws[i+1].tag == tagPoss
		}
	}
	i := n.last + 1
	return i+2 < len(ws) && (ws[i].lower == "for" || ws[i].lower == "over") && ws[i+1].lower == "the" &&
		(ws[i+2].lower == "year" || ws[i+2].lower == "whole" || ws[i+2].lower == "full")
}

// wholeYearSubject reports a figure whose measure phrase is followed by "for the year" or "for
// the whole (full, entire) year", no span to a month: "Real growth for the year was 1.9%",
// "Growth for the full year came in at 1.9%". The year is the one the text is about, whatever
// part of it the figures before were of.
func (s *sentence) wholeYearSubject(r *reading) bool {
	if r.np < 0 {
		return false
	}
	ws := s.words
	i := s.nps[r.np].last + 1
	if i+2 >= len(ws) || ws[i].lower != "for" || ws[i+1].lower != "the" {
		return false
	}
	i += 2
	switch ws[i].lower {
	case "whole", "full", "entire":
		i++
	}
	if i >= len(ws) || ws[i].lower != "year" {
		return false
	}
	if i+1 < len(ws) {
		switch ws[i+1].lower {
		case "to", "before", "ending", "ended", "through", "earlier", "ago":
			return false // "for the year to March": a span ending in a month
		}
	}
	return true
}
