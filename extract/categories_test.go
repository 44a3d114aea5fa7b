package extract

import (
	"io/fs"
	"math/bits"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/data"
)

// TestCueCategoriesAgreeWithNames holds the category bits the lexicon gives its phrases to the
// names cues.csv writes: every phrase of cues.csv carries a cue whose one bit is named as its
// line's category, and every cue of the three tries is of one category with a name.
func TestCueCategoriesAgreeWithNames(t *testing.T) {
	lex := testExtractor(t).lex
	sub, err := fs.Sub(data.FS, "lexicon")
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	err = eachRecord(sub, cuesFile, []string{"category", "value", "phrase"}, func(rec []string, line int) error {
		name, value, phrase := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
		rows++
		n := &lex.cues.root
		for _, k := range phraseKeys(phrase, true) {
			if n = n.next[k]; n == nil {
				t.Fatalf("line %d: the phrase %q is not in the trie", line, phrase)
			}
		}
		found := false
		for _, c := range n.cues {
			found = found || c.value == value && c.category.String() == name
		}
		if !found {
			t.Errorf("line %d: %q has no cue named %s of value %q: %v", line, phrase, name, value, n.cues)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if rows < 900 {
		t.Fatalf("read %d rows of %s", rows, cuesFile)
	}
	var walk func(n *trieNode)
	walk = func(n *trieNode) {
		for _, c := range n.cues {
			if name, ok := categoryNames[c.category]; !ok || bits.OnesCount32(uint32(c.category)) != 1 || c.category.String() != name {
				t.Errorf("cue %v: its category is not one named bit", c)
			}
			if c.category == catMeasure && (c.measure == nil || c.measure != lex.measures[c.value] || c.measure.name != c.value) ||
				c.category != catMeasure && c.measure != nil {
				t.Errorf("cue %v: its measure is %v", c, c.measure)
			}
			if m := (match{cues: []cue{c}, categories: c.category}); c.category == catMeasure && m.namesOtherTopic() != lex.otherTopic(c.value) {
				t.Errorf("cue %v: namesOtherTopic disagrees with the lexicon", c)
			}
		}
		for _, child := range n.next {
			walk(child)
		}
	}
	for _, trie := range []*phraseTrie{lex.cues, lex.entities, lex.institutions} {
		walk(&trie.root)
	}
	for c, name := range categoryNames {
		if got, ok := cueFileCategory(name); ok != (c&cuesFileCategories != 0) || ok && got != c {
			t.Errorf("cueFileCategory(%q) = %v, %v; the category is %v", name, got, ok, c)
		}
	}
}

// TestMatchCategories holds a match's mask to its cues: findAll makes it from the cues it
// merges, and has, hasCategory and hasAny answer from it.
func TestMatchCategories(t *testing.T) {
	trie := newPhraseTrie(true)
	trie.add("consumer prices", cue{category: catMeasure, value: "cpi"})
	trie.add("expected", cue{category: catForecast})
	trie.add("expect", cue{category: catForecast, value: "verb"})
	trie.add("expect", cue{category: catVerb})
	trie.add("rise", cue{category: catChange, value: "up"})
	trie.add("rise", cue{category: catKindNoun, value: "change"})
	for _, tc := range []struct {
		text  string
		lemma map[string]string // a word's form the trie also tries
		want  []cueCategory     // of each match
	}{
		{"consumer prices rise", nil, []cueCategory{catMeasure, catChange | catKindNoun}},
		{"prices expected", map[string]string{"expected": "expect"}, []cueCategory{catForecast | catVerb}},
		{"expected", nil, []cueCategory{catForecast}},
		{"nothing here", nil, nil},
	} {
		words := strings.Fields(tc.text)
		forms := func(i int) []string {
			if l, ok := tc.lemma[words[i]]; ok {
				return []string{l}
			}
			return nil
		}
		ms := trie.findAll(nil, len(words), func(from int) (int, []*trieNode) {
			for i := from; i < len(words); i++ {
				if roots := trie.rootsOf(words[i], forms(i)); len(roots) > 0 {
					return i, roots
				}
			}
			return len(words), nil
		}, func(i int) string { return words[i] }, forms)
		if len(ms) != len(tc.want) {
			t.Fatalf("%q: %d matches, want %d", tc.text, len(ms), len(tc.want))
		}
		for i, m := range ms {
			if m.categories != tc.want[i] || m.categories != categoriesOf(m.cues) {
				t.Errorf("%q: match %d has %v, its cues %v, want %v", tc.text, i, m.categories, m.cues, tc.want[i])
			}
		}
	}

	rise := match{cues: []cue{{category: catChange, value: "up"}, {category: catKindNoun, value: "change"}, {category: catChange, value: "down"}}}
	rise.categories = categoriesOf(rise.cues)
	for _, tc := range []struct {
		asked     []cueCategory
		value     string // of the first cue of asked[0]
		has, some bool   // asked[0]; any of asked
	}{
		{[]cueCategory{catChange}, "up", true, true},
		{[]cueCategory{catKindNoun}, "change", true, true},
		{[]cueCategory{catMeasure}, "", false, false},
		{[]cueCategory{catMeasure, catKindNoun}, "", false, true},
		{[]cueCategory{catForecast, catNotForecast, catSpeaker}, "", false, false},
	} {
		value, has := rise.has(tc.asked[0])
		if value != tc.value || has != tc.has || hasCategory(rise, tc.asked[0]) != tc.has || hasAny(rise, tc.asked...) != tc.some {
			t.Errorf("asked %v: has = %q, %v; hasAny = %v", tc.asked, value, has, hasAny(rise, tc.asked...))
		}
	}
}

func TestCueCategoryString(t *testing.T) {
	for _, tc := range []struct {
		c    cueCategory
		want string
	}{
		{catMeasure, "measure"},
		{catSanctionVerb, "sanctions_verb"},
		{catEntity | catSpeaker, "entity|speaker"},
		{0, ""},
		{1 << 31, "category(0x80000000)"},
	} {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("%#x: %q, want %q", uint32(tc.c), got, tc.want)
		}
	}
}
