package extract

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// measure is what a noun phrase can measure (GDP, consumer prices, the jobless rate), and the
// indicator a figure states by the way it relates to it: as its value, as a change of it, or
// as a share of another measure. One row of measures.csv.
type measure struct {
	name string
	// typ is the unit class of the measure's own value: rate (percent), level (money), count.
	typ       string
	value     string // indicator of a figure that is the measure's value
	change    string // indicator of a percentage change of the measure
	share     string // indicator of a percentage of shareOf
	shareOf   string
	perCapita string
	sign      float64 // -1 when a figure of it states a negative quantity ("a deficit of 3%")
	rate      string  // the measure "the rate" of it is ("the number of unemployed ... the rate")
	// perCapitaChange is the indicator of a percentage change of the measure per head
	perCapitaChange string
	// otherTopic marks a measure that is no national measure as a topic (exports): what refers
	// back to it is not the economy's, though one of its figures may be an indicator (exports
	// as a share of GDP).
	otherTopic bool
}

// otherTopic reports a measure name of cues.csv that is no national measure as a topic: "other",
// or one marked so in measures.csv (exports).
func (lex *Lexicon) otherTopic(name string) bool {
	m := lex.measures[name]
	return name == measureOther || m != nil && m.otherTopic
}

// measureOf returns the measure of m's first measure cue, or nil.
func (m *match) measureOf() *measure {
	if m.categories&catMeasure == 0 {
		return nil
	}
	for _, c := range m.cues {
		if c.category == catMeasure {
			return c.measure
		}
	}
	return nil
}

// namesOtherTopic reports whether m's first measure cue is of a measure of another topic
// (Lexicon.otherTopic, blocks).
func (m *match) namesOtherTopic() bool { return blocks(m.measureOf()) }

// Unit classes of figures.
const (
	classRate  = "rate"
	classLevel = "level"
	classCount = "count"
	// classFX is a price of a currency in another: its unit names both ("JPY/USD").
	classFX = "fx"
)

func (lex *Lexicon) loadMeasures(fsys fs.FS) error {
	header := []string{"measure", "type", "value", "change", "share", "share_of", "per_capita", "sign", "rate", "per_capita_change", "topic"}
	return eachRecord(fsys, measuresFile, header, func(rec []string, _ int) error {
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		m := &measure{name: rec[0], typ: rec[1], value: rec[2], change: rec[3], share: rec[4],
			shareOf: rec[5], perCapita: rec[6], sign: 1, rate: rec[8], perCapitaChange: rec[9], otherTopic: rec[10] == "other"}
		if m.name == "" {
			return fmt.Errorf("empty measure name")
		}
		if lex.measures[m.name] != nil {
			return fmt.Errorf("measure %s defined twice", m.name)
		}
		switch m.typ {
		case classRate, classLevel, classCount, classFX, "":
		default:
			return fmt.Errorf("measure %s: type %q is none of rate, level, count, fx", m.name, m.typ)
		}
		if (m.share == "") != (m.shareOf == "") {
			return fmt.Errorf("measure %s: share and share_of go together", m.name)
		}
		if rec[10] != "" && rec[10] != "other" && rec[10] != "national" {
			return fmt.Errorf("measure %s: topic %q is neither national nor other", m.name, rec[10])
		}
		if rec[7] != "" {
			sign, err := strconv.ParseFloat(rec[7], 64)
			if err != nil || sign != 1 && sign != -1 {
				return fmt.Errorf("measure %s: sign %q is neither 1 nor -1", m.name, rec[7])
			}
			m.sign = sign
		}
		lex.measures[m.name] = m
		return nil
	})
}

// unitClass groups units by the indicators they can state.
func unitClass(unit string) string {
	switch {
	case unit == "percent":
		return classRate
	case IsCurrency(unit):
		return classLevel
	case unit == "person" || unit == "people" || unit == "inhabitant" || unit == "":
		return classCount
	}
	return ""
}

// nounReading is what a noun phrase says about the measure of a figure in or after it.
type nounReading struct {
	measure *measure
	at      int // first word of the measure phrase, or -1
	// headIsMeasure is true when the measure phrase is the head ("consumer prices", "the
	// unemployment rate"); otherwise the head is a change noun ("a rise", "price rise"), a noun
	// of kind ("forecast", "figure", "rate") or something else.
	headIsMeasure bool
	changeSign    float64 // +1 or -1 when the head is a change noun
	kindNoun      bool    // the head stands for a figure of a measure ("forecast", "figure")
	forecast      bool    // ... a projected one ("forecast", "target")
	pronoun       bool    // it, this, that, they
	plural        bool    // they: its antecedent is plural
	restricted    bool    // a part of the measure: "youth unemployment", "energy prices"
	nominal       bool
	perCapita     bool
	entity        int  // the entity match inside the phrase, or -1
	onlyEntity    bool // the phrase is a name and nothing else ("Britain")
}

// nounMeasure reads noun phrase p: its head, the measure it names and whether its modifiers
// restrict that measure to a part of the economy. The modifiers before a measure may be
// determiners, possessors, names, dates, figures and the neutral words of the lexicon ("strong",
// "annual", "seasonally adjusted"); any other noun makes it some part's ("energy prices", "export
// growth"), as does a phrase after it ("growth in exports", "unemployment among the young").
//
// A phrase is read once per sentence: the readings of a sentence's figures ask about the same
// phrases again and again (its subject, the phrases beside each figure), and nothing a reading
// depends on changes while the sentence is read.
func (st *articleState) nounMeasure(s *sentence, p int) nounReading {
	if p >= len(s.nounReadings) {
		return st.readNoun(s, p) // a sentence read for something else than its figures
	}
	known := &s.nounReadings[p]
	if known.known {
		return known.nounReading
	}
	// (read into its slot: a knownNounReading built and copied in cost a copy of the reading)
	known.nounReading, known.known = st.readNoun(s, p), true
	return known.nounReading
}

// knownNounReading is a phrase's nounReading, once known.
type knownNounReading struct {
	nounReading
	known bool
}

// readNoun is nounMeasure, read anew.
func (st *articleState) readNoun(s *sentence, p int) nounReading {
	n := s.nps[p]
	ws := s.words
	out := nounReading{at: -1, entity: -1}
	if n.first == n.last && ws[n.first].tag == tagPron {
		switch ws[n.first].lower {
		case "it", "this", "that":
			out.pronoun = true
		case "they":
			out.pronoun, out.plural = true, true
		}
		return out
	}
	head := n.head
	// The cue matches of the phrase, the last one possibly running on past it ("rate of
	// inflation" when the chunk ends at "rate").
	var headCue match
	headHasCue := false
	measureAt, measureEnd := -1, -1
	var measureCue *measure
	for i := n.first; i <= n.last; i++ {
		if ws[i].ent >= 0 && out.entity < 0 {
			out.entity = ws[i].ent
		}
		c := ws[i].cue
		if c < 0 || s.cues[c].first != i {
			continue
		}
		m := &s.cues[c] // in place: cueAt would copy the match for every word
		if m.last+1 <= n.last && ws[m.last].joined && ws[m.last+1].lower == "adjusted" {
			// "the price-adjusted increase", "inflation-adjusted growth": the measure a figure
			// is adjusted for, its basis, not what it measures (Destatis's real GDP growth was
			// read as inflation: attack round 22)
			continue
		}
		if mm := m.measureOf(); mm != nil && m.first <= head && !(mm.name == "currency" && ws[m.last].ent >= 0) {
			// (a currency's name in a place's is the place's: "the euro-area average")
			if m.last >= head || measureCue == nil || m.first > measureAt {
				measureCue, measureAt, measureEnd = mm, m.first, m.last
			}
		}
		if m.first <= head && m.last >= head {
			headCue, headHasCue = *m, true
		}
		if m.categories&catPerCapita != 0 {
			out.perCapita = true
		}
		if m.categories&catNominal != 0 {
			out.nominal = true
		}
	}
	out.onlyEntity = out.entity >= 0 && s.ents[out.entity].first <= n.first+1 && s.ents[out.entity].last == n.last &&
		(s.ents[out.entity].first == n.first || ws[n.first].tag == tagDet)
	modifiersEnd := head // modifiers are the words before this one
	switch {
	case measureCue != nil && measureEnd >= head:
		out.measure, out.at, out.headIsMeasure = measureCue, measureAt, true
		modifiersEnd = measureAt
		// A bare "growth" after another measure is that measure's change ("population growth",
		// "GDP growth", "price growth"): the head is then a change noun.
		c, isChange := headCue.has(catChange)
		if !isChange && headHasCue && headCue.last == head && headCue.first < head && ws[headCue.first].lower == "growth" {
			// "the population growth rate" (the lexicon's "growth rate"): the same
			// (blind round 100: Canada's population growth of 1961 was read as its GDP's)
			c, isChange = "up", true
		}
		if isChange && headHasCue && (headCue.first == head || ws[headCue.first].lower == "growth") {
			if mm, mat := st.modifierMeasure(s, n.first, measureAt); mm != nil {
				out.measure, out.at, out.headIsMeasure = mm, mat, false
				out.changeSign = 1
				if c == "down" {
					out.changeSign = -1
				}
				modifiersEnd = mat
			} else if measureCue.typ == classLevel && measureAt == head {
				// a noun that names a level's change in one word: "deflation" is a fall in
				// prices, so "deflation of 0.3%" is inflation of -0.3%
				out.changeSign = 1
				if c == "down" {
					out.changeSign = -1
				}
			}
		}
	case headHasCue:
		if c, ok := headCue.has(catChange); ok && ws[head].tag != tagVerb {
			out.changeSign = 1
			if c == "down" {
				out.changeSign = -1
			}
		} else if k, ok := headCue.has(catKindNoun); ok {
			out.kindNoun, out.forecast = true, k == "forecast"
		}
		if out.changeSign != 0 || out.kindNoun {
			if measureCue != nil {
				out.measure, out.at = measureCue, measureAt // "price rise", "GNP growth target"
				modifiersEnd = measureAt
			} else {
				modifiersEnd = headCue.first
			}
		}
	}
	if out.measure == nil && !out.kindNoun && out.changeSign == 0 {
		return out
	}
	if out.measure != nil && out.measure.name == "other" {
		out.restricted = true
		return out
	}
	out.restricted = st.restricts(s, n.first, modifiersEnd)
	if !out.restricted && out.headIsMeasure && out.measure != nil && pricedMeasure(out.measure.name) {
		// "Hospital price inflation", "cereal prices": a noun the tagger took for an
		// adjective (noun_modifier.go). Asked of prices only: the goods priced are what such
		// a noun names, where before debt or growth the same test took "central government
		// debt" and "public debt" for a part of the debt ("centrals", "publics")
		out.restricted = s.suffixNounModifier(n.first, modifiersEnd) || s.pricedCompound(n.first, modifiersEnd)
	}
	if !out.restricted && out.headIsMeasure && ws[head].lower == "economies" {
		// "the six largest Latin American economies grew by more than 3%": a group of
		// countries, whose figure is no one country's nor the region's
		out.restricted = true
	}
	if !out.restricted && !out.kindNoun && out.measure != nil && livedIn(out.measure.name) && s.possessedByCapital(n.first, modifiersEnd) {
		// "Tokyo's consumer prices", "Tokyo consumer prices", "Metro Manila's unemployment
		// rate", "London's economy":
		// the city's, as "inflation in Tokyo" is; a capital that owns a budget, a debt or a
		// rate ("Moscow's budget deficit") stands for its government
		out.restricted = true
	}
	if !out.restricted && !out.kindNoun && s.possessedByName(n.first, modifiersEnd) {
		// "California's economy", "Texas's jobless rate": a place the lexicon does not know is
		// a part of a country, never the country the text is about. (A person's forecast or
		// target, "Mr Brown's growth target", is the country's.)
		out.restricted = true
	}
	if !out.restricted && out.headIsMeasure && measureAt == head && companyOutput(ws[head].lower) && s.saidByCompany(n.first, head) {
		// "Chile's Codelco said output fell 2%": the output of the firm that speaks, not the
		// country's (company.go)
		out.restricted = true
	}
	if !out.restricted && out.measure != nil && out.headIsMeasure && measureAt == measureEnd && s.bareNoun(n.first, measureAt) {
		// "prices rose 15.1%" in an article about house prices: a bare noun means what the
		// text last named with it
		switch st.lastNamedRestriction(s, measureAt) {
		case 1:
			out.restricted = true
		case 0:
			// "The prices are dropping 20% a year" with no prices named before: a definite
			// plural refers back to things the text spoke of, not to consumer prices
			out.restricted = s.definitePlural(n.first, measureAt) && (measureAt+1 >= len(ws) || ws[measureAt+1].lower != "of")
		}
	}
	if !out.restricted && n.first < head && ws[n.first].tag == tagDet && demonstrative(ws[n.first].lower) {
		// "that expansion", "this rise": the change the sentence before spoke of
		if f := st.focus; blocks(f.measure) && st.withinSentences(f.end, s.start, 1) {
			out.restricted = true
		}
	}
	if !out.restricted && out.measure != nil && out.headIsMeasure {
		out.restricted = st.restrictedAfter(s, max(n.last, measureEnd))
	}
	if !out.nominal {
		out.nominal = s.nominalAfter(n.last)
	}
	// "GDP per capita", "GDP per head", "per capita GDP": the phrase sits beside the noun
	// phrase, since "per" is a preposition.
	if s.anyCueOf(catPerCapita) {
		for _, t := range []int{n.last + 1, n.first - 1, n.first - 2} {
			if t >= 0 && t < len(ws) && s.cueIs(t, catPerCapita) {
				out.perCapita = true
			}
		}
	}
	return out
}

// modifierMeasure returns a measure named among the words [from, to), with its first word.
func (st *articleState) modifierMeasure(s *sentence, from, to int) (*measure, int) {
	for i := to - 1; i >= from; i-- {
		if m, ok := s.cueAt(i); ok && m.last < to {
			if mm := m.measureOf(); mm != nil && !(mm.name == "currency" && s.words[m.last].ent >= 0) {
				// (as in readNoun, a currency's name in a place's is the place's: "Euro area
				// growth" is the euro area's GDP growth, not the euro's rise; blind round 192)
				return mm, m.first
			}
		}
	}
	return nil, -1
}

// afterPossessor returns where the modifiers [from, to) of a measure start past a
// possessive among them: the words before it are the possessor's ("the government's growth
// forecast").
func afterPossessor(ws []word, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if ws[i].tag == tagPoss {
			return i + 1
		}
	}
	return from
}

// restricts reports whether a word among the modifiers [from, to) of a measure makes it a
// part's: a noun or name that is no entity, date, institution or neutral word, or an
// adjective of the restrict list. Words before a possessive belong to the possessor ("the
// government's growth forecast") and restrict nothing.
func (st *articleState) restricts(s *sentence, from, to int) bool {
	ws := s.words
	from = afterPossessor(ws, from, to)
	for i := from; i < to; i++ {
		w := &ws[i]
		if w.ent >= 0 || w.date >= 0 || w.fig >= 0 || w.inst >= 0 {
			continue
		}
		if methodOf(ws, i) {
			continue // "expenditure-based GDP", "income based GDP": how it is measured
		}
		if m, ok := s.cueAt(i); ok {
			if _, r := m.has(catRestrict); r {
				return true
			}
			if m.namesOtherTopic() {
				return true // "export growth", "wage inflation"
			}
			if _, ok := m.has(catMeasure); ok {
				continue
			}
			if hasAny(m, catNeutral, catKindNoun, catForecast, catChange, catBasis, catReal, catNominal, catPerCapita, catRevision, catState) {
				continue
			}
		}
		switch w.tag {
		case tagNoun:
			return true
		case tagProper:
			if !s.capsLine {
				return true
			}
		}
	}
	return false
}

// possessedByName reports a possessor among the modifiers [from, to) of a measure that is a
// name the lexicon does not know as a country, a region or an institution.
func (s *sentence) possessedByName(from, to int) bool {
	for i := to - 1; i > from; i-- {
		if s.words[i].tag == tagPoss {
			return s.unknownName(i-1) || s.namedDivision(i-1) // ("Lagos State's economy")
		}
	}
	return false
}

// livedIn reports the measures a city has of its own, as a country does: its output, prices,
// jobs and people. A budget, a debt or a policy rate of a capital is its government's.
func livedIn(measure string) bool {
	switch measure {
	case "gdp", "gdp_growth", "gnp", "gni", "prices", "inflation", "unemployment", "unemployed", "workforce", "population":
		return true
	}
	return false
}

// possessedByCapital reports a capital city's name among the modifiers [from, to) of a
// measure, as its possessor ("Tokyo's", "Metro Manila's") or before it as a noun that
// modifies it ("Tokyo consumer prices", "London house prices": the city's series, which
// news reports beside the nation's and often before it).
func (s *sentence) possessedByCapital(from, to int) bool {
	for i := to - 1; i > from; i-- {
		if s.words[i].tag == tagPoss {
			e := s.words[i-1].ent
			return e >= 0 && hasCategory(s.ents[e], catCapital) || s.capitalNoun(from, i-1) // ("the capital's")
		}
	}
	for i := from; i < to; i++ {
		if e := s.words[i].ent; e >= 0 && s.ents[e].first == i && s.ents[e].last < to && hasCategory(s.ents[e], catCapital) {
			return true
		}
	}
	return false
}

// unknownName reports a word that is a name and that the lexicon does not know as a country,
// a region, an institution, a measure or a date: a state, a province, a city that is no
// capital ("Texas", "Bavaria", "Ontario"). At the start of a sentence, where every word is
// capitalised, only a word the dictionary does not hold is taken for a name.
func (s *sentence) unknownName(i int) bool {
	w := &s.words[i]
	if s.capsLine || w.ent >= 0 || w.inst >= 0 || w.cue >= 0 || w.date >= 0 || w.fig >= 0 || !unicode.IsUpper(firstRune(w.text)) {
		return false
	}
	if w.tag == tagProper {
		return true
	}
	return (i == 0 || s.afterOpening(i)) && w.tag == tagNoun && lemmasOf(w.lower) == nil
}

// methodOf reports a modifier that says how a measure is measured: the words of "X-based" and
// "X based".
func methodOf(ws []word, i int) bool {
	for j := i; j < len(ws) && j <= i+2; j++ {
		if ws[j].lower == "based" {
			return true
		}
		if !ws[j].joined && j > i {
			break
		}
	}
	return ws[i].lower == "based"
}

// hasAny reports whether m has a cue of any of the categories.
func hasAny(m match, categories ...cueCategory) bool {
	var asked cueCategory
	for _, c := range categories {
		asked |= c
	}
	return m.categories&asked != 0
}

// restrictedAfter reports a phrase right after a measure that restricts it to a part: "growth
// in exports", "inflation in Tokyo", "unemployment among the young", "output of the steel
// industry". A country, a date, the economy or a share ("of GDP") restricts nothing.
func (st *articleState) restrictedAfter(s *sentence, last int) bool {
	ws := s.words
	i := last + 1
	if i+1 < len(ws) && ws[i].lower == "," && excludes(ws[i+1].lower) {
		i++ // "the unemployment rate, excluding seasonal workers, was 11%"
	}
	if i >= len(ws) {
		return false
	}
	if ws[i].lower == "(" {
		return excludedInParens(ws, i) // "the CPI (all items less fresh food)": a core measure
	}
	switch w := ws[i].lower; {
	case w == "in" || w == "of" || w == "among" || w == "for" || w == "amongst" || w == "at":
	case excludes(w):
		// "consumer prices excluding food and energy": a core measure; not "without seasonal
		// adjustment", which says how it is measured
		return !(w == "without" && i+1 < len(ws) && (ws[i+1].lower == "seasonal" || ws[i+1].lower == "adjustment"))
	case w == "per":
		// "output per hour worked", "GDP per worker": productivity; per head, per capita and
		// per person are GDP per head, read elsewhere
		return !s.cueIs(i, catPerCapita)
	default:
		return false
	}
	j := i + 1
	if (ws[i].lower == "among" || ws[i].lower == "amongst") && j < len(ws) && (ws[j].np < 0 || ws[s.nps[ws[j].np].head].ent < 0) {
		return true // a group of people: "among 16 to 24-year-olds", "among those aged 16 to 24", "among women"
	}
	if j >= len(ws) || ws[j].fig >= 0 || ws[j].date >= 0 {
		return false
	}
	p := ws[j].np
	if p < 0 {
		return false
	}
	n := s.nps[p]
	if ws[n.head].fig >= 0 && !isDuration(s.quants[ws[n.head].fig].Unit) {
		return false // "inflation of some 3%": the figure itself
	}
	for t := n.first; t <= n.last; t++ {
		if ws[t].date >= 0 || ws[t].fig >= 0 && isDuration(s.quants[ws[t].fig].Unit) || ws[t].lower == "end" {
			return false // a time: "for the 12 months ending in February", "at the end of"
		}
	}
	// A name that heads the phrase places the measure ("GDP in Italy"; a city restricts it:
	// "inflation in Tokyo"); a name that only modifies another noun does not ("output in
	// Germany's factories" is the factories').
	if h := &ws[n.head]; h.ent >= 0 {
		// a people's name a modifier narrows is a group of them: "the unemployment rate for
		// black Americans", "among young Britons"
		for t := n.first; t < s.ents[h.ent].first; t++ {
			if s.cueIs(t, catRestrict) || ws[t].tag == tagAdj && !s.cueIs(t, catNeutral) {
				return true
			}
		}
		return hasCategory(s.ents[h.ent], catCapital)
	}
	if p := s.nps[p]; ws[p.head].tag == tagPron || neutralPlace[ws[p.head].lower] {
		return false
	}
	nm := st.nounMeasure(s, p)
	if nm.measure != nil {
		return nm.restricted || nm.measure.name == "other" || nm.measure.otherTopic // "growth in exports"
	}
	switch ws[n.first].lower {
	case "this", "that", "these", "those":
		return true // "growth in this aggregate": something named before, not the economy
	}
	for t := n.first; t <= n.last; t++ {
		if m, ok := s.cueAt(t); ok && hasAny(m, catNeutral, catReal, catNominal, catBasis) {
			continue
		}
		// the phrase's head is a noun whatever its spelling suggests ("the number of jobs":
		// not "numb" + -er)
		if ws[t].tag == tagNoun || ws[t].tag == tagProper || t == n.head && ws[t].tag == tagAdj {
			if ws[t].fig < 0 && ws[t].date < 0 && !s.cueIs(t, catRestrict) {
				return !neutralPlace[ws[t].lower]
			}
		}
		if s.cueIs(t, catRestrict) {
			return true
		}
	}
	return false
}

// excludedInParens reports a parenthesis opening at word open that leaves a part out of the
// measure before it: "the CPI (all items less fresh food)", "consumer prices (excluding food
// and energy)", "(ex energy)". Such a core measure is a part, as "consumer prices excluding
// food" is; "(without seasonal adjustment)" says how the whole is measured.
func excludedInParens(ws []word, open int) bool {
	for t := open + 1; t < len(ws) && ws[t].lower != ")"; t++ {
		if excludes(ws[t].lower) {
			return !(ws[t].lower == "without" && t+1 < len(ws) && (ws[t+1].lower == "seasonal" || ws[t+1].lower == "adjustment"))
		}
	}
	return false
}

// neutralPlace are nouns after "in" that leave a measure whole: "growth in the economy",
// "inflation in real terms", "unemployment in the country".
var neutralPlace = map[string]bool{
	"economy": true, "country": true, "nation": true, "terms": true, "period": true, "year": true,
	"month": true, "quarter": true, "months": true, "years": true, "quarters": true, "half": true,
	"range": true, "region": false, "rate": true, "figure": true, "level": true,
	"countries": true, "nations": true, "economies": true, "members": true,
}

// hasCategory reports whether m has a cue of the category.
func hasCategory(m match, category cueCategory) bool {
	return m.categories&category != 0
}

// nominalAfter reports "at current prices", "in nominal terms" right after word last.
func (s *sentence) nominalAfter(last int) bool {
	for i := last + 1; i < len(s.words) && i <= last+2; i++ {
		if s.cueIs(i, catNominal) {
			return true
		}
	}
	return false
}

// bareNoun reports a one-word measure with nothing but determiners and neutral adjectives
// before it in its phrase ("prices", "the growth").
func (s *sentence) bareNoun(first, at int) bool {
	for i := first; i < at; i++ {
		switch s.words[i].tag {
		case tagDet, tagNum:
		default:
			return false
		}
	}
	return true
}

// demonstrative reports a determiner that points back: "that expansion", "these prices".
func demonstrative(lower string) bool {
	return lower == "that" || lower == "this" || lower == "these" || lower == "those"
}

// definitePlural reports a plural noun at that with only a definite determiner before it
// from first: "the prices", "these prices".
func (s *sentence) definitePlural(first, at int) bool {
	if at != first+1 || !pluralLike(s.words[at].lower) {
		return false
	}
	d := s.words[first].lower
	return d == "the" || d == "these" || d == "those"
}

// lastNamedRestriction looks back for the last phrase that names the same noun with a modifier
// — earlier in the sentence, in the sentence before, or in the headline — and reports whether
// that modifier restricted it ("house prices" before "prices"): 1 when it did, -1 when the noun
// was named without restriction, 0 when it was not named.
func (st *articleState) lastNamedRestriction(s *sentence, at int) int {
	lemma := s.words[at].lower
	if ls := s.words[at].basesOf(); len(ls) > 0 { // lemmasOf(lemma), looked up once per word
		lemma = ls[0]
	}
	// earlier in the sentence
	if r := st.lex.restrictedInSentence(s, lemma, at); r != 0 {
		return r
	}
	if from, to, ok := st.sentenceBefore(s); ok {
		if r := st.restrictedBefore(from, to, lemma); r != 0 {
			return r
		}
		// the headline: the first line of the text
		if nl := st.firstLineEnd(); nl > 0 && nl < from {
			return st.restrictedInText(0, nl, lemma)
		}
	}
	return 0
}

// firstLineEnd returns where the text's first line ends (-1 when it has one line), found once:
// a text with no line break would be searched whole for each bare noun.
func (st *articleState) firstLineEnd() int {
	if !st.firstLineKnown {
		st.firstLine, st.firstLineKnown = strings.IndexByte(st.art.Text, '\n'), true
	}
	return st.firstLine
}

// restrictedInText is restrictedIn over text[from:to], remembered for the article: the sentence
// before and the headline are asked about again and again.
func (st *articleState) restrictedInText(from, to int, lemma string) int {
	if lb := &st.lookedBack; lb.from == from && lb.to == to && lb.toks != nil && lb.decidersKnown && len(lb.deciders) == 0 {
		// the look back holds the text, and no mention there decides of any noun (most: every
		// noun bare): each noun of each sentence before was otherwise looked up and stored in
		// the map, tens of thousands of keys in a claim-dense text
		return 0
	}
	key := restrictKey{from, lemma}
	if r, ok := st.restricted[key]; ok {
		return r
	}
	// what the sentence's own figures found of the noun, when it was read, spares most of
	// the scan: the whole of it is asked about here, its mentions up to its last figures were
	lb := st.lookBack(from, to)
	if !lb.decidersKnown {
		lb.deciders, lb.decidersKnown = st.lex.restrictionDeciders(lb.deciders[:0], lb.cues), true
	}
	r := st.lex.restrictedRemembered(lb.toks, lb.cues, lb.deciders, &lb.memo, lemma, len(lb.cues))
	if st.restricted == nil {
		st.restricted = make(map[restrictKey]int)
	}
	st.restricted[key] = r
	return r
}

// lookBack returns the words and cues of text[from:to], the text looked back at last, read
// once for every question about it (restrictedInText's nouns, measureBefore's measure,
// measureNamedBefore's) and kept until another text is; retire leaves a read sentence's
// words and cues there for the sentence after it, which are those read here
// (TestRetiredSentenceIsWhatALookBackReads). The words are read through the word cache, as
// newSentence reads them, which tokenises them as tokenizeInto does and gives them the same
// facts and bases (FuzzTokenizeThroughTypes), at a third of the cost; no typing slip is
// corrected, as none is in a look back.
func (st *articleState) lookBack(from, to int) *lookedBack {
	lb := &st.lookedBack
	if lb.from != from || lb.to != to || lb.toks == nil {
		// the storage of the text asked about before is reused: nothing else holds it
		st.lex.expandForms()
		toks := st.types.tokenizeInto(lb.toks[:0], st.art.Text, from, to)
		if st.types == nil {
			st.lex.attachFacts(toks) // (a word read through its type has its facts)
		}
		*lb = lookedBack{from: from, to: to, toks: toks, cues: st.lex.cuesOf(lb.cues[:0], toks),
			memo: lb.memo[:0], deciders: lb.deciders[:0]}
	}
	return lb
}

// restrictedBefore is restrictedInText over the sentence before the one read, text[from:to],
// whose answers are kept apart in a short list: every figure of a sentence may ask about the
// same few nouns, and a look in the list costs less than one in the article's map.
func (st *articleState) restrictedBefore(from, to int, lemma string) int {
	b := &st.before
	if b.from != from || b.to != to || !b.known {
		*b = restrictedSentence{from: from, to: to, known: true, answers: b.answers[:0]}
	}
	for _, a := range b.answers {
		if a.lemma == lemma {
			return a.result
		}
	}
	r := st.restrictedInText(from, to, lemma)
	b.answers = append(b.answers, lemmaRestriction{lemma, r})
	return r
}

// restrictedSentence holds what restrictedInText answered about the text [from, to).
type restrictedSentence struct {
	from, to int
	known    bool
	answers  []lemmaRestriction
}

type lemmaRestriction struct {
	lemma  string
	result int
}

// lookedBack is a stretch of text read for what its nouns say, with its words and cues, and
// what is known of the mentions of nouns among its first cues (restrictedInSentence's when it
// was a sentence read for its figures); deciders are its restrictionDeciders, once
// decidersKnown.
type lookedBack struct {
	from, to      int
	toks          []token
	cues          []match
	memo          []restrictMemo
	deciders      []int32
	decidersKnown bool
}

type restrictKey struct {
	from  int
	lemma string
}

// restrictedInSentence is restrictedIn over the sentence's own words, remembering for each
// noun how far back it has looked and what it found there: the figures of a long sentence
// that name the same bare noun ask one after another, and each would look back over every
// earlier mention.
func (lex *Lexicon) restrictedInSentence(s *sentence, lemma string, before int) int {
	if !s.restrictDecidersKnown {
		s.restrictDeciders, s.restrictDecidersKnown = lex.restrictionDeciders(s.restrictDeciders[:0], s.cues), true
	}
	if len(s.restrictDeciders) == 0 {
		// no mention of any noun decides (most sentences: every noun bare, or none with a
		// modifier): nothing to look for, or to remember for the sentence after
		return 0
	}
	var end int
	if before < len(s.words) && s.words[before].cue >= 0 && s.cues[s.words[before].cue].first == before {
		end = s.words[before].cue // the noun's own cue, which starts at it (the cues come in order, apart)
	} else {
		end = sort.Search(len(s.cues), func(i int) bool { return s.cues[i].first >= before })
		if end > 0 && s.cues[end-1].last >= before {
			end-- // a cue running past before is no mention before it
		}
	}
	return lex.restrictedRemembered(s.toks, s.cues, s.restrictDeciders, &s.restrictMemo, lemma, end)
}

// restrictedRemembered is restrictedBelow over the cues below index end, from the furthest
// answer of memo that it can build on, which it then moves to end. Only the cues of deciders
// (restrictionDeciders of cues) are read.
func (lex *Lexicon) restrictedRemembered(toks []token, cues []match, deciders []int32, memos *[]restrictMemo, lemma string, end int) int {
	memo, stop := -1, 0
	for i, m := range *memos {
		if m.lemma == lemma && m.below <= end && (memo < 0 || m.below > stop) {
			memo, stop = i, m.below
		}
	}
	r, decided := lex.restrictedAmong(toks, cues, deciders, lemma, end, stop)
	if !decided && memo >= 0 {
		r = (*memos)[memo].result
	}
	if memo >= 0 {
		(*memos)[memo] = restrictMemo{lemma: lemma, below: end, result: r}
	} else {
		*memos = append(*memos, restrictMemo{lemma: lemma, below: end, result: r})
	}
	return r
}

// restrictMemo is what the mentions of a noun among a sentence's first cues (those below
// index below) say of it.
type restrictMemo struct {
	lemma  string
	below  int
	result int
}

// restrictedIn finds the last mention of the noun lemma among the cue matches of toks with a
// modifier, among those that end before token before: 1 when the modifier restricted it, -1
// when it did not, 0 when there is none.
func (lex *Lexicon) restrictedIn(toks []token, cues []match, lemma string, before int) int {
	// the cues come in the order they start: none from the first that starts at before on
	end := sort.Search(len(cues), func(i int) bool { return cues[i].first >= before })
	if end > 0 && cues[end-1].last >= before {
		end--
	}
	r, _ := lex.restrictedBelow(toks, cues, lemma, end, 0)
	return r
}

// restrictedBelow is restrictedIn over the cues from index stop up to index end (not
// included), the last first. It reports whether a mention there decided the answer: a bare
// mention with nothing restricting it before it leaves the question to the mentions before.
func (lex *Lexicon) restrictedBelow(toks []token, cues []match, lemma string, end, stop int) (int, bool) {
	for mi := end - 1; mi >= stop; mi-- {
		if r := lex.restrictionAt(cues, mi); r != 0 && toks[cues[mi].last].hasLemma(lemma) {
			return r, true
		}
	}
	return 0, false
}

// restrictionAt is what cue mi, a mention of its last word's noun, says of that noun: 1 when
// a modifier restricts it, -1 when it is named with a modifier that does not, 0 when it is
// bare and unrestricted, which leaves the question to the mentions before it.
func (lex *Lexicon) restrictionAt(cues []match, mi int) int {
	m := &cues[mi]
	if m.namesOtherTopic() {
		return 1 // "house prices", "wage growth"
	}
	if m.first < m.last {
		return -1 // "consumer prices", "economic growth"
	}
	// The bare noun again: what stands right before it?
	if mi > 0 && cues[mi-1].last == m.first-1 {
		p := cues[mi-1]
		if p.namesOtherTopic() || hasCategory(p, catRestrict) {
			return 1 // "export growth"
		}
	}
	return 0
}

// restrictionDeciders appends to dst the indices of the cues whose restrictionAt is not 0, in
// order: the only mentions that decide restrictedBelow, of whatever noun. Most cues of most
// sentences are none (a bare "inflation", a verb), and a sentence's figures ask about its
// nouns one after another.
func (lex *Lexicon) restrictionDeciders(dst []int32, cues []match) []int32 {
	for mi := range cues {
		if lex.restrictionAt(cues, mi) != 0 {
			dst = append(dst, int32(mi))
		}
	}
	return dst
}

// restrictedAmong is restrictedBelow reading only the cues of deciders, restrictionDeciders
// of cues.
func (lex *Lexicon) restrictedAmong(toks []token, cues []match, deciders []int32, lemma string, end, stop int) (int, bool) {
	i := sort.Search(len(deciders), func(i int) bool { return int(deciders[i]) >= end })
	for i--; i >= 0 && int(deciders[i]) >= stop; i-- {
		mi := int(deciders[i])
		if toks[cues[mi].last].hasLemma(lemma) {
			return lex.restrictionAt(cues, mi), true
		}
	}
	return 0, false
}

// excludes reports a word that leaves a part out of what a measure covers.
func excludes(w string) bool {
	switch w {
	case "excluding", "excl", "ex", "except", "less", "minus", "without":
		return true
	}
	return false
}

// ratioTerm reports noun phrase p as the second term of a ratio ("the ratio of exports to
// GDP", "the proportion of debt to income"): a figure after it is the ratio's, which names no
// measure of the table, and not of what the term names (attack round 22: "kept the ratio of
// exports to GDP near 34.6%" was GDP growth of 34.6%).
func (s *sentence) ratioTerm(p int) bool {
	ws := s.words
	f := s.nps[p].first
	if f >= 2 && ws[f-1].lower == "to" && (ws[f-2].lower == "relative" || ws[f-2].lower == "relation" && f >= 3 && ws[f-3].lower == "in") && s.cueIs(s.nps[p].head, catMeasure) {
		// (a measure: not "strong relative to its neighbours, at 5.1%", "high relative to the
		// target, at 4.5%", where the figure is the subject's)
		// "Its debt is low relative to GDP, at about 38 percent": the term a ratio is taken
		// to (blind round 88: read as 38% growth)
		return true
	}
	if f < 4 || ws[f-1].lower != "to" {
		return false
	}
	q := ws[f-2].np // the first term, "exports"
	if q < 0 || s.nps[q].last != f-2 {
		return false
	}
	of := s.nps[q].first - 1
	if of < 1 || ws[of].lower != "of" {
		return false
	}
	h := ws[of-1].np
	if h < 0 || s.nps[h].last != of-1 {
		return false
	}
	switch ws[s.nps[h].head].lower {
	case "ratio", "ratios", "proportion":
		return true
	}
	return false
}
