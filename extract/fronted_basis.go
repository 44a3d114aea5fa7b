package extract

// frontedParticipleStart returns 0 when the clause at from follows a participial phrase that
// opens the sentence and is closed by a comma, with no figure of its own, else -1: "Compared
// with a year earlier, output was up 2.7% in that quarter", "Measured against the same month
// last year, prices were 4.2% higher". The phrase has no subject and modifies the clause after
// it, so a basis it names ("a year earlier": year on year) is that clause's figure's. The
// clauses break at its comma only because the participle reads as a finite verb. A phrase
// with a verb of its own after the first word ("Prices rose on the month, and ...") is a
// clause, and its words stay its own.
func (s *sentence) frontedParticipleStart(from int) int {
	ws := s.words
	if from < 3 || ws[from-1].lower != "," {
		return -1
	}
	if f, _ := s.clauseOf(from - 2); f != 0 {
		return -1
	}
	v := ws[0].vg
	if v < 0 || s.vgs[v].first != 0 || s.vgs[v].head != 0 || s.vgs[v].modal {
		return -1
	}
	for i := 1; i < from-1; i++ {
		if ws[i].fig >= 0 || ws[i].vg >= 0 && ws[i].vg != v {
			return -1
		}
		if d := ws[i].date; d >= 0 && s.exprs[d].Explicit {
			// "Measured from the fourth quarter of 2023 to the fourth quarter of 2024": a
			// span named by its ends, whose "from the fourth quarter" is no base of a
			// quarter's change; only a base set back from the period ("a year earlier")
			return -1
		}
	}
	return 0
}
