package extract

import "github.com/factcheck/factcheck/extract/timex"

// bareUnitPeriod returns the precision of a period the clause of figure k names by its unit
// alone — "in the quarter", "over the month", "on the quarter" — with no date to say which:
// timex.Quarter or timex.Month, or "" when it names none. Such a figure is of a quarter or a
// month, never of a year, whichever one the text means. A clause with a date of its own is
// dated by it ("grew 1.9% in 2023 even as output fell in the quarter"); one with no date goes
// on with the clause before it in the sentence: "Germany's economy shrank 0.3% in the
// quarter; Spain grew 0.6% and Italy 0.2%".
func (s *sentence) bareUnitPeriod(k int) string {
	if s.findMarkedWords(); len(s.unitWords) == 0 {
		return "" // no unit to find (bareUnitIn), in the clause or the one before: most sentences
	}
	at := s.qFirst[k]
	from, to := s.clauseOf(at)
	nearestDate := -1 // distance from the figure to the nearest date of its clause
	for i := from; i <= to; i++ {
		if s.words[i].date >= 0 && (nearestDate < 0 || abs(i-at) < nearestDate) {
			nearestDate = abs(i - at)
		}
	}
	if unit, u := s.bareUnitIn(from, to); unit != "" && (nearestDate < 0 || abs(u-at) < nearestDate) {
		return unit // "Output rose 0.6% in the quarter, and Italy's grew 0.9% in 2023"
	}
	if nearestDate >= 0 || from < 2 {
		return ""
	}
	before, _ := s.clauseOf(from - 2)
	for i := before; i < from; i++ {
		if s.words[i].date >= 0 {
			return ""
		}
	}
	unit, _ := s.bareUnitIn(before, from-1)
	return unit
}

// bareUnitIn is bareUnitPeriod's search of the words [from, to]: the unit, and the word it is.
// Only the unit words of the sentence are read (findMarkedWords): a run-on list of figures can
// be one clause of hundreds of words, which each figure's question read whole.
func (s *sentence) bareUnitIn(from, to int) (string, int) {
	ws := s.words
	for _, at := range wordsWithin(s.unitWords, from+2, to) {
		i := int(at)
		w := &ws[i]
		if w.date >= 0 || w.fig >= 0 || w.joined || ws[i-1].joined {
			continue // a date ("the third quarter"), a fraction ("a quarter of GDP"), "quarter-on-quarter"
		}
		if i+1 < len(ws) && ws[i+1].tag == tagPoss {
			continue // "on the month's last day"
		}
		var unit string
		switch w.lower {
		case "quarter":
			unit = timex.Quarter
		case "month":
			unit = timex.Month
		default:
			continue
		}
		switch ws[i-1].lower {
		case "the", "this", "that":
		default:
			continue // "the same quarter", "the previous month": a date or a base
		}
		switch ws[i-2].lower {
		case "in", "over", "during", "for", "on", "through", "throughout":
			return unit, i
		}
	}
	return "", -1
}
