package extract

import (
	"strconv"
	"strings"
)

// role is how a figure relates to the measure it is about.
type role uint8

const (
	roleValue  role = iota // the measure's own value: "inflation of 2.5%", "the rate was 5%"
	roleChange             // a change of the measure: "GDP rose 2.7%", "a 0.4% rise in prices"
	roleShare              // a share of another measure: "11.1% of the workforce"
)

// reading is what a figure states, read from the structure of its sentence.
type reading struct {
	measure *measure
	role    role
	sign    float64 // -1 for a fall ("GDP fell 0.5%", "a 0.3% decline")
	shareOf string  // the measure the figure is a share of, for roleShare
	// measureAt is the word where the measure phrase starts, or -1 when the measure came from
	// another figure or from the sentences before; quoteFrom is where the claim's quote starts.
	measureAt, quoteFrom, quoteTo int
	// np is the noun phrase that names the measure, or -1.
	np int
	// vg is the verb group the figure complements, or -1.
	vg int
	// compared is the figure this one is given in comparison with, or -1; revised is true when
	// the comparison is a revision ("revised down to 1.1% from 1.3%").
	compared int
	revised  bool
	// apposed is the figure this one restates ("3.07 mln, or 11.1 pct"), or -1; coordinated
	// the figure it is listed with ("2.7 pct this year and 2.4 pct in 1988"), or -1.
	apposed, coordinated int
	// forecastNoun is true when the phrase itself names a projection ("a growth forecast of 3%",
	// "the five pct target").
	forecastNoun bool
	// listEntity is the entity a list item names for itself ("Britain at 3.9 pct"), else -1.
	listEntity  int
	nominal     bool // growth at current prices
	perCapita   bool
	fromContext bool // the measure came from an earlier sentence ("it rose 0.4%")
	// refersTo is the figure stated before that a definite phrase names again ("the three pct
	// figure"), or nil.
	refersTo *statedFigure

	// What the claim made of the figure says, for the figures compared with it or restating it.
	claimEntity, claimPeriod, claimKind, claimBasis string
	claimExplicit, claimSoFar                       bool
	claimNegative                                   bool // the claim's value is below zero (a fall)
	claimWithdrawn                                  bool // read, but a claim the text does not make
}

// figureReading returns the reading of figure k, computing it once. Figures are read left to
// right, so a figure compared with an earlier one finds that one's reading done.
func (st *articleState) figureReading(s *sentence, k int) *reading {
	if s.readings[k] == nil {
		// read once, even when recursion comes back to it: it finds no reading under way, one
		// shared by all (never written: only a figure read is claimed), and a figure read as
		// none is given a blank of its own, where every figure was given one first
		s.readings[k] = &readingUnderWay
		r := st.readFigure(s, k)
		if r == nil {
			r = st.keep(readingUnderWay)
		}
		s.readings[k] = r
	}
	if m := s.readings[k].measure; m == nil || m.name == measureOther {
		return nil
	}
	return s.readings[k]
}

// ageObject reports a figure that is an age: the object of "aged" or of the noun "age"
// ("people aged 15 and above", "those aged between 16 and 64", "at age 65", "over the age of
// 15", "between the ages of 16 and 64"), or a figure listed after one ("16 and 64"). An age
// bounds the group a rate is measured over; it measures nothing, though it borrows the
// percent of a rate beside it ("an unemployment rate of 3.2% for people aged 15 and above"
// gave a rate of 15).
func (s *sentence) ageObject(k int) bool {
	if s.qFirst[k] < 0 {
		return false
	}
	if u := s.quants[k].Unit; u != "" {
		// an age is a bare number ("rose from 3% at age 15 to 5%" keeps the 5%), or years
		// old: "for 15-to-24-year-olds", "15-24 year olds", "those 25 years old" (blind round
		// 132: a youth rate judged as South Korea's)
		next := s.qLast[k] + 1
		return isDuration(u) && next < len(s.words) && (s.words[next].lower == "olds" || s.words[next].lower == "old")
	}
	if i := s.skipBack(s.qFirst[k] - 1); i >= 0 && isAgeWord(s.words[i].lower) {
		return true // inside a phrase: "those aged 15 to 24"
	}
	if s.yearsOldAfter(s.qLast[k] + 1) {
		return true // "for 15-to-24-year-olds", whose second age the scanner leaves in the words
	}
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i < 0 {
		return false
	}
	switch s.words[i].lower {
	case "and", "or", "to":
		// "between the ages of 16 and 64": the second bound follows the first
		return k > 0 && s.qLast[k-1] == i-1 && s.ageObject(k-1)
	case "between":
		i = s.skipBack(i - 1) // "aged between 16 and 64"
	case "of":
		if i > 0 && (s.words[i-1].lower == "ages" || s.words[i-1].lower == "age") {
			return true // "over the age of 15"
		}
		return false
	}
	return i >= 0 && isAgeWord(s.words[i].lower)
}

// yearsOldAfter reports words from i on that end an age in "year-olds" or "years old",
// past the second bound of a range: "to 24 year olds", "-24-year-olds".
func (s *sentence) yearsOldAfter(i int) bool {
	ws := s.words
	for j := i; j < len(ws) && j < i+5; j++ {
		switch w := ws[j].lower; {
		case w == "olds" || w == "old":
			return j > i && (ws[j-1].lower == "year" || ws[j-1].lower == "years")
		case w == "to" || w == "-" || w == "year" || w == "years" || w != "" && w[0] >= '0' && w[0] <= '9':
		default:
			return false
		}
	}
	return false
}

// isAgeWord reports a word whose object is an age: "aged", "age", "ages".
func isAgeWord(lower string) bool {
	return lower == "aged" || lower == "age" || lower == "ages"
}

// The ages a working-age population spans in the national definitions of a jobless rate:
// from 15 or 16 ("aged 15 and over", "16 and older") to 64 or beyond ("15-64", Eurostat's
// "15-74"), or with no upper age.
const workingAgeFrom, workingAgeTo = 16, 64

// ageGroupOf reports a figure whose measure is bounded to an age group that leaves out part of
// the working-age population, by an age in the measure's phrase or right after the figure:
// "the unemployment rate for those aged 15 to 24 was 45.5%", "was 3.2% for workers aged 25 to
// 54", "for people aged under 25", "among those over the age of 25". That is a group's rate,
// not the country's, which a national rate for "people aged 15 and above" or "aged 15-64" is.
func (s *sentence) ageGroupOf(k int, r *reading) bool {
	from := s.phraseStart(s.qFirst[k])
	if r.np >= 0 {
		from = min(from, s.nps[r.np].first)
	}
	if r.quoteFrom >= 0 {
		from = min(from, r.quoteFrom)
	}
	_, to := s.clauseOf(s.qFirst[k])
	// (from the first figure of the phrase on, found back from this one: figures are in the
	// order of the text, and a long sentence has thousands)
	first := k
	for first > 0 && (s.qFirst[first-1] >= from || s.qFirst[first-1] < 0) {
		first--
	}
	for j := first; j < len(s.quants); j++ {
		if s.qFirst[j] > to {
			break // (and so are the figures after it: every unemployment rate asks)
		}
		if j == k || s.qFirst[j] < from || s.qLast[j] > to {
			continue
		}
		if !s.ageObject(j) {
			if j > k {
				break // past another figure after it: "3.2%, and 26% of those aged under 15"
			}
			continue
		}
		if j > 0 && s.qFirst[j] == s.qLast[j-1]+2 && s.ageObject(j-1) {
			continue // the second bound of "between the ages of 16 and 64", read with the first
		}
		if s.agesOfPart(j) {
			return true
		}
	}
	return false
}

// agesOfPart reports ages from age figure j that bound a part of the working-age population,
// not the whole of it.
func (s *sentence) agesOfPart(j int) bool {
	q := &s.quants[j]
	upper := q.ValueMax
	if upper == nil && j+1 < len(s.quants) && s.qFirst[j+1] == s.qLast[j]+2 && s.ageObject(j+1) {
		upper = &s.quants[j+1].Value // "between the ages of 16 and 24"
	}
	if i := s.qLast[j] + 2; upper == nil && i < len(s.words) && (s.words[i-1].lower == "to" || s.words[i-1].lower == "-") {
		// the second age of "15-to-24-year-olds", which the scanner leaves in the words
		if w := s.words[i].lower; w != "" && w[0] >= '0' && w[0] <= '9' { // (not "inf", "nan")
			if v, err := strconv.ParseFloat(w, 64); err == nil {
				upper = &v
			}
		}
	}
	switch {
	case q.Qualifier == "less_than" || q.Qualifier == "at_most":
		return true // "aged under 25": an upper age alone
	case q.Value > workingAgeFrom:
		return true // "aged 25 and over", "aged 25 to 54"
	case upper != nil && *upper < workingAgeTo:
		return true // "aged 15 to 24"
	}
	return false
}

// readingUnderWay is the reading of a figure while it is read: none.
var readingUnderWay = reading{compared: -1, apposed: -1, coordinated: -1}

// measureOther is the measure of figures about something no indicator covers (a sector, a
// company, trade, wages). A reading of it blocks the link: the figure is not the country's.
const measureOther = "other"

// other returns the blocking reading of figure k: it is about something else, which the
// figures that refer back to it inherit ("Exports rose 2.1 pct, against a growth of 2.8 pct").
func (st *articleState) other(r reading) *reading {
	r.measure = st.lex.measures[measureOther]
	return st.keep(r)
}

// blocks reports a measure that stands for something no indicator covers, as a topic: the
// figures and phrases that refer back to it are not a national measure's ("Exports rose 2.1
// pct, against a growth of 2.8 pct"). A measure of another topic with one indicator figure
// (exports, as a share of GDP) is such a topic too.
func blocks(m *measure) bool { return m != nil && (m.name == measureOther || m.otherTopic) }

// isOther reports the measure of figures about something no indicator covers at all: a phrase
// of it makes the figure no claim, whatever its role.
func isOther(m *measure) bool { return m != nil && m.name == measureOther }

// readFigure decides what figure k measures: the noun phrase it belongs to, the noun it is
// the object of ("growth of 3%"), the verb it complements ("rose 0.4%", "stood at 5%") and that
// verb's subject or object, a figure it is compared with or restates, or a list it is an item of.
func (st *articleState) readFigure(s *sentence, k int) *reading {
	first, last := s.qFirst[k], s.qLast[k]
	if first < 0 || isDuration(s.quants[k].Unit) {
		return nil // "the previous three month period", "over the past three years": a span of time
	}
	if s.perMille(k) {
		return nil // "Japan's was 6.3‰", "8.8 per 1,000 inhabitants": no indicator is counted per thousand
	}
	if s.ageObject(k) {
		return nil // "3.2% for people aged 15 and above": 15 bounds the group measured
	}
	if s.partitive(k) || s.countOfMore(k) {
		// "grew 4.6 percent, one of only three G20 members to grow", "taking the rate to
		// 3.50%-3.75%, and one more in 2026": a count of members, of moves
		return nil
	}
	ws := s.words
	base := reading{measureAt: -1, quoteFrom: first, quoteTo: last, np: -1, vg: -1, compared: -1, apposed: -1, coordinated: -1, listEntity: -1, sign: 1}
	if s.widenedAround(k) || s.groupAfterFigure(k) {
		return st.other(base) // "or 41.9% on the expanded definition" (widened.go)
	}
	// the word before the figure's phrase, past adverbs and dates, which most rules below read
	prev := s.skipBack(s.phraseStart(first) - 1)
	// A comparison: "from 2.1%", "compared with 2.5%", "after a 0.7 pct January gain".
	if c, ok := s.comparisonEndingAt(prev); ok {
		return st.readCompared(s, k, c, base)
	}
	// A figure a place owns, after a figure of the same kind: "the second highest in the EU,
	// behind Spain's 11.7%", "compared with France's 2.1%".
	if e, ok := s.possessorEntity(k); ok {
		if j := s.figureBefore(k); j >= 0 && s.quants[j].Unit == s.quants[k].Unit {
			if br := st.figureReading(s, j); br != nil && br.measure != nil {
				out := *br
				out.listEntity, out.compared, out.apposed, out.coordinated = e, -1, -1, -1
				out.quoteFrom, out.quoteTo = s.phraseStart(first), last
				if c, ok := s.comparisonEndingAt(prev); ok {
					out.compared, out.quoteFrom = j, c.first // "compared with France's 2.1%"
				}
				return st.keep(out)
			}
		}
	}
	// The figure modifies a noun after it: "a 0.4 pct rise", "four pct inflation", "the 2.25 pct
	// forecast".
	if p := ws[first].np; p >= 0 && s.nps[p].head > last {
		return st.readModifiedHead(s, k, p, base)
	}
	// A figure restated in another unit or form: "3.07 mln, or 11.1 pct", "0.4%, or 1.6%
	// annualised", "(preliminary 3.8 pct)".
	if j := s.apposedFigure(k); j >= 0 {
		if r := st.figureReading(s, j); r != nil {
			out := *r
			out.apposed, out.coordinated = j, -1
			out.perCapita = out.perCapita || s.perCapitaAfter(k, &out) // "3.4%, or 2.9% per head"
			if r.revised || r.compared < 0 {
				out.compared, out.revised = -1, false // else restating a figure given in comparison
			}
			out.quoteFrom, out.quoteTo = first, last
			if unitClass(s.quants[j].Unit) != unitClass(s.quants[k].Unit) && s.quants[k].Unit == "percent" {
				if out.measure.shareOf == "gdp" && st.shareOfOtherThanOutput(s, k) {
					// "exports to Germany were worth about €105 billion, 27 per cent of the
					// total": a share of the total named, not of GDP (blind round 280: judged
					// as Poland's exports to GDP)
					return st.other(out)
				}
				out.role, out.shareOf = roleShare, out.measure.shareOf
			}
			return st.keep(out)
		}
	}
	if prev < 0 {
		return st.readFronted(s, k, base)
	}
	// A figure coordinated with the one before it: "2.7 pct this year and 2.4 pct in 1988",
	// "to 1.5 pct this year and to one pct in 1988", "7.5% in Italy, 6.2% in Portugal".
	if j := s.coordinatedWith(k, prev); j >= 0 {
		br := st.figureReading(s, j)
		if br != nil && br.compared >= 0 && s.fromFollows(k) {
			// "to 1.8% from 2.0% this year and 1.9% from 2.4% in 2005": the pairs are
			// coordinated, the first figure of each is a main one
			if mr := st.figureReading(s, br.compared); mr != nil {
				out := *mr
				out.coordinated, out.apposed, out.listEntity, out.compared, out.revised = br.compared, -1, -1, -1, false
				out.quoteFrom, out.quoteTo = s.phraseStart(first), last
				return st.keep(out)
			}
		}
		if br != nil && br.compared >= 0 && !br.revised && s.laterOutturnAfterBase(k, j, br.compared) {
			// "grew 10.7 per cent in 2021 as the economy rebounded from a 9.9 per cent
			// collapse in 2020, and 5.0 per cent in 2022": a base is of a time before its main
			// figure; a figure of a later time after ", and" goes on from the main one (blind
			// round 120: read as a second base, a fall of 5%, and flagged)
			if mr := st.figureReading(s, br.compared); mr != nil {
				out := *mr
				out.coordinated, out.apposed, out.listEntity, out.compared, out.revised = br.compared, -1, -1, -1, false
				out.quoteFrom, out.quoteTo = s.phraseStart(first), last
				return st.keep(out)
			}
		}
		if br != nil {
			out := *br
			out.coordinated, out.apposed, out.listEntity = j, -1, -1
			out.perCapita = out.perCapita || s.perCapitaAfter(k, &out) // "3.4%, and 2.9% on a per capita basis"
			if !br.revised && br.compared >= 0 {
				// "rose to 8.4 pct from 8.2 pct in February and 7.9 pct a year earlier": both
				// are given in comparison with the first
				out.compared = br.compared
			} else {
				out.compared, out.revised = -1, false
			}
			out.quoteFrom, out.quoteTo = s.phraseStart(first), last
			return st.keep(out)
		}
	}
	pw := &ws[prev]
	switch {
	case pw.lower == "of":
		if owner := s.ofOwner(prev); owner >= 0 {
			return st.readOfObject(s, k, owner, base)
		}
		return nil
	case pw.tag == tagPrep || pw.tag == tagTo:
		return st.readAttached(s, k, prev, base)
	case pw.vg >= 0:
		return st.readVerbal(s, k, pw.vg, prev+1, base)
	case pw.lower == ",":
		if s.startsClause(prev) && !s.opensShareApposition(k, prev) {
			return st.readFronted(s, k, base)
		}
	case pw.lower == "(":
		return st.readParenthetical(s, k, prev, base)
	case pw.lower == ":":
		// a list after a colon gives the values of the clause before it: "Inflation rates
		// varied widely in October: 7.5% in Italy, 6.2% in Portugal"
		for i := prev - 1; i >= 0; i-- {
			if g := ws[i].vg; g >= 0 {
				if m := s.matrixVerb(g); m >= 0 && s.participleOfNoun(g) {
					// "inflation reached levels not seen since the 1980s: 8.0 per cent in
					// the US": the participle describes a noun of the clause whose values
					// the list gives (blind round 242: read as the focus's measure and date)
					g = m
				}
				r := st.readVerbal(s, k, g, first, base)
				if r != nil && r.role == roleChange {
					// "Growth slowed across Asia: 5.2% in China": the items are the
					// measure's values, whatever the verb said of their movement
					r.role, r.sign = roleValue, 1
				}
				return r
			}
		}
		if label := s.labelBefore(prev); label >= 0 && prev == first-1 {
			// a label and its figure, as fact boxes and data lines set them: "GDP growth:
			// -0.5% (2024)", "Inflation (2024): 2.3%"
			return st.readNounValue(s, k, label, base)
		}
		return nil
	case pw.np >= 0 || pw.lower == ")":
		// A noun phrase and its figure with no verb: "showed gross domestic product (GDP) 2.7
		// pct higher", a headline's "GDP 2.7 PCT".
		return st.readSmallClause(s, k, prev, base)
	}
	return nil
}

// perMille reports a figure counted per thousand: "‰", "per mille", "per thousand" or "per
// 1,000" right after it ("a birth rate of 8.8 per mille", "6.3‰", "8.8 per 1,000
// inhabitants"). Birth, death and marriage rates are stated so; every indicator here is a
// level, a count or a percentage, and a bare number so counted would be read as a count
// ("Japan's was 6.3‰" after "inhabitants" was a population of 6.3).
func (s *sentence) perMille(k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if i >= len(ws) || s.quants[k].Unit != "" {
		return false
	}
	if ws[i].lower == "‰" || strings.HasPrefix(ws[i].text, "‰") {
		return true
	}
	if ws[i].lower != "per" || i+1 >= len(ws) {
		return false
	}
	switch n := &ws[i+1]; {
	case n.lower == "mille" || n.lower == "mil" || n.lower == "mill" || n.lower == "thousand":
		return true
	case n.fig >= 0 && s.quants[n.fig].Value == 1000:
		return true
	}
	return false
}

// readParenthetical reads a figure that opens a parenthesis: it gives the value of the measure
// the clause named before it ("had a higher rate of inflation than its partners (around eight
// pct in 1985 ...)"), unless a figure of its own stands between (then it restates that one).
func (st *articleState) readParenthetical(s *sentence, k, open int, r reading) *reading {
	from, _ := s.clauseOf(open)
	for i := open - 1; i >= from && i >= open-15; i-- {
		w := &s.words[i]
		if w.fig >= 0 && !isDuration(s.quants[w.fig].Unit) {
			return nil // "3.8 pct (preliminary 3.7 pct)" is read as a restatement elsewhere
		}
		if w.np < 0 || s.nps[w.np].last != i {
			continue
		}
		p := w.np
		if f := s.nps[p].first; f >= 2 && shareBaseBefore(s.words, f) {
			i = f // "deficits as a share of GDP (...)": what the share is of, not its measure
			continue
		}
		nm := st.nounMeasure(s, p)
		switch {
		case nm.restricted || isOther(nm.measure):
			return st.other(r)
		case nm.measure != nil:
			r.measure, r.measureAt, r.np, r.role = nm.measure, nm.at, p, roleValue
			r.nominal, r.perCapita = nm.nominal, nm.perCapita
			r.quoteFrom = s.qFirst[k]
			return st.finishReading(s, k, &r)
		}
		i = s.nps[p].first
	}
	return nil
}

// shareBaseBefore reports the words before word f that make the phrase from f what a share is
// of: "a share of", "a percentage of", "a proportion of", "relative to", "in relation to".
func shareBaseBefore(ws []word, f int) bool {
	switch p := ws[f-1].lower; {
	case p == "of":
		switch ws[f-2].lower {
		case "share", "percentage", "proportion", "ratio", "percent", "cent":
			return true
		}
	case p == "to":
		return ws[f-2].lower == "relative" || ws[f-2].lower == "relation"
	}
	return false
}

// readSmallClause reads "GDP 2.7 pct higher than in 1985": a measure phrase, a figure and a
// comparative, with no verb between; in a headline the comparative may go.
func (st *articleState) readSmallClause(s *sentence, k, prev int, r reading) *reading {
	ws := s.words
	if ws[prev].lower == ")" {
		for prev >= 0 && ws[prev].lower != "(" {
			prev--
		}
		prev--
	}
	if prev < 0 || ws[prev].np < 0 {
		return nil
	}
	p := ws[prev].np
	if nm := st.nounMeasure(s, p); nm.onlyEntity {
		// a list after a colon that names each place before its figure: "Unemployment rates in
		// February were: United States 6.7 pct, Japan 2.9 pct"
		if colon := s.listColonBefore(s.nps[p].first); colon > 0 {
			for i := colon - 1; i >= 0; i-- {
				if g := ws[i].vg; g >= 0 {
					lr := st.readVerbal(s, k, g, s.qFirst[k], r)
					if lr == nil || isOther(lr.measure) {
						return nil
					}
					if lr.role == roleChange {
						lr.role, lr.sign = roleValue, 1
					}
					lr.listEntity, lr.quoteFrom = nm.entity, s.nps[p].first
					return lr
				}
			}
			return nil
		}
	}
	next := s.qLast[k] + 1
	if !s.capsLine && (next >= len(ws) || !isComparative(ws[next].lower)) {
		return nil
	}
	return st.readNounValue(s, k, p, r)
}

// readNounValue reads figure k as the value of the measure noun phrase p names, with no verb
// between: a headline's "GDP 2.7 PCT", a label's "GDP growth: -0.5%".
func (st *articleState) readNounValue(s *sentence, k, p int, r reading) *reading {
	nm := st.nounMeasure(s, p)
	if nm.restricted || nm.measure == nil || !nm.headIsMeasure {
		return nil
	}
	r.measure, r.measureAt, r.np, r.role = nm.measure, nm.at, p, roleValue
	r.nominal, r.perCapita = nm.nominal, nm.perCapita
	r.quoteFrom = s.nps[p].first
	if g := s.verbBefore(p); g >= 0 {
		r.vg = g
	}
	return st.finishReading(s, k, &r)
}

// labelBefore returns the noun phrase that ends just before the colon at i, past a
// parenthesis ("Inflation (2024):"), when it opens its sentence or line: the label of a fact
// box or a data line. -1 for none.
func (s *sentence) labelBefore(colon int) int {
	ws := s.words
	i := colon - 1
	if i >= 0 && ws[i].lower == ")" {
		for i >= 0 && ws[i].lower != "(" {
			i--
		}
		i--
	}
	if i < 0 || ws[i].np < 0 {
		return -1
	}
	p := ws[i].np
	if s.nps[p].last != i || s.nps[p].first != 0 {
		return -1
	}
	return p
}

// listColonBefore returns the colon that opens a list of places and figures in which word i
// stands ("were: United States 6.7 pct, Japan 2.9 pct"), or -1.
func (s *sentence) listColonBefore(i int) int {
	for j := i - 1; j >= 0; j-- {
		w := &s.words[j]
		switch {
		case w.lower == ":":
			return j
		case w.lower == "," || w.lower == "and" || w.fig >= 0 || w.ent >= 0 || w.tag == tagProper:
		default:
			return -1
		}
	}
	return -1
}

// coordinatedWith returns the figure that figure k is coordinated with — the one before it,
// joined by "and", "or" or a comma, each with its own preposition or none — or -1. prev is
// the word before k's phrase, past adverbs and qualifiers (skipBack), as readFigure found it.
func (s *sentence) coordinatedWith(k, prev int) int {
	if k == 0 {
		return -1
	}
	ws := s.words
	i := prev
	prep := "" // the figure's own preposition: "then by 1.9% in 2022"
	if i >= 0 && (ws[i].tag == tagPrep || ws[i].tag == tagTo) && ws[i].lower != "of" {
		if comparesLevels(ws[i].lower) {
			return -1 // "remains at 3.9%, far below the 8.1% of 2010": set against it, not listed
		}
		prep = ws[i].lower
		i = s.skipBack(i - 1)
	}
	if d := s.conjunctDate(k); d >= 0 && s.gapped(d, k) {
		// past the date that opens its clause, whose verb is left out: "by 1.3% in 1998, and
		// in 2009, after the crisis, by 5.7%", "1.3 pct and, in 2009, 5.7 pct"
		i = s.conjunctOpener(d)
	}
	if i < 0 || ws[i].lower != "and" && ws[i].lower != "or" && ws[i].lower != "," {
		return -1
	}
	if (ws[i].lower == "and" || ws[i].lower == "or") && i > 0 && ws[i-1].lower == "," {
		i-- // "by 0.7% in the fourth quarter, and by 3.1% over the year"
	}
	// the figure before, with its own date and place: "2.7 pct this year and", "7.5% in Italy,"
	j := s.skipAdjuncts(i - 1)
	pk := s.prevFigure(k)
	if j >= 0 && pk >= 0 && ws[j].np >= 0 && ws[j].np == ws[s.qFirst[pk]].np && s.nps[ws[j].np].head == j {
		j = s.qLast[pk] // the noun the figure before modifies: "a 0.4 pct increase in February and"
	}
	for n := 0; j >= 0 && n < 4 && ws[j].fig < 0; n++ {
		if ws[j].ent < 0 && ws[j].tag != tagPrep && ws[j].tag != tagDet {
			return -1
		}
		j--
	}
	if j < 0 || pk < 0 || ws[j].fig != pk || s.quants[pk].Unit != s.quants[k].Unit && s.quants[k].Unit != "" {
		return -1
	}
	if prep != "" && s.prepositionOf(pk) != prep {
		// the preposition repeats an earlier figure's, not the one just before: "grew by 4.7%
		// in 2021 as the economy recovered from a 6.0% contraction in 2020, then by 1.9% in
		// 2022" lists growth after growth, not after the contraction (blind round 66: read
		// as contractions, three right figures were flagged)
		for q := pk - 1; q >= 0; q-- {
			if s.qFirst[q] >= 0 && s.prepositionOf(q) == prep && s.quants[q].Unit == s.quants[k].Unit {
				return q
			}
		}
	}
	return pk
}

// prepositionOf returns the preposition that attaches figure k's phrase ("by" of "grew by
// 4.7%", "from" of "from a 6.0% contraction"), or "".
func (s *sentence) prepositionOf(k int) string {
	if s.qFirst[k] < 0 {
		return ""
	}
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i < 0 || s.words[i].tag != tagPrep && s.words[i].tag != tagTo {
		return ""
	}
	return s.words[i].lower
}

// comparesLevels reports the prepositions that set a figure against another level rather
// than place it in a list: "3.9%, below the 8.1% of 2010", "7%, above last year's 6%".
func comparesLevels(prep string) bool {
	switch prep {
	case "below", "above", "under", "beneath", "beyond", "behind", "over":
		return true
	}
	return false
}

// skipAdjuncts returns the last word at or before i that is no adverb and no part of a date
// phrase ("in the fourth quarter", "last year", "in February").
func (s *sentence) skipAdjuncts(i int) int {
	ws := s.words
	for i >= 0 {
		w := &ws[i]
		switch {
		case w.tag == tagAdv || w.tag == tagNeg || w.lower == "both" || w.lower == "each":
			i--
		case w.lower == "unchanged" || w.lower == "steady":
			i-- // "left interest rates unchanged at 5%": what the object is kept as
		case w.lower == "hold" && i > 0 && s.words[i-1].lower == "on":
			i -= 2 // "kept interest rates on hold at 5%"
		case w.lower == "average" && s.onAverageStart(i) >= 0:
			i = s.onAverageStart(i) - 1 // "rose on annual average by 5.9 percent"
		case w.date >= 0:
			i--
			for i >= 0 && (ws[i].date >= 0 || ws[i].tag == tagDet) {
				i--
			}
			// "in the 12 months ended December 1986", "over the first five months of"
			// (the date may hold its span: "12 months to March")
			span := i
			if i >= 0 && !(ws[i].fig >= 0 && isDuration(s.quants[ws[i].fig].Unit)) {
				span = -1
				if ws[i].lower == "ended" || ws[i].lower == "ending" || ws[i].lower == "to" || ws[i].lower == "of" || ws[i].lower == "through" {
					span = i - 1
				}
			}
			if span >= 0 {
				if j := span; ws[j].fig >= 0 && isDuration(s.quants[ws[j].fig].Unit) {
					i = s.phraseStart(s.qFirst[ws[j].fig]) - 1
					for i >= 0 && (ws[i].tag == tagDet || ws[i].lower == "first" || ws[i].lower == "last" || ws[i].lower == "past") {
						i--
					}
				}
			}
			if i >= 0 && ws[i].tag == tagPrep && ws[i].lower != "of" {
				i--
			}
		default:
			return i
		}
	}
	return i
}

// onAverageStart returns the "on" of an adverbial "on average" that ends at word i, with at
// most an article and "annual" or "yearly" between ("on average", "on an annual average", "on
// annual average" as translations from German and Italian put it), else -1. It says how the
// figure is counted, not what it measures: "The consumer prices rose on annual average by
// 5.9 percent" is the consumer prices' rise, as "rose by 5.9 percent" is.
func (s *sentence) onAverageStart(i int) int {
	ws := s.words
	j := i - 1
	if j >= 0 && (ws[j].lower == "annual" || ws[j].lower == "yearly") {
		j--
	}
	if j >= 0 && (ws[j].lower == "an" || ws[j].lower == "the" || ws[j].lower == "a") {
		j--
	}
	if j >= 0 && ws[j].lower == "on" {
		return j
	}
	return -1
}

// isDuration reports a unit of time: a figure in it is a span, not a quantity of a measure.
func isDuration(unit string) bool {
	switch unit {
	case "year", "month", "week", "day", "quarter":
		return true
	}
	return false
}

// skipBack returns the last word at or before i that is not an adverb, a qualifier the
// scanner left out, or a date ("rose 1.3 pct last year against 2.3 pct").
func (s *sentence) skipBack(i int) int {
	for ; i >= 0; i-- {
		w := &s.words[i]
		switch {
		case w.tag == tagAdv || w.tag == tagNeg:
		case leftOutQualifier(w.lower):
		default:
			return i
		}
	}
	return i
}

// leftOutQualifier reports a qualifier the number scanner leaves out before a figure. (A
// switch, which tests the length once: the words before every figure ask, and a chain of
// comparisons tested it for each word.)
func leftOutQualifier(w string) bool {
	switch w {
	case "only", "just", "some", "perhaps", "both", "each":
		return true
	}
	return false
}

// phraseStart returns the first word of the figure's own phrase: the determiner and the
// adjectives before it ("an average 6.3 pct", "a seasonally adjusted 0.4 pct").
func (s *sentence) phraseStart(first int) int {
	if p := s.words[first].np; p >= 0 {
		return s.nps[p].first
	}
	return first
}

// npEndingAt returns the noun phrase whose last word is i, or -1.
func (s *sentence) npEndingAt(i int) int {
	if i < 0 || i >= len(s.words) || s.words[i].np < 0 {
		return -1
	}
	p := s.words[i].np
	if s.nps[p].last != i {
		return -1
	}
	return p
}

// startsClause reports whether nothing but a fronted phrase stands before the comma at i.
func (s *sentence) startsClause(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if s.words[j].vg >= 0 || s.words[j].tag == tagSub || s.words[j].lower == ";" {
			return false
		}
	}
	return true
}

// readModifiedHead reads a figure that modifies the head of its noun phrase.
func (st *articleState) readModifiedHead(s *sentence, k int, p int, r reading) *reading {
	head := s.nps[p].head
	if claimNouns[s.words[head].lower] {
		// "the 9% claim", "the 40 per cent allegation": the figure names a claim the text
		// speaks of, and states nothing (blind round 30: a fact-check's "Our ruling: the 9%
		// claim rounds down the peak accurately")
		return nil
	}
	r.quoteTo = head
	r.np = p
	nm := st.nounMeasure(s, p)
	if nm.restricted {
		return st.other(r)
	}
	switch {
	case nm.measure != nil && nm.headIsMeasure:
		// "four pct inflation", "4.8 pct growth", "a 2.0 pct rate of growth"
		r.measure, r.measureAt, r.role = nm.measure, nm.at, roleValue
	case nm.changeSign != 0:
		// "a 0.4 pct rise in consumer prices", "a 0.7 pct January gain"
		if !st.readChangeNoun(s, k, nm, s.nps[p].last, &r) {
			return nil
		}
	case nm.kindNoun:
		// "the 2.25 pct forecast", "the three pct figure", "a five pct target for inflation",
		// "a slowdown in inflation to around a two pct annual rate"
		r.forecastNoun = nm.forecast
		f, stated := st.statedAs(s.quants[k])
		if nm.measure != nil {
			r.measure, r.measureAt, r.role = nm.measure, nm.at, roleValue
		} else if m, at := st.changedMeasure(s, s.nps[p].last); m != nil {
			r.measure, r.measureAt = m, at
		} else if stated && s.refersBack(k) {
			if f.withdrawn {
				// "A viral post claims Kenya's economy "grew 7% in 2025". This is FALSE.
				// ... The 7% figure was a campaign promise": naming a refuted figure again
				// makes no claim of it (blind round 68)
				return nil
			}
			r.measure, r.fromContext, r.refersTo = f.measure, true, &f // "The three pct figure"
		} else if ar := st.attachedReading(s, k, p, r); ar != nil {
			return ar
		} else if !st.measureAround(s, k, &r) {
			return nil
		}
	default:
		// The figure counts people or things: what the clause says of them may name the
		// measure ("3.1 million Spaniards ... were out of work").
		if g := s.governingVerb(p); g >= 0 && s.vgs[g].first > s.nps[p].last && s.subjectOf(g) == p {
			return st.readPredicate(s, k, g, r)
		}
		return nil // the figure counts something else: "a 40 pct stake", "three pct points"
	}
	if isOther(r.measure) {
		return st.other(r)
	}
	r.nominal, r.perCapita = nm.nominal, nm.perCapita
	if r.vg < 0 {
		r.vg = s.governingVerb(p)
	}
	if st.ownedElsewhere(s, k, p, &r) || s.actedOnByName(p) {
		return st.other(r)
	}
	return st.finishReading(s, k, &r)
}

// actedOnByName reports a noun phrase that is the object of a verb whose subject is a name the
// lexicon does not know, which does not speak or forecast: a firm's act ("Toyota announced a
// price rise of 3%", "Nippon Steel agreed to a 40% price rise"), not the country's measure.
func (s *sentence) actedOnByName(p int) bool {
	g := s.governingVerb(p)
	if g < 0 || s.vgs[g].first > s.nps[p].first || s.speaks(g) || s.projects(g) {
		return false
	}
	subj := s.subjectOf(g)
	return subj >= 0 && subj != p && s.unknownName(s.nps[subj].head)
}

// attachedReading reads a figure's phrase headed by a noun of kind through what the phrase is
// attached to, before the context is asked: "a slowdown in inflation to around a two pct annual
// rate" is inflation's. nil when the phrase hangs from nothing that names a measure.
func (st *articleState) attachedReading(s *sentence, k, p int, r reading) *reading {
	j := s.skipBack(s.nps[p].first - 1)
	if j < 0 || s.words[j].tag != tagPrep && s.words[j].tag != tagTo {
		return nil
	}
	i := s.skipAdjuncts(s.prepChainStart(j) - 1)
	if i < 0 || s.words[i].np < 0 || s.words[i].vg >= 0 {
		return nil
	}
	nm := st.nounMeasure(s, s.words[i].np)
	if nm.measure == nil || nm.restricted || !nm.headIsMeasure {
		return nil
	}
	r.measure, r.measureAt, r.np, r.role = nm.measure, nm.at, s.words[i].np, roleValue
	return st.finishReading(s, k, &r)
}

// ownedElsewhere reports a measure that belongs to another owner than the country: a bare
// "growth" or "growth rate" whose clause is about something else ("Real private consumption was
// buoyant, with a 3.25 pct growth rate"), or a measure that is the object of a verb whose
// subject is a sector or a company ("the machine-building industry increased output by 3.3 pct").
func (st *articleState) ownedElsewhere(s *sentence, k, p int, r *reading) bool {
	if r.measure == nil || !st.relational(s, r) || s.entityInPhrase(p) != "" {
		return false
	}
	// The clause's verb before the phrase ("is expanding at a healthy rate, with 7.9% growth
	// expected"); with none, the phrase is part of the subject of a verb after it ("the strength
	// in the 4.8 pct growth figure was"), and its owner is what the text was about.
	from, _ := s.clauseOf(s.nps[p].first)
	g := -1
	for i := s.nps[p].first - 1; i >= from; i-- {
		if s.words[i].vg >= 0 {
			g = s.words[i].vg
			break
		}
	}
	if g < 0 {
		return blocks(st.contextMeasure(s, s.qFirst[k]))
	}
	subj := s.subjectOf(g)
	if subj < 0 || subj == p || subj == r.np {
		if e := s.sharedSubjectVerb(g); e >= 0 && e != g {
			subj = s.subjectOf(e)
		}
	}
	if subj >= 0 && subj != p && subj != r.np {
		if nm := st.nounMeasure(s, subj); nm.restricted || blocks(nm.measure) {
			return true
		} else if nm.measure != nil && (nm.headIsMeasure || nm.kindNoun) && !outputMeasure[nm.measure.name] {
			// "Money supply showed growth of 7.7 pct", "the money supply target is growth of
			// three to six pct": the growth of what the subject measures, not the economy's
			r.measure, r.role, r.measureAt = nm.measure, roleChange, nm.at
			return false
		}
		if st.ownerBlocks(s, subj) {
			return true
		}
		if !s.speakerPhrase(subj) {
			return false
		}
	}
	// a speaker or no subject: the figure is of what the sentence was about
	return blocks(st.contextMeasure(s, s.qFirst[k]))
}

// outputMeasure are the measures whose bare "growth" is the economy's: "the economy showed growth
// of 2%", "GNP recorded growth of 3%".
var outputMeasure = map[string]bool{"gdp": true, "gdp_growth": true, "gnp": true, "gni": true}

// relational reports a measure read from a bare relational noun: "growth", "growth rate",
// "expansion", which say nothing of whose growth it is.
func (st *articleState) relational(s *sentence, r *reading) bool {
	if r.measure.name != "gdp_growth" || r.measureAt < 0 {
		return false
	}
	m, ok := s.cueAt(r.measureAt)
	if !ok {
		return false
	}
	for t := m.first; t <= m.last; t++ {
		switch s.words[t].lower {
		case "growth", "rate", "expansion", "of":
		default:
			return false
		}
	}
	// "growth in gross domestic product", "the expansion of the economy": the phrase after it
	// says whose growth it is.
	return !st.namesOutputAfter(s, m.last)
}

// namesOutputAfter reports "in" or "of" after word i followed by a phrase that names the whole
// economy's output ("gross domestic product", "the economy").
func (st *articleState) namesOutputAfter(s *sentence, i int) bool {
	ws := s.words
	if i+2 >= len(ws) || ws[i+1].lower != "in" && ws[i+1].lower != "of" {
		return false
	}
	p := ws[i+2].np
	if p < 0 {
		return false
	}
	nm := st.nounMeasure(s, p)
	return nm.measure != nil && nm.measure.name == "gdp" && !nm.restricted && !nm.perCapita && !nm.nominal
}

// ownerBlocks reports a subject that owns a measure and is no country: a noun phrase headed
// by a common noun that is no speaker, no measure and no institution ("the industry", "the
// company", "private consumption").
func (st *articleState) ownerBlocks(s *sentence, p int) bool {
	n := s.nps[p]
	h := &s.words[n.head]
	if h.tag != tagNoun || h.ent >= 0 || h.inst >= 0 || h.date >= 0 || h.fig >= 0 {
		return false
	}
	if s.speakerPhrase(p) {
		return false
	}
	if nm := st.nounMeasure(s, p); nm.measure != nil || nm.kindNoun || nm.changeSign != 0 || nm.pronoun {
		return false
	}
	return !neutralPlace[h.lower] // "the 12 Euro zone countries", "the country"
}

// subjectOwns reports a subject of verb group g, other than its object p, that owns what the
// verb does to its object: "the industry increased output by 3.3 pct", "it (the group) has
// reduced output by 9%".
func (st *articleState) subjectOwns(s *sentence, g, p int) bool {
	subj := s.subjectOf(g)
	if subj < 0 || subj == p {
		return false
	}
	// An object that names its place, or a rate only a place has (a firm has growth and
	// output, never inflation or unemployment), is nobody's output: "higher food costs took
	// Brazil's inflation rate to 62.5%", "dearer food pushed inflation to 9%".
	if nm := st.nounMeasure(s, p); nm.entity >= 0 || nm.measure != nil && (nm.measure.name == "inflation" || nm.measure.name == "unemployment") || s.placeAfter(p) {
		return false
	}
	return st.ownerBlocks(s, subj) || st.antecedentBlocks(s, subj)
}

// placeAfter reports a place named right after noun phrase p: "inflation in Brazil".
func (s *sentence) placeAfter(p int) bool {
	i := s.nps[p].last + 1
	if i+1 >= len(s.words) || s.words[i].lower != "in" {
		return false
	}
	q := s.words[i+1].np
	return q >= 0 && s.words[s.nps[q].head].ent >= 0
}

// antecedentBlocks reports a pronoun subject that stands for an owner of its own output
// named earlier in the sentence: "prompted the group to cut production by 3% - it has
// reduced output by 9%" is the group's output.
func (st *articleState) antecedentBlocks(s *sentence, p int) bool {
	n := s.nps[p]
	if n.first != n.last || s.words[n.first].lower != "it" {
		return false
	}
	for i := n.first - 1; i >= 0; i-- {
		g := s.words[i].vg
		if g < 0 || s.vgs[g].last != i {
			continue
		}
		a := s.subjectOf(g)
		if a < 0 || a == p || s.words[s.nps[a].head].tag == tagPron {
			continue
		}
		if nm := st.nounMeasure(s, a); nm.restricted || blocks(nm.measure) {
			return true // "Shares in Siemens fell 4.3% after it cut its growth forecast"
		}
		return st.ownerBlocks(s, a)
	}
	return false
}

// speakerPhrase reports a noun phrase that names who speaks: a person, an institution, a
// report ("economists", "the Finance Ministry", "the OECD", "he").
func (s *sentence) speakerPhrase(p int) bool {
	n := s.nps[p]
	h := &s.words[n.head]
	if h.tag == tagPron || h.tag == tagProper || h.inst >= 0 || h.ent >= 0 {
		return true
	}
	return s.cueIs(n.head, catSpeaker)
}

// measureAround finds the measure of a figure whose own phrase names none ("a 0.7 pct gain",
// "the three pct figure"): the verb's subject or object, an earlier figure it is compared with,
// or the measure the sentences before were about.
func (st *articleState) measureAround(s *sentence, k int, r *reading) bool {
	p := r.np
	if p < 0 {
		p = s.words[s.qFirst[k]].np
	}
	// The phrase as a verb's object or complement: "GNP showed a 2 pct rise", "the rise was".
	if g := s.governingVerb(p); g >= 0 {
		if s.partOf(g) {
			r.measure = st.lex.measures[measureOther] // "The March rise included a 0.05 pct increase"
			return true
		}
		if m, at, np, ok := st.verbMeasure(s, g, p); ok {
			r.measure, r.measureAt, r.np, r.vg = m, at, np, g
			return true
		}
	}
	// The phrase "into" which a verb puts its object: "The crisis pushed the economy into a
	// contraction of 5.7 percent", "tipped output into a 5.7 percent contraction" is that
	// object's (blind round 118: read as the inflation of the sentence before, and flagged).
	// A verb with no object puts its subject there: "The economy fell into a contraction of 5.7
	// percent".
	if f := s.nps[p].first; f >= 2 && s.words[f-1].lower == "into" {
		if q := s.words[f-2].np; q >= 0 && s.nps[q].last == f-2 {
			if nm := st.nounMeasure(s, q); nm.measure != nil && !nm.restricted && !isOther(nm.measure) {
				r.measure, r.measureAt, r.np = nm.measure, nm.at, q
				return true
			}
		} else if g := s.words[f-2].vg; g >= 0 {
			if m, at, np, ok := st.verbMeasure(s, g, p); ok && at >= 0 && !isOther(m) {
				r.measure, r.measureAt, r.np, r.vg = m, at, np, g
				return true
			}
		}
	}
	// In a relative clause, what its antecedent is: "Energy prices, which fired January's data
	// with a three pct rise, ..." is the energy prices' rise.
	if a := s.relativeAntecedent(k); a >= 0 {
		nm := st.nounMeasure(s, a)
		switch {
		case nm.restricted || isOther(nm.measure):
			r.measure = st.lex.measures[measureOther]
			return true
		case nm.measure != nil:
			r.measure, r.measureAt, r.np = nm.measure, nm.at, a
			return true
		}
	}
	if st.attendantMeasure(s, p, r) {
		return true
	}
	// The subject of a clause the phrase is the subject of: "The May year-on-year rise was 4.6 pct".
	if m := st.contextMeasureOf(s, s.nps[p].first, s.verbFollows(p)); m != nil {
		r.measure, r.fromContext = m, true
		return true
	}
	return false
}

// attendantMeasure reads a phrase that "with" attaches to the clause before it: it is of that
// clause's subject, and of its change when the clause's verb is one of rising ("The economy
// had grown for 50 quarters, with a forecast of 3% in 2005", "Inflation has stayed low, with a
// rate of 1.6% in 2004"). Who said it ("he said") is passed over.
func (st *articleState) attendantMeasure(s *sentence, p int, r *reading) bool {
	f := s.nps[p].first
	if f == 0 || s.words[f-1].lower != "with" {
		return false
	}
	for g := len(s.vgs) - 1; g >= 0; g-- {
		if s.vgs[g].last >= f {
			continue
		}
		subj := s.subjectOf(g)
		if subj < 0 || s.speaks(g) {
			continue
		}
		nm := st.nounMeasure(s, subj)
		if nm.measure == nil || nm.restricted || !nm.headIsMeasure || isOther(nm.measure) {
			return false
		}
		switch change := s.verbChange(g); {
		case change > 0 && nm.measure.typ != classRate && nm.measure.change != "":
			r.role, r.sign = roleChange, 1
		case change < 0:
			return false // "shrank, with a forecast of 1%": a fall or a rise, the text does not say
		}
		r.measure, r.measureAt = nm.measure, nm.at
		return true
	}
	return false
}

// verbFollows reports a verb group right after noun phrase p, past adverbs: p is its subject.
func (s *sentence) verbFollows(p int) bool {
	j := s.nps[p].last + 1
	for j < len(s.words) && s.words[j].tag == tagAdv {
		j++
	}
	return j < len(s.words) && s.words[j].vg >= 0
}

// partOf reports a verb that makes its object a part of its subject ("included", "contained"):
// the figure is a component, not the measure.
func (s *sentence) partOf(g int) bool {
	h := &s.words[s.vgs[g].head]
	return h.hasLemma("include") || h.hasLemma("contain") || h.hasLemma("comprise")
}

// readChangeNoun reads a figure of a change noun: its sign, and the measure its phrase names,
// else the one a phrase "in X" or "of X" after word after names, else the one around it. It
// reports false when there is none.
func (st *articleState) readChangeNoun(s *sentence, k int, nm nounReading, after int, r *reading) bool {
	r.role, r.sign = roleChange, nm.changeSign
	if nm.measure != nil {
		r.measure, r.measureAt = nm.measure, nm.at
		return true
	}
	if m, at := st.changedMeasure(s, after); m != nil {
		r.measure, r.measureAt = m, at
		return true
	}
	return st.measureAround(s, k, r)
}

// readOfObject reads "growth of 3%", "a rise of 0.4 pct in prices", "an inflation rate of 3.5 to
// four pct", "a forecast of 3%": the figure is the object of "of" after a noun phrase.
func (st *articleState) readOfObject(s *sentence, k int, owner int, r reading) *reading {
	nm := st.nounMeasure(s, owner)
	if nm.restricted {
		return st.other(r)
	}
	r.np = owner
	r.quoteFrom = s.nps[owner].first
	switch {
	case nm.measure != nil && nm.headIsMeasure:
		r.measure, r.measureAt, r.role = nm.measure, nm.at, roleValue
		if sign := st.changeNounOfLevel(s, owner, nm.measure); sign != 0 {
			// "a collapse in output of 12.3 per cent", "a fall in GDP of 2%": a fall, quoted
			// from its noun
			r.sign = sign
			r.quoteFrom = s.nps[s.words[s.nps[owner].first-2].np].first
		}
	case nm.changeSign != 0:
		// "a rise of 0.4 pct in consumer prices"
		if !st.readChangeNoun(s, k, nm, s.qLast[k], &r) {
			return nil
		}
	case nm.kindNoun:
		r.forecastNoun = nm.forecast
		if f, h := s.nps[owner].first, &s.words[s.nps[owner].head]; nm.measure == nil && f > 0 && (s.words[f-1].lower == "to" || s.words[f-1].lower == "at") &&
			!h.hasLemma("rate") && !h.hasLemma("pace") {
			// "lifted rates on Wednesday, to a range of 2.25% to 2.5%", "fell to a low of 3.5%":
			// the level the movement before it reaches (not "grew at an annual rate of")
			if rr := st.readAttached(s, k, f-1, r); rr != nil {
				return rr
			}
		}
		if nm.measure != nil {
			r.measure, r.measureAt, r.role = nm.measure, nm.at, roleValue
		} else if m, at := st.changedMeasure(s, s.qLast[k]); m != nil {
			r.measure, r.measureAt = m, at // "a forecast of 3% for growth"
		} else if m, at := st.changedMeasure(s, s.nps[owner].last); m != nil {
			r.measure, r.measureAt = m, at // "the prediction for economic growth this year of 2%"
		} else if s.genericRates(owner) && !isPolicyRate(st.contextMeasure(s, s.nps[owner].first)) {
			return nil // "Negative rates of minus 0.1% are introduced": interest rates
		} else if !st.measureAround(s, k, &r) {
			return nil
		}
	default:
		return nil
	}
	r.nominal, r.perCapita = nm.nominal, nm.perCapita
	// The verb the phrase complements gives the kind: "expects growth of 3%".
	if g := s.governingVerb(owner); g >= 0 {
		r.vg = g
	}
	if isOther(r.measure) || st.ownedElsewhere(s, k, owner, &r) || s.actedOnByName(owner) {
		return st.other(r)
	}
	if marker, ok := s.comparisonEndingAt(s.skipBack(s.nps[owner].first - 1)); ok && r.compared < 0 {
		// "against a rise of 6.3 pct in 1985", "revised down from an earlier estimate of 3.0%":
		// the phrase is given in comparison
		if base := st.mainFigureBefore(s, k); base >= 0 {
			br := st.figureReading(s, base)
			if br == nil {
				return st.other(r)
			}
			r.compared = base
			// "from a previous estimate of 3.7%": an earlier estimate of the same period
			r.revised = replacesFigure(marker, s) && (s.revisionBefore(base) || s.revisionBefore(k)) || s.earlierEstimate(owner)
		} else if s.words[marker.last].lower == "from" && s.figureAfter(k) {
			r.compared = -2 // "has fallen from a peak of 9.1% to 3.4%"
		} else if s.words[marker.last].lower != "from" && s.datedBefore(marker.first) >= 0 {
			// "flatlined in the third quarter, after growth of 0.2% in the previous three
			// months": compared with a movement the clause before states with no figure
			r.compared = -2
		}
	}
	return st.finishReading(s, k, &r)
}

// changeNounOfLevel returns the sign of a change noun whose "in" phrase is phrase p, the
// phrase of a level measure m a figure is the "of" of: "a collapse in output of 12.3 per cent",
// "a fall in GDP of 2%" (-1), "a rise in output of 3%" (+1). 0 when p is no such phrase. A
// level's percentage is its change, whose direction the noun gives (blind round 77: Peru's
// output collapse of 12.3% in 1989 was read as growth of 12.3%). A rate's ("a rise in
// inflation of 2%") is left as it was read: the rise or the level, which the words do not say.
func (st *articleState) changeNounOfLevel(s *sentence, p int, m *measure) float64 {
	if m.typ != classLevel {
		return 0
	}
	ws := s.words
	f := s.nps[p].first
	if f < 2 || ws[f-1].lower != "in" {
		return 0
	}
	q := ws[f-2].np
	if q < 0 || s.nps[q].last != f-2 || !s.cueIs(s.nps[q].head, catChange) {
		return 0
	}
	return st.nounMeasure(s, q).changeSign
}

// datedBefore returns the last date before word i that is the period of what the sentence
// states there (no base of a change), or -1.
func (s *sentence) datedBefore(i int) int {
	for d := len(s.exprs) - 1; d >= 0; d-- {
		if s.eLast[d] < i && s.exprs[d].Period != "" && !s.isBaseDate(d) {
			return d
		}
	}
	return -1
}

// ofOwnerOfFigure returns the noun phrase whose "of" figure k's phrase is the object of
// ("forecasts of 2.3%", "economists' estimates of 2.8%"), by ofOwner, or -1.
func (s *sentence) ofOwnerOfFigure(k int) int {
	f := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if f <= 0 || s.words[f].lower != "of" {
		return -1
	}
	return s.ofOwner(f)
}

// ofOwner returns the noun phrase that "of" at word i attaches a figure to: the phrase right
// before it, passing over a date ("growth in 1987 of three pct") and a phrase that is itself
// the object of a preposition after a measure ("real growth in Gross National Product this
// year of 2.5 pct"). -1 when there is none.
func (s *sentence) ofOwner(i int) int {
	ws := s.words
	j := s.skipAdjuncts(i - 1)
	if j >= 0 && ws[j].lower == ")" {
		// "growth in gross domestic product (GDP) last year of nine pct"
		for j >= 0 && ws[j].lower != "(" {
			j--
		}
		j = s.skipAdjuncts(j - 1)
	}
	if j < 0 || ws[j].np < 0 {
		return -1
	}
	p := ws[j].np
	if s.nps[p].last != j && !(ws[j].date >= 0) {
		return -1
	}
	if f := s.nps[p].first; f > 1 && (ws[f-1].lower == "in" || ws[f-1].lower == "for" || ws[f-1].lower == "of") {
		if q := ws[f-2].np; q >= 0 && s.nps[q].last == f-2 {
			for t := s.nps[q].first; t <= s.nps[q].last; t++ {
				if s.cueIs(t, catMeasure) || s.cueIs(t, catKindNoun) || s.cueIs(t, catChange) {
					if !s.cueIs(s.nps[p].head, catMeasure) || s.cueIs(s.nps[q].head, catKindNoun) || s.cueIs(s.nps[q].head, catMeasure) {
						return q
					}
				}
			}
		}
	}
	// A phrase "to X" or "on X" completes the noun before it, and the figure is that noun's:
	// "a cost to the global economy of $105bn", "damage to the economy of $10bn", "a tax on
	// imports of 5%".
	if f := s.nps[p].first; f > 1 && (ws[f-1].lower == "to" || ws[f-1].lower == "on") && ws[f-1].tag == tagPrep {
		if q := ws[f-2].np; q >= 0 && s.nps[q].last == f-2 && ws[s.nps[q].head].tag == tagNoun && ws[s.nps[q].head].fig < 0 {
			h := s.nps[q].head
			if !s.cueIs(h, catMeasure) && !s.cueIs(h, catKindNoun) && !s.cueIs(h, catChange) {
				return q
			}
		}
	}
	return p
}

// changedMeasure reads the measure of a phrase "in X", "of X" or "for X" right after word i:
// what a change noun changes ("a rise of 0.4 pct in consumer prices") or what a forecast is of.
func (st *articleState) changedMeasure(s *sentence, i int) (*measure, int) {
	j := s.skipDates(i + 1)
	// past the level reached: "a drop of 12 points to 24.6 pct in the wholesale index"
	if j+1 < len(s.words) && s.words[j].lower == "to" && s.words[j+1].fig >= 0 {
		j = s.skipDates(s.qLast[s.words[j+1].fig] + 1)
	}
	if j >= len(s.words) {
		return nil, -1
	}
	switch s.words[j].lower {
	case "in", "of", "for":
	default:
		return nil, -1
	}
	p := -1
	if at := s.skipDates(j + 1); at < len(s.words) {
		p = s.words[at].np // (a date may end the sentence: "grows at 4.9% rate in third quarter")
	}
	if p < 0 {
		return nil, -1
	}
	nm := st.nounMeasure(s, p)
	if nm.measure == nil && nm.changeSign != 0 && s.words[j].lower == "of" && s.nps[p].last > i {
		// a change named by its rate: "the rate of increase in the CPI" is the CPI's
		return st.changedMeasure(s, s.nps[p].last)
	}
	switch {
	case nm.restricted || isOther(nm.measure):
		return st.lex.measures[measureOther], -1 // "a 40 pct rise in the minimum wage"
	case nm.measure != nil && nm.headIsMeasure:
		return nm.measure, nm.at
	case nm.measure == nil && !nm.kindNoun && !nm.pronoun && s.entityInPhrase(p) == "" && st.ownerBlocks(s, p):
		return st.lex.measures[measureOther], -1 // "a 0.7 pct decline in consumer spending"
	}
	return nil, -1
}

// skipDates returns the first word at or after i that is not part of a date expression.
func (s *sentence) skipDates(i int) int {
	for i < len(s.words) && s.words[i].date >= 0 {
		i++
	}
	return i
}

// readAttached reads a figure introduced by a preposition: "rose to 5%", "stood at 5%", "grew by
// 3%", "unemployment at 9 pct", "Britain at 3.9 pct".
func (st *articleState) readAttached(s *sentence, k int, prep int, r reading) *reading {
	ws := s.words
	// What the preposition attaches to: the verb group or noun phrase before it, passing over
	// adverbs and dates ("slowed sharply in the fourth quarter to 5.6%") and the object of the
	// verb ("cut inflation to").
	j := s.skipAdjuncts(prep - 1)
	if j >= 0 && ws[j].fig >= 0 && ws[j].fig < k {
		// "fall from 1.9% to 1.8%", "edged up 0.1% to 4.7%", "rose by 0.2 points to 7.4%": the
		// second figure of a movement hangs from the same verb as the first.
		if i := s.skipBack(s.phraseStart(s.qFirst[ws[j].fig]) - 1); i >= 0 {
			if _, ok := s.comparisonEndingAt(i); ok {
				j = s.skipAdjuncts(i - 1)
			} else if owner := s.ofOwner(i); ws[i].lower == "of" && owner >= 0 && s.afterComparison(owner) &&
				s.words[s.skipBack(s.nps[owner].first-1)].lower == "from" && s.cueIs(s.nps[owner].head, catKindNoun) {
				// "fallen from a peak of 9.1% to 3.4%": the movement's verb
				j = s.skipAdjuncts(s.skipBack(s.nps[owner].first-1) - 1)
			} else if ws[i].lower == "by" {
				j = s.skipAdjuncts(i - 1)
			} else if ws[i].vg >= 0 {
				j = i
			} else if ws[i].np >= 0 && s.verbBefore(ws[i].np) >= 0 {
				j = i // "raised its 1987 inflation estimate a half percentage point to 2.5 per cent"
			}
		}
	}
	if j < 0 {
		return st.readFronted(s, k, r)
	}
	// the denominator of a share before it: "from 49 pct of GDP to 25 pct" is a share too
	if p := ws[j].np; p >= 0 && s.nps[p].last == j {
		if f := s.nps[p].first; f >= 2 && ws[f-1].lower == "of" && ws[f-2].fig >= 0 && ws[f-2].fig < k {
			pk := ws[f-2].fig
			if br := st.figureReading(s, pk); br != nil && br.role == roleShare {
				out := *br
				out.compared, out.apposed, out.coordinated, out.listEntity = -1, -1, -1, -1
				out.quoteFrom, out.quoteTo = s.qFirst[k], s.qLast[k]
				return st.keep(out)
			}
			// whatever the first figure was read as, the second is no change of the
			// denominator: "cut the deficit by half, from 10% of GDP to 5%"
			return st.other(r)
		}
	}
	if ws[j].vg >= 0 {
		return st.readVerbal(s, k, ws[j].vg, prep, r)
	}
	if p := s.measureSubjectAside(k, prep); p >= 0 {
		if nm := st.nounMeasure(s, p); nm.measure != nil && nm.headIsMeasure && !nm.restricted {
			// "public debt, although still the highest in the euro area at about 154
			// percent of GDP, is falling": the subject's level, not an item of a list of
			// the figures of the clause before
			r.measure, r.measureAt, r.np, r.role = nm.measure, nm.at, p, roleValue
			r.nominal, r.perCapita = nm.nominal, nm.perCapita
			r.quoteFrom = s.nps[p].first
			r.vg = s.verbAfterAside(k)
			return st.finishReading(s, k, &r)
		}
	}
	if ws[j].lower == "," && ws[prep].lower == "at" && j > 0 && ws[j-1].np >= 0 && s.nps[ws[j-1].np].last == j-1 {
		// "the unemployment rate, at 3.9 percent, remains near historic lows": its value; and
		// past a place, "Inflation in Poland, at 14.4% in 2022, exceeded Russia's 13.7%"
		p := st.pastPlaceAndSpan(s, ws[j-1].np)
		if s.ratioTerm(p) {
			return st.other(r) // "Its debt is low relative to GDP, at about 38 percent": the ratio's
		}
		nm := st.nounMeasure(s, p)
		if nm.entity >= 0 && nm.onlyEntity {
			// a place alone, set off: "..., or with Tunisia, at 15.1% in 2023" is an item
			// of its own, not an afterthought of the clause before (blind round 42)
			if out := st.placeItemReading(s, k, p, nm.entity); out != nil {
				return out
			}
		}
		if nm.measure != nil && nm.headIsMeasure && !nm.restricted {
			r.measure, r.measureAt, r.np, r.role = nm.measure, nm.at, p, roleValue
			r.nominal, r.perCapita = nm.nominal, nm.perCapita
			r.quoteFrom = s.nps[p].first
			if g := s.governingVerb(p); g >= 0 {
				r.vg = g
			}
			return st.finishReading(s, k, &r)
		}
	}
	if ws[j].lower == "," && (ws[prep].lower == "to" || ws[prep].lower == "at") {
		// an afterthought: "expected inflation to rise even more than the forecast, perhaps
		// to 2.6 or 2.7 per cent": the figure the clause's verb reaches
		from, _ := s.clauseOf(j)
		for i := j - 1; i >= from; i-- {
			if g := ws[i].vg; g >= 0 && s.verbChange(g) != 0 {
				return st.readVerbal(s, k, g, prep, r)
			}
		}
		return nil
	}
	owner := ws[j].np
	if owner < 0 {
		return nil
	}
	owner = st.pastPlaceAndSpan(s, owner)
	if s.ratioTerm(owner) {
		return st.other(r) // "kept the ratio of exports to GDP near 34.6%": the ratio's, no GDP growth
	}
	// the object of a preposition after the verb: "remained above the ECB's 2% ceiling at
	// 2.5%" is the verb's level, not the ceiling's
	if f := s.nps[owner].first; (ws[prep].lower == "at" || ws[prep].lower == "to") && f > 0 && referencePrep(ws[f-1].lower) && ws[f-1].lower != "from" {
		if g := s.governingVerb(owner); g >= 0 && s.vgs[g].last < f {
			return st.readVerbal(s, k, g, prep, r)
		}
	}
	switch ws[prep].lower {
	case "at", "to", "around", "about", "near", "above", "below", "under", "over", "by", "with", "of":
	default:
		return nil // "inflation in the 24 nations": no value of the phrase before
	}
	// A noun phrase and its preposition: the object of a verb ("cut inflation to 6.3 pct", "put
	// growth at 8 pct"), or a phrase standing alone ("unemployment at 9 pct").
	nm := st.nounMeasure(s, owner)
	if g := s.governingVerb(owner); g >= 0 && s.vgs[g].last < s.nps[owner].first && s.setsRates(g) && s.words[s.nps[owner].head].hasLemma("rate") && (nm.measure == nil || nm.measure.name == "policy_rate" || nm.measure.name == measureOther) {
		// "The Bank of England held interest rates at 5.25%", "the central bank cut its
		// benchmark Selic rate to 11.25%": the rate a central bank sets is its policy rate, but
		// not a rate its phrase names ("The RBA sees the jobless rate at 4.2 per cent")
		nm = nounReading{measure: st.lex.measures["policy_rate"], at: s.nps[owner].head, headIsMeasure: true, entity: -1}
	}
	if g := s.governingVerb(owner); g >= 0 && s.vgs[g].last < s.nps[owner].first && nm.measure != nil && !nm.restricted {
		r.vg = g
		// the object belongs to the subject: "the industry increased output by 3.3 pct"
		if st.subjectOwns(s, g, owner) {
			return st.other(r)
		}
	}
	switch {
	case nm.restricted || isOther(nm.measure):
		return st.other(r)
	case nm.measure != nil && (nm.headIsMeasure || nm.kindNoun || nm.changeSign != 0):
		r.measure, r.measureAt, r.np = nm.measure, nm.at, owner
		r.role = roleFor(ws[prep].lower, nm.changeSign != 0 && !nm.headIsMeasure)
		if nm.changeSign != 0 && !nm.headIsMeasure {
			r.sign = nm.changeSign
		} else if g := s.gappedVerbOf(owner); r.role == roleChange && r.vg < 0 && g >= 0 && s.verbChange(g) != 0 {
			// "the euro area economy shrank by 6.6% and the EU economy by 6.1%": the verb left
			// out of the second conjunct is the first's, and so is its direction (blind round
			// 239: read as growth of 6.1%)
			r.sign = s.verbChange(g)
		}
		r.forecastNoun = nm.forecast
		r.nominal, r.perCapita = nm.nominal, nm.perCapita
		r.quoteFrom = s.nps[owner].first
		return st.finishReading(s, k, &r)
	case nm.changeSign != 0 && s.afterComparison(owner) && s.figureBefore(k) >= 0:
		// "after last year's sharp fall to 0.75 pct": a change given in comparison
		base := s.figureBefore(k)
		if br := st.figureReading(s, base); br != nil {
			out := *br
			out.compared, out.apposed, out.listEntity, out.coordinated = base, -1, -1, -1
			out.quoteFrom, out.quoteTo = s.nps[owner].first, s.qLast[k]
			if roleFor(ws[prep].lower, true) == roleChange {
				// "grew by 0.2% in 2025, after contracting by 0.5% in 2024": the amount of
				// the fall the phrase names is its figure, whatever the figure before rose
				// by; a level reached ("after a fall to 0.75 pct") keeps the figure's sign
				out.sign = nm.changeSign
			}
			return st.keep(out)
		}
		return nil
	case nm.kindNoun || nm.pronoun:
		// "Unemployment remains low at 3.6%", "inflation stayed at a high of 9%": the level a
		// verb's subject is at is the subject's
		if g := s.governingVerb(owner); g >= 0 && s.vgs[g].last < s.nps[owner].first && !nm.pronoun {
			if subj := s.subjectOf(g); subj >= 0 && subj != owner {
				switch sm := st.nounMeasure(s, subj); {
				case sm.restricted || isOther(sm.measure):
					return st.other(r)
				case sm.measure != nil && sm.headIsMeasure:
					r.measure, r.measureAt, r.np, r.vg = sm.measure, sm.at, subj, g
					r.role = roleFor(ws[prep].lower, false)
					r.nominal, r.perCapita = sm.nominal, sm.perCapita
					r.quoteFrom = s.nps[subj].first
					return st.finishReading(s, k, &r)
				case sm.measure == nil && !sm.kindNoun && !sm.pronoun && sm.changeSign == 0 && sm.entity < 0 && ws[s.nps[subj].head].tag == tagNoun &&
					!(s.nps[subj].first+1 == s.nps[subj].head && ws[s.nps[subj].first].tag == tagDet):
					// (not a bare "the N", which points back: "The benchmark remains high at
					// 5.25%", "the gauge")
					// "Female labour force participation remains low at around 40 percent":
					// the level of a thing the subject names and no indicator covers, not of
					// the measure the sentence before was about (attack round 19)
					return st.other(r)
				}
			}
		}
		// "the rate eased to", "the figure at": the measure the text was about
		if m := st.rateOf(s, owner, st.contextMeasure(s, s.nps[owner].first)); m != nil {
			r.measure, r.fromContext, r.np = m, true, owner
			r.role = roleFor(ws[prep].lower, false)
			r.quoteFrom = s.nps[owner].first
			return st.finishReading(s, k, &r)
		}
	case nm.entity >= 0 && nm.onlyEntity:
		// A list item: "..., followed by Canada at 4.0 pct, Britain at 3.9 pct".
		if out := st.placeItemReading(s, k, owner, nm.entity); out != nil {
			return out
		}
		// The first item: "inflation was highest in Italy at 4.2 pct": the place hangs from the
		// verb, as the figure does.
		if f := s.nps[owner].first; f > 0 && ws[f-1].tag == tagPrep {
			i := s.skipAdjuncts(f - 2)
			for i >= 0 && ws[i].tag == tagAdj {
				i--
			}
			if i >= 0 && ws[i].vg >= 0 {
				if vr := st.readVerbal(s, k, ws[i].vg, prep, r); vr != nil {
					vr.listEntity = nm.entity
					return vr
				}
			}
		}
	}
	return nil
}

// measureSubjectAside returns the subject phrase whose aside figure k stands in, attached by
// "at" (prep) to a word of the aside: the phrase opens its clause (after a punctuation mark, a
// conjunction or a subordinator) and ends right before a comma,
// no verb and no other figure stand between that comma and the figure, and the verb right after
// the comma that closes the aside has the phrase as its subject, or none other ("public debt, although still the
// highest in the euro area at about 154 percent of GDP, is falling", "Inflation, still above
// target at 3.1%, eased"). -1 for none.
func (s *sentence) measureSubjectAside(k, prep int) int {
	ws := s.words
	if ws[prep].lower != "at" {
		return -1
	}
	open := -1
	for i := prep - 1; i > 0; i-- {
		if ws[i].vg >= 0 || ws[i].fig >= 0 {
			return -1
		}
		if ws[i].lower == "," {
			open = i
			break
		}
	}
	if open < 1 {
		return -1
	}
	p := ws[open-1].np
	if p < 0 || s.nps[p].last != open-1 {
		return -1
	}
	if f := s.nps[p].first; f > 0 && ws[f-1].tag != tagPunct && ws[f-1].tag != tagCoord && ws[f-1].tag != tagSub {
		return -1
	}
	g := s.verbAfterAside(k)
	if g < 0 {
		return -1
	}
	if subj := s.subjectOf(g); subj != p && subj >= 0 {
		return -1 // (an aside of a noun phrase is often read as the verb's subject: none found is p)
	}
	return p
}

// verbAfterAside returns the verb group right after the comma that closes the aside figure k
// stands in (past the figure's own words: "of GDP"), or -1 when a verb, a figure or the end of
// the sentence comes first.
func (s *sentence) verbAfterAside(k int) int {
	ws := s.words
	for i := s.qLast[k] + 1; i+1 < len(ws); i++ {
		if ws[i].vg >= 0 || ws[i].fig >= 0 {
			return -1
		}
		if ws[i].lower == "," {
			i++
			for i < len(ws) && ws[i].tag == tagAdv {
				i++
			}
			if i < len(ws) {
				return ws[i].vg
			}
			return -1
		}
	}
	return -1
}

// placeItemReading reads figure k as an item of a list that names its place, entity, in noun
// phrase owner: the reading of the figure before it of the same unit, with that place. Nil when
// there is no such figure.
func (st *articleState) placeItemReading(s *sentence, k, owner, entity int) *reading {
	base := s.figureBefore(k)
	if base < 0 {
		return nil
	}
	br := st.figureReading(s, base)
	if br == nil || s.quants[base].Unit != s.quants[k].Unit {
		return nil
	}
	out := *br
	out.listEntity, out.compared, out.apposed, out.coordinated = entity, -1, -1, -1
	out.quoteFrom, out.quoteTo = s.nps[owner].first, s.qLast[k]
	return st.keep(out)
}

// pastPlaceAndSpan returns the noun phrase a preposition before it hangs p from, when p names
// no measure (a place, a span of time) and that phrase does: in "lifted annual inflation in
// Brazil to 62.5 pct" and "brought the increase in consumer prices over the past year to 62.5
// pct" the figure is the value of what the place and the span modify.
func (st *articleState) pastPlaceAndSpan(s *sentence, p int) int {
	ws := s.words
	for {
		nm := st.nounMeasure(s, p)
		if nm.measure != nil || nm.kindNoun || nm.changeSign != 0 || nm.restricted || nm.pronoun {
			return p
		}
		f := s.nps[p].first
		if f < 2 {
			return p
		}
		switch ws[f-1].lower {
		case "in", "over", "during", "since", "across", "for":
		default:
			return p
		}
		q := ws[f-2].np
		if q < 0 || s.nps[q].last != f-2 {
			return p
		}
		if qm := st.nounMeasure(s, q); qm.measure == nil && qm.changeSign == 0 {
			if f2 := s.nps[q].first; f2 < 2 || ws[f2-1].tag != tagPrep {
				return p
			}
		}
		p = q
	}
}

// prepChainStart returns the first of the prepositions that end at word j ("at around", "to
// about").
func (s *sentence) prepChainStart(j int) int {
	for j > 0 && (s.words[j-1].tag == tagPrep || s.words[j-1].tag == tagTo) && s.words[j-1].lower != "of" {
		j--
	}
	return j
}

// rateOf turns the measure a phrase refers back to into the one its head names: "the rate"
// after a number of unemployed is the unemployment rate.
func (st *articleState) rateOf(s *sentence, p int, m *measure) *measure {
	if p >= 0 && s.genericRates(p) && !isPolicyRate(m) {
		return nil // "Negative rates of minus 0.1% are introduced": no reference back
	}
	if m == nil || m.rate == "" || p < 0 || !s.words[s.nps[p].head].hasLemma("rate") {
		return m
	}
	return st.lex.measures[m.rate]
}

// afterComparison reports a comparison marker right before noun phrase p.
func (s *sentence) afterComparison(p int) bool {
	_, ok := s.comparisonEndingAt(s.skipBack(s.nps[p].first - 1))
	return ok
}

// gappedVerbOf returns the verb of the clause before noun phrase p when p opens a conjunct whose
// verb is left out: right after "and" or "or", with a figure between that verb and the
// conjunction ("shrank by 6.6% and the EU economy by 6.1%"); else -1.
func (s *sentence) gappedVerbOf(p int) int {
	ws := s.words
	f := s.nps[p].first
	if f < 2 || ws[f-1].tag != tagCoord || ws[f-1].lower != "and" && ws[f-1].lower != "or" {
		return -1
	}
	figure := false
	for i := f - 2; i >= 0; i-- {
		switch {
		case ws[i].fig >= 0:
			figure = true
		case ws[i].vg >= 0:
			if !figure {
				return -1
			}
			return ws[i].vg
		case ws[i].tag == tagCoord || ws[i].tag == tagSub || ws[i].lower == ";":
			return -1
		}
	}
	return -1
}

// roleFor is the role of a figure after a preposition: "to", "at" give the value reached,
// "by" the amount of change; for a change noun ("a rise to") the figure is still the value.
func roleFor(prep string, changeNoun bool) role {
	if prep == "by" && !changeNoun {
		return roleChange
	}
	if changeNoun && prep != "to" && prep != "at" {
		return roleChange
	}
	return roleValue
}

// verbBefore returns the verb group right before noun phrase p (its verb, when p is an
// object), or -1.
func (s *sentence) verbBefore(p int) int {
	j := s.skipBack(s.nps[p].first - 1)
	if j >= 0 && s.words[j].vg >= 0 {
		return s.words[j].vg
	}
	return -1
}

// readVerbal reads a figure that complements verb group g, directly or through the
// preposition at word prep (prep == the figure's first word when there is none).
func (st *articleState) readVerbal(s *sentence, k, g, prep int, r reading) *reading {
	ws := s.words
	r.vg = g
	v := s.vgs[g]
	changeSign := s.verbChange(g)
	p := ""
	if prep < len(ws) && (ws[prep].tag == tagPrep || ws[prep].tag == tagTo) && ws[prep].fig != k {
		p = ws[prep].lower // not the "from" of a range: "ranging from 1.5 to two pct"
	}
	if p == "" {
		// A bound the scanner took into the figure: "fell below 10%", "rose above 5%" reach a
		// level; "rose more than 3%" is still an amount of change.
		switch f := s.qFirst[k]; ws[f].lower {
		case "below", "above", "under", "over", "beneath", "beyond":
			p = "to"
		case "up":
			if f+1 < len(ws) && ws[f+1].lower == "to" {
				p = "to" // "could rise up to 7%": at most the level reached
			}
		}
	}
	switch {
	case p == "by":
		r.role = roleChange
	case p == "to" || p == "at" || p == "around" || p == "about" || p == "near" || p == "under" || p == "below" || p == "above" || p == "over" || p == "between" || p == "within" || p == "worth":
		r.role = roleValue
	case p == "":
		r.role = roleValue
		if changeSign != 0 {
			r.role = roleChange // "rose 0.4 pct", "was up 11 pct"
		}
	default:
		return nil // "in 5%", "with 3%": not a complement of the verb
	}
	if r.role == roleChange && changeSign != 0 {
		r.sign = changeSign
	}
	// The measure: the object between the verb and the figure ("cut inflation to"), else the
	// subject of the verb.
	m, at, np, ok := st.verbMeasure(s, g, -1)
	if !ok {
		return nil
	}
	r.measure, r.measureAt, r.np = m, at, np
	if at < 0 {
		r.fromContext = true
	}
	if np >= 0 {
		r.quoteFrom = s.nps[np].first
		nm := st.nounMeasure(s, np)
		r.nominal, r.perCapita, r.forecastNoun = nm.nominal, nm.perCapita, nm.forecast
		if nm.changeSign != 0 && !nm.headIsMeasure {
			// "the rise was 2.6 pct": the subject is a change of its measure
			r.role, r.sign = roleChange, nm.changeSign
		}
	} else {
		r.quoteFrom = v.first
	}
	if r.quoteFrom < v.first-12 {
		r.quoteFrom = v.first
	}
	return st.finishReading(s, k, &r)
}

// verbChange returns the sign of change a verb group states: +1 for "rose", "was up", "grew";
// -1 for "fell", "shrank", "was down"; 0 for a verb of state ("stood", "was").
func (s *sentence) verbChange(g int) float64 {
	v := s.vgs[g]
	sign := 0.0
	for j := v.first; j <= v.last; j++ {
		if s.cueIs(j, catChange) {
			sign = 1
			if s.cues[s.words[j].cue].valueOf(catChange) == "down" {
				sign = -1
			}
		}
	}
	// A comparative after the figure: "GDP was 2.7 pct higher than in 1985".
	return sign
}

// verbMeasure returns the measure verb group g speaks of: a measure phrase between it and the
// figure (its object: "cut inflation to", "put growth at", "showed GDP 2.7 pct higher"), else
// its subject, else what the sentences before were about. skip is a noun phrase not to take
// (the figure's own).
func (st *articleState) verbMeasure(s *sentence, g, skip int) (*measure, int, int, bool) {
	return st.verbMeasureOf(s, g, skip, false)
}

// verbMeasureOf is verbMeasure; subjectOnly passes over the verb's object, for a clause that
// shares only the verb's subject.
func (st *articleState) verbMeasureOf(s *sentence, g, skip int, subjectOnly bool) (*measure, int, int, bool) {
	v := s.vgs[g]
	// The object: a measure phrase right after the verb. (The blocking measure is looked up
	// only when returned: every figure's verb asks.)
	if j := v.last + 1; j < len(s.words) && !subjectOnly {
		if p := s.words[j].np; p >= 0 && p != skip {
			nm := st.nounMeasure(s, p)
			if nm.restricted {
				return st.lex.measures[measureOther], -1, p, true
			}
			if nm.measure == nil && s.words[s.nps[p].head].hasLemma("rate") && s.setsRates(g) {
				// "the Fed lifted rates by three-quarters of a point, to 2.5%": the rate a
				// central bank moves is its policy rate
				return st.lex.measures["policy_rate"], s.nps[p].head, p, true
			}
			if nm.measure != nil && nm.headIsMeasure {
				// the object belongs to the subject: "the industry increased output by 3.3 pct"
				if st.subjectOwns(s, g, p) {
					return st.lex.measures[measureOther], -1, p, true
				}
				return nm.measure, nm.at, p, true
			}
		}
	}
	subj := s.subjectOf(g)
	if subj >= 0 && (s.words[s.nps[subj].head].fig >= 0 || s.words[s.nps[subj].head].date >= 0) && s.vgs[g].infinitive {
		subj = -1 // "rose 7.2 pct from January to stand 91.6 pct higher": the main clause's subject
	}
	if subj >= 0 && s.words[s.nps[subj].last].tag == tagPoss && s.namesPlace(subj) {
		// "while Germany's shrank 0.2%": the possessive's noun is left out; it is the noun of
		// a measure named before it in the sentence ("France's economy grew 0.5%")
		return st.elidedHead(s, subj)
	}
	if subj >= 0 {
		nm := st.nounMeasure(s, subj)
		if nm.measure == nil && (nm.onlyEntity || s.blocAnaphor(subj) && s.blocNoun(s.nps[subj].head) && st.blocBefore(s, s.nps[subj].first) != "") && s.growthVerb(g) {
			// "Brazil grew 3% last year", "Germany shrank 0.2%", "the 20-nation bloc grew 0.7%":
			// a country or a bloc grows by its output
			return st.lex.measures["gdp"], -1, subj, true
		}
		switch {
		case nm.restricted:
			return st.lex.measures[measureOther], -1, subj, true
		case nm.measure != nil:
			return nm.measure, nm.at, subj, true
		case nm.plural && !st.pluralFocus(s, s.nps[subj].first):
			// "they" stands for a plural: users, firms, prices; not growth or "the economy"
			return nil, -1, -1, false
		case nm.pronoun && st.itStandsForCountry(s, g, subj):
			return st.lex.measures["gdp"], -1, subj, true // "Indonesia recovered. It grew 5.0 per cent" (pronoun_country.go)
		case nm.pronoun || nm.kindNoun || nm.changeSign != 0:
			if m, at := st.changedMeasure(s, s.nps[subj].last); m != nil {
				return m, at, subj, true // "The January rise in consumer prices was 1.0 pct"
			}
			if m := st.rateOf(s, subj, st.contextMeasure(s, s.nps[subj].first)); m != nil {
				return m, -1, subj, true
			}
			return nil, -1, -1, false
		case s.speaks(g) && s.speakerPhrase(subj):
			// "West Berlin and Munich predicted one pct": the subject forecasts; the figure is
			// of what the sentence is about: in a relative clause, its antecedent ("Poverty,
			// which the government had reported at 11 percent": poverty's, no measure the
			// table holds; read as the growth of the sentence before, blind round 66)
			if a := s.relativeAntecedentAt(s.vgs[g].first); a >= 0 && a != subj {
				if nm := st.nounMeasure(s, a); nm.measure != nil && !nm.restricted {
					return nm.measure, nm.at, a, true
				}
				return st.lex.measures[measureOther], -1, a, true
			}
			if m := st.contextMeasure(s, s.nps[subj].first); m != nil {
				return m, -1, -1, true
			}
		case st.ownerBlocks(s, subj):
			return st.lex.measures[measureOther], -1, subj, true // "higher domestic demand, which is forecast to rise"
		}
		return nil, -1, -1, false
	}
	// No subject in the clause: a verb coordinated with an earlier one shares its subject
	// ("rose 2% in 1986 and is expected to grow 3%"); a participle clause takes the main
	// clause's ("after expanding 0.8 pct", "should show growth ..., rising by 0.25 pct").
	if e := s.sharedSubjectVerb(g); e >= 0 && e != g {
		if subj := s.subjectOf(e); subj >= 0 && s.growthVerb(g) && !s.objectAfter(g) {
			// "Poland avoided recession, growing by 0.4%": a country or a bloc that grows in
			// a clause of its own grows by its output
			if nm := st.nounMeasure(s, subj); nm.measure == nil && nm.onlyEntity {
				return st.lex.measures["gdp"], -1, subj, true
			}
		}
		return st.verbMeasureOf(s, e, skip, true)
	}
	return nil, -1, -1, false
}

// objectAfter reports a verb group with a noun phrase after it that is no figure: its object
// ("expanding its workforce by 2%"), which is what grows.
func (s *sentence) objectAfter(g int) bool {
	j := s.vgs[g].last + 1
	return j < len(s.words) && s.words[j].np >= 0 && s.words[j].fig < 0 && s.words[j].date < 0
}

// namesPlace reports a noun phrase that names a country or a bloc.
func (s *sentence) namesPlace(p int) bool {
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		if s.words[i].ent >= 0 {
			return true
		}
	}
	return false
}

// elidedHead reads a possessive whose noun is left out, the subject phrase subj, as the
// nearest phrase before it in the sentence whose head names a measure.
func (st *articleState) elidedHead(s *sentence, subj int) (*measure, int, int, bool) {
	for p := subj - 1; p >= 0; p-- {
		if s.shareBase(p) {
			continue // "41% of GDP": what the figure before was a share of, not its noun
		}
		if f := s.nps[p].first; f > 0 && s.words[f-1].lower == "per" {
			continue // "8.8 births per 1,000 inhabitants": what a rate is counted per, not its noun
		}
		nm := st.nounMeasure(s, p)
		if nm.restricted {
			return st.lex.measures[measureOther], -1, subj, true
		}
		if nm.measure != nil && nm.headIsMeasure {
			return nm.measure, -1, subj, true
		}
		if s.placePossessed(p) {
			// the parallel phrase whose noun is left out names no measure the lexicon knows:
			// "Germany's birth rate fell to 8.8 per mille ..., i.e. 8.8 births per 1,000
			// inhabitants; Japan's was 6.3‰" is Japan's birth rate, not its inhabitants
			return nil, -1, -1, false
		}
	}
	return nil, -1, -1, false
}

// placePossessed reports a noun phrase whose noun a place owns, a possessive before it
// ("Germany's birth rate", "the UK's savings ratio"): the phrase a later possessive with its
// noun left out ("Japan's was 6.3‰") stands parallel to.
func (s *sentence) placePossessed(p int) bool {
	n := s.nps[p]
	for i := n.first + 1; i <= n.head && i <= n.last; i++ {
		if s.words[i].tag == tagPoss && s.words[i-1].ent >= 0 {
			return i < n.head
		}
	}
	return false
}

// shareBase reports a noun phrase that is the object of "of" right after a figure ("exports
// were 41% of GDP"): the whole a share is of.
func (s *sentence) shareBase(p int) bool {
	i := s.nps[p].first - 1
	if i > 0 && s.words[i].tag == tagDet {
		i--
	}
	return i > 0 && s.words[i].lower == "of" && s.words[i-1].fig >= 0
}

// pluralFocus reports whether what the text before word at was about was named by a plural
// noun, which "they" can stand for ("Consumer prices rose 0.3 pct. They had risen 0.2 pct in
// May", "prices rose 0.3% after they rose 0.2%"): the last figure before it in the sentence,
// else the sentence before.
func (st *articleState) pluralFocus(s *sentence, at int) bool {
	for k := len(s.quants) - 1; k >= 0; k-- {
		if s.qFirst[k] < 0 || s.qFirst[k] >= at {
			continue
		}
		if r := s.readings[k]; r != nil && r.measure != nil && r.np >= 0 {
			return pluralLike(s.words[s.nps[r.np].head].lower)
		}
	}
	f := st.focus
	return f.measure != nil && f.plural && st.withinSentences(f.end, s.start, 1)
}

// speaks reports a verb of saying or forecasting, whose subject is who says, not what the
// figure measures.
func (s *sentence) speaks(g int) bool {
	v := s.vgs[g]
	for j := v.first; j <= v.last; j++ {
		w := &s.words[j]
		if s.cueIs(j, catForecast) || w.hasLemma("say") || w.hasLemma("estimate") || w.hasLemma("put") || w.hasLemma("report") {
			return true
		}
	}
	return false
}

// subjectOf returns the noun phrase that is the subject of verb group g, or -1. It walks left
// over adverbs, parentheses and prepositional phrases ("Inflation in Italy in January rose",
// "U.S. consumer prices, as measured by the index, rose"), and takes the antecedent of a
// relative pronoun ("the economy, which grew").
func (s *sentence) subjectOf(g int) int {
	// found once per verb group: each figure's verb is asked about by what it measures, by
	// its kind and by the verbs above it
	if len(s.subjects) != len(s.vgs) {
		s.subjects = zeroed(s.subjects, len(s.vgs))
	}
	if known := s.subjects[g]; known != 0 {
		return int(known) - 2
	}
	subj := s.findSubject(g)
	s.subjects[g] = int32(subj + 2)
	return subj
}

// findSubject is subjectOf, worked out.
func (s *sentence) findSubject(g int) int {
	ws := s.words
	i := s.vgs[g].first - 1
	if c := s.copulaSubjectOf(g); c >= 0 {
		return c
	}
	if i > 0 && ws[i].lower == "," && s.bareParticle(g) && s.verbless(i) {
		// a movement with no verb after its subject: "Consumer prices in Germany, up 0.3 pct
		// in May, were ..."; not after a clause ("was 113.1, up 2.6 pct")
		i--
	}
	// A phrase after a fronted preposition may hold the subject when the chunker ran the two
	// together ("In the Netherlands real GDP growth will slip"): kept in case nothing else is.
	fronted, datedLead := -1, -1
	for i >= 0 {
		w := &ws[i]
		switch {
		case w.tag == tagAdv || w.tag == tagNeg || w.tag == tagTo:
			i--
		case w.lower == "." && i > 0 && initialismLower(ws[i-1].text) != "":
			// an initialism's own dot, a token of its own: "the G.D.P. grew" (the tokenizer
			// keeps it apart, as it may end a sentence)
			i--
		case (w.lower == "itself" || w.lower == "themselves") && i > 0 && s.npEndingAt(i-1) >= 0:
			// an intensifier after the subject: "Bac Ninh province itself, home to Samsung's
			// plants, was a laggard: its output grew just 2.2 percent" (blind round 155: the
			// province's output read as Vietnam's)
			i--
		case isQuoteWord(w.lower) && i == s.vgs[g].first-1:
			// a quotation that opens at the verb: 'said inflation "hit 8% in 2022"' (attack
			// round 21: read as the growth of the sentence before)
			i--
		case w.lower == "," || isDash(w.lower):
			// A parenthesis ", as measured by ..., " or ", meanwhile,": jump to the comma before it.
			j := s.parenthesisStart(i)
			if j < 0 {
				// a stray comma between a clause's first phrase and its verb: "reported that
				// gross domestic product, grew 3.1 pct"
				if p := s.npEndingAt(i - 1); p >= 0 && (s.nps[p].first == 0 || ws[s.nps[p].first-1].tag == tagSub) {
					return p
				}
				return -1
			}
			i = j - 1
		case w.lower == ")":
			j := i - 1
			for j >= 0 && ws[j].lower != "(" {
				j--
			}
			i = j - 1
		case w.tag == tagWh:
			// "the economy, which grew": the antecedent before the pronoun.
			j := i - 1
			if j >= 0 && ws[j].lower == "," {
				j--
			}
			if j >= 0 && ws[j].np >= 0 {
				return ws[j].np
			}
			return -1
		case w.vg >= 0 && w.vg != g && s.reducedRelative(w.vg):
			// "Inflation for the 12-month period ending March 1987 was": the participle's phrase
			// modifies the noun before it, which is part of the subject
			i = s.vgs[w.vg].first - 1
		case w.np >= 0 && ws[s.nps[w.np].head].date >= 0:
			i = s.nps[w.np].first - 1 // "Growth this year should be": an adverbial date
			if i >= 0 && ws[i].tag == tagPrep {
				i--
			}
		case w.np >= 0:
			p := w.np
			first := s.nps[p].first
			if s.reducedRelative(g) && s.nps[p].last == s.vgs[g].first-1 {
				return p // a participle right after its noun: "growth ranging from 1.5 to two pct"
			}
			if first > 0 && ws[first-1].lower == "with" && !s.partnerOfOpeningPhrase(first-1) && (s.nps[p].last == s.vgs[g].first-1 || ws[s.vgs[g].first-1].lower == ")") &&
				(strings.HasSuffix(ws[s.vgs[g].head].lower, "ing") || s.vgs[g].infinitive || ws[s.vgs[g].head].past) {
				// "with gross domestic product (GDP) rising 2.7 pct", "with GDP likely to grow",
				// "with the repo rate held at 50 percent" (blind round 63: read as the main
				// clause's inflation)
				return p
			}
			if first > 0 && ws[first-1].lower == "with" && s.bareParticle(g) {
				return p // "with consumer prices in Germany up 0.4 pct": a movement with no verb
			}
			if c := s.coordinationStart(first); c != first && c > 0 && ws[c-1].tag == tagPrep && !s.timeBeforeMeasure(c, p) && !s.measureAfterObject(c, p) {
				// "of output, expenditure and income": a coordination inside a phrase
				i = c - 2
				continue
			}
			if first > 0 && ws[first-1].tag == tagPrep {
				// a prepositional phrase: part of the subject ("inflation in Italy") or a
				// fronted adverbial ("In January, prices rose"); keep walking left.
				if fronted < 0 && s.nps[p].last == s.vgs[g].first-1 {
					fronted = p
				}
				if first == 1 && ws[first].date >= 0 {
					datedLead = p // "In 2025 growth in the euro zone is expected": the date is fronted
				}
				i = first - 2
				continue
			}
			if v := s.verbBefore(p); v >= 0 && v != g && s.vgs[v].first > 0 && s.words[s.vgs[v].first-1].tag == tagWh {
				// the object of a relative clause: "The eight states which joined the EU last
				// year will see 4.6% growth" is the states', not the EU's
				i = s.vgs[v].first - 1
				continue
			}
			if v := s.verbBefore(p); v >= 0 && v != g && s.vgs[g].infinitive && outdoingForms[ws[s.vgs[v].head].lower] {
				// the one outdone is no subject of an infinitive of result: "India's population
				// overtook China's in 2023 to reach about 1.43 billion" is India's (blind round
				// 194: read as China's)
				return s.subjectOf(v)
			}
			return p
		default:
			return s.frontedSubject(fronted, datedLead)
		}
	}
	return s.frontedSubject(fronted, datedLead)
}

// partnerOfOpeningPhrase reports a "with" at word w right after a noun phrase that opens its
// clause: the phrase after it names the partner of that noun ("The U.S. goods deficit with
// China shrank", "Japan's trade surplus with the US shrank 10%", "Talks with the IMF stalled"),
// which is the verb's subject, and not the subject of an absolute clause, which hangs on a
// clause with a verb of its own ("The economy ended the year with inflation running at 5%",
// "With GDP rising 2.7 pct, the bank held rates"; blind round 246: the deficit's figures read as
// China's output).
func (s *sentence) partnerOfOpeningPhrase(w int) bool {
	q := s.npEndingAt(w - 1)
	if q < 0 {
		return false
	}
	for j := s.nps[q].first - 1; j >= 0; j-- {
		switch wd := &s.words[j]; {
		case wd.vg >= 0:
			return false
		case wd.tag == tagSub || wd.lower == ";" || wd.lower == ":":
			return true
		}
	}
	return true
}

// timeBeforeMeasure reports a coordination of noun phrases from word c to phrase p whose first
// phrase names a time ("in the pandemic year") and whose last names a measure: "contracted by
// 9.9 per cent in the pandemic year and the unemployment rate reached 11.5 per cent" opens a
// clause at "and", whose subject is the measure (blind round 125: read as growth of 11.5%).
func (s *sentence) timeBeforeMeasure(c, p int) bool {
	q := s.words[c].np
	if q < 0 || !timeNouns[s.words[s.nps[q].head].lower] {
		return false
	}
	return s.cueIs(s.nps[p].head, catMeasure)
}

// measureAfterObject reports a coordination of noun phrases from word c to phrase p, after a
// preposition, that a clause of its own ends at "and": the preposition follows the object of a
// verb and p names a measure that its first phrase does not. "drove the economy to its knees
// and inflation passed 8,000 percent", "pushed the economy into recession and inflation rose
// to 13 per cent": the economy was the verb's object, and inflation is the subject of the clause
// "and" opens (blind round 141: read as growth). "Growth of output and income rose" (no verb
// before the phrase the preposition hangs on) and "said the prices of food and fuel rose" (a
// verb of saying, whose object is a clause) stay one subject.
func (s *sentence) measureAfterObject(c, p int) bool {
	if !s.cueIs(s.nps[p].head, catMeasure) {
		return false
	}
	if q := s.words[c].np; q < 0 || s.cueIs(s.nps[q].head, catMeasure) {
		return false
	}
	host := s.npEndingAt(c - 2)
	if host < 0 {
		return false
	}
	v := s.verbBefore(host)
	return v >= 0 && !s.speaks(v)
}

// coordinationStart returns the first word of a coordination of noun phrases that ends with the
// phrase starting at first ("output, expenditure and income"), or first itself.
func (s *sentence) coordinationStart(first int) int {
	ws := s.words
	start := first
	if first < 2 || ws[first-1].lower != "and" && ws[first-1].lower != "or" {
		return first
	}
	for j := first - 1; j > 0; {
		if ws[j].lower != "and" && ws[j].lower != "or" && ws[j].lower != "," {
			break
		}
		p := ws[j-1].np
		if p < 0 || s.nps[p].last != j-1 || ws[s.nps[p].head].date >= 0 || ws[s.nps[p].head].fig >= 0 {
			break
		}
		start = s.nps[p].first
		j = start - 1
	}
	return start
}

// frontedSubject returns p when it is a phrase after a sentence-initial preposition whose last
// words name a measure: the chunker joined the preposition's object and the subject.
func (s *sentence) frontedSubject(candidates ...int) int {
	for _, p := range candidates {
		if p < 0 || s.nps[p].first != 1 {
			continue
		}
		for i := s.nps[p].first; i <= s.nps[p].last; i++ {
			if s.cueIs(i, catMeasure) {
				return p
			}
		}
	}
	return -1
}

// copulaSubjectOf returns, for an infinitive after the complement of "be", "become" or
// "remain", the subject of that verb: "China was the only major economy to grow" is China
// growing. -1 otherwise.
func (s *sentence) copulaSubjectOf(g int) int {
	if c := s.copulaBefore(g); c >= 0 {
		if subj := s.subjectOf(c); subj >= 0 && s.namesPlace(subj) {
			return subj
		}
	}
	return -1
}

// copulaBefore returns the verb group of "be", "become" or "remain" whose complement the
// infinitive g follows ("was the only major economy to grow"), or -1.
func (s *sentence) copulaBefore(g int) int {
	ws := s.words
	if !s.vgs[g].infinitive {
		return -1
	}
	p := s.npEndingAt(s.vgs[g].first - 1)
	if p < 0 {
		return -1
	}
	i := s.nps[p].first - 1
	for i >= 0 && ws[i].vg < 0 && (ws[i].tag == tagAdv || ws[i].tag == tagDet || ws[i].tag == tagAdj) {
		i-- // "the only", "the first"
	}
	if i < 0 || ws[i].vg < 0 {
		return -1
	}
	c := ws[i].vg
	if h := &ws[s.vgs[c].head]; !h.hasLemma("be") && !h.hasLemma("become") && !h.hasLemma("remain") {
		return -1
	}
	return c
}

// bareParticle reports a verb group that is only "up" or "down": a movement stated with no
// verb ("prices up 0.4 pct", ", down from 6.1%,").
func (s *sentence) bareParticle(g int) bool {
	v := s.vgs[g]
	return v.first == v.last && s.words[v.first].tag == tagPart
}

// verbless reports words before word i, back to the start of the clause, with no verb group
// and no figure: a subject, not a clause.
func (s *sentence) verbless(i int) bool {
	from, _ := s.clauseOf(i)
	for j := from; j < i; j++ {
		if s.words[j].vg >= 0 || s.words[j].fig >= 0 {
			return false
		}
	}
	return true
}

// parenthesisStart returns the comma that opens a parenthesis ending at the comma at i, when the
// words between can be one (an adverb, "as measured by ...", an apposition), or -1.
func (s *sentence) parenthesisStart(i int) int {
	ws := s.words
	closing := ws[i].lower
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		if ws[j].lower != closing {
			continue
		}
		if closing != "," {
			return j // " - the government's preferred measure - "
		}
		inner := &ws[j+1]
		switch {
		case i-j <= 5 && (sayingWords[ws[i-1].lower] || reportVerbs[ws[i-1].lower]) && !s.figureIn(j+1, i, -1):
			// a speaker's tag: "Growth, he said, rebounded to 4.4 per cent" (blind round 44:
			// read as the inflation of the sentence before), ", the minister added,"
			return j
		case inner.tag == tagPart && (inner.lower == "up" || inner.lower == "down") && s.figureIn(j+1, i, -1):
			return j // a movement with no verb: ", down from 6.1% a year earlier,", ", up 0.3 pct in May,"
		case inner.tag == tagAdv, inner.tag == tagSub, inner.tag == tagWh, inner.tag == tagPrep,
			inner.lower == "as", inner.tag == tagVerb && inner.past, inner.lower == "or" && j+2 < i && ws[j+2].fig >= 0:
			return j // ", as measured by the index,", ", or 8.4 per cent of the workforce,"
		case s.modifiedValueApposition(j, i):
			return j // ", long below 3 percent,", ", once 10 per cent,": the subject's value at another time
		case inner.tag == tagDet || inner.tag == tagAdj || inner.tag == tagNoun:
			// an apposition: ", a principal policy target,"
			for t := j + 1; t < i; t++ {
				if ws[t].vg >= 0 || ws[t].fig >= 0 {
					return -1
				}
			}
			return j
		case s.shareApposition(j, i):
			return j // ", about 68% of GDP,": what share of a whole the phrase before is
		case inner.tag == tagProper && s.possessedApposition(j, i):
			return j // ", Argentina's main trading partner,": what the subject is to another place
		case inner.fig >= 0 && s.datedValueApposition(j, i):
			return j // ", 3.5 per cent in February,": the subject's value at another time
		}
		return s.relativeClauseStart(i)
	}
	return -1
}

// possessedApposition reports the words between the commas at j and i as a noun phrase of a
// name's, and nothing else: "Brazil, Argentina's main trading partner, devalued the real"
// (blind round 135: with no subject found for "devalued", "its economy grew 4.4 percent" was
// read as Argentina's), ", Africa's largest economy,". The name possesses; the subject is the
// phrase before the first comma.
func (s *sentence) possessedApposition(j, i int) bool {
	ws := s.words
	t := j + 1
	for t < i && ws[t].tag == tagProper {
		t++
	}
	if t >= i-1 || ws[t].tag != tagPoss {
		return false
	}
	for t++; t < i; t++ {
		if ws[t].vg >= 0 || ws[t].fig >= 0 || ws[t].tag == tagPunct || ws[t].tag == tagWh || ws[t].tag == tagSub || ws[t].tag == tagCoord {
			return false
		}
	}
	return true
}

// datedValueApposition reports the words between the commas at j and i as a figure with its
// date (or the event it was before) and nothing else, set off after a subject: "The
// unemployment rate, 3.5 per cent in February, leapt to 14.7 per cent in April" (blind round 72: with no subject found for
// "leapt", none of the three rates was read, and "The average for the year was 8.1 per cent"
// after them was taken for the growth the text spoke of before).
func (s *sentence) datedValueApposition(j, i int) bool {
	ws := s.words
	k := ws[j+1].fig
	if s.qFirst[k] != j+1 {
		return false
	}
	t := s.qLast[k] + 1
	if _, _, last, ok := s.beforeAnEvent(k); ok && last > s.qLast[k] {
		return last == i-1 // ", 2.6 per cent prior to the crisis,": the event's phrase closes the aside
	}
	if t < i && ws[t].tag == tagPrep {
		t++
	}
	if t >= i || ws[t].date < 0 {
		return false
	}
	return s.eLast[ws[t].date] == i-1
}

// modifiedValueApposition reports the words between the commas at j and i as a figure after a
// word or two that say when or how long it held (an adverb, or a word the tagger took for an
// adjective or a noun: "long", "once", "previously"), and nothing else, set off after a subject:
// "unemployment, long below 3 percent, rose to 5.4 percent" (blind round 92: with no subject
// found for "rose", the 5.4% was read as the growth of the clause before), "inflation, once 10
// per cent, fell to 2 per cent".
func (s *sentence) modifiedValueApposition(j, i int) bool {
	ws := s.words
	t := j + 1
	for ; t < i && t <= j+2; t++ {
		if w := &ws[t]; w.fig >= 0 || w.vg >= 0 || w.ent >= 0 || w.date >= 0 || w.tag != tagAdv && w.tag != tagAdj && w.tag != tagNoun {
			break
		}
	}
	if t == j+1 || t >= i {
		return false
	}
	k := ws[t].fig
	return k >= 0 && s.qFirst[k] == t && s.qLast[k] == i-1
}

// relativeClauseStart returns the comma that opens a relative clause ending at the comma at i,
// over commas of its own ("the industry, which makes machine tools, instruments and other
// goods, increased output"), or -1.
func (s *sentence) relativeClauseStart(i int) int {
	ws := s.words
	for j := i - 1; j > 0 && j >= i-30; j-- {
		switch {
		case ws[j].lower == "," && ws[j+1].tag == tagWh && ws[j-1].np >= 0:
			return j
		case ws[j].lower == ";" || ws[j].lower == "." || ws[j].tag == tagSub:
			return -1
		}
	}
	return -1
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// sharedSubjectVerb returns the verb group whose subject a subjectless verb group g shares:
// the verb before "and"/"or" ("rose 2% and fell 1%"), or the main verb a participle clause
// hangs from ("after expanding 0.8 pct"). -1 when there is none.
func (s *sentence) sharedSubjectVerb(g int) int {
	ws := s.words
	if s.participleOfNounBefore(g) {
		return -1
	}
	for i := s.vgs[g].first - 1; i >= 0; i-- {
		w := &ws[i]
		if w.lower == ";" || w.tag == tagSub && w.lower != "as" {
			return -1
		}
		if w.vg >= 0 && w.vg != g && s.subjectOf(w.vg) >= 0 {
			return w.vg
		}
	}
	return -1
}

// participleOfNounBefore reports a past participle set off by a comma right after a plain
// noun: it describes that noun ("three projects, valued at $500m", "exports, estimated at
// $3bn"), not what the clause's subject did. After a date or a figure ("grew 2% in 2003,
// revised from 1.9%") the participle is the clause's own.
func (s *sentence) participleOfNounBefore(g int) bool {
	v := s.vgs[g]
	ws := s.words
	if v.first != v.last || !ws[v.head].past || strings.HasSuffix(ws[v.head].lower, "ing") || v.first < 2 || ws[v.first-1].lower != "," {
		return false
	}
	p := ws[v.first-2].np
	if p < 0 || s.nps[p].last != v.first-2 {
		return false
	}
	h := &ws[s.nps[p].head]
	if h.fig >= 0 {
		u := s.quants[h.fig].Unit
		return unitClass(u) != classRate && unitClass(u) != classLevel // "three projects, valued at": a count of things
	}
	return h.tag == tagNoun && h.date < 0
}

// participleOfNoun reports verb group g as a participle alone right after a plain noun,
// perhaps past "not" or an adverb, that hangs from another verb: it describes that noun
// ("levels not seen since the 1980s", "prices rising fastest"), and has no subject of its
// own; not a clause's own verb ("Italian inflation slowed in 1987").
func (s *sentence) participleOfNoun(g int) bool {
	v := s.vgs[g]
	ws := s.words
	if v.first != v.last || !ws[v.head].past && !strings.HasSuffix(ws[v.head].lower, "ing") || s.matrixVerb(g) < 0 {
		return false
	}
	j := v.first - 1
	for j >= 0 && (ws[j].tag == tagNeg || ws[j].tag == tagAdv) {
		j--
	}
	p := s.npEndingAt(j)
	if p < 0 {
		return false
	}
	h := &ws[s.nps[p].head]
	return h.tag == tagNoun && h.fig < 0 && h.date < 0
}

// governingVerb returns the verb group whose object or subject noun phrase p is, or -1: the
// verb right before it ("showed a 2 pct rise", "forecast a two pct rise"), or right after it
// ("the rise was 2.6 pct").
func (s *sentence) governingVerb(p int) int {
	if p < 0 {
		return -1
	}
	if g := s.verbBefore(p); g >= 0 {
		return g
	}
	// a possessor's name split by "of": "above the Bank of England's 2% target"
	if f := s.nps[p].first; f >= 2 && s.words[f-1].lower == "of" && s.words[f-2].np >= 0 && s.possessed(p) {
		return s.governingVerb(s.words[f-2].np)
	}
	// what a change or a forecast is of: "forecast a small rise in consumer price inflation"
	if f := s.nps[p].first; f >= 2 && (s.words[f-1].lower == "in" || s.words[f-1].lower == "of" || s.words[f-1].lower == "for") {
		if q := s.words[f-2].np; q >= 0 && s.nps[q].last == f-2 && (s.cueIs(s.nps[q].head, catChange) || s.cueIs(s.nps[q].head, catKindNoun)) {
			return s.governingVerb(q)
		}
	}
	// through a preposition: "grew at an annual rate of 3.8%", "rose by an average of 2%",
	// "stabilize at around the current four pct level"
	if j := s.skipBack(s.nps[p].first - 1); j > 0 && (s.words[j].lower == "at" || s.words[j].lower == "by" || s.words[j].lower == "to" || s.words[j].lower == "around" ||
		s.words[j].lower == "in" && s.words[j-1].hasLemma("be") || referencePrep(s.words[j].lower)) {
		i := s.skipAdjuncts(s.prepChainStart(j) - 1)
		if i > 0 && s.words[i].lower == "," && s.words[j].lower == "at" && (s.words[s.nps[p].head].hasLemma("rate") || s.words[s.nps[p].head].hasLemma("pace")) {
			// past a comma: "Output fell sharply in the fourth quarter, at an annual rate of
			// 6.2 percent" (blind round 66: read as a rise of 6.2%)
			i = s.skipAdjuncts(i - 1)
		}
		if i >= 0 && s.words[i].vg >= 0 {
			return s.words[i].vg
		}
	}
	j := s.nps[p].last + 1
	if j+1 < len(s.words) && s.words[j].lower == "of" && s.words[j+1].fig >= 0 {
		j = s.qLast[s.words[j+1].fig] + 1 // "Greece's unemployment rate of 11% is"
	}
	for j < len(s.words) {
		if s.words[j].tag == tagAdv || s.words[j].date >= 0 {
			j++
		} else if n := ratePerPeriodAt(s.words, j); n > 0 {
			j += n // "growth of 2% a year would be needed": the figure's rate, not a phrase of its own
		} else {
			break
		}
	}
	if j < len(s.words) && s.words[j].lower == "," {
		// past an apposition: "3.1 million Spaniards, or 8.4 per cent of the workforce, were"
		for k := j + 1; k < len(s.words) && k < j+16; k++ {
			if s.words[k].lower == "," {
				if s.parenthesisStart(k) == j {
					j = k + 1
				}
				break
			}
		}
	}
	if j < len(s.words) && s.words[j].vg >= 0 {
		return s.words[j].vg
	}
	return -1
}

// ratePerPeriodAt returns the length of a phrase at word j that makes the figure before it a
// rate per period ("a year", "per year", "each year", "a month", "per annum"), or 0.
func ratePerPeriodAt(ws []word, j int) int {
	if j+1 >= len(ws) {
		return 0
	}
	switch ws[j].lower {
	case "a", "an", "per", "each", "every":
	default:
		return 0
	}
	switch ws[j+1].lower {
	case "year", "month", "quarter", "annum":
		return 2
	}
	return 0
}

// reducedRelative reports a bare participle right after a noun phrase, which it modifies:
// "growth ranging from 1.5 to two pct", "the period ending March 1987".
func (s *sentence) reducedRelative(g int) bool {
	v := s.vgs[g]
	if v.first != v.last || v.first == 0 || !strings.HasSuffix(s.words[v.head].lower, "ing") {
		return false
	}
	p := s.words[v.first-1].np
	return p >= 0 && s.nps[p].last == v.first-1 && s.words[s.nps[p].head].fig < 0
}

// relativeAntecedent returns the noun phrase a relative clause holding figure k is about
// ("Energy prices, which ...", "South Africa, whose economy ..."), or -1.
func (s *sentence) relativeAntecedent(k int) int {
	if s.qFirst[k] < 0 {
		return -1
	}
	return s.relativeAntecedentAt(s.qFirst[k])
}

// relativeAntecedentAt is relativeAntecedent of the clause word at stands in.
func (s *sentence) relativeAntecedentAt(at int) int {
	from, _ := s.clauseOf(at)
	j := from - 2
	switch {
	case from >= 1 && s.words[from].lower == "whose":
		j = from - 1 // "smaller than South Africa, whose economy was worth $427 billion"
	case from < 1 || s.words[from-1].tag != tagWh:
		return -1
	}
	if j >= 0 && s.words[j].lower == "," {
		j--
	}
	if j < 0 || s.words[j].np < 0 {
		return -1
	}
	// The clause may run on past the relative clause's end into the main clause, which has a
	// verb of its own after a comma: "Unlike Poland, where unemployment was 3.0% in 2025, Spain
	// still has a jobless rate of 10.5%" is Spain's (blind round 42).
	verb, comma := false, false
	for i := from; i < at; i++ {
		switch w := &s.words[i]; {
		case w.vg >= 0 && comma:
			return -1
		case w.vg >= 0:
			verb = true
		case w.lower == "," && verb:
			comma = true
		}
	}
	if p := s.placeBeforeApposition(s.words[j].np); p >= 0 {
		return p
	}
	return s.words[j].np
}

// placeBeforeApposition returns the noun phrase of a place that an apposition ending in noun
// phrase p follows after a comma, or -1: in "in Chile, Argentina's neighbour and a major
// trading partner, where inflation has fallen to 3.9%", the where-clause is Chile's, which the
// apposition says more of (blind round 183: read as Argentina's).
func (s *sentence) placeBeforeApposition(p int) int {
	ws := s.words
	i := s.nps[p].first - 1
	for n := 0; i >= 1 && n < 12; i, n = i-1, n+1 {
		w := &ws[i]
		if w.vg >= 0 || w.fig >= 0 || w.tag == tagWh || w.lower == ";" || w.lower == ":" {
			return -1
		}
		if w.ent >= 0 && (s.ents[w.ent].last+1 >= len(ws) || ws[s.ents[w.ent].last+1].tag != tagPoss) {
			return -1 // a list of places ("Germany, France and Italy, where"), not an apposition
		}
		if w.lower == "," {
			break
		}
	}
	if h := ws[s.nps[p].head]; h.tag == tagProper || h.ent >= 0 {
		return -1
	}
	if i < 1 || ws[i].lower != "," || ws[i-1].ent < 0 {
		return -1
	}
	if t := ws[i+1].tag; t == tagPrep || t == tagCoord || t == tagSub || t == tagAdv {
		// "in the United States, and in Canada's big cities, where": no apposition, a phrase
		// of its own (review of session 44)
		return -1
	}
	if q := ws[i-1].np; q >= 0 && s.nps[q].last == i-1 && q != p {
		return q
	}
	return -1
}

// setsRates reports a verb whose subject is a central bank: what it raises, cuts or holds is
// its policy rate.
func (s *sentence) setsRates(g int) bool {
	subj := s.subjectOf(g)
	if subj < 0 {
		subj = s.bankRightBefore(g)
	}
	if subj < 0 {
		return false
	}
	n := s.nps[subj]
	for _, m := range s.insts {
		if institutionOf(m).role == roleCentralBank && m.first >= n.first && m.first <= n.last+3 {
			return true // "the Bank of England" is chunked as "the Bank" + "of England"
		}
	}
	for i := n.first; i <= n.last; i++ {
		if s.words[i].lower == "bank" && i > 0 && (s.words[i-1].lower == "central" || s.words[i-1].lower == "reserve") {
			return true
		}
	}
	return false
}

// atPace reports a figure of a phrase headed by "rate" or "pace" ("at a 0.4% annualised
// pace"), or whose phrase names its basis ("at an annualised 2.1%"): after "at" it is a speed
// of change, not a level reached.
func (s *sentence) atPace(k int) bool {
	p := s.words[s.qFirst[k]].np
	if p < 0 {
		return false
	}
	h := &s.words[s.nps[p].head]
	if h.hasLemma("rate") || h.hasLemma("pace") {
		return true
	}
	for i := s.nps[p].first; i < s.qFirst[k]; i++ {
		if s.cueIs(i, catBasis) {
			return true
		}
	}
	return false
}

// figureAfter reports a figure of the same unit class after figure k in its sentence.
func (s *sentence) figureAfter(k int) bool {
	for j := k + 1; j < len(s.quants); j++ {
		if unitClass(s.quants[j].Unit) == unitClass(s.quants[k].Unit) && !isDuration(s.quants[j].Unit) {
			return true
		}
	}
	return false
}

// possessorEntity returns the entity match that owns figure k by a possessive right before
// it ("Spain's 11.7%"), or that the figure stands beside in parentheses, as rankings write a
// place's figure ("were recorded in Spain (11.4%), Greece (10.1%)", "after Romania (9.3%)").
func (s *sentence) possessorEntity(k int) (int, bool) {
	f := s.qFirst[k]
	if f >= 2 && s.words[f-1].lower == "(" && s.qLast[k]+1 < len(s.words) && s.words[s.qLast[k]+1].lower == ")" {
		if e := s.words[f-2].ent; e >= 0 && s.ents[e].last == f-2 {
			if _, ok := entityCode(s.ents[e]); ok {
				return e, true
			}
		}
		return -1, false
	}
	if f < 2 || s.words[f-1].tag != tagPoss {
		return -1, false
	}
	if e := s.words[f-2].ent; e >= 0 {
		if _, ok := entityCode(s.ents[e]); ok {
			return e, true
		}
	}
	return -1, false
}

// listGoesOn reports a figure of the same unit after figure k joined by "and" or "or", or by
// a comma to a figure the list goes on from: the rest of a list "A, B, C and D".
func (s *sentence) listGoesOn(k int) bool {
	for ; k+1 < len(s.quants) && s.quants[k+1].Unit == s.quants[k].Unit; k++ {
		i := s.phraseStart(s.qFirst[k+1]) - 1
		if i <= s.qLast[k] {
			return false
		}
		switch s.words[i].lower {
		case "and", "or":
			return true
		case ",":
			if i == s.qLast[k]+1 {
				continue // "5.9%, 4.9%, 5.6% and 3.5%": the list's "and" is further on
			}
		}
		return false
	}
	return false
}

// growthVerb reports a verb group headed by a verb of economic growth, which a country can be
// the subject of ("grew", "expanded", "shrank", "contracted").
func (s *sentence) growthVerb(g int) bool {
	h := &s.words[s.vgs[g].head]
	for _, verb := range growthVerbs {
		if h.hasLemma(verb) {
			return true
		}
	}
	return false
}

// growthVerbs are the verbs growthVerb takes, by their base; analysisUnread asks for them too.
var growthVerbs = [...]string{"grow", "expand", "shrink", "contract"}

// earlierEstimate reports a phrase that names an earlier estimate or forecast ("a previous
// estimate", "the original forecast", "a preliminary reading").
func (s *sentence) earlierEstimate(p int) bool {
	n := s.nps[p]
	if !s.cueIs(n.head, catKindNoun) {
		return false
	}
	for i := n.first; i < n.head; i++ {
		switch s.words[i].lower {
		case "previous", "earlier", "original", "initial", "preliminary", "provisional", "first", "prior", "advance", "flash":
			return true
		}
	}
	return false
}

// fromFollows reports "from" and a figure right after figure k: "1.9% from 2.4%".
func (s *sentence) fromFollows(k int) bool {
	i := s.qLast[k] + 1
	return k+1 < len(s.quants) && i < len(s.words) && s.words[i].lower == "from" && s.phraseStart(s.qFirst[k+1]) <= i+2
}

// possessed reports a noun phrase that opens with a possessor ("England's 2% target").
func (s *sentence) possessed(p int) bool {
	for i := s.nps[p].first; i < s.nps[p].head; i++ {
		if s.words[i].tag == tagPoss {
			return true
		}
	}
	return false
}

// referencePrep reports a preposition that sets a figure against a level of reference: "is
// well above the 2% target", "remains far from the goal of 2%".
func referencePrep(lower string) bool {
	switch lower {
	case "above", "below", "under", "over", "from", "near", "within", "beyond", "toward", "towards":
		return true
	}
	return false
}

// readFronted reads a figure at the start of a clause: "At 4.1%, the jobless rate is ...".
func (st *articleState) readFronted(s *sentence, k int, r reading) *reading {
	// The clause the fronted phrase belongs to has its verb after it.
	for i := s.qLast[k] + 1; i < len(s.words); i++ {
		if g := s.words[i].vg; g >= 0 {
			subj := s.subjectOf(g)
			if subj < 0 {
				return nil
			}
			if subj == s.words[s.qFirst[k]].np {
				return st.readPredicate(s, k, g, r)
			}
			m, at, np, ok := st.verbMeasure(s, g, -1)
			if !ok {
				return nil
			}
			r.measure, r.measureAt, r.np, r.vg, r.role = m, at, np, g, roleValue
			return st.finishReading(s, k, &r)
		}
		if w := &s.words[i]; w.lower == ";" || w.lower != ":" && w.breaksClause() {
			// a subordinate clause's verb is its own subject's: "35.0% - inflation in
			// 1995, when GDP fell by 6.3%" is no fall of 35% (blind round 40)
			return nil
		}
	}
	return nil
}

// readPredicate reads a figure that is the subject of its clause: "December's 2.9 pct was the
// previous worst level", "Three pct is the target": the measure is what the predicate names,
// or what the text was about.
func (st *articleState) readPredicate(s *sentence, k, g int, r reading) *reading {
	if v := s.vgs[g]; !v.passive && personVerb(&s.words[v.head]) {
		// "Some 58% said the economy was getting worse", "Only 30% believe inflation will
		// fall": a share of the people asked, whatever their answer names
		return nil
	}
	j := s.vgs[g].last + 1
	// a predicate that names a measure: "640,400 persons, or 8.5 pct of the workforce, were
	// out of work"
	for t := s.vgs[g].first; t <= j && t < len(s.words); t++ {
		if m, ok := s.cueAt(t); ok && m.first == t {
			if v, ok := m.has(catMeasure); ok && v != measureOther {
				r.measure, r.measureAt, r.vg, r.role = st.lex.measures[v], t, g, roleValue
				return st.finishReading(s, k, &r)
			}
		}
	}
	if j >= len(s.words) || s.words[j].np < 0 {
		return nil
	}
	p := s.words[j].np
	nm := st.nounMeasure(s, p)
	switch {
	case nm.restricted:
		return nil
	case nm.measure != nil:
		r.measure, r.measureAt, r.np = nm.measure, nm.at, p
	case nm.kindNoun:
		m := st.contextMeasure(s, s.qFirst[k])
		if m == nil {
			return nil
		}
		r.measure, r.fromContext = m, true
	default:
		return nil
	}
	r.vg, r.role, r.forecastNoun = g, roleValue, nm.forecast
	return st.finishReading(s, k, &r)
}

// readCompared reads a figure given in comparison with another: the measure of the figure
// or clause it is compared with, and its kind is an earlier figure's.
func (st *articleState) readCompared(s *sentence, k int, marker match, r reading) *reading {
	base := st.mainFigureBefore(s, k)
	if base >= 0 && st.comparedByOwnVerb(s, k, base, marker) {
		base = -1 // "the deficit to narrow to 7.4% of GDP, and debt to decline from 96%": the debt's
	}
	if base >= 0 {
		if br := st.figureReading(s, base); br != nil {
			out := *br
			out.compared, out.apposed, out.listEntity, out.coordinated = base, -1, -1, -1
			out.quoteFrom, out.quoteTo = marker.first, s.qLast[k]
			// a rate a central bank raises or cuts moves; it is not an estimate revised
			// ...and forecasts that move are revised: "growth forecasts slipping to 1.8% from 2.0%"
			out.revised = replacesFigure(marker, s) && (s.revisionBefore(base) || s.revisedRightBefore(marker.first) || s.words[marker.first].lower == "rather" || s.words[marker.first].lower == "instead" || br.forecastNoun || s.namedFirstRelease(marker.last+1, s.qFirst[k])) &&
				br.measure.name != "policy_rate"
			inherited := out.sign
			out.sign = 0
			if !st.comparedChange(s, k, marker, &out) {
				return nil
			}
			if out.sign == 0 {
				if inherited < 0 && sequenceMarker(s.words[marker.first].lower) {
					// "GDP shrank 0.2% in Q1, after 2.4% in Q4": a bare figure after a fall
					// says no sign of its own (growth of 2.4%, as often as a fall of it)
					return nil
				}
				out.sign = inherited
			}
			return st.keep(out)
		}
		return nil
	}
	// "That compares with 4.2% a year earlier": what the sentence before stated
	if f := marker.first; f == 1 && (s.words[0].lower == "that" || s.words[0].lower == "this" || s.words[0].lower == "it") {
		if fm := st.focus.measure; fm != nil && !blocks(fm) && st.withinSentences(st.focus.end, s.start, 0) {
			r.measure, r.fromContext, r.role, r.compared = fm, true, roleValue, -2
			if fm.typ == classCount && fm.share != "" && s.quants[k].Unit == UnitPercent {
				r.role, r.shareOf = roleShare, fm.shareOf // a rate set beside a count of people
			}
			r.quoteFrom = 0
			return st.finishReading(s, k, &r)
		}
		return nil
	}
	// No earlier figure: the verb before the comparison ("is forecast to fall in 2004 from
	// 1.9%"), or the clause after it ("down from 3.7% in 2003, inflation fell to ...").
	i := s.skipAdjuncts(marker.first - 1)
	g := -1
	switch {
	case i < 0:
	case s.words[i].vg >= 0:
		g = s.words[i].vg
	case s.words[i].np >= 0 && s.nps[s.words[i].np].last == i:
		// the verb's object between: "cut inflation from 250 pct to 70 pct", "brought
		// inflation down from 12 pct", "cut its inflation forecast from 3 pct"
		p := s.words[i].np
		q := p // "lowered its estimate of growth from 3 pct": the verb's object owns the phrase
		for f := s.nps[q].first; f >= 2 && s.words[f-1].lower == "of" && s.words[f-2].np >= 0; f = s.nps[q].first {
			q = s.words[f-2].np
		}
		if g = s.verbBefore(q); g < 0 {
			break
		}
		if st.subjectOwns(s, g, q) {
			return st.other(r) // "the industry cut output from"
		}
		if nm := st.nounMeasure(s, p); nm.measure != nil && !nm.restricted {
			r.measure, r.measureAt, r.np, r.vg, r.role, r.forecastNoun = nm.measure, nm.at, p, g, roleValue, nm.forecast
			r.nominal, r.perCapita = nm.nominal, nm.perCapita
			r.compared, r.quoteFrom = -2, s.nps[p].first
			return st.finishReading(s, k, &r)
		}
	}
	if g >= 0 {
		m, at, np, ok := st.verbMeasure(s, g, -1)
		if !ok {
			return nil
		}
		r.measure, r.measureAt, r.np, r.vg, r.role = m, at, np, g, roleValue
		r.compared = -2
		r.quoteFrom = marker.first
		// "is expected to stagnate in 2025 after contracting 0.5% in 2024", "is forecast to
		// fall in 2004 from a 1.9% rise": the change the phrase names is its figure's, whatever
		// the verb before it, as when the phrase is fronted
		if !st.comparedChange(s, k, marker, &r) {
			return nil
		}
		return st.finishReading(s, k, &r)
	}
	for i := s.qLast[k] + 1; i < len(s.words); i++ {
		if g := s.words[i].vg; g >= 0 {
			m, at, np, ok := st.verbMeasure(s, g, -1)
			if !ok {
				return nil
			}
			r.measure, r.measureAt, r.np, r.vg, r.role = m, at, np, g, roleValue
			r.compared = -2 // compared with a figure stated after it
			r.quoteFrom = marker.first
			// "After shrinking 0.2% in 2024, Japan's economy grew 1.2%", "After a 0.5% drop
			// in 2024, output rose": the change the fronted phrase names is the figure's, as
			// when the phrase follows the clause
			if !st.comparedChange(s, k, marker, &r) {
				return nil
			}
			return st.finishReading(s, k, &r)
		}
	}
	return nil
}

// comparedChange gives the reading r of figure k, compared after marker, the sign of a change
// its phrase names: a change word between the marker and the figure ("after shrinking 3.8
// pct") or the figure's own noun phrase ("after a 0.7 pct January gain", "would fall four pct
// compared to 1.5 pct growth"), whose head the quote then runs to.
//
// It reports false when the phrase is a participle clause whose verb says no direction ("after
// registering 1.8%"): the figure's sign is then unknown (own_verb.go).
func (st *articleState) comparedChange(s *sentence, k int, marker match, r *reading) bool {
	known := true
	if i := s.ownVerbAfter(marker, k); i >= 0 {
		// "after booming 7.5 percent", "after averaging 1.8%": the figure's own verb, not the
		// main clause's, gives its sign
		switch sign := s.ownVerbSign(i); sign {
		case 0:
			known = false
		default:
			r.sign = sign
		}
	}
	for i := marker.last + 1; i < s.qFirst[k]; i++ {
		if m, ok := s.cueAt(i); ok {
			if c, ok := m.has(catChange); ok {
				r.sign = 1
				if c == "down" {
					r.sign = -1
				}
			}
		}
	}
	if p := s.words[s.qFirst[k]].np; p >= 0 && s.nps[p].head > s.qLast[k] {
		r.quoteTo = s.nps[p].head
		switch nm := st.nounMeasure(s, p); {
		case nm.changeSign != 0 && !nm.headIsMeasure:
			r.sign, known = nm.changeSign, true
		case nm.measure != nil && nm.headIsMeasure:
			r.sign, known = 1, true // "after posting 1.8 percent growth"
		}
	}
	return known
}

// sequenceMarker reports the first word of a comparison that sets a figure beside another
// without saying it moved from it: "after", "following", "compared with", "versus", "against".
func sequenceMarker(w string) bool {
	switch w {
	case "after", "following", "compared", "comparing", "versus", "vs", "against":
		return true
	}
	return false
}

// comparisonEndingAt returns the comparison marker whose last word is i ("from", "compared
// with", "up from").
func (s *sentence) comparisonEndingAt(i int) (match, bool) {
	if !s.cueIs(i, catComparison) { // asked of most words: the match is copied only when it is one
		return match{}, false
	}
	m := &s.cues[s.words[i].cue]
	if m.last != i {
		return match{}, false
	}
	if w := s.words[m.first].lower; (w == "after" || w == "behind") && s.rankBefore(m.first) {
		return match{}, false // "the second highest in the euro zone after Greece's 161%": a ranking
	}
	// "from" compares only after a figure or a level reached: "to 4.0% from 4.4%", "down from",
	// not "rose 7.2 pct from January" (a date) — the figure after it is what matters here.
	return *m, true
}

// rankBefore reports a superlative a few words before word i: "the second highest in the euro
// zone after", "the largest economy behind".
func (s *sentence) rankBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		w := &s.words[j]
		if w.fig >= 0 || w.vg >= 0 || w.lower == "," {
			return false
		}
		if strings.HasSuffix(w.lower, "est") && w.tag == tagAdj || w.lower == "highest" || w.lower == "lowest" || w.lower == "largest" || w.lower == "biggest" {
			return true
		}
	}
	return false
}

// figureBefore returns the nearest figure before k in the sentence with a percent or the same
// unit class, or -1.
func (s *sentence) figureBefore(k int) int {
	class := unitClass(s.quants[k].Unit)
	for j := k - 1; j >= 0; j-- {
		if unitClass(s.quants[j].Unit) == class && !isDuration(s.quants[j].Unit) {
			return j
		}
	}
	return -1
}

// prevFigure returns the figure before k that is no span of time ("in the 12 months ended"), or -1.
func (s *sentence) prevFigure(k int) int {
	for j := k - 1; j >= 0; j-- {
		if !isDuration(s.quants[j].Unit) {
			return j
		}
	}
	return -1
}

// revisionBefore reports a revision verb or noun in the clause of figure k before it: "revised
// down to 1.1 pct from 1.3 pct", "cut to 1.5% from 2.0%".
func (s *sentence) revisionBefore(k int) bool {
	from, _ := s.clauseOf(s.qFirst[k])
	for _, m := range s.cues {
		if m.first >= s.qFirst[k] {
			break
		}
		if _, ok := m.has(catRevision); ok && m.first >= from {
			return true
		}
	}
	return false
}

// revisedRightBefore reports a revision word right before word i: "1.3 pct, revised from 1.7
// pct", "revised up from".
func (s *sentence) revisedRightBefore(i int) bool {
	j := i - 1
	if j >= 0 {
		switch s.words[j].lower {
		case "up", "down", "upward", "downward", "upwards", "downwards": // ("revised upwards from 0.5%": blind round 218)
			j--
		}
	}
	return j >= 0 && s.cueIs(j, catRevision)
}

// replacesFigure reports a comparison marker that gives the figure a revision replaced ("from",
// "instead of", "rather than"), not one that compares with another period ("against",
// "compared with", "after", "unchanged from").
func replacesFigure(marker match, s *sentence) bool {
	switch s.words[marker.last].lower {
	case "from":
		return s.words[marker.first].lower == "from" || s.words[marker.first].lower == "down" || s.words[marker.first].lower == "up"
	case "of", "than":
		return s.words[marker.first].lower == "instead" || s.words[marker.first].lower == "rather"
	}
	return false
}

// mainFigureBefore returns the figure before k that a comparison is made with: the nearest one
// of the same unit class that is not itself given in comparison ("fell to 8.2 pct in February
// from 8.3 pct in January, compared with 7.9 pct a year earlier": 7.9 is compared with 8.2).
func (st *articleState) mainFigureBefore(s *sentence, k int) int {
	class := unitClass(s.quants[k].Unit)
	// "after last year's fall to 0.75 pct from 3.6 pct": a movement's own pair, whatever the
	// first is to the figure before it
	if j := k - 1; j >= 0 && s.pairedWith(j, k) && unitClass(s.quants[j].Unit) == class {
		if i := s.skipBack(s.phraseStart(s.qFirst[j]) - 1); i >= 0 && s.words[i].lower == "to" {
			return j
		}
	}
	if j := k - 1; j >= 0 && unitClass(s.quants[j].Unit) == class && st.revisedRightAfter(s, j, k) {
		return j // "after 0.4% in the second quarter, revised down from 0.5%": the second quarter's
	}
	// An unread figure of a gapped conjunct right before the comparison is its base as much as
	// a read one: "and Bangladesh's at 4.7 per cent, after 3.97 per cent in FY25" compares
	// 3.97% with Bangladesh's 4.7%, which is not read, and not with Pakistan's figure before it
	// (blind round 240: read as Pakistan's growth).
	if j := k - 1; j >= 0 && unitClass(s.quants[j].Unit) == class && s.qLast[j] >= 0 && s.qLast[j] < s.qFirst[k] &&
		s.qFirst[k]-s.qLast[j] <= 4 && !s.verbOrFigureIn(s.qLast[j]+1, s.qFirst[k]) && (s.placeOpensConjunctOf(j) || s.placeVerbConjunctOf(j)) && !s.pairedFigureAfter(k) &&
		st.figureReading(s, j) == nil {
		// (not a pair that goes with the places before it in order: "US inflation was 3.4%
		// in 2023 and Japan 3.2%, down from 8.0% and 2.5% in 2022")
		return j
	}
	// The nearest figure of the part of a list after a semicolon is the base of that part's
	// comparison, read or not: "Peru is projected to expand 2.8%, after 3.3% growth in 2024;
	// Colombia 2.4%, after 1.7%" compares 1.7% with Colombia's 2.4%, which is not read, and
	// not with Peru's (blind round 199: read as Peru's growth of 2024). With no figure in the
	// part, the base is before the semicolon ("grew 2.1%; that compares with 1.8%").
	first, inPart, crossed := -1, -1, false
	stop := s.qFirst[k]
	for j := k - 1; j >= 0; j-- {
		if !crossed && s.qLast[j] >= 0 && stop >= 0 && s.semicolonBetween(s.qLast[j], stop) {
			if inPart >= 0 && s.qLast[inPart] < s.qFirst[k] && s.qFirst[k]-s.qLast[inPart] <= 4 && !s.verbOrFigureIn(s.qLast[inPart]+1, s.qFirst[k]) {
				// (right before the comparison: "Colombia 2.4%, after 1.7%"; not a share in
				// a phrase before the part's clause, "with 40% of exports going to China, it
				// slowed from 3%")
				return inPart
			}
			crossed = true
		}
		if s.qFirst[j] >= 0 {
			stop = s.qFirst[j]
		}
		if unitClass(s.quants[j].Unit) != class && s.quants[k].Unit != "" || isDuration(s.quants[j].Unit) {
			continue
		}
		if first < 0 {
			first = j
		}
		if !crossed && inPart < 0 {
			inPart = j
		}
		if r := st.figureReading(s, j); r != nil && r.compared < 0 && r.compared != -2 {
			return j
		}
	}
	return first
}

// shareOfOtherThanOutput reports a percentage that says, in an "of" phrase right after it,
// what it is a share of, and that is not output: "27 per cent of the total", "a fifth of all
// exports"; not "3.2% of GDP", "4% of output" or "of the economy". (Asked of a measure whose
// share is of GDP; "8.5 pct of the workforce" is the unemployed's share of their base.)
func (st *articleState) shareOfOtherThanOutput(s *sentence, k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if i+1 >= len(ws) || ws[i].lower != "of" {
		return false
	}
	p := ws[i+1].np
	if p < 0 {
		return false
	}
	// the whole "of" chain, to the next comma: "of the size of the economy", "of the value of
	// its economy", "of the economy's size" (review)
	for j := i + 1; j < len(ws) && j <= i+8 && ws[j].tag != tagPunct; j++ {
		switch ws[j].lower {
		case "economy", "economy's", "output", "income", "gdp":
			return false
		}
		if q := ws[j].np; q >= 0 {
			if nm := st.nounMeasure(s, q); nm.measure != nil && nm.measure.name == "gdp" {
				return false
			}
		}
	}
	return true
}

// placeOpensConjunctOf reports figure j right after a place's name, perhaps possessive and
// past "at" or "to", that a conjunction or a comma opens with no verb: the conjunct of a
// gapped clause, "and Bangladesh's at 4.7 per cent", ", Bangladesh 4.2 per cent".
func (s *sentence) placeOpensConjunctOf(j int) bool {
	ws := s.words
	i := s.phraseStart(s.qFirst[j]) - 1
	if i >= 0 && (ws[i].lower == "at" || ws[i].lower == "to") {
		i--
	}
	if i >= 0 && ws[i].tag == tagPoss {
		i--
	}
	if i < 0 || ws[i].ent < 0 {
		return false
	}
	i = s.ents[ws[i].ent].first - 1
	if i >= 0 && ws[i].lower == "the" {
		i--
	}
	return i >= 0 && (ws[i].lower == "," || ws[i].lower == ";" || isConjunctOpener(ws[i].lower))
}

// placeVerbConjunctOf reports figure j the complement of a verb whose subject is a place's name
// that a conjunction opens: "while Argentina rebounded by about 4.6 pct" (blind round 300: the
// 1.3% contraction after it, set against it, was read as Brazil's, the sentence's first
// country).
func (s *sentence) placeVerbConjunctOf(j int) bool {
	ws := s.words
	i := s.skipBack(s.phraseStart(s.qFirst[j]) - 1)
	if i >= 0 && ws[i].tag == tagPrep {
		i--
	}
	if i < 0 || ws[i].vg < 0 {
		return false
	}
	v := s.vgs[ws[i].vg]
	n := v.first - 1
	if n < 1 || ws[n].ent < 0 {
		return false
	}
	m := s.ents[ws[n].ent]
	if m.last != n || m.first < 1 {
		return false
	}
	return isConjunctOpener(ws[m.first-1].lower)
}

// revisedRightAfter reports figure k given "from" after a past participle of revising that
// follows figure j, with nothing but j's own date and a comma or bracket between: "GDP rose
// 0.2% in the third quarter, after 0.4% in the second quarter, revised down from 0.5%", "after
// a 0.4% rise in the second quarter (revised from 0.5%)". The participle qualifies the figure
// it follows, so k is that figure's earlier estimate, whatever j itself is compared with (the
// main figure of the sentence, another quarter's).
func (st *articleState) revisedRightAfter(s *sentence, j, k int) bool {
	ws := s.words
	if s.qFirst[j] < 0 || s.qFirst[k] < 0 || !s.revisedFrom(k) {
		return false
	}
	i := s.qLast[j] + 1
	if p := ws[s.qFirst[j]].np; p >= 0 && s.nps[p].last >= i {
		i = s.nps[p].last + 1 // "a 0.4% rise"
	}
	if r := st.figureReading(s, j); r != nil {
		if d := s.ownDate(j, r); d >= 0 && s.eLast[d] >= i {
			i = s.eLast[d] + 1 // "in the second quarter"
		}
	}
	if i < len(ws) && (ws[i].lower == "," || ws[i].lower == "(") {
		i++
	}
	return i < s.qFirst[k] && ws[i].hasLemma("revise") && ws[i].past
}

// comparedByOwnVerb reports a comparison ("from 96%") that hangs from a verb of its own after
// the earlier figure base, whose subject names another measure than base's: "The overall
// fiscal deficit is projected to narrow to 7.4 percent of GDP, and general government debt to
// decline from 96 percent of GDP" compares the debt with 96%, not the deficit. The same
// measure ("inflation rose to 3% in May and is seen easing from 3%") or no verb between ("to
// 7.4% in 2025 from 9.1%") leaves the figure before as the base, unless the comparison opens
// a pair of its own for its verb or noun that ends elsewhere than base ("raised Bank Rate to
// 3.5% on December 15, after it had increased the rate from 2.25% to 3% in November") or in an
// event a stated time away ("cut Bank Rate to 0.1 per cent on Thursday, nine days after it cut
// the rate from 0.75 per cent to 0.25 per cent": blind round 192, 0.75% read as the rate
// before Thursday's cut and flagged; offset_event.go). A pair that ends at base restates its
// movement ("fell to 7.9 per cent in June, having dropped from 8.7 per cent to 7.9 per cent").
func (st *articleState) comparedByOwnVerb(s *sentence, k, base int, marker match) bool {
	i := s.skipAdjuncts(marker.first - 1)
	if i < 0 || i <= s.qLast[base] {
		return false
	}
	g := s.words[i].vg
	if p := s.words[i].np; g < 0 && p >= 0 && s.nps[p].last == i && s.nps[p].first > s.qLast[base] {
		// the verb of the object before the comparison: "raised the policy rate from 8.5% to
		// 42.5%" (blind round 67: compared with the inflation before it)
		g = s.verbBefore(p)
	}
	br := st.figureReading(s, base)
	if br != nil && s.words[marker.last].lower == "from" && k+1 < len(s.quants) && s.qFirst[k+1] >= 0 && s.pairedWith(k, k+1) && s.words[s.skipBack(s.phraseStart(s.qFirst[k+1])-1)].lower == "to" &&
		(s.offsetEventOf(k) || s.quants[k+1].Value != s.quants[base].Value) {
		if g >= 0 && g != br.vg && s.vgs[g].first > s.qLast[base] {
			return true // "after it cut the rate from 0.75 per cent to 0.25 per cent"
		}
		if p := s.words[i].np; g < 0 && p >= 0 && s.nps[p].last == i && s.nps[p].first > s.qLast[base] {
			return true // "after an emergency cut from 0.75 per cent to 0.25 per cent"
		}
	}
	if g < 0 || br == nil || br.measure == nil || g == br.vg || s.vgs[g].first <= s.qLast[base] {
		return false
	}
	m, at, np, ok := st.verbMeasure(s, g, -1)
	if ok && m != nil && at >= 0 {
		return m != br.measure
	}
	// or a subject of its own after base of no measure the table holds: "the economy grew 7.4
	// percent, and the share of Chileans in poverty fell from 45 percent" (blind round 63)
	return ok && isOther(m) && np >= 0 && s.nps[np].first > s.qLast[base]
}

// apposedFigure returns the figure that figure k restates: one right before it, joined by ", or",
// "or" or an opening parenthesis, or -1.
func (s *sentence) apposedFigure(k int) int {
	if k == 0 {
		return -1
	}
	ws := s.words
	i := s.phraseStart(s.qFirst[k]) - 1
	if i >= 1 && ws[i].lower == "of" && s.quants[k-1].Unit == s.quants[k].Unit {
		// a noun of a figure in apposition: "output dropped 1.3 percent from the previous
		// quarter, an annualised pace of 5.3 percent" (blind round 136: read as a rise)
		if p := ws[i-1].np; p >= 0 && s.nps[p].last == i-1 && s.nps[p].first > 0 && ws[s.nps[p].first-1].lower == "," && paceNoun(ws[s.nps[p].head].lower) {
			i = s.nps[p].first - 1
		}
	}
	sawJoin, onlyComma := false, true
	for ; i >= 0; i-- {
		switch ws[i].lower {
		case "or", "(", ",", "–", "—":
			sawJoin = true
			onlyComma = onlyComma && ws[i].lower == ","
			continue
		}
		break
	}
	if !sawJoin || i < 0 {
		return -1
	}
	// "3.1%, 2.0% and 1.5%": a list, not one figure restated
	if onlyComma && s.quants[k-1].Unit == s.quants[k].Unit && s.listGoesOn(k) {
		return -1
	}
	// "3.07 mln or 11.1 pct", "0.9%, or 3.7% annualised": the figure before, possibly
	// followed by its date ("0.9% in the third quarter, or 3.7%").
	for j := i; j >= 0 && j > i-8; j-- {
		if f := ws[j].fig; f >= 0 && f == k-1 {
			for t := j + 1; t <= i; t++ {
				if ws[t].np >= 0 && ws[t].np == ws[j].np {
					continue // the noun the figure counts: "3.1 million Spaniards, or 8.4 per cent"
				}
				if ws[t].date < 0 && ws[t].tag != tagPrep && ws[t].tag != tagDet && ws[t].fig < 0 && !s.unitWord(t) {
					return -1
				}
			}
			if s.quants[k-1].Unit == s.quants[k].Unit && ws[s.phraseStart(s.qFirst[k])-1].lower == "or" && ws[s.phraseStart(s.qFirst[k])-2].lower != "," {
				return -1 // "2.6 or 2.7 per cent": a range of guesses, each its own claim
			}
			return k - 1
		}
	}
	return -1
}

// paceNoun reports a noun that restates a change as a rate: "an annualised pace of 5.3%",
// "an annual rate of 5.3%".
func paceNoun(lower string) bool {
	return lower == "pace" || lower == "rate"
}

// finishReading applies what follows the figure: "of GDP" makes it a share, "higher than" a
// change, "per head" a per-capita figure.
func (st *articleState) finishReading(s *sentence, k int, r *reading) *reading {
	ws := s.words
	i := s.qLast[k] + 1
	if r.quoteTo > s.qLast[k] {
		i = r.quoteTo + 1
	}
	if i < len(ws) {
		switch ws[i].lower {
		case "of":
			// "3% of GDP", "8.2 pct of the estimated workforce": a share of another measure.
			if i+1 < len(ws) {
				if p := ws[i+1].np; p >= 0 {
					nm := st.nounMeasure(s, p)
					if nm.measure == nil || !nm.headIsMeasure {
						return nil // "40% of the economy's output"? no: "of the country's exports", "of households"
					}
					r.role, r.shareOf = roleShare, nm.measure.name
				}
			}
		case "higher", "lower", "up", "down", "above", "below", "more", "less", "smaller", "bigger", "larger", "greater":
			// "2.7 pct higher than in 1985", "0.5 pct lower than in February 1986", "5%
			// smaller than it was before the crisis"
			if s.thanAnEstimate(i) {
				// "the economy was 89 percent larger than previously thought", "0.3 points
				// higher than expected": the gap to an estimate, no change over time
				return st.other(*r)
			}
			if r.role == roleValue && ws[i].tag != tagPrep || ws[i].lower == "higher" || ws[i].lower == "lower" {
				r.role = roleChange
				switch ws[i].lower {
				case "lower", "down", "below", "less", "smaller":
					r.sign = -1
				default:
					r.sign = 1
				}
				r.quoteTo = i
			}
		}
	}
	// A level measure stated as a percentage that is no share is its change: "GDP 2.7 pct" in
	// "ITALIAN 1986 GDP UP 2.7 PCT", "the economy at 2%".
	if r.measure.typ == classLevel && r.role == roleValue && s.quants[k].Unit == "percent" {
		r.role = roleChange
		for _, p := range [2]int{r.np, s.words[s.qFirst[k]].np} {
			// a noun that names the level's fall: "deflation of 0.3%", "0.3% deflation" is
			// inflation of -0.3%
			if p < 0 {
				continue
			}
			if nm := st.nounMeasure(s, p); nm.headIsMeasure && nm.measure == r.measure && nm.changeSign < 0 {
				r.sign = -1
				break
			}
		}
	}
	// The verb's sign reaches a change read from a noun that names none: "contracted at an
	// annualised rate of 0.4%", "shrank by an average of 1%".
	if r.role == roleChange && r.sign > 0 && r.vg >= 0 && r.compared == -1 && s.verbChange(r.vg) < 0 {
		prep := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
		// (a level, as an economy's, reaches no percentage: "shrank at 2.1%" is its pace)
		reached := prep >= 0 && (s.words[prep].lower == "to" || s.words[prep].lower == "from" ||
			s.words[prep].lower == "at" && !s.atPace(k) && r.measure.typ != classLevel)
		// not a figure a verb revises ("cutting its previous estimate of 1.3%"): a value
		head := -1
		if prep >= 0 && s.words[prep].lower == "of" {
			if o := s.ofOwner(prep); o >= 0 {
				head = s.nps[o].head
			}
		} else if r.np >= 0 {
			head = s.nps[r.np].head
		}
		owner := head >= 0 && s.cueIs(head, catKindNoun) && !s.words[head].hasLemma("rate") && !s.words[head].hasLemma("pace")
		if p := s.words[s.qFirst[k]].np; !reached && !owner && (p < 0 || st.nounMeasure(s, p).changeSign == 0) {
			r.sign = -1
		}
	}
	st.revisedToSign(s, k, r)
	if s.perCapitaNear(k) || s.perCapitaFronted(k, r) || st.perCapitaPronoun(s, k, r) || s.perCapitaAfter(k, r) {
		r.perCapita = true
	}
	return st.keep(*r)
}

// thanAnEstimate reports a comparative at word i set against an estimate or an expectation
// rather than a time: "larger than previously thought", "bigger than first estimated", "higher
// than expected", "than economists had forecast". The figure is the gap between two figures
// of one period (a rebasing, a surprise), not the measure's change over time (blind round 71:
// Nigeria's GDP "89 percent larger than previously thought" after its rebasing was read as
// growth of 89%).
func (s *sentence) thanAnEstimate(i int) bool {
	ws := s.words
	j := i + 1
	if j < len(ws) && ws[j].lower == "than" {
		j++
	} else {
		return false
	}
	for n := 0; j < len(ws) && n < 4; j, n = j+1, n+1 {
		switch ws[j].lower {
		case "previously", "originally", "initially", "first", "earlier", "once", "widely", "had", "have", "has", "was", "were", "been":
			continue // "than had been thought", "than was first estimated"
		case "thought", "estimated", "believed", "reported", "measured", "calculated", "assumed", "recorded", "published",
			"expected", "forecast", "forecasted", "predicted", "anticipated", "projected", "feared", "hoped":
			return true
		}
		if ws[j].tag == tagNoun && (ws[j].hasLemma("economist") || ws[j].hasLemma("analyst") || ws[j].hasLemma("forecaster") || ws[j].hasLemma("market")) {
			continue // "than economists had expected", "than markets expected"
		}
		return false
	}
	return false
}

// perCapitaNear reports "per head", "per capita" right after figure k or its unit.
func (s *sentence) perCapitaNear(k int) bool {
	return s.cueIs(s.qLast[k]+1, catPerCapita)
}

// indicatorOf turns a reading into the indicator the figure states, or "" when the reading
// states none (a change of a rate, a share of something else, a unit that does not fit).
func (r *reading) indicatorOf(unit string) string {
	m := r.measure
	class := unitClass(unit)
	ind := ""
	switch r.role {
	case roleValue:
		if class == m.typ || m.typ == classRate && class == classRate || m.typ == classFX && class != classRate {
			ind = m.value // a currency's price is in another currency, or per one: fxQuote reads which
		}
	case roleChange:
		if class == classRate {
			ind = m.change
		}
	case roleShare:
		if class == classRate && r.shareOf == m.shareOf {
			ind = m.share
		}
	}
	if r.perCapita {
		if ind == m.value && m.perCapita != "" && class == classLevel {
			return m.perCapita
		}
		if ind == m.change && ind != "" && m.perCapitaChange != "" && r.role == roleChange {
			return m.perCapitaChange // "GDP per capita fell 0.7%"
		}
		return "" // a per-head figure of a measure that has no per-head indicator
	}
	if r.nominal && ind == "gdp_growth" {
		return "" // nominal growth is not real growth
	}
	return ind
}

// keep returns a lasting copy of r from the store of readings. Every figure read would
// otherwise cost an allocation of its own, and every reading built in a local variable whose
// address is returned would be moved to the heap on each call, returned or not. A reading
// lasts as long as its sentence: the store's blocks are reused from each sentence to the next
// (reuseReadings), so that a text dense with figures keeps no more of them than its longest
// sentence has.
func (st *articleState) keep(r reading) *reading {
	if len(st.readingStore) == cap(st.readingStore) {
		if st.readingBlocksUsed == len(st.readingBlocks) {
			// small at first, since most articles read a figure or two
			st.readingBlocks = append(st.readingBlocks, make([]reading, 0, min(max(2*cap(st.readingStore), 2), 64)))
		}
		st.readingStore = st.readingBlocks[st.readingBlocksUsed][:0]
		st.readingBlocksUsed++
	}
	st.readingStore = append(st.readingStore, r)
	return &st.readingStore[len(st.readingStore)-1]
}

// reuseReadings lets the next sentence's readings take the storage of the last one's, which
// no one refers to any more.
func (st *articleState) reuseReadings() {
	st.readingStore, st.readingBlocksUsed = nil, 0
}

// personVerb reports a verb whose subject is a person or people: what a share of those asked
// says, thinks, wants or votes for.
func personVerb(w *word) bool {
	for _, base := range [...]string{"say", "tell", "think", "believe", "expect", "fear", "worry", "want",
		"support", "back", "approve", "disapprove", "oppose", "favour", "favor", "vote", "prefer", "agree",
		"disagree", "feel", "answer", "respond", "reply", "blame", "trust", "doubt", "hope", "predict",
		"describe", "rate", "consider", "worry", "complain"} {
		if w.hasLemma(base) {
			return true
		}
	}
	return false
}

// countOfMore reports a small whole figure with no unit followed by "more", "fewer", "further"
// or "additional": "two more quarter-point reductions before year-end, and one more in 2026".
// It counts things the text names or leaves to be understood (cuts, members), and is no value
// of a measure (blind round 156: "one more in 2026" was read as a policy rate of 1%).
func (s *sentence) countOfMore(k int) bool {
	q := &s.quants[k]
	i := s.qLast[k] + 1
	if q.Unit != "" || q.Value > 20 || q.Value != float64(int(q.Value)) || i >= len(s.words) {
		return false
	}
	switch s.words[i].lower {
	case "more", "fewer", "further", "additional":
		return true
	}
	return false
}

// partitive reports a figure with no unit followed by "of" and a phrase of what it counts
// among: "one of only three G20 members", "two of the five largest economies". It counts
// things, and is no value of a measure (blind round 89: "In 2009 Indonesia grew 4.6 percent,
// one of only three G20 members to grow" was read as 1% growth and flagged).
func (s *sentence) partitive(k int) bool {
	q := &s.quants[k]
	i := s.qLast[k] + 1
	if q.Unit != "" || q.Value > 20 || q.Value != float64(int(q.Value)) || i+1 >= len(s.words) || s.words[i].lower != "of" {
		return false // (a small count: not "2.1 million of a workforce of 30 million")
	}
	n := s.words[i+1]
	return n.tag == tagDet || n.tag == tagAdv || n.fig >= 0 && n.date < 0 || n.tag == tagPoss || n.tag == tagPron
}
