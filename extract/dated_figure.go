package extract

import (
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// A text that quotes a figure to set it right may say which year the figure is really of: "In
// fact it was 6.4% in 2024; the 5.4% figure is from 2023.", "That 5.4% dates from 2023.",
// "But 5.4% was the 2023 figure.", or, of a figure a speaker gave in the sentence before, "The
// senator said inflation hit 6.9% last year. That was the 2022 rate." The year named so is the
// figure's period, whatever the article's date or a year nearer in the text would give it
// ("last year", "in 2024" earlier in the sentence): judged against the year the text itself
// denies, a correct figure of another year reads as a false one.
//
// Only a predicate on the figure itself is read, a copula or "dates from" whose year ends its
// clause: "the 5.4% figure is from 2023 onward", "5.4% is from the ONS" and "the series dates
// from 2023, when it rose 5.4%" say nothing of the figure's year.

// datedFigure returns the year a predicate on figure k names as its own (see above): the
// figure opens its clause, perhaps after "the", "that" or "this" and a conjunction, and is
// followed, perhaps after the nouns of its phrase ("figure", "jobless rate"), by "is from
// 2023", "dates from 2023", "dates back to 2023" or "was the 2023 figure", which ends the clause.
func (s *sentence) datedFigure(k int) (string, bool) {
	first, last := s.qFirst[k], s.qLast[k]
	if first < 0 || last+3 >= len(s.words) {
		return "", false
	}
	ws := s.words
	// the year first (the one test most figures are turned away by: nothing of the kind
	// follows them)
	// past the rest of the figure's noun phrase: "the 5.4% figure", "the 5.4% jobless rate"
	j := last + 1
	for n := 0; n < 3 && j < len(ws) && (ws[j].tag == tagNoun || ws[j].tag == tagAdj) && ws[j].np >= 0 && ws[j].np == ws[last].np; n++ {
		j++
	}
	if j+2 >= len(ws) {
		return "", false
	}
	y, end := -1, -1
	switch v := ws[j].lower; {
	case (v == "is" || v == "was") && ws[j+1].lower == "from":
		y = j + 2 // "is from 2023"
	case (v == "dates" || v == "dated") && ws[j+1].lower == "from":
		y = j + 2 // "dates from 2023"
	case v == "dates" && ws[j+1].lower == "back" && j+3 < len(ws) && ws[j+2].lower == "to":
		y = j + 3 // "dates back to 2023"
	case (v == "is" || v == "was") && ws[j+1].lower == "the" && j+3 < len(ws) && datedNouns[ws[j+3].lower]:
		y, end = j+2, j+4 // "was the 2023 figure"
	default:
		return "", false
	}
	if y >= len(ws) || !isYearWord(ws[y].lower) {
		return "", false
	}
	if end < 0 {
		end = y + 1
	}
	if end < len(ws) && !clauseStop(ws[end].lower) {
		return "", false
	}
	// the figure opens its clause: "the 5.4% figure", "That 5.4%", "But 5.4%"
	i := first - 1
	if i >= 0 && (ws[i].lower == "the" || ws[i].lower == "that" || ws[i].lower == "this") {
		i--
	}
	if i >= 0 && (ws[i].tag == tagCoord || ws[i].tag == tagSub) {
		i-- // "but 5.4% was", "whereas the 5.4% rate is"
	}
	if i >= 0 && !clauseStop(ws[i].lower) {
		return "", false
	}
	return ws[y].lower, true
}

// clauseStop reports a word that ends a clause: a stop, a semicolon, a colon, a comma or a
// dash.
func clauseStop(w string) bool {
	switch w {
	case ".", "!", "?", ";", ":", ",", "-", "—", "–":
		return true
	}
	return false
}

// yearAnswered returns the year the sentence after s names as that of the one figure of c's
// unit that s reports a speaker giving ("The senator said inflation hit 6.9% last year. That
// was the 2022 rate."): its subject points back ("That", "It", "This figure"), perhaps after
// "But" or "In fact", and its predicate is "was the 2022 rate" (or "figure", "number"...),
// which ends the clause. A figure the article states itself is not re-dated by the sentence
// after ("Inflation hit 6.9% in 2025. That was the highest rate since 2022." names no year of
// its own either), nor one of a sentence that gives two figures of its unit.
func (st *articleState) yearAnswered(s *sentence, first int, c *Claim) (string, bool) {
	next := st.nextAnswer(s)
	if len(next) < 5 {
		return "", false
	}
	i := answerOpening(next)
	j, ok := backSubject(next, i)
	if !ok || j+3 >= len(next) {
		return "", false
	}
	switch w := strings.ToLower(next[j]); {
	case contractedCopula(w):
		j++ // "That's the 2022 figure"
	case w == "was" || w == "is":
		j++
	default:
		return "", false
	}
	if j+2 >= len(next) || !ascii.EqualFold(next[j], "the") || !isYearWord(next[j+1]) ||
		!inFold(datedNouns, next[j+2]) || !(j+3 >= len(next) || answerStops(next[j+3]) || next[j+3] == ",") {
		return "", false
	}
	if !s.reportedFigure(first) && !s.reportedAfter(first) {
		return "", false
	}
	n := 0
	for q := range s.quants {
		if s.quants[q].Unit == c.Unit {
			n++
		}
	}
	if n != 1 {
		return "", false
	}
	return next[j+1], true
}

// datedNouns name a figure as one of a period: "the 5.4% figure", "the 2022 rate".
var datedNouns = map[string]bool{"figure": true, "rate": true, "number": true, "reading": true,
	"level": true, "statistic": true, "estimate": true, "print": true, "data": true}
