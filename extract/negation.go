package extract

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
//     speech with no word of falsity ("Critics claimed that ...") keep their figure.
// "not only grew 2%", "not far from 2%" and "not more than 2%" keep the figure: there "not"
// does not stand straight before it.

// deniedFigure reports a figure k the sentence rejects in one of these ways.
func (s *sentence) deniedFigure(k int) bool {
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	return s.notBefore(first) || s.implicativeBefore(first) || s.untrueThat(first) || s.rebutted(first)
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
		hasSuffixIng(w) && sayingWords[w]
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
	if !noun {
		return false // what a speaker says runs to the clause's end: "said that it was 3% and the rest was wrong"
	}
	// called false after it, as the predicate of the claim's phrase: "The claim that ... is
	// wrong", "Posts claiming ... are false", "We rate the claim that ... False"
	for i := first + 1; i <= to; i++ {
		if !falseWords[ws[i].lower] {
			continue
		}
		j := i - 1
		if ws[j].tag == tagAdv && j > first {
			j-- // "is simply false"
		}
		if rating || copulas[ws[j].lower] {
			return true
		}
	}
	return false
}

// dataContradict reports a clause at word i that opens with "but" and whose subject is data
// that show otherwise: "but official data show 2.4%", "but ONS figures put it at 3.3%".
func (s *sentence) dataContradict(i int) bool {
	ws := s.words
	if i >= len(ws) || ws[i].lower != "but" {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if dataNouns[ws[j].lower] {
			return j+1 < len(ws) && showVerbs[ws[j+1].lower]
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
		"bogus": true, "fake": true}
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
