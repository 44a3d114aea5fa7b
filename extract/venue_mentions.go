package extract

// A country named after a town, as an address gives it ("presented on Thursday at the Bank's
// annual meetings in Sharm El Sheikh, Egypt, the lender estimated that growth in Africa
// averaged 3.8 per cent"), says where something took place, not what the text is about: the
// figures after it were Egypt's (blind round 167: Africa's inflation of 13% in 2021 was
// judged against Egypt's). The town is capitalised words the lexicon knows as no place, after
// "in", "at" or "from", and the country closes the phrase.

// venueMention reports the name m of toks as the country of a town before it: "in Sharm El
// Sheikh, Egypt,", "at a summit in Davos, Switzerland.".
func venueMention(toks []token, m *match) bool {
	i := m.first - 1
	if i < 2 || toks[i].text != "," {
		return false
	}
	if n := m.last + 1; n < len(toks) && !toks[n].punct {
		return false // "in Sharm El Sheikh, Egypt and Jordan": a list
	}
	town := 0
	for j := i - 1; j >= 0 && town < 4; j-- {
		w := toks[j].text
		switch toks[j].lower {
		case "in", "at", "from":
			return town > 0
		}
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		town++
	}
	return false
}
