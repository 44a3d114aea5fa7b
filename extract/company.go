package extract

// companyOutput reports the nouns of output a firm reports of itself as often as a country:
// "output", "production", "sales".
func companyOutput(lower string) bool {
	return lower == "output" || lower == "production" || lower == "sales"
}

// saidByCompany reports a bare noun of output, words [first, head] ("output", "its output"),
// that opens the clause a firm says: the subject of a verb of saying right before it is a
// country's firm, a name after a country's possessive that is no country, region or
// institution ("Chile's Codelco said output fell 2%", "Brazil's Vale said output rose 0.2%",
// "Chile's state copper company Codelco said"). The country's own bodies keep the output the
// country's: "Chile's statistics office said output fell 2%", "the central bank said".
func (s *sentence) saidByCompany(first, head int) bool {
	ws := s.words
	for i := first; i < head; i++ {
		if ws[i].tag != tagDet {
			return false // "Chile's output", "mining output": not bare
		}
	}
	v := first - 1
	if v >= 0 && ws[v].lower == "that" {
		v--
	}
	if v < 0 || ws[v].vg < 0 || s.vgs[ws[v].vg].last != v || !s.speaks(ws[v].vg) {
		return false
	}
	p := s.subjectOf(ws[v].vg)
	if p < 0 {
		return false
	}
	n := s.nps[p]
	poss := -1
	for i := n.first + 1; i < n.last; i++ {
		if ws[i].tag == tagPoss && ws[i-1].ent >= 0 {
			poss = i
		}
	}
	// the firm's name ends the phrase: a name the lexicon does not know, past the possessive
	return poss >= 0 && s.unknownName(n.last) && n.last > poss
}
