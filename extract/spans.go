package extract

import (
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// Two years joined by a dash with no space ("1990-2019", "2008–2014") name a span of years,
// wherever they stand: a figure they date is of the span, never of one of its ends. The date
// scanner reads them as two years (or, after an en dash, the first alone), and a figure that
// found its date in a fronted phrase ("Over 1990-2019, inflation averaged 11.2%", "Over our
// sample period (2008-2014), GDP growth averaged 5.5 percent", "During 2010-2015, ...") took
// the year nearest to it, the span's last. averageOfSpan reads the span in the figure's own
// phrase; this reads it wherever the figure's date was found.

// dashedSpan returns the span of years that date e is an end of ("2008-2014" for the "2014"
// of it), as "2008/2014". A year joined to two digits ("2023-24") is a fiscal year, which the
// scanner reads as one, and no span here; nor are the years of a day ("2024-03-20").
func dashedSpan(text string, e timex.Expr) (timex.Expr, bool) {
	if e.Precision != timex.Year || len(e.Period) != 4 || !e.Explicit || e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Period {
		return timex.Expr{}, false // "the year 2014", "fiscal 2014": not a bare year
	}
	if n := dashAt(text, e.End); n > 0 && !joinedBefore(text, e.Start) {
		if y2, ok := bareYearAt(text, e.End+n); ok && y2 > e.Period && !joinedAfter(text, e.End+n+4) {
			return timex.Expr{Period: e.Period + "/" + y2, Precision: timex.Year, Explicit: true}, true
		}
	}
	if joinedAfter(text, e.End) {
		return timex.Expr{}, false
	}
	// (the byte before the year ends a dash, or no span ends at it: most years of a text of
	// figures, each asked for here)
	if c := text[max(e.Start-1, 0)]; c != '-' && c != "–"[2] && c != "—"[2] {
		return timex.Expr{}, false
	}
	for _, dash := range [...]string{"-", "–", "—"} {
		j := e.Start - len(dash)
		if j < 4 || text[j:e.Start] != dash {
			continue
		}
		if y1, ok := bareYearAt(text, j-4); ok && y1 < e.Period && !joinedBefore(text, j-4) {
			return timex.Expr{Period: y1 + "/" + e.Period, Precision: timex.Year, Explicit: true}, true
		}
	}
	return timex.Expr{}, false
}

// bareYearAt returns the four digits of a year at i.
func bareYearAt(text string, i int) (string, bool) {
	if i < 0 || i+4 > len(text) {
		return "", false
	}
	y := text[i : i+4]
	if strings.Trim(y, "0123456789") != "" || i+4 < len(text) && ascii.IsASCIIAlnum(text[i+4]) {
		return "", false
	}
	if n, _ := strconv.Atoi(y); n < 1800 || n > 2099 {
		return "", false
	}
	return y, true
}

// joinedBefore reports a letter, a digit or a dash right before offset i ("03-2014" of a day,
// the second dash of "1990-2000-2010"); joinedAfter the same right after it.
func joinedBefore(text string, i int) bool {
	return i > 0 && (ascii.IsASCIIAlnum(text[i-1]) || text[i-1] == '-' || strings.HasSuffix(text[:i], "–") || strings.HasSuffix(text[:i], "—"))
}

func joinedAfter(text string, i int) bool {
	return i < len(text) && (ascii.IsASCIIAlnum(text[i]) || dashAt(text, i) > 0)
}

// averageAfterSpan reads an average with no date in its sentence right after a sentence that
// names a span of years: "Using a panel of 45 countries over 1990-2019, we show that ... In
// our sample, average inflation was 11.2 percent" is the average over 1990-2019, not 2019's.
// The sentence before must date nothing else (a year of its own, "in 2015", would be what the
// average follows on from), and the figure must be an average ("average inflation", "growth
// averaged", "on average"): any other figure may be of any year.
func (st *articleState) averageAfterSpan(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if len(s.exprs) > 0 || r.compared != -1 || r.apposed >= 0 || !s.marked(markAverage) || !s.averageFigure(k, r) {
		return timex.Expr{}, false
	}
	var span timex.Expr
	found := false
	prior := st.priorDatesOf(s)
	for _, e := range prior {
		if !e.Explicit {
			continue
		}
		sp, ok := dashedSpan(st.art.Text, e)
		if !ok {
			return timex.Expr{}, false // "in 2015": another date the average may be of
		}
		if found && sp.Period != span.Period {
			return timex.Expr{}, false
		}
		span, found = sp, true
	}
	return span, found
}

// averageFigure reports figure k as an average: its verb is "average" ("averaged 5.5
// percent"), or a word of an average stands in its phrase ("average inflation was 11.2
// percent", "an average of 4%") or right after it, with no punctuation between ("5% a year on
// average").
func (s *sentence) averageFigure(k int, r *reading) bool {
	ws := s.words
	if r.vg >= 0 && ws[s.vgs[r.vg].head].hasLemma("average") {
		return true
	}
	lo := s.phraseStart(s.qFirst[k])
	if r.np >= 0 && s.nps[r.np].first < lo {
		lo = s.nps[r.np].first
	}
	if f := s.skipBack(lo - 1); f > 0 && ws[f].lower == "of" {
		if owner := s.ofOwner(f); owner >= 0 {
			lo = min(lo, s.nps[owner].first) // "an average of 4%"
		}
	}
	hi := s.qLast[k]
	for j := hi + 1; j < len(ws) && j <= s.qLast[k]+5 && !ws[j].punct && ws[j].fig < 0; j++ {
		hi = j
	}
	if r.np >= 0 {
		hi = max(hi, s.nps[r.np].last)
	}
	for j := lo; j <= hi; j++ {
		if ws[j].fig < 0 && ws[j].hasLemma("average") {
			return true
		}
	}
	return false
}
