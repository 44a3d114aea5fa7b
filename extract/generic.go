package extract

// Figures of a general relation, not of a period: the size of a shock and the effect it has
// ("a 10 percent depreciation raises inflation by 1.8 percentage points"), what a study finds
// holds in general ("we find that output falls by 0.5 percent after eight quarters"), and what
// happens in a model ("In a counterfactual with inflation of 5 percent, the effect doubles").
// Like a figure under "if", nothing is stated of what was or will be. A date in the clause
// makes it an event again ("a 10 percent depreciation in 2022 raised inflation to 8 percent"),
// and so does a past tense.

// generic reports a figure k in a clause that states a general relation (above).
func (s *sentence) generic(k int) bool {
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	if s.inModel() {
		return true
	}
	_, to := s.clauseOf(first)
	for _, g := range s.genericVerbGroups() {
		g := int(g)
		if s.vgs[g].head > to {
			continue
		}
		from := s.shockSubject(g)
		if from < 0 {
			from = s.findingClause(g)
		}
		if from >= 0 && from <= first && first <= to && !s.dateIn(from, to) {
			return true
		}
	}
	return false
}

// genericVerbGroups returns the verb groups genericVerb holds of, found once a sentence:
// every figure asks generic, and a run-on sentence has a verb group for each of its hundreds
// of figures, of which few or none are generic.
func (s *sentence) genericVerbGroups() []int32 {
	if !s.genericVerbsKnown {
		s.genericVerbsKnown = true
		s.genericVerbs = s.genericVerbs[:0]
		for g := range s.vgs {
			if s.genericVerb(g) {
				s.genericVerbs = append(s.genericVerbs, int32(g))
			}
		}
	}
	return s.genericVerbs
}

// genericVerb reports a finite verb group in the simple present or with a modal of
// possibility, not a copula nor a passive: "raises", "adds", "falls", "would reduce", "can
// lift" (not "is", "rose", "has risen", "is projected").
func (s *sentence) genericVerb(g int) bool {
	v := &s.vgs[g]
	if v.passive || v.infinitive || !s.finite(g) {
		return false
	}
	h := &s.words[v.head]
	if h.past || h.tag != tagVerb {
		return false
	}
	for j := v.first; j <= v.last; j++ {
		w := &s.words[j]
		switch w.tag {
		case tagAux, tagNeg:
			return false // "is", "has risen", "did not", "does not"
		case tagModal:
			switch w.lower {
			case "would", "could", "can", "may", "might", "will", "'ll", "'d":
			default:
				return false
			}
		}
	}
	return true
}

// shockSubject returns the first word of an indefinite subject with a figure before verb
// group g, the size of a shock: "a 10 percent depreciation", "each 10% rise in oil prices",
// "a 1 percentage point rise in rates", "every one-point increase in unemployment". Else -1.
// A definite or named subject is a real one ("India's 10 percent depreciation").
func (s *sentence) shockSubject(g int) int {
	ws := s.words
	i := s.vgs[g].first - 1
	fig := false
	for ; i >= 0; i-- {
		w := &ws[i]
		if w.fig >= 0 {
			fig = true
		}
		if w.np >= 0 || w.fig >= 0 || w.tag == tagPrep || w.tag == tagAdj || w.tag == tagNum {
			continue
		}
		break
	}
	from := i + 1
	if !fig || from >= s.vgs[g].first {
		return -1
	}
	switch ws[from].lower {
	case "a", "an", "each", "every", "any":
	default:
		return -1
	}
	if ws[from].fig >= 0 {
		return -1
	}
	for j := from; j < s.vgs[g].first; j++ {
		if ws[j].ent >= 0 || ws[j].date >= 0 {
			return -1 // "a 10 percent depreciation of the rupee in 2022"
		}
	}
	return from
}

// findingClause returns the word after "that" when verb group g is the verb of a clause that
// a study's author says it shows or finds: "we show that a depreciation raises inflation",
// "We simulate a rate rise and find that output falls by 0.5 percent". Else -1.
func (s *sentence) findingClause(g int) int {
	ws := s.words
	for i := s.vgs[g].first - 1; i >= 1; i-- {
		if ws[i].vg >= 0 || ws[i].lower == "," || ws[i].lower == ";" {
			return -1 // the verb's subject has a verb of its own before "that"
		}
		if ws[i].lower != "that" {
			continue
		}
		if !s.findingVerb(i - 1) {
			return -1
		}
		for j := i - 2; j >= 0; j-- {
			if ws[j].lower == "we" {
				return i + 1
			}
			if ws[j].ent >= 0 || ws[j].lower == ";" {
				return -1
			}
		}
		return -1
	}
	return -1
}

// findingVerb reports a verb by which authors report what their study shows at word i,
// whatever tag it got ("and find that": the tagger may take "find" for a noun).
func (s *sentence) findingVerb(i int) bool {
	w := &s.words[i]
	if findingVerbs[w.lower] {
		return true
	}
	for v := range findingVerbs {
		if w.hasLemma(v) {
			return true
		}
	}
	return false
}

// findingVerbs are the verbs by which authors report what their study shows.
var findingVerbs = map[string]bool{"show": true, "find": true, "estimate": true, "document": true,
	"demonstrate": true, "establish": true, "conclude": true, "confirm": true}

// inModel reports a sentence that opens by setting a model's world with no date in it: "In
// our model, output falls by 0.5 percent", "In a counterfactual with inflation of 5 percent,
// the effect doubles", "In the simulations, unemployment rises to 7 percent". (A scenario
// with a date is a forecast: "In the baseline scenario, growth slows to 2.9% in 2024".)
func (s *sentence) inModel() bool {
	ws := s.words
	if len(ws) < 3 || ws[0].lower != "in" {
		return false
	}
	switch ws[1].lower {
	case "our", "the", "this", "a", "these", "each":
	default:
		return false
	}
	for j := 2; j < len(ws) && j <= 4; j++ {
		if modelWorlds[ws[j].lower] {
			return !s.dateIn(0, len(ws)-1)
		}
		if ws[j].tag != tagAdj && ws[j].tag != tagNoun {
			return false
		}
	}
	return false
}

// modelWorlds are the nouns of a model's world.
var modelWorlds = map[string]bool{"model": true, "models": true, "simulation": true, "simulations": true,
	"counterfactual": true, "scenario": true, "scenarios": true}

// dateIn reports a date among words [from, to].
func (s *sentence) dateIn(from, to int) bool {
	for j := max(from, 0); j <= to && j < len(s.words); j++ {
		if s.words[j].date >= 0 {
			return true
		}
	}
	return false
}
