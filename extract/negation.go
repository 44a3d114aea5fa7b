package extract

// A figure the sentence rejects states nothing of what was: "did not grow 3%" (negated, in
// complete.go) and, here, the other ways English denies a figure. Each is read from the
// structure around the figure, not from a distance:
//   - a verb whose infinitive or gerund it governs is not done: a negative implicative
//     ("failed to grow 2%", "was unable to return to 2% growth", "fell short of reaching 2%");
//   - "not" set straight before the figure, in apposition or contrast ("grew 1.1%, not 2% as
//     the minister claimed", "not the 2% ...", "grew not 2% but 3%");
//   - a that-clause a negated predicate of truth governs ("It is not true that ... grew 3%",
//     "It is not the case that", "It is false that").
// "not only grew 2%", "not far from 2%" and "not more than 2%" keep the figure: there "not"
// does not stand straight before it.

// deniedFigure reports a figure k the sentence rejects in one of these ways.
func (s *sentence) deniedFigure(k int) bool {
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	return s.notBefore(first) || s.implicativeBefore(first) || s.untrueThat(first)
}

// notBefore reports "not", outside any verb group, right before the figure at word first, or
// before its determiner: "..., not 2% as claimed", "not the 2% the minister claimed".
func (s *sentence) notBefore(first int) bool {
	i := first - 1
	if i >= 0 && s.words[i].tag == tagDet {
		i--
	}
	return i >= 0 && s.words[i].lower == "not" && s.words[i].vg < 0
}

// implicativeBefore reports a figure at word first in the complement of a negative
// implicative verb in its clause: the verb group it stands after is an infinitive (or there is
// none) and "to" follows "fail", "failure" or "unable" ("failed to grow 2%", "was unable to
// grow 2%", "unable to return to 2% growth"), or "short of" comes before a gerund ("fell short
// of reaching 2%"). A finite verb between them ends the search: "After failing to grow in
// 2023, the economy grew 1.1%" states the 1.1%.
func (s *sentence) implicativeBefore(first int) bool {
	if !s.marked(markDenial) { // (most sentences: a figure's clause is not walked for nothing)
		return false
	}
	from, _ := s.clauseOf(first)
	ws := s.words
	for i := first - 1; i >= from; i-- {
		w := &ws[i]
		switch w.lower {
		case "to":
			if i > from && (ws[i-1].lower == "unable" || ws[i-1].hasLemma("fail") || ws[i-1].hasLemma("failure")) {
				return true
			}
		case "of":
			if i > from && ws[i-1].lower == "short" && i+1 < first && hasSuffixIng(ws[i+1].lower) {
				return true
			}
		}
		if g := w.vg; g >= 0 && s.vgs[g].last == i && !s.vgs[g].infinitive && (s.finite(g) || !s.gerundOfPrep(g)) {
			// the figure's own verb, unless the negative implicative is inside its group
			// ("failed to grow" is one group): the words before are looked at up to its first
			for j := i - 1; j >= s.vgs[g].first; j-- {
				if ws[j].lower == "to" && j > s.vgs[g].first && ws[j-1].hasLemma("fail") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// gerundOfPrep reports a verb group that is the object of a preposition ("short of reaching
// 2%"): a clause of its own ends the search otherwise, finite ("the economy grew 1.1%") or not
// ("failed to grow in 2023, shrinking 0.9%" states the 0.9%).
func (s *sentence) gerundOfPrep(g int) bool {
	f := s.vgs[g].first
	return f > 0 && s.words[f-1].tag == tagPrep
}

// hasSuffixIng reports a word in -ing of more than the ending ("reaching", not "king").
func hasSuffixIng(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// untrueThat reports a figure at word first in a that-clause that a negated predicate of
// truth governs: "It is not true that", "It isn't correct that", "It is not the case that",
// "It is false that", "It is untrue that".
func (s *sentence) untrueThat(first int) bool {
	if !s.marked(markThat) {
		return false
	}
	from, _ := s.clauseOf(first)
	ws := s.words
	for i := first - 1; i > from; i-- {
		if ws[i].lower != "that" {
			continue
		}
		j := i - 1
		switch ws[j].lower {
		case "untrue", "false":
			return true
		case "case":
			if j-1 < from || ws[j-1].lower != "the" {
				return false
			}
			j--
		case "true", "correct", "accurate":
		default:
			return false
		}
		for n := j - 1; n >= from && n >= j-2; n-- {
			if ws[n].tag == tagNeg || ws[n].lower == "'t" || ws[n].lower == "’t" { // ("isn't" is "isn" and "'t")
				return true
			}
		}
		return false
	}
	return false
}
