package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestWordCacheTagsFindEachWord looks up words that share a set and, many of them, the tag
// of their way, in an order that moves them in and out of their sets: each lookup must give
// the type of the word, the same type while the word stays in its set, and leave every way
// tagged with the tag of its type's word.
func TestWordCacheTagsFindEachWord(t *testing.T) {
	lex := testExtractor(t).lex
	// words by their set and tag: of 100,000, some thousands share both with another
	byKey := map[uint32][]string{}
	for i := range 100_000 {
		w := fmt.Sprintf("w%d", i)
		k := hashWord(w) & (wordCacheSets<<8 - 1)
		byKey[k] = append(byKey[k], w)
	}
	var words []string
	bySet := map[uint32]int{}
	for k, ws := range byKey {
		if len(ws) > 1 && bySet[k&(wordCacheSets-1)] < 2*wordCacheWays {
			words = append(words, ws...)
			bySet[k&(wordCacheSets-1)] += len(ws)
		}
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words share a tag", len(words))
	}
	cache := newWordCache(lex)
	held := map[string]*wordType{} // the type last returned for each word
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		w := words[rng.IntN(len(words))]
		hash := hashWord(w)
		first := cache.firstType(hash)
		wt := cache.lookup(w, hash)
		if wt.text != w {
			t.Fatalf("lookup(%q) = type of %q", w, wt.text)
		}
		if first.text == w && first != wt {
			t.Fatalf("lookup(%q) did not give the type in the first way", w)
		}
		if prev := held[w]; prev != nil && prev != wt && setHolds(&cache.sets[hash&(wordCacheSets-1)], prev) {
			t.Fatalf("lookup(%q) made a second type while the first was held", w)
		}
		held[w] = wt
		if got := cache.firstType(hash); got != wt {
			t.Fatalf("after lookup(%q), the first way holds %q", w, got.text)
		}
	}
	for i, set := range cache.sets {
		for k, wt := range set.types {
			if wt == noType {
				continue
			}
			if hash := hashWord(wt.text); int(hash&(wordCacheSets-1)) != i || set.tags[k] != wayTag(hash) {
				t.Fatalf("set %d way %d holds %q with tag %d; its hash is %#x", i, k, wt.text, set.tags[k], hash)
			}
		}
	}
}

// setHolds reports whether wt is in one of the set's ways.
func setHolds(set *wordCacheSet, wt *wordType) bool {
	return slices.Contains(set.types[:], wt)
}
