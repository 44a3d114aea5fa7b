package extract

// "It" as the subject of a verb of growth stands for the country the clause or the sentence
// before it opened with, when that country was its subject: "Indonesia, by contrast, has
// settled into a steady 5 per cent rhythm; it grew 5.0 per cent in 2016 with inflation of 3.5
// per cent" (blind round 137) and "Indonesia recovered. It grew 5.0 per cent in 2016" are
// Indonesia's output growth. Read as the measure the text spoke of last, both were taken for
// inflation. A measure of the country's as that subject ("Indonesia's inflation eased. It
// grew ...") keeps the pronoun for the measure.

// itStandsForCountry reports noun phrase subj, the subject of verb group g, as "it" standing
// for a country the clause before it in its sentence, or the sentence before, opens with as
// its subject.
func (st *articleState) itStandsForCountry(s *sentence, g, subj int) bool {
	ws := s.words
	n := s.nps[subj]
	if n.first != n.last || ws[n.first].lower != "it" || !s.growthVerb(g) {
		return false
	}
	// the clause before in the sentence: its subject, if a country's name alone
	for h := g - 1; h >= 0; h-- {
		if p := s.subjectOf(h); p >= 0 && s.nps[p].last < n.first {
			nm := st.nounMeasure(s, p)
			return nm.measure == nil && nm.onlyEntity && !st.lex.aggregates.has(s.entityInPhrase(p))
		}
	}
	if s.openerBefore == 0 {
		s.openerBefore = 2
		if st.countryOpensSentenceBefore(s) {
			s.openerBefore = 1
		}
	}
	return s.openerBefore == 1
}

// countryOpensSentenceBefore reports the sentence before s opening with a country's name as its
// subject, not its possessor.
func (st *articleState) countryOpensSentenceBefore(s *sentence) bool {
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return false
	}
	text := st.art.Text
	toks := tokenizeInto(nil, text, from, to)
	ms := st.lex.findEntities(toks, isCapsLine(text[from:to]))
	if len(ms) == 0 {
		return false
	}
	m := ms[0]
	code, isCountry := m.has(catEntity)
	opens := m.first == 0 || m.first == 1 && toks[0].lower == "the"
	after := m.last + 1
	// the name is the subject, not a possessor ("Indonesia's inflation eased")
	return isCountry && opens && !st.lex.aggregates.has(code) && after < len(toks) &&
		(toks[after].lower == "," || !toks[after].punct && toks[after].lower != "'s")
}
