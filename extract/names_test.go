package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestEntitiesAndInstitutionsInOneWalk holds findEntitiesAndInstitutions to findNames of each
// trie: over every sentence of the texts of claimCueTexts, and texts where the name of an
// institution starts inside that of an entity, with words read through their types and
// without, each as a line of capitals and not.
func TestEntitiesAndInstitutionsInOneWalk(t *testing.T) {
	ex := testExtractor(t)
	lex := ex.lex
	texts := append(claimCueTexts(t, true),
		"Arab World Bank data show growth of 3% in 2023.", "ARAB WORLD BANK DATA SHOW GROWTH OF 3%",
		"The Federal Reserve Bank of India raised rates.", "West Bank and Gaza output, the Bank of England said.",
		"Republic of the Congo, the Fed said.", "the Fed", "Fed", ", the ECB")
	for _, f := range institutionFamilies {
		texts = append(texts, f.wordings...)
	}
	named, sentences := 0, 0
	for _, text := range texts {
		st := &articleState{lex: lex, art: Article{Text: text}}
		types := newWordCache(lex)
		for from := 0; from < len(text); {
			start, end := st.sentenceIndex().bounds(from)
			if end <= start {
				from++
				continue
			}
			sentences++
			for _, c := range []*wordCache{types, nil} {
				toks := c.tokenizeInto(nil, text, start, end)
				for _, caps := range []bool{false, true} {
					ents, insts := lex.findEntitiesAndInstitutions(nil, nil, toks, caps)
					wantEnts, wantInsts := lex.findNames(nil, lex.entities, toks, caps), lex.findNames(nil, lex.institutions, toks, caps)
					if !slices.EqualFunc(ents, wantEnts, sameMatch) || !slices.EqualFunc(insts, wantInsts, sameMatch) {
						t.Fatalf("%q (caps %v, types %v): entities %v, institutions %v; want %v, %v", text[start:end], caps, c != nil, ents, insts, wantEnts, wantInsts)
					}
					if len(insts) > 0 {
						named++
					}
				}
			}
			from = max(end, from+1)
		}
	}
	if named < 1000 {
		t.Fatalf("%d sentences read, institutions named %d times", sentences, named)
	}
}

func sameMatch(a, b match) bool {
	return a.first == b.first && a.last == b.last && a.categories == b.categories && slices.Equal(a.cues, b.cues)
}

// TestKeyShapesPassEveryKey holds the filters before the lookups of names.go to their maps:
// every key passes, and a word turned away by the filter is no key, over every word of the
// corpus and the keys in other cases and with a stop.
func TestKeyShapesPassEveryKey(t *testing.T) {
	words := []string{"", "in", "of", "the", "Germany", "Italy", "France", "Mr.", "rep.", "ohio", "OHIO", "Gov", "é", "Éire"}
	for _, text := range testcorpus.Texts(t) {
		words = append(words, strings.Fields(text)...)
	}
	for _, c := range []struct {
		name   string
		set    map[string]bool
		shapes *keyShapes
	}{
		{"personTitles", personTitles, titleShapes},
		{"usStateNames", usStateNames, usStateShapes},
	} {
		ws := slices.Clone(words)
		for k := range c.set {
			ws = append(ws, k, k+".", strings.ToUpper(k), strings.ToLower(k), strings.ToUpper(k[:1])+k[1:], k[1:], k[:len(k)-1])
		}
		turned := 0
		for _, w := range ws {
			if !c.shapes.mayHold(w) {
				turned++
				if c.set[w] {
					t.Errorf("%s: %q is a key, and the filter turns it away", c.name, w)
				}
			}
		}
		if turned < len(ws)/2 {
			t.Errorf("%s: the filter turns away %d words of %d", c.name, turned, len(ws))
		}
	}
}

// TestLowerASCIIStartIsNoCapital: a word lowerASCIIStart reports is one isCapitalised turns
// away.
func TestLowerASCIIStartIsNoCapital(t *testing.T) {
	words := []string{"", "in", "Germany", "1980", "'s", "é", "Éire", "ÉIRE", "\xff", "a", "Z", "[", "@"}
	for _, text := range testcorpus.Texts(t) {
		words = append(words, strings.Fields(text)...)
	}
	for _, w := range words {
		if lowerASCIIStart(w) && isCapitalised(w) {
			t.Errorf("lowerASCIIStart(%q), yet isCapitalised", w)
		}
		if w != "" && w[0] < utf8.RuneSelf && !lowerASCIIStart(w) && !isCapitalised(w) && strings.ContainsFunc(w, unicode.IsLower) {
			t.Errorf("%q starts with an ASCII capital and holds a small letter, yet isCapitalised is false", w)
		}
	}
}
