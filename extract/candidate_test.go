package extract

import "github.com/factcheck/factcheck/extract/quantity"

// wordsIn is wordsAndWitnessIn without the witness, what the tests of the candidate words ask.
func (lex *Lexicon) wordsIn(text string, start, end int) (measure, trigger, other bool) {
	measure, trigger, other, _ = lex.wordsAndWitnessIn(text, start, end)
	return measure, trigger, other
}

// candidate is candidateWitnessed without the witness: the reading of a sentence in full, which
// the tests hold the shortcuts to, takes every candidate to newSentence.
func (st *articleState) candidate(start, end int, qs []quantity.Quantity) bool {
	ok, _ := st.candidateWitnessed(start, end, qs)
	return ok
}
