package extract

import (
	"slices"
	"strings"
)

// cue is what a lexicon phrase means: a category (measure, change, forecast, entity, ...) and
// a value (the measure, the entity code, the source name, ...).
type cue struct {
	category cueCategory
	value    string
	// measure is a measure cue's measure (Lexicon.measures[value]), found when the lexicon is
	// built: the reading of a noun phrase, and the look back at the nouns before a measure,
	// ask for it (or whether it is of another topic) of every measure cue they pass.
	measure *measure
}

// trieNode is one word of a phrase trie. Phrases are matched word by word, so matching a
// sentence costs one map lookup per word and per word of the longest phrase starting there.
type trieNode struct {
	next map[string]*trieNode
	cues []cue // non-empty when a phrase ends here
	// nextLengths and nextFirsts have a bit for the length (up to 63) and for the first byte
	// (its low five bits) of each key of next: most words after a phrase's first continue
	// none, and are turned away before the map would hash them.
	nextLengths uint64
	nextFirsts  uint32
}

// mayContinue reports whether next may have key k.
func (n *trieNode) mayContinue(k string) bool {
	return k == "" || n.nextLengths&(1<<min(len(k), 63)) != 0 && n.nextFirsts&(1<<(k[0]&31)) != 0
}

type phraseTrie struct {
	root trieNode
	// firstWords turns away, before any lookup, the words no phrase starts with: at the root
	// every word of a sentence is tried.
	firstWords wordShapes
	caseBlind  bool
	// titleForms maps the lower case of each word of its phrases written with one capital
	// ("Germany", "Fed") to the word, for text that lost its capitals.
	titleForms map[string][]string
	// allWords is the shape filter of every word of the phrases, whatever its place.
	allWords wordShapes
}

func newPhraseTrie(caseBlind bool) *phraseTrie {
	return &phraseTrie{caseBlind: caseBlind}
}

func (t *phraseTrie) add(phrase string, c cue) {
	keys := phraseKeys(phrase, t.caseBlind)
	if len(keys) == 0 {
		return
	}
	t.firstWords.add(keys[0])
	n := &t.root
	for _, k := range keys {
		t.allWords.add(k)
		if !t.caseBlind && titleCase(k) == k {
			if t.titleForms == nil {
				t.titleForms = make(map[string][]string)
			}
			t.titleForms[strings.ToLower(k)] = []string{k}
		}
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		child := n.next[k]
		if child == nil {
			child = &trieNode{}
			n.next[k] = child
			n.nextLengths |= 1 << min(len(k), 63)
			n.nextFirsts |= 1 << (k[0] & 31)
		}
		n = child
	}
	for _, have := range n.cues {
		if have == c {
			return
		}
	}
	n.cues = append(n.cues, c)
}

// match is one phrase found in a token slice: tokens [first, last] carry cues.
type match struct {
	first, last int
	cues        []cue
	categories  cueCategory // of cues
}

// findAll appends to out the leftmost-longest, non-overlapping phrase matches among
// n words, whose keys key gives; when alt is not nil, a word that does not continue a phrase
// as written is tried in each of its alternative forms (its lemmas), so that "prices"
// continues "consumer price". rootsFrom gives the first word from a position on where a
// phrase may start (n when there is none), with the children of the root it reaches as
// written or as one of its forms, known in advance: the words where none starts, most of
// them, are passed over in the caller's loop, without a lookup or a call each.
func (t *phraseTrie) findAll(out []match, n int, rootsFrom func(from int) (int, []*trieNode), key func(i int) string, alt func(i int) []string) []match {
	for i, roots := rootsFrom(0); i < n; {
		best, bestCues := -1, []cue(nil)
		for _, child := range roots {
			best, bestCues = t.extend(i, n, child, key, alt, best, bestCues)
		}
		if best < 0 {
			i, roots = rootsFrom(i + 1)
			continue
		}
		out = append(out, match{first: i, last: best, cues: bestCues, categories: categoriesOf(bestCues)})
		i, roots = rootsFrom(best + 1)
	}
	return out
}

// longestAt returns the last word and cues of the longest phrase from node starting at word i.
// When a word's forms reach phrases of the same length ("expected" as written, "expect" as its
// lemma), their cues are merged.
func (t *phraseTrie) longestAt(i, n int, node *trieNode, key func(int) string, alt func(int) []string) (int, []cue) {
	best, bestCues := -1, []cue(nil)
	if i >= n || node.next == nil {
		return best, bestCues
	}
	// node is never the root (extend passes a child of it, or a node below one): the words are
	// asked its filter inline, without child's call, most of them turned away by it
	k := key(i)
	if node.mayContinue(k) {
		if child := node.next[k]; child != nil {
			best, bestCues = t.extend(i, n, child, key, alt, best, bestCues)
		}
	}
	if alt != nil {
		for _, form := range alt(i) {
			if !node.mayContinue(form) || form == k {
				continue
			}
			if child := node.next[form]; child != nil {
				best, bestCues = t.extend(i, n, child, key, alt, best, bestCues)
			}
		}
	}
	return best, bestCues
}

// child returns node's child for word k, or nil.
func (t *phraseTrie) child(node *trieNode, k string) *trieNode {
	if node == &t.root && !t.firstWords.mayHold(k) || !node.mayContinue(k) {
		return nil
	}
	return node.next[k]
}

// rootsOf returns the distinct children of the root that word reaches as written or as one
// of forms.
func (t *phraseTrie) rootsOf(word string, forms []string) []*trieNode {
	var out []*trieNode
	for i := -1; i < len(forms); i++ {
		k := word
		if i >= 0 {
			k = forms[i]
		}
		if child := t.child(&t.root, k); child != nil && !slices.Contains(out, child) {
			out = append(out, child)
		}
	}
	return out
}

// extend takes the phrases that word i reaches in child, and the longer ones after it, into
// the best match so far.
func (t *phraseTrie) extend(i, n int, child *trieNode, key func(int) string, alt func(int) []string, best int, bestCues []cue) (int, []cue) {
	if len(child.cues) > 0 {
		best, bestCues = takeLonger(best, bestCues, i, child.cues)
	}
	if child.next == nil {
		return best, bestCues // the last word of its phrases: longestAt's answer, without the call
	}
	end, cues := t.longestAt(i+1, n, child, key, alt)
	return takeLonger(best, bestCues, end, cues)
}

// takeLonger keeps the longer of two matches, and merges the cues of two of the same length.
func takeLonger(best int, bestCues []cue, end int, cues []cue) (int, []cue) {
	switch {
	case end > best:
		return end, cues
	case end == best && end >= 0:
		merged := append([]cue(nil), bestCues...)
		for _, c := range cues {
			if !containsCue(merged, c) {
				merged = append(merged, c)
			}
		}
		return best, merged
	}
	return best, bestCues
}

func containsCue(cues []cue, c cue) bool {
	for _, have := range cues {
		if have == c {
			return true
		}
	}
	return false
}

// categoriesOf returns the categories of cues.
func categoriesOf(cues []cue) cueCategory {
	var all cueCategory
	for _, c := range cues {
		all |= c.category
	}
	return all
}

// has returns the value of m's first cue of the category. Most matches asked have none, which
// the mask tells where the call is made.
func (m match) has(category cueCategory) (string, bool) {
	if m.categories&category == 0 {
		return "", false
	}
	return m.valueOf(category), true
}

// valueOf returns the value of m's first cue of the category, which it has.
func (m match) valueOf(category cueCategory) string {
	for _, c := range m.cues {
		if c.category == category {
			return c.value
		}
	}
	return ""
}

// titleCase writes w with a capital and then lower case, as a name is written; a word of one
// letter, or one with a dot (an abbreviation), gets "".
func titleCase(w string) string {
	if len(w) < 2 || strings.Contains(w, ".") {
		return ""
	}
	return strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
}

// titleFormOf returns the word of the trie's phrases that w is when written as a name
// (titleCase), or nil: the one form of w worth trying, found without building it.
func (t *phraseTrie) titleFormOf(w string) []string {
	if len(w) < 2 || len(w) > 64 {
		if len(w) >= 2 {
			return t.titleFormsOf(titleCase(w))
		}
		return nil
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return t.titleFormsOf(titleCase(w)) // Unicode case rules: the slow way
		}
		if c == '.' {
			return nil
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if !t.allWords.mayHold(w) { // blind to case, so it answers for the name form too
		return nil
	}
	return t.titleForms[string(buf[:len(w)])]
}

func (t *phraseTrie) titleFormsOf(title string) []string {
	if title == "" {
		return nil
	}
	if f := t.titleForms[strings.ToLower(title)]; len(f) > 0 && f[0] == title {
		return f
	}
	return nil
}
