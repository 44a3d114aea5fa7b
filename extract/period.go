package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/extract/timex"
)

// periodOf finds the period of figure k: a date of its own phrase ("a 0.7 pct January gain",
// "1986 GDP"), one right after it or after its measure ("rose 0.4 pct in February", "inflation
// in January was"), one of its clause that no other figure owns, one of its sentence; for a
// figure compared with another, the period before that one's ("from 8.2 pct", "a year earlier");
// for a figure that restates another, the same; else the period the sentences before were about.
func (st *articleState) periodOf(s *sentence, k int, r *reading) (timex.Expr, bool) {
	e, ok := st.periodFound(s, k, r)
	if ok && !(e.End > e.Start && e.Start >= s.start && e.End <= s.end) && st.perfectAfterPastYear(s, k, r, e.Period) {
		// a period carried from another figure, the sentence before or the text's last of
		// the measure, to the latest level (no date of the figure's own sentence)
		return timex.Expr{Reason: "the latest figure, of a period the text does not name"}, true
	}
	if ok && e.Period != "" && (e.Start < s.start || e.End > s.end) && st.undatedSeries(s, k) {
		// "Japan managed 1.3%, 0.7%, a 0.2% contraction and 1.2%", after a sentence that
		// ended "... and 0.5% in 2025": one place's values of as many periods, none of which
		// the sentence names; the period the text was about is at most one of them (series.go)
		return timex.Expr{Reason: "one of a series of values whose periods the sentence does not give"}, true
	}
	if ok && e.Start >= s.start && e.End <= s.end {
		if span, isSpan := dashedSpan(st.art.Text, e); isSpan {
			e = span // "Over 1990-2019, inflation averaged 11.2%": the span's, not 2019's (spans.go)
		}
	}
	if ok && e.Start >= s.start && e.End <= s.end {
		if after, isAfter := s.timeAfterAYear(e); isAfter {
			return after, true // "5 to 6 per cent in most years after 2003": not 2003's
		}
	}
	if ok && e.Start >= s.start && e.End <= s.end && s.relativeToEarlierWords(e, st.art.Published) {
		return timex.Expr{Reason: "a relative date in words said at another date than the article's"}, true // speech_date.go
	}
	if ok && len(e.Period) == 4 && s.annualRateOfAQuarter(k) {
		// "The previous worst quarter on record was in 1958, when output fell at a 10 per
		// cent annual rate": a quarter's rate, annualised, of a quarter the text does not name
		// (blind round 270: judged against 1958's growth)
		return timex.Expr{Reason: "an annualised rate of a quarter of the year, which the text does not name"}, true
	}
	if ok && r.np >= 0 && strings.HasSuffix(e.Period, "-Q4") && s.annualModifier(r.np) && r.indicatorOf(s.quants[k].Unit) == "gdp_growth" && s.ownDate(k, r) < 0 {
		// "grew at a 3.4% annualised rate in the fourth quarter, taking annual growth to
		// 2.5%": growth over the year the quarter ends (US copy) or the quarter's on a year
		// earlier (British copy); which is not said. Before the fourth, the year is not over
		// and only the second is meant; with the quarter its own ("annual growth slowed to
		// 1.6% in the fourth quarter") it is the quarter's.
		return timex.Expr{Reason: "annual growth beside a quarter: the year's, or the quarter's on a year earlier"}, true
	}
	return e, ok
}

// periodFound is periodOf before the check of annual growth beside a quarter.
func (st *articleState) periodFound(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if s.indefinitePeriodAfter(k) {
		// "a pandemic that cut GDP by 10.9% in a single year": a year the text does not name
		return timex.Expr{Reason: "a period named only as \"a year\", not which"}, true
	}
	if e, ok := s.rangeToAPartOfAYear(k, r); ok {
		return e, true // "has shrunk by 52.3 pct between 2013 and the third quarter of 2018"
	}
	if s.seasonAfter(k) {
		return timex.Expr{Reason: "a season's rate, some months of the year, not its average"}, true
	}
	if s.levelOfAnotherTimeAfter(k) {
		// "Real GDP in 2024 was still about 20 per cent below its 2007 level": a gap to the
		// level of another time, over the years between, no one year's growth (blind round 190)
		return timex.Expr{Reason: "a gap to the level of another time, over the years between"}, true
	}
	if s.underATenure(k) {
		// "under President Trump, inflation was 1.4 percent", "Under the current government
		// inflation has averaged around 5%": the years of a tenure, which the text does not
		// give (blind round 171: read as the month of the article's first figure and flagged)
		return timex.Expr{Reason: "the years of a tenure (\"under President X\"), not given"}, true
	}
	if s.yearOfAnEventInClause(k) {
		// "after output collapsed 11% during the first year of the Covid-19 pandemic": the
		// event's year, which the text does not give (blind round 169: read as the year of
		// the figure before and flagged)
		return timex.Expr{Reason: "a year named by its place in an event (\"the first year of the war\"), not which"}, true
	}
	if s.offsetEventOf(k) && s.ownDate(k, r) < 0 {
		return timex.Expr{Reason: reasonOffsetEvent}, true // "nine days after it cut the rate from 0.75 per cent to 0.25 per cent" (offset_event.go)
	}
	if e, ok := s.spanTo(k); ok {
		return e, true // "8.7% a year in the decade to 1996": all its years, not the last
	}
	if s.yearlyRateUntil(k) {
		// "more than 9% a year through 2007": a rate of each of years up to 2007, from a year
		// not said; not 2007's, nor the year of the figure before (blind round 65)
		return timex.Expr{Reason: "a yearly rate over years up to one named, from one not said"}, true
	}
	if s.laterInASpanAfter(k) {
		// "close to zero later in the decade": a time within a span the text does not pin
		// down, not the year of the sentence's other dates (blind round 104)
		return timex.Expr{Reason: "a time later or earlier in a span the text does not pin down"}, true
	}
	if s.approximateDateAfter(k) {
		// "down from about 128 million around 2010": a year given as near enough, which no
		// release of one year stands for (nor the year before the claim it is set against)
		return timex.Expr{Reason: "a period given only as approximate (\"around 2010\")"}, true
	}
	if k > 0 && s.readings[k-1] != nil && s.gappedPlaceBefore(k) != "" && s.ownDate(k, r) < 0 {
		// "Inflation in Indonesia was 2.2 percent in 2024, while in the Philippines it was
		// 3.2 percent": the conjunct's figure is of the period of the one it parallels
		if d := s.ownDate(k-1, s.readings[k-1]); d >= 0 {
			return s.exprs[d], true
		}
	}
	// (the mark first: most sentences have no decade and no span of months, and every figure asks)
	if s.marked(markSpan) && s.decadeRelative(k) && s.ownDate(k, r) < 0 {
		// "Mexico's 1982 debt crisis began a decade in which growth averaged 2%": the decade's
		// years, not the year that opened it ("a decade in which growth peaked at 9% in 1994"
		// keeps its own)
		return timex.Expr{Precision: timex.Year, Reason: timex.ReasonDecade}, true
	}
	if d := s.heldSpanStart(k, r); d >= 0 {
		return s.exprs[d], true // "held at 5.25% from August 2023 until ...": August 2023's (held_span.go)
	}
	if e, ok := s.thanYearsBefore(k, st.art.Published); ok {
		return e, true // "0.3% larger in 2023 than in 2019": the four years to 2023
	}
	if e, first, last, ok := s.beforeAnEvent(k); ok {
		// "which had been about 2.6 per cent before the crisis": no year the text gives; "13%
		// before the revolution of 2011": not the event's year
		if d := s.ownDate(k, r); d < 0 || s.eFirst[d] >= first && s.eLast[d] <= last || s.eFirst[d] > s.qLast[k] && s.eLast[d] <= last {
			// (a date of the event's phrase, or one the words between read: "5 percent a year
			// before the pandemic" holds "a year before")
			return e, true
		}
	}
	if s.nowBefore(k) && s.ownDate(k, r) < 0 { // (the cheap test first: every figure asks)
		// "hit 10% in 2009 and is now 4.1%", "but today it is 4.1%": the present's, not the
		// year an earlier clause named
		return st.presentPeriod(s, k, r)
	}
	if s.nowAfter(k) && s.ownDate(k, r) < 0 {
		return st.nowPeriod(s, k, r) // "to 4.6% from 3.7% now": not the year before the forecast's (now_after.go)
	}
	if d := s.relativeClauseDateOf(k); d >= 0 && s.exprs[d].Period != "" {
		if s.dateOfPublishing(s.eFirst[d]) {
			// "from the 5.4 percent it published last year", "down from the 1.2 per cent it
			// forecast in June": when it was published or made, and of which period the text
			// leaves to the reader (blind round 159: read as 2020's growth and flagged); not
			// "the 3.7 percent it reported in 2022", as often the period's figure
			return timex.Expr{Reason: "the date a figure was published or forecast, not its period"}, true
		}
		return s.exprs[d], true // "up from the 3.5% that it hit in 2019": 2019's (relative_date.go)
	}
	if r.compared == -2 || s.inRelativeClause(k) {
		// A base date after a figure compared with a movement that has no figure before it
		// ("flatlined in the third quarter, after growth of 0.2% in the previous three
		// months") or that comes after it ("The jobless rate, down from 6.1% a year earlier,
		// stood at 5.9% in May", "which was 6.1% a year earlier"): the period before that
		// movement's, not before publication.
		d := s.datedBefore(s.phraseStart(s.qFirst[k]))
		if d < 0 {
			d = s.datedAfter(s.qLast[k])
		}
		if d >= 0 && (s.inOtherEventClause(k, s.eFirst[d], s.eLast[d]) || s.inRelativeAsideBefore(s.eFirst[d], s.eLast[d], s.qFirst[k])) {
			// "slowed to 3.1% because the Fed had raised rates in 2022": no base of it; nor
			// the date of an aside that closed before the figure, which the clause finder
			// ran into it ("Inflation, which averaged 219.9 percent in 2024, has fallen to 30
			// percent")
			d = -1
		}
		if d >= 0 {
			if e, ok := s.relativeShift(k, s.exprs[d]); ok {
				return e, true
			}
		}
	}
	if s.marked(markSeries) { // (asked here: most sentences list no periods, and every figure asks)
		if e, ok := st.parallelPeriod(s, k, r); ok {
			return e, true // "grew 6.2%, 2.7% and 3.2% in 2022, 2023 and 2024": each its own year
		}
	}
	if e, ok := s.frontedSpan(k, r); ok {
		return e, true // "In the 2010s, after the 2009 recession, US growth averaged 2.3%"
	}
	if e, ok := s.frontedYearRange(k, r); ok {
		return e, true // "Between 2010 and 2019 Thailand's growth averaged 3.6% a year"
	}
	if e, ok := s.averagedForTheYear(k); ok {
		return e, true // "peaked at 69.8% in September 2022 and averaged 46.4% for the year": 2022's (year_averaged.go)
	}
	own := s.ownDate(k, r) // (asked once: it reads the figure's phrase and the words after it)
	if own < 0 {
		if j := s.comparedPlaceRelative(k); j >= 0 {
			if e, ok := s.periodOfClaim(j); ok && e.Period != "" {
				// "a contraction of 2.2 per cent in 2020, a much shallower recession than in
				// the United Kingdom, where output fell about 11 per cent": the time of the
				// figure the place is compared with (blind round 119: read as 2021, the
				// sentence's first date)
				return e, true
			}
		}
		if j := s.forecastInsteadOf(k); j >= 0 {
			// "The budget statement of 2019 projected growth of 6.2% for 2020; the economy
			// instead contracted 0.3%": the outturn of the period the forecast was for
			// (blind round 123: read as 2019's, the year of the statement)
			if e, ok := s.periodOfClaim(j); ok {
				return e, true
			}
		}
	}
	if i := own; i >= 0 {
		if s.eventYearDate(i) {
			return timex.Expr{Reason: reasonEventYear}, true // "contracted 4.9% during the 1998 crisis"
		}
		if e, ok := s.ownYearRange(k, i); ok {
			return e, true // "shrank by a cumulative 25% between 2008 and 2013": all the years'
		}
		if e, ok := s.frontedYearRange(k, r); ok {
			return e, true // "Between 2010 and 2019 Thailand's growth averaged 3.6%": 2019 is no date of the phrase
		}
		if e, ok := st.labelledOwnDate(s, s.exprs[i]); ok && r.compared == -1 {
			return e, true // "2018: ... Inflation reaches 47.6% in December": December 2018 (labels.go)
		}
		if e, ok := st.extremeInYear(s, k, r, i); ok {
			return e, true // "averaged 9.1% in 2022, peaking at 11.1% in October": 2022's (extreme_in_year.go)
		}
		if r.compared >= 0 {
			if base, ok := s.periodOfClaim(r.compared); ok {
				if e, ok := anchoredTo(st.art.Text, s.exprs[i], base); ok {
					return e, true
				}
			}
		}
		return s.exprs[i], true
	}
	if d := s.dateBeforeColon(k, r); d >= 0 && !s.eventOpensBeforeColon(k) {
		// "Britain's 2023 performance now looks like this in company: the US grew 2.9 per
		// cent, Canada 1.2 per cent, ...": the year the clause before the colon frames them
		// by (blind round 170: taken from the paragraph before, a quarter of 2024)
		return s.exprs[d], true
	}
	if d := s.conjunctDate(k); d >= 0 {
		return s.exprs[d], true // "In 1998, it contracted by 1.3%, and in 2009 by 5.7%": 2009's
	}
	if e, ok := st.pairedPeriod(s, k, r); ok {
		return e, true // "... 2.1% in 2024 and 0.8% in 2025. Britain grew 1.1% and 1.4%."
	}
	if s.overYearAfter(k) {
		// "The economy grew 1.4 per cent over 2024": through the year (its last quarter on a
		// year earlier, as Australian copy means it) or against it ("sales rose 5% over
		// 2023"); not the period the sentences before were about
		return timex.Expr{Reason: "over a year: through it, or compared with it"}, true
	}
	if r.vg >= 0 && s.perfect(r.vg) {
		end := s.qLast[k]
		dur := s.durationAfter(end)
		if dur >= 0 {
			end = dur
			if end+1 < len(s.words) && s.words[end+1].lower == "," {
				end++
			}
		}
		if d := s.sinceDateAfter(s.pastAppositive(end)); d >= 0 && r.measure.name == "policy_rate" {
			// "Bank Rate had been 5.25% since August 2023", "for a year, since August 2023": a
			// rate set then and in force since, so in force in the month it was set
			return s.exprs[d], true
		}
		if dur >= 0 && s.pluperfect(r.vg) {
			// "Bank Rate had been 0.5% for seven years until it was cut", "had stood at 0.5%
			// for seven years before the 2016 cut": a state over a span that ended before the
			// event the text reports, not of that event's day or of any one period
			return timex.Expr{Reason: "a level held for a span before the event reported, not of one period"}, true
		}
	}
	if s.standingTarget(k, r) {
		return timex.Expr{Reason: "a standing target, not a figure of a period"}, true
	}
	if e, ok := s.spanOf(k, st.art.Published); ok {
		return e, true
	}
	if e, ok := st.labelledLine(s, k, r); ok {
		return e, true // "1998: Financial crisis. The economy shrinks 1.3%": 1998's (labels.go)
	}
	if e, ok := st.averageAfterSpan(s, k, r); ok {
		return e, true // "... over 1990-2019, we show ... In our sample, average inflation was 11.2%" (spans.go)
	}
	if r.apposed >= 0 {
		if e, ok := s.periodOfClaim(r.apposed); ok && e.Period != "" {
			return e, true
		}
		// "to total 3.07 mln or 11.1 pct of the workforce": the restated count made no claim,
		// but its date is this figure's.
		if br := s.readings[r.apposed]; br != nil && br.measure != nil {
			if i := s.ownDate(r.apposed, br); i >= 0 {
				return s.exprs[i], true
			}
		}
	}
	if r.compared >= 0 && !r.revised {
		if e, ok := s.eventTimed(k); ok {
			return e, true // "compared with 13.7% at the height of the pandemic in 2020" (event_time.go)
		}
	}
	if r.compared >= 0 && (s.ownTarget(k) || st.otherCountry(s, k, r) || s.nationalFigure(k, r)) {
		// "grew 5.6% in 2023, slower than the government's 6-7% target": the target for the
		// period of the figure it is set against, not the year before it; unless a date
		// relative to that figure's follows ("compared with 5.6% in Australia a year
		// earlier": the year before the other's)
		if e, ok := s.periodOfClaim(r.compared); ok && e.Period != "" {
			if shifted, ok := s.relativeShift(k, e); ok {
				return shifted, true
			}
			return e, true
		}
	}
	if r.compared >= 0 && s.qFirst[r.compared] < s.qFirst[k] {
		// "cut Bank Rate to 4.25% on Thursday, its fourth cut since August 2024, when it
		// lowered the rate from 5.25% to 5%": a figure in a clause "when" opens after a date
		// is that date's, though it is set against a figure of another date before the clause
		if from, _ := s.clauseOf(s.qFirst[k]); s.qFirst[r.compared] < from {
			if d := s.whenClauseDate(from, r); d >= 0 {
				return s.exprs[d], true
			}
		}
	}
	if r.compared >= 0 && r.measure.name == "policy_rate" {
		// the rate a decision left ("cut to 0.1% from 0.25%") is dated by the decision
		if e, ok := s.periodOfClaim(r.compared); ok && e.Period != "" {
			return e, true
		}
	}
	if r.compared >= 0 {
		e, ok := s.comparedPeriod(k, r)
		if ok && (e.Period != "" || e.Reason != "") {
			return e, true // a Reason: "0.3% a quarter earlier" than a year's figure has none
		}
		if r.revised {
			// an earlier estimate of a period left unresolved is unresolved too
			e.Period = ""
			if e.Reason == "" {
				e.Reason = "the period of the figure it was revised to is unresolved"
			}
			return e, true
		}
	}
	if (r.listEntity >= 0 || r.coordinated >= 0) && !s.fromFollows(k) {
		if j := s.figureBefore(k); j >= 0 {
			if e, ok := s.periodOfClaim(j); ok && e.Period != "" {
				return e, true
			}
		}
	}
	if d := st.listDate(s, k); d >= 0 {
		return s.exprs[d], true // "averaged 3.1%, 2.0% and 1.5% last year": the list's date
	}
	// A date after a figure given in comparison with this one is this one's too when the two
	// are a pair: "cut to 1.5% from 2.0% in 2025", "to 4.0% from 4.4% this year".
	shares := func(owner int) bool {
		if owner < k {
			// one movement, one date: "fell by 837,000 in 2023 to 124.4 million", "rose by
			// 0.2 points in March to 11.7%"
			or := st.figureReading(s, owner)
			if or != nil && r.measure.name == "policy_rate" && or.measure == r.measure && or.role == roleChange {
				// one decision, one date: "raised rates by 0.75 points on Wednesday, taking
				// its benchmark rate to 2.5%"
				return true
			}
			return or != nil && r.vg >= 0 && or.vg == r.vg && or.compared < 0 && r.compared < 0 && or.role == roleChange && s.byFigure(owner)
		}
		if owner == k {
			return false
		}
		or := st.figureReading(s, owner)
		// a rate decision's "to 0.1% from 0.25% in March 2020" is one event of one date
		// (not a figure a participle dates on its own: "stands at 1.25 percent, far from the 17
		// percent reached in November 1979" is no decision of that month; blind round 98)
		return or != nil && or.compared == k && (or.revised || r.measure.name == "policy_rate") && s.pairedWith(k, owner) && !s.participleAfterFigure(owner)
	}
	// An event (a rate decision) is dated to the day; a figure of a year, quarter or month is
	// not dated by the day it was reported ("said on Tuesday", "last week revised").
	events := r.measure.name == "policy_rate" || r.measure.typ == classFX // a quote of a currency is of its day too
	from, to := s.clauseOf(s.qFirst[k])
	if i := s.freeDate(k, r, from, to, shares, events); i >= 0 && !s.peakAfterClauseOf(k, r, i) && !s.relativeAsideClosedBefore(k, s.eFirst[i]) {
		// (not a date after the relative aside the figure stands in: "Unemployment, which had
		// been around 2% in the bubble years, rose to 5.5% in 2002 and again in 2009" is of
		// another time than 2009; blind round 197)
		if d := s.whenClauseDate(from, r); d >= 0 && s.eFirst[i] > s.qLast[k] && s.whenClauseClosedBefore(from, s.eFirst[i]) {
			// "I lost my job in 2012, when the economy shrank by 7.3%, and did not find
			// another until 2016": the when-clause closed before the later date, which is
			// the main clause's; the clause is the date's before it (blind round 65)
			i = d
		}
		if s.eventYearDate(i) {
			return timex.Expr{Reason: reasonEventYear}, true
		}
		if s.startOfChange(k, r, events) && s.undatedStart(k) && s.eLast[i] < s.qFirst[k] {
			// "In March, inflation rose from 2.8% to 3.0%", "In 1995 inflation jumped from
			// 7.0% to 35%": the clause's date is the change's and the level it reached; the
			// level it started from is of the period before, a month's or a year's, which
			// is not said (as with "from 4.0% to 4.4% in 2024")
			return timex.Expr{Reason: reasonStartOfChange}, true
		}
		if s.midSpanFigure(k, i) {
			// "Between 2021 and 2023, inflation went from 5.1% to 14.4% and then eased to
			// 11.4%": a point within the range, not its last year's (mid_span.go)
			return timex.Expr{Reason: "a figure reached within a range of years before a later one, not the range's last year's"}, true
		}
		if j := s.rangeEndReached(k, r, i); j >= 0 {
			// "was increased fourteen times from December 2021 to August 2023, reaching
			// 5.25%": the level the range ends at, of its end (blind round 120: read as
			// December 2021's, and flagged)
			return s.exprs[j], true
		}
		return s.exprs[i], true
	}
	if s.undatedWhenAntecedent(from, r) {
		// "recovering part of the ground lost in the first year of Russia's full-scale
		// invasion, when output collapsed by 29.1 percent": the time of that phrase, which
		// the text gives no date of; not the main clause's year (blind round 87)
		return timex.Expr{Reason: "the time of a phrase a when-clause hangs on, which the text gives no date of"}, true
	}
	if d := s.frontedDateBeforeApposition(from); d >= 0 {
		return s.exprs[d], true // "In January 2025, the month Trump took office, the rate was 3.0%"
	}
	// an infinitive of result has the date of the movement it ends: "fell 44,100 in February,
	// to total 3.07 mln or 11.1 pct"
	if r.vg >= 0 {
		if m := s.resultMatrix(r.vg); m >= 0 {
			for j := range s.quants {
				if jr := s.readings[j]; j != k && jr != nil && jr.vg == m && jr.measure != nil {
					if i := s.ownDate(j, jr); i >= 0 {
						return s.exprs[i], true
					}
				}
			}
		}
	}
	// a result given after a comma has the date of the movement before it: "rose 23,000 in
	// May to 2.23 mln, for a jobless rate of 8.9 pct", "..., giving a jobless rate of 8.9 pct"
	if f := s.resultAfterComma(r); f >= 0 {
		{
			for j := k - 1; j >= 0; j-- {
				if jr := s.readings[j]; jr != nil && jr.measure != nil && jr.compared < 0 && s.qLast[j] < f {
					if i := s.ownDate(j, jr); i >= 0 {
						return s.exprs[i], true
					}
				}
			}
		}
	}
	// "since 1974, when GNP contracted 1.4 pct": the clause "when" opens is the date's; not
	// when the clause makes a forecast, which the date only says when it was made ("a forecast
	// made last November, when two pct growth was forecast").
	d := s.whenClauseDate(from, r)
	if d < 0 {
		d = s.whenListDate(from, r) // "remains 1998, when the rouble collapsed, GDP fell 5.3 per cent"
	}
	if d >= 0 {
		if s.modifiesOtherNoun(d) {
			// "since the 2008 crisis, when output fell 5.7%": an event named by the year it
			// began, whose figures may be the next year's (eventYearDate)
			return timex.Expr{Reason: reasonEventYear}, true
		}
		return s.exprs[d], true // (also "since the 2009 recession, when output fell 5.5%")
	}
	if e, ok := st.undatedPeak(s, k, r); ok {
		return e, true // "Bank Rate was 0.1% in December 2021. It peaked at 5.25%": not December's
	}
	// "growth of nearly eight pct, up from 5.1 pct in 1985": the figure an earlier one is
	// compared with is of the period after it.
	if s.unresolvedAnaphorAfter(k, r) {
		// "Sterling had a strong June. The pound averaged $1.36 over the month, compared with
		// $1.27 in June 2024": the month is one named before that the dates did not read, not
		// the month after the one the figure is set against
		return timex.Expr{Reason: "a period referred back to (\"the month\") that the text names in words not read as a date"}, true
	}
	if e, ok := st.periodBeforeComparison(s, k); ok && !(r.vg >= 0 && s.presentPerfect(r.vg)) && !st.nowLongAfter(s, r, e) {
		if st.endedLongBefore(e) && s.startedFrom(k) {
			// "Portugal's rate fell to 6.3 percent, from more than 17 percent in 2013", written
			// in 2019: a fall from 2013 to any time since, not to 2014 (blind round 227); "after
			// a 0.2% contraction in 2023" tells the year before, and the recovery is the next
			return timex.Expr{Reason: "a figure set against one of " + shiftPeriod(e, -1, false).Period + ", of a time after it that the text does not name"}, true
		}
		if d := st.besideClauseDate(s, k); d >= 0 && s.exprs[d].Period != e.Period {
			// "Swedish inflation was 0.7% in 2025, while growth recovered to 1.5% after a
			// 0.2% contraction in 2023": the year after the contraction, or the year of the
			// clause it is set beside; which is not said
			return timex.Expr{Reason: "the year after the figure it follows, or the year of the clause it is set beside"}, true
		}
		return e, true // not "has fallen to 161% from a peak of 207% in 2020": to now
	}
	// An item of a timeline is of the year that heads it, though its figure refers back:
	// "2020: Britain's economy shrinks 10.3%\n2021: it rebounds 8.6%".
	if r.fromContext {
		if d := s.headingYear(); d >= 0 {
			return s.exprs[d], true
		}
	}
	// A figure that refers back to a sentence with no figure of its own takes that sentence's
	// one period: "Ghana's economy contracted in 2023? No: it grew 2.9%".
	if r.fromContext && (s.pronounPhrase(r.np) || s.figureReferredBack(r.np)) && !st.withinSentences(st.focus.end, s.start, 0) && !s.anteriorToFocus(k, r) && len(st.priorDatesOf(s)) > 0 {
		if p := s.priorDates[0].Period; allSamePeriod(s.priorDates) {
			return timex.Expr{Period: p, Precision: s.priorDates[0].Precision}, true
		}
	}
	if r.fromContext && s.averageOfYearsBefore(st, k, r) {
		// "GDP grew by 8.8 per cent in 2003, ... and 9.0 per cent in 2007. The average is
		// close to 8.7 per cent": the average of those years, not the last one's (blind
		// round 103)
		return timex.Expr{Reason: "an average over the years the sentence before names"}, true
	}
	// A figure that refers back ("the three pct figure", "it rose") takes the period of what
	// it refers to before any date elsewhere in its sentence, but for the one that opens it.
	if r.fromContext {
		if c := s.conjunctOpeningDate(k); c >= 0 {
			// "In 2020 Russia's economy shrank 2.7 percent, ..., and in 2022 it contracted 1.2
			// percent while the EU grew 3.5 percent": the conjunct's year, which opens the
			// clause the while-clause hangs on, not the sentence's (blind round 66)
			return s.exprs[c], true
		}
		if d := s.openingDate(); d >= 0 && s.eLast[d] < s.qFirst[k] && !s.anteriorToFocus(k, r) && !s.earlierWordBefore(k) && !s.semicolonBetween(s.eLast[d], s.qFirst[k]) {
			return s.exprs[d], true // "In 2024 Chile recovered ..., while Argentina shrank 1.3%" (opening_date.go)
		}
		if e, ok := st.focusPeriod(s, k, r); ok {
			return e, true
		}
	}
	if i := s.freeDate(k, r, 0, len(s.words)-1, shares, events); i >= 0 && !s.relativeAsideClosedBefore(k, s.eFirst[i]) {
		if s.eventYearDate(i) {
			return timex.Expr{Reason: reasonEventYear}, true
		}
		return s.exprs[i], true
	}
	// "rose 0.3 pct in February and inflation rose to 2.4 pct": a clause with no date of its
	// own shares the period of the claim before it in the sentence.
	if s.startOfChange(k, r, events) && s.undatedStart(k) {
		// "Output shrank 5.9% in 1995, inflation jumped from 7.0% to 35%": the start of
		// the change is not of the period the claim before it is
		return timex.Expr{Reason: reasonStartOfChange}, true
	}
	if after := s.qLast[k] + 1; r.vg >= 0 && s.pastTense(r.vg) && s.pastYearlyRate(after) != after && s.words[after].date < 0 {
		// (not "a year earlier", "a year ago": a date, which the scanner read)
		// "Indonesia's economy grew 7.5 percent a year under Suharto": a yearly rate over
		// years the text does not name, not the year of another figure or of the sentence
		// before (blind round 99: judged as 1985's growth)
		return timex.Expr{Reason: "a yearly rate over years the text does not name"}, true
	}
	if r.measure.name == "policy_rate" && s.qFirst[k] > 0 && s.words[s.qFirst[k]-1].lower == "from" {
		// "consumer prices rose 9.1 per cent in 2022, and the Bank of England lifted Bank Rate
		// from 0.1 per cent to 5.25 per cent by August 2023": the rate the rises started from,
		// with no date of its clause (a decision's, "cut to 0.1% from 0.25% in March 2020",
		// dates both), was in force before them, not in another figure's year (blind round 145)
		return timex.Expr{Reason: reasonStartOfChange}, true
	}
	for j := k - 1; j >= 0; j-- {
		if pr := s.readings[j]; pr != nil && pr.claimPeriod != "" && pr.compared < 0 && pr.compared != -2 && !blocks(pr.measure) {
			if r.vg >= 0 && s.vgs[r.vg].modal && pr.claimKind != KindForecast {
				continue // "... recorded in 1986, and that the deficit would shrink to 1.5 pct": not 1986's
			}
			if s.outturnAfterForecast(r, pr) {
				continue
			}
			if s.qFirst[j] >= 0 && s.inRelativeAsideBefore(s.qFirst[j], s.qLast[j], s.qFirst[k]) {
				// "Inflation, which averaged 219.9 percent in 2024, has fallen to 30 percent": the
				// aside's figure and period are of another time than the main clause's
				continue
			}
			if s.inValueAsideOfSubject(j, r) {
				continue // "The UK's population, 52.4 million in 1960, has risen to 67 million": the same (blind round 98)
			}
			if s.periodOfMatchedNoun(j, pr.claimPeriod) {
				continue // "matching its 2019 level of 10.5 percent, while inflation was 9.3 percent" (review)
			}
			return timex.Expr{Period: pr.claimPeriod, Precision: periodPrecision(pr.claimPeriod)}, true
		}
	}
	// ... or the date of a figure of something else in the clause before it: "The economy
	// added 336,000 jobs in September and the unemployment rate held at 3.8%"
	// (not for a rate decision beside a figure of something else, nor for a clause in the
	// present perfect: "the claimant count jumped by 69% in April, and the Bank of England has
	// cut Bank Rate to 0.1%" says nothing of when the cut was, which was in March; blind round
	// 94)
	if j := k - 1; j >= 0 && s.qFirst[j] >= 0 && !(r.vg >= 0 && s.presentPerfect(r.vg)) && s.coordinatedClauses(s.qFirst[j], s.qFirst[k]) {
		if pr := s.readings[j]; pr != nil && pr.compared == -1 && !s.outturnAfterForecast(r, pr) && !(r.measure.name == "policy_rate" && pr.measure != r.measure) {
			if d := s.ownDate(j, pr); d >= 0 && !s.periodOfMatchedNoun(j, s.exprs[d].Period) { // (not "matching its 2019 level of 10.5 percent")
				return s.exprs[d], true
			}
		}
	}
	if s.eventOpensBeforeColon(k) {
		// "The 1975 shock was worse: GDP fell by around 11 percent": the time of the event
		// the sentence opened with, which the year it is named by does not give
		// (eventYearDate); not the year the text named before it (blind round 96)
		return timex.Expr{Reason: reasonEventYear}, true
	}
	if e, ok := st.openingOfSentenceBefore(s); ok && (r.vg < 0 || s.pastTense(r.vg)) {
		// "The 1990s were unkind. Growth averaged barely 1.5 percent a year": the decade the
		// sentence before opened with, not the year the text named before it (blind rounds 86
		// and 89); "The 2001 banking crash was the worst of all. GDP fell 5.7 percent": the
		// time of the event it opened with
		return e, true
	}
	if e, ok := st.focusPeriod(s, k, r); ok {
		if e.Period != "" && st.baseLaterThan(s, k, e.Period) {
			return timex.Expr{Reason: reasonBaseLater}, true
		}
		return e, true
	}
	// An exchange rate with no date of its own is a market price quoted as the story is
	// written ("The dollar fell to 153 yen from 154 yen" under a dateline), never a year the
	// sentences before were about: neither rule below gives it one.
	ind := r.indicatorOf(s.quants[k].Unit)
	if ind == "exchange_rate" {
		return st.presentPeriod(s, k, r)
	}
	// the period the text last gave a figure of the same indicator: a list of countries' rates
	// after "Consumer prices rose 0.3 pct in February"; a figure in the present or future tense
	// is this year's instead
	if r.vg < 0 || s.pastTense(r.vg) {
		p := st.lastPeriods[periodKey{ind, st.entityOf(s, k, r)}]
		if p == "" {
			p = st.lastPeriods[periodKey{ind, anyEntity}]
		}
		y := st.yearBefore(s)
		if f := st.frame; y == "" && len(f.period) == 4 && st.withinSentences(f.end, s.start, 0) {
			// the one year the figures of the sentence before were of, whatever spans it
			// also named: "Growth averaged about 6.5 percent between 2012 and 2019, and ...
			// GDP grew by 7.02 percent in 2019. Inflation was 2.8 percent." (blind round 118:
			// read as 2011's, the year a paragraph before gave inflation for)
			y = f.period
		}
		if p != "" && y != "" && yearsApart(y, p) >= 2 {
			// the year the sentence before was about, years after the indicator's last: "The
			// economy shrank by just 1 percent in 2020. Inflation was a meagre 0.5 percent." is
			// 2020's, not the 1980 a paragraph before gave inflation for (blind round 105)
			p = y
		}
		if p != "" && st.baseLaterThan(s, k, p) {
			return timex.Expr{Reason: reasonBaseLater}, true
		}
		if p != "" {
			return timex.Expr{Period: p, Precision: periodPrecision(p)}, true
		}
	}
	// a figure reported in the past with no date goes on with the period the sentence before
	// was about
	if f := st.frame; f.period != "" && r.vg >= 0 && s.pastTense(r.vg) && st.withinSentences(f.end, s.start, 0) {
		if st.baseLaterThan(s, k, f.period) {
			return timex.Expr{Reason: reasonBaseLater}, true
		}
		return timex.Expr{Period: f.period, Precision: periodPrecision(f.period)}, true
	}
	return st.presentPeriod(s, k, r)
}

// nounOfFigureAfter reports a noun phrase after word i whose "of" holds a figure: "the 2010
// pace of 5.1 percent", "its 2008 level of 11.3 percent".
func (s *sentence) nounOfFigureAfter(i int) bool {
	return s.figureOfNounAfter(i) >= 0
}

// figureOfNounAfter returns the figure nounOfFigureAfter finds, or -1.
func (s *sentence) figureOfNounAfter(i int) int {
	ws := s.words
	j := i + 1
	if p := ws[i].np; p >= 0 && s.nps[p].last > i {
		j = s.nps[p].last + 1
	}
	if j+1 < len(ws) && ws[j].lower == "of" && ws[j+1].fig >= 0 {
		return ws[j+1].fig
	}
	return -1
}

// periodOfMatchedNoun reports period p as that of a date of a noun matched, whose figure is j
// ("matching its 2019 level of 10.5 percent"): no period of the sentence's other figures.
func (s *sentence) periodOfMatchedNoun(j int, p string) bool {
	for d := range s.exprs {
		if s.exprs[d].Period == p && s.matchedNounFigure(d) == j {
			return true
		}
	}
	return false
}

// matchedNounFigure returns the figure of the noun a date modifies after a verb of matching
// ("matching its 2019 level of 10.5 percent"), or -1: the date is that figure's alone.
func (s *sentence) matchedNounFigure(d int) int {
	j := s.eFirst[d] - 1
	for j >= 0 && s.words[j].tag == tagDet {
		j--
	}
	if j < 0 {
		return -1
	}
	if matchingVerb(s.words[j].lower) {
		return s.figureOfNounAfter(s.eLast[d])
	}
	return -1
}

// matchingVerb reports a verb that says a figure equals another's: "matching its 2022 pace".
func matchingVerb(w string) bool {
	switch w {
	case "matching", "matched", "equalling", "equaling", "equalled", "equaled", "mirroring", "repeating":
		return true
	}
	return false
}

// verbOrFigureIn reports a verb or a figure among words [from, to).
func (s *sentence) verbOrFigureIn(from, to int) bool {
	for i := from; i < to; i++ {
		if s.words[i].vg >= 0 || s.words[i].fig >= 0 {
			return true
		}
	}
	return false
}

// relativeAsideClosedBefore reports figure k in a relative clause set off by commas (", which
// had been around 2% in the bubble years,") that closes before word at.
func (s *sentence) relativeAsideClosedBefore(k, at int) bool {
	ws := s.words
	if at <= s.qLast[k] {
		return false
	}
	wh := -1
	for i := s.qFirst[k] - 1; i >= 1; i-- {
		if ws[i].lower == "," || ws[i].fig >= 0 {
			return false
		}
		if ws[i].tag == tagWh && ws[i].lower != "that" {
			wh = i
			break
		}
	}
	if wh < 1 || ws[wh-1].lower != "," {
		return false
	}
	for i := s.qLast[k] + 1; i < at; i++ {
		if ws[i].lower == "," {
			j := i + 1
			for j < at && ws[j].tag == tagAdv && ws[j].vg < 0 {
				j++ // ", subsequently contracted", ", steadily fell"
			}
			if j < at && ws[j].vg >= 0 {
				return true // the main clause's verb after the aside: ", rose to 5.5%"
			}
		}
		if ws[i].fig >= 0 || ws[i].lower == ";" {
			return false // (not an apposition inside the aside: "which was 6.4%, down from 6.5%, in January")
		}
	}
	return false
}

// reasonBaseLater is the reason of a figure whose sentence measures it against a time later
// than the period it would be carried to.
const reasonBaseLater = "measured against a time later than the period the text was last about"

// baseLaterThan reports that sentence s sets its figures against a base of comparison in a
// year after period p's ("Measured against the fourth quarter of 2019, output was still down
// 2.5 percent", "down 3% compared with 2019"): a figure measured from a base is of a time after
// it, so not of p, a period carried from another sentence (blind round 174: "In 2009, ...
// output fell 2.5 percent" two paragraphs before gave it 2009's and it was flagged).
//
// The base is figure k's: in its clause, with no other figure between the two, and a time of
// its own, not a date that modifies a noun ("against 2019 forecasts of 10.4"): "Unemployment
// averaged 5.7 percent, though prices have risen 18 percent since 2020" keeps the year carried
// to its first figure (review of blind round 174's rule).
func (st *articleState) baseLaterThan(s *sentence, k int, p string) bool {
	year, ok := periodYear(p)
	if !ok || s.qFirst[k] < 0 {
		return false
	}
	from, to := s.clauseOf(s.qFirst[k])
	for d, e := range s.exprs {
		by, ok := periodYear(e.Period)
		fronted := s.eLast[d] < from && from >= 1 && s.words[from-1].lower == "," && !s.verbOrFigureIn(s.eLast[d]+1, from-1) // "Compared with the fourth quarter of 2019, output ...", "Compared with 2020 levels, output ..."
		if !ok || by <= year || e.Start < s.start || e.End > s.end || (s.eFirst[d] < from && !fronted) || s.eLast[d] > to || !s.baseOfComparison(st.art.Text, d) {
			continue
		}
		if n := s.eLast[d] + 1; n < len(s.words) && s.cueIs(n, catForecast) {
			continue // "against 2020 forecasts of 10.4": a forecast's date; "2020 levels" is a base
		}
		lo, hi := min(s.eLast[d], s.qLast[k]), max(s.eFirst[d], s.qFirst[k])
		if s.figureIn(lo, hi, k) {
			continue
		}
		return true
	}
	return false
}

// baseOfComparison reports date d introduced as a base of comparison: after "than", "since",
// "from", "over", "against" (baseWordBefore) or "compared with", "relative to".
func (s *sentence) baseOfComparison(text string, d int) bool {
	if baseWordBefore(text, s.exprs[d].Start) {
		return true
	}
	i := s.eFirst[d] - 1
	for i >= 0 && (s.words[i].tag == tagDet || s.words[i].lower == "in") {
		i--
	}
	if i < 1 {
		return false
	}
	switch s.words[i].lower {
	case "with", "to":
		switch s.words[i-1].lower {
		case "compared", "comparison", "relative", "measured", "set":
			return true
		}
	}
	return false
}

// perfectAfterPastYear reports figure k (read as r) that a verb of movement in the present
// perfect reaches, the latest level, given period p from outside its own sentence's dates (a
// figure before it, the sentence or paragraph before), p a whole year before the year of
// publication: "The economy grew by 1.4% in 2017, and unemployment has fallen to 19.5%", in
// August 2018, is no rate of 2017 (blind round 132: flagged against 2017's 21.5%), nor of the
// year a paragraph before gave unemployment for. A month or a quarter may be the latest data
// ("Prices rose 0.3 pct in February, and the annual rate has climbed to 2.4 pct"), and the
// year of publication too; a state held ("inflation has hovered around 12%", "has stayed
// around 3 per cent") spans the years before now, the year named among them.
func (st *articleState) perfectAfterPastYear(s *sentence, k int, r *reading, p string) bool {
	if r.vg < 0 || r.role != roleValue || len(p) != 4 || st.art.Published.IsZero() || !s.presentPerfect(r.vg) || s.verbChange(r.vg) == 0 {
		return false
	}
	if s.qFirst[k] < s.vgs[r.vg].last {
		return false // a level before the verb: "inflation, the highest in the EU at 17.6 percent, has begun to ease"
	}
	y, err := strconv.Atoi(p)
	return err == nil && y < st.art.Published.Year()
}

// rangeEndReached returns the date that ends a range of dates whose start is date i ("from
// December 2021 to August 2023", "between December 2021 and August 2023"), when figure k comes
// after the range as the level a verb of reaching leaves ("reaching 5.25%", "taking Bank Rate
// to 5.25%", "leaving it at 5.25%"); or -1.
func (s *sentence) rangeEndReached(k int, r *reading, i int) int {
	ws := s.words
	f, l := s.eFirst[i], s.eLast[i]
	if f == 0 || l+2 >= len(ws) || s.qFirst[k] <= l+2 {
		return -1
	}
	switch ws[f-1].lower {
	case "from":
		if ws[l+1].lower != "to" && ws[l+1].lower != "until" && ws[l+1].lower != "through" {
			return -1
		}
	case "between":
		if ws[l+1].lower != "and" {
			return -1
		}
	default:
		return -1
	}
	j := ws[l+2].date
	if j < 0 || s.eFirst[j] != l+2 || s.exprs[j].Precision != s.exprs[i].Precision || s.eLast[j] >= s.qFirst[k] {
		return -1
	}
	if !s.reachedLevel(r) {
		return -1
	}
	return j
}

// reachedLevel reports a level that a verb of reaching leaves: "reaching 5.25%", "taking Bank
// Rate to 5.25%", "bringing it to", "pushing it to", "ending the year at". Not "left at", which
// says a rate was held ("left Bank Rate at 5.25% from August 2023 until ..."), nor an amount of
// change ("lifting it by 0.25 points").
func (s *sentence) reachedLevel(r *reading) bool {
	if r.vg < 0 || r.role != roleValue {
		return false
	}
	h := &s.words[s.vgs[r.vg].head]
	return h.hasLemma("reach") || h.hasLemma("take") || h.hasLemma("bring") || h.hasLemma("push") || h.hasLemma("lift") || h.hasLemma("end")
}

// insteadReach bounds the words before a figure read for "instead" or "in the event".
const insteadReach = 8

// forecastInsteadOf returns the forecast of the sentence, before figure k, that k's clause
// says came out otherwise ("instead", "in the event"), when its period is known; or -1.
func (s *sentence) forecastInsteadOf(k int) int {
	ws := s.words
	from, _ := s.clauseOf(s.qFirst[k])
	instead := false
	// (a few words before the figure, not the whole clause: every figure asks)
	for i := s.qFirst[k] - 1; i >= from && i >= s.qFirst[k]-insteadReach; i-- {
		if ws[i].lower == "instead" || ws[i].lower == "event" && i >= 2 && ws[i-1].lower == "the" && ws[i-2].lower == "in" && (i+1 >= len(ws) || ws[i+1].lower != "of") {
			// (not "in the event of a slump", a condition)
			instead = true
			break
		}
	}
	if !instead {
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if r := s.readings[j]; r != nil && r.claimKind == KindForecast && r.claimPeriod != "" && !severalPeriods(r.claimPeriod) {
			return j
		}
	}
	return -1
}

// comparedPlaceRelative returns the figure before a comparison ("than", "compared with") whose
// other term is a place that a relative clause holding figure k is on ("2.2 per cent in 2020,
// a much shallower recession than in the United Kingdom, where output fell about 11 per
// cent"), or -1.
func (s *sentence) comparedPlaceRelative(k int) int {
	a := s.relativeAntecedent(k)
	if a < 0 || !s.namesPlace(a) {
		return -1
	}
	ws := s.words
	i := s.nps[a].first - 1
	if i >= 0 && ws[i].tag == tagPrep {
		i-- // "than in the United Kingdom"
	}
	switch {
	case i >= 0 && ws[i].lower == "than":
	case i >= 1 && (ws[i].lower == "with" || ws[i].lower == "to") && ws[i-1].lower == "compared":
		i--
	default:
		return -1
	}
	for j := k - 1; j >= 0; j-- {
		if s.qLast[j] < i && s.readings[j] != nil && s.readings[j].measure != nil {
			return j
		}
	}
	return -1
}

// yearBefore returns the one year that all the dates of the sentence before s are of ("in May
// 2020 ... in 2020": 2020), or "".
func (st *articleState) yearBefore(s *sentence) string {
	one, _ := st.priorYears(s)
	return one
}

// severalYearsBefore reports a sentence before s that names two years or more.
func (st *articleState) severalYearsBefore(s *sentence) bool {
	_, several := st.priorYears(s)
	return several
}

// priorYears reads the years of the dates of the sentence before s: one, the year they are
// all of ("" when one has no year or two differ), and several, two years or more among them.
func (st *articleState) priorYears(s *sentence) (one string, several bool) {
	all := true
	for _, e := range st.priorDatesOf(s) {
		if len(e.Period) < 4 {
			all = false
			continue
		}
		switch y := e.Period[:4]; {
		case one == "":
			one = y
		case y != one:
			several = true
		}
	}
	if !all || several {
		return "", several
	}
	return one, false
}

// yearsApart returns how many years period a is after period b, by their years (0 when either
// has none).
func yearsApart(a, b string) int {
	ya, okA := periodYear(a)
	yb, okB := periodYear(b)
	if !okA || !okB {
		return 0
	}
	return ya - yb
}

// periodYear returns the year a period starts with ("2020", "2020-05", "2019/2021").
func periodYear(p string) (int, bool) {
	if len(p) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(p[:4])
	return y, err == nil
}

// participleAfterFigure reports a participle right after figure k, the verb of a reduced
// relative clause that says when the figure was reached: "the 17 percent reached in November
// 1979", "the 13.5 percent recorded in 1980".
func (s *sentence) participleAfterFigure(k int) bool {
	return s.participleAt(s.qLast[k] + 1)
}

// participleAt reports a past form at word j that is a verb group of its own: the verb of a
// reduced relative clause ("reached", "recorded") where a noun phrase ends before it.
func (s *sentence) participleAt(j int) bool {
	if j >= len(s.words) {
		return false
	}
	v := s.words[j].vg
	return v >= 0 && s.vgs[v].first == j && s.vgs[v].last == j && s.words[j].past
}

// yearOfAName reports a bare year that ends a name, after a capitalised word that is no
// month, no place and no date: "Agenda 2010", "Vision 2030", "Expo 2020", "Horizon 2020". It
// names a programme or an event, not the time of a figure beside it. The name of a count or a
// publication is dated by its year ("Census 2011", "World Population Prospects 2022").
func (s *sentence) yearOfAName(d int) bool {
	f := s.eFirst[d]
	if f < 2 || s.eLast[d] != f || s.exprs[d].Precision != timex.Year {
		return false
	}
	w := &s.words[f-1]
	return w.tag == tagProper && w.ent < 0 && w.date < 0 && w.fig < 0 && unicode.IsUpper(firstRune(w.text)) && !s.capsLine && !datedPublications[w.lower]
}

// datedPublications are the nouns that end the name of a count or a publication its year
// dates: "Census 2011", "Labour Force Survey 2023", "World Economic Outlook 2024".
var datedPublications = map[string]bool{"census": true, "survey": true, "prospects": true, "outlook": true, "report": true,
	"yearbook": true, "review": true, "estimates": true, "budget": true, "accounts": true, "statistics": true, "index": true}

// inValueAsideOfSubject reports figure j inside an aside set off by commas that ends right
// before the verb of reading r, a change or a present perfect: "The UK's population, 52.4
// million in 1960, has risen to 67 million", "Turkey's inflation, once 10 per cent, fell to 2
// per cent". The aside gives the subject's value at another time than the verb's.
func (s *sentence) inValueAsideOfSubject(j int, r *reading) bool {
	if r.vg < 0 || s.qFirst[j] < 0 {
		return false
	}
	if !s.presentPerfect(r.vg) && r.role != roleChange {
		// (a state the aside gives the subject's value for: "Inflation in Hungary, at 4.4%
		// in 2025, was well above the Czech rate of 2.5%" is of 2025 throughout)
		return false
	}
	c := s.vgs[r.vg].first - 1
	if c < 1 || s.words[c].lower != "," || s.qLast[j] >= c {
		return false
	}
	// (an aside that opens with the figure, or a word of time before it; not a movement of
	// the same time, "Consumer prices in Germany, up 0.3% in May 1985, were 3.1% higher")
	open := s.parenthesisStart(c)
	return open >= 0 && open < s.qFirst[j] && (s.qFirst[j] == open+1 || s.modifiedValueApposition(open, c))
}

// conjunctOpeningDate returns the last year before figure k that opens a later conjunct of the
// sentence ("..., and in 2022 it contracted"), after its opening date, with no figure of its
// own between it and k's clause but the conjunct's; or -1.
func (s *sentence) conjunctOpeningDate(k int) int {
	o := s.openingDate()
	if o < 0 || s.qFirst[k] < 0 {
		return -1
	}
	for d := len(s.exprs) - 1; d > o; d-- {
		f := s.eFirst[d]
		if s.eLast[d] >= s.qFirst[k] || f < 3 || s.exprs[d].Period == "" {
			continue
		}
		if s.words[f-1].lower == "in" && s.words[f-2].lower == "and" && s.words[f-3].lower == "," {
			return d
		}
	}
	return -1
}

// datesOtherWhenClause reports a date [f, l] that a when-clause follows ("the pandemic year
// 2020, when output fell"), when figure k stands outside that clause. A date after a
// preposition frames the clauses after it as well ("In 2020, when borders closed, output fell
// 6.1%", "By January 2025, when the administration changed hands, inflation was 3.0%").
func (s *sentence) datesOtherWhenClause(k, f, l int) bool {
	if f > 0 && s.words[f-1].tag == tagPrep {
		return false
	}
	w := l + 1
	if w < len(s.words) && s.words[w].lower == "," {
		w++
	}
	if w+1 >= len(s.words) || s.words[w].lower != "when" {
		return false
	}
	cf, ct := s.clauseOf(w + 1)
	return s.qFirst[k] < cf || s.qFirst[k] > ct
}

// whenClauseClosedBefore reports a comma between the start of the when-clause at from and word
// at: the clause closed, and what follows it is the main clause's.
func (s *sentence) whenClauseClosedBefore(from, at int) bool {
	for i := from; i < at; i++ {
		if s.words[i].lower == "," {
			return true
		}
	}
	return false
}

// whenAntecedentEnd returns the last word of what the clause starting at word from hangs on
// when "when" opens it (past a comma: "in 1998, when ..."), or -1: when no "when" opens it, or
// when the clause makes a forecast, which the words before only say when it was made.
func (s *sentence) whenAntecedentEnd(from int, r *reading) int {
	if from < 2 || s.words[from-1].lower != "when" || r.vg >= 0 && s.projects(r.vg) {
		return -1
	}
	d := from - 2
	if d >= 0 && s.words[d].lower == "," {
		d--
	}
	return d
}

// whenClauseDate returns the date expression right before the clause that starts at word
// from when "when" opens it ("since 1974, when GNP contracted 1.4 pct", "in March 2020, when
// the Bank cut it from 0.25% to 0.1%"): the clause is that date's. Not when the clause makes a
// forecast, which the date only says when it was made ("a forecast made last November, when
// two pct growth was forecast"). -1 when there is none.
func (s *sentence) whenClauseDate(from int, r *reading) int {
	d := s.whenAntecedentEnd(from, r)
	if d >= 0 && s.words[d].date >= 0 {
		return s.words[d].date
	}
	// the date of the phrase the clause is about: "the 2009 recession, when output fell 5.5%"
	if d >= 0 {
		if p := s.words[d].np; p >= 0 && s.nps[p].last == d {
			for i := s.nps[p].first; i < d; i++ {
				if e := s.words[i].date; e >= 0 && s.exprs[e].Precision == timex.Year {
					return e
				}
			}
		}
		return s.yearApposedBefore(d)
	}
	return -1
}

// yearApposedBefore returns the year that a phrase of time ending at word d is set in
// apposition to, over the "of" phrases and coordinations it holds: "1992, the year of drought
// and political transition when output fell 2.1%" (blind round 101: read as 2009, the year of
// the when-clause before it). -1 when there is none.
func (s *sentence) yearApposedBefore(d int) int {
	ws := s.words
	for i := d; i >= 2 && d-i <= 10; i-- {
		w := &ws[i]
		if w.np >= 0 && s.nps[w.np].first == i && timeNoun(ws[s.nps[w.np].head].lower) {
			f := i
			if ws[f-1].lower == "," {
				if e := ws[f-2].date; e >= 0 && s.eLast[e] == f-2 && s.exprs[e].Precision == timex.Year {
					return e
				}
			}
			return -1
		}
		if w.tag != tagNoun && w.tag != tagAdj && w.tag != tagDet && w.lower != "of" && w.lower != "and" {
			return -1
		}
	}
	return -1
}

// whenListDate returns the date of a when-clause that a list of clauses goes on, for a clause
// starting at word from that follows it after a comma or "and": "Russia's worst modern crisis
// remains 1998, when the rouble collapsed, GDP fell 5.3 per cent and inflation jumped to 27.7
// per cent" (blind round 90: both figures were judged as 2023's). A when-clause after the date
// it is of ends its sentence's main clause, and the clauses after it are more of what happened
// then. -1 when there is none.
func (s *sentence) whenListDate(from int, r *reading) int {
	ws := s.words
	for n := 0; n < 4 && from >= 3; n++ {
		sep := from - 1
		switch ws[sep].lower {
		case "and":
			if ws[sep-1].lower == "," {
				sep--
			}
		case ",":
		default:
			return -1
		}
		prev, _ := s.clauseOf(sep - 1)
		if prev < 2 || prev >= from {
			return -1
		}
		if ws[prev-1].lower == "when" {
			return s.whenClauseDate(prev, r)
		}
		from = prev
	}
	return -1
}

// undatedWhenAntecedent reports a clause starting at word from that "when" opens after a phrase
// of time with no date: the object of a preposition ("in the first year of Russia's full-scale
// invasion, when output collapsed", "during the crisis, when output fell"), none of whose
// chain of "of" phrases holds a date. whenClauseDate finds none, and the clause is of that
// time, not of the year the main clause names.
func (s *sentence) undatedWhenAntecedent(from int, r *reading) bool {
	ws := s.words
	d := s.whenAntecedentEnd(from, r)
	// back through the chain of noun phrases joined by "of" to the preposition that governs it
	found := false // a time or an event among them
	for n := 0; d >= 0 && n < 4; n++ {
		p := ws[d].np
		if p < 0 || s.nps[p].last != d {
			return false
		}
		for i := s.nps[p].first; i <= d; i++ {
			if ws[i].date >= 0 || ws[i].fig >= 0 {
				return false
			}
		}
		b := s.nps[p].first - 1
		if b < 0 {
			return false
		}
		head := ws[s.nps[p].head].lower
		timeOrEvent := (timeNoun(head) || periodPart(head) || eventNoun(head)) && head != "time"
		for i := s.nps[p].first; i < s.nps[p].head; i++ {
			if ws[i].lower == "same" {
				timeOrEvent = false // "in the same year, when": the main clause's time
			}
		}
		switch ws[b].lower {
		case "of":
			d = b - 1
			if timeOrEvent {
				found = true
			}
			continue
		case "in", "during", "amid", "amidst", "throughout", "at":
			return found || timeOrEvent // "in the first year of Russia's invasion", not "in Argentina" or "at a time"
		}
		return false
	}
	return false
}

// unresolvedAnaphorAfter reports, right after figure k and its phrase, a period phrase that
// refers back ("in the month", "over the quarter") and that the date scanner
// found no antecedent for (timex's atBareAnaphor adds nothing then): the figure's period is
// the one the words refer to, which is not known, so no other date may stand in for it.
func (s *sentence) unresolvedAnaphorAfter(k int, r *reading) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if p := ws[s.qFirst[k]].np; p >= 0 {
		i = max(i, s.nps[p].last+1)
	}
	if i+2 >= len(ws) || ws[i].tag != tagPrep || ws[i+1].lower != "the" || ws[i+1].date >= 0 || ws[i+2].date >= 0 {
		return false
	}
	switch ws[i].lower {
	case "in", "over", "for", "during":
	default:
		return false
	}
	// (not "the year": a year set against the year before is the usual comparison, and "grew
	// 2.8% for the year, up from 2.5% in 2023" is 2024's; a month or a quarter is as often set
	// against the same one a year earlier)
	switch ws[i+2].lower {
	case "month", "quarter":
	default:
		return false
	}
	// only a phrase that ends there refers back: not "in the year to March", "the month before"
	return i+3 == len(ws) || ws[i+3].punct
}

// periodBeforeComparison finds a later figure of the sentence given in comparison with figure
// k that has a date of its own, and returns the period after it.
func (st *articleState) periodBeforeComparison(s *sentence, k int) (timex.Expr, bool) {
	for j := k + 1; j < len(s.quants) && j <= k+2; j++ {
		r := st.figureReading(s, j)
		if r == nil || r.compared != k {
			continue
		}
		if d := s.ownDate(j, r); d >= 0 && s.exprs[d].Period != "" {
			if r.revised {
				return s.exprs[d], true
			}
			if s.targetPhrase(j, r) >= 0 || st.ownProjection(s, j) {
				// "6% compared with the government's 5% target for 2024": a target or a
				// forecast its own words name is of the period it names, which the figure set
				// against it is of too, not the period after an outturn
				continue
			}
			e := shiftPeriod(s.exprs[d], 1, false)
			return e, e.Period != ""
		}
	}
	return timex.Expr{}, false
}

// nowLongAfter reports a figure stated in the present ("is 3.9%", "now stands at") set
// against one of a period that ended long before the text was written (a year and more
// before the period after it): "Unemployment is 3.9%, compared with 8.1% in 2010", written in
// 2019, is 2019's rate, not 2011's.
func (st *articleState) nowLongAfter(s *sentence, r *reading, after timex.Expr) bool {
	if r.vg < 0 || !(s.presentState(r.vg) || s.presentLevelPassive(r.vg)) || s.presentPerfect(r.vg) || st.art.Published.IsZero() {
		return false
	}
	return st.endedLongBefore(after)
}

// presentLevelPassive reports a present passive that puts a level "at" a figure, "is estimated
// at", "is put at": a level stated now (blind round 222: "its population is now estimated at
// about 1.46 billion, against 1.32 billion in 2016", written in 2026, was read as 2017's).
func (s *sentence) presentLevelPassive(g int) bool {
	v := s.vgs[g]
	if !v.passive || v.modal || s.projects(g) || v.last+1 >= len(s.words) || s.words[v.last+1].lower != "at" {
		return false
	}
	for j := v.first; j <= v.last; j++ {
		if w := s.words[j].lower; w == "is" || w == "are" {
			return true
		}
	}
	return false
}

// startedFrom reports the figure after figure k as the level a change to k started from: "fell
// to 6.3 percent, from 17 percent in 2013", "6.3 percent, down from 17 percent".
func (s *sentence) startedFrom(k int) bool {
	if k+1 >= len(s.quants) {
		return false
	}
	f := s.phraseStart(s.qFirst[k+1]) - 1
	if f <= s.qLast[k] || s.words[f].lower != "from" {
		return false
	}
	for i := s.qLast[k] + 1; i < f; i++ {
		if w := s.words[i].lower; w != "," && w != "up" && w != "down" {
			return false
		}
	}
	return true
}

// endedLongBefore reports period e over more than a year before the article appeared: the
// period after a figure's base, so named, is of a wire story written within the year after it,
// not of a retrospective written years on.
func (st *articleState) endedLongBefore(e timex.Expr) bool {
	end, ok := periodEnd(e.Period)
	return ok && !st.art.Published.IsZero() && st.art.Published.After(end.AddDate(1, 0, 0))
}

// pairedWith reports figure b right after figure a, joined only by a comparison word: "to
// 4.0% from 4.4%", "1.5% from 2.0%".
func (s *sentence) pairedWith(a, b int) bool {
	if b != a+1 {
		return false
	}
	n := 0
	for t := s.qLast[a] + 1; t < s.qFirst[b]; t++ {
		if s.words[t].date >= 0 || s.words[t].vg >= 0 {
			return false
		}
		n++
	}
	return n <= 4
}

// periodOfClaim returns the period of the claim made of figure j.
func (s *sentence) periodOfClaim(j int) (timex.Expr, bool) {
	r := s.readings[j]
	if r == nil || r.claimPeriod == "" {
		return timex.Expr{}, false
	}
	return timex.Expr{Period: r.claimPeriod, Precision: periodPrecision(r.claimPeriod), Explicit: r.claimExplicit}, true
}

// ownDate returns the date expression that belongs to figure k: inside its phrase or its
// measure's phrase, or right after the figure or its measure. -1 when there is none.
func (s *sentence) ownDate(k int, r *reading) int {
	ws := s.words
	if f := s.qFirst[k]; f >= 3 && ws[f-1].lower == ":" {
		// "(2024: 22.9%)": the bracket's label is the figure's year
		if d := ws[f-2].date; d >= 0 && s.eLast[d] == f-2 && s.eFirst[d] >= 1 && ws[s.eFirst[d]-1].lower == "(" {
			return d
		}
	}
	// "January's record rate of 16.8 pct", "a 0.7 pct January gain": a date inside the
	// figure's own phrase is its period, whatever preposition stands before the phrase.
	if d := s.dateInPhrase(ws[s.qFirst[k]].np, true, r); d >= 0 {
		return d
	}
	// Right after the figure, its unit and the noun it modifies: "0.4 pct in February",
	// "1.3 pct last year", "4.8 pct growth in the first quarter".
	after := s.qLast[k]
	if p := ws[s.qFirst[k]].np; p >= 0 {
		after = max(after, s.nps[p].last)
	}
	if d := s.dateAfter(after); d >= 0 && !(r.compared >= 0 && relativeToOther(s.exprs[d], s.words, s.eFirst[d], s.eLast[d])) &&
		(s.exprs[d].Precision != timex.Week || r.measure.name == "policy_rate") && !s.dateOfAct(s.eFirst[d]) {
		// a week dates a rate decision, not a month's or a year's figure; "the 0.8 pct
		// estimated last month" says when the estimate was made
		return d
	}
	// past the comma that closes an apposition: "from 671,400, or 8.9 per cent, in January"
	if r.apposed >= 0 && after+1 < len(ws) && ws[after+1].lower == "," {
		if d := s.dateAfter(after + 1); d >= 0 && !(r.compared >= 0 && relativeToOther(s.exprs[d], s.words, s.eFirst[d], s.eLast[d])) {
			return d
		}
	}
	if f := s.phraseStart(s.qFirst[k]); f > 1 && s.words[f-1].lower == "of" {
		// the amount of a change noun whose phrase a year modifies: "the weakest since the
		// 2022 contraction of 1.2%" is 2022's, given in comparison or not (attack round 22);
		// and the value of the measure's own phrase: "the 2024 rate of 2.2 percent" (blind
		// round 76: dated by another year of the sentence)
		if owner := s.ofOwner(f - 1); owner >= 0 && s.nps[owner].head < f-1 && (s.cueIs(s.nps[owner].head, catChange) || owner == r.np) {
			if d := s.dateInPhrase(owner, true, r); d >= 0 && s.exprs[d].Precision == timex.Year {
				return d
			}
		}
	}
	if d := s.datedPhraseBeforeParenthesis(k, r); d >= 0 {
		return d // "Scholz is correct on 2022 inflation (6.9 percent, national CPI)": 2022's
	}
	if r.compared >= 0 {
		return -1 // a compared figure takes no date of its measure's phrase
	}
	if d := s.conjunctDate(k); d >= 0 {
		// "Italy's growth in 2008 was 3.2% and in 2024 just 0.5%": the gapped clause's own
		// year, not the year of the subject it borrows (attack round 21)
		return d
	}
	if d := s.dateInPhrase(r.np, false, r); d >= 0 {
		return d
	}
	if r.np >= 0 {
		if d := s.dateAfter(s.nps[r.np].last); d >= 0 {
			if n := s.dateBetween(d, k); n >= 0 {
				// "cut Bank Rate in February and, on 18 December, to 3.75 per cent": the
				// measure's date is of the first conjunct, the figure's the one right before
				// it (blind round 254: judged as February's)
				return n
			}
			return d
		}
	}
	return -1
}

// dateBetween returns a date of the sentence after date d and before figure k, in its clause,
// that is no base of a comparison, with only commas and a preposition between it and the
// figure ("and, on 18 December, to 3.75 per cent", "and then, in December, to 3.75%"), or -1. A date
// further from the figure may be an aside ("The deficit for fiscal 2025, which ended Sept. 30,
// was ... 5.9% of GDP") or a part of d's phrase ("July-May FY23"), and is passed over.
func (s *sentence) dateBetween(d, k int) int {
	first := s.qFirst[k]
	from, _ := s.clauseOf(first)
	found := -1
	for i := range s.exprs {
		if s.eFirst[i] > s.eLast[d] && s.eLast[i] < first && s.eFirst[i] >= from && !s.isBaseDate(i) {
			found = i
		}
	}
	if found < 0 || s.dateOfAct(s.eFirst[found]) {
		return -1
	}
	// a date of a conjunct of its own, after "and" or a comma: "in February and, on 18
	// December, to 3.75 per cent", "5.11% growth in 2025, first-quarter 2026 at 4.9%"; not one
	// of the act that reports the figure ("growth for 2024 was revised in March to 2.8%",
	// review)
	conjunct := false
	for j := s.eLast[d] + 1; j < s.eFirst[found]; j++ {
		conjunct = conjunct || s.words[j].lower == "and" || s.words[j].lower == ","
	}
	if !conjunct {
		return -1
	}
	for j := s.eLast[found] + 1; j < first; j++ {
		switch s.words[j].lower {
		case ",", "to", "at", "by":
		default:
			return -1
		}
	}
	return found
}

// dateInPhrase returns the first date among the words of noun phrase p (-1 for none) that
// ownDate takes for figure reading r: not when it was made, nor set relative to another
// figure's when r is compared; and, unless the phrase is the figure's own, no base. (A
// method, not a closure built by every call of ownDate: every figure asks.)
func (s *sentence) dateInPhrase(p int, own bool, r *reading) int {
	if p < 0 {
		return -1
	}
	ws := s.words
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		if d := ws[i].date; d >= 0 && (own || !s.isBaseDate(d)) && !(r.compared >= 0 && relativeToOther(s.exprs[d], s.words, s.eFirst[d], s.eLast[d])) {
			if s.whenMade(p, d) {
				continue
			}
			return d
		}
	}
	return -1
}

// datedPhraseBeforeParenthesis returns the year that modifies the measure's phrase a figure
// opening a parenthesis gives the value of ("on 2022 inflation (6.9 percent, national consumer
// price index)", "2022 inflation (6.9%)"), inside the phrase or right before it; else -1.
func (s *sentence) datedPhraseBeforeParenthesis(k int, r *reading) int {
	ws := s.words
	f := s.qFirst[k]
	if r.np < 0 || f < 2 || ws[f-1].lower != "(" || s.nps[r.np].last != f-2 {
		return -1
	}
	if d := s.dateInPhrase(r.np, true, r); d >= 0 && s.exprs[d].Precision == timex.Year {
		return d
	}
	if b := s.nps[r.np].first - 1; b >= 0 {
		if d := ws[b].date; d >= 0 && s.eLast[d] == b && s.eFirst[d] == b && s.exprs[d].Precision == timex.Year {
			return d // (a year the chunker set apart from its noun: "2022 inflation")
		}
	}
	return -1
}

// targetPhrase returns the noun phrase that makes figure k a policy target ("its five pct
// inflation target", "the goal of 2%", "the 2% target set by the central bank"), or -1.
func (s *sentence) targetPhrase(k int, r *reading) int {
	if !s.marked(markTarget) {
		return -1 // most sentences: every figure asks
	}
	candidates := [4]int{r.np, s.words[s.qFirst[k]].np, -1, -1}
	if f := s.phraseStart(s.qFirst[k]); f > 0 && s.words[f-1].lower == "of" {
		candidates[2] = s.ofOwner(f - 1)
	}
	// a phrase in apposition to a target: "gave the central bank a single target, inflation of
	// 0 to 2 percent", "a target: inflation of 2%" (blind round 69: read as 1989's inflation)
	for _, p := range [...]int{candidates[2], r.np} {
		if p < 0 {
			continue
		}
		if f := s.nps[p].first; f >= 2 && (s.words[f-1].lower == "," || s.words[f-1].lower == ":") && s.words[f-2].np >= 0 && s.nps[s.words[f-2].np].last == f-2 &&
			!s.isSubject(p) { // (not a clause after a colon: "its 2-3 per cent target band: headline CPI rose 3.2 per cent")
			candidates[3] = s.words[f-2].np
			break
		}
	}
	for _, p := range candidates {
		if p < 0 {
			continue
		}
		n := s.nps[p]
		h := &s.words[n.head] // its bases looked up once, not once for each noun asked
		switch targetNoun(&h.token) {
		case targetHead:
			return p
		case targetRange:
			// "the central bank's 0-2% target range", "its target band"
			for i := n.first; i < n.head; i++ {
				if s.words[i].hasLemma("target") || s.words[i].hasLemma("goal") {
					return p
				}
			}
		}
	}
	return -1
}

// The nouns that head a phrase of a policy target: the target itself, or a range of it (the
// first outranks the second).
const (
	notTarget = iota
	targetRange
	targetHead
)

// targetNoun says whether t, by its word or one of its bases, names a target ("target",
// "goal", "ceiling") or a range one may be ("range", "band"): a word and its bases read
// once, not once for each noun of the two lists.
func targetNoun(t *token) int {
	kind := targetOf(t.lower)
	for _, b := range t.basesOf() {
		if kind == targetHead {
			break
		}
		kind = max(kind, targetOf(b))
	}
	return kind
}

func targetOf(w string) int {
	switch w {
	case "target", "goal", "objective", "ceiling", "limit", "cap", "threshold":
		return targetHead
	case "range", "band", "corridor":
		return targetRange
	}
	return notTarget
}

// presentPerfect reports a verb group of "has" or "have" and a participle ("has fallen").
func (s *sentence) presentPerfect(g int) bool {
	v := s.vgs[g]
	for j := v.first; j < v.last; j++ {
		if w := s.words[j].lower; w == "has" || w == "have" || w == "'ve" {
			return true
		}
	}
	return false
}

// perfect reports a verb group in a perfect tense: "has been", "had stood", "have remained".
func (s *sentence) perfect(g int) bool {
	v := s.vgs[g]
	for j := v.first; j < v.last; j++ {
		if w := s.words[j].lower; w == "has" || w == "have" || w == "had" || w == "'ve" || w == "'d" {
			return true
		}
	}
	return false
}

// sinceDateAfter returns the date a "since" right after word i opens ("5.25% since August
// 2023"), or -1.
func (s *sentence) sinceDateAfter(i int) int {
	ws := s.words
	j := i + 1
	if j+1 >= len(ws) || ws[j].lower != "since" {
		return -1
	}
	j++
	if ws[j].tag == tagDet {
		j++
	}
	if j < len(ws) && ws[j].date >= 0 {
		return ws[j].date
	}
	return -1
}

// overYearAfter reports "over" and a year written as such right after figure k, ending its
// clause: "grew 1.4 per cent over 2024." ("over 2023 levels" sets it against a level, which
// isBaseDate reads); and "over", "during" or "in" "the course of" a year ("Consumer prices
// rose 41 percent over the course of 2002, though the annual average rate was closer to 26
// percent": through the year, which its average is not; blind round 63).
func (s *sentence) overYearAfter(k int) bool {
	ws := s.words
	j := s.qLast[k] + 1
	if j+1 >= len(ws) {
		return false
	}
	switch ws[j].lower {
	case "over":
	case "during", "in":
	default:
		return false
	}
	if j+4 < len(ws) && ws[j+1].lower == "the" && ws[j+2].lower == "course" && ws[j+3].lower == "of" {
		j += 3
	} else if ws[j].lower != "over" {
		return false
	}
	d := ws[j+1].date
	if d < 0 || s.eFirst[d] != j+1 || !s.exprs[d].Explicit || s.exprs[d].Precision != timex.Year {
		return false
	}
	l := s.eLast[d] + 1
	return l >= len(ws) || ws[l].tag == tagPunct || ws[l].tag == tagCoord
}

// durationAfter reads a span of time right after word i, "for" and a duration ("for a year",
// "for seven years", "for almost two years", "for 12 months", "for a full year"), and returns
// its last word, or -1.
func (s *sentence) durationAfter(i int) int {
	ws := s.words
	j := i + 1
	if j >= len(ws) || ws[j].lower != "for" {
		return -1
	}
	for j++; j < len(ws) && j <= i+7; j++ {
		if ws[j].date >= 0 {
			return -1 // "had risen 3% for the year": a period, the one named before
		}
		if f := ws[j].fig; f >= 0 && f != ws[i].fig {
			if !isDuration(s.quants[f].Unit) {
				return -1
			}
			for j+1 < len(ws) && ws[j+1].fig == f {
				j++
			}
			return j
		}
		switch ws[j].lower {
		case "year", "years", "month", "months", "quarter", "quarters", "decade", "decades", "week", "weeks":
			return j
		case "a", "an", "the", "almost", "nearly", "about", "around", "some", "over", "more", "than", "just", "full", "whole",
			"entire", "past", "last", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many":
			continue
		}
		return -1
	}
	return -1
}

// pluperfect reports a verb group of "had" and a participle ("had been", "had stood"): a state
// that ended before the time the text reports.
func (s *sentence) pluperfect(g int) bool {
	v := s.vgs[g]
	for j := v.first; j < v.last; j++ {
		if s.words[j].lower == "had" {
			return true
		}
	}
	return false
}

// pronounPhrase reports a noun phrase that is a lone pronoun ("it", "they").
func (s *sentence) pronounPhrase(p int) bool {
	return p >= 0 && s.nps[p].first == s.nps[p].last && s.words[s.nps[p].first].tag == tagPron
}

// figureReferredBack reports a noun phrase that refers back to a figure the sentence before
// gave or quoted: "The figure was 2.4%", "The real number was 2.4%", "That estimate".
func (s *sentence) figureReferredBack(p int) bool {
	if p < 0 {
		return false
	}
	n := s.nps[p]
	if !definiteWord(s.words[n.first].lower) {
		return false
	}
	switch s.words[n.head].lower {
	case "figure", "number", "estimate", "reading", "outturn", "print":
	default:
		return false
	}
	for i := n.first; i <= n.last; i++ {
		if w := &s.words[i]; w.ent >= 0 || w.inst >= 0 || w.date >= 0 || w.fig >= 0 || w.tag == tagPoss {
			return false // ("The World Bank's figure is 6.0%": another source's, of its own period)
		}
	}
	// the subject of "was" or "is": "The figure was 2.4%", not "revised the figure to 1.2%"
	for g := range s.vgs {
		if s.subjectOf(g) == p {
			return s.words[s.vgs[g].head].hasLemma("be")
		}
	}
	return false
}

// allSamePeriod reports dates that all name one period.
func allSamePeriod(es []timex.Expr) bool {
	for _, e := range es[1:] {
		if e.Period != es[0].Period {
			return false
		}
	}
	return true
}

// otherCountry reports a figure given in comparison with one of another country ("$30,000 in
// 2004, compared with $40,000 in the US"): the same period, set side by side, not an earlier one.
func (st *articleState) otherCountry(s *sentence, k int, r *reading) bool {
	if r.compared < 0 {
		return false
	}
	base := s.readings[r.compared]
	if base == nil || base.claimEntity == "" && base.claimPeriod == "" {
		// (a base with a period and no country is a speaker's figure set against another
		// country's: "unemployment here averaged 4.3% in 2024, against 7.4% in France";
		// notePeriodOfUnplaced)
		return false
	}
	code := s.entityAfter(s.figurePhraseEnd(k))
	if code == "" {
		code = s.entityInPhrase(s.words[s.qFirst[k]].np)
	}
	if code == "" {
		code = s.comparedParty(k, r)
	}
	if code == "" {
		code = s.ofOwnerEntity(k) // "against a euro-zone average of 0.9%"
	}
	return code != "" && code != base.claimEntity
}

// nationalFigure reports figure k, set against another, as the nation's figure by a word of
// its phrase ("a milder fall than the national decline of 0.5%", "against a nationwide rate of
// 10.4%", "the country's 0.5%"): a part's figure set beside the whole's, of the same period,
// not of the period before as a figure compared over time is.
func (s *sentence) nationalFigure(k int, r *reading) bool {
	ws := s.words
	national := false
	for i := s.qFirst[k] - 1; i >= 0 && i >= s.qFirst[k]-8; i-- {
		switch w := ws[i].lower; w {
		case "national", "nationwide", "countrywide", "nation's":
			national = true
		case "country", "nation":
			national = national || i+1 < len(ws) && ws[i+1].tag == tagPoss
		case "after", "following", "from", "since", "before":
			return false // "fell 0.5% in 2024, after a national decline of 0.3%": the year before
		case "than", "against", "versus", "vs", "compared", "beside", ",", ";":
			return national
		}
	}
	return false
}

// ownTarget reports a target named by figure k's own phrase ("than the government's 6-7%
// target"), not by the phrase of a figure it is compared with, whose reading it shares.
func (s *sentence) ownTarget(k int) bool {
	return s.targetPhrase(k, &reading{np: -1}) >= 0
}

// parallelPeriod reads a list of periods paired in order with a list of figures, as
// parallelEntity does places: after the figures ("grew 6.2%, 2.7% and 3.2% in 2022, 2023 and
// 2024 respectively") or opening the sentence ("In 2022, 2023 and 2024 the economy grew 6.2%,
// 2.7% and 3.2%"). When the periods are two or more but not as many as the figures, which goes
// with which is not said: no figure of the list takes one, where the first would have gone to
// every figure.
func (st *articleState) parallelPeriod(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if r.compared >= 0 || r.compared == -2 || !s.marked(markSeries) {
		return timex.Expr{}, false // most sentences list no periods
	}
	head, pos, n, last := st.listOf(s, k)
	if n < 2 {
		return timex.Expr{}, false
	}
	m, d := s.seriesAfter(s.qLast[last], true, pos)
	if m < 2 && head == 0 && len(s.words) > 1 && seriesPrep(&s.words[0]) {
		m, d = s.seriesAt(1, true, pos)
	}
	if m < 2 {
		// the years before the when-clause the list stands in: "the deep recession of 2015
		// and 2016, when GDP fell 3.5% and 3.3% respectively" (blind round 67: both were
		// 2016's, the date right before "when")
		if from, _ := s.clauseOf(s.qFirst[head]); from >= 2 && s.words[from-1].lower == "when" {
			if start := s.dateSeriesEndingAt(from - 2); start >= 0 {
				m, d = s.seriesAt(start, true, pos)
			}
		}
	}
	if m < 2 && head == 0 {
		// the years a phrase before the list names, with no figure before it: "The recession
		// of 2015 and 2016 was the worst in the country's history, with GDP shrinking by 3.5
		// percent and 3.3 percent" (blind round 118: both were 2016's)
		if end := s.lastDateBefore(s.qFirst[head]); end >= 0 && s.framesListAfter(end, s.qFirst[head]) {
			if start := s.dateSeriesEndingAt(end); start >= 0 {
				m, d = s.seriesAt(start, true, pos)
			}
		}
	}
	if m < 2 {
		// "in the first, second and third quarters of 2024", which the dates do not read
		if q, nth, year := s.quarterSeriesAfter(s.qLast[last], pos); q >= 2 {
			if q != n || year == "" {
				return timex.Expr{Reason: fmt.Sprintf("%d figures given for %d quarters, of a year not said or not paired", n, q)}, true
			}
			return timex.Expr{Period: fmt.Sprintf("%s-Q%d", year, nth), Precision: timex.Quarter, Explicit: true}, true
		}
	}
	switch {
	case m < 2:
		return timex.Expr{}, false
	case m != n:
		return timex.Expr{Reason: fmt.Sprintf("%d figures given for %d periods: which is whose is not said", n, m)}, true
	}
	return s.exprs[d], true
}

// framesListAfter reports the words between a list of years ending at word end and a list of
// figures starting at word at as ones that go on about those years: "was the worst ..., with
// GDP shrinking by", ": GDP shrank", "cost GDP"; not a clause of its own that a subordinator
// opens ("The elections of 2014 and 2018 came as Brazil's GDP shrank by", blind review).
func (s *sentence) framesListAfter(end, at int) bool {
	// (a clause that a comma closes is an aside on the years: "in 2015 and 2016, when this
	// house impeached a president, the economy shrank by 3.5 percent and then 3.3 percent")
	open := false
	for i := end + 1; i < at; i++ {
		switch w := &s.words[i]; {
		case w.lower == ":" || w.lower == "with":
			return true
		case w.lower == ";":
			return false
		case w.tag == tagSub || w.tag == tagWh:
			open = true
		case w.lower == ",":
			open = false
		}
	}
	return !open
}

// lastDateBefore returns the last word of the last date before word i, or -1. (Not
// datedBefore, which goes by the dates and may give one that no word of the sentence holds.)
func (s *sentence) lastDateBefore(i int) int {
	for j := i - 1; j >= 0; j-- {
		if s.words[j].date >= 0 {
			return j
		}
	}
	return -1
}

// dateSeriesEndingAt returns the first word of a list of two or more dates of one precision
// that ends at word i, past a comma ("2015 and 2016,"), or -1.
func (s *sentence) dateSeriesEndingAt(i int) int {
	if i >= 0 && s.words[i].lower == "," {
		i--
	}
	if i < 0 || s.words[i].date < 0 {
		return -1
	}
	d := s.words[i].date
	first, n := s.eFirst[d], 1
	for {
		j := first - 1
		if j < 1 || s.words[j].lower != "and" && s.words[j].lower != "," {
			break
		}
		if s.words[j].lower == "and" && j >= 2 && s.words[j-1].lower == "," {
			j-- // ", and"
		}
		p := s.words[j-1].date
		if p < 0 || s.exprs[p].Precision != s.exprs[d].Precision {
			break
		}
		first, n = s.eFirst[p], n+1
	}
	if n < 2 {
		return -1
	}
	return first
}

// quarterSeriesAfter reads "in the first, second and third quarters of 2024" after word i: how
// many quarters it names, the number of quarter want, and the year (empty when none is named).
func (s *sentence) quarterSeriesAfter(i, want int) (int, int, string) {
	ws := s.words
	j := i + 1
	for j < len(ws) && (ws[j].lower == "respectively" || ws[j].lower == ",") {
		j++
	}
	if j+1 >= len(ws) || !seriesPrep(&ws[j]) || ws[j+1].lower != "the" {
		return 0, 0, ""
	}
	m, nth := 0, 0
	for j += 2; j < len(ws); j++ {
		q := quarterOrdinal(ws[j].lower)
		if q == 0 {
			break
		}
		if m == want {
			nth = q
		}
		m++
		if j+1 < len(ws) && ws[j+1].lower == "," {
			j++
		}
		if j+1 < len(ws) && (ws[j+1].lower == "and" || ws[j+1].lower == "or") {
			j++
		}
	}
	if m < 2 || j >= len(ws) || ws[j].lower != "quarters" {
		return 0, 0, ""
	}
	year := ""
	if j+2 < len(ws) && ws[j+1].lower == "of" && ws[j+2].date >= 0 {
		if e := s.exprs[ws[j+2].date]; e.Precision == timex.Year && len(e.Period) == 4 {
			year = e.Period
		}
	}
	return m, nth, year
}

// quarterOrdinal returns the quarter an ordinal names, or 0.
func quarterOrdinal(w string) int {
	switch w {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth", "final":
		return 4
	}
	return 0
}

// listDate returns the date right after the last figure of a list that figure k heads or
// belongs to ("3.1%, 2.0% and 1.5% last year"), when no item before it has a date of its own;
// -1 otherwise.
func (st *articleState) listDate(s *sentence, k int) int {
	last := k
	for j := k + 1; j < len(s.quants); j++ {
		jr := st.figureReading(s, j)
		if jr == nil || jr.coordinated != j-1 {
			break
		}
		last = j
	}
	if last == k {
		return -1
	}
	for j := k; j < last; j++ {
		if s.dateAfter(s.qLast[j]) >= 0 {
			return -1
		}
	}
	if s.repeatsPreposition(k, last) {
		// "grew by 1.1%, and by 1.4% in 2025": the repeated "by" opens a gapped conjunct,
		// and the date after it is that conjunct's, not the list's
		return -1
	}
	d := s.dateAfter(s.qLast[last])
	if d >= 0 && last == k+1 && s.otherDateOpensClause(k, d) {
		// "In 2022 growth was 2.1 per cent, and 0.3 per cent in 2023": the pair's first
		// figure is of the year that opens its clause, the second of its own (blind round 84)
		return -1
	}
	return d
}

// otherDateOpensClause reports a date before figure k in its clause, with no figure between,
// of another period than date d, that opens the clause: "In 2022" of "In 2022 growth was 2.1 per
// cent, and 0.3 per cent in 2023".
func (s *sentence) otherDateOpensClause(k, d int) bool {
	from, _ := s.clauseOf(s.qFirst[k])
	for i := s.qFirst[k] - 1; i >= from; i-- {
		w := &s.words[i]
		if w.fig >= 0 {
			return false
		}
		if o := w.date; o >= 0 && o != d {
			if s.exprs[o].Period == "" || s.exprs[o].Period == s.exprs[d].Period || s.isBaseDate(o) {
				return false
			}
			// it opens the clause: no verb and no comma before it ("Unemployment in Spain and
			// Greece, which peaked in 2013, was 14% and 17% in 2023" dates an aside)
			for j := from; j < s.eFirst[o]; j++ {
				if s.words[j].vg >= 0 || s.words[j].lower == "," {
					return false
				}
			}
			return true
		}
	}
	return false
}

// repeatsPreposition reports that figure last stands after the same preposition as figure k,
// with a conjunction before it ("by 1.1%, and by 1.4%", "to 3.1% and to 2.0%"): each figure
// is the complement of its own conjunct, not an item of one list.
func (s *sentence) repeatsPreposition(k, last int) bool {
	ws := s.words
	a, b := s.qFirst[k], s.qFirst[last]
	if a < 1 || b < 2 {
		return false
	}
	p := ws[a-1].lower
	switch p {
	case "by", "to", "at", "of":
	default:
		return false
	}
	return ws[b-1].lower == p && isConjunctOpener(ws[b-2].lower)
}

// standingTarget reports a central bank's target stated with no period of its own: "the Bank
// of England's 2% target", "above the 2% target set by the central bank", "the medium-term
// goal of 2%". It holds from year to year, and no period is guessed for it. A government's
// target with no date is for the year it is set in ("its five pct inflation target").
func (s *sentence) standingTarget(k int, r *reading) bool {
	p := s.targetPhrase(k, r)
	if p < 0 {
		return false
	}
	n := s.nps[p]
	for _, base := range []string{"limit", "cap", "ceiling", "threshold"} {
		if s.words[n.head].hasLemma(base) {
			return true // "the EU's 3% limit": a rule that holds from year to year
		}
	}
	for i := n.first; i < n.head; i++ {
		switch w := &s.words[i]; w.lower {
		case "medium", "long":
			if w.joined && (s.words[i+1].lower == "term" || s.words[i+1].lower == "run") {
				return true // "the medium-term goal"
			}
		case "permanent":
			return true
		}
	}
	for _, m := range s.insts {
		if institutionOf(m).role == roleCentralBank {
			return true
		}
	}
	for i := range s.words {
		if s.words[i].lower == "bank" && i > 0 && (s.words[i-1].lower == "central" || s.words[i-1].lower == "reserve") {
			return true
		}
	}
	for i := n.first; i < n.head; i++ {
		// "the Bank's 2% target": a central bank the text named before, by its short name
		if w := &s.words[i]; w.text == "Bank" && i+1 < len(s.words) && s.words[i+1].tag == tagPoss {
			return true
		}
	}
	return false
}

// relativeToOther reports a date that is relative to another period ("a year earlier", "the
// previous quarter", "a year ago"): after a compared figure it shifts the other's period.
func relativeToOther(e timex.Expr, ws []word, first, last int) bool {
	if e.Explicit {
		return false
	}
	for i := first; i <= last; i++ {
		switch ws[i].lower {
		case "earlier", "ago", "previous", "preceding", "before", "prior", "same":
			return true
		}
	}
	return false
}

// dateAfter returns the date expression that follows word i, introduced by a preposition or
// standing bare ("last year"), before any other figure or verb; -1 when there is none.
func (s *sentence) dateAfter(i int) int {
	ws := s.words
	j := i + 1
	// past a share's denominator: "11.5 pct of the workforce by mid-1988"
	if j+1 < len(ws) && ws[j].lower == "of" && ws[j+1].np >= 0 && ws[j+1].date < 0 {
		j = s.nps[ws[j+1].np].last + 1
	}
	for n := 0; j < len(ws) && n < 5; j, n = j+1, n+1 {
		w := &ws[j]
		if w.date >= 0 {
			if s.isBaseDate(w.date) {
				return -1
			}
			return w.date
		}
		switch {
		case w.tag == tagPrep && (w.lower == "in" || w.lower == "for" || w.lower == "during" || w.lower == "over" || w.lower == "of" || w.lower == "on" || w.lower == "through" || w.lower == "by" || w.lower == "at" ||
			w.lower == "across" || w.lower == "throughout"): // "rose 8.0% across 2022"
		case w.tag == tagDet || w.lower == "the":
		case w.lower == "mid" || w.lower == "early" || w.lower == "late" || w.lower == "end":
		case w.fig >= 0 && isDuration(s.quants[w.fig].Unit) && s.qLast[w.fig]+1 < len(ws) && s.qFirst[w.fig] == j &&
			(ws[s.qLast[w.fig]+1].lower == "ended" || ws[s.qLast[w.fig]+1].lower == "ending" || ws[s.qLast[w.fig]+1].lower == "to"):
			// "18.2 pct in 12 months ended December 1986": the span ends in its date
			j = s.qLast[w.fig] + 1
		case w.fig >= 0 && s.qFirst[w.fig] == j && isDuration(s.quants[w.fig].Unit) && s.qLast[w.fig]+1 < len(ws) && s.countedShift(w.fig, ws[s.qLast[w.fig]+1].date):
			// "1.0% two years later": the count the date scanner read is a duration figure too
			d := ws[s.qLast[w.fig]+1].date
			if s.isBaseDate(d) {
				return -1
			}
			return d
		case w.cue >= 0 && hasAny(s.cues[w.cue], catBasis, catKindNoun):
			n-- // "3.8% on an annualised basis in the last three months of 2024"
		case j == i+1 && (ws[i].fig >= 0 || s.figureNounEndsAt(i)) && s.participleAt(j) && j+1 < len(ws) && ws[j+1].tag == tagPrep:
			// a participle of a reduced relative clause right after a figure or its noun: "the
			// 13.5 percent recorded in 1980", "the 2% seen in 2019" (blind round 90: read as the
			// year before the figure it was set against), "the 8.1% peak reached in 2011" (round
			// 104); not a clause's verb after its subject ("Output shrank in 1990")
		case w.tag == tagAdv:
		case w.lower == ",":
			return -1
		case w.ent >= 0 && s.ents[w.ent].first == j && ws[j-1].lower == "in":
			// past the place the figure is of: "against 62 million in West Germany in 1975"
			// (blind round 95: read as the year before the figure it was set against)
			j = s.ents[w.ent].last
		default:
			if d := s.namedYearAt(j); d >= 0 && !s.isBaseDate(d) {
				return d // "7.9% in the pandemic year 2020"
			}
			if d := s.datedMomentAt(j); d >= 0 && !s.isBaseDate(d) {
				return d // "up from 6.7 million at independence in 1957"
			}
			return -1
		}
	}
	return -1
}

// figureNounEndsAt reports word i as the last word of a noun phrase that holds a figure before
// it: the "peak" of "the 8.1% peak".
func (s *sentence) figureNounEndsAt(i int) bool {
	p := s.words[i].np
	if p < 0 || s.nps[p].last != i || s.words[i].fig >= 0 {
		return false
	}
	for j := s.nps[p].first; j < i; j++ {
		if s.words[j].fig >= 0 {
			return true
		}
	}
	return false
}

// namedYearAt returns the year that a phrase starting at word j names in apposition to the
// noun "year", or after its "of", after at most two words that describe it: "the year 2024",
// "the pandemic year 2020", "the election year 2024", "the crisis year of 2009". The date scanner reads the year
// alone, so the words before it stood between a figure and its date. It returns -1 for any
// other words.
func (s *sentence) namedYearAt(j int) int {
	ws := s.words
	for m := j; m <= j+2 && m+1 < len(ws); m++ {
		w := &ws[m]
		if w.lower == "year" {
			at := m + 1
			if ws[at].lower == "of" && at+1 < len(ws) {
				at++ // "the pandemic year of 2020"
			}
			d := ws[at].date
			if d < 0 || s.eFirst[d] != at || s.exprs[d].Precision != timex.Year || !s.exprs[d].Explicit {
				return -1
			}
			return d
		}
		if w.fig >= 0 || w.date >= 0 || w.tag != tagNoun && w.tag != tagAdj && w.tag != tagProper {
			return -1
		}
	}
	return -1
}

// datedMomentAt returns the date of a moment that "at" or "upon" names before word j and a
// phrase after it dates: "6.7 million at independence in 1957", "12% at the start of the
// reform in 1991", "at its peak in 2009". A figure at a moment is of that moment's period, not
// of the year before the figure it is set against (blind round 92: Ghana's population "up from
// 6.7 million at independence in 1957" was judged as 2022's). The phrase is common nouns and
// adjectives, with at most one "of" phrase; a name ("at Ford in 2020") or a figure ends it, and
// so does any date but the one after "in". It returns -1 when the words are anything else.
func (s *sentence) datedMomentAt(j int) int {
	ws := s.words
	if ws[j].lower == "upon" {
		j++ // (not one of the prepositions dateAfter passes over)
	}
	at := j - 1
	for at >= 0 && (ws[at].tag == tagDet || ws[at].lower == "the" || ws[at].lower == "its" || ws[at].lower == "their") {
		at--
	}
	if at < 0 || ws[at].lower != "at" && ws[at].lower != "upon" {
		return -1
	}
	ofs := 0
	for m, n := j, 0; m+1 < len(ws) && n < 6; m, n = m+1, n+1 {
		w := &ws[m]
		switch {
		case w.fig >= 0 || w.date >= 0:
			return -1
		case w.tag == tagNoun || w.tag == tagAdj:
			if next := &ws[m+1]; next.lower == "in" && m+2 < len(ws) {
				if d := ws[m+2].date; d >= 0 && s.eFirst[d] == m+2 {
					return d
				}
			}
		case w.lower == "of" && ofs == 0 && m > j:
			ofs++
		case w.tag == tagDet || w.lower == "the" || w.lower == "its" || w.lower == "their":
		default:
			return -1
		}
	}
	return -1
}

// levelYardstickWords set a level of another time against a figure: "below pre-2015 levels",
// "below its 2015 level", "regain its 2007 level" (the determiner passed over).
var levelYardstickWords = map[string]bool{"pre": true, "post": true, "below": true, "above": true, "regain": true, "than": true, "under": true, "over": true}

// isBaseDate reports a date that a change is measured against, not the period of a figure:
// "from a year earlier", "than in February 1986", "from January", "on the same month last
// year", "compared with the same period".
func (s *sentence) isBaseDate(d int) bool {
	ws := s.words
	f := s.eFirst[d]
	j := f - 1
	for j >= 0 && (ws[j].tag == tagDet || ws[j].lower == "in" && j > 0 && (ws[j-1].lower == "than" || ws[j-1].lower == "unlike" || ws[j-1].lower == "as")) {
		j--
	}
	if j < 0 {
		return false
	}
	if l := s.eLast[d]; l+1 < len(ws) && (ws[l+1].lower == "level" || ws[l+1].lower == "levels") && levelYardstickWords[ws[j].lower] {
		// "below pre-2015 levels", "remains below its 2015 level", "would not regain its 2007
		// level": the level a figure is set against, of another time (blind round 291: the
		// population of a "with" phrase before it read as 2015's)
		return true
	}
	if ws[j].lower == "as" && ws[j+1].lower == "in" {
		// "2.2 percent in 2025, the same rate as in 2024, while unemployment climbed to 6.3
		// percent": the time a figure is likened to (blind round 243: the unemployment
		// rate of the clause after it read as 2024's)
		return true
	}
	if j >= 2 && (ws[j].tag == tagAux || ws[j].vg >= 0) && ws[j-1].tag == tagPron && (ws[j-2].lower == "than" || ws[j-2].lower == "as") {
		return true // "290% higher than they were a year ago"
	}
	// "compared with the same quarter last year", "the same month a year earlier", "in the
	// same period of 1986"
	if j >= 2 && ws[j].lower == "of" {
		j--
	}
	if j >= 1 && (ws[j].lower == "quarter" || ws[j].lower == "month" || ws[j].lower == "period" || ws[j].lower == "months") && ws[j-1].lower == "same" {
		return true
	}
	if ws[j].lower == "level" || ws[j].lower == "levels" {
		// "2.4 pct above their level a year earlier", "below the level of 2023": the level
		// a figure is set against
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if w := ws[i].lower; w == "above" || w == "below" || w == "than" || w == "over" || w == "on" || w == "from" {
				return true
			}
		}
	}
	if matchingVerb(ws[j].lower) {
		// "Brazil grew 2.9 pct, matching its 2022 pace, and Mexico 3.2 pct": the time of what
		// a figure equals, not the clause's (blind round 203: Argentina's 2023 read as 2022's);
		// but "matching the 2010 pace of 5.1 percent" dates the figure its noun holds (review)
		return !s.nounOfFigureAfter(s.eLast[d])
	}
	switch ws[j].lower {
	case "same":
		return true // "up 3.3 pct on the same 1985 quarter"
	case "unlike":
		// "Unlike 1992, though, the jobs market is tight: unemployment is 3.6 per cent": the
		// time the present is set against (blind round 166: judged as 1992's rate)
		return true
	case "from", "than", "over", "with", "against", "since", "to":
		// "from December 1985 to December 1986": the end is the period, the start the base
		if ws[j].lower == "to" {
			return false
		}
		if ws[j].lower == "over" && (s.wholePeriod(d) || s.frontedDate(j, d) || s.spanToItsEnd(d)) {
			// "Over the whole year, the economy grew", "prices rose 3.1 percent over the year
			// to November": the period throughout, no base
			return false
		}
		if ws[j].lower == "over" && (j == 0 || s.averagedBefore(j)) && (s.exprs[d].Explicit || s.exprs[d].Precision != timex.Year) {
			// "the euro averaged $1.15 over the month", "inflation averaged 2.1% over 2019":
			// the span an average is taken over, not a base it is compared with; nor is a
			// period that opens the sentence ("Over the month the euro averaged $1.15"). Not
			// "the year" referred back to, which the dates may take from a year set beside
			// another ("Growth was 0.9% in 2023, after 2.5% in 2022, and inflation averaged
			// 4.9% over the year": not 2022's)
			return false
		}
		if ws[j].lower == "from" && s.rangeEnd(d) >= 0 {
			return true
		}
		// "From a year earlier they were up 4.2%": a date set back from another is the base
		// of a change even where "from" opens the sentence, never the start of a span
		return ws[j].lower != "from" || s.fromIsBase(j) || relativeToOther(s.exprs[d], ws, f, s.eLast[d])
	case "on":
		return s.exprs[d].Precision != timex.Day // "up 3 pct on the year", not "on Thursday"
	}
	return false
}

// averagedBefore reports a verb or noun of averaging in the clause before word j, with no
// comma or other date between: "averaged about $1.15 over the month", "an average of 2.1%
// over 2019".
func (s *sentence) averagedBefore(j int) bool {
	ws := s.words
	for i := j - 1; i >= 0 && i >= j-8; i-- {
		if ws[i].lower == "," || ws[i].lower == ";" || ws[i].date >= 0 {
			return false
		}
		if ws[i].hasLemma("average") {
			return true
		}
	}
	return false
}

// frontedDate reports a date phrase opened by word j at the head of its clause and closed by a
// comma: "Over the year, prices rose", "However, over 2004, ...".
func (s *sentence) frontedDate(j, d int) bool {
	ws := s.words
	opens := j == 0 || ws[j-1].lower == "," || ws[j-1].lower == "that"
	l := s.eLast[d]
	return opens && l+1 < len(ws) && ws[l+1].lower == ","
}

// wholeYearIn reports a date naming a whole year in the clause of figure k ("over the year as a
// whole", "for the full year").
func (s *sentence) wholeYearIn(k int) bool {
	from, to := s.clauseOf(s.qFirst[k])
	for d := range s.exprs {
		if s.eFirst[d] >= from && s.eLast[d] <= to && s.exprs[d].Precision == timex.Year && s.wholePeriod(d) {
			return true
		}
	}
	return false
}

// wholePeriod reports a date that names a whole period: "the whole year", "the full year".
func (s *sentence) wholePeriod(d int) bool {
	for i := s.eFirst[d]; i <= s.eLast[d]; i++ {
		switch s.words[i].lower {
		case "whole", "full", "entire":
			return true
		}
	}
	l := s.eLast[d] // "the year as a whole"
	return l+3 < len(s.words) && s.words[l+1].lower == "as" && s.words[l+2].lower == "a" && s.words[l+3].lower == "whole"
}

// spanToItsEnd reports a date expression that names a span by the time it runs to ("the year
// to November", "the 12 months ending in March"): a stretch a change runs over, which no
// change is measured from.
func (s *sentence) spanToItsEnd(d int) bool {
	for i := s.eFirst[d] + 1; i < s.eLast[d]; i++ {
		switch s.words[i].lower {
		case "to", "ending", "ended", "through":
			return true
		}
	}
	return false
}

// fromIsBase reports whether "from" at word j introduces the base of a change ("rose 7.2 pct
// from January") rather than the start of a period ("from January to March").
func (s *sentence) fromIsBase(j int) bool {
	// a figure or verb shortly before, past the figure's own date: "rose 1.2 pct in the fourth
	// quarter of 1986 from the third quarter"
	for i, n := j-1, 0; i >= 0 && n < 6; i-- {
		if s.words[i].fig >= 0 || s.words[i].vg >= 0 {
			return true
		}
		if s.words[i].date < 0 {
			n++
		}
	}
	return false
}

// rangeEnd returns the date that ends a range "from d to X", or -1.
func (s *sentence) rangeEnd(d int) int {
	j := s.eLast[d] + 1
	if j < len(s.words) && s.words[j].lower == "to" && j+1 < len(s.words) && s.words[j+1].date >= 0 {
		return s.words[j+1].date
	}
	return -1
}

// freeDate returns a date in the words [from, to] that no other figure owns and that is no
// base of a change, the nearest to figure k, preferring one before it ("In January, prices rose
// 0.5 pct"). -1 when there is none.
func (s *sentence) freeDate(k int, r *reading, from, to int, shares func(owner int) bool, days bool) int {
	best, bestDist := -1, 1<<30
	// the nearest words of other figures on either side, found once: every date of a long
	// sentence asks whether a figure stands between it and figure k
	var near figuresAround
	nearKnown := false
	for d := range s.exprs {
		f, l := s.eFirst[d], s.eLast[d]
		if f < from || l > to || s.isBaseDate(d) || s.exprs[d].Period == "" && s.exprs[d].Reason == "" {
			continue
		}
		if (s.exprs[d].Precision == timex.Day || s.exprs[d].Precision == timex.Week) && !days {
			continue
		}
		if f >= 2 && s.words[f-1].lower == "of" && s.words[f-2].date >= 0 && s.words[f-2].date != d {
			continue // the year of the date before it: "the June quarter of 1987"
		}
		if f <= 3 && l+1 < len(s.words) && isDash(s.words[l+1].lower) && s.exprs[d].Precision != timex.Year {
			// a dateline ("FRANKFURT, Jan 23 - "): when the story was filed, no figure's date;
			// a year alone is a timeline's ("2009 - Germany's GDP falls 5.5%")
			continue
		}
		if owner := s.dateOwner(d); owner >= 0 && owner != k && !shares(owner) {
			continue
		}
		if owner := s.matchedNounFigure(d); owner >= 0 && owner != k {
			continue // "matching its 2019 level of 10.5 percent, while inflation was 9.3 percent": the 10.5's (review)
		}
		if owner := s.conjunctFigure(d); owner > k && !shares(owner) {
			continue // "In 1998, it contracted by 1.3%, and in 2009 by 5.7%": the 5.7%'s year
		}
		if s.modifiesOtherNoun(d) && (!s.timeSpanObject(s.words[f].np) || s.reportedFigure(s.qFirst[k])) && !(days && s.decisionDate(d)) {
			// "the January data ... the inflation forecast": when the data are from; but
			// "during the 1998 crisis" dates a figure of its clause, not one a speaker
			// reports ("During his 2019 visit, the minister said growth was 1.1%")
			continue
		}
		if owner, ok := s.relativeClauseOwner(d); ok && owner != k {
			continue // "close to 100%, double the 50% it stood at in 2007": the 50%'s (relative_date.go)
		}
		if s.otherSemicolonPart(k, f, l) {
			continue // "prices rose by 5.9 percent; in 2022 the rate had been 6.9 percent": the 6.9's year
		}
		if l+1 < len(s.words) && s.words[l+1].tag == tagPoss {
			continue // "after last year's sharp fall to 0.75 pct": the possessor's noun is dated
		}
		if f >= 1 && l+1 < len(s.words) && s.words[f-1].lower == "(" && s.words[l+1].lower == ":" {
			// "grew 4.0 per cent (2024: 5.7 per cent)": the label of the figure in the
			// brackets, an earlier year's, as annual reports print it (attack round 19)
			continue
		}
		if s.dateOfAct(f) || s.words[f].np >= 0 && s.whenMade(s.words[f].np, d) {
			continue // "a forecast made last November", "its December forecast": when made
		}
		if cf, _ := s.clauseOf(f); cf > 0 && s.words[cf-1].tag == tagWh {
			if kf, _ := s.clauseOf(s.qFirst[k]); kf != cf {
				continue // "citing exports, which fell 1.5 pct in the first quarter": the aside's date
			}
		}
		if f > s.qLast[k] && s.rankingRangeRelativeDate(d) {
			continue // "5.6%, the lowest in the series that began in 2012": when the series began
		}
		if s.inRelativeAsideBefore(f, l, s.qFirst[k]) {
			continue // "Senegal, which began producing oil in 2024, grew 5.7%": when it began
		}
		if s.inOtherEventClause(k, f, l) {
			continue // "eased to 2.9% after the Fed began raising rates in March 2022": when it began
		}
		if s.datesNounOfLaterClause(k, f, l) {
			continue // "was 0.2%, as the economy digested the consumption boom of 2021": the boom's year
		}
		if s.inDashedAside(k, f, l) || s.participleDate(k, f) {
			continue // "- consumer prices were flat in 2020 -", "A Spaniard born in 1975"
		}
		if s.yearOfAName(d) {
			continue // "and Gerhard Schröder launched Agenda 2010": a programme's name (blind round 92)
		}
		if s.datesEarlierChange(k, f) {
			continue // "grew 0.2% after contractions in 2023 and 2024": the contractions' years
		}
		if s.earlierOccurrenceDate(f) {
			continue // "hit 11.1%, a level last seen in 1981": when the level was seen before
		}
		if s.inOtherFiguresSubordinate(k, f) {
			continue // "prices rose 135%, ..., when inflation in 1989 reached 1,431%": the 1,431%'s
		}
		if s.datesEarlierVerbsObject(k, r, f) {
			continue // "matched the 5.0% pace recorded in 2024 and put the economy at $20.1 trillion": the pace's year
		}
		if s.datesLaterClauseSubject(k, f) {
			// "shrank by 0.3 per cent, and Berlin's own forecast for 2024 is 0.2 per cent": the
			// later clause's (blind round 158: Germany's 2023 fall read as 2024's)
			continue
		}
		if s.datesOtherWhenClause(k, f, l) {
			// "the pandemic year 2020, when output fell 2.07 per cent, and the Asian financial
			// crisis, when GDP collapsed 13.1 per cent in 1998 and inflation soared to 58 per
			// cent": the year a when-clause is about, not a figure's outside it (blind round 67)
			continue
		}
		dist := f - s.qLast[k]
		if l < s.qFirst[k] {
			dist = s.qFirst[k] - l
		}
		if !nearKnown {
			near, nearKnown = s.otherFiguresAround(k), true
		}
		if near.between(s, k, f, l) {
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

// datesEarlierVerbsObject reports a date at word f that modifies a noun of an earlier verb's
// complement, "the pace of 2024" or "the 5.0% pace recorded in 2024", when "and" then opens
// the verb of figure k (read as r): "The full-year figure matched the 5.0% pace recorded in
// 2024 and put the size of the economy at about $20.1 trillion" dates the pace, not the size
// (blind round 261: judged as China's GDP of 2024). A date of the earlier verb itself ("grew
// 2% in 2024 and reached $20 trillion") is both verbs'.
func (s *sentence) datesEarlierVerbsObject(k int, r *reading, f int) bool {
	g := r.vg
	if g < 0 {
		g = s.verbBeforeWord(s.qFirst[k]) // "put the size of the economy at $20.1 trillion"
	}
	if g < 0 || f < 2 {
		return false
	}
	ws := s.words
	gf := s.vgs[g].first
	if f >= gf {
		return false
	}
	and := false
	for i := f + 1; i < gf; i++ {
		if ws[i].vg >= 0 || ws[i].fig >= 0 {
			return false
		}
		and = and || ws[i].lower == "and"
	}
	if !and {
		return false
	}
	switch {
	case ws[f-1].lower == "of":
		// "the pace of 2024"; not a time of the year ("at the end of 2024", "in the spring of
		// that year"), which dates its clause
		return ws[f-2].tag == tagNoun && ws[f-2].date < 0 && !timeNouns[ws[f-2].lower] && !timeOfYearNouns[ws[f-2].lower]
	case ws[f-1].tag == tagPrep:
		g := ws[f-2].vg // "the 5.0% pace recorded in 2024"
		return g >= 0 && s.participleOfNoun(g)
	}
	return false
}

// timeOfYearNouns name a time within a period: "the end of 2024", "the spring of 1990".
var timeOfYearNouns = map[string]bool{"end": true, "start": true, "beginning": true, "middle": true, "close": true, "turn": true,
	"half": true, "part": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// datesLaterClauseSubject reports a date at word f, after figure k and a comma, in the subject
// of a clause after the comma that has a verb and a figure of its own, when that subject is a
// forecast or target: "shrank by 0.3 per cent, and Berlin's own forecast for 2024 is a meagre
// 0.2 per cent" dates the forecast, not the fall the clause before reports. Other subjects
// are left to the distances: "grew 0.9 percent, and inflation in 2023 was 5.7 percent" most
// likely says both of 2023. (The clause finder leaves ", and" to the clause before, whose
// subject a pronoun after it often is: "soared in 1998, the central bank said, and it hit
// 85%".)
func (s *sentence) datesLaterClauseSubject(k, f int) bool {
	ws := s.words
	comma := -1
	for i := f - 1; i > s.qLast[k]; i-- {
		if ws[i].lower == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return false
	}
	at := comma
	if w := ws[comma+1].lower; w == "and" || w == "or" || w == "but" {
		at = comma + 1 // (clauseAfterComma reads the word after its comma as the subject's first)
	}
	forecast := false
	for i := at + 1; i < f; i++ {
		if ws[i].vg >= 0 {
			return false // a date after the clause's verb
		}
		if m, ok := s.cueAt(i); ok {
			if kind, ok := m.has(catKindNoun); ok && kind == "forecast" {
				forecast = true
			}
		}
	}
	return forecast && s.clauseAfterComma(at)
}

// rankingRangeRelativeDate reports date d in a relative clause that a noun phrase with no figure opens
// with "that" or "which" as its subject, the clause's verb and a preposition before the date,
// and no figure in between, when the phrase is the range a superlative ranks in: "the lowest
// in the series that began in 2012" dates the series, not the figure the phrase ranks (blind
// round 226: Brazil's unemployment of 2025 judged as 2012's).
func (s *sentence) rankingRangeRelativeDate(d int) bool {
	ws := s.words
	i := s.eFirst[d] - 1
	if i >= 0 && ws[i].tag == tagPrep {
		i--
	}
	verb := false
	for ; i >= 0 && (ws[i].vg >= 0 || ws[i].tag == tagAdv); i-- {
		verb = verb || ws[i].vg >= 0
	}
	if !verb || i < 1 || ws[i].lower != "that" && ws[i].lower != "which" {
		return false
	}
	p := ws[i-1].np
	if p < 0 || s.nps[p].last != i-1 || isDuration(strings.TrimSuffix(ws[s.nps[p].head].lower, "s")) {
		return false // (a span of time the clause ends: "in the quarter that ended in June")
	}
	if f := s.nps[p].first; f < 2 || ws[f-1].tag != tagPrep || !isSuperlative(ws[f-2].lower) {
		// only the range a superlative ranks in ("the lowest in the series that began in
		// 2012"); an event a figure is of dates it ("140 million in the census that was held
		// in 2006", "shrank 19% during the lockdown that began in April 2020": second review)
		return false
	}
	for j := s.nps[p].first; j < s.eFirst[d]; j++ {
		if ws[j].fig >= 0 {
			return false
		}
	}
	return true
}

// inRelativeAsideBefore reports words [f, l] inside a relative clause set off by commas
// ("Senegal, which began producing oil in 2024, grew 5.7%", "The governor, who took office in
// 2024, said inflation was 3.8%") that closes before word at, where the main clause goes on
// with its verb: the aside says something of its noun, at its own time, and the figure after
// it is the main clause's. The clause finder runs the aside into the main clause when it has
// no subject of its own. An aside with a figure of its own dates that figure, and not the
// main clause's either: "Inflation, which averaged 219.9 percent in 2024, has fallen to around
// 30 percent" (blind round 63).
func (s *sentence) inRelativeAsideBefore(f, l, at int) bool {
	ws := s.words
	wh := -1
	for i := f - 1; i >= 1; i-- {
		if ws[i].lower == "," {
			if s.subjectApposition(i) {
				wh = i + 1 // "Thailand, the epicentre of 1997, grew 2.4%"
				break
			}
			return false
		}
		if ws[i].tag == tagWh && ws[i].lower != "that" || ws[i].lower == "whose" {
			wh = i
			break
		}
	}
	if wh < 1 || ws[wh-1].lower != "," {
		return false
	}
	for i := l + 1; i < at; i++ {
		switch {
		case ws[i].fig >= 0 && !isDuration(s.quants[ws[i].fig].Unit): // (not "for three years")
			return false
		case ws[i].lower == ",":
			j := i + 1
			for j < at && ws[j].tag == tagAdv {
				j++ // ", then grew"
			}
			return j < at && ws[j].vg >= 0 && ws[j].tag != tagTo
		}
	}
	return false
}

// indefinitePeriodAfter reports figure k followed by an indefinite period: "in a single
// year", "in one year", "in a single quarter". ("1.2% a year" is a rate per year, which the
// scanner reads as such; "in a year" after a figure is often "in a year's time".)
func (s *sentence) indefinitePeriodAfter(k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	if i+2 >= len(ws) || ws[i].lower != "in" {
		return false
	}
	switch {
	case ws[i+1].lower == "one":
		i += 2
	case ws[i+1].lower == "a" && ws[i+2].lower == "single" && i+3 < len(ws):
		i += 3
	default:
		return false
	}
	switch ws[i].lower {
	case "year", "quarter", "month":
		return true
	}
	return false
}

// annualRateOfAQuarter reports figure k as "an X% annual rate" (or annualised rate, pace) in a
// sentence about a quarter, which names no quarter as a date: the US habit of giving a
// quarter's growth at an annual rate.
func (s *sentence) annualRateOfAQuarter(k int) bool {
	p := s.words[s.qFirst[k]].np
	if p < 0 {
		return false
	}
	h := s.words[s.nps[p].head].lower
	if !hasLemma(h, "rate") && !hasLemma(h, "pace") {
		return false
	}
	annual := false
	for i := s.nps[p].first; i < s.nps[p].head; i++ {
		switch s.words[i].lower {
		case "annual", "annualised", "annualized":
			annual = true
		}
	}
	if !annual {
		return false
	}
	for i := range s.words {
		// "the worst quarter on record"; not "quarterly figures showed", nor "a quarter of a
		// century" (review)
		if w := s.words[i].lower; (w == "quarter" || w == "quarters") && s.words[i].date < 0 && s.words[i].fig < 0 &&
			!(i+1 < len(s.words) && s.words[i+1].lower == "of") {
			return true
		}
	}
	return false
}

// rangeToAPartOfAYear reads a range right after figure k from a year to a later quarter or
// month, which yearRanges (two years) leaves: "the economy has shrunk by 52.3 pct between 2013
// and the third quarter of 2018" is a change over the whole range, no one period's (blind round
// 269: judged as Venezuela's growth of 2013); a level reached by a movement over it ("fell to
// 12% between 2013 and the third quarter of 2018") is its end's.
func (s *sentence) rangeToAPartOfAYear(k int, r *reading) (timex.Expr, bool) {
	ws := s.words
	i := s.figurePhraseEnd(k) + 1
	if i+3 >= len(ws) || ws[i].lower != "between" && ws[i].lower != "from" {
		return timex.Expr{}, false
	}
	a := ws[i+1].date
	if a < 0 || s.eFirst[a] != i+1 || a+1 >= len(s.exprs) || s.exprs[a].Precision != timex.Year {
		return timex.Expr{}, false
	}
	j := s.eLast[a] + 1
	if j >= len(ws) || !(ws[i].lower == "between" && ws[j].lower == "and" || ws[i].lower == "from" && (ws[j].lower == "to" || ws[j].lower == "until" || ws[j].lower == "through")) {
		return timex.Expr{}, false
	}
	b := a + 1
	if f := s.eFirst[b]; f != j+1 && !(f == j+2 && ws[j+1].tag == tagDet) {
		return timex.Expr{}, false
	}
	if p := s.exprs[b].Precision; p != timex.Quarter && p != timex.Month || s.exprs[b].Period <= s.exprs[a].Period {
		return timex.Expr{}, false
	}
	if s.reachedByMovement(r) {
		return s.exprs[b], true
	}
	return timex.Expr{Reason: "a change over a span of time, from " + s.exprs[a].Period + " to " + s.exprs[b].Period}, true
}

// seasonAfter reports figure k followed by a season: "briefly fell below 1 percent in the
// autumn", "rose to 3 percent in the summer of 2024", "dipping to 1 percent over the summer".
// A rate of some months of the year, which no series of the year's average, or of one month,
// stands for (blind round 257: India's "below 1 percent in the autumn" judged as its 2025
// average).
func (s *sentence) seasonAfter(k int) bool {
	ws := s.words
	i := s.figurePhraseEnd(k) + 1
	if i >= len(ws) {
		return false
	}
	switch ws[i].lower {
	case "in", "over", "during", "through", "throughout":
	default:
		return false
	}
	i++
	if i < len(ws) && ws[i].tag == tagDet {
		i++
	}
	if i < len(ws) && (ws[i].lower == "early" || ws[i].lower == "late" || ws[i].lower == "mid") {
		i++
	}
	if i >= len(ws) {
		return false
	}
	switch ws[i].text {
	case "spring", "summer", "autumn", "fall", "winter":
		// (not "in the fall of prices": a season's "of" is of a year; not "the Spring
		// Statement", a name, review)
		return ws[i].fig < 0 && ws[i].vg < 0 && !(i+2 < len(ws) && ws[i+1].lower == "of" && ws[i+2].date < 0)
	}
	return false
}

// dateBeforeColon returns the one date of the words before a colon that figure k comes after,
// when those words (back to the sentence's start or a semicolon) state no figure: what follows
// a colon spells out what comes before it, and a date there, even one of a noun ("Britain's
// 2023 performance"), frames the figures after it; not one before a target ("was given a
// single target: inflation of 0 to 2 percent"). (The caller leaves a year that names an event
// to eventOpensBeforeColon: "The 1975 shock was worse: GDP fell by around 11 percent".) -1
// when there is none or more than one.
func (s *sentence) dateBeforeColon(k int, r *reading) int {
	if !s.marked(markColon) {
		return -1 // most sentences: every figure asks
	}
	if r.vg >= 0 && !s.pastTense(r.vg) {
		return -1 // "Biden's 2020 campaign promise looks different now: unemployment is 3.7%"
	}
	ws := s.words
	colon := -1
	for i := s.qFirst[k] - 1; i >= 0; i-- {
		if ws[i].lower == ";" {
			return -1
		}
		if ws[i].lower == ":" {
			colon = i
			break
		}
	}
	if colon < 1 {
		return -1
	}
	found := -1
	for i := colon - 1; i >= 0 && ws[i].lower != ";" && ws[i].lower != ":"; i-- {
		if ws[i].fig >= 0 {
			return -1
		}
		if m, ok := s.cueAt(i); ok {
			if kind, ok := m.has(catKindNoun); ok && kind == "forecast" {
				return -1 // "In 1989 the Reserve Bank was given a single target: inflation of 0 to 2 percent"
			}
		}
		if d := ws[i].date; d >= 0 && d != found {
			e := s.exprs[d]
			if found >= 0 || e.Period == "" || e.Precision == timex.Day || e.Precision == timex.Week || s.isBaseDate(d) || s.dateOfAct(s.eFirst[d]) {
				return -1 // (not the day a speaker spoke on: "the bank said on Tuesday: ...")
			}
			found = d
		}
	}
	return found
}

// levelOfAnotherTimeAfter reports figure k followed by "below", "above", "under" or "over" and
// the level of another time: "20 per cent below its 2007 level", "3 per cent above the level of 2019",
// "still 5% below pre-pandemic levels", "2.9 per cent above its pre-Covid peak".
func (s *sentence) levelOfAnotherTimeAfter(k int) bool {
	ws := s.words
	i := s.figurePhraseEnd(k) + 1
	if i+2 >= len(ws) || ws[i].lower != "below" && ws[i].lower != "above" && ws[i].lower != "under" && ws[i].lower != "over" {
		return false
	}
	i++
	other := false // a date, or a word of a time before ("pre-pandemic")
	for n := 0; i < len(ws) && n < 5; i, n = i+1, n+1 {
		w := ws[i].lower
		switch {
		case w == "its" || w == "their" || w == "the" || w == "a" || ws[i].tag == tagAdj && !other:
		case ws[i].date >= 0 || strings.HasPrefix(w, "pre-") || strings.HasPrefix(w, "pre") && ws[i].joined || w == "pre":
			other = true
		case w == "level" || w == "levels" || w == "peak" || w == "high":
			if other {
				return true
			}
			// "below the level of 2019"
			return i+2 < len(ws) && ws[i+1].lower == "of" && ws[i+2].date >= 0
		default:
			if !other {
				return false
			}
		}
	}
	return false
}

// underATenure reports "under" and a person or a government in figure k's clause, which gives
// no date: "under President Trump", "under Suharto", "under the current government", "under
// the previous administration". Not "under 2%", "under pressure", "under way", nor a country
// ("under Germany's presidency of the EU" names a place).
func (s *sentence) underATenure(k int) bool {
	if !s.marked(markUnder) {
		return false // most sentences: every figure asks
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	// (and a phrase fronted before the clause: "under President Trump, inflation was 1.4
	// percent", back to the figure before or a break)
	for from > 0 && ws[from-1].lower == "," && from-1 > 0 {
		j := from - 2
		for j >= 0 && ws[j].fig < 0 && ws[j].lower != "," && ws[j].lower != ";" && ws[j].lower != ":" && ws[j].lower != "\"" && ws[j].lower != "“" && !ws[j].breaksClause() {
			j--
		}
		if j >= 0 && ws[j].fig >= 0 {
			break
		}
		from = j + 1
		break
	}
	under := -1
	for i := from; i <= to; i++ {
		if ws[i].date >= 0 {
			return false
		}
		if ws[i].lower == "under" && under < 0 {
			under = i
		}
	}
	if under < 0 {
		return false
	}
	i := under + 1
	if i < len(ws) && (ws[i].lower == "the" || ws[i].lower == "this" || ws[i].lower == "that") {
		i++
	}
	titled := false
	for ; i < len(ws); i++ {
		switch ws[i].lower {
		case "president", "prime", "minister", "chancellor", "premier", "governor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "king", "queen", "general", "current", "previous", "last", "former", "new", "present":
			titled = true
			continue
		}
		break
	}
	if i >= len(ws) || ws[i].fig >= 0 {
		return false
	}
	// the phrase ends with its noun or name: not "under Stability Pact rules", "under the
	// government's budget plan", "inflation under Governor Ueda was 3.2%" (a verb after it),
	// whose time the clause around says
	end := i + 1
	for end < len(ws) && ws[end].tag == tagProper && ws[end].ent < 0 {
		end++ // "under Bill Clinton"
	}
	if end < len(ws) && !ws[end].punct && ws[end].lower != "and" {
		return false
	}
	switch ws[i].lower {
	case "government", "administration", "regime", "presidency", "leadership", "rule", "premiership", "dictatorship", "junta":
		return titled || i > under+1 // "under the government": whose, the text says before
	}
	return ws[i].tag == tagProper && ws[i].ent < 0 && ws[i].inst < 0 && ws[i].text[0] >= 'A' && ws[i].text[0] <= 'Z'
}

// yearOfAnEventInClause reports a phrase in figure k's clause that names a year by its place in
// an event or a term: "during the first year of the Covid-19 pandemic", "in the second year
// of the war", "In the final year of his presidency": a preposition of time, "the", an
// ordinal, "year" and "of" a phrase that is no date, in a clause that gives no date.
func (s *sentence) yearOfAnEventInClause(k int) bool {
	if !s.marked(markYearOf) {
		return false // most sentences: every figure asks
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	if s.yearOfAnEventAt(from, to) {
		// fronted before the clause's figures, with no date in it: "In the first year of the
		// war, Ukraine's output fell 29% and inflation hit 26.6%" (review of session 44)
		return true
	}
	// (the figure's own stretch of it: "growth of 2.7% in 2022, and output had fallen 11% in
	// the first year of the pandemic" runs on in one clause)
	if k > 0 {
		from = max(from, s.qLast[k-1]+1)
		for i := s.qFirst[k] - 1; i > from; i-- {
			if w := ws[i].lower; w == "and" || w == "but" || w == "," || w == ";" {
				from = i + 1 // past the date of the figure before: "in 2022, and output had fallen"
				break
			}
		}
	}
	if k+1 < len(s.quants) {
		to = min(to, s.qFirst[k+1]-1)
	}
	return s.yearOfAnEventAt(from, to)
}

// yearOfAnEventAt reports the phrase of yearOfAnEventInClause among words [from, to], which
// hold no date.
func (s *sentence) yearOfAnEventAt(from, to int) bool {
	ws := s.words
	for i := from; i <= to; i++ {
		if ws[i].date >= 0 {
			return false // "in 2020, during the first year of the pandemic": the year it gives
		}
	}
	for i := from; i+5 <= to; i++ {
		switch ws[i].lower {
		case "in", "during", "over", "through", "throughout":
		default:
			continue
		}
		if ws[i+1].lower != "the" || ws[i+3].lower != "year" || ws[i+4].lower != "of" || ws[i+5].date >= 0 {
			continue
		}
		switch ws[i+2].lower {
		case "first", "second", "third", "fourth", "fifth", "last", "final", "opening":
			return true
		}
	}
	return false
}

// laterInASpanAfter reports "later in the decade", "earlier in the century", "later in the
// 1990s" right after figure k's phrase: a time within a span, after or before another, that no
// date gives.
func (s *sentence) laterInASpanAfter(k int) bool {
	ws := s.words
	i := s.figurePhraseEnd(k) + 1
	if i+3 >= len(ws) || ws[i].lower != "later" && ws[i].lower != "earlier" || ws[i+1].lower != "in" || ws[i+2].lower != "the" {
		return false
	}
	switch ws[i+3].lower {
	case "decade", "century", "period", "years":
		return true
	}
	d := ws[i+3].date
	return d >= 0 && s.exprs[d].Reason == timex.ReasonDecade
}

// approximateDateAfter reports a date after figure k's phrase that the text gives as
// approximate: "128 million around 2010", "1% in about 2015", "circa 1990", "roughly 2010".
func (s *sentence) approximateDateAfter(k int) bool {
	ws := s.words
	i := s.figurePhraseEnd(k) + 1
	if i < len(ws) && ws[i].lower == "in" {
		i++
	}
	if i+1 >= len(ws) || ws[i+1].date < 0 {
		return false
	}
	switch ws[i].lower {
	case "around", "about", "circa", "approximately", "roughly", "c.", "ca.":
		return true
	}
	return false
}

// semicolonBetween reports a semicolon among the words after from and before to: "In 1975,
// ..., inflation was running in the high teens; by 2009 ... while Sweden's shrank 4.3%" opens
// a part of its own, which the date that opened the sentence does not frame.
func (s *sentence) semicolonBetween(from, to int) bool {
	for i := from + 1; i < to; i++ {
		if s.words[i].lower == ";" {
			return true
		}
	}
	return false
}

// subjectApposition reports the comma at word c as the opening of an apposition to a named
// subject that opens its clause: "Thailand, the epicentre of 1997, grew", "Canada, tied to
// American rates, suffered", "Germany, for so long the engine of the euro area, shrank". The
// name ends right before the comma and starts the sentence or follows a punctuation mark or a
// conjunction.
func (s *sentence) subjectApposition(c int) bool {
	ws := s.words
	if c < 1 || ws[c-1].ent < 0 || c+1 >= len(ws) {
		return false
	}
	if ws[c+1].ent >= 0 || ws[c+1].tag == tagProper {
		// a list of names ("Germany, France, Italy and Spain"), unless the name possesses:
		// "Tanzania and Uganda, Kenya's partners in the East African Cooperation, grew"
		t := c + 1
		for t < len(ws) && ws[t].tag == tagProper {
			t++
		}
		if t >= len(ws) || ws[t].tag != tagPoss {
			return false
		}
	}
	p := ws[c-1].np
	if p < 0 || s.nps[p].last != c-1 {
		return false
	}
	first := s.nps[p].first
	return first == 0 || ws[first-1].tag == tagPunct || ws[first-1].tag == tagCoord
}

// inDashedAside reports words [f, l] inside an aside set off by dashes that figure k stands
// outside: "After decades in which prices barely moved - consumer prices were flat in 2020 -
// inflation reached 3.2% last year, and the economy grew 1.2%". The aside's date is its own.
func (s *sentence) inDashedAside(k, f, l int) bool {
	ws := s.words
	open, close := -1, -1
	for i := f - 1; i >= 0 && open < 0; i-- {
		switch {
		case ws[i].fig >= 0:
			return false
		case isDash(ws[i].lower):
			open = i
		}
	}
	for i := l + 1; i < len(ws) && close < 0; i++ {
		switch {
		case ws[i].fig >= 0:
			return false
		case isDash(ws[i].lower):
			close = i
		}
	}
	if open < 1 || close < 0 {
		return false // (a dash that opens the sentence is a dateline's or a list's)
	}
	return s.qLast[k] < open || s.qFirst[k] > close
}

// participleDate reports a date at word f that a past participle right before it dates, the
// participle modifying the noun before it: "A Spaniard born in 1975", "a party founded in
// 1998", "the treaty signed in 2014". The date is of that noun's event, not of a figure
// outside the phrase.
func (s *sentence) participleDate(k, f int) bool {
	ws := s.words
	if f < 3 || ws[f-1].tag != tagPrep || !ws[f-2].past || ws[f-3].tag == tagPron {
		return false
	}
	if g := ws[f-2].vg; g >= 0 && (s.vgs[g].first != f-2 || s.vgs[g].last != f-2 || !s.mainVerbAfter(f+1)) {
		// the clause's own verb ("Germany shrank in 2024", "The MPC voted on 6 November"):
		// a participle that modifies a noun has the clause's verb after its phrase ("A
		// Spaniard born in 1975 has lived ...")
		return false
	}
	p := ws[f-3].np
	if p < 0 || s.nps[p].head != f-3 || s.cueIs(f-3, catMeasure) || s.cueIs(f-3, catChange) || s.cueIs(f-3, catKindNoun) {
		return false // not "7.9% growth expected in 2004", "the 4.3 pct growth rate recorded in ...": the figure's own
	}
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		if ws[i].fig >= 0 {
			return false
		}
	}
	return s.qLast[k] < s.nps[p].first || s.qFirst[k] > f
}

// mainVerbAfter reports a verb group of a finite verb among the words from i on, before any
// punctuation or conjunction.
func (s *sentence) mainVerbAfter(i int) bool {
	ws := s.words
	for ; i < len(ws); i++ {
		if ws[i].tag == tagPunct || ws[i].tag == tagCoord || ws[i].fig >= 0 {
			return false
		}
		if g := ws[i].vg; g >= 0 && s.vgs[g].first == i && ws[i].tag != tagTo && !s.vgs[g].infinitive {
			return true
		}
	}
	return false
}

// inOtherEventClause reports words [f, l] inside a clause that "after", "before", "because",
// "since", "once" or "until" opens, with a verb of its own, and that figure k stands outside:
// "US inflation eased to 2.9% after the Fed began raising rates in March 2022", "After the
// pound was floated in March 2024, inflation slowed to 12%", "fell to 3% after peaking in
// June 2022". The date is when that other event happened, which such a clause sets before or
// after the figure's time, not at it. A phrase with no verb ("after the 2008 crisis") is left
// to the rules of dated nouns, and "as" and "when", which set their events at the figure's
// time, to theirs.
func (s *sentence) inOtherEventClause(k, f, l int) bool {
	ws := s.words
	open := -1
	for i := f - 1; i >= 0 && open < 0; i-- {
		switch w := &ws[i]; {
		case w.fig >= 0 || w.tag == tagPunct:
			return false
		case w.tag == tagSub || w.tag == tagPrep:
			switch w.lower {
			case "after", "before", "because", "since", "once", "until":
				open = i
			}
		}
	}
	if open < 0 {
		return false
	}
	// a verb of its own, or a gerund right after the opener ("after peaking", read as a noun)
	verb := open+1 < f && len(ws[open+1].lower) > 5 && strings.HasSuffix(ws[open+1].lower, "ing") && ws[open+1].tag != tagDet
	for i := open + 1; i < f && !verb; i++ {
		verb = ws[i].vg >= 0 && ws[i].tag != tagTo && ws[i].tag != tagPart
	}
	if !verb {
		return false
	}
	end := l
	for end+1 < len(ws) && ws[end+1].tag != tagPunct {
		end++
	}
	return s.qFirst[k] < open || s.qFirst[k] > end
}

// datesNounOfLaterClause reports a date, words [f, l], that modifies a noun ("the consumption
// boom of 2021", "the 2021 boom") in a clause a subordinator opens after figure k, with a
// subject and a verb of its own: "Growth was close to zero, 0.2%, as the economy digested the
// consumption boom of 2021" (blind round 85: Chile's growth of 2023 was judged as 2021's). The
// date says when that thing was, not when the figure was; a date of the clause's verb ("as
// energy prices soared in 2022") is the clause's time, and the figure's, and stays.
func (s *sentence) datesNounOfLaterClause(k, f, l int) bool {
	ws := s.words
	if f <= s.qLast[k] {
		return false
	}
	p := ws[f].np
	prenominal := p >= 0 && s.nps[p].head > l && ws[s.nps[p].head].date < 0
	ofNoun := f >= 2 && ws[f-1].lower == "of" && ws[f-2].tag == tagNoun && ws[f-2].date < 0 &&
		!timeNoun(ws[f-2].lower) && !periodPart(ws[f-2].lower) // not "in the summer of 2022", "at the end of 2008"
	if !prenominal && !ofNoun {
		return false
	}
	// a phrase of time is the clause's time, which is the figure's: "as output fell during the
	// 1998 crisis", "as demand collapsed in the crisis of 2008"
	phrase := p
	if ofNoun {
		phrase = ws[f-2].np
	}
	if phrase >= 0 && s.nps[phrase].first > 0 {
		switch ws[s.nps[phrase].first-1].lower {
		case "in", "at", "during", "amid", "amidst", "throughout", "by", "until", "over", "since", "towards", "toward", "after", "before":
			return false
		}
	}
	sub := -1
	if f-s.qLast[k] > 40 {
		return false // (a clause near the figure: every date of a long sentence asks)
	}
	for i := s.qLast[k] + 1; i < f; i++ {
		switch w := &ws[i]; {
		case w.fig >= 0 && w.fig != k && !(s.readings[w.fig] != nil && s.readings[w.fig].apposed == k):
			return false // (not the figure restated: "close to zero, 0.2%, as ...")
		case w.lower == ";":
			return false
		case w.tag == tagSub && sub < 0:
			sub = i
		case sub >= 0 && w.vg >= 0 && s.finite(w.vg) && i > sub+1:
			return true // (a subject between: "as the economy digested")
		}
	}
	return false
}

// startOfChange reports figure k as the level a change set after it started from ("from
// 7.0% to 35%", "down from 6.1%, stood at 5.9%"): not a revision, and not a rate decision or
// a market price, whose pair is one event of one day.
func (s *sentence) startOfChange(k int, r *reading, events bool) bool {
	// (not under a verb of forecasting: "is forecast to fall in 2025 from 1.9% to 1.8%" moves
	// a forecast for 2025, and starts from the earlier forecast of the same year)
	return (r.compared > k || r.compared == -2) && !r.revised && r.measure.name != "policy_rate" && !events &&
		!(r.vg >= 0 && s.projects(r.vg))
}

// undatedStart reports that no date and no word of a relative period ("last year", "in the
// previous quarter", "a year earlier") follows figure k before the next figure: the start of a
// change whose period the text leaves to the reader.
func (s *sentence) undatedStart(k int) bool {
	ws := s.words
	for i := s.figurePhraseEnd(k) + 1; i < len(ws) && i <= s.qLast[k]+5; i++ {
		if ws[i].fig >= 0 {
			return true
		}
		if ws[i].date >= 0 {
			return false
		}
		switch ws[i].lower {
		case "previous", "preceding", "prior", "earlier", "ago", "before", "last", "year", "month", "quarter":
			return false
		}
	}
	return true
}

// reasonStartOfChange says why the start of a change gets no period from the clause's date.
const reasonStartOfChange = "the level a change over the period started from, of a period before it not named"

// earlierOccurrenceDate reports a date at word f that says when a level was last seen
// before: "a level last seen in 1981", "last recorded in 1993", "a rate not reached since
// 2008", "previously hit in 2011". It dates the earlier time, not the figure.
func (s *sentence) earlierOccurrenceDate(f int) bool {
	ws := s.words
	if j := f - 1; j >= 3 && ws[j].lower == "of" && ws[j-1].np >= 0 && ws[j-1].date < 0 {
		// "fell in 2022 for the first time since the famine of 1961, to 1.4118 billion": the
		// year of the event the span starts at (blind round 147: China's 2022 population
		// judged as 1961's)
		if b := s.nps[ws[j-1].np].first - 1; b >= 0 && ws[b].lower == "since" {
			return true
		}
	}
	i := f - 1
	if i >= 0 && (ws[i].lower == "in" || ws[i].lower == "since" || ws[i].lower == "during") {
		i--
	}
	if i < 1 || !earlierOccurrenceVerb(ws[i].lower) {
		return false
	}
	if i >= 2 && ws[i-2].tag == tagAux {
		return false // "Annualised rates of 4.9% were last seen in 2020": the figure's own
	}
	switch ws[i-1].lower {
	case "last", "not", "never", "previously", "rarely", "only":
		return true
	}
	return false
}

// earlierOccurrenceVerb reports a participle that says a level occurred ("seen", "recorded").
func earlierOccurrenceVerb(w string) bool {
	switch w {
	case "seen", "recorded", "reached", "hit", "touched", "registered", "experienced", "matched", "witnessed":
		return true
	}
	return false
}

// inOtherFiguresSubordinate reports a date at word f inside a subordinate clause ("when",
// "as", "while") that does not hold figure k and holds a figure of its own: the date of that
// clause's event and figure ("Prices rose 135%, a rate that would look tame by the end of the
// decade, when inflation in 1989 reached 1,431%"), not of a figure outside it. A clause with no
// figure ("GDP fell 13% when the crisis struck in 1998") dates the clause it hangs on.
func (s *sentence) inOtherFiguresSubordinate(k, f int) bool {
	cf, ct := s.clauseOf(f)
	if cf == 0 || s.words[cf-1].tag != tagSub {
		return false
	}
	if at := s.qFirst[k]; at >= cf && at <= ct {
		return false
	}
	for i := cf; i <= ct; i++ {
		if fig := s.words[i].fig; fig >= 0 && int(fig) != k {
			return true
		}
	}
	return false
}

// besideClauseDate returns the date of the figure of the main clause that a "while" or
// "whereas" clause holding figure k is set beside ("Inflation was 0.7% in 2025, while growth
// recovered to 1.5%"), when that figure has a date of its own; else -1.
func (st *articleState) besideClauseDate(s *sentence, k int) int {
	ws := s.words
	for i := s.qFirst[k] - 1; i > 0; i-- {
		if ws[i].fig >= 0 {
			return -1
		}
		if ws[i].tag != tagSub {
			continue
		}
		if ws[i].lower != "while" && ws[i].lower != "whereas" {
			return -1
		}
		for j := k - 1; j >= 0; j-- {
			if s.qLast[j] >= i {
				continue
			}
			if jr := st.figureReading(s, j); jr != nil && jr.measure != nil {
				if d := s.ownDate(j, jr); d >= 0 && s.exprs[d].Explicit && s.exprs[d].Period != "" {
					return d
				}
			}
			return -1
		}
		return -1
	}
	return -1
}

// datesEarlierChange reports a date at word f that is the object of a preposition after a
// noun of change with no figure, which "after", "following" or "since" sets before figure k:
// "Germany's economy grew 0.2% after contractions in 2023 and 2024", "following a recession in
// 2009", "after the slump of 2020". The date is the earlier change's; the figure came after
// it. (With a figure of its own, "after a 0.2% contraction in 2023", the date is that figure's,
// and figure k is set against it: comparedPeriod.)
func (s *sentence) datesEarlierChange(k, f int) bool {
	ws := s.words
	for f >= 2 && (ws[f-1].lower == "and" || ws[f-1].lower == "or" || ws[f-1].lower == ",") && ws[f-2].date >= 0 {
		f = s.eFirst[ws[f-2].date] // "in 2023 and 2024": the first of the dates listed
	}
	if f < 3 || s.qLast[k] >= f {
		return false
	}
	switch ws[f-1].lower {
	case "in", "of", "during":
	default:
		return false
	}
	p := ws[f-2].np
	if p < 0 || s.nps[p].head != f-2 || !s.cueIs(f-2, catChange) {
		return false
	}
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		if ws[i].fig >= 0 {
			return false
		}
	}
	o := s.nps[p].first - 1
	if o >= 2 && ws[o].lower == "of" && s.lengthOfTimeEndingAt(o-1) {
		// "after two years of contraction in 2023 and 2024" (blind round 210: Germany's
		// growth read as 2023's and 2024's and flagged twice)
		o = s.phraseStart(o-1) - 1
	}
	if o < 0 || o <= s.qLast[k] {
		return false
	}
	switch ws[o].lower {
	case "after", "following", "since":
		return true
	}
	return false
}

// otherSemicolonPart reports a date in words [f, l] after figure k that a semicolon parts from
// it, in a part of the sentence with a figure of its own: that part is a clause that states its
// own figure, and the date is that figure's ("The consumer prices rose on annual average by
// 5.9 percent; in 2022 the rate had been 6.9 percent" does not date the 5.9 to 2022). A date
// before the figure may still frame the parts after it ("2001: Default on $93 billion of
// debt; the economy shrinks 4.4%", "Germany's death rate was 12.8 per mille in 2022; its
// population grew ... to 84.4 million").
func (s *sentence) otherSemicolonPart(k, f, l int) bool {
	ws := s.words
	if f <= s.qLast[k] {
		return false
	}
	semi := -1
	for i := s.qLast[k] + 1; i < f; i++ {
		if ws[i].lower == ";" {
			semi = i
		}
	}
	if semi < 0 {
		return false
	}
	// the date's part: from the semicolon before it to the next one
	from, to := semi+1, len(ws)-1
	for i := l + 1; i < len(ws); i++ {
		if ws[i].lower == ";" {
			to = i - 1
			break
		}
	}
	for i := from; i <= to; i++ {
		if j := ws[i].fig; j >= 0 && j != k && !isDuration(s.quants[j].Unit) {
			return true
		}
	}
	return false
}

// byFigure reports a figure that gives the size of a movement: after "by" or right after its
// verb ("rose by 0.2 points", "rose 0.2 points").
func (s *sentence) byFigure(k int) bool {
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	return i >= 0 && (s.words[i].lower == "by" || s.words[i].vg >= 0)
}

// resultAfterComma returns the first word of a phrase that gives the result of the clause
// before its comma — "for" and a noun phrase, or a participle in -ing — when figure reading r
// is in it, or -1.
func (s *sentence) resultAfterComma(r *reading) int {
	ws := s.words
	if r.vg >= 0 {
		g := s.vgs[r.vg]
		if g.first > 0 && g.first == g.last && ws[g.first-1].lower == "," && strings.HasSuffix(ws[g.first].lower, "ing") {
			return g.first
		}
	}
	// the figure's phrase, also when it hangs from the verb before the comma: "was up 2.1 per
	// cent in the June quarter, for an annual rate of 18.3 per cent"
	if r.np >= 0 {
		f := s.nps[r.np].first
		if f > 1 && ws[f-1].lower == "for" && ws[f-2].lower == "," {
			return f
		}
		// "..., bringing the annual rate to 4.5 pct": the participle's object
		if f > 1 && ws[f-1].vg >= 0 && ws[f-2].lower == "," {
			if g := s.vgs[ws[f-1].vg]; g.first == g.last && strings.HasSuffix(ws[f-1].lower, "ing") {
				return f - 1
			}
		}
	}
	return -1
}

// modifiesOtherNoun reports a date that modifies a noun which names no measure and holds no
// figure ("the January data", "its March report"): it dates that thing, not the sentence's
// figures.
func (s *sentence) modifiesOtherNoun(d int) bool {
	f, l := s.eFirst[d], s.eLast[d]
	p := s.words[f].np
	if p < 0 || s.nps[p].head <= l || s.words[s.nps[p].head].date >= 0 || dayNumber(s.words[s.nps[p].head].lower) {
		return false // not "the fiscal year ending March 31", whose head is the day
	}
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		if s.words[i].fig >= 0 || s.cueIs(i, catMeasure) || s.cueIs(i, catChange) || s.cueIs(i, catKindNoun) {
			return false // "the January rise in prices", "its December forecast"
		}
	}
	return true
}

// timeSpanObject reports a phrase that is the object of a preposition of a span of time the
// clause falls within ("during the 1998 Asian financial crisis", "amid the 2020 lockdowns",
// "throughout the 1970s oil shocks"), or of "in", "after" or "following" before an event's
// name ("In the 1998 default", "after the 1998 default": the event's time or its wake); unlike
// "the January data" or "in the 2024 budget", which only name a thing.
//
// Its year frames the clause, so no period of the text around stands for the clause's figures
// (blind round 24: "During the 1998 Asian financial crisis the economy contracted 4.9%" took
// 2025 from the sentence before and was flagged); but the year an event is named by is often
// the year it began, and its figures are of the years it ran: "during the 1997 Asian
// financial crisis, South Korea's economy shrank 5.1%" is 1998's, "during the 2008 crisis,
// Germany's shrank 5.7%" 2009's. Such a figure gets no period (eventYearDate).
func (s *sentence) timeSpanObject(p int) bool {
	if p < 0 {
		return false
	}
	f := s.nps[p].first
	if f == 0 {
		return false
	}
	switch s.words[f-1].lower {
	case "during", "amid", "amidst", "throughout":
		return true
	case "in", "after", "following":
		// "In the 1998 default, output contracted 5.3%": in an event, as during it (blind
		// round 101: took 2015 from the sentence before), or in its wake ("after the 1998
		// default, Russia's GDP fell 5.3%": round 104); not "in the 2024 budget"
		return eventNoun(s.words[s.nps[p].head].lower)
	}
	return false
}

// decisionDate reports a date that modifies a noun of a rate decision ("following the May 2025
// decision", "after the March cut"): the date a rate set then held from, which dates a policy
// rate of its clause (freeDate's days; blind round 24: "Bank Rate was 4.25% following the May
// 2025 decision" took August 2024 from the clause before).
func (s *sentence) decisionDate(d int) bool {
	p := s.words[s.eFirst[d]].np
	if p < 0 {
		return false
	}
	h := &s.words[s.nps[p].head]
	for _, base := range []string{"decision", "cut", "hike", "increase", "reduction", "meeting", "move", "vote"} {
		if h.hasLemma(base) {
			return true
		}
	}
	return false
}

// reasonEventYear is the Reason of a figure framed by the year of an event (timeSpanObject).
const reasonEventYear = "the year an event is named by, which its figures may follow"

// eventYearDate reports date d as the year of an event that frames its clause
// (timeSpanObject): "during the 1998 crisis".
func (s *sentence) eventYearDate(d int) bool {
	return s.modifiesOtherNoun(d) && s.timeSpanObject(s.words[s.eFirst[d]].np)
}

// dayNumber reports a word that can be a day of a month: one or two digits.
func dayNumber(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && w[0] >= '0' && w[0] <= '9' && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// whenMade reports a month or day that modifies a forecast or an estimate in phrase p ("its
// December forecast of two pct"): when it was made, not what it is of ("its 1987 forecast").
func (s *sentence) whenMade(p, d int) bool {
	e := s.exprs[d]
	if e.Precision != timex.Month && e.Precision != timex.Day && e.Precision != timex.Week {
		return false
	}
	h := s.nps[p].head
	return s.eLast[d] < h && s.cueIs(h, catKindNoun) && (s.cueIs(h, catForecast) || s.words[h].hasLemma("estimate"))
}

// dateOfAct reports a date that says when something was made, published or said ("a forecast
// made last November", "figures released in March"), by the verb right before it.
func (s *sentence) dateOfAct(f int) bool {
	return hasLemmaOf(s.verbRightBefore(f, true), "make", "issue", "publish", "release", "announce", "say", "present", "report", "unveil", "estimate", "forecast", "predict", "project")
}

// dateOfPublishing reports a date at word f right after a verb of publishing or forecasting
// ("published last year", "forecast in June", "announced in March"): when a figure was given
// out, which a verb of reporting or estimating ("reported in 2022") less often means than
// the period it is of.
func (s *sentence) dateOfPublishing(f int) bool {
	return hasLemmaOf(s.verbRightBefore(f, false), "publish", "release", "issue", "announce", "forecast", "predict", "project")
}

// verbRightBefore returns the verb group's word right before word f, past "in" or "on" (and
// "during" when during is true), or "".
func (s *sentence) verbRightBefore(f int, during bool) string {
	i := f - 1
	if i >= 0 && (s.words[i].lower == "in" || s.words[i].lower == "on" || during && s.words[i].lower == "during") {
		i--
	}
	if i < 0 || s.words[i].vg < 0 {
		return ""
	}
	return s.words[i].lower
}

// hasLemmaOf reports w as a form of one of bases ("" is none).
func hasLemmaOf(w string, bases ...string) bool {
	if w == "" {
		return false
	}
	for _, base := range bases {
		if hasLemma(w, base) {
			return true
		}
	}
	return false
}

// dateOwner returns the figure that date d belongs to — inside its phrase, or right after it
// ("5% in 2004") — or -1.
func (s *sentence) dateOwner(d int) int {
	ws := s.words
	f := s.eFirst[d]
	if p := ws[f].np; p >= 0 {
		for i := s.nps[p].first; i <= s.nps[p].last; i++ {
			if ws[i].fig >= 0 && !isDuration(s.quants[ws[i].fig].Unit) {
				return ws[i].fig // not "the first two months of the year", a span of the date itself
			}
		}
		if l := s.nps[p].last; l+2 < len(ws) && ws[l+1].lower == "of" && ws[l+2].fig >= 0 && s.cueIs(s.nps[p].head, catKindNoun) {
			// the figure a dated noun of a figure names: "nearly double the 2009 level of
			// 9.5 percent" (blind round 136: the year was taken by the 17.7% before it)
			return ws[l+2].fig
		}
	}
	for j, n := f-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		if fig := ws[j].fig; fig >= 0 {
			return fig
		}
		w := &ws[j]
		if w.vg >= 0 {
			// a participle after a figure's phrase: "the 2.8 pct growth recorded in 1986"
			if v := s.vgs[w.vg]; v.first == v.last && ws[v.head].past && v.first > 0 {
				if p := ws[v.first-1].np; p >= 0 && s.nps[p].last == v.first-1 {
					for i := s.nps[p].first; i <= s.nps[p].last; i++ {
						if ws[i].fig >= 0 && !isDuration(s.quants[ws[i].fig].Unit) {
							return ws[i].fig
						}
					}
				}
			}
			return -1
		}
		if w.tag == tagPunct {
			return -1
		}
		switch {
		case w.tag == tagPrep, w.tag == tagDet:
			continue
		case w.lower == "average" && j > 0 && ws[j-1].lower == "on":
			// "on average" is an adverb of the figure, though "average" heads a noun phrase that
			// would end the walk: "rose 9.1 per cent on average in 2022" is the figure's year
			// (blind round 145: taken by a figure of another clause)
			continue
		case w.np >= 0 && s.nps[w.np].head > j:
			continue
		case w.np >= 0:
			for i := s.nps[w.np].first; i <= s.nps[w.np].last; i++ {
				if f := ws[i].fig; f >= 0 && (i == s.nps[w.np].first || s.quants[f].Unit != "") {
					return f // "4.8 pct growth in the first quarter", "a 2.4 pct expansion in 1986"; not "the 24 nations in January"
				}
			}
		}
		return -1
	}
	return -1
}

// figuresAround holds the last word of another figure before a figure and the first one
// after it (-1 and the sentence's length when there is none).
type figuresAround struct{ before, after int }

// otherFiguresAround finds the words of other figures nearest figure k on either side.
func (s *sentence) otherFiguresAround(k int) figuresAround {
	near := figuresAround{before: -1, after: len(s.words)}
	for t := s.qFirst[k] - 1; t >= 0; t-- {
		if s.words[t].fig >= 0 && s.words[t].fig != k {
			near.before = t
			break
		}
	}
	for t := s.qLast[k] + 1; t < len(s.words); t++ {
		if s.words[t].fig >= 0 && s.words[t].fig != k {
			near.after = t
			break
		}
	}
	return near
}

// between is figureBetween(k, f, l), answered from the figures nearest figure k.
func (near figuresAround) between(s *sentence, k, f, l int) bool {
	if l < s.qFirst[k] {
		return near.before > l
	}
	return near.after < f
}

// figureBetween reports another figure between figure k and the words [f, l].
func (s *sentence) figureBetween(k, f, l int) bool {
	lo, hi := s.qLast[k], f
	if l < s.qFirst[k] {
		lo, hi = l, s.qFirst[k]
	}
	for t := lo + 1; t < hi; t++ {
		if s.words[t].fig >= 0 && s.words[t].fig != k {
			return true
		}
	}
	return false
}

// estimateClauseAfter reads a clause after figure k that says who estimated or expected it:
// "the 3.1% the government estimated a month ago", "the 0.3% economists had expected", "the
// 2% forecast by analysts", "the 0.6% contraction that economists polled by Reuters had
// forecast". It returns the verb's base form. The clause is a relative one whose object is
// the figure: an optional noun the figure is the size of, an optional "that" or "which", a
// subject of a few words (with a participle and its phrases after it: "polled by Reuters",
// "surveyed at the start of the year"), and the verb.
func (s *sentence) estimateClauseAfter(k int) (string, bool) {
	if !s.marked(markEstimate) {
		return "", false // most sentences: every figure asks
	}
	ws := s.words
	i := s.qLast[k] + 1
	// the noun the figure is the size of, before the relative pronoun: "the 0.6% contraction
	// that" (with none, the subject's words take it in: "the 0.6% contraction economists")
	if i+1 < len(ws) && ws[i].tag == tagNoun && ws[i].vg < 0 && ws[i+1].tag == tagWh {
		i++
	}
	if i < len(ws) && ws[i].tag == tagWh && (ws[i].lower == "that" || ws[i].lower == "which") {
		i++
	}
	// an optional subject: "the government", "economists", "analysts polled by Reuters"
	subject := i
	for n := 0; i < len(ws) && n < 4 && ws[i].vg < 0; n++ {
		if i > subject && estimateVerbAt(ws, i) {
			break // "the 2% that the government forecast.": its verb, not a noun of its subject
		}
		nominal := ws[i].tag == tagDet || ws[i].tag == tagNoun || ws[i].tag == tagProper || ws[i].tag == tagAdj
		// a quantifier the tagger calls an adverb stands before a noun: "most analysts"
		quantifier := ws[i].tag == tagAdv && i+1 < len(ws) && (ws[i+1].tag == tagNoun || ws[i+1].tag == tagAdj)
		if !nominal && !quantifier {
			break
		}
		i++
	}
	if i > subject && i+1 < len(ws) && ws[i].past && ws[i+1].tag == tagPrep && estimateVerbBase(&ws[i]) == "" {
		// the participle that qualifies the subject, and its phrases: "polled by Reuters at
		// the start of the year"
		j := i + 1
		for n := 0; j < len(ws) && n < 10 && (ws[j].tag == tagPrep || ws[j].tag == tagDet || ws[j].tag == tagNoun || ws[j].tag == tagProper || ws[j].tag == tagAdj) && ws[j].vg < 0; n++ {
			j++
		}
		i = j
	}
	if i < len(ws) && (ws[i].lower == "had" || ws[i].lower == "have" || ws[i].lower == "has") {
		i++
	}
	if i >= len(ws) || ws[i].vg < 0 && !ws[i].past && !(i > subject && estimateVerbAt(ws, i)) {
		return "", false
	}
	if base := estimateVerbBase(&ws[i]); base != "" {
		return base, true
	}
	return "", false
}

// estimateVerbBase returns the base form of w when it is a verb of estimating or expecting,
// else "". (One list for the clause's verb and for the participle that is not it: "the 10%
// contraction economists predicted in March" was read as economists "predicted in March",
// a participle of the subject, and the forecast as an outturn of the year before; blind
// round 104.)
func estimateVerbBase(w *word) string {
	for _, base := range [...]string{"estimate", "expect", "forecast", "predict", "project", "anticipate"} {
		if w.hasLemma(base) {
			return base
		}
	}
	return ""
}

// comparedPeriod is the period of a figure given in comparison with an earlier one: its own
// date; for a revision, the same period; "a year earlier" or "the year-earlier quarter", the
// period a year before; else the period before the other's.
func (s *sentence) comparedPeriod(k int, r *reading) (timex.Expr, bool) {
	base, ok := s.periodOfClaim(r.compared)
	if !ok {
		return timex.Expr{}, false
	}
	if _, ok := s.estimateClauseAfter(k); r.revised || ok || s.firstReportedAfter(k) {
		// a revision, or an estimate or expectation of the same figure: "ahead of the 3.1%
		// the government estimated a month ago", "above the 0.3% economists had expected"
		return base, true
	}
	if e, ok := s.relativeShift(k, base); ok {
		return e, true
	}
	return shiftPeriod(base, -1, false), true
}

// datedAfter returns the first date after word i that is the period of what the sentence
// states there (no base of a change, nothing relative to another period), or -1.
func (s *sentence) datedAfter(i int) int {
	for d := range s.exprs {
		if s.eFirst[d] > i && s.exprs[d].Period != "" && !s.isBaseDate(d) && !relativeToOther(s.exprs[d], s.words, s.eFirst[d], s.eLast[d]) {
			return d
		}
	}
	return -1
}

// relativeShift moves period base back by a base date after figure k: "7.9 pct a year
// earlier", "the same month last year", "in the previous quarter". False when there is none.
func (s *sentence) relativeShift(k int, base timex.Expr) (timex.Expr, bool) {
	for j := s.qLast[k] + 1; j < len(s.words) && j <= s.qLast[k]+5; j++ {
		if f := s.words[j].fig; f >= 0 && isDuration(s.quants[f].Unit) && s.quants[f].ValueMax == nil {
			// "19.7 pct two years ago", "three months earlier": the count says how far back
			if a := s.qLast[f] + 1; a < len(s.words) && (s.words[a].lower == "ago" || s.words[a].lower == "earlier" || s.words[a].lower == "before") {
				if n := int(s.quants[f].Value); float64(n) == s.quants[f].Value && n > 0 {
					return shiftBy(base, n, s.quants[f].Unit), true
				}
			}
		}
		if f := s.words[j].fig; f >= 0 && s.words[s.qLast[f]].lower == "quarter" && s.qLast[f]+1 < len(s.words) {
			// "0.3% a quarter earlier": the scanner read "a quarter" as a fraction
			if w := s.words[s.qLast[f]+1].lower; w == "earlier" || w == "ago" || w == "before" {
				if finerThan("quarter", base.Precision) {
					return unresolvedShift("quarter", base), true
				}
				return shiftPeriod(base, -1, false), true
			}
		}
		if s.words[j].fig >= 0 || s.words[j].vg >= 0 {
			break
		}
		switch s.words[j].lower {
		case "previous", "preceding", "prior":
			if j+1 < len(s.words) && finerThan(s.words[j+1].lower, base.Precision) {
				return unresolvedShift(s.words[j+1].lower, base), true
			}
			return shiftPeriod(base, -1, false), true
		case "earlier", "ago", "before":
			// "a month earlier", "a quarter earlier", "a year ago", "a year before": the unit
			// says how far back ("before" alone is no date: "before the crisis")
			if j > 0 && (s.words[j-1].lower == "month" || s.words[j-1].lower == "quarter") {
				if finerThan(s.words[j-1].lower, base.Precision) {
					return unresolvedShift(s.words[j-1].lower, base), true
				}
				return shiftPeriod(base, -1, false), true
			}
			if j > 1 && s.words[j-1].lower == "decade" && (s.words[j-2].lower == "a" || s.words[j-2].lower == "one") && s.words[j].lower != "before" {
				return shiftPeriod(base, -10, true), true // "4.9 per cent a decade earlier"
			}
			if s.words[j].lower == "before" && (j < 2 || s.words[j-1].lower != "year" || !yearBeforeOpeners[s.words[j-2].lower]) {
				// (not "2.0% next year before slowing to 1.5 per cent": blind round 273, read as
				// the year before's outturn)
				break
			}
			return shiftPeriod(base, -1, true), true
		case "same":
			if j+1 < len(s.words) && s.words[j+1].lower == "year" && (j+2 >= len(s.words) || !yearBackAfterSame[s.words[j+2].lower]) {
				// "Germany, which shrank 0.5% the same year": the other figure's year. (The
				// same month or quarter set against a figure is the year before's: "rose 3.1%
				// against 2.0% in the same month")
				return base, true
			}
			return shiftPeriod(base, -1, true), true
		case "year-earlier", "year-ago":
			return shiftPeriod(base, -1, true), true
		}
	}
	return timex.Expr{}, false
}

// yearBackAfterSame are the words after "the same year" that still place it a year back.
var yearBackAfterSame = map[string]bool{"earlier": true, "ago": true, "before": true, "last": true, "previous": true, "prior": true}

// finerThan reports a unit of time shorter than a period of the given precision, which a
// step back from that period cannot be counted in: the quarter before a year.
func finerThan(unit, precision string) bool {
	switch unit {
	case "quarter":
		return precision == timex.Year || precision == timex.Half
	case "month":
		return precision == timex.Year || precision == timex.Half || precision == timex.Quarter
	}
	return false
}

// unresolvedShift is the period of "the previous quarter" after a figure of a year: none. The
// year is often a quarter's read wrongly ("Quarter 4 (Oct to Dec) 2023"), and the year before
// it is no answer.
func unresolvedShift(unit string, base timex.Expr) timex.Expr {
	return timex.Expr{Reason: "the " + unit + " before a figure of " + base.Period}
}

// yearBeforeOpeners open "a year before", "the year before", "one year before".
var yearBeforeOpeners = map[string]bool{"a": true, "the": true, "one": true}

// relativeDateAfter reports a base date after figure k that places it before another period
// ("a year earlier", "the previous quarter"), whatever that period is.
func (s *sentence) relativeDateAfter(k int) bool {
	_, ok := s.relativeShift(k, timex.Expr{Period: "2000", Precision: timex.Year})
	return ok
}

// shiftBy moves a period back by n units of a duration ("two years", "three months"), when
// the period is at least as fine as the unit.
func shiftBy(e timex.Expr, n int, unit string) timex.Expr {
	switch unit {
	case "year":
		return shiftPeriod(e, -n, true)
	case "quarter":
		if e.Precision == timex.Quarter {
			return shiftPeriod(e, -n, false)
		}
	case "month":
		if e.Precision == timex.Month {
			return shiftPeriod(e, -n, false)
		}
		if e.Precision == timex.Quarter && n%3 == 0 {
			return shiftPeriod(e, -n/3, false)
		}
	}
	if finerThan(unit, e.Precision) {
		return unresolvedShift(unit, e)
	}
	return timex.Expr{}
}

// shiftPeriod moves a period by n of its own units, or by n years when byYear.
func shiftPeriod(e timex.Expr, n int, byYear bool) timex.Expr {
	p := e.Period
	fy := strings.HasPrefix(p, "FY")
	p = strings.TrimPrefix(p, "FY")
	if len(p) < 4 {
		return timex.Expr{}
	}
	year, err := strconv.Atoi(p[:4])
	if err != nil {
		return timex.Expr{}
	}
	out := timex.Expr{Precision: e.Precision, Explicit: false}
	switch {
	case len(p) == 4:
		out.Period = strconv.Itoa(year + n)
		if fy {
			out.Period = "FY" + out.Period
		}
	case len(p) == 7 && (p[5] == 'Q' || p[5] == 'H'):
		part, _ := strconv.Atoi(p[6:])
		per := 4
		if p[5] == 'H' {
			per = 2
		}
		if byYear {
			year += n
		} else {
			part += n
			for part < 1 {
				part += per
				year--
			}
			for part > per {
				part -= per
				year++
			}
		}
		out.Period = fmt.Sprintf("%04d-%c%d", year, p[5], part)
	case len(p) == 7:
		month, _ := strconv.Atoi(p[5:])
		t := time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		if byYear {
			t = t.AddDate(n, 0, 0)
		} else {
			t = t.AddDate(0, n, 0)
		}
		out.Period = t.Format("2006-01")
	default:
		return timex.Expr{}
	}
	return out
}

// focusPeriod returns the period of the last claim the text made of the same measure, for a
// figure that restates or follows it ("The three pct figure ...", "it rose 0.4 pct").
func (st *articleState) focusPeriod(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if r.fromContext && s.earlierWordBefore(k) {
		// "..., while Argentina shrank 1.3%, and the year before it shrank 1.6%": a time
		// before the one the text goes on about, in words the dates did not read
		return timex.Expr{Reason: "an earlier time than the sentence's, in words not read as a date"}, true
	}
	if r.fromContext {
		// what an earlier figure of the sentence was about, before the sentence before: "Mexico's
		// unemployment rate of 2.6% is among the lowest in the OECD, where the average is 4.9%"
		for j := k - 1; j >= 0; j-- {
			if jr := s.readings[j]; jr != nil && jr.measure == r.measure && jr.claimPeriod != "" && jr.compared < 0 && !s.outturnAfterForecast(r, jr) && !s.periodOfMatchedNoun(j, jr.claimPeriod) {
				return timex.Expr{Period: jr.claimPeriod, Precision: periodPrecision(jr.claimPeriod)}, true
			}
		}
	}
	f := st.focus
	if f.period == "" || f.measure == nil || r.measure == nil || f.measure.name != r.measure.name && !r.fromContext {
		return timex.Expr{}, false
	}
	if f.measure.name != r.measure.name && f.entity != "" && f.entity != st.entityOf(s, k, r) {
		// "Spanish unemployment is about 12%, but it was 26% in 2013. Italy grew 0.9%": a
		// measure its verb gives, of another country, goes on with no period of the one before
		// (blind round 61)
		return timex.Expr{}, false
	}
	if s.anteriorToFocus(k, r) {
		return timex.Expr{Reason: "a level before the event the text reports, not of its date"}, true // anterior_state.go
	}
	if !r.fromContext && f.entity != "" && f.entity != st.entityOf(s, k, r) {
		return timex.Expr{}, false // another country's figure is not this one's period
	}
	return timex.Expr{Period: f.period, Precision: periodPrecision(f.period)}, true
}

// outturnAfterForecast reports a figure of a verb in the past (r) after a forecast (earlier) in
// its sentence: "Germany is expected to shrink 0.1% this year, while the US grew 1.2%" says
// nothing of when the US grew.
func (s *sentence) outturnAfterForecast(r, earlier *reading) bool {
	return earlier.claimKind == KindForecast && r.vg >= 0 && s.pastTense(r.vg) && !s.vgs[r.vg].modal
}

// presentPeriod is the period of an undated figure in the present or future tense: the year of
// publication ("unemployment is currently 8.2 pct", "growth will be about 2 pct").
func (st *articleState) presentPeriod(s *sentence, k int, r *reading) (timex.Expr, bool) {
	if st.art.Published.IsZero() {
		return timex.Expr{Reason: timex.ReasonNoPublished}, true
	}
	g := r.vg
	if g < 0 {
		g = s.clauseVerb(s.qFirst[k]) // "Given virtual zero inflation, such fears may seem exaggerated"
	}
	// a target set or kept is for the year it is set in
	if r.compared >= 0 || r.compared == -2 || s.targetPhrase(k, r) < 0 && (g < 0 || s.pastTense(g)) {
		return timex.Expr{}, false
	}
	// a figure in the present, said on a date the text gives: of that date, not of the
	// article's ("Unemployment is at 3.4%, the president said in January 2023")
	for d := range s.exprs {
		if s.dateOfAct(s.eFirst[d]) && s.exprs[d].Period != "" {
			return timex.Expr{Period: s.exprs[d].Period, Precision: s.exprs[d].Precision, Reason: "when it was said"}, true
		}
	}
	if g >= 0 && s.presentPerfect(g) {
		// "Debt has fallen to 161% of GDP": the latest figure, of a period the text does not name
		return timex.Expr{Reason: "the latest figure, of a period the text does not name"}, true
	}
	if b := s.statedBasis(k); b == BasisYoY || b == BasisMoM {
		// "Consumer prices are 290% higher than a year ago": a rate at the latest month, which
		// the text does not name; not the year's average
		return timex.Expr{Reason: "a rate at the latest month, which the text does not name"}, true
	}
	return timex.Expr{Period: strconv.Itoa(st.art.Published.Year()), Precision: timex.Year}, true
}

// coordinatedClauses reports two words of clauses joined by "and" or "while", the second
// with a subject and verb of its own ("added 336,000 jobs in September and the unemployment
// rate held at 3.8%").
func (s *sentence) coordinatedClauses(a, b int) bool {
	join := -1
	for i := a + 1; i < b; i++ {
		switch s.words[i].lower {
		case "and", "while", "whereas":
			join = i
		case ";", "but":
			return false
		}
	}
	if join < 0 {
		return false
	}
	for i := join + 1; i < b; i++ {
		if g := s.words[i].vg; g >= 0 && s.subjectOf(g) >= 0 {
			return true
		}
	}
	return false
}

// clauseVerb returns the first verb group of the clause word i stands in, else of its
// sentence, or -1: the tense of a figure with no verb of its own.
func (s *sentence) clauseVerb(i int) int {
	from, to := s.clauseOf(i)
	for j := from; j <= to; j++ {
		if s.words[j].vg >= 0 {
			return s.words[j].vg
		}
	}
	if len(s.vgs) > 0 {
		return 0
	}
	return -1
}

// pastTense reports a verb group in a past tense: "rose", "was", "had risen".
func (s *sentence) pastTense(g int) bool {
	v := s.vgs[g]
	if v.first == v.last && strings.HasSuffix(s.words[v.head].lower, "ing") {
		// a participle clause has its main clause's tense: "fell ..., giving a rate of 4.7%"
		if e := s.sharedSubjectVerb(g); e >= 0 && e != g && s.vgs[e].first < v.first {
			return s.pastTense(e)
		}
	}
	if c := s.copulaBefore(g); c >= 0 {
		return s.pastTense(c) // "was the only economy to shrink": the copula's tense
	}
	if c := s.causativeBefore(v.head); v.first == v.last && c >= 0 && s.words[c].vg >= 0 && s.words[c].vg != g {
		return s.pastTense(s.words[c].vg) // "helped inflation fall to 2 pct"
	}
	if s.capsLine {
		// a headline speaks in the present of what happened: "PUT AT", "RISES"
		for j := v.first; j <= v.last; j++ {
			switch s.words[j].lower {
			case "was", "were", "had":
				return true
			}
		}
		return false
	}
	for j := v.first; j <= v.last; j++ {
		w := &s.words[j]
		switch w.lower {
		case "was", "were", "had":
			return true
		case "will", "would", "is", "are", "has", "have", "could", "may", "might", "should", "'ll", "be":
			return false
		}
	}
	if m := s.resultMatrix(g); m >= 0 {
		return s.pastTense(m) // "fell 44,100 in February, to total 3.07 mln": the fall's tense
	}
	return s.words[v.head].past && !v.infinitive
}

// resultMatrix returns the verb group of the clause that an infinitive of result hangs from
// ("fell 44,100 in February, to total 3.07 mln", "rose 2%, to stand at 4.1%"), or -1. An
// infinitive after a verb of projection is its object ("expected to grow") and none.
func (s *sentence) resultMatrix(g int) int {
	v := s.vgs[g]
	if !v.infinitive || v.modal || s.words[v.first].tag != tagTo {
		return -1 // "is expected to grow" is a clause's own verb, not an infinitive of result
	}
	m := s.verbBeforeWord(v.first)
	if m < 0 || m == g || s.projects(m) || s.verbChange(m) == 0 {
		return -1
	}
	return m
}

// spanOf reads a figure over several years: "averaged five pct over the past three years",
// "growth of 3% a year since 2001". Its period is the span, as "2001/2004".
func (s *sentence) spanOf(k int, published time.Time) (timex.Expr, bool) {
	ws := s.words
	if e, ok := s.betweenYears(k); ok {
		return e, true // "Between 2010 and 2018, the economy grew by an average of 2% a year"
	}
	if reason, ok := s.thanEarlier(k); ok {
		return timex.Expr{Reason: reason}, true // "5% smaller than it was before the crisis"
	}
	from, to := s.clauseOf(s.qFirst[k])
	if r := s.readings[k]; r != nil && r.vg >= 0 && (r.role == roleChange || s.perfect(r.vg) && s.words[s.vgs[r.vg].head].hasLemma("average")) {
		// (an average "has averaged" since a time is over all the years since, as a change is:
		// "Since the Doi Moi reforms of 1986, Vietnam's economy has averaged growth of roughly
		// 6.5% a year", blind round 87, was judged as 1986's)
		// "since" right after the figure, or between its verb and it
		lo, hi := s.vgs[r.vg].last+1, min(to, s.qLast[k]+3)
		i := s.sinceIn(max(from, lo-1, s.qFirst[k]-12), hi) // (near the figure: a list of figures after one verb asks each)
		if i < 0 && ws[from].lower == "since" && s.phraseBeforeComma(from+1) {
			i = from // "Since the pandemic, the economy has grown 1.9%"; not "Since the report was compiled, ..."
		}
		if i >= 0 {
			// "has grown by 1.9% since the pandemic", "has fallen 2% since 2019": a change
			// over all the periods since then, never one period's
			last := i
			for last+1 <= min(i+3, to) && !ws[last+1].punct {
				last++
			}
			for j := i + 1; j <= min(i+5, to) && !ws[j].punct; j++ {
				if d := ws[j].date; d >= 0 {
					last = max(last, s.eLast[d]) // "since the end of 2019", whole
					break
				}
			}
			what := "a change "
			if r.role != roleChange {
				what = "an average "
			}
			return timex.Expr{Reason: what + s.text[ws[i].start-s.start:ws[last].end-s.start] + ", not one period's"}, true
		}
	}
	// "over the past three years": only a sentence with "past", "last", ... holds one
	for j := from; j+3 <= to && s.marked(markSpanAgo); j++ {
		if ws[j].lower != "over" && ws[j].lower != "in" && ws[j].lower != "during" && ws[j].lower != "for" {
			continue
		}
		t := j + 1
		if ws[t].lower != "the" {
			continue
		}
		t++
		if ws[t].lower != "past" && ws[t].lower != "last" && ws[t].lower != "previous" && ws[t].lower != "next" && ws[t].lower != "coming" {
			continue
		}
		t++
		n := 1
		unit := ws[t].lower
		if f := ws[t].fig; f >= 0 {
			v := s.quants[f].Value
			if v < 2 || v > 50 {
				continue
			}
			n = int(v)
			unit = s.quants[f].Unit // "three years"
			if unit == "" && s.qLast[f]+1 <= to {
				unit = ws[s.qLast[f]+1].lower
			}
		}
		switch unit {
		case "years", "year":
		case "decade":
			n *= 10
		default:
			continue
		}
		if n < 2 {
			continue
		}
		if published.IsZero() {
			return timex.Expr{Reason: timex.ReasonNoPublished}, true
		}
		y := published.Year()
		lo, hi := y-n, y-1
		if ws[j+2].lower == "next" || ws[j+2].lower == "coming" {
			lo, hi = y, y+n-1
		}
		return timex.Expr{Period: fmt.Sprintf("%d/%d", lo, hi), Precision: timex.Year}, true
	}
	if phrase, ok := s.yearsDuration(k); ok {
		return timex.Expr{Reason: "a figure over several years (" + phrase + "), not one year's"}, true // duration_span.go
	}
	return timex.Expr{}, false
}

// yearlyRateUntil reports figure k followed by "a year", "per year", "annually" or "per annum"
// and then "through", "until", "till" or "to" a year: "grew more than 9% a year through
// 2007".
func (s *sentence) yearlyRateUntil(k int) bool {
	ws := s.words
	i := s.pastYearlyRate(s.qLast[k] + 1)
	if i == s.qLast[k]+1 || i+1 >= len(ws) {
		return false
	}
	switch ws[i].lower {
	case "through", "until", "till", "to":
	default:
		return false
	}
	d := ws[i+1].date
	return d >= 0 && s.eFirst[d] == i+1 && s.exprs[d].Precision == timex.Year
}

// pastYearlyRate returns the word after "a year", "per year", "per annum" or "annually" at word
// i ("grew 5 percent a year"), or i when none stands there.
func (s *sentence) pastYearlyRate(i int) int {
	ws := s.words
	switch {
	case i+1 < len(ws) && (ws[i].lower == "a" || ws[i].lower == "per") && (ws[i+1].lower == "year" || ws[i+1].lower == "annum"):
		return i + 2
	case i < len(ws) && ws[i].lower == "annually":
		return i + 1
	}
	return i
}

// spanTo reads a span of years that ends in a year, in the clause of figure k: "in the decade
// to 1996", "over the five years to 2004", "the ten years ending in 2019". Its period is all
// the years, as "1987/1996".
func (s *sentence) spanTo(k int) (timex.Expr, bool) {
	// the words a span may start at, whatever the figure: every figure of a sentence asks,
	// and most sentences have none
	s.findMarkedWords()
	if len(s.spanStarts) == 0 {
		return timex.Expr{}, false
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	starts := wordsWithin(s.spanStarts, from, to)
	for _, j32 := range starts {
		j := int(j32)
		if j+2 > to {
			break
		}
		n := 0
		switch {
		case ws[j].lower == "decade":
			n = 10
		case ws[j].fig >= 0 && ws[j].fig != k && s.qLast[ws[j].fig] == j:
			q := s.quants[ws[j].fig]
			if unit := q.Unit; (unit == "year" || unit == "years" || unit == "yr") && q.ValueMax == nil && q.Value >= 2 && q.Value <= 50 {
				n = int(q.Value)
			}
		}
		if n == 0 {
			continue
		}
		t := j + 1
		switch ws[t].lower {
		case "to", "ending", "ended", "through", "till", "until":
		default:
			continue
		}
		if t+1 <= to && ws[t+1].lower == "in" {
			t++
		}
		d := -1
		if t+1 <= to {
			d = ws[t+1].date
		}
		if d < 0 || s.exprs[d].Precision != timex.Year || len(s.exprs[d].Period) != 4 {
			continue
		}
		y, err := strconv.Atoi(s.exprs[d].Period)
		first := j
		if f := ws[j].fig; f >= 0 {
			first = s.qFirst[f]
		}
		if err != nil || s.figureBetween(k, first, s.eLast[d]) || j < s.qFirst[k] && s.figureIn(from, first, k) {
			// the span of another figure: "which grew 8.7% a year in the decade to 1996, will
			// shrink by 3% this year"; a span before the figure dates it only when fronted
			continue
		}
		return timex.Expr{Period: fmt.Sprintf("%d/%d", y-n+1, y), Precision: timex.Year, Explicit: true}, true
	}
	return timex.Expr{}, false
}

// betweenYears reads "between 2010 and 2018", "from 2010 to 2018" in the sentence of figure k,
// with no other figure between it and k: a figure over the years from one to the other.
func (s *sentence) betweenYears(k int) (timex.Expr, bool) {
	for _, yr := range s.yearRanges() {
		d := yr.first
		if yr.owner >= 0 && yr.owner != k || s.figureBetween(k, s.eFirst[d]-1, s.eLast[d+1]) {
			continue // "from 85% of GDP in 2010 to 98% in 2018": each figure's own year
		}
		if r := s.readings[k]; yr.owner == k && s.reachedByMovement(r) {
			return s.exprs[d+1], true // a level the figure reached by the range's end: its last year (ownYearRange)
		}
		return s.yearRangeSpan(d), true
	}
	return timex.Expr{}, false
}

// reachedByMovement reports a figure that is the level a verb of change reached ("fell to
// 12.2%"), not a change ("fell 2%") nor a level held ("stayed below 1%").
func (s *sentence) reachedByMovement(r *reading) bool {
	return r != nil && r.role != roleChange && r.vg >= 0 && s.verbChange(r.vg) != 0
}

// yearRangeSpan is the period of all the years of the range date d opens.
func (s *sentence) yearRangeSpan(d int) timex.Expr {
	a, b := &s.exprs[d], &s.exprs[d+1]
	return timex.Expr{Period: a.Period + "/" + b.Period, Precision: timex.Year, Explicit: a.Explicit && b.Explicit}
}

// ownYearRange returns the span of years when date d, figure k's own, is one end of a range
// of years that belongs to the figure, a change: "shrank by a cumulative 25% between 2008 and 2013",
// "rose 300% from 2020 to 2023" state a change over all the years of the range, which neither
// year's own figure is (each end had been read as a year of its own, and judged against that
// year's annual rate).
func (s *sentence) ownYearRange(k, d int) (timex.Expr, bool) {
	for _, yr := range s.yearRanges() {
		if yr.owner == k && (yr.first == d || yr.first+1 == d) {
			if s.reachedByMovement(s.readings[k]) {
				// a level reached by the range's end is its last year's: "fell to 12.2% from
				// 2013 to 2023", "dropped to 12.2% between 2013 and 2023" (not both years); a
				// change over it, or a level held through it ("stayed below 1% between 2014
				// and 2021"), is the span's
				return s.exprs[yr.first+1], true
			}
			return s.yearRangeSpan(yr.first), true
		}
	}
	return timex.Expr{}, false
}

// frontedYearRange returns the period of figure k when the sentence opens with a range of
// years ("Between 2010 and 2019 Thailand's real GDP growth averaged 3.6% a year", "From 2015
// to 2019, inflation averaged 2.1%"), the figure is an average over it, and it has no date of
// its own: the span. It took the range's last year as the period of an average over it (blind
// round 32: three rows of an Asian comparison).
func (s *sentence) frontedYearRange(k int, r *reading) (timex.Expr, bool) {
	if r.compared >= 0 {
		return timex.Expr{}, false
	}
	for _, yr := range s.yearRanges() {
		if f := s.eFirst[yr.first]; f != 1 || s.eLast[yr.first+1] >= s.qFirst[k] {
			continue // (only a range that opens the sentence frames all of it)
		}
		if own := s.ownDate(k, r); own >= 0 && own != yr.first+1 || !s.averagedOver(k, r) {
			// (the range's last year may run into the figure's phrase: "Between 2010 and
			// 2019 Thailand's growth"; a level reached within the range, then another, is
			// of no one year: "went from 5.1% to 14.4% and then eased to 11.4%")
			return timex.Expr{}, false
		}
		return s.yearRangeSpan(yr.first), true
	}
	return timex.Expr{}, false
}

// averagedOver reports figure k as an average: averaged by its verb ("averaged 3.6%") or its
// phrase ("an average of 3.6%"), or a rate per period ("3.6% a year").
func (s *sentence) averagedOver(k int, r *reading) bool {
	ws := s.words
	if r.vg >= 0 && ws[s.vgs[r.vg].head].hasLemma("average") {
		return true
	}
	if j := s.qLast[k] + 1; j < len(ws) && ratePerPeriodAt(ws, j) > 0 {
		return true
	}
	for j := s.phraseStart(s.qFirst[k]); j < s.qFirst[k]; j++ {
		if ws[j].hasLemma("average") {
			return true
		}
	}
	return r.np >= 0 && ws[s.nps[r.np].head].hasLemma("average")
}

// yearRange is a range of years a sentence names: date first opens it, date first+1 closes
// it. owner is the figure either year belongs to (dateOwner), as the range right after a
// figure belongs to it, or -1.
type yearRange struct {
	first, owner int
}

// yearRanges returns the ranges of years of the sentence ("between 2010 and 2018", "from 2010
// to 2018"). They are found once: every figure of the sentence asks, and a run-on list holds
// dozens of years.
func (s *sentence) yearRanges() []yearRange {
	if s.yearRangesKnown {
		return s.yearRangeStarts
	}
	s.yearRangesKnown = true
	ws := s.words
	for d := 0; d+1 < len(s.exprs); d++ {
		a, b := &s.exprs[d], &s.exprs[d+1] // (not copies: 88 bytes each, and a run-on list holds dozens of dates)
		if a.Precision != timex.Year || b.Precision != timex.Year || len(a.Period) != 4 || len(b.Period) != 4 {
			continue
		}
		// one word between the two, before their order is compared: the years of a list of
		// figures each have words of their own between them ("in 1980, inflation ... in 1981")
		f, mid, l := s.eFirst[d], s.eLast[d]+1, s.eFirst[d+1]
		if f < 1 || mid != l-1 || a.Period >= b.Period {
			continue
		}
		opening, joining := ws[f-1].lower, ws[mid].lower
		if !(opening == "between" && joining == "and" || opening == "from" && (joining == "to" || joining == "until" || joining == "through")) {
			continue
		}
		owner := s.dateOwner(d)
		if owner < 0 {
			owner = s.dateOwner(d + 1)
		}
		s.yearRangeStarts = append(s.yearRangeStarts, yearRange{first: d, owner: owner})
	}
	return s.yearRangeStarts
}

// thanEarlier reads a figure set against the level of an earlier time with no date of its
// own after a comparative: "5% smaller than it was before the financial crisis", "20% larger
// than a decade ago". It states a change over all the years since, never one period's.
func (s *sentence) thanEarlier(k int) (string, bool) {
	ws := s.words
	i := s.qLast[k] + 1
	if reason, ok := s.belowEarlierLevel(i); ok {
		return reason, true
	}
	if i+1 >= len(ws) || ws[i+1].lower != "than" {
		return "", false
	}
	switch w := ws[i].lower; {
	case isComparative(w), strings.HasSuffix(w, "er") && ws[i].tag == tagAdj:
	default:
		return "", false
	}
	_, to := s.clauseOf(i)
	for j := i + 2; j <= to && j < len(ws); j++ {
		if ws[j].date >= 0 || ws[j].fig >= 0 {
			return "", false // "2.7 pct higher than in 1985": set against a period the text names
		}
		switch ws[j].lower {
		case "before", "ago", "was", "were", "pre":
			return "a change since " + s.text[ws[i+2].start-s.start:ws[min(to, len(ws)-1)].end-s.start] + ", not one period's", true
		}
	}
	return "", false
}

// thanYearsBefore reads a figure set against a year the text names that lies more than a year
// before the figure's own: "German GDP in 2023 was 0.3% larger than in 2019" is the change over
// the four years to 2023, not 2023's growth, and "is 0.3% larger than in 2019", said of now, a
// change since 2019. Set against the year before ("2.4 pct higher in 1986 than in 1985") the
// figure is its year's change, read as before.
func (s *sentence) thanYearsBefore(k int, published time.Time) (timex.Expr, bool) {
	if !s.marked(markThan) {
		return timex.Expr{}, false // most sentences: every figure asks
	}
	ws := s.words
	from, to := s.clauseOf(s.qFirst[k])
	than := -1
	for j := s.qLast[k] + 1; j <= to && j <= s.qLast[k]+6; j++ {
		if ws[j].fig >= 0 {
			return timex.Expr{}, false
		}
		if ws[j].lower == "than" {
			than = j
			break
		}
	}
	if than < 1 || !s.comparativeBefore(k, than) && ws[than-1].date < 0 {
		return timex.Expr{}, false
	}
	b := than + 1
	if b < len(ws) && ws[b].lower == "in" {
		b++
	}
	if b >= len(ws) || ws[b].date < 0 {
		return timex.Expr{}, false
	}
	base := s.exprs[ws[b].date]
	baseYear, err := strconv.Atoi(base.Period)
	if base.Precision != timex.Year || err != nil {
		return timex.Expr{}, false
	}
	// the figure's own year: another year of its clause ("in 2023", "German GDP in 2023")
	own := 0
	for d, e := range s.exprs {
		if d == ws[b].date || s.eFirst[d] < from || s.eLast[d] > to || e.Precision != timex.Year {
			continue
		}
		if y, err := strconv.Atoi(e.Period); err == nil {
			own = y
		}
	}
	switch {
	case own > baseYear+1:
		return timex.Expr{Period: fmt.Sprintf("%d/%d", baseYear+1, own), Precision: timex.Year, Explicit: true}, true
	case own == 0 && !published.IsZero() && published.Year() > baseYear+1 && s.presentTense(k):
		return timex.Expr{Reason: "a change since " + base.Period + ", not one period's"}, true
	}
	return timex.Expr{}, false
}

// onlyDateIsTheBases reports a figure a movement reaches from a figure before it ("rose from
// 19% of GDP in 2009 to 40%") that has no date of its own, in a sentence whose only date is the
// one of the figure it moved from.
func (s *sentence) onlyDateIsTheBases(k int, r *reading) bool {
	j := s.figureBefore(k)
	if j < 0 || len(s.exprs) != 1 || s.readings[j] == nil || s.readings[j].measure == nil {
		return false // (a figure read as none has a blank reading, whose fields are no phrase's)
	}
	if i := s.skipBack(s.phraseStart(s.qFirst[j]) - 1); i < 0 || s.words[i].lower != "from" {
		return false
	}
	if i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1); i < 0 || s.words[i].lower != "to" {
		return false
	}
	return s.ownDate(j, s.readings[j]) == 0 && s.eFirst[0] < s.qFirst[k] && s.ownDate(k, r) < 0
}

// beforeAnEvent reads a figure dated only as before an event or a date: "unemployment, which
// had been about 2.6 per cent before the crisis, rose to 7 per cent", "2.1% prior to the
// pandemic", "around 13% before the revolution of 2011", "Before the 2011 uprising, growth had
// reached 7%", "6% before 2008". Its period is not the year the sentence gives the figures
// after the event (blind round 77: South Korea's rate before the 1997 crisis was judged as
// 1998's), nor the event's own year (blind round 83: Tunisia's unemployment before the
// revolution of 2011 was judged as 2011's). It returns the phrase of the event, words first to
// last. A time the phrase names as a part of a period ("before the end of 2008", "before the
// year's end") is a date, read as dates are; so is a date said after the event ("before the
// pandemic, in 2019").
func (s *sentence) beforeAnEvent(k int) (e timex.Expr, first, last int, ok bool) {
	ws := s.words
	i := s.qLast[k] + 1
	if i+1 < len(ws) && ws[i].lower == "of" && ws[i+1].np >= 0 && ws[i+1].date < 0 && ws[i+1].fig < 0 {
		i = s.nps[ws[i+1].np].last + 1 // "24% of GDP before the crash of 2008"
	}
	// a rate of each year, or a level a year before: "grew about 5 percent a year before the
	// pandemic" (blind round 88), "Unemployment was 13.8% a year before the pandemic"; either
	// way a time before the event, not "a year before" the article
	i = s.pastYearlyRate(i)
	switch {
	case i < len(ws) && ws[i].lower == "before":
		i++
	case i+1 < len(ws) && ws[i].lower == "prior" && ws[i+1].lower == "to":
		i += 2
	default:
		if i = s.frontedBefore(k); i < 0 {
			return timex.Expr{}, 0, 0, false
		}
	}
	if i >= len(ws) {
		return timex.Expr{}, 0, 0, false
	}
	dated := false
	switch {
	case ws[i].date >= 0 && s.eFirst[ws[i].date] == i:
		last, dated = s.eLast[ws[i].date], true // "before 2008", "prior to March 2020"
	case ws[i].tag == tagDet && ws[i].np >= 0:
		// a determiner, then the event: "the crisis", "the pandemic", "the 1997 crisis"
		p := ws[i].np
		last = s.nps[p].last
		for j := s.nps[p].first; j <= last && j <= i+4; j++ {
			if ws[j].fig >= 0 || timeNoun(ws[j].lower) || periodPart(ws[j].lower) {
				return timex.Expr{}, 0, 0, false // "before the end of 2008", "before the year's end"
			}
			dated = dated || ws[j].date >= 0
		}
		if last+2 < len(ws) && ws[last+1].lower == "of" && ws[last+2].date >= 0 && s.eFirst[ws[last+2].date] == last+2 {
			last, dated = s.eLast[ws[last+2].date], true // "the revolution of 2011": the event's year
			break
		}
		for j := last + 1; j < len(ws) && j <= last+8 && ws[j].lower != ";" && ws[j].lower != "." && ws[j].vg < 0; j++ {
			if ws[j].date >= 0 {
				// "before the uprising against Israeli occupation four years ago", "before the
				// pandemic, in 2019": the date says
				return timex.Expr{}, 0, 0, false
			}
		}
	default:
		return timex.Expr{}, 0, 0, false
	}
	phrase := s.text[ws[i].start-s.start : ws[last].end-s.start]
	if dated {
		return timex.Expr{Reason: "a time before " + phrase + ", not of that date"}, i, last, true
	}
	return timex.Expr{Reason: "a time before " + phrase + ", whose date the text does not give"}, i, last, true
}

// frontedBefore returns the first word of the object of "Before" or "Prior to" that opens the
// sentence in a phrase with no verb set off by a comma, when figure k's clause follows it:
// "Before the uprising of 2011, growth had reached 7%". It returns -1 when there is none.
func (s *sentence) frontedBefore(k int) int {
	ws := s.words
	i := 0
	switch {
	case len(ws) > 1 && ws[0].lower == "before":
		i = 1
	case len(ws) > 2 && ws[0].lower == "prior" && ws[1].lower == "to":
		i = 2
	default:
		return -1
	}
	for c := i; c < s.qFirst[k] && c <= i+10; c++ {
		switch {
		case ws[c].vg >= 0 || ws[c].fig >= 0 || ws[c].lower == ";":
			return -1
		case ws[c].lower == ",":
			if from, _ := s.clauseOf(s.qFirst[k]); from > c+1 {
				return -1 // a clause of its own after the one the phrase opens
			}
			return i
		}
	}
	return -1
}

// comparativeBefore reports a comparative between figure k and "than" at word than: right
// before it ("0.3% larger than"), or first after the figure with the words of a basis between
// ("about 25 per cent larger in real terms than in 2010", blind round 73, where the change since
// 2010 was read as 2023's growth).
func (s *sentence) comparativeBefore(k, than int) bool {
	ws := s.words
	comparative := func(w *word) bool {
		return isComparative(w.lower) || strings.HasSuffix(w.lower, "er") && w.tag == tagAdj
	}
	if comparative(&ws[than-1]) {
		return true
	}
	i := s.qLast[k] + 1
	if i >= than || !comparative(&ws[i]) {
		return false
	}
	for j := i + 1; j < than; j++ {
		if ws[j].vg >= 0 || ws[j].date >= 0 || ws[j].punct {
			return false // (a date between is levelThanBefore's: "larger in 2024 than")
		}
	}
	return true
}

// presentTense reports a figure whose verb is in the present: "is 0.3% larger", "are".
func (s *sentence) presentTense(k int) bool {
	r := s.readings[k]
	if r == nil || r.vg < 0 {
		return false
	}
	v := s.vgs[r.vg]
	for j := v.first; j <= v.last; j++ {
		switch s.words[j].lower {
		case "is", "are", "'s", "remains", "remain", "stands", "stand", "has", "have":
			return true
		}
	}
	return false
}

// belowEarlierLevel reads a level set against an earlier one right after a figure at word i:
// "20% below its 2008 level", "5 per cent above pre-crisis levels", "10% under its 2019 peak".
// The figure is a change since then, never one period's.
func (s *sentence) belowEarlierLevel(i int) (string, bool) {
	ws := s.words
	if i >= len(ws) || ws[i].lower != "below" && ws[i].lower != "above" && ws[i].lower != "under" {
		return "", false
	}
	j := i + 1
	for j < len(ws) && (ws[j].tag == tagDet || ws[j].tag == tagPoss) {
		j++
	}
	if j >= len(ws) || ws[j].date < 0 && ws[j].lower != "pre" {
		return "", false
	}
	for l := j; l < len(ws) && l <= j+4; l++ {
		if w := ws[l].lower; w == "level" || w == "levels" || w == "peak" {
			return "a change since " + s.text[ws[j].start-s.start:ws[l].end-s.start] + ", not one period's", true
		}
	}
	return "", false
}

// figureIn reports a figure other than k, and no span of time, among words [from, to).
func (s *sentence) figureIn(from, to, k int) bool {
	for i := from; i < to; i++ {
		if f := s.words[i].fig; f >= 0 && f != k && !isDuration(s.quants[f].Unit) {
			return true
		}
	}
	return false
}

// phraseBeforeComma reports words from i to a comma that hold no verb: a phrase, not a clause.
func (s *sentence) phraseBeforeComma(i int) bool {
	for ; i < len(s.words); i++ {
		switch {
		case s.words[i].lower == ",":
			return true
		case s.words[i].vg >= 0:
			return false
		}
	}
	return false
}

// sinceIn returns the word "since" that opens the start of a change in words [from, to]: "has
// grown 1.9% since the pandemic", not "the highest since 1974", which dates a record.
func (s *sentence) sinceIn(from, to int) int {
	for i := from + 1; i <= to; i++ {
		if s.words[i].lower != "since" {
			continue
		}
		p := s.words[i-1].lower
		if strings.HasSuffix(p, "est") || p == "high" || p == "low" || p == "level" || p == "record" || p == "ever" || p == "time" {
			continue
		}
		return i
	}
	return -1
}

// coordinatedDates returns the dates joined to e by "and" ("for 2005 and 2006").
func (s *sentence) coordinatedDates(e timex.Expr) []timex.Expr {
	var out []timex.Expr
	if !s.marked(markDatesAnd) {
		return out // most sentences: every figure with a date asks
	}
	// the dates come in the order they start: a long sentence holds dozens
	for i := sort.Search(len(s.exprs), func(i int) bool { return s.exprs[i].Start >= e.Start }); i < len(s.exprs) && s.exprs[i].Start == e.Start; i++ {
		for j := i + 1; j < len(s.exprs); j++ {
			gap := s.words[s.eLast[j-1]+1 : max(s.eFirst[j], s.eLast[j-1]+1)]
			if len(gap) != 1 || gap[0].lower != "and" || s.exprs[j].Precision != e.Precision || s.exprs[j].Period == "" {
				break
			}
			out = append(out, s.exprs[j])
		}
	}
	return out
}

// severalPeriods reports a period over several ("2019/20"): strings.Contains(p, "/") without
// its calls, which every claim made.
func severalPeriods(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			return true
		}
	}
	return false
}

func periodPrecision(p string) string {
	switch {
	case p == "":
		return ""
	case len(p) == 4 || len(p) > 2 && p[:2] == "FY":
		return timex.Year
	case len(p) == 7 && p[5] == 'Q':
		return timex.Quarter
	case len(p) == 7 && p[5] == 'H':
		return timex.Half
	case len(p) == 7:
		return timex.Month
	}
	return timex.Day
}

// anchoredTo dates a month, quarter or half named without its year ("in February", "in the
// second quarter") in comparison with a figure of a period named with one: "8.5% in March
// 2022, up from 7.9% in February" is February 2022, the latest February before March 2022,
// whenever the text was written; read against the publication date of a review a year on, it
// was February 2023. own is the date as read against publication, base the period of the
// figure it is compared with; ok is false unless both are of the same precision and only
// base names its year. "last month" or "the previous quarter" are relative to publication or
// to base already, and are left alone.
func anchoredTo(text string, own, base timex.Expr) (timex.Expr, bool) {
	if own.Explicit || !base.Explicit || own.Precision != base.Precision || len(own.Period) != 7 || len(base.Period) != 7 {
		return own, false
	}
	switch own.Precision {
	case timex.Month, timex.Quarter, timex.Half:
	default:
		return own, false
	}
	if namesItsRelation(text, own) {
		return own, false
	}
	year, err := strconv.Atoi(base.Period[:4])
	if err != nil {
		return own, false
	}
	if own.Period[5:] >= base.Period[5:] {
		year-- // "up from 6.4% in December" after January 2023: December 2022
	}
	own.Period = strconv.Itoa(year) + own.Period[4:]
	return own, true
}

// priorDatesOf returns the resolved dates of the sentence before s that are no base of a
// comparison (s.priorDates), picked from the dates around s on first use: a figure seldom
// refers back, and a run-on sentence's window holds a hundred dates, each with words to read.
func (st *articleState) priorDatesOf(s *sentence) []timex.Expr {
	if s.priorKnown {
		return s.priorDates
	}
	s.priorKnown = true
	if from, _, ok := st.sentenceBefore(s); ok {
		for _, e := range s.around {
			if e.Start >= from && e.End <= s.start && e.Period != "" && !baseWordBefore(st.art.Text, e.Start) {
				s.priorDates = append(s.priorDates, e)
			}
		}
	}
	return s.priorDates
}

// nowBefore reports a word of the present ("now", "today", "currently", "presently") between
// figure k and the figure or date before it (or the sentence's start), in k's own stretch: "US
// unemployment hit 10% in 2009 and is now 4.1%", "; it is now 4.1%", "but today it is 4.1%".
func (s *sentence) nowBefore(k int) bool {
	if !s.marked(markPresent) {
		return false // most sentences: no word of the present (every figure asks)
	}
	ws := s.words
	near := true
	// a fronted "Today," read only when the sentence opens with it (one look), so that the
	// walk back stops at the first word that is not the figure's own, as it did before
	fronted := len(ws) > 1 && ws[1].lower == "," && presentWord(ws[0].lower)
	for i := s.qFirst[k] - 1; i >= 0; i-- {
		if presentWord(ws[i].lower) {
			if near {
				return i == 0 || ws[i-1].lower != "until" && ws[i-1].lower != "till" && ws[i-1].lower != "from"
			}
			// a word of the present that opens the sentence before a comma frames its first
			// figure, when no date comes between: "Today, with inflation at 3.4% and ..., the
			// young traders ..." (blind round 113: read as 1999's, the year of the paragraphs
			// before)
			return i == 0 && ws[1].lower == ","
		}
		if ws[i].fig >= 0 && ws[i].fig != k && !isDuration(s.quants[ws[i].fig].Unit) || ws[i].date >= 0 {
			return false // (a date nearer: "published today ... last year to achieve 8%")
		}
		// only the figure's own verb between: "is now 4.1%", "now stands at 4.1%", "today it
		// is 4.1%"; not "Revised figures for 2023 now show growth was 2.9%"
		near = near && nowToFigureWord[ws[i].lower]
		if !near && !fronted {
			return false
		}
	}
	return false
}

// presentWord reports a word of the present that dates a figure: "now", "today". (The word
// marks list them too, as markPresent: a word added here is to be added there.)
func presentWord(w string) bool {
	switch w {
	case "now", "today", "currently", "presently", "nowadays":
		return true
	}
	return false
}

// estimateVerbAt reports at i a form of a verb of estimating that ends its clause (a stop, a
// comma, a preposition after it), after the subject of a relative clause: "beating the 2%
// that the government forecast", "the 0.8% the ministry projected for 2024". The tagger reads
// "the government forecast" as a compound noun, which the sentence's end shows it is not.
func estimateVerbAt(ws []word, i int) bool {
	w := &ws[i]
	if !w.hasLemma("forecast") && !w.hasLemma("estimate") && !w.hasLemma("project") && !w.hasLemma("predict") && !w.hasLemma("expect") {
		return false
	}
	return i+1 >= len(ws) || ws[i+1].tag == tagPunct || ws[i+1].tag == tagPrep
}

// nowToFigureWord are the words that may stand between a word of the present and the figure
// it dates: the figure's own verb, a pronoun subject, a preposition of level.
var nowToFigureWord = map[string]bool{
	"is": true, "was": true, "stands": true, "stood": true, "sits": true, "runs": true, "at": true,
	"it": true, "around": true, "about": true, "just": true, "only": true, "near": true, "'s": true,
	"has": true, "have": true, // "Chile today has about 19.6 million inhabitants" (blind round 125)
}

// namesItsRelation reports a date whose words place it against now or another period ("last
// month", "the previous quarter", "this March", "the same month"): it is not a bare part of a
// year that another date's year may be given to (anchoredTo, anchoredIn).
func namesItsRelation(text string, e timex.Expr) bool {
	words := strings.Fields(strings.ToLower(text[e.Start:e.End]))
	for i, w := range words {
		switch strings.Trim(w, ".,;:") {
		case "last", "this", "next", "previous", "preceding", "prior", "past", "current", "latest", "coming", "same":
			return true
		case "month", "year", "months":
			if i+1 < len(words) && (words[i+1] == "to" || words[i+1] == "through") {
				continue // "the year to April", "the 12 months to March": a span ending in a bare month
			}
			return true
		}
	}
	return false
}

// countedShift reports date d as a shift that begins with figure k, the count of years of "two
// years later" or "a decade earlier", which the number scanner reads as a duration and the
// date scanner as part of the date.
func (s *sentence) countedShift(k, d int) bool {
	return d >= 0 && s.exprs[d].Start <= s.quants[k].Start
}

// headingYear returns the year that opens the sentence set off by a colon or a dash, as each
// item of a timeline begins ("2021: it rebounds 8.6%", "2009 - German GDP falls 5.5%"), or -1.
func (s *sentence) headingYear() int {
	if len(s.exprs) == 0 || s.eFirst[0] != 0 || s.exprs[0].Precision != timex.Year || !s.exprs[0].Explicit {
		return -1
	}
	if l := s.eLast[0]; l+1 < len(s.words) && (s.words[l+1].lower == ":" || isDash(s.words[l+1].lower)) {
		return 0
	}
	return -1
}

// decadeRelative reports a figure in a relative clause whose head is a decade or decades ("a
// decade in which growth averaged 2%", "a decade when inflation averaged 7%", "two decades
// during which"), with no other figure between: the clause is about those years, not the year
// the main clause names. Only the ten words before the figure are read: every figure asks.
func (s *sentence) decadeRelative(k int) bool {
	ws := s.words
	first := s.qFirst[k]
	for j := first - 1; j >= 1 && j >= first-10; j-- {
		if f := ws[j].fig; f >= 0 && f != k {
			return false
		}
		switch ws[j].lower {
		case "which", "when":
			h := j - 1
			switch ws[h].lower {
			case "in", "during", "over", "through":
				h--
			}
			return h >= 0 && (ws[h].lower == "decade" || ws[h].lower == "decades")
		}
	}
	return false
}

// frontedSpan returns the span before figure k in its clause that governs it: a decade ("In
// the 2010s, after the 2009 recession, US growth averaged 2.3%") or a span of months ("In the
// January-September period, Kyrgyzstan's GDP grew 9.5% in 2024"), neither a period of the
// tables. A year of a phrase of cause or time between them ("after the 2009 recession") is no
// date of the figure. A year of the figure's own is its period after a decade ("In the 1990s,
// growth peaked at 9% in 1994"), but only the span's year after a span of months, which is
// cumulative. A figure compared with another takes that one's period as before.
func (s *sentence) frontedSpan(k int, r *reading) (timex.Expr, bool) {
	if r.compared >= 0 || !s.marked(markSpan) {
		return timex.Expr{}, false
	}
	from := -1
	for d := range s.exprs {
		e := &s.exprs[d]
		if e.Period != "" || e.Reason != timex.ReasonDecade && e.Reason != ReasonMonthSpan {
			continue // (most dates: one test)
		}
		f := s.eFirst[d]
		if f < 0 || s.eLast[d] >= s.qFirst[k] {
			continue
		}
		if from < 0 {
			from, _ = s.clauseOf(s.qFirst[k])
		}
		if f < from {
			continue
		}
		own := s.ownDate(k, r)
		if own < 0 || e.Reason == ReasonMonthSpan && s.exprs[own].Precision == timex.Year && len(s.exprs[own].Period) == 4 {
			return *e, true
		}
		return timex.Expr{}, false
	}
	return timex.Expr{}, false
}

// pairedPeriod returns the year of figure k, an item of a list of undated
// figures, from the list of as many dated figures of the indicator in the sentence before, in
// turn: "France's economy grew 2.1% in 2024 and 0.8% in 2025. Britain grew 1.1% and 1.4%." is
// 1.1% in 2024 and 1.4% in 2025 (blind rounds 42 and 43 read both as 2025's).
func (st *articleState) pairedPeriod(s *sentence, k int, r *reading) (timex.Expr, bool) {
	pp := &st.paired
	if len(pp.years) < 2 || !st.withinSentences(pp.end, s.start, 0) || pp.indicator != r.indicatorOf(s.quants[k].Unit) || r.vg >= 0 && !s.pastTense(r.vg) {
		return timex.Expr{}, false
	}
	_, pos, n, _ := st.listOf(s, k)
	if n != len(pp.years) || pos < 0 || pos >= n {
		return timex.Expr{}, false
	}
	return timex.Expr{Period: pp.years[pos], Precision: timex.Year}, true
}

// periodPart reports a noun that names a part of a period ("the end of 2008", "the start of
// the year", "the turn of the century"): a phrase of it is a date, not a thing it dates.
func periodPart(w string) bool {
	return partNouns[w] || w == "end" || w == "close" || w == "half"
}

// openingOfSentenceBefore returns the time an undated figure is of after a sentence, in its
// paragraph, that opens with a decade ("The 1990s were unkind.", "The 2000s were the decade of
// democratic consolidation.", "In the 2010s, the country opened up.") or with an event a year
// names ("The 2001 banking crash was the worst of all."), and names no other year: the time the
// text goes on about is that decade's years, or the event's, which the year it is named by
// does not give (eventYearDate); not the year the text named before it. (A figure in the
// present is of the present: "The 2022 census counted 169.8 million people. Official
// unemployment is 3.5%".) Found once per sentence: every undated figure asks.
func (st *articleState) openingOfSentenceBefore(s *sentence) (timex.Expr, bool) {
	if s.openingKnown {
		return s.opening, s.openingOK
	}
	s.openingKnown = true
	from, to, ok := st.sentenceBefore(s)
	if !ok || to > s.start || strings.Contains(st.art.Text[to:s.start], "\n\n") {
		return timex.Expr{}, false
	}
	// the first date at or after the sentence's start: the dates around are in text order
	i := sort.Search(len(s.around), func(i int) bool { return s.around[i].Start >= from })
	if i == len(s.around) || s.around[i].End > s.start {
		return timex.Expr{}, false
	}
	e := s.around[i]
	const longestOpening = len("throughout the ")
	if e.Start-from > longestOpening+2 {
		return timex.Expr{}, false // (most sentences: no date at their start)
	}
	opening := strings.ToLower(strings.TrimSpace(st.art.Text[from:e.Start]))
	years := len(st.priorDatesOf(s)) // the years the sentence names
	switch {
	case e.Reason == timex.ReasonDecade && years == 0:
		switch opening {
		case "", "the", "in the", "during the", "throughout the", "over the":
			s.opening, s.openingOK = timex.Expr{Precision: timex.Year, Reason: timex.ReasonDecade}, true
		}
	case e.Period != "" && e.Precision == timex.Year && years == 1 && opening == "the" && eventNounAfter(st.art.Text[e.End:min(s.start, e.End+40)]):
		s.opening, s.openingOK = timex.Expr{Reason: reasonEventYear}, true // "The 2001 banking crash was"
	case e.Period != "" && e.Explicit && e.Precision == timex.Year && years == 1 && nounThenIn(opening):
		// "The rebound in 2021 was just as striking. Euro area output grew 5.9 per cent": the
		// year of what the sentence before opened with (blind round 210: read as 2020's, the
		// paragraph before's, and flagged)
		s.opening, s.openingOK = e, true
	}
	return s.opening, s.openingOK
}

// nounThenIn reports an opening "the <noun> in" or "the <noun> of": "the rebound in", "the
// slump of".
func nounThenIn(opening string) bool {
	f := strings.Fields(opening)
	return len(f) == 3 && f[0] == "the" && (f[2] == "in" || f[2] == "of") && ascii.IsLetter(f[1][0])
}

// averageOfYearsBefore reports figure k as the value of "the average", the subject of its
// verb with no year of its own ("The average is close to 8.7 per cent"), after a sentence that
// names two years or more.
func (s *sentence) averageOfYearsBefore(st *articleState, k int, r *reading) bool {
	if r.vg < 0 || s.ownDate(k, r) >= 0 {
		return false
	}
	p := s.subjectOf(r.vg)
	if p < 0 || !s.words[s.nps[p].head].hasLemma("average") {
		return false
	}
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		if s.words[i].date >= 0 || s.words[i].lower == "annual" || s.words[i].lower == "yearly" {
			return false
		}
	}
	return !s.yearAverageSubject(r) && st.severalYearsBefore(s)
}

// eventOpensBeforeColon reports a sentence that opens with an event a year names, in a clause
// that a colon ends before figure k: "The 1975 shock was worse: GDP fell by around 11 percent",
// "The 2009 recession was deeper: output shrank 5.7%". No other date nor figure stands before
// the colon.
func (s *sentence) eventOpensBeforeColon(k int) bool {
	ws := s.words
	if len(ws) < 4 || ws[0].lower != "the" || ws[1].date < 0 || s.qFirst[k] < 0 {
		return false
	}
	if d := ws[1].date; s.eLast[d] != 1 || s.exprs[d].Precision != timex.Year || s.exprs[d].Period == "" {
		return false
	}
	event := false
	for j := 2; j < len(ws) && j <= 4 && !event; j++ {
		event = eventNoun(ws[j].lower)
	}
	if !event {
		return false
	}
	for j := 2; j < s.qFirst[k] && j <= 14; j++ { // (the clause is short: a bound, as every figure asks)
		if ws[j].date >= 0 || ws[j].fig >= 0 {
			return false
		}
		if ws[j].lower == ":" {
			return true
		}
	}
	return false
}

// eventNounAfter reports text after a year that names an event the year dates, up to three
// words on: " banking crash was the worst", " financial crisis hit", not " inflation rate was"
// nor " was a bad year".
func eventNounAfter(after string) bool {
	words := strings.Fields(strings.ToLower(after))
	for i, w := range words {
		if i == 3 {
			break
		}
		w = strings.TrimRight(w, ".,;:")
		if eventNoun(w) {
			return true
		}
	}
	return false
}

// eventNoun reports a noun of an event a year may date (datedEventNouns, eventNouns).
func eventNoun(w string) bool { return datedEventNouns[w] || eventNouns[w] }

// datedEventNouns name events a year dates, whose figures may belong to the years they ran; the
// nouns of war (eventNouns) are among them.
var datedEventNouns = map[string]bool{
	"crisis": true, "crash": true, "recession": true, "depression": true, "war": true, "invasion": true,
	"pandemic": true, "collapse": true, "devaluation": true, "default": true, "slump": true, "shock": true,
	"revolution": true, "uprising": true, "coup": true, "drought": true, "earthquake": true, "lockdown": true,
}
