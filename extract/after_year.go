package extract

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/factcheck/factcheck/extract/timex"
)

// timeAfterAYear reads the year of period e as the object of "after" or "following": the year
// a time starts after, which a figure of that time is not of ("5 to 6 per cent in most years
// after 2003", "in the years following 2010", "After 2003, growth ran at 5 per cent a year").
// A span the text counts from the year is its years ("in the decade after 1990": 1991/2000,
// "the five years after 2010": 2011/2015); any other time after it, a span whose end is not
// said or a point ("a decade after 1990", which the text means as 2000), is given no period
// here; nor is a year's aftermath or wake ("in 2014's aftermath").
func (s *sentence) timeAfterAYear(e timex.Expr) (timex.Expr, bool) {
	if e.Precision != timex.Year || len(e.Period) != 4 {
		return timex.Expr{}, false
	}
	d := s.exprAt(e)
	if d < 0 {
		return timex.Expr{}, false
	}
	ws := s.words
	f, l := s.eFirst[d], s.eLast[d]
	if l+2 < len(ws) && ws[l+1].tag == tagPoss && (ws[l+2].lower == "aftermath" || ws[l+2].lower == "wake") {
		// "fell to 2.7 per cent in 2014's aftermath", "in 2008's wake" (blind round 120)
		return timex.Expr{Reason: "a time after a year, not of that year"}, true
	}
	if f == 0 || ws[f-1].lower != "after" && ws[f-1].lower != "following" {
		return timex.Expr{}, false
	}
	if l+1 < len(ws) && ws[l+1].tag == tagPoss || s.modifiesOtherNoun(d) {
		return timex.Expr{}, false // "after 2003's election", "after 2008 elections": a thing named, not a time
	}
	year, err := strconv.Atoi(e.Period)
	if err != nil {
		return timex.Expr{}, false
	}
	if n := s.countedSpanBefore(f - 2); n > 0 {
		return timex.Expr{Period: fmt.Sprintf("%d/%d", year+1, year+n), Precision: timex.Year, Explicit: true}, true
	}
	return timex.Expr{Reason: "a time after a year, not of that year"}, true
}

// countedSpanBefore returns the years of a span the text counts that ends at word j, before a
// preposition: "the decade" (10), "the five years" (5); or 0. Without "the" the words count a
// point in time, not a span: "a decade after 1990" is 2000.
func (s *sentence) countedSpanBefore(j int) int {
	ws := s.words
	if j < 1 {
		return 0
	}
	switch {
	case ws[j].lower == "decade":
		if ws[j-1].lower == "the" {
			return 10
		}
	case ws[j].fig >= 0 && s.qLast[ws[j].fig] == j:
		q := s.quants[ws[j].fig]
		first := s.qFirst[ws[j].fig]
		unit := q.Unit
		if (unit == "year" || unit == "years" || unit == "yr") && q.ValueMax == nil && q.Value >= 2 && q.Value <= 50 && first > 0 && ws[first-1].lower == "the" {
			return int(q.Value)
		}
	}
	return 0
}

// exprAt returns the date of the sentence at e's place in the text, or -1. The dates come in
// the order they start, and a long sentence holds thousands: a binary search.
func (s *sentence) exprAt(e timex.Expr) int {
	for d := sort.Search(len(s.exprs), func(i int) bool { return s.exprs[i].Start >= e.Start }); d < len(s.exprs) && s.exprs[d].Start == e.Start; d++ {
		if s.exprs[d].End == e.End {
			return d
		}
	}
	return -1
}
