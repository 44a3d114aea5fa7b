package extract

// Figures a sentence states of no real period: a world it asks the reader to imagine, and
// what an economy needs. Both drop like a figure under "if" (hypothetical): nothing is
// stated of what was or will be.

// imagined reports a figure under an imperative of imagining that opens its sentence, or in
// a clause that describes an imagined world: "Imagine Germany's economy had grown 2% in 2024",
// "Suppose Italy's economy had grown 2%", "Picture France with unemployment of 4%", "Let's
// say growth were 3%", "In a world where Italy grew 2% in 2024, debt would be falling". What
// the sentence sets against the imagined figure after "instead of", "rather than" or a clause
// break is real: "Imagine Germany's economy had grown 2% in 2024 instead of shrinking 0.5%".
func (s *sentence) imagined(k int) bool {
	// (inlined: every figure asks, and most sentences have no such word)
	return !(s.markedWordsKnown && s.marks&markImagined == 0) && s.imaginedIn(k)
}

// imaginedIn is imagined, worked out.
func (s *sentence) imaginedIn(k int) bool {
	if !s.marked(markImagined) {
		return false
	}
	ws := s.words
	first := s.qFirst[k]
	if first < 0 {
		return false
	}
	i := 0
	for i < first && (isQuote(ws[i].lower) || imperativeOpeners[ws[i].lower]) {
		i++
	}
	if i+1 < first && ws[i].lower == "let" && (ws[i+1].lower == "'s" || ws[i+1].lower == "us") {
		i += 2 // "Let's imagine", "let us suppose"
	}
	if i < first && imaginingVerbs[ws[i].lower] {
		if n := i + 1; n < first && (isQuote(ws[n].lower) || ws[n].lower == "," && n+1 < first && isQuote(ws[n+1].lower) || ws[n].tag == tagProper && ws[n].ent < 0) {
			// not an imperative that sets a scene: '"Imagine," she said, "Poland's economy
			// grew 2.9%"', "Imagine Communications, a US broadcaster, said"
			return false
		}
		unreal := ws[i].lower != "say" // "say" only with a verb of an unreal mood: "Say growth were 3%"
		for j := i + 1; j < first; j++ {
			if realAgain[ws[j].lower] {
				return false
			}
			unreal = unreal || ws[j].lower == "were" || ws[j].lower == "had"
		}
		return unreal
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
		"say": true, "supposing": true}
	// imperativeOpeners may stand before the imperative: "Now picture it", "But suppose".
	imperativeOpeners = map[string]bool{"now": true, "just": true, "but": true, "and": true, "so": true, "simply": true,
		"then": true, "or": true, ",": true}
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
