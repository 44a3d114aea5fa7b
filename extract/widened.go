package extract

// A figure can name its own definition after it or in a phrase of its clause, with no noun
// phrase of its own to carry the modifier: "32.3%, or 41.9% on the expanded definition", "4%
// (7.5% on the U-6 measure)", "41.9% including discouraged work-seekers", "on the expanded
// definition it was 41.9%", "the economy, measured by modified domestic demand, grew 2.7%".
// Such a figure is of another measure than the headline series the table holds, as "youth
// unemployment" is: its reading blocks the link.

// yardstickNoun are the nouns of a phrase that says by what definition a figure is measured.
var yardstickNoun = map[string]bool{
	"definition": true, "measure": true, "measurement": true, "gauge": true, "count": true,
}

// widenedAround reports whether figure k is given on a definition that a restricting or
// widening modifier names: a yardstick phrase ("on the broad measure") or an inclusion
// ("including discouraged workers") right after it, or a yardstick phrase or "measured by" with
// such a modifier earlier in its clause.
func (s *sentence) widenedAround(k int) bool {
	ws := s.words
	first, last := s.qFirst[k], s.qLast[k]
	if i := last + 1; i < len(ws) && (ws[i].lower == "including" || ws[i].lower == "excluding") {
		// "41.9% including discouraged work-seekers": the figure's own scope (a comma before
		// would make it an aside on the clause, "grew 2%, including ...")
		return true
	}
	if s.measuredByOther(first) {
		return true // "inflation, as measured by the GNP price deflator, grew 0.7 pct"
	}
	if !s.anyCueOf(catRestrict) {
		return false // (most sentences: no modifier to name another definition with)
	}
	if i := last + 1; i < len(ws) && (ws[i].lower == "on" || ws[i].lower == "under") && s.yardstickAt(i) {
		return true
	}
	// earlier in the clause, back to a semicolon or the figure before
	for i := first - 1; i >= 0 && i >= first-20; i-- {
		w := &ws[i]
		if w.lower == ";" || w.fig >= 0 && w.fig != k && !isDuration(s.quants[w.fig].Unit) {
			break
		}
		switch w.lower {
		case "on", "under":
			if s.yardstickAt(i) {
				return true
			}
		case "by":
			if i > 0 && ws[i-1].lower == "measured" && s.restrictCueWithin(i+1, s.phraseEnd(i+1, first)) {
				// "measured by modified domestic demand"; not a modifier of a phrase after
				// it, "as measured by the consumer price index for all urban consumers"
				return true
			}
		}
	}
	return false
}

// yardstickAt reports a phrase from preposition i that names a definition with a restricting
// modifier: "on the expanded definition", "under the broader U-6 measure".
func (s *sentence) yardstickAt(i int) bool {
	ws := s.words
	for j := i + 1; j < len(ws) && j <= i+6; j++ {
		if ws[j].fig >= 0 || ws[j].tag == tagVerb || ws[j].tag == tagPrep {
			return false
		}
		if yardstickNoun[ws[j].lower] {
			return s.restrictCueWithin(i+1, j)
		}
	}
	return false
}

// restrictCueWithin reports a restricting modifier among the words [from, to).
func (s *sentence) restrictCueWithin(from, to int) bool {
	for j := from; j < to && j < len(s.words); j++ {
		if s.cueIs(j, catRestrict) {
			return true
		}
	}
	return false
}

// phraseEnd returns where the words from i stop being one noun phrase without a preposition,
// a verb, a comma or a figure: the end of "modified domestic demand" in "measured by modified
// domestic demand, grew"; at most to.
func (s *sentence) phraseEnd(i, to int) int {
	ws := s.words
	for ; i < to; i++ {
		if w := &ws[i]; w.fig >= 0 || w.tag == tagVerb || w.tag == tagPrep || w.lower == "," {
			return i
		}
	}
	return to
}

// measuredByOther reports "measured by" (or "gauged by") earlier in the clause of the figure
// that starts at word first, followed by a phrase that names a measure of no national
// indicator: "inflation, as measured by the GNP price deflator, grew a moderate 0.7 pct",
// "inflation, measured by the GDP deflator, was estimated at 12.2 pct", "inflation as
// measured by producer prices was 5%". The figure is that measure's, not the consumer prices'
// the table holds under inflation; "as measured by the consumer price index" names the
// headline measure itself and keeps it.
func (s *sentence) measuredByOther(first int) bool {
	ws := s.words
	for i := first - 1; i > 0 && i >= first-20; i-- {
		w := &ws[i]
		if w.lower == ";" || w.fig >= 0 {
			return false
		}
		if w.lower != "by" || ws[i-1].lower != "measured" && ws[i-1].lower != "gauged" {
			continue
		}
		for j := i + 1; j < s.phraseEnd(i+1, first); j++ {
			if m, ok := s.cueAt(j); ok {
				if name, ok := m.has(catMeasure); ok && name == measureOther {
					return true
				}
			}
		}
		return false
	}
	return false
}
