package extract

import "testing"

// TestChildFilterTurnsAwayOnlyAbsentKeys checks that a node's filter of its keys never turns
// away a key it has: child answers as the map does.
func TestChildFilterTurnsAwayOnlyAbsentKeys(t *testing.T) {
	trie := newPhraseTrie(true)
	for _, p := range []string{"consumer price index", "consumer prices", "cost of living", "rate of inflation", "gross domestic product", "a", "x-ray scan"} {
		trie.add(p, cue{category: catMeasure, value: p})
	}
	keys := []string{"", "a", "price", "prices", "index", "of", "living", "inflation", "domestic", "product", "ray", "scan",
		"consumer", "cost", "rate", "gross", "pricez", "indexes", "Of", "OF", "living-room", "ínflation", "2", "a very long word that no phrase of the trie has at all, none"}
	var walk func(n *trieNode)
	walk = func(n *trieNode) {
		for _, k := range keys {
			if got, want := trie.child(n, k), n.next[k]; n != &trie.root && got != want {
				t.Errorf("child(%q) = %p, the map has %p", k, got, want)
			}
		}
		for _, c := range n.next {
			walk(c)
		}
	}
	walk(&trie.root)
	if n := trie.child(&trie.root, "consumer"); n == nil || trie.child(n, "prices") == nil || trie.child(n, "price") == nil || trie.child(n, "pricez") != nil {
		t.Error("the phrases of consumer are not all found")
	}
}
