package extract

import "slices"

// A list of places paired in order with a list of figures ("France, Germany and Italy grew
// 2.5%, 1.8% and 3.7% respectively in 2022", parallelEntity) gives each figure the place at its
// own rank. Its quote must say so too: the first figure's was read from the subject nearest it,
// the last place of the list, and "Italy grew 2.5%" was shown for France's 2.5%, which an
// editor reads as a claim about Italy. A figure so paired is quoted from the start of the
// list when it is the first ("France, Germany and Italy grew 2.5%": its own place, and no
// other place's figure), and from after the places otherwise (there the list would cover the
// figures before it).

// placeItem is a place a list of figures is paired with: its country and where it is named.
type placeItem struct {
	code string
	m    match
}

// placesBeforeList returns the places named before the list of figures headed by figure head
// and after any figure before it, once each, in the order they are named.
func (s *sentence) placesBeforeList(head int) []placeItem {
	from := 0
	if head > 0 {
		from = s.qLast[head-1] + 1
	}
	var out []placeItem
	for _, m := range entsFrom(s.ents, from) {
		if m.first >= s.qFirst[head] {
			break
		}
		code, ok := entityCode(m)
		if !ok || s.inSubjectApposition(m.first, s.qFirst[head]) {
			continue // (nor "Germany, for so long the engine of the euro area, shrank 0.9% ... and 0.5%")
		}
		if s.subjectOfOtherVerb(s.words[m.first].np, head) {
			continue // "South Korea suffered a sharper fall, and the United States grew 4.5% and 4.8%"
		}
		seen := false
		for _, p := range out {
			seen = seen || p.code == code
		}
		if seen {
			continue
		}
		if len(out) > 0 && !s.listedAfter(out[len(out)-1].m, m) {
			// not one list: "When China's demand slowed, Brazil suffered its worst recession:
			// GDP fell 3.5 percent in 2015 and 3.3 percent in 2016" names China in a clause of
			// its own (blind round 150: the 3.5% was China's); the places nearest the figures
			// are the list's
			out = out[:0]
		}
		out = append(out, placeItem{code, m})
	}
	return out
}

// listedAfter reports place m named in the same list as place prev: no clause break stands
// between them (a verb, a colon or a semicolon, a subordinator or a relative pronoun), as in
// "Germany and France", "Poland, Hungary and Romania", "Germany and, to a lesser degree,
// France", "in Germany and also in France".
func (s *sentence) listedAfter(prev, m match) bool {
	for i := prev.last + 1; i < m.first; i++ {
		w := &s.words[i]
		if w.vg >= 0 || w.lower == ":" || w.lower == ";" || w.tag == tagSub || w.tag == tagWh {
			return false
		}
	}
	return true
}

// subjectOfOtherVerb reports that phrase p is the subject of a verb between it and the list of
// figures headed by figure head, other than the list's own, with a clause boundary after that
// verb (a semicolon, a subordinator, or a conjunction after a comma): a clause of its own, whose
// place is what that clause tells of, not one of the places the figures are paired with ("By
// comparison, South Korea in 1998 suffered a sharper fall, and the United States grew by 4.5
// percent in 1998 and 4.8 percent in 1999": both the United States', as "France and Germany
// grew 2.5% and 1.8%" and "France and Germany saw their economies grow 2.5% and 1.8%" are each
// one's). The words read are those between p and the list, which follow the figure before it.
func (s *sentence) subjectOfOtherVerb(p, head int) bool {
	if p < 0 {
		return false
	}
	ws := s.words
	own := -1
	if r := s.readings[head]; r != nil {
		own = r.vg
	}
	for j := s.nps[p].last + 1; j < s.qFirst[head]; j++ {
		g := ws[j].vg
		if g < 0 || g == own || s.vgs[g].first != j || s.subjectOf(g) != p {
			continue
		}
		for t := s.vgs[g].last + 1; t < s.qFirst[head]; t++ {
			if ws[t].lower == ";" || ws[t].tag == tagSub || ws[t].tag == tagCoord && ws[t-1].lower == "," {
				return true
			}
		}
		return false
	}
	return false
}

// listQuoteStart returns where the quote of figure k, which starts at byte start, should start
// when k is paired in order with a place of a list named before its list of figures and the
// quote covers another place of that list: the start of the list for the list's first figure,
// else the word after the last place it covers. Else start.
func (st *articleState) listQuoteStart(s *sentence, k int, start int) int {
	head, pos, n, last := st.listOf(s, k)
	if n < 2 {
		return start
	}
	if s.marked(markSeries) {
		if m, _ := s.seriesAfter(s.qLast[last], false, pos); m >= 2 {
			return start // the places come after the figures: parallelEntity pairs those
		}
	}
	places := s.placesBeforeList(head)
	if len(places) != n || pos >= n {
		return start
	}
	other := -1 // the last word of the last other place the quote covers
	for i, p := range places {
		if i != pos && s.words[p.m.first].start >= start && s.words[p.m.last].end <= s.quants[k].Start {
			other = p.m.last
		}
	}
	if other < 0 {
		return start
	}
	if pos == 0 {
		return min(start, s.words[places[0].m.first].start)
	}
	if other+1 < len(s.words) && s.words[other+1].start <= s.quants[k].Start {
		return s.words[other+1].start
	}
	return s.quants[k].Start
}

// A list of figures whose subject refers back to a list of places ("France, Germany and Italy
// grew 2.5%, 1.8% and 3.7% in 2022. Their inflation rates were 5.2%, 6.9% and 8.2%,
// respectively."; "Inflation in the three countries was ...") pairs with those places in
// order, as a list that names them does. Read as one country's, the last named, all three
// inflation rates were Italy's. When the places named before are not as many as the figures,
// which place goes with which is not said, and no figure takes one.

// pluralPlaceAnaphor reports that the clause of figure k names no place before it (nor after
// any figure before it) and its subject refers back to places: "their" or "they", or a
// determiner with a noun of a group of countries ("the three countries", "both economies",
// "these nations").
func (s *sentence) pluralPlaceAnaphor(k int) bool {
	if !s.marked(markPlural | markGroup) {
		return false // most sentences: none of the words below (every figure in no list asks)
	}
	ws := s.words
	at := s.qFirst[k]
	clause, _ := s.clauseOf(at)
	from := clause
	if k > 0 {
		from = max(from, s.qLast[k-1]+1)
	}
	for _, m := range entsFrom(s.ents, from) {
		if m.first >= at {
			break
		}
		if _, ok := entityCode(m); ok {
			return false
		}
	}
	if k > 0 && s.qFirst[k-1] >= clause && countryGroupNoun[ws[s.qLast[k-1]].lower] {
		from = s.qFirst[k-1] // "the three countries", read as a count
	}
	for i := from; i < at; i++ {
		switch w := ws[i].lower; {
		case (w == "their" || w == "they") && (ws[i].tag == tagDet || ws[i].tag == tagPron):
			return true
		case countryGroupNoun[w] && w != "members" && w != "states":
			for j := i - 1; j >= clause && j >= i-3; j-- { // ("the three countries": a figure word)
				switch ws[j].lower {
				case "the", "these", "those", "both":
					return true
				}
			}
		}
	}
	return false
}

// antecedentPlaces returns the countries a plural subject before figure k refers back to: the
// ones its own sentence names before it, else the ones the sentence before names, once each in
// the order they are named.
func (st *articleState) antecedentPlaces(s *sentence, k int) []string {
	var codes []string
	for _, m := range s.ents {
		if m.first >= s.qFirst[k] {
			break
		}
		if code, ok := entityCode(m); ok && !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	if len(codes) > 0 {
		return codes
	}
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return nil
	}
	// rare (a plural subject with no place before a list of figures): the sentence before is
	// read here, not kept for every sentence
	text := st.art.Text
	toks := tokenizeInto(nil, text, from, to)
	for _, m := range st.lex.findEntities(toks, isCapsLine(text[from:to])) {
		if code, ok := entityCode(m); ok && !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	return codes
}

// anaphorEntity pairs figure k, at rank pos of a list of n figures headed by head, with the
// places its plural subject refers back to: the place at its rank when they are as many, no
// place ("" and true) when they are two or more but not as many. ok is false when the subject
// is no plural reference to places, or when fewer than two places are named before.
func (st *articleState) anaphorEntity(s *sentence, head, pos, n int) (string, bool) {
	if !s.pluralPlaceAnaphor(head) {
		return "", false
	}
	codes := st.antecedentPlaces(s, head)
	switch {
	case len(codes) < 2:
		return "", false
	case len(codes) != n:
		return "", true
	}
	return codes[pos], true
}

// A list of figures paired with a list of places and also with a list of periods ("France and
// Germany grew 2.5% and 1.8% in 2022 and 2023", "In 2022 and 2023, Spain and Portugal's
// inflation was 8.3% and 4.3%") has no one reading: each figure may be one country's over
// both years, or one year's of both countries, or the n-th country's in the n-th year. Read in
// order twice, Germany's 1.8% was taken for 2023's and flagged. No figure of such a list
// takes a place.

// periodSeriesOf reports a list of two or more periods after the list of figures from head to
// last, or opening the sentence before it, as parallelPeriod reads them.
func (s *sentence) periodSeriesOf(head, last int) bool {
	if !s.marked(markSeries) {
		return false
	}
	if m, _ := s.seriesAfter(s.qLast[last], true, 0); m >= 2 {
		return true
	}
	if head == 0 && len(s.words) > 1 && seriesPrep(&s.words[0]) {
		if m, _ := s.seriesAt(1, true, 0); m >= 2 {
			return true
		}
	}
	return false
}

// One figure whose subject refers back to two or more places ("France, Germany and Italy grew
// 2.5%, 1.8% and 3.7%. Their inflation rate was 5.2%", "Inflation in the three countries
// averaged 5.2%") is of none of them alone: read as the last one named's, it was Italy's.

// sharedByPlaces reports figure k, in no list of figures, whose clause names no place and
// whose subject refers back to two or more places.
func (st *articleState) sharedByPlaces(s *sentence, k int) bool {
	if _, _, n, _ := st.listOf(s, k); n >= 2 || !s.pluralPlaceAnaphor(k) {
		return false
	}
	_, to := s.clauseOf(s.qFirst[k])
	for _, m := range entsFrom(s.ents, s.qLast[k]+1) {
		if m.first > to {
			break
		}
		if _, ok := entityCode(m); ok {
			return false // "their forecast of 2.5% growth for Germany"
		}
	}
	return len(st.antecedentPlaces(s, k)) >= 2
}
