package extract

// capitalPlacesFigure reports figure k of a measure a city has of its own (livedIn: output,
// prices, jobs, people) in a clause that is about a capital city as a place: a relative clause
// on the city ("The club is owned by Abu Dhabi, whose economy grew 3.8% in 2024": the
// emirate's growth, which the Statistics Centre Abu Dhabi publishes; "Nairobi, where
// unemployment is 12%") or a clause the city opens after "In" and a comma ("In Madrid,
// joblessness is below 10%", "In the Spanish capital, ..."). A capital's name is a weak
// mention of its country, good for a government ("Abu Dhabi said", "Washington's deficit"),
// and read so the city's figure was judged against the nation's: Abu Dhabi's 3.8% was flagged
// against the UAE's 3.99%. The figure is no country's unless the clause names the country as
// the measure's owner ("In Madrid, Spain's unemployment rate was 10.5%"), and a clause in which
// someone speaks is left as it was read ("In Beijing, the statistics bureau said the economy
// grew 5%": where a national figure was given). A capital that owns a budget, a debt or a
// rate stands for its government (livedIn), and a city-state's name is its country's, no
// capital. (The capital as a possessor, "Tokyo's consumer prices", "the capital's jobless
// rate", is read by the measure's phrase: possessedByCapital.)
func (st *articleState) capitalPlacesFigure(s *sentence, k int, r *reading) bool {
	if r.measure == nil || !livedIn(r.measure.name) || s.qFirst[k] < 0 || len(s.ents) == 0 && !s.mentionsCapitalNoun() {
		return false
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	for i := s.qLast[k] + 1; i < to; i++ {
		if ws[i].lower == "," {
			to = i // "Nairobi, where unemployment is 12%, is Kenya's hub": the relative clause
			break
		}
	}
	clauseFrom := from
	if a := s.capitalAntecedent(k, r); a >= 0 {
		if !s.capitalPhrase(a) {
			return false
		}
		clauseFrom = max(from, s.nps[a].last+1) // ("Spain's capital Madrid, whose ...": from "whose")
		for i := clauseFrom + 1; i < s.qFirst[k]; i++ {
			if ws[i].lower == "," {
				// "Moscow, which raised its key rate to 21%, is fighting inflation of 9%": the
				// relative clause ended; the capital's main clause is its government's
				return false
			}
		}
	} else if subj := s.capitalSubject(r); subj >= 0 {
		// "Madrid, by contrast, grew 3.6 percent": the city is what grew, as no government
		// does (blind round 62)
		clauseFrom = max(from, s.nps[subj].last+1)
	} else {
		// "In Madrid, ...", ", but in Madrid, ...", "Well, in Buenos Aires, ...": the place
		// fronted before the subject
		i := from
		if i+1 < len(ws) && ws[i+1].lower == "," && ws[i].ent < 0 && ws[i].fig < 0 && ws[i].tag != tagProper && ws[i].tag != tagNoun {
			// a word that links the clause to what came before ("Meanwhile,", "Still,")
			i += 2
		}
		if i < len(ws) && ws[i].lower == "," {
			i++ // (after "Meanwhile", which breaks a clause of its own)
		}
		if i < len(ws) && ws[i].tag == tagCoord {
			i++
		}
		if i+1 >= len(ws) || ws[i].lower != "in" {
			return false
		}
		p := ws[i+1].np
		if p < 0 || s.nps[p].first != i+1 || !s.capitalPhrase(p) {
			return false
		}
		comma := s.nps[p].last + 1
		if comma >= s.qFirst[k] || ws[comma].lower != "," {
			return false
		}
		clauseFrom = comma + 1
	}
	// a country named in the clause itself is the measure's owner: "In Madrid, Spain's
	// unemployment rate", "Madrid, where unemployment in Spain ..."
	for _, m := range entsFrom(s.ents, clauseFrom) {
		if m.first > to {
			break
		}
		if _, ok := m.has(catEntity); ok {
			return false
		}
	}
	if len(s.insts) > 0 {
		// "In Moscow, inflation was 9.5%, above the central bank's 4% target", "according to
		// the statistics office": a national body's figure, or one set against its own
		return false
	}
	for i := range ws {
		if m, ok := s.cueAt(i); ok {
			if kind, ok := m.has(catKindNoun); ok && kind == "forecast" || hasCategory(m, catForecast) {
				// "Beijing, whose growth target is around 5%", "In Ankara, inflation is
				// expected to fall to 17.5%": a target or a forecast is the government's
				return false
			}
		}
	}
	for g := range s.vgs {
		// (not the figure's own verb: "unemployment is estimated at 12%")
		if g != r.vg && s.speaks(g) {
			return false // someone gives the figure: where, not whose
		}
	}
	return true
}

// capitalSubject returns the subject of the figure's verb when it names a capital and the
// verb gives the measure itself ("Madrid grew 3.6 percent", "Madrid, by contrast, grew"), or
// -1.
func (s *sentence) capitalSubject(r *reading) int {
	if r.vg < 0 || !r.fromContext {
		return -1
	}
	subj := s.subjectOf(r.vg)
	if subj < 0 || !s.capitalPhrase(subj) {
		return -1
	}
	return subj
}

// capitalAntecedent returns the noun phrase a relative clause holding figure k is about:
// relativeAntecedent's, or the one before the comma before "whose", which opens the figure's
// measure phrase r.np ("Abu Dhabi, whose economy grew 3.8%"); or -1.
func (s *sentence) capitalAntecedent(k int, r *reading) int {
	if a := s.relativeAntecedent(k); a >= 0 {
		return a
	}
	if r.np < 0 {
		return -1
	}
	ws := s.words
	w := s.nps[r.np].first
	if w < 2 || ws[w].lower != "whose" || ws[w-1].lower != "," {
		return -1
	}
	return ws[w-2].np
}

// capitalPhrase reports a noun phrase that names a capital city: its head is a capital's
// name the lexicon knows as no country ("Abu Dhabi", "Spain's capital Madrid"), or the noun
// "capital" itself after "the" ("the capital", "the Spanish capital").
func (s *sentence) capitalPhrase(p int) bool {
	n := s.nps[p]
	if s.capitalNoun(n.first, n.last) {
		return true // (its last word: "the Spanish capital" is chunked with the demonym as a name)
	}
	if e := s.words[n.head].ent; e >= 0 {
		return hasCategory(s.ents[e], catCapital) && !hasCategory(s.ents[e], catEntity)
	}
	return false
}

// capitalNoun reports the word at head as the noun "capital", in lower case, in a phrase that
// opens at first with "the": "the capital", "the Spanish capital" (not "Capital Economics",
// nor "capital" as money: "working capital", "capital spending").
func (s *sentence) capitalNoun(first, head int) bool {
	return s.words[head].text == "capital" && head > first && s.words[first].lower == "the"
}

// mentionsCapitalNoun reports the word "capital" in lower case in the sentence.
func (s *sentence) mentionsCapitalNoun() bool {
	for i := range s.words {
		if s.words[i].text == "capital" {
			return true
		}
	}
	return false
}
