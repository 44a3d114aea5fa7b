package extract

// A figure of a group of people inside a country — an ethnic, national-origin or diaspora group
// named with a country's adjective or its people's name — is neither the country's figure nor
// that of the country the group's name comes from: "Unemployment among Native Americans was
// 7.9%", "Mexican Americans", "Pakistani unemployment in Britain", "Britain's Polish
// population", "The Irish population of Britain". Read as either country, the group's figure
// was judged against the national series and flagged.

// groupAdjectives name a people as a country's first inhabitants: "Native Americans",
// "Aboriginal Australians", "Indigenous Australians".
var groupAdjectives = map[string]bool{
	"native": true, "aboriginal": true, "indigenous": true, "tribal": true,
}

// groupNouns are the nouns of a group of people, or of a figure of one, that a country's
// adjective restricts: "Britain's Polish population", "Pakistani unemployment in Britain".
var groupNouns = map[string]bool{
	"population": true, "populations": true, "community": true, "communities": true,
	"diaspora": true, "minority": true, "minorities": true, "workers": true, "residents": true,
	"unemployment": true, "jobless": true, "employment": true, "households": true,
}

// aboutGroupOfPeople reports a figure k whose clause, up to the figure, names a group of
// people by a country's name inside another country or beside another people's name.
func (st *articleState) aboutGroupOfPeople(s *sentence, k int) bool {
	if len(s.ents) == 0 {
		return false
	}
	to := s.qFirst[k]
	ws := s.words
	// Only the names of the figure's clause: a run-on sentence names hundreds of places
	// before its last figures, and each figure walked them all.
	from, _ := s.clauseOf(to)
	ents := entsFrom(s.ents, from)
	for i := range ents { // (by index: ranged by value, each 48-byte name was copied)
		m := &ents[i]
		if m.last >= to {
			break
		}
		// Every reading of groupAt begins with a people's name or a word after the name that
		// is no verb or punctuation; most names ("GDP in Germany grew") have neither, and are
		// spared its look-ups.
		if next := m.last + 1; !peopleName(ws[m.last].text) && !(next < to && (ws[next].tag == tagPoss || ws[next].ent >= 0 || ws[next].vg < 0 && !ws[next].punct)) {
			continue
		}
		code, ok := entityCode(*m)
		if !ok || st.lex.aggregates.has(code) || !isCapitalised(ws[m.first].text) {
			continue
		}
		if st.groupAt(s, *m, code, to) {
			return true
		}
	}
	return false
}

// groupAt reports a group of people named around the country's name m (of code): an
// adjective of first inhabitants before it ("Native Americans"); another country's name right
// before its people's name ("Mexican Americans", "American Indians", "British Indians"); a
// country's possessive before another's adjective and a group's noun ("Britain's Polish
// population"); a country's adjective, a group's noun, and "in" or "of" another country ("The
// Irish population of Britain", "Pakistani unemployment in Britain", "The population of
// Indians in the US").
func (st *articleState) groupAt(s *sentence, m match, code string, to int) bool {
	ws := s.words
	if i := m.first - 1; i >= 0 && peopleName(ws[m.last].text) && groupAdjectives[ws[i].lower] {
		return true
	}
	j := m.last + 1
	if j < to && ws[j].tag == tagPoss {
		j++ // "Britain's Polish population"
		if j+1 < to && st.groupCountry(s, j, code) && groupNouns[ws[s.ents[ws[j].ent].last+1].lower] {
			return true
		}
		return false
	}
	if j < to && !ws[m.last].joined && st.groupCountry(s, j, code) && s.ents[ws[j].ent].last == j && peopleName(ws[j].text) {
		return true // "Mexican Americans", "American Indians"
	}
	// "Pakistani unemployment in Britain", "The Irish population of Britain", "population of
	// Indians in the US": a group's noun before the name or after it, then "in" or "of" and
	// another country, with no verb or comma between
	noun := m.first > 0 && ws[m.first-1].lower == "of" && m.first > 1 && groupNouns[ws[m.first-2].lower] && peopleName(ws[m.last].text)
	for ; j < to && j <= m.last+3; j++ {
		w := &ws[j]
		if w.vg >= 0 || w.punct || w.ent >= 0 {
			return false
		}
		if groupNouns[w.lower] {
			noun = true
		}
		if (w.lower == "in" || w.lower == "of") && noun {
			k := j + 1
			if k < to && ws[k].tag == tagDet {
				k++
			}
			return k < to && st.groupCountry(s, k, code)
		}
	}
	return false
}

// groupCountry reports a country's name at word i other than code, and no bloc's.
func (st *articleState) groupCountry(s *sentence, i int, code string) bool {
	e := s.words[i].ent
	if e < 0 || s.ents[e].first != i {
		return false
	}
	c, ok := entityCode(s.ents[e])
	return ok && c != code && !st.lex.aggregates.has(c)
}

// peopleName reports the name of a people in the plural: "Americans", "Indians",
// "Pakistanis", "Australians" (a name in -s that is a country's own, "the Philippines", is one
// too, but is never written after another country's adjective).
func peopleName(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && isCapitalised(w)
}
