package extract

// The world is named in news in lower case ("the world economy", "global growth"); "World",
// capitalised in running text, is mostly the first word of another name: "the World Economic
// Outlook", "the World Food Programme", "World Steel Association data", "the World Development
// Indicators". Read as the world, the figures around such a name were judged as the world's
// (blind round 245: Venezuela's 48% inflation "published in the fund's World Economic Outlook"
// against the world's 3%).

// dropWorldInNames drops from ms, in place, the names that end in "World" (the world's name as
// the table writes it) where a capitalised word follows it in a sentence of words toks that is
// not set in title case, as a headline is ("World Growth Slows": there every word is
// capitalised, and the world's own phrases are matched whole). The name's own capitalised
// words are not counted for the title case: "Figures in the World Development Indicators show"
// is running text.
func dropWorldInNames(ms []match, toks []token) []match {
	kept := ms[:0]
	for i := range ms {
		m := &ms[i]
		if m.categories&catEntity != 0 && toks[m.last].text == "World" {
			end := m.last + 1
			for end < len(toks) && !toks[end].punct && startsUpper(toks[end].text) {
				end++
			}
			if end > m.last+1 && !titleCaseOutside(toks, m.first, end) {
				continue
			}
		}
		kept = append(kept, *m)
	}
	return kept
}

// titleCaseOutside reports the words of toks outside toks[from:to] as set in title case: most
// of their words of four letters or more capitalised (titleCaseLine; figures and years are no
// words here). With no words left to tell, they are: the name and its figures are a heading.
func titleCaseOutside(toks []token, from, to int) bool {
	long, upper := titleCaseCounts(toks, from, to, true)
	return long == 0 || 2*upper > long
}
