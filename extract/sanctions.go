package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// sanctionsWords is how far after its verb a date may stand ("extended for another year
// through March 6, 2026").
const sanctionsWords = 8

// datePrepositions may introduce the date of a sanctions event; "until" and its kin only for
// an extension.
var (
	eventDatePrep     = map[string]bool{"in": true, "on": true, "since": true, "from": true, "at": true}
	extensionDatePrep = map[string]bool{"through": true, "until": true, "till": true, "to": true, "into": true, "thru": true}
)

// sanctionClaims finds the dated sanctions events of the article: a sentence about sanctions
// in which a verb of imposing, extending or lifting is followed by a date.
func (st *articleState) sanctionClaims() []Claim {
	var out []Claim
	exprs := st.dates()
	stems := sanctionStems(st.art.Text)
	sentEnd := -1
	var s *sentence
	noun, analysed := -1, false
	for i := 0; i < len(exprs); i++ {
		e := exprs[i]
		if e.Start >= sentEnd {
			start, end := st.lex.sentenceBounds(st.art.Text, e.Start)
			sentEnd = end
			if !st.mayNameSanctions(stems, start, end) {
				s, noun = nil, -1 // (most sentences with a date: no sentence read for nothing)
				continue
			}
			s = st.newSentence(start, end, nil)
			// The sentence is analysed only once a date of it may make a claim: most
			// sentences with a date in an article about sanctions name none, and the
			// analysis leaves nothing behind but the sentence's words.
			noun, analysed = st.sanctionNoun(s), false
		}
		if noun < 0 || e.Period == "" {
			continue
		}
		if !analysed {
			st.analyse(s)
			analysed = true
		}
		for _, se := range s.exprs {
			if se.Start == e.Start && se.End == e.End {
				e = se // as the sentence reads it: "adopted ... on February 23" is past (past_days.go)
				break
			}
		}
		if c, ok := st.sanctionClaim(s, noun, e); ok {
			out = append(out, c)
		}
	}
	return out
}

// sanctionNoun returns the cue of s that names the sanctions its dates may be of, or -1.
func (st *articleState) sanctionNoun(s *sentence) int {
	for mi, m := range s.cues {
		if _, ok := m.has(catSanctions); ok {
			return mi
		}
		// "The restrictions have since been renewed": sanctions named in the sentence before.
		if _, ok := m.has(catSanctionsRef); ok && st.sanctionsBefore(s) {
			return mi
		}
	}
	return -1
}

// sanctionClaim is the claim of the date e of the analysed sentence s, whose cue noun names
// sanctions, if it dates a sanctions event.
func (st *articleState) sanctionClaim(s *sentence, noun int, e timex.Expr) (Claim, bool) {
	ef, _ := s.tokenSpan(e.Start, e.End)
	if ef < 0 {
		return Claim{}, false
	}
	// The verb: the nearest sanctions verb before the date, within a few words.
	verb := -1
	indicator := ""
	words := 0
	for i := ef - 1; i >= 0 && words <= sanctionsWords; i-- {
		if !s.toks[i].punct {
			words++
		}
		if m, ok := s.cueAt(i); ok {
			if v, ok := m.has(catSanctionVerb); ok {
				verb, indicator = s.words[i].cue, v
				break
			}
			i = m.first
		}
	}
	if verb < 0 {
		return Claim{}, false
	}
	prep := s.toks[max(ef-1, 0)].lower
	if first := s.toks[ef].lower; eventDatePrep[first] || extensionDatePrep[first] {
		prep = first
	}
	switch indicator {
	case "sanctions_extended_until":
		if !extensionDatePrep[prep] {
			return Claim{}, false
		}
	default:
		if !eventDatePrep[prep] {
			return Claim{}, false
		}
	}
	jurisdiction, target := st.sanctionParties(s, s.cues[noun], s.cues[verb].first)
	if target == "" {
		return Claim{}, false
	}
	qualifier := QualExact
	if firstSanctions(s, s.cues[noun], s.cues[verb], ef) {
		qualifier = QualFirst
	}
	start := s.toks[s.cues[verb].first].start
	sentence, at := excerpt(st.art.Text, s.start, s.end, start, e.End, &st.excerpts)
	c := Claim{
		Start: start, End: e.End, Quote: st.art.Text[start:e.End],
		Sentence: sentence, QuoteInSentence: at,
		Value:     yearValue(e.Period),
		Unit:      UnitDate,
		Qualifier: qualifier,
		Indicator: indicator, Entity: target, Jurisdiction: jurisdiction,
		Period: e.Period, PeriodExplicit: e.Explicit,
		Kind: KindActual, Basis: "",
		Source: "",
	}
	// "could be lifted in 2026": a projection only when the modal governs this verb.
	for _, m := range s.cues {
		if m.first >= s.cues[verb].first {
			break
		}
		if _, ok := m.has(catForecast); ok && m.last >= s.cues[verb].first-3 {
			c.Kind = KindForecast
		}
	}
	return c, true
}

// QualFirst marks a claim of the first sanctions: "Sanctions on Russia were first imposed in
// 2022", "The EU imposed its first sanctions on Russia in 2014".
const QualFirst = "first"

// firstSanctionsWords may stand between the sanctions, their verb and the date of a claim of
// the first sanctions: the parties, auxiliaries and determiners, nothing that narrows the
// measures ("economic", "package of", "over the invasion") or dates another event ("then
// again in 2022").
var firstSanctionsWords = map[string]bool{
	"first": true, "initially": true, "originally": true, "the": true, "its": true, "their": true, "on": true, "against": true, "by": true,
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true, "in": true,
}

// firstWords say that a verb of imposing is the first time: "were first imposed".
var firstWords = map[string]bool{"first": true, "initially": true, "originally": true}

// firstSanctions reports a claim of the first sanctions of all: "first" before the verb ("were
// first imposed") or before the bare noun ("its first sanctions"), in a clause that says no
// more of the measures than who imposed them on whom, up to the date at token ef.
func firstSanctions(s *sentence, noun, verb match, ef int) bool {
	before := func(m match) string {
		if m.first == 0 {
			return ""
		}
		return s.toks[m.first-1].lower
	}
	// The lexicon's verbs include "first imposed", "initially imposed", "originally imposed".
	if w := s.toks[verb.first].lower; !firstWords[w] && !firstWords[before(verb)] && before(noun) != "first" {
		return false
	}
	from := min(noun.first, verb.first)
	inEntity := func(i int) bool {
		for _, m := range s.ents {
			if i >= m.first && i <= m.last {
				return true
			}
		}
		return false
	}
	// Nothing may narrow the noun from before: "EU economic sanctions, first imposed in".
	if noun.first > 0 && noun.first-1 != verb.last && !s.toks[noun.first-1].punct {
		if w := s.toks[noun.first-1].lower; !firstSanctionsWords[w] && !inEntity(noun.first-1) && w != "'s" {
			return false
		}
	}
	for i := from; i < ef; i++ {
		switch {
		case i >= noun.first && i <= noun.last, i >= verb.first && i <= verb.last, s.toks[i].punct && s.toks[i].lower == ",":
		case inEntity(i), firstSanctionsWords[s.toks[i].lower], s.toks[i].lower == "'s":
		default:
			return false
		}
	}
	return true
}

// coordinated reports names joined by "and" between tokens a and b: "the EU and the US".
func coordinated(s *sentence, a, b int) bool {
	listed, and := listedAfter(s, a, b)
	return listed && and
}

// listedAfter reports a name at token b that continues a list whose name before ends at token
// a: only commas, "the" and "and" stand between ("the EU, the UK and the US"); and is true when
// "and" does, which closes the list.
func listedAfter(s *sentence, a, b int) (listed, and bool) {
	if b-a > 4 {
		return false, false
	}
	for i := a + 1; i < b; i++ {
		switch s.toks[i].lower {
		case "and", "&":
			and = true
		case ",", "the":
		default:
			return false, false
		}
	}
	return true, and
}

// joinJurisdictions adds code to the jurisdictions of a claim, kept sorted so that the order of
// the names makes no difference: "EUU+USA".
func joinJurisdictions(codes, code string) string {
	parts := strings.Split(codes, "+")
	for _, p := range parts {
		if p == code {
			return codes
		}
	}
	parts = append(parts, code)
	sort.Strings(parts)
	return strings.Join(parts, "+")
}

// sanctionParties reads who imposes sanctions and on whom: "US sanctions against Moscow",
// "sanctions on Russia imposed by the EU", "EU sanctions" in a sentence that names Russia,
// "Washington imposed sanctions on Russia" (the subject of the verb at token verb).
func (st *articleState) sanctionParties(s *sentence, noun match, verb int) (jurisdiction, target string) {
	ents := s.ents
	owned := false // the jurisdiction is the measures' owner ("the EU's sanctions")
	prevCode, prevLast := "", -1
	for _, m := range ents {
		code, ok := entityCode(m)
		if !ok {
			continue
		}
		adjacent := m.last == noun.first-1 || m.last == noun.first-2 && s.toks[noun.first-1].lower == "'s"
		switch {
		case adjacent && m.first > 0 && s.toks[m.first-1].lower == "anti":
			target = code // "anti-Russian sanctions"
		case adjacent:
			jurisdiction, owned = code, true // "US sanctions", "the EU's sanctions"
			if prevCode != "" && coordinated(s, prevLast, m.first) {
				jurisdiction = joinJurisdictions(prevCode, code) // "US and EU sanctions"
			}
		case jurisdiction == "" && possessorOfMeasures(s, m, noun):
			jurisdiction, owned = code, true // "the EU's 16th package of sanctions"
		case m.first > noun.last && m.first <= noun.last+3 && isTargetPrep(s, noun.last+1, m.first):
			target = code
		case m.first > 0 && s.toks[m.first-1].lower == "by" && jurisdiction == "":
			jurisdiction = code
		}
		prevCode, prevLast = code, m.last
	}
	var imposers []string
	if target == "" {
		// Otherwise the target is another country named in the sentence, or the one the
		// article was last about; not one the sentence says imposes sanctions ("The EU
		// adopted its first package of sanctions on February 23, ... restricting access to EU
		// capital markets": blind round 193, read as sanctions on the EU)
		for _, m := range ents {
			if code, ok := entityCode(m); ok && imposes(s, m) {
				imposers = append(imposers, code)
			}
		}
		for _, m := range ents {
			if code, ok := entityCode(m); ok && code != jurisdiction && !slices.Contains(imposers, code) {
				target = code
			}
		}
	}
	if target == "" {
		if code := st.entityBefore(s.start); code != jurisdiction && !slices.Contains(imposers, code) {
			target = code
		}
	}
	if jurisdiction == "" {
		jurisdiction = subjectBefore(s, ents, verb, target)
	} else if owned && verb >= 0 && verb < noun.first {
		// "Switzerland adopted the EU's sanctions against Russia": the measures are the verb's
		// object, and whoever adopts them imposes them in its own law
		if subject := subjectBefore(s, ents, verb, target); subject != "" {
			jurisdiction = subject
		}
	}
	return jurisdiction, target
}

// imposes reports a name that is the subject of a verb of imposing sanctions in the active
// voice right after it, whose object is sanctions: "the EU adopted its first package of
// sanctions", "Washington has imposed new sanctions", "the EU then adopted sanctions"; not
// "Russia introduced capital controls", "Venezuela lifted fuel subsidies".
func imposes(s *sentence, m match) bool {
	i := m.last + 1
	for i < len(s.words) && s.words[i].tag == tagAdv && s.words[i].vg < 0 {
		i++
	}
	if i >= len(s.words) {
		return false
	}
	g := s.words[i].vg
	if g < 0 || s.vgs[g].first != i || s.vgs[g].passive {
		return false
	}
	verb := false
	for j := i; j <= s.vgs[g].last; j++ {
		if c, ok := s.cueAt(j); ok && c.categories&catSanctionVerb != 0 {
			verb = true
		}
	}
	if !verb {
		return false
	}
	// the object: a noun phrase of sanctions, or one joined to it by "of" ("its first
	// package of sanctions"), before any other word
	for j := s.vgs[g].last + 1; j < len(s.words) && j <= s.vgs[g].last+8; j++ {
		if w := &s.words[j]; w.np < 0 && w.fig < 0 && w.lower != "of" && w.lower != "than" && w.tag != tagAdj && w.tag != tagAdv {
			return false // (a count is part of it: "more than 500 new sanctions")
		}
		if c, ok := s.cueAt(j); ok && c.categories&(catSanctions|catSanctionsRef) != 0 {
			return true
		}
		if measureSetNoun(s.words[j].lower) && s.namesSanctions() {
			return true // "... sanctions ..., and the EU adopted its 13th package on February 23, 2024"; "a new round ..., a year after the first sanctions"
		}
	}
	return false
}

// measureSetNoun reports a noun of a set of measures: "its 13th package", "a new round".
func measureSetNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "package", "round", "tranche":
		return true
	}
	return false
}

// namesSanctions reports a noun of sanctions in s.
func (s *sentence) namesSanctions() bool {
	for _, m := range s.cues {
		if m.categories&catSanctions != 0 {
			return true
		}
	}
	return false
}

// subjectBefore returns the entity named last before the verb at token verb, other than the
// target, when no preposition puts it in another role ("In Russia, ...", "against Moscow").
func subjectBefore(s *sentence, ents []match, verb int, target string) string {
	// the names of a list before the verb are its subjects together ("The EU, the UK and the
	// US imposed"), when "and" closes the list; else the last name is
	var list []string
	closed, last := false, -1
	for _, m := range ents {
		if m.last >= verb {
			break
		}
		code, ok := entityCode(m)
		if !ok || code == target {
			continue
		}
		if m.first > 0 {
			switch s.toks[m.first-1].lower {
			case "in", "on", "against", "for", "of", "to", "with", "from", "over", "targeting":
				continue
			}
		}
		if listed, and := listedAfter(s, last, m.first); len(list) > 0 && listed {
			list, closed = append(list, code), closed || and
		} else {
			list, closed = append(list[:0], code), false
		}
		last = m.last
	}
	switch {
	case len(list) == 0:
		return ""
	case !closed:
		return list[len(list)-1]
	}
	subject := list[0]
	for _, code := range list[1:] {
		subject = joinJurisdictions(subject, code)
	}
	return subject
}

// possessorOfMeasures reports a name that owns a set of sanctions: "the EU's 16th package of
// sanctions", "Washington's latest round of sanctions". The words between the possessive and
// the noun make one phrase that ends in "of".
func possessorOfMeasures(s *sentence, m, noun match) bool {
	at := m.last + 1
	if at >= noun.first || s.toks[at].lower != "'s" || s.toks[noun.first-1].lower != "of" || noun.first-at > 5 {
		return false
	}
	for i := at + 1; i < noun.first; i++ {
		if s.toks[i].punct || s.words[i].vg >= 0 {
			return false
		}
	}
	return true
}

func isTargetPrep(s *sentence, from, to int) bool {
	for i := from; i < to; i++ {
		switch s.toks[i].lower {
		case "against", "on", "targeting", "over":
			return true
		}
	}
	return false
}

// sanctionsBefore reports sanctions named in the sentence before s, which "the restrictions"
// and "the measures" then refer to.
func (st *articleState) sanctionsBefore(s *sentence) bool {
	start, end, ok := st.sentenceBeforeAt(s.start)
	if !ok {
		return false
	}
	before := strings.ToLower(st.art.Text[start:end])
	return strings.Contains(before, "sanction") || strings.Contains(before, "embargo")
}

// sentenceBeforeAt returns the bounds of the sentence before the one that starts at start, if
// there is one.
func (st *articleState) sentenceBeforeAt(start int) (int, int, bool) {
	text := st.art.Text
	i := start - 1
	for i > 0 && isSpaceByte(text[i]) {
		i--
	}
	if i <= 0 {
		return 0, 0, false
	}
	from, to := st.lex.sentenceBounds(text, i)
	return from, to, true
}

// mayNameSanctions is a cheap test of the sentence text[start:end] before it is read for
// sanctionNoun, which most sentences with a date in an article about sanctions fail: it is
// false only when neither the sentence names sanctions by a word of the lexicon's sanctions
// nouns ("sanctions", "embargo", "restrictive measures", in any case and form), nor the
// sentence before names them as sanctionsBefore reads it, for the nouns that refer back ("the
// restrictions"). A typing slip is no concern: the sanctions nouns are no slip words (the
// tests keep it so). A capital İ or Kelvin sign, which lower to ASCII letters, makes it true.
// stems are the text's sanctionStems.
func (st *articleState) mayNameSanctions(stems []sanctionStem, start, end int) bool {
	k, _ := slices.BinarySearchFunc(stems, start, func(m sanctionStem, at int) int { return cmp.Compare(m.at, at) })
	for j := k; j < len(stems) && stems[j].at < end; j++ {
		if stems[j].end <= end {
			return true
		}
	}
	// the sentence before, looked for only when a stem that counts there stands before this one
	before := false
	for j := k - 1; j >= 0 && !before; j-- {
		before = !stems[j].restrictive
	}
	if !before {
		return false
	}
	from, to, ok := st.sentenceBeforeAt(start)
	if !ok {
		return false
	}
	k, _ = slices.BinarySearchFunc(stems[:k], from, func(m sanctionStem, at int) int { return cmp.Compare(m.at, at) })
	for j := k; j < len(stems) && stems[j].at < to; j++ {
		if !stems[j].restrictive && stems[j].end <= to {
			return true
		}
	}
	return false
}

// sanctionStem is a place of text[at:end] where mayNameSanctions finds sanctions named:
// "sanction" or "embargo" in any case of their ASCII letters, "restrictive" (which counts in
// the sentence itself only), or a rune past ASCII that lowers to an ASCII letter.
type sanctionStem struct {
	at, end     int
	restrictive bool
}

// sanctionStems returns the sanctionStems of text in order, read eight bytes at a time: only
// a "ct" or a "ba" in any case is looked at more closely.
func sanctionStems(text string) []sanctionStem {
	var out []sanctionStem
	add := func(at int, word string) {
		if foldedAt(text, at, word) {
			out = append(out, sanctionStem{at: at, end: at + len(word), restrictive: word == "restrictive"})
		}
	}
	// at looks at the pair at text[i:i+2], "ct" or "ba" in some case
	at := func(i int) {
		if text[i]|0x20 == 'c' { // (only 'C' and 'c' fold to 'c', and so on for letters)
			add(i-3, "sanction")
			add(i-6, "restrictive")
		} else {
			add(i-2, "embargo")
		}
	}
	const lows = 0x0101010101010101
	i := 0
	for ; i+9 <= len(text); i += 8 {
		x, next := ascii.Load8(text, i)|0x20*lows, ascii.Load8(text, i+1)|0x20*lows
		m := ascii.RangeBytes(x, 'c', 'c')&ascii.RangeBytes(next, 't', 't') | ascii.RangeBytes(x, 'b', 'b')&ascii.RangeBytes(next, 'a', 'a')
		for ; m != 0; m &= m - 1 {
			at(i + ascii.FirstByte(m))
		}
	}
	for ; i+1 < len(text); i++ {
		if c, n := text[i]|0x20, text[i+1]|0x20; c == 'c' && n == 't' || c == 'b' && n == 'a' {
			at(i)
		}
	}
	// the runes that lower to ASCII letters, in order among the stems
	for _, r := range []string{"\u0130", "\u212a"} {
		for j := strings.Index(text, r); j >= 0; {
			out = append(out, sanctionStem{at: j, end: j + len(r)})
			k := strings.Index(text[j+len(r):], r)
			if k < 0 {
				break
			}
			j += len(r) + k
		}
	}
	if !slices.IsSortedFunc(out, func(a, b sanctionStem) int { return cmp.Compare(a.at, b.at) }) {
		slices.SortFunc(out, func(a, b sanctionStem) int { return cmp.Compare(a.at, b.at) })
	}
	return out
}

// foldedAt reports whether text[at:] starts with word, a word of lower-case ASCII letters, in
// any case.
func foldedAt(text string, at int, word string) bool {
	if at < 0 || at+len(word) > len(text) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if text[at+j]|0x20 != word[j] {
			return false
		}
	}
	return true
}

// hasSanctionWord is a cheap test that spares the date scan in articles without sanctions. An
// article about sanctions names them in its body, in lower case, whatever its headline does.
//
// It stops only at a "ct" or a "ba", rare pairs of "sanction" and "embargo" (ascii.IndexPairs,
// 32 bytes a compare where the machine can): a search for either whole word would stop at
// every "a" or "m", and a search for the letter 'c', then 'b', reads the text twice with a
// call and a test at every one (one word in three has one).
func hasSanctionWord(text string) bool {
	for i := 0; ; i++ {
		at := ascii.IndexPairs(text[i:], 'c', 't', 'b', 'a')
		if at < 0 {
			return false
		}
		i += at
		if sanctionWordAt(text, i) {
			return true
		}
	}
}

// sanctionWordAt reports whether "anction" or "mbargo" stands around text[i], as its 'c' or
// its 'b'.
func sanctionWordAt(text string, i int) bool {
	switch text[i] {
	case 'c':
		return i >= 2 && i+5 <= len(text) && text[i-2:i+5] == "anction"
	case 'b':
		return i >= 1 && i+5 <= len(text) && text[i-1:i+5] == "mbargo"
	}
	return false
}
