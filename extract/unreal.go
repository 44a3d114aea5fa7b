package extract

import "unicode"

// Figures a sentence states of no real period: a world it asks the reader to imagine, and
// what an economy needs. Both drop like a figure under "if" (hypothetical): nothing is
// stated of what was or will be.

// imagined reports a figure under an imperative of imagining that opens its sentence, or in
// a clause that describes an imagined world: "Imagine Germany's economy had grown 2% in 2024",
// "Suppose Italy's economy had grown 2%", "Picture France with unemployment of 4%", "Let's
// say growth were 3%", "Let us posit that Vietnam grew 10%", "Think of an India that grew 10%",
// "In a world where Italy grew 2% in 2024, debt would be falling". What the sentence sets
// against the imagined figure after "instead of", "rather than" or a clause break is real:
// "Imagine Germany's economy had grown 2% in 2024 instead of shrinking 0.5%".
func (s *sentence) imagined(k int) bool {
	// (every figure asks, and most sentences have no such word; the verbs the marks do not
	// cover open the sentence, whose first word two loads of imperativeShapes turn away)
	if s.markedWordsKnown && s.marks&markImagined == 0 && (len(s.words) == 0 || !imperativeShapes.mayHold(s.words[0].lower)) {
		return false
	}
	return s.imaginedIn(k)
}

// imperativeAt returns the first word after a speaker's label, a fronted phrase, quotes,
// imperativeOpeners and "let's" or "let us": where an imperative that opens the sentence
// stands ("HOST: Say US inflation was 5%", "For argument's sake, say China grew 3%").
func (s *sentence) imperativeAt() int {
	ws := s.words
	i := s.afterFrontedPhrase(s.afterSpeakerLabel())
	for i < len(ws) && (isQuoteWord(ws[i].lower) || imperativeOpeners[ws[i].lower]) {
		i++
	}
	if i+1 < len(ws) && ws[i].lower == "let" && (ws[i+1].lower == "'s" || ws[i+1].lower == "us") {
		i += 2 // "Let's imagine", "let us suppose"
	}
	return i
}

// afterSpeakerLabel returns the word after the label of a speaker's turn that opens the
// sentence ("HOST:", "Q:", "JOHN SMITH:", "Mr Hunt:"): up to four words that each open with a
// capital, then a colon. Else 0.
func (s *sentence) afterSpeakerLabel() int {
	ws := s.words
	for i := 0; i < len(ws) && i <= 4; i++ {
		if ws[i].lower == ":" {
			if i == 0 {
				return 0
			}
			return i + 1
		}
		if w := ws[i].text; w == "" || !unicode.IsUpper(firstRune(w)) {
			return 0
		}
	}
	return 0
}

// afterFrontedPhrase returns the word after a phrase of no verb and no figure that stands at
// word i and ends in a comma ("For argument's sake,", "Hypothetically,", "Just for a
// moment,"), or i: an imperative may follow it as it opens a sentence.
func (s *sentence) afterFrontedPhrase(i int) int {
	ws := s.words
	for j := i; j < len(ws) && j <= i+5; j++ {
		switch {
		case ws[j].lower == ",":
			if j == i {
				return i
			}
			return j + 1
		case ws[j].vg >= 0 || ws[j].fig >= 0 || isQuoteWord(ws[j].lower) || imaginingVerbs[ws[j].lower] || indefiniteVerbs[ws[j].lower] || ws[j].lower == "let":
			return i // (the imperative itself, tagged or not: "Suppose, hypothetically, that")
		}
	}
	return i
}

// imaginedIn is imagined, worked out.
func (s *sentence) imaginedIn(k int) bool {
	ws := s.words
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	i := s.imperativeAt()
	if i < first && (imaginingVerbs[ws[i].lower] || indefiniteVerbs[ws[i].lower]) {
		if n := i + 1; n < first && (isQuoteWord(ws[n].lower) || ws[n].lower == "," && n+1 < first && isQuoteWord(ws[n+1].lower) || ws[n].tag == tagProper && ws[n].ent < 0) {
			// not an imperative that sets a scene: '"Imagine," she said, "Poland's economy
			// grew 2.9%"', "Imagine Communications, a US broadcaster, said"
			return false
		}
		// "say" with a verb of an unreal mood ("Say growth were 3%"), or with the figure's
		// clause as its object, which no comma cuts off ("Say US inflation was 5% in 2024", not
		// "Say what you like, China grew 5%" nor the hedge "say, 5%"); "think of" and
		// "consider" only of a country with an indefinite article ("Think of an India that
		// grew 10%", not "Think of India, which grew 6.5%")
		unreal := imaginingVerbs[ws[i].lower] && ws[i].lower != "say"
		sayOf := ws[i].lower == "say"
		for j := i + 1; j < first; j++ {
			if realAgain[ws[j].lower] {
				return false
			}
			if ws[j].lower == "," && !(i >= 2 && ws[i-2].lower == "let") {
				sayOf = false // (but "Let's say, hypothetically, that ...")
			}
			unreal = unreal || ws[i].lower == "say" && (ws[j].lower == "were" || ws[j].lower == "had") ||
				indefiniteVerbs[ws[i].lower] && (ws[j].lower == "a" || ws[j].lower == "an") && j+1 < first && ws[j+1].ent >= 0
		}
		if unreal || sayOf {
			return true
		}
		// (or a world it sets: "Consider a scenario in which ...")
	}
	if !s.marked(markImagined) {
		return false
	}
	// "in a world where", "in a world in which", "a scenario in which" (not "a Britain that
	// grew 1.1% is still poorer": a country with an article may be the real one described)
	from, _ := s.clauseOf(first)
	w := from - 1
	if w >= 1 && ws[w].lower == "which" && ws[w-1].lower == "in" {
		w--
	} else if w < 0 || ws[w].lower != "where" {
		return false
	}
	if w < 2 || ws[w-1].lower != "world" && ws[w-1].lower != "universe" && ws[w-1].lower != "scenario" {
		return false
	}
	// an imagined world is "a world" (or "an alternative world"), not "the only country in
	// the world where inflation topped 200%"
	return ws[w-2].lower == "a" || ws[w-2].lower == "an" || w >= 3 && (ws[w-3].lower == "a" || ws[w-3].lower == "an")
}

var (
	// imaginingVerbs are the imperatives that set a scene ("say" as in "say growth were 3%").
	imaginingVerbs = map[string]bool{"imagine": true, "suppose": true, "picture": true, "assume": true, "pretend": true,
		"say": true, "supposing": true, "posit": true, "postulate": true, "envisage": true, "envision": true,
		"hypothesise": true, "hypothesize": true}
	// indefiniteVerbs set a scene only of "a" or "an" country: "Think of an India that grew
	// 10%", "Consider a Britain that had grown 3%"; of the real country they point to one
	// ("Consider India, which grew 6.5%").
	indefiniteVerbs = map[string]bool{"think": true, "consider": true, "take": true}
	// imperativeOpeners may stand before the imperative: "Now picture it", "But suppose".
	imperativeOpeners = map[string]bool{"now": true, "just": true, "but": true, "and": true, "so": true, "simply": true,
		"then": true, "or": true, ",": true}
	// imperativeShapes passes every word that may open a sentence imperativeAt reads and few
	// others.
	imperativeShapes = newKeyShapes(imperativeFirstWords())
	// realAgain are the words after which the sentence is back in the real world.
	realAgain = map[string]bool{";": true, ":": true, "instead": true, "rather": true, "unlike": true, "whereas": true,
		"while": true, "but": true, "actually": true,
		// a real event the reader is asked to picture: "Imagine the surprise when Spain's
		// economy grew 3.2% in 2024"
		"when": true}
)

// needed reports a verb group of need whose object the figure is, or whose passive subject
// it is: "Brazil needs growth of 4% to absorb new workers", "Italy would need growth of 2%",
// "growth of 4% is required". A requirement is no outturn, whatever date a clause beside it
// gives ("; in 2024 it grew 3.4%"), as "needs to grow 4%" is not (required).
func (s *sentence) needed(g int) bool {
	// (inlined: every figure with a verb asks, and most sentences have no such word)
	return !(s.markedWordsKnown && s.marks&markNeed == 0) && s.needVerb(g)
}

// needVerb is needed, worked out.
func (s *sentence) needVerb(g int) bool {
	if !s.marked(markNeed) {
		return false
	}
	w := &s.words[s.vgs[g].head]
	return w.hasLemma("need") || w.hasLemma("require")
}

// imperativeFirstWords are the words that may open a sentence of an imperative of imagining:
// the verbs, the openers, "let" and the quotes.
func imperativeFirstWords() map[string]bool {
	words := map[string]bool{"let": true, "\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true}
	for _, set := range []map[string]bool{imaginingVerbs, indefiniteVerbs, imperativeOpeners} {
		for w := range set {
			words[w] = true
		}
	}
	return words
}
