package extract

import (
	"slices"
	"testing"
)

func TestOneSlip(t *testing.T) {
	tests := []struct {
		typed, word string
		want        bool
	}{
		{"ouptut", "output", true},          // neighbours swapped
		{"consuemr", "consumer", true},      // neighbours swapped
		{"forcasting", "forecasting", true}, // a letter left out
		{"inflatiion", "inflation", true},   // a letter added
		{"ecomomic", "economic", true},      // n and m are neighbours on the keyboard
		{"ecoqomic", "economic", false},     // q is nowhere near n
		{"reflation", "deflation", false},   // the first letter makes another word
		{"possibly", "possible", false},     // the ending makes another word
		{"health", "healthy", false},        // so does a letter added at the end
		{"output", "output", false},         // no slip at all
		{"outptu", "output", false},         // the last letter swapped away
		{"otpuut", "output", false},         // two slips
		{"unemplyoment", "unemployment", true},
	}
	for _, tt := range tests {
		if got := oneSlip(tt.typed, tt.word); got != tt.want {
			t.Errorf("oneSlip(%q, %q) = %v, want %v", tt.typed, tt.word, got, tt.want)
		}
	}
}

func TestKeysAdjacent(t *testing.T) {
	// QWERTY: each row sits half a key to the right of the one above it.
	for _, pair := range []string{"nm", "mn", "qw", "as", "qa", "wa", "az", "sz", "bg", "bh", "ol", "pl", "mj"} {
		if !keysAdjacent(pair[0], pair[1]) {
			t.Errorf("%c and %c are neighbours", pair[0], pair[1])
		}
	}
	for _, pair := range []string{"hr", "qp", "zq", "ap", "mq", "xa", "nk"} {
		if keysAdjacent(pair[0], pair[1]) {
			t.Errorf("%c and %c are not neighbours", pair[0], pair[1])
		}
	}
}

func TestTypoIndexCorrect(t *testing.T) {
	idx := newTypoIndex(slices.Values([]string{"consumer", "output", "forecasting", "prices", "priced", "inflation"}))
	tests := []struct{ typed, want string }{
		{"consuemr", "consumer"},
		{"ouptut", "output"},
		{"forcasting", "forecasting"},
		{"inflatoin", "inflation"},
		{"pricxs", ""},    // "prices" by a key far from x: no slip the keyboard explains
		{"outp", ""},      // too short to guess
		{"Consuemr", ""},  // not lower case: the caller's names are left alone
		{"zzzzzzzz", ""},  // nothing near
		{"inflation", ""}, // already a cue word: nothing to correct
	}
	for _, tt := range tests {
		if got := idx.correct(tt.typed); got != tt.want {
			t.Errorf("correct(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
	// A slip two cue words are equally near is left as written.
	amb := newTypoIndex(slices.Values([]string{"rating", "raving"}))
	if got := amb.correct("ratving"); got != "" {
		t.Errorf("correct(ratving) between rating and raving = %q, want none", got)
	}
}
