package extract

import (
	"maps"
	"testing"
)

// TestAddFormsMatchesInPlaceExpansion checks addForms against the expansion it replaced: each
// set expanded in place, in the dictionary's order, with a lookup of every base in every set.
// The order matters: a form whose base was added as a form before it is added too.
func TestAddFormsMatchesInPlaceExpansion(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	lemmaOnce.Do(loadLemmas)
	sets := []*map[string]bool{&lex.cueWords, &lex.startWords, &lex.triggerWords, &lex.measureWords, &lex.otherWords, &lex.slipWords}
	want := make([]map[string]bool, len(sets))
	for k, set := range sets {
		want[k] = maps.Clone(*set)
	}
	lemmas.each(func(form string, bases []string) {
		for _, b := range bases {
			for _, set := range want {
				if set[b] {
					set[form] = true
				}
			}
		}
	})
	lex.addForms()
	for k, set := range sets {
		if !maps.Equal(*set, want[k]) {
			t.Errorf("set %d: %d words, want %d", k, len(*set), len(want[k]))
		}
		if len(want[k]) == 0 {
			t.Errorf("set %d is empty", k)
		}
	}
}
