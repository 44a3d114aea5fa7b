package extract

import "strings"

// A bloc's name used as an adjective of a singular member noun ("which euro-area economy",
// "an OECD economy", "one G7 member", "the euro zone's fastest-growing member") names one
// member of the group, and leaves it unnamed: the figure is that member's, never the group's
// aggregate. A quiz's "Which euro-area economy grew 12.3% in 2025? (a) Malta (b) Ireland" was
// judged against the euro area's 1.4%. The group's own economy keeps its figures: "The
// euro-area economy grew 0.9%", "the euro zone's economy".

// oneUnnamedMember reports noun phrase p as one member of a bloc the phrase names before its
// head: a singular noun of a member ("economy", "member", "country", "state", "nation"),
// picked by a word that does not name it: an indefinite or interrogative determiner or a
// number one, in the phrase or right before it ("a", "an", "which", "what", "one",
// "another", "any", "each", "every", "some"), or a superlative ("the biggest euro-area
// economy", "the euro zone's fastest-growing member").
func (s *sentence) oneUnnamedMember(p int) bool {
	if p < 0 {
		return false
	}
	n := s.nps[p]
	ws := s.words
	h := &ws[n.head]
	if pluralLike(h.lower) || !(h.hasLemma("economy") || h.hasLemma("member") || h.hasLemma("country") || h.hasLemma("state") || h.hasLemma("nation")) {
		return false
	}
	bloc := false
	for i := n.first; i < n.head; i++ {
		if e := ws[i].ent; e >= 0 && namesBloc(s, s.ents[e]) && s.ents[e].last < n.head {
			bloc = true
		}
	}
	if !bloc {
		return false
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
		if head, _, _ := strings.Cut(w, "-"); isSuperlative(head) {
			return true // "the biggest euro-area economy", "the euro zone's fastest-growing member"
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
func (s *sentence) unnamedMemberFigure(r *reading) bool {
	if r.np < 0 {
		return false
	}
	for _, m := range s.ents {
		if _, ok := entityCode(m); ok && !namesBloc(s, m) {
			return false
		}
	}
	if s.oneUnnamedMember(r.np) {
		return true
	}
	if s.entityInPhrase(r.np) != "" {
		return false
	}
	from, _ := s.clauseOf(s.nps[r.np].first)
	for p := range s.nps {
		if s.nps[p].first >= from && s.nps[p].last < s.nps[r.np].first && s.isSubject(p) && s.oneUnnamedMember(p) {
			return true
		}
	}
	return false
}
