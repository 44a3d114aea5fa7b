package extract

import "strings"

// voteVerbs are the verbs by which some members of a committee state the rate they wanted:
// "Two members voted to cut Bank Rate to 5%", "preferred to reduce", "favoured a rise to
// 5.5%", "wanted a cut", "argued for", "pushed for", "backed".
var voteVerbs = []string{"vote", "prefer", "favour", "favor", "want", "argue", "push", "back", "support", "call", "dissent", "wish", "advocate", "press"}

// membersVote reports a policy rate that some members of a committee voted for or preferred:
// "Two members preferred to reduce Bank Rate by 0.25 percentage points, to 5%", "One member
// voted for a cut in Bank Rate to 5%", "Haskel, Mann and Greene voted for a rise to 5.5%",
// "The two dissenters wanted to cut Bank Rate to 5%". The minutes of a meeting report the
// dissent after the decision, and the dissenters' rate is their vote, not the rate set that
// day: it is no claim. The subject says whose vote it is (a count of members, named people,
// "the dissenters", "a minority"); the committee's own vote by whatever majority ("the MPC
// voted by 7–2 to maintain", "A majority of members voted to cut") and a unanimous one ("All
// nine members voted to cut") are the decision.
func (s *sentence) membersVote(k int, r *reading) bool {
	if !policyInstrument(r) {
		return false
	}
	g := r.vg
	if g < 0 {
		// the figure in the object of the verb: "voted for a cut in Bank Rate to 5%"
		g = s.verbBeforeWord(s.qFirst[k])
	}
	if g < 0 {
		return false
	}
	m := g
	if !s.voteVerbIn(g) {
		v := s.vgs[g]
		if !v.infinitive {
			return false
		}
		// "Two members preferred [that the Bank] to cut": the verb right before the infinitive
		m = s.verbBeforeWord(v.first)
		if m < 0 || !s.voteVerbIn(m) {
			return false
		}
		for j := s.vgs[m].last + 1; j < v.first; j++ {
			if t := s.words[j].tag; t == tagSub || t == tagCoord || s.words[j].lower == ";" {
				return false // "voted to hold, and markets expect a cut to 5%": another clause's
			}
		}
	}
	subj := s.subjectOf(m)
	if subj < 0 {
		return false
	}
	for j := s.nps[subj].first; j < s.qFirst[k]; j++ {
		if w := s.words[j].lower; w == "all" || w == "every" || w == "majority" || strings.HasPrefix(w, "unanimous") {
			// "All nine members voted to cut Bank Rate to 5%", "A majority of members voted
			// to cut": the committee's
			return false
		}
	}
	return s.someMembers(subj) || s.namedPeople(subj)
}

// voteVerbIn reports a verb of voting or preferring in verb group g, before any "to" in it
// ("voted to cut" is one group; in "expected to vote" the vote is projected, and projects()
// says so elsewhere).
func (s *sentence) voteVerbIn(g int) bool {
	v := s.vgs[g]
	for j := v.first; j <= v.last; j++ {
		w := &s.words[j]
		if w.tag == tagTo {
			return false
		}
		for _, base := range voteVerbs {
			if w.hasLemma(base) {
				return true
			}
		}
	}
	return false
}

// namedPeople reports a subject that is a list of names no entity or institution holds:
// "Haskel, Mann and Greene", "Dhingra and Ramsden" (the parser takes the last name as the
// subject; the names before it are joined by commas and "and"). A single name may be a
// bank's ("Threadneedle Street"), and is left alone.
func (s *sentence) namedPeople(p int) bool {
	name := func(q int) bool {
		n := s.nps[q]
		for j := n.first; j <= n.last; j++ {
			w := &s.words[j]
			if w.ent >= 0 || w.inst >= 0 || w.text == "" || w.text[0] < 'A' || w.text[0] > 'Z' {
				return false
			}
		}
		return true
	}
	if !name(p) {
		return false
	}
	j := s.nps[p].first - 1
	if j < 1 || s.words[j].lower != "and" && s.words[j].lower != "," {
		return false
	}
	q := s.words[j-1].np
	return q >= 0 && name(q)
}
