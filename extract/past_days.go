package extract

import (
	"time"

	"github.com/factcheck/factcheck/extract/timex"
)

// A day written without its year ("on February 23") is read as the nearest such day to
// publication, up to half a year ahead: a meeting "on March 6" is often still to come. A part of
// "the year" ("the final three months of the year") is read as a part of the year of
// publication. A verb in a past tense says the time has passed: "The EU adopted its first
// package of sanctions on February 23", in an article of December 29, 2022, was read as
// February 23, 2023 (blind round 161), and so was "raised its key rate to 20% on February 28";
// "GDP grew at a 4% annual rate in the final three months of the year", in an article of
// January 29, 2021, as the last quarter of 2021 (blind round 165).

// pastDaysBack moves back a year each time of s written without its year (a day, a month, a
// quarter or a half) that the dates put after publication, when the verb of its clause is in a
// past tense, no modal and no verb of a forecast ("was expected on February 28"). A day must lie
// more than two weeks ahead: a dateline's day and the day a story was filed may lag the day it
// is dated.
func (st *articleState) pastDaysBack(s *sentence) {
	pub := st.art.Published
	if pub.IsZero() {
		return
	}
	for d := range s.exprs {
		e := &s.exprs[d]
		if e.Explicit || e.Period == "" {
			continue
		}
		ahead := time.Duration(0)
		switch e.Precision {
		case timex.Day:
			ahead = 14 * 24 * time.Hour
		case timex.Month, timex.Quarter, timex.Half:
		default:
			continue
		}
		start, ok := periodStart(e.Period)
		if !ok || start.Sub(pub) <= ahead {
			continue
		}
		if g := s.verbOfDate(d); g < 0 || !s.pastAct(g, d) {
			continue
		}
		if e.Precision == timex.Day {
			y, m, d := start.Date()
			if m == time.February && d == 29 {
				d = 28 // (AddDate would make it March 1)
			}
			e.Period = time.Date(y-1, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		} else if moved := shiftPeriod(*e, -1, true); moved.Period != "" {
			e.Period = moved.Period
		}
	}
}

// verbOfDate returns the verb group of date d's clause that it dates: the one before it ("raised
// its key rate to 20% on February 28"), else, for a date that opens its clause, the first one
// after it ("On February 28, the bank raised ..."); -1 when the clause has none.
func (s *sentence) verbOfDate(d int) int {
	from, to := s.clauseOf(s.eFirst[d])
	if g := s.verbBeforeWord(s.eFirst[d]); g >= 0 && s.vgs[g].head >= from {
		return g
	}
	for i := s.eLast[d] + 1; i <= to; i++ {
		if g := s.words[i].vg; g >= 0 {
			return g
		}
	}
	return -1
}

// forecastVerb reports a verb group of expecting or planning, whose past form speaks of a
// time to come: "was expected on February 28", "the IMF forecast growth of 2% in the fourth
// quarter of the year", "was scheduled for March".
func (s *sentence) forecastVerb(g int) bool {
	return hasLemmaOf(s.words[s.vgs[g].head].lower, "expect", "forecast", "project", "predict", "plan", "schedule", "set", "due",
		"anticipate", "see", "pencil", "slate", "target", "aim", "signal", "budget", "pledge", "promise", "hope", "intend")
}

// pastAct reports verb group g as a past act that date d dates: a verb in a past form itself
// ("raised", "adopted", "grew"), no modal, no verb of a forecast, with nothing between it and
// the date that points ahead. Not "was likely to raise its rate to 50% on March 21" (the
// past is the forecast's), nor "kept its rate at 45%, with the next decision due on March 21"
// (review of session 44).
func (s *sentence) pastAct(g, d int) bool {
	v := s.vgs[g]
	if v.modal || v.infinitive || !s.words[v.head].past || !s.pastTense(g) || s.forecastVerb(g) {
		return false
	}
	from, to := v.last+1, s.eFirst[d]
	if s.eLast[d] < v.first {
		from, to = s.eLast[d]+1, v.first // a fronted date: "On February 28, the bank raised"
	}
	for i := from; i < to; i++ {
		w := &s.words[i]
		if w.vg >= 0 || w.tag == tagTo || w.tag == tagWh || w.tag == tagSub {
			return false
		}
		switch w.lower {
		case "with", "due", "ahead", "until", "before", "next", "coming", "likely", "ready", "set":
			return false
		}
	}
	return true
}
