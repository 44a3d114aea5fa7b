package extract

// A yes/no question asks whether a figure holds; it does not say that it does. Fact-checks
// head their pieces with one ("Did Sweden's economy grow 4% in 2024?"), explainers and Q&A
// pages open on one ("Q: Has Japan's inflation hit 10%?"), and a podcast host puts one to a
// guest. English marks it by structure: the clause opens with an auxiliary before its subject
// (do, have, be or a modal: "Did X grow", "Has X hit", "Is it true that", "Could X have been")
// and ends with a question mark. A figure inside such a clause makes no claim, whatever the
// answer after it: "Yes." keeps nothing more than the question stated, and the answer's own
// figure ("No. It grew 1.0%.") is a claim of its own.
//
// What keeps its figure:
//   - a wh-question ("Why did Germany's economy shrink 0.5% in 2024?"): it presupposes its
//     figure, as an explainer's heading does, and the rhetorical one a fact-check asks of a
//     false figure is answered in the next sentence ("It didn't: it grew 0.7%."), which
//     rebuttedAfter reads as it reads the answer to a reported claim;
//   - an assertion the question follows ("Germany's economy shrank 0.5% in 2024. Why?"), or
//     precedes within the sentence ("Germany's economy shrank 0.5% in 2024, so why did ..."):
//     the question must open before the figure, at the sentence's start;
//   - a question of knowing or remembering, which asserts its complement: "Did you know that
//     Germany's economy shrank 0.5% in 2024?", "Do you remember when inflation hit 10%?".

// askedFigure reports a figure at word first inside a yes/no question (see above).
func (s *sentence) askedFigure(first int) bool {
	ws := s.words
	n := len(ws)
	for n > 0 && isQuoteWord(ws[n-1].lower) {
		n-- // (a question quoted whole: "Did ... 4%?")
	}
	if n == 0 || ws[n-1].lower != "?" || first >= n {
		return false // (the one test most sentences are turned away by)
	}
	a := questionStart(s, first)
	if a < 0 || a >= first || !invertedAuxiliaries[ws[a].lower] {
		return false
	}
	// the auxiliary stands before its subject, not before a stop ("Is it? ...")
	if ws[a+1].tag == tagPunct {
		return false
	}
	// a stop of a clause of its own between the question's start and the figure ("Did it?
	// ..." is cut as a sentence; a semicolon is not): the figure is in another clause
	for i := a + 1; i < first; i++ {
		if w := ws[i].lower; w == ";" {
			return false
		}
	}
	// a verb of knowing or remembering asserts what it takes: "Did you know that ...?"
	for i := a + 1; i < first && i <= a+4; i++ {
		if factiveVerbs[ws[i].lower] {
			return false
		}
	}
	return true
}

// questionStart returns the word a question may open at, before the figure at word first: the
// sentence's first word, past a label that ends with a colon in its first five words ("Q:",
// "Fact check:", "HOST:", "Headline:"), and past a linking word ("So did ...", "And has ...",
// "But, is ..."). -1 when the figure comes before.
func questionStart(s *sentence, first int) int {
	ws := s.words
	a := 0
	for a < len(ws) && isQuoteWord(ws[a].lower) {
		a++
	}
	for i := a; i < first && i <= a+5; i++ {
		if w := ws[i].lower; w == ":" || w == "–" || w == "—" {
			a = i + 1
			break
		}
	}
	for a < first && isQuoteWord(ws[a].lower) {
		a++
	}
	if a < first && questionLinks[ws[a].lower] {
		a++
		if a < first && ws[a].lower == "," {
			a++
		}
	}
	if a >= first {
		return -1
	}
	return a
}

// isNegWord reports "not" or the "n't" of a contraction ("Didn't Germany's economy shrink
// 0.5%?" is a question too).
func isNegWord(w string) bool {
	return w == "not" || w == "n't" || w == "'t" || w == "’t"
}

// The words of askedFigure. invertedAuxiliaries hold the first part of a contraction too
// ("didn" of "didn't").
var (
	invertedAuxiliaries = map[string]bool{"do": true, "does": true, "did": true, "has": true,
		"have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "can": true,
		"could": true, "will": true, "would": true, "should": true, "might": true, "may": true,
		"didn": true, "doesn": true, "don": true, "hasn": true, "haven": true, "isn": true,
		"aren": true, "wasn": true, "weren": true, "won": true, "wouldn": true, "couldn": true}
	questionLinks = map[string]bool{"so": true, "and": true, "but": true, "then": true,
		"now": true, "well": true, "ok": true, "okay": true, "yet": true, "or": true}
	factiveVerbs = map[string]bool{"know": true, "knew": true, "realise": true, "realize": true,
		"remember": true, "recall": true, "notice": true, "noticed": true, "hear": true,
		"heard": true, "see": true, "saw": true}
)
