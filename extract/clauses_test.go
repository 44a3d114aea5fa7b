package extract

import (
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
)

// TestClausesJoinedByACommaAreTwo reads where the clause of each figure ends: a comma
// followed by a subject, its verb and a figure of its own begins a clause, in the styles of a
// statistics roundup, wire copy and a broadsheet; a fronted phrase, a reporting clause, an
// apposition and a participle after a comma do not.
func TestClausesJoinedByACommaAreTwo(t *testing.T) {
	ex := testExtractor(t)
	cases := []struct {
		text       string
		sameClause bool // whether the first and the last figure share a clause
	}{
		{"GDP in Germany grew 1.2% in 1980, inflation in France rose to 2.3% in 1981.", false},
		{"Output fell 0.3 pct in the quarter, unemployment rose to 8.1 pct.", false},
		{"The economy shrank by 0.2 per cent, consumer prices climbed 4 per cent.", false},
		{"In February, it edged down to 0.3% from 0.4%.", true},
		{"The economy grew at a 1.3 pct annual rate, the Commerce Department said, revising up its estimate of 1.1 pct.", true},
		{"Inflation rose to 2.5%, its highest level since 2008, from 2.1%.", true},
		{"Prices rose 0.4% in March, taking the annual rate to 2.1%.", true},
		{"Growth was 2% in Germany, 3% in France.", true},
	}
	for _, tc := range cases {
		st := &articleState{lex: ex.lex, art: Article{Text: tc.text, Published: published}}
		qs := prepareQuantities(tc.text, quantity.Scan(tc.text))
		s := st.newSentence(0, len(tc.text), qs)
		st.analyse(s)
		if len(s.quants) < 2 {
			t.Fatalf("%q: %d figures, want 2 or more", tc.text, len(s.quants))
		}
		first, last := s.qFirst[0], s.qFirst[len(s.quants)-1]
		from, to := s.clauseOf(first)
		if same := from <= last && last <= to; same != tc.sameClause {
			t.Errorf("%q: first and last figure in one clause = %v, want %v (clause of the first: words %d-%d)", tc.text, same, tc.sameClause, from, to)
		}
	}
}

// TestClauseEndsAsFromTheEnd holds findClauses' clause ends, set as it meets each break, to
// the ends read back from the last word: a word's clause ends before the first break after it,
// where a break is a word after which the forward pass began a clause, or a last word that
// breaks clauses. Over the sentences of the corpus and the worst inputs, and sentences that
// end on a break.
func TestClauseEndsAsFromTheEnd(t *testing.T) {
	ex := testExtractor(t)
	texts := append(memoTestTexts(t, 400), "Inflation rose 2% in May; growth 1%;", "Growth was 1.5%, unemployment 2%, but",
		"2% but", "; 3%", "Prices rose 2%, inflation in France rose to 2.3% in 1981,")
	breakingLast := 0
	for s := range analysedSentences(ex, texts) {
		s.findClauses()
		n := len(s.words)
		to := n - 1
		for i := n - 1; i >= 0; i-- {
			if s.clauseTo[i] != int32(to) {
				t.Fatalf("%q: word %d (%q) in a clause ending at %d, want %d", s.text, i, s.words[i].text, s.clauseTo[i], to)
			}
			if i+1 < n && s.clauseFrom[i+1] == int32(i+1) || i+1 == n && s.words[i].breaksClause() {
				to = i - 1
				if i+1 == n {
					breakingLast++
				}
			}
		}
	}
	if breakingLast == 0 {
		t.Fatal("no sentence ends on a word that breaks clauses")
	}
}
