package extract

import (
	"math/rand/v2"
	"testing"
)

// TestComparedByOpeningIsTheThreeWalks holds comparedByOpening, one walk back from a name, to
// the three walks it replaces, at every word of drawn lines made of the words the three read
// (sentence ends, semicolons, colons, "than", the openers and asides) and of others.
func TestComparedByOpeningIsTheThreeWalks(t *testing.T) {
	vocab := []string{".", "!", "?", ";", ":", ",", "\"", "for", "by", "in", "comparison", "compare",
		"contrast", "that", "this", "with", "to", "than", "its", "western", "neighbour", "germany",
		"grew", "2.1", "%", "and", "the", "economy"}
	rng := rand.New(rand.NewPCG(34, 2026))
	for round := range 3000 {
		n := 1 + rng.IntN(160)
		toks := make([]token, n)
		words := vocab
		if round%2 == 1 {
			words = vocab[3:] // no sentence end: lines longer than the reach
		}
		for i := range toks {
			w := words[rng.IntN(len(words))]
			toks[i] = token{text: w, lower: w, punct: len(w) == 1 && (w[0] < 'a' || w[0] > 'z') && (w[0] < '0' || w[0] > '9')}
		}
		for at := 0; at < n; at++ {
			want := comparisonOpensSentence(toks, at) || comparisonAfterColon(toks, at) || comparisonAside(toks, at)
			if got := comparedByOpening(toks, at); got != want {
				words := make([]string, n)
				for i := range toks {
					words[i] = toks[i].lower
				}
				t.Fatalf("at %d of %q: one walk %v, three walks %v", at, words, got, want)
			}
		}
	}
}
