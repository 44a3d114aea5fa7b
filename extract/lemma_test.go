package extract

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestLemmasOf(t *testing.T) {
	tests := []struct {
		form string
		want []string // bases that must be among the form's
	}{
		{"rose", []string{"rose", "rise"}},
		{"predicting", []string{"predict"}},
		{"fell", []string{"fall"}},
		{"prices", []string{"price"}},
		{"shrank", []string{"shrink"}},
	}
	for _, tt := range tests {
		got := lemmasOf(tt.form)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("lemmasOf(%q) = %v, want %q among them", tt.form, got, w)
			}
		}
	}
	if got := lemmasOf("zzyzx"); got != nil {
		t.Errorf("lemmasOf of an unknown word = %v, want nil", got)
	}
}

func TestHasForm(t *testing.T) {
	tests := []struct {
		base, suffix string
		want         bool
	}{
		{"rise", "ing", true},
		{"cut", "ing", true},
		{"high", "er", true},
		{"high", "est", true},
		{"big", "est", true},
		{"economy", "ing", false},
		{"inflation", "er", false},
		{"zzyzx", "ing", false},
		{"rise", "ly", false},
	}
	for _, tt := range tests {
		if got := hasForm(tt.base, tt.suffix); got != tt.want {
			t.Errorf("hasForm(%q, %q) = %v, want %v", tt.base, tt.suffix, got, tt.want)
		}
	}
}

// TestWordMemoForgetsAWordWhoseSlotPassedOn reads two words that share a memo slot: each
// gets its own facts and bases, and a token whose entry passed to the other word asks the
// dictionary again rather than take the other word's bases.
func TestWordMemoForgetsAWordWhoseSlotPassedOn(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	first := "rose"
	second := ""
	for _, w := range []string{"fell", "grew", "growth", "inflation", "said", "economy", "rising", "predicted"} {
		for suffix := 0; suffix < 100000 && second == ""; suffix++ {
			c := w + strings.Repeat("s", suffix%3) + string(rune('a'+suffix%26)) + string(rune('a'+suffix/26%26)) + string(rune('a'+suffix/676%26))
			if hashWord(c)&(memoSlots-1) == hashWord(first)&(memoSlots-1) {
				second = c
			}
		}
	}
	if second == "" {
		t.Fatal("no word found that shares the slot of " + first)
	}
	var memo wordMemo
	tok := token{text: first, lower: first}
	lex.attachFactsTo(&tok, &memo)
	other := token{text: second, lower: second}
	lex.attachFactsTo(&other, &memo)
	if tok.memo.holds(first) {
		t.Fatalf("the slot of %q still holds it after %q took it", first, second)
	}
	if got, want := tok.basesOf(), lemmasOf(first); !reflect.DeepEqual(got, want) {
		t.Errorf("bases of %q = %v, want %v", first, got, want)
	}
	if got, want := other.basesOf(), lemmasOf(second); !reflect.DeepEqual(got, want) {
		t.Errorf("bases of %q = %v, want %v", second, got, want)
	}
	for _, w := range []string{"rose", "grew", "stuck", "rising", "expected", "data", "quickly", "economy"} {
		wt := token{text: w, lower: w}
		lex.attachFactsTo(&wt, &memo)
		for range 2 { // asked, then remembered
			if got, want := isVerbFormOf(w, &wt), isVerbForm(w); got != want {
				t.Errorf("isVerbFormOf(%q) through the memo = %v, want %v", w, got, want)
			}
		}
	}
	if tok.facts != lex.facts[first] || other.facts != lex.facts[second] {
		t.Errorf("facts not those of the words")
	}
	long := strings.Repeat("x", memoWordMax+1)
	if memo.entry(lex, long) != nil {
		t.Errorf("a word longer than the memo holds got an entry")
	}
}

// TestTitleFormOfIsTheNameFormThatExists holds the lookup of a word's name form to building it
// and asking the trie.
func TestTitleFormOfIsTheNameFormThatExists(t *testing.T) {
	lex := testExtractor(t).lex
	words := []string{"GERMANY", "germany", "Germany", "gErMaNy", "FED", "fed", "'S", "'s", "U.S.", "u.s.",
		"OF", "x", "", "MÜNCHEN", "münchen", "éLAN", "BANK", "bank", "people", "PEOPLE", "2005", strings.Repeat("A", 70)}
	for _, trie := range []*phraseTrie{lex.entities, lex.institutions} {
		for _, w := range words {
			var want []string
			if title := titleCase(w); title != "" && trie.hasWord(title) {
				want = []string{title}
			}
			if got := trie.titleFormOf(w); !reflect.DeepEqual(got, want) {
				t.Errorf("titleFormOf(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

// hasWord reports whether some phrase of the trie holds the word k.
func (t *phraseTrie) hasWord(k string) bool {
	var walk func(n *trieNode) bool
	walk = func(n *trieNode) bool {
		for key, child := range n.next {
			if key == k || walk(child) {
				return true
			}
		}
		return false
	}
	return walk(&t.root)
}
