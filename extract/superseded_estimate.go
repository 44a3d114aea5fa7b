package extract

import "strings"

// A text that tells how a figure was revised gives the estimate it started from: "GDP growth
// for 2024 was revised up from 0.9% to 1.1%", "2023 growth was first estimated at 0.1 percent
// and is now 0.3 percent", "1.1% (previously estimated at 0.9%)". Such a figure is claimed to
// have been published, not to be current; judged against the latest figure it was flagged
// (attack round 22). Claim.Superseded marks it, and the judge leaves it unjudged when the table
// holds no release of it.

// earlierTimeAdverbs are the adverbs that put an estimate before the current one.
var earlierTimeAdverbs = map[string]bool{"first": true, "initially": true, "originally": true, "previously": true, "earlier": true}

// estimateVerbs are the participles an estimate is given by.
var estimateVerbs = map[string]bool{"estimated": true, "put": true, "reported": true, "given": true, "published": true, "announced": true}

// supersededEstimate reports figure k as the estimate a revision started from: after "revised
// (up|down) from" or "first (initially, originally, previously) estimated at". The caller asks
// too for the figure it was revised to (samePeriodFigure): "originally pegged at 3.0% by the
// government in its budget plan" names no revision.
func (s *sentence) supersededEstimate(k int) bool {
	ws := s.words
	i := s.qFirst[k] - 1
	if i < 1 {
		return false
	}
	switch ws[i].lower {
	case "from":
		// "revised up from 0.9%", "was revised from 0.9%", "revised down sharply from"
		j := i
		for j > 1 && j > i-2 && ws[j-1].tag == tagAdv {
			j-- // "sharply"
		}
		return s.revisedRightBefore(j)
	case "at", "as":
		// "first estimated at 0.1 percent", "initially put at 0.9%"
		if i >= 2 && estimateVerbs[ws[i-1].lower] && earlierTimeAdverbs[ws[i-2].lower] {
			return true
		}
	}
	return false
}

// firstReportedAfter reports figure k, or the noun it sizes, followed by an adverb of an
// earlier time and the participle of an estimate: "the 3.8% drop first reported in January
// 2009", "the 0.2% initially estimated". The figure is that earlier estimate of the period
// the sentence gives, not a figure of the period before (blind round 166: "far worse than
// the 3.8% drop first reported" was judged as the quarter before's growth and flagged).
func (s *sentence) firstReportedAfter(k int) bool {
	if !s.marked(markEarlier) {
		return false // most sentences: no adverb of an earlier time (every claim asks)
	}
	ws := s.words
	end := s.qLast[k] + 1
	if p := ws[s.qFirst[k]].np; p >= 0 && s.nps[p].last >= end {
		end = s.nps[p].last + 1 // "the 3.8% drop" (which the chunker may run on into "first")
	}
	for i := s.qLast[k] + 1; i <= end && i+1 < len(ws); i++ {
		if earlierTimeAdverbs[ws[i].lower] && estimateVerbs[ws[i+1].lower] {
			return true
		}
	}
	return false
}

// reportedFirst reports figure k in what a source "first said" ("Rosstat first said the
// economy shrank 2.1% in 2022", "the ministry initially reported that prices rose 5.1%",
// "the office originally estimated growth was 1.4%"): the adverb puts the report before a later
// one, which is what makes it first. The figure must follow the verb closely, with no other
// figure between them.
func (s *sentence) reportedFirst(k int) bool {
	if !s.marked(markEarlier) {
		return false // most sentences: no "first", "initially" nor "originally" (every claim asks)
	}
	ws := s.words
	for i := s.qFirst[k] - 1; i >= 1 && i >= s.qFirst[k]-12; i-- {
		w := &ws[i]
		if w.fig >= 0 || w.tag == tagPunct && (w.lower == ";" || w.lower == ":") {
			return false
		}
		if !w.past {
			continue // (most words: every claim asks, so the cheap test first)
		}
		switch ws[i-1].lower {
		case "first", "initially", "originally":
			if firstReportVerbs[w.lower] {
				return true
			}
		}
	}
	return false
}

// earlierEstimateTag reports figure k that the words after it give as one of a series of
// estimates: "3.6%, the statistics office said in its second estimate, later revised to
// 4.1%", "0.3% in the flash estimate". With a revision told after it, it is an estimate given
// up (blind round 37: judged against the revised 4.1% it was flagged outdated).
func (s *sentence) earlierEstimateTag(k int) bool {
	if !s.marked(markEstimate) {
		return false // most sentences: every claim asks
	}
	ws := s.words
	if f := s.qFirst[k]; f >= 3 && ws[f-1].lower == "of" && (ws[f-2].lower == "estimate" || ws[f-2].lower == "reading") {
		// the figure's own phrase: "revising up an earlier estimate of 0.2%", "from a
		// preliminary reading of 0.3%" (blind round 164: the first estimate was flagged
		// against the revised figure the sentence gives)
		switch ws[f-3].lower {
		case "first", "earlier", "previous", "preliminary", "flash", "initial", "advance", "early", "provisional", "original":
			return true
		}
	}
	for i := s.qLast[k] + 1; i+1 < len(ws) && i <= s.qLast[k]+10; i++ {
		if ws[i].fig >= 0 {
			return false
		}
		if ws[i].lower != "estimate" {
			continue
		}
		switch ws[i-1].lower {
		case "first", "second", "third", "preliminary", "flash", "initial", "advance", "early", "provisional":
			return true
		}
		return false
	}
	return false
}

// revisionTold reports a revision told after figure k, in its sentence or the next one of its
// paragraph ("..., but later revised it to 1.2%", "Then they revised it to minus 1.2."): what
// was first said is then an estimate given up. Without one, "first said" may be how a text
// gives a figure that still stands.
func (st *articleState) revisionTold(s *sentence, k int) bool {
	for i := s.qLast[k] + 1; i < len(s.words); i++ {
		if isRevisionWord(s.words[i].lower) || i > 0 && laterAdverb(s.words[i-1].lower) && movedEstimateWord(&s.words[i]) {
			return true // ("..., subsequently raised to 4.3%", "later cut to 0.1%")
		}
	}
	for _, w := range st.nextAnswer(s) {
		if isRevisionWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// statedOtherValue reports a figure the text stated before, of figure k's measure, country and
// period, with another value: the figure a first estimate was revised to ("Brazil's GDP grew 3.2
// percent in 2023, according to revised figures. The first estimate for 2023 had been 2.9
// percent").
func (st *articleState) statedOtherValue(s *sentence, k int, entity, period string) bool {
	r := s.readings[k]
	if r == nil || period == "" {
		return false
	}
	q := &s.quants[k]
	indicator := r.indicatorOf(q.Unit)
	for _, f := range st.stated {
		if f.indicator == indicator && indicator != "" && f.entity == entity && f.period == period && f.kind == KindActual && f.unit == q.Unit && f.value != q.Value {
			return true
		}
	}
	return false
}

// isRevisionWord reports a word of revising: "revised", "revises", "revision", "corrected".
func isRevisionWord(lower string) bool {
	return hasLemma(lower, "revise") || lower == "revision" || lower == "revisions" || hasLemma(lower, "correct") && lower != "correct"
}

// firstReportVerbs are the past forms a source gives an estimate by.
var firstReportVerbs = map[string]bool{"said": true, "reported": true, "estimated": true, "announced": true, "calculated": true, "published": true, "put": true, "showed": true}

// samePeriodFigure reports another figure of the sentence, of figure k's measure and of the
// same period: the figure an estimate was revised to ("revised up from 0.9% to 1.1%", "first
// estimated at 0.1 percent and is now 0.3 percent", "1.1% (previously estimated at 0.9%)"). A
// figure of another period ("revised down to -0.5%, from 3.0% in 2023") is a comparison, and
// no revision of it. Asked of the few figures supersededEstimate or a revision marks.
func (st *articleState) samePeriodFigure(s *sentence, k int, period string) bool {
	rk := s.readings[k]
	if period == "" || rk == nil {
		return false
	}
	for j := range s.quants {
		if j == k || s.qFirst[j] < 0 {
			continue
		}
		r := st.figureReading(s, j)
		if r == nil || r.measure != rk.measure {
			continue
		}
		if e, ok := st.periodOf(s, j, r); ok && e.Period == period {
			return true
		}
	}
	return false
}

// firstEstimateSubject reports figure k as what its clause's subject, a first estimate, was:
// "the first estimate for 2024 was 4.1%, subsequently raised to 4.3%", "Rosstat's
// preliminary estimate of growth was 3.6%". With a revision told after it, an estimate
// given up.
func (s *sentence) firstEstimateSubject(k int, r *reading) bool {
	if !s.marked(markEstimate) || r.vg < 0 {
		return false // most sentences
	}
	p := s.subjectOf(r.vg)
	for p >= 0 {
		n := s.nps[p]
		for i := n.first + 1; i <= n.last; i++ {
			if s.words[i].lower == "estimate" && earlyEstimateWord(s.words[i-1].lower) {
				return true
			}
		}
		// the phrase the subject is the "of" of: "The first estimate of 2021 growth,
		// published in January 2022, was 7.0%" (blind round 64)
		f := n.first
		if f >= 1 && s.words[f-1].date >= 0 && s.words[f-1].np >= 0 {
			f = s.nps[s.words[f-1].np].first // ("of 2021 growth": the year chunked apart)
		}
		if f < 2 || s.words[f-1].lower != "of" {
			break
		}
		p = s.words[f-2].np
	}
	return false
}

// onFirstEstimate reports figure k qualified as a first estimate's by "on", "by" or "according
// to" ("rebounded 3.6% on the first estimate", "by the preliminary estimate", "German GDP fell
// by 5.0%, according to the first estimate at the time": blind round 94, flagged once the
// text's date was read): the text says which release it gives, not that the figure is current.
func (s *sentence) onFirstEstimate(k int) bool {
	if !s.marked(markEstimate) {
		return false // most sentences
	}
	ws := s.words
	i := s.figurePhraseEnd(k) + 1
	for i < len(ws) && ws[i].date >= 0 {
		i++ // "3.6% in 2023 on the first estimate"
	}
	if i+1 < len(ws) && ws[i].lower == "," && ws[i+1].lower == "according" {
		i++
	}
	if i+2 < len(ws) && ws[i].lower == "according" && ws[i+1].lower == "to" {
		i++ // "according to the first estimate": "to" stands where "on" would
	}
	if i+3 >= len(ws) {
		return false
	}
	according := ws[i].lower == "to" && i > 0 && ws[i-1].lower == "according"
	if ws[i].lower != "on" && ws[i].lower != "by" && !according || ws[i+1].lower != "the" && ws[i+1].lower != "a" && ws[i+1].lower != "its" {
		return false
	}
	return earlyEstimateWord(ws[i+2].lower) && ws[i+3].lower == "estimate"
}

// earlyEstimateWord reports a word that makes an estimate an early one: "first", "flash".
func earlyEstimateWord(w string) bool {
	switch w {
	case "first", "initial", "preliminary", "flash", "advance", "early", "provisional":
		return true
	}
	return false
}

// laterAdverb reports an adverb that sets a change after the figure before it: "later",
// "subsequently", "since".
func laterAdverb(w string) bool {
	switch w {
	case "later", "subsequently", "since", "afterwards", "then":
		return true
	}
	return false
}

// movedEstimateWord reports a verb that moves an estimate: "raised", "lowered", "cut".
func movedEstimateWord(w *word) bool {
	for _, base := range [...]string{"raise", "lower", "cut", "upgrade", "downgrade", "mark", "trim", "lift", "reduce"} {
		if w.hasLemma(base) {
			return true
		}
	}
	return false
}
