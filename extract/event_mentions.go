package extract

// A country named as the party of an event of war ("after Russia's invasion of Ukraine", "the
// war in Ukraine", "the attack on Israel") is the background of a story, not its place: a
// Polish article's "Inflation returned with a vengeance after Russia's invasion of Ukraine:
// 14.4% in 2022 and 11.5% in 2023" and a Russian one's "After the full-scale invasion of Ukraine
// in 2022, Rosstat first reported that the economy had shrunk 2.1%" were judged as Ukraine's
// (blind round 43). Neither the invader nor the invaded is the place of the figures around
// them, in their sentence or after it; the figures take the country the text is about.

// dropEventMentions drops from ms the names of a sentence's words, toks, that are parties of an
// event of war (eventMention), in place.
func dropEventMentions(ms []match, toks []token) []match {
	kept := ms[:0]
	for i := range ms {
		if !eventMention(toks, &ms[i]) {
			kept = append(kept, ms[i])
		}
	}
	return kept
}

// eventMention reports a name m of toks that is the agent or the object of a noun of war or
// conflict: "Russia's invasion", "Russia's full-scale war", "the invasion of Ukraine", "the war
// in Ukraine", "attacks on Israel".
func eventMention(toks []token, m *match) bool {
	// the agent: the name's possessive, then the event within two words
	if i := m.last + 1; i+1 < len(toks) && (toks[i].lower == "'s" || toks[i].lower == "’s") {
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if isEventNoun(toks[j].lower) {
				return true
			}
			if toks[j].punct {
				break
			}
		}
	}
	// the agent or the object of a verb of war: "when Russia annexed Crimea", "after Iraq
	// invaded Kuwait" (blind round 153: Ukraine's fall of 2014 judged as Russia's). The agent
	// is a name right before the verb, with its object after it; the object a name right
	// after it.
	if i := m.last + 1; i+1 < len(toks) && isEventVerb(toks[i].lower) && !toks[i+1].punct {
		return true
	}
	i := m.first - 1
	if i >= 0 && isEventVerb(toks[i].lower) {
		return true
	}
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	// the object: the event, a preposition, perhaps "the" and a word of where the name lies
	// ("the war in neighbouring Ukraine", "attacks on northern Israel": blind round 206,
	// Moldova's GDP judged as Ukraine's)
	if i < 1 {
		return false
	}
	if n := m.last + 1; n+1 < len(toks) && toks[n].lower == "," && (toks[n+1].lower == "whose" || toks[n+1].lower == "where") {
		return false // a clause of its own about the place: "the war in nearby Ukraine, whose GDP fell 28.8%" (review)
	}
	if w := &toks[i]; i >= 2 && !w.punct && w.text != "" && w.text[0] >= 'a' && w.text[0] <= 'z' && whereAdjective(w.lower) {
		i--
	}
	switch toks[i].lower {
	case "of", "in", "on", "against", "between":
		return isEventNoun(toks[i-1].lower) // "the conflict between Israel and Hezbollah"
	case "and":
		// the second party: "the war between Russia and Ukraine" (blind round 266: Lebanon's
		// fall in GDP, a sentence later, judged as Israel's)
		j := i - 1
		for n := 0; j >= 1 && n < 4 && !toks[j].punct && toks[j].text != "" && toks[j].text[0] >= 'A' && toks[j].text[0] <= 'Z'; n++ {
			j--
		}
		return j >= 1 && j < i-1 && toks[j].lower == "between" && isEventNoun(toks[j-1].lower)
	}
	return false
}

// whereAdjective reports an adjective of where a place lies before its name: "neighbouring
// Ukraine", "northern Israel".
func whereAdjective(w string) bool {
	switch w {
	case "neighbouring", "neighboring", "nearby", "northern", "southern", "eastern", "western", "north", "south", "east", "west":
		return true
	}
	return false
}

// isEventNoun and isEventVerb are eventNouns[w] and eventVerbs[w], most words turned away by
// their shapes without a lookup: every name of a sentence asks them of the words around it.
func isEventNoun(w string) bool { return eventNounShapes.mayHold(w) && eventNouns[w] }
func isEventVerb(w string) bool { return eventVerbShapes.mayHold(w) && eventVerbs[w] }

var eventNounShapes, eventVerbShapes = newKeyShapes(eventNouns), newKeyShapes(eventVerbs)

// eventNouns are the nouns of war and conflict whose parties are named around them.
var eventNouns = map[string]bool{
	"invasion": true, "war": true, "annexation": true, "occupation": true, "attack": true,
	"attacks": true, "offensive": true, "blockade": true, "bombing": true, "conflict": true,
	"incursion": true, "aggression": true, "assault": true,
}

// eventVerbs are the past forms of the verbs of war whose subject and object are its
// parties. (Not "attacks", a noun as often, nor "occupied", an adjective as often: "the
// occupied territories".)
var eventVerbs = map[string]bool{
	"invaded": true, "annexed": true, "attacked": true, "bombed": true, "blockaded": true,
}
