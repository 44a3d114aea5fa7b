package extract

import "github.com/factcheck/factcheck/extract/timex"

// reasonEventTime is the Reason of a figure dated by an event and no date: "down from 15.5% in
// the pandemic year", "compared with 3.1% before the pandemic".
const reasonEventTime = "a time named by an event, not by a date"

// eventTimeAfter reads the phrase of time right after figure k when it names an event rather
// than a date: "at the height of the pandemic", "before the pandemic", "during the lockdown",
// "in the pandemic year". named reports such a phrase; date is the date that follows it and
// says when the event was ("at the height of the pandemic in 2020", "before the pandemic, in
// 2019"), or -1. A figure set against another and dated so is of the event's time, not of the
// period before the other's, which is what a figure compared with no date of its own takes.
func (s *sentence) eventTimeAfter(k int) (date int, named bool) {
	ws := s.words
	j := s.figurePhraseEnd(k) + 1
	if j+2 >= len(ws) {
		return -1, false
	}
	prep := ws[j].lower
	switch prep {
	case "at", "before", "after", "during", "amid", "in", "throughout":
	default:
		return -1, false
	}
	i := j + 1
	p := ws[i].np
	if p < 0 || ws[i].lower != "the" || ws[i].date >= 0 {
		return -1, false // "after inflation", "before tax", "at an annual rate": no time
	}
	end := s.nps[p].last
	heads := []int{s.nps[p].head}
	// "the height of the pandemic", "the start of the war": the noun and what it is of
	for end+2 < len(ws) && ws[end+1].lower == "of" && ws[end+2].np >= 0 && ws[end+2].date < 0 {
		q := ws[end+2].np
		end = s.nps[q].last
		heads = append(heads, s.nps[q].head)
	}
	if prep == "at" && len(heads) < 2 {
		return -1, false // "at the time", "at the moment": no event named
	}
	for x := i; x <= end; x++ {
		if ws[x].fig >= 0 || ws[x].date >= 0 || ws[x].ent >= 0 {
			return -1, false // a figure, a date or a place is no event: "in the euro area"
		}
	}
	if prep == "in" {
		if !s.yearNamedByEvent(p) {
			return -1, false // "in the first quarter", "in the same year": times the dates read
		}
	} else {
		for _, h := range heads {
			if unitOfTime[ws[h].lower] {
				return -1, false // "during the year", "at the end of the decade": a time, counted
			}
		}
	}
	// the date that says when the event was: in what follows, before a verb or another
	// figure ("before the pandemic, in 2019"; "before the uprising against Israeli occupation
	// four years ago", a date relative to the article's, which the dates read as it stands)
	for x := end + 1; x < len(ws) && x <= end+8; x++ {
		if d := ws[x].date; d >= 0 {
			if s.exprs[d].Explicit && !s.isBaseDate(d) {
				return d, true
			}
			return -1, false
		}
		if f := ws[x].fig; f >= 0 && !isDuration(s.quants[f].Unit) || ws[x].vg >= 0 || ws[x].lower == ";" || ws[x].lower == ":" {
			break // (a duration is part of a date: "four years ago")
		}
	}
	return -1, true
}

// yearNamedByEvent reports a noun phrase "the X year" whose X says what happened in it ("the
// pandemic year", "the crisis year"), not which year it is counted from ("the previous year",
// "the fiscal year", "the first year").
func (s *sentence) yearNamedByEvent(p int) bool {
	n := s.nps[p]
	if s.words[n.head].lower != "year" || n.head-n.first < 2 || s.words[n.first].lower != "the" {
		return false
	}
	for x := n.first + 1; x < n.head; x++ {
		if yearCountedBy[s.words[x].lower] || s.words[x].tag == tagNum {
			return false
		}
	}
	return true
}

// unitOfTime are the nouns of a span of time, which name a time by counting, not by an event.
var unitOfTime = map[string]bool{
	"year": true, "years": true, "quarter": true, "quarters": true, "month": true, "months": true,
	"week": true, "weeks": true, "day": true, "days": true, "decade": true, "decades": true,
	"period": true, "periods": true, "half": true, "season": true, "time": true, "moment": true,
	"century": true, "term": true, "session": true,
}

// yearCountedBy are the words before "year" that count it from another or place it in a
// calendar: "the previous year", "the fiscal year", "the first year".
var yearCountedBy = map[string]bool{
	"last": true, "previous": true, "preceding": true, "prior": true, "same": true, "current": true,
	"following": true, "next": true, "coming": true, "past": true, "latest": true, "whole": true,
	"entire": true, "full": true, "fiscal": true, "financial": true, "calendar": true, "tax": true,
	"school": true, "academic": true, "base": true, "first": true, "second": true, "third": true,
	"fourth": true, "fifth": true, "final": true, "this": true, "that": true, "one": true,
}

// eventTimed returns the period of compared figure k dated by an event (eventTimeAfter): the
// date that says when the event was, else none, with the reason.
func (s *sentence) eventTimed(k int) (timex.Expr, bool) {
	d, named := s.eventTimeAfter(k)
	if !named {
		return timex.Expr{}, false
	}
	if d >= 0 {
		return s.exprs[d], true
	}
	return timex.Expr{Reason: reasonEventTime}, true
}
