package extract

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii/tabletest"
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

// TestTokenizerFilesTypesWithHeads checks that the tokenizer, which reads a word's head with
// one load, finds each word's type with its head: over words of every length to 40, at the
// text's end, cut by the end of the stretch tokenised, and before dots, quotes and bytes past
// ASCII, which the general path reads. A word compared by a wrong head would get a second type,
// and one hashed otherwise than by hashWord would be filed in another set.
func TestTokenizerFilesTypesWithHeads(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	texts := append([]string{}, sampleSentences...)
	for n := 1; n <= 40; n++ {
		w := strings.Repeat("Ab3xyZ09k", 5)[:n]
		for _, after := range []string{"", " ", ".", ". ", "’s", "é", ",", "-", "'", "3.5"} {
			texts = append(texts, w+after, "GDP "+w+after+" rose", w+" "+w+after+" "+w)
		}
	}
	for _, text := range texts {
		for _, to := range []int{len(text), len(text) - 1, len(text) / 2, 9, 17} {
			if to < 0 || to > len(text) {
				continue
			}
			cache := newWordCache(lex)
			types := map[string]*wordType{}
			for range 2 {
				for _, tok := range cache.tokenizeInto(nil, text, 0, to) {
					if tok.wt == nil {
						continue
					}
					if had := types[tok.text]; had != nil && had != tok.wt || tok.wt.text != tok.text || tok.wt.head != wordHead(tok.text) {
						t.Fatalf("%q cut at %d: %q got a second type, or another's", text, to, tok.text)
					}
					if !setHolds(&cache.sets[hashWord(tok.text)&(wordCacheSets-1)], tok.wt) {
						t.Fatalf("%q cut at %d: %q is not in the set of its hashWord", text, to, tok.text)
					}
					types[tok.text] = tok.wt
				}
			}
		}
	}
}

// TestWordHead holds wordHead to the bytes of the word.
func TestWordHead(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20_000 {
		text := tabletest.RandomWord(rng, "abcXYZ019.'\xc3\xa9")
		i := rng.IntN(len(text))
		j := i + 1 + rng.IntN(len(text)-i)
		w := text[i:j]
		var want uint64
		for k := 0; k < min(8, len(w)); k++ {
			want |= uint64(w[k]) << (8 * k)
		}
		if got := wordHead(w); got != want {
			t.Fatalf("wordHead(%q) = %#x, want %#x", w, got, want)
		}
	}
}
