package extract

import "strings"

// A figure the sentence puts in the mouth of someone the lexicon does not know is still that
// someone's, not the official series': "Rhodium Group estimates China's economy grew 2.4% to
// 2.8%", "According to Capital Economics, ...", "Critics say India's economy grew 4.5%, not
// 6.5%", "Private estimates put China's growth at 3%". The judge then tests it against the
// cited body's figures only (none in the table: no_reference, naming it), as for an
// institution the lexicon knows (source.go). The agent counts when it is
//   - a dissenter named by what they are: "critics", "sceptics", or economists, analysts or
//     estimates qualified as not the official ones ("some", "independent", "private", ...);
//   - a name in capitals that is no country, ending in a word of a firm or a research body
//     ("Rhodium Group", "Capital Economics", "Oxford Economics"), or, of a verb of
//     estimating, any name ("Goldman Sachs estimates", "Nomura puts"): a person more often
//     "says" a figure than estimates one;
// and it is the subject of a verb of saying, estimating or believing whose clause holds the
// figure or comes before it (up to a semicolon), the agent of "according to", or of a closing
// ", some economists say". A figure named official in its own phrase ("not the official 5%")
// is the official one, whoever reports it.
//
// A figure the sentence itself sets against the official one ("far below the official 5%",
// "not the official figure") is an unofficial estimate, whoever made it.

// unofficialSource is the source of a figure the sentence contrasts with the official one and
// attributes to no one.
const unofficialSource = "an unofficial estimate"

// agentSource returns who, not an institution of the lexicon, the sentence says figure k
// comes from, or "".
func (s *sentence) agentSource(k int, r *reading) string {
	if s.markedWordsKnown && s.marks&(markAgent|markEstimate|markOfficial|markOpined) == 0 {
		return "" // most sentences: no word of an agent, of estimating or "official" (inlined)
	}
	return s.agentSourceOf(k, r)
}

// agentSourceOf is agentSource, worked out.
func (s *sentence) agentSourceOf(k int, r *reading) string {
	if !s.marked(markAgent|markEstimate|markOfficial|markOpined) || s.qFirst[k] < 0 || s.officialPhrase(k) || s.definiteFigure(k) {
		return ""
	}
	if s.marked(markAgent | markEstimate) {
		if a := s.agentFraming(k, r); a != "" {
			return a
		}
	}
	if s.marked(markOfficial) && s.setAgainstOfficial(k) {
		return unofficialSource
	}
	if s.agentlessEstimate(k, r) {
		return agentlessSource
	}
	return ""
}

// agentlessSource is the source of a rate the sentence says was estimated, put or believed to
// be, by no one it names.
const agentlessSource = "an estimate by no one named"

// agentlessEstimate reports an unemployment rate given as the complement of an agentless
// passive of estimating or believing ("unemployment was estimated at 80%", "the jobless rate
// is put at 30%", "is thought to be 40%", "was believed to be around 25%") in a sentence that
// names no one who says or reports it. Such a figure is nobody's statistic: often a guess of
// the share without formal work, a definition the ILO-modelled series does not use, as
// "unemployment was estimated at 80%" is of Zimbabwe in 2008 (5.4% modelled). A statistics
// office's own estimate names its agent ("was estimated by the statistics office at 5%",
// ", the ONS said", "according to Destatis") and is left alone; so is any other measure,
// whose estimates are of one definition (GDP growth "was estimated at 0.3%"), and a phrase
// that refers back ("Under the old methodology the rate had been put at 33.3 per cent"), whose
// source is the one the sentences before named.
func (s *sentence) agentlessEstimate(k int, r *reading) bool {
	if r.vg < 0 || r.fromContext || r.measure == nil || r.measure.name != "unemployment" || !s.marked(markEstimate|markOpined|markAgent) {
		return false
	}
	ws := s.words
	g := r.vg
	v := s.vgs[g]
	if v.infinitive && ws[v.head].hasLemma("be") && v.first > 0 {
		// "is thought to be 40%": the passive before the infinitive
		if p := ws[v.first-1].vg; p >= 0 && p != g {
			g = p
		} else if v.first > 1 && ws[v.first-1].lower == "to" && ws[v.first-2].vg >= 0 {
			g = ws[v.first-2].vg
		}
	}
	v = s.vgs[g]
	if !v.passive {
		return false
	}
	h := &ws[v.head]
	if !h.hasLemma("estimate") && !h.hasLemma("put") && !h.hasLemma("think") && !h.hasLemma("believe") && !h.hasLemma("reckon") && !h.hasLemma("guess") {
		return false
	}
	// an agent after the verb: "was estimated by the statistics office at 5%"
	for i := v.last + 1; i < s.qFirst[k]; i++ {
		if ws[i].lower == "by" {
			return false
		}
	}
	// anyone else in the sentence who says or reports it: "..., the ONS said", "according to"
	for o := range s.vgs {
		if o != g && o != r.vg && s.speaks(o) {
			return false
		}
	}
	for i := range ws {
		if ws[i].lower == "according" || ws[i].inst >= 0 {
			return false
		}
	}
	return true
}

// agentFraming is agentSource's search for the agent of a frame that covers figure k.
func (s *sentence) agentFraming(k int, r *reading) string {
	ws := s.words
	first, last := s.qFirst[k], s.qLast[k]
	// the subject of a verb of saying or estimating before the figure, or whose complement
	// the figure is ("Private estimates put China's growth at 3%")
	for g := range s.vgs {
		v := &s.vgs[g]
		if v.first > first && g != r.vg {
			continue // (r.vg may stand after the figure: "3% is what Nomura estimates")
		}
		if g != r.vg && semicolonBetween(ws, v.last, first) {
			continue
		}
		p := s.subjectOf(g)
		if p < 0 || s.nps[p].last >= first && s.nps[p].first <= last || s.nps[p].last != v.first-1 && !adverbsBetween(ws, s.nps[p].last, v.first) && !postModifierBetween(ws, s.nps[p].last, v.first) {
			continue
		}
		if a := s.agentOf(s.nps[p].first, s.nps[p].last, g, nil); a != "" {
			return a
		}
	}
	// a verb in -s the tagger read as a noun of the name before it ("Oxford Economics reckons
	// Germany's economy shrank", "Moody's Analytics calculates that ..."): a name's verb of
	// estimating or saying whose clause holds the figure
	if a := s.swallowedVerbAgent(k, r); a != "" {
		return a
	}
	// "according to X", opening the sentence, in the figure's clause or closing it
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].lower != "according" || ws[i+1].lower != "to" {
			continue
		}
		a := i + 2
		if ws[a].np < 0 {
			continue
		}
		p := s.nps[ws[a].np]
		if p.first != a || p.last >= first && p.first <= last {
			continue
		}
		from, to := s.clauseOf(first)
		opens := i == 0 || ws[i-1].lower == ","
		if !opens && (i < from || i > to) || i < first && semicolonBetween(ws, i, first) || i > last && semicolonBetween(ws, last, i) {
			continue
		}
		if name := s.agentOf(p.first, p.last, -1, nil); name != "" {
			return name
		}
		// "according to the Conference Board's alternative series": the possessor's figures
		if poss := possessiveIn(ws, p.first, p.last); poss > p.first {
			if name := s.agentOf(p.first, poss-1, -1, nil); name != "" {
				return name
			}
		}
	}
	// ", some economists say." closing the sentence (the tagger may read "say" as a noun)
	for i := last + 1; i < len(ws); i++ {
		if ws[i].lower == ";" {
			break
		}
		if ws[i].lower != "," {
			continue
		}
		end := len(ws) - 1
		for end > i && ws[end].tag == tagPunct {
			end--
		}
		if end-i < 2 || !sayingWord(&ws[end]) {
			continue
		}
		if name := s.agentOf(i+1, end-1, -1, &ws[end]); name != "" {
			return name
		}
	}
	return ""
}

// swallowedVerbAgent returns the agent of a verb of estimating or saying in -s that the
// tagger read as the last noun of a name, and the figure's clause its object: in the subject
// of the figure's verb ("Oxford Economics reckons Germany's economy shrank 0.3%") or ending
// the phrase before that subject, with or without "that" ("Moody's Analytics calculates that
// Germany's economy shrank"); or "".
func (s *sentence) swallowedVerbAgent(k int, r *reading) string {
	if r.vg < 0 || s.vgs[r.vg].first > s.qFirst[k] {
		return ""
	}
	p := s.subjectOf(r.vg)
	if p < 0 {
		return ""
	}
	ws := s.words
	n := s.nps[p]
	for i := n.first + 1; i < n.last; i++ {
		if swallowedVerb(ws, i) {
			return s.agentOf(n.first, i-1, -1, &ws[i])
		}
	}
	j := n.first - 1
	if j >= 0 && ws[j].lower == "that" {
		j--
	}
	if j >= 1 && ws[j].np >= 0 && s.nps[ws[j].np].last == j && swallowedVerb(ws, j) {
		return s.agentOf(s.nps[ws[j].np].first, j-1, -1, &ws[j])
	}
	return ""
}

// swallowedVerb reports a form in -s of a verb of saying or estimating at i, read as a noun,
// after a capitalised word: "Economics reckons", "Analytics calculates".
func swallowedVerb(ws []word, i int) bool {
	w := &ws[i]
	return w.tag == tagNoun && strings.HasSuffix(w.lower, "s") && isCapitalised(ws[i-1].text) && !isCapitalised(w.text) && sayingWord(w)
}

// possessiveIn returns the last possessive among words (a, b], or -1.
func possessiveIn(ws []word, a, b int) int {
	for i := b - 1; i > a; i-- {
		if ws[i].tag == tagPoss {
			return i
		}
	}
	return -1
}

// agentOf returns the agent words [a, b] name as a source of the verb group g, or of the
// word verb closing the sentence after them, or (both -1 and nil) of "according to"; or "".
func (s *sentence) agentOf(a, b, g int, verb *word) string {
	ws := s.words
	if ws[a].tag == tagDet && ws[a].lower == "the" {
		a++
	}
	if a > b {
		return ""
	}
	head := ws[b].lower
	if dissenters[head] || qualifiedDissenters[head] && dissentQualified(ws[a:b]) {
		if g >= 0 && !s.asserts(g) {
			return ""
		}
		return strings.ToLower(s.text[ws[a].start-s.start : ws[b].end-s.start])
	}
	if g >= 0 && (!isCapitalised(ws[b].text) || a == 0 && a == b && lemmasOf(ws[b].lower) != nil) && s.opines(g) && s.unofficialAgent(a, b) && !s.inRelative(a) {
		// the subject of a verb of estimating or of opinion is the figure's source whoever it
		// is, unless it is the state's or its data: "Shadow statisticians claim", "Opposition
		// economists estimate", "A study of night-time lights suggests"
		return strings.ToLower(s.text[ws[a].start-s.start : ws[b].end-s.start])
	}
	for i := a; i <= b; i++ {
		w := &ws[i]
		if w.tag == tagPoss && i > a && i < b {
			continue // a name's own possessive: "Moody's Analytics" (a country's is its entity's)
		}
		if w.ent >= 0 || w.inst >= 0 || w.tag == tagPoss || w.tag == tagPron || !isCapitalised(w.text) || isTitle(&w.token) {
			return "" // a country, a known institution (source.go), a common noun, a person's title
		}
		if officialBodyWords[w.lower] {
			return "" // "the National Statistics Institute said": the official source, by another name
		}
	}
	if a == 0 && a == b && lemmasOf(ws[a].lower) != nil {
		return "" // "Officials estimate": a capital that only opens the sentence
	}
	switch {
	case firmWords[head]:
		if g >= 0 && !s.asserts(g) {
			return ""
		}
	case g >= 0 && s.estimates(g), verb != nil && estimatingWord(verb):
	case g < 0 && verb == nil && b > a:
		// "according to Goldman Sachs"
	default:
		return ""
	}
	return s.text[ws[a].start-s.start : ws[b].end-s.start]
}

// asserts reports a verb of saying, estimating or believing.
func (s *sentence) asserts(g int) bool {
	if s.speaks(g) {
		return true
	}
	w := &s.words[s.vgs[g].head]
	for _, base := range [...]string{"believe", "argue", "reckon", "think", "calculate", "suspect", "contend", "insist"} {
		if w.hasLemma(base) {
			return true
		}
	}
	return false
}

// opines reports a verb of estimating or of opinion by which people offer a figure of their own
// rather than report one: estimate, reckon, claim, believe, argue, contend, insist, suspect,
// think. "Say" reports as often as it offers; data "suggest" and "put" figures as often as
// people do ("Second estimates suggest", "Figures put").
func (s *sentence) opines(g int) bool {
	w := &s.words[s.vgs[g].head]
	for _, base := range [...]string{"estimate", "reckon", "claim", "believe", "argue", "contend", "insist", "suspect", "think"} {
		if w.hasLemma(base) {
			return true
		}
	}
	return false
}

// inRelative reports a subject at word a that opens a relative clause ("The figures, which
// economists believe are reliable, showed ..."): its verb frames no figure of the sentence's.
func (s *sentence) inRelative(a int) bool {
	return a > 0 && (s.words[a-1].tag == tagWh || s.words[a-1].lower == "which" || s.words[a-1].lower == "that" || s.words[a-1].lower == "who")
}

// unofficialAgent reports words that name people in a plural common noun that are not the
// state, its officials or its data: "shadow statisticians", "opposition economists". A
// pronoun, a name, a country, an institution, an official body ("officials", "the
// government", "the bank", "the agency") or the data themselves ("figures suggest", "the data
// suggest", "estimates put") are not.
func (s *sentence) unofficialAgent(a, b int) bool {
	ws := s.words
	head := &ws[b]
	if head.tag != tagNoun || s.cueIs(b, catMeasure) || !pluralLike(head.lower) {
		// people who offer figures: "shadow statisticians", "opposition economists"; not a
		// measure ("GDP calculated at 1980 prices rose") nor a thing ("the study")
		return false
	}
	if stateAgentNouns[head.lower] || officialFigureNouns[head.lower] {
		return false
	}
	for i := a; i <= b; i++ {
		w := &ws[i]
		if w.ent >= 0 || w.inst >= 0 || w.tag == tagPron || w.tag == tagPoss || w.tag == tagProper || officialBodyWords[w.lower] || w.lower == "official" {
			return false
		}
	}
	return true
}

// stateAgentNouns are common nouns that name the state, its bodies, its office holders or its
// publications in a subject or a speaker's phrase, whose figures are the official ones
// (unofficialAgent, saidByCompany).
var stateAgentNouns = map[string]bool{"officials": true, "official": true, "authorities": true, "government": true,
	"governments": true, "bank": true, "agency": true, "office": true, "ministry": true, "minister": true,
	"ministers": true, "regulator": true, "bureau": true, "department": true, "treasury": true, "administration": true,
	"report": true, "survey": true, "release": true, "index": true, "we": true, "i": true, "it": true, "they": true,
	"president": true, "chief": true, "governor": true, "chancellor": true, "premier": true, "secretary": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "statistics": true, "institute": true,
	"head": true, "leader": true}

// estimates reports a verb of estimating: what a forecaster does with a figure, more than a
// person does.
func (s *sentence) estimates(g int) bool {
	return estimatingWord(&s.words[s.vgs[g].head])
}

// estimatingWord reports a form of a verb of estimating.
func estimatingWord(w *word) bool {
	return w.hasLemma("estimate") || w.hasLemma("put") || w.hasLemma("reckon") || w.hasLemma("calculate")
}

// sayingWord reports a form of a verb of saying or believing, whatever its tag.
func sayingWord(w *word) bool {
	for _, base := range [...]string{"say", "estimate", "believe", "argue", "reckon", "think", "calculate", "suspect", "contend"} {
		if w.hasLemma(base) {
			return true
		}
	}
	return false
}

// dissentQualified reports a modifier that makes economists or estimates not the official
// ones: "some economists", "independent analysts", "private estimates".
func dissentQualified(mods []word) bool {
	for i := range mods {
		switch mods[i].lower {
		case "some", "many", "several", "independent", "private", "unofficial", "outside", "alternative",
			"sceptical", "skeptical":
			return true
		}
	}
	return false
}

// dissenters are agents that dispute an official figure by what they are; qualifiedDissenters
// do when dissentQualified; firmWords end the names of firms and research bodies.
var (
	dissenters          = map[string]bool{"critics": true, "sceptics": true, "skeptics": true, "doubters": true}
	qualifiedDissenters = map[string]bool{"economists": true, "analysts": true, "estimates": true, "calculations": true,
		"consultants": true, "researchers": true, "experts": true, "observers": true, "forecasters": true, "economist": true,
		"analyst": true, "estimate": true}
	// officialBodyWords name a state's own bodies, whose figures are the official ones.
	officialBodyWords = map[string]bool{"statistics": true, "statistical": true, "national": true, "state": true,
		"central": true, "ministry": true, "government": true, "federal": true, "bureau": true, "office": true,
		"department": true, "treasury": true, "census": true, "reserve": true, "monetary": true, "statistic": true}
	firmWords = map[string]bool{"group": true, "economics": true, "research": true, "institute": true, "capital": true,
		"partners": true, "securities": true, "analytics": true, "intelligence": true, "associates": true, "consulting": true,
		"consultancy": true, "consultants": true, "advisors": true, "advisers": true, "insights": true}
)

// postModifierBetween reports a prepositional phrase of names and nouns among words (i, j),
// which modifies the subject before it: "Opposition economists in Buenos Aires estimate", "A
// study of night-time lights suggests", "analysts at the Institute of Economic Affairs say".
func postModifierBetween(ws []word, i, j int) bool {
	if j-i < 3 || ws[i+1].tag != tagPrep || j-i > 12 {
		return false
	}
	for t := i + 2; t < j; t++ {
		if w := &ws[t]; w.fig >= 0 || w.date >= 0 || !w.tag.in(nominalTags|1<<tagPrep) {
			return false
		}
	}
	return true
}

// semicolonBetween reports a semicolon among words (i, j).
func semicolonBetween(ws []word, i, j int) bool {
	for t := i + 1; t < j; t++ {
		if ws[t].lower == ";" {
			return true
		}
	}
	return false
}

// adverbsBetween reports only adverbs among words (i, j): "Rhodium Group also estimates".
func adverbsBetween(ws []word, i, j int) bool {
	for t := i + 1; t < j; t++ {
		if ws[t].tag != tagAdv {
			return false
		}
	}
	return true
}

// definiteFigure reports a figure in a definite phrase, one the text has given before and an
// agent speaks about, not one it states: "Other economists said the 0.8 pct growth registered
// in Oct/Dec may have been inflated", "Critics say the 5% figure is overstated".
func (s *sentence) definiteFigure(k int) bool {
	ws := s.words
	p := ws[s.qFirst[k]].np
	if p < 0 {
		return false
	}
	switch ws[s.nps[p].first].lower {
	case "the", "this", "that", "these", "those":
		return true
	}
	return false
}

// officialPhrase reports a figure named official, or the one reported, in its own phrase: "the
// official 5%", "China's reported growth of 5%".
func (s *sentence) officialPhrase(k int) bool {
	if !s.marked(markOfficial) {
		return false
	}
	ws := s.words
	lo := s.qFirst[k]
	if p := ws[lo].np; p >= 0 {
		lo = s.nps[p].first
	}
	if lo >= 2 && ws[lo-1].lower == "of" && ws[lo-2].np >= 0 {
		lo = s.nps[ws[lo-2].np].first // the phrase the figure is the "of"-object of
	}
	for i := lo; i < s.qFirst[k]; i++ {
		if ws[i].lower == "official" || ws[i].lower == "reported" {
			return true // "the official 5%", "China's reported growth of 5%"
		}
	}
	return false
}

// setAgainstOfficial reports figure k set, later in its sentence and before a semicolon,
// against the official figure: "grew 2.5%, not the official 5%", "far below the official
// figure", "well short of the official estimate". A target, a forecast or a goal called
// official ("above the official 2% target") is no official figure.
func (s *sentence) setAgainstOfficial(k int) bool {
	ws := s.words
	for i := s.qLast[k] + 2; i+1 < len(ws); i++ {
		if ws[i].lower == ";" {
			return false
		}
		if ws[i].lower != "official" || ws[i-1].tag != tagDet {
			continue
		}
		if p := ws[i].np; p >= 0 {
			h := s.nps[p].head
			if ws[h].fig < 0 && !officialFigureNouns[ws[h].lower] {
				continue // "the official target"
			}
		}
		j := i - 2
		for j > s.qLast[k] && (ws[j].tag == tagAdv || intensifiers[ws[j].lower]) {
			j--
		}
		if j > s.qLast[k] && (contrastWords[ws[j].lower] || ws[j].lower == "of" && ws[j-1].lower == "short") {
			return true // ("short of the official figure")
		}
	}
	return false
}

var (
	officialFigureNouns = map[string]bool{"figure": true, "figures": true, "number": true, "numbers": true, "data": true,
		"statistics": true, "estimate": true, "estimates": true, "rate": true, "reading": true, "tally": true,
		"count": true, "growth": true, "one": true, "print": true, "measure": true}
	intensifiers  = map[string]bool{"far": true, "well": true, "much": true, "way": true, "just": true, "slightly": true, "sharply": true, "significantly": true}
	contrastWords = map[string]bool{"not": true, "below": true, "above": true, "than": true, "versus": true, "vs": true,
		"vs.": true, "against": true, "under": true, "beneath": true, "unlike": true}
)
