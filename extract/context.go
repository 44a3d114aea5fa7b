package extract

import "strings"

// contextMeasure returns the measure that a word at position at refers back to ("it", "the
// rate", "the three pct figure", "the rise"): the measure of an earlier figure of the same
// sentence, else the focus of the sentence before, when that was the previous sentence or the
// one before it. nil when the text was about no measure there.
func (st *articleState) contextMeasure(s *sentence, at int) *measure {
	for k := len(s.quants) - 1; k >= 0; k-- {
		if s.qFirst[k] >= at || s.qFirst[k] < 0 || isDuration(s.quants[k].Unit) {
			continue
		}
		// the last figure before, even one about something else: "Exports rose 2.1 pct, but
		// the ministry had predicted a growth of 2.8 pct" is the exports' growth
		if r := s.readings[k]; r != nil && r.measure != nil {
			return r.measure
		}
	}
	f := st.focus
	if f.measure == nil || !st.withinSentences(f.end, s.start, 1) {
		return st.measureBefore(s)
	}
	return f.measure
}

// measureBefore reads the sentence before s for the measure it names first, for a sentence
// that refers back to it with no figure of its own in between ("Inflation is becoming a worry.
// It rose to 5% in March.").
func (st *articleState) measureBefore(s *sentence) *measure {
	text := st.art.Text
	i := s.start - 1
	for i > 0 && isSpaceByte(text[i]) {
		i--
	}
	if i <= 0 {
		return nil
	}
	start, end := st.lex.sentenceBounds(text, i)
	toks := tokenize(text, start, end)
	for _, m := range st.lex.findCues(toks) {
		if v, ok := m.has(catMeasure); ok && v != "other" {
			return st.lex.measures[v]
		}
	}
	return nil
}

// inRelativeClause reports a figure in a clause a relative pronoun opens ("which expanded by
// 1%").
func (s *sentence) inRelativeClause(k int) bool {
	if s.qFirst[k] < 0 {
		return false
	}
	from, _ := s.clauseOf(s.qFirst[k])
	return from > 0 && s.words[from-1].tag == tagWh
}

// updateFocus remembers what the sentence's last linked claim was about.
func (st *articleState) updateFocus(s *sentence, claims []Claim) {
	for k := len(s.readings) - 1; k >= 0; k-- {
		r := s.readings[k]
		if r == nil || r.measure == nil || r.compared != -1 {
			continue // a figure given in comparison is not what the text goes on about
		}
		if blocks(r.measure) {
			if s.inRelativeClause(k) {
				continue // "growth was driven by services, which expanded by 1%": the clause is an aside
			}
			st.focus = focus{measure: r.measure, end: s.end} // "It rose 3%" is then not the country's
			return
		}
		if r.claimEntity == "" {
			continue
		}
		st.focus = focus{measure: r.measure, entity: r.claimEntity, period: r.claimPeriod, end: s.end}
		break
	}
	// The latest period the text reported a figure of, per indicator: undated figures after
	// "rose 0.3 pct in February" and "a revised 1.9 pct in January" are February's.
	for _, c := range claims {
		if c.Period == "" || c.Kind != KindActual || strings.Contains(c.Period, "/") {
			continue
		}
		if st.lastPeriods == nil {
			st.lastPeriods = make(map[string]string)
		}
		if have, ok := st.lastPeriods[c.Indicator]; ok {
			if a, ok1 := periodEnd(have); ok1 {
				if b, ok2 := periodEnd(c.Period); ok2 && !b.After(a) {
					continue
				}
			}
		}
		st.lastPeriods[c.Indicator] = c.Period
	}
}

// updateFrame remembers the one period the sentence's own figures were of, figures of other
// measures included; figures given in comparison are left out.
func (st *articleState) updateFrame(s *sentence) {
	period := ""
	for k, r := range s.readings {
		if r == nil || r.measure == nil || r.compared != -1 {
			continue
		}
		p := r.claimPeriod
		if p == "" && blocks(r.measure) && s.qFirst[k] >= 0 {
			i := s.ownDate(k, r)
			if i < 0 {
				from, to := s.clauseOf(s.qFirst[k])
				i = s.freeDate(k, from, to, func(int) bool { return false }, false)
			}
			if i >= 0 {
				p = s.exprs[i].Period
			}
		}
		if p == "" || strings.Contains(p, "/") {
			continue
		}
		if period != "" && period != p {
			st.frame = frame{}
			return
		}
		period = p
	}
	st.frame = frame{period: period, end: s.end}
}
