package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// A sentence's words are asked the same questions at every occurrence — its lower case, what
// the lexicon knows of it, its dictionary bases, where a name or a slip could start there —
// and the answers depend on the word alone. They were the larger part of reading a sentence:
// about a microsecond a word, spent on map lookups of strings, lower-case copies and walks of
// the dictionary. A wordType holds them for one word as written, found once per worker in a
// wordCache, so that a word of a sentence costs one lookup in a small table.

// wordType is what is known of one word as written, whatever sentence it stands in. Tokens
// keep a pointer to it after the cache has let it go; only the name roots are filled in
// after it is made, on first use, by the one goroutine that owns the cache.
type wordType struct {
	text string // as written: the cache's key
	// head is wordHead(text): the tokenizer compares a word of up to eight bytes with the type
	// in its set's first way by it, with no call and no read of the type's text.
	head  uint64
	lower string // lowerASCII(text)
	facts *wordFacts
	slip  *string  // the cue word the word is a typing slip of, or nil (most words)
	bases []string // lemmasOf(lower)
	// nameKey is the word as the name tries are keyed (nameKeyOf); names and capsNames
	// hold the children of the name tries' roots it reaches, once asked (most words reach
	// none): as written, and also as a name in a line of capitals.
	nameKey          string
	names, capsNames *nameRoots
	// form is what the word's spelling says of its part of speech, once formKnown.
	form      wordForm
	formKnown bool
	// canBeVerb and adjective are canBeVerb and isAdjective of lower, once asked.
	canBeVerb, adjective lazyBool
	// marks are what else is asked of every word of some sentences (typeMarks): kept as bits
	// of one byte, the last the type has spare (it is 128 bytes, a size class).
	marks typeMarks
	// lemmaBits has the bit lemmaBit of the length of lower and of each of its bases.
	lemmaBits uint32
}

// typeMarks are bits of what a wordType says of its word.
type typeMarks uint8

const (
	typeContextWord      typeMarks = 1 << iota // contextWords.mayHold(lower)
	typeRateGrowthOrBloc                       // namesRateGrowthOrBloc(lower, bases)
	typeOwnBase                                // lower is one of its bases (token.ownBase)
)

// lemmaBit is the bit of lemmaBits that stands for words of w's length (lengths from 31 on
// share bits with the shorter).
func lemmaBit(w string) uint32 {
	return 1 << (len(w) & 31)
}

// nameRoots are the children of the roots of the entity and institution tries that a word
// reaches (phraseTrie.nameRoots).
type nameRoots struct {
	entity, inst []*trieNode
}

// noNameRoots is the nameRoots of the words that start no name, most of them.
var noNameRoots = &nameRoots{}

// The cache has wordCacheSets sets of wordCacheWays word types each, a set for each hash of
// the word: news is mostly a few thousand common words. The ways of a set keep a common word
// from being pushed out by the rare ones after it. The benchmark corpus's sentences with
// figures hold some 73,000 words of fewer than 10,000 types: read a second time, with two
// ways to a set (and as many types in all) one word in 23 missed, with eight one in 110. Seven
// ways and their tags fill a line of the data cache: some 6% more types are made than with
// eight. The corpus's 8,300 types fill 2,048 sets four deep on average, and the few sets
// given more than seven lost theirs on every pass: read again, a pass made 700 types anew
// (each about 1,300 instructions, with allocations) and looked up 17,400 words past their
// first way; with 4,096 sets it makes 50 and looks up 12,000. Types are made only for the
// words met: the cache holds more of them only where the text has as many words (some 2 MB
// more at most).
const (
	wordCacheSets = 4096
	wordCacheWays = 7 // with a tag each, a set fills one cache line
	// wordCacheSize is the most types a cache holds.
	wordCacheSize = wordCacheSets * wordCacheWays
)

// wordCacheSet is one set of a wordCache. The types are spread over a megabyte or more, and
// a word's set and its types are mostly out of the data cache when the word is read: each
// type is kept with a tag of its word's hash, so that a word is compared only with the types
// whose tag is its own (mostly one, the type of the word), and a set and its tags are one
// line of 64 bytes.
type wordCacheSet struct {
	types [wordCacheWays]*wordType
	tags  [wordCacheWays]uint8 // wayTag of the hash of each type's text
}

// wayTag is the tag of a word of hashWord hash in its set: the bits above those that chose
// the set.
func wayTag(hash uint32) uint8 {
	return uint8(hash / wordCacheSets)
}

// wordCache keeps the word types one worker met last. It belongs to one goroutine at a time
// (it travels with the article buffers) and to one lexicon, and holds at most wordCacheSize
// types whatever the input's length.
type wordCache struct {
	// sets hold the type met last in their first way, which the tokenizer compares first.
	// They come first: the cache is allocated on its own pages, so each set is one line.
	sets [wordCacheSets]wordCacheSet
	lex  *Lexicon
	// slips counts the words read through the cache that are typing slips: a sentence
	// whose reading leaves it as it was has no slip to correct.
	slips int
}

func newWordCache(lex *Lexicon) *wordCache {
	c := &wordCache{lex: lex}
	for i := range c.sets {
		for k := range c.sets[i].types {
			c.sets[i].types[k] = noType
		}
	}
	return c
}

// noType fills the sets of a new cache: its text, "", is no word's, and a set's types are
// compared with a word without a test for nil.
var noType = &wordType{}

// wordHead returns the first eight bytes of w as ascii.Load8 reads them, with zero bytes past
// w's end when it is shorter.
func wordHead(w string) uint64 {
	if len(w) >= 8 {
		return ascii.Load8(w, 0)
	}
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// firstType returns the type in the first way of the set of hash, when its tag is the hash's
// (it may still be of another word), else noType.
func (c *wordCache) firstType(hash uint32) *wordType {
	set := &c.sets[hash&(wordCacheSets-1)]
	if set.tags[0] != wayTag(hash) {
		return noType
	}
	return set.types[0]
}

// lookup returns the type of the word text, whose hashWord is hash.
func (c *wordCache) lookup(text string, hash uint32) *wordType {
	set := &c.sets[hash&(wordCacheSets-1)]
	tag := wayTag(hash)
	for k := range set.types {
		if wt := set.types[k]; set.tags[k] == tag && wt.text == text {
			// to the first way, swapped with the type there: cheaper than keeping the order
			// in which they were met, and it misses about as rarely
			set.types[0], set.types[k] = wt, set.types[0]
			set.tags[0], set.tags[k] = tag, set.tags[0]
			return wt
		}
	}
	// a copy: the article's text is not kept alive by the cache
	c.lex.expandForms() // the facts the types carry
	wt := c.lex.newWordType(strings.Clone(text))
	copy(set.types[1:], set.types[:wordCacheWays-1]) // the last way's type is let go of
	copy(set.tags[1:], set.tags[:wordCacheWays-1])
	set.types[0], set.tags[0] = wt, tag
	return wt
}

// newWordType finds out what the lexicon and the dictionary know of text, a word token.
func (lex *Lexicon) newWordType(text string) *wordType {
	lower := wordLower(text)
	wt := &wordType{text: text, head: wordHead(text), lower: lower, facts: lex.facts[lower], bases: lemmasOf(lower), nameKey: nameKeyOf(text)}
	wt.lemmaBits = lemmaBit(lower)
	for _, b := range wt.bases {
		wt.lemmaBits |= lemmaBit(b)
	}
	if mayBeContextWord(lower) {
		wt.marks |= typeContextWord
	}
	if namesRateGrowthOrBloc(lower, wt.bases) {
		wt.marks |= typeRateGrowthOrBloc
	}
	if slices.Contains(wt.bases, lower) {
		wt.marks |= typeOwnBase
	}
	if lex.typos.mayBeSlip(lower) {
		if slip := lex.slipOf(text, lower, wt.facts, wt.bases); slip != "" {
			held := slip // (taking slip's address would allocate it for every word asked)
			wt.slip = &held
		}
	}
	return wt
}

// nameRootsOf returns the name roots of wt, as written or (caps) in a line of capitals,
// finding them on first use.
func (lex *Lexicon) nameRootsOf(wt *wordType, caps bool) *nameRoots {
	known := &wt.names
	if caps {
		known = &wt.capsNames
	}
	if *known == nil {
		entity, inst := lex.entities.nameRoots(wt.nameKey, caps), lex.institutions.nameRoots(wt.nameKey, caps)
		*known = noNameRoots
		if entity != nil || inst != nil {
			*known = &nameRoots{entity: entity, inst: inst}
		}
	}
	return *known
}

// appendToken appends the token text[start:end] (a word's hashWord is hash) to toks: a word
// through its type, punctuation as is. The token is built in place: it is large, and a copy
// of it per word counts.
func (c *wordCache) appendToken(toks []token, text string, start, end int, punct bool, hash uint32) []token {
	if c == nil || punct {
		return append(toks, newToken(text, start, end, punct))
	}
	wt := c.firstType(hash)
	if wt.text != text[start:end] {
		wt = c.lookup(text[start:end], hash)
	}
	return c.appendWordToken(toks, text, start, end, wt)
}

// appendWordToken appends the token of the word text[start:end], whose type is wt, to toks.
// It is filled in place: a token built apart was copied in whole, once for every word read.
func (c *wordCache) appendWordToken(toks []token, text string, start, end int, wt *wordType) []token {
	if wt.slip != nil {
		c.slips++
	}
	toks, t := appendSlot(toks)
	t.start, t.end, t.text, t.lower, t.facts, t.wt, t.punct = start, end, text[start:end], wt.lower, wt.facts, wt, false
	return toks
}

// nameRoots returns the children of the root that the name key k reaches, in the order
// longestAt tries them: as written, then, in a line of capitals, as titleFormOf writes it.
func (t *phraseTrie) nameRoots(k string, caps bool) []*trieNode {
	return t.appendNameRoots(nil, k, caps)
}

// appendNameRoots is nameRoots appending to out.
func (t *phraseTrie) appendNameRoots(out []*trieNode, k string, caps bool) []*trieNode {
	if child := t.child(&t.root, k); child != nil {
		out = append(out, child)
	}
	if caps {
		for _, form := range t.titleFormOf(k) {
			if child := t.child(&t.root, form); child != nil && form != k {
				out = append(out, child)
			}
		}
	}
	return out
}

// nameRoots is phraseTrie.nameRoots of token t in trie, one of the lexicon's name tries,
// read from its type when it has one, else found in buf's storage.
func (lex *Lexicon) nameRoots(trie *phraseTrie, t *token, caps bool, buf []*trieNode) []*trieNode {
	if t.wt != nil {
		n := lex.nameRootsOf(t.wt, caps)
		switch trie {
		case lex.entities:
			return n.entity
		case lex.institutions:
			return n.inst
		}
	}
	return trie.appendNameRoots(buf[:0], t.nameKey(), caps)
}

// nameKey is nameKeyOf the token's text.
func (t *token) nameKey() string {
	if t.wt != nil {
		return t.wt.nameKey
	}
	return nameKeyOf(t.text)
}

// hash is hashWord of text[i:j], when c will look it up.
func (c *wordCache) hash(text string, i, j int) uint32 {
	if c == nil {
		return 0
	}
	return hashWord(text[i:j])
}
