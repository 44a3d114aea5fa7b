package extract

import (
	"slices"
	"testing"
)

// dropNamesInTurn is dropNamesOfNoCountry as four passes, each over what the one before kept,
// with no filter before the look in compassWords.
func dropNamesInTurn(ms []match, toks []token) []match {
	prevLast := -2
	ms = slices.DeleteFunc(ms, func(m match) bool {
		surname := prevLast < m.first-2 && surnameName(&m, toks)
		prevLast = m.last
		return titledName(&m, toks) || surname || usStateName(&m, toks) || foodPrices(&m, toks)
	})
	ms = slices.DeleteFunc(ms, func(m match) bool {
		_, ok := m.has(catEntity)
		return m.first > 0 && ok && compassWords[toks[m.first-1].lower]
	})
	ms = slices.DeleteFunc(ms, func(m match) bool { return m.first == m.last && personAfter(toks, m.last+1) })
	var kept []match
	for i, m := range ms {
		if i+1 < len(ms) && divisionApposed(toks, &m, &ms[i+1]) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// TestDropNamesOfNoCountryInOnePass holds dropNamesOfNoCountry, which reads the names in one
// pass for the two drops that read a name alone and asks compassWords only about the words
// compassFilter passes, to the three drops in turn.
func TestDropNamesOfNoCountryInOnePass(t *testing.T) {
	lex := testExtractor(t).lex
	texts := append(memoTestTexts(t, 300),
		"Growth in southern Italy and in Northern Ireland slowed, Chad Stone, an economist at the bank, said.",
		"Unemployment in Western Australia rose; Jordan Rochester said prices in eastern Germany fell.",
		"Prices in Georgia, the state of the US, rose 3%, and in Wales, a country of the UK, 2%.")
	dropped := 0
	for _, text := range texts {
		toks := tokenizeInto(nil, text, 0, len(text))
		names := lex.findNames(nil, lex.entities, toks, false)
		want := dropNamesInTurn(slices.Clone(names), toks)
		got := dropNamesOfNoCountry(slices.Clone(names), toks)
		if !slices.EqualFunc(got, want, func(a, b match) bool { return a.first == b.first && a.last == b.last }) {
			t.Errorf("%.80q: kept %v, in turn %v", text, got, want)
		}
		dropped += len(names) - len(want)
	}
	if dropped < 4 {
		t.Fatalf("only %d names dropped: the texts test nothing", dropped)
	}
}
