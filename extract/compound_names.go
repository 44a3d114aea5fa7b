package extract

import "strings"

// A name joined by a hyphen to a participle ("a US-led rescue", "an EU-funded scheme", "a
// German-made car", "a Saudi-backed fund") modifies a noun by who acts or where a thing comes
// from: it says nothing of the country a figure is of, nor is it the country "the country" and
// "its economy" then stand for ("A $50 billion US-led rescue kept the country solvent, and
// growth returned at 6.2% in 1996" was read as US growth in a story of Mexico; attack round 17).

// participleCompounds are the irregular participles such compounds take besides those in -ed.
var participleCompounds = map[string]bool{"made": true, "built": true, "born": true, "run": true, "held": true, "bound": true, "grown": true}

// dropCompoundAgents removes from ms the names joined by a hyphen to a participle after them.
func dropCompoundAgents(ms []match, toks []token, text string) []match {
	kept := ms[:0]
	for _, m := range ms {
		if !compoundAgent(m, toks, text) {
			kept = append(kept, m)
		}
	}
	return kept
}

func compoundAgent(m match, toks []token, text string) bool {
	end := toks[m.last].end
	if m.last+1 >= len(toks) || end >= len(text) || text[end] != '-' || toks[m.last+1].start != end+1 {
		return false
	}
	w := toks[m.last+1].lower
	return len(w) >= 3 && strings.HasSuffix(w, "ed") || participleCompounds[w]
}
