package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// A figure the article reports someone as saying, and that the article itself gives another
// value for, is the speaker's, not the article's: "A senator said this week that the economy
// shrank 1% last year. Is that correct? GOVERNOR: No. The economy grew 0.6% in 2025" (blind
// round 31), "the business secretary said Britain \"grew faster than France, Germany and Italy
// last year, at 1.6%\" ... But the UK's growth rate was 1.4%, not 1.6%." (blind round 34). A
// reader takes the article's own figure as what it claims, and the quoted one as what it
// reports and answers; judged as the article's, the quoted figure was a false alarm whenever
// the article had it right.
//
// The two figures must measure the same: the same country, indicator, period and unit, both
// outturns stated as exact, one reported (a verb of saying or claiming governs it, or a
// speaker's tag or "according to" frames it) and one not, where a figure that cites an office
// ("Rosstat said") or data ("according to the latest figures") is the article's own, not a
// speaker's; and values that no rounding of either reconciles. And the text must set the one
// against the other, as a reader hears it: wire copy reports an office's figure with "the
// bureau said" and gives another rate of the same month after it (the unadjusted one,
// "Unadjusted, ... the rate eased to 9.0 pct"), which answers nothing. So the article's figure
// answers a reported one only when it comes as a correction: its sentence opens with one ("But
// ...", "In fact ...", "Actually ...", "No, ..."), or says "not" of the reported figure ("1.4%,
// not 1.6%"), or a question or a word of falsity stands between the two ("Is that correct?",
// "No.", "That is false."). A speaker's figure after the article's is answered by it when its
// sentence calls it false ("a figure economists dismissed as unfounded"); "A blog claimed ..."
// alone reports a claim beside the article's figure, and the claim is judged. Both
// are within contradictionReach bytes: an answer follows its claim within a few paragraphs.
// The reported figure is dropped; the article's stays and is judged. Figures that agree,
// forecasts, estimates the text says were revised (Superseded), figures of part of a period
// and figures given as approximate are left alone: they may all be right together.
//
// Dropping a figure can lose a catch but cannot raise a false alarm; it is done only where
// the article states a figure of its own for the very measure, as a correction.

// contradictionReach bounds the bytes between a reported figure and the article's own figure
// that answers it.
const contradictionReach = 2000

// saidRing is the number of recent claims kept for contradictions.
const saidRing = 8

// saidClaim is what contradictions need of a claim made: what it measures, the span its value
// stands for, where it and its sentence are, and whether it is reported. (The fields, not a
// hash of them: most claims meet no claim of the other kind, and are not compared at all.)
type saidClaim struct {
	entity, indicator, period, unit, basis string
	lo, hi                                 float64
	value                                  float64 // as stated, for an answer's "not 1.6%"
	start                                  int
	// sentStart and sentEnd are its sentence's
	sentStart, sentEnd int
	reported           bool
	// calledFalse is a reported figure whose own sentence calls it false ("a claim economists
	// dismissed"): an answer after it needs no other sign of correction.
	calledFalse bool
	dropped     bool
}

// saidClaims are the last claims of an article that may contradict one another.
type saidClaims struct {
	ring [saidRing]saidClaim
	n    int // claims pushed in all
	// reported is how many of the ring's claims are reported: with none, a claim the
	// article states answers nothing, and most texts report no figure.
	reported int
}

// contradictable reports a claim that may answer, or be answered by, another: an exact
// outturn of a known measure, country and period.
func contradictable(c *Claim) bool {
	return c.Entity != "" && c.Indicator != "" && c.Period != "" && c.Kind == KindActual && !c.Superseded && !c.SoFar &&
		(c.Qualifier == "" || c.Qualifier == "exact") && c.Unit != "" && !strings.HasPrefix(c.Indicator, "sanctions")
}

// sameMeasure reports a claim of e's country, indicator, period and unit.
func (e *saidClaim) sameMeasure(c *Claim) bool {
	return e.entity == c.Entity && e.indicator == c.Indicator && e.period == c.Period && e.unit == c.Unit
}

// valueSpan returns the values a claim's figure stands for, its rounding included.
func valueSpan(c *Claim) (lo, hi float64) {
	lo, hi = c.Value, c.Value
	if c.ValueMax != nil {
		hi = *c.ValueMax
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo - c.Step/2, hi + c.Step/2
}

// contradiction reads claim c, made of figure k of s, against the claims made before it. It
// returns drop true when c is a reported figure that an earlier figure of the article
// answers, and else the start of an earlier reported claim that c answers (-1: none), which
// the caller removes once c is taken in.
func (st *articleState) contradiction(s *sentence, k int, c *Claim) (drop bool, answered int) {
	answered = -1
	if !contradictable(c) {
		return false, -1
	}
	reported := s.marked(markReport) && c.Source == "" && !s.accordingToData() && (s.reportedFigure(s.qFirst[k]) || s.reportedAfter(s.qFirst[k]))
	if s.marked(markFalsity) && c.Source == "" && s.claimCalledFalse(k) {
		// "A listener email insists Japan's inflation was 5% in 2024; Mara explains why
		// that's wrong", "The senator falsely claimed the economy shrank 1%": the article
		// says the figure is wrong, and states none of it as its own (blind round 49)
		return true, -1
	}
	lo, hi := valueSpan(c)
	said := &st.said
	for i := 1; i <= min(said.n, saidRing) && (reported || said.reported > 0); i++ {
		e := &said.ring[(said.n-i)%saidRing]
		if e.start < c.Start-contradictionReach {
			break
		}
		if e.reported == reported || e.dropped || !e.sameMeasure(c) || !basesAgree(e.basis, c.Basis) {
			continue
		}
		const slack = 1e-9 // (the floats of a decimal figure's ends)
		if e.hi+slack >= lo && hi+slack >= e.lo {
			continue // the two agree within their rounding
		}
		if reported {
			if s.marked(markFalsity) && s.callsFalse() {
				// "a figure economists dismissed as unfounded", "A senator falsely claimed the
				// economy shrank 1%", after the text's 0.6%; "A blog claimed ..." alone only
				// reports the claim beside the text's figure
				return true, -1
			}
			continue
		}
		if st.answersAsCorrection(e, s, c) {
			e.dropped = true
			answered = e.start
			break
		}
	}
	slot := &said.ring[said.n%saidRing]
	if said.n >= saidRing && slot.reported {
		said.reported--
	}
	if reported {
		said.reported++
	}
	*slot = saidClaim{entity: c.Entity, indicator: c.Indicator, period: c.Period, unit: c.Unit, basis: c.Basis,
		lo: lo, hi: hi, value: c.Value, start: c.Start, sentStart: s.start, sentEnd: s.end, reported: reported,
		calledFalse: reported && s.marked(markFalsity) && s.callsFalse()}
	said.n++
	return false, answered
}

// answersAsCorrection reports sentence s, which gives the article's own figure of the measure
// of reported claim e with another value, as a correction of it: it opens with a word of
// correction, says "not" of e's figure, or follows a question or a word of falsity after e's
// sentence (see above); unless it says "not" of e's figure, it names the period itself, as
// an answer does ("In fact, it grew 0.6% in 2025"; "In fact, the rate was 5.4%, the lowest in
// years" may be of now). A figure adjusted, or not, for the season or another effect is
// another rate of the period, whichever sentence says so.
func (st *articleState) answersAsCorrection(e *saidClaim, s *sentence, c *Claim) bool {
	text := st.art.Text
	if notOfFigure(text[s.start:s.end], e.value) {
		return true // "the UK's growth rate was 1.4%, not 1.6%"
	}
	if next := text[s.end:min(len(text), s.end+300)]; figureDenied(text[s.start:s.end], e.value) || figureDenied(firstSentenceOf(next), e.value) {
		// "... put 2025 growth at 5.0%. You can doubt them, but "2%" is not the official
		// number." (blind round 49)
		return true
	}
	var buf [3]string
	ws := wordsFrom(text, afterTurnLabel(text, s.start), buf[:0], true)
	official := officialFigureOpens(ws)
	if !s.statesPeriod(c.Period) && !(official && onlySpaces(text[e.sentEnd:s.start])) {
		// "In fact, the unemployment rate was 5.4%, the lowest in years": a rate of now,
		// perhaps, not of the claim's year; but "The official figure is 219.9%" right after
		// the claim is of the claim's
		return false
	}
	if strings.Contains(text[e.sentStart:e.sentEnd], "adjusted") || strings.Contains(text[s.start:s.end], "adjusted") {
		// "the seasonally adjusted rate rose to 8.2 pct, the bureau said. But unadjusted, ...
		// 9.1 pct": two rates of the month, not an answer
		return false
	}
	switch {
	case len(ws) == 0:
	case official, e.calledFalse:
		return true
	case ascii.EqualFoldAny(ws[0], "but", "however", "actually", "instead", "yet", "no"):
		return true
	case len(ws) >= 2 && ascii.EqualFold(ws[0], "in") && ascii.EqualFoldAny(ws[1], "fact", "reality", "truth"):
		return true
	}
	if e.sentEnd < s.start {
		return disputedBetween(text[e.sentEnd:s.start])
	}
	return false
}

// claimCalledFalse reports figure k, under a verb of saying or claiming before it ("insists",
// "claims", "said"), whose own sentence calls the claim itself false: an adverb of falsity on
// the verb ("falsely claimed", "wrongly said"), or after the figure a clause that calls it so
// through a word that refers back ("why that's wrong", "which is untrue", "a claim that is
// false", "this is misleading"). A word of falsity about
// something else ("dismissing calls for rate cuts as wrong-headed") does not: the claim is
// judged.
func (s *sentence) claimCalledFalse(k int) bool {
	ws := s.words
	said := false // a verb of saying or claiming before the figure, in its clause
	for i := s.qFirst[k] - 1; i >= 0 && i >= s.qFirst[k]-8; i-- {
		if ws[i].fig >= 0 || ws[i].tag == tagPunct && ws[i].lower != "\"" {
			break
		}
		if falsityAdverbs[ws[i].lower] {
			return true // "falsely claimed"
		}
		said = said || (sayingWords[ws[i].lower] || reportVerbs[ws[i].lower]) && !(claimNouns[ws[i].lower] && ws[i].tag == tagNoun) // (not "jobless claims")
	}
	if !said {
		return false // "Inflation was 5%, which is wrong, the minister said" is the tag's to judge
	}
	for i := s.qLast[k] + 1; i < len(ws) && i <= s.qLast[k]+12; i++ {
		if ws[i].fig >= 0 {
			return false
		}
		switch ws[i].lower {
		case "false", "untrue", "incorrect", "wrong", "misleading", "inaccurate", "baseless", "unfounded", "groundless", "bogus", "nonsense":
		default:
			continue
		}
		if i+1 < len(ws) && ws[i+1].lower == "to" {
			continue // "it is wrong to call that low": of the act, not the claim
		}
		// the word that refers back, then at most a form of "be": "that's wrong", "which is false"
		j := i - 1
		if j > s.qLast[k] && (hasLemma(ws[j].lower, "be") || ws[j].lower == "'s") {
			j--
		}
		if j > s.qLast[k] {
			switch ws[j].lower {
			case "that", "this", "which", "it", "that's", "it's":
				return true
			}
		}
	}
	return false
}

// statesPeriod reports a date of the sentence's own that names period p ("in 2025", "last
// year"), rather than one the text before it lent.
func (s *sentence) statesPeriod(p string) bool {
	for i := range s.exprs {
		if s.exprs[i].Period == p {
			return true
		}
	}
	return false
}

// notOfFigure reports "not" before a figure of value v in sentence: "1.4%, not 1.6%".
func notOfFigure(sentence string, v float64) bool {
	for from := 0; ; {
		i := strings.Index(sentence[from:], "not ")
		if i < 0 {
			return false
		}
		i += from + len("not ")
		from = i
		j := i
		for j < len(sentence) && (sentence[j] >= '0' && sentence[j] <= '9' || sentence[j] == '.' && j > i) {
			j++
		}
		if f, err := strconv.ParseFloat(strings.TrimSuffix(sentence[i:j], "."), 64); err == nil && j > i && math.Abs(f-math.Abs(v)) < 1e-9 {
			return true
		}
	}
}

// figureDenied reports a figure of value v in sentence that the words after it deny: "2% is
// not the official number", "\"2%\" is wrong", "the 2% figure isn't right".
func figureDenied(sentence string, v float64) bool {
	for i := 0; i < len(sentence); i++ {
		if sentence[i] < '0' || sentence[i] > '9' || i > 0 && (sentence[i-1] >= '0' && sentence[i-1] <= '9' || sentence[i-1] == '.') {
			continue
		}
		j := i
		for j < len(sentence) && (sentence[j] >= '0' && sentence[j] <= '9' || sentence[j] == '.' && j+1 < len(sentence) && sentence[j+1] >= '0' && sentence[j+1] <= '9') {
			j++
		}
		f, err := strconv.ParseFloat(sentence[i:j], 64)
		if err != nil || math.Abs(f-math.Abs(v)) > 1e-9 {
			i = j
			continue
		}
		rest := strings.TrimLeft(sentence[j:], "% \"'’”")
		rest = strings.TrimPrefix(rest, "per cent")
		rest = strings.TrimPrefix(rest, "percent")
		rest = strings.TrimLeft(rest, " \"'’”")
		rest = strings.TrimPrefix(rest, "figure ")
		for _, denial := range []string{"is not", "isn't", "was not", "wasn't", "is wrong", "was wrong", "is false", "was false"} {
			if strings.HasPrefix(rest, denial) {
				return true
			}
		}
		i = j
	}
	return false
}

// firstSentenceOf returns text up to its first full stop, question or exclamation mark.
func firstSentenceOf(text string) string {
	if i := strings.IndexAny(text, ".?!"); i >= 0 {
		return text[:i+1]
	}
	return text
}

// officialFigureOpens reports the opening words of a sentence that sets the one official figure
// against a claim: "The official figure, confirmed by the World Bank, is 219.9%", "The actual
// rate was 4.0%". ("Official figures show ..." and "..., official figures show" cite evidence,
// as wire copy cites an office beside a speaker, and answer a claim only as a correction does.)
func officialFigureOpens(ws []string) bool {
	return len(ws) == 3 && ascii.EqualFold(ws[0], "the") && ascii.EqualFoldAny(ws[1], "official", "actual", "true", "correct") &&
		ascii.EqualFoldAny(ws[2], "figure", "rate", "number", "reading", "count")
}

// onlySpaces reports text of white space alone: two sentences with nothing between them.
func onlySpaces(text string) bool {
	return strings.TrimSpace(text) == ""
}

// disputedBetween reports text between a reported figure's sentence and an answer that
// disputes the figure: a question ("Is that correct?", "True?"), a bare "No", or a word of
// falsity ("That is false.").
func disputedBetween(between string) bool {
	if strings.IndexByte(between, '?') >= 0 {
		return true
	}
	words := strings.FieldsFunc(between, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for i, w := range words {
		switch strings.ToLower(w) {
		case "false", "untrue", "wrong", "incorrect", "misleading", "inaccurate":
			return true
		case "no":
			if i == len(words)-1 || strings.Contains(between, w+".") || strings.Contains(between, w+",") {
				return true // "No." (a "no" in a sentence, "no longer", is none)
			}
		}
	}
	return false
}

// callsFalse reports a sentence with a word that calls something false ("unfounded",
// "falsely", "wrong") or rejects it ("dismissed", "disputed"); markFalsity's words of claiming
// and evidence do not.
func (s *sentence) callsFalse() bool {
	for i := range s.words {
		switch s.words[i].lower {
		case "false", "untrue", "incorrect", "wrong", "misleading", "inaccurate", "baseless", "unfounded",
			"groundless", "bogus", "fake", "nonsense", "rubbish", "falsely", "wrongly", "incorrectly", "mistakenly", "misleadingly",
			"erroneously", "inaccurately", "dismissed", "disputed", "debunked", "refuted", "disproved", "rejected":
			return true // (the last six: "a claim economists dismissed")
		}
	}
	return false
}

// accordingToData reports a sentence that gives its source as data, not as a speaker:
// "according to the latest figures", "according to official data". (A figure that cites an
// office or agency has its Source; neither is a speaker whose claim the article answers.)
func (s *sentence) accordingToData() bool {
	ws := s.words
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].lower != "according" || ws[i+1].lower != "to" {
			continue
		}
		for j := i + 2; j < len(ws) && j <= i+5; j++ {
			if dataNouns[ws[j].lower] {
				return true
			}
		}
	}
	return false
}

// basesAgree reports two claims' bases that may be of one rate: equal, or one not stated.
func basesAgree(a, b string) bool {
	return a == b || a == BasisUnknown || b == BasisUnknown || a == "" || b == ""
}

// removeAnswered removes from claims the reported claim that starts at start, made since the
// claims were last handed over (a sink looks at them once they are: it keeps their places).
// The slot freed at the end is zeroed, as the room past the claims' end must be.
func (st *articleState) removeAnswered(claims []Claim, start int) []Claim {
	from := 0
	if st.sink != nil {
		from = st.sink.seen
	}
	for i := len(claims) - 1; i >= from; i-- {
		if claims[i].Start == start && claims[i].Kind == KindActual {
			copy(claims[i:], claims[i+1:])
			claims[len(claims)-1] = Claim{}
			return claims[:len(claims)-1]
		}
		if claims[i].Start < start {
			break
		}
	}
	return claims
}
