package extract

import "testing"

// TestTargetNoun holds targetNoun to the nouns of a policy target and of a range of one, by
// their word or their bases.
func TestTargetNoun(t *testing.T) {
	for word, want := range map[string]int{
		"target":     targetHead,
		"targets":    targetHead,
		"goals":      targetHead,
		"ceiling":    targetHead,
		"threshold":  targetHead,
		"caps":       targetHead,
		"range":      targetRange,
		"bands":      targetRange,
		"corridor":   targetRange,
		"growth":     notTarget,
		"rate":       notTarget,
		"forecast":   notTarget,
		"objectives": targetHead,
	} {
		tok := token{text: word, lower: word}
		if got := targetNoun(&tok); got != want {
			t.Errorf("targetNoun(%q) = %d, want %d", word, got, want)
		}
	}
}
