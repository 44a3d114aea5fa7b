package extract

// The bank that sets a rate names its country. A sentence of two decisions ("The Bank of
// England raised Bank Rate to 5.25%, while the ECB raised its deposit rate to 3.75%") gave
// every figure the first bank the sentence named (institutionEntity) or the country of the
// figure before it, and the euro area's rate was judged against Bank Rate (attack round 18).

// rateSetter returns the country or bloc of the bank that is the subject of policy-rate figure
// k's verb ("the ECB raised its deposit rate to 3.75%") or that stands in the rate's own phrase
// ("the ECB's deposit rate of 3.75%"), or "" when neither names one.
func (st *articleState) rateSetter(s *sentence, k int, r *reading) string {
	if r.measure == nil || r.measure.name != "policy_rate" || len(s.insts) < 2 {
		return "" // (one bank named: the rules that name the figure's country already find it)
	}
	if p := s.words[s.qFirst[k]].np; p >= 0 {
		if code := s.institutionIn(s.nps[p].first, s.nps[p].last); code != "" {
			return code // "just below the Federal Reserve's 5.5%": the bank that owns the figure
		}
	}
	if r.np >= 0 {
		if code := s.institutionIn(s.nps[r.np].first, s.nps[r.np].last); code != "" {
			return code
		}
	}
	if r.compared >= 0 {
		return "" // a figure set against another is the rival's, not the subject's (review)
	}
	g := r.vg
	if g < 0 && r.np >= 0 {
		g = s.verbBefore(r.np) // "the BOJ kept its policy rate at -0.1%", read by the rate's phrase
	}
	if g >= 0 {
		if subj := s.subjectOf(g); subj >= 0 {
			return s.institutionIn(s.nps[subj].first, s.nps[subj].last)
		}
	}
	return ""
}

// institutionIn returns the entity of the first institution whose name starts within words
// [first, last] and that has one, or "". (A name may run past the phrase: the chunker ends "the
// Bank of Japan" at "Bank".)
func (s *sentence) institutionIn(first, last int) string {
	for _, m := range s.insts {
		if m.first >= first && m.first <= last {
			if code := institutionOf(m).entity; code != "" {
				return code
			}
		}
	}
	return ""
}
