package extract

// A date in a relative clause on another figure. "Public debt is close to 100% of GDP, double
// the 50% it stood at in 2007" (a Commons answer of 2026) dated the 100% to 2007: the year is
// said of the 50%, in a clause with no relative word ("the 50% [that] it stood at in 2007"),
// which the clause breaks do not open, so the date was free for the figure before it. So were
// "well above the 2% it averaged in 2019" and "double what it was in 2007", a free relative
// whose "what" stands for the level the figure is set against. A date whose clause is a
// subject pronoun and its verb after such a phrase belongs to that phrase: a figure of its own
// takes it ("up from the 3.5% that it hit in 2019" is 2019's, not the year before the
// present's), no other figure does.

// relativeClauseOwner reports date d as the date of a relative clause on a phrase before it:
// the clause is a subject pronoun ("it", "they"), optionally after "that" or "which", with only
// its verb, prepositions and adverbs before the date; the antecedent right before it a figure,
// a noun phrase that holds one, or "what". owner is the antecedent's figure, or -1 for "what".
func (s *sentence) relativeClauseOwner(d int) (owner int, ok bool) {
	ws := s.words
	i := s.eFirst[d] - 1
	if i >= 0 && ws[i].tag == tagPrep {
		i-- // "in 2007"
	}
	verb := false
	for n := 0; i >= 0 && n < 5; n, i = n+1, i-1 {
		w := &ws[i]
		if w.vg >= 0 || w.tag == tagVerb || w.tag == tagAux {
			verb = true
			continue
		}
		if w.tag == tagPrep || w.tag == tagAdv || w.tag == tagPart {
			continue // "stood at", "was back at", "had been in"
		}
		break
	}
	if !verb || i < 1 || !subjectPronoun(ws[i].lower) {
		return -1, false
	}
	i--
	if ws[i].lower == "that" || ws[i].lower == "which" {
		i--
	}
	if i < 0 {
		return -1, false
	}
	a := &ws[i]
	switch {
	case a.lower == "what":
		return -1, true // "double what it was in 2007"
	case a.fig >= 0:
		return a.fig, s.qLast[a.fig] == i // "the 50% it stood at in 2007"
	case a.np >= 0 && s.nps[a.np].last == i:
		for j := s.nps[a.np].first; j <= i; j++ {
			if f := ws[j].fig; f >= 0 && !isDuration(s.quants[f].Unit) {
				return f, true // "the 50% level it was at in 2007"
			}
		}
	}
	return -1, false
}

// relativeClauseDateOf returns the date of a relative clause on figure k (relativeClauseOwner),
// within the few words after it, or -1.
func (s *sentence) relativeClauseDateOf(k int) int {
	for i := s.qLast[k] + 1; i < len(s.words) && i <= s.qLast[k]+10; i++ {
		if d := s.words[i].date; d >= 0 && s.eFirst[d] == i {
			if owner, ok := s.relativeClauseOwner(d); ok && owner == k {
				return d
			}
			return -1
		}
	}
	return -1
}

// subjectPronoun reports a personal pronoun that can be a clause's subject.
func subjectPronoun(w string) bool {
	switch w {
	case "it", "they", "he", "she", "we", "i", "you":
		return true
	}
	return false
}
