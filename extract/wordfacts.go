package extract

import "strings"

// wordFacts is what the lexicon knows of one lower-case word. A sentence's words are looked
// up once, when it is tokenised, instead of once per question asked of them (is it a cue word,
// can a phrase start there, is it a function word, what are its bases): the lookups in maps of
// strings were the larger part of reading a sentence.
type wordFacts struct {
	// closed is the word's tag when it is a function word (isClosed).
	closed   tag
	isClosed bool
	// lemmas are the dictionary's bases of a cue word, the forms its phrases are matched on.
	lemmas []string
	// cueRoots are the children of the cue trie's root the word reaches as written or as one
	// of its lemmas: where a cue phrase may start.
	cueRoots []*trieNode
	// bases are the dictionary's bases of the word, whatever it is (lemmasOf): the words the
	// lexicon has are most of a sentence's, and each is asked for its bases when it is tagged.
	bases []string
	// verbForm is isVerbForm of the word, asked of every word a sentence tags.
	verbForm bool
}

// buildWordFacts gathers the facts of every word the lexicon has any: cue words with their
// forms and the function words. Words outside it have none, which is a fact too.
func (lex *Lexicon) buildWordFacts() {
	lex.facts = make(map[string]*wordFacts, len(lex.cueWords)+len(closedClass))
	get := func(w string) *wordFacts {
		f := lex.facts[w]
		if f == nil {
			f = &wordFacts{}
			lex.facts[w] = f
		}
		return f
	}
	for w := range lex.cueWords {
		get(w).lemmas = lemmasOf(w)
	}
	for w := range lex.startWords {
		f := get(w)
		forms := f.lemmas
		if strings.HasPrefix(w, "'") {
			forms = nil // "'s" is matched as written only
		}
		f.cueRoots = lex.cues.rootsOf(w, forms)
	}
	for w, t := range closedClass {
		f := get(w)
		f.closed, f.isClosed = t, true
	}
	for w, f := range lex.facts {
		f.bases = lemmasOf(w)
		f.verbForm = isVerbForm(w)
	}
}

// attachFacts looks up each word of toks once.
func (lex *Lexicon) attachFacts(toks []token) {
	for i := range toks {
		if !toks[i].punct {
			lex.attachFactsTo(&toks[i])
		}
	}
}

func (lex *Lexicon) attachFactsTo(t *token) {
	t.facts = lex.facts[t.lower]
}
