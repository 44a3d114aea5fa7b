package extract

// cue is what a lexicon phrase means: a category (indicator, veto, forecast, entity, ...) and
// a value (the indicator, the entity code, the source name, ...).
type cue struct {
	category string
	value    string
}

// trieNode is one word of a phrase trie. Phrases are matched word by word, so matching a
// sentence costs one map lookup per word and per word of the longest phrase starting there.
type trieNode struct {
	next map[string]*trieNode
	cues []cue // non-empty when a phrase ends here
}

type phraseTrie struct {
	root      trieNode
	caseBlind bool
}

func newPhraseTrie(caseBlind bool) *phraseTrie {
	return &phraseTrie{caseBlind: caseBlind}
}

func (t *phraseTrie) add(phrase string, c cue) {
	keys := phraseKeys(phrase, t.caseBlind)
	if len(keys) == 0 {
		return
	}
	n := &t.root
	for _, k := range keys {
		if n.next == nil {
			n.next = make(map[string]*trieNode)
		}
		child := n.next[k]
		if child == nil {
			child = &trieNode{}
			n.next[k] = child
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
}

// findAll returns the leftmost-longest, non-overlapping phrase matches in toks.
func (t *phraseTrie) findAll(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); {
		n := &t.root
		best := -1
		var bestCues []cue
		for j := i; j < len(toks) && n.next != nil; j++ {
			key := toks[j].text
			if t.caseBlind {
				key = toks[j].lower
			}
			n = n.next[key]
			if n == nil {
				break
			}
			if len(n.cues) > 0 {
				best, bestCues = j, n.cues
			}
		}
		if best < 0 {
			i++
			continue
		}
		out = append(out, match{first: i, last: best, cues: bestCues})
		i = best + 1
	}
	return out
}

func (m match) has(category string) (string, bool) {
	for _, c := range m.cues {
		if c.category == category {
			return c.value, true
		}
	}
	return "", false
}
