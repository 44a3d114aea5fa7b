package extract

// A date that opens a sentence ("In 2024 Chile recovered to 2.8%, faster than Colombia's 1.5%
// and Mexico's 1.4%, while Argentina shrank 1.3%.") sets the time of all its clauses: a figure
// of a later clause with no date of its own had taken the period of the sentence before from
// the text's focus (2023, where Argentina shrank 1.6%: attack round 17), since focusPeriod is
// asked before the dates of the rest of the sentence for a figure that refers back.

// openingDate returns the date that opens the sentence after a conjunction and a preposition
// ("In 2024 ...", "But in 2024, ...", "During 2024, ..."), a year or a period of one that
// belongs to no figure and is no base of comparison, or -1.
func (s *sentence) openingDate() int {
	ws := s.words
	i := 0
	if i < len(ws) && ws[i].tag == tagCoord {
		i++
	}
	if i < len(ws) && ws[i].tag == tagPrep {
		switch ws[i].lower {
		case "in", "during", "throughout", "over", "for":
			i++
		default:
			return -1 // "By 2024", "Since 2020", "After 2020": no period of the clause
		}
	}
	if i >= len(ws) {
		return -1
	}
	d := ws[i].date
	if d < 0 || s.eFirst[d] != i || s.isBaseDate(d) || s.exprs[d].Period == "" || s.dateOwner(d) >= 0 {
		return -1
	}
	return d
}

// earlierWordBefore reports a word of an earlier time between figure k and the comma,
// semicolon or conjunction before it ("and the year before it shrank 1.6%", "and before that it
// shrank"), which the date scanner may not read as a date: the clause is not of the sentence's
// opening year.
func (s *sentence) earlierWordBefore(k int) bool {
	for i := s.qFirst[k] - 1; i >= 0; i-- {
		switch s.words[i].lower {
		case "before", "earlier", "previous", "prior", "ago", "previously":
			return true
		case ",", ";", "and", "but", "while", "whereas":
			return false
		}
	}
	return false
}
