package extract

import (
	"strings"
	"time"
	"unsafe"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/quantity"
)

// contextMeasure returns the measure that a word at position at refers back to ("it", "the
// rate", "the three pct figure", "the rise"): the measure of an earlier figure of the same
// sentence, else the focus of the sentence before, when that was the previous sentence or the
// one before it. nil when the text was about no measure there.
func (st *articleState) contextMeasure(s *sentence, at int) *measure {
	return st.contextMeasureOf(s, at, true)
}

// contextMeasureOf is contextMeasure; with mentions false, a measure the sentence before only
// names, with no figure linked to it, does not count: a phrase that is no clause's subject
// ("last year's peak of $55.67 a barrel") is not read as a reference back to a word in passing.
func (st *articleState) contextMeasureOf(s *sentence, at int, mentions bool) *measure {
	if m := st.labelMeasure(s, at); m != nil {
		return m // "12:05 — Unemployment: she concedes it rose to 4.8%"
	}
	if m := st.clauseSubjectMeasure(s, at); m != nil {
		return m // "Because population growth slowed, to 0.9%, GDP per capita has stopped falling after declines of 1.4%"
	}
	if m := st.economyAntecedent(s, at); m != nil {
		return m // "..., the economy grew every single year until the pandemic, when it contracted by 2.0%"
	}
	for k := len(s.quants) - 1; k >= 0; k-- {
		if s.qFirst[k] >= at || s.qFirst[k] < 0 || isDuration(s.quants[k].Unit) {
			continue
		}
		// the last figure before, even one about something else: "Exports rose 2.1 pct, but
		// the ministry had predicted a growth of 2.8 pct" is the exports' growth
		if r := s.readings[k]; r != nil && r.measure != nil {
			return r.measure
		}
	}
	if m := st.objectAntecedent(s, at); m != nil {
		return m // "cutting its policy rate in December, lowering it to 47.5%"
	}
	if m := st.subjectAntecedent(s, at); m != nil {
		return m // "Inflation is the highest since 1998, when it hit 85%"
	}
	f := st.focus
	if f.measure == nil || !st.withinSentences(f.end, s.start, 1) {
		if !mentions {
			return nil
		}
		return st.measureBefore(s)
	}
	return f.measure
}

// labelMeasure returns the measure a line's label names before a colon, when word at comes
// after it: "Unemployment: she concedes it rose to 4.8% in 2025", "12:05 — Inflation: it was
// 3.3%". A live blog, a briefing or a list of items heads each with the measure it is about,
// and what refers back in the item refers to that, not to the item before (blind round 45:
// a UK unemployment rate read as German growth). The label opens the sentence, after at most
// a time stamp and a dash, and is a measure and nothing else.
func (st *articleState) labelMeasure(s *sentence, at int) *measure {
	ws := s.words
	for c := 1; c < at && c <= 8; c++ {
		if ws[c].lower != ":" {
			continue
		}
		p := ws[c-1].np
		if p < 0 || s.nps[p].last != c-1 {
			continue
		}
		if f := s.nps[p].first; f > 0 && ws[f-1].tag != tagPunct {
			continue // the label opens the line: "Unemployment:", "— Unemployment:"
		}
		if nm := st.nounMeasure(s, p); nm.measure != nil && nm.headIsMeasure && !nm.restricted && nm.entity < 0 && !blocks(nm.measure) {
			return nm.measure
		}
		// (a time stamp's colon, "12:05", or another label: the next colon may be the one)
	}
	return nil
}

// objectAntecedent returns the measure an object pronoun at position at stands for when an
// earlier verb of the sentence has a measure for its object: "The central bank began cutting
// its policy rate in December 2024, lowering it to 47.5% from 50%" lowers the policy rate,
// not the growth the sentence before was about. An object refers back to an object; a subject
// pronoun keeps the text's focus ("Despite higher interest rates, it grew 1%"). nil otherwise.
func (st *articleState) objectAntecedent(s *sentence, at int) *measure {
	ws := s.words
	if at < 1 || at >= len(ws) || ws[at].lower != "it" || ws[at-1].vg < 0 {
		return nil
	}
	for p := ws[at].np - 1; p >= 0 && p < len(s.nps); p-- {
		n := s.nps[p]
		if n.last < at-objectReach {
			return nil // (a bounded look back: a long sentence is not read again for every "it")
		}
		if n.last >= at || n.first == 0 {
			continue
		}
		if ws[n.first-1].vg < 0 {
			continue // not a verb's object: "in December 2024", "Despite higher rates"
		}
		if nm := st.nounMeasure(s, p); nm.measure != nil && nm.headIsMeasure && !nm.restricted && !blocks(nm.measure) {
			return nm.measure
		}
	}
	return nil
}

// clauseSubjectMeasure returns the measure the subject of the clause at word at names, when
// every figure before at lies before the clause: the measure a change noun of the clause with
// none of its own ("after declines of 1.4%") is of, rather than the last figure's of a clause
// before it (attack round 22: the declines of GDP per capita were read as the population
// growth of the "Because" clause before). nil otherwise.
func (st *articleState) clauseSubjectMeasure(s *sentence, at int) *measure {
	from, _ := s.clauseOf(at)
	if from == 0 {
		return nil // (most figures: a clause that opens the sentence has no figure before it)
	}
	for k := range s.quants {
		if f := s.qFirst[k]; f >= from && f < at {
			return nil // a figure of the clause itself before: it decides, as before
		}
	}
	g := s.clauseVerb(at)
	if g < 0 || s.vgs[g].first > at {
		return nil
	}
	subj := s.subjectOf(g)
	if subj < 0 || s.nps[subj].first < from || s.nps[subj].last >= at {
		return nil
	}
	if nm := st.nounMeasure(s, subj); nm.measure != nil && nm.headIsMeasure && !nm.restricted && !blocks(nm.measure) {
		if nm.perCapita || nm.nominal {
			// (what the measure is taken as, per head or nominal, stays with its phrase: the
			// change noun gets no claim rather than the total's)
			return st.lex.measures[measureOther]
		}
		return nm.measure
	}
	return nil
}

// economyAntecedent returns the output measure for a subject pronoun at position at, with a
// verb of growth, when the nearest clause before it in its sentence, after its last figure, has
// an economy or a country as its subject, whatever its verb: "After the shock therapy of 1990,
// when GDP fell 7.2% and inflation reached 585.8%, the economy grew every single year until the
// pandemic, when it contracted by 2.0% in 2020" (blind round 87: read as inflation, the last
// figure's measure, and flagged); "Argentina tamed inflation in 2024, but it shrank 1.3%". The
// pronoun refers to the subject of the clause it hangs on before a figure of an earlier clause
// or the measure of the sentence before, and a country or an economy grows by its output. nil
// otherwise.
func (st *articleState) economyAntecedent(s *sentence, at int) *measure {
	ws := s.words
	if at < 1 || at+1 >= len(ws) || ws[at].lower != "it" {
		return nil
	}
	v := at + 1
	for v+1 < len(ws) && ws[v].tag == tagAdv && ws[v].vg < 0 {
		v++ // "it also grew", "it only shrank"
	}
	if ws[v].vg < 0 || !s.growthVerb(ws[v].vg) {
		return nil
	}
	for i := at - 1; i >= 0 && i >= at-objectReach; i-- {
		if ws[i].fig >= 0 && ws[i].date < 0 {
			return nil // (a year is no figure here: "until 2020, when it contracted")
		}
		if p := ws[i].np; p >= 0 && s.nps[p].last == i && !s.isSubject(p) {
			if nm := st.nounMeasure(s, p); nm.measure != nil && nm.headIsMeasure {
				return nil // "Japan tried to boost its population, but it shrank 0.5%": the object's
			}
		}
		g := ws[i].vg
		if g < 0 || s.vgs[g].last != i {
			continue
		}
		a := s.subjectOf(g)
		if a < 0 || s.nps[a].last >= at || ws[s.nps[a].head].tag == tagPron || s.speaks(g) && s.speakerPhrase(a) {
			continue // (who said it: "the agency said")
		}
		if nm := st.nounMeasure(s, a); nm.measure == nil && nm.onlyEntity || ws[s.nps[a].head].lower == "economy" {
			return st.lex.measures["gdp"]
		}
		return nil
	}
	return nil
}

// subjectAntecedent returns the measure a subject pronoun at position at stands for when the
// subject of the clause before it, in the same sentence, names one and no figure: "Inflation in
// Turkey is the highest since 1998, when it hit 85%", "Unemployment is the lowest since 2008,
// when it stood at 11.3%". A pronoun refers back within its sentence before it does across a
// full stop; read from the sentence before, these were that sentence's measure (unemployment,
// inflation) and flagged. A clause whose subject is a speaker is passed over ("Prices soared,
// the agency said, and it ..."); the nearest other clause decides. One whose subject is an
// agent that is no place and whose object names a measure gives that measure to a pronoun of a
// level ("The government promised to bring the deficit below 3%; it was 5.0%": objectMeasure);
// one whose subject names no measure otherwise ("the war ended, and it ...") leaves the
// pronoun to the text's focus. nil otherwise.
func (st *articleState) subjectAntecedent(s *sentence, at int) *measure {
	ws := s.words
	if at < 1 || at+1 >= len(ws) || ws[at].lower != "it" || ws[at+1].vg < 0 {
		return nil
	}
	for i := at - 1; i >= 0 && i >= at-objectReach; i-- {
		g := ws[i].vg
		if g < 0 || s.vgs[g].last != i {
			continue
		}
		a := s.subjectOf(g)
		if a < 0 {
			continue
		}
		if s.nps[a].last >= at || ws[s.nps[a].head].tag == tagPron {
			continue
		}
		if sm := st.nounMeasure(s, a); sm.measure == nil && sm.entity < 0 && s.stateVerb(ws[at+1].vg) {
			// an agent that is no place, and a pronoun whose verb states a level: "The government
			// promised to bring the deficit below 3%; it was 5%" (not "Argentina tamed
			// inflation in 2024, but it shrank 1.3%": the country's economy)
			if m := st.objectMeasure(s, g, at); m != nil {
				return m
			}
		}
		if s.speakerPhrase(a) {
			continue // who said or expected it: "the agency said", "as analysts expected"
		}
		if nm := st.nounMeasure(s, a); nm.measure != nil && nm.headIsMeasure && !nm.restricted && !blocks(nm.measure) {
			return nm.measure
		}
		return nil
	}
	return nil
}

// objectMeasure returns the measure the object of verb group g names, when the object ends
// before word at and is singular: the antecedent of a subject pronoun whose figure only a
// measure can have, after a clause whose subject names none ("The government promised to
// bring the deficit below 3 per cent of GDP by 2029; it was 5.0 per cent in 2023" had been read
// as the unemployment of the sentence before: attack round 20).
func (st *articleState) objectMeasure(s *sentence, g, at int) *measure {
	if !s.objectAfter(g) {
		return nil
	}
	o := s.words[s.vgs[g].last+1].np
	if s.nps[o].last >= at {
		return nil
	}
	if nm := st.nounMeasure(s, o); nm.measure != nil && nm.headIsMeasure && !nm.restricted && !nm.plural && !blocks(nm.measure) {
		return nm.measure
	}
	return nil
}

// objectReach is how many words before an object pronoun objectAntecedent looks for its
// antecedent.
const objectReach = 40

// measureBefore reads the sentence before s for the measure it names first, for a sentence
// that refers back to it with no figure of its own in between ("Inflation is becoming a worry.
// It rose to 5% in March.").
func (st *articleState) measureBefore(s *sentence) *measure {
	if s.measureBeforeKnown {
		return s.measureBefore
	}
	s.measureBeforeKnown = true
	start, end, ok := st.sentenceBefore(s)
	if !ok {
		return nil
	}
	for _, m := range st.lookBack(start, end).cues {
		if mm := m.measureOf(); mm != nil && !blocks(mm) {
			s.measureBefore = mm
			break
		}
	}
	return s.measureBefore
}

// inRelativeClause reports a figure in a clause a relative pronoun opens ("which expanded by
// 1%").
func (s *sentence) inRelativeClause(k int) bool {
	if s.qFirst[k] < 0 {
		return false
	}
	from, _ := s.clauseOf(s.qFirst[k])
	return from > 0 && s.words[from-1].tag == tagWh
}

// namesCountry reports a mention of country code in s.
func (s *sentence) namesCountry(code string) bool {
	for _, m := range s.ents {
		if c, ok := entityCode(m); ok && c == code {
			return true
		}
	}
	return false
}

// contrastAfterOwnFigure returns, for figure k in a clause that "when", "while" or "whereas"
// opens, the last figure before that clause when it is a claim of another country: "growing
// 2.6% when Germany shrank 5.5%", "grew 3.0%, while Germany shrank 0.5%". -1 for any other.
func (s *sentence) contrastAfterOwnFigure(k int) int {
	if k == 0 || s.qFirst[k] < 0 || s.readings[k] == nil {
		return -1
	}
	from, _ := s.clauseOf(s.qFirst[k])
	opener := from - 1
	if opener >= 0 && s.words[opener].lower != "when" && s.words[opener].lower != "while" && s.words[opener].lower != "whereas" {
		opener = from // (the clause may begin at its conjunction)
	}
	if opener < 0 {
		return -1
	}
	switch s.words[opener].lower {
	case "when", "while", "whereas":
	default:
		return -1
	}
	own := s.readings[k].claimEntity
	for j := k - 1; j >= 0; j-- {
		if r := s.readings[j]; r != nil && r.measure != nil && !blocks(r.measure) && r.claimEntity != "" && s.qLast[j] < opener {
			if r.claimEntity != own && r.compared == -1 {
				return j
			}
			return -1
		}
	}
	return -1
}

// statedFigure is a figure the text stated, with what it was of.
type statedFigure struct {
	measure              *measure
	entity, period, kind string
	value                float64
	unit                 string
	indicator            string // (two measures may name one: "the economy grew", "growth was")
	// withdrawn: the figure was read as a claim the text does not make (refuted, asked),
	// which a phrase naming it again does not make either
	withdrawn bool
	negative  bool // its claim's value is below zero: a fall
}

// maxStated bounds the figures remembered for references back.
const maxStated = 32

// rememberStated keeps the sentence's linked figures for the phrases that name them again.
func (st *articleState) rememberStated(s *sentence) {
	for k, r := range s.readings {
		if r == nil || r.measure == nil || blocks(r.measure) || r.claimPeriod == "" {
			continue
		}
		q := &s.quants[k]
		st.remember(statedFigure{r.measure, r.claimEntity, r.claimPeriod, r.claimKind, q.Value, q.Unit, r.indicatorOf(q.Unit), r.claimWithdrawn, r.claimNegative})
	}
}

// remember keeps f among the last maxStated figures stated, in a ring: the oldest is replaced
// in place, where moving the others down cost a text dense with figures all of them for each.
func (st *articleState) remember(f statedFigure) {
	if len(st.stated) < maxStated {
		st.stated = append(st.stated, f)
	} else {
		st.stated[st.statedNext] = f
	}
	st.statedNext = (st.statedNext + 1) % maxStated
}

// statedAs returns the latest figure the text stated with the value and unit of q.
func (st *articleState) statedAs(q quantity.Quantity) (statedFigure, bool) {
	if q.ValueMax != nil {
		return statedFigure{}, false
	}
	return st.latestStated(func(f *statedFigure) bool { return f.value == q.Value && f.unit == q.Unit })
}

// latestStated returns the latest figure stated that matches, newest first.
func (st *articleState) latestStated(match func(*statedFigure) bool) (statedFigure, bool) {
	for n := 1; n <= len(st.stated); n++ {
		if f := &st.stated[(st.statedNext-n+maxStated)%maxStated]; match(f) {
			return *f, true
		}
	}
	return statedFigure{}, false
}

// namesStated reports whether any of qs has the value of a figure stated before: a sentence
// that may name it again ("The three pct figure could translate into ...").
func (st *articleState) namesStated(qs []quantity.Quantity) bool {
	for _, q := range qs {
		if _, ok := st.statedAs(q); ok {
			return true
		}
	}
	return false
}

// definiteWord reports a word that makes a phrase refer to one already named: "the", "that",
// "this".
func definiteWord(w string) bool {
	return w == "the" || w == "that" || w == "this"
}

// refersBack reports a figure in a definite phrase headed by a noun that names a figure or a
// rate ("the three pct figure", "this 2.9 pct rate"): it names a figure stated before.
func (s *sentence) refersBack(k int) bool {
	p := s.words[s.qFirst[k]].np
	if p < 0 || s.nps[p].head <= s.qLast[k] {
		return false
	}
	n := s.nps[p]
	if !definiteWord(s.words[n.first].lower) {
		return false
	}
	h := s.words[n.head].lower
	return hasLemma(h, "figure") || hasLemma(h, "rate") || hasLemma(h, "level") || hasLemma(h, "reading")
}

// updateFocus remembers what the sentence's last linked claim was about.
func (st *articleState) updateFocus(s *sentence, claims []Claim) {
	// Figures placed in a list after a figure of the sentence's own subject are set beside it
	// ("Britain's economy grew 4.3%, ahead of Canada at 3.4% and the US at 1.9%"): the text
	// goes on about the subject's.
	ownFigure := false
	for _, r := range s.readings {
		if r != nil && r.measure != nil && r.compared == -1 && r.listEntity < 0 {
			ownFigure = true
			break
		}
	}
	for k := len(s.readings) - 1; k >= 0; k-- {
		r := s.readings[k]
		if r == nil || r.measure == nil || r.compared != -1 {
			continue // a figure given in comparison is not what the text goes on about
		}
		if ownFigure && r.listEntity >= 0 {
			continue
		}
		if blocks(r.measure) {
			if s.inRelativeClause(k) {
				continue // "growth was driven by services, which expanded by 1%": the clause is an aside
			}
			if m, entity, ok := st.subjectTopic(s, r); ok {
				// "the Palestinian economy lost 22,000 jobs. Last year's growth rate of 6%":
				// the jobs were the economy's; the text goes on about the economy
				st.focus = focus{measure: m, entity: entity, end: s.end}
				return
			}
			st.focus = focus{measure: r.measure, end: s.end} // "It rose 3%" is then not the country's
			return
		}
		if j := s.contrastAfterOwnFigure(k); j >= 0 && (s.readings[j].claimEntity == st.focus.entity || !s.namesCountry(s.readings[j].claimEntity)) {
			// (or the text's country, carried to a figure the sentence names no country of:
			// "In 1983 the economy shrank by about 5 percent, while Indonesia still grew more
			// than 4 percent", in an interview about Nigeria; blind round 105)
			// "Poland ... grew 2.6% in 2009 when Germany shrank 5.5%": the clause of contrast is
			// set beside the figure of the country the text was about, and the text goes on
			// about it (blind round 43). (When the text was about a third country, both are
			// set beside it: a fact-check of Spain's "France grew 1.2%, while Germany's economy
			// contracted" is about neither.)
			k, r = j, s.readings[j]
		}
		if r.claimEntity == "" || s.namesOnlyAsComparedTerm(r.claimEntity) || s.wholeOfShare(k) {
			// (nor a figure of a country the sentence names only as a yardstick: "That
			// compares with 8.0% in the US and 7.9% in Germany in 2022", "roughly 6% of US
			// GDP of $30.8 trillion")
			continue
		}
		period := r.claimPeriod
		if y, ok := s.yardstickOfDatedSubject(k); ok {
			// "The 2020 contraction was more than twice as deep as the 4.1% fall recorded in
			// 2009": the text goes on about the subject's year, not the yardstick's ("Germany's
			// output fell 5.0% over the same period": blind round 140, judged as 2009's)
			period = y
		}
		plural := st.focus.plural && st.focus.measure == r.measure
		if r.measureAt >= 0 && r.np >= 0 {
			plural = pluralLike(s.words[s.nps[r.np].head].lower)
		}
		st.focus = focus{measure: r.measure, entity: r.claimEntity, period: period, end: s.end, plural: plural,
			yardstick: s.opensWithComparison() || comparisonAfterColon(s.toks, s.qFirst[k]) || comparisonAside(s.toks, s.qFirst[k])}
		break
	}
	// The latest period the text reported a figure of, per indicator: undated figures after
	// "rose 0.3 pct in February" and "a revised 1.9 pct in January" are February's.
	for i := range claims {
		c := &claims[i] // (not a copy of each: a dense text makes tens of thousands)
		if c.Period == "" || c.Kind != KindActual || severalPeriods(c.Period) {
			continue
		}
		if st.lastPeriods == nil {
			st.lastPeriods = make(map[periodKey]string)
			if !periodMemoOff {
				st.lastPeriodsSeen = &periodMemo{gen: 1}
			}
		}
		key := periodKey{c.Indicator, c.Entity}
		if have, ok := st.lastPeriodsSeen.lookup(st.lastPeriods, key); ok {
			if plainYear(have) && plainYear(c.Period) {
				// two years end in the order they are written: no dates worked out
				if c.Period <= have {
					continue
				}
			} else if a, ok1 := st.periodEnd(have); ok1 {
				if b, ok2 := st.periodEnd(c.Period); ok2 && !b.After(a) {
					continue
				}
			}
		}
		st.lastPeriods[key] = c.Period
		if st.lex.aggregates.has(c.Entity) {
			// the members' figures listed after a bloc's are of its period: "Consumer prices
			// in the OECD rose 0.3 pct in February ... highest in Italy at 4.2 pct"
			st.lastPeriods[periodKey{c.Indicator, anyEntity}] = c.Period
		}
		st.lastPeriodsSeen.forget()
	}
	st.rememberPairedYears(s, claims)
}

// pairedYears is a list's years, of one indicator, and where its sentence ends.
type pairedYears struct {
	indicator string
	years     []string
	end       int
}

// rememberPairedYears keeps the last run of two or more claims of a sentence, one after the
// other, of one indicator and one country, actual, each of its own year and the years rising:
// "France's economy grew 2.1% in 2024 and 0.8% in 2025".
func (st *articleState) rememberPairedYears(s *sentence, claims []Claim) {
	for i := 0; i < len(claims); {
		j := i + 1
		for j < len(claims) && claims[j].Indicator == claims[i].Indicator && claims[j].Entity == claims[i].Entity &&
			claims[j].Kind == KindActual && plainYear(claims[j].Period) && plainYear(claims[j-1].Period) && claims[j].Period > claims[j-1].Period {
			j++
		}
		if j-i >= 2 && claims[i].Kind == KindActual {
			st.paired.indicator, st.paired.end = claims[i].Indicator, s.end
			st.paired.years = st.paired.years[:0]
			for _, c := range claims[i:j] {
				st.paired.years = append(st.paired.years, c.Period)
			}
		}
		i = j
	}
}

// plainYear reports a period that is a year written in four digits ("2023").
func plainYear(p string) bool {
	return len(p) == 4 && ascii.IsDigit(p[0]) && ascii.IsDigit(p[1]) && ascii.IsDigit(p[2]) && ascii.IsDigit(p[3])
}

// periodKey is an indicator and an entity, or anyEntity for the members of a bloc.
type periodKey struct{ indicator, entity string }

const anyEntity = "*"

// periodMemo remembers what lastPeriods answered. Every claim of an actual period asks it, tens
// of thousands in a dense text, about a few indicators and countries whose names are the
// lexicon's own strings, and a map keyed by two strings costs ~200 instructions a lookup. A
// slot holds a key by its very strings (their bytes where the key's are, which no other
// content can be) and the map's answer while gen was current; every write to the map starts
// a new gen, which forgets them all. A key is kept in the first slot from its own that no
// other key of the gen holds, and looked for up to the first that none does: with one slot a
// key, two keys of a slot (as many as where the strings happened to lie made) pushed each
// other out at every turn, and a dense text's ~18 keys missed up to four times in ten.
type periodMemo struct {
	gen   uint64
	slots [64]periodSlot
}

type periodSlot struct {
	indicator, entity, period string
	found                     bool
	gen                       uint64
}

// periodMemoOff is for tests: with it, updateFocus asks lastPeriods itself every time.
var periodMemoOff = false

// lookup is periods[key], remembered in m (nil: not).
func (m *periodMemo) lookup(periods map[periodKey]string, key periodKey) (string, bool) {
	if m == nil {
		p, ok := periods[key]
		return p, ok
	}
	ind, ent := unsafe.StringData(key.indicator), unsafe.StringData(key.entity)
	h := (uint64(uintptr(unsafe.Pointer(ind))) ^ uint64(uintptr(unsafe.Pointer(ent)))*0x9e3779b97f4a7c15) * 0x9e3779b97f4a7c15
	home := int(h >> (64 - 6))
	slot := &m.slots[home]
	for n := range len(m.slots) {
		slot = &m.slots[(home+n)%len(m.slots)]
		if slot.gen != m.gen {
			break // (no key of this gen is further on)
		}
		if unsafe.StringData(slot.indicator) == ind && len(slot.indicator) == len(key.indicator) &&
			unsafe.StringData(slot.entity) == ent && len(slot.entity) == len(key.entity) {
			return slot.period, slot.found
		}
	}
	// a free slot, or the last asked when every slot holds a key of this gen
	p, ok := periods[key]
	*slot = periodSlot{indicator: key.indicator, entity: key.entity, period: p, found: ok, gen: m.gen}
	return p, ok
}

// forget drops what m remembers, after a write to the map.
func (m *periodMemo) forget() {
	if m != nil {
		m.gen++
	}
}

// periodEnd is periodEnd(p), worked out once per period of the article: every claim with a
// period asks for it, a text dense with figures thousands of times for a few dozen periods.
func (st *articleState) periodEnd(p string) (time.Time, bool) {
	if end, ok := st.periodEnds[p]; ok {
		return end.at, end.ok
	}
	at, ok := periodEnd(p)
	if st.periodEnds == nil {
		st.periodEnds = make(map[string]knownEnd)
	}
	st.periodEnds[p] = knownEnd{at, ok}
	return at, ok
}

// knownEnd is what periodEnd returned.
type knownEnd struct {
	at time.Time
	ok bool
}

// subjectTopic returns the measure and entity of the subject of the verb a figure of something
// else is the object of, when that subject is a country's economy or another national measure
// ("the Palestinian economy lost more than 22,000 jobs").
func (st *articleState) subjectTopic(s *sentence, r *reading) (*measure, string, bool) {
	if r.vg < 0 || r.np < 0 || s.verbBefore(r.np) != r.vg {
		return nil, "", false
	}
	subj := s.subjectOf(r.vg)
	if subj < 0 || subj == r.np {
		return nil, "", false
	}
	nm := st.nounMeasure(s, subj)
	if nm.measure == nil || !nm.headIsMeasure || nm.restricted || blocks(nm.measure) {
		return nil, "", false
	}
	return nm.measure, s.entityInPhrase(subj), true
}

// updateFrame remembers the one period the sentence's own figures were of, figures of other
// measures included; figures given in comparison are left out.
func (st *articleState) updateFrame(s *sentence) {
	period := ""
	for k, r := range s.readings {
		if r == nil || r.measure == nil || r.compared != -1 {
			continue
		}
		p := r.claimPeriod
		if y, ok := s.yardstickOfDatedSubject(k); ok {
			p = y // (as updateFocus takes it)
		}
		if p == "" && blocks(r.measure) && s.qFirst[k] >= 0 {
			i := s.ownDate(k, r)
			if i < 0 {
				from, to := s.clauseOf(s.qFirst[k])
				i = s.freeDate(k, r, from, to, func(int) bool { return false }, false)
			}
			if i >= 0 && !s.eventYearDate(i) {
				p = s.exprs[i].Period
			}
		}
		if p == "" || severalPeriods(p) {
			continue
		}
		if period != "" && period != p {
			st.frame = frame{}
			return
		}
		period = p
	}
	st.frame = frame{period: period, end: s.end}
}

// isMetonym reports a mention m that names a country's markets, central bank or government by
// a metonym ("Wall Street", "the Fed").
func (lex *Lexicon) isMetonym(toks []token, m *match) bool {
	// (the first word first: most mentions are no metonym, and a joined name allocates)
	return len(lex.metonyms) > 0 && lex.metonymStarts[toks[m.first].text] && lex.metonyms[joinedText(toks[m.first:m.last+1])]
}

// currencyOf reports a mention m that names a currency's country: "the US dollar", "63.5 US
// cents", "US$75".
func currencyOf(toks []token, m *match) bool {
	if n := m.last + 1; n < len(toks) {
		switch toks[n].lower {
		case "dollar", "dollars", "cent", "cents", "$", "currency":
			return true
		}
	}
	return false
}

// peripheralMention reports a country named m among toks in a role that does not make it what
// the text is about, so that a figure after it with no place of its own is not given it: a
// currency's country ("against the US dollar", "63.5 US cents", "US$75 a barrel") and a
// partner of trade or money ("shipments to China", "remittances from France", "FDI from
// South Korea"), and a country's markets, central bank or
// government named by a metonym ("Stocks tracked Wall Street higher", "after the Fed held
// rates"), and, in a paragraph that places the story in another country, a demonym or a name
// that modifies a noun naming no measure the table holds ("American tariffs", "US trade
// policy") or that stands in a quotation (peripheralInParagraph, demonyms.go). Read as the last
// country named, these gave a South African or a Portuguese story's inflation and growth to
// the United States or France.
func (lex *Lexicon) peripheralMention(toks []token, m *match) bool {
	if lex.isMetonym(toks, m) || currencyOf(toks, m) {
		return true
	}
	if m.last+1 < len(toks) && lex.peripheralInParagraph(toks, m) {
		return true
	}
	if comparedTermToken(toks, m) {
		return true // "higher than in Germany", "Unlike Germany," (comparison_sets.go)
	}
	if eventMention(toks, m) {
		return true // "after Russia's invasion of Ukraine" (event_mentions.go)
	}
	if venueMention(toks, m) {
		return true // "at the meetings in Sharm El Sheikh, Egypt," (venue_mentions.go)
	}
	if destinationOfLeaving(toks, m) {
		return true // "three million people left for South Africa and Britain"
	}
	if transferPartner(toks, m) {
		return true // "The government had to pledge gold to the Bank of England" (transfer_partner.go)
	}
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 0 {
		return false
	}
	if toks[i].lower != "to" && toks[i].lower != "from" && toks[i].lower != "with" || i == 0 {
		return false
	}
	// after a noun of trade or money: "shipments to China", "remittances from France", "trade
	// with America"; not "a mission to Argentina", "new data from Germany", "Turning to
	// France", "compared Japan with the United States" (two the text is about). What comes to
	// a country and stays there is its own ("Tourist arrivals to Thailand rose", "inflows to
	// India"), unless its paragraph places the story elsewhere (placedElsewhere, demonyms.go:
	// "Malaysia's economy grew 5.1%. Chinese tourist arrivals to Thailand fell.").
	if toks[i].lower == "to" && inboundNouns[toks[i-1].lower] {
		return lex.placedElsewhere(toks, m, -1, -1)
	}
	return flowNouns[toks[i-1].lower] || partyWith(toks, m, pactNouns) || partyWith(toks, m, quarrelNouns)
}

// partyWith reports a country named m as the other party of a noun of nouns before "with":
// "a trade deal with China" (pactNouns), "during the war with Iraq" (quarrelNouns).
func partyWith(toks []token, m *match, nouns map[string]bool) bool {
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	return i >= 1 && toks[i].lower == "with" && nouns[toks[i-1].lower]
}

// destinationOfLeaving reports a country named m as where people went, after a verb of
// leaving and "for" or "to", alone or in a list: "left for South Africa and Britain", "fled to
// Kenya", "emigrated to Australia or Canada". The country the people left is what the text is
// about; read as the last country named, Britain took the figures of a history of Zimbabwe
// two paragraphs on (blind round 65).
func destinationOfLeaving(toks []token, m *match) bool {
	i := nameListGovernor(toks, m.first)
	if i < 1 || toks[i].lower != "for" && toks[i].lower != "to" {
		return false
	}
	return leavingVerbs[toks[i-1].lower] || leavingNouns[toks[i-1].lower]
}

// nameListGovernor returns the index of the word before the list of names whose last item
// starts at word first: past "the", the list's joiners and its earlier names ("South Africa
// and Britain", "the Bank of England and the Bank of Japan"), and the first words of a body's
// name (nameOpening); -1 when a joiner has no name before it.
func nameListGovernor(toks []token, first int) int {
	i := nameOpening(toks, first) - 1
	for n := 0; i >= 1 && n < 6; n++ {
		switch t := toks[i].lower; {
		case t == "the":
			i--
			continue
		case t == "and" || t == "or" || t == ",":
			// an earlier name of the list: "South Africa and Britain"
			j := i - 1
			for j >= 0 && isCapitalised(toks[j].text) {
				j--
			}
			if j == i-1 {
				return -1
			}
			i = nameOpening(toks, j+1) - 1
			continue
		}
		break
	}
	return i
}

// leavingVerbs are the past forms of verbs of people leaving a country for another.
var leavingVerbs = map[string]bool{
	"left": true, "fled": true, "emigrated": true, "migrated": true, "moved": true, "relocated": true,
	"escaped": true, "departed": true, "headed": true, "leave": true, "flee": true, "emigrate": true,
}

// leavingNouns are the nouns of people leaving a country for another: "emigration to West
// Germany" in a history of Turkey (blind round 125), "the exodus to Britain".
var leavingNouns = map[string]bool{
	"emigration": true, "migration": true, "exodus": true, "emigrants": true, "migrants": true,
}

// pactNouns are the nouns of an agreement or a negotiation whose other party follows "with":
// "a $35 billion deal with the UAE", "a trade pact with the EU", "talks with Russia", "a
// currency swap with China". The party is the other side of the story's country, which the
// figures after it are still about ("The unemployment rate stood at 6.9%" is Egypt's); so is a
// quarrel's (quarrelNouns), and peripheralMention asks both.
var pactNouns = map[string]bool{
	"deal": true, "deals": true, "agreement": true, "agreements": true, "accord": true, "pact": true,
	"treaty": true, "talks": true, "negotiations": true, "swap": true, "swaps": true, "ties": true,
	"relations": true, "partnership": true,
}

// quarrelNouns are the nouns of a quarrel or a war whose other party follows "with": "the lira
// crashed during a spat with America" (blind round 132), "its trade war with the United
// States", "the standoff with the West". That party is never the place of the figures of the
// sentence either ("During the war with Iraq, GDP fell by 9 percent"), where the other party of
// a deal often is ("The IMF signed a deal with Argentina in 2022, when inflation reached 94.8%").
var quarrelNouns = map[string]bool{
	"spat": true, "row": true, "feud": true, "quarrel": true, "standoff": true, "stand-off": true,
	"clash": true, "war": true, "tensions": true, "conflict": true, "confrontation": true, "rift": true,
	"showdown": true, "dispute": true,
}

// inboundNouns are the flowNouns of what a country receives, whose destination is the country
// the text is about.
var inboundNouns = map[string]bool{"arrivals": true, "visitors": true, "tourists": true, "inflows": true}

// scanDateline counts the country of a dateline that opens the line toks, by its name or its
// capital's ("LISBON - ", "HANOI (Reuters) - ", dateline.go), as a mention: with a sentence that
// names it, the place where a story was filed is the country it is about. A place the lexicon
// does not know counts as none, and so does a place of datelines.csv ("LONDON (Reuters) - "):
// from London and Paris the wires cover the world, the euro zone and the markets, and a figure
// of a story about Turkey or the OECD with no place of its own would have been Britain's or
// France's. (scanMentions reads a line in capitals whole; a dateline line is not one.)
func (st *articleState) scanDateline(toks []token) {
	code, named, ok := st.lex.datelinePlace(toks)
	if !ok || !named {
		return
	}
	st.mentions[code] += st.lex.mentionWeight(code)
	st.ownMentions[code] = true
	if code != st.lastEntity && st.lastEntity != "" {
		st.otherEntity, st.otherEntityAt = st.lastEntity, st.lastEntityAt
	}
	st.lastEntity, st.lastEntityAt = code, toks[0].start
}

// joinedText returns the words of toks as written, separated by single spaces.
func joinedText(toks []token) string {
	if len(toks) == 1 {
		return toks[0].text
	}
	var b strings.Builder
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].text)
	}
	return b.String()
}

// flowNouns are the nouns of trade and money that flow to or from a partner country.
var flowNouns = map[string]bool{
	"exports": true, "export": true, "imports": true, "import": true, "shipments": true, "sales": true,
	"remittances": true, "investment": true, "investments": true, "fdi": true, "flows": true, "inflows": true,
	"outflows": true, "aid": true, "loans": true, "lending": true, "trade": true, "tourists": true,
	"arrivals": true, "visitors": true, "demand": true, "transfers": true, "deliveries": true,
}

// yardstickOfDatedSubject reports figure k as the yardstick a comparison sets its clause's
// subject against, when that subject names a period of its own and no figure: "The 2020
// contraction was more than twice as deep as the 4.1% fall recorded in 2009", "This year's
// slump is worse than the 3% fall of 1991". It returns the subject's period.
func (s *sentence) yardstickOfDatedSubject(k int) (string, bool) {
	first := s.qFirst[k]
	if first < 0 {
		return "", false
	}
	p := s.words[first].np
	if p < 0 || !s.afterComparison(p) && !s.afterEquative(s.nps[p].first) {
		return "", false
	}
	g := s.clauseVerb(first)
	if g < 0 || s.vgs[g].first > first {
		return "", false
	}
	subj := s.subjectOf(g)
	if subj < 0 || s.nps[subj].last >= s.vgs[g].first {
		return "", false
	}
	period := ""
	for i := s.nps[subj].first; i <= s.nps[subj].last; i++ {
		w := &s.words[i]
		if w.fig >= 0 {
			return "", false
		}
		if w.date >= 0 && period == "" {
			period = s.exprs[w.date].Period
		}
	}
	return period, period != ""
}

// afterEquative reports an equative comparison ending right before word i: "as deep as",
// "twice as large as", "as bad as".
func (s *sentence) afterEquative(i int) bool {
	ws := s.words
	if i < 3 || ws[i-1].lower != "as" {
		return false
	}
	return ws[i-3].lower == "as" && ws[i-2].fig < 0 && ws[i-2].date < 0
}
