package extract

import (
	"time"

	"github.com/factcheck/factcheck/extract/timex"
)

// A day written without its year ("on February 23") is read as the nearest such day to
// publication, up to half a year ahead: a meeting "on March 6" is often still to come. A verb
// in a past tense says the day has passed: "The EU adopted its first package of sanctions on
// February 23", in an article of December 29, 2022, was read as February 23, 2023 (blind
// round 161), and so was "raised its key rate to 20% on February 28".

// pastDaysBack moves back a year each day of s written without its year that the dates put
// more than two weeks after publication, when the verb before it in its clause is in a past
// tense and no modal. (Two weeks: a dateline's day and the day a story was filed may lag the
// day it is dated.)
func (st *articleState) pastDaysBack(s *sentence) {
	pub := st.art.Published
	if pub.IsZero() {
		return
	}
	for d := range s.exprs {
		e := &s.exprs[d]
		if e.Precision != timex.Day || e.Explicit || len(e.Period) != len("2006-01-02") {
			continue
		}
		t, err := time.Parse("2006-01-02", e.Period)
		if err != nil || t.Sub(pub) <= 14*24*time.Hour {
			continue
		}
		if g := s.verbOfDate(d); g >= 0 && !s.vgs[g].modal && s.pastTense(g) {
			e.Period = t.AddDate(-1, 0, 0).Format("2006-01-02")
		}
	}
}

// verbOfDate returns the verb group of date d's clause that it dates: the one before it ("raised
// its key rate to 20% on February 28"), else, for a date that opens its clause, the first one
// after it ("On February 28, the bank raised ..."); -1 when the clause has none.
func (s *sentence) verbOfDate(d int) int {
	from, to := s.clauseOf(s.eFirst[d])
	if g := s.verbBeforeWord(s.eFirst[d]); g >= 0 && s.vgs[g].head >= from {
		return g
	}
	for i := s.eLast[d] + 1; i <= to; i++ {
		if g := s.words[i].vg; g >= 0 {
			return g
		}
	}
	return -1
}
