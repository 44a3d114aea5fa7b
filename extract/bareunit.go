package extract

import "github.com/factcheck/factcheck/extract/timex"

// bareUnitPeriod returns the precision of a period the clause of figure k names by its unit
// alone — "in the quarter", "over the month", "on the quarter" — with no date to say which:
// timex.Quarter or timex.Month, or "" when it names none. Such a figure is of a quarter or a
// month, never of a year, whichever one the text means. A clause with no date of its own
// goes on with the one before it in the sentence: "Germany's economy shrank 0.3% in the
// quarter; Spain grew 0.6% and Italy 0.2%".
func (s *sentence) bareUnitPeriod(k int) string {
	from, to := s.clauseOf(s.qFirst[k])
	if unit := s.bareUnitIn(from, to); unit != "" {
		return unit
	}
	for i := from; i <= to; i++ {
		if s.words[i].date >= 0 {
			return ""
		}
	}
	return s.bareUnitIn(0, from-1)
}

// bareUnitIn is bareUnitPeriod's search of the words [from, to].
func (s *sentence) bareUnitIn(from, to int) string {
	ws := s.words
	for i := from + 2; i <= to; i++ {
		w := &ws[i]
		if w.date >= 0 || w.fig >= 0 || w.joined || ws[i-1].joined {
			continue // a date ("the third quarter"), a fraction ("a quarter of GDP"), "quarter-on-quarter"
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
			return unit
		}
	}
	return ""
}
