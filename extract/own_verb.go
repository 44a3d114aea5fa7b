package extract

import "strings"

// A figure after a comparison marker can have a verb of its own: a participle clause "after
// booming 7.5 percent in 2022", "after averaging 1.8% in 2022", "following growing 2.3%". That
// verb, not the main clause's, says what the figure is: in "Saudi Arabia's economy shrank 0.8
// percent in 2023 ..., after booming 7.5 percent in 2022" the 7.5 is growth, and the "shrank"
// before it must not make it -7.5. comparedChange reads a verb of change there; a verb of state
// ("averaging", "standing at", "hitting") states the level itself, so the figure keeps its own
// sign; a verb of neither kind ("registering", "logging") leaves the direction unknown, and the
// figure is better left unread than read with the main verb's sign. An elliptical figure with no
// verb of its own ("shrank 0.8% after 1.2% the year before", "down from 1.8%") still takes the
// main verb's sign.

// ownVerbAfter returns the verb of a participle clause that opens right after marker and
// reaches figure k ("after booming 7.5 percent", "after barely growing 0.1%", "after having
// averaged 1.8%"), or -1. The tagger often takes such a participle for a modifier of the
// figure's noun phrase, so its form decides: a word that can be a verb, in -ing.
func (s *sentence) ownVerbAfter(marker match, k int) int {
	ws := s.words
	i := marker.last + 1
	for i < s.qFirst[k] && ws[i].tag == tagAdv {
		i++
	}
	if i < s.qFirst[k] && ws[i].lower == "having" {
		i++
	}
	if i >= s.qFirst[k] || ws[i].lower == "being" || !ws[i].verbish || ws[i].fig >= 0 ||
		!strings.HasSuffix(ws[i].lower, "ing") && ws[i-1].lower != "having" {
		return -1 // "after being revised to 1.8%": a revision, read elsewhere
	}
	for j := i + 1; j < s.qFirst[k]; j++ {
		if ws[j].vg >= 0 || ws[j].verbish && ws[j].tag == tagVerb {
			return -1 // another verb before the figure: not the figure's own
		}
	}
	return i
}

// ownVerbSign reads the participle clause's verb i for the figure after it: +1 or -1 for a
// verb of change, +1 for a verb of state (the figure is the level), 0 when it says neither.
func (s *sentence) ownVerbSign(i int) float64 {
	if m, ok := s.cueAt(i); ok {
		if c, ok := m.has(catChange); ok {
			if c == "down" {
				return -1
			}
			return 1
		}
	}
	if s.cueIs(i, catState) {
		return 1
	}
	return 0
}
