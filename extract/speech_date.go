package extract

import (
	"time"

	"github.com/factcheck/factcheck/extract/timex"
)

// A relative date ("last year", "this quarter") in words said on an earlier day counts from
// that day, not from the article's: "Vladimir Putin, February 2025: 'Russia's economy grew 4.1%
// last year'", quoted by a fact-check of 2026, is of 2024; counted from the article it was
// 2025's and flagged. The sentence says when the words were said by a label before them
// ("Name, February 2025: ...") or by a verb of saying before the date ("said in February
// 2025", "speaking in February 2025"). Such a figure gets no period: a miss costs less than
// counting from the wrong day.

// relativeToEarlierWords reports a relative date expression e of sentence s whose words the
// sentence dates to another year than the article's (or, for a month's or a quarter's, another
// month).
func (s *sentence) relativeToEarlierWords(e timex.Expr, published time.Time) bool {
	if e.Explicit || e.Period == "" || published.IsZero() {
		return false
	}
	if !s.speechDateKnown {
		s.speechDateAt, s.speechDateKnown = s.speechDate(), true
	}
	d := s.speechDateAt
	if d < 0 {
		return false
	}
	said := s.exprs[d]
	if e.Period == said.Period || e.Start == said.Start && e.End == said.End {
		return false // the words' own date: "is at 3.4%, the president said in January 2023"
	}
	if len(said.Period) < 4 || said.Period[:4] != published.Format("2006") {
		return true
	}
	if e.Precision == timex.Year || said.Precision == timex.Year {
		return false
	}
	return len(said.Period) >= 7 && said.Period[:7] != published.Format("2006-01")
}

// speechDate returns the explicit date that says when the sentence's words were said, or -1:
// a label's ("Vladimir Putin, February 2025: ...") or one after a verb of saying ("said in
// February 2025", "told parliament in February 2025", "speaking on 3 March 2025").
func (s *sentence) speechDate() int {
	ws := s.words
	for d, e := range s.exprs {
		if !e.Explicit || e.Period == "" {
			continue
		}
		f, l := s.eFirst[d], s.eLast[d]
		if f >= 2 && ws[f-1].lower == "," && l+1 < len(ws) && ws[l+1].lower == ":" && s.nameBefore(f-1) {
			return d
		}
		i := f - 1
		if i >= 0 && (ws[i].lower == "in" || ws[i].lower == "on") {
			i--
		}
		if i > 0 && ws[i].np >= 0 && ws[i].tag != tagPron {
			i = s.nps[ws[i].np].first - 1 // the one told: "told parliament in February 2025"
		}
		if i >= 0 && (ws[i].hasLemma("say") || ws[i].hasLemma("speak") || ws[i].hasLemma("tell")) {
			return d
		}
	}
	return -1
}

// nameBefore reports words before word end that are only a name: no verb, no figure, no
// date, and at least one of them a proper noun ("Vladimir Putin", "The Prime Minister, Rishi
// Sunak").
func (s *sentence) nameBefore(end int) bool {
	proper := false
	for i := 0; i < end; i++ {
		w := &s.words[i]
		if w.vg >= 0 || w.fig >= 0 || w.date >= 0 {
			return false
		}
		proper = proper || w.tag == tagProper
	}
	return proper
}
