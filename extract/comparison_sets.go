package extract

import "strings"

// Comparison sets: the places a sentence ranks or compares its subject against. In "Ireland
// fared worst in the euro area, with unemployment rising from 4.7% in 2007 to 14.7% in 2012"
// the euro area is where Ireland ranks, and the figures are Ireland's; read as the last place
// named before them, they were the euro area's and were judged against its 7.5% and 11.4%. In
// "Unemployment was 8.4% in 2024, among the highest in the EU; only Spain, Finland and Greece
// had higher rates" (a Swedish story) the three countries are those above the subject, and
// Greece's 10% was set against Sweden's 8.4%.

// superlativeSet reports a name m of a group of countries (code) that is the set a superlative
// ranks something in: it follows "in", "of", "among", "across" or "within" (and "the"), right
// after a superlative phrase ("fared worst in the euro area", "the highest unemployment in the
// EU", "the strongest growth in the eurozone", "the fastest of the OECD's members"). "Unemployment in
// the euro area", "inflation across the EU" name the place of their measure: no superlative
// ranks anything in them. A country after a superlative is where the measure ranks, and its
// place: "Inflation was highest in Estonia, at 19.4%".
func (st *articleState) superlativeSet(s *sentence, m match, code string) bool {
	if !st.lex.aggregates.has(code) {
		return false
	}
	ws := s.words
	i := m.first - 1
	if i >= 0 && ws[i].tag == tagDet {
		i--
	}
	if i < 1 {
		return false
	}
	switch ws[i].lower {
	case "in", "of", "among", "across", "within":
	default:
		return false
	}
	return s.superlativeBefore(i)
}

// superlativeBefore reports a superlative among the few words before word i, within its phrase:
// no figure, comma or finite verb between ("worst in", "the highest jobless rate in", "grew
// fastest among"). A superlative of time ("the highest since 1991") names no set: the word
// after it is then no place.
func (s *sentence) superlativeBefore(i int) bool {
	return s.rankWordBefore(i, false)
}

// rankWordBefore is superlativeBefore, and with ordinals also an ordinal or a word of a record
// that a length after it ranks among ("the first rise in two years", "for the first time in a
// decade", duration_span.go).
func (s *sentence) rankWordBefore(i int, ordinals bool) bool {
	ws := s.words
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := &ws[j]
		if w.fig >= 0 || w.lower == "," {
			return false
		}
		if isSuperlative(w.lower) || ordinals && rankingWord(w.lower) {
			return true
		}
		if g := w.vg; g >= 0 && s.finite(g) {
			return false
		}
	}
	return false
}

// isSuperlative reports a superlative adjective or adverb: "worst", "best", "most", "least", and
// the "-est" of a gradable base ("highest", "fastest", "strongest"), not "interest" or "west".
func isSuperlative(lower string) bool {
	switch lower {
	case "worst", "best", "most", "least":
		return true // ("suffered most in the euro zone")
	}
	return strings.HasSuffix(lower, "est") && comparativeOf(lower)
}

// comparedSubject reports a name m after a figure that is the subject, alone or in a list, of a
// clause with no figure of its own whose verb compares it with the figure's place by a
// comparative: "only Spain, Finland and Greece had higher rates", "only Spain and Portugal grew
// faster", "Greece alone fared worse". The countries are those ranked above or below the
// subject, whose figure it is not. A subject of a clause that says something else ("while
// Spain's government cut taxes") is left to contrastedName.
func (s *sentence) comparedSubject(m match) bool {
	ws := s.words
	_, to := s.clauseOf(m.first)
	j := m.last + 1
	// past the other names of the list, and "alone", "too"
	for j <= to && (ws[j].lower == "," || ws[j].lower == "and" || ws[j].lower == "or" || ws[j].ent >= 0 || ws[j].tag == tagAdv && ws[j].vg < 0) {
		j++
	}
	if j > to || ws[j].vg < 0 || !s.finite(ws[j].vg) {
		return false
	}
	g := s.vgs[ws[j].vg]
	compares := false
	for t := g.first; t <= to && t <= g.last+3; t++ {
		if ws[t].fig >= 0 {
			return false
		}
		if w := ws[t].lower; w == "higher" || w == "lower" || w == "worse" || w == "better" || w == "more" || w == "less" ||
			strings.HasSuffix(w, "er") && comparativeOf(w) {
			compares = true
		}
	}
	return compares && !s.figureInClauseAfter(m.last)
}

// comparedTerm reports a name m that is the other term of a comparison before a figure: after
// "unlike" or "than", with "in", "the", "that of" between ("Unlike Germany, it saw
// unemployment of 8.4%", "Higher than in Germany, unemployment was 8.4%", "Unemployment,
// higher than Germany's, was 8.4%"). The figure is the clause's own subject's, or the
// country's the text is about; never the country it is set against. (A name after the figure
// in such a term is contrastedName's, clausemates.go.)
func (s *sentence) comparedTerm(m match) bool {
	ws := s.words
	i := m.first - 1
	for i >= 0 && (ws[i].tag == tagDet || ws[i].lower == "in" || ws[i].lower == "of" || ws[i].lower == "that" || ws[i].lower == "those") {
		i--
	}
	if i >= 0 && s.marked(markOutdo) && outdoingVerb(ws[i].lower) {
		// not when a group outdoes the place ("Few economies outperformed Spain in 2023, when
		// growth reached 2.5%": Spain's, the review of session 44)
		if v := ws[i].vg; v >= 0 {
			if subj := s.subjectOf(v); subj >= 0 {
				for j := s.nps[subj].first; j <= s.nps[subj].last; j++ {
					switch ws[j].lower {
					case "economies", "countries", "nations", "members", "peers", "rivals", "neighbours", "neighbors":
						return false
					}
				}
			}
		}
		return true
	}
	return i >= 0 && (ws[i].lower == "unlike" || ws[i].lower == "than")
}

// outdoingVerb reports a form of a verb that sets its subject against its object: "Growth has
// outpaced the euro area for four straight years: 8.4 per cent in 2021, ..." (blind round
// 190: Greece's growth judged as the euro area's). Its object is a yardstick, as after "than",
// for the figures of its sentence; for the text after it, both its terms stay candidates
// ("India overtook Britain. Unemployment was 4.2%": whose is not said).
func outdoingVerb(w string) bool { return outdoingForms[w] }

// outdoingForms are the forms of the verbs of outdoing (outdoingVerb).
var outdoingForms = map[string]bool{
	"outpaced": true, "outpace": true, "outpaces": true, "outpacing": true, "outperformed": true,
	"outperform": true, "outperforms": true, "outperforming": true, "outgrew": true,
	"outgrown": true, "outgrow": true, "outgrows": true, "outgrowing": true, "outstripped": true,
	"outstrip": true, "outstrips": true, "outstripping": true, "outran": true, "outrun": true,
	"outruns": true, "outrunning": true, "outshone": true, "outshine": true, "outshines": true,
	"outshining": true, "outdid": true, "outdo": true, "outdoes": true, "outdone": true,
	"outdoing": true, "overtook": true, "overtaken": true, "overtake": true, "overtakes": true,
	"overtaking": true, "surpassed": true, "surpass": true, "surpasses": true, "surpassing": true,
	"trailed": true, "trail": true, "trails": true, "trailing": true, "eclipsed": true,
	"eclipse": true, "eclipses": true, "eclipsing": true,
}

// comparedTermToken reports a mention m among toks, a line read for the mentions it names,
// that is the other term of a comparison, as comparedTerm reads it: "Sweden's jobless rate is
// higher than in Germany. Unemployment was 8.4% in 2024." is Sweden's, not Germany's, the last
// country named. (peripheralMention)
func comparedTermToken(toks []token, m *match) bool {
	i := listHead(toks, m) - 1 // "than Germany or France": every name of the list (compared_mentions.go)
	for i >= 0 {
		switch toks[i].lower {
		case "the", "in", "of", "that", "those", "either", "both":
			i--
			continue
		}
		break
	}
	return i >= 0 && (toks[i].lower == "unlike" || toks[i].lower == "than")
}

// comparedWithToken reports a mention m among toks that is, or modifies, the object of "with",
// "to" or "against" after a verb or noun of comparing, past an object of up to three words:
// "Some have compared this with the Japanese performance". As the sentence after a speaker's
// figure, it names the yardstick, not the speaker's country (blind round 71: a Brazilian
// minister's "Our economy grew by 4.8 per cent last year" was read as Japan's). Both terms of
// "compared Japan with the United States" are candidates for a figure after it, so
// peripheralMention does not ask.
func comparedWithToken(toks []token, m *match) bool {
	i := m.first - 1
	for i >= 0 && (toks[i].lower == "the" || toks[i].lower == "a" || toks[i].lower == "an") {
		i--
	}
	if i < 1 || toks[i].lower != "with" && toks[i].lower != "to" && toks[i].lower != "against" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4 && !toks[j].punct; j-- {
		switch toks[j].lower {
		case "compared", "compare", "compares", "comparing", "comparison", "comparisons":
			return true
		}
	}
	return false
}

// rankedSet reports a name m of a group of countries in a phrase a superlative after a figure
// ranks the figure in: "GDP grew by 3.5% in 2024, the fastest among large euro
// area economies", "..., the highest of any euro zone country", "..., the weakest in the
// G7". The phrase is apposed to the figure and names the set the figure's place belongs to;
// the figure is one member's, never the set's own, so it is not even the place of last
// resort that other "euro area economies" are (classesMembers), nor that of a figure after it
// ("..., after 2.5% in 2023"). The preposition may be followed by the words of the set's noun
// phrase ("large", "other", "any"). A set before any figure is superlativeSet's: "Ireland
// fared worst in the euro area, with unemployment rising to 14.7%".
func (st *articleState) rankedSet(s *sentence, m match, code string) bool {
	if !st.lex.aggregates.has(code) && !namesBloc(s, m) {
		return false
	}
	i := m.first
	if p := s.words[m.first].np; p >= 0 && s.nps[p].first < i {
		i = s.nps[p].first
	}
	i--
	if i >= 0 && s.words[i].tag == tagDet {
		i--
	}
	if i < 1 {
		return false
	}
	switch s.words[i].lower {
	case "in", "of", "among", "across", "within":
	default:
		return false
	}
	if !s.superlativeBefore(i) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if s.words[j].fig >= 0 {
			return true
		}
	}
	return false
}
