package extract

import "github.com/factcheck/factcheck/extract/timex"

// dateOfEventClause reports a date e of figure k that a clause opened by "when" dates an event
// with, the figure standing in another clause: "When I left office in 2010, unemployment was
// 5.3%", "Inflation was 1.4% when he took office in 2021". A monthly rate at the time of an
// event is the rate of some month of that year, which the year's average is not: Brazil's
// 5.3% was December 2010's, against 6.7% (and the ILO's 8.4%) for the year.
func (s *sentence) dateOfEventClause(k int, e timex.Expr) bool {
	d := s.exprAt(e)
	if d < 0 {
		return false
	}
	cf, _ := s.clauseOf(s.eFirst[d])
	if cf == 0 || s.words[cf-1].lower != "when" {
		return false
	}
	kf, _ := s.clauseOf(s.qFirst[k])
	return kf != cf
}
