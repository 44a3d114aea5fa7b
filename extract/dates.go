package extract

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/factcheck/factcheck/extract/internal/ascii"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
)

// takeOverWindowDates lets the dates of a sentence's window be taken over from the window
// before where they must be the same (timex.Windows); the tests turn it off to compare.
var takeOverWindowDates = true

// refineDates completes what the date scanner returns with the periods news writes in more
// than one piece: "the last quarter of" + "2004" is 2004-Q4, "1986 last quarter" and "the
// 1985 final quarter" too; a quarter named by its last month ("the December quarter", "the
// quarter ended December 31", "Oct/Dec", "the July/September quarter"); "the first five months
// of 1987" ends in May; "the fiscal year beginning in April" and "this fiscal year" are fiscal
// years. A year of prices ("in 1981 prices", "at 1980 prices") or the base of an index
// ("(base 1985)", "1980=100") is no period at all.
func refineDates(text string, exprs []timex.Expr, published time.Time) []timex.Expr {
	return refineDatesLowered(text, exprs, published, newLoweredText(text, len(exprs)), nil)
}

// plainYears tells which dates of a window were years refineDatesLowered kept as they were,
// by the first tests of a year (baseYear, mayBeYearPart), which read only the 30 bytes before
// a year and the 24 after it: a year the next window takes over (timex.Windows.TookOver) is
// kept as it was again when those bytes are the same in both windows, with no test. A text
// dense with figures and years otherwise tested each year of a sentence in two windows.
type plainYears struct {
	last, next []bool // by date of the window before, and of the window
	// took is what the window took over from the one before: its dates [took[0], took[1]),
	// the first of them the took[2]-th of the one before; same is the end of the text the
	// two windows share, in the window's offsets.
	took [3]int
	same int
	// lastTo is where the window before ended in the text.
	lastTo int
}

// window readies p for the window text[from:to], whose dates windows read last, and returns
// it; or nil when the window took no date over and the next may take none over.
func (p *plainYears) window(from, to int, windows *timex.Windows) *plainYears {
	took, tookEnd, was := windows.TookOver()
	p.took, p.same, p.lastTo = [3]int{took, tookEnd, was}, p.lastTo-from, to
	if took == tookEnd && !windows.Kept() {
		return nil
	}
	return p
}

// Bytes of text the first tests of a year read around it (refineDatesLowered).
const yearTestBefore, yearTestAfter = 30, 24

// plain reports whether exprs[k], a date of the window, is a year kept as it was in the
// window before, where it read the same bytes.
func (p *plainYears) plain(k int, e *timex.Expr) bool {
	return k >= p.took[0] && k < p.took[1] && p.last[k-p.took[0]+p.took[2]] &&
		e.Start >= yearTestBefore && e.End+yearTestAfter <= p.same
}

// refineDatesLowered is refineDates, with low the loweredText of text; years is nil, or tells
// which years of the window before were kept as they were, and is told those of this one.
func refineDatesLowered(text string, exprs []timex.Expr, published time.Time, low loweredText, years *plainYears) []timex.Expr {
	out := exprs[:0] // in place: each date gives at most one, written where it was read or before
	lastYear := ""   // the last year named that is no citation's (citationYear)
	if years != nil {
		years.next = zeroed(years.next, len(exprs))
	}
	// (each date by pointer, kept in place when none before it was dropped: ranged by value and
	// appended, every date of a window was copied twice; what is appended lands at k or before,
	// after the date is read)
	for k := range exprs {
		e := &exprs[k]
		if years != nil && years.plain(k, e) {
			years.next[k] = true
			if e.Explicit {
				lastYear = e.Period
			}
			out = keptExpr(out, exprs, k)
			continue
		}
		before := low.slice(max(0, e.Start-yearTestBefore), e.Start)
		after := low.slice(e.End, min(len(text), e.End+yearTestAfter))
		switch {
		case e.Precision == timex.Year && len(e.Period) == 4 && citationYear(text, e.Start, e.End):
			continue // "(Smith and Jones, 2015)": when a work was published
		case !e.Explicit && e.Precision == timex.Year && len(e.Period) == 4 && citedBefore(text, e.Start, e.Period):
			// "that year" after a citation: the year the text named before it, which the
			// scanner's anaphor passed over for the citation's
			if lastYear == "" {
				continue
			}
			e.Period = lastYear
		case e.Precision == timex.Year && len(e.Period) == 4 && baseYear(before, after):
			continue // "in 1981 prices": the base of constant prices
		case e.Precision == timex.Year && len(e.Period) == 4:
			if !mayBeYearPart(before, after) {
				if years != nil {
					years.next[k] = true
				}
				break // most years: read with a few tests, not yearPart's
			}
			if q, ok := yearPart(text, *e, before, after, &out); ok {
				out = append(out, q)
				continue
			}
		case e.Precision == timex.Month && !e.Explicit && !published.IsZero() && monthOfRelativeYear(after):
			// "in May last year", "0.3 pct in March last year", "in May of last year": the
			// month of that year
			offset, n := relativeYearAfter(after)
			y := published.Year() + offset
			m := e.Period[5:7]
			out = append(out, timex.Expr{Start: e.Start, End: e.End + n, Period: fmt.Sprintf("%04d-%s", y, m), Precision: timex.Month})
			continue
		case e.Precision == timex.Month && sinceStartThrough(text, e.Start, before):
			// "Since the start of 2024, consumer prices have risen 8.9% through November": the
			// end of a cumulative span, no month of its own
			to := strings.LastIndexByte(before, ' ')
			to = strings.LastIndexByte(before[:max(0, to)], ' ') + 1
			out = append(out, timex.Expr{Start: e.Start - (len(before) - to), End: e.End, Precision: timex.Month, Reason: ReasonMonthSpan})
			continue
		case e.Precision == timex.Month || e.Precision == timex.Day:
			if q, ok := quarterByMonth(*e, before, after); ok {
				out = append(out, q)
				continue
			}
			if f, ok := fiscalFrom(*e, before, published); ok {
				out = append(out, f)
				continue
			}
		}
		if e.Explicit && e.Precision == timex.Year {
			lastYear = e.Period
		}
		out = keptExpr(out, exprs, k)
	}
	if years != nil {
		years.last, years.next = years.next, years.last
	}
	out = append(out, monthPairQuarters(text, published)...)
	out = append(out, currentFiscalYears(text, published)...)
	// (slices' sort, not sort.SliceStable, whose swapper cost three allocations per window of a
	// text dense with dates; and only when out is not in order already, as it mostly is: the
	// stable sort of a window's dozens of dates in order still merged them)
	if !sortedByStart(out) {
		slices.SortStableFunc(out, func(a, b timex.Expr) int { return cmp.Compare(a.Start, b.Start) })
	}
	out = monthRangeQuarters(text, out)
	// A pair read on its own may overlap a month the scanner returned: keep the longer.
	dedup := out[:0]
	for i := range out {
		e := &out[i]
		if n := len(dedup); n > 0 && e.Start < dedup[n-1].End {
			if e.End-e.Start > dedup[n-1].End-dedup[n-1].Start {
				dedup[n-1] = *e
			}
			continue
		}
		dedup = keptExpr(dedup, out, i)
	}
	lastMonthBeside(text, dedup, published)
	return dedup
}

// sortedByStart reports whether exprs are in order of their starts: slices.IsSortedFunc with
// the sort's comparison, but with no call per date (which passed it two dates by value).
func sortedByStart(exprs []timex.Expr) bool {
	for i := 1; i < len(exprs); i++ {
		if exprs[i].Start < exprs[i-1].Start {
			return false
		}
	}
	return true
}

// lastMonthBeside dates "last June" a year before the "June" the same sentence names as
// well: "3% in June, down from 9.1% last June" sets two Junes apart, and the one called
// "last" is the earlier, whether "last June" alone would be this year's or not. The other
// June must be the latest before publication ("in June", "June 2023" written in July 2023):
// beside "June 2021" the two are apart already.
func lastMonthBeside(text string, exprs []timex.Expr, published time.Time) {
	if published.IsZero() {
		return
	}
	for i := range exprs {
		e := &exprs[i]
		if e.Precision != timex.Month || e.Explicit || e.End-e.Start < len("last May") || !ascii.EqualFold(text[e.Start:e.Start+5], "last ") {
			continue
		}
		m, ok := timex.MonthOf(text[e.Start+5 : e.End])
		if !ok {
			continue
		}
		for j := range exprs {
			o := &exprs[j]
			if j == i || o.Precision != timex.Month || len(o.Period) != 7 {
				continue
			}
			we := o.Start
			for we < o.End && ascii.IsLetter(text[we]) {
				we++
			}
			// a month named as it is, or with its year ("in June", "June 2023"); not "June
			// last year", "this June" or another "last June"
			if om, ok := timex.MonthOf(text[o.Start:we]); !ok || om != m || strings.Contains(text[we:o.End], "year") {
				continue
			}
			y := published.Year()
			if m > published.Month() {
				y--
			}
			if o.Period != fmt.Sprintf("%04d-%02d", y, int(m)) || sentenceEndBetween(text, min(e.End, o.End), max(e.Start, o.Start)) {
				continue
			}
			e.Period, e.Reason = fmt.Sprintf("%04d-%02d", y-1, int(m)), ""
			break
		}
	}
}

// sentenceEndBetween reports whether a sentence ends in text[from:to]: a full stop, question
// or exclamation mark after a small letter, digit or bracket and before a space and a capital,
// or a line break ("U.S. inflation" ends none).
func sentenceEndBetween(text string, from, to int) bool {
	for k := from; k < to; k++ {
		switch c := text[k]; {
		case c == '\n':
			return true
		case (c == '.' || c == '!' || c == '?') && k > 0 && k+2 < len(text) && text[k+1] == ' ' && isCapitalByte(text[k+2]):
			if p := text[k-1]; 'a' <= p && p <= 'z' || ascii.IsDigit(p) || p == '%' || p == ')' {
				return true
			}
		}
	}
	return false
}

// keptExpr appends exprs[k] to out, the dates kept so far in exprs's storage (out is
// exprs[:len(out)], len(out) <= k): where none was dropped, exprs[k] is in its place already.
func keptExpr(out, exprs []timex.Expr, k int) []timex.Expr {
	if len(out) == k {
		return exprs[:k+1]
	}
	return append(out, exprs[k])
}

// relativeYearAfter reads "last year" (-1), "next year" (+1) or "this year" right after a
// month, or after its "of" ("May of last year"), and the bytes read; 0, 0 when none follows.
func relativeYearAfter(after string) (offset, n int) {
	rest, of := after, 0
	if strings.HasPrefix(rest, " of ") {
		rest, of = rest[len(" of"):], len(" of") // "in May of last year"
	}
	switch {
	case strings.HasPrefix(rest, " last year"):
		return -1, of + len(" last year")
	case strings.HasPrefix(rest, " next year"):
		return 1, of + len(" next year")
	case strings.HasPrefix(rest, " this year"):
		return 0, of + len(" this year")
	}
	return 0, 0
}

// monthOfRelativeYear reports a month followed by "last year" or "next year" (relativeYearAfter),
// which places it in a year other than the latest: "this year" says what the month alone does.
func monthOfRelativeYear(after string) bool {
	offset, _ := relativeYearAfter(after)
	return offset != 0
}

// monthRangeQuarters joins "between October and December", "from July to September" and "April
// through June" into the quarter they span.
func monthRangeQuarters(text string, exprs []timex.Expr) []timex.Expr {
	out := exprs[:0]
	for i := 0; i < len(exprs); i++ {
		a := &exprs[i]
		if i+1 < len(exprs) && a.Precision == timex.Month && exprs[i+1].Precision == timex.Month && len(a.Period) == 7 && len(exprs[i+1].Period) == 7 && a.End <= exprs[i+1].Start {
			b := &exprs[i+1]
			gap := strings.ToLower(text[a.End:b.Start])
			before := strings.ToLower(text[max(0, a.Start-8):a.Start])
			m1, _ := strconv.Atoi(a.Period[5:7])
			m2, _ := strconv.Atoi(b.Period[5:])
			// " to " after "in" or "the" too: "in July to September 2024", as the ONS writes a
			// quarter ("fell in July to 2%" has no month after "to")
			// one year: the second month's when only it names one ("from April to June 2024")
			sameYear := a.Period[:4] == b.Period[:4] || !a.Explicit && b.Explicit
			joined := gap == " and " && strings.HasSuffix(before, "between ") || gap == " to " && (strings.HasSuffix(before, "from ") || strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " the ")) || gap == " through "
			if joined && m2-m1 != 2 && m2 > m1 && (sameYear || !a.Explicit && !b.Explicit) {
				// "January to October", "from March through November": a cumulative span, no
				// month of its own (monthPair's); with no year named, each month was resolved
				// on its own, maybe to different years, which no longer matter
				out = append(out, timex.Expr{Start: a.Start, End: b.End, Precision: timex.Month, Reason: ReasonMonthSpan})
				i++
				continue
			}
			if joined && m2-m1 == 2 && m1%3 == 1 && sameYear {
				start := a.Start // "April through June", as American copy writes a quarter
				switch gap {
				case " and ":
					start = a.Start - len("between ")
				case " to ":
					if strings.HasSuffix(before, "from ") {
						start = a.Start - len("from ")
					}
				default:
					if strings.HasSuffix(before, "from ") {
						start = a.Start - len("from ") // "from April through June": no base of a change
					}
				}
				out = append(out, timex.Expr{Start: start, End: b.End, Period: fmt.Sprintf("%s-Q%d", b.Period[:4], (m1-1)/3+1), Precision: timex.Quarter, Explicit: a.Explicit || b.Explicit})
				i++
				continue
			}
		}
		if i+1 < len(exprs) && a.Precision == timex.Month && exprs[i+1].Precision == timex.Quarter {
			if e, ok := monthToQuarter(text, a, &exprs[i+1]); ok {
				out = append(out, e)
				i++
				continue
			}
		}
		out = keptExpr(out, exprs, i)
	}
	return out
}

// monthToQuarter joins "the July to September quarter", month a and quarter b: the scanner
// read "September quarter" as the quarter ending in September; the month that opens it is no
// period of its own.
func monthToQuarter(text string, a, b *timex.Expr) (timex.Expr, bool) {
	if len(a.Period) != 7 || len(b.Period) != 7 || a.End > b.Start || text[a.End:b.Start] != " to " {
		return timex.Expr{}, false
	}
	m1, _ := strconv.Atoi(a.Period[5:7])
	if m1%3 != 1 || fmt.Sprintf("%s-Q%d", a.Period[:4], (m1-1)/3+1) != b.Period {
		return timex.Expr{}, false
	}
	return timex.Expr{Start: a.Start, End: b.End, Period: b.Period, Precision: timex.Quarter, Explicit: a.Explicit || b.Explicit}, true
}

// baseYear reports a year that is a base, not a period: of an index ("(base 1985)",
// "(1980=100)", "base 1980") or of constant prices ("1981 prices"). The byte after the year's
// spaces is found once, for both: every year is asked.
// citationYear reports the year of text[start:end] as the year of a cited work: after an
// author's name and a comma inside brackets, closing them or the citation ("(Smith and Jones,
// 2015)", "(Wang, 2018; Lee, 2019)", "(OECD, 2020a)", "(Smith et al., 2015, p. 3)"), or in
// brackets after "et al." ("Wang et al. (2018)"). The year says when a paper appeared, not
// what period a figure is of (blind round 32: "Portugal, by comparison, saw unemployment reach
// 16.2% that year" took 2015 from a citation, and a study's average of 2012-2016 took 2018).
func citationYear(text string, start, end int) bool {
	a := end
	if a < len(text) && text[a] >= 'a' && text[a] <= 'e' {
		a++ // "2020a"
	}
	if a >= len(text) || text[a] != ')' && text[a] != ';' && text[a] != ',' {
		return false // (most years: the cheap test first)
	}
	b := start
	if b >= 2 && text[b-1] == '(' {
		// "Wang et al. (2018)"
		return strings.HasSuffix(text[max(0, b-9):b-1], "et al. ")
	}
	if b < 2 || text[b-1] != ' ' || text[b-2] != ',' {
		return false
	}
	b -= 2
	open := -1
	for i := b - 1; i >= 0 && i >= b-60; i-- {
		if c := text[i]; c == '(' {
			open = i
			break
		} else if c == ';' {
			open = i + 1 // an earlier citation of the same brackets: "(Smith, 2015; Lee"
			break
		} else if c == ')' || c == '\n' {
			return false
		}
	}
	if open < 0 {
		return false
	}
	names := strings.Fields(text[open+1 : b])
	if len(names) == 0 || !startsCapital(names[0]) {
		return false
	}
	for _, w := range names {
		switch w {
		case "and", "&", "et", "al.", "al", "van", "von", "de", "der", "den", "da", "del", "le", "la":
			continue
		}
		if !startsCapital(w) || timex.IsDayOrMonthName(strings.TrimRight(w, ".")) {
			return false // "(in the year before, 2015)", "(December, 2015)": no author
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; c >= '0' && c <= '9' {
				return false // "(Q3, 2015)", "(G20, 2019)"
			}
		}
	}
	return true
}

// citedBefore reports that the last time text names year before offset at, it names a cited
// work's (citationYear): the year an anaphor ("that year") took from the text before it.
func citedBefore(text string, at int, year string) bool {
	i := strings.LastIndex(text[:at], year)
	return i >= 0 && citationYear(text, i, i+len(year))
}

func baseYear(before, after string) bool {
	switch firstAfterSpace(after) {
	case '=':
		return true
	case 'p', 'c', 'd', 'm': // the first letters of priceBase's words: most years are followed by none
		if priceBase(after) && !yearOfANoun(before) {
			return true
		}
	}
	end := len(before)
	for end > 0 && (before[end-1] == ' ' || before[end-1] == '(') {
		end--
	}
	return strings.HasSuffix(before[:end], "base")
}

// firstAfterSpace returns the first byte of strings.TrimSpace(s), or 0 when it is empty. Most
// years are followed by a space and a word or a figure, which need no Unicode.
func firstAfterSpace(s string) byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			if s = strings.TrimSpace(s); s == "" {
				return 0
			}
			return s[0]
		case !asciiSpace(c):
			return c
		}
	}
	return 0
}

// yearOfANoun reports text before a year that ends in "of", but for "in terms of": a year
// after "of" dates the noun before it ("in the hyperinflation of 1990 prices rose almost
// 3,000 percent", blind round 84, where the year was read as a price base and the rise given
// to the GDP of the clause before), as "the level of 1990 prices" is 1990's; "in terms of 1990
// prices" is a base.
func yearOfANoun(before string) bool {
	before = strings.TrimRight(before, " ")
	rest, ok := strings.CutSuffix(before, " of")
	if !ok {
		return false
	}
	// (nor a unit's: "in billions of 2017 dollars", "on the basis of 2015 prices")
	for _, w := range []string{"terms", "billions", "millions", "thousands", "trillions", "basis", "units"} {
		if strings.HasSuffix(rest, w) {
			return false
		}
	}
	return true
}

// priceBase reports the words after a year that make it the base of constant prices.
func priceBase(after string) bool {
	after = strings.TrimSpace(after)
	for _, w := range []string{"prices", "constant prices", "dollars", "money"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// loweredText gives the lower case of stretches of a text. A stretch is lowered on its own, in
// one allocation when it has capitals: every date is read with the few words around it, and
// most windows a date is read in hold one or two dates, so that lowering the whole text cost
// more than the stretches it served. Where dates stand every few words, as in a run-on list of
// figures and years, the stretches cover the text more than once over, and an ASCII text is
// lowered whole, once.
type loweredText struct {
	text  string
	whole string // the text lowered whole, when it was
}

// denseDates is the most bytes of text per date for which a text is lowered whole: each date
// reads 54 bytes around it.
const denseDates = 64

// newLoweredText returns the loweredText of text, which holds dates dates.
func newLoweredText(text string, dates int) loweredText {
	l := loweredText{text: text}
	if lowersWhole(text, dates) {
		l.whole, _ = lowerASCIIText(text)
	}
	return l
}

// lowersWhole reports whether a loweredText of text, which holds dates dates, lowers it whole.
func lowersWhole(text string, dates int) bool {
	return len(text) <= denseDates*dates
}

// loweredStretch is the lower case of the stretch of an ASCII text lowered last, which the
// next stretch may share a part of: the dates of a sentence are read in a window that
// holds the sentence before, which was the window before's own. Its storage is kept from one
// stretch to the next: a text dense with dates is lowered whole a window at a time, and a
// copy per window was an eighth of what a megabyte of figures and years allocated.
type loweredStretch struct {
	from, to int
	lower    []byte // text[from:to] lowered, when it was ASCII; else empty
}

// lowered returns what lowerASCIIText(text[from:to]) returns, lowering only what it did not
// lower last. The string shares the stretch's storage: it holds only until the next call,
// which writes over it (the dates of a window are read from it before the next is lowered).
func (l *loweredStretch) lowered(text string, from, to int) (string, bool) {
	lower := l.lower[:0]
	lowerFrom := from
	if len(l.lower) > 0 && l.from <= from && from <= l.to && l.to <= to {
		lower = l.lower[:copy(l.lower, l.lower[from-l.from:])] // what the last stretch lowered of it, moved to the front
		lowerFrom = l.to
	}
	lower, ok := appendLowerASCII(lower, text[lowerFrom:to])
	if !ok {
		*l = loweredStretch{lower: lower[:0]}
		return "", false
	}
	*l = loweredStretch{from, to, lower}
	return unsafe.String(unsafe.SliceData(lower), len(lower)), true
}

// lowerASCIIText returns the lower case of an ASCII text, eight bytes at a time; ok is false
// when the text is not ASCII.
func lowerASCIIText(text string) (lower string, ok bool) {
	b, ok := appendLowerASCII(make([]byte, 0, len(text)), text)
	if !ok {
		return "", false
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true // b is not written again
}

// appendLowerASCII appends the lower case of an ASCII text to b, and reports whether the text
// was ASCII (when not, b holds part of it).
func appendLowerASCII(b []byte, text string) ([]byte, bool) {
	n := len(b)
	b = slices.Grow(b, len(text))[:n+len(text)]
	// (written in place: an append checked the capacity every eight bytes)
	if k := lowerASCIIInto(b[n:], text); k < len(text) {
		return b[:n+k], false
	}
	return b, true
}

// lowerASCIIInto writes the lower case of text to dst, as long as text, eight bytes at a time,
// and returns how many bytes it wrote: len(text), or fewer when the text is not ASCII.
func lowerASCIIInto(dst []byte, text string) int {
	dst = dst[:len(text)]
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := ascii.Load8(text, i)
		if ascii.NonASCIIBytes(w) != 0 {
			return i
		}
		// a capital's high bit shifted down is its 0x20, which lowers it
		binary.LittleEndian.PutUint64(dst[i:i+8], w|ascii.RangeBytes(w, 'A', 'Z')>>2)
	}
	for ; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return i
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return i
}

// slice is strings.ToLower(text[from:to]). It is small enough to be inlined: a text dense
// with dates, lowered whole, asks it twice per date.
func (l *loweredText) slice(from, to int) string {
	if l.whole != "" {
		return l.whole[from:to] // ASCII: lowering is byte by byte
	}
	return lowerStretch(l.text[from:to])
}

// lowerStretch is strings.ToLower(s), without a copy when s is ASCII and has no capital.
func lowerStretch(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s) // Unicode case rules: the slow way
		}
	}
	return ascii.Lower(s)
}

// ordinalQuarters are the words that name a quarter or half of a year.
var ordinalQuarters = []struct{ words, suffix, precision string }{
	{"last three months", "-Q4", timex.Quarter}, {"final three months", "-Q4", timex.Quarter},
	{"first three months", "-Q1", timex.Quarter}, {"last quarter", "-Q4", timex.Quarter},
	{"final quarter", "-Q4", timex.Quarter}, {"fourth quarter", "-Q4", timex.Quarter},
	{"third quarter", "-Q3", timex.Quarter}, {"second quarter", "-Q2", timex.Quarter},
	{"first quarter", "-Q1", timex.Quarter}, {"first half", "-H1", timex.Half},
	{"second half", "-H2", timex.Half},
}

// endsWith2 reports whether s ends with a+b.
func endsWith2(s, a, b string) bool {
	return strings.HasSuffix(s, b) && strings.HasSuffix(s[:len(s)-len(b)], a)
}

// startsWith2 reports whether s starts with a+b.
func startsWith2(s, a, b string) bool {
	return strings.HasPrefix(s, a) && strings.HasPrefix(s[len(a):], b)
}

// yearPart reads a year joined to a part of it: "the last quarter of 2004", "the first five
// months of 1987", "1986 last quarter", "the 1985 final quarter", "fourth 1985 quarter". It
// drops from out the part the scanner returned on its own. The part is as explicit as the
// year: "the fourth quarter of the year" is of a year the reader infers.
func yearPart(text string, e timex.Expr, before, after string, out *[]timex.Expr) (timex.Expr, bool) {
	drop := func(start int) {
		for len(*out) > 0 && (*out)[len(*out)-1].End > start {
			*out = (*out)[:len(*out)-1]
		}
	}
	if strings.Contains(before, "quarter") || strings.HasSuffix(strings.TrimRight(before, " "), ")") {
		if start, q, ok := monthNamedQuarter(text, e.Start); ok {
			drop(start) // the quarter read without its year (quarterByMonth)
			return timex.Expr{Start: start, End: e.End, Period: fmt.Sprintf("%s-Q%d", e.Period, q), Precision: timex.Quarter, Explicit: e.Explicit}, true
		}
		if start, q, ok := numberedQuarter(text, e.Start); ok {
			drop(start)
			return timex.Expr{Start: start, End: e.End, Period: fmt.Sprintf("%s-Q%d", e.Period, q), Precision: timex.Quarter, Explicit: e.Explicit}, true
		}
	}
	// The words are matched in pieces: a year is read for every figure's sentence, and a
	// concatenation for each test allocated. Each form needs " of " before the year or a
	// space after it.
	if strings.HasSuffix(before, " of ") || strings.HasPrefix(after, " ") {
		for _, p := range ordinalQuarters {
			if endsWith2(before, p.words, " of ") {
				start := e.Start - len(p.words) - len(" of ")
				drop(start)
				return timex.Expr{Start: start, End: e.End, Period: e.Period + p.suffix, Precision: p.precision, Explicit: e.Explicit}, true
			}
			// "1986 last quarter", "the 1985 final quarter"
			if startsWith2(after, " ", p.words) {
				end := e.End + 1 + len(p.words)
				return timex.Expr{Start: e.Start, End: end, Period: e.Period + p.suffix, Precision: p.precision, Explicit: e.Explicit}, true
			}
			// "fourth 1985 quarter"
			if first, rest, ok := strings.Cut(p.words, " "); ok && endsWith2(before, first, " ") && startsWith2(after, " ", rest) {
				start := e.Start - len(first) - 1
				drop(start)
				return timex.Expr{Start: start, End: e.End + 1 + len(p.words) - len(first) - 1, Period: e.Period + p.suffix, Precision: p.precision, Explicit: e.Explicit}, true
			}
		}
	}
	// "the first three quarters of 2026": the period ends in September, as "the first nine
	// months" does (blind round 33: it was read as no date of its own, and took the year of
	// the figure it was compared with)
	if strings.HasSuffix(before, " quarters of ") {
		if i := strings.LastIndex(before, "first "); i >= 0 {
			if n, ok := monthCount(strings.TrimSuffix(before[i+len("first "):], " quarters of ")); ok && n >= 2 && n <= 3 {
				start := e.Start - (len(before) - i)
				drop(start)
				return timex.Expr{Start: start, End: e.End, Period: fmt.Sprintf("%s-%02d", e.Period, 3*n), Precision: timex.Month, Explicit: e.Explicit}, true
			}
		}
		return timex.Expr{}, false
	}
	// "the first five months of 1987": the period ends in May.
	if !strings.HasSuffix(before, " months of ") {
		return timex.Expr{}, false
	}
	if i := strings.LastIndex(before, "first "); i >= 0 {
		if n, ok := monthCount(strings.TrimSuffix(before[i+len("first "):], " months of ")); ok && n >= 2 && n <= 11 {
			start := e.Start - (len(before) - i)
			drop(start)
			return timex.Expr{Start: start, End: e.End, Period: fmt.Sprintf("%s-%02d", e.Period, n), Precision: timex.Month, Explicit: e.Explicit}, true
		}
	}
	return timex.Expr{}, false
}

// mayBeYearPart reports whether yearPart may read a part of the year around a year, with the
// lowered text before and after it: it reads one only after "quarter" (a "q") or a ")" before
// the year, after " of " or before a space ("the first quarter of 1986", "1986 last
// quarter"), and a year in a list of figures has none of these ("rose 1.2% in 1980, ...").
func mayBeYearPart(before, after string) bool {
	if strings.HasSuffix(before, " of ") || strings.HasPrefix(after, " ") || strings.IndexByte(before, 'q') >= 0 {
		return true
	}
	end := len(before)
	for end > 0 && before[end-1] == ' ' {
		end--
	}
	return end > 0 && before[end-1] == ')'
}

// numberedQuarter reads a quarter numbered before the year that starts at end: "Quarter 4
// 2023", "quarter 4 of 2023", and the UK statistics office's "Quarter 4 (Oct to Dec) 2023",
// whose months in brackets are part of it. It returns where "Quarter" starts and the number.
func numberedQuarter(text string, end int) (start, quarter int, ok bool) {
	i := end
	skipSpaces := func() {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
	}
	skipSpaces()
	if i >= 3 && text[i-3] == ' ' && ascii.EqualFold(text[i-2:i], "of") {
		i -= 2
		skipSpaces()
	}
	if i > 0 && text[i-1] == ')' {
		from := max(0, i-40)
		open := strings.LastIndexByte(text[from:i], '(')
		if open < 0 {
			return 0, 0, false
		}
		i = from + open
		skipSpaces()
	}
	if i < 1 || text[i-1] < '1' || text[i-1] > '4' || i >= 2 && ascii.IsDigit(text[i-2]) {
		return 0, 0, false
	}
	quarter = int(text[i-1] - '0')
	i--
	if i < 1 || text[i-1] != ' ' {
		return 0, 0, false
	}
	skipSpaces()
	const word = "quarter"
	if i < len(word) || !ascii.EqualFold(text[i-len(word):i], word) || i > len(word) && ascii.IsLetter(text[i-len(word)-1]) {
		return 0, 0, false
	}
	return i - len(word), quarter, true
}

// monthNamedQuarter reads a quarter named by its last month before the year that starts at
// end: "the December quarter 2024", "the March quarter of 2025", the Australian statistics
// office's usage. The year is the quarter's: alone, "the December quarter" is the latest one
// before publication, which in March 2026 made "2.4 per cent in the year to the December
// quarter 2024" a figure of 2025-Q4. It returns where the month starts and the quarter.
func monthNamedQuarter(text string, end int) (start, quarter int, ok bool) {
	i := end
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i >= 3 && text[i-3] == ' ' && ascii.EqualFold(text[i-2:i], "of") {
		i -= 3
	}
	const word = " quarter"
	if i < len(word) || !ascii.EqualFold(text[i-len(word):i], word) {
		return 0, 0, false
	}
	me := i - len(word)
	ms := me
	for ms > 0 && ascii.IsLetter(text[ms-1]) {
		ms--
	}
	m, ok := timex.MonthOf(text[ms:me])
	if !ok || me-ms < 3 || !isCapitalByte(text[ms]) || m%3 != 0 {
		return 0, 0, false
	}
	return ms, int(m) / 3, true
}

// monthCount reads a small number of months written in words or digits.
func monthCount(w string) (int, bool) {
	words := map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
	if n, ok := words[w]; ok {
		return n, true
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// quarterByMonth reads a quarter named by its last month: "the December quarter", "the
// quarter ended December 31", "the quarter to March".
func quarterByMonth(e timex.Expr, before, after string) (timex.Expr, bool) {
	named := strings.HasPrefix(after, " quarter")
	ended := strings.HasSuffix(before, "quarter ended ") || strings.HasSuffix(before, "quarter ending ") || strings.HasSuffix(before, "quarter to ")
	if !named && !ended || len(e.Period) < 7 {
		return timex.Expr{}, false
	}
	m, err := strconv.Atoi(e.Period[5:7])
	if err != nil {
		return timex.Expr{}, false
	}
	q := e
	q.Period, q.Precision = fmt.Sprintf("%s-Q%d", e.Period[:4], (m-1)/3+1), timex.Quarter
	if named {
		q.End += len(" quarter")
	}
	return q, true
}

// fiscalFrom reads "the fiscal year beginning in April": the fiscal year, named by the year it
// ends in, that starts in the month on or after publication.
func fiscalFrom(e timex.Expr, before string, published time.Time) (timex.Expr, bool) {
	b := strings.TrimSuffix(strings.TrimSuffix(before, "in "), " ")
	if !strings.HasSuffix(b, "year beginning") && !strings.HasSuffix(b, "year starting") || len(e.Period) < 7 {
		return timex.Expr{}, false
	}
	y, _ := strconv.Atoi(e.Period[:4])
	m, _ := strconv.Atoi(e.Period[5:7])
	if !e.Explicit && !published.IsZero() {
		y = published.Year()
		if time.Month(m) < published.Month() {
			y++
		}
	}
	end := y
	if m > 1 {
		end++
	}
	return timex.Expr{Start: e.Start, End: e.End, Period: fmt.Sprintf("FY%04d", end), Precision: timex.Year, Explicit: e.Explicit}, true
}

// monthPairQuarters finds quarters written as their first and last month: "Oct/Dec", "the
// July/September quarter", "January-March", "the October-to-December period".
func monthPairQuarters(text string, published time.Time) []timex.Expr {
	var out []timex.Expr
	breaks := monthPairBreaks{text: text}
	for i := breaks.next(0); i >= 0; {
		if i > 0 && i+1 < len(text) {
			ws := i
			for ws > 0 && ascii.IsLetter(text[ws-1]) {
				ws--
			}
			second := i + dashWidth(text, i)
			if strings.HasPrefix(text[second:], "to-") {
				second += len("to-") // "the October-to-December quarter"
			}
			we := second
			for we < len(text) && ascii.IsLetter(text[we]) {
				we++
			}
			m1, ok1 := timex.MonthOf(text[ws:i])
			m2, ok2 := timex.MonthOf(text[second:we])
			if ok1 && ok2 && i-ws >= 3 && we-second >= 3 && isCapitalByte(text[ws]) && second < len(text) && isCapitalByte(text[second]) && m2 > m1 {
				out = append(out, monthPair(text, ws, we, m1, m2, published))
			}
		}
		i = breaks.next(i + 1)
	}
	return out
}

// monthPair is the period of the months m1 to m2 written as a pair at [ws, we): the quarter
// ("Jul-Sep", "the July–September quarter of 2021") or the half ("January-June") they span. A
// pair that spans neither ("July–August", "Jan/Feb") names no period of the tables, and its
// first month is not its period either: it is left unresolved.
func monthPair(text string, ws, we int, m1, m2 time.Month, published time.Time) timex.Expr {
	var part string
	switch {
	case m2-m1 == 2 && m1%3 == 1:
		part = fmt.Sprintf("Q%d", (m1-1)/3+1)
	case m2-m1 == 5 && m1%6 == 1:
		part = fmt.Sprintf("H%d", (m1-1)/6+1)
	default:
		// a cumulative span ("In the January-September period of 2024, Kazakhstan's GDP grew
		// 4.1%"): its year is part of it, and no period the figure may take on its own
		e := timex.Expr{Start: ws, End: we, Precision: timex.Month, Reason: ReasonMonthSpan}
		e.End, _, _ = monthPairYearOf(text, pairNounEnd(text, we))
		return e
	}
	e := timex.Expr{Start: ws, End: we, Precision: timex.Quarter}
	if part[0] == 'H' {
		e.Precision = timex.Half
	}
	e.End = pairNounEnd(text, we)
	if end, y, ok := monthPairYearOf(text, e.End); ok {
		e.End, e.Period, e.Explicit = end, fmt.Sprintf("%04d-%s", y, part), true
	} else if !published.IsZero() {
		y := published.Year()
		if m1 > published.Month() {
			y--
		}
		e.Period = fmt.Sprintf("%04d-%s", y, part)
	} else {
		e.Reason = timex.ReasonNoPublished
	}
	return e
}

// sinceStartThrough reports a month at start that ends a span opened by "since the start of"
// or "since the beginning of" earlier in its sentence ("Since the start of 2024, prices have
// risen 8.9% through November", "since the beginning of the year ... to October"); before is
// the lowered text before the month. Only "through", "to", "until" and "till" join them, and
// only the 160 bytes before the month are read.
func sinceStartThrough(text string, start int, before string) bool {
	if !strings.HasSuffix(before, " through ") && !strings.HasSuffix(before, " to ") && !strings.HasSuffix(before, " until ") && !strings.HasSuffix(before, " till ") {
		return false
	}
	from := max(0, start-160)
	low := strings.ToLower(text[from:start])
	i := strings.LastIndex(low, "since the start of ")
	if j := strings.LastIndex(low, "since the beginning of "); j > i {
		i = j
	}
	return i >= 0 && !sentenceEndBetween(text, from+i, start)
}

// ReasonMonthSpan is the Reason of a span of months that is no quarter or half: "January-
// September", "the January-November period of 2024", "January to October".
const ReasonMonthSpan = "a span of months that is no quarter or half"

// pairNounEnd returns the end of the noun a pair of months may name at we: " quarter" ("the
// July-September quarter") or " period" ("the October-to-December period"), or we.
func pairNounEnd(text string, we int) int {
	rest := text[we:min(len(text), we+8)]
	for _, noun := range [...]string{" quarter", " period"} {
		if len(rest) >= len(noun) && ascii.EqualFold(rest[:len(noun)], noun) && (we+len(noun) == len(text) || !ascii.IsLetter(text[we+len(noun)])) {
			return we + len(noun)
		}
	}
	return we
}

// monthPairYearOf reads the year of a pair of months after its end: "January-March 2024",
// "the July-September quarter of 2021", "the January-September period of 2024"; it returns
// the end of the year, and the year.
func monthPairYearOf(text string, end int) (int, int, bool) {
	at := end
	if strings.HasPrefix(text[at:], " of ") {
		at += len(" of")
	}
	y, ok := yearRightAfter(text, at)
	if !ok {
		return end, 0, false
	}
	return skipSpaceRun(text, at) + 4, y, true
}

// skipSpaceRun returns the first byte at or after i that is no space (yearRightAfter's).
func skipSpaceRun(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// monthPairBreaks finds, one after the other, each "/" or "-" with a capital letter right after
// it and a letter right before it, as in "Oct/Dec". Typeset dashes join months as the hyphen
// does ("the July–September quarter", "July—September"): an en or em dash, a figure dash or a
// Unicode hyphen (U+2010 to U+2014) is a break too.
//
// It keeps the next slash, dash and typeset dash it found, and looks for one again only once
// the search has passed it. (Each looked for again from every break, a text with no slash was
// read to its end at every dash: a megabyte of news with dates, 14% of its extraction.)
type monthPairBreaks struct {
	text string
	// slash, dash and wide are the first of each at or after where it was last looked for, -1
	// when there is none; started is false until the first next
	slash, dash, wide int
	started           bool
}

// next returns the next break at or after from, or -1; from is no less than the last call's.
func (b *monthPairBreaks) next(from int) int {
	text := b.text
	// the next slash, dash and typeset dash (its lead byte), each found by IndexByte: most
	// text holds none
	slash, dash, wide := b.slash, b.dash, b.wide
	if !b.started {
		slash, dash, wide, b.started = indexByteFrom(text, from, '/'), indexByteFrom(text, from, '-'), indexByteFrom(text, from, 0xE2), true
	} else {
		if slash >= 0 && slash < from {
			slash = indexByteFrom(text, from, '/')
		}
		if dash >= 0 && dash < from {
			dash = indexByteFrom(text, from, '-')
		}
		if wide >= 0 && wide < from {
			wide = indexByteFrom(text, from, 0xE2)
		}
	}
	for {
		i := slash
		if i < 0 || dash >= 0 && dash < i {
			i = dash
		}
		if i < 0 || wide >= 0 && wide < i {
			i = wide
		}
		if i < 0 {
			b.slash, b.dash, b.wide = slash, dash, wide
			return -1
		}
		w := dashWidth(text, i)
		if i+w < len(text) && w > 0 && i > 0 && ascii.IsLetter(text[i-1]) && (isCapitalByte(text[i+w]) || strings.HasPrefix(text[i+w:], "to-")) {
			b.slash, b.dash, b.wide = slash, dash, wide
			return i
		}
		switch i {
		case slash:
			slash = indexByteFrom(text, i+1, '/')
		case dash:
			dash = indexByteFrom(text, i+1, '-')
		default:
			wide = indexByteFrom(text, i+1, 0xE2)
		}
	}
}

// dashWidth returns the length of the slash, hyphen or typeset dash (U+2010 to U+2014) at i,
// or 0 when there is none.
func dashWidth(text string, i int) int {
	switch {
	case text[i] == '/' || text[i] == '-':
		return 1
	case i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] >= 0x90 && text[i+2] <= 0x94:
		return 3
	}
	return 0
}

// indexByteFrom returns the index of the first c in text[from:], or -1.
func indexByteFrom(text string, from int, c byte) int {
	if from >= len(text) {
		return -1
	}
	if j := strings.IndexByte(text[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

func isCapitalByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// yearRightAfter reads a four-digit year right after offset i ("Oct/Dec 1986").
func yearRightAfter(text string, i int) (int, bool) {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j+4 > len(text) || j == i {
		return 0, false
	}
	y, err := strconv.Atoi(text[j : j+4])
	if err != nil || y < 1800 || y > 2200 || j+4 < len(text) && ascii.IsDigit(text[j+4]) {
		return 0, false
	}
	return y, true
}

// holdsAlYear reports whether text holds "al year" or "AL YEAR", the end every phrase of
// currentFiscalYears shares: one search instead of four, found by its pair " y" (or " Y"),
// which a vector search passes over where a search for "y" stopped at every "y" (and a search
// for "al year" at every "a"), and looked for in both cases in one pass. Of the pairs of the
// phrase, " y" is the rarest in news (a fifth as many as "l ", which ends "will", "all" and
// "fell"), and a text of figures may hold none.
func holdsAlYear(text string) bool {
	for i := 0; ; i++ {
		j := ascii.IndexPairs(text[i:], ' ', 'y', ' ', 'Y')
		if j < 0 {
			return false
		}
		i += j
		if i >= 2 && i+5 <= len(text) && (text[i-2:i+5] == "al year" || text[i-2:i+5] == "AL YEAR") {
			return true
		}
	}
}

// currentFiscalYears finds "this fiscal year", "the current fiscal year", "this financial
// year": the fiscal year running at publication, named by the year it ends in (fiscal years
// end in the first half of a calendar year more often than not, so one that runs in the second
// half ends in the next year).
func currentFiscalYears(text string, published time.Time) []timex.Expr {
	var out []timex.Expr
	if !holdsAlYear(text) {
		return nil
	}
	for _, tail := range []string{"iscal year", "inancial year", "ISCAL YEAR", "INANCIAL YEAR"} {
		for from := 0; ; {
			i := strings.Index(text[from:], tail)
			if i < 0 {
				break
			}
			i += from
			from = i + len(tail)
			start := i - 1 // the "f" of "fiscal"
			if start < 1 || text[start-1] != ' ' {
				continue
			}
			ws := start - 1
			for ws > 0 && ascii.IsLetter(text[ws-1]) {
				ws--
			}
			if !ascii.EqualFoldAny(text[ws:start-1], "this", "current") {
				continue
			}
			e := timex.Expr{Start: ws, End: from, Precision: timex.Year}
			if published.IsZero() {
				e.Reason = timex.ReasonNoPublished
			} else {
				y := published.Year()
				if published.Month() > time.June {
					y++
				}
				e.Period = fmt.Sprintf("FY%04d", y)
			}
			out = append(out, e)
		}
	}
	return out
}

// claimUnits states q in the units of claims (quantity.InClaimUnits), but keeps the
// denominator of a price of a thing: "$55.67 a barrel" is no sum of dollars, and never a
// country's GDP. A price of one currency in another ("157 yen per dollar") keeps the currency.
func claimUnits(q quantity.Quantity) quantity.Quantity {
	_, den, per := strings.Cut(q.Unit, "/")
	c := quantity.InClaimUnits(q)
	if per && den != "" && !quantity.IsCurrency(den) && c.Unit != q.Unit && quantity.IsCurrency(c.Unit) {
		c.Unit = c.Unit + "/" + den
	}
	return c
}

// prepareQuantities reads the scanner's quantities as claims state them: a movement "from 1.9%
// to 1.8%" is two figures, not a range; a bare number before a percentage shares its unit as
// the low end of a range ("2.6 or 2.7 per cent", "between five and 5.5 pct").
func prepareQuantities(text string, qs []quantity.Quantity) []quantity.Quantity {
	return joinRanges(text, prepareFigures(text, qs))
}

// prepareFigures is prepareQuantities but for the ranges joined: what it does of each figure.
func prepareFigures(text string, qs []quantity.Quantity) []quantity.Quantity {
	for i := range qs {
		// most figures are in claim units already, and are spared two copies of the
		// quantity each
		if quantity.MayRestate(qs[i].Unit) {
			qs[i] = claimUnits(qs[i])
		}
	}
	qs = splitMovements(text, qs)
	qs = splitFalling(text, qs)
	for i := range qs {
		// "edged up to 6.1%": "up" is the verb's particle, not "at most"
		if q := &qs[i]; q.Qualifier == "at_most" && len(text) >= q.Start+6 && ascii.EqualFold(text[q.Start:q.Start+6], "up to ") {
			if w := prevWordOf(text, q.Start); w != "" && (isVerbForm(strings.ToLower(w)) || irregularPast(strings.ToLower(w))) {
				q.Start += len("up to ")
				q.Qualifier = "exact"
			}
		}
		// "the previous three month period": a number before a word of time counts time
		if qs[i].Unit == "" {
			if w := nextWordOf(text, qs[i].End); w != "" {
				if unit, ok := ascii.LookupFold(timeUnits, w); ok {
					qs[i].Unit = unit
				}
			}
		}
	}
	return qs
}

// joinRanges joins the ranges of qs (joinRange) in place: the scanner's slice is the article's
// own. A figure is copied only when it moves, and none is copied for joinRange unless the two
// pass joinable: a megabyte of figures holds a hundred thousand, nearly all of which it turns
// away, and copying two of each in and one out cost more than the test.
func joinRanges(text string, qs []quantity.Quantity) []quantity.Quantity {
	known := asciiPrefix{text: text, nonASCII: -1}
	qs, _ = joinRangesKnown(text, qs, &known)
	return qs
}

// timeUnits are the words of time a bare number may count ("three month period").
var timeUnits = map[string]string{
	"month": "month", "months": "month", "year": "year", "years": "year", "quarter": "quarter",
	"quarters": "quarter", "week": "week", "weeks": "week", "day": "day", "days": "day",
}

// joinRange joins "X or Y unit", "between X and Y unit" and "X to Y unit" into one range when
// X has no unit of its own. known tells how much of text is ASCII.
func joinRange(text string, a, b *quantity.Quantity, known *asciiPrefix) (quantity.Quantity, bool) {
	if !joinable(a, b) || timex.IsDateNumber(text, a.NumStart, a.NumEnd) {
		return *a, false
	}
	gap := strings.TrimSpace(text[a.End:b.Start])
	switch gap {
	case "or", "to", "-", "–":
	case "and":
		if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, a.Start-9):a.Start])), "between") {
			return *a, false
		}
	default:
		return *a, false
	}
	r := *b
	r.Start, r.NumStart = a.Start, a.NumStart
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(0, a.Start-9):a.Start])), "between") {
		r.Start = lastIndexLower(text, a.Start, "between", known)
	}
	hi := b.Value
	r.Value, r.ValueMax = a.Value, &hi
	r.Qualifier = b.Qualifier
	if a.Qualifier != "" && a.Qualifier != QualExact {
		r.Qualifier = a.Qualifier
	}
	return r, true
}

// joinable is joinRange's test of the figures alone: a bare number before a figure with a
// unit, neither of them a range, the first the lower.
func joinable(a, b *quantity.Quantity) bool {
	return a.Unit == "" && b.Unit != "" && a.ValueMax == nil && b.ValueMax == nil && !(a.Value >= b.Value)
}

// lastIndexLower is strings.LastIndex(strings.ToLower(text[:to]), lw) for a lower-case ASCII
// word lw. Over ASCII text it looks back from to, with no copy: lowering the text before every
// range of a text dense with them cost as much as the square of its length.
func lastIndexLower(text string, to int, lw string, known *asciiPrefix) int {
	if !known.isASCII(to) {
		// (lowering text beyond ASCII may change its length, and the offset with it)
		return strings.LastIndex(strings.ToLower(text[:to]), lw)
	}
	for i := to - len(lw); i >= 0; i-- {
		if ascii.EqualFold(text[i:i+len(lw)], lw) {
			return i
		}
	}
	return -1
}

// asciiPrefix remembers how much of a text is known to be ASCII, and where it first is not,
// so that asking again costs nothing.
type asciiPrefix struct {
	text     string
	upTo     int // text[:upTo] is ASCII
	nonASCII int // the first byte beyond ASCII, once found; else -1
}

// isASCII reports whether text[:to] is ASCII.
func (p *asciiPrefix) isASCII(to int) bool {
	if p.nonASCII >= 0 && to > p.nonASCII {
		return false
	}
	for ; p.upTo < to; p.upTo++ {
		if p.text[p.upTo] >= utf8.RuneSelf {
			p.nonASCII = p.upTo
			return false
		}
	}
	return true
}

// nextWordOf returns the word that starts after spaces and hyphens at offset i.
func nextWordOf(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '-') {
		i++
	}
	j := i
	for j < len(text) && ascii.IsLetter(text[j]) {
		j++
	}
	return text[i:j]
}

// hasRange reports a range among qs, one that falls when falling: splitMovements and
// splitFalling ask it of every article, and read the figures through pointers, where a copy
// of each of a hundred thousand figures cost more than the test.
func hasRange(qs []quantity.Quantity, falling bool) bool {
	for i := range qs {
		if hi := qs[i].ValueMax; hi != nil && (!falling || *hi < qs[i].Value) {
			return true
		}
	}
	return false
}

// splitFalling splits what the scanner read as a range that falls: "fell by a revised 1,100 to
// 11.3 pct" is a change and a level, not an interval from 1,100 down to 11.3.
func splitFalling(text string, qs []quantity.Quantity) []quantity.Quantity {
	if !hasRange(qs, true) {
		return qs
	}
	var out []quantity.Quantity
	for _, q := range qs {
		if q.ValueMax == nil || *q.ValueMax >= q.Value {
			out = append(out, q)
			continue
		}
		phrase := text[q.Start:q.End]
		to := strings.Index(phrase, " to ")
		if to < 0 {
			out = append(out, q)
			continue
		}
		a := scanAt(text, q.Start, q.Start+to)
		b := scanAt(text, q.Start+to+len(" to "), q.End)
		if len(a) != 1 || len(b) != 1 {
			if out != nil {
				out = append(out, q)
			}
			continue
		}
		out = append(out, a[0], b[0])
	}
	return out
}

// splitMovements splits "from 1.9% to 1.8%", which the quantity scanner reads as one range,
// into its two figures: a movement states an earlier and a later value, not an interval.
func splitMovements(text string, qs []quantity.Quantity) []quantity.Quantity {
	if !hasRange(qs, false) {
		return qs
	}
	var out []quantity.Quantity // made at the first split: most ranges are no movement
	for i := range qs {
		q := &qs[i] // (not a copy of each figure: most are no range)
		if q.ValueMax == nil {
			if out != nil {
				out = append(out, *q)
			}
			continue
		}
		phrase := text[q.Start:q.End]
		to := strings.Index(phrase, " to ")
		if to < 0 {
			// "between 1% and 2%", "1-2%": no movement, and the words before it are not read (a
			// claim-dense text has thousands of ranges)
			if out != nil {
				out = append(out, *q)
			}
			continue
		}
		before := lowerTrimmed(text[max(0, q.Start-10):q.Start])
		ranging := strings.HasSuffix(before, "ranging") || strings.HasSuffix(before, "range") || strings.HasSuffix(before, "ranged")
		from := startsLower(phrase, "from ")
		// "fell by a revised 1,100 to 11.3 pct": an amount of change, then the level reached
		by := !from && (byBefore(text, q.Start) || *q.ValueMax < q.Value)
		if !from && !by || ranging {
			if out != nil {
				out = append(out, *q)
			}
			continue
		}
		aStart := q.Start
		if from {
			aStart += len("from ")
		}
		a := scanAt(text, aStart, q.Start+to)
		b := scanAt(text, q.Start+to+len(" to "), q.End)
		if len(a) != 1 || len(b) != 1 {
			if out != nil {
				out = append(out, *q)
			}
			continue
		}
		for _, part := range []*quantity.Quantity{&a[0], &b[0]} {
			if part.Unit == "" && (from || part == &b[0]) {
				part.Unit = q.Unit // the amount a level moved by keeps its own unit
			}
		}
		if out == nil {
			out = append(make([]quantity.Quantity, 0, len(qs)+2), qs[:i]...)
		}
		out = append(out, a[0], b[0])
	}
	if out == nil {
		return qs
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// startsLower is strings.HasPrefix(strings.ToLower(s), prefix) for an ASCII lower-case prefix,
// without lowering s whole when it starts in ASCII.
func startsLower(s, prefix string) bool {
	if len(s) < len(prefix) {
		return strings.HasPrefix(strings.ToLower(s), prefix)
	}
	for i := range len(prefix) {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(s), prefix)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// byBefore reports "by" among the three words before offset i ("by a revised 1,100"): the
// words of the 30 bytes before it, the first of which may be cut.
func byBefore(text string, i int) bool {
	window := text[max(0, i-30):i]
	if by, ok := byAmongLastWords(window, 3); ok {
		return by
	}
	words := strings.Fields(strings.ToLower(window))
	for j := len(words) - 1; j >= 0 && j >= len(words)-3; j-- {
		if words[j] == "by" {
			return true
		}
	}
	return false
}

// byAmongLastWords reports "by", in any case, among the last n words of an ASCII text, as
// strings.Fields of its lower case would find it, without building them; ok is false, and
// nothing is told, when the text is not ASCII.
func byAmongLastWords(text string, n int) (by, ok bool) {
	end := len(text)
	for ; n > 0; n-- {
		for end > 0 && asciiSpace(text[end-1]) {
			end--
		}
		start := end
		for start > 0 && !asciiSpace(text[start-1]) {
			if text[start-1] >= utf8.RuneSelf {
				return false, false
			}
			start--
		}
		if start == end {
			break // no word left
		}
		if end-start == 2 && text[start]|0x20 == 'b' && text[start+1]|0x20 == 'y' {
			by = true
		}
		end = start
	}
	// The words before the last n are not read, but a byte beyond ASCII among them would have
	// made them Unicode text, whose spaces and case are not told byte by byte.
	for i := 0; i < end; i++ {
		if text[i] >= utf8.RuneSelf {
			return false, false
		}
	}
	return by, true
}

// asciiSpace reports the ASCII bytes that unicode.IsSpace holds for spaces, which are also
// those strings.TrimSpace trims.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// prevWordOf returns the word that ends right before offset i, past spaces, or "".
func prevWordOf(text string, i int) string {
	end := i
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && ascii.IsLetter(text[start-1]) {
		start--
	}
	return text[start:end]
}

func scanAt(text string, from, to int) []quantity.Quantity {
	qs := quantity.Scan(text[from:to])
	for i := range qs {
		qs[i] = claimUnits(qs[i])
		qs[i].Start += from
		qs[i].End += from
		qs[i].NumStart += from
		qs[i].NumEnd += from
	}
	return qs
}
