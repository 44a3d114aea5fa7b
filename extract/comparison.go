package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/extract/timex"
)

// levelThanBefore reads a level set, by a comparative after the figure and past the figure's
// own date, against a time before that date: "Germany's economy was 0.1% larger in 2024 than
// before the pandemic", "0.1% higher in 2024 than pre-Covid", "0.3% bigger in 2024 than at the
// end of 2019". The figure is the change over all the years since, never the one year's
// growth. With a year that lies more than a year before the figure's own, its period is the
// span of the years between ("2020/2024", as thanYearsBefore reads "than in 2019"); with an
// earlier time that has no date ("before the pandemic"), it has none. Set against the year
// before, or "a year earlier", the figure is its period's change, read as before: "prices were
// 2% higher in December than a year earlier" is year-on-year.
func (s *sentence) levelThanBefore(k int) (timex.Expr, bool) {
	if !s.marked(markThan) {
		return timex.Expr{}, false // most sentences: every figure asks
	}
	ws := s.words
	_, to := s.clauseOf(s.qFirst[k])
	i := s.qLast[k] + 1
	if i > to || !(isComparative(ws[i].lower) || strings.HasSuffix(ws[i].lower, "er") && ws[i].tag == tagAdj) {
		return timex.Expr{}, false
	}
	// the figure's own date between the comparative and "than": "larger in 2024 than"
	than, own := -1, -1
	for j := i + 1; j <= to && j <= i+5; j++ {
		if ws[j].lower == "than" {
			than = j
			break
		}
		switch {
		case ws[j].date >= 0:
			own = ws[j].date
		case ws[j].tag == tagPrep || ws[j].tag == tagDet:
		default:
			return timex.Expr{}, false
		}
	}
	if than < 0 || own < 0 {
		return timex.Expr{}, false // "2.7 pct higher than in 1985" and the like: periodOf reads them
	}
	ownYear, ok := yearOf(s.exprs[own])
	if !ok {
		return timex.Expr{}, false
	}
	for j := than + 1; j <= to && j <= than+5; j++ {
		w := &ws[j]
		if w.fig >= 0 {
			return timex.Expr{}, false
		}
		if w.date >= 0 {
			base, ok := yearOf(s.exprs[w.date])
			if !ok || base >= ownYear-1 {
				return timex.Expr{}, false // "than a year earlier", "than in 2023": its year's change
			}
			return timex.Expr{Period: fmt.Sprintf("%d/%d", base+1, ownYear), Precision: timex.Year, Explicit: true}, true
		}
		if w.lower == "before" || w.lower == "pre" || strings.HasPrefix(w.lower, "pre-") {
			last := to
			if last > j && ws[last].punct {
				last--
			}
			return timex.Expr{Reason: "a change since " + s.text[ws[than+1].start-s.start:ws[last].end-s.start] + ", not one period's"}, true
		}
		if w.tag != tagPrep && w.tag != tagDet && w.tag != tagNoun {
			return timex.Expr{}, false
		}
	}
	return timex.Expr{}, false
}

// yearOf returns the year a date expression falls in: "2019", "2019-12", "2019-Q4".
func yearOf(e timex.Expr) (int, bool) {
	if len(e.Period) < 4 || severalPeriods(e.Period) {
		return 0, false
	}
	y, err := strconv.Atoi(e.Period[:4])
	return y, err == nil
}
