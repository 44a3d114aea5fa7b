package extract

// A country that a sentence names only as what its subject, another country, is ranked
// against ("Japan fell behind Germany", "China overtook Japan as ...", "India trails China in
// ...") is the yardstick of a story about the subject, not what the text goes on about:
// "Japan fell behind Germany to become the world's fourth-largest economy in dollar terms in
// 2023. Real GDP grew 1.5 percent in 2023 ... The unemployment rate was 2.5 percent in 2024."
// Read as the last country named, Germany took the unemployment rate, and the two named
// together left the GDP figures with no country (twoNamedJustBefore). Such a name counts
// half in the mention scan, as a compared one does (compared_mentions.go), and is not the
// last country named: the subject is. A country a verb acts on otherwise ("The United States
// sanctioned Iran", "Russia invaded Ukraine", "Germany bailed out Greece") is often what the
// text goes on about, and stays the last named.

// objectMention reports a name m of toks (ms are the names found in toks, in order) that is
// the object of a verb of ranking (rankVerb) or of "behind", "ahead of", or "by" after such a
// verb, in a clause whose subject is another country's name: the subject opens the sentence
// ("Japan", "The United States", "Japan's economy"), or follows a fronted phrase that opens
// with a preposition and ends with a comma ("In 2010, China overtook Japan"), and nothing
// between the two opens another clause or joins a list (a comma, a conjunction, a relative or
// subordinating word: "Japan and Germany", "Japan grew, while Germany ..."). After a verb, the
// name must end its clause, or be followed by a preposition, "as" or a figure ("overtook
// Germany as", "trails Germany in"): "Japan expects Germany to grow" and "Japan overtook
// Germany's ..." may make it a subject of its own.
func objectMention(lex *Lexicon, toks []token, ms []match, mi int) bool {
	m := &ms[mi]
	code, ok := m.has(catEntity)
	if !ok || lex.aggregates.has(code) {
		return false
	}
	if !rankingGovernorBefore(toks, m.first) {
		return false // (most names: the cheap test first, before the sentence is sought)
	}
	b := sentenceOpening(toks, m.first)
	if b < 0 {
		return false
	}
	var subject *match
	for j := mi - 1; j >= 0 && ms[j].first >= b; j-- {
		subject = &ms[j] // the first name of the sentence, sought back from m
	}
	if subject == nil {
		return false
	}
	sc, ok := subject.has(catEntity)
	if !ok || sc == code || lex.aggregates.has(sc) || !nameOpensSentence(toks, b, subject.first) {
		return false
	}
	from := subject.last + 1
	if from < len(toks) && toks[from].lower == "'s" {
		from++
	}
	for i := from; i < m.first; i++ {
		t := &toks[i]
		if t.punct {
			return false
		}
		switch closedClass[t.lower] {
		case tagCoord, tagSub, tagWh:
			return false
		}
	}
	before := m.first - 1
	if before >= from && toks[before].lower == "the" {
		before--
	}
	if before < from {
		return false // "Japan Germany": nothing governs it
	}
	switch w := toks[before].lower; {
	case w == "behind":
		return true // "fell behind Germany", "ranks behind the United States"
	case w == "of":
		return before > from && toks[before-1].lower == "ahead" // "ahead of Germany"
	case w == "by":
		return before > from && rankVerb(&toks[before-1]) // "was overtaken by Germany"
	case !rankVerb(&toks[before]):
		return false
	}
	// after a verb: what follows says whether the name is its object
	next := m.last + 1
	if next >= len(toks) {
		return true
	}
	n := &toks[next]
	switch {
	case n.lower == "'s" || n.lower == "to":
		return false
	case n.punct:
		return n.lower == "," || n.lower == "." || n.lower == ";"
	case figureToken(n.lower):
		return true
	}
	tg, closed := closedClass[n.lower]
	return closed && (tg == tagPrep || n.lower == "as")
}

// rankVerb reports a verb that ranks its subject against its object: "Japan overtook Germany",
// "trails Germany", "outpaced the United States". Only these: a verb that acts on a country
// ("sanctioned Iran", "invaded Ukraine", "bailed out Greece", "lent Argentina $44bn") makes it
// what the text goes on about as often as its subject.
func rankVerb(t *token) bool {
	for _, v := range [...]string{"overtake", "surpass", "trail", "outpace", "outstrip", "outgrow", "outperform", "underperform", "leapfrog", "eclipse"} {
		if t.hasLemma(v) {
			return true
		}
	}
	return false
}

// sentenceOpening returns the index of the first word of the sentence of toks that word at
// stands in: after the last full stop, question or exclamation mark, or colon before it
// ("A: Japan fell behind Germany"); -1 when there is none within openingReach words and the
// text does not start there.
func sentenceOpening(toks []token, at int) int {
	for i := at - 1; i >= 0; i-- {
		if i < at-openingReach {
			return -1 // a subject this far back opens no clause the name is in
		}
		if toks[i].punct {
			switch toks[i].lower {
			case ".", "?", "!", ":":
				return i + 1
			}
		}
	}
	return 0
}

// openingReach bounds how far back sentenceOpening looks, so that a line with no full stop is
// not read again for every name on it.
const openingReach = 64

// rankingGovernorBefore reports a word before the name at first, past "the", that can make it
// the object of a ranking: "behind", "of" (after "ahead"), "by", or a verb of ranking.
func rankingGovernorBefore(toks []token, first int) bool {
	i := first - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 0 {
		return false
	}
	switch toks[i].lower {
	case "behind", "of", "by":
		return true
	}
	return rankVerb(&toks[i])
}

// nameOpensSentence reports a name at first that opens the sentence from b: its first word, after
// "the", or after a fronted phrase that opens with a preposition and whose only comma ends it
// ("In 2010, China ...").
func nameOpensSentence(toks []token, b, first int) bool {
	if first > b && toks[first-1].lower == "the" {
		first--
	}
	if first == b {
		return true
	}
	if first-1 <= b || toks[first-1].lower != "," || closedClass[toks[b].lower] != tagPrep {
		return false
	}
	if _, closed := closedClass[toks[b].lower]; !closed {
		return false
	}
	for i := b + 1; i < first-1; i++ {
		if toks[i].punct && toks[i].lower != "-" {
			return false
		}
	}
	return true
}
