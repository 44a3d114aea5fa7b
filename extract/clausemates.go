package extract

import (
	"sort"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// What a word does to the names after it in a sentence that sets two figures side by side.
const (
	notContrast    = iota
	contrastClause // opens a clause of its own: "while", "whereas", "but", ";"
	contrastTerm   // opens the term a figure is compared with: "against", "than", "below"
)

// contrastOpener classifies a word that opens another clause of a contrast ("..., while
// Spain's rate was 11.4%") or the term of a comparison ("against 7.4% in France", "far below
// the 11.4% in Spain", "higher than in Japan").
func contrastOpener(w string) int {
	switch w {
	case "while", "whereas", "whilst", "but", "although", "though", ";":
		return contrastClause
	case "against", "versus", "vs", "vs.", "compared", "than", "below", "above", "unlike":
		return contrastTerm
	}
	if comparisonVerb(w) {
		return contrastTerm // "Growth of 3.0% in 2024 beat Hungary's 0.7%": its object is the other term
	}
	return notContrast
}

// comparisonVerb reports a verb whose object is a figure set against its subject's. (A switch:
// every word between a figure and a name asks.)
func comparisonVerb(w string) bool {
	switch w {
	case "beat", "beats", "beating", "outpaced", "outpaces", "outpacing", "outstripped", "outstrips",
		"outstripping", "outperformed", "outperforming", "outgrew", "surpassed", "surpassing",
		"eclipsed", "eclipsing", "dwarfed", "dwarfing", "trailed", "trailing", "lagged", "lagging",
		"exceeded", "exceeding", "topped", "topping":
		return true
	}
	return false
}

// contrastedName reports a name m after the figure at word at that belongs to another clause
// of a contrast or to the other term of a comparison, not to the figure: "Unemployment
// averaged 4.3% in 2024, while Spain's rate was 11.4%", "..., and Mexico's economy grew 1.2%",
// "..., far below the 11.4% in Spain", "..., against 7.4% in France", "higher than in Japan".
// A country named only there is the other clause's: given to the figure before it, a
// speaker's own rate was judged against the compared country's. A name later in the clause
// of another verb ("while wages rose 4%, Japan's statistics office said") is not set against
// the figure, nor a place listed after a second figure with "and" ("growth was 1.1% and
// inflation 2% in Germany").
func (s *sentence) contrastedName(m match, at int) bool {
	ws := s.words
	for i := m.first - 1; i > at; i-- {
		w := &ws[i]
		switch contrastOpener(w.lower) {
		case contrastTerm:
			return true
		case contrastClause:
			return s.figureInClauseAfter(m.last)
		}
		if (w.lower == "and" || w.lower == ",") && (i == m.first-1 || i == m.first-2 && ws[m.first-1].tag == tagDet) && s.ownFigureOf(m) {
			return true // "..., and France's rate was 7.4%", "..., Spain's was 11.4%"
		}
		if g := w.vg; g >= 0 && s.finite(g) {
			break
		}
	}
	return s.placeOfContrastedFigure(m, at)
}

// placeOfContrastedFigure reports a name m that is the place of a later figure set against the
// figure at word at by a contrast or a comparison: "..., while it was 11.4% in Spain".
func (s *sentence) placeOfContrastedFigure(m match, at int) bool {
	ws := s.words
	j := m.first - 1
	for j > at && (ws[j].tag == tagDet || ws[j].tag == tagPrep || ws[j].date >= 0) {
		j-- // back past "in the", "in 2024 in"
	}
	if j <= at || ws[j].fig < 0 || j == m.first-1 {
		return false
	}
	switch ws[j+1].lower {
	case "in", "for", "across", "among", "throughout":
	default:
		if ws[j+1].date < 0 {
			return false
		}
	}
	for i := s.phraseStart(s.qFirst[ws[j].fig]) - 1; i > at; i-- {
		if contrastOpener(ws[i].lower) != notContrast {
			return true
		}
	}
	return false
}

// figureInClauseAfter reports a figure in the clause of word i after it: the other clause of
// a contrast states a figure of its own.
func (s *sentence) figureInClauseAfter(i int) bool {
	_, to := s.clauseOf(i)
	for j := i + 1; j <= to; j++ {
		if s.words[j].fig >= 0 {
			return true
		}
	}
	return false
}

// ownFigureOf reports a figure that name m is the place of by its own phrase: as its
// possessor ("France's 1.1%") or as the subject of the verb the figure complements ("Mexico's
// economy grew 1.2%", "Spain's was 11.4%", "the US rate was 3.0%").
func (s *sentence) ownFigureOf(m match) bool {
	ws := s.words
	p := ws[m.first].np
	if p < 0 {
		return false
	}
	n := s.nps[p]
	if h := ws[n.head].fig; h >= 0 && n.head > m.last {
		return true
	}
	j := n.last + 1
	for j < len(ws) && ws[j].tag == tagAdv {
		j++
	}
	if j >= len(ws) || ws[j].vg < 0 || !s.finite(ws[j].vg) {
		return false
	}
	end := s.vgs[ws[j].vg].last
	for j = end + 1; j < len(ws) && j <= end+4; j++ {
		switch w := &ws[j]; {
		case w.fig >= 0:
			return true
		case w.lower == ",", w.breaksClause():
			return false
		}
	}
	return false
}

// contrastedBefore reports a name m before the figure at word at that is the subject or the
// place of an earlier figure, which a contrast or a coordinated clause sets beside it: "Italy
// grew 0.7% in 2024, while our economy grew 1.1%", "Germany's economy shrank 0.5%, and our
// economy grew 1.1%". The speaker's own figure is not that country's.
func (s *sentence) contrastedBefore(m match, at int) bool {
	ws := s.words
	figure := false
	for i := m.last + 1; i < at; i++ {
		switch w := &ws[i]; {
		case w.fig >= 0:
			figure = true
		case figure && (contrastOpener(w.lower) != notContrast || w.lower == "and" || w.lower == ","):
			return true
		}
	}
	return false
}

// contrastedOnly reports a country that sentence s names only in clauses set beside figure k
// (contrastedName, contrastedBefore): not the country of a speaker's "our" or "we".
func (s *sentence) contrastedOnly(code string, k int) bool {
	at := s.qFirst[k]
	seen := false
	for _, m := range s.ents {
		if c, ok := entityCode(m); !ok || c != code {
			continue
		}
		seen = true
		if m.first > at && !s.contrastedName(m, at) || m.last < at && !s.contrastedBefore(m, at) && !s.inBackgroundClause(m) {
			return false
		}
	}
	return seen
}

// namedOnlyInLaterContrast reports a country that sentence s names only after figure k, each
// time within four words after the "while", "whereas" or "but" that opens a clause holding a
// figure of its own (the callers leave the country the text is about alone: "Inflation eased
// to 3.1%, but Turkey's central bank kept its rate at 50%", in a story on Turkey): "In 1983 the economy shrank by about 5 percent, while Indonesia
// still grew more than 4 percent" sets Indonesia's growth against the figure's, whatever the
// figure's country.
func (s *sentence) namedOnlyInLaterContrast(code string, k int) bool {
	at := s.qFirst[k]
	ws := s.words
	seen := false
	for _, m := range s.ents {
		if c, ok := entityCode(m); !ok || c != code {
			continue
		}
		if m.first <= at || hasCategory(m, catCapital) {
			return false // (a city stands for who is there: "while West Berlin and Munich predicted one pct", the institutes)
		}
		opener := -1
		for i := m.first - 1; i > at && m.first-i <= 4; i-- {
			if w := ws[i].lower; w == "while" || w == "whereas" || w == "whilst" || w == "but" {
				opener = i
				break
			}
		}
		if opener < 0 || !s.figureInClauseAfter(m.last) {
			return false
		}
		seen = true
	}
	return seen
}

// namedOnlyAsActorOfLaterEvent reports that every mention of code lies in the subject of a
// clause after figure k's, opened by a subordinator, that either holds a figure of its own of
// k's measure ("even as Thailand shrank 6.1%": Thailand's, not Viet Nam's 2.91% before it; blind
// round 219) or
// names the country only as the office of a person ("after US President Donald Trump
// announced sweeping tariffs": blind round 215, Singapore's growth judged as the US's), or
// names another country than the one the text is about, an actor from outside ("Growth was 4.4
// per cent in 2024, when the United States imposed tariffs", in a text on Singapore: second
// review). With no such country, a later clause's subject is as often the figure's own
// ("Unemployment rose to 6.1% in 2025 as Canada absorbed ...", first review), and is left to
// the rules after.
func (st *articleState) namedOnlyAsActorOfLaterEvent(s *sentence, code string, k int, r *reading) bool {
	ws := s.words
	seen := false
	for _, m := range s.ents {
		if c, ok := entityCode(m); !ok || c != code {
			continue
		}
		p := ws[m.first].np
		if p < 0 || s.nps[p].first-1 <= s.qLast[k] || s.nps[p].last+1 >= len(ws) || ws[s.nps[p].last+1].vg < 0 {
			return false // not the subject of a clause after the figure
		}
		if w := ws[s.nps[p].first-1].lower; !timeOrCauseOpener(w) && !subordinator(w) {
			return false
		}
		if h := s.nps[p].head; !st.parallelFigureAfter(s, m.last, k, r) && !(h > m.last && ws[h].tag == tagProper && ws[h].ent < 0) &&
			!st.otherCountryBefore(s, code) {
			return false
		}
		seen = true
	}
	return seen
}

// otherCountryBefore reports a country other than code that the text is about before sentence
// s: the focus of its figures, else the last country it named.
func (st *articleState) otherCountryBefore(s *sentence, code string) bool {
	c := st.focus.entity
	if c == "" {
		c = st.entityBefore(s.start)
	}
	return c != "" && c != code
}

// parallelFigureAfter reports a figure of the indicator of figure k (read as r) in the clause
// after word i.
func (st *articleState) parallelFigureAfter(s *sentence, i, k int, r *reading) bool {
	_, to := s.clauseOf(i)
	indicator := r.indicatorOf(s.quants[k].Unit)
	for j := i + 1; j <= to; j++ {
		if f := s.words[j].fig; f >= 0 && s.qFirst[f] == j {
			if fr := st.figureReading(s, f); fr != nil && fr.measure != nil && fr.indicatorOf(s.quants[f].Unit) == indicator {
				return true
			}
		}
	}
	return false
}

// homeWord reports at word i a word by which a speaker names their own country without naming
// it: "here", "at home", "domestically", "in this country", "this nation's", "ours".
func (s *sentence) homeWord(i int) bool {
	ws := s.words
	switch ws[i].lower {
	case "here":
		// not the "here" that presents: "Here is the list", "here's why"
		if i+1 < len(ws) {
			switch ws[i+1].lower {
			case "is", "are", "'s", "’s":
				return false
			}
		}
		return true
	case "domestically", "ours":
		return true
	case "home":
		return i > 0 && ws[i-1].lower == "at"
	case "country", "nation":
		return i > 0 && ws[i-1].lower == "this"
	}
	return false
}

// homeOfFigure reports a word of the speaker's own country (homeWord) in figure k's part of
// its clause, which names no country: "unemployment here averaged 4.3%", "in this country it
// was 2.5%", "At home, it averaged 4.3%", "against 4.3% in this country". The figure is the
// speaker's country's: not one a clause beside it or the sentence before compares it with.
// (Its part: from the last figure or contrast before it to the next after it.)
func (s *sentence) homeOfFigure(k int) bool {
	if !s.marked(markHome) {
		return false // most sentences
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	lo, hi := from, to
	for i := s.qFirst[k] - 1; i >= from; i-- {
		if ws[i].fig >= 0 || contrastOpener(ws[i].lower) != notContrast {
			lo = i + 1
			break
		}
	}
	for i := s.qLast[k] + 1; i <= to; i++ {
		if ws[i].fig >= 0 || contrastOpener(ws[i].lower) != notContrast {
			hi = i - 1
			break
		}
	}
	home := false
	for i := lo; i <= hi; i++ {
		if ws[i].ent >= 0 {
			return false // "Here in Britain, ...": the country it names
		}
		home = home || s.homeWord(i)
	}
	if !home && lo == from {
		// a clause of place on "here": "far lower in both countries than it is here, where
		// it averaged 25.1 per cent in 2015" (blind round 138: judged as Nigeria's)
		w := from
		for w < hi && ws[w].lower == "," {
			w++
		}
		if ws[w].lower != "where" {
			w = from - 1 // (the clause may start after its "where")
		}
		if w >= 2 && ws[w].lower == "where" && ws[w-1].lower == "," && ws[w-2].lower == "here" {
			home = true
		}
	}
	return home
}

// homeCountry returns the country of a speaker's word of home in figure k's part of sentence s
// (homeOfFigure): the dateline's; else the country the text is about, unless it is the one
// compared: a country the sentence names (in another clause: its part names none), or the
// one whose same measure the sentence before stated ("France's unemployment rate was 7.4% in
// 2024. At home, it averaged 4.3%."). Empty when none is known: the figure is then no claim.
func (st *articleState) homeCountry(s *sentence, r *reading) string {
	if c := st.datelineCountry(s.start); c != "" {
		return c
	}
	c := st.entityBefore(s.start)
	if c == "" || st.lex.aggregates.has(c) || st.twoNamedJustBefore(s.start) {
		return ""
	}
	for _, m := range s.ents {
		if code, ok := entityCode(m); ok && code == c {
			return ""
		}
	}
	if f := st.focus; f.entity == c && f.measure != nil && r.measure != nil && f.measure.name == r.measure.name && st.withinSentences(f.end, s.start, 1) {
		return ""
	}
	return c
}

// homeOpenedBefore returns the country of the dateline when the sentence before s opens with
// a word of home and names no country: "At home the picture is gloomier. The economy shrank
// 0.7%" turns from the country a story told of (Russia) to the paper's own (blind round 27:
// an Austrian paper's growth and unemployment were judged as Russia's). "" otherwise.
func (st *articleState) homeOpenedBefore(s *sentence) string {
	from, to, ok := st.sentenceBefore(s)
	if !ok || !opensWithHome(st.art.Text[from:to]) {
		return "" // (the cheap test first: most sentences before open otherwise)
	}
	for _, m := range st.lex.findEntities(tokenize(st.art.Text, from, to), false) {
		if _, ok := m.has(catEntity); ok {
			return "" // "At home in Germany, ...": the country it names, which the mentions carry
		}
	}
	return st.datelineCountry(from)
}

// opensWithHome reports a sentence that opens with a word of home: "At home", "Back home",
// "Here at home", "Domestically".
func opensWithHome(sentence string) bool {
	for _, opening := range []string{"at home", "back home", "here at home", "domestically"} {
		if len(sentence) > len(opening) && ascii.EqualFold(sentence[:len(opening)], opening) {
			if c := sentence[len(opening)]; c == ' ' || c == ',' {
				return true
			}
		}
	}
	return false
}

// datelineCountry returns the country of the last dateline of the text before offset pos, or
// of the one that opens the line pos is on ("OTTAWA - ", "LONDON (Reuters) - "): where the
// story was filed, the home of "here" and of "this country". Empty when there is none. (Read
// only for a figure with a word of home, which few texts have.)
func (st *articleState) datelineCountry(pos int) string {
	text := st.art.Text
	// each line is read once: the sentences of an article ask in order, and several on one line
	// ask of the same lines. (A look back from the line last read began at the text's start
	// again: two sentences of "our" economy on each line made it quadratic.)
	d := &st.datelines
	for d.next <= pos && d.next < len(text) {
		from := d.next
		to := strings.IndexByte(text[from:], '\n')
		if to < 0 {
			to = len(text)
		} else {
			to += from
		}
		// (a dateline is read from the line's first words: the line is not tokenized whole;
		// one of a place the lexicon does not know leaves no home)
		head := to
		if head > from+datelineReach {
			head = from + strings.LastIndexByte(text[from:from+datelineReach], ' ') + 1
		}
		if c, _, ok := st.lex.datelinePlace(tokenize(text, from, head)); ok {
			d.found = append(d.found, datelineAt{from, c})
		}
		d.next = to + 1
	}
	// the last dateline of a line that starts at pos or before
	k := sort.Search(len(d.found), func(i int) bool { return d.found[i].at > pos })
	if k == 0 {
		return ""
	}
	return d.found[k-1].code
}

// datelineAt is a line that opens with a dateline: where it starts, and the dateline's country.
type datelineAt struct {
	at   int
	code string
}

// datelineReach bounds the bytes of a line read for its dateline: the longest, "RIO DE JANEIRO,
// March 4, 2025 (Thomson Reuters Foundation) - ", has some sixty.
const datelineReach = 96

// notePeriodOfUnplaced records the period of figure k, which makes no claim for want of a
// country, for the figures after it in its sentence that share it: "Unemployment averaged 4.3%
// in 2024, and Japan's was 2.7%" states Japan's rate of 2024 whatever the first figure's
// country, as it did when the first was given Japan.
func (st *articleState) notePeriodOfUnplaced(s *sentence, k int, r *reading) {
	if e, ok := st.periodOf(s, k, r); ok && e.Period != "" && !severalPeriods(e.Period) {
		r.claimPeriod, r.claimExplicit = e.Period, e.Explicit
	}
}
