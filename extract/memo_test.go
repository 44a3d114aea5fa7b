package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRestrictedMemoAgreesWithScan holds the remembered look-back of restrictedInSentence to
// the plain scan of restrictedIn: asked about every noun at every word of long sentences, in
// an order that jumps back and forth as the readings of figures do, the two must agree.
func TestRestrictedMemoAgreesWithScan(t *testing.T) {
	ex := testExtractor(t)
	texts := []string{
		worstInputs(4 << 10)["figures and years"],
		"Prices rose 2% in May. House prices fell, and prices of food rose, while prices overall " +
			"rose 3%; consumer prices rose 1% and prices rose again, and export growth was slow " +
			"while growth rose and economic growth and growth of wages rose 2% as prices did.",
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		for start := 0; start < len(text); {
			_, end := ex.lex.sentenceBounds(text, start)
			if end <= start {
				break
			}
			s := st.newSentence(start, end, nil)
			var lemmas []string
			for _, m := range s.cues {
				w := s.toks[m.last].lower
				if ls := lemmasOf(w); len(ls) > 0 {
					w = ls[0]
				}
				lemmas = append(lemmas, w)
			}
			for range 4 * len(s.toks) {
				at := rng.Intn(len(s.toks) + 1)
				if len(lemmas) == 0 {
					break
				}
				lemma := lemmas[rng.Intn(len(lemmas))]
				want := ex.lex.restrictedIn(s.toks, s.cues, lemma, at)
				if got := ex.lex.restrictedInSentence(s, lemma, at); got != want {
					t.Fatalf("%q before word %d of %q: remembered %d, scanned %d", lemma, at, strings.TrimSpace(s.text[:min(len(s.text), 80)]), got, want)
				}
			}
			st.recycled = s
			start = end
		}
	}
}
