package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// A figure the sentence rejects states nothing of what was: "did not grow 3%" (negated, in
// complete.go) and, here, the other ways English denies a figure. Each is read from the
// structure around the figure, not from a distance:
//   - a verb whose infinitive or gerund it governs is not done: a negative implicative
//     ("failed to grow 2%", "was unable to return to 2% growth", "fell short of reaching 2%");
//   - "not" set straight before the figure, in apposition or contrast ("grew 1.1%, not 2% as
//     the minister claimed", "not the 2% ...", "grew not 2% but 3%");
//   - a that-clause a negated predicate of truth governs ("It is not true that ... grew 3%",
//     "It is not the case that", "It is false that");
//   - a claim a predicate of falsity governs, as fact-checkers write their rebuttals: a
//     that-clause or "to say" under an adjective of falsity ("It is incorrect to say that",
//     "It is misleading to say"), "no evidence that", a verb of saying under an adverb of
//     falsity ("falsely states that", "wrongly claimed"), and a claim noun or a gerund of
//     claiming whose phrase is called false before or after ("We rate the claim that ...
//     False", "found no basis for the claim that", "The claim that ... is wrong", "Posts
//     claiming ... are false"). The quoted figure is the claim rebutted, not the article's.
//     "It is true that", "It is correct to say", "The claim that ... is accurate" and reported
//     speech with no word of falsity ("Critics claimed that ...") keep their figure;
//   - a reported claim that its own sentence, after a dash or a semicolon, calls false as a
//     next sentence would ("A post claimed ... 40% in 2020 — this is false.", "...; that's not
//     true."; rebuttedAfterBreak, with the words of rebuttedAfter).
// A figure a yes/no question asks, or one the lines after it answer as false, is withdrawn
// once its claim is read (withdrawnClaim).
// "not only grew 2%", "not far from 2%" and "not more than 2%" keep the figure: there "not"
// does not stand straight before it.

// deniedFigure reports a figure k the sentence rejects in one of these ways.
func (s *sentence) deniedFigure(k int) bool {
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	return s.notBefore(first) || s.implicativeBefore(first) || s.untrueThat(first) || s.rebutted(first) ||
		s.rebuttedAfterBreak(first)
}

// notBefore reports "not", outside any verb group, right before the figure at word first, or
// before its determiner: "..., not 2% as claimed", "not the 2% the minister claimed".
func (s *sentence) notBefore(first int) bool {
	i := first - 1
	if i >= 0 && s.words[i].tag == tagDet {
		i--
	}
	return i >= 0 && s.words[i].lower == "not" && s.words[i].vg < 0
}

// implicativeBefore reports a figure at word first in the complement of a negative
// implicative verb in its clause: the verb group it stands after is an infinitive (or there is
// none) and "to" follows "fail", "failure" or "unable" ("failed to grow 2%", "was unable to
// grow 2%", "unable to return to 2% growth"), or "short of" comes before a gerund ("fell short
// of reaching 2%"). A finite verb between them ends the search: "After failing to grow in
// 2023, the economy grew 1.1%" states the 1.1%.
func (s *sentence) implicativeBefore(first int) bool {
	if !s.marked(markDenial) { // (most sentences: a figure's clause is not walked for nothing)
		return false
	}
	from, _ := s.clauseOf(first)
	ws := s.words
	for i := first - 1; i >= from; i-- {
		w := &ws[i]
		switch w.lower {
		case "to":
			if i > from && (ws[i-1].lower == "unable" || ws[i-1].hasLemma("fail") || ws[i-1].hasLemma("failure")) {
				return true
			}
		case "of":
			if i > from && ws[i-1].lower == "short" && i+1 < first && hasSuffixIng(ws[i+1].lower) {
				return true
			}
		}
		if g := w.vg; g >= 0 && s.vgs[g].last == i && !s.vgs[g].infinitive && (s.finite(g) || !s.gerundOfPrep(g)) {
			// the figure's own verb, unless the negative implicative is inside its group
			// ("failed to grow" is one group): the words before are looked at up to its first
			for j := i - 1; j >= s.vgs[g].first; j-- {
				if ws[j].lower == "to" && j > s.vgs[g].first && ws[j-1].hasLemma("fail") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// gerundOfPrep reports a verb group that is the object of a preposition ("short of reaching
// 2%"): a clause of its own ends the search otherwise, finite ("the economy grew 1.1%") or not
// ("failed to grow in 2023, shrinking 0.9%" states the 0.9%).
func (s *sentence) gerundOfPrep(g int) bool {
	f := s.vgs[g].first
	return f > 0 && s.words[f-1].tag == tagPrep
}

// hasSuffixIng reports a word in -ing of more than the ending ("reaching", not "king").
func hasSuffixIng(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}

// untrueThat reports a figure at word first in a that-clause that a negated predicate of
// truth governs: "It is not true that", "It isn't correct that", "It is not the case that",
// "It is false that", "It is untrue that".
func (s *sentence) untrueThat(first int) bool {
	if !s.marked(markThat) {
		return false
	}
	from, _ := s.clauseOf(first)
	ws := s.words
	for i := first - 1; i > from; i-- {
		if ws[i].lower != "that" {
			continue
		}
		j := i - 1
		switch ws[j].lower {
		case "untrue", "false":
			return true
		case "case":
			if j-1 < from || ws[j-1].lower != "the" {
				return false
			}
			j--
		case "true", "correct", "accurate":
		default:
			return false
		}
		for n := j - 1; n >= from && n >= j-2; n-- {
			if ws[n].tag == tagNeg || ws[n].lower == "'t" || ws[n].lower == "’t" { // ("isn't" is "isn" and "'t")
				return true
			}
		}
		return false
	}
	return false
}

// rebutted reports a figure at word first inside a claim a predicate of falsity governs (see
// deniedFigure). The claim opens at the nearest "that" or verb of saying before the figure in
// its clause; the word that governs it (the word before "that", or the verb) decides.
func (s *sentence) rebutted(first int) bool {
	if !s.marked(markFalsity) {
		return false
	}
	from, to := s.clauseOf(first)
	ws := s.words
	h := -1 // the word that governs the claim
	for i := first - 1; i >= from; i-- {
		if ws[i].lower == "that" {
			h = i - 1
			for h > from && (ws[h].date >= 0 || ws[h].tag == tagAdv) {
				h-- // past a date or an adverb: "claimed last week that", "claimed repeatedly that"
			}
			break
		}
		if sayingWords[ws[i].lower] && ws[i+1].tag != tagPunct {
			h = i
			break
		}
	}
	if h < from {
		return false
	}
	if !claimNouns[ws[h].lower] && !reportNouns[ws[h].lower] && ws[h].tag == tagNoun {
		// past a phrase on a report noun before "that": "Reports in the Bild newspaper that"
		for j := h - 1; j >= from && j >= h-6; j-- {
			if reportNouns[ws[j].lower] && ws[j+1].tag == tagPrep {
				h = j
				break
			}
			if ws[j].tag == tagPunct || ws[j].vg >= 0 {
				break
			}
		}
	}
	w := ws[h].lower
	switch {
	case falseWords[w] && !s.notAt(h-1):
		return true // "It is false that", "It is incorrect that"
	case evidenceWords[w]:
		return h-1 >= from && ws[h-1].lower == "no" || h-2 >= from && ws[h-2].lower == "no" // "no (hard) evidence that"
	case sayingWords[w]:
		if h-2 >= from && ws[h-1].lower == "to" && falseWords[ws[h-2].lower] && !s.notAt(h-3) {
			return true // "It is incorrect to say that", "It is misleading to say"
		}
		if h-1 >= from && falsityAdverbs[ws[h-1].lower] {
			return true // "falsely states that", "wrongly claimed"
		}
	}
	// a claim noun, or a gerund of claiming after a noun: "the claim that", "posts claiming".
	// A claim noun with no "that" heads a claim only when a clause follows it, not its own
	// verb: "the claim Canada's inflation was 10%", not "Jobless claims rose as ..." or
	// "insurance claims fell" (a measure, the subject of its verb).
	noun := claimNouns[w] && ws[h].vg < 0 && (h+1 >= len(ws) || ws[h+1].vg < 0 || ws[h+1].lower == "that") ||
		hasSuffixIng(w) && sayingWords[w] ||
		// "Reports that ... were dismissed", "An earlier government estimate that", "Reports in
		// the Bild newspaper that" (the tagger reads some as verbs)
		reportNouns[w] && (ws[h].vg < 0 || h == from || h > from && nominalTags&(1<<ws[h-1].tag) != 0 || ws[h+1].tag == tagPrep)
	if claimNouns[w] && ws[h].vg < 0 && !noun {
		return false
	}
	if !noun && !sayingWords[w] {
		return false
	}
	// called false before it: "rated as False the claim that", "found no basis for the claim"
	rating := false
	for i := from; i < h; i++ {
		v := ws[i].lower
		if falseWords[v] && !s.notAt(i-1) || evidenceWords[v] && i > from && ws[i-1].lower == "no" {
			return true
		}
		rating = rating || ratingVerbs[v]
	}
	// called false by a relative clause on the claim: "claimed that unemployment was 50% in
	// 2024, which is incorrect"
	// ("which is wrong to ignore" judges an act, not the claim)
	if k := to + 1; k+2 < len(ws) && ws[k].lower == "which" && copulas[ws[k+1].lower] {
		f := k + 2
		if ws[f].tag == tagAdv && f+1 < len(ws) {
			f++
		}
		if falseWords[ws[f].lower] && (f+1 >= len(ws) || ws[f+1].lower != "to") {
			return true
		}
	}
	// what is claimed, answered by the data in a clause of contrast: "Social media users claim
	// Canada's inflation was 10%, but official data show 2.4%" ("said" does not doubt what it
	// reports: "The ONS said ..., but figures show wages ..." keeps its figure)
	if claimVerbs[w] && s.dataContradict(to+1) {
		return true
	}
	if (claimVerbs[w] || sayingWords[w]) && s.figureCalledOverstated(first) {
		return true
	}
	// or by a clause of correction: "she asserts that Japan's economy grew by 4 percent in
	// 1998, when in fact it shrank" (blind round 69)
	if (claimVerbs[w] || sayingWords[w]) && s.correctedInFact(to+1) {
		return true
	}
	if !noun {
		return false // what a speaker says runs to the clause's end: "said that it was 3% and the rest was wrong"
	}
	// called false after it, as the predicate of the claim's phrase: "The claim that ... is
	// wrong", "Posts claiming ... are false", "We rate the claim that ... False"
	for i := first + 1; i <= to; i++ {
		w := ws[i].lower
		rejected := rejectedWords[w] && ws[i].past
		tooFar := (w == "pessimistic" || w == "optimistic") && ws[i-1].lower == "too"
		if !falseWords[w] && !rejected && !tooFar {
			continue
		}
		j := i - 1
		if tooFar {
			j-- // "proved too pessimistic"
		}
		if ws[j].tag == tagAdv && j > first {
			j-- // "is simply false"
		}
		if rating || copulas[ws[j].lower] || provedWords[ws[j].lower] {
			// "The claim that ... is wrong", "Reports that ... were dismissed by the
			// statistics office", "An earlier estimate that ... proved too pessimistic"
			return true
		}
	}
	return false
}

// reportNouns head a report or an estimate whose content a clause after "that" gives; unlike a
// claim noun, one calls its content false only by a predicate after it (blind round 109: "Reports
// in the Bild newspaper that the economy had contracted by as much as 4 per cent were dismissed
// by the statistics office as \"pure speculation\"", "An earlier government estimate that the
// economy had contracted by as much as 7 percent proved too pessimistic", both judged as the
// article's figures).
var reportNouns = map[string]bool{"report": true, "reports": true, "estimate": true, "estimates": true,
	"speculation": true, "story": true, "stories": true}

// rejectedWords are the participles of rejecting a claim, after a form of "be": "were dismissed",
// "was denied".
var rejectedWords = map[string]bool{"dismissed": true, "denied": true, "rejected": true, "refuted": true,
	"debunked": true, "disproved": true, "disputed": true}

// provedWords link a claim to what it turned out to be: "proved wrong", "proved too pessimistic".
var provedWords = map[string]bool{"proved": true, "proven": true, "prove": true, "proves": true}

// figureCalledOverstated reports an apposition after the figure at word first that says it
// misstates: "Some politicians still claim the Indonesian economy shrank 20% that year, a
// figure that overstates the official decline" (blind round 121), "..., a number that
// exaggerates the slump".
func (s *sentence) figureCalledOverstated(first int) bool {
	ws := s.words
	for i := first + 1; i+4 < len(ws); i++ {
		if ws[i].fig >= 0 && ws[i].fig != ws[first].fig {
			return false // another figure's clause (and a list of figures costs one look each)
		}
		if ws[i].lower != "," {
			continue
		}
		j := i + 1
		if ws[j].lower != "a" && ws[j].lower != "the" && ws[j].lower != "which" {
			continue
		}
		if ws[j].lower != "which" {
			if h := ws[j+1].lower; h != "figure" && h != "number" && h != "claim" && h != "estimate" || ws[j+2].lower != "that" && ws[j+2].lower != "which" {
				continue
			}
			j += 2
		}
		switch ws[j+1].lower {
		case "overstates", "overstated", "exaggerates", "exaggerated", "understates", "understated", "inflates", "misstates", "misrepresents":
			return true
		}
	}
	return false
}

// correctedInFact reports a clause at word i, after a comma, that opens with "when", "while",
// "whereas" or "but" and then "in fact", "in reality" or "actually": it says the claim before
// it is not so.
func (s *sentence) correctedInFact(i int) bool {
	ws := s.words
	if i < len(ws) && ws[i].lower == "," {
		i++
	}
	if i+1 >= len(ws) {
		return false
	}
	switch ws[i].lower {
	case "when", "while", "whereas", "but":
	default:
		return false
	}
	next := ""
	if i+2 < len(ws) {
		next = ws[i+2].lower
	}
	return factAdverb(ws[i+1].lower, next)
}

// factAdverb reports "actually", or "in fact" or "in reality" as the words a and b (lower
// case): what sets a correction against the claim before it, in its own sentence
// (correctedInFact) or in the next (correctionOpening).
func factAdverb(a, b string) bool {
	return a == "actually" || a == "in" && (b == "fact" || b == "reality")
}

// dataContradict reports a clause at word i that opens with "but" and whose subject is data
// that show otherwise, or an office or a body that reports otherwise: "but official data show
// 2.4%", "but ONS figures put it at 3.3%", "but the Central Statistics Office reported growth
// of 1.4%" (blind round 64).
func (s *sentence) dataContradict(i int) bool {
	ws := s.words
	if i >= len(ws) || ws[i].lower != "but" {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+5; j++ {
		if dataNouns[ws[j].lower] && (j+1 >= len(ws) || ws[j+1].np != ws[j].np || ws[j].np < 0) {
			return j+1 < len(ws) && showVerbs[ws[j+1].lower] // (not "Statistics" in "the Central Statistics Office")
		}
		if (ws[j].inst >= 0 || institutionNoun(ws[j].lower)) && j+1 < len(ws) && ws[j+1].np != ws[j].np {
			// the body's name ends before its verb: "the Central Statistics Office reported"
			v := &ws[j+1]
			return sayingWords[v.lower] || reportVerbs[v.lower] || showVerbs[v.lower] || v.hasLemma("report") || v.hasLemma("publish") || v.hasLemma("estimate")
		}
	}
	return false
}

// notAt reports "not" or "n't" at word i: "It is not false that" keeps its claim.
func (s *sentence) notAt(i int) bool {
	return i >= 0 && (s.words[i].tag == tagNeg || s.words[i].lower == "'t" || s.words[i].lower == "’t")
}

// The words of rebutted. falseWords are also what markFalsity marks, with falsityAdverbs and
// evidenceWords.
var (
	falseWords = map[string]bool{"false": true, "untrue": true, "incorrect": true, "wrong": true,
		"misleading": true, "inaccurate": true, "baseless": true, "unfounded": true, "groundless": true,
		"bogus": true, "fake": true, "nonsense": true, "rubbish": true}
	falsityAdverbs = map[string]bool{"falsely": true, "wrongly": true, "incorrectly": true,
		"mistakenly": true, "misleadingly": true, "erroneously": true, "inaccurately": true}
	evidenceWords = map[string]bool{"evidence": true, "proof": true, "basis": true}
	sayingWords   = map[string]bool{"say": true, "says": true, "said": true, "saying": true,
		"claim": true, "claims": true, "claimed": true, "claiming": true, "state": true,
		"states": true, "stated": true, "stating": true, "allege": true, "alleges": true,
		"alleged": true, "alleging": true, "suggest": true, "suggests": true, "suggested": true,
		"suggesting": true, "assert": true, "asserts": true, "asserted": true, "asserting": true}
	claimNouns = map[string]bool{"claim": true, "claims": true, "assertion": true, "assertions": true,
		"allegation": true, "allegations": true, "suggestion": true, "suggestions": true,
		"rumour": true, "rumours": true, "rumor": true, "rumors": true, "contention": true}
	claimVerbs = map[string]bool{"claim": true, "claims": true, "claimed": true, "allege": true,
		"alleges": true, "alleged": true}
	dataNouns = map[string]bool{"data": true, "figures": true, "statistics": true, "numbers": true}
	showVerbs = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true,
		"put": true, "puts": true, "indicate": true, "indicated": true}
	ratingVerbs = map[string]bool{"rate": true, "rated": true, "rates": true, "rating": true}
	copulas     = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
		"been": true, "'s": true, "’s": true, "remains": true, "remain": true, "seems": true}
)

// A fact-checker quotes the claim in one sentence and rebuts it in the next: "Posts on social
// media claimed unemployment hit 40% in 2020. This is false." The claim's figure is no more the
// article's than in "The claim that ... is false". rebuttedAfter reads that by structure, in
// both sentences:
//   - the figure is reported speech: in its clause, the nearest "that" or verb of saying before
//     it hangs from a verb of saying or claiming ("claimed", "said that", "wrote") or a claim
//     noun ("the post's claim that"), or the sentence ends on one after a comma ("Unemployment
//     hit 40%, the post claimed.");
//   - the next sentence opens (after "But" or "However") with a subject that points back to it
//     ("This", "That", "It", "The claim", "That figure", "This statistic") and a copula whose
//     predicate is one of falsity, which ends the clause ("This is false.", "That is not
//     true.", "But that figure is wrong.", "This claim is misleading.", "That's not right:"),
//     or with "We rate this claim False".
//
// A predicate of truth ("This is true."), a judgement of something else ("That is not enough,
// unions say.", "This is the highest since 2010."), a predicate that goes on ("It is wrong to
// ...", "It is false that ...", "This is not true of Germany") and a figure the article states
// itself ("GDP grew 2%. This is false." has no speaker) keep their figure. "In fact, ..." is not
// read: it corrects as often as it insists ("In fact, it was the fastest since 2010"), and only
// the figures compared tell which.
//
// The next sentence is read from the article text, only as far as its first words; only a
// linked figure whose sentence is followed by one of the openings is looked at.
func (st *articleState) rebuttedAfter(s *sentence, k int) bool {
	text := st.art.Text
	j := nextSentenceStart(text, s.end)
	if j < 0 {
		return false
	}
	j = afterTurnLabel(text, j) // "Q: Some say Germany grew 1.5% last year.\nA: That's simply wrong."
	if j >= len(text) || !mayOpenRebuttal(text[j]) {
		return false
	}
	var buf [nextWordsMax]string
	next := sentenceWordsFrom(text, j, buf[:0])
	if !rebuttalOpening(next) && !correctedAfter(text, j, next) {
		return false
	}
	first := s.qFirst[k]
	return first >= 0 && (s.reportedFigure(first) || s.reportedAfter(first))
}

// selfCorrectedAfter reports a sentence a speaker takes back in the next one, which opens with
// an apology or a correction: "In France, the economy contracted by eight point three percent
// last year... sorry, that is the forecast for this year from the Banque de France" (blind
// round 184: a broadcast transcript, flagged as France's growth of 2019). What the sentence
// said is withdrawn, whatever it was.
func (st *articleState) selfCorrectedAfter(s *sentence) bool {
	// (once a sentence: every figure of it asks, and a run-on text is one sentence of thousands)
	if st.selfCorrected.end != s.end+1 {
		st.selfCorrected.end, st.selfCorrected.val = s.end+1, st.readSelfCorrectedAfter(s)
	}
	return st.selfCorrected.val
}

// readSelfCorrectedAfter is selfCorrectedAfter, worked out.
func (st *articleState) readSelfCorrectedAfter(s *sentence) bool {
	text := st.art.Text
	j, newlines := s.end, 0
	for j < len(text) && (text[j] == '.' || text[j] == ' ' || text[j] == '\n' || text[j] == '\t') {
		if text[j] == '\n' {
			newlines++ // (a paragraph after is no taking back)
		}
		j++ // (past an ellipsis the sentence ended in: "last year... sorry, that is")
	}
	if newlines > 1 || j == s.end && nextSentenceStart(text, s.end) < 0 {
		return false
	}
	for _, opening := range []string{"sorry", "correction", "pardon", "i'm sorry", "i’m sorry", "i beg your pardon"} {
		if len(text)-j <= len(opening) || !strings.EqualFold(text[j:j+len(opening)], opening) {
			continue
		}
		rest := text[j+len(opening):]
		if len(rest) == 0 || rest[0] != ',' && rest[0] != ':' && !strings.HasPrefix(rest, " —") && !strings.HasPrefix(rest, "—") {
			return false // (not "Sorry state of affairs")
		}
		// what follows points back at what was said: "sorry, that is the forecast", "sorry,
		// I meant 1.8%", "Correction: make that 2.1%"; not "Correction: An earlier version of
		// this article misspelled ...", "Sorry, but that is not good enough" (review)
		rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimLeft(rest, " "), "—"), ","), " :")
		var buf [4]string
		words := wordsFrom(rest, 0, buf[:0], false)
		if len(words) < 2 {
			return false
		}
		w0, w1 := strings.ToLower(words[0]), strings.ToLower(words[1])
		switch {
		case (w0 == "that" || w0 == "it") && (w1 == "is" || w1 == "was" || w1 == "should" || w1 == "figure"),
			w0 == "that's" || w0 == "it's" || w0 == "that’s" || w0 == "it’s",
			w0 == "i" && (w1 == "mean" || w1 == "meant"),
			w0 == "make" && w1 == "that":
			return true
		}
		return false
	}
	return false
}

// selfCorrectedWithin reports figure k followed in its sentence by a speaker's apology after a
// pause, which takes it back: "contracted by eight point three percent last year... sorry, that
// is the forecast" (the ellipsis does not end the sentence before a lower-case word).
func (s *sentence) selfCorrectedWithin(k int) bool {
	if !s.marked(markApology) {
		return false // most sentences: every figure asks
	}
	ws := s.words
	for i := s.qLast[k] + 1; i+1 < len(ws); i++ {
		if ws[i].lower != "sorry" && ws[i].lower != "correction" {
			continue
		}
		if p := ws[i-1].lower; (ws[i+1].lower == "," || ws[i+1].lower == ":") && (p == "." || p == "…" || p == "—" || p == "-" || p == "--") {
			return true
		}
	}
	return false
}

// afterTurnLabel returns where the words of a turn start after the label that opens it at
// offset j ("A: ", "ANSWER: ", "Dr Smith: "): up to three capitalised words and a colon. Else j.
func afterTurnLabel(text string, j int) int {
	words := 0
	for i := j; i < len(text) && i < j+32; i++ {
		c := text[i]
		switch {
		case c == ':':
			if words == 0 || i+1 >= len(text) || text[i+1] != ' ' && text[i+1] != '\t' {
				return j
			}
			k := i + 1
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			return k
		case c == ' ' || c == '.':
		case isLetterByte(c):
			if i == j || text[i-1] == ' ' {
				if c < 'A' || c > 'Z' || words == 3 {
					return j
				}
				words++
			}
		default:
			return j
		}
	}
	return j
}

// correctedAfter reports a bare "That's wrong." (next, the words of the sentence at offset j)
// that the sentence after it corrects with a figure ("That's simply wrong. It was 0.2%."): as
// a colon bringing the correction does ("That is wrong: it was 0.2%", rebuttalOpening), it
// calls the claim before false, where "That's wrong." alone judges as often what was done.
func correctedAfter(text string, j int, next []string) bool {
	n := len(next)
	if n < 3 || next[n-1] != "." || !ascii.EqualFold(next[n-2], "wrong") {
		return false
	}
	end := sentenceStopFrom(text, j)
	if end < 0 {
		return false
	}
	after := nextSentenceStart(text, end+1)
	if after < 0 {
		return false
	}
	after = afterTurnLabel(text, after)
	var buf [6]string
	words := wordsFrom(text, after, buf[:0], true)
	if !correctionOpening(words) {
		return false // "That's wrong. Unemployment was 4.4%.": another figure, not the correction
	}
	figure := false
	for i, w := range words {
		if w != "" && w[0] >= '0' && w[0] <= '9' && i+1 < len(words) && (words[i+1] == "%" || ascii.EqualFold(words[i+1], "percent") || ascii.EqualFold(words[i+1], "per")) {
			figure = true
			break
		}
	}
	if !figure {
		return false
	}
	var colon [nextWordsMax]string
	corrected := append(colon[:0], next[:n-1]...)
	return rebuttalOpening(append(corrected, ":"))
}

// correctionOpening reports the opening of a sentence that gives the figure a denial corrects:
// a pronoun for it ("It was 0.2%", "That was 0.2%"), "the real figure", "actually", "in fact".
func correctionOpening(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	first := strings.ToLower(ws[0])
	if factAdverb(first, strings.ToLower(ws[1])) {
		return true
	}
	switch first {
	case "it", "it's", "it’s", "that", "this":
		return true
	case "the":
		switch strings.ToLower(ws[1]) {
		case "real", "actual", "true", "correct", "right", "figure", "number":
			return true
		}
	}
	return false
}

// sentenceStopFrom returns the offset of the stop that ends the sentence starting at offset j
// (a full stop, not a decimal point), within 400 bytes, or -1.
func sentenceStopFrom(text string, j int) int {
	for i := j; i < len(text) && i < j+400; i++ {
		switch text[i] {
		case '!', '?':
			return i
		case '.':
			if i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
				continue // "0.2"
			}
			return i
		}
	}
	return -1
}

// rebuttedAfterBreak reports a reported figure at word first (see rebuttedAfter) whose own
// sentence goes on, after a semicolon or a dash, to call it false as a next sentence would: "A
// post claimed US unemployment hit 40% in 2020 — this is false.", "...; that's not true."
// Only a break within six words after the figure is read, where the claim's own complements
// ("in 2020") end: the words after a figure are not walked to the sentence's end, which in a
// run-on list of figures would cost its length for each.
func (s *sentence) rebuttedAfterBreak(first int) bool {
	if !s.marked(markBreak | markColon) {
		return false // (every claim asks, and most sentences have no break)
	}
	ws := s.words
	for i := first + 1; i <= first+6 && i < len(ws); i++ {
		if ws[i].tag != tagPunct {
			continue // (a tag's test first: every linked figure passes here)
		}
		switch ws[i].lower {
		case ";", "—", "–", "-":
		case ":":
			// a claim quoted to be debunked, as columns of myths set them out: "\"Italy grew
			// 2% last year\": no, 0.5%." (attack round 20)
			return s.debunkedQuote(i)
		default:
			continue
		}
		var buf [nextWordsMax]string
		next := buf[:0]
		for j := i + 1; j < len(ws) && len(next) < cap(next); j++ {
			next = append(next, ws[j].lower)
		}
		return rebuttalOpening(next) && (s.reportedFigure(first) || s.reportedAfter(first))
	}
	return false
}

// debunkedQuote reports a colon at word colon that closes a quotation opening the sentence and
// brings a denial: "no", "false", "wrong" or "untrue" and a break ("no, 0.5%", "False.").
func (s *sentence) debunkedQuote(colon int) bool {
	ws := s.words
	if colon < 2 || colon+2 >= len(ws) || !isQuoteWord(ws[colon-1].lower) || !isQuoteWord(ws[0].lower) {
		return false
	}
	switch ws[colon+1].lower {
	case "no", "false", "wrong", "untrue":
	default:
		return false
	}
	switch ws[colon+2].lower {
	case ",", ".", ";", "!", "—", "–":
		return true
	}
	return false
}

// nextWordsMax is how many words of the next sentence rebuttalOpening may need: "But this
// claim is simply not the case ." and one more.
const nextWordsMax = 10

// nextSentenceStart returns where the sentence after offset end of text starts, when the text
// there ends a sentence ('.', '!' or '?', perhaps closed by a quote, then space) and the next
// begins with a capital; -1 otherwise.
func nextSentenceStart(text string, end int) int {
	i := end - 1
	for i >= 0 {
		if text[i] == '"' || text[i] == '\'' || text[i] == ')' {
			i--
		} else if i >= 2 && (text[i-2:i+1] == "”" || text[i-2:i+1] == "’") {
			i -= 3
		} else {
			break
		}
	}
	if i < 0 || text[i] != '.' && text[i] != '!' && text[i] != '?' {
		return -1
	}
	j := end
	for j < len(text) {
		if c := text[j]; c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '\'' || c == ')' {
			j++ // (a quote that closes the sentence before: 'said: "... 40%." That is false.')
		} else if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
			j += len("”")
		} else {
			break
		}
	}
	if j >= len(text) || text[j] < 'A' || text[j] > 'Z' {
		return -1
	}
	return j
}

// nextSentenceWords returns the first words of the sentence that starts after offset end of
// text, when the text there ends a sentence ('.', '!' or '?', perhaps closed by a quote, then
// space): a word is a run of letters and apostrophes, any other non-space byte is a word of its
// own, and the sentence's stop is its last word. Nothing when end cuts a sentence (a long one
// cut in blocks) or the next begins in lower case.
func nextSentenceWords(text string, end int, dst []string) []string {
	j := nextSentenceStart(text, end)
	if j < 0 {
		return dst
	}
	return sentenceWordsFrom(text, j, dst)
}

// mayOpenRebuttal reports a capital that one of rebuttalOpening's openings may begin with
// ("This", "That", "These", "Those", "The", "It", "But", "However", "We", "Not", "False",
// "Untrue"): the one test most
// sentences after a figure are turned away by. TestRebuttalOpeningsPassTheirFirstLetter holds
// it to the openings' words.
func mayOpenRebuttal(c byte) bool {
	switch c {
	case 'T', 'I', 'B', 'H', 'W', 'N', 'F', 'U':
		return true
	}
	return false
}

// sentenceWordsFrom returns the words of the sentence that starts at offset j of text, as
// nextSentenceWords does, up to cap(dst) of them.
func sentenceWordsFrom(text string, j int, dst []string) []string {
	return wordsFrom(text, j, dst, false)
}

// wordsFrom is sentenceWordsFrom, and with whole answerWords.
func wordsFrom(text string, j int, dst []string, whole bool) []string {
	for j < len(text) && len(dst) < cap(dst) {
		c := text[j]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			j++
			continue
		case whole && c >= '0' && c <= '9':
			w := j
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' ||
				(text[j] == '.' || text[j] == ',') && j+1 < len(text) && text[j+1] >= '0' && text[j+1] <= '9') {
				j++
			}
			dst = append(dst, text[w:j])
			continue
		case isLetterByte(c):
			w := j
			for j < len(text) && (isLetterByte(text[j]) || text[j] == '\'' || whole && text[j] == '-') {
				j++
			}
			if strings.HasPrefix(text[j:], "’") { // "That’s"
				j += len("’")
				for j < len(text) && isLetterByte(text[j]) {
					j++
				}
			}
			dst = append(dst, text[w:j])
			continue
		}
		if c >= 0x80 { // a dash or a curly quote: one word of its own
			_, n := utf8.DecodeRuneInString(text[j:])
			dst = append(dst, text[j:j+n])
			j += n
		} else {
			dst = append(dst, text[j:j+1])
			j++
		}
		if c == '.' || c == '!' || c == '?' {
			break
		}
	}
	return dst
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// rebuttalOpening reports a sentence whose first words (nextSentenceWords) call what the
// sentence before reported false (see rebuttedAfter).
func rebuttalOpening(ws []string) bool {
	i := 0
	if i < len(ws) && (ascii.EqualFold(ws[i], "but") || ascii.EqualFold(ws[i], "however")) {
		i++
		if i < len(ws) && ws[i] == "," {
			i++
		}
	}
	if i+1 < len(ws) && ascii.EqualFold(ws[i], "we") && inFold(ratingVerbs, ws[i+1]) {
		// "We rate this claim False", "We rated it as False"
		j, ok := backSubject(ws, i+2)
		if !ok {
			return false
		}
		if j < len(ws) && ascii.EqualFold(ws[j], "as") {
			j++
		}
		for j < len(ws) && (ascii.EqualFold(ws[j], "mostly") || ascii.EqualFold(ws[j], "completely") || isQuoteWord(ws[j])) {
			j++
		}
		return j < len(ws) && inFold(falseWords, ws[j]) && predicateEnds(ws, j+1)
	}
	if verblessRebuttal(ws, i) {
		return true // "My opponent says the economy grew 3.9 percent. Not true."
	}
	j, ok := backSubject(ws, i)
	if !ok || j >= len(ws) {
		return false
	}
	// "wrong" and "not right" judge a claim when the subject names one ("But that figure is
	// wrong.") or a colon brings the correction ("That is wrong: it was 32.3%."); after a bare
	// "That's" and nothing more they judge as often what was done or said to be so ("That's
	// wrong. Nobody should be without work."), which leaves the claim the article's to judge.
	named := j > i && inFold(backNouns, ws[j-1])
	corrected := func(at int) bool { return at+1 < len(ws) && ws[at+1] == ":" }
	// the copula, perhaps within a contraction ("That's", "isn't"), then "not" and adverbs
	negated := false
	switch w := ws[j]; {
	case j > i && (ascii.EqualFold(w, "is") || ascii.EqualFold(w, "was") || ascii.EqualFold(w, "are") || ascii.EqualFold(w, "were")):
	case j > i && (ascii.EqualFold(w, "isn't") || ascii.EqualFold(w, "wasn't") || ascii.EqualFold(w, "aren't") || ascii.EqualFold(w, "weren't") ||
		ascii.EqualFold(w, "isn’t") || ascii.EqualFold(w, "wasn’t") || ascii.EqualFold(w, "aren’t") || ascii.EqualFold(w, "weren’t")):
		negated = true
	case j == i && contractedCopula(w):
	case j > i && (w == "'s" || w == "’s"): // the sentence's own words split "that's"
	case j > i && j+1 < len(ws) && (ws[j+1] == "'t" || ws[j+1] == "’t") &&
		(ascii.EqualFold(w, "isn") || ascii.EqualFold(w, "wasn") || ascii.EqualFold(w, "aren") || ascii.EqualFold(w, "weren")): // and "isn't"
		negated = true
		j++
	default:
		return false
	}
	j++
	for j < len(ws) && (ascii.EqualFold(ws[j], "not") || inFold(falsityDegrees, ws[j]) || isQuoteWord(ws[j])) {
		negated = negated != ascii.EqualFold(ws[j], "not")
		j++
	}
	if j >= len(ws) {
		return false
	}
	switch w := ws[j]; {
	case !negated && inFold(falseWords, w) && (named || corrected(j) || !ascii.EqualFold(w, "wrong")):
		j++
	case negated && inFold(truthWords, w) && (named || corrected(j) || !ascii.EqualFold(w, "right")):
		j++
	case negated && ascii.EqualFold(w, "the") && j+1 < len(ws) && ascii.EqualFold(ws[j+1], "case"):
		j += 2
	default:
		return false
	}
	return predicateEnds(ws, j)
}

// predicateEnds reports that a predicate of falsity ending before ws[i] ends its clause there,
// past a closing quote ("is “false”.") and another word of falsity it is coordinated
// with ("is false and misleading."): see clauseEndsAt.
func predicateEnds(ws []string, i int) bool {
	for i < len(ws) && isQuoteWord(ws[i]) {
		i++
	}
	if i+1 < len(ws) && (ascii.EqualFold(ws[i], "and") || ascii.EqualFold(ws[i], "or")) && inFold(falseWords, ws[i+1]) {
		i += 2
	}
	for i < len(ws) && isQuoteWord(ws[i]) {
		i++
	}
	if i+1 < len(ws) && ws[i] == "," && isQuoteWord(ws[i+1]) {
		// a quotation closed before its speech tag: "That is simply not true," the minister
		// said (blind round 143)
		return true
	}
	return clauseEndsAt(ws, i)
}

// verblessRebuttal reports a sentence at ws[i] that is only a judgement of falsity, as speech
// and debate transcripts give one after a reported claim: "Not true.", "Not true at all.",
// "Not correct!", "False.", "Untrue." (a bare "Wrong." judges as often what was done, as
// rebuttalOpening's "That's wrong." does, and stays the article's to judge).
func verblessRebuttal(ws []string, i int) bool {
	j := i
	switch {
	case j+1 < len(ws) && ascii.EqualFold(ws[j], "not") && inFold(truthWords, ws[j+1]) && !ascii.EqualFold(ws[j+1], "right"):
		j += 2
	case j < len(ws) && (ascii.EqualFold(ws[j], "false") || ascii.EqualFold(ws[j], "untrue")):
		j++
	default:
		return false
	}
	if j+1 < len(ws) && ascii.EqualFold(ws[j], "at") && ascii.EqualFold(ws[j+1], "all") {
		j += 2
	}
	return j < len(ws) && (ws[j] == "." || ws[j] == "!")
}

// backSubject returns the word after a subject at ws[i] that points back to the sentence
// before: "this", "that", "it" (alone or in a contraction: "that's"), "this claim", "the
// figure", "these posts". ok is false for any other.
func backSubject(ws []string, i int) (int, bool) {
	if i >= len(ws) {
		return i, false
	}
	w := ws[i]
	switch {
	case contractedCopula(w):
		return i, true // the copula is the same word
	case ascii.EqualFold(w, "it"):
		return i + 1, true
	case ascii.EqualFold(w, "this") || ascii.EqualFold(w, "that") || ascii.EqualFold(w, "these") || ascii.EqualFold(w, "those"):
		if i+1 < len(ws) && inFold(backNouns, ws[i+1]) {
			return i + 2, true
		}
		return i + 1, true
	case ascii.EqualFold(w, "the"):
		if i+1 < len(ws) && inFold(backNouns, ws[i+1]) {
			return i + 2, true
		}
	}
	return i, false
}

// contractedCopula reports "that's" or "it's" (straight or curly apostrophe).
func contractedCopula(w string) bool {
	return ascii.EqualFold(w, "that's") || ascii.EqualFold(w, "it's") || ascii.EqualFold(w, "that’s") || ascii.EqualFold(w, "it’s")
}

// clauseEndsAt reports that the predicate ends at ws[i]: a stop, a colon, a semicolon or a dash
// follows, or the words read end there. "It is wrong to say", "It is false that", "This is not
// true of Germany" go on, and judge something else. A comma does not end it: what follows is as
// often a speaker whose verdict the article reports ("That is false, the opposition leader
// said.") or the rest of an extraposed subject ("But it is wrong, analysts say, to read too much
// into it") as the article's own reason.
func clauseEndsAt(ws []string, i int) bool {
	if i >= len(ws) {
		// the sentence ended (no more words), not the words read: every caller reads into a
		// buffer of nextWordsMax words, so fewer means the sentence's end came first
		return i < nextWordsMax
	}
	switch ws[i] {
	case ".", "!", "?", ":", ";", "-", "—", "–":
		return true
	}
	return false
}

// inFold reports w, whatever the case of its letters, among set's lower-case keys.
func inFold(set map[string]bool, w string) bool {
	v, _ := ascii.LookupFold(set, w)
	return v
}

// reportHead returns the word that governs the nearest claim before the figure at word first
// in its clause: the word before the nearest "that", or the nearest verb of saying with words
// after it; -1 when there is none.
func (s *sentence) reportHead(first int) int {
	from, _ := s.clauseOf(first)
	ws := s.words
	for i := first - 1; i >= from; i-- {
		if ws[i].lower == "that" {
			if i-1 < from {
				return -1
			}
			// past the verb's object and adverbials: "told parliament on Tuesday that",
			// "said in a speech that"
			for j := i - 1; j >= from && j >= i-6; j-- {
				if w := ws[j].lower; sayingWords[w] || reportVerbs[w] || claimNouns[w] || ws[j].vg >= 0 {
					return j
				}
			}
			return i - 1
		}
		if sayingWords[ws[i].lower] && ws[i+1].tag != tagPunct {
			return i
		}
	}
	return -1
}

// reportedFigure reports a figure at word first inside what a verb of saying or a claim noun
// reports: "Posts claimed (that) unemployment hit 40%", "The minister said growth was 2%",
// "A viral post's claim that ...", "wrote that".
func (s *sentence) reportedFigure(first int) bool {
	h := s.reportHead(first)
	if h < 0 {
		return false
	}
	w := s.words[h].lower
	return sayingWords[w] || reportVerbs[w] || claimNouns[w] && s.words[h].vg < 0
}

// reportedAfter reports a figure at word first that the sentence attributes to a speaker
// around it rather than under a verb: a tag after a comma at its end ("Unemployment hit 40% in
// 2020, the post claimed.", "\"... 40% in 2020,\" the post said.", "..., according to the
// post."), or an opening that introduces all that follows ("According to the post, ...", "The
// post said: ..."). The speaker of a tag is one noun phrase of at most four words: ", not what
// posts claimed" is no tag.
func (s *sentence) reportedAfter(first int) bool {
	return s.speakerTagged(first) || s.speakerOpens(first)
}

// speakerTagged reports the tag at the end of the sentence of reportedAfter.
func (s *sentence) speakerTagged(first int) bool {
	ws := s.words
	n := len(ws)
	for n > 0 && ws[n-1].tag == tagPunct && ws[n-1].lower != "," {
		n-- // the stop, a closing quote
	}
	if n < 3 || n-1 <= first {
		return false
	}
	// the tag: its speaker, then "according to" before it or a verb of saying after it
	last, p := n-1, -1
	if v := ws[last].lower; sayingWords[v] || reportVerbs[v] {
		last--
	}
	for i := last; i > first && i >= last-4; i-- {
		w := ws[i].lower
		switch {
		case w == "," || isQuoteWord(w):
			// a comma, or a closing quote before the speaker: '..., " the post said'
			return last < n-1 && i < last && (w == "," || i > 0 && ws[i-1].lower == ",")
		case w == "to" && last == n-1 && i > first+1 && ws[i-1].lower == "according" && ws[i-2].lower == ",":
			return i < last // ", according to the post."
		case ws[i].np < 0 || p >= 0 && ws[i].np != p:
			return false
		}
		p = ws[i].np
	}
	return false
}

// speakerOpens reports the opening of reportedAfter, before the figure at word first.
func (s *sentence) speakerOpens(first int) bool {
	ws := s.words
	if first > 3 && ws[0].lower == "according" && ws[1].lower == "to" {
		for i := 2; i < first && i <= 6; i++ {
			if ws[i].lower == "," {
				return true // "According to the post, ..."
			}
		}
	}
	for i := 1; i < first && i <= 6; i++ {
		if ws[i].lower == ":" {
			return sayingWords[ws[i-1].lower] || reportVerbs[ws[i-1].lower] // "The post said: ..."
		}
	}
	return false
}

// isQuoteWord reports a quotation mark, straight or curly.
func isQuoteWord(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// The words of rebuttedAfter.
var (
	// reportVerbs are verbs of saying that sayingWords (shared with rebutted) leaves out.
	reportVerbs = map[string]bool{"wrote": true, "writes": true, "tweeted": true, "posted": true,
		"insisted": true, "insists": true, "argued": true, "argues": true, "boasted": true,
		"boasts": true, "declared": true, "declares": true, "told": true, "tells": true,
		"responded": true, "replied": true, "countered": true, "retorted": true, "contended": true,
		"maintained": true, "added": true}
	backNouns = map[string]bool{"claim": true, "claims": true, "figure": true, "figures": true,
		"number": true, "numbers": true, "statistic": true, "statistics": true, "stat": true,
		"statement": true, "statements": true, "assertion": true, "allegation": true, "post": true,
		"posts": true}
	truthWords     = map[string]bool{"true": true, "correct": true, "accurate": true, "right": true}
	falsityDegrees = map[string]bool{"simply": true, "also": true, "completely": true,
		"entirely": true, "totally": true, "clearly": true, "just": true, "plainly": true,
		"demonstrably": true, "therefore": true, "mostly": true, "quite": true, "wholly": true}
)

// A fact-check lays a claim out and answers it: a label names the claim ("Claim: ...",
// "CLAIM", "What was claimed" on a line of its own) and another gives the verdict ("Verdict:
// False", "Rating: Pants on Fire", "Our verdict", "FACT:", "THE FACTS", "Fact –"), or a
// speaker's claim is answered by the next sentence of its paragraph: a negated echo ("It did
// not.", "It didn't: ..."), a predicate of falsity the words of rebuttalOpening lack ("That
// claim does not stand up.", "This is not supported by the data.", "That figure is
// fabricated."), or another figure for the same thing ("It was 2.9%.", "In reality it grew
// 0.1%.", "The ONS figure is 1.1%.", "Official data show it was 0.2%."). The claim's figure is
// then no more the article's than under "This is false." (rebuttedAfter); the answer's own
// figure is a claim of its own. A correction notice withdraws what it quotes: "An earlier
// version of this article said Sweden grew 2.0% in 2024."
//
// A labelled claim is withdrawn when a rating that is not one of truth follows it, on the
// rest of its own line (past the quote that closes it: `Claim: "..." Verdict: False.`) or on
// the next ones: "Rating: Half true", "Conclusion: Missing context". A labelled claim with no
// rating the reader finds stays a claim: a ClaimReview one-liner ("Claim: Canada's
// unemployment rate hit 7.1% in August 2025.") is put forward to be checked, and nothing in the
// text says it is wrong; withdrawn, a correct one would lose its confirmation and a wrong one
// its catch, while the false alarm it risks is any figure's (its linking), not the label's.
//
// A reported claim is also answered by a sentence that opens with "In fact", "Actually", "In
// reality", "In truth" or "But" and gives another figure of the claim's year for a subject in
// the claim's own words ("claims that Canada's unemployment rate was 5.4% last year. In fact,
// Canada's unemployment rate was 6.4% in 2024."): "In fact" alone corrects as often as it
// insists, and the figures compared tell which (an answer of the same figure insists and keeps
// the claim).
//
// What keeps its figure: a verdict of truth ("Verdict: True", "VERDICT: ACCURATE"); an answer
// with the same figure ("It was 2.9%." after "said ... 2.9%"); an answer of another period or
// that goes on past the figure ("It was 3% in 2023.", "It was 2.9%, the highest since 1991.");
// and a figure no speaker, label or question puts forward ("GDP grew 2%. It was 2.9% in
// 2023."). The claim is read whole before it is withdrawn: the answer ("It averaged 4.7%")
// takes its country and period from it.

// withdrawnClaim reports a figure k, read as claim c, that its sentence asks in a yes/no
// question (askedFigure, questions.go) or that the lines after it answer as false (see above).
// It is asked once a claim is complete, so that the text after it still reads what it was
// about.
func (st *articleState) withdrawnClaim(s *sentence, k int, c *Claim) bool {
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	if s.askedFigure(first) {
		return true
	}
	text := st.art.Text
	labelled := claimLabelled(text, s, first)
	if labelled && verdictFollows(text, s.end, &st.figureOrBreak) {
		return true // (a labelled claim with no rating stays a claim: see above)
	}
	// what answers the claim: the rest of its own sentence, after a semicolon, a dash or ",
	// which", or the next sentence of its paragraph (read first: the cheaper test, which most
	// figures fail)
	answered := s.answeredWithin(first, c)
	if !answered {
		if next := st.nextAnswer(s); len(next) > 0 {
			answered = negatedEcho(next) || falsityPredicate(next) || figureAnswers(next, s, first, c, 1)
		}
	}
	// (whether the claim is reported is asked only of one answered, or with a break after it
	// that may hold an answer: every claim passes here)
	if answered || s.breakAfter(k) >= 0 {
		reported := labelled || s.reportedFigure(first) || s.reportedAfter(first) || s.posedFigure(first)
		if reported && (answered || st.otherFigureAfterBreak(s, k, c)) {
			return true
		}
	}
	return s.correctionNotice(first) || s.claimPhraseFalse(first) || st.quotedOnCorrectionsPage(s, first)
}

// otherFigureAfterBreak reports a figure after a semicolon or a dash that follows claim c of
// figure k, which gives c's measure and period another value: "his spokesperson told us that
// the economy \"grew 2.5% in 2024\"; the Bureau of Economic Analysis put real GDP growth for
// that year at 2.8%" (blind round 30). Set after a claim its sentence reports, it answers it.
func (st *articleState) otherFigureAfterBreak(s *sentence, k int, c *Claim) bool {
	ws := s.words
	brk := s.breakAfter(k)
	if brk < 0 || c.Period == "" {
		return false // (most claims: the cheap test first)
	}
	for i := brk + 1; i < len(ws); i++ {
		if isRevisionWord(ws[i].lower) {
			return false // "...; the figure has since been revised to 0.9%": a revision, told
		}
	}
	for j := k + 1; j < len(s.quants); j++ {
		if s.qFirst[j] <= brk || s.quants[j].Unit != c.Unit || math.Abs(s.quants[j].Value) == math.Abs(c.Value) {
			continue
		}
		if b := s.statedBasis(j); b != "" && b != c.Basis {
			continue // "33.1% ..., an annualised rate; the quarter-on-quarter increase was 7.4%"
		}
		// Read ahead of its turn, the figure's reading is not kept: read in order, it may
		// take what the claims before it leave (the figure before an "it").
		kept := s.readings[j]
		r := st.figureReading(s, j)
		answers := r != nil && r.indicatorOf(s.quants[j].Unit) == c.Indicator
		if answers {
			e, ok := st.periodOf(s, j, r)
			answers = ok && e.Period == c.Period
		}
		s.readings[j] = kept
		if answers {
			return true
		}
	}
	return false
}

// breakAfter returns the first semicolon or dash after figure k, before the next figure and
// within breakReach words, or -1: a break past another figure ends that figure's clause. (Every
// claim asks; a long sentence read to its end for each was a sixteenth of the cost of a text of
// figures.)
func (s *sentence) breakAfter(k int) int {
	ws := s.words
	for i := s.qLast[k] + 1; i < len(ws) && i <= s.qLast[k]+breakReach; i++ {
		w := &ws[i]
		if w.fig >= 0 {
			return -1
		}
		if w.tag == tagPunct && (w.lower == ";" || w.lower == "—" || w.lower == "–") {
			return i
		}
	}
	return -1
}

// breakReach bounds how far after a claim's figure breakAfter looks, in words.
const breakReach = 24

// nextAnswer returns the first words of the sentence after s in its paragraph, which may
// answer a claim of s: read once for all the figures of s.
func (st *articleState) nextAnswer(s *sentence) []string {
	a := &st.answer
	if !a.read || a.after != s.end {
		a.read, a.after, a.n = true, s.end, 0
		text := st.art.Text
		if j := nextSentenceStart(text, s.end); j >= 0 && !strings.Contains(text[s.end:j], "\n\n") {
			a.n = len(answerWords(text, j, a.words[:0]))
		}
	}
	return a.words[:a.n]
}

// answeredWithin reports a figure at word first that its own sentence answers, within six
// words after it: after a semicolon or a dash as the next sentence would ("The post claimed
// ... 30% in 2024; the actual rate was 11.4%.", "...; it did not."), or in a relative clause
// of falsity on the claim (", which is not correct", ", which is fabricated").
func (s *sentence) answeredWithin(first int, c *Claim) bool {
	if !s.marked(markBreak | markWhich) {
		return false // (every claim asks, and most sentences have none of the words)
	}
	ws := s.words
	for i := first + 1; i <= first+6 && i+1 < len(ws); i++ {
		if ws[i].tag != tagPunct {
			continue
		}
		switch ws[i].lower {
		case ";", "—", "–":
			var buf [answerWordsMax]string
			next := answerWords(s.text, ws[i+1].start-s.start, buf[:0])
			return negatedEcho(next) || falsityPredicate(next) || figureAnswers(next, s, first, c, 2) // (the answer's figure is the sentence's too)
		case ",":
			if ws[i+1].lower != "which" {
				continue
			}
			var buf [answerWordsMax]string
			next := answerWords(s.text, ws[i+1].start-s.start, buf[:0])
			if len(next) == 0 {
				return false
			}
			next[0] = "it" // "which is not correct" reads as "It is not correct"
			return falsityPredicate(next) || negatedTruth(next)
		}
	}
	return false
}

// negatedTruth reports "it is not correct", "it is not true", "it is not accurate" (from ",
// which is not correct": answeredWithin), ending its clause.
func negatedTruth(ws []string) bool {
	return len(ws) > 3 && ascii.EqualFold(ws[0], "it") && copulas[strings.ToLower(ws[1])] &&
		ascii.EqualFold(ws[2], "not") && inFold(truthWords, ws[3]) && (len(ws) == 4 || answerStops(ws[4]) || ws[4] == ",")
}

// claimPhraseFalse reports a figure at word first inside a claim phrase ("The claim that ...",
// "the figure of 15% for ...") whose predicate, within ten words after the figure, says it
// cannot be upheld in words rebutted does not read: "does not stand up", "is not supported by
// the data", "is fabricated". "The claim that ... is false" is rebutted's.
func (s *sentence) claimPhraseFalse(first int) bool {
	ws := s.words
	phrase := first >= 2 && ws[first-1].lower == "of" && backNouns[ws[first-2].lower] // "the figure of 15%"
	if !phrase {
		if !s.marked(markFalsity) { // ("claim" marks it)
			return false
		}
		h := s.reportHead(first)
		phrase = h >= 0 && claimNouns[ws[h].lower] && ws[h].vg < 0
	}
	if !phrase {
		return false
	}
	for i := first + 1; i+1 < len(ws) && i <= first+10; i++ {
		w := ws[i].lower
		switch {
		case w == "does" || w == "do" || w == "did" || w == "doesn" || w == "don" || w == "didn":
			j := i + 1
			if !isNegWord(ws[j].lower) {
				continue
			}
			j++
			if j+1 < len(ws) && (ws[j].lower == "stand" || ws[j].lower == "hold" || ws[j].lower == "add") && ws[j+1].lower == "up" {
				return true
			}
		case copulas[w]:
			j := i + 1
			if isNegWord(ws[j].lower) && j+1 < len(ws) && (ws[j+1].lower == "supported" || ws[j+1].lower == "borne") {
				return true
			}
			if v := ws[j].lower; v == "fabricated" || v == "invented" || phrase && first >= 2 && ws[first-1].lower == "of" && falseWords[v] {
				return true
			}
		}
	}
	return false
}

// claimLabelled reports a figure at word first whose sentence a label names a claim: it opens
// with "Claim:", "CLAIM:", "The claim:", "What was claimed:" or "Claim –", or the line before
// it is such a label alone ("What was claimed", "THE CLAIM").
func claimLabelled(text string, s *sentence, first int) bool {
	ws := s.words
	i := 0
	if i < len(ws) && ws[i].lower == "the" {
		i++
	}
	switch {
	case i+1 < first && (ws[i].lower == "claim" || ws[i].lower == "claims") && labelBreak(ws[i+1].lower):
		return true
	case i == 0 && 3 < first && ws[0].lower == "what" && ws[1].lower == "was" && ws[2].lower == "claimed" && labelBreak(ws[3].lower):
		return true
	}
	// a label on the line before: the sentence opens its line (looked for by the bytes before
	// it, not by a search back, which in a text of long lines would cost each figure its line)
	ls := s.start - 1
	for ls >= 0 && (text[ls] == ' ' || text[ls] == '\t' || text[ls] == '\r') {
		ls--
	}
	if ls < 0 || text[ls] != '\n' {
		return false
	}
	pls := ls
	for pls > 0 && text[pls-1] != '\n' && ls-pls < 40 {
		pls-- // (a label is short: a longer line is no label)
	}
	if pls > 0 && text[pls-1] != '\n' {
		return false
	}
	label := strings.TrimSpace(text[pls:ls])
	label = strings.TrimRight(label, ":–—- ")
	switch strings.ToLower(label) {
	case "claim", "the claim", "claims", "what was claimed", "what's being claimed", "what is being claimed":
		return true
	}
	return false
}

// labelBreak reports the colon or dash that ends a label.
func labelBreak(w string) bool {
	return w == ":" || w == "–" || w == "—" || w == "-"
}

// verdictFollows reports a verdict label that is not one of truth at the start of the rest of
// the line after offset end of text, or of one of the next lines (up to four, one blank line
// apart at most), before any line with a figure of its own: "Verdict: False", "Rating: Pants on Fire", "Our
// verdict\nFalse.", "FACT: The rate averaged 4.0%", "THE FACTS". "Verdict: True" and
// "VERDICT: ACCURATE" keep the claim.
func verdictFollows(text string, end int, seek *nextFigureOrBreak) bool {
	found, truth := verdictAfter(text, end, seek)
	return found && !truth
}

// verdictAfter returns whether a verdict label follows offset end of text as verdictFollows
// reads it, and whether its value is one of truth. The rest of the claim's own line may open
// with the quote that closes the claim: `Claim: "France's economy grew 2% in 2025." Verdict:
// False.` (the sentence ends at the stop inside the quote).
func verdictAfter(text string, end int, seek *nextFigureOrBreak) (found, truth bool) {
	pos := end
	// n counts the lines read, blank counts the blank ones among them: a layout may set the
	// verdict off by one blank line ("Claim: ...\n\nVerdict: False"), and two end the claim's
	// block. A line is read only as far as its verdict label or its first figure: read to its
	// end for each claim, a line of many labelled claims ("Claim: ... Claim: ...") cost the
	// square of its length.
	for n, blank := 0, 0; n < 5 && pos < len(text); n++ {
		i := skipLineSpaces(text, pos)
		if n == 0 {
			i = skipLineSpaces(text, skipQuotes(text, i))
		}
		if i >= len(text) {
			return false, false
		}
		if text[i] == '\n' {
			if n > 0 {
				if blank++; blank > 1 {
					return false, false
				}
			} else {
				blank = 0
			}
			pos = i + 1
			continue
		}
		blank = 0
		if value, ok := verdictValue(lineHead(text, i)); ok {
			if value == "" { // the label alone: its value is the next line
				nl := strings.IndexByte(text[i:], '\n')
				if nl < 0 || i+nl+1 >= len(text) {
					return true, false
				}
				value = lineHead(text, skipLineSpaces(text, i+nl+1))
			}
			return true, truthVerdict(value)
		}
		j := seek.find(text, i)
		if j >= len(text) || text[j] != '\n' {
			return false, false // another claim comes first, or the text ends
		}
		pos = j + 1
	}
	return false, false
}

// nextFigureOrBreak remembers the last digit or line break found: the labelled claims of a
// line ask for the first after each of them, and a line with no digit after its claims
// ("Claim: inflation was ten percent. Claim: ...") was read to its end for each. The zero
// value, and nil, know nothing.
type nextFigureOrBreak struct {
	from, at int // no digit or break lies in [from, at), and at holds one (or is the end)
	known    bool
}

// find returns the offset of the first digit or '\n' at or after i in text, or len(text).
func (m *nextFigureOrBreak) find(text string, i int) int {
	if m != nil && m.known && m.from <= i && i <= m.at && m.at <= len(text) {
		return m.at
	}
	at := len(text)
	if j := strings.IndexAny(text[i:], "0123456789\n"); j >= 0 {
		at = i + j
	}
	if m != nil {
		*m = nextFigureOrBreak{from: i, at: at, known: true}
	}
	return at
}

// skipLineSpaces returns the offset of the first byte at or after i that is not white space
// within a line (a newline is not skipped).
func skipLineSpaces(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == '\n' || !asciiSpace(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// skipQuotes returns the offset past a run of the quotes that may close a claim's sentence.
func skipQuotes(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == '"' || text[i] == '\'':
			i++
		case strings.HasPrefix(text[i:], "”") || strings.HasPrefix(text[i:], "’"):
			i += len("”")
		default:
			return i
		}
	}
	return i
}

// lineHead returns the line from offset i, at most verdictReach bytes of it, with its end
// trimmed: enough for any verdict label and the word of its value.
func lineHead(text string, i int) string {
	head := text[i:min(len(text), i+verdictReach)]
	if nl := strings.IndexByte(head, '\n'); nl >= 0 {
		head = head[:nl]
	}
	return strings.TrimRightFunc(head, unicode.IsSpace)
}

// verdictReach bounds what of a line verdictAfter reads: "Our verdict: Pants on Fire" and
// more.
const verdictReach = 128

// verdictValue returns what follows a verdict label that opens line, and whether one does.
// The label is compared in place: the line is the rest of the claim's, which on a line of
// many labelled claims ("Claim: ... Claim: ...") runs to its end, and lowering it whole for
// each claim made such a line's cost grow with its square.
func verdictValue(line string) (string, bool) {
	for _, l := range verdictLabels {
		if len(line) < len(l) || !ascii.EqualFold(line[:len(l)], l) {
			continue
		}
		rest := line[len(l):]
		if rest == "" {
			return "", true
		}
		t := strings.TrimLeft(rest, " ")
		for _, sep := range []string{":", "–", "—", "-"} {
			if strings.HasPrefix(t, sep) {
				return strings.TrimSpace(t[len(sep):]), true
			}
		}
	}
	return "", false
}

// truthVerdict reports a verdict whose value calls the claim true: "True.", "ACCURATE",
// "Correct".
func truthVerdict(value string) bool {
	n := 0
	for n < len(value) && isLetterByte(value[n]) {
		n++
	}
	return inFold(truthWords, value[:n])
}

// verdictLabels are the labels fact-checkers give their verdicts, longest first where one
// opens another.
var verdictLabels = []string{"our verdict", "the verdict", "verdict", "our rating", "rating", "our ruling", "ruling",
	"our conclusion", "conclusion", "the facts", "the fact", "facts", "fact"}

// correctionNotice reports a figure at word first that a correction quotes as what the
// article said before: "An earlier version of this article said Sweden grew 2.0%", "Correction:
// A previous version of this story stated that ...". The notice names the version among its
// first words (the one test most figures are turned away by, with no walk of their clause),
// and the verb of saying that reports the figure comes after it.
func (s *sentence) correctionNotice(first int) bool {
	if !s.marked(markVersion) {
		return false // (every claim asks, and most sentences have no "version")
	}
	ws := s.words
	v := -1
	for i := 1; i < first && i <= 6; i++ {
		if ws[i].lower == "version" {
			switch ws[i-1].lower {
			case "earlier", "previous", "original", "prior", "older":
				v = i
			}
			break
		}
	}
	if v < 0 {
		return false
	}
	h := s.reportHead(first)
	if h <= v {
		return false
	}
	w := ws[h].lower
	return sayingWords[w] || reportVerbs[w] || w == "reported"
}

// posedFigure reports a figure at word first in a wh-question that opens its sentence ("Why
// did Italy's economy grow 4% in 2024?"): the question puts it forward as a speaker would,
// for the next sentence to answer.
func (s *sentence) posedFigure(first int) bool {
	ws := s.words
	if len(ws) == 0 || ws[len(ws)-1].lower != "?" {
		return false
	}
	a := questionStart(s, first)
	if a < 0 {
		return false
	}
	switch ws[a].lower {
	case "why", "how", "when", "where", "what":
		return true
	}
	return false
}

// answerWordsMax is how many words of the next sentence an answer is read in: "Official data
// show that it was in fact 0.2% in 2024, according to the NBS ." needs fewer.
const answerWordsMax = 16

// answerWords returns the first words of the sentence at offset j of text, as
// sentenceWordsFrom does, but with a number whole ("2.9", "1,000") and one word of a letter
// run with the apostrophes and hyphens in it ("didn't", "year-on-year").
func answerWords(text string, j int, dst []string) []string {
	return wordsFrom(text, j, dst, true)
}

// answerOpening returns the word past an opening of contrast an answer may begin with ("But",
// "However,", "In reality,", "In fact,", "Actually,", "In truth,").
func answerOpening(ws []string) int {
	i := 0
	if i < len(ws) && (ascii.EqualFold(ws[i], "but") || ascii.EqualFold(ws[i], "however") || ascii.EqualFold(ws[i], "actually")) {
		i++
	} else if i+1 < len(ws) && ascii.EqualFold(ws[i], "in") && (ascii.EqualFold(ws[i+1], "reality") || ascii.EqualFold(ws[i+1], "fact") || ascii.EqualFold(ws[i+1], "truth")) {
		i += 2
	}
	if i < len(ws) && ws[i] == "," {
		i++
	}
	return i
}

// negatedEcho reports an answer that repeats the claim's auxiliary, negated, and stops: "It did
// not.", "It didn't: it grew 0.7%.", "But it hasn't.", "They did not;".
func negatedEcho(ws []string) bool {
	i := answerOpening(ws)
	if i >= len(ws) || !(ascii.EqualFold(ws[i], "it") || ascii.EqualFold(ws[i], "they")) {
		return false
	}
	i++
	if i >= len(ws) {
		return false
	}
	if w := strings.ToLower(strings.ReplaceAll(ws[i], "’", "'")); echoAuxiliaries[strings.TrimSuffix(w, "n't")] && strings.HasSuffix(w, "n't") {
		i++
	} else if echoAuxiliaries[w] && i+1 < len(ws) && ascii.EqualFold(ws[i+1], "not") {
		i += 2
	} else {
		return false
	}
	return i < len(ws) && answerStops(ws[i])
}

// answerStops reports a word that ends an answer's clause: a stop, a colon, a semicolon or a
// dash.
func answerStops(w string) bool {
	switch w {
	case ".", "!", ":", ";", "-", "—", "–":
		return true
	}
	return false
}

// falsityPredicate reports an answer whose subject points back (backSubject) and whose
// predicate says the claim cannot be upheld, in words rebuttalOpening does not read: "That
// claim does not stand up.", "It doesn't hold up.", "This is not supported by the data.",
// "The figure is fabricated.", "That figure is made up."
func falsityPredicate(ws []string) bool {
	i := answerOpening(ws)
	j, ok := backSubject(ws, i)
	if !ok || j >= len(ws) {
		return false
	}
	w := strings.ToLower(strings.ReplaceAll(ws[j], "’", "'"))
	switch {
	case w == "does" || w == "did" || w == "do":
		if j+1 >= len(ws) || !ascii.EqualFold(ws[j+1], "not") {
			return false
		}
		j += 2
	case w == "doesn't" || w == "didn't" || w == "don't":
		j++
	case copulas[w] || w == "that's" || w == "it's" || w == "isn't" || w == "wasn't":
		negated := strings.HasSuffix(w, "n't")
		j++ // past the copula, which may be the subject's own word ("That's")
		if j < len(ws) && ascii.EqualFold(ws[j], "not") {
			negated, j = true, j+1
		}
		if j >= len(ws) {
			return false
		}
		switch v := strings.ToLower(ws[j]); {
		case negated && (v == "supported" || v == "borne"): // "is not supported by the data", "not borne out"
			return true
		case !negated && (v == "fabricated" || v == "invented" || v == "made-up"):
			return j+1 < len(ws) && answerStops(ws[j+1])
		case !negated && v == "made":
			return j+2 < len(ws) && ascii.EqualFold(ws[j+1], "up") && answerStops(ws[j+2])
		}
		return false
	default:
		return false
	}
	// "does not stand up", "doesn't hold up", "does not hold water", "does not add up"
	if j+2 >= len(ws) {
		return false
	}
	v, p := strings.ToLower(ws[j]), strings.ToLower(ws[j+1])
	return (v == "stand" || v == "hold" || v == "add") && p == "up" && answerStops(ws[j+2]) ||
		v == "hold" && p == "water" && answerStops(ws[j+2])
}

// figureAnswers reports an answer that gives another figure for what claim c says: its
// subject points back ("It", "The real figure", "The ONS figure", "Official data show (that)
// it") or, after an opening of contrast, repeats the claim's (echoedSubject: "In fact,
// Canada's unemployment rate"), its verb states a level or a change ("was", "averaged",
// "grew", "stood at"), its figure is in c's unit and differs from c's, and it stops there,
// perhaps after c's own year ("in 2024", which c's sentence names, or c's period read from
// "last year") or a source (", according to ..."): "It was 2.9%.", "In
// reality it grew 0.1%.", "The ONS figure is 1.1%.". An answer of another year ("It was 3% in
// 2023."), of the same figure, or that goes on ("It was 2.9%, the highest since 1991.") is no
// answer to the claim, nor one after a sentence of more figures in c's unit than own (the
// claim's, and the answer's when it is in the same sentence).
func figureAnswers(ws []string, s *sentence, first int, c *Claim, own int) bool {
	if c.Unit != "percent" {
		return false
	}
	i := answerOpening(ws)
	if i >= len(ws) {
		return false
	}
	// the subject
	switch w := strings.ToLower(ws[i]); {
	case w == "it":
		i++
	case w == "the" && i+2 < len(ws) && answerNouns[strings.ToLower(ws[i+2])] &&
		(answerModifiers[strings.ToLower(ws[i+1])] || startsCapital(ws[i+1])):
		i += 3 // "The real figure", "The ONS figure"
	default:
		if i > 0 { // (after an opening of contrast only)
			if e := s.echoedSubject(ws, i, first); e > i {
				i = e // "In fact, Canada's unemployment rate was ..."
				break
			}
		}
		// "Official data show (that) it was", "IBGE data put it at"
		n := i
		for n < len(ws) && n < i+3 && !dataNouns[strings.ToLower(ws[n])] {
			n++
		}
		if n >= len(ws) || !dataNouns[strings.ToLower(ws[n])] || n+1 >= len(ws) || !showVerbs[strings.ToLower(ws[n+1])] {
			return false
		}
		i = n + 2
		if i < len(ws) && ascii.EqualFold(ws[i], "that") {
			i++
		}
		if i < len(ws) && ascii.EqualFold(ws[i], "it") {
			i++
		}
		if i < len(ws) && ascii.EqualFold(ws[i], "at") {
			i++ // "put it at"
		}
	}
	// the verb and its particle
	for n := 0; n < 3 && i < len(ws) && answerVerbs[strings.ToLower(ws[i])]; n++ {
		i++
	}
	if i >= len(ws) || ws[i][0] < '0' || ws[i][0] > '9' {
		return false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(ws[i], ",", ""), 64)
	if err != nil || v == math.Abs(c.Value) {
		return false
	}
	i++
	// its unit
	switch {
	case i < len(ws) && ws[i] == "%":
		i++
	case i < len(ws) && (ascii.EqualFold(ws[i], "percent") || ascii.EqualFold(ws[i], "pct")):
		i++
	case i+1 < len(ws) && ascii.EqualFold(ws[i], "per") && ascii.EqualFold(ws[i+1], "cent"):
		i += 2
	default:
		return false
	}
	// the claim's year, a source, then the stop
	if i+1 < len(ws) && ascii.EqualFold(ws[i], "in") && len(ws[i+1]) == 4 && ws[i+1][0] >= '1' && ws[i+1][0] <= '2' {
		if ws[i+1] != c.Period && !strings.Contains(s.text, ws[i+1]) {
			return false // (the claim's year, named or not: "last year" is c's 2024)
		}
		i += 2
	}
	if !(i+2 < len(ws) && ws[i] == "," && ascii.EqualFold(ws[i+1], "according") && ascii.EqualFold(ws[i+2], "to")) &&
		!(i < len(ws) && (ws[i] == "." || ws[i] == ";" || ws[i] == ":")) {
		return false
	}
	// the one figure of c's unit its sentence gives (asked last: a sentence dense with figures
	// would count them for each): "said inflation was 2% and unemployment 7.4%. It was 2.3%."
	// does not say which one "it" answers
	n := 0
	for q := range s.quants {
		if s.quants[q].Unit == c.Unit {
			n++
		}
	}
	return n <= own
}

// echoedSubject returns the word after a subject at ws[i] of an answer that names what the
// claim at word first of s names, in the claim's own words: each of its nouns and names stands
// before the figure in the figure's clause, and one at least is a noun or a name ("In fact,
// Canada's unemployment rate was 6.4%" after "claims that Canada's unemployment rate was 5.4%", "Actually, unemployment averaged
// 6.4%"). A subject with a word the claim lacks is about something else ("In fact, inflation
// was 2.4%", "In reality, Germany's unemployment rate was ...") and returns i, as does one
// with no noun of the claim's ("In fact, that was ..."). Only read after an opening of
// contrast ("In fact", "Actually", "In reality", "But"): a sentence that merely goes on with
// the same measure ("Unemployment was 6.4% in 2023.") answers nothing.
func (s *sentence) echoedSubject(ws []string, i, first int) int {
	from, _ := s.clauseOf(first)
	nouns := 0
	j := i
	for ; j < len(ws) && j < i+5; j++ {
		w := strings.ToLower(ws[j])
		if answerVerbs[w] {
			break
		}
		if w == "the" || w == "its" {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		found := false
		for n := from; n < first; n++ {
			if v := &s.words[n]; v.lower == w && (v.tag == tagNoun || v.tag == tagProper || v.tag == tagAdj) {
				found = true
				if v.tag != tagAdj {
					nouns++ // ("jobless" of "the jobless rate" is an adjective: "rate" is the noun)
				}
				break
			}
		}
		if !found {
			return i
		}
	}
	if nouns == 0 || j >= len(ws) || !answerVerbs[strings.ToLower(ws[j])] {
		return i
	}
	return j
}

// startsCapital reports a word that begins with a capital: the name of a source ("The ONS
// figure", "The Destatis figure").
func startsCapital(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// The words of the answers withdrawnClaim reads.
var (
	echoAuxiliaries = map[string]bool{"did": true, "does": true, "do": true, "has": true,
		"have": true, "had": true, "was": true, "is": true, "were": true, "are": true}
	answerNouns = map[string]bool{"figure": true, "rate": true, "number": true, "average": true,
		"estimate": true}
	answerModifiers = map[string]bool{"real": true, "actual": true, "true": true, "correct": true,
		"official": true, "right": true, "accurate": true}
	answerVerbs = map[string]bool{"was": true, "is": true, "were": true, "averaged": true,
		"stood": true, "came": true, "grew": true, "rose": true, "fell": true, "shrank": true,
		"contracted": true, "expanded": true, "increased": true, "declined": true,
		"reached": true, "hit": true, "at": true, "in": true, "by": true, "only": true, "just": true,
		"actually": true}
)
