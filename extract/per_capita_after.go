package extract

// perCapitaAfter reports a figure of output whose own phrase, right after it, puts it per
// head: "or 2.9% per head", "It expanded 2.9% in per-head terms", "and 2.9% on a per capita
// basis". A figure that restates or is listed with a growth figure takes that figure's
// measure whole ("Brazil's GDP grew 3.4% in 2024, or 2.9% in per capita terms"), and the
// phrase after it is what makes it the growth of GDP per head: read as the economy's growth,
// Brazil's 2.9% per head was a second, lower value of its 3.4% growth. The phrase is the cue
// itself or "in"/"on" with the cue before the "terms" or "basis" it qualifies, with no figure,
// verb or punctuation in it. Only a measure of output is read per head (outputPerHead):
// "prices rose 3%, or 2% per head" states nothing per head the table holds.
func (s *sentence) perCapitaAfter(k int, r *reading) bool {
	if !s.anyCueOf(catPerCapita) || s.qFirst[k] < 0 || r.measure == nil || !outputPerHead(r.measure.name) {
		return false // most sentences
	}
	ws := s.words
	i := s.qLast[k] + 1
	if s.cueIs(i, catPerCapita) {
		return true // "or 2.9% per head"
	}
	if i >= len(ws) || ws[i].lower != "in" && ws[i].lower != "on" {
		return false
	}
	cue := false
	for j := i + 1; j < len(ws) && j <= i+5; j++ {
		w := &ws[j]
		if w.lower == "terms" || w.lower == "basis" {
			return cue // "in per capita terms", "on a per-head basis"
		}
		if w.fig >= 0 || w.vg >= 0 || w.tag == tagPunct {
			return false
		}
		if s.cueIs(j, catPerCapita) {
			cue = true
		}
	}
	return false
}
