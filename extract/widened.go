package extract

import "strings"

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
	if s.exclusionAround(k) {
		return true // "US inflation was 3.3% in January once food and energy are excluded"
	}
	if s.inclusionAfter(k) {
		return true // "or above 35 per cent if discouraged workers are included"
	}
	if s.frontedGroupOfRate(k) {
		return true // "UK unemployment averaged 4.3%. For young people the rate was 14.5%."
	}
	if s.supersededDefinition(k) {
		return true // "by the old method, was 33.3%" (superseded_definition.go)
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
	if !s.marked(markMeasured) {
		return false
	}
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

// exclusionAround reports a verb or preposition of exclusion in the stretch of the sentence
// that belongs to figure k, from the figure before it (or a semicolon) to the figure after it
// (or a semicolon): "US inflation was 3.3% in January once food and energy are excluded", ",
// stripping out food and energy", "when volatile costs are stripped out", "if you leave out
// food and energy", "Strip out food and fuel and inflation was still 3.3%", "stripped of
// volatile items", "ex food and energy, inflation was 3.3%". The figure is then of a measure
// with a part left out (core inflation, growth without a member), which the table does not
// hold under the headline indicator. Right after the figure, "3.3% excluding energy" is its
// own scope (widenedAround); set off before its measure, restrictedAfter reads it.
func (s *sentence) exclusionAround(k int) bool {
	if !s.marked(markExclusion) {
		return false // most sentences: no word of exclusion (findMarkedWords)
	}
	ws := s.words
	from, to := 0, len(ws)
	for i := s.qFirst[k] - 1; i >= 0; i-- {
		if ws[i].lower == ";" || ws[i].fig >= 0 && ws[i].fig != k && !isDuration(s.quants[ws[i].fig].Unit) ||
			ws[i].tag == tagCoord && i > 0 && ws[i-1].lower == "," {
			from = i + 1 // ("3.1% on an underlying basis, and 2.8% overall": the first one's)
			break
		}
	}
	for i := s.qLast[k] + 1; i < len(ws); i++ {
		if ws[i].lower == ";" || ws[i].fig >= 0 && ws[i].fig != k && !isDuration(s.quants[ws[i].fig].Unit) ||
			ws[i].tag == tagCoord && ws[i-1].lower == "," {
			to = i // (", and excluding food it was 3.3%": another clause's)
			break
		}
	}
	for i := from; i < to; i++ {
		if i >= s.qFirst[k] && i <= s.qLast[k] {
			continue
		}
		w := &ws[i]
		switch {
		case w.lower == "ex" && i+1 < to && ws[i+1].fig < 0 && !ws[i+1].punct && !ws[i+1].joined:
			return true // "ex food and energy"; not "ex-Soviet"
		case w.hasLemma("exclude") && w.lower != "exclude" && w.lower != "excludes":
			return true // "excluding", "once ... are excluded"; not "the gauge excludes", a method
		case (w.hasLemma("strip") || w.hasLemma("leave")) && i+1 < to && (ws[i+1].lower == "out" || w.hasLemma("strip") && ws[i+1].lower == "of"):
			return true // "stripping out", "stripped of", "leave out"
		case w.hasLemma("take") && i+1 < to && ws[i+1].lower == "out" && componentNear(ws, i+2, to):
			return true // "taking out food and energy"; not "employers took out fewer jobs"
		case w.lower == "aside" && i > 0 && (ws[i-1].hasLemma("leave") || ws[i-1].hasLemma("set") || ws[i-1].hasLemma("put") || ws[i-1].hasLemma("be")):
			return true // "leaving aside food and fuel", "if food and energy are set aside"
		case w.lower == "aside" && i > 1 && ws[i-2].hasLemma("set"):
			return true // "set food aside"
		case w.hasLemma("remove") && w.lower != "remove" && w.lower != "removes" && componentNear(ws, i+1, to):
			return true // "after removing the volatile components"; not "removed fuel subsidies"
		case (w.lower == "excludes" || w.lower == "exclude") && i >= 2 && (ws[i-1].lower == "that" || ws[i-1].lower == "which") && yardstickNoun[ws[i-2].lower]:
			return true // "on a measure that excludes food and energy"
		case w.lower == "underlying" && i+1 < to && (ws[i+1].lower == "basis" || yardstickNoun[ws[i+1].lower]):
			return true // "on an underlying basis"
		}
	}
	return false
}

// inclusionAfter reports a condition right after figure k that widens what it counts: "if",
// "when" or "once" and a passive of including or counting within a few words ("unemployment
// stands at 25.5 per cent, or above 35 per cent if discouraged workers are included", "42% when
// those who have stopped looking are counted"). The figure is of a broader measure than the
// headline series the table holds (blind round 72: South Africa's expanded rate was judged as
// its official one and flagged).
func (s *sentence) inclusionAfter(k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if i < len(ws) && ws[i].lower == "," {
		i++
	}
	if i >= len(ws) || ws[i].lower != "if" && ws[i].lower != "when" && ws[i].lower != "once" {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+12; j++ {
		w := &ws[j]
		if w.fig >= 0 || w.punct {
			return false
		}
		switch w.lower {
		case "included", "counted", "added", "considered":
			return ws[j-1].tag == tagAux || ws[j-1].tag == tagAdv // "are included", "are also counted"
		}
	}
	return false
}

// anaphoricRateNoun are the heads of a subject that names a measure only by referring back:
// "the rate", "the figure".
var anaphoricRateNoun = map[string]bool{"rate": true, "figure": true, "number": true, "share": true, "level": true}

// anaphoricRateShapes turns away most words before anaphoricRateNoun's lookup: every figure
// asks it of the head of the phrase before it.
var anaphoricRateShapes = newKeyShapes(anaphoricRateNoun)

// notAGroup are plural nouns that a fronted "in" or "for" names no part of a population or an
// economy with: a way of counting ("in real terms", "in other words"), the data ("in the latest
// figures"), a time ("for months").
var notAGroup = map[string]bool{
	"terms": true, "words": true, "figures": true, "data": true, "statistics": true, "numbers": true,
	"estimates": true, "years": true, "months": true, "weeks": true, "days": true, "decades": true,
	"quarters": true, "times": true, "circumstances": true, "cases": true, "results": true,
	"prices": true, // "grew 3.4% in constant prices"
}

// groupNoun are singular nouns that name a part of an economy or a country after "in the":
// a sector, a compass region or the capital ("in the south", "in the services sector", "in
// the capital"), and groups of people
// whose plural has no s.
var groupNoun = map[string]bool{
	"sector": true, "industry": true, "south": true, "north": true, "east": true, "west": true,
	"region": true, "countryside": true, "capital": true,
	// plurals without an s
	"people": true, "men": true, "women": true, "children": true, "youth": true,
}

// countryGroupNoun are the nouns of a group of countries, which "among" picks one of.
var countryGroupNoun = map[string]bool{"countries": true, "nations": true, "economies": true, "members": true, "states": true}

// notAComponent are the bare nouns after a fronted "for" that name no part of a measure: "For
// example", "For now".
var notAComponent = map[string]bool{
	"example": true, "instance": true, "comparison": true, "reference": true, "context": true,
	"now": true, "once": true, "years": true, "months": true, "decades": true, "starters": true,
}

// placelessMeasure reports noun phrase p as a measure named with no place of its own
// ("unemployment", "youth unemployment"): a subject a fronted group restricts as it does "the
// rate" ("Among women, unemployment was 12.1%"). "In Spain, unemployment" names the place in
// the opener, which groupPhrase turns away.
func (s *sentence) placelessMeasure(p int) bool {
	n := s.nps[p]
	if !s.cueIs(n.head, catMeasure) {
		return false
	}
	for i := n.first; i <= n.last; i++ {
		if s.words[i].ent >= 0 || s.words[i].inst >= 0 || s.words[i].tag == tagPoss {
			return false
		}
	}
	return true
}

// frontedGroupOfRate reports a figure whose clause opens with "For", "In" or "Among" and a
// phrase that names a group of people, a sector or a region, right before a subject that
// refers back to a rate: "For young people the rate was 14.5%", "for under-25s the figure was
// 26.5%", "For Black workers the rate was 6.1%", "In the Eastern Cape the rate was 37%", "in
// the south the figure was 12%", "In services the rate was 4%". The rate is that group's, not
// the national one the sentence before stated; read as the national one it was flagged. A
// fronted time, place of the country or source ("In 2024", "In the UK", "In the latest
// figures") restricts nothing.
func (s *sentence) frontedGroupOfRate(k int) bool {
	ws := s.words
	// the subject that refers back, a few words before the figure: "the rate was 14.5%" (read
	// from the figure back, not from its clause: every figure asks, and few have one)
	q, measureSubject := -1, false
	for j := s.qFirst[k] - 1; j >= 0 && j >= s.qFirst[k]-6; j-- {
		if p := ws[j].np; p >= 0 && s.nps[p].last == j {
			if h := ws[s.nps[p].head].lower; anaphoricRateShapes.mayHold(h) && anaphoricRateNoun[h] || h == "it" {
				q = p // "the rate", "it"
			} else if s.placelessMeasure(p) {
				q, measureSubject = p, true // "unemployment"
			}
			break
		}
	}
	if q < 0 {
		return false
	}
	j := s.nps[q].first - 1
	if j >= 0 && ws[j].lower == "," {
		j--
	}
	if j >= 1 && ws[j].tag == tagAdv && ws[j].np < 0 && ws[j-1].tag != tagAdv {
		j-- // one adverb: "among Saudi nationals alone the rate was 7%" (blind round 47); not "as a whole"
	}
	if j < 1 || ws[j].np < 0 {
		return false
	}
	n := s.nps[ws[j].np]
	i := n.first - 1
	if i >= 1 && (ws[i].lower == "aged" || ws[i].lower == "between") && ws[i-1].np >= 0 {
		// past the ages that restrict the group: "Among young people aged 15-24 the rate was
		// 59.5%" (blind round 25)
		j = i - 1
		n = s.nps[ws[j].np]
		i = n.first - 1
	}
	if i >= 2 && (ws[i].lower == "in" || ws[i].lower == "with" || ws[i].lower == "without") && ws[i-1].np >= 0 && s.nps[ws[i-1].np].last == i-1 {
		// past a phrase that restricts the group: "and for workers in their twenties it was
		// above 12 per cent" (blind round 115: judged as the national rate), "For women in
		// Spain the rate was 11%"
		j = i - 1
		n = s.nps[ws[j].np]
		i = n.first - 1
	}
	for m := i; m >= 1 && m >= i-4; m-- {
		w := &ws[m]
		if w.tag == tagPunct || w.fig >= 0 {
			break
		}
		if w.tag == tagVerb && (w.past || strings.HasSuffix(w.lower, "ing")) && ws[m-1].np >= 0 {
			// past a participle phrase that restricts the group: "Among Polish citizens
			// living abroad, the rate was 6.0%", "Among Saudis living in cities"
			j = m - 1
			n = s.nps[ws[j].np]
			i = n.first - 1
			break
		}
	}
	if i < 0 || ws[i].lower != "for" && ws[i].lower != "in" && ws[i].lower != "among" && ws[i].lower != "amongst" {
		return false
	}
	if measureSubject && ws[i].lower == "in" {
		// "In Andalusia, unemployment averaged 15.9%": a region's figure, which the rules of
		// places leave out without making the measure a part's for the sentences after
		return false
	}
	if i > 0 && ws[i-1].tag != tagPunct && ws[i-1].tag != tagCoord && ws[i-1].tag != tagSub {
		// the phrase opens the clause: the sentence, or after ",", ";", "but", "while"
		// ("..., while among graduates it was 19%")
		return false
	}
	if s.groupPhrase(i, ws[j].np) {
		return true
	}
	h := &ws[n.head]
	switch {
	case h.ent >= 0 || h.date >= 0 || h.inst >= 0 || h.fig >= 0:
		return false // "In the UK", "In 2024", "For the IMF"
	case ws[i].lower == "for" && ws[n.first].tag != tagDet && ws[n.first].tag != tagPoss && !notAComponent[h.lower]:
		return true // "For food, the rate was 1.4%": a component of the measure
	}
	return false
}

// groupPhrase reports a noun phrase p after the preposition at word i ("for", "in", "among",
// "amongst") that names a group of people, a sector or a region: "among the young", "for
// women", "in rural areas", "in services", "in the Eastern Cape". A time, a place the lexicon
// knows, an institution or a figure ("in 2024", "in the UK", "for the IMF") names none, nor does
// a way of counting or the data ("in real terms", "in the latest figures").
func (s *sentence) groupPhrase(i, p int) bool {
	ws := s.words
	n := s.nps[p]
	h := &ws[n.head]
	switch {
	case h.fig >= 0 && n.head > n.first && s.agesInPhrase(n.first, n.head):
		// "Among those aged 15 to 24": the ages say whether it is a part of the working-age
		// population or all of it (blind round 39)
		return s.agesOfPart(s.words[s.agesStart(n.first, n.head)].fig)
	case h.fig >= 0 && n.head >= n.first+2 && (ws[n.head-1].lower == "under" || ws[n.head-1].lower == "over"):
		return true // "Among those under 25", "for people over 65": an age group
	case h.ent >= 0 || h.date >= 0 || h.inst >= 0 || h.fig >= 0:
		return false // "In the UK", "In 2024", "For the IMF"
	case ws[i].lower == "for" && ws[n.first].lower == "all":
		return false // "For all its problems": a concession
	case ws[i].lower == "among" || ws[i].lower == "amongst":
		// "Among the young", "Among those aged 15 to 24", "Among the long-term unemployed":
		// always a group, but of countries ("Among EU countries, the rate was highest in Spain")
		return !countryGroupNoun[h.lower]
	case ws[n.first].lower == "the" && n.head == n.last && n.head > n.first && (h.tag == tagAdj || h.past || strings.HasSuffix(h.lower, "ed")) && !isSuperlative(h.lower) && !isOrdinalWord(h.lower):
		return true // "for the young", "for the long-term unemployed": people an adjective names
	case s.unknownName(n.head):
		return true // "In the Eastern Cape", "In Bavaria"
	case divisionNouns[h.lower] && h.lower != "state" && n.head > n.first && s.unknownName(n.head-1):
		return true // "in the Eastern Cape province", "in Gauteng province" (blind round 25)
	case groupNoun[h.lower]:
		return true
	case pluralLike(h.lower) && !notAGroup[h.lower]:
		return true // "for under-25s", "For Black workers", "In services"
	}
	return false
}

// agesInPhrase reports an age word ("aged", "ages") among the words [from, to) followed by an
// age figure before to.
func (s *sentence) agesInPhrase(from, to int) bool {
	return s.agesStart(from, to) >= 0
}

// agesStart returns the first age figure's first word after an age word among the words [from,
// to], or -1.
func (s *sentence) agesStart(from, to int) int {
	for i := from; i < to; i++ {
		if isAgeWord(s.words[i].lower) {
			for j := i + 1; j <= to; j++ {
				if f := s.words[j].fig; f >= 0 && s.ageObject(f) {
					return j
				}
			}
			return -1
		}
	}
	return -1
}

// componentNear reports, among the three words from i (before to), a component a core measure
// leaves out: "removing the volatile food and energy components", "taking out food". A verb of
// removing with another object ("the government removed fuel subsidies", "took out fewer jobs")
// says nothing of the measure.
func componentNear(ws []word, i, to int) bool {
	for j := i; j < to && j < i+3; j++ {
		switch ws[j].lower {
		case "volatile", "food", "energy", "components", "items", "elements":
			return true
		}
	}
	return false
}
