package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/extract/timex"
)

// A line of a chronology opens with the period it is about, set off by a colon or a dash:
// "2002: The peg collapses. GDP contracts 10.9%, and the peso ends the year at about 3.4 per
// dollar.", "- 1998: Financial crisis. The economy shrinks 1.3%", "2003-2007: Growth averages
// almost 9% a year.", "March 2020: Unemployment jumps to 14.7% in April." The label dates every
// figure of the line that has no date of its own, in every sentence of the line, not only the
// first; and it is told in the historical present, which is no forecast. Without it, the later
// sentences of the line took the period of the line before or the year of publication.

// labelScan is how far back from a sentence a line start is looked for: a chronology's line
// holds a few sentences, and a text of one long line is no chronology (every sentence asks).
const labelScan = 1500

// lineLabelOf returns the label that opens the line sentence s is on, and where the label ends
// in the text, found once per sentence.
func (st *articleState) lineLabelOf(s *sentence) (timex.Expr, int, bool) {
	if !s.labelKnown {
		s.labelKnown = true
		text := st.art.Text
		if from, ok := st.lineStartBefore(s.start); ok {
			s.label, s.labelEnd, s.labelFound = lineLabel(text, from)
			s.labelFound = s.labelFound && inChronology(text, from, s.label)
		}
	}
	return s.label, s.labelEnd, s.labelFound
}

// lineStartBefore returns the start of the line at, when it lies within labelScan bytes
// before at. The sentences are asked about in order, so the text is scanned forward once for
// all of them: looking back labelScan bytes from each sentence cost a text of short sentences
// on one line (a data dump) labelScan bytes a sentence, a tenth of its reading.
func (st *articleState) lineStartBefore(at int) (int, bool) {
	text := st.art.Text
	l := &st.lines
	if at < l.next {
		// (a sentence before the last asked about: looked back from)
		from := max(0, at-labelScan)
		nl := strings.LastIndexByte(text[from:at], '\n')
		if nl < 0 {
			return 0, from == 0
		}
		return from + nl + 1, true
	}
	if l.next == 0 {
		l.last = -1
	}
	for {
		nl := strings.IndexByte(text[l.next:at], '\n')
		if nl < 0 {
			break
		}
		l.last = l.next + nl
		l.next = l.last + 1
	}
	l.next = at
	switch {
	case l.last >= at-labelScan:
		return l.last + 1, true
	case at <= labelScan:
		return 0, true
	}
	return 0, false
}

// lineLabel reads a label of a period at offset i, the start of a line: after an optional
// bullet ("-", "*", "•"), a year ("2002"), two years joined by a dash with no space
// ("2003-2007", "2003–2007": the years from one to the other) or a month and its year ("March
// 2020"), then a colon or a spaced dash, then a capital or a figure. "2.5%: the rate the Fed
// ...", "In 2002: ...", "1,000: the number of ..." and "2024-03-20: ..." are no label; nor is
// "2023-24:", a fiscal year.
func lineLabel(text string, i int) (timex.Expr, int, bool) {
	j := skipBlanks(text, i)
	if j < len(text) && (text[j] == '-' || text[j] == '*') || strings.HasPrefix(text[j:], "•") {
		_, n := utf8.DecodeRuneInString(text[j:])
		if k := j + n; k < len(text) && (text[k] == ' ' || text[k] == '\t') {
			j = skipBlanks(text, k)
		}
	}
	start := j
	e := timex.Expr{Precision: timex.Year, Explicit: true}
	if m, ok := timex.MonthOf(text[j:wordEndAt(text, j)]); ok && j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
		j = wordEndAt(text, j)
		if j >= len(text) || text[j] != ' ' {
			return timex.Expr{}, 0, false
		}
		y, ye, ok := labelYear(text, j+1)
		if !ok {
			return timex.Expr{}, 0, false
		}
		e.Period, e.Precision, j = fmt.Sprintf("%d-%02d", y, int(m)), timex.Month, ye
	} else {
		y, ye, ok := labelYear(text, j)
		if !ok {
			return timex.Expr{}, 0, false
		}
		e.Period, j = fmt.Sprint(y), ye
		if dash := dashAt(text, j); dash > 0 {
			y2, ye2, ok := labelYear(text, j+dash)
			if !ok || y2 <= y {
				return timex.Expr{}, 0, false // "2024-03-20", "2023-24"
			}
			e.Period, j = fmt.Sprintf("%d/%d", y, y2), ye2
		}
	}
	e.Start, e.End = start, j
	k := skipBlanks(text, j)
	switch {
	case k < len(text) && text[k] == ':':
		k++
	case k > j && dashAt(text, k) > 0:
		k += dashAt(text, k) // "2009 - Germany's GDP falls 5.5%"
	default:
		return timex.Expr{}, 0, false
	}
	if k >= len(text) || text[k] != ' ' && text[k] != '\t' {
		return timex.Expr{}, 0, false
	}
	k = skipBlanks(text, k)
	if k >= len(text) || !(text[k] >= 'A' && text[k] <= 'Z' || text[k] >= '0' && text[k] <= '9') {
		return timex.Expr{}, 0, false // "2000: the number of troops"
	}
	return e, k, true
}

// inChronology reports a label at the line starting at from that is one of a chronology's:
// another line within labelScan bytes before it opens with a label of the same year or an
// earlier one, or one after it with the same year or a later one. A line alone is a heading or
// a fact box's, whose number is no date: "By the numbers\n2000: The number of jobs the
// carmaker will cut." Looked at once per sentence, labelScan bytes each way.
func inChronology(text string, from int, label timex.Expr) bool {
	year := label.Period[:4]
	// the lines before, nearest first
	for end := from - 1; end > 0 && from-end < labelScan; {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		if e, _, ok := lineLabel(text, start); ok && e.Period[:4] <= year {
			return true
		}
		end = start - 1
	}
	// the lines after
	for i := from; i < len(text) && i-from < labelScan; {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
		if e, _, ok := lineLabel(text, i); ok && e.Period[:4] >= year {
			return true
		}
	}
	return false
}

// labelYear reads four digits at i that make a year and end a word.
func labelYear(text string, i int) (int, int, bool) {
	e := i
	for e < len(text) && text[e] >= '0' && text[e] <= '9' {
		e++
	}
	if e-i != 4 || e < len(text) && (text[e] == '.' || text[e] == ',' || text[e] == '%') && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9' {
		return 0, 0, false
	}
	y := 0
	for _, c := range text[i:e] {
		y = 10*y + int(c-'0')
	}
	if y < 1800 || y > 2099 {
		return 0, 0, false
	}
	return y, e, true
}

// dashAt returns the length of a dash at i ("-", "–", "—"), or 0.
func dashAt(text string, i int) int {
	switch {
	case i < len(text) && text[i] == '-':
		return 1
	case strings.HasPrefix(text[i:], "–"), strings.HasPrefix(text[i:], "—"):
		return len("–")
	}
	return 0
}

func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

func wordEndAt(text string, i int) int {
	for i < len(text) && (text[i] >= 'a' && text[i] <= 'z' || text[i] >= 'A' && text[i] <= 'Z') {
		i++
	}
	return i
}

// labelledOwnDate re-dates a month, quarter or half that figure k's phrase names without its
// year on a line labelled with a year: "2018: Macri signs an IMF deal. Inflation reaches 47.6%
// in December." is December 2018, not the last December before publication. ok is false when
// the line has no such label or the date names its year or its relation ("last month").
func (st *articleState) labelledOwnDate(s *sentence, own timex.Expr) (timex.Expr, bool) {
	if own.Explicit || len(own.Period) != 7 {
		return own, false
	}
	switch own.Precision {
	case timex.Month, timex.Quarter, timex.Half:
	default:
		return own, false
	}
	label, _, ok := st.lineLabelOf(s)
	if !ok || label.Precision != timex.Year || len(label.Period) != 4 || namesItsRelation(st.art.Text, own) {
		return own, false
	}
	own.Period = label.Period + own.Period[4:]
	own.Explicit = true
	return own, true
}

// labelledLine returns the label of the line of figure k when the figure is dated by nothing
// else: not compared with another figure (whose period follows from that one's), and in a
// sentence with no date but the label. A figure beside a date of its sentence is read as
// before: "2016: Rates fall below zero; inflation is 0.5% by 2018".
func (st *articleState) labelledLine(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if r.compared != -1 {
		return timex.Expr{}, false
	}
	label, end, ok := st.lineLabelOf(s)
	if !ok {
		return timex.Expr{}, false
	}
	for d := range s.exprs {
		if s.exprs[d].Start >= end {
			return timex.Expr{}, false
		}
	}
	return label, true
}
