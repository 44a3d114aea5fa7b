package extract

import (
	"strconv"

	"github.com/factcheck/factcheck/extract/internal/ascii"

	"github.com/factcheck/factcheck/extract/timex"
)

// A day or month named without its year under a pluperfect verb tells of a time before the
// one the sentence before dated: "On 26 September 2022 the pound fell to a record low of
// $1.035 ... The Bank of England had raised Bank Rate to 2.25 percent on 22 September and
// raised it again to 3 percent in November" (attack 16, t42), written in September 2026, was
// read as 22 September 2026 and November 2025, the latest before publication. "Had raised"
// sets the act before the reference time the text has reached, 26 September 2022, so the
// date is the latest of its name on or before it (22 September 2022), and a bare month after
// it in the sentence goes on from it (November 2022). Only when the sentence names no date
// with its year, no verb of saying frames it ("the Bank said it had raised rates on 22
// September" may tell of this week), and the reading against publication lies more than a
// year after the date before.

// anchorPluperfectDates re-dates the sentence's bare days and months by the last explicit date
// of the sentence before (which starts at prevFrom), when a pluperfect verb governs the first.
func (st *articleState) anchorPluperfectDates(s *sentence, all []timex.Expr, prevFrom int) {
	if prevFrom >= s.start || len(s.exprs) == 0 {
		return
	}
	first := -1
	for i, e := range s.exprs {
		if e.Explicit {
			return // the sentence's own year dates its bare parts (anchorBareDates)
		}
		if first < 0 && bareDayOrMonth(e) {
			first = i
		}
	}
	if first < 0 {
		return
	}
	for _, w := range s.words {
		if sayingWords[w.lower] || reportVerbs[w.lower] {
			return
		}
	}
	g := s.verbBeforeWord(s.eFirst[first])
	if g < 0 || !s.pluperfect(g) {
		return
	}
	ref := -1
	for j := range all {
		if all[j].Start >= prevFrom && all[j].End <= s.start && all[j].Explicit && len(all[j].Period) >= 4 && !afterSince(st.art.Text, all[j].Start) {
			ref = j
		}
	}
	if ref < 0 {
		return
	}
	rp := all[ref].Period
	refYear, err := strconv.Atoi(rp[:4])
	if err != nil || !farAfter(s.exprs[first], refYear) {
		return
	}
	// the latest date of the first's name on or before the reference ("22 September" before
	// 26 September 2022); a reference of a year alone holds it
	year := refYear
	if own := s.exprs[first].Period; len(rp) > 4 {
		// (compared as dates, "-11" with "-09-26": a quarter or a half is compared by its
		// last month, not as text, where "-11" < "-Q1" whatever the months)
		if rp[5] == 'Q' || rp[5] == 'H' {
			p := all[ref].Precision
			if ownMonth, _ := strconv.Atoi(own[5:7]); ownMonth > partIndex(rp)*partMonths(p) {
				year--
			}
		} else if n := min(len(own), len(rp)); own[4:n] > rp[4:n] {
			year--
		}
	}
	prev := ""
	for i := first; i < len(s.exprs); i++ {
		e := &s.exprs[i]
		if !bareDayOrMonth(*e) {
			continue
		}
		if prev != "" && e.Period[4:] < prev {
			year++ // "in November ... in February": the February after
		}
		if !farAfter(*e, year) {
			return
		}
		prev = e.Period[4:]
		e.Period = strconv.Itoa(year) + e.Period[4:]
	}
}

// afterSince reports "since" right before offset start: the date there opens a span up to now
// ("the fastest pace since 2023"), and is no time the text has reached. Taken for one, it
// dated an AP story's "Inflation had cooled to 2.4% in January" of June 2026 as January 2023
// (blind round 41).
func afterSince(text string, start int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i >= 5 && ascii.EqualFold(text[i-5:i], "since") && (i == 5 || !isLetterByte(text[i-6]))
}

// bareDayOrMonth reports a day or month named without its year and read against publication.
func bareDayOrMonth(e timex.Expr) bool {
	if e.Explicit || len(e.Period) < 7 || e.Period[4] != '-' {
		return false
	}
	switch e.Precision {
	case timex.Day:
		return len(e.Period) == 10
	case timex.Month:
		return len(e.Period) == 7
	}
	return false
}
