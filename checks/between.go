package checks

import (
	"math"
	"strings"

	"github.com/factcheck/factcheck/reference"
)

// minDaysToNextRelease is the least time after a release in which its source may have published
// another: a quarter for a figure of a year (the World Bank updates its indicators a few times
// a year, offices their annual figures less often), a month for one of a quarter or a month
// (offices publish a quarter's GDP in rounds a month or so apart: the US's advance, second and
// third estimates, Japan's first and second preliminary ones, Eurostat's flash and regular
// ones; the real-time data sets the table holds keep a vintage a quarter).
const (
	minDaysToNextRelease          = 92
	minDaysToNextSubannualRelease = 30
)

// releaseGap is a pair of successive releases of one source that the article's date falls
// between: the figure current when the article appeared, as far as the table knows, and the
// next one the table holds.
type releaseGap struct {
	current, next reference.Observation
}

// gapAround finds a claim that lies between the figure of one source current when the article
// appeared and that source's next release in the table. Sources publish more editions than
// the table keeps (the World Bank's WDI is updated several times a year; the table holds a
// few editions), and a figure revised from one to the other passed through the editions
// between: the United Kingdom's growth of 2010 was 1.69% in the 2018 edition the table holds
// and 2.26% in the next one it holds, of 2025, so an article of 2023 that says 2.2% may quote
// an edition the table lacks. Such a claim is not called wrong.
//
// The release the article may quote came out before the article, so a quarter at least must
// lie between the last release the table holds from before the article and the article: the
// statistical offices and the World Bank revise their figures every quarter or less often, so
// an article of the day after a first estimate quotes that estimate or none.
//
// Each release's figure is the one nearest the claim (a release may hold a figure on several
// bases); the claim's interval must meet the span between the two.
func (j *judgement) gapAround(sources []series, iv interval) (releaseGap, bool) {
	if j.published.IsZero() {
		return releaseGap{}, false
	}
	published := j.publishedDay()
	days := minDaysToNextRelease
	if subannual(j.claim.Period) {
		days = minDaysToNextSubannualRelease
	}
	latestUnquoted := lastLatestUnquoted.text(j.published.AddDate(0, 0, -days))
	for _, s := range sources {
		for i := 0; i+1 < len(s.releases); i++ {
			before, after := s.releases[i], s.releases[i+1]
			if before.date > latestUnquoted || after.date <= published {
				continue
			}
			a, b := nearestTo(before.obs, iv), nearestTo(after.obs, iv)
			lo, hi := math.Min(a.Value, b.Value), math.Max(a.Value, b.Value)
			if a.Value != b.Value && iv.lo <= hi && iv.hi >= lo {
				return releaseGap{current: a, next: b}, true
			}
		}
	}
	return releaseGap{}, false
}

// subannual reports a period shorter than a year: a quarter, a half, a month or a day.
func subannual(period string) bool {
	return len(period) > 4 && !strings.HasPrefix(period, "FY")
}

// nearestTo returns the figure of a release nearest the claim's interval.
func nearestTo(obs []reference.Observation, iv interval) reference.Observation {
	best, bestDist := obs[0], math.Inf(1)
	for _, o := range obs {
		d := 0.0
		switch {
		case o.Value < iv.lo:
			d = iv.lo - o.Value
		case o.Value > iv.hi:
			d = o.Value - iv.hi
		}
		if d < bestDist {
			best, bestDist = o, d
		}
	}
	return best
}

// describe says what the gap is, for an explanation.
func (g releaseGap) describe(j *judgement) string {
	unit := indicatorUnitOr(g.current.Indicator, j.claim.Unit)
	return "the claim's " + j.claimText() + " lies between " + g.current.Source + "'s figure current when the article appeared (" +
		formatValue(g.current.Value, unit) + ", release " + g.current.Release + ") and its next release in the table (" +
		formatValue(g.next.Value, unit) + ", release " + g.next.Release +
		"), so it may quote a release between them that the table lacks, and is not judged"
}

// gapAroundPublication gives res the no_reference verdict of a claim that lies between the
// releases around the article's date (see gapAround), and reports whether it did.
func (j *judgement) gapAroundPublication(sources []series, iv interval, res *Result, lead string) bool {
	g, ok := j.gapAround(sources, iv)
	if !ok {
		return false
	}
	res.Verdict, res.Reason = NoReference, ReasonBetweenReleases
	res.Explanation = lead + "; " + g.describe(j) + "."
	return true
}
