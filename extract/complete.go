package extract

import (
	"github.com/factcheck/factcheck/extract/timex"
)

// completeClaims turns a linked figure into one claim, or one per period when the period is
// coordinated ("5% growth forecast for 2005 and 2006").
func (st *articleState) completeClaims(s *sentence, k int, res *linkResult) []Claim {
	q := s.quants[k]
	text := st.art.Text
	start := min(res.quoteStart, q.Start)
	end := max(res.quoteEnd, q.End)
	c := Claim{
		Start: start, End: end, Quote: text[start:end],
		Sentence: s.text,
		Value:    q.Value, ValueMax: q.ValueMax, Step: q.Step,
		Unit: q.Unit, Qualifier: q.Qualifier, Change: q.Change,
		Indicator: res.indicator,
	}
	c.Entity = st.entityFor(s, k)
	if res.indicator == "population" && !st.populationOfCountry(s, k) {
		return nil
	}
	if c.Entity == "" {
		// A figure with no country cannot be checked; it stays visible with --all only.
		return nil
	}
	if res.indicator == "gdp_growth" && s.negates(k, res) {
		c.Value = -c.Value
		if c.ValueMax != nil {
			v := -*c.ValueMax
			c.ValueMax = &v
		}
	}
	c.Kind = s.kindOf(k)
	c.Source = s.sourceOf(k)
	e, ok := s.periodOf(k)
	var extra []timex.Expr
	switch {
	case ok && e.Period != "":
		c.Period, c.PeriodExplicit = e.Period, e.Explicit
		extra = s.coordinatedDates(e)
	case ok:
		c.Note = "period unresolved: " + e.Reason
		if e.Reason == "" {
			c.Note = "period unresolved: publication date unknown"
		}
	default:
		c.Note = "period not stated near the figure"
	}
	c.Basis = s.basisOf(k, c)
	out := []Claim{c}
	for _, e := range extra {
		d := c
		d.Period, d.PeriodExplicit = e.Period, e.Explicit
		d.Basis = s.basisOf(k, d)
		out = append(out, d)
	}
	return out
}

// entityFor picks the country or region a figure at token t is about: the nearest name left of
// it in the sentence; else a name shortly after it introduced by a scope word ("growth of 2.2%
// across the European Union"); else the last country named before the sentence, which is what
// "the economy" and "the country" refer to.
func (st *articleState) entityFor(s *sentence, k int) string {
	t := s.qFirst[k]
	ents := s.entities(st.lex)
	best := ""
	for _, m := range ents {
		if m.last >= t {
			break
		}
		if code, ok := entityCode(m); ok {
			best = code
		}
	}
	if best != "" {
		return best
	}
	scoped := false
	words := 0
	for i := s.qLast[k] + 1; i < len(s.toks) && words <= rightEntityWords; i++ {
		tok := s.toks[i]
		if tok.punct && (tok.lower == "," || tok.lower == ";") || strongBreak[tok.lower] {
			break
		}
		if !tok.punct {
			words++
		}
		switch tok.lower {
		case "in", "for", "across", "of", "among", "throughout":
			scoped = true
		}
		for _, m := range ents {
			if m.first == i && scoped {
				if code, ok := entityCode(m); ok {
					return code
				}
			}
		}
	}
	return st.entityBefore(s.start)
}

func entityCode(m match) (string, bool) {
	if code, ok := m.has(catEntity); ok {
		return code, true
	}
	if code, ok := m.has(catCapital); ok {
		return code, true
	}
	return "", false
}

// negates reports a contraction: "shrank 0.3%", "contracted by 0.1%", "a 0.3% contraction",
// and for a level ("GDP fell 0.5%") a falling verb right before the number.
func (s *sentence) negates(k int, res *linkResult) bool {
	first, last := s.qFirst[k], s.qLast[k]
	if m, ok := s.cueMatchAt(last + 1); ok && m.first == last+1 {
		if v, ok := m.has("verb"); ok && v == "shrink" {
			return true
		}
	}
	i := first - 1
	if i >= 0 && (s.toks[i].lower == "by" || s.toks[i].lower == "a" || s.toks[i].lower == "an") {
		i--
	}
	m, ok := s.cueMatchAt(i)
	if !ok {
		return false
	}
	switch v, _ := m.has("verb"); v {
	case "shrink":
		return true
	case "down":
		return res.levelSubject
	}
	return false
}

// kindOf tells a forecast from an outturn and from an earlier figure given for comparison.
func (s *sentence) kindOf(k int) string {
	first, last := s.qFirst[k], s.qLast[k]
	if s.comparedFigure(first) {
		if s.revisedBefore(first) {
			return KindForecast
		}
		return KindPrevious
	}
	for _, m := range s.cues {
		if m.last >= first {
			break
		}
		if _, ok := m.has("forecast"); ok {
			return KindForecast
		}
	}
	words := 0
	for i := last + 1; i < len(s.toks) && words < rightKindWords; i++ {
		tok := s.toks[i]
		if tok.lower == "," || tok.lower == ";" || strongBreak[tok.lower] || s.qAt[i] >= 0 {
			break
		}
		if !tok.punct {
			words++
		}
		if m, ok := s.cueMatchAt(i); ok && m.first == i {
			if _, ok := m.has("forecast"); ok {
				return KindForecast
			}
		}
	}
	return KindActual
}

// comparedFigure reports a comparison marker shortly before the figure: "from 2.1%", "down
// from 3.7%", "compared with 2.5%", "from a previous estimate of 3.7%".
func (s *sentence) comparedFigure(first int) bool {
	for i, n := first-1, 0; i >= 0 && n < 5; n++ {
		m, ok := s.cueMatchAt(i)
		if !ok {
			if s.toks[i].punct || s.qAt[i] >= 0 {
				return false
			}
			i--
			continue
		}
		if _, ok := m.has("comparison"); ok {
			return true
		}
		if _, ok := m.has("revision"); !ok {
			return false
		}
		i = m.first - 1
	}
	return false
}

// revisedBefore reports a revision word before the figure ("scaled back to 4.0% from 4.4%",
// "from a previous estimate of 3.7%"): the figure replaced was a projection too.
func (s *sentence) revisedBefore(first int) bool {
	for _, m := range s.cues {
		if m.last >= first {
			break
		}
		if _, ok := m.has("revision"); ok {
			return true
		}
	}
	return false
}

// sourceOf returns the nearest named source in the sentence.
func (s *sentence) sourceOf(k int) string {
	best, bestDist := "", len(s.toks)+1
	for _, m := range s.cues {
		if v, ok := m.has("source"); ok {
			if d := abs(m.first - s.qFirst[k]); d < bestDist {
				best, bestDist = v, d
			}
		}
	}
	return best
}

// basisOf reads the basis from cue words near the figure, else from the period's precision.
func (s *sentence) basisOf(k int, c Claim) string {
	best, bestDist := "", basisWords+1
	for _, m := range s.cues {
		if v, ok := m.has("basis"); ok && !s.otherFigureBetween(k, m.first, m.last) {
			if d := abs(m.first - s.qFirst[k]); d < bestDist {
				best, bestDist = v, d
			}
		}
	}
	if c.Indicator == "unemployment_rate" && best != "" && best != BasisYoY {
		// A jobless rate is a level: "in the three months to November" is its period, and
		// no rate of change is stated.
		best = ""
	}
	precision := periodPrecision(c.Period)
	switch best {
	case "annual_rate":
		if precision == timex.Month {
			return BasisYoY
		}
		return BasisAnnualised
	case "":
	default:
		return best
	}
	switch {
	case precision == timex.Year:
		return BasisAnnual
	case c.Indicator == "inflation" && precision == timex.Month:
		return BasisYoY // consumer price inflation is conventionally stated year on year
	}
	return BasisUnknown
}

// otherFigureBetween reports a figure other than the k-th between it and the tokens
// [first, last]: "0.9% in the third quarter, or 3.7% annualised" — "annualised" is the second
// figure's basis, not the first's.
func (s *sentence) otherFigureBetween(k, first, last int) bool {
	lo, hi := s.qLast[k], first
	if last < s.qFirst[k] {
		lo, hi = last, s.qFirst[k]
	}
	for t := lo + 1; t < hi; t++ {
		if q := s.qAt[t]; q >= 0 && q != k {
			return true
		}
	}
	return false
}

func periodPrecision(p string) string {
	switch {
	case p == "":
		return ""
	case len(p) == 4 || len(p) > 2 && p[:2] == "FY":
		return timex.Year
	case len(p) == 7 && p[5] == 'Q':
		return timex.Quarter
	case len(p) == 7 && p[5] == 'H':
		return timex.Half
	case len(p) == 7:
		return timex.Month
	}
	return timex.Day
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// periodOf picks the date expression of the sentence that the figure's period comes from:
// the nearest one, where a date right after another figure belongs to that figure ("from 3.2%
// last year to 2.5%") unless the two are a pair ("to 4.0% from 4.4% this year").
func (s *sentence) periodOf(k int) (timex.Expr, bool) {
	best, bestScore := -1, 1<<30
	for i := range s.exprs {
		owner := s.dateOwner(i)
		if owner >= 0 && owner != k && !s.pairedFigures(k, owner) {
			continue
		}
		if owner != k && s.comparisonBase(i) {
			continue // "rose 2.4% from a year earlier": the base of a change, not a period
		}
		dist := s.wordDistance(k, i)
		if owner == k {
			dist = -1 // "6.3% in the first quarter of 2004": the date right after is its own
		}
		if s.figureBetween(k, i) {
			dist += 100
		}
		if dist < bestScore {
			best, bestScore = i, dist
		}
	}
	if best < 0 {
		return timex.Expr{}, false
	}
	return s.exprs[best], true
}

// comparisonBase reports a date that a change is measured against: "from a year earlier",
// "than a year ago", "on the previous quarter", "over the same month last year".
func (s *sentence) comparisonBase(i int) bool {
	f := s.eFirst[i]
	if f == 0 {
		return false
	}
	switch s.toks[f-1].lower {
	case "from", "than", "on", "over", "with":
	default:
		return false
	}
	for _, tok := range s.toks[f : s.eLast[i]+1] {
		switch tok.lower {
		case "earlier", "ago", "before", "previous", "prior", "same":
			return true
		}
	}
	return false
}

// dateOwner returns the figure that a date directly follows ("5% in 2004"), or -1.
func (s *sentence) dateOwner(i int) int {
	f := s.eFirst[i]
	for j, n := f-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		if k := s.qAt[j]; k >= 0 {
			return k
		}
		tok := s.toks[j]
		if tok.punct || strongBreak[tok.lower] {
			return -1
		}
		switch tok.lower {
		case "in", "for", "during", "this", "last", "next", "the":
			continue
		}
		return -1
	}
	return -1
}

// pairedFigures reports two figures given as a pair, which share a date: "to 4.0% from 4.4%
// this year", "5.7% in 2005, rather than 6%".
func (s *sentence) pairedFigures(k, other int) bool {
	a, b := min(k, other), max(k, other)
	if b != a+1 {
		return false
	}
	gap := s.toks[s.qLast[a]+1 : max(s.qFirst[b], s.qLast[a]+1)]
	if len(gap) == 0 {
		return false
	}
	if n := len(gap); gap[n-1].lower == "or" && n >= 2 && gap[n-2].lower == "," && !hasStrongBreak(gap) {
		return true // "grew 0.9% in the third quarter, or 3.7% annualised": one figure restated
	}
	if len(gap) > 6 {
		return false
	}
	for _, tok := range gap {
		switch tok.lower {
		case "from", "than", "instead":
			return true
		}
	}
	return false
}

// hasStrongBreak reports whether a stretch of tokens holds a strong break ("but", ";"), after
// which a restatement cannot reach back.
func hasStrongBreak(toks []token) bool {
	for _, tok := range toks {
		if strongBreak[tok.lower] {
			return true
		}
	}
	return false
}

func (s *sentence) wordDistance(k, i int) int {
	a, b := s.qLast[k], s.eFirst[i]
	if s.eLast[i] < s.qFirst[k] {
		a, b = s.eLast[i], s.qFirst[k]
	}
	n := 0
	for t := a + 1; t < b; t++ {
		if !s.toks[t].punct {
			n++
		}
	}
	return n
}

func (s *sentence) figureBetween(k, i int) bool {
	lo, hi := s.qLast[k], s.eFirst[i]
	if s.eLast[i] < s.qFirst[k] {
		lo, hi = s.eLast[i], s.qFirst[k]
	}
	for t := lo + 1; t < hi; t++ {
		if s.qAt[t] >= 0 {
			return true
		}
	}
	return false
}

// coordinatedDates returns the dates joined to e by "and" ("for 2005 and 2006").
func (s *sentence) coordinatedDates(e timex.Expr) []timex.Expr {
	var out []timex.Expr
	for i := range s.exprs {
		if s.exprs[i].Start != e.Start {
			continue
		}
		for j := i + 1; j < len(s.exprs); j++ {
			gap := s.toks[s.eLast[j-1]+1 : max(s.eFirst[j], s.eLast[j-1]+1)]
			if len(gap) != 1 || gap[0].lower != "and" || s.exprs[j].Precision != e.Precision || s.exprs[j].Period == "" {
				break
			}
			out = append(out, s.exprs[j])
		}
	}
	return out
}

// populationOfCountry asks more of a head count than of a rate: the country is named in the
// sentence, and nothing in it says the population is a city's, a region's or the world's.
func (st *articleState) populationOfCountry(s *sentence, k int) bool {
	if s.vetoed("population", 0, len(s.toks)) {
		return false
	}
	for _, m := range s.entities(st.lex) {
		if _, ok := m.has(catEntity); ok {
			return true
		}
	}
	return false
}
