package extract

import (
	"strings"
)

// linkResult is how one figure was tied to an indicator.
type linkResult struct {
	indicator string
	// quoteStart and quoteEnd widen the quote from the number to the words that make the
	// claim ("the economy grew 4.1%", "6% expansion").
	quoteStart, quoteEnd int
	// levelSubject is true when the cue names a level (GDP, the economy), so that "fell 0.5%"
	// is a contraction; "growth fell 0.5%" is a change of the rate and keeps its sign.
	levelSubject bool
}

// unitClass groups units by the indicators they can state.
func unitClass(unit string) string {
	switch {
	case unit == "percent":
		return "rate"
	case len(unit) == 3 && strings.ToUpper(unit) == unit:
		return "money"
	case unit == "person" || unit == "people" || unit == "inhabitant" || unit == "":
		return "count"
	}
	return ""
}

// indicatorFits reports whether a cue's indicator can be stated in a unit class.
func indicatorFits(indicator, class string) bool {
	switch indicator {
	case "gdp_growth", "inflation", "unemployment_rate":
		return class == "rate"
	case "gdp":
		return class == "money"
	case "population":
		return class == "count"
	}
	return false
}

// strongBreak words end the stretch in which a phrase can speak about a number.
var strongBreak = map[string]bool{
	";": true, "but": true, "while": true, "whereas": true, "although": true, "though": true,
	"meanwhile": true,
}

// link decides which indicator, if any, the k-th figure of s states.
func (st *articleState) link(s *sentence, k int) *linkResult {
	q := s.quants[k]
	class := unitClass(q.Unit)
	first, last := s.qFirst[k], s.qLast[k]
	if class == "" || first < 0 {
		return nil
	}
	if class == "rate" && last+1 < len(s.toks) && s.toks[last+1].lower == "of" {
		return nil // "3% of GDP", "40% of the economy": a share, not a rate of the economy
	}
	if class == "count" && q.Value < 1000 {
		return nil
	}
	if s.isChangeBeforeLevel(k) {
		return nil // "edged up 0.1% to 4.7%": the first figure is the change
	}
	if m, ok := s.cueMatchAt(s.qLast[k] + 1); ok && m.first == s.qLast[k]+1 {
		if _, ok := m.has("veto"); ok {
			return nil // "mass unemployment, 15% interest rates": the figure is the next noun's
		}
	}
	if res := st.rightCue(s, k, class); res != nil {
		return res
	}
	if res := st.leftCue(s, k, class); res != nil {
		return res
	}
	return st.chain(s, k, class)
}

// isChangeBeforeLevel reports "X% to Y%" (or "X points to Y%") with no "from" before X: X is
// the amount of change.
func (s *sentence) isChangeBeforeLevel(k int) bool {
	if k+1 >= len(s.quants) || s.quants[k+1].Unit != "percent" {
		return false
	}
	switch s.quants[k].Unit {
	case "percent", "pp", "point":
	default:
		return false
	}
	gap := s.toks[s.qLast[k]+1 : max(s.qFirst[k+1], s.qLast[k]+1)]
	if len(gap) != 1 || gap[0].lower != "to" {
		return false
	}
	return s.qFirst[k] == 0 || s.toks[s.qFirst[k]-1].lower != "from"
}

func (s *sentence) cueMatchAt(t int) (match, bool) {
	if t < 0 || t >= len(s.toks) || s.cueAt[t] < 0 {
		return match{}, false
	}
	return s.cues[s.cueAt[t]], true
}

// vetoed reports whether a veto phrase for indicator covers a token in [from, to).
func (s *sentence) vetoed(indicator string, from, to int) bool {
	from = max(from, 0)
	for t := from; t < to && t < len(s.toks); t++ {
		if strongBreak[s.toks[t].lower] {
			from = t + 1 // a veto beyond "while" speaks about another clause
		}
	}
	for t := from; t < to && t < len(s.toks); {
		m, ok := s.cueMatchAt(t)
		if !ok {
			t++
			continue
		}
		if v, ok := m.has("veto"); ok && (v == "*" || containsItem(v, indicator)) {
			return true
		}
		t = m.last + 1
	}
	return false
}

func containsItem(list, item string) bool {
	for _, v := range strings.Split(list, ";") {
		if v == item {
			return true
		}
	}
	return false
}

// rightCue handles "4.6% growth", "6% expansion", "the 3.5% growth rate": the indicator right
// after the number. The subject then stands to the left, so a veto there ("the eight states
// ... will see 4.6% growth", "exports are up 30%") stops it.
func (st *articleState) rightCue(s *sentence, k int, class string) *linkResult {
	last := s.qLast[k]
	m, ok := s.cueMatchAt(last + 1)
	if !ok || m.first != last+1 {
		return nil
	}
	indicator := ""
	for _, category := range []string{"indicator", "indicator_after", "level"} {
		if v, ok := m.has(category); ok && indicatorFits(v, class) {
			indicator = v
			break
		}
	}
	if indicator == "" {
		return nil
	}
	from := s.clauseStart(s.qFirst[k], leftCueWords)
	if s.vetoed(indicator, from, s.qFirst[k]) || s.vetoed(indicator, m.first, m.last+1) {
		return nil
	}
	return &linkResult{indicator: indicator, quoteStart: s.quants[k].Start, quoteEnd: s.toks[m.last].end}
}

// clauseStart walks left from token t over at most words words and returns the first token
// of the stretch, stopping after a strong break or another number.
func (s *sentence) clauseStart(t, words int) int {
	n := 0
	for i := t - 1; i >= 0; i-- {
		tok := s.toks[i]
		if strongBreak[tok.lower] || s.qAt[i] >= 0 {
			return i + 1
		}
		if !tok.punct {
			n++
			if n > words {
				return i + 1
			}
		}
	}
	return 0
}

// leftCue finds the nearest phrase left of the number that names an indicator: a noun
// ("inflation ... 2.5%", "growth of 9.5%", "GDP ... 3.6%") or an economy subject with a growth
// verb ("the economy grew 1.7%"). The search stops at a strong break or an earlier number,
// except that it passes over a change figure ("rose 0.1% to 4.7%").
func (st *articleState) leftCue(s *sentence, k int, class string) *linkResult {
	first := s.qFirst[k]
	words := 0
	verbAt := -1
	for i := first - 1; i >= 0; i-- {
		tok := s.toks[i]
		if qk := s.qAt[i]; qk >= 0 {
			if qk == k-1 && s.isChangeBeforeLevel(qk) {
				i = s.qFirst[qk]
				continue
			}
			return nil
		}
		if strongBreak[tok.lower] {
			return nil
		}
		if !tok.punct {
			words++
			if words > leftCueWords {
				return nil
			}
		}
		m, ok := s.cueMatchAt(i)
		if !ok {
			continue
		}
		i = m.first // visit each match once, at its first token
		if _, ok := m.has("verb"); ok && verbAt < 0 {
			verbAt = m.first
		}
		res := st.cueLink(s, k, class, m, verbAt)
		if res != nil {
			return res
		}
	}
	return nil
}

// cueLink checks one phrase left of the number and returns the link it makes, if any.
func (st *articleState) cueLink(s *sentence, k int, class string, m match, verbAt int) *linkResult {
	first := s.qFirst[k]
	q := s.quants[k]
	indicator, isNoun := m.has("indicator")
	if !isNoun || !indicatorFits(indicator, class) {
		if lvl, ok := m.has("level"); ok && indicatorFits(lvl, class) {
			indicator, isNoun = lvl, true
		}
	}
	if isNoun && indicatorFits(indicator, class) {
		if s.vetoed(indicator, m.first-3, first) {
			return nil
		}
		if class == "money" && s.shareBefore(m.first) {
			return nil // "6% of the country's GDP, or about $8bn": a share of GDP
		}
		res := &linkResult{indicator: indicator, quoteStart: s.toks[m.first].start, quoteEnd: q.End}
		res.levelSubject = isLevelNoun(s, m)
		if verbAt > m.last {
			res.quoteStart = s.toks[verbAt].start
		}
		return res
	}
	subj, ok := m.has("subject")
	if !ok || !indicatorFits(subj, class) || verbAt <= m.last {
		return nil
	}
	if s.isPrepositionalObject(m.first) && !s.relativeClauseAfter(m.last) {
		return nil // "three-quarters of the UK economy, grew 1%": the economy is not the subject
	}
	if s.vetoed(subj, m.first-3, first) {
		return nil
	}
	start := m.first
	if start > 0 && s.toks[start-1].lower == "the" {
		start--
	}
	return &linkResult{indicator: subj, quoteStart: s.toks[start].start, quoteEnd: q.End, levelSubject: true}
}

// isLevelNoun reports whether an indicator phrase names a level (GDP, output) rather than a
// rate (growth), which decides whether "fell 0.5%" is negative.
func isLevelNoun(s *sentence, m match) bool {
	for t := m.first; t <= m.last; t++ {
		switch s.toks[t].lower {
		case "gdp", "product", "output", "prices", "index", "cpi":
			return true
		}
	}
	return false
}

var prepositions = map[string]bool{
	"of": true, "in": true, "for": true, "to": true, "on": true, "across": true, "from": true,
	"into": true, "with": true, "about": true, "over": true, "than": true,
}

// isPrepositionalObject reports whether the noun phrase ending before token t is governed by
// a preposition ("of the UK economy").
func (s *sentence) isPrepositionalObject(t int) bool {
	for i, n := t-1, 0; i >= 0 && n < 4; i, n = i-1, n+1 {
		tok := s.toks[i]
		if tok.punct && tok.lower != "'" {
			return false
		}
		if prepositions[tok.lower] {
			return true
		}
		if _, ok := s.cueMatchAt(i); ok {
			return false
		}
	}
	return false
}

// relativeClauseAfter reports ", which" or "that" right after token t.
func (s *sentence) relativeClauseAfter(t int) bool {
	for i := t + 1; i < len(s.toks) && i <= t+2; i++ {
		switch s.toks[i].lower {
		case "which", "that":
			return true
		case ",":
			continue
		}
		return false
	}
	return false
}

// chain gives a figure with no phrase of its own the indicator of the figure before it in the
// sentence, when only connecting words lie between: "to 4.0% from 4.4%", "grew 4.1%,
// surpassing the official forecast of 3.9%".
func (st *articleState) chain(s *sentence, k int, class string) *linkResult {
	// The figure before, passing over figures of other units ("the 30 member countries").
	p := k - 1
	for p >= 0 && unitClass(s.quants[p].Unit) != class {
		p--
	}
	if p < 0 || s.linked[p] == nil {
		return nil
	}
	prev := s.linked[p]
	from, to := s.qLast[p]+1, s.qFirst[k]
	words := 0
	quoteStart := s.quants[k].Start
	for i := from; i < to; i++ {
		tok := s.toks[i]
		if tok.lower == ";" {
			return nil
		}
		if !tok.punct {
			words++
		}
		if m, ok := s.cueMatchAt(i); ok {
			if v, ok := m.has("veto"); ok && (v == "*" || containsItem(v, prev.indicator)) {
				return nil
			}
			if ind, ok := m.has("indicator"); ok && ind != prev.indicator {
				return nil
			}
			if _, ok := m.has("forecast"); ok {
				quoteStart = s.toks[m.first].start
			}
			if _, ok := m.has("comparison"); ok {
				quoteStart = s.toks[m.first].start
			}
		}
	}
	if words > chainGapWords {
		return nil
	}
	quoteStart = min(quoteStart, s.quants[k].Start)
	return &linkResult{indicator: prev.indicator, quoteStart: quoteStart, quoteEnd: s.quants[k].End, levelSubject: prev.levelSubject}
}

// shareBefore reports a percentage shortly before token t ("6% of the country's GDP").
func (s *sentence) shareBefore(t int) bool {
	for i := t - 1; i >= 0 && i >= t-6; i-- {
		if k := s.qAt[i]; k >= 0 && s.quants[k].Unit == "percent" {
			return true
		}
	}
	return false
}
