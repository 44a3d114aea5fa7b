package extract

import (
	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// groupAfterFigure reports a figure whose own phrase, right after it, restricts what it
// measures to a group of people or a part of the country: "..., and 36.7% among young
// people", "13.3% overall but 20% for women", "and 25% in rural areas", "and 11% in the
// capital", "and 11% in Rabat". A figure in a clause that shares (gaps) the verb and subject of
// the clause before takes that clause's measure whole ("The national unemployment rate was
// 13.3% in 2024, and 36.7% among young people"), and with it the country: read so, Morocco's
// youth rate was judged against its national one and flagged. The phrase must follow the
// figure at once (a comma makes it an aside on the clause: "grew 2%, among the fastest") and
// name a group (groupPhrase) or the country's capital; a time, a country, a way of counting or
// a superlative ("in 2023", "in France", "in real terms", "among the highest") leaves the
// figure whole. The phrase restricts whatever measure the figure has, a main clause's too:
// "the rate was 36.7% among young people".
func (s *sentence) groupAfterFigure(k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if i+1 >= len(ws) {
		return false
	}
	switch ws[i].lower {
	case "among", "amongst", "for", "in":
	default:
		return false // (most figures)
	}
	p := ws[i+1].np
	if p < 0 || s.nps[p].first != i+1 {
		return false
	}
	h := &ws[s.nps[p].head]
	if isSuperlative(h.lower) {
		return false // "36.7% among the highest in the region": a rank, not a group
	}
	if ascii.IsLetter(h.lower[0]) && timex.IsDayOrMonthName(h.lower) { // (not asked of a year's digits: most heads here)
		return false // "3.8 pct in both April and May": a month the dates did not take
	}
	if ws[i].lower == "in" && h.ent >= 0 && hasCategory(s.ents[h.ent], catCapital) {
		return true // "and 11% in Rabat": the capital's own rate
	}
	if j := k + 1; j < len(s.quants) && s.qFirst[j] >= 0 && s.ageObject(j) {
		// "3.2% for people aged 15 and above": the ages say whether the group is the
		// working-age population, a national rate's, or a part of it (ageGroupOf)
		if _, to := s.clauseOf(s.qFirst[k]); s.qLast[j] <= to {
			return false
		}
	}
	return s.groupPhrase(i, p)
}
