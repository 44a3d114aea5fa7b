package extract

// Who a figure cites is read from where the institution stands, not from how near it is. An
// institution cites figure k when, in this order:
//   - it is named in the figure's own phrase: the possessor of the phrase, a modifier in it, or
//     in the phrase the figure is the "of"-object of ("the Fed's 2% target", "an OBR forecast
//     of 0.8%", "the Federal Reserve's target of 2%");
//   - it is the agent of a reporting frame that covers the figure: the subject of a verb of
//     saying, reporting or forecasting in the figure's clause or before it, up to a semicolon
//     ("The Fed said US inflation was 2.9%", "INSEE said that prices fell 0.6%, but were up
//     1.6%"), a parenthetical ", Eurostat said" after it, or "according to" in its clause or
//     opening or closing the sentence;
//   - it is named in the figure's own clause and in no other figure's phrase.
// A central bank named in another clause ("while the Bank of England expects it to rise to
// 2.8%") or inside another figure's phrase ("remains above the Fed's 2% target", "the 1.8% rate
// the Fed considers sustainable") is that figure's source, not this one's. The nearest wins
// within each class.
// With no institution of the lexicon, the agent of a frame may still be a source the lexicon
// does not know: a firm, a research body or a dissenter (agentSource, agent.go).

// sourceOf returns who the sentence says figure k comes from, or "".
func (st *articleState) sourceOf(s *sentence, k int, r *reading) string {
	if len(s.insts) == 0 {
		return s.agentSource(k, r) // most sentences: "" (agent.go)
	}
	const own, frame, clause = 0, 1, 2
	var best [3]string
	var bestDist [3]int
	for c := range bestDist {
		bestDist[c] = len(s.words) + 1
	}
	from, to := s.clauseOf(s.qFirst[k])
	for n, m := range s.insts {
		source := institutionOf(m).source
		if source == "" || s.restatedInParentheses(n) {
			continue
		}
		class := -1
		switch owner := s.figureOwning(m); {
		case owner == k:
			class = own
		case owner >= 0:
			continue // another figure's: "above the Fed's 2% target"
		case s.reportsFigure(m, k, from, to):
			class = frame
		case m.first >= from && m.last <= to:
			class = clause
		default:
			continue
		}
		if d := abs(m.first - s.qFirst[k]); d < bestDist[class] {
			best[class], bestDist[class] = source, d
		}
	}
	for _, b := range best {
		if b != "" {
			return b
		}
	}
	return s.agentSource(k, r)
}

// restatedInParentheses reports institution n, a name several countries' offices share, followed
// by the name of one office set off in parentheses or commas, which says which it is: "the
// National Statistics Institute (INSEE) said", "the National Statistics Institute, INSEE,
// said" are INSEE's. "the Central Statistical Office (CSO)" restates a shared name by another
// and keeps the first.
func (s *sentence) restatedInParentheses(n int) bool {
	if n+1 >= len(s.insts) {
		return false
	}
	m, next := s.insts[n], s.insts[n+1]
	if next.first != m.last+2 || next.last+1 >= len(s.words) || institutionOf(m).entity != "" || institutionOf(next).entity == "" || institutionOf(next).source == "" {
		return false
	}
	open, end := s.words[m.last+1].lower, s.words[next.last+1].lower
	return open == "(" && end == ")" || open == "," && end == ","
}

// figureOwning returns the figure in whose phrase institution m is named, or -1: the phrase of
// the figure with its possessor and modifiers ("the Fed's 2% target", "an OBR 0.8% forecast"),
// the phrase the figure is the "of"-object of ("an OBR forecast of 0.8%", "the Federal
// Reserve's target of 2%"), or a phrase right before the institution that a relative clause
// with no pronoun, m its subject, modifies ("the 1.8% rate the Fed considers sustainable",
// "the 2% the ECB aims for").
func (s *sentence) figureOwning(m match) int {
	ws := s.words
	for j := range s.quants {
		first, last := s.qFirst[j], s.qLast[j]
		if first < 0 {
			continue
		}
		lo, hi := first, last
		if p := ws[first].np; p >= 0 {
			lo, hi = s.nps[p].first, max(hi, s.nps[p].last)
		}
		if f := s.skipBack(lo - 1); f > 0 && ws[f].lower == "of" {
			if owner := s.ofOwner(f); owner >= 0 {
				lo = min(lo, s.nps[owner].first)
			} else if m.last == f-2 && ws[f-1].vg >= 0 && s.vgs[ws[f-1].vg].first == f-1 && s.vgs[ws[f-1].vg].last == f-1 {
				return j // "an OBR forecast of 0.8%", its noun read as a verb: no verb takes "of" and a figure
			}
		}
		// the possessor before the phrase: "the Fed" of "the Fed's 2% target"
		if q := lo - 1; q > 0 && ws[q].tag == tagPoss && m.last == q-1 {
			return j
		}
		if m.first >= lo && m.last <= hi {
			return j
		}
		// a relative clause with no pronoun after the phrase: "the 2% [the ECB] aims for"
		a := hi + 1
		if a < len(ws) && ws[a].lower == "the" {
			a++
		}
		if a == m.first && m.last+1 < len(ws) && ws[m.last+1].vg >= 0 && ws[hi].tag != tagPunct && s.npEndingAt(hi) >= 0 {
			return j
		}
	}
	return -1
}

// reportsFigure reports institution m as the agent of a reporting frame that covers figure k,
// whose clause is words [from, to]: "according to m", or m the subject of a verb of saying,
// reporting or forecasting (through a possessed phrase: "the ECB's chief economist said"), in
// k's clause, or set off after it by a comma (", Eurostat said"), or opening or closing the
// sentence.
func (s *sentence) reportsFigure(m match, k, from, to int) bool {
	ws := s.words
	inClause := m.first >= from && m.last <= to
	start := m.first
	if start > 0 && ws[start-1].tag == tagDet {
		start-- // "according to the World Bank", ", the Bundesbank said"
	}
	if start >= 2 && ws[start-1].lower == "to" && ws[start-2].lower == "according" {
		a := start - 2
		return inClause || a == 0 || ws[a-1].lower == "," || a >= from && a <= to
	}
	if start >= 1 && ws[start-1].lower == "per" && (start == 1 || ws[start-2].lower == ",") {
		// "per Stats SA", set off as "according to" is: the fact-checkers' and the wires'
		// shorter form ("GDP grew 0.7% in 2023, per Stats SA, a figure the World Bank now
		// puts at 0.8%": Stats SA's, the nearer frame)
		return inClause || start == 1 || start-1 >= from && start-1 <= to
	}
	j := m.last + 1
	if j < len(ws) && ws[j].tag == tagPoss {
		if p := s.npEndingAt(j + 1); p >= 0 {
			j = s.nps[p].last + 1
		} else if j+1 < len(ws) && ws[j+1].np >= 0 {
			j = s.nps[ws[j+1].np].last + 1 // "the ECB's chief economist said"
		}
	}
	for j < len(ws) && ws[j].tag == tagAdv && ws[j].vg < 0 {
		j++ // "The INSEE also said"
	}
	if j >= len(ws) || ws[j].vg < 0 || !s.speaks(ws[j].vg) {
		return false
	}
	if inClause {
		return true
	}
	if j < s.qFirst[k] {
		// "The INSEE also said that prices fell 0.6% in January, but were up 1.6%": what it
		// said runs to the end of the sentence, or to a semicolon
		for i := j + 1; i < s.qFirst[k]; i++ {
			if ws[i].lower == ";" {
				return false
			}
		}
		return true
	}
	// ", Eurostat said." after the figure's clause: a parenthetical report of what it states
	g := s.vgs[ws[j].vg]
	after := g.last + 1
	return m.first > s.qLast[k] && start > 0 && ws[start-1].lower == "," && (after >= len(ws) || ws[after].tag == tagPunct)
}
