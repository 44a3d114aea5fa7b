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
}

// attachFacts looks up each word of toks once, through memo when it is not nil.
func (lex *Lexicon) attachFacts(toks []token, memo *wordMemo) {
	for i := range toks {
		if !toks[i].punct {
			lex.attachFactsTo(&toks[i], memo)
		}
	}
}

func (lex *Lexicon) attachFactsTo(t *token, memo *wordMemo) {
	if e := memo.entry(lex, t.lower); e != nil {
		t.facts, t.memo = e.facts, e
		return
	}
	t.facts, t.memo = lex.facts[t.lower], nil
}

// wordMemo remembers the facts and dictionary bases of the words a worker met last. The words
// of news repeat ("the", "growth", "said", "economy"), and the lexicon's map and the dictionary
// are large enough that most lookups in them miss the processor's caches; the memo is small
// enough to stay in them. It is direct-mapped: a word takes the slot of its hash, and the
// word there before is forgotten.
type wordMemo [memoSlots]memoEntry

const (
	memoSlots   = 2048
	memoWordMax = 22 // longer words are rare and are looked up every time
)

type memoEntry struct {
	// word is held as bytes, not as a string into an article, so that the memo keeps no
	// article alive.
	word       [memoWordMax]byte
	n          uint8
	basesKnown bool
	// verbForm is isVerbForm of the word: 0 not asked yet, else verbFormNo or verbFormYes.
	verbForm uint8
	facts    *wordFacts
	bases    []string
}

const (
	verbFormNo = 1 + iota
	verbFormYes
)

// entry returns the entry of lower, filled with its facts; nil when memo is nil or the word
// is too long for it.
func (memo *wordMemo) entry(lex *Lexicon, lower string) *memoEntry {
	if memo == nil || len(lower) > memoWordMax || lower == "" {
		return nil
	}
	e := &memo[hashWord(lower)&(memoSlots-1)]
	if !e.holds(lower) {
		e.n = uint8(copy(e.word[:], lower))
		e.facts, e.bases, e.basesKnown, e.verbForm = lex.facts[lower], nil, false, 0
	}
	return e
}

// holds reports whether e is the entry of lower.
func (e *memoEntry) holds(lower string) bool {
	return int(e.n) == len(lower) && string(e.word[:e.n]) == lower
}

// basesOf returns the dictionary's bases of lower, which e holds.
func (e *memoEntry) basesOf(lower string) []string {
	if !e.basesKnown {
		e.bases, e.basesKnown = lemmasOf(lower), true
	}
	return e.bases
}

// isVerbForm is isVerbForm of lower, which e holds: it asks the dictionary of the word's bases
// and of theirs, and the same words come back sentence after sentence.
func (e *memoEntry) isVerbForm(lower string) bool {
	if e.verbForm == 0 {
		e.verbForm = verbFormNo
		if verbFormBy(lower, func() []string { return e.basesOf(lower) }) {
			e.verbForm = verbFormYes
		}
	}
	return e.verbForm == verbFormYes
}
