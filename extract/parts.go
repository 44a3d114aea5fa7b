package extract

import (
	"unicode"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

// A figure of a part of a country — a state, a province, a region, a city — is never the
// country's, even when the country is named beside it: "Germany's state of Bavaria", "the
// Australian state of Victoria", "Eastern German states", "Italy's southern regions", "China's
// Guangdong province". The country's name there only says where the part lies; read as the
// figure's place, it judged a state's growth or a region's unemployment against the national
// figure and flagged it. unknownName covers a part named alone ("Texas", "Ontario"); these
// are the parts named with their country, and the nouns that refer back to one ("the
// province's unemployment rate").

// divisionNouns are the nouns of the divisions of a country. "state" alone is also a country's
// government ("the German state spent ..."), and is a part only when a name follows it ("the
// state of Bavaria") or in the plural; "region" alone refers back to a bloc as often
// (blocAnaphor), and is a part only with its country named.
var divisionNouns = map[string]bool{
	"state": true, "states": true, "province": true, "provinces": true,
	"prefecture": true, "prefectures": true, "county": true, "counties": true,
	"region": true, "regions": true, "district": true, "districts": true,
	"territory": true, "territories": true, "municipality": true, "municipalities": true,
	"oblast": true, "oblasts": true, "canton": true, "cantons": true, "länder": true,
	"city": true, "cities": true,
}

// partPhrase reports a noun phrase p that names a division of a country: its head is a
// division's noun, and a country is named among its modifiers ("Germany's eastern states",
// "Chinese cities"), or a name the lexicon does not know stands before the noun ("Guangdong
// province", "Los Angeles County") or after it with "of" ("the state of Bavaria").
func (st *articleState) partPhrase(s *sentence, p int) bool {
	if p < 0 {
		return false
	}
	n := s.nps[p]
	ws := s.words
	if divisionNouns[ws[n.last].lower] {
		n.head = n.last // "Germany's state", where "state" may be read as a modifier
	}
	h := &ws[n.head]
	if h.ent >= 0 || h.fig >= 0 || !divisionNouns[h.lower] {
		return false // "the United States"
	}
	namedAfter := n.last+2 < len(ws) && ws[n.last+1].lower == "of" && s.unknownName(n.last+2)
	if namedAfter {
		return true // "the state of Bavaria", "the Canadian province of Alberta"
	}
	if n.head > n.first && s.unknownName(n.head-1) {
		return true // "Guangdong province", "Hokkaido prefecture"
	}
	if (h.lower == "state" || h.lower == "region") && !s.inApposition(p) {
		return false
	}
	for i := n.first; i < n.head; i++ {
		if e := ws[i].ent; e >= 0 {
			if code, ok := entityCode(s.ents[e]); ok && !st.lex.aggregates.has(code) {
				return true // "Germany's eastern states", "Italy's southern regions", "Chinese cities"
			}
		}
	}
	return false
}

// partAnaphor reports a noun phrase p that refers back to a division by its noun alone as a
// possessor: "the province's unemployment rate", "the state's economy". "the region's" is
// blocAnaphor's.
func (s *sentence) partAnaphor(p int) bool {
	if p < 0 {
		return false
	}
	n := s.nps[p]
	ws := s.words
	for i := n.first + 1; i+1 <= n.head; i++ {
		if ws[i].tag == tagPoss && ws[i-1].ent < 0 && divisionNouns[ws[i-1].lower] && ws[i-1].lower != "region" && ws[i-1].lower != "regions" {
			d := i - 2
			return d >= n.first && (ws[d].lower == "the" || ws[d].lower == "this")
		}
	}
	return false
}

// ownedByPart reports a noun phrase p that names a division or is owned by one: a division
// itself, a possessor that is one ("the province's jobless rate", "Germany's state of
// Bavaria's debt"), or one after "of" ("the economy of the Australian state of Victoria").
func (st *articleState) ownedByPart(s *sentence, p int) bool {
	if p < 0 {
		return false
	}
	if st.partPhrase(s, p) || s.partAnaphor(p) {
		return true
	}
	n := s.nps[p]
	ws := s.words
	if j := n.last + 1; j+1 < len(ws) && ws[j].lower == "of" {
		if q := ws[j+1].np; q >= 0 && q != p && st.partPhrase(s, q) {
			return true
		}
	}
	for i := n.first + 1; i < n.head; i++ {
		if ws[i].tag == tagPoss {
			// the possessor's own phrase, when the chunker kept it apart
			if q := ws[i-1].np; q >= 0 && q != p && st.partPhrase(s, q) {
				return true
			}
		}
	}
	return false
}

// aboutPartOfCountry reports a figure k whose clause is about a division of a country: the
// subject of its verb, its own noun phrase, the antecedent of the "its" that opens it, or a
// fronted "In ..." is, or is owned by, a division; or about a group of people in one
// (groups.go).
func (st *articleState) aboutPartOfCountry(s *sentence, k int, r *reading) bool {
	if st.aboutGroupOfPeople(s, k) {
		return true // "Unemployment among Native Americans", "Britain's Polish population"
	}
	if !s.namesDivision() {
		return false // most sentences: every rule below needs a division's noun
	}
	if r.np >= 0 && st.ownedByPart(s, r.np) {
		return true
	}
	// "Eastern German states averaged 7.2% unemployment"
	if st.subjectIsPart(s, r.vg) || st.subjectIsPart(s, s.verbOfPhrase(r.np)) {
		return true
	}
	if r.np >= 0 {
		if w := s.words[s.nps[r.np].first].lower; w == "its" || w == "their" {
			if p := s.lastSubjectBefore(s.nps[r.np].first); p >= 0 && (st.ownedByPart(s, p) || st.apposedPart(s, p)) {
				return true // "Germany's state of Bavaria said its economy grew 2.1%"
			}
		}
	}
	if r.vg >= 0 {
		// a verb whose object is the figure's subject: "Japan's Hokkaido prefecture saw prices
		// rise 3.9%"
		if p := s.subjectOf(r.vg); p >= 0 {
			if g := s.verbBefore(p); g >= 0 && g != r.vg && !s.speaksOf(g) {
				if q := s.subjectOf(g); q >= 0 && st.ownedByPart(s, q) {
					return true
				}
			}
		}
	}
	from, _ := s.clauseOf(s.qFirst[k])
	if st.frontedPart(s, from, s.qFirst[k]) {
		return true
	}
	// a fronted phrase the clause follows after a comma: "In German states such as Saxony,
	// unemployment was 6.0%"
	return from > 0 && s.words[from-1].lower == "," && st.frontedPart(s, 0, s.qFirst[k]) && !s.verbBetween(0, from)
}

// verbBetween reports a verb group among the words [from, to).
func (s *sentence) verbBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if s.words[i].vg >= 0 {
			return true
		}
	}
	return false
}

// verbOfPhrase is the verb group before noun phrase p, or -1.
func (s *sentence) verbOfPhrase(p int) int {
	if p < 0 {
		return -1
	}
	return s.verbBefore(p)
}

// lastSubjectBefore returns the last noun phrase before word at that is the subject of a verb.
func (s *sentence) lastSubjectBefore(at int) int {
	for p := len(s.nps) - 1; p >= 0; p-- {
		if f := s.nps[p].first; f > 0 && s.words[f-1].lower == "of" {
			continue // "Germany's state of Bavaria reported": the complement of the subject
		}
		if s.nps[p].last < at && (s.isSubject(p) || s.apposedSubject(p)) {
			return p
		}
	}
	return -1
}

// apposedPart reports a division in apposition to noun phrase p: "Bavaria, Germany's largest
// state, said ...".
func (st *articleState) apposedPart(s *sentence, p int) bool {
	ws := s.words
	j := s.nps[p].last + 1
	if j+1 >= len(ws) || ws[j].lower != "," {
		return false
	}
	q := ws[j+1].np
	return q >= 0 && q != p && st.partPhrase(s, q)
}

// frontedPart reports a clause opened by "In" and a division, up to a comma or straight into
// the clause, before word at: "In the German state of Bavaria, the economy grew 2.1%". Not
// where someone spoke: "In the state of Hesse, the Bundesbank said ...".
func (st *articleState) frontedPart(s *sentence, from, at int) bool {
	ws := s.words
	if from+1 >= at || ws[from].lower != "in" {
		return false
	}
	p := ws[from+1].np
	if p < 0 || !st.partPhrase(s, p) {
		return false
	}
	for j := s.nps[p].last + 1; j < at; j++ {
		if g := ws[j].vg; g >= 0 && s.speaks(g) {
			return false
		}
	}
	return true
}

// inApposition reports a noun phrase set off by commas right after another: "Bavaria,
// Germany's largest state, said". Such a "state" is the place just named, not a government.
func (s *sentence) inApposition(p int) bool {
	n := s.nps[p]
	ws := s.words
	return n.first >= 2 && ws[n.first-1].lower == "," && ws[n.first-2].np >= 0 && n.last+1 < len(ws) && ws[n.last+1].lower == ","
}

// apposedSubject reports a noun phrase followed by an apposition and then a verb: "Bavaria,
// Germany's largest state, said ...".
func (s *sentence) apposedSubject(p int) bool {
	ws := s.words
	j := s.nps[p].last + 1
	if j+1 >= len(ws) || ws[j].lower != "," {
		return false
	}
	q := ws[j+1].np
	if q < 0 || q == p || !s.inApposition(q) {
		return false
	}
	k := s.nps[q].last + 2
	return k < len(ws) && ws[k].vg >= 0
}

// speaksOf is speaks, but for "see", which has a place as its subject as often as a
// forecaster ("the province saw prices rise 3.9%").
func (s *sentence) speaksOf(g int) bool {
	return s.speaks(g) && !hasLemma(s.words[s.vgs[g].head].lower, "see")
}

// compassWords name a part of a place by its direction.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"upper": true, "lower": true,
}

// compassFilter passes every word of compassWords and few others: the word before every
// country named is asked about, and most are "in", "of", "the".
var compassFilter = newKeyFilter(compassWords)

// directedPlace reports the name of a country or a region m that a word of direction, not
// part of the name, comes right before: "Northern Ireland", "Western Australia", "South
// Australia", "Northern Cyprus", "southern Italy", "eastern Germany" are places of their own or
// parts of the country, never the country. A name of which the word is part ("South Africa",
// "North Korea", "West Germany", "East Asia") was matched whole, so is kept. The words are left
// to read as a place the lexicon does not know.
func directedPlace(m *match, toks []token) bool {
	if m.first == 0 || !compassFilter.mayHold(toks[m.first-1].lower) {
		return false
	}
	_, ok := m.has(catEntity)
	return ok && compassWords[toks[m.first-1].lower]
}

// personName reports a one-word name m of a country or a capital that is a person's first
// name: followed by a name of no place ("Chad Stone", "Jordan Rochester", "Israel Torres",
// "Kenya Barris") that is said to be someone (", an economist at the bank,") or to speak
// ("said", "told"). Read as places, the country named that way was given the figures its
// bearer spoke of.
func personName(m *match, toks []token) bool {
	return m.first == m.last && personAfter(toks, m.last+1)
}

// personAfter reports a capitalised word at i that is not itself a known name, followed by a
// description of someone between commas ("Stone, an economist,") or a verb of saying.
func personAfter(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].punct || !isCapitalised(toks[i].text) || toks[i].facts != nil || timex.IsDayOrMonthName(toks[i].text) {
		return false // "Japan Tuesday said": a day, not a surname
	}
	next := &toks[i+1]
	if next.text == "," && i+2 < len(toks) {
		switch toks[i+2].lower {
		case "a", "an", "the", "who", "chief", "senior", "head":
			return true
		}
		return false
	}
	// straight before a verb of saying, only a word no dictionary holds: "Kenya Barris said",
	// not "Kenya Treasury said" or "Egypt Cabinet said", an institution of the country
	return lemmasOf(toks[i].lower) == nil && (hasLemma(next.lower, "say") || hasLemma(next.lower, "tell") || hasLemma(next.lower, "write"))
}

// isCapitalised reports a word whose first letter is a capital and whose others are not all
// capitals (a headline in capitals names places as often as people).
func isCapitalised(w string) bool {
	if w == "" || !unicode.IsUpper(firstRune(w)) {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// dropApposedDivisions removes from ms a name that an apposition says is a division of
// another country: "Georgia, the US state," is not the country Georgia.
func dropApposedDivisions(ms []match, toks []token) []match {
	kept := ms[:0]
	for i := range ms { // (by index: every name of a sentence passes here, and each was copied)
		if i+1 < len(ms) && divisionApposed(toks, &ms[i], &ms[i+1]) {
			continue
		}
		kept = append(kept, ms[i])
	}
	return kept
}

// divisionApposed reports a name m followed by ", the", the country next, and a division's
// noun.
func divisionApposed(toks []token, m, next *match) bool {
	j := m.last + 1
	if j+2 >= len(toks) || toks[j].text != "," || (toks[j+1].lower != "the" && toks[j+1].lower != "a") || next.first != j+2 {
		return false
	}
	if _, ok := next.has(catEntity); !ok {
		return false
	}
	return next.last+1 < len(toks) && divisionNouns[toks[next.last+1].lower]
}

// dropNamesOfNoCountry removes from ms, the entity names found among toks, those that name no
// country there: a place named by a direction, a person's first name or surname (names.go), a
// US state in US copy, a food before its prices, a division an apposition places in another
// country (among the names left by the others).
func dropNamesOfNoCountry(ms []match, toks []token) []match {
	kept := ms[:0]
	prevLast := -2
	for i := range ms {
		m := &ms[i]
		// a name right after another ("Cameroon Cameroon says", a headline run into its
		// story) is no surname
		surname := prevLast < m.first-2 && surnameName(m, toks)
		prevLast = m.last
		if !directedPlace(m, toks) && !personName(m, toks) && !titledName(m, toks) && !surname && !usStateName(m, toks) && !foodPrices(m, toks) {
			kept = append(kept, ms[i])
		}
	}
	return dropApposedDivisions(kept, toks)
}

// subjectIsPart reports a verb group g, not one of saying, whose subject is or is owned by a
// division, or has one in apposition.
func (st *articleState) subjectIsPart(s *sentence, g int) bool {
	if g < 0 || s.speaksOf(g) {
		return false
	}
	p := s.subjectOf(g)
	return p >= 0 && (st.ownedByPart(s, p) || st.apposedPart(s, p))
}

// namesDivision reports a sentence with a division's noun among its words: aboutPartOfCountry
// is asked of every figure. The words are read once per sentence, with those findMarkedWords
// reads (its switch lists divisionNouns).
func (s *sentence) namesDivision() bool {
	return s.marked(markDivision)
}

// dropNamesInUnits removes from ms, the entity names found among toks, those that the number
// scanner read as part of a figure's unit: the "US" of "US$4.66 trillion", "US $", "U.S.$" or
// "4.66 trillion US dollars" is a currency's sign or name, not a mention of the United States
// ("Germany's GDP was US$4.66 trillion" is Germany's). A$, C$ and HK$ name their currency the
// same way. quants are the sentence's figures, in order of their start.
func dropNamesInUnits(ms []match, toks []token, quants []quantity.Quantity) []match {
	if len(ms) == 0 || len(quants) == 0 {
		return ms
	}
	kept, k := ms[:0], 0
	for i := range ms {
		start, end := toks[ms[i].first].start, toks[ms[i].last].end
		for k < len(quants) && quants[k].End <= start {
			k++
		}
		if k < len(quants) && quants[k].Start <= start && end <= quants[k].End && quants[k].Unit != "" {
			continue
		}
		kept = append(kept, ms[i])
	}
	return kept
}
