package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract/timex"
)

// kindOf tells a forecast from an outturn and from an earlier figure given for comparison.
// A figure is a forecast when its own phrase names a projection ("a growth forecast of 3%"),
// when the verb it complements, or a verb that governs that one, is modal or projects ("will
// grow", "is expected to grow", "forecast a two pct rise"), when a clause right after it says
// so ("the 3.5% growth economists had forecast"), or when its period had not ended when the
// article appeared and no past tense reports it. "than expected" and "as forecast" say the
// opposite.
func (st *articleState) kindOf(s *sentence, k int, r *reading, period string, explicit bool) string {
	if s.targetPhrase(k, r) >= 0 && !policyInstrument(r) && (r.compared < 0 || s.ownTarget(k)) {
		return KindForecast // a target is no outturn, even set against one: "slower than the 6-7% target"
	}
	if verb, ok := s.estimateClauseAfter(k); ok && r.compared < 0 && verb != "estimate" {
		return KindForecast // "beating the 0.8% that economists had expected": what was expected of it
	}
	if st.otherCountry(s, k, r) {
		if base := s.readings[r.compared]; base.claimKind != "" {
			return base.claimKind // "compared with $40,000 in the US": set beside it, not before it
		}
	}
	if r.compared >= 0 || r.compared == -2 {
		// "growth is forecast to fall in 2004 from 1.9% to 1.8%": a figure a forecast moves from
		// in the same period is the earlier forecast of it, not an outturn
		if base := s.readings[max(r.compared, 0)]; r.compared >= 0 && base != nil && base.claimKind == KindForecast && period != "" && base.claimPeriod == period {
			return KindForecast
		}
		if r.compared == -2 && period != "" && s.dateAfter(s.qLast[k]) < 0 && s.forecastGoverned(k, r) {
			return KindForecast // the same before the figure it moves to: "is forecast to fall in 2004 from 1.9%"
		}
		if verb, ok := s.estimateClauseAfter(k); ok && r.compared >= 0 {
			if verb == "estimate" {
				return KindPrevious // "ahead of the 3.1% the government estimated a month ago"
			}
			return KindForecast // "above the 0.3% economists had expected"
		}
		if st.standardOnly(s, k, r) {
			return KindActual // "short of 2%", "less than the 1.5% needed": a standard, no earlier outturn
		}
		if !r.revised && st.ownProjection(s, k) {
			return KindForecast // "versus forecasts of 2.3%", "against an expected 2.3%": what was expected of it
		}
		if !r.revised && s.relativeProjectionAfter(k) {
			// "far from the 8 percent that President Prabowo has promised to reach": what a
			// clause after it projects, set against the outturn (blind round 257: judged as
			// the year before's growth)
			return KindForecast
		}
		if r.revised {
			if base := s.readings[max(r.compared, 0)]; r.compared >= 0 && base != nil && base.claimKind == KindForecast {
				return KindForecast
			}
			if s.forecastGoverned(k, r) {
				return KindForecast
			}
			return KindActual
		}
		return KindPrevious
	}
	if r.compared == -1 && s.inRelativeClause(k) && s.relativeDateAfter(k) {
		return KindPrevious // "The jobless rate, which was 6.1% a year earlier, stood at 5.9%"
	}
	if r.apposed >= 0 || r.listEntity >= 0 {
		j := r.apposed
		if j < 0 {
			j = s.figureBefore(k)
		}
		if j >= 0 && s.readings[j] != nil && s.readings[j].claimKind != "" {
			return s.readings[j].claimKind
		}
	}
	if r.vg < 0 && s.conditionBeforeModal(k) {
		return KindForecast
	}
	if s.notForecastNear(k, r) {
		return KindActual
	}
	if r.forecastNoun && !s.instrumentTarget(r) || s.forecastGoverned(k, r) || s.forecastClauseAfter(k) || s.forecastersEstimate(k) {
		return KindForecast
	}
	if s.anyCueOf(catForecast|catKindNoun) && st.forecastNounOf(s, k) {
		// "compared with forecasts of a 10 percent contraction", which no comparison read as
		// set against the outturn: what was forecast, as "against forecasts of" is (blind
		// round 136: judged as Russia's outturn of 2022)
		return KindForecast
	}
	if st.periodAhead(s, k, r, period, explicit) {
		return KindForecast
	}
	if s.deadlineAhead(k, r) || st.nextAhead(s, k, r, period) {
		return KindForecast
	}
	return KindActual
}

// conditionBeforeModal reports figure k in a phrase of "at" or "with" that opens its sentence
// or clause and ends at a comma before a clause whose verb is modal: a condition of what would
// be, not an outturn. "Even at 2% growth a year, Greece would not regain its 2007 level of
// output before the early 2030s" (blind round 256: judged as Greece's growth of 2007), "With
// growth of 2%, debt could fall".
func (s *sentence) conditionBeforeModal(k int) bool {
	ws := s.words
	i := s.phraseStart(s.qFirst[k]) - 1
	if i < 0 || ws[i].lower != "at" && ws[i].lower != "with" {
		return false
	}
	for i--; i >= 0 && ws[i].tag == tagAdv; i-- { // "Even at", "Only with"
	}
	if i >= 0 && ws[i].lower != ";" && ws[i].tag != tagSub && ws[i].tag != tagCoord {
		return false
	}
	j := s.qLast[k] + 1
	for n := 0; j < len(ws) && ws[j].lower != "," && n < 6; j, n = j+1, n+1 {
		if ws[j].vg >= 0 || ws[j].fig >= 0 || ws[j].date >= 0 {
			// "a year", "annually" may come before the comma; no verb, figure or date ("With
			// 6.5% growth in 2024, India should remain the fastest-growing": a fact, review)
			return false
		}
	}
	if j >= len(ws) || ws[j].lower != "," {
		return false
	}
	for ; j < len(ws); j++ {
		if g := ws[j].vg; g >= 0 {
			return s.vgs[g].modal
		}
	}
	return false
}

// deadlineAhead reports a figure dated "by" a month or quarter named without its year, in a
// clause no past or perfect tense reports: "Markets now price Bank Rate at 4% by December",
// "Swaps imply Bank Rate at 4% by December", "investors see the Bank cutting rates to 4% by
// November". A level to be reached by a time is looked for, not reported; the month is the
// next one (see completeClaim). "had fallen to 2% by December" and "By March, it was 3%" report.
func (s *sentence) deadlineAhead(k int, r *reading) bool {
	if !s.marked(markBy) {
		return false // most sentences: no "by" (findMarkedWords), and every figure asks
	}
	any := false
	for d := range s.exprs { // (most sentences have no such date, and every figure asks)
		if f := s.eFirst[d]; f > 0 && !s.exprs[d].Explicit && s.words[f-1].lower == "by" {
			any = true
			break
		}
	}
	if !any {
		return false
	}
	d := s.ownDate(k, r)
	if d < 0 || s.exprs[d].Explicit || s.eFirst[d] == 0 || s.words[s.eFirst[d]-1].lower != "by" {
		return false
	}
	if p := s.exprs[d].Precision; p != timex.Month && p != timex.Quarter {
		return false
	}
	g := r.vg
	if g < 0 && r.np >= 0 {
		// the verb the figure's phrase hangs from, in its own clause: not the "cut" of "After
		// the Bank cut to 4.5% on Thursday, they price Bank Rate at 4% by December"
		if g = s.governingVerb(r.np); g >= 0 {
			if from, _ := s.clauseOf(s.qFirst[k]); s.vgs[g].first < from {
				g = -1
			}
		}
	}
	for n := 0; g >= 0 && n < 4; n++ {
		if s.pastTense(g) || s.perfect(g) {
			return false // "Inflation rose, reaching 3% by December": the main clause's tense
		}
		g = s.matrixVerb(g)
	}
	return true
}

// notForecastNear reports "than expected", "as forecast" right after the figure's verb or the
// figure itself, with no other figure between: "grew more than expected", "3%, as forecast".
func (s *sentence) notForecastNear(k int, r *reading) bool {
	if !s.anyCueOf(catNotForecast) {
		return false // most sentences: every figure asks
	}
	from, to := s.clauseOf(s.qFirst[k])
	for _, m := range s.cuesFrom(from) {
		if m.first > to {
			break
		}
		if m.last > to || !hasCategory(m, catNotForecast) {
			continue
		}
		anchor := s.qLast[k]
		if r.vg >= 0 && s.vgs[r.vg].last < s.qFirst[k] && m.first < s.qFirst[k] {
			anchor = s.vgs[r.vg].last
		}
		lo, hi := min(anchor, m.first), max(anchor, m.first)
		if hi-lo <= 6 && !s.otherFigureBetween(k, lo, hi) {
			return true
		}
	}
	return false
}

// forecastGoverned reports a projection in the verb group the figure complements or in the
// verbs that govern it, up the chain of subject and verb ("economists expect inflation to
// rise to 3%", "said growth would be 2%"), or in a forecast word right before its phrase
// ("forecast a two pct rise", "hopes of 3% growth").
func (s *sentence) forecastGoverned(k int, r *reading) bool {
	if !s.anyCueOf(catForecast) && !s.marked(markModal) {
		return false // most sentences: every figure asks, and only a forecast cue or a modal projects
	}
	g := r.vg
	if g < 0 {
		if p := s.words[s.qFirst[k]].np; p >= 0 {
			g = s.governingVerb(p)
		}
	}
	for n := 0; g >= 0 && n < 4; n++ {
		if subj := s.subjectOf(g); subj >= 0 && s.cueIs(s.nps[subj].head, catKindNoun) && s.cueIs(s.nps[subj].head, catForecast) {
			return true // "The forecasts put German growth at 1.5 pct"
		}
		if s.vgs[g].first > s.qLast[k] {
			// the figure's phrase is the verb's subject: only a verb of projection makes it one
			// ("a rise of 3% is expected"), not any modal ("Last year's growth rate of 6% can
			// be attributed to ...")
			if s.projectsByWord(g) || s.conditionalModal(g) {
				return true
			}
		} else if s.projects(g) {
			return true
		}
		g = s.matrixVerb(g)
	}
	// the figure's phrase is the subject of a clause after it: "believed growth of two pct was
	// achievable", "said a rise of 3% is likely"
	if r.np >= 0 {
		for j := s.qLast[k] + 1; j < len(s.words); j++ {
			if g := s.words[j].vg; g >= 0 {
				if g != r.vg && s.subjectOf(g) == r.np && (s.projectsByWord(g) || s.conditionalModal(g)) {
					return true
				}
				break
			}
			if s.words[j].tag == tagPunct || s.words[j].tag == tagCoord || s.words[j].tag == tagSub {
				break
			}
		}
	}
	// "expectations for an inflation rate of 3.5 pct", "hopes of growth of 3%", "a target of":
	// a forecast noun whose "of"/"for" phrase holds the figure's measure.
	if r.np >= 0 {
		j := s.nps[r.np].first - 1
		if j >= 1 && (s.words[j].lower == "for" || s.words[j].lower == "of") {
			if m, ok := s.cueAt(j - 1); ok && hasCategory(m, catForecast) && s.words[j-1].tag != tagVerb && !(policyInstrument(r) && s.words[j-1].hasLemma("target")) {
				return true
			}
		}
	}
	return false
}

// projects reports a verb group that makes its complement a projection: a modal, or a verb
// of forecasting ("expected to", "forecast", "seen", "likely to", "aims").
func (s *sentence) projects(g int) bool {
	v := s.vgs[g]
	if v.modal {
		return true
	}
	for j := v.first; j <= v.last; j++ {
		if s.forecastVerbAt(j) {
			return true
		}
	}
	// "likely shrank": an adverb of projection before the verb
	for j := v.first - 1; j >= 0 && s.words[j].tag == tagAdv; j-- {
		if s.forecastVerbAt(j) {
			return true
		}
	}
	// "is likely to", "is set to": an adjective or participle between the verb and "to"
	j := v.last + 1
	if j+1 < len(s.words) && s.words[j+1].tag == tagTo && s.cueIs(j, catForecast) {
		return true
	}
	return false
}

// conditionalModal reports a verb group of "would", "could" or "might" with no perfect after
// it: of a figure that is its subject it says what the figure would be, not what it was
// ("Growth of 2% would be welcome", "Inflation of 5% could hurt"). "Can" says what a figure
// that is can do ("Last year's growth of 6% can be attributed to ..."), and "would have been"
// speaks of a real one.
func (s *sentence) conditionalModal(g int) bool {
	v := s.vgs[g]
	for j := v.first; j <= v.last; j++ {
		switch s.words[j].lower {
		case "would", "could", "might", "'d":
			return !(j+1 <= v.last && s.words[j+1].lower == "have")
		}
	}
	return false
}

// forecastVerbAt reports a word of projection at j in a verb group; "saw" is the past of "see"
// that tells what happened ("output saw growth of 2.4 pct in 1986"), not "sees" or "is seen".
func (s *sentence) forecastVerbAt(j int) bool {
	m, ok := s.cueAt(j)
	return ok && hasCategory(m, catForecast) && !hasCategory(m, catNotForecast) && s.words[j].lower != "saw" &&
		!(j > 0 && earlierOccurrenceVerb(s.words[j].lower) && (s.words[j-1].lower == "last" || s.words[j-1].lower == "not" || s.words[j-1].lower == "never"))
}

// projectsByWord reports a verb of projection in verb group g, not counting modals, or an
// adjective of possibility as its complement ("growth of two pct was achievable", "is likely").
func (s *sentence) projectsByWord(g int) bool {
	v := s.vgs[g]
	for j := v.first; j <= v.last; j++ {
		if s.forecastVerbAt(j) {
			return true
		}
	}
	j := v.last + 1
	for j < len(s.words) && s.words[j].tag == tagAdv {
		j++
	}
	return j < len(s.words) && s.words[j].tag == tagAdj && s.words[s.vgs[g].head].hasLemma("be") && s.cueIs(j, catForecast)
}

// matrixVerb returns the verb group that governs verb group g: the verb before g's subject
// ("expects [GDP] to grow", "said [inflation] would"), or -1.
func (s *sentence) matrixVerb(g int) int {
	// found once per verb group: the figures of a clause ask about its verb in turn
	if len(s.matrixVerbs) != len(s.vgs) {
		s.matrixVerbs = zeroed(s.matrixVerbs, len(s.vgs))
	}
	if known := s.matrixVerbs[g]; known != 0 {
		return int(known) - 2
	}
	m := s.findMatrixVerb(g)
	s.matrixVerbs[g] = int32(m + 2)
	return m
}

// findMatrixVerb is matrixVerb, worked out.
func (s *sentence) findMatrixVerb(g int) int {
	ws := s.words
	i := s.vgs[g].first - 1
	subj := s.subjectOf(g)
	if subj >= 0 {
		i = s.nps[subj].first - 1
		if i >= 0 && ws[i].lower == "with" {
			// "is expected to slow, with growth falling to 2.5%": the clause "with" hangs from
			return s.verbBeforeWord(i)
		}
	} else if strings.HasSuffix(ws[s.vgs[g].head].lower, "ing") {
		// a participle clause: "generating growth of only 1.8%"
		return s.verbBeforeWord(s.vgs[g].first)
	}
	if subj >= 0 && s.vgs[g].infinitive {
		if v := s.verbBeforeWord(s.vgs[g].first); v >= 0 && v != g && s.vgs[v].first > s.nps[subj].last && outdoingForms[ws[s.vgs[v].head].lower] &&
			!s.cueIs(s.vgs[v].last+1, catForecast) { // (not "outperformed expectations to expand 2.5%": reported)
			// an infinitive of result after a verb of outdoing, whose subject findSubject gave
			// it: it hangs from that verb ("was projected to surpass China's to grow 6
			// percent": projected; review of blind round 194's rule)
			return v
		}
	}
	if subj >= 0 && s.vgs[g].infinitive && i > 0 && (ws[i].lower == "and" || ws[i].lower == "or") {
		// a second subject and infinitive after the first, their verb left out: "JPMorgan
		// forecasts the US economy to contract 14 per cent in the second quarter, and euro
		// area output to fall 22 per cent" (blind round 192: read as an outturn)
		j := i - 1
		if ws[j].lower == "," {
			j--
		}
		if before := s.verbBeforeWord(j + 1); before >= 0 && before != g && s.vgs[before].infinitive && s.subjectOf(before) >= 0 {
			return s.matrixVerb(before)
		}
	}
	if subj < 0 && i > 0 && (ws[i].lower == "and" || ws[i].lower == "or") {
		// the second verb of an infinitive, "to" left out: "We expect them to hold in February
		// and cut again in April, taking Bank Rate to 3.5 per cent" (blind round 223: read as
		// an outturn of the April before)
		if before := s.verbBeforeWord(i); before >= 0 && before != g && s.vgs[before].infinitive {
			return s.matrixVerb(before)
		}
	}
	for i >= 0 && (ws[i].lower == "that" || ws[i].tag == tagAdv || ws[i].lower == ",") {
		if ws[i].lower == "," && s.parenthesisStart(i) < 0 {
			return -1
		}
		i--
	}
	if i >= 0 && ws[i].vg >= 0 && ws[i].vg != g {
		return ws[i].vg
	}
	return -1
}

// verbBeforeWord returns the nearest verb group before word i in its sentence, or -1.
func (s *sentence) verbBeforeWord(i int) int {
	for j := i - 1; j >= 0; j-- {
		if s.words[j].lower == ";" {
			return -1
		}
		if g := s.words[j].vg; g >= 0 {
			return g
		}
	}
	return -1
}

// forecastClauseAfter reports a clause right after the figure that projects it: "the 3.5%
// growth rate that economists had forecast", "three pct, the government forecast".
func (s *sentence) forecastClauseAfter(k int) bool {
	return s.projectionAfter(k, true)
}

// relativeProjectionAfter is forecastClauseAfter of a clause that only a relative pronoun
// opens: after a figure given in comparison, a clause after a comma is the main clause's
// going on ("down from 1.8% last year, and inflation will remain above target", "from 3.9
// percent, and is forecast to climb"), and a participle may report what was seen ("compared
// with the 13.5 percent seen in 1980").
func (s *sentence) relativeProjectionAfter(k int) bool {
	return s.projectionAfter(k, false)
}

// projectionAfter is forecastClauseAfter; loose lets a participle, a comma or "as" open the
// clause.
func (s *sentence) projectionAfter(k int, loose bool) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if p := ws[s.qFirst[k]].np; p >= 0 {
		i = max(i, s.nps[p].last+1)
	}
	for i < len(ws) && (ws[i].date >= 0 || isQuoteWord(ws[i].lower)) {
		i++
	}
	if i >= len(ws) {
		return false
	}
	// a participle of projection right after it: "the 8.5% targeted by the central bank",
	// "the 2% forecast by the IMF"
	if loose && ws[i].past && s.cueIs(i, catForecast) && (ws[i].tag == tagVerb || ws[i].tag == tagAdj) {
		return true
	}
	switch ws[i].lower {
	case "that", "which":
	case ",", "as":
		if !loose {
			return false
		}
	default:
		return false
	}
	if ws[i].lower == "," && s.inRelativeClause(k) {
		return false // "the economy, which grew 4.5 pct last year, would slow": the main clause's verb
	}
	for j := i + 1; j < len(ws) && j <= i+6; j++ {
		if ws[j].fig >= 0 || ws[j].lower == ";" {
			return false
		}
		if g := ws[j].vg; g >= 0 {
			if !s.projects(g) || s.cueIs(j, catNotForecast) {
				return false
			}
			// the clause ends with its verb: no object of its own follows ("he expects only
			// minor growth" has one)
			end := s.vgs[g].last + 1
			for end < len(ws) && (ws[end].tag == tagAdv || isQuoteWord(ws[end].lower)) {
				end++
			}
			return end >= len(ws) || ws[end].tag == tagPunct || ws[end].tag == tagPrep || ws[end].date >= 0
		}
	}
	return false
}

// periodAhead reports a period that had not ended when the article appeared, for a figure no
// past tense reports: "growth this year of 2.5 pct", "Unemployment in 1987 is put at 5.5 pct".
// "so far this year", "to date" and "currently" make it an outturn to date.
func (st *articleState) periodAhead(s *sentence, k int, r *reading, period string, explicitDate bool) bool {
	pub := st.art.Published
	if pub.IsZero() || period == "" || severalPeriods(period) {
		return false
	}
	end, ok := periodEnd(period)
	if !ok || !end.After(pub) {
		return false
	}
	start, _ := periodStart(period)
	if r.vg >= 0 && s.pastTense(r.vg) && !s.instrumentTarget(r) && !policyInstrument(r) && s.revisionBefore(k) && !s.saysToDate() {
		// what is revised of a period not over is a forecast of it: "Growth was revised down
		// to 0.7 per cent this year, 1.0 per cent next year and 1.5 per cent in 2025", in
		// September 2023 (blind round 192: read as three outturns)
		return true
	}
	if r.vg >= 0 && s.pastTense(r.vg) && (s.instrumentTarget(r) || !st.estimateNoun(s, k, r)) {
		return false // "Inflation fell to an estimated 12 pct this fiscal year": reported
	}
	if r.vg >= 0 && policyInstrument(r) && !start.After(pub) && s.decidedAct(r.vg) {
		// "The MPC voted to reduce Bank Rate to 4.75%" (this year): the rate is set by the
		// vote; "ministers agreed to cut the deficit to 3% of GDP this year" sets a goal
		return false
	}
	if s.capsLine && !explicitDate && (r.vg < 0 || !s.vgs[r.vg].modal && !s.projects(r.vg)) {
		return false // a headline reports in the present what has happened
	}
	if start.After(pub) {
		// a period that had not begun: "now", "currently" say when the expectation is held,
		// not that the figure is an outturn to date ("Markets now price Bank Rate rising to
		// nearly 6% by next spring", written in September)
		return true
	}
	if s.saysToDate() {
		return false
	}
	// A period under way: a year not over, stated without a verb or in the present.
	return r.vg < 0 || !s.presentState(r.vg) || s.movingToLevel(k, r)
}

// movingToLevel reports figure k as the level a movement under way is heading to: "Mexico grew
// 3.2% in 2023 but is slowing sharply to about 1.5% this year", in September 2024, tells where
// the year is heading, not its outturn (blind round 256: judged as 2024's growth); "the economy
// is growing at about three pct" is the pace now, a state.
func (s *sentence) movingToLevel(k int, r *reading) bool {
	v := s.vgs[r.vg]
	if !strings.HasSuffix(s.words[v.head].lower, "ing") || s.verbChange(r.vg) == 0 {
		return false
	}
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	return i > v.last && s.words[i].lower == "to"
}

// saysToDate reports a sentence that tells of a period so far: "currently", "now", "running",
// "present", "so far", "to date". Read once for all its figures: the sentence was lowered
// whole for each "so" and "date" of it, for each figure.
func (s *sentence) saysToDate() bool {
	if s.toDateKnown {
		return s.toDate
	}
	s.toDateKnown = true
	phrasesRead := false
	for i := range s.words {
		switch w := &s.words[i]; w.lower {
		case "currently", "now", "running", "present":
			s.toDate = true
		case "so", "date":
			if !phrasesRead {
				phrasesRead = true
				lowered := strings.ToLower(s.text)
				s.toDate = strings.Contains(lowered, "so far") || strings.Contains(lowered, "to date")
			}
		}
		if s.toDate {
			return true
		}
	}
	return false
}

// policyInstrument reports a figure of a central bank's policy rate: its "target" ("its target
// for the overnight rate", "the target range for the federal funds rate", "the cash rate
// target") is the rate the bank sets, not a goal it aims at, and a change of it is reported in
// its own tense like a change of Bank Rate.
func policyInstrument(r *reading) bool {
	return r.measure != nil && r.measure.name == "policy_rate"
}

// instrumentTarget reports a policy rate named as the bank's target, with no other word of
// projection in its phrase: "the cash rate target", "its target for the overnight rate"; not
// "its policy rate forecast".
func (s *sentence) instrumentTarget(r *reading) bool {
	if !policyInstrument(r) || r.np < 0 {
		return false
	}
	found := false
	only := func(p int) bool {
		for j := s.nps[p].first; j <= s.nps[p].last; j++ {
			if s.cueIs(j, catForecast) {
				if !s.words[j].hasLemma("target") {
					return false
				}
				found = true
			}
		}
		return true
	}
	if !only(r.np) {
		return false
	}
	if j := s.nps[r.np].first - 1; j >= 1 && (s.words[j].lower == "for" || s.words[j].lower == "of") && s.words[j-1].np >= 0 && !only(s.words[j-1].np) {
		return false
	}
	return found
}

// decisionVerbs are the verbs whose infinitive is the act decided: a committee that "voted to
// cut" or "decided to raise" rates did so by the vote, unlike one that "wanted to", "planned
// to" or "preferred to".
var decisionVerbs = []string{"vote", "decide", "agree", "opt", "choose", "elect", "resolve"}

// decidedAct reports an infinitive that a past or perfect verb of deciding governs, in its own
// verb group or the one right before it: "decided to lower the target range", "voted by a
// majority of 5–4 to reduce Bank Rate", "has agreed to raise". It is the act reported, not a
// projection of it; "will vote to", "is expected to decide to" and "plans to vote to" project.
// A vote of some members ("Two members voted to cut Bank Rate to 4.75%") is a dissent, no act of
// the committee, and stays as it was read.
func (s *sentence) decidedAct(g int) bool {
	v := s.vgs[g]
	if !v.infinitive || v.modal || s.projects(g) {
		return false
	}
	m := g
	if !s.decisionVerbIn(g, v.first, v.head) {
		m = s.verbBeforeWord(v.first)
		if m < 0 || s.vgs[m].infinitive || !s.decisionVerbIn(m, s.vgs[m].first, s.vgs[m].last+1) {
			return false
		}
		for j := s.vgs[m].last + 1; j < v.first; j++ {
			if t := s.words[j].tag; t == tagSub || t == tagCoord || s.words[j].lower == ";" {
				return false // "voted, and markets expect it to cut": another clause's
			}
		}
	}
	if s.vgs[m].modal || s.projects(m) || s.matrixVerb(m) >= 0 && s.projects(s.matrixVerb(m)) {
		return false
	}
	if subj := s.subjectOf(m); subj >= 0 && s.someMembers(subj) {
		return false
	}
	return true
}

// decisionVerbIn reports a past form of a verb of deciding among words [from, to) of verb group
// g, with no "to" before it in the group ("expected to decide to" projects).
func (s *sentence) decisionVerbIn(g, from, to int) bool {
	for j := from; j < to; j++ {
		w := &s.words[j]
		if w.tag == tagTo {
			return false
		}
		if !w.past {
			continue
		}
		for _, base := range decisionVerbs {
			if w.hasLemma(base) {
				return true
			}
		}
	}
	return false
}

// someMembers reports a subject that counts some of a committee rather than naming it: "Two
// members", "four of the nine", "a minority", "one policymaker", "Swati Dhingra".
func (s *sentence) someMembers(p int) bool {
	n := s.nps[p]
	for j := n.first; j <= n.last; j++ {
		w := &s.words[j]
		if w.tag == tagNum || w.fig >= 0 || j < n.last && isGivenName(w.text) {
			return true
		}
		switch w.lower {
		case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "some", "several",
			"member", "members", "minority", "dissenter", "dissenters", "governor":
			return true
		}
	}
	return false
}

// estimateNoun reports a figure stated as an estimate, forecast or target of a period not
// ended: "cut its growth estimate to 2 pct" projects whatever the tense of "cut".
func (st *articleState) estimateNoun(s *sentence, k int, r *reading) bool {
	p := r.np
	// "cutting its previous estimate of 1.3%": the phrase the figure is the object of
	if f := s.phraseStart(s.qFirst[k]); f > 0 && s.words[f-1].lower == "of" {
		if o := s.ofOwner(f - 1); o >= 0 {
			p = o
		}
	}
	if p < 0 {
		return false
	}
	h := s.nps[p].head
	return s.cueIs(h, catKindNoun) && (s.words[h].hasLemma("estimate") || s.cueIs(h, catForecast))
}

// presentState reports a verb group in the present tense that states a level reached ("is
// running at", "stands at", "is"): an outturn to date, unless modal.
func (s *sentence) presentState(g int) bool {
	v := s.vgs[g]
	if v.modal || s.projects(g) {
		return false
	}
	for j := v.first; j <= v.last; j++ {
		switch s.words[j].lower {
		case "has", "have":
			return true // "has been stuck at 10%"
		case "is", "are", "stands", "runs", "remains", "stays":
			return !v.passive
		}
	}
	return false
}

// periodStart and periodEnd give the first day of a period and the day after its last.
func periodStart(p string) (time.Time, bool) {
	fy := strings.HasPrefix(p, "FY")
	p = strings.TrimPrefix(p, "FY")
	if len(p) < 4 {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(p[:4])
	if err != nil {
		return time.Time{}, false
	}
	switch {
	case len(p) == 4 && fy:
		// a fiscal year is named by the year it ends in; most start in the spring before
		return time.Date(year-1, 4, 1, 0, 0, 0, 0, time.UTC), true
	case len(p) == 4:
		return time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), true
	case len(p) == 7 && p[5] == 'Q':
		q, _ := strconv.Atoi(p[6:])
		return time.Date(year, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC), true
	case len(p) == 7 && p[5] == 'H':
		h, _ := strconv.Atoi(p[6:])
		return time.Date(year, time.Month(6*h-5), 1, 0, 0, 0, 0, time.UTC), true
	case len(p) == 7:
		m, _ := strconv.Atoi(p[5:])
		return time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC), true
	case len(p) == 10:
		t, err := time.Parse("2006-01-02", p)
		return t, err == nil
	}
	return time.Time{}, false
}

func periodEnd(p string) (time.Time, bool) {
	start, ok := periodStart(p)
	if !ok {
		return time.Time{}, false
	}
	switch periodPrecision(p) {
	case timex.Year:
		return start.AddDate(1, 0, 0), true
	case timex.Half:
		return start.AddDate(0, 6, 0), true
	case timex.Quarter:
		return start.AddDate(0, 3, 0), true
	case timex.Month:
		return start.AddDate(0, 1, 0), true
	}
	return start.AddDate(0, 0, 1), true
}

// basisOf reads the basis of a rate from the words that state it — in the figure's phrase,
// right after it, or in its clause with no other figure between ("0.9% in the third quarter, or
// 3.7% annualised": "annualised" is the second figure's) — else from the period: a year's
// figure is annual, a month's change of prices month on month, a month's inflation rate year
// on year.
func (st *articleState) basisOf(s *sentence, k int, r *reading, c *Claim) string {
	if c.Indicator == "inflation" && s.sameMonthSpan(k) >= 0 {
		return BasisYoY // "rose 2.7% from December to December": over twelve months, not one
	}
	best := s.statedBasis(k)
	if c.Indicator == "unemployment_rate" && best != "" && best != BasisYoY {
		// A jobless rate is a level: "in the three months to November" is its period, and no
		// rate of change is stated.
		best = ""
	}
	if best != "" && r.vg >= 0 && s.pluperfect(r.vg) && s.durationAfter(s.qLast[k]) >= 0 {
		best = "" // "it had been 5.25% for 12 months": how long the level held, no rate over a year
	}
	precision := periodPrecision(c.Period)
	if precision == timex.Year && best == BasisYoY && s.wholeYearIn(k) {
		best = "" // "by 3.1% over the year as a whole": the annual figure, not a rate at a date
	}
	switch best {
	case "annual_rate":
		if precision == timex.Year {
			return BasisAnnual // "a two pct annual rate this year"
		}
		if s.restatesShortChange(k, r) {
			// "rose 0.4% in December, or 4.9% at an annual rate": the same month's change at a
			// year's pace, not the rise over a year, which is another figure
			return BasisAnnualised
		}
		if precision == timex.Month || c.Indicator == "inflation" {
			// "the annual rate of inflation", "taking the annual rate to 18.3 pct" of a quarterly
			// price index: the rise over a year; a quarter's GDP at an annual rate is annualised
			return BasisYoY
		}
		return BasisAnnualised
	case BasisMoM:
		if precision == timex.Quarter {
			return BasisQoQ // "from the previous three months" in a quarterly series
		}
		return best
	case "":
	default:
		return best
	}
	switch {
	case precision == timex.Year:
		return BasisAnnual
	case (precision == timex.Quarter || precision == timex.Month) && r.np >= 0 && s.annualModifier(r.np):
		return BasisYoY // "annual growth slowed to 1.6% in the second quarter"
	case (precision == timex.Quarter || precision == timex.Month) && r.np >= 0 && c.Indicator == "inflation" && s.annualWord(r.np):
		return BasisYoY // "the annual inflation rate": a price index's rise over a year, whatever its head
	case c.Indicator == "inflation" && precision == timex.Month && r.role == roleChange && s.fromMonthBefore(k, c.Period):
		return BasisMoM // "rose 0.3 pct in February from January"; not "inflation was 4% in January, unchanged from December"
	case c.Indicator == "inflation" && precision == timex.Month && r.role == roleChange:
		return BasisMoM // "consumer prices rose 0.4 pct in February"
	case c.Indicator == "inflation" && precision == timex.Month:
		return BasisYoY // an inflation rate is conventionally stated year on year
	}
	return BasisUnknown
}

// sameMonthSpan returns the word that ends a span from a month to the same month in figure
// k's clause, with no other figure between ("rose 2.7% from December to December", "3.0%
// December-on-December", "from December 2023 to December 2024", "December over December"),
// or -1. Such a span is twelve months long: the change over it is a year-on-year rate, which
// the month word alone ("to December") made a monthly change.
func (s *sentence) sameMonthSpan(k int) int {
	if !s.marked(markMonthSpan) {
		return -1 // no month after a word that joins a span's: most sentences (findMarkedWords)
	}
	if !s.monthSpansKnown {
		s.findMonthSpans()
	}
	if len(s.monthSpanEnds) == 0 {
		return -1 // most sentences: asked for every figure, answered once
	}
	from, to := s.clauseOf(s.qFirst[k])
	best, bestDist := -1, 1<<30 // the nearest: "2.9% from December 2023 to December 2024 and 2.7% from ..."
	for n := 0; n+1 < len(s.monthSpanEnds); n += 2 {
		i, end := int(s.monthSpanEnds[n]), int(s.monthSpanEnds[n+1])
		if i < from || end > to {
			continue
		}
		lo, hi := i, s.qFirst[k]
		if i > s.qLast[k] {
			lo, hi = s.qLast[k], i
		}
		if !s.otherFigureBetween(k, lo, hi) && hi-lo < bestDist {
			best, bestDist = end, hi-lo
		}
	}
	if r := s.readings[k]; best < 0 && r != nil && r.coordinated >= 0 && r.coordinated < k {
		// the later item of a list shares the first's span: "measured December to December,
		// was 9.28% in 2023 and 5.20% in 2024" (attack round 22: 5.20 was 2024's average)
		return s.sameMonthSpan(r.coordinated)
	}
	return best
}

// monthToOtherMonthAfter reads "from November to December" (or "between November and
// December") right after figure k: a span from one month to another, whose change is no year's
// figure. It returns the span's words.
func (s *sentence) monthToOtherMonthAfter(k int) (string, bool) {
	ws := s.words
	i := s.qLast[k] + 1
	if i+3 >= len(ws) || ws[i].lower != "from" && ws[i].lower != "between" {
		return "", false
	}
	m1, ok := spanMonth(ws[i+1].lower)
	if !ok || ws[i+1].tag != tagNoun && ws[i+1].tag != tagProper {
		return "", false
	}
	j := i + 2
	if isYearWord(ws[j].lower) {
		j++ // "from November 2022 to December"
	}
	if j+1 >= len(ws) || ws[j].lower != "to" && ws[j].lower != "and" && ws[j].lower != "through" {
		return "", false
	}
	m2, ok := spanMonth(ws[j+1].lower)
	if !ok || m2 == m1 {
		return "", false // (from a month to the same month: sameMonthSpan's)
	}
	return s.text[ws[i].start-s.start : ws[j+1].end-s.start], true
}

// findMonthSpans records the spans from a month to the same month of the sentence
// ("December to December", "December 2023 to December 2024"): the word of the first month and
// of the second, in pairs.
func (s *sentence) findMonthSpans() {
	s.monthSpansKnown = true
	ws := s.words
	for i := range ws {
		// (every word of the sentence passes here: most are turned away by their length and
		// their first and last letters, inlined, before the months' table is called)
		if !timex.MayBeMonth(ws[i].lower) {
			continue
		}
		m1, ok := spanMonth(ws[i].lower)
		if !ok {
			continue
		}
		j := i + 1
		if j < len(ws) && isYearWord(ws[j].lower) {
			j++ // "December 2023 to December 2024"
		}
		if j+1 >= len(ws) {
			break
		}
		switch ws[j].lower {
		case "to", "over", "on", "through", "until":
		default:
			continue
		}
		if m2, ok := spanMonth(ws[j+1].lower); ok && m2 == m1 {
			s.monthSpanEnds = append(s.monthSpanEnds, int32(i), int32(j+1))
		}
	}
}

// inflationMonthSpan is sameMonthSpan for an inflation claim with a period, -1 for any other
// (asked first: every figure passes where it is asked).
func (s *sentence) inflationMonthSpan(c *Claim, k int) int {
	if c.Indicator != "inflation" || c.Period == "" {
		return -1
	}
	return s.sameMonthSpan(k)
}

// sameMonthSpanPeriod returns the month a span from a month to the same month ends in, the
// word at i (sameMonthSpan): the month with its year ("to December 2024"), else that month of
// the year named right after the span ("from December to December in 2024"), of the year the
// figure's sentence gives it (own: "fell to 117.8% in 2024, measured December on December,
// from 211.4% in 2023"), or of the only year the sentence names ("In 2022, consumer prices
// rose 6.5% from December to December"), else "": "December" alone is the latest December,
// which need not be the year's.
func (s *sentence) sameMonthSpanPeriod(i int, own string) string {
	if d := s.words[i].date; d >= 0 && s.exprs[d].Explicit && s.exprs[d].Precision == timex.Month {
		return s.exprs[d].Period // "to December 2024"
	}
	m, _ := spanMonth(s.words[i].lower)
	if j := i + 1; j+1 < len(s.words) && (s.words[j].lower == "in" || s.words[j].lower == "of") {
		if d := s.words[j+1].date; d >= 0 && s.exprs[d].Explicit && s.exprs[d].Precision == timex.Year && len(s.exprs[d].Period) == 4 {
			return fmt.Sprintf("%s-%02d", s.exprs[d].Period, int(m))
		}
	}
	if own != "" {
		return fmt.Sprintf("%s-%02d", own, int(m))
	}
	year := ""
	for d, e := range s.exprs {
		if !e.Explicit || e.Precision != timex.Year || len(e.Period) != 4 || s.eFirst[d] < 0 {
			continue
		}
		if year != "" && year != e.Period {
			return "" // "4.1% in 2023 and 2.9% from December to December in 2024": which is not said
		}
		year = e.Period
	}
	if year == "" {
		return ""
	}
	return fmt.Sprintf("%s-%02d", year, int(m))
}

// spanMonth reads a month's name, whole or cut to three letters or more ("December", "Dec").
func spanMonth(lower string) (time.Month, bool) {
	if len(lower) < 3 {
		return 0, false
	}
	return timex.MonthOf(lower)
}

// isYearWord reports a word of four digits that may be a year ("2024").
func isYearWord(lower string) bool {
	if len(lower) != 4 || lower[0] != '1' && lower[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if lower[i] < '0' || lower[i] > '9' {
			return false
		}
	}
	return true
}

// basisCuesOf returns the indices of the sentence's cues that name a basis, found once: every
// figure asks for them.
func (s *sentence) basisCuesOf() []int {
	if !s.basisKnown {
		s.basisCues, s.basisKnown = s.basisCues[:0], true
		for i := range s.cues { // (by index: a copy of each match cost more than the test)
			if s.cues[i].categories&catBasis != 0 {
				s.basisCues = append(s.basisCues, i)
			}
		}
	}
	return s.basisCues
}

// statedBasis returns the basis cue nearest to figure k in its clause with no other figure
// between, or "".
func (s *sentence) statedBasis(k int) string {
	cues := s.basisCuesOf()
	if len(cues) == 0 {
		return "" // most sentences: every figure asks
	}
	from, to := s.clauseOf(s.qFirst[k])
	if f := s.frontedParticipleStart(from); f >= 0 {
		from = f // "Compared with a year earlier, output was up 2.7%" (fronted_basis.go)
	}
	best, bestDist := "", 1<<30
	for _, mi := range cues {
		m := s.cues[mi]
		v, _ := m.has(catBasis)
		if m.first < from || m.last > to {
			continue
		}
		if m.first > 0 && s.words[m.first-1].lower == "not" {
			continue // "On a quarterly basis, not annualized, the economy contracted about 9.5%" (blind round 236)
		}
		lo, hi := m.last, s.qFirst[k]
		if m.first > s.qLast[k] {
			lo, hi = s.qLast[k], m.first
		}
		if s.otherFigureBetween(k, lo, hi) {
			continue
		}
		if j := m.last + 2; j < len(s.words) && s.words[m.last+1].lower == "of" && s.words[j].fig >= 0 && s.words[j].fig != k {
			continue // "a year-on-year rate of 4.1 pct" is the basis of that figure, not of one before
		}
		if p := s.words[m.last].np; p >= 0 && s.ofFigure(p, k) {
			continue // "for a year-on-year fall of 1.1 pct": the basis of the fall's figure
		}
		if m.last < s.qFirst[k] {
			if j := s.figureOfPhraseAt(k, m.first); j >= 0 && (s.readings[k] == nil || s.readings[k].compared != j) {
				// "grew at a 3.4% annualised pace ..., and full-year growth came in at 2.5%";
				// not "to 2.5 pct year on year from ... two pct", set against that figure
				continue
			}
		}
		if m.first > s.qLast[k] && s.measureOfLaterFigure(k, m.first) {
			continue // "rose 0.4 pct ..., putting the annual rate of inflation at 6.2 pct"
		}
		if d := hi - lo; d < bestDist {
			best, bestDist = v, d
		}
	}
	return best
}

// annualModifier reports "annual" or "annualised" modifying the measure of noun phrase p whose
// head is no rate or pace: "annual growth", "annual GDP growth"; not "an annual rate of 1.9%",
// which is annualised.
func (s *sentence) annualModifier(p int) bool {
	if h := s.words[s.nps[p].head].lower; hasLemma(h, "rate") || hasLemma(h, "pace") {
		return false
	}
	return s.annualWord(p)
}

// annualWord reports "annual" or "yearly" among the modifiers of noun phrase p.
func (s *sentence) annualWord(p int) bool {
	n := s.nps[p]
	for i := n.first; i < n.head; i++ {
		if s.words[i].lower == "annual" || s.words[i].lower == "yearly" {
			return true
		}
	}
	return false
}

// figureOfPhraseAt returns the figure other than k whose noun phrase holds word i, or -1: a
// basis named there is that figure's ("a 3.4% annualised pace").
func (s *sentence) figureOfPhraseAt(k, i int) int {
	p := s.words[i].np
	if p < 0 {
		return -1
	}
	for j := s.nps[p].first; j <= s.nps[p].last; j++ {
		if f := s.words[j].fig; f >= 0 && f != k {
			return f
		}
	}
	return -1
}

// measureOfLaterFigure reports word i inside the measure phrase of a figure after figure k:
// a basis named there is that figure's.
func (s *sentence) measureOfLaterFigure(k, i int) bool {
	for j := k + 1; j < len(s.quants); j++ {
		r := s.readings[j]
		if r == nil || r.np < 0 || s.qFirst[j] < i {
			continue
		}
		n := s.nps[r.np]
		if n.first <= i && i <= n.last {
			return true
		}
		if f := n.first; f >= 2 && s.words[f-1].lower == "of" {
			// the phrase "of" the measure hangs from: "the annual rate of inflation"
			if p := s.words[f-2].np; p >= 0 && s.nps[p].first <= i && i <= s.nps[p].last {
				return true
			}
		}
	}
	return false
}

// ofFigure reports a figure other than k after noun phrase p and its "of", "to" or "at": the
// phrase's own figure ("a year-on-year fall of 1.1 pct", "bringing the annual rate to 4.5 pct").
func (s *sentence) ofFigure(p, k int) bool {
	j := s.nps[p].last + 2
	if j >= len(s.words) || s.words[j].fig < 0 || s.words[j].fig == k {
		return false
	}
	switch s.words[j-1].lower {
	case "of", "to", "at":
		return true
	}
	return false
}

// fromMonthBefore reports "from" and the month before period after figure k, in its clause
// and before any other figure: "rose 0.3 pct in February from January" is a monthly change.
func (s *sentence) fromMonthBefore(k int, period string) bool {
	prev := shiftPeriod(timex.Expr{Period: period, Precision: timex.Month}, -1, false).Period
	if prev == "" {
		return false
	}
	_, to := s.clauseOf(s.qFirst[k])
	for i := s.qLast[k] + 1; i+1 <= to && i+1 < len(s.words); i++ {
		if f := s.words[i].fig; f >= 0 && f != k {
			return false
		}
		if s.words[i].lower != "from" {
			continue
		}
		j := i + 1
		for j < len(s.words) && s.words[j].tag == tagDet {
			j++
		}
		if j < len(s.words) {
			if d := s.words[j].date; d >= 0 && s.exprs[d].Period == prev {
				return true
			}
		}
	}
	return false
}

// otherFigureBetween reports a figure other than k strictly between words lo and hi.
func (s *sentence) otherFigureBetween(k, lo, hi int) bool {
	for t := lo + 1; t < hi; t++ {
		if f := s.words[t].fig; f >= 0 && f != k && !isDuration(s.quants[f].Unit) {
			return true // not a span of a date: "in the first three months of the year"
		}
	}
	return false
}

// cuesFrom returns the cues of the sentence that start at word first or after it: cues come
// in the order they start, and a figure asking about its own clause should not read the cues
// of the whole sentence (a long one holds hundreds).
func (s *sentence) cuesFrom(first int) []match {
	return s.cues[sort.Search(len(s.cues), func(i int) bool { return s.cues[i].first >= first }):]
}
