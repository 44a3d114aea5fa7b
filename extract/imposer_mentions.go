package extract

// A country named as the one that imposes sanctions on another ("the EU and the US imposed the
// first sectoral sanctions in July 2014", "when the United States imposed an oil embargo",
// "Britain and the EU froze its central bank's reserves") acts in the story of the country it
// sanctions: the sentences after it go on about that one. Read as the country named last, "The
// economy contracted by 2 percent in 2015, and inflation reached 15.5 percent", in a history of
// Russia's economy, was the United States' (blind round 118, two rows flagged).

// imposerReach bounds the tokens between an imposer's name and its verb, and between the verb
// and what it imposes.
const imposerReach = 6

// imposerMention reports name m of a line's tokens as the subject of a verb of imposing
// sanctions or an embargo, or of freezing reserves or assets.
func imposerMention(toks []token, m *match) bool {
	// the verb right after the name, past other names joined to it, an auxiliary or an
	// adverb ("the EU and the US imposed", "Washington has since tightened"); a comma or any
	// other word says the name is not its subject ("Iran, hit as Washington tightened ...")
	v := -1
	for i := m.last + 1; i < len(toks) && i <= m.last+imposerReach; i++ {
		w := toks[i].lower
		if imposingVerb(w) {
			v = i
			break
		}
		if !subjectFiller(w) && !isCapitalised(toks[i].text) {
			return false
		}
	}
	if v < 0 {
		return false
	}
	for i := v + 1; i < len(toks) && i <= v+imposerReach; i++ {
		switch w := toks[i].lower; w {
		case "sanctions", "sanction", "embargo", "embargoes", "blockade":
			// not an embargo on goods: "Russia imposed an embargo on food imports from the
			// European Union" is Russia's own act in its own story
			j := i + 1
			if j < len(toks) && (toks[j].lower == "on" || toks[j].lower == "against") {
				j++
				for j < len(toks) && (toks[j].lower == "the" || toks[j].lower == "a" || toks[j].lower == "all") {
					j++
				}
				// a country's name, or its things ("sanctions on its banks")
				return j < len(toks) && (isCapitalised(toks[j].text) || toks[j].lower == "its" || toks[j].lower == "their")
			}
			return true
		case "reserves", "assets":
			return toks[v].lower == "froze" || toks[v].lower == "freeze" || toks[v].lower == "freezes" || toks[v].lower == "frozen"
		case ".", "!", "?", ";", ":":
			return false
		}
	}
	return false
}

// subjectFiller reports a word that may stand between a subject's name and its verb: another
// name's joiner, an auxiliary, an adverb of time.
func subjectFiller(w string) bool {
	switch w {
	case "and", "the", "its", "allies", "has", "have", "had", "also", "then", "since", "first", "later", "jointly", "both", "swiftly", "quickly":
		return true
	}
	return false
}

// imposingVerb reports a form of a verb that puts sanctions on a country or freezes its money.
func imposingVerb(w string) bool {
	switch w {
	case "imposed", "imposes", "impose", "imposing", "slapped", "slaps", "extended", "tightened",
		"widened", "levied", "froze", "freeze", "freezes":
		return true
	}
	return false
}
