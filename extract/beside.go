package extract

// What a figure set beside an outturn is (s20 findings A7, A8, A12): a forecast its own words
// name, a standard the outturn is measured against, or a month's change restated at an annual
// rate. kindOf, basisOf and the claim's period ask these.

// ownProjection reports a figure whose own phrase names a projection, whatever figure it is set
// against: the noun it is the object of ("versus forecasts of 2.3%", "compared with economists'
// expectations of 2.8%", "against a government forecast of three pct") or a participle of
// projection before it in its phrase ("versus an expected 2.3%", "the projected 2%"). A figure
// compared with another takes that one's reading, and that one's forecast noun with it; this
// asks the figure's own words. An earlier estimate of the same figure ("from a preliminary
// estimate of 2.8%") is a revision, asked before this.
func (st *articleState) ownProjection(s *sentence, k int) bool {
	if !s.anyCueOf(catForecast | catKindNoun) {
		return false // most sentences: no word names a projection
	}
	first := s.qFirst[k]
	start := s.phraseStart(first)
	for i := start; i < first; i++ {
		// "an expected 2.3%", "the forecast 0.8%": a participle of projection in the figure's phrase
		if w := &s.words[i]; w.past && s.cueIs(i, catForecast) {
			return true
		}
	}
	if p := s.words[first].np; p >= 0 && s.nps[p].head > s.qLast[k] {
		if nm := st.nounMeasure(s, p); nm.kindNoun && nm.forecast && !nm.restricted {
			return true // "the 2.3% forecast"
		}
	}
	if st.forecastNounOf(s, k) {
		return true // "forecasts of 2.3%", "a forecast of 0.9%"
	}
	return s.forecastersEstimate(k)
}

// forecastNounOf reports figure k as the object of "of" after a noun of forecasting:
// "forecasts of 2.3%", "a forecast of 0.9%", "forecasts of a 10 percent collapse".
func (st *articleState) forecastNounOf(s *sentence, k int) bool {
	owner := s.ofOwnerOfFigure(k)
	if owner < 0 {
		return false
	}
	nm := st.nounMeasure(s, owner)
	return nm.kindNoun && nm.forecast && !nm.restricted
}

// forecastersEstimate reports a figure that is the object of an estimate that people make in
// number, the possessor a plural common noun of those who speak ("economists' estimates of
// 2.3%", "analysts' estimate of 2.8%"): a poll of guesses made before the figure, not a
// statistics office's estimate of it ("the ONS's estimate of 0.6%", "an earlier estimate").
func (s *sentence) forecastersEstimate(k int) bool {
	if !s.anyCueOf(catSpeaker) {
		return false
	}
	owner := s.ofOwnerOfFigure(k)
	if owner < 0 {
		return false
	}
	n := s.nps[owner]
	if !s.words[n.head].hasLemma("estimate") {
		return false
	}
	for i := n.first + 1; i < n.head; i++ {
		if s.words[i].tag != tagPoss {
			continue
		}
		w := &s.words[i-1]
		return w.tag == tagNoun && w.inst < 0 && w.ent < 0 && pluralLike(w.lower) && s.cueIs(i-1, catSpeaker)
	}
	return false
}

// standardOnly reports a figure that is only the standard an outturn before it is measured
// against: set beside it by a comparison of size ("short of 2%", "less than the 1.5% needed to
// cut unemployment", "short of the 2.5% trend rate") or, after a comma or a dash, by a
// preposition of level ("grew 1.1% in 2024, below its long-run average of 2%", "3.3%, well
// above the 2% mark"), not by a comparison of time ("from", "after", "compared with", "against
// 2.1 pct in 1985"), and with no period of its own: no date and no word of time between the
// marker and the end of its clause ("than 2% a year earlier", "than the previous year's 2%"),
// and no other country ("below the euro area's 6.3%"). Such a figure (an aspiration, a trend, a
// threshold) is no earlier period's outturn nor the same period's, and none is guessed for it.
// A target has its own reading ("higher than the official 3.5 pct target").
func (st *articleState) standardOnly(s *sentence, k int, r *reading) bool {
	if k == 0 || r.revised || r.apposed >= 0 || r.coordinated >= 0 || r.listEntity >= 0 {
		return false // the first figure of its sentence, most of them: no outturn before it
	}
	start := s.phraseStart(s.qFirst[k])
	marker := s.skipBack(start - 1)
	if f := marker; f > 0 && s.words[f].lower == "of" && !s.cueIs(f, catComparison) {
		if owner := s.ofOwner(f); owner >= 0 {
			start = s.nps[owner].first // "short of its long-run average of 2%"
			marker = s.skipBack(start - 1)
		}
	}
	if marker < 0 {
		return false
	}
	base := r.compared
	if base >= 0 {
		m, ok := s.comparisonEndingAt(marker)
		if !ok {
			return false
		}
		switch s.words[m.last].lower {
		case "than":
			if m.first == 0 || s.words[m.first-1].tag == tagPunct {
				return false // no comparative before it
			}
		case "of":
			if s.words[m.first].lower != "short" {
				return false // "ahead of" a release, "instead of"
			}
		default:
			return false
		}
		marker = m.last
	} else {
		// a preposition of level, set off from the clause before: "2024, below its average"
		w := s.words[marker].lower
		if w == "from" || !referencePrep(w) {
			return false
		}
		if q := s.skipBack(marker - 1); q < 0 || s.words[q].tag != tagPunct {
			return false
		}
		base = s.figureBefore(k)
		if base < 0 || s.readings[base] == nil || s.readings[base].measure == nil || r.measure == nil {
			return false
		}
		if ind := r.indicatorOf(s.quants[k].Unit); ind == "" || s.readings[base].indicatorOf(s.quants[base].Unit) != ind {
			return false // an outturn of the same indicator before it
		}
	}
	if br := s.readings[base]; br == nil || br.claimKind != KindActual || s.targetPhrase(k, r) >= 0 {
		return false // beside a forecast, or a target, which has its own reading
	}
	if _, ok := s.estimateClauseAfter(k); ok || st.ownProjection(s, k) || s.namesEstimate(k) {
		// "short of the 4% forecast by analysts": a forecast of the outturn's period; "above
		// the government's estimate of 2.8%": an estimate of a period's figure
		return false
	}
	for i := marker + 1; i <= s.qLast[k]; i++ {
		if s.words[i].ent >= 0 {
			return false // "below the euro area's 6.3%": another party's figure
		}
	}
	return s.noTimeOfItsOwn(k, marker+1)
}

// noTimeOfItsOwn reports no date and no word of time from word i to the end of figure k's
// clause, before another figure: nothing that gives figure k a period of its own ("a year
// earlier", "the previous year's", "in 2023", "since 2019").
func (s *sentence) noTimeOfItsOwn(k, i int) bool {
	_, to := s.clauseOf(s.qFirst[k])
	for ; i <= to && i < len(s.words); i++ {
		w := &s.words[i]
		if w.date >= 0 || w.fig >= 0 && w.fig != k {
			return false
		}
		switch w.lower {
		case "earlier", "ago", "before", "previous", "preceding", "prior", "same", "last", "year-earlier", "year-ago", "then", "since":
			return false
		}
	}
	return true
}

// projectionBeside reports a forecast of figure k's own phrase set beside an outturn, with no
// time of its own ("grew 3.1% in the third quarter, compared with economists' expectations of
// 2.8%"): a forecast of the outturn's period, not of the one before it, as a figure given in
// comparison would be.
func (st *articleState) projectionBeside(s *sentence, k int, r *reading) (string, bool) {
	if r.compared < 0 || r.revised {
		return "", false
	}
	base := s.readings[r.compared]
	if base == nil || base.claimKind != KindActual || base.claimPeriod == "" || !st.ownProjection(s, k) {
		return "", false
	}
	if s.targetPhrase(k, r) >= 0 {
		return "", false // "versus the ECB's 2% target": a target has its own period, or none
	}
	if !s.noTimeOfItsOwn(k, s.phraseStart(s.qFirst[k])) {
		return "", false
	}
	return base.claimPeriod, true
}

// restatesShortChange reports figure k restating one of a change over a month or a quarter
// ("0.4% in December, or 4.9% at an annual rate", "0.8% in the quarter, or at an annual rate of
// 3.1%"): a restatement is the same change in another form, so an annual rate of it is that
// change annualised. A figure joined by "and" or set in a clause of its own ("putting the
// annual rate at 2.9%") is another figure.
func (s *sentence) restatesShortChange(k int, r *reading) bool {
	j := r.apposed
	if j < 0 {
		start := s.phraseStart(s.qFirst[k])
		if f := start - 1; f > 0 && s.words[f].lower == "of" {
			if owner := s.ofOwner(f); owner >= 0 {
				start = s.nps[owner].first // "or at an annual rate of 4.9 pct"
			}
		}
		i := start - 1
		if i > 0 && s.words[i].lower == "at" {
			i--
		}
		if i < 1 || s.words[i].lower != "or" || s.words[i-1].lower != "," {
			return false
		}
		j = s.figureBefore(k)
	}
	if j < 0 {
		return false
	}
	br := s.readings[j]
	return br != nil && (br.claimBasis == BasisMoM || br.claimBasis == BasisQoQ)
}

// namesEstimate reports figure k named an estimate by its own phrase or the noun it is the
// object of ("the 2.8% estimate", "the government's estimate of 2.8%"): an estimate is of some
// period's figure.
func (s *sentence) namesEstimate(k int) bool {
	if p := s.words[s.qFirst[k]].np; p >= 0 && s.nps[p].head > s.qLast[k] && s.words[s.nps[p].head].hasLemma("estimate") {
		return true
	}
	owner := s.ofOwnerOfFigure(k)
	return owner >= 0 && s.words[s.nps[owner].head].hasLemma("estimate")
}
