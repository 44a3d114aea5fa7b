package extract

import "github.com/factcheck/factcheck/extract/timex"

// A country named after a town, as an address gives it ("presented on Thursday at the Bank's
// annual meetings in Sharm El Sheikh, Egypt, the lender estimated that growth in Africa
// averaged 3.8 per cent"), says where something took place, not what the text is about: the
// figures after it were Egypt's (blind round 167: Africa's inflation of 13% in 2021 was
// judged against Egypt's). The town is capitalised words after "in" or "at" that follow a
// gathering or an event held there, and the country closes the phrase.

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
		case "in", "at":
			return town > 0 && j > 0 && eventBeforeVenue(toks[j-1].lower)
		}
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		if _, ok := timex.MonthOf(w); ok {
			return false // "In January, Germany, the euro zone's largest economy, saw ..."
		}
		town++
	}
	return false
}

// eventBeforeVenue reports a word an address of a venue follows: a noun of a gathering
// ("the annual meetings in Sharm El Sheikh, Egypt") or the participle of an event held or a
// report presented there ("presented in Nairobi, Kenya"). A country after a town that opens a
// clause ("In Lagos, Nigeria, inflation rose to 29.9%") or after a speaker's verb ("Speaking in
// Lagos, Nigeria, the governor said") is the figure's as often: not a venue here.
func eventBeforeVenue(w string) bool {
	switch w {
	case "meeting", "meetings", "summit", "conference", "forum", "gathering", "talks", "session", "congress", "assembly", "convention",
		"held", "presented", "launched", "unveiled", "hosted", "convened":
		return true
	}
	return false
}
