package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/extract/timex"
)

// levelThanBefore reads a level set, by a comparative after the figure and past the figure's
// own date, against a time before that date: "Germany's economy was 0.1% larger in 2024 than
// before the pandemic", "0.1% higher in 2024 than pre-Covid", "0.3% bigger in 2024 than at the
// end of 2019". The figure is the change over all the years since, never the one year's
// growth. With a year that lies more than a year before the figure's own, its period is the
// span of the years between ("2020/2024", as thanYearsBefore reads "than in 2019"); with an
// earlier time that has no date ("before the pandemic"), it has none. Set against the year
// before, or "a year earlier", the figure is its period's change, read as before: "prices were
// 2% higher in December than a year earlier" is year-on-year.
func (s *sentence) levelThanBefore(k int) (timex.Expr, bool) {
	if !s.marked(markThan) {
		return timex.Expr{}, false // most sentences: every figure asks
	}
	ws := s.words
	_, to := s.clauseOf(s.qFirst[k])
	i := s.qLast[k] + 1
	if i > to || !(isComparative(ws[i].lower) || strings.HasSuffix(ws[i].lower, "er") && ws[i].tag == tagAdj) {
		return timex.Expr{}, false
	}
	// the figure's own date between the comparative and "than": "larger in 2024 than"
	than, own := -1, -1
	for j := i + 1; j <= to && j <= i+5; j++ {
		if ws[j].lower == "than" {
			than = j
			break
		}
		switch {
		case ws[j].date >= 0:
			own = ws[j].date
		case ws[j].tag == tagPrep || ws[j].tag == tagDet:
		default:
			return timex.Expr{}, false
		}
	}
	if than < 0 || own < 0 {
		return timex.Expr{}, false // "2.7 pct higher than in 1985" and the like: periodOf reads them
	}
	ownYear, ok := yearOf(s.exprs[own])
	if !ok {
		return timex.Expr{}, false
	}
	for j := than + 1; j <= to && j <= than+5; j++ {
		w := &ws[j]
		if w.fig >= 0 {
			return timex.Expr{}, false
		}
		if w.date >= 0 {
			base, ok := yearOf(s.exprs[w.date])
			if !ok || base >= ownYear-1 {
				return timex.Expr{}, false // "than a year earlier", "than in 2023": its year's change
			}
			return timex.Expr{Period: fmt.Sprintf("%d/%d", base+1, ownYear), Precision: timex.Year, Explicit: true}, true
		}
		if w.lower == "before" || w.lower == "pre" || strings.HasPrefix(w.lower, "pre-") {
			last := to
			if last > j && ws[last].punct {
				last--
			}
			return timex.Expr{Reason: "a change since " + s.text[ws[than+1].start-s.start:ws[last].end-s.start] + ", not one period's"}, true
		}
		if w.tag != tagPrep && w.tag != tagDet && w.tag != tagNoun {
			return timex.Expr{}, false
		}
	}
	return timex.Expr{}, false
}

// changeFromYearLongBefore reads a change counted from a year more than a year before the
// figure's own (period): "By 2008 it had shrunk by around 40% from its 1998 peak" is the fall
// over the ten years to 2008, not 2008's (blind round 80: judged as Zimbabwe's growth of 2008).
// The year stands in the phrase right after "from" after the figure ("from its 1998 peak",
// "from the 1998 level", "from 1998"), with no figure of its own.
func (s *sentence) changeFromYearLongBefore(k int, period string) (timex.Expr, bool) {
	ws := s.words
	i := s.qLast[k] + 1
	if i+1 < len(ws) && ws[i].tag == tagPrep && ws[i].lower != "from" && ws[i+1].date >= 0 {
		i = s.eLast[ws[i+1].date] + 1 // past the figure's own date: "fell 40% in 2008 from the 1998 level"
	}
	if i >= len(ws) || ws[i].lower != "from" {
		return timex.Expr{}, false
	}
	own, err := strconv.Atoi(period)
	if err != nil {
		return timex.Expr{}, false
	}
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		w := &ws[j]
		if w.fig >= 0 || w.punct || w.vg >= 0 {
			return timex.Expr{}, false
		}
		if w.date >= 0 {
			base, ok := yearOf(s.exprs[w.date])
			if !ok || s.exprs[w.date].Precision != timex.Year || base >= own-1 {
				return timex.Expr{}, false // "from 2023": the year's change
			}
			if n := s.eLast[w.date] + 1; n < len(ws) && (ws[n].lower == "to" || ws[n].lower == "until" || ws[n].lower == "through") {
				return timex.Expr{}, false // "from 2013 to 2023": a span the dates' rules read
			}
			return timex.Expr{Period: fmt.Sprintf("%d/%d", base+1, own), Precision: timex.Year, Explicit: true}, true
		}
	}
	return timex.Expr{}, false
}

// yearOf returns the year a date expression falls in: "2019", "2019-12", "2019-Q4".
func yearOf(e timex.Expr) (int, bool) {
	if len(e.Period) < 4 || severalPeriods(e.Period) {
		return 0, false
	}
	y, err := strconv.Atoi(e.Period[:4])
	return y, err == nil
}

// namedEarlierRelease reports a figure of a year that the sentence itself names as an earlier
// estimate of its period, since superseded (s25 attack 7, F2): the figure a revision replaced
// ("shrank 0.9% in 2023, revised from an initial 0.3%", "revised from a first estimate of
// growth of 0.1%"), or one whose own clause names a first or earlier estimate, or says it was
// "initially" given, while the sentence names its revision or states the period's figure
// before it ("shrank 0.3%, according to first estimates later revised to 0.9%", "shrank 0.2%
// in 2024; the initial estimate was a rise of 0.1%"). The article is right to quote it; the
// table, whose yearly editions seldom hold a national office's first estimate, cannot tell it
// from a wrong outturn. A quarter's or a month's earlier estimate is left to the judge, whose
// between-releases rule already keeps it from an alarm; a first estimate no later figure or
// revision supersedes ("according to Rosstat's first estimate") is the current figure. With
// no word for an estimate, a figure is still one when a verb revising it moves it "from X to
// Y" within its year (revisedFromTo) or the sentence says it was "later revised to" another
// (revisedLater); a first estimate is superseded by the figure a clause after a semicolon says
// it "now" stands at, too (supersededAfter).
func (st *articleState) namedEarlierRelease(s *sentence, k int, r *reading, c *Claim) bool {
	if st.revisedEarlierPeriod(s, k, r, c) {
		return true
	}
	if !r.revised && !s.anyCueOf(catRevision|catKindNoun) || c.Kind == KindForecast || c.Period == "" {
		return false // most figures
	}
	if periodPrecision(c.Period) != timex.Year {
		// a quarter's or a month's figure that its own words call an earlier estimate, in a
		// past before the past ("The first estimate for the fourth quarter, published in
		// January, had been 2.3%"): superseded by the time told of, so not the outturn; the
		// judge's between-releases rule holds the others
		return r.vg >= 0 && s.pluperfect(r.vg) && s.namesEarlierEstimate(k)
	}
	if r.revised && r.compared >= 0 {
		br := s.readings[r.compared]
		return br != nil && br.claimKind != KindForecast && br.claimPeriod == c.Period && s.revisedFrom(k)
	}
	if r.compared == -2 && (c.Kind == KindActual || c.Kind == KindPrevious) && closedStatistic(c.Indicator) && s.revisedFromTo(k, r) {
		return true // "growth in 2023 was raised from 5.2% to 5.4%"
	}
	if !s.namesEarlierEstimate(k) {
		return (c.Kind == KindActual || c.Kind == KindPrevious) && closedStatistic(c.Indicator) && s.revisedLater(k, c.Period)
	}
	if s.revisedAfter(k) || st.supersededAfter(s, k, r, c.Period) {
		return true
	}
	// the period's figure stated before it: "shrank 0.2% in 2024; the initial estimate was ..."
	for j := k - 1; j >= 0; j-- {
		if br := s.readings[j]; br != nil && br != &readingUnderWay && br.measure == r.measure && br.claimPeriod == c.Period &&
			br.claimKind == KindActual && br.claimEntity == c.Entity {
			return true
		}
	}
	return false
}

// revisedEarlierPeriod reports the figure a revision replaced of a period earlier than the one
// the sentence reports, a quarter's or a month's too: "rose 0.2% in the third quarter, after
// 0.4% in the second quarter, revised down from 0.5%". The revision came out with the later
// period's first figure, so the earlier estimate was superseded before any article that
// reports both; the judge's between-releases rule cannot keep it from an alarm, and the table
// would call the figure the text itself says was revised outdated.
func (st *articleState) revisedEarlierPeriod(s *sentence, k int, r *reading, c *Claim) bool {
	if !r.revised || r.compared < 0 || c.Kind == KindForecast || c.Period == "" {
		return false
	}
	br := s.readings[r.compared]
	if br == nil || br.compared < 0 || br.claimKind == KindForecast || br.claimPeriod != c.Period || !s.revisedFrom(k) {
		return false
	}
	// the figure the revised one is set against is of a later period
	mr := s.readings[br.compared]
	return mr != nil && mr.claimPeriod != "" && mr.claimPeriod != br.claimPeriod
}

// namesEarlierEstimate reports, in the stretch of the sentence around figure k that no other
// figure or semicolon divides from it, a phrase that names an earlier estimate ("the first
// estimate", "according to preliminary estimates", "the initial estimate was") or an adverb
// that says the figure was the first given ("Destatis initially said", "originally put").
func (s *sentence) namesEarlierEstimate(k int) bool {
	ws := s.words
	from, to := s.qFirst[k], s.qLast[k]
	for from > 0 && ws[from-1].lower != ";" && (ws[from-1].fig < 0 || ws[from-1].fig == k) && !s.cueIs(from-1, catComparison) && !ws[from-1].hasLemma("revise") {
		from--
	}
	// (nor a comparison or a revision: "shrank 0.9%, revised from a first estimate of 0.3%"
	// names the other figure's estimate, and "first estimates later revised to 0.9%" the one
	// before's)
	for to+1 < len(ws) && ws[to+1].lower != ";" && (ws[to+1].fig < 0 || ws[to+1].fig == k) && !s.cueIs(to+1, catComparison) && !s.words[to+1].hasLemma("revise") {
		to++
	}
	for i := from; i <= to; i++ {
		if i < s.qFirst[k] && (ws[i].lower == "initially" || ws[i].lower == "originally") {
			return true
		}
		if p := ws[i].np; p >= 0 && s.nps[p].head == i && s.earlierEstimate(p) {
			return true
		}
		if s.cueIs(i, catRevision) {
			switch ws[i].lower {
			case "first", "initial", "preliminary", "provisional", "earlier", "previous", "initially", "originally", "previously":
				return true // "according to first estimates", "was initially reported"
			}
		}
	}
	return false
}

// revisedAfter reports, after figure k in its sentence, a verb of revising that takes no object
// of its own, so that what was revised is the figure stated before: "later revised to 0.9%",
// "the figure has since been revised", "since revised up". "the IMF revised its forecast for
// 2025" revises something else.
func (s *sentence) revisedAfter(k int) bool {
	ws := s.words
	for i := s.qLast[k] + 1; i < len(ws); i++ {
		if !ws[i].hasLemma("revise") || !ws[i].past {
			continue
		}
		if i+1 == len(ws) || ws[i+1].punct {
			return true
		}
		switch ws[i+1].lower {
		case "to", "up", "down", "upward", "upwards", "downward", "downwards", "from", "since", "later":
			return true
		}
	}
	return false
}

// closedStatistic reports an indicator an office measures after the fact (growth, inflation,
// unemployment), whose figure for a past year has one value that releases only revise. A
// policy rate "raised from 5% to 5.25%" is a decision, both values real.
func closedStatistic(indicator string) bool {
	switch indicator {
	case "gdp_growth", "gdp_per_capita_growth", "inflation", "unemployment_rate":
		return true
	}
	return false
}

// revisedFromTo reports figure k as the first of a "from X to Y" pair that a verb revising the
// figure itself moves within one period named before it (s27 attack 10, B1): "growth in 2023
// was raised from 5.2% to 5.4%", "China's 2023 growth was revised up from 5.2% to 5.4%", "the
// bureau revised 2023 growth from 5.2% to 5.4%". X is the estimate the revision replaced, not
// the year's figure. A year has one growth rate, so the move is no change over time when the
// year stands before the verb, in the subject or the object; a date after the pair ("inflation
// was cut from 10% to 3% in 2023") or a fronted one ("In 2023, inflation was cut from 10% to
// 3%") may date a fall over the year, and a verb that moves things as well as estimates
// ("raise", "cut", "lower") revises only in the passive: "reforms raised growth from 2% to 3%"
// is a change. Two periods ("from 2% in 2022 to 3% in 2023") and verbs of movement ("slowed
// from 3% to 2%") are left as they are.
func (s *sentence) revisedFromTo(k int, r *reading) bool {
	if r.vg < 0 || k+1 >= len(s.quants) || !s.pairedWith(k, k+1) {
		return false
	}
	ws := s.words
	v := s.vgs[r.vg]
	if !s.cueIs(v.head, catRevision) || v.last >= s.qFirst[k] {
		return false
	}
	h := &ws[v.head]
	revising := h.hasLemma("revise") || h.hasLemma("upgrade") || h.hasLemma("downgrade")
	if !v.passive && !revising {
		return false // "the reforms raised growth from 2% to 3%"
	}
	if i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1); i <= v.last || ws[i].lower != "from" {
		return false
	}
	if j := s.skipBack(s.phraseStart(s.qFirst[k+1]) - 1); j < 0 || ws[j].lower != "to" {
		return false
	}
	from, to := s.clauseOf(s.qFirst[k])
	dated := false
	for d := range s.exprs {
		if s.exprs[d].Period == "" || s.eLast[d] < from || s.eFirst[d] > to {
			continue
		}
		switch {
		case s.eFirst[d] > s.qLast[k]:
			return false // "from 2% in 2022 to 3% in 2023", "from 10% to 3% in 2023"
		case s.eLast[d] > v.last:
			dated = revising // the object's: "revised 2023 growth from"
		default:
			dated = true
			for i := s.eLast[d] + 1; i < v.first; i++ {
				if ws[i].lower == "," {
					dated = false // fronted: "In 2023, inflation was cut from 10% to 3%"
				}
			}
		}
	}
	return dated
}

// revisedLater reports figure k of period as the figure a revision after it replaced, though
// its own words name no estimate (s27 attack 10, B2): "a fall of 11% in 2020, later revised to
// a fall of 10.3%", "shrank 11% in 2020, a figure since revised to 10.3%", "grew 7.5% in 2021,
// which was subsequently revised up to 8.5%". The verb of revising takes no object of its own
// (revisedAfter) and nothing stands between it and the figure but the figure's date, a noun
// that names a figure ("a figure", "an estimate") or a pronoun: "inflation was 3%, and 2022's
// growth was later revised to 1.5%" revises another figure, and "revised from 0.9%" makes k
// the new one.
func (s *sentence) revisedLater(k int, period string) bool {
	ws := s.words
	figureNoun := false // an apposed noun of a figure: "a figure", "an estimate"
	for i := s.qLast[k] + 1; i < len(ws); i++ {
		w := &ws[i]
		switch {
		case w.fig >= 0:
			return false
		case w.date >= 0:
			if s.exprs[w.date].Period != period {
				return false
			}
		case w.hasLemma("revise") && w.past,
			figureNoun && w.past && movesAnEstimate(w.lower):
			// "a figure since raised to 4.1%": after a noun that names the figure, a verb
			// that moves things moves the estimate; "inflation was cut to 2%" is a change
			j := i + 1
			if j < len(ws) && isDirectionParticle(ws[j].lower) {
				j++ // "since revised up", but "revised up from 2.9%" makes k the new figure
			}
			return j == len(ws) || ws[j].punct || ws[j].lower == "to"
		case w.vg >= 0 && w.tag != tagAux && !s.vgs[w.vg].passive:
			return false // a verb of its own: "and unemployment rose"
		case w.np >= 0 && s.nps[w.np].head == i && w.tag != tagPron && !s.cueIs(i, catKindNoun):
			return false // another noun: "and the deficit was later revised"
		case w.np >= 0 && s.nps[w.np].head == i:
			// the figure named again in apposition, right after the comma that ends its
			// phrase: "3.6%, a figure"; "and rates were since raised" names another
			first := s.nps[w.np].first
			figureNoun = first > 0 && ws[first-1].lower == "," && estimateNouns[w.lower]
		}
	}
	return false
}

// estimateNouns are the nouns that name a figure as one estimate of it.
var estimateNouns = map[string]bool{"figure": true, "estimate": true}

// movesAnEstimate reports the past participles of verbs that revise an estimate when it is
// their object ("a figure since raised to 4.1%", "an estimate later cut to 0.8%").
func movesAnEstimate(lower string) bool {
	switch lower {
	case "raised", "lowered", "cut", "upgraded", "downgraded", "corrected", "trimmed", "marked", "nudged", "pushed":
		return true
	}
	return false
}

// supersededAfter reports, after a semicolon that follows figure k (a figure its own clause
// names as an earlier estimate), a clause that states the same figure as it stands now (s27
// attack 10, B3): "contracted by 1.7% in 2024, according to INDEC's first estimate; the World
// Bank now records -1.3%", "grew 0.1% in 2023 by the first estimate; the ONS now puts it at
// 0.4%". The clause after says "now" or "since" and holds nothing of its own but a source: no
// place ("; the euro area grew 0.9%"), no other measure ("; unemployment now stands at 9%"), no
// other period and no forecast.
func (st *articleState) supersededAfter(s *sentence, k int, r *reading, period string) bool {
	ws := s.words
	semi := -1
	for i := s.qLast[k] + 1; i < len(ws) && semi < 0; i++ {
		switch {
		case ws[i].fig >= 0:
			return false
		case ws[i].lower == ";":
			semi = i
		}
	}
	if semi < 0 {
		return false
	}
	now := false
	for i := semi + 1; i < len(ws); i++ {
		w := &ws[i]
		switch {
		case w.fig >= 0:
			return now && unitClass(s.quants[w.fig].Unit) == unitClass(s.quants[k].Unit)
		case w.lower == ";":
			return false
		case w.lower == "now" || w.lower == "since":
			now = true
		case w.date >= 0 && s.exprs[w.date].Period != period:
			return false
		case w.ent >= 0 && w.inst < 0:
			return false
		case s.cueIs(i, catForecast):
			return false
		case w.np >= 0 && s.nps[w.np].head == i:
			if nm := st.nounMeasure(s, w.np); nm.measure != nil && nm.measure != r.measure {
				return false
			}
		}
	}
	return false
}

// revisedToSign gives a figure a revision moves the original to ("later revised to 0.9%", "the
// figure has since been revised to 0.9%") the direction of the clause that stated the
// original ("shrank 0.3% in 2023"), when neither its own phrase nor its subject names a
// measure or a change of its own: a contraction revised is still a contraction. "Growth was
// revised to 0.9%" is growth's value, and "a contraction revised up to 0.9%" has its own sign.
func (st *articleState) revisedToSign(s *sentence, k int, r *reading) {
	if r.sign < 0 || r.role != roleValue && r.role != roleChange || r.compared != -1 || k == 0 || !s.anyCueOf(catRevision) {
		return // most figures
	}
	prep := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if prep < 0 || s.words[prep].lower != "to" {
		return
	}
	if r.vg < 0 || !s.words[s.vgs[r.vg].head].hasLemma("revise") || prep < s.vgs[r.vg].last {
		// the figure's own verb is none, or the particle of the revision ("revised the
		// estimate down to"): the revision's verb stands before its object
		if st.revisedObjectVerb(s, prep) < 0 {
			return
		}
	}
	if p := s.words[s.qFirst[k]].np; p >= 0 && s.nps[p].head > s.qLast[k] {
		return // "revised to a 0.1% rise", "revised to 0.9% growth": its own words
	}
	for j := k - 1; j >= 0; j-- {
		br := s.readings[j]
		if br == nil || br == &readingUnderWay || br.measure != r.measure {
			continue
		}
		if r.np >= 0 && s.nps[r.np].first > s.qLast[j] {
			// a subject of its own after the original: "growth was revised to 0.9%" is
			// growth's value; "the figure has since been revised" names none
			if nm := st.nounMeasure(s, r.np); nm.measure != nil && nm.headIsMeasure || nm.changeSign != 0 {
				return
			}
		}
		if br.role == roleChange && br.sign < 0 && br.compared == -1 {
			r.role, r.sign = roleChange, -1
		}
		return
	}
}

// revisedObjectVerb returns the word of the verb of an active revision whose object names the figure
// stated before and whose "to" (the word at prep) gives the new one: "it later revised the
// figure to 1.2%", "the office revised it to 0.9%", "revised that estimate down to 1.2%". The
// object is a pronoun or a noun of a figure ("figure", "estimate") with no measure of its own:
// "revised its growth forecast to 1.2%" and "revised the deficit to 3%" name what they revise.
// It returns -1 for any other words before "to".
func (st *articleState) revisedObjectVerb(s *sentence, prep int) int {
	ws := s.words
	i := prep - 1
	for i > 0 && (ws[i].tag == tagAdv || isDirectionParticle(ws[i].lower)) {
		i-- // "revised it down to", "revised the figure sharply to"
	}
	if i <= 0 {
		return -1
	}
	switch w := &ws[i]; {
	case w.tag == tagPron:
		switch w.lower {
		case "it", "that", "this":
		default:
			return -1
		}
		i--
	case w.np >= 0 && s.nps[w.np].head == i:
		nm := st.nounMeasure(s, w.np)
		if !nm.kindNoun || nm.measure != nil || nm.forecast || nm.entity >= 0 {
			return -1
		}
		i = s.nps[w.np].first - 1
	default:
		return -1
	}
	// (the verb's own tag is not asked: "has since revised" is read as an adjective after an
	// adverb, and a verb with an object after it is active)
	if i < 0 || !ws[i].hasLemma("revise") {
		return -1
	}
	return i
}

// isDirectionParticle reports the particle of a revision's direction ("revised it down").
func isDirectionParticle(lower string) bool {
	switch lower {
	case "up", "down", "upward", "upwards", "downward", "downwards":
		return true
	}
	return false
}

// namedFirstRelease reports a word between words from and to (a figure's own phrase, after the
// marker that compares it) that names the figure an earlier release of the same period: "up
// from a preliminary 2.9%", "from an initial 0.3%", "from a previously reported 2.8%". Such a
// figure is what a revision replaced, not the period before's ("up from 2.8%"), though no
// word of revising precedes it. "from an earlier 2.5%" is left alone: an earlier period's too.
func (s *sentence) namedFirstRelease(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.words[i].lower {
		case "initial", "preliminary", "provisional":
			return true
		case "previously", "originally", "initially":
			if s.cueIs(i, catRevision) {
				return true // "previously reported", "originally reported"
			}
		}
	}
	return false
}

// revisedFrom reports a figure that "from" gives, directly or as the object of the noun after
// it: "revised from 0.3%", "up from a preliminary 2.9%", "from an earlier estimate of 0.1%".
// "rather than the official 5%" and "instead of 2.8%" set another figure against it, which no
// revision replaced.
func (s *sentence) revisedFrom(k int) bool {
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i > 0 && s.words[i].lower == "of" {
		if o := s.ofOwner(i); o >= 0 {
			i = s.skipBack(s.nps[o].first - 1)
		}
	}
	return i >= 0 && s.words[i].lower == "from"
}
