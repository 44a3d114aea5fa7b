package ascii

import (
	"fmt"
	"testing"
)

func TestWordTableFindsEveryKeyInAnyCase(t *testing.T) {
	m := map[string]int{}
	for i := range 300 {
		m[fmt.Sprintf("w%dx", i)] = i
	}
	for _, w := range []string{"a", "per-cent", "thousandfold", "mid-", "m", "mn", "£bn", "quintillion", "kilowatt-hours per year", "abcdefghijklmnop", "abcdefghijklmnopq"} {
		m[w] = len(w)
	}
	tab := NewWordTable(m)
	for w, want := range m {
		for _, form := range []string{w, upper(w), upper(w[:1]) + w[1:]} {
			if got, ok := tab.Lookup(form); !ok || got != want {
				t.Errorf("Lookup(%q) = %d, %v; want %d, true", form, got, ok, want)
			}
			if ref := tab.Ref(form); ref == nil || *ref != want {
				t.Errorf("Ref(%q) = %v; want a pointer to %d", form, ref, want)
			}
		}
	}
}

func TestWordTableTurnsAwayOtherWords(t *testing.T) {
	tab := NewWordTable(map[string]bool{"per": true, "cent": true, "million": true, "mid-": true})
	for _, w := range []string{"", "pe", "perc", "pér", "millions", "millio", "mid", "mid_", "MID\x0d",
		"cent ", "a very long word beyond every key"} {
		if tab.Has(w) || tab.Ref(w) != nil {
			t.Errorf("Has(%q) = true or Ref(%[1]q) is not nil", w)
		}
	}
}

func TestWordTableRejectsKeysThatAreNotLowerCase(t *testing.T) {
	for _, key := range []string{"", "Per"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("NewWordTable with key %q did not panic", key)
				}
			}()
			NewWordTable(map[string]int{key: 1})
		}()
	}
}

func upper(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func FuzzWordTableAgreesWithAMap(f *testing.F) {
	m := map[string]int{"per": 1, "cent": 2, "million": 3, "mid-": 4, "thousandfold": 5, "£": 6, "kilowatt-hours per year": 7, "abcdefghijklmnopq": 8}
	tab := NewWordTable(m)
	exact := map[string]int{"USD": 1, "bn": 2, "MW": 3, "mW": 4, "Kilowatt-Hours per year": 5, "ABCDEFGHIJKLMNOPq": 6}
	exactTab := NewExactWordTable(exact)
	for _, w := range []string{"Per", "CENT", "MiLLion", "mid-", "MID-", "midx", "£", "x", "Kilowatt-Hours per YEAR", "kilowatt-hours per yeaR", "kilowatt-hourz per year", "abcdefghijklmnopQ", "Abcdefghijklmnopq", "USD", "usd", "mW", "ABCDEFGHIJKLMNOPq"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want, wantOK := m[Lower(w)]
		if got, ok := tab.Lookup(w); got != want || ok != wantOK {
			t.Errorf("Lookup(%q) = %d, %v; the map says %d, %v", w, got, ok, want, wantOK)
		}
		want, wantOK = exact[w]
		if got, ok := exactTab.Lookup(w); got != want || ok != wantOK {
			t.Errorf("exact Lookup(%q) = %d, %v; the map says %d, %v", w, got, ok, want, wantOK)
		}
	})
}

func TestExactWordTableHoldsCase(t *testing.T) {
	m := map[string]int{"USD": 1, "bn": 2, "MW": 3, "mW": 4, "Kilowatt-Hours per year": 5}
	tab := NewExactWordTable(m)
	for w, want := range m {
		if got, ok := tab.Lookup(w); !ok || got != want {
			t.Errorf("Lookup(%q) = %d, %v; want %d, true", w, got, ok, want)
		}
	}
	for _, w := range []string{"usd", "Usd", "BN", "mw", "Mw", "kilowatt-hours per year", ""} {
		if got, ok := tab.Lookup(w); ok {
			t.Errorf("Lookup(%q) = %d, true; want a miss", w, got)
		}
	}
	if got := tab.Get("mW"); got != 4 {
		t.Errorf("Get(mW) = %d", got)
	}
}
