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

// namedEarlierRelease reports a figure of a year that the sentence itself names as an earlier
// estimate of its period, since superseded (s25 attack 7, F2): the figure a revision replaced
// ("shrank 0.9% in 2023, revised from an initial 0.3%", "revised from a first estimate of
// growth of 0.1%"), or one whose own clause names a first or earlier estimate, or says it was
// "initially" given, while the sentence names its revision or states the period's figure
// before it ("shrank 0.3%, according to first estimates later revised to 0.9%", "shrank 0.2%
// in 2024; the initial estimate was a rise of 0.1%"). The article is right to quote it; the
// table, whose yearly editions seldom hold a national office's first estimate, cannot tell it
// from a wrong outturn. A quarter's or a month's earlier estimate is left to the judge, whose
// between-releases rule already keeps it from an alarm; a first estimate no later figure or
// revision supersedes ("according to Rosstat's first estimate") is the current figure.
func (st *articleState) namedEarlierRelease(s *sentence, k int, r *reading, c *Claim) bool {
	if !r.revised && !s.anyCueOf(catRevision|catKindNoun) || c.Kind == KindForecast || periodPrecision(c.Period) != timex.Year {
		return false // most figures
	}
	if r.revised && r.compared >= 0 {
		br := s.readings[r.compared]
		return br != nil && br.claimKind != KindForecast && br.claimPeriod == c.Period && s.revisedFrom(k)
	}
	if !s.namesEarlierEstimate(k) {
		return false
	}
	if s.revisedAfter(k) {
		return true
	}
	// the period's figure stated before it: "shrank 0.2% in 2024; the initial estimate was ..."
	for j := k - 1; j >= 0; j-- {
		if br := s.readings[j]; br != nil && br != &readingUnderWay && br.measure == r.measure && br.claimPeriod == c.Period &&
			br.claimKind == KindActual && br.claimEntity == c.Entity {
			return true
		}
	}
	return false
}

// namesEarlierEstimate reports, in the stretch of the sentence around figure k that no other
// figure or semicolon divides from it, a phrase that names an earlier estimate ("the first
// estimate", "according to preliminary estimates", "the initial estimate was") or an adverb
// that says the figure was the first given ("Destatis initially said", "originally put").
func (s *sentence) namesEarlierEstimate(k int) bool {
	ws := s.words
	from, to := s.qFirst[k], s.qLast[k]
	for from > 0 && ws[from-1].lower != ";" && (ws[from-1].fig < 0 || ws[from-1].fig == k) && !s.cueIs(from-1, catComparison) && !ws[from-1].hasLemma("revise") {
		from--
	}
	// (nor a comparison or a revision: "shrank 0.9%, revised from a first estimate of 0.3%"
	// names the other figure's estimate, and "first estimates later revised to 0.9%" the one
	// before's)
	for to+1 < len(ws) && ws[to+1].lower != ";" && (ws[to+1].fig < 0 || ws[to+1].fig == k) && !s.cueIs(to+1, catComparison) && !s.words[to+1].hasLemma("revise") {
		to++
	}
	for i := from; i <= to; i++ {
		if i < s.qFirst[k] && (ws[i].lower == "initially" || ws[i].lower == "originally") {
			return true
		}
		if p := ws[i].np; p >= 0 && s.nps[p].head == i && s.earlierEstimate(p) {
			return true
		}
		if s.cueIs(i, catRevision) {
			switch ws[i].lower {
			case "first", "initial", "preliminary", "provisional", "earlier", "previous", "initially", "originally", "previously":
				return true // "according to first estimates", "was initially reported"
			}
		}
	}
	return false
}

// revisedAfter reports, after figure k in its sentence, a verb of revising that takes no object
// of its own, so that what was revised is the figure stated before: "later revised to 0.9%",
// "the figure has since been revised", "since revised up". "the IMF revised its forecast for
// 2025" revises something else.
func (s *sentence) revisedAfter(k int) bool {
	ws := s.words
	for i := s.qLast[k] + 1; i < len(ws); i++ {
		if !ws[i].hasLemma("revise") || !ws[i].past {
			continue
		}
		if i+1 == len(ws) || ws[i+1].punct {
			return true
		}
		switch ws[i+1].lower {
		case "to", "up", "down", "upward", "upwards", "downward", "downwards", "from", "since", "later":
			return true
		}
	}
	return false
}

// revisedToSign gives a figure a revision moves the original to ("later revised to 0.9%", "the
// figure has since been revised to 0.9%") the direction of the clause that stated the
// original ("shrank 0.3% in 2023"), when neither its own phrase nor its subject names a
// measure or a change of its own: a contraction revised is still a contraction. "Growth was
// revised to 0.9%" is growth's value, and "a contraction revised up to 0.9%" has its own sign.
func (st *articleState) revisedToSign(s *sentence, k int, r *reading) {
	if r.sign < 0 || r.role != roleValue && r.role != roleChange || r.vg < 0 || r.compared != -1 || k == 0 || !s.anyCueOf(catRevision) {
		return // most figures
	}
	v := s.vgs[r.vg]
	if !s.words[v.head].hasLemma("revise") {
		return
	}
	prep := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if prep < 0 || s.words[prep].lower != "to" || prep < v.last {
		return
	}
	if p := s.words[s.qFirst[k]].np; p >= 0 && s.nps[p].head > s.qLast[k] {
		return // "revised to a 0.1% rise", "revised to 0.9% growth": its own words
	}
	for j := k - 1; j >= 0; j-- {
		br := s.readings[j]
		if br == nil || br == &readingUnderWay || br.measure != r.measure {
			continue
		}
		if r.np >= 0 && s.nps[r.np].first > s.qLast[j] {
			// a subject of its own after the original: "growth was revised to 0.9%" is
			// growth's value; "the figure has since been revised" names none
			if nm := st.nounMeasure(s, r.np); nm.measure != nil && nm.headIsMeasure || nm.changeSign != 0 {
				return
			}
		}
		if br.role == roleChange && br.sign < 0 && br.compared == -1 {
			r.role, r.sign = roleChange, -1
		}
		return
	}
}

// namedFirstRelease reports a word between words from and to (a figure's own phrase, after the
// marker that compares it) that names the figure an earlier release of the same period: "up
// from a preliminary 2.9%", "from an initial 0.3%", "from a previously reported 2.8%". Such a
// figure is what a revision replaced, not the period before's ("up from 2.8%"), though no
// word of revising precedes it. "from an earlier 2.5%" is left alone: an earlier period's too.
func (s *sentence) namedFirstRelease(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.words[i].lower {
		case "initial", "preliminary", "provisional":
			return true
		case "previously", "originally", "initially":
			if s.cueIs(i, catRevision) {
				return true // "previously reported", "originally reported"
			}
		}
	}
	return false
}

// revisedFrom reports a figure that "from" gives, directly or as the object of the noun after
// it: "revised from 0.3%", "up from a preliminary 2.9%", "from an earlier estimate of 0.1%".
// "rather than the official 5%" and "instead of 2.8%" set another figure against it, which no
// revision replaced.
func (s *sentence) revisedFrom(k int) bool {
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i > 0 && s.words[i].lower == "of" {
		if o := s.ofOwner(i); o >= 0 {
			i = s.skipBack(s.nps[o].first - 1)
		}
	}
	return i >= 0 && s.words[i].lower == "from"
}
