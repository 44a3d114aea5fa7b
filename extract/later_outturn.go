package extract

import "github.com/factcheck/factcheck/extract/timex"

// laterOutturnAfterBase reports figure k after ", and", with a year right after it ("and 5.0
// per cent in 2022") later than the year after main figure m, which base figure j is set
// against.
func (s *sentence) laterOutturnAfterBase(k, j, m int) bool {
	f := s.qFirst[k]
	if f < 2 || s.words[f-1].lower != "and" || s.words[f-2].lower != "," || m >= j {
		return false
	}
	yk, ym := s.yearAfterFigure(k), s.yearAfterFigure(m)
	return yk > 0 && ym > 0 && yk > ym
}

// yearAfterFigure returns the year of a date of year precision that "in" brings right after
// figure k ("5.0 per cent in 2022"), or 0.
func (s *sentence) yearAfterFigure(k int) int {
	i := s.qLast[k] + 1
	if i+1 >= len(s.words) || s.words[i].lower != "in" {
		return 0
	}
	d := s.words[i+1].date
	if d < 0 || s.eFirst[d] != i+1 || s.exprs[d].Precision != timex.Year {
		return 0
	}
	y, ok := periodYear(s.exprs[d].Period)
	if !ok {
		return 0
	}
	return y
}
