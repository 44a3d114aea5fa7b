package extract

import "strings"

// ownPlaceOfNoCountry reports a place of figure k's own phrase that is no country: a name the
// lexicon does not know, or a capital city's for a measure a city has of its own, as the
// possessor of the figure ("and Guangdong's 3.5%", "Mexico City's 4.1%") or of the subject of
// its verb ("California's rate was 5.3%", "Ontario's was 7.0%"), or after "in" in that subject
// ("the rate in Nevada was 5.7%"). The figure is that state's, province's or city's, and the
// country the clause before or the text spoke of is not its country: given it, a state's rate
// was judged against the nation's. Its measure came from another figure, so no measure phrase
// of its own was found restricted to the place (possessedByName, possessedByCapital).
func (st *articleState) ownPlaceOfNoCountry(s *sentence, k int, r *reading) bool {
	ws := s.words
	first := s.qFirst[k]
	if p := ws[first].np; p >= 0 && s.nps[p].first < first && s.nps[p].head <= s.qLast[k] {
		// the figure heads its phrase: "Beijing's 5% target" is the government's target
		if st.possessorOfNoCountry(s, s.nps[p].first, first, r) {
			return true
		}
	}
	if r.vg < 0 || s.vgs[r.vg].first > first || r.measureAt >= 0 && !r.fromContext {
		// (most figures: a measure phrase of their own, which possessedByName read)
		return false
	}
	p := s.subjectOf(r.vg)
	if p < 0 {
		return false
	}
	n := s.nps[p]
	if st.possessorOfNoCountry(s, n.first, n.last+1, r) {
		return true
	}
	// "the rate in Nevada was 5.7%": the place after the subject's head, before its verb
	at := n.last + 1
	return at+1 < s.vgs[r.vg].first && ws[at].lower == "in" && st.placeOfNoCountry(s, at+1, r)
}

// possessorOfNoCountry reports a possessor among the words [from, to) of a phrase that names a
// place of no country (placeOfNoCountry): "Sicily's", "Sao Paulo's", "Mexico City's"; not a
// person's name (personsPossessive).
func (st *articleState) possessorOfNoCountry(s *sentence, from, to int, r *reading) bool {
	for i := to - 1; i > from; i-- {
		if s.words[i].tag == tagPoss {
			return st.placeOfNoCountry(s, i-1, r) && !s.personsPossessive(i, r)
		}
	}
	return false
}

// personsPossessive reports a possessive at word i of a person's name, which a name the lexicon
// does not know may be as well as a place's: after a title or an office ("Mr Milei's", "President
// Milei's"); or the setter of a target or the maker of a
// forecast of a measure only a country sets a target for or forecasts, inflation or a policy
// rate ("Milei's target for 2025 was 18.3%", "Simsek's forecast"), where a region's target is
// for its own growth or budget ("Guangdong's target", "Ontario's target"). Read as a region, the
// person's target was dropped.
func (s *sentence) personsPossessive(i int, r *reading) bool {
	ws := s.words
	if n := i - 2; n >= 0 {
		if p := &ws[n]; isTitle(&p.token) || officeTitles[p.lower] && isCapitalised(p.text) {
			return true // (not a given name: "Gran Canaria's", "Santa Catarina's")
		}
	}
	if r.measure == nil || !countrysTarget(r.measure.name) || ws[i].np < 0 {
		return false
	}
	for j := i + 1; j <= s.nps[ws[i].np].last; j++ {
		if w := &ws[j].token; targetNoun(w) == targetHead || w.hasLemma("forecast") || w.hasLemma("projection") || w.hasLemma("pledge") || w.hasLemma("promise") {
			return true
		}
	}
	return false
}

// officeTitles are offices written before a person's name as a title: "President Milei".
var officeTitles = map[string]bool{"president": true, "premier": true, "chancellor": true, "minister": true,
	"secretary": true, "governor": true}

// countrysTarget reports a measure only a country's government or central bank sets a target
// for: prices and the policy rate.
func countrysTarget(measure string) bool {
	return measure == "inflation" || measure == "prices" || measure == "policy_rate"
}

// placeOfNoCountry reports a word that names a place other than a country: a name the lexicon
// does not know (a state, a province, a region, a city that is no capital), or a capital's,
// for a measure a city has of its own (livedIn): a capital that has a policy rate or a budget
// stands for its government ("Moscow's key rate").
func (st *articleState) placeOfNoCountry(s *sentence, i int, r *reading) bool {
	if s.unknownName(i) || s.namedDivision(i) {
		return true // ("Lagos State's")
	}
	e := s.words[i].ent
	if e < 0 || !hasCategory(s.ents[e], catCapital) || hasCategory(s.ents[e], catEntity) {
		return false
	}
	return r.measure != nil && livedIn(r.measure.name)
}

// moreDivisionNouns are the divisions that, besides divisionNouns (parts.go), name a part of a
// country as the last word of its name: "Giza Governorate", "Dubai Emirate".
var moreDivisionNouns = map[string]bool{"governorate": true, "emirate": true}

// regionOfStates are the regions whose name before a lower-case "state" makes it a country
// ("the Gulf state", "the Baltic state"), not a part of one ("the Kerala state").
var regionOfStates = map[string]bool{"gulf": true, "baltic": true, "balkan": true, "caribbean": true, "nordic": true,
	"andean": true, "alpine": true, "island": true, "city": true, "arab": true, "african": true, "asian": true, "european": true}

// nationQualifiers are the words before "State" that make it a nation's name, not a part's:
// "each Member State's deficit", "the Federal State's budget" (translated), "a Nation State".
var nationQualifiers = map[string]bool{"member": true, "federal": true, "nation": true, "sovereign": true,
	"union": true, "welfare": true, "independent": true, "national": true, "plurinational": true}

// namedDivision reports word i as the last word of the name of a part of a country: a division
// noun (divisionNouns, moreDivisionNouns), capitalised and singular, after a capitalised name
// ("Lagos State's economy grew 4.5 per cent", "Punjab Province's inflation", "Nairobi
// County's", "Hokkaido Prefecture", "Kurdistan Region's", "Giza Governorate's"). The name before
// it may be one the lexicon knows as a city ("Nairobi") or even a country's ("Mexico State"):
// with the division noun it is the state's. The word must be written as a name, so "the
// state's bureau", "the State Bank of Pakistan" (no name before it), "United States" and "the
// Gulf States" (plurals) and "Member State" (a nation) are not.
//
// Written in lower case ("Chiang Mai province's economy grew 3.1%", as most Asian and African
// papers write it), the noun names a part too, after a name that is no country's ("Mexico
// state" may be an adjective: "the Mexico state oil firm"; attack round 19), and not after the
// name of a region of states ("the Gulf state", "the Baltic state" name countries).
func (s *sentence) namedDivision(i int) bool {
	w := &s.words[i]
	if i < 1 || s.capsLine || w.text == "" ||
		!divisionNouns[w.lower] && !moreDivisionNouns[w.lower] || strings.HasSuffix(w.lower, "s") || w.lower == "länder" {
		return false
	}
	lower := w.text[0] < 'A' || w.text[0] > 'Z'
	prev := &s.words[i-1]
	if prev.tag != tagProper && prev.ent < 0 && !s.unknownName(i-1) || nationQualifiers[prev.lower] {
		return false
	}
	if lower && (prev.ent >= 0 && hasCategory(s.ents[prev.ent], catEntity) || regionOfStates[prev.lower]) {
		return false // (not "the Gulf state's economy", "the Baltic state": a country)
	}
	return prev.text != "" && prev.text[0] >= 'A' && prev.text[0] <= 'Z'
}

// frontedPlaceOfNoCountry reports a place the lexicon does not know, named in a phrase that "in"
// opens before the subject of figure k's clause: "; in the former state-farm areas of Warmia and
// Mazury it exceeded 30%", "while in Victoria, worst hit by the collapse of state banks,
// unemployment topped 12 per cent". The figure is that part's, not the country's the sentence
// or the text is about (blind round 96: both judged as the nation's rate). The phrase may have
// been cut off as a clause of its own by a comma after it: a part before the clause whose only
// verbs are participles ("worst hit by ...") is taken with it.
func (s *sentence) frontedPlaceOfNoCountry(k int, r *reading) bool {
	ws := s.words
	first := s.qFirst[k]
	start, _ := s.clauseOf(first)
	if start > 0 {
		// (a fronted phrase is short: a bound, as every figure of a long clause asks)
		if before, _ := s.clauseOf(start - 1); start-before <= 16 && s.onlyParticiplesIn(before, start-1) {
			start = before
		}
	}
	i := start
	for i < first && (ws[i].lower == "," || ws[i].lower == ";" || ws[i].tag == tagCoord || ws[i].tag == tagSub) {
		i++
	}
	verbsFrom := -1 // where the clause's verbs start, past an aside to the place
	if i < first && ws[i].lower != "in" {
		if in := s.inBeforeAside(start); in >= 0 {
			i, verbsFrom = in, start
		}
	}
	if i >= first || ws[i].lower != "in" || first-i > 40 {
		return false
	}
	for j := i + 1; j < first && j <= i+8; j++ {
		w := &ws[j]
		if s.unknownName(j) || s.namedDivision(j) {
			// (the place of the figure's own clause, not of a speaker's: "In Davos, the
			// minister said the economy would grow 1%")
			// nor when the clause names a country of its own ("In Davos, Germany's finance
			// minister forecast growth of 1 pct")
			for m := j + 1; m < first; m++ {
				if e := ws[m].ent; e >= 0 && hasCategory(s.ents[e], catEntity) && !hasCategory(s.ents[e], catCapital) {
					return false
				}
			}
			return s.onlyParticiplesBut(max(j+1, verbsFrom), first-1, r.vg)
		}
		if w.ent >= 0 || w.date >= 0 || w.fig >= 0 || w.vg >= 0 || w.tag == tagPunct {
			return false
		}
		if w.tag != tagDet && w.tag != tagAdj && w.tag != tagNoun && w.lower != "of" {
			return false
		}
	}
	return false
}

// inBeforeAside returns the "in" of a phrase of place that an aside to the place parts from
// the clause that starts at word start: "and in Nevada, the hardest-hit state, the jobless rate
// averaged 13.5 percent" (blind round 128: judged as the nation's rate), "In Nevada, which was
// hit hardest, the jobless rate ...". The phrase opens its sentence or follows a comma, a
// conjunction or a subordinator; the aside holds no figure or date. -1 when there is none.
func (s *sentence) inBeforeAside(start int) int {
	ws := s.words
	c := start - 1
	if c < 3 || ws[c].lower != "," {
		return -1
	}
	o := c - 1 // the comma that opens the aside
	for o > 0 && c-o <= placeAsideReach && ws[o].lower != "," {
		if ws[o].fig >= 0 || ws[o].date >= 0 || ws[o].tag == tagPunct {
			return -1
		}
		o--
	}
	if o <= 0 || ws[o].lower != "," || o == c-1 {
		return -1
	}
	for j := o - 1; j >= 0 && o-j <= 9; j-- {
		switch {
		case ws[j].lower == "in":
			if j == 0 || ws[j-1].tag == tagPunct || ws[j-1].tag == tagCoord || ws[j-1].tag == tagSub {
				return j
			}
			return -1
		case ws[j].tag == tagPunct || ws[j].vg >= 0:
			return -1
		}
	}
	return -1
}

// placeAsideReach bounds the words of an aside between commas that inBeforeAside passes.
const placeAsideReach = 10

// onlyParticiplesIn reports that the verbs among the words [from, to] are participles alone,
// which a clause of its own has not: "in Victoria, worst hit by the collapse,". A verb of one
// word is taken for one when it stands after a comma or a modifier ("hard hit", "worst hit":
// the same form as the past tense, which a subject stands before).
func (s *sentence) onlyParticiplesIn(from, to int) bool {
	for i := from; i <= to; i++ {
		if s.words[i].fig >= 0 {
			return false // (a figure's clause: "In 1991 the economy shrank by 0.4 per cent,")
		}
	}
	return s.onlyParticiplesBut(from, to, -1)
}

// onlyParticiplesBut reports that the verb groups among the words [from, to], but verb group
// but, are participles alone (onlyParticiplesIn).
func (s *sentence) onlyParticiplesBut(from, to, but int) bool {
	ws := s.words
	for i := from; i <= to; i++ {
		if v := ws[i].vg; v >= 0 && v != but {
			g := s.vgs[v]
			if g.first != g.last {
				return false
			}
			b := g.first - 1 // (a modifier the tagger may take for a noun: ", hard hit by")
			if !(b >= from && (ws[b].lower == "," || ws[b].tag == tagAdj || ws[b].tag == tagAdv || b > from && ws[b-1].lower == "," && ws[b].np >= 0 && s.nps[ws[b].np].first == b && s.nps[ws[b].np].last == b)) {
				return false
			}
		}
	}
	return true
}

// frontedGroup reports a phrase that "among" opens before the subject of figure k's clause:
// "and among Koreans under 30 the jobless rate passed 12 per cent", "Among young people,
// unemployment reached 25%". The figure is that group's, not the country's (blind round 103:
// judged as South Korea's rate). A clause whose subject names a country of its own ("Among
// OECD members, Spain's rate was the highest at 12%") is that country's.
func (s *sentence) frontedGroup(k int, r *reading) bool {
	if r.vg < 0 {
		return false
	}
	ws := s.words
	subj := s.subjectOf(r.vg)
	if subj < 0 || s.qFirst[k] < s.vgs[r.vg].first {
		return false
	}
	n := s.nps[subj]
	i := n.first - 1
	for j := n.first - 1; j >= 0 && n.first-j <= 12; j-- {
		w := &ws[j]
		if w.lower == "among" {
			i = j
			break
		}
		if w.lower == ";" || w.tag == tagSub || w.tag == tagCoord && j > 0 && ws[j-1].lower == "," || w.vg >= 0 {
			return false
		}
	}
	if i < 0 || ws[i].lower != "among" {
		return false
	}
	if i > 0 && ws[i-1].tag != tagPunct && ws[i-1].tag != tagCoord && ws[i-1].tag != tagSub {
		return false // (the phrase opens the clause)
	}
	for m := n.first; m <= n.last; m++ {
		if e := ws[m].ent; e >= 0 && hasCategory(s.ents[e], catEntity) {
			return false
		}
	}
	for m := i + 1; m < n.first; m++ {
		if j := ws[m].fig; j >= 0 && s.qFirst[j] == m && s.ageObject(j) && !s.agesOfPart(j) {
			return false // "Among those aged 16 to 64, the rate was 4.3%": the whole working-age population
		}
	}
	return true
}
