package extract

// perCapitaFronted reports a figure of output whose clause opens with a phrase that puts it per
// head: "In per capita terms, GDP fell 0.3%", "Per head, output shrank 1.1 pct", "On a
// per-person basis, the economy contracted by 0.3%", "..., and in per capita terms it fell
// 0.3%", "Measured per head, it grew 2.9%" (participlePerHeadBefore). The fronted phrase
// scopes the clause's measure as "GDP per capita" does: read as the whole economy's growth,
// Israel's per-head fall of 0.3% was judged against its GDP growth of 0.95%. The phrase runs from the clause's first word to a comma, or to the "terms" or
// "basis" it is a phrase of, with no figure and no finite verb in it; a clause of its own after it ("; growth overall was 1%") is not in its
// scope. Only a measure of output is read per head (GDP, GNI, growth, whose per-head change
// the table holds or, for a bare "growth", gives no claim): "prices" or "unemployment" per
// head is nothing the phrase can scope.
func (s *sentence) perCapitaFronted(k int, r *reading) bool {
	if !s.anyCueOf(catPerCapita) || s.qFirst[k] < 0 || r.measure == nil || !outputPerHead(r.measure.name) {
		return false // most sentences
	}
	ws := s.words
	from, _ := s.clauseOf(s.qFirst[k])
	if s.participlePerHeadBefore(from) {
		return true // "Measured per head, it grew 2.9%"
	}
	cue := false
	for j := from; j < s.qFirst[k]; j++ {
		if ws[j].lower == "," || cue && (ws[j].lower == "terms" || ws[j].lower == "basis") {
			return cue // (or the phrase's noun, with no comma: "but in per capita terms it fell")
		}
		if ws[j].fig >= 0 {
			return false
		}
		if g := ws[j].vg; g >= 0 && s.finite(g) {
			return false // "GDP per capita, which fell 0.3%, ...": no fronted phrase
		}
		if s.cueIs(j, catPerCapita) {
			cue = true
		}
	}
	return false
}

// participlePerHeadBefore reports a clause that opens at from right after a fronted past
// participle's phrase that puts it per head: "Measured per head, it grew 2.9%", "Expressed per
// capita, GDP fell 0.3%". The tagger reads the -ed form as a finite past verb, so its comma
// closes a clause of its own; but a clause does not open with its finite verb, its subject
// comes after the participle's phrase. "GDP per capita fell 0.3%" opens with its subject;
// "Measured by output, it grew 2.9%" names no head.
func (s *sentence) participlePerHeadBefore(from int) bool {
	ws := s.words
	if from < 3 || ws[from-1].lower != "," {
		return false
	}
	pf, _ := s.clauseOf(from - 2)
	g := ws[pf].vg
	if g < 0 {
		return false
	}
	if v := s.vgs[g]; v.first != pf || v.head != pf || v.last != pf || !ws[pf].past {
		return false
	}
	cue := false
	for j := pf + 1; j < from-1; j++ {
		if ws[j].fig >= 0 || ws[j].vg >= 0 {
			return false // "Measured in dollars it rose 2%, and per head ..."
		}
		cue = cue || s.cueIs(j, catPerCapita)
	}
	return cue
}
