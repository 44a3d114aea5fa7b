package extract

import "strings"

// A demonym that names a language names no country: "(Translated from Spanish)" heading an
// Argentine story, "translated from the Portuguese" over a Brazilian one, "Originally
// published in French", "an English-language edition", "in Spanish-language media". Counted
// as a mention, the label made Spain the country of a story from Buenos Aires whose own
// country is named only by its institutions and currency, and "The economy grew 4.4% in 2025"
// was judged against Spain's growth. The language is read by the word's place, not by the
// sentence: it is the object of "from" or "into" after a word of translating, or of "in"
// after a verb of publishing, writing or speaking (or "originally"), and stands alone there,
// as a noun, not before a noun it modifies ("translated from Spanish newspaper El País" names
// a Spanish paper); or it modifies "language" or "speaking" ("Spanish-language",
// "Portuguese-speaking"). A country's name in those places ("published in Spain") is a
// place, and stays one; so does a demonym anywhere else ("Spanish inflation", "data from the
// Spanish statistics office"). A demonym after another, alone, is a language as a place speaks
// it: "(Argentine Spanish)", "Austrian German" (blind round 27: a translated Argentine story
// was judged as Spain's).

// dropLanguageNames removes from ms, the entity names found among toks, those that name a
// language (languageName).
func (lex *Lexicon) dropLanguageNames(ms []match, toks []token) []match {
	kept := ms[:0]
	for i := range ms {
		if !lex.languageName(&ms[i], toks) {
			kept = append(kept, ms[i])
		}
	}
	return kept
}

// isLowerDemonym reports a demonym of the entities in lower case ("spanish").
func (lex *Lexicon) isLowerDemonym(lower string) bool {
	return lex.demonymShapes.mayHold(lower) && lex.demonyms[lower]
}

// languageName reports a name m among toks that is a demonym used as the name of a language.
func (lex *Lexicon) languageName(m *match, toks []token) bool {
	if m.first != m.last || !lex.isLowerDemonym(toks[m.first].lower) {
		return false
	}
	if n := m.last + 1; n < len(toks) && languageHeads[toks[n].lower] {
		return true // "Spanish-language media", "Portuguese-speaking countries"
	}
	if !standsAlone(toks, m.last+1) {
		return false
	}
	if p := m.first - 1; p >= 0 && lex.isLowerDemonym(toks[p].lower) && toks[p].end < toks[m.first].start {
		return true // "(Argentine Spanish)", "Austrian German": a language as a place speaks it
	}
	i := m.first - 1
	if i >= 0 && toks[i].lower == "the" {
		i-- // "translated from the Portuguese"
	}
	if i < 1 {
		return false
	}
	switch toks[i].lower {
	case "from", "into":
		return strings.Contains(toks[i-1].lower, "translat") // "Translated from", "a translation into"
	case "in":
		v := i - 1
		if v > 0 && toks[v].lower != "originally" && (strings.HasSuffix(toks[v].lower, "ly") || toks[v].lower == "first") {
			v-- // "written entirely in German", "appeared first in French"
		}
		return toks[v].lower == "originally" || hasAnyBase(&toks[v], languageVerbs)
	}
	return false
}

// languageHeads are the words a language's name modifies: "Spanish-language media" (the
// tokenizer splits the hyphen), "French-speaking Switzerland", "German speakers".
var languageHeads = map[string]bool{"language": true, "languages": true, "speaking": true, "speaker": true, "speakers": true}

// languageVerbs are the bases of the verbs after which "in" names the language of a text or
// of speech: "published in French", "written in German", "broadcast in Arabic".
var languageVerbs = []string{"publish", "write", "print", "appear", "broadcast", "air", "speak", "dub", "subtitle", "translate"}

// standsAlone reports that the word at n, after a name, ends the name's noun phrase: the end,
// a stop, a bracket or a comma, or a word of a closed class ("by", "and", "for"), or a noun of
// a text ("the Spanish original"). A noun after it makes the name its modifier ("from Spanish
// newspaper El País").
func standsAlone(toks []token, n int) bool {
	if n >= len(toks) || toks[n].punct {
		return true
	}
	switch toks[n].lower {
	case "original", "text", "version", "edition":
		return true
	}
	_, closed := closedClass[toks[n].lower]
	return closed
}

// hasAnyBase reports a word one of whose dictionary bases is among bases.
func hasAnyBase(t *token, bases []string) bool {
	for _, b := range t.basesOf() {
		for _, want := range bases {
			if b == want {
				return true
			}
		}
	}
	return false
}
