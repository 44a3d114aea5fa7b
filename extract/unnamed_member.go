package extract

import "strings"

// A bloc's or region's name used as an adjective of a singular member noun ("which euro-area
// economy", "an OECD economy", "one G7 member", "the euro zone's fastest-growing member",
// "Latin America's largest economy", "the euro zone's growth star") names one member of the
// group, and leaves it unnamed: the figure is that member's, never the group's
// aggregate. A quiz's "Which euro-area economy grew 12.3% in 2025? (a) Malta (b) Ireland" was
// judged against the euro area's 1.4%. The group's own economy keeps its figures: "The
// euro-area economy grew 0.9%", "the euro zone's economy".

// oneUnnamedMember reports noun phrase p as one member of a bloc the phrase names before its
// head: a singular noun of a member ("economy", "member", "country", "state", "nation"),
// picked by a word that does not name it: an indefinite or interrogative determiner or a
// number one, in the phrase or right before it ("a", "an", "which", "what", "one",
// "another", "any", "each", "every", "some"), or a superlative ("the biggest euro-area
// economy", "the euro zone's fastest-growing member").
func (st *articleState) oneUnnamedMember(s *sentence, p int) bool {
	if p < 0 {
		return false
	}
	n := s.nps[p]
	ws := s.words
	h := &ws[n.head]
	role := isMemberRole(h.lower)
	if pluralLike(h.lower) || !role && !(h.hasLemma("economy") || h.hasLemma("member") || h.hasLemma("country") || h.hasLemma("state") || h.hasLemma("nation")) {
		return false
	}
	bloc := false
	for i := n.first; i < n.head; i++ {
		if e := ws[i].ent; e >= 0 && st.namesGroup(s, s.ents[e]) && s.ents[e].last < n.head {
			bloc = true
		}
	}
	if !bloc {
		return false
	}
	if role {
		return true // "the euro zone's growth star": a noun that picks one member by its standing
	}
	from := n.first
	if from > 0 && (ws[from-1].tag == tagDet || ws[from-1].lower == "which" || ws[from-1].lower == "what" || ws[from-1].lower == "one") {
		from-- // "Which euro-area economy": the interrogative stands outside the phrase
	}
	for i := from; i < n.head; i++ {
		w := ws[i].lower
		switch w {
		case "a", "an", "which", "what", "whichever", "one", "another", "any", "each", "every", "some":
			return true
		}
		if head, _, _ := strings.Cut(w, "-"); picksOne(head) {
			// "the biggest euro-area economy", "the euro zone's fastest-growing member", "the
			// first euro-area country to fall into recession" (blind round 43)
			return true
		}
	}
	return false
}

// unnamedMemberFigure reports a figure whose phrase, or the subject of its clause ("Which EU
// country saw its economy grow 12.3%?", "Which OECD country had unemployment of 11.4%?"), is
// one unnamed member of a bloc
// (oneUnnamedMember), in a sentence that names no country of its own: the figure is no
// claim. A country named beside it is the member ("Ireland, the fastest-growing euro-area
// economy, grew 12.3%"), and is left to the readings that find it.
func (st *articleState) unnamedMemberFigure(s *sentence, r *reading) bool {
	if r.np < 0 {
		return false
	}
	for _, m := range s.ents {
		if _, ok := entityCode(m); ok && !st.namesGroup(s, m) {
			return false
		}
	}
	if st.oneUnnamedMember(s, r.np) {
		return true
	}
	if s.entityInPhrase(r.np) != "" {
		return false
	}
	from, _ := s.clauseOf(s.nps[r.np].first)
	for p := range s.nps {
		if s.nps[p].first >= from && s.nps[p].last < s.nps[r.np].first && s.isSubject(p) && st.oneUnnamedMember(s, p) {
			return true
		}
	}
	return false
}

// namesGroup reports a name m of a group of countries: a bloc (namesBloc) or a region the
// table holds an aggregate of ("Latin America", "sub-Saharan Africa").
func (st *articleState) namesGroup(s *sentence, m match) bool {
	code, ok := m.has(catEntity)
	return ok && (blocCode(code) || st.lex.aggregates.has(code))
}

// isMemberRole reports a noun that picks one member of a group by its standing among the
// others: "the euro zone's growth star", "the region's laggard".
func isMemberRole(w string) bool {
	switch w {
	case "star", "laggard", "powerhouse", "champion", "darling", "outlier", "standout":
		return true
	}
	return false
}

// groupOfMemberPhrase reports a name m of a group that stands in a phrase naming one member of
// it (oneUnnamedMember): "Spain remained the euro zone's growth star, with output rising 2.8%"
// names the euro zone as Spain's group, not as the place of the figure.
func (st *articleState) groupOfMemberPhrase(s *sentence, m match) bool {
	p := s.words[m.first].np
	return p >= 0 && s.nps[p].head > m.last && st.namesGroup(s, m) && st.oneUnnamedMember(s, p)
}

// memberPhraseMention reports a name m of a group among the words of a line, toks, that names
// one unnamed member of the group rather than the group (as oneUnnamedMember reads a
// sentence's phrases): the group's possessive before a member noun that a superlative or an
// ordinal picks, "the eurozone's second-largest economy", "Latin America's biggest economy",
// "the EU's most populous country", or a member noun of standing, "the euro zone's growth
// star"; or the group as the adjective of a member noun after a superlative or a determiner
// of one, "the biggest euro-area economy", "which EU country". The text goes on about that
// member, so the group is no mention of what it is about (blind round 33: "PARIS (AFP) - The
// eurozone's second-largest economy grew 0.8 percent ... Inflation slowed to 0.9 percent last
// year." was judged as the euro area's inflation). "The euro zone's economy", "euro-area
// economies" and "the EU's largest economies" name the group.
func (lex *Lexicon) memberPhraseMention(toks []token, m *match) bool {
	code, ok := m.has(catEntity)
	if !ok || !blocCode(code) && !lex.aggregates.has(code) {
		return false
	}
	i, picked := m.last+1, false
	if i < len(toks) && toks[i].lower == "'s" {
		i++
	} else if m.first > 0 {
		switch w := toks[m.first-1].lower; w {
		case "a", "an", "which", "what", "one", "another", "any", "each", "every", "only":
			picked = true
		case "of":
			// "the first member of the euro area", "the only country of the bloc"
			return pickedMemberBefore(toks, m.first-1)
		case "the":
			if m.first > 1 && toks[m.first-2].lower == "of" {
				return pickedMemberBefore(toks, m.first-2)
			}
		default:
			// "the biggest euro-area economy", "the first euro-area country" (blind round 43)
			picked = picksOne(w)
		}
	}
	for end := i + 3; i < len(toks) && i < end; i++ {
		t := &toks[i]
		switch {
		case t.punct:
			return false
		case isMemberRole(t.lower):
			return true
		case isMemberNoun(t.lower):
			return picked
		case isSuperlative(t.lower) || isOrdinalWord(t.lower):
			picked = true
		}
	}
	return false
}

// pickedMemberBefore reports a member noun right before the "of" at toks[of] that a
// superlative, an ordinal or "only" picks: "the first member of", "the only country in".
func pickedMemberBefore(toks []token, of int) bool {
	if of < 2 || !isMemberNoun(toks[of-1].lower) {
		return false
	}
	return picksOne(toks[of-2].lower)
}

// picksOne reports a word that picks one of a group by its rank: a superlative, an ordinal,
// "first" or "only" ("the biggest", "the second", "the first euro-area country").
func picksOne(w string) bool {
	return w == "first" || w == "only" || isSuperlative(w) || isOrdinalWord(w)
}

// isMemberNoun reports a singular noun of one member of a group of countries.
func isMemberNoun(w string) bool {
	switch w {
	case "economy", "member", "country", "nation", "state":
		return true
	}
	return false
}

// isOrdinalWord reports an ordinal of a rank written in words ("second-largest").
func isOrdinalWord(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return false
}
