package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/extract/timex"
)

// An average over a span of years is no figure of the year that bounds the span: "the 2.5%
// annual average before 2008", "the average since 1990 of 2.5%", "grew 2.5% a year on average
// before 2008" are no outturn of 2008 or 1990, and "its 1990-2007 average of 2.5%" is none of
// 1990. The date is the edge of the averaged span when a preposition of an edge ("before",
// "since", "until", "till", "prior to", "pre-") opens it, or when two years joined by a dash
// name the span. "The 2.3% average in 2023" is 2023's average, and keeps its year.

// averageOfSpan reads figure k as an average over a span of years its own phrase bounds: the
// figure stands with a word of an average ("average", "trend", "norm", or "averaged" as its
// verb) in one stretch of its phrase, with no punctuation, other figure or other verb between,
// and that stretch names the span. It returns the span's years ("1990/2007") when both ends
// are named, and no period (a reason) when only one edge is.
func (s *sentence) averageOfSpan(k int, r *reading) (timex.Expr, bool) {
	if !s.marked(markAverage) { // (most sentences: no phrase is walked for a word it lacks)
		return timex.Expr{}, false
	}
	ws := s.words
	lo := s.phraseStart(s.qFirst[k])
	if f := s.skipBack(lo - 1); f > 0 && ws[f].lower == "of" {
		if owner := s.ofOwner(f); owner >= 0 {
			lo = s.nps[owner].first // "the average since 2010 of 1.5%", "its 1990-2007 average of 2.5%"
		}
	}
	if r.np >= 0 && s.nps[r.np].first < lo && ws[s.nps[r.np].head].hasLemma("average") {
		lo = s.nps[r.np].first // "the 2004-23 average was 6.4%": the average its subject names
	}
	hi := s.qLast[k]
	for j := hi + 1; j < len(ws) && j <= s.qLast[k]+12; j++ {
		w := &ws[j]
		if w.punct || w.fig >= 0 || w.vg >= 0 && w.vg != r.vg {
			break
		}
		hi = j
	}
	average := r.vg >= 0 && ws[s.vgs[r.vg].head].hasLemma("average")
	for j := lo; j <= hi && !average; j++ {
		if w := &ws[j]; w.fig < 0 && (w.hasLemma("average") || w.hasLemma("trend") || w.hasLemma("norm")) {
			average = true
		}
	}
	if !average {
		return timex.Expr{}, false
	}
	edge, dates := -1, 0
	for j := lo; j <= hi; j++ {
		w := &ws[j]
		if edge < 0 && edgeOfSpan(ws, j) {
			edge = j
		}
		if d := w.date; d >= 0 && (j == lo || ws[j-1].date != d) {
			if l := s.eLast[d]; !s.exprs[d].Explicit && edgeOfSpan(ws, l) && l+1 < len(ws) && ws[l+1].date >= 0 {
				continue // "a year before 2008": the rate's "a year", then the edge, read as one date
			}
			dates++
		}
	}
	if span, n, ok := s.dashedYears(lo, hi); ok && dates == n {
		return timex.Expr{Period: span, Precision: timex.Year, Explicit: true}, true
	}
	if span, ok := s.yearsBetween(lo, hi); ok {
		// "an annual average of 2.7% between 1997 and 2007", "average annual growth of 2.7%
		// from 1997 to 2007"
		return timex.Expr{Period: span, Precision: timex.Year, Explicit: true}, true
	}
	if w := s.manyYearsWord(lo, hi); w >= 0 && dates == 0 {
		// "its 20-year average of 6.5%", "a touch below its long-run average of 2.2%", "an
		// average of 1.2% a year in the decade before the pandemic": many years', no year's
		return timex.Expr{Reason: "an average over many years (" + ws[w].text + "), not one year's"}, true
	}
	if edge < 0 || dates != 1 {
		return timex.Expr{}, false // "the 2.3% average in 2023": that year's; "averaged 2.5% in 2024, ..." with a date of its own
	}
	// the date the edge opens, with at most a determiner, an adjective or "the end of" between
	for j, n := edge+1, 0; j <= hi && n <= 3; j, n = j+1, n+1 {
		w := &ws[j]
		if d := w.date; d >= 0 {
			return timex.Expr{Reason: "an average over the years " + s.text[ws[edge].start-s.start:ws[s.eLast[d]].end-s.start] + ", not one year's"}, true
		}
		if w.tag == tagPrep && w.lower != "of" && w.lower != "to" || w.tag == tagCoord || w.tag == tagSub {
			break // "before the election in 2024": the election's date
		}
	}
	return timex.Expr{}, false
}

// edgeOfSpan reports a word that opens the edge of a span of time: "before", "since",
// "until", "till", "prior" before "to", "pre" of "pre-2008".
func edgeOfSpan(ws []word, j int) bool {
	switch ws[j].lower {
	case "before", "since", "until", "till", "pre":
		return true
	case "prior":
		return j+1 < len(ws) && ws[j+1].lower == "to"
	}
	return false
}

// dashedYears returns the span of two years in words [lo, hi] joined by a dash and no space
// ("1990-2007", "1990–2007"), as "1990/2007", and how many dates the scanner read of it: two,
// or one where it read only the first (it takes no year after an en dash).
func (s *sentence) dashedYears(lo, hi int) (string, int, bool) {
	for j := lo; j <= hi; j++ {
		d := s.words[j].date
		if d < 0 || s.eLast[d] != j {
			continue
		}
		a := &s.exprs[d]
		if a.Precision != timex.Year || len(a.Period) != 4 || !a.Explicit {
			continue
		}
		rest := s.text[a.End-s.start:]
		sep := 0
		switch {
		case strings.HasPrefix(rest, "-"):
			sep = 1
		case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"):
			sep = len("–")
		default:
			continue
		}
		if len(rest) < sep+4 || len(rest) > sep+4 && rest[sep+4] >= '0' && rest[sep+4] <= '9' {
			continue
		}
		y2 := rest[sep : sep+4]
		if len(rest) >= sep+2 && (len(rest) == sep+2 || rest[sep+2] < '0' || rest[sep+2] > '9') {
			// "2000-19", "1995-05": the second year by its last two digits, in the first one's
			// century or the next (a fiscal year, "2023-24", the scanner reads as one)
			y2 = a.Period[:2] + rest[sep:sep+2]
			if y2 <= a.Period {
				century, _ := strconv.Atoi(a.Period[:2])
				y2 = strconv.Itoa(century+1) + rest[sep:sep+2]
			}
		}
		if y2 <= a.Period || strings.Trim(y2, "0123456789") != "" {
			continue // "2023-24" is a fiscal year the scanner reads as one
		}
		n := 1
		if d+1 < len(s.exprs) && s.exprs[d+1].Start == a.End+sep {
			n = 2
		}
		return a.Period + "/" + y2, n, true
	}
	return "", 0, false
}

// manyYearsWord returns a word among [lo, hi] that makes an average one of many years: a
// length of years ("20-year", "10-year"), a long run ("long-run", "long-term"), a decade, a
// century, history ("historical"), or an era ("pre-pandemic", "post-war"); -1 when none.
// averageOfSpan asks it only of a phrase with no date of its own: "averaged 5.9% in 2023
// despite the war" is 2023's.
func (s *sentence) manyYearsWord(lo, hi int) int {
	ws := s.words
	for j := lo; j <= hi; j++ {
		w := &ws[j]
		if w.fig >= 0 {
			if s.quants[w.fig].Unit == "year" && s.quants[w.fig].Value >= 2 {
				return j // "its 20-year average"
			}
			continue
		}
		switch w.lower {
		case "decade", "decades", "century", "historical", "historic", "postwar":
			return j
		case "pandemic", "war":
			if j > lo && w.joined && (ws[j-1].lower == "pre" || ws[j-1].lower == "post") {
				return j // "its pre-pandemic average", "the post-war average"
			}
		case "long":
			if j+1 <= hi && (ws[j+1].lower == "run" || ws[j+1].lower == "term") {
				return j
			}
		}
	}
	return -1
}

// yearsBetween returns the span of two years in words [lo, hi] written "between Y1 and Y2" or
// "from Y1 to Y2" (or "through", "until"), as "Y1/Y2".
func (s *sentence) yearsBetween(lo, hi int) (string, bool) {
	ws := s.words
	for j := lo; j+3 <= hi; j++ {
		if ws[j].lower != "between" && ws[j].lower != "from" {
			continue
		}
		a, b := ws[j+1].date, ws[j+3].date
		if a < 0 || b < 0 || a == b || s.eLast[a] != j+1 || s.eFirst[b] != j+3 || s.eLast[b] > hi {
			continue
		}
		switch ws[j+2].lower {
		case "and", "to", "through", "until", "till":
		default:
			continue
		}
		ea, eb := s.exprs[a], s.exprs[b]
		if ea.Precision != timex.Year || eb.Precision != timex.Year || len(ea.Period) != 4 || len(eb.Period) != 4 || eb.Period <= ea.Period {
			continue
		}
		return ea.Period + "/" + eb.Period, true
	}
	return "", false
}
