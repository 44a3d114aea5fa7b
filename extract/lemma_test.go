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
