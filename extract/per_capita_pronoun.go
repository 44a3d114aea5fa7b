package extract

// perCapitaPronoun reports a figure of output whose subject is the pronoun "it" standing for
// a measure per head a figure before it in the sentence states: "Real GDP per person in the
// United States grew 1.8% in 2024, while in Canada it fell 1.4%", "GDP per capita rose 0.9%
// in France; in Italy it was flat at 0.1%". The pronoun takes its antecedent whole, the
// per-head qualifier with it: read as Canada's total growth, the fall of 1.4% per head was
// judged against its 2.0% growth. The antecedent is the nearest figure before, in the same
// sentence, read per head, with no noun phrase naming another measure between ("..., while
// total output rose 2% and it ..." is not per head); a pronoun whose sentence names no
// measure per head before it ("GDP grew 2%, while in Canada it fell 1%") is left alone.
func (st *articleState) perCapitaPronoun(s *sentence, k int, r *reading) bool {
	if !s.anyCueOf(catPerCapita) || r.np < 0 || r.measure == nil || !outputPerHead(r.measure.name) {
		return false // most sentences
	}
	if n := s.nps[r.np]; n.first != n.last || s.words[n.first].lower != "it" || n.first < s.qFirst[k]-12 {
		return false
	}
	at := s.nps[r.np].first
	for j := k - 1; j >= 0; j-- {
		if s.qLast[j] >= at {
			continue
		}
		prior := s.readings[j]
		if prior == nil || prior.measure == nil {
			continue // (a figure read as none, or a count the sentence states in passing)
		}
		if !prior.perCapita || !outputPerHead(prior.measure.name) {
			return false
		}
		for i := s.qLast[j] + 1; i < at; i++ {
			if p := s.words[i].np; p >= 0 && s.nps[p].first == i {
				if nm := st.nounMeasure(s, p); nm.measure != nil && !nm.perCapita {
					return false // "..., while total output rose 2% and it ...": another antecedent
				}
			}
		}
		return true
	}
	return false
}

// outputPerHead reports a measure of output a qualifier per head scopes: GDP, GNI, growth.
func outputPerHead(name string) bool {
	switch name {
	case "gdp", "gni", "gdp_growth":
		return true
	}
	return false
}
