package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/internal/ascii/tabletest"
)

// TestLemmaTableAgreesWithAMap holds the dictionary's table to a map built from its forms
// over every form, the forms in other cases, cut short and lengthened, and random words of 1
// to 40 bytes, ASCII and not: the slots' bits of the hash only skip forms, never find one.
func TestLemmaTableAgreesWithAMap(t *testing.T) {
	lemmaOnce.Do(loadLemmas)
	byForm := map[string][]string{}
	lemmas.each(func(form string, bases []string) { byForm[form] = bases })
	if len(byForm) < 40_000 || len(byForm) > lemmaFormMask {
		t.Fatalf("the dictionary has %d forms", len(byForm))
	}
	check := func(w string) {
		want, ok := byForm[w]
		got := lemmas.lookup(w)
		if ok != (got != nil) || !slices.Equal(got, want) {
			t.Fatalf("lookup(%q) = %q; the map says %q", w, got, want)
		}
		if got := lemmasOf(w); !slices.Equal(got, want) {
			t.Fatalf("lemmasOf(%q) = %q; the map says %q", w, got, want)
		}
		if f := lemmas.find(w); (f != nil) != ok || ok && lemmas.text[f.off:f.off+f.n] != w {
			t.Fatalf("find(%q) found the wrong form", w)
		}
	}
	for form := range byForm {
		for _, w := range []string{form, strings.ToUpper(form), strings.ToUpper(form[:1]) + form[1:], form[:len(form)-1], form + "s", form + "é", "x" + form} {
			check(w)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := "abcdefghijklmnopqrstuvwxyzABCZ-'0\x00\xc3\xa9\xe2\x80\x99"
	for range 300_000 {
		check(tabletest.RandomWord(rng, alphabet))
	}
	for _, w := range []string{"", "a", "rose", "rise", "rising", "ROSE", "highest"} {
		check(w)
	}
	for c := range utf8.RuneSelf {
		check(string(rune(c))) // lemmasOf's words of one byte
	}
}
