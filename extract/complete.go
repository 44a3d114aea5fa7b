package extract

import (
	"fmt"
	"math"
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

// completeClaims turns a read figure into its claim — or one claim per period when the period
// is coordinated ("5% growth forecast for 2005 and 2006") — with the entity, period, kind,
// basis and source the sentence and the text before it give.
func (st *articleState) completeClaims(dst []Claim, s *sentence, k int, r *reading) []Claim {
	q := &s.quants[k] // (not a copy: every figure read passes here)
	if m, ok := st.parallelMeasure(s, k, r); ok {
		if m == nil {
			// "inflation and unemployment were both near 4%": which is not said; nor what a
			// pronoun after it refers to
			r.measure = st.lex.measures[measureOther]
			return dst
		}
		r.measure = m // "inflation and unemployment were 5.6% and 3.7%" (measure_pairing.go)
	}
	unit := st.effectiveUnit(s, k, r)
	indicator := r.indicatorOf(unit)
	if indicator == "" {
		return dst
	}
	if indicator == "gdp_growth" && s.nominalInClause(s.qFirst[k]) {
		return dst // "On a current prices basis, GDP was up 11 pct"
	}
	if (indicator == "gdp_growth" || indicator == "gdp_per_capita_growth") && s.movesToMoneyLevel(k) {
		return dst // "US GDP grew 6.3% in 2023 to $27.4 trillion": growth in current dollars
	}
	fxEntity, fxByConvention := "", false
	if indicator == "exchange_rate" {
		u, e, byConvention, ok := st.fxQuote(s, k, r)
		if !ok {
			return dst
		}
		unit, fxEntity, fxByConvention = u, e, byConvention
	}
	if s.pppFor(k) {
		// "GDP per head at purchasing power parity", "in purchasing-power terms": international
		// dollars, which only the PPP series holds
		if indicator != "gdp_per_capita" {
			return dst
		}
		indicator = "gdp_per_capita_ppp"
	}
	if s.excludedBefore(k) || s.adjustedForOther(k) {
		// "Without last year's energy price drop, it rose 3.8 pct", "Adjusted for major
		// sporting events, growth was 0.9%": not the headline rate
		return dst
	}
	if s.membersVote(k, r) {
		return dst // "Two members preferred to reduce Bank Rate to 5%": a dissent (dissent.go)
	}
	if indicator == "unemployment_rate" && s.ageGroupOf(k, r) {
		return dst // "the unemployment rate for those aged 15 to 24 was 45.5%": a group's rate
	}
	if s.hypothetical(k) || s.generic(k) || r.vg >= 0 && (s.negated(r.vg) || s.required(r.vg) || s.needed(r.vg)) || r.vg < 0 && s.negatedBefore(k) || s.deniedFigure(k) {
		// "If the economy grew 3% a year, ...", "did not grow 3%", "would need to grow 3%",
		// "failed to grow 3%", "not 3% as claimed" (negation.go), "a 10% depreciation raises
		// inflation by 2 points" (generic.go): nothing is stated of what was or will be
		return dst
	}
	text := st.art.Text
	start, end := q.Start, q.End
	if r.quoteFrom >= 0 && r.quoteFrom < len(s.words) {
		start = min(start, s.words[r.quoteFrom].start)
	}
	if r.quoteTo >= 0 && r.quoteTo < len(s.words) {
		end = max(end, s.words[r.quoteTo].end)
	}
	// The claim is made in place, in dst's room past its end, and taken in only once it is
	// complete: a dense text makes tens of thousands, each 264 bytes to copy. Its fields are
	// stored one by one: a literal was built whole on the stack and copied in, with a bulk
	// write barrier while the collector marks. The room is zeroed (by make, reserve or
	// append: nothing else writes past the claims' end) but for the slot a figure before
	// filled and left.
	if len(dst) == cap(dst) {
		dst = st.reserve(dst, 1)
	}
	c := &dst[:len(dst)+1][len(dst)]
	if claimSlotHook != nil {
		claimSlotHook(c, c == st.claimLeft)
	}
	if c == st.claimLeft {
		*c = Claim{}
	}
	st.claimLeft = c
	c.Start, c.End, c.Quote = start, end, text[start:end]
	c.Value, c.ValueMax, c.Step = q.Value, q.ValueMax, q.Step
	c.Unit, c.Qualifier, c.Change = unit, q.Qualifier, q.Change
	c.Indicator = indicator
	if unit != q.Unit && q.Step == 0 && fxEntity == "" {
		c.Step = 1
	}
	st.applySign(s, k, r, c)
	entity := st.entityOf(s, k, r)
	c.Entity = entity
	if from := st.listQuoteStart(s, k, start); from != start {
		start = from // "France, Germany and Italy grew 2.5%, ...": not "Italy grew 2.5%" (list_pairing.go)
		c.Start, c.Quote = start, text[start:end]
	}
	if fxEntity != "" {
		if u, e, ok := s.namesakeQuote(k, r, unit, c.Entity); ok {
			c.Unit, fxEntity = u, e
		} else if d := st.datelineCountry(s.start); d != "" && d != c.Entity {
			// the currency of the place the story was filed from, when it calls its own so:
			// "MANILA - The peso closed at 57.45" is the Philippine peso, "KARACHI - The
			// rupee averaged 280" Pakistan's (fx.go)
			if u, e, ok := s.namesakeQuote(k, r, unit, d); ok {
				c.Unit, fxEntity = u, e
			}
		}
		c.Entity = fxEntity // the currency's country, whatever else the sentence names
		c.QuoteByConvention = fxByConvention
	}
	if (indicator == "population" || indicator == "labour_force") && q.Value < 1 && q.ValueMax == nil {
		// "almost nine in ten of them foreigners", "one in five": a share of the people, no
		// head count (blind round 99: the UAE's population read as 0.9)
		return dst
	}
	if (indicator == "population" || indicator == "labour_force") && !st.populationOfCountry(s) {
		// a head count with no country in its sentence: a town's, a firm's ("3,000 jobs, out
		// of a total workforce of 6,500")
		return dst
	}
	if indicator == "population_growth" && s.namesPartOfPopulation() {
		return dst // "Spain's working-age population grew 1.1%", "the prison population fell 4%"
	}
	if c.Entity == "" || st.uncodedEntity(c.Entity) {
		// A figure with no country cannot be checked, nor one of a state no reference holds
		// (the Soviet Union); it stays visible with --all only.
		if c.Entity == "" && k+1 < len(s.quants) {
			st.notePeriodOfUnplaced(s, k, r) // (clausemates.go)
		}
		return dst
	}
	c.Source = st.sourceOf(s, k, r)
	st.entityAsked.s, st.entityAsked.r, st.entityAsked.k, st.entityAsked.code = s, r, k, entity
	e, ok := st.periodOf(s, k, r)
	st.entityAsked.r = nil
	if unit := s.bareUnitPeriod(k); ok && unit != "" && e.Period != "" && periodPrecision(e.Period) != unit {
		// "Germany's economy shrank 0.3% in the quarter" after "For the full year, growth was
		// 0.5%": a figure its clause says is of a quarter (or a month) is no year's, whatever
		// period the text went on with; the quarter it means is not said
		e = timex.Expr{Reason: "the " + unit + " it names is not said"}
	}
	several := ok && severalPeriods(e.Period) // (asked again only when e changes)
	if !several {
		if span, isSpan := s.levelThanBefore(k); isSpan {
			e, ok = span, true // "0.1% larger in 2024 than before the pandemic" (comparison.go)
			several = severalPeriods(e.Period)
		}
	}
	if ok && e.Period != "" && s.onlyDateIsTheBases(k, r) && e.Period == s.exprs[0].Period {
		// "Exports rose from 19% of GDP in 2009 to 40%": 2009 is when the change began; when
		// it reached 40% is not said (blind round 79: judged as 2009's) (period.go). A period
		// read otherwise stays ("expected to fall from 5% in 2004 to 4.25%": 2005's forecast)
		e = timex.Expr{Reason: "the only date is the start of the change"}
	}
	if ok && e.Precision == timex.Year && len(e.Period) == 4 && !several && r.role == roleChange {
		if span, isSpan := s.changeFromYearLongBefore(k, e.Period); isSpan {
			e, several = span, true // "had shrunk by around 40% from its 1998 peak" by 2008 (comparison.go)
		}
	}
	if ok && e.Period != "" && !several {
		if span, isAvg := s.averageOfSpan(k, r); isAvg {
			e = span // "the 2.5% annual average before 2008": no outturn of 2008 (average.go)
			several = severalPeriods(e.Period)
		}
	}
	if ok && e.Precision == timex.Year && e.Period != "" && !several && r.measure != nil &&
		(r.measure.name == "unemployment" || r.measure.name == "inflation") && s.dateOfEventClause(k, e) {
		// "When I left office in 2010, unemployment was 5.3%": the rate of the month the
		// event fell in, not the year's average (event_clause.go)
		e = timex.Expr{Reason: "a rate at the time of an event within " + e.Period + ", not the year's average"}
	}
	var extra []timex.Expr
	yearTo := false
	switch {
	case several:
		c.Period, c.PeriodExplicit = e.Period, e.Explicit
		c.Note = "a figure over several years, not one year's"
	case ok && e.Period != "":
		c.Period, c.PeriodExplicit = e.Period, e.Explicit
		if p, ok := yearToMonth(text, e); ok && c.Indicator == "inflation" {
			// A price index's rate over "the year to February" is February's on a year
			// earlier, not a fiscal year's (DESIGN.md: "in the year to January" is January's).
			c.Period, yearTo = p, true
		}
		if q, ok := quarterOfMonth(c.Period); ok && st.lex.quarterly[c.Entity+"|"+c.Indicator] {
			// "the CPI rose 18.3 pct in the 12 months ended March": New Zealand's CPI is
			// quarterly, so the March quarter's
			c.Period = q
		}
		if s.marked(markDatesAnd) {
			// (not the end of a span a rate was held over: "held at 5.25% between August
			// 2023 and August 2024" is no rate of August 2024, held_span.go)
			if _, paired := st.parallelPeriod(s, k, r); !paired && s.heldSpanStart(k, r) < 0 {
				// "6.2% and 2.7% in 2022 and 2023": each figure has one of the years, not both
				extra = s.coordinatedDates(e)
			}
		}
	case ok && strings.HasPrefix(e.Reason, "a standing target"):
		c.Note = e.Reason
	case ok:
		c.Note = "period unresolved: " + e.Reason
		if e.Reason == "" {
			c.Note = "period unresolved: publication date unknown"
		}
	default:
		c.Note = "period not stated near the figure"
	}
	if p := periodPrecision(c.Period); (p == timex.Month || p == timex.Quarter || p == timex.Half) && s.yearAverageSubject(r) && s.ownDate(k, r) < 0 {
		// "The rate was 14.7% in April and 6.7% by December. The average for the year was
		// 8.1%": the year of the months before, not the last of them (year_averaged.go)
		c.Period, c.PeriodExplicit = c.Period[:4], false
	}
	if p := periodPrecision(c.Period); (p == timex.Month || p == timex.Quarter || p == timex.Half) && !c.PeriodExplicit && s.wholeYearSubject(r) && s.ownDate(k, r) < 0 {
		// "... a revised 3.3% decline in July-September. ... Real growth for the year was
		// 1.9%": the year of the quarters before (blind round 162: judged as the third
		// quarter's annualised rate); after months, a year's rate may be its average or
		// December's on December, which is not said
		if p == timex.Month {
			c.Period = ""
			c.Note = "a figure for the year after figures of months: its average or its last month's, which is not said"
		} else {
			c.Period = c.Period[:4]
		}
	}
	if p := periodPrecision(c.Period); p != timex.Quarter && p != timex.Half {
		// (the first three and six months are a quarter and a half, which series hold)
		if d, ok := s.soFar(k, r); ok && r.compared < 0 {
			// "The total inflation rate so far this year is 1.3 pct", "cumulative inflation over
			// the first five months of this year": the year to the latest month
			c.SoFar = true
			if p, ok := st.soFarMonth(s, d, c.Indicator, c.Entity); ok {
				c.Period, c.PeriodExplicit = p, false
			}
		}
	}
	if r.compared >= 0 && s.readings[r.compared].claimSoFar {
		c.SoFar = true // "2.0 pct compared with 0.7 pct for the same period of 1986": part of 1986
	}
	if periodPrecision(c.Period) == timex.Year && s.peakOf(k, r) && (c.Indicator == "unemployment_rate" || c.Indicator == "inflation") &&
		!(s.peakOfAnotherVerb(k, r) && st.kindOf(s, k, r, c.Period, c.PeriodExplicit) == KindForecast) {
		// (a peak the sentence foresees, "foresaw inflation easing to 4.0 pct after peaking at
		// around 4.5 pct", stays the forecast of its year it was read as)
		// "Greece's unemployment rate peaked at 27.9% in 2013": the highest month's rate,
		// which no series of the year's average holds
		c.Note = "a peak within " + c.Period + ", not the year's average"
		if s.troughOf(k) {
			c.Note = "a low within " + c.Period + ", not the year's average"
		}
		c.Period, c.PeriodExplicit = "", false
	}
	if c.Indicator == "exchange_rate" && periodPrecision(c.Period) != timex.Day && c.Period != "" && (s.reachedWithin(k, r) || !s.averageStated(k)) {
		// "The pound fell to a record low of $1.03 in September 2022": the price of a day or
		// an hour in the month, which its average ($1.13) is not
		c.Note = "a level reached within " + c.Period + ", not its average"
		c.Period, c.PeriodExplicit = "", false
	}
	if st.standardOnly(s, k, r) {
		// "grew 1.1% in 2024, still short of 2%": the standard it is measured against, of no
		// period, not the year before's outturn
		c.Note = "a standard the figure before it is measured against, not a figure of a period"
		c.Period, c.PeriodExplicit = "", false
	}
	if periodPrecision(c.Period) == timex.Year {
		if span, ok := s.monthToOtherMonthAfter(k); ok {
			// "Prices actually fell 0.1% from November to December": the change over those
			// months, not the year's (blind round 78: judged as 2022's average)
			c.Note = "a change " + span + ", not the year's"
			c.Period, c.PeriodExplicit = "", false
		}
	}
	if i := s.inflationMonthSpan(c, k); i >= 0 {
		// "In 2022, consumer prices rose 6.5% from December to December": the rise over the
		// twelve months to that year's December, not the year's average (8.0%), nor the
		// latest December's
		own := ""
		if c.PeriodExplicit && periodPrecision(c.Period) == timex.Year && len(c.Period) == 4 && e.Start >= s.start && e.End <= s.end {
			own = c.Period // "fell to 117.8% in 2024, measured December on December"
		}
		c.Period, c.PeriodExplicit = s.sameMonthSpanPeriod(i, own), true
		if c.Period == "" {
			c.Period, c.PeriodExplicit = "", false
			c.Note = "period unresolved: the year of a span from a month to the same month is not said"
		}
	}
	c.Kind = st.kindOf(s, k, r, c.Period, c.PeriodExplicit)
	c.Superseded = c.Kind != KindForecast && ((r.revised && c.Kind == KindActual || s.supersededEstimate(k)) && st.samePeriodFigure(s, k, c.Period) ||
		(s.reportedFirst(k) || s.earlierEstimateTag(k) || s.firstEstimateSubject(k, r) || s.firstReportedAfter(k)) && (st.samePeriodFigure(s, k, c.Period) || st.revisionTold(s, k) || st.statedOtherValue(s, k, c.Entity, c.Period)) ||
		s.onFirstEstimate(k))
	if c.Kind == KindForecast && !c.PeriodExplicit && c.Period == e.Period && namesOnlyThePart(text, e) && st.periodOver(c.Period) && !s.perfectInfinitiveBefore(k) {
		// "The Bank expects inflation to peak at 13.3% in October", written in August: a
		// forecast is of the October to come, not of the one before, as an outturn would be.
		if next := shiftPeriod(timex.Expr{Period: c.Period, Precision: periodPrecision(c.Period)}, 1, true); next.Period != "" {
			c.Period = next.Period
		}
	}
	if c.Kind != KindForecast && !c.PeriodExplicit && c.Period == e.Period && periodPrecision(c.Period) == timex.Quarter && !st.periodOver(c.Period) &&
		r.vg >= 0 && s.pastTense(r.vg) && namesOnlyAQuarter(text, e) && !st.art.Published.IsZero() {
		// "the UK economy grew by 0.3% in the second quarter", written in April 2026: a quarter
		// named with no year that an outturn reports is one that is over, the last such
		// quarter (2025's), not the one under way; no quarter's outturn is out before it ends
		if prev := shiftPeriod(timex.Expr{Period: c.Period, Precision: timex.Quarter}, -1, true); prev.Period != "" {
			c.Period = prev.Period
		}
	}
	if c.Period == "" && c.Kind == KindForecast && e.Reason == "" && !st.art.Published.IsZero() {
		// "The study forecast a small rise in inflation to 1.25 pct": a forecast with no date
		// is of the year it is made in
		c.Period, c.Note = strconv.Itoa(st.art.Published.Year()), ""
	}
	if p, ok := st.projectionBeside(s, k, r); ok && c.Kind == KindForecast {
		c.Period, c.PeriodExplicit = p, false // "2.4% in September, versus forecasts of 2.3%": September's
	}
	if f := r.refersTo; f != nil && (!c.PeriodExplicit || s.dateOfOtherNoun(c.Period)) && f.entity == c.Entity {
		// "The three pct figure could translate into ...": the January figure named before,
		// an outturn even when it was given in comparison there; a date the sentence names
		// for something else is not its own ("The 50 percent figure is closer to the rate of
		// 2021, when ...": the 2023 figure quoted before; attack round 17)
		c.Period, c.Kind = f.period, f.kind
		if c.Kind == KindPrevious {
			c.Kind = KindActual
		}
	}
	// an outturn of the year the text gave, of an indicator a year's series averages: asked
	// once for the two rules below (neither holds once the first has taken the period away)
	yearAverage := c.Kind != KindForecast && c.Period == e.Period && periodPrecision(c.Period) == timex.Year && averagedOverYear(c.Indicator)
	if yearAverage && writtenAsItsEnd(text, e) {
		// "Inflation in Germany was 8.6% at the end of 2022": the rate of the year's last
		// months, which no series of the year's average holds (the year's was 6.9%). A
		// stock, such as debt at the end of a year, is the year's figure.
		c.Note = "at the end of " + c.Period + ": the rate of its last months, not the year's average"
		c.Period, c.PeriodExplicit = "", false
		yearAverage = false
	}
	if c.Indicator == "exchange_rate" && c.Period == e.Period && periodPrecision(c.Period) == timex.Month && writtenAsItsEnd(text, e) {
		// "The dollar was worth 151.7 yen at the end of October", "the pound ended September
		// at $1.22": a day's price, which the month's average (149.6 yen) is not
		c.Note = "at the end of " + c.Period + ": a day's rate, not the month's average"
		c.Period, c.PeriodExplicit = "", false
		yearAverage = false
	}
	if yearAverage {
		if part, ok := writtenAsPartOfYear(text, e); ok {
			// "US inflation was running at 6.4% in early 2023", "hit 9.1% last summer": the
			// rate of some months, which the year's average (4.1%) is not
			c.Note = part + ": a part of " + c.Period + ", not the year's average"
			c.Period, c.PeriodExplicit = "", false
		}
	}
	if y, ok := s.datedFigure(k); ok && (c.Period == "" || isYearWord(c.Period)) {
		c.Period, c.PeriodExplicit = y, true // "the 5.4% figure is from 2023" (dated_figure.go)
	}
	c.Basis = st.basisOf(s, k, r, c)
	if yearTo {
		c.Basis = BasisYoY
	}
	if r.revised && r.compared >= 0 && c.Basis == BasisUnknown {
		if br := s.readings[r.compared]; br != nil && br.claimPeriod == c.Period {
			c.Basis = br.claimBasis // the estimate a revision replaced is of the same kind of rate
		}
	}
	if br := s.readings[max(r.compared, 0)]; r.compared >= 0 && !r.revised && br != nil && br.claimBasis != "" && br.claimBasis != BasisUnknown &&
		periodPrecision(br.claimPeriod) == periodPrecision(c.Period) && s.statedBasis(k) == "" {
		// a figure set beside another is a rate of the same kind: "prices were up 4.4 pct on a
		// year-over-year basis, compared with a 4.1 pct rise in February" is year on year too
		c.Basis = br.claimBasis
	}
	if c.Value > 0 && c.ValueMax == nil && strings.HasSuffix(c.Indicator, "_growth") && st.revisesAFall(s, r, c) {
		c.Value = -c.Value // "its economy shrank by 9.6%. (That figure was later revised to 9.5%.)"
	}
	s.claimed(k, c)
	if st.dividedGermanyLevel(c) {
		// (after claimed: a figure set beside it still reads its period)
		c.Note = "a level of divided Germany's time (" + c.Period + "): the reference's Germany is the unified territory, which the text may not mean"
		c.Period, c.PeriodExplicit = "", false
	}
	if s.alternativeReckoning(k, r, c) {
		// "its unemployment rate was 26.6 per cent, although the expanded definition put it at
		// 36.3 per cent": another measure of it, not the indicator (blind rounds 102, 103)
		r.claimWithdrawn = true
		return dst
	}
	if st.withdrawnClaim(s, k, c) || st.rebuttedAfter(s, k) || st.selfCorrectedAfter(s) || s.selfCorrectedWithin(k) {
		// "Did X grow 4%?", "Claim: ...\nVerdict: False", "Posts claimed it hit 40%. This is
		// false." (negation.go): read, for what follows ("That is false: the revised figure is
		// 3.2%" is of the same year), but no claim
		r.claimWithdrawn = true
		return dst
	}
	if isYearWord(c.Period) {
		if y, ok := st.yearAnswered(s, s.qFirst[k], c); ok {
			c.Period, c.PeriodExplicit = y, true // "said ... 6.9% last year. That was the 2022 rate." (dated_figure.go)
		}
	}
	if st.namedEarlierRelease(s, k, r, c) {
		// "revised from an initial 0.3%": an earlier release the table may lack, not the
		// outturn (after claimed: a figure set beside it still reads its period)
		c.Note = "an earlier estimate of " + c.Period + " that the sentence says was since revised, not its outturn"
		c.Period, c.PeriodExplicit, c.Kind = "", false, KindPrevious
	}
	drop, answered := st.contradiction(s, k, c)
	if drop {
		return dst // "A senator said the economy shrank 1% last year" after the text's own 0.6% (contradicted.go)
	}
	// the excerpt only now: most figures read are no claim
	c.Sentence, c.QuoteInSentence = excerpt(text, s.start, s.end, start, end, &st.excerpts)
	dst = dst[:len(dst)+1]
	if len(extra) > 0 || s.marked(markSame) {
		// room for the claims of the other periods (sameAsDate's needs its marks)
		dst = st.reserve(dst, 1+len(extra))
		c = &dst[len(dst)-1] // (moved, if that grew dst)
	}
	if d, loose := s.sameAsDate(k); d >= 0 && c.Period != "" && s.exprs[d].Period != "" && s.exprs[d].Period != c.Period {
		// "5.5 pct, in line with last year", "2.1 pct this year, the same rate as last year":
		// the figure is also the earlier period's
		p := *c
		p.Period, p.PeriodExplicit, p.Kind = s.exprs[d].Period, s.exprs[d].Explicit, KindPrevious
		p.End = max(c.End, s.exprs[d].End)
		p.Quote = text[p.Start:p.End]
		p.Basis = st.basisOf(s, k, r, &p)
		if loose && p.Qualifier == "exact" {
			p.Qualifier = "approx" // "in line with" is no more than close
		}
		dst = append(dst, p)
	}
	for _, e := range extra {
		d := *c
		d.Period, d.PeriodExplicit = e.Period, e.Explicit
		d.Kind = st.kindOf(s, k, r, d.Period, d.PeriodExplicit)
		d.Basis = st.basisOf(s, k, r, &d)
		dst = append(dst, d)
	}
	if answered >= 0 {
		dst = st.removeAnswered(dst, answered) // the reported figure c answers (contradicted.go)
	}
	return dst
}

// claimSlotHook is for tests: when set, completeClaims hands it each slot it is about to
// fill, and whether a figure before filled and left it.
var claimSlotHook func(c *Claim, left bool)

// uncodedEntity reports an entity no reference holds (lex.uncoded). Every claim asks, tens of
// thousands in a dense text, about a few countries whose codes are the lexicon's own strings:
// a code is known to be held when it is one of the article's codedEntities, the very string
// (its bytes where theirs are, which no other content can be); any other is looked up.
func (st *articleState) uncodedEntity(code string) bool {
	for _, known := range st.codedEntities[:st.codedKnown] {
		if len(known) == len(code) && unsafe.StringData(known) == unsafe.StringData(code) {
			return false
		}
	}
	if st.lex.uncoded[code] {
		return true
	}
	if st.codedKnown < len(st.codedEntities) {
		st.codedEntities[st.codedKnown] = code
		st.codedKnown++
	}
	return false
}

// namesOnlyThePart reports a date written as a month or a quarter with no year and no word
// that places it before now: "in October", "the fourth quarter"; not "last October", "the
// previous quarter".
func namesOnlyThePart(text string, e timex.Expr) bool {
	if e.End <= e.Start || e.End > len(text) {
		return false
	}
	words := strings.Fields(strings.ToLower(text[e.Start:e.End]))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	switch {
	case len(words) == 1 && len(words[0]) >= 3:
		_, isMonth := timex.MonthOf(words[0])
		return isMonth
	case len(words) == 2 && (words[1] == "quarter" || words[1] == "half"):
		switch words[0] {
		case "first", "second", "third", "fourth":
			return true
		}
	}
	return false
}

// namesOnlyAQuarter reports a quarter written with no year and no word that places it before
// now: "the second quarter", "the March quarter" (named by its last month); not "last quarter",
// "this quarter", "the previous quarter".
func namesOnlyAQuarter(text string, e timex.Expr) bool {
	if namesOnlyThePart(text, e) {
		return strings.HasSuffix(strings.ToLower(text[e.Start:e.End]), "quarter")
	}
	words := strings.Fields(strings.ToLower(text[e.Start:e.End]))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) != 2 || words[1] != "quarter" || len(words[0]) < 3 {
		return false
	}
	_, isMonth := timex.MonthOf(words[0])
	return isMonth
}

// perfectInfinitiveBefore reports "to have" before figure k in its clause: "is expected to
// have shrunk 0.2% in the second quarter" estimates a quarter that is over.
func (s *sentence) perfectInfinitiveBefore(k int) bool {
	from, _ := s.clauseOf(s.qFirst[k])
	for i := from + 1; i < s.qFirst[k]; i++ {
		if s.words[i].lower == "have" && s.words[i-1].lower == "to" {
			return true
		}
	}
	return false
}

// periodOver reports whether a month or quarter ended before the month the article appeared.
func (st *articleState) periodOver(period string) bool {
	pub := st.art.Published
	if pub.IsZero() || len(period) != 7 {
		return false
	}
	year, err := strconv.Atoi(period[:4])
	if err != nil {
		return false
	}
	var endMonth int
	switch period[5] {
	case 'Q':
		endMonth = 3 * int(period[6]-'0')
	case 'H':
		endMonth = 6 * int(period[6]-'0')
	default:
		endMonth, err = strconv.Atoi(period[5:])
		if err != nil {
			return false
		}
	}
	return year*12+endMonth < pub.Year()*12+int(pub.Month())
}

// averagedOverYear reports the indicators whose figure for a year is an average or a total of
// its months or quarters, not its state at the end.
func averagedOverYear(indicator string) bool {
	switch indicator {
	case "inflation", "unemployment_rate", "gdp_growth", "exchange_rate":
		return true
	}
	return false
}

// writtenAsItsEnd reports a year or a month written as its end: "at the end of 2022", "by end-2022", "at the
// close of 2022", or as what a rate ended it at: "inflation ended 2023 at 23.2%", "closed 2023
// at", "finished 2023 at". "Late in 2022" is not (a reader takes it as the year's news).
func writtenAsItsEnd(text string, e timex.Expr) bool {
	if e.End <= e.Start || e.Start <= 0 || e.End > len(text) {
		return false
	}
	// Every claim of a year asks, and most years are written after neither an "end" nor a
	// verb and "at": the window is lowered only when it may end in "of", "-" or "d", or "at"
	// follows. (No letter beyond ASCII lowers to one of these.) Its spaces are trimmed and its
	// last byte read in place, with no call.
	from, to := max(0, e.Start-16), e.Start
	for to > from && text[to-1] == ' ' {
		to--
	}
	if to == from || text[to-1] < utf8.RuneSelf && !mayEndEndWord(text[to-1]) {
		if !atFollows(text, e.End) {
			return false
		}
	}
	before := strings.ToLower(text[from:to])
	wordBefore := func(w string) bool {
		cut, ok := strings.CutSuffix(before, w)
		return ok && (cut == "" || !ascii.IsLetter(cut[len(cut)-1]))
	}
	for _, w := range []string{"end of", "end-", "end", "close of"} {
		if strings.HasSuffix(before, w) {
			return wordBefore(w)
		}
	}
	// A rate that "ended 2023 at" a level: the verb's object is the year and "at" follows it
	// ("the fiscal year ending 2023" names a year, not its end).
	if !atFollows(text, e.End) {
		return false
	}
	for _, w := range []string{"ended", "ending", "ends", "closed", "closing", "closes", "finished", "finishing", "finishes"} {
		if wordBefore(w) {
			return true
		}
	}
	return false
}

// mayEndEndWord reports an ASCII byte that may end, in some case, a word of writtenAsItsEnd's
// before a year: "of", "end-", "end", "ended".
func mayEndEndWord(c byte) bool {
	return c|0x20 == 'f' || c|0x20 == 'd' || c == '-'
}

// atFollows reports "at " after text[:end] and its spaces.
func atFollows(text string, end int) bool {
	for end < len(text) && text[end] == ' ' {
		end++
	}
	return strings.HasPrefix(text[end:], "at ")
}

// writtenAsPartOfYear reports a year written as a part of it, and returns the words that say so: a
// season ("last summer", "in the summer of 2022", "spring 2023"), a time within it ("early
// 2023", "mid-2022", "late in 2021", "earlier this year") or a part named as such ("at the
// start of 2023", "the middle of 2022", "the first months of 2023"). Its end is writtenAsItsEnd's.
func writtenAsPartOfYear(text string, e timex.Expr) (string, bool) {
	if e.End <= e.Start || e.Start < 0 || e.End > len(text) {
		return "", false
	}
	// Every claim of a year asks: the words are looked up folding case, not lowered copies.
	in := func(words map[string]bool, w string) bool {
		if !yearPartFilter.mayHold(w) {
			return false // most words asked are years and prepositions
		}
		v, _ := ascii.LookupFold(words, w)
		return v
	}
	// (a season is letters, which a year in digits, as most are, has none of)
	if hasLetter(text[e.Start:e.End]) {
		for w := range strings.FieldsSeq(text[e.Start:e.End]) {
			if in(seasonWords, w) {
				return text[e.Start:e.End], true // "last summer", "this spring"
			}
		}
	}
	// The words before the year, nearest first ("the middle of 2022" reads "of", "middle"),
	// each read only when a rule asks for it: most years follow "in" after a figure ("rose
	// 1.2% in 1980"), whose word before is no word.
	start0, end0 := letterWordBefore(text, e.Start)
	if start0 == end0 {
		return "", false
	}
	w0 := text[start0:end0]
	if in(timeWithinYear, w0) || in(seasonWords, w0) {
		return text[start0:e.End], true // "early 2023", "mid-2022", "summer 2022", "later this year"
	}
	afterIn := ascii.EqualFold(w0, "in")
	if !afterIn && !ascii.EqualFold(w0, "of") {
		return "", false
	}
	start1, end1 := letterWordBefore(text, start0)
	if start1 == end1 {
		return "", false
	}
	w1 := text[start1:end1]
	switch {
	case afterIn:
		if in(timeWithinYear, w1) {
			return text[start1:e.End], true // "late in 2021", "earlier in 2023"
		}
	case in(seasonWords, w1) || in(partNouns, w1):
		if ascii.EqualFoldAny(w1, "months", "part", "weeks") {
			if start2, end2 := letterWordBefore(text, start1); start2 < end2 {
				return text[start2:e.End], true // "the first months of 2023", "the early part of 2023"
			}
		}
		return text[start1:e.End], true // "the summer of 2022", "the start of 2023"
	}
	return "", false
}

// letterWordBefore returns the bounds of the word of ASCII letters that ends right before
// text[at:] and the spaces or hyphens before it ("mid-2022", "early 2023"); start == end when
// none does.
func letterWordBefore(text string, at int) (start, end int) {
	end = at
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '-') {
		end--
	}
	start = end
	for start > 0 && ascii.IsLetter(text[start-1]) {
		start--
	}
	return start, end
}

var (
	// seasonWords name a season of the year.
	seasonWords = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}
	// timeWithinYear are the words that place a time within a year written after them.
	timeWithinYear = map[string]bool{"early": true, "mid": true, "late": true, "earlier": true, "later": true}
	// partNouns name a part of a year before "of" ("the start of 2023"); its end is writtenAsItsEnd's.
	partNouns = map[string]bool{"start": true, "beginning": true, "middle": true, "months": true, "part": true, "weeks": true, "turn": true, "outset": true}
)

// yearPartFilter passes every word that may be a key of seasonWords, timeWithinYear or
// partNouns, in any case, and few others.
var yearPartFilter = newKeyFilter(seasonWords, timeWithinYear, partNouns)

// keyFilter tells apart, by first letter and length, words that cannot be keys of a set of
// maps keyed by lower-case ASCII words from those that may be, in any case.
type keyFilter struct {
	first   [256]bool
	lengths uint64 // bit n: a key n bytes long (n < 64)
}

func newKeyFilter(sets ...map[string]bool) *keyFilter {
	f := new(keyFilter)
	for _, set := range sets {
		for k := range set {
			if k == "" || len(k) >= 64 {
				panic("keyFilter: key " + strconv.Quote(k))
			}
			f.first[k[0]] = true
			if 'a' <= k[0] && k[0] <= 'z' {
				f.first[k[0]-'a'+'A'] = true
			}
			f.lengths |= 1 << len(k)
		}
	}
	return f
}

// mayHold reports whether w, in some case, may be a key.
func (f *keyFilter) mayHold(w string) bool {
	return w != "" && len(w) < 64 && f.lengths&(1<<len(w)) != 0 && f.first[w[0]]
}

// quarterOfMonth returns the quarter a month period ends ("2024-03" → "2024-Q1").
func quarterOfMonth(period string) (string, bool) {
	if len(period) != 7 || period[4] != '-' {
		return "", false
	}
	m, err := strconv.Atoi(period[5:])
	if err != nil || m%3 != 0 {
		return "", false
	}
	return fmt.Sprintf("%s-Q%d", period[:4], m/3), true
}

// yearToMonth returns the month that ends a fiscal year written as "the year to February
// 2024", "the year ending in March": its year is the fiscal year's.
func yearToMonth(text string, e timex.Expr) (string, bool) {
	year := strings.TrimPrefix(e.Period, "FY")
	if e.Precision != timex.Year || len(year) != 4 || e.Start < 0 || e.End > len(text) {
		return "", false
	}
	if !hasLetter(text[e.Start:e.End]) {
		return "", false // a year in digits, as most are: no month and no "to"
	}
	ends := false // "to", "ending", "ended", "through": a month that ends the year
	// word by word, with no slice of them: every claim of a year asks
	for w := range strings.FieldsSeq(text[e.Start:e.End]) {
		w = strings.TrimRight(w, ",.")
		if m, ok := timex.MonthOf(strings.TrimPrefix(w, "end-")); ok && ends {
			return fmt.Sprintf("%s-%02d", year, int(m)), true
		}
		switch strings.ToLower(w) {
		case "to", "ending", "ended", "through":
			ends = true
		}
	}
	return "", false
}

// hasLetter reports an ASCII letter in w, or a byte beyond ASCII (which may be one).
func hasLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ascii.IsLetter(c) {
			return true
		}
	}
	return false
}

// dateOfOtherNoun reports the sentence's date of period as one that modifies a noun by "of"
// ("closer to the rate of 2021"): a date of that noun's, not of the clause; a date the clause
// gives ("was matched again in 2024", "In 2024, ...") is not.
func (s *sentence) dateOfOtherNoun(period string) bool {
	for d := range s.exprs {
		if s.exprs[d].Period != period {
			continue
		}
		f := s.eFirst[d]
		return f >= 2 && s.words[f-1].lower == "of" && s.ofOwner(f-1) >= 0
	}
	return false
}

// zeroModifiesNoun reports a zero that modifies a noun naming no measure after it: "the zero
// bound", "the zero lower bound", "zero tolerance" name a thing, not a rate of zero as "zero
// growth" and "zero inflation" do ("Japan's inflation, at 2.7%, has escaped the zero bound"
// was read as inflation of 0%). The chunker often leaves such a zero out of the noun's phrase
// ("bound" is tagged a verb), so the word after it decides: a content word that is no date.
func (st *articleState) zeroModifiesNoun(s *sentence, k int) bool {
	ws := s.words
	next := s.qLast[k] + 1
	if next >= len(ws) || ws[next].date >= 0 || ws[next].fig >= 0 || ws[next].punct {
		return false
	}
	switch ws[next].tag {
	case tagNoun, tagAdj, tagVerb:
	default:
		return false // "fell to zero in 2021", "was zero last year"
	}
	if ws[next].vg >= 0 && s.vgs[ws[next].vg].first == next && s.vgs[ws[next].vg].last > next {
		return false // a verb group of its own starts there
	}
	head := next
	for head+1 < len(ws) && ws[head].tag == tagAdj && !ws[head+1].punct {
		head++ // "the zero lower bound": the bound, whatever "lower" changes; "zero real growth"
	}
	if p := ws[head].np; p >= 0 && s.nps[p].head > head {
		head = s.nps[p].head
	}
	return !s.cueIs(head, catMeasure) && !s.cueIs(head, catChange) && !s.cueIs(head, catKindNoun) // not "zero growth", "zero interest rates"
}

// effectiveUnit is the unit a figure states: its own, or, for a bare number given beside a
// percentage ("rose to 9.0 pct from 9.1", "growth was zero"), percent.
func (st *articleState) effectiveUnit(s *sentence, k int, r *reading) string {
	q := &s.quants[k] // (not a copy: every figure read passes here)
	if q.Unit != "" {
		return q.Unit
	}
	if s.multiplier(k) {
		return q.Unit // "half the 0.2% expected", "a third of the rate": a share of another figure
	}
	if s.countsWhoActs(k) {
		return q.Unit // "with three predicting two pct growth and two seeing one pct": forecasters
	}
	if s.countsPluralAfter(k) {
		return q.Unit // "after 14 consecutive increases", "11 rate rises": a count of events
	}
	if writtenAsFraction(st.art.Text[q.NumStart:q.NumEnd]) {
		return q.Unit // "after two quarters of contraction", "a third": a share or a count, no percent
	}
	if q.Value == 0 && q.ValueMax == nil && st.zeroModifiesNoun(s, k) {
		return q.Unit // "the zero bound": no rate, whatever figure is beside it
	}
	if q.Value == 0 && q.ValueMax == nil && r.measure.typ == classRate || q.Value == 0 && r.role == roleChange {
		return UnitPercent // "zero"
	}
	for _, j := range []int{r.compared, r.apposed} {
		if j >= 0 && s.quants[j].Unit == UnitPercent && q.Value < 100 && bareDigits(st.art.Text[q.NumStart:q.NumEnd]) && !timex.IsDateNumber(st.art.Text, q.NumStart, q.NumEnd) {
			return UnitPercent
		}
	}
	if r.listEntity >= 0 || r.coordinated >= 0 {
		if j := s.figureBefore(k); j >= 0 && s.quants[j].Unit == UnitPercent {
			return UnitPercent
		}
	}
	// A bare number as the value of a rate, in a sentence that states rates in percent:
	// "revised their predictions down to two or below".
	if q.ValueMax == nil && q.Value > 0 && q.Value < 100 && r.measure.typ == classRate && bareDigits(st.art.Text[q.NumStart:q.NumEnd]) && !timex.IsDateNumber(st.art.Text, q.NumStart, q.NumEnd) {
		for j := range s.quants {
			if s.quants[j].Unit == UnitPercent {
				return UnitPercent
			}
		}
	}
	return q.Unit
}

// countsWhoActs reports a bare number that is the whole subject of the verb right after it,
// or that counts the others of a group: "with three predicting two pct growth and two seeing
// one pct", "Four forecast growth of 2%", "and the other two only one pct growth", "the
// remaining three". It counts forecasters, institutes or people, and is no value of the rate
// the sentence names.
func (s *sentence) countsWhoActs(k int) bool {
	ws := s.words
	first, last := s.qFirst[k], s.qLast[k]
	if first < 0 || last+1 >= len(ws) {
		return false
	}
	if v := s.quants[k].Value; v < 1 || v != math.Trunc(v) {
		return false // a count is a whole number: "GDP growth was zero compared with ..."
	}
	if first > 0 && (ws[first-1].lower == "other" || ws[first-1].lower == "remaining") && first == last {
		return true
	}
	p, g := ws[first].np, ws[last+1].vg
	if p < 0 || g < 0 || s.nps[p].first != first || s.nps[p].last != last || ws[s.vgs[g].head].hasLemma("compare") {
		return false // ("2 compared with 3": a comparison, whose subject is the figure itself)
	}
	return s.subjectOf(g) == p
}

// countsPluralAfter reports a whole number that counts the plural noun after it, past at most
// three modifiers: "after 14 consecutive increases", "two quarterly falls", "11 rate rises",
// "three straight monthly declines", "after 2 consecutive quarters". A percentage has its unit
// there ("2 percentage points", "3 pct"), so a number before a plural is a count of events or
// things, never the value of the rate the sentence states in percent.
func (s *sentence) countsPluralAfter(k int) bool {
	if v := s.quants[k].Value; v < 1 || v != math.Trunc(v) || s.quants[k].ValueMax != nil {
		return false
	}
	ws := s.words
	for j := s.qLast[k] + 1; j < len(ws) && j <= s.qLast[k]+4; j++ {
		w := &ws[j]
		if w.fig >= 0 || w.date >= 0 || w.ent >= 0 || w.punct {
			return false
		}
		if pluralNoun(w.lower) && (j+1 == len(ws) || ws[j+1].tag == tagPunct || ws[j+1].tag == tagPrep || ws[j+1].tag == tagCoord) {
			return true
		}
		if w.tag != tagAdj && w.tag != tagNoun && w.tag != tagAdv {
			return false
		}
	}
	return false
}

// writtenAsFraction reports a number written as a fraction in words: "a quarter", "two
// thirds", "three-quarters", "half".
func writtenAsFraction(number string) bool {
	i := len(number)
	for i > 0 && ascii.IsLetter(number[i-1]) {
		i--
	}
	switch strings.ToLower(number[i:]) {
	case "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
		"seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths":
		return true
	}
	return false
}

// multiplier reports a number that scales the phrase after it: "half the 0.2% expected",
// "twice the rate", "a third of the 3% forecast".
func (s *sentence) multiplier(k int) bool {
	i := s.qLast[k] + 1
	if i < 0 || i >= len(s.words) {
		return false
	}
	switch w := &s.words[i]; {
	case w.lower == "of" && i+1 < len(s.words) && s.words[i+1].tag == tagDet:
		return true
	case w.tag == tagDet || w.tag == tagPoss && w.lower != "'s":
		return true
	}
	return false
}

// bareDigits reports a number stated without a scale word ("9.1", "two"; not "36.3 billion",
// "3.30 mln"): only such a number borrows the unit of a percentage beside it.
func bareDigits(num string) bool {
	lower := strings.ToLower(num)
	for _, scale := range []string{"illion", "mln", "bln", "bn", "thousand", "trillion", "dozen", "hundred"} {
		if strings.Contains(lower, scale) {
			return false
		}
	}
	return num != ""
}

// applySign makes a fall negative ("GDP fell 0.5%", "a 0.3% decline", "0.5 pct lower than"), a
// deficit a negative balance, and "negative rates of 0.5 pct" negative.
func (st *articleState) applySign(s *sentence, k int, r *reading, c *Claim) {
	sign := 1.0
	if r.role == roleChange && r.sign < 0 {
		sign = -1
	}
	if r.role == roleValue && r.sign < 0 && r.compared != -1 && strings.HasSuffix(c.Indicator, "_growth") {
		// "rebounded to growth of 1.2% after a 0.2% decline": the figure compared with a
		// growth rate is that rate's value, and the fall its phrase names makes it negative
		// (comparedChange)
		sign = -1
	}
	if r.role == roleShare || r.role == roleValue {
		sign *= r.measure.sign // "a deficit of 3% of GDP", "a deficit ratio of 3%": a balance of -3%
	}
	if s.negativeWord(k, r) {
		sign = -1
	}
	if sign < 0 && c.Value > 0 {
		c.Value = -c.Value
		if c.ValueMax != nil {
			v := -*c.ValueMax
			c.ValueMax = &v
		}
	}
}

// revisesAFall reports a figure that a phrase naming an earlier figure is revised to, by a verb
// that says no direction ("That figure was later revised to 9.5%", "The estimate has since been
// revised to 9.5%"), when the last figure the text stated of the claim's indicator, country and
// period was a fall: the revision is of that fall, and its figure is one too (blind round 91: the Philippines'
// contraction of 2020, revised, was read as growth of 9.5% and flagged).
func (st *articleState) revisesAFall(s *sentence, r *reading, c *Claim) bool {
	if !r.fromContext || r.vg < 0 || r.np < 0 || s.verbChange(r.vg) != 0 || !s.cueIs(s.nps[r.np].head, catKindNoun) {
		return false // (a verb that says the direction says the sign: "the figure fell 2%")
	}
	revised := false
	for j := s.vgs[r.vg].first; j <= s.vgs[r.vg].last; j++ {
		revised = revised || s.words[j].hasLemma("revise")
	}
	if !revised {
		return false
	}
	f, ok := st.latestStated(func(f *statedFigure) bool {
		return f.indicator == c.Indicator && f.entity == c.Entity && f.period == c.Period
	})
	return ok && f.negative
}

// negativeWord reports "negative" in the figure's phrase or the phrase it is the object of:
// "negative rates of 0.5 pct", "a negative 0.3 pct".
func (s *sentence) negativeWord(k int, r *reading) bool {
	// the sign words of the sentence, found once: a figure's phrase may start far before it,
	// and most sentences have none
	s.findMarkedWords()
	if len(s.signWords) == 0 {
		return false
	}
	from := s.phraseStart(s.qFirst[k])
	if r.np >= 0 && s.nps[r.np].first < from {
		from = s.nps[r.np].first
	}
	for _, i := range wordsWithin(s.signWords, from, s.qFirst[k]-1) {
		if f := s.words[i].fig; f >= 0 && f != k {
			continue // "minus 0.5 pct in Japan, 0.2 pct in Germany": another figure's own sign
		}
		if s.inRelativeAsideBefore(int(i), int(i), s.qFirst[k]) {
			// "Inflation, which had been negative for three years, jumped to 26 percent": the
			// aside's, of another time (blind round 145: read as -26%)
			continue
		}
		return true
	}
	return false
}

// claimed records the entity and period of figure k's claim, for the figures compared with it.
func (s *sentence) claimed(k int, c *Claim) {
	r := s.readings[k]
	r.claimEntity, r.claimPeriod, r.claimKind, r.claimExplicit, r.claimBasis, r.claimSoFar = c.Entity, c.Period, c.Kind, c.PeriodExplicit, c.Basis, c.SoFar
	r.claimNegative = c.Value < 0
	r.claimWithdrawn = false // (a reading copied from a withdrawn figure's is not withdrawn with it)
}

// peakOf reports a figure that is an extreme of its period: the complement of "peak" ("peaked
// at 27.9%") or the value of "a peak of", "a high of", "a record high of", "a low of", "a
// 37-year low of".
func (s *sentence) peakOf(k int, r *reading) bool {
	if !s.marked(markPeak) {
		return false // most sentences: every figure of a year asks
	}
	if r.vg >= 0 && s.words[s.vgs[r.vg].head].hasLemma("peak") {
		return true
	}
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i >= 1 && s.words[i].lower == "at" {
		// the complement of a verb of an extreme that is not the figure's own verb group:
		// "after peaking at 7.3%", "having peaked at 11.1%", "topped out at 11.1%"
		return s.extremeVerbBefore(i) != 0
	}
	if i >= 1 && s.words[i].lower == "of" {
		switch s.words[i-1].lower {
		case "peak", "high", "highs", "low", "lows", "trough":
			return true
		}
	}
	return s.datedPeakBefore(k) && !s.nowBefore(k) // (not "has fallen from the peaks of 2022 and is now 2.1 percent", review)
}

// datedPeakBefore reports a figure whose nearest date before it, with none after it in its
// clause, dates a peak: "down from the peaks of 2022, when Norway's CPI hit 7.5 percent", "At its
// 2022 peak, inflation reached 7.5 percent" give the highest month's rate of the year, not its
// average (blind round 249: judged against Norway's 5.8% of 2022). A high is no such time:
// "Inflation reached multi-decade highs in 2022: 8.0 per cent in the US" gives the years'
// rates, highs over decades.
func (s *sentence) datedPeakBefore(k int) bool {
	first := s.qFirst[k]
	d := -1
	for i := range s.exprs {
		if s.eLast[i] < first {
			d = i
		} else if _, to := s.clauseOf(first); s.eFirst[i] <= to {
			return false // a date of the figure's own clause after it
		}
	}
	if d < 0 {
		return false
	}
	ws := s.words
	peak := func(j int) bool {
		return j >= 0 && j < len(ws) && (ws[j].lower == "peak" || ws[j].lower == "peaks") && ws[j].vg < 0
	}
	if peak(s.eLast[d] + 1) {
		return true // "its 2022 peak"
	}
	j := s.eFirst[d] - 1
	for j >= 0 && ws[j].tag == tagDet {
		j--
	}
	return j >= 1 && (ws[j].lower == "of" || ws[j].lower == "in") && peak(j-1) // "the peaks of 2022"
}

// peakOfAnotherVerb reports a figure that peakOf reads as an extreme only by the verb before
// its "at", not its own verb group's: "after peaking at 7.3%".
func (s *sentence) peakOfAnotherVerb(k int, r *reading) bool {
	if r.vg >= 0 && s.words[s.vgs[r.vg].head].hasLemma("peak") {
		return false
	}
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	return i >= 1 && s.words[i].lower == "at" && s.extremeVerbBefore(i) != 0
}

// troughOf reports a figure that is the low of its period ("a record low of $1.03",
// "bottomed out at 3.4%").
func (s *sentence) troughOf(k int) bool {
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	if i >= 1 && s.words[i].lower == "at" {
		return s.extremeVerbBefore(i) < 0
	}
	return i >= 1 && s.words[i].lower == "of" && (s.words[i-1].lower == "low" || s.words[i-1].lower == "lows" || s.words[i-1].lower == "trough")
}

// extremeVerbBefore reads the verb before "at" (word at) that says the figure after it is an
// extreme: a form of "peak" ("peaked at", "peaking at"), or "top out" and "bottom out"
// ("topped out at", "bottoming out at", "bottomed at"); "topped 3%" is only more than 3%, and
// is not asked.
// It returns 1 for a high, -1 for a low and 0 for none.
func (s *sentence) extremeVerbBefore(at int) int {
	v := at - 1
	if v >= 0 && s.words[v].hasLemma("peak") && s.words[v].tag != tagDet {
		return 1
	}
	out := v >= 1 && s.words[v].lower == "out"
	if out {
		v--
	}
	// without "out", only as a verb: "bottomed at 0.1%", "topped at 11.1%"; not "the top at"
	if v < 0 || !out && s.words[v].vg < 0 {
		return 0
	}
	switch w := &s.words[v]; {
	case w.hasLemma("top"):
		return 1
	case w.hasLemma("bottom"):
		return -1
	}
	return 0
}

// reachedWithin reports a price stated as a level reached within its period: an extreme ("a
// record low of $1.03") or where a movement ended ("The yen weakened to 151 per dollar in
// October"). A market price moves from day to day; the period's average, which the table
// holds, is what "averaged 131" states, not where a movement ended.
func (s *sentence) reachedWithin(k int, r *reading) bool {
	if s.peakOf(k, r) {
		return true
	}
	return r.vg >= 0 && s.cueIs(s.vgs[r.vg].head, catChange)
}

// pppFor reports a figure stated at purchasing power parity: a PPP phrase before it with no
// other figure between ("In purchasing-power terms, China's GDP per head was $21,000", "GDP
// per capita at PPP was"), or right after it ("$21,000 at PPP").
func (s *sentence) pppFor(k int) bool {
	if !s.anyCueOf(catPPP) {
		return false // most sentences: every figure asks
	}
	ws := s.words
	for j := s.qFirst[k] - 1; j >= 0; j-- {
		if f := ws[j].fig; f >= 0 && f != k {
			break
		}
		if s.cueIs(j, catPPP) {
			return true
		}
	}
	for j := s.qLast[k] + 1; j < len(ws) && j <= s.qLast[k]+5; j++ {
		if ws[j].fig >= 0 || ws[j].vg >= 0 {
			break
		}
		if s.cueIs(j, catPPP) {
			return true
		}
	}
	return false
}

// anyCueOf reports a cue of the category anywhere in the sentence: the figures of a sentence
// ask in turn about the words near each, and most sentences have none. The categories of the
// sentence's cues are found together, once per sentence, in one pass over the cues.
func (s *sentence) anyCueOf(category cueCategory) bool {
	if !s.cueCategoriesKnown {
		var all cueCategory
		for i := range s.cues {
			all |= s.cues[i].categories
		}
		s.cueCategories, s.cueCategoriesKnown = all, true
	}
	return s.cueCategories&category != 0
}

// nominalInClause reports a nominal marker in the clause of word i: "On a current prices
// basis, GDP was up 11 pct".
//
// The answer for the clause asked last is kept: the figures of a clause ask one after another,
// and a run-on list of figures can be one clause of hundreds of words.
func (s *sentence) nominalInClause(i int) bool {
	if !s.anyCueOf(catNominal) {
		return false
	}
	from, to := s.clauseOf(i)
	if s.nominalClause == from+1 {
		return s.nominalInLastClause
	}
	found := false
	for j := from; j <= to && !found; j++ {
		found = s.cueIs(j, catNominal)
	}
	s.nominalClause, s.nominalInLastClause = from+1, found
	return found
}

// movesToMoneyLevel reports a change figure k whose movement ends at a sum of money in its
// clause: "US GDP grew 6.3% in 2023 to $27.4 trillion", "GDP per capita rose 5.5% to
// $80,412". The level is in current money and so is the change: nominal growth, which the
// real series does not hold. A clause that says it is real ("real GDP", "at constant
// prices") is left alone.
func (s *sentence) movesToMoneyLevel(k int) bool {
	if s.qFirst[k] < 0 {
		return false
	}
	from, to := s.clauseOf(s.qFirst[k])
	if s.anyCueOf(catReal) { // most sentences have none: every growth figure asks
		for j := from; j <= to; j++ {
			if s.cueIs(j, catReal) {
				return false
			}
		}
	}
	for j := k + 1; j < len(s.quants); j++ {
		f := s.qFirst[j]
		if f < 0 || f > to {
			break
		}
		if quantity.IsCurrency(s.quants[j].Unit) && f > 0 && s.words[f-1].lower == "to" {
			return true
		}
	}
	return false
}

// excludedBefore reports a fronted phrase that leaves something out of figure k's measure:
// "Without last year's energy price drop, it rose 3.8 pct", "Excluding food, prices rose 2%".
func (s *sentence) excludedBefore(k int) bool {
	ws := s.words
	i := 0
	for i < len(ws) && isQuoteWord(ws[i].lower) {
		i++
	}
	if i >= len(ws) {
		return false
	}
	switch ws[i].lower {
	case "without", "excluding", "except", "ex", "stripping", "leaving":
	default:
		return false
	}
	for j := i + 1; j < s.qFirst[k]; j++ {
		if ws[j].lower == "," {
			return true
		}
	}
	return false
}

// adjustedForOther reports figure k of a measure adjusted for something other than prices,
// the season or the calendar, which every headline rate is adjusted for or states: "Adjusted
// for major sporting events, growth in 2024 was 0.9%" (Switzerland's SECO publishes both, and
// the series the table holds is the unadjusted one: blind round 33), "sport-event-adjusted
// growth of 0.9%", "growth was 0.9% when adjusted for sporting events". The adjustment is read
// in the figure's clause before it, or right after it.
func (s *sentence) adjustedForOther(k int) bool {
	if !s.marked(markAdjusted) {
		return false // most sentences; every figure asks
	}
	ws := s.words
	first, last := s.qFirst[k], s.qLast[k]
	if first < 0 {
		return false
	}
	from, _ := s.clauseOf(first)
	if w := ws[0].lower; w == "adjusted" || w == "corrected" || w == "once" || w == "when" {
		// a phrase fronted before the clause: "Adjusted for ..., growth was 0.9%"; it
		// governs the clause after its comma, not one after that ("..., while unadjusted
		// growth was 1.4%")
		for c := 1; c < first; c++ {
			if ws[c].lower == "," {
				if f, _ := s.clauseOf(c + 1); f == from {
					from = 0
				}
				break
			}
		}
	}
	for i := from; i < len(ws) && i <= last+4; i++ {
		if i >= first && i <= last || ws[i].lower != "adjusted" && ws[i].lower != "corrected" {
			continue
		}
		if i < first && s.figureBetween(k, i, i) {
			continue // another figure's: "sport-event-adjusted growth was 0.9%, against unadjusted growth of 1.4%"
		}
		if i > 0 && ws[i-1].joined {
			return !standardAdjustment(ws[i-1].lower) // "sport-event-adjusted", not "seasonally-adjusted"
		}
		if i+1 >= len(ws) || ws[i+1].lower != "for" {
			continue
		}
		other := false
		for j := i + 2; j < len(ws) && j <= i+6 && ws[j].tag != tagPunct && ws[j].fig < 0; j++ {
			if standardAdjustment(ws[j].lower) {
				return false // "adjusted for inflation", "for seasonal and calendar effects"
			}
			other = other || ws[j].tag == tagNoun || ws[j].tag == tagProper
		}
		return other
	}
	return false
}

// standardAdjustment reports a word of what headline rates are adjusted for: prices, the
// season, the calendar, purchasing power.
func standardAdjustment(w string) bool {
	switch w {
	case "inflation", "price", "prices", "deflation", "deflator", "cpi", "seasonal", "seasonally", "season",
		"seasons", "seasonality", "calendar", "working", "trading", "day", "days", "purchasing", "power", "ppp":
		return true
	}
	return false
}

// hypothetical reports a figure in a clause of condition ("if growth were 3%", "unless
// inflation falls to 2%"): it states no figure.
func (s *sentence) hypothetical(k int) bool {
	if !s.marked(markCondition) {
		return s.imagined(k) // most sentences: false (unreal.go); every figure asks
	}
	from, _ := s.clauseOf(s.qFirst[k])
	for i := from - 1; i >= 0 && i >= from-2; i-- {
		switch s.words[i].lower {
		case "if", "unless", "whether":
			return true
		case ",", "even":
			continue
		}
		break
	}
	if from >= len(s.words) {
		return false
	}
	switch s.words[from].lower {
	case "if", "unless":
		return true
	case "had", "were", "should":
		// an auxiliary before its subject opens a condition: "Had the economy grown 3%",
		// "Were inflation to reach 5%", "Should unemployment rise to 6%"
		next := from + 1
		return next < len(s.words) && s.words[next].np >= 0 && s.words[next].vg < 0 && s.words[next].fig < 0
	}
	return s.invertedConditionAfter(k) || s.imagined(k)
}

// invertedConditionAfter reports a condition opened by an auxiliary before its subject after
// figure k's clause, of which the clause is the unreal consequence: "growth of 5.5% in 2025 was
// within reach had oil output recovered", "growth would top 3% were oil prices to rise"
// (blind round 24). Only the inverted forms: a trailing "if" often qualifies a real figure
// ("2% if food is excluded"). The subject is a phrase of no figure, then the verb: a past
// participle after "had" ("had output recovered", not "had inflation of 3%" nor "had grown"),
// "to" after "were".
func (s *sentence) invertedConditionAfter(k int) bool {
	ws := s.words
	own := -1 // the figure's predicate: the first verb group after it
	for i := s.qLast[k] + 1; i+2 < len(ws); i++ {
		switch ws[i].lower {
		case ",", ";", ":", "and", "but", "while", "whereas", "though", "although":
			// the condition of another clause: "inflation averaged 5.9% in 2023 and would
			// have been higher had ...", "was 2.9%, and were the Fed to cut, it could rise"
			return false
		}
		if g := ws[i].vg; g >= 0 && g != own && ws[i].lower != "had" && ws[i].lower != "were" {
			if own >= 0 {
				return false // another verb's clause
			}
			own = g
		}
		if ws[i].lower != "had" && ws[i].lower != "were" || ws[i+1].np < 0 || ws[i+1].vg >= 0 || ws[i+1].fig >= 0 {
			continue
		}
		if s.negativeBefore(i) {
			continue // an inversion after a negative: "not since 2003 had output fallen so far"
		}
		p := s.nps[ws[i+1].np]
		if p.first != i+1 || p.last+1 >= len(ws) {
			continue
		}
		for j := p.first; j <= p.last; j++ {
			if ws[j].fig >= 0 {
				return false
			}
		}
		a := p.last + 1
		if ws[a].tag == tagNeg && a+1 < len(ws) {
			a++ // "had oil output not slumped"
		}
		after := &ws[a]
		if ws[i].lower == "had" && after.vg >= 0 && after.past || ws[i].lower == "were" && after.lower == "to" {
			return true
		}
	}
	return false
}

// negativeBefore reports a negative among the three words before word i, which an inverted
// auxiliary follows ("not since 2003 had", "never had", "rarely were").
func (s *sentence) negativeBefore(i int) bool {
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		switch w := &s.words[b]; {
		case w.tag == tagNeg, w.lower == "never", w.lower == "rarely", w.lower == "seldom", w.lower == "nowhere":
			return true
		}
	}
	return false
}

// required reports a verb group that states what is needed, not what is or will be: "must
// grow 3%", "would need to grow 3%", "has to grow by 3%", "is required to".
func (s *sentence) required(g int) bool {
	v := s.vgs[g]
	for j := v.first; j <= v.last; j++ {
		w := &s.words[j]
		if w.lower == "must" {
			return true
		}
		if j+1 <= v.last && s.words[j+1].lower == "to" && (w.hasLemma("need") || w.hasLemma("have") || w.hasLemma("require")) {
			return true
		}
	}
	return false
}

// negated reports a verb group with a negation: "did not grow 3%" denies a figure, and so does
// "never" before its verb ("inflation never fell below 20 per cent" says the rate stayed
// above it, which read as a bound "less than 20" reversed it; blind round 64).
func (s *sentence) negated(g int) bool {
	v := s.vgs[g]
	if v.first > 0 && s.words[v.first-1].lower == "never" {
		return true
	}
	for i := v.first; i <= v.last+1 && i < len(s.words); i++ {
		if s.words[i].tag == tagNeg || s.words[i].lower == "cannot" {
			return true
		}
	}
	return s.invertedAfterNegative(g)
}

// invertedAfterNegative reports verb group g after its subject and an auxiliary that a
// negative phrase opening the clause inverts: "At no point in those four years did the annual
// average dip below ten per cent", "Not once in 2022 did inflation fall below 10%", "At no
// time has the rate exceeded 5%" (blind round 127: the bound read as a claim of the year).
func (s *sentence) invertedAfterNegative(g int) bool {
	ws := s.words
	i := s.vgs[g].first - 1
	if i < 1 || ws[i].np < 0 {
		return false
	}
	i = s.nps[ws[i].np].first - 1
	if i < 1 || ws[i].tag != tagAux || ws[i].vg < 0 || s.vgs[ws[i].vg].last != i {
		return false
	}
	for b := i - 1; b >= 0 && b >= i-8; b-- {
		switch w := ws[b].lower; {
		case w == "," || w == ";" || w == ":" || ws[b].vg >= 0:
			return false
		case w == "no" && b+1 < len(ws) && (ws[b+1].lower == "point" || ws[b+1].lower == "time" || ws[b+1].lower == "stage" || ws[b+1].lower == "moment"):
			return true
		case w == "not" && b+1 < len(ws) && ws[b+1].lower == "once", w == "never", w == "nowhere":
			return true
		}
	}
	return false
}

// negatedBefore reports a negated verb earlier in the clause of figure k, whose complement the
// figure stands in: "will never return to the mistakes of ERM and 10% inflation".
func (s *sentence) negatedBefore(k int) bool {
	if s.qFirst[k] < 0 {
		return false
	}
	from, _ := s.clauseOf(s.qFirst[k])
	for i := s.qFirst[k] - 1; i >= from; i-- {
		if g := s.words[i].vg; g >= 0 && s.vgs[g].last == i {
			return s.negated(g)
		}
	}
	return false
}

// clauseOf returns the first and last word of the clause word i stands in. Clauses are
// separated by semicolons, subordinating conjunctions ("while", "although", "because"), "but",
// relative pronouns, and a comma followed by "and" or a new subject.
func (s *sentence) clauseOf(i int) (int, int) {
	if len(s.clauseFrom) != len(s.words) {
		s.findClauses()
	}
	return int(s.clauseFrom[i]), int(s.clauseTo[i])
}

// findClauses finds, for every word, the words after the last clause break before it and
// before the first one after it, in one pass: asked word by word, a long sentence full of
// figures cost its length for each of them. A word that breaks a clause ends none before the
// next break: it is the first of the words whose clause ends there.
func (s *sentence) findClauses() {
	ws := s.words
	n := len(ws)
	// (the bounds kept in locals: every word of a sentence passes here)
	clauseFrom, clauseTo := zeroed(s.clauseFrom, n), zeroed(s.clauseTo, n)
	s.clauseFrom, s.clauseTo = clauseFrom, clauseTo
	from := 0
	verb := false // a finite verb since the clause began: a comma can end only such a clause
	open := 0     // the first word whose clause has not ended yet
	for i := range ws {
		w := &ws[i]
		clauseFrom[i] = int32(from)
		if v := w.vg; v >= 0 && s.vgs[v].head == i && s.finite(v) {
			verb = true
		}
		if w.breaksClause() || verb && w.lower == "," && s.clauseAfterComma(i) || i > 0 && i <= 4 && isDash(w.lower) && s.labelBefore4(i) {
			from, verb = i+1, false
			if i+1 < n { // (the last word ends the words' clauses only as it breaks one: below)
				fillInt32(clauseTo[open:i], int32(i-1))
				open = i
			}
		}
	}
	if n > 0 && ws[n-1].breaksClause() {
		fillInt32(clauseTo[open:n-1], int32(n-2))
		open = n - 1
	}
	fillInt32(clauseTo[open:], int32(n-1))
}

// labelBefore4 reports that the words before word i (four at most) are a name alone, and so a
// label the dash at i sets before its clause: "Germany — In the city-state of Bremen,
// unemployment averaged 11%" is Bremen's, as "Germany: In Bremen, ..." is.
func (s *sentence) labelBefore4(i int) bool {
	for j := 0; j < i; j++ {
		if w := &s.words[j]; w.ent < 0 && w.tag != tagProper {
			return false
		}
	}
	return true
}

// fillInt32 sets every element of s to v.
func fillInt32(s []int32, v int32) {
	for i := range s {
		s[i] = v
	}
}

// finite reports a verb group that makes a clause: not an infinitive, not a bare participle
// in -ing ("taking the rate to 2.1%").
func (s *sentence) finite(v int) bool {
	g := s.vgs[v]
	return !g.infinitive && !(g.head == g.first && strings.HasSuffix(s.words[g.head].lower, "ing"))
}

// breaksClause reports a word that separates clauses.
func (w *word) breaksClause() bool {
	// Every word of a sentence asks: one switch on the word, then one on its tag.
	switch w.lower {
	case ";", ":", "but", "whereas", "meanwhile":
		return true
	}
	switch w.tag {
	case tagSub:
		return w.lower != "as" && w.lower != "that" && w.lower != "so"
	case tagWh:
		return w.lower != "that"
	}
	return false
}

// clauseAfterComma reports a comma after which a clause with its own subject, verb and figure
// begins:
// "GDP in Germany grew 1.2% in 1980, inflation in France rose to 2.3% in 1981". A list of
// figures ("2% in Germany, 3% in France"), an apposition ("its highest since 2008") or a
// participle ("taking the rate to 2.1%") after a comma has no verb of its own.
func (s *sentence) clauseAfterComma(i int) bool {
	ws := s.words
	i = s.frontedAfterComma(i)
	if i+1 >= len(ws) || ws[i+1].np < 0 {
		return false
	}
	p := s.nps[ws[i+1].np]
	if p.first != i+1 || ws[p.head].fig >= 0 || p.last+1 >= len(ws) {
		return false
	}
	j := p.last + 1
	for j+1 < len(ws) && ws[j].tag == tagPrep && ws[j+1].np >= 0 && s.nps[ws[j+1].np].first == j+1 {
		j = s.nps[ws[j+1].np].last + 1 // the subject's own phrases: "inflation in France rose"
	}
	for n := 0; n < 2 && j+1 < len(ws) && ws[j].tag == tagAdv && ws[j].vg < 0; n++ {
		j++ // "unemployment in Lagos State alone was put at over 7%", "prices then rose 2%" (blind round 123)
	}
	if j >= len(ws) {
		return false
	}
	v := ws[j].vg
	if v < 0 || s.vgs[v].first != j || !s.finite(v) {
		return false
	}
	// A clause that states no figure before the next comma is a parenthesis, as a reporting
	// clause is ("1.3 pct, the Commerce Department said, revising up its estimate of 1.1
	// pct"): what follows it still belongs to the clause before.
	for j := s.vgs[v].last + 1; j < len(ws) && ws[j].lower != "," && ws[j].lower != ";"; j++ {
		if ws[j].fig >= 0 {
			return true
		}
	}
	return false
}

// frontedAfterComma returns the last word before the subject of a clause that a comma at i
// may open with a coordinator and phrases fronted before its subject: ", and in 2020 it
// contracted 10.4%", ", and, in 2020, it", ", or last year inflation". Else it returns i.
func (s *sentence) frontedAfterComma(i int) int {
	ws := s.words
	j := i + 1
	if j < len(ws) && (ws[j].lower == "and" || ws[j].lower == "or") {
		j++
	}
	if j < len(ws) && ws[j].lower == "," {
		j++
	}
	fronted := false
	for j+1 < len(ws) {
		switch {
		case ws[j].tag == tagPrep && ws[j+1].np >= 0 && s.nps[ws[j+1].np].first == j+1 && ws[s.nps[ws[j+1].np].head].fig < 0:
			j = s.nps[ws[j+1].np].last + 1 // "in 2020", "in the second quarter"
		case ws[j].date >= 0:
			j++ // "last year"
		default:
			switch {
			case !fronted:
				return i // ", and inflation rose": as the clause before reads it
			case ws[j].lower == ",":
				return j // ", and, in 2020, it contracted"
			}
			return j - 1
		}
		fronted = true
	}
	return i
}

// objectOfPredicatePrep reports a phrase starting at word i that a preposition after the
// clause's verb governs: "Uruguay remains the region's strongest credit after Chile, with
// growth of 3.1%", "Mexico sells most of its exports to the United States, with growth of
// 3.2%". Beside a place that is the clause's subject, it is what the subject is ranked or
// related by, as a verb's object is (blind round 157: Uruguay's growth judged as Chile's).
// (Only a subject that is a place's name alone is asked: entityIn's subject.)
func (s *sentence) objectOfPredicatePrep(i int) bool {
	ws := s.words
	if i == 0 || ws[i-1].tag != tagPrep {
		return false
	}
	from, _ := s.clauseOf(i)
	for j := i - 2; j >= from; j-- {
		if v := ws[j].vg; v >= 0 && s.vgs[v].head == j {
			return s.finite(v)
		}
	}
	return false
}

// entityOf finds the country or region of figure k: the one its own phrase names ("Britain at
// 3.9 pct", "Italy's GDP", "U.S. consumer prices"), the one a figure it restates or is compared
// with is about, one named in a phrase after its measure ("growth in France"), the subject or
// another name in its clause, in its sentence, an institution's country ("the Bundesbank"), and
// last the country the sentences before were about.
func (st *articleState) entityOf(s *sentence, k int, r *reading) string {
	if a := &st.entityAsked; a.r == r && a.k == k && a.s == s && r != nil {
		return a.code
	}
	if code := s.gappedPlaceBefore(k); code != "" {
		return code // "..., and in Argentina rebounded to 4.4%": the conjunct's own place
	}
	if code, ok := st.parallelEntity(s, k, r); ok {
		return code
	}
	if st.sharedByPlaces(s, k) {
		return "" // "France, Germany and Italy ... Their inflation rate was 5.2%" (list_pairing.go)
	}
	if code := st.rateSetter(s, k, r); code != "" {
		return code // "..., while the ECB raised its deposit rate to 3.75%": the euro area's (rate_setter.go)
	}
	if st.ownPlaceOfNoCountry(s, k, r) || s.regionalAdjectiveOfMeasure(r) {
		return "" // "and Guangdong's 3.5%", "the rate in Nevada was 5.7%" (regions.go)
	}
	if s.ownedByNoPlace(st.lex, r) {
		return "" // "The company's output fell 2.1%": the company's (owned_measure.go)
	}
	if r.listEntity >= 0 {
		if code, ok := entityCode(s.ents[r.listEntity]); ok {
			return code
		}
	}
	if e, ok := s.possessorEntity(k); ok && s.words[s.qFirst[k]-1].lower == "(" {
		// "the highest unemployment rates in the EU were recorded in Spain (11.4%)": the
		// place beside the figure, not the bloc its phrase ranks them in
		code, _ := entityCode(s.ents[e])
		return code
	}
	if st.aboutPartOfCountry(s, k, r) {
		return "" // "Eastern German states averaged 7.2% unemployment": no country's figure
	}
	if st.unnamedMemberFigure(s, r) {
		return "" // "Which euro-area economy grew 12.3%?": one member's, not the bloc's (unnamed_member.go)
	}
	if own := s.entityInPhrase(s.words[s.qFirst[k]].np); own != "" && r.np != s.words[s.qFirst[k]].np {
		return own
	}
	if code := s.placeOfChangePhrase(k, r); code != "" {
		return code // "euro zone GDP rose 1.5%, flattered by a surge of 12% in Ireland": Ireland's
	}
	if s.homeOfFigure(k) {
		// "in this country it was 2.5%", "unemployment here averaged 4.3%": the speaker's
		// country, never the one compared (clausemates.go)
		return st.homeCountry(s, r)
	}
	if code := s.participleAgentAfter(k); code != "" {
		return code // "far outpaced the 2.8% posted by the United States": the agent's (participle_agent.go)
	}
	if code := s.placeLabelBefore(k); code != "" {
		return code // "(Australia: 3.2%; Japan: 2.7%)": each label's
	}
	if r.compared >= 0 && r.compared < k-1 && s.gappedSubjectBefore(k-1) && !s.pairedFigureAfter(k) {
		// "The European Union is expected to grow just 1.2 percent after 0.5 percent last
		// year, and Japan 1.2 percent after 1.7 percent": a figure set against one before a
		// gapped clause's own figure is that clause's, whose place is said but not read; not
		// the clause before's (blind round 167: Japan's 1.7% judged as the EU's)
		return ""
	}
	if r.compared >= 0 {
		if p := s.blocPhraseAfter(s.figurePhraseEnd(k)); p >= 0 {
			// "compared with an average below 1 per cent for the bloc": the bloc's, not the
			// figure's it is set against (blind round 190)
			return st.blocBefore(s, s.nps[p].first)
		}
		if code := s.entityAfter(s.figurePhraseEnd(k)); code != "" {
			// "$30,000 in 2004, compared with $40,000 in the US", "against 5.0 pct growth in
			// China": the other country's
			return code
		}
		if i := s.qLast[k] + 1; i+1 < len(s.words) && s.words[i].lower == "and" && s.pairedFigureAfter(k) && s.qLast[s.words[i+1].fig] >= 0 {
			if code := s.entityAfter(s.figurePhraseEnd(s.words[i+1].fig)); code != "" {
				// "against 0.4% and 0.9% in the euro area": the place after the pair is
				// both figures' (blind round 256: 0.4% read as the United States', the
				// figure's it is set against)
				return code
			}
		}
		if code := s.comparedParty(k, r); code != "" {
			return code // "grew faster than Italy's in 2023, at 1.4% against 0.9%": Italy's
		}
		if code := s.ofOwnerEntity(k); code != "" {
			return code // "against France's rate of 7.4%", "against a euro-zone average of 0.9%"
		}
	}
	if r.compared < 0 {
		if code := s.ofOwnerEntity(k); code != "" && !blocCode(code) && !st.lex.aggregates.has(code) {
			// "well above the Czech rate of 2.5%", "the Polish rate of 3.7%": the phrase the
			// figure is the "of" of names its country, whatever the clause's subject (a
			// bloc's is as often the forecaster of a member's: "the OECD's growth forecast
			// of 3.75 pct")
			return code
		}
	}
	for _, j := range []int{r.compared, r.apposed} {
		if j >= 0 && s.readings[j] != nil && s.readings[j].claimEntity != "" {
			return s.readings[j].claimEntity
		}
	}
	if r.coordinated >= 0 || s.afterColon(k) {
		if code := s.entityAfter(s.qLast[k]); code != "" {
			return code // a list names each item's place: ": 7.5% in Italy, 6.2% in Portugal"
		}
	}
	if r.np < 0 || s.entityInPhrase(r.np) == "" || s.capitalSubject(r) == r.np {
		// (the capital itself as the subject: "Madrid grew 3.6 percent", the city's)
		if st.capitalPlacesFigure(s, k, r) {
			return "" // "Abu Dhabi, whose economy grew 3.8%", "In Madrid, joblessness is below 10%" (capital_place.go)
		}
		if s.divisionApposition(k) {
			return "" // "Ontario, Canada's largest province, had a jobless rate of 9.6%": Ontario's
		}
	}
	if a := s.relativeAntecedent(k); a >= 0 {
		if code := s.entityInPhrase(a); code != "" {
			return code // "among the lowest in the OECD, where the average is 4.9%"
		}
		if from, _ := s.clauseOf(s.qFirst[k]); from > 0 && s.words[from-1].lower == "where" && (s.namesPlace(a) || s.words[s.nps[a].head].tag == tagProper) {
			// "a price war in China, where the economy grew 5.0%": the place's, which the
			// names read as a market here leave uncoded; not the dateline's country
			return ""
		}
	}
	if s.listedGroup(k) {
		return "" // "Nigeria, South Africa and Angola averaged 1.8%": no member's (listed_group.go)
	}
	if r.np >= 0 && s.blocAnaphor(r.np) {
		// "the bloc's economy grew 0.7%", "the single currency area's inflation": the bloc or
		// region named last, never a member named since
		// With none named, "the region" is a part of a country, whose figures are no claim.
		return st.blocBefore(s, s.nps[r.np].first)
	}
	if code := s.entityInPhrase(r.np); code != "" && !(s.nps[r.np].first > s.qLast[k] && s.semicolonBetween(s.qLast[k], s.nps[r.np].first)) {
		// (not a phrase of the part after a semicolon, which names that part's figure: "From
		// 3.1% in 2023 to 3.7% in 2025; the euro area's rate was 6.3%")
		switch s.possessorOfForecast(r.np) {
		case forecastByBloc:
			// "the OECD's growth forecast for Australia": the bloc makes the forecast; the
			// country after "for", or the one the text is about, is what it is of
			if after := s.entityAfter(s.nps[r.np].last); after != "" {
				return after
			}
			for i := len(s.ents) - 1; i >= 0; i-- {
				if m := s.ents[i]; !namesBloc(s, m) {
					if c, ok := entityCode(m); ok {
						return c // "In Australia, the OECD's earlier forecast of growth"
					}
				}
			}
			if c := st.entityBefore(s.start); c != "" && c != code {
				return c
			}
		case forecastByCountry:
			if after := s.entityAfter(s.nps[r.np].last); after != "" {
				return after
			}
		}
		return code
	}
	if r.np >= 0 {
		if code := s.entityAfter(s.nps[r.np].last); code != "" && !(st.lex.aggregates.has(code) && s.superlativeBefore(s.nps[r.np].last+1)) {
			// (not the set a superlative phrase ranks in: "Greece had the highest unemployment
			// in the EU at 27.5%" is Greece's; comparison_sets.go)
			return code
		}
	}
	if code := s.entityAfter(s.qLast[k]); code != "" {
		return code
	}
	if p := s.blocPhraseBefore(k, r); p >= 0 {
		// "In the bloc, output rose 0.9%", "Output across the region rose 2%": the bloc's,
		// not the country the text is about
		return st.blocBefore(s, s.nps[p].first)
	}
	if p := s.blocPhraseAfter(s.figurePhraseEnd(k)); p >= 0 {
		// "Inflation averaged 2.5% in the currency bloc": the bloc named last; with none
		// named, a bloc's figure all the same, and no country's
		return st.blocBefore(s, s.nps[p].first)
	}
	if s.placeOfNoCountryAfter(k) || s.frontedPlaceOfNoCountry(k, r) || s.frontedGroup(k, r) {
		// "was 4.1% in Alabama", "while in Victoria, unemployment topped 12 per cent": the
		// state's, not the country's of the text (names.go, regions.go); "among Koreans under
		// 30 the jobless rate passed 12 per cent": the group's
		return ""
	}
	from, to := s.clauseOf(s.qFirst[k])
	if s.possessiveOfUnnamedSubject(r.np, r) {
		return "" // "Ho Chi Minh City accounts for a fifth of output, and its economy grew 7.2%"
	}
	if code := s.possessiveAntecedent(r.np); code != "" {
		return code // "Germany imports gas from Russia, and its economy shrank 0.3%": Germany's
	}
	if code := s.pronounSubjectAntecedent(r); code != "" {
		return code // "India's economy overtook Britain's in 2022, when it grew 7.0%": India's
	}
	if code := st.possessiveOfSentenceBefore(s, r.np); code != "" {
		return code // "Germany buys gas from Russia. Its economy shrank 0.3%": Germany's
	}
	code, speaker := st.entityIn(s, from, to, s.qFirst[k])
	if code != "" && s.namesOnlyAsComparedTerm(code) && s.participleAgentAfter(k) == "" {
		code = "" // the yardstick's country, named as another figure's ("far above the 5.0pc recorded in India")
	}
	if code != "" && s.namedOnlyInParticipleAside(code, s.qFirst[k]) {
		code = "" // "Its economy, overheated by Swedish bank lending, contracted by 3.5%": the aside's, not the subject's
	}
	if code != "" && st.namesOnlyAsRankingSet(s, code) {
		code = "" // the set a superlative ranks the figure in: "was the lowest in the eurozone, averaging 0.9 per cent"
	}
	if code != "" && code != st.focus.entity && !s.firstPerson(r) && (s.namedOnlyInLaterContrast(code, k) || st.namedOnlyAsActorOfLaterEvent(s, code, k, r)) {
		// "In 1983 the economy shrank by about 5 percent, while Indonesia still grew more
		// than 4 percent": the other clause's country, set against the figure's (blind round
		// 105: Nigeria's slump judged as Indonesia's, and Indonesia carried to the text after)
		code = ""
	}
	if code != "" && !speaker && !(s.firstPerson(r) && s.contrastedOnly(code, k)) {
		return code
	}
	if s.aboutUnknownPlace(k, r, from) {
		// "Texas has an unemployment rate of 4.1%", "In Ontario, GDP rose 1.1%": a place the
		// lexicon does not know, not the country of the sentences around it
		return ""
	}
	if s.firstPerson(r) {
		// "'Our economy grew by 3% last year,' the minister said": the speaker's country,
		// named in the sentence, else the dateline's, else the one the sentence after names;
		// never one the text spoke of before, nor one named only as the other of a contrast
		// ("Italy grew 0.7%, while our economy grew 1.1%": clausemates.go)
		if c, _ := st.entityIn(s, 0, len(s.words)-1, s.qFirst[k]); c != "" && !s.contrastedOnly(c, k) {
			return c
		}
		if c := st.datelineCountry(s.start); c != "" {
			return c
		}
		return st.entityOfNextSentence(s)
	}
	if code == "" {
		if c := s.placeBeforeColon(k, from); c != "" {
			// "..., and in Britain it went higher still: inflation averaged 24.2 per cent in
			// 1975": the clause after the colon tells what the one before it said of its place
			return c
		}
		// a clause of its own with no country: the country of the sentence's last figure
		// before it ("The eurozone's economy grew 0.3% despite weak trade with Britain;
		// inflation stood at 2.4%"), not a yardstick's, set against another figure ("Output
		// fell by 2% in 2020, against a 5.6% drop for the EU, and bounced back by 6.9%":
		// blind round 219), nor one of a participle's clause that hangs from another verb
		// ("Japan's economy grew 1.1%, matching the 1.1% gain in the euro area, while
		// unemployment stayed at 2.5%": review)
		for j := k - 1; j >= 0; j-- {
			if jr := s.readings[j]; jr != nil && jr.claimEntity != "" && !blocks(jr.measure) && jr.compared < 0 && !s.participleOfOtherVerb(jr.vg) {
				return jr.claimEntity
			}
		}
	}
	if c, sp := st.entityIn(s, 0, len(s.words)-1, s.qFirst[k]); c != "" && (s.namesOnlyAsComparedTerm(c) || c != st.focus.entity && s.namedOnlyInLaterContrast(c, k) ||
		st.focus.entity != "" && c != st.focus.entity && s.namesOnlyAsOwnerOfAName(c) || st.namedOnlyAsActorOfLaterEvent(s, c, k, r) || st.namesOnlyAsRankingSet(s, c) ||
		s.namedOnlyInParticipleAside(c, s.qFirst[k])) {
		// "Inflation of 12.6pc in 2024 was far above the 5.0pc recorded in India": the
		// yardstick's country is not the sentence's (the text's, below, is); nor is the set a
		// superlative ranks the figure in ("was the lowest in the eurozone, averaging 0.9 per
		// cent": blind round 236)
	} else if c != "" && !sp {
		return c
	} else if code == "" {
		code = c
	}
	if s.unownedCommittee {
		// "The Federal Reserve kept rates on hold. The MPC held its policy rate at 8.25%":
		// a committee the Fed does not have, of a country the text does not say (shared_names.go)
		return code
	}
	if c := st.lineCountryLabel(s); c != "" {
		// "**South Africa**: CPI 3.4% y/y in June. 2025 average: 3.2%. GDP growth of 1.1%
		// ...": a roundup's paragraph is the country its label names, not the one the text
		// named most, nor the paragraph before's
		return c
	}
	// A bloc that only speaks ("the OECD said", "OECD officials") is the figure's region only
	// when nothing else is: the country the text is about comes first.
	if c := st.institutionEntity(s, r); c != "" {
		return c
	}
	if c := st.bankNamedJustBefore(s, k, r); c != "" {
		return c // "The Federal Reserve has begun to cut rates. The discount rate now stands at 6.75%" (institution_mentions.go)
	}
	if c := st.headingOfLine(s); c != "" {
		// "Argentina" on a line of its own over the paragraph: a newsletter's section, whose
		// figures are that country's (blind round 224), after the bodies a sentence names
		// ("The European Central Bank held its deposit rate at 2%" under "Italy": the euro
		// area's; second review)
		return c
	}
	if c := st.ownDatelineCountry(s); c != "" {
		return c // "CANBERRA - Inflation was 2.9% in 2025": the capital's, as the sentences after it are
	}
	if c := st.homeOpenedBefore(s); c != "" {
		return c // "At home the picture is gloomier. The economy shrank 0.7%": the paper's country
	}
	if t := st.topicAfterBreak(s.start, st.focus.entity); t != "" {
		return st.uncompared(s, k, t) // (paragraph_topic.go)
	}
	if st.laterSentenceOfUnplacedParagraph(s, st.focus.entity) {
		return "" // (paragraph_topic.go)
	}
	if r.fromContext && st.focus.entity != "" && st.focusCarries(s, r) {
		if c := st.entityBefore(s.start); c == "" || st.lastEntityAt < st.focus.end || st.lex.aggregates.has(c) {
			return st.uncompared(s, k, st.focus.entity)
		}
	}
	if f := st.focus; f.entity != "" && f.measure != nil && !blocks(f.measure) && st.withinSentences(f.end, s.start, 1) && st.focusCarries(s, r) {
		// what the sentence before stated a figure of, not a country it named in passing
		// ("The German economy grew 0.3%, helped by exports to China. Inflation held at
		// 2.4%."); unless a country was named since ("Ghana's economy contracted in 2023?
		// No: it grew 2.9%"). A bloc is not carried so: its figures are often the background
		// to a member's story, as in entityBefore.
		c := st.entityBefore(s.start)
		if (c == "" || st.lastEntityAt < f.end) && !st.lex.aggregates.has(f.entity) {
			return st.uncompared(s, k, f.entity) // (not "..., six times the US rate": compared_mentions.go)
		}
		if st.lex.aggregates.has(f.entity) && c != "" && c != f.entity && st.lastEntityAt < f.end && len(s.ents) == 0 && !s.marked(markBloc) && st.sentenceBeforeOnlyOf(s, f.entity) {
			// "House prices in the Netherlands rose 7.5%. The euro area grew 1.4% in 2025.
			// Inflation averaged 2.3% in 2024": the bloc's, or the country the text named
			// before it, which is not said; given the country, the bloc's right figure was
			// flagged (blind round 57)
			return ""
		}
	}
	if c := st.paragraphOpener(s); c != "" {
		return st.uncompared(s, k, c) // "Ethiopia, once among ... . Inflation averaged 30.2%" (paragraph_topic.go)
	}
	if c := st.entityBefore(s.start); c != "" && !st.twoNamedJustBefore(s.start) {
		if h := st.homeOverAside(s, c); h != "" {
			return st.uncompared(s, k, h) // "YEREVAN - ... to Russia ... . As a result the economy grew 12.6 per cent" (home_country.go)
		}
		return st.uncompared(s, k, c)
	}
	return code
}

// namesOnlyAsOwnerOfAName reports a country that sentence s names only as the possessor of a
// name of no body the lexicon knows, in a clause a subordinator opens: "after Russia's Gazprom
// halved its deliveries". In a text whose figures are another country's, the owner is a party
// to the story, not what its figures are of (blind round 206: Moldova's inflation judged as
// Russia's). A body the lexicon knows ("Germany's Bundesbank said") is its source, and a
// subject of a main clause ("Italy's Meloni hailed the figures") its topic (review).
func (s *sentence) namesOnlyAsOwnerOfAName(code string) bool {
	seen := false
	for i := range s.ents {
		m := &s.ents[i]
		if c, ok := entityCode(*m); !ok || c != code {
			continue
		}
		n := m.last + 1
		if n+1 >= len(s.words) || !isPossessive(s.words[n].lower) || s.words[n+1].punct || !isCapitalised(s.words[n+1].text) ||
			s.words[n+1].inst >= 0 || s.words[n+1].ent >= 0 || s.words[n+1].cue >= 0 || !subordinateOpener(s.toks, m.first) {
			return false
		}
		seen = true
	}
	return seen
}

// subordinateOpener reports a subordinator right before the name at token i, past "the": "after
// Russia's Gazprom halved", "as China's Huawei cut".
func subordinateOpener(toks []token, i int) bool {
	i--
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 0 {
		return false
	}
	return timeOrCauseOpener(toks[i].lower)
}

// timeOrCauseOpener reports a word that opens a clause of time or cause ("after", "because";
// "while" and "whereas" too), as subordinator reports one of contrast or circumstance.
func timeOrCauseOpener(w string) bool {
	switch w {
	case "after", "as", "when", "because", "since", "while", "before", "until", "once", "whereas":
		return true
	}
	return false
}

// lineCountryLabel returns the country a label that opens the line of sentence s names: a
// name alone before a colon, a bar or a full stop, after a bullet or emphasis marks ("**South Africa**: CPI
// 3.4% ...", "- Mexico: Banxico cut ...", "SOUTH AFRICA | GDP rose 1.1%"; "Brazil — ..." is no
// label), or a name or a country's currency before a full stop ("BRAZIL. The Copom kept ...",
// "Turkish lira. Down about 17%"). "" for none.
func (st *articleState) lineCountryLabel(s *sentence) string {
	from, ok := st.lineStartBefore(s.start)
	if !ok {
		return ""
	}
	return st.labelOnLine(s, from)
}

// headingOfLine returns the country a heading line right before the line of sentence s names
// (headingCountry), "" for none.
func (st *articleState) headingOfLine(s *sentence) string {
	from, ok := st.lineStartBefore(s.start)
	if !ok {
		return ""
	}
	return st.headingCountry(from)
}

// headingCountry returns the country that a heading line right before the line starting at
// from names: a name alone on its line, perhaps in heading marks or before a colon
// ("Argentina", "## Argentina", "**ARGENTINA**"), with at most one blank line between (blind
// round 224: a newsletter's "Argentina" section read as the section before's Mexico). "" for
// none.
func (st *articleState) headingCountry(from int) string {
	text := st.art.Text
	end := from - 1 // the line break that ends the line before
	for blank := 0; blank < 2 && end > 0 && text[end] == '\n'; blank++ {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		line := strings.Trim(text[start:end], "\r\t *_#:")
		if line == "" {
			end = start - 1
			continue
		}
		if len(line) > labelNameBytes {
			return ""
		}
		toks, m, ok := st.nameOpeningLabel(line)
		if !ok || m.last != len(toks)-1 {
			return ""
		}
		code, _ := m.has(catEntity)
		return code
	}
	return ""
}

// labelOnLine returns the country a label that opens the line starting at from names, for
// sentence s on that line (lineCountryLabel).
func (st *articleState) labelOnLine(s *sentence, from int) string {
	text := st.art.Text
	i := from
	for i < len(text) && i < from+4 && (text[i] == '*' || text[i] == '_' || text[i] == '#' || text[i] == '-' || text[i] == ' ') {
		i++
	}
	if strings.HasPrefix(text[i:], "•") {
		i += len("•")
	}
	head := text[i:min(len(text), i+labelNameBytes)]
	end := strings.IndexAny(head, ":|") // ("SOUTH AFRICA | GDP rose 1.1%": a newsletter's label)
	if end < 0 {
		// a name or a currency's as a sentence of its own: "Turkish lira. Down about 17% to
		// 42.9. Annual inflation slowed to 31% ..." (blind round 195: the UK's, named a
		// paragraph before, and flagged against Bank Rate)
		end = strings.IndexByte(head, '.')
	}
	if end <= 0 || i+end >= s.start+len(s.text) {
		return ""
	}
	name := strings.Trim(text[i:i+end], "*_ ")
	if name == "" || strings.IndexByte(name, '\n') >= 0 {
		return ""
	}
	toks, m, ok := st.nameOpeningLabel(name)
	if !ok {
		return ""
	}
	// a name alone, or a currency's, before a colon or a full stop ("BRAZIL. The Copom kept
	// the Selic at 15.00%. Consumer prices rose 4.3% in 2025": blind round 223, read as the
	// paragraph before's Russia)
	whole := m.last == len(toks)-1
	currency := !whole && m.last == len(toks)-2 && st.lex.namesOwnCurrency(toks, &m)
	if !currency && !whole {
		return ""
	}
	code, _ := m.has(catEntity)
	return code
}

// nameOpeningLabel reads the text of a label or a heading, name: its words, and the one name of
// the lexicon it holds, which opens it ("SOUTH AFRICA", read in capitals). ok is false for no
// name, several, or one after other words.
func (st *articleState) nameOpeningLabel(name string) ([]token, match, bool) {
	toks := tokenizeInto(nil, name, 0, len(name))
	ms := st.lex.findEntities(toks, name == strings.ToUpper(name))
	if len(ms) != 1 || ms[0].first != 0 {
		return toks, match{}, false
	}
	return toks, ms[0], true
}

// namesOwnCurrency reports a demonym m among toks right before the name of a currency ("Turkish
// lira", "Mexican peso"): the country's own currency.
func (lex *Lexicon) namesOwnCurrency(toks []token, m *match) bool {
	n := m.last + 1
	if n >= len(toks) || !lex.isDemonym(toks[m.first:n]) {
		return false
	}
	words := toks[n:min(n+3, len(toks))]
	lex.attachFacts(words)
	var buf [2]match
	for _, c := range lex.cuesOf(buf[:0], words) {
		mm := c.measureOf()
		return c.first == 0 && mm != nil && mm.name == "currency"
	}
	return false
}

// labelNameBytes bounds the name of a line's label: "Central African Republic" and its marks.
const labelNameBytes = 40

// sentenceBeforeOnlyOf reports that the sentence before s names one place, code, and speaks
// for no one ("The euro area grew 1.4% in 2025."): a sentence about the bloc alone, not a
// member's or a speaker's beside it ("We grew 3.5%, while the euro area grew less than 1%").
func (st *articleState) sentenceBeforeOnlyOf(s *sentence, code string) bool {
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return false
	}
	// (rare: a bloc's figure just before a sentence that names nothing)
	toks := tokenizeInto(nil, st.art.Text, from, to)
	for i := range toks {
		switch toks[i].lower {
		case "we", "our", "us", "i", "my":
			return false
		}
	}
	ms := st.lex.findEntities(toks, isCapsLine(st.art.Text[from:to]))
	for _, m := range ms {
		if c, ok := m.has(catEntity); ok && c != code {
			return false
		}
	}
	return len(ms) > 0
}

// focusCarries reports whether the focus's country may be carried to figure reading r: always,
// unless the focus was set by a sentence opened as a comparison, whose country only a pronoun
// carries on ("By comparison, Spain's economy grew 3.2% in 2024. Its unemployment rate fell to
// 11.4%"; but "For comparison, US debt was 115.8% of GDP. GDP growth of 1.4% did little to
// help" is the country the text is about).
func (st *articleState) focusCarries(s *sentence, r *reading) bool {
	if !st.focus.yardstick {
		return true
	}
	if r.np >= 0 {
		if w := s.words[s.nps[r.np].first].lower; w == "its" || w == "their" {
			return true
		}
	}
	if r.vg >= 0 {
		if subj := s.subjectOf(r.vg); subj >= 0 {
			w := s.words[s.nps[subj].first].lower
			return w == "it" || w == "they" || w == "its" || w == "their"
		}
	}
	return false
}

// twoNamedJustBefore reports two countries named in the sentence right before pos and none
// after it ("The report compared Japan with the United States. Unemployment averaged 2.6%"):
// a figure with no place of its own is then either's, and is given neither.
func (st *articleState) twoNamedJustBefore(pos int) bool {
	a, b := st.lastEntity, st.otherEntity
	if a == "" || b == "" || st.lex.aggregates.has(a) || st.lex.aggregates.has(b) {
		return false
	}
	return st.withinSentences(st.lastEntityAt, pos, 1) && st.withinSentences(st.otherEntityAt, st.lastEntityAt, 0)
}

// possessiveAntecedent returns the country that "its" or "their" opening noun phrase p refers
// to when the nearest country before it is the object of a verb or a preposition and a country
// before that is a clause's subject: the subject, not a place it acts on ("Britain was the
// first to leave the EU, and its economy grew"); or when the nearest country is the subject of
// the verb p is the object of, past an aside ("while Sri Lanka, which defaulted in 2022, saw
// its economy contract 7.3%", which the clause finder cut at the aside: blind round 63). Empty
// otherwise.
func (s *sentence) possessiveAntecedent(p int) string {
	if p < 0 {
		return ""
	}
	at := s.nps[p].first
	if w := s.words[at].lower; w != "its" && w != "their" {
		return ""
	}
	if code := s.subjectAntecedent(at); code != "" {
		return code
	}
	g := s.verbBefore(p)
	if g < 0 || s.vgs[g].last+1 != at {
		return ""
	}
	subj := s.subjectOf(g)
	if subj < 0 {
		return ""
	}
	for i := len(s.ents) - 1; i >= 0; i-- {
		if m := s.ents[i]; m.last < at {
			if s.words[m.first].np != subj || s.nps[subj].last != m.last {
				return ""
			}
			code, _ := entityCode(m)
			return code
		}
	}
	return ""
}

// possessiveOfUnnamedSubject reports "its" or "their" opening noun phrase p when the subject
// that opens the sentence is a name of no country the lexicon knows (a city, a province, a
// firm) and no country is the subject of a clause between them: "Ho Chi Minh City accounts for
// a fifth of national output, and its economy grew 7.2%" is the city's figure, not the
// country's the text is about, though the city makes no claim of its own.
func (s *sentence) possessiveOfUnnamedSubject(p int, r *reading) bool {
	if p < 0 || r.measure != nil && r.measure.name == "policy_rate" {
		return false // "The Banco de la República has cut its benchmark rate": a bank's, its country's
	}
	at := s.nps[p].first
	if w := s.words[at].lower; w != "its" && w != "their" {
		return false
	}
	q := s.words[s.afterOpeningLabel()].np // (past a label: "Provincial picture: Gauteng ...")
	if q < 0 || s.nps[q].last >= at || !s.isSubject(q) {
		return false
	}
	unknown := false
	for i := s.nps[q].first; i <= s.nps[q].last; i++ {
		w := &s.words[i]
		if w.ent >= 0 || w.inst >= 0 || w.cue >= 0 && s.cues[w.cue].categories&^(catRestrict|catNeutral|catSpeaker) != 0 || w.fig >= 0 || w.date >= 0 || institutionNoun(w.lower) {
			// (a body of the country's: "the Statistics Bureau", "the Treasury"; a word of a
			// part of one is a name's all the same, "The Western Cape", and its people speak for it,
			// "Northern Cape officials")
			return false
		}
		unknown = unknown || s.unknownName(i)
	}
	if !unknown {
		return false
	}
	for _, m := range s.ents {
		if m.first <= s.nps[q].last || m.last >= at {
			continue
		}
		if n := s.words[m.first].np; n >= 0 && s.words[m.last+1].tag != tagPoss && s.words[m.first-1].tag != tagPrep && s.isSubject(n) {
			return false // "Ho Chi Minh City booms, but Vietnam's exports fell, and its economy ..."
		}
	}
	return true
}

// afterOpeningLabel returns the word after a label of no verb that opens the sentence and ends
// in a colon ("Provincial picture:", "Regions:"), or 0.
func (s *sentence) afterOpeningLabel() int {
	for i := 1; i < len(s.words) && i <= 4; i++ {
		if s.words[i].lower == ":" {
			if s.labelBefore(i) >= 0 && i+1 < len(s.words) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// institutionNoun reports a noun that names a public body in its name ("Bank", "Ministry",
// "Bureau"): a name of the country's, whose "its" is the country's.
func institutionNoun(lower string) bool {
	switch lower {
	case "bank", "reserve", "ministry", "treasury", "office", "institute", "bureau", "agency", "government",
		"administration", "authority", "council", "commission", "board", "service", "department", "república",
		"republic", "statistics", "cabinet", "parliament", "congress":
		return true
	}
	return false
}

// pronounSubjectAntecedent returns, for a figure whose verb's subject is "it" or "they", the
// country of the sentence's subject before it when the country named nearer is a bare
// possessive after it ("India's economy overtook Britain's in 2022, when it grew 7.0%":
// India's, not the compared possessive's; blind round 23), as possessiveAntecedent does for
// "its"; else "".
func (s *sentence) pronounSubjectAntecedent(r *reading) string {
	if r.vg < 0 {
		return ""
	}
	subj := s.subjectOf(r.vg)
	if subj < 0 || s.nps[subj].first != s.nps[subj].last {
		return ""
	}
	at := s.nps[subj].first
	if w := s.words[at].lower; w != "it" && w != "they" {
		return ""
	}
	// Only past a bare possessive, the other term of a comparison whose noun is the
	// subject's ("overtook China's", "outpaced France's"): a country in a phrase of its own
	// ("Germany's exports to China fell in 2023, when it grew 5.2%") may well be meant.
	nearest := -1
	for i, m := range s.ents {
		if m.last >= at {
			break
		}
		nearest = i
	}
	if nearest < 0 {
		return ""
	}
	m := s.ents[nearest]
	if m.first >= 2 && s.words[m.first-1].lower == "of" && (s.words[m.first-2].lower == "that" || s.words[m.first-2].lower == "those") {
		return s.subjectAntecedent(at) // "overtook that of Britain"
	}
	poss := m.last + 1
	if poss >= len(s.words) || s.words[poss].tag != tagPoss {
		return ""
	}
	if q := s.words[poss].np; q < 0 || s.nps[q].last != poss {
		return ""
	}
	return s.subjectAntecedent(at)
}

// subjectAntecedent returns the country of the subject (or the subject's possessor) of the
// words before at, when a country that is no subject stands nearer to at; else "".
func (s *sentence) subjectAntecedent(at int) string {
	subject, nearestIsSubject, seen := "", false, false
	for _, m := range s.ents {
		if m.last >= at {
			break
		}
		code, ok := entityCode(m)
		if !ok || s.isSourceMention(m) {
			continue
		}
		q := s.words[m.first].np
		// the subject, or its possessor ("Russia's gas sales to Germany collapsed")
		named := q >= 0 && (s.nps[q].last == m.last || m.last+1 < len(s.words) && s.words[m.last+1].tag == tagPoss)
		isSubject := named && (s.nps[q].first == 0 || s.words[s.nps[q].first-1].tag != tagPrep) && s.isSubject(q)
		if isSubject {
			subject = code
		}
		nearestIsSubject, seen = isSubject, true
	}
	if !seen || nearestIsSubject {
		return ""
	}
	return subject
}

// possessiveOfSentenceBefore returns the country that opens the sentence before, as its subject
// or its subject's possessor, when "its" or "their" opens noun phrase p, nothing before p in
// its own sentence names a place, and the sentence before names another place after its
// subject: "Germany buys much of its gas from Russia. Its economy shrank 0.3%." Empty
// otherwise, and the last place named stands as before.
func (st *articleState) possessiveOfSentenceBefore(s *sentence, p int) string {
	if p < 0 {
		return ""
	}
	if w := s.words[s.nps[p].first].lower; w != "its" && w != "their" {
		return ""
	}
	for _, m := range s.ents {
		if m.first < s.nps[p].first {
			return ""
		}
	}
	from, to, ok := st.sentenceBefore(s)
	if !ok {
		return ""
	}
	// rare (a possessive pronoun with no place in its sentence): the sentence before is read
	// here, not kept for every sentence
	text := st.art.Text
	toks := tokenizeInto(nil, text, from, to)
	ms := st.lex.findEntities(toks, isCapsLine(text[from:to]))
	subject, other := "", false
	for _, m := range ms {
		code, ok := m.has(catEntity)
		if !ok {
			continue
		}
		opens := m.first == 0 || m.first == 1 && toks[0].lower == "the"
		switch {
		case subject == "" && opens:
			subject = code
		case subject != "" && code != subject:
			if m.first > 0 && opensClause(toks[m.first-1].lower) {
				// "Poland's economy grew 0.2%, while Hungary's shrank 0.9%. Its inflation
				// ...": the other country leads a clause of its own, and "its" may be either
				return ""
			}
			other = true
		}
	}
	if !other {
		return ""
	}
	return subject
}

// opensClause reports a word after which a country is the subject of a clause of its own,
// not the object of a verb or a preposition.
func opensClause(w string) bool {
	switch w {
	case ",", ";", "while", "whereas", "but", "and", "although", "though", "whilst":
		return true
	}
	return false
}

// isSubject reports a noun phrase that is the subject of a verb of the sentence.
func (s *sentence) isSubject(p int) bool {
	if s.verbFollows(p) {
		return true
	}
	for g := range s.vgs {
		if s.vgs[g].first > s.nps[p].last && s.subjectOf(g) == p {
			return true
		}
	}
	return false
}

// aboutUnknownPlace reports a clause whose subject, or whose fronted place ("In Texas, ..."), is
// a name the lexicon does not know: the figure of figure k is that place's.
func (s *sentence) aboutUnknownPlace(k int, r *reading, from int) bool {
	// The subject is the place whose figure it is only with a verb of growth or of having:
	// "Khatami predicted growth of 7.1%" names who forecasts, not where.
	named := func(g int) bool {
		h := &s.words[s.vgs[g].head]
		if !s.growthVerb(g) && !h.hasLemma("have") && !h.hasLemma("be") && !recordsOwnFigure(h) {
			return false
		}
		p := s.subjectOf(g)
		if p < 0 {
			return false
		}
		n := s.nps[p]
		for i := n.first; i <= n.last; i++ {
			if s.words[i].tag != tagDet && !s.unknownName(i) && !s.namedDivision(i) { // ("Lagos State")
				return false // "the Liquid Assets in Public Hands": a measure with a name
			}
		}
		return true
	}
	if r.vg >= 0 && named(r.vg) {
		return true
	}
	ws := s.words
	if r.np >= 0 {
		if g := s.verbBefore(r.np); g >= 0 && named(g) {
			return true // "Texas has an unemployment rate of 4.1%"
		}
		if f := s.nps[r.np].first; f >= 2 && ws[f-1].lower == "with" {
			// "Andalusia closed 2025 with an unemployment rate of 15.6%": past the verb's dates
			j := f - 2
			for j >= 0 && ws[j].date >= 0 {
				j--
			}
			if j >= 0 && ws[j].vg >= 0 && named(ws[j].vg) {
				return true
			}
		}
	}
	if from+2 < len(ws) && ws[from].tag == tagAdv && ws[from+1].lower == "in" {
		from++ // "Even in Andalusia, unemployment fell to 15.6%" (blind round 49)
	}
	if from+1 < len(ws) && ws[from].lower == "in" && s.unknownName(from+1) {
		for i := from + 2; i < len(ws) && i < s.qFirst[k]; i++ {
			if ws[i].lower == "," {
				// "In Texas, the unemployment rate was 4.1%"; not where someone spoke: "In
				// Davos, the minister said the economy would grow 1%"
				for j := i + 1; j < s.qFirst[k]; j++ {
					// (but not an estimate of the measure itself: "In Dak Lak, growth was
					// estimated at 9.5%")
					if g := ws[j].vg; g >= 0 && s.speaks(g) && (r.np < 0 || s.subjectOf(g) != r.np) {
						return false
					}
				}
				return true
			}
			if !s.unknownName(i) && !divisionNouns[ws[i].lower] {
				break // (a division noun after the name: "In Dak Lak province, ...")
			}
		}
	}
	return false
}

// divisionApposition reports a place the lexicon does not know that opens figure k's clause
// (alone or after "In") with an apposition naming it a part of a country: "Ontario, Canada's
// largest province, had an unemployment rate of 9.6%", "Tokyo, Japan's capital, saw prices
// rise 1.9%", "In Osaka, Japan's second city, prices rose 4.6%". The figure is the part's;
// the country named in the apposition says where the part lies.
func (s *sentence) divisionApposition(k int) bool {
	ws := s.words
	at := s.qFirst[k]
	from, _ := s.clauseOf(at)
	i := from
	if i < at && ws[i].lower == "in" {
		i++
	}
	start := i
	for i < at && s.unknownName(i) {
		i++
	}
	known := false // a capital's name, which stands for its government as often ("Tokyo said")
	if i == start && i < at && ws[i].ent >= 0 {
		known, i = true, s.ents[ws[i].ent].last+1
	}
	if i == start || i+2 >= at || ws[i].lower != "," || ws[i+1].ent < 0 {
		return false
	}
	for j := i + 2; j < at && j <= i+8; j++ {
		if ws[j].lower != "," {
			continue
		}
		switch h := ws[j-1].lower; {
		case known:
			if h != "capital" && h != "city" {
				return false
			}
			for l := j + 1; l < at; l++ {
				if g := ws[l].vg; g >= 0 && s.speaks(g) {
					return false // "Tokyo, Japan's capital, said growth was 1%": its government
				}
			}
			return true
		default:
			return divisionNouns[h] || h == "capital" || h == "island" || h == "emirate"
		}
	}
	return false
}

// recordsOwnFigure reports a verb whose subject is the place a figure of its object is of:
// "Andalusia recorded an unemployment rate of 15.6%", "closed 2025 with a rate of 15.6%",
// "Texas posted growth of 3%", "Ontario saw unemployment of 9.6%".
func recordsOwnFigure(h *word) bool {
	for _, base := range [...]string{"record", "post", "register", "log", "close", "end", "finish", "see",
		"show", "suffer", "experience", "enter", "start", "begin", "boast"} {
		if h.hasLemma(base) {
			return true
		}
	}
	return false
}

// blocAnaphor reports a noun phrase that refers back to a bloc or a region by a noun of its
// own, after "the": "the bloc's economy", "the 20-nation bloc", "the single currency area",
// "the region's growth", "the union's deficit".
func (s *sentence) blocAnaphor(p int) bool {
	if !s.marked(markBloc) {
		return false // most sentences: the figures' phrases ask in turn
	}
	n := s.nps[p]
	for i := n.first; i <= n.last; i++ {
		// "the bloc's biggest economy", "the union's member states": one of its members
		if w := s.words[i].lower; len(w) > 4 && strings.HasSuffix(w, "est") && s.words[i].tag == tagAdj {
			return false
		}
	}
	switch h := &s.words[n.head]; {
	case h.hasLemma("member"), h.hasLemma("country"), h.hasLemma("state"), h.hasLemma("nation"), h.hasLemma("economy") && pluralLike(h.lower):
		return false
	}
	for i := n.first; i <= n.last; i++ {
		if !s.blocNoun(i) {
			continue
		}
		if s.words[i].joined && i+1 <= n.last && s.words[i+1].lower == "wide" {
			return true // "area-wide output", "bloc-wide inflation": the whole bloc's
		}
		if i == n.head || i+1 < len(s.words) && s.words[i+1].tag == tagPoss {
			for j := i - 1; j >= n.first; j-- {
				if s.words[j].ent >= 0 {
					break // "the euro zone's", "the European Union": a name, no anaphor
				}
				if s.words[j].lower == "the" {
					return true
				}
			}
		}
	}
	return false
}

// blocNoun reports a noun that names a bloc or region without naming which.
func (s *sentence) blocNoun(i int) bool { return isBlocNoun(s.words[i].lower) }

// isBlocNoun reports the nouns blocNoun takes, in lower case; analysisUnread asks it too.
func isBlocNoun(lower string) bool {
	return slices.Contains(blocNouns[:], lower)
}

// blocNouns are the nouns of a bloc: "the euro zone", "the currency union". The lexicon's
// witnesses of a sentence that may be read (readPhrases) hold them too.
var blocNouns = [...]string{"bloc", "zone", "union", "region", "area", "continent"}

// blocBefore returns the aggregate named last before word i of s, in s or in the three
// sentences before it, or "".
func (st *articleState) blocBefore(s *sentence, i int) string {
	for e := len(s.ents) - 1; e >= 0; e-- {
		m := s.ents[e]
		if m.first >= i {
			continue
		}
		if code, ok := entityCode(m); ok && st.lex.aggregates.has(code) {
			return code
		}
	}
	st.entityBefore(s.start) // reads the mentions up to the sentence
	if st.lastBloc != "" && st.withinSentences(st.lastBlocAt, s.start, 3) {
		return st.lastBloc
	}
	return ""
}

// firstPerson reports a figure whose measure a speaker owns: "our economy", "we grew 3%".
func (s *sentence) firstPerson(r *reading) bool {
	p := r.np
	if r.vg >= 0 && p < 0 {
		p = s.subjectOf(r.vg)
	}
	if p < 0 {
		return false
	}
	for i := s.nps[p].first; i <= s.nps[p].last; i++ {
		switch s.words[i].lower {
		case "our", "we", "us", "my":
			return true
		}
	}
	if r.vg >= 0 {
		if subj := s.subjectOf(r.vg); subj >= 0 && s.words[s.nps[subj].head].lower == "we" {
			return true
		}
	}
	return false
}

// entityOfNextSentence returns the first country or region the sentence after s names, or "".
func (st *articleState) entityOfNextSentence(s *sentence) string {
	text := st.art.Text
	if s.end >= len(text) {
		return ""
	}
	pos := s.end
	for pos < len(text) && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '"' || text[pos] == '\'') {
		pos++
	}
	if pos >= len(text) {
		return ""
	}
	start, end := st.lex.sentenceBounds(text, pos)
	start = max(start, s.end)
	toks := tokenize(text, start, end)
	for _, m := range st.lex.findEntities(toks, isCapsLine(text[start:end]) || isLowerLine(toks)) {
		if code, ok := m.has(catEntity); ok && !otherOfFirstPerson(toks, &m) && !contrastedWithFirstPerson(toks, &m) && !comparedTermToken(toks, &m) && !comparedWithToken(toks, &m) {
			return code
		}
	}
	return ""
}

// contrastedWithFirstPerson reports a name m among toks in a clause set against another clause
// of the speaker's: "Last year we grew 3.6%; Germany managed 0.2%", "We grew 3.6%, while
// Germany managed 0.2%" (a Polish minister's speech, blind round 42, gave "Our economy grew
// 3.0% in 2024" the sentence before to Germany), "Unlike Germany, we grew". The clauses are
// parted by a semicolon or a conjunction of contrast; the speaker's own place stands in the
// speaker's clause ("Here in Kenya we grew 5%").
func contrastedWithFirstPerson(toks []token, m *match) bool {
	unlike := m.first > 0 && toks[m.first-1].lower == "unlike" // "Unlike Germany, we grew"
	segment, own := 0, -1                                      // the clause of each word, counted in one pass; m's
	speaker := -1                                              // the clause of the first word of the speaker's ("we", "our"), or -1
	for i := range toks {
		if i == m.first {
			own = segment
		}
		switch toks[i].lower {
		case ";", "while", "whereas", "but":
			segment++
		case "we", "our", "us", "i", "my":
			if unlike {
				return true
			}
			if own >= 0 && segment != own {
				return true
			}
			if speaker < 0 {
				speaker = segment
			}
		}
	}
	return speaker >= 0 && own >= 0 && speaker != own
}

// otherOfFirstPerson reports a name m among toks that a phrase of the speaker's own places
// beside the speaker, not as the speaker: "Our neighbours in Spain grew by 2.8%", "our
// partners across the Channel in France", "Spain, our neighbour, grew 2.8%". (Blind round
// 34: a French candidate's "Our economy grew by only 0.8% in 2025. Our neighbours in Spain
// grew by 2.8%." was read as Spain's 0.8%.)
func otherOfFirstPerson(toks []token, m *match) bool {
	if m.last+2 < len(toks) && toks[m.last+1].lower == "," && (toks[m.last+2].lower == "our" || toks[m.last+2].lower == "my") {
		return true
	}
	for i := m.first - 1; i >= 0 && i >= m.first-5; i-- {
		switch w := toks[i].lower; {
		case w == "our" || w == "my":
			return true
		case toks[i].punct:
			return false
		}
	}
	return false
}

// Who owns a forecast phrase, by its possessor.
const (
	forecastOwnedByNone = iota
	forecastByCountry   // "Germany's growth forecast"
	forecastByBloc      // "the OECD's growth forecast", which is of its members as often
)

// possessorOfForecast tells whether a noun phrase whose head is a forecast, estimate or target
// has an entity as its possessor, and which kind.
func (s *sentence) possessorOfForecast(p int) int {
	n := s.nps[p]
	if !s.cueIs(n.head, catKindNoun) || anaphoricRateNoun[s.words[n.head].lower] {
		return forecastOwnedByNone // (nor "the euro area's rate": the area's own, blind round 49)
	}
	for i := n.first; i < n.head; i++ {
		if e := s.words[i].ent; e >= 0 && i+1 < len(s.words) && s.words[i+1].tag == tagPoss {
			if namesBloc(s, s.ents[e]) {
				return forecastByBloc
			}
			return forecastByCountry
		}
	}
	return forecastOwnedByNone
}

// afterColon reports a figure that opens what follows a colon.
func (s *sentence) afterColon(k int) bool {
	i := s.phraseStart(s.qFirst[k]) - 1
	return i >= 0 && s.words[i].lower == ":"
}

// placeBeforeColon returns the country the clause right before a colon names as where it
// happens ("in Britain") or as its subject, when the clause of figure k, starting at word from,
// opens after that colon and no figure stands between the name and the colon: "Inflation in
// the United States reached 11.0 per cent in 1974, and in Britain it went higher still:
// inflation averaged 24.2 per cent in 1975" (blind round 77: read as the United States', the
// country of the figure before). "" for none.
func (s *sentence) placeBeforeColon(k, from int) string {
	ws := s.words
	colon := from - 1
	if colon < 1 || ws[colon].lower != ":" {
		return ""
	}
	for i := colon - 1; i >= 0 && i >= colon-placeBeforeColonReach && ws[i].fig < 0; i-- {
		if ws[i].lower == ";" || ws[i].lower == ":" {
			return ""
		}
		e := ws[i].ent
		if e < 0 || s.ents[e].last != i {
			continue
		}
		m := s.ents[e]
		code, ok := entityCode(m)
		if !ok {
			return ""
		}
		f := m.first
		if p := ws[f].np; p >= 0 {
			f = s.nps[p].first
		}
		if p := ws[m.first].np; p >= 0 && s.nps[p].last != m.last {
			return "" // (a name that modifies its phrase: "the first euro-area country to fall into recession:")
		}
		if f > 0 && ws[f-1].lower == "in" || ws[m.first].np >= 0 && s.isSubject(ws[m.first].np) {
			return code
		}
		return "" // (a name in passing: "weak trade with Britain:")
	}
	return ""
}

// placeBeforeColonReach bounds the words placeBeforeColon reads back from the colon: each figure
// of the clause after it asks.
const placeBeforeColonReach = 30

// entityInPhrase returns the entity named inside noun phrase p ("Italy's GDP", "Italian GDP").
func (s *sentence) entityInPhrase(p int) string {
	if p < 0 {
		return ""
	}
	// (its words as a slice of their own: every claim asks of one or two phrases, whose bounds
	// were read again at every word)
	ws := s.words[s.nps[p].first : s.nps[p].last+1]
	for i := range ws {
		if e := ws[i].ent; e >= 0 {
			if code, ok := entityCode(s.ents[e]); ok {
				return code
			}
		}
	}
	return ""
}

// entityAfter returns an entity named in a phrase right after word i: "growth of 2.2% across
// the European Union", "inflation in Italy", "GDP for France".
func (s *sentence) entityAfter(i int) string {
	ws := s.words
	j := s.pastDates(i + 1)
	if j >= len(ws) {
		return ""
	}
	switch ws[j].lower {
	case "in", "for", "across", "of", "among", "throughout":
	case "globally", "worldwide":
		// "growth slowing to 3 per cent globally this year": the world's (blind round 181:
		// read as India's, the country of the sentence before)
		return worldCode
	default:
		return ""
	}
	j++
	if j < len(ws) && ws[j].tag == tagDet {
		j++
	}
	if j+1 < len(ws) && ws[j].tag == tagAdj && ws[j].ent < 0 && !compassWords[ws[j].lower] {
		j++ // "3.8% in neighbouring Poland"
	} else if j+2 < len(ws) && ws[j].joined && ws[j+1].tag == tagAdj && ws[j].ent < 0 {
		j += 2 // "in oil-rich Nigeria"
	}
	if j < len(ws) && ws[j].ent >= 0 && s.ents[ws[j].ent].first == j {
		if code, ok := entityCode(s.ents[ws[j].ent]); ok {
			return code
		}
	}
	return ""
}

// namesOnlyAsRankingSet reports a bloc or group of countries that sentence s names only as the
// set a superlative right before it ranks in, "the lowest in the eurozone", "the fastest among
// G7 economies": the figure ranked is a member's.
func (st *articleState) namesOnlyAsRankingSet(s *sentence, code string) bool {
	if !blocCode(code) && !st.lex.aggregates.has(code) {
		return false
	}
	ws := s.words
	seen := false
	for _, m := range s.ents {
		if c, ok := entityCode(m); !ok || c != code {
			continue
		}
		i := m.first
		if i > 0 && ws[i-1].lower == "the" {
			i--
		}
		if i < 2 || ws[i-1].lower != "in" && ws[i-1].lower != "among" && ws[i-1].lower != "across" || !isSuperlative(ws[i-2].lower) {
			return false // (not a superlative of a measure over time: "The highest inflation in the euro area was 10.6%")
		}
		seen = true
	}
	return seen
}

// participleOfOtherVerb reports verb group g as an -ing participle whose clause hangs from
// another verb ("..., matching the 1.1% gain in the euro area").
func (s *sentence) participleOfOtherVerb(g int) bool {
	return g >= 0 && strings.HasSuffix(s.words[s.vgs[g].head].lower, "ing") && s.matrixVerb(g) >= 0
}

// placeOfChangePhrase returns the country named right after the noun phrase of change that
// figure k measures, "a surge of 12% in Ireland" or "a 12% jump in Ireland", when that phrase
// is not the reading's own measure: the change happened there, whatever the clause's subject
// (blind round 211: "euro zone GDP rose about 1.5%, flattered by a surge of more than 12% in
// Ireland" was judged as the euro area's 12%).
func (s *sentence) placeOfChangePhrase(k int, r *reading) string {
	ws := s.words
	f, l := s.qFirst[k], s.qLast[k]
	phrase, end := -1, -1
	if f >= 2 && ws[f-1].lower == "of" {
		if q := ws[f-2].np; q >= 0 && s.nps[q].last == f-2 && s.cueIs(s.nps[q].head, catChange) {
			phrase, end = q, s.figurePhraseEnd(k) // "a surge of more than 12%"
		}
	} else if p := ws[l].np; p >= 0 && s.nps[p].head > l && s.cueIs(s.nps[p].head, catChange) {
		phrase, end = p, s.nps[p].last // "a 12% jump"
	}
	if phrase < 0 || phrase == r.np {
		return ""
	}
	return s.entityAfter(end)
}

// worldCode is the World Bank's code of the world (entities.csv).
const worldCode = "WLD"

// blocPhraseAfter returns the noun phrase of a bloc that points back to one named before
// (blocAnaphor: "the bloc", "the currency union") brought by "in", "across" or "throughout"
// right after word i, past its dates: "averaged 2.5% in the currency bloc last year"; -1 when
// there is none.
func (s *sentence) blocPhraseAfter(i int) int {
	if !s.marked(markBloc) {
		return -1
	}
	ws := s.words
	j := s.pastDates(i + 1) // "in 2025 in the bloc"
	if j+1 >= len(ws) {
		return -1
	}
	switch ws[j].lower {
	case "in", "across", "throughout", "for": // ("an average below 1 per cent for the bloc")
	default:
		return -1
	}
	if p := ws[j+1].np; p >= 0 && s.nps[p].first == j+1 && s.blocAnaphor(p) {
		return p
	}
	return -1
}

// blocPhraseBefore returns the noun phrase of a bloc or region named by no name that a place
// phrase sets before figure k in its clause ("In the bloc, output rose 0.9%", "Across the
// region, growth was 2%", "Output across the region rose 2%", "For the bloc as a whole"), with
// no name between it and the figure; or -1.
func (s *sentence) blocPhraseBefore(k int, r *reading) int {
	if !s.marked(markBloc) && !s.marked(markGroup) && !s.marked(markDivision) {
		return -1 // most sentences
	}
	ws := s.words
	at := s.qFirst[k]
	from, _ := s.clauseOf(at)
	for j := from; j+1 < at; j++ {
		switch ws[j].lower {
		case "in", "across", "throughout", "for", "among":
		case "on":
			// "inflation on the continent"; not a cause ("growth picked up on the bloc's
			// recovery"), which the figure's clause names after it
			if j+2 >= at || ws[j+1].lower != "the" || !ws[j+2].hasLemma("continent") {
				continue
			}
		default:
			continue
		}
		// fronted ("In the bloc, output rose"), or after the measure it places ("Output across
		// the region rose"); not a superlative's set ("the fastest in the region, and its
		// exports reached 98.2%")
		fronted := true
		for i := from; i < j && fronted; i++ {
			fronted = ws[i].tag == tagAdv || ws[i].tag == tagCoord || ws[i].lower == ","
		}
		if !fronted && !(r.np >= 0 && s.nps[r.np].last == j-1) {
			continue
		}
		p := ws[j+1].np
		if g := s.groupOfEconomiesAt(j+1, at); g >= 0 {
			p = g // "across emerging and developing economies", "among Asian economies"
		} else if p < 0 || s.nps[p].first != j+1 || s.nps[p].last >= at || !s.blocAnaphor(p) {
			continue
		}
		for i := s.nps[p].last + 1; i < at; i++ {
			if ws[i].ent >= 0 {
				return -1 // "In the bloc, Germany's output fell": the country's
			}
		}
		return p
	}
	return -1
}

// groupOfEconomiesAt returns the noun phrase of many economies that names none of them and
// begins at word i, before word at ("emerging and developing economies", "Asian countries",
// "member states", "frontier markets"); or -1.
func (s *sentence) groupOfEconomiesAt(i, at int) int {
	ws := s.words
	for j := i; j < at && j <= i+5; j++ {
		w := &ws[j]
		if w.ent >= 0 || w.fig >= 0 || w.vg >= 0 || w.tag == tagPunct || w.tag == tagPrep {
			return -1
		}
		switch w.lower {
		case "economies", "countries", "nations", "markets", "members":
			return w.np
		case "states":
			if j > i && ws[j-1].lower == "member" {
				return w.np
			}
			return -1
		}
	}
	return -1
}

// pastDates returns the first word from j on that is no date and no preposition bringing one:
// what follows a figure's dates ("rose to 1.6% in February in Britain", "5.6% two years
// earlier in India", whose "two years" is a figure too).
func (s *sentence) pastDates(j int) int {
	ws := s.words
	for j < len(ws) && (ws[j].date >= 0 || ws[j].tag == tagPrep && j+1 < len(ws) && ws[j+1].date >= 0 || ws[j].fig >= 0 && s.inDate(j)) {
		j++
	}
	return j
}

// inDate reports word i inside one of the sentence's dates ("two years earlier", whose
// "two years" is a figure too).
func (s *sentence) inDate(i int) bool {
	// (the dates are in order: a run-on text of figures and years has thousands)
	d := sort.Search(len(s.exprs), func(d int) bool { return s.eLast[d] >= i })
	return d < len(s.exprs) && s.eFirst[d] <= i
}

// figurePhraseEnd returns the last word of the noun phrase figure k leads: its measure noun
// when one follows it ("5.0 pct growth", "a 5.0% expansion"), else the figure's last word.
func (s *sentence) figurePhraseEnd(k int) int {
	end := s.qLast[k]
	if p := s.words[end].np; p >= 0 && s.nps[p].last > end && s.nps[p].head > end {
		return s.nps[p].last
	}
	return end
}

// entityIn returns the entity of a figure at word at among the names in [from, to]: the last
// one before it, else the first after it; names that stand as a source ("the OECD said") count
// only when there is no other.
func (st *articleState) entityIn(s *sentence, from, to, at int) (string, bool) {
	before, after, source, subject, place, peers := "", "", "", "", "", ""
	beforeIsObject := false
	for _, m := range entsFrom(s.ents, from) {
		if m.first > to {
			break
		}
		if m.last > to {
			continue
		}
		code, ok := entityCode(m)
		if !ok {
			continue
		}
		if s.modifierInOtherClause(m, at) {
			continue // "..., as US tariffs weighed on factories": another party's part in the story
		}
		if s.sourceOfAVerb(m) {
			continue // "Singapore, expelled from Malaysia in 1965 with a population of 1.9 million"
		}
		if partyWith(s.toks, &m, quarrelNouns) {
			// "During the war with Iraq in the 1980s, the economy contracted; GDP fell by more
			// than 9 percent in 1986": the other party's name, not the figure's place (blind
			// round 149: Iran's fall judged as Iraq's)
			continue
		}
		if venueMention(s.toks, &m) {
			continue // "at the meetings in Sharm El Sheikh, Egypt, the lender said ..." (venue_mentions.go)
		}
		if s.namesACurrency(m) {
			// "which pegged the peso one-to-one to the US dollar, brought inflation down to
			// 3.4%": a currency's name, not a place of the figure (blind round 104)
			continue
		}
		if m.last < at && s.inSubjectApposition(m.first, at) {
			continue // "Canada, tied to American rates, suffered ...": the subject's, not the aside's
		}
		if m.last < at && (s.inDateApposition(m.first, at) || s.inFrontedCircumstance(m.first, at)) {
			// "In 1983, the year of ... the expulsion of Ghanaians from Nigeria, GDP fell",
			// "In 1983, amid drought and the expulsion of Ghanaians from Nigeria, inflation
			// reached 122.9 percent"
			continue
		}
		if st.rankedSet(s, m, code) {
			continue // "GDP grew by 3.5%, the fastest among large euro area economies": a member's (comparison_sets.go)
		}
		if st.groupOfMemberPhrase(s, m) {
			continue // "Spain remained the euro zone's growth star, with output rising 2.8%" (unnamed_member.go)
		}
		if st.classesMembers(s, m, code) {
			if peers == "" {
				peers = code // the bloc's aggregate only when no country is named
			}
			continue
		}
		if s.isSourceMention(m) {
			if source == "" {
				source = code
			}
			continue
		}
		if m.last < at && s.comparedTerm(m) {
			continue // "Unlike Germany, it saw unemployment of 8.4%": never Germany's (comparison_sets.go)
		}
		if m.last < at && st.superlativeSet(s, m, code) {
			// "Ireland fared worst in the euro area, with unemployment rising to 14.7%": the
			// set the subject ranks in, the figure's place only when none else is named
			// (comparison_sets.go)
			if peers == "" {
				peers = code
			}
			continue
		}
		if m.last < at {
			before = code
			p := s.words[m.first].np
			beforeIsObject = p >= 0 && s.verbBefore(p) >= 0 && s.nps[p].first == m.first ||
				subject != "" && p >= 0 && s.objectOfPredicatePrep(s.nps[p].first)
			if subject == "" && p >= 0 && s.nps[p].last == m.last && s.verbFollows(p) {
				subject = code
			}
		} else if after == "" && s.subjectName(m, at) {
			if !s.contrastedName(m, at) && !s.comparedSubject(m) && !s.semicolonBetween(at, m.first) {
				// (not the subject of a part after a semicolon: "From 3.1% in 2023 to 3.7% in
				// 2025; the euro area's rate was 6.3%")
				after = code // (not "..., while Spain's rate was 11.4%": clausemates.go)
			}
		} else if in := placePrepositionBefore(s.words, m.first); place == "" && in >= 0 && !s.rankBefore(in) {
			if !s.contrastedName(m, at) && !s.gappedConjunctPlace(in, m.last) {
				place = code // "4.4% of the workforce, were out of work in Britain"
			}
		}
	}
	switch {
	case beforeIsObject && subject != "":
		// "India has overtaken Britain to become ..., with GDP of $3.5 trillion": the country
		// a verb acts on is not what the clause is about; its subject is
		return subject, false
	case before != "":
		return before, false
	case after != "":
		return after, false
	case place != "":
		return place, false
	case peers != "":
		return peers, false
	}
	return source, source != ""
}

// inSubjectApposition reports word i inside an apposition to a named subject
// (subjectApposition) that closes with a comma before word at: "Canada, tied to American
// rates, suffered a deeper recession, with output falling 3.2%", "Germany, for so long the
// engine of the euro area, shrank 0.9% in 2023 and 0.5% in 2024". What the aside names says
// something of the subject; the figures after it are the subject's.
func (s *sentence) inSubjectApposition(i, at int) bool {
	ws := s.words
	c := -1
	for j := i - 1; j >= 1; j-- {
		if ws[j].fig >= 0 {
			return false
		}
		if ws[j].lower == "," {
			c = j
			break
		}
	}
	if c < 0 || !s.subjectApposition(c) && !s.frontedPlaceApposition(c) {
		return false
	}
	for j := i + 1; j < at; j++ {
		if ws[j].fig >= 0 && ws[c+1].tag != tagWh {
			return false
		}
		if ws[j].lower == "," {
			return true
		}
	}
	return false
}

// frontedPlaceApposition reports the comma at word c as the opening of an aside to a place that
// a fronted "in" names: "In Brazil, which is Argentina's main trading partner, GDP grew 1.5%",
// "In Brazil, Argentina's largest market, ...", "In Chile, whose copper goes mostly to China,
// ...". The place frames the clause after the aside (blind round 112: Brazil's growth judged
// as Argentina's). Not a list of places ("In Brazil, Argentina and Chile, ...").
func (s *sentence) frontedPlaceApposition(c int) bool {
	ws := s.words
	if c < 2 || ws[c-1].ent < 0 || c+1 >= len(ws) {
		return false
	}
	if e := ws[c+1].ent; e >= 0 && !(s.ents[e].last+1 < len(ws) && ws[s.ents[e].last+1].tag == tagPoss) {
		return false
	}
	first := s.ents[ws[c-1].ent].first
	if first < 1 || ws[first-1].lower != "in" {
		return false
	}
	in := first - 1
	return in == 0 || ws[in-1].tag == tagPunct || ws[in-1].tag == tagCoord
}

// sourceOfAVerb reports mention m as the place a verb says something came or parted from, or
// that a country's people came from: "expelled from Malaysia", "split from Pakistan",
// "borrowed from China", "Ghanaians from Nigeria". A source or an origin is not whose figure
// the sentence gives (blind round 99: Singapore's population at its expulsion judged as
// Malaysia's).
func (s *sentence) sourceOfAVerb(m match) bool {
	ws := s.words
	f := m.first
	if f < 2 || ws[f-1].lower != "from" {
		return false
	}
	if l := m.last + 1; l < len(ws) && (ws[l].tag == tagNoun || ws[l].tag == tagProper || ws[l].tag == tagAdj) {
		return false // a modifier of a noun after it: "translated from Spanish daily El Pais"
	}
	if e := ws[f-2].ent; e >= 0 && s.ents[e].last == f-2 && ws[f-2].tag != tagPoss {
		// the country its people came from: "the expulsion of a million Ghanaians from
		// Nigeria" (blind round 91: Ghana's slump of 1983 judged as Nigeria's)
		return true
	}
	// (not where a speaker was: "Speaking from Ankara, Simsek said inflation would fall")
	v := ws[f-2].vg
	return v >= 0 && s.vgs[v].last == f-2 && ws[f-2].tag == tagVerb && !strings.HasSuffix(ws[f-2].lower, "ing") && !s.speaks(v)
}

// alternativeReckoning reports figure k as what another reckoning puts a measure at, against
// the figure of the same measure and period the sentence gave before it: "its unemployment
// rate was 26.6 per cent, although the expanded definition, including discouraged workers,
// put it at 36.3 per cent", "the official index rose by 8.8 per cent in 2007, although private
// estimates put it at about 25 per cent". The figure is set against the indicator's as
// another measure or source's; judged as the indicator, it was flagged.
func (s *sentence) alternativeReckoning(k int, r *reading, c *Claim) bool {
	ws := s.words
	at := s.qFirst[k] - 1 // "put it at 36.3 per cent" (the verb as written: "the broad measure put" is read as one phrase)
	if at < 2 || ws[at].lower != "at" || ws[at-1].lower != "it" {
		return false
	}
	if h := &ws[at-2]; !h.hasLemma("put") && !h.hasLemma("place") && !h.hasLemma("estimate") && !h.hasLemma("peg") && !h.hasLemma("reckon") {
		return false
	}
	contrast := -1 // the word that opens the clause as a contrast
	for i := at - 3; i >= 0 && at-i <= 20; i-- {
		if w := ws[i].lower; w == "although" || w == "though" || w == "whereas" || w == "while" || w == "but" {
			contrast = i
			break
		}
		if ws[i].fig >= 0 || ws[i].lower == ";" {
			return false
		}
	}
	if contrast < 0 {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if jr := s.readings[j]; jr != nil && s.qLast[j] < contrast && jr.claimEntity == c.Entity && jr.claimPeriod == c.Period && jr.measure == r.measure {
			return true
		}
	}
	return false
}

// namesACurrency reports mention m as the first word of a currency's name: "the US dollar",
// "the Swiss franc", "the Japanese yen".
func (s *sentence) namesACurrency(m match) bool {
	n := m.last + 1
	if n >= len(s.words) || s.words[n].cue < 0 {
		return false
	}
	c := &s.cues[s.words[n].cue]
	mm := c.measureOf()
	return c.first == n && mm != nil && mm.name == "currency"
}

// circumstancePreps open a phrase that tells what a figure's time was like, not whose figure
// it is: "amid the expulsion of Ghanaians from Nigeria", "despite sanctions on Russia".
var circumstancePreps = map[string]bool{"amid": true, "amidst": true, "despite": true, "following": true, "after": true, "with": true}

// inFrontedCircumstance reports word i inside a phrase that a preposition of circumstance opens
// before the subject of the clause of figure word at, set off by a comma: "In 1983, amid
// drought, bush fires and the expulsion of a million Ghanaians from Nigeria, inflation reached
// 122.9 percent", "Despite sanctions on Russia, growth held at 1.8%". A place named there is
// the story's background, not the figure's country (blind round 96: Ghana's inflation and
// growth of 1983 judged as Nigeria's). The phrase holds no finite verb (a clause, "After Germany
// cut rates, ...", is modifierInOtherClause's) and opens the sentence or follows a comma.
func (s *sentence) inFrontedCircumstance(i, at int) bool {
	ws := s.words
	if i == 0 || ws[i-1].lower == "," && (i < 2 || ws[i-2].ent < 0) {
		// a name right after a comma opens the clause: "After years of stagnation, Italy, the
		// euro zone's third-largest economy, grew 0.7%"; not one of a list of places ("Amid
		// recessions in Germany, Italy and France, unemployment rose")
		return false
	}
	open := -1
	for j := i - 1; j >= 0 && i-j <= 40; j-- { // (past the commas of a list in the phrase)
		w := &ws[j]
		if w.lower == ";" || w.lower == ":" || w.vg >= 0 && s.finite(w.vg) {
			return false
		}
		if circumstancePreps[w.lower] && (j == 0 || ws[j-1].lower == ",") {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := i + 1; j < at && j <= i+40; j++ {
		w := &ws[j]
		if w.lower == "," {
			// the phrase ends at the comma before the clause: a subject and its verb follow
			for v := j + 1; v < at && v <= j+40 && ws[v].lower != ";"; v++ {
				if g := ws[v].vg; g >= 0 && s.finite(g) {
					return ws[j+1].np >= 0 || ws[j+1].tag == tagPron
				}
			}
			return false
		}
		if w.vg >= 0 && s.finite(w.vg) || w.lower == ";" {
			return false
		}
	}
	return false
}

// inDateApposition reports word i inside an aside set off by commas that describes a fronted
// date before figure word at: "In 1983, the year of drought, bush fires and the expulsion of
// about a million Ghanaians from Nigeria, GDP fell by 4.6 percent", "In 1998, when the crisis
// spread from Thailand, output fell". What the aside tells of the time is not where the figure
// is (blind round 77: Ghana's slump read as Nigeria's).
func (s *sentence) inDateApposition(i, at int) bool {
	ws := s.words
	open := -1
	for j := i - 1; j >= 1 && i-j <= 40; j-- { // (past the commas of a list in the aside, and its counts)
		if ws[j].lower == ";" || ws[j].lower == ":" {
			return false
		}
		if ws[j].lower == "," && ws[j-1].date >= 0 {
			open = j
			break
		}
	}
	if open < 2 {
		return false
	}
	d := ws[open-1].date
	f := s.eFirst[d]
	if f > 0 && ws[f-1].tag == tagPrep {
		f--
	}
	if f != 0 && ws[f-1].tag != tagPunct {
		return false // (the date must open the sentence or a clause)
	}
	next := &ws[open+1]
	if !(next.lower == "when" || next.lower == "the" || next.lower == "a") {
		return false
	}
	if next.lower != "when" {
		// "the year of", "a time when", "the month that": a noun of time heads the aside
		h := open + 2
		if h >= len(ws) || !timeNoun(ws[h].lower) {
			return false
		}
	}
	if f := s.phraseStart(i); f > 0 && ws[f-1].lower == "," {
		// a phrase right after a comma opens the clause the aside leads to: "In 2020, the year
		// of the pandemic, Italy's economy, hit hard by lockdowns, shrank 8.9%"
		return false
	}
	for j := i + 1; j < at && j <= i+40; j++ {
		if ws[j].lower == "," {
			return true
		}
	}
	return false
}

// timeNoun reports a noun that names a stretch of time: what an aside after a date describes
// it as ("the year of drought").
func timeNoun(w string) bool {
	return timeNouns[w] || seasonWords[w] || w == "time" || w == "period" || w == "era"
}

// modifierInOtherClause reports mention m as the modifier of a noun in a clause that a
// subordinator opens and figure word at stands outside: "Output grew 3.1% in 2023, as US
// tariffs weighed on factories", "Unemployment fell to 10.4% as German tourists returned",
// "Growth slowed because American demand weakened, and inflation was 2.4%". The clause tells
// another party's part in the figure's story (their tariffs, tourists, demand), not whose
// figure it is: in an article about Mexico, Mexico's growth was judged as the United States'.
// So with a measure ("as US demand weakened"): the clause's quantity is not the figure's. A
// place named as the clause's subject, or as a possessor ("as Germany's economy recovered"),
// is left as it was.
func (s *sentence) modifierInOtherClause(m match, at int) bool {
	ws := s.words
	p := ws[m.first].np
	if p < 0 || s.nps[p].head <= m.last || m.last+1 >= len(ws) || ws[m.last+1].tag == tagPoss {
		return false
	}
	if h := s.nps[p].head; ws[h].tag != tagNoun || ws[h].fig >= 0 {
		return false
	}
	for i := s.nps[p].first - 1; i >= 0; i-- {
		switch w := &ws[i]; {
		case w.fig >= 0 || i == at:
			return false
		case w.tag == tagSub:
			switch w.lower {
			case "as", "because", "since", "while", "after", "before", "once", "until", "although", "though", "whereas", "when":
				if w.lower == "when" && at > i && !eventNoun(ws[s.nps[p].head].lower) {
					// before the figure, "when" opens the time of its clause, and only an
					// event's name is no place of it: "When the Mexican tequila crisis hit, output
					// shrank" (blind round 98); "When German exports collapsed in 2009, GDP fell
					// 5.7%" is as often the country's own. After it ("shrank 1.2% in 2001 when
					// US demand collapsed") it tells another party's part, as "as" does.
					return false
				}
				// the clause ends at its clause's end or its first comma, whichever is first
				// (the clause finder runs ", and inflation was 2.4%" into it)
				_, to := s.clauseOf(m.first)
				for j := m.last + 1; j < to; j++ {
					if ws[j].tag == tagPunct {
						to = j
						break
					}
				}
				return at < i || at > to
			}
			return false
		}
	}
	return false
}

// gappedConjunctPlace reports a place phrase from word in to word last that opens a conjunct
// of its own with a figure of its own and no verb of its own before it: "Growth was 0.8 per
// cent in 2023, and in Nigeria 3.3 per cent", "while in the Philippines it was 3.2 percent",
// "and in Argentina rebounded to 4.4%". The place is that figure's, not the one before the
// conjunction (blind round 36: the 0.8 was Nigeria's).
func (s *sentence) gappedConjunctPlace(in, last int) bool {
	ws := s.words
	if c := in - 1; c < 0 || !isConjunctOpener(ws[c].lower) {
		return false
	}
	for j := last + 1; j < len(ws) && j <= last+4; j++ {
		switch {
		case ws[j].fig >= 0:
			return true
		case ws[j].tag == tagPunct && ws[j].lower != ",":
			return false
		}
	}
	return false
}

// namedOnlyInParticipleAside reports country code named in its sentence only in the "by" phrase
// of an aside set off by commas before word at that a participle opens after a noun: "Its economy,
// overheated by Swedish bank lending and a housing bubble, contracted by 3.5% in 2008" is
// Latvia's, the country of the sentence before, not Sweden's (blind round 294: four of
// Latvia's figures judged as Sweden's).
func (s *sentence) namedOnlyInParticipleAside(code string, at int) bool {
	ws := s.words
	seen := false
	for e := range s.ents {
		m := &s.ents[e]
		if c, ok := entityCode(*m); !ok || c != code {
			continue
		}
		open, close := -1, -1
		for i := m.first - 1; i >= 0; i-- {
			if ws[i].lower == "," {
				open = i
				break
			}
		}
		for i := m.last + 1; i < at && i < len(ws); i++ {
			if ws[i].lower == "," {
				close = i
				break
			}
		}
		if open < 1 || close < 0 || ws[open-1].np < 0 {
			return false
		}
		if p := &ws[open+1]; !p.past && !strings.HasSuffix(p.lower, "ing") || p.vg < 0 && p.tag != tagVerb && p.tag != tagAdj {
			return false
		}
		by := false // the cause or agent, in a "by" phrase ("The report, published in Spain, said": Spain's)
		for i := open + 2; i < m.first; i++ {
			by = by || ws[i].lower == "by"
		}
		if !by {
			return false
		}
		seen = true
	}
	return seen
}

// gappedPlaceBefore returns the country of a place phrase that opens figure k's conjunct
// (gappedConjunctPlace), or "".
func (s *sentence) gappedPlaceBefore(k int) string {
	if s.gappedFor != k+1 {
		s.gappedFor, s.gappedCode = k+1, s.findGappedPlaceBefore(k)
	}
	return s.gappedCode
}

// findGappedPlaceBefore is gappedPlaceBefore, worked out.
func (s *sentence) findGappedPlaceBefore(k int) string {
	at := s.qFirst[k]
	ws := s.words
	// (the words before the figure, from a place's preposition after a conjunction: every
	// figure asks, and a run-on list of figures has thousands of names)
	for i := at - 2; i >= 1 && i >= at-7; i-- {
		if w := ws[i].lower; w != "in" && w != "across" || !isConjunctOpener(ws[i-1].lower) {
			continue
		}
		for j := i + 1; j < at && j <= i+3; j++ {
			e := ws[j].ent
			if e < 0 {
				continue
			}
			m := s.ents[e]
			if m.last >= at || placePrepositionBefore(ws, m.first) != i || !s.gappedConjunctPlace(i, m.last) || s.nextFigureAfter(m.last) != k {
				break
			}
			if code, ok := m.has(catEntity); ok {
				return code // (a capital's is its city's figure as often: capital_place.go)
			}
			break
		}
	}
	return ""
}

// pairedFigureAfter reports figure k followed by "and" or a comma and another figure: a list
// paired with another ("down from 8.0% and 2.5% in 2022"), whose items go with the places
// before it in order.
func (s *sentence) pairedFigureAfter(k int) bool {
	ws := s.words
	i := s.qLast[k] + 1
	return i+1 < len(ws) && (ws[i].lower == "and" || ws[i].lower == ",") && ws[i+1].fig >= 0
}

// gappedSubjectBefore reports figure j right after a place's name that a conjunction opens
// with no verb between: "and Japan 1.2 percent", "while Italy 0.7%". The clause leaves out
// the verb of the clause before, and the figure is the place's.
func (s *sentence) gappedSubjectBefore(j int) bool {
	ws := s.words
	i := s.qFirst[j] - 1
	if i < 1 || ws[i].ent < 0 {
		return false
	}
	m := s.ents[ws[i].ent]
	if m.last != i || m.first < 1 {
		return false
	}
	return isConjunctOpener(ws[m.first-1].lower)
}

// isConjunctOpener reports a conjunction that may open a conjunct with a place phrase first.
func isConjunctOpener(w string) bool {
	switch w {
	case "and", "but", "while", "whereas", "or", "against", "versus":
		return true
	}
	return false
}

// nextFigureAfter returns the first figure after word i, or -1.
func (s *sentence) nextFigureAfter(i int) int {
	for j := i + 1; j < len(s.words); j++ {
		if f := s.words[j].fig; f >= 0 {
			return int(f)
		}
	}
	return -1
}

// placePrepositionBefore returns the position of the "in" or "across" that places a name
// starting at word first, past a determiner ("in the United States": "6.3% of GDP in 2023 in
// the United States" was given the country of the sentence before), or -1.
func placePrepositionBefore(ws []word, first int) int {
	i := first - 1
	if i > 1 && ws[i].tag == tagAdj && ws[i-1].joined && ws[i-1].ent < 0 {
		i -= 2 // "in oil-rich Nigeria"
	} else if i > 0 && ws[i].tag == tagAdj && ws[i].ent < 0 && !compassWords[ws[i].lower] {
		i-- // "in neighbouring Poland"
	}
	if i > 0 && ws[i].tag == tagDet && ws[i].lower == "the" {
		i--
	}
	if i >= 0 && (ws[i].lower == "in" || ws[i].lower == "across") {
		return i
	}
	return -1
}

// ofOwnerEntity returns the country named in the phrase figure k is the "of"-object of
// ("France's rate of 7.4%", "a euro-zone average of 0.9%"), or "".
func (s *sentence) ofOwnerEntity(k int) string {
	if f := s.phraseStart(s.qFirst[k]); f >= 2 && s.words[f-1].lower == "of" {
		if owner := s.ofOwner(f - 1); owner >= 0 {
			return s.entityInPhrase(owner)
		}
	}
	return ""
}

// comparedParty returns the other party of a comparison that pairs figure k with the figure
// it is compared with, when the comparison named it after "than" before both: "France's
// economy grew faster than Italy's in 2023, at 1.4% against 0.9%", "Unemployment was higher
// in Spain than in Italy, at 12.2% against 7.7%". Only a figure set against another
// ("against", "versus", "compared with") is the other party's: the figure a movement started
// from ("fell to 11.7% from 12.2%") is the same country's, whatever it was compared with.
func (s *sentence) comparedParty(k int, r *reading) string {
	base := s.readings[r.compared]
	if base == nil || base.claimEntity == "" || r.compared > k {
		return ""
	}
	ws := s.words
	i := s.skipBack(s.phraseStart(s.qFirst[k]) - 1)
	switch {
	case i < 0:
		return ""
	case ws[i].lower == "against" || ws[i].lower == "versus" || ws[i].lower == "vs":
	case (ws[i].lower == "with" || ws[i].lower == "to") && i > 0 && ws[i-1].lower == "compared":
	default:
		return ""
	}
	for j := s.phraseStart(s.qFirst[r.compared]) - 1; j >= 0; j-- {
		if ws[j].fig >= 0 {
			return "" // the comparison of another pair
		}
		if ws[j].lower != "than" {
			continue
		}
		// "than Italy's", "than in Italy", "than the US", "than that of Italy"
		for m := j + 1; m < len(ws) && m <= j+4; m++ {
			if e := ws[m].ent; e >= 0 {
				if code, ok := entityCode(s.ents[e]); ok && code != base.claimEntity {
					return code
				}
				return ""
			}
			if ws[m].tag != tagPrep && ws[m].tag != tagDet && ws[m].lower != "that" && ws[m].lower != "those" {
				return ""
			}
		}
		return ""
	}
	return ""
}

// classesMembers reports a bloc or region named to class the countries of a noun phrase, not
// as the place of a figure: "like other euro area members", "than any other euro zone
// country", "the fastest-growing euro zone economy", "Unlike other EU states". A country the
// clause names is then the figure's; alone ("Inflation in euro zone countries averaged 5.4%")
// the members stand for the bloc.
func (st *articleState) classesMembers(s *sentence, m match, code string) bool {
	if !namesBloc(s, m) && !st.lex.aggregates.has(code) {
		return false
	}
	p := s.words[m.first].np
	if p < 0 || s.nps[p].head <= m.last {
		return false
	}
	n := s.nps[p]
	switch h := &s.words[n.head]; {
	case h.hasLemma("member"), h.hasLemma("country"), h.hasLemma("state"), h.hasLemma("nation"):
		return true
	case h.hasLemma("economy"):
		if pluralLike(h.lower) {
			return true
		}
		for i := n.first; i < m.first; i++ {
			// one economy of the bloc's, not the bloc's own: "any other", "a", "the biggest"
			switch w := &s.words[i]; {
			case w.lower == "other", w.lower == "another", w.lower == "any", w.lower == "a", w.lower == "an", w.lower == "every", w.lower == "each":
				return true
			case len(w.lower) > 4 && strings.HasSuffix(w.lower, "est") && w.tag == tagAdj:
				return true
			}
		}
	}
	return false
}

// isSourceMention reports a region or body named as the speaker of the figure rather than
// what it is about: "the OECD said", "according to the IMF", "the OECD forecast".
func (s *sentence) isSourceMention(m match) bool {
	if !namesBloc(s, m) {
		return false
	}
	if m.first >= 2 && s.words[m.first-1].lower == "to" && s.words[m.first-2].lower == "according" {
		return true
	}
	if j := m.last + 1; j < len(s.words) && s.cueIs(j, catSpeaker) {
		return true // "OECD officials said", "an OECD report"
	}
	if m.first > 0 && s.words[m.first-1].lower == "by" {
		return true // "a report by the OECD"
	}
	j := m.last + 1
	if j < len(s.words) && s.words[j].vg >= 0 {
		g := s.vgs[s.words[j].vg]
		for t := g.first; t <= g.last; t++ {
			if s.words[t].hasLemma("say") || s.cueIs(t, catForecast) || s.words[t].hasLemma("report") {
				return true
			}
		}
	}
	return false
}

// namesBloc reports an entity match that names an organisation of countries (the
// OECD, the EU), which speaks of its members' figures as often as of its own.
func namesBloc(s *sentence, m match) bool {
	code, _ := m.has(catEntity)
	return blocCode(code)
}

// blocCode reports the code of a bloc: the OECD, the EU, the euro area, the world.
func blocCode(code string) bool {
	switch code {
	case "OED", "EUU", "EMU", "WLD":
		return true
	}
	return false
}

// subjectName reports a name after the figure at word at that is the subject of the clause
// the figure stands in, as in a fronted figure ("At 4.1%, Britain's jobless rate ..."): a name
// in a later phrase ("compared with 10% before the uprising against Israeli occupation") is not.
func (s *sentence) subjectName(m match, at int) bool {
	p := s.words[m.first].np
	if p < 0 {
		return false
	}
	f := s.nps[p].first
	if f > 0 && s.words[f-1].tag == tagPrep {
		return false
	}
	j := s.nps[p].last + 1
	return j < len(s.words) && s.words[j].vg >= 0
}

// institutionEntity returns the country of an institution named in the sentence ("the
// Bundesbank said", "Istat figures"); a bloc's only as the source of a figure, or as the
// setter of a policy rate ("The ECB raised its deposit rate to 3.75%").
func (st *articleState) institutionEntity(s *sentence, r *reading) string {
	for _, m := range s.insts {
		code := institutionOf(m).entity
		if code == "" {
			continue
		}
		if st.lex.aggregates.has(code) && !isPolicyRate(r.measure) && !s.institutionAsSource(m) {
			// "The consumer price index rose 4.1 per cent in 2008 ..., thanks to cuts by the
			// ECB", "despite ECB rate rises": a bloc's bank acting in a member's story, not
			// the figure's source; read as its source, Ireland's inflation was the euro
			// area's (blind round 62)
			continue
		}
		return code
	}
	return ""
}

// institutionAsSource reports an institution named m as the source of the sentence's figures:
// "according to Eurostat", "ECB staff said", "Eurostat figures", "the ECB's forecast", "data
// from Eurostat", "estimated by the ECB", "the ECB expects".
func (s *sentence) institutionAsSource(m match) bool {
	ws := s.words
	before := m.first - 1
	if before >= 0 && ws[before].tag == tagDet {
		before--
	}
	if before >= 1 && ws[before].lower == "to" && ws[before-1].lower == "according" {
		return true
	}
	if before >= 1 && (ws[before].lower == "from" || ws[before].lower == "by") && (dataNoun(ws[before-1].lower) || s.cueIs(before-1, catSpeaker) || ws[before-1].past) {
		return true // "data from Eurostat", "a report by the ECB", "estimated by the ECB"
	}
	j := m.last + 1
	if j < len(ws) && ws[j].tag == tagPoss {
		j++ // "the ECB's forecast"
	}
	if j < len(ws) && (dataNoun(ws[j].lower) || s.cueIs(j, catSpeaker) || s.cueIs(j, catForecast)) {
		return true
	}
	if j < len(ws) && ws[j].vg >= 0 {
		g := s.vgs[ws[j].vg]
		for t := g.first; t <= g.last; t++ {
			if w := &ws[t]; w.hasLemma("say") || w.hasLemma("report") || w.hasLemma("estimate") || w.hasLemma("publish") || w.hasLemma("show") || s.cueIs(t, catForecast) {
				return true
			}
		}
	}
	return false
}

// dataNoun reports a noun of figures a body publishes: the data nouns of negation.go ("figures",
// "data", "statistics") and the body's estimates and forecasts.
func dataNoun(lower string) bool {
	if dataNouns[lower] {
		return true
	}
	switch lower {
	case "figure", "estimate", "estimates", "projection", "projections", "forecast", "forecasts":
		return true
	}
	return false
}

func entityCode(m match) (string, bool) {
	if code, ok := m.has(catEntity); ok {
		return code, true
	}
	if code, ok := m.has(catCapital); ok {
		return code, true
	}
	return "", false
}

// populationOfCountry asks more of a head count (the population, the labour force) than of a
// rate: the country is named in the sentence, and nothing in it says the population is a
// city's, a region's or the world's.
func (st *articleState) populationOfCountry(s *sentence) bool {
	if s.namesPartOfPopulation() {
		return false
	}
	for _, m := range s.ents {
		if _, ok := m.has(catEntity); ok {
			return true
		}
	}
	return false
}

// namesPartOfPopulation reports a word of the sentence that makes its population a part of a
// country's, or no country's: a city's, a region's, the world's, the working-age one.
func (s *sentence) namesPartOfPopulation() bool {
	for _, m := range s.cues {
		if v, ok := m.has(catVeto); ok && v == "population" {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sameAsDate returns the date of an earlier period that figure k is said to equal: "5.5 pct,
// in line with last year", "2.1 pct this year, the same rate as last year", "unchanged from
// 1986"; -1 when there is none. loose is true for "in line with", which says no more than
// close.
func (s *sentence) sameAsDate(k int) (d int, loose bool) {
	if !s.marked(markSame) {
		return -1, false // most sentences: every figure asks
	}
	ws := s.words
	i := s.qLast[k] + 1
	if p := ws[s.qFirst[k]].np; p >= 0 {
		i = max(i, s.nps[p].last+1)
	}
	if d := s.dateAfter(i - 1); d >= 0 {
		i = s.eLast[d] + 1 // past the figure's own date
	}
	if i < len(ws) && ws[i].lower == "," {
		i++
	}
	// "the same rate as", "in line with", "unchanged from": the marker, then the date
	marker := false
	for n := 0; i < len(ws) && n < 7; i, n = i+1, n+1 {
		w := &ws[i]
		if w.date >= 0 {
			last := s.eLast[w.date]
			if !marker || last+1 < len(ws) && (ws[last+1].tag == tagPoss || ws[last+1].fig >= 0) {
				return -1, false // "in line with 1985's 2.8 pct": the earlier year has a figure of its own
			}
			return w.date, loose
		}
		switch {
		case w.lower == "same":
			j := i + 1
			for j < len(ws) && j <= i+2 && ws[j].tag == tagNoun && ws[j].date < 0 {
				j++
			}
			// "the same rate as last year", "after the same rate in the last quarter of 1986";
			// "up 2.9 pct from the same 1985 quarter" is a base, not an equal
			if j >= len(ws) || ws[j].lower != "as" && !(j > i+1 && (ws[j].lower == "in" || ws[j].lower == "for")) {
				return -1, false
			}
			marker, i, n = true, j, n+j-i
		case w.lower == "line" && i+1 < len(ws) && ws[i+1].lower == "with" && i > 0 && ws[i-1].lower == "in":
			marker, loose = true, true
			i, n = i+1, n+1
		case w.lower == "unchanged" && i+1 < len(ws) && (ws[i+1].lower == "from" || ws[i+1].lower == "on"):
			marker = true
			i, n = i+1, n+1
		case w.lower == "the" || w.lower == "in" || w.lower == "a" || w.lower == "after" || w.lower == "against":
		default:
			return -1, false
		}
	}
	return -1, false
}

// soFar reports a figure of a period so far, read from its clause: "so far this year", "year
// to date", or a date that runs from the start of a year ("the first two months of 1987",
// which the dates already end in February). d is that date, or -1 for words with no date.
func (s *sentence) soFar(k int, r *reading) (d int, ok bool) {
	// the words that may open such a phrase, whatever the figure: every figure of a sentence
	// asks, and most sentences have none
	s.findMarkedWords()
	if len(s.soFarOpens) == 0 {
		return -1, false
	}
	from, to := s.clauseOf(s.qFirst[k])
	opens := wordsWithin(s.soFarOpens, from, to)
	for _, i32 := range opens {
		i := int(i32)
		d, found := s.soFarAt(i)
		// not the words of another figure: "to 3.4 pct in May, and ... over the first five
		// months to 2.0 pct"
		if found && s.phraseOfFigure(i, k, r) {
			return d, true
		}
	}
	return -1, false
}

// soFarAt reads a phrase of the year so far at word i, and the date it names (-1: none).
func (s *sentence) soFarAt(i int) (d int, found bool) {
	ws := s.words
	switch {
	case ws[i].lower == "so" && i+1 < len(ws) && ws[i+1].lower == "far":
		return ws[min(i+2, len(ws)-1)].date, true // "so far this year"
	case ws[i].lower == "to" && i+1 < len(ws) && ws[i+1].lower == "date" && i > 0 && (ws[i-1].lower == "year" || ws[i-1].date >= 0):
		return -1, true // "in the year to date"
	case ws[i].lower == "first" && i+1 < len(ws) && ws[i+1].fig >= 0 && s.quants[ws[i+1].fig].Value >= 2 &&
		(s.quants[ws[i+1].fig].Unit == "month" || s.quants[ws[i+1].fig].Unit == "quarter"):
		return ws[i].date, true // "the first two months of the year", "in the first four months", "the first three quarters"
	}
	return -1, false
}

// findMarkedWords finds, once per sentence, the words where spanTo, soFar and negativeWord may
// find what they look for, whatever the figure: every figure asks about its clause or its
// phrase, and a run-on list of figures can be one clause of hundreds of words. A span of
// years starts at "decade" or a figure of years before "to", "ending", ... ("the decade to
// 1996", "five years ending in 2019"); a phrase of the year so far is soFarAt's; a sign is
// "negative" or "minus"; a bare unit is "quarter" or "month" (bareUnitIn). It also notes the
// words without which some questions every figure asks find nothing (wordMarks), and dates
// joined by "and". Each word is read once, in one switch.
func (s *sentence) findMarkedWords() {
	// (inlined: a figure asks several questions that need the words, each a call otherwise)
	if !s.markedWordsKnown {
		s.readMarkedWords()
	}
}

// readMarkedWords is findMarkedWords, worked out.
func (s *sentence) readMarkedWords() {
	s.markedWordsKnown = true
	ws := s.words
	s.spanStarts, s.soFarOpens, s.signWords, s.unitWords = s.spanStarts[:0], s.soFarOpens[:0], s.signWords[:0], s.unitWords[:0]
	for i := range ws {
		switch ws[i].lower {
		case "so":
			if _, found := s.soFarAt(i); found {
				s.soFarOpens = append(s.soFarOpens, int32(i))
			}
		case "first":
			if _, found := s.soFarAt(i); found {
				s.soFarOpens = append(s.soFarOpens, int32(i))
			}
			s.marks |= markEarlier
		case "initially", "originally", "previously", "earlier":
			s.marks |= markEarlier
		case "now", "today", "currently", "presently", "nowadays":
			s.marks |= markPresent
		case "their", "they":
			s.marks |= markPlural
		case "to":
			if _, found := s.soFarAt(i); found {
				s.soFarOpens = append(s.soFarOpens, int32(i))
			}
			s.spanBefore(i)
			s.monthSpanBefore(i)
		case "through", "until":
			s.spanBefore(i)
			s.monthSpanBefore(i)
		case "ending", "ended", "till":
			s.spanBefore(i)
		case "over", "on":
			s.monthSpanBefore(i)
		case "negative", "minus":
			s.signWords = append(s.signWords, int32(i))
		case "decade", "decades":
			s.marks |= markSpan
		case ":":
			s.marks |= markColon
		case "under":
			s.marks |= markUnder
		case "sorry", "correction":
			s.marks |= markApology
		case "version":
			s.marks |= markVersion
		case ";", "—", "–", "-":
			s.marks |= markBreak
		case "which":
			s.marks |= markWhich
		case "outpaced", "outpace", "outpaces", "outpacing", "outperformed", "outperform", "outperforms", "outperforming",
			"outgrew", "outgrown", "outgrow", "outgrows", "outgrowing", "outstripped", "outstrip", "outstrips", "outstripping",
			"outran", "outrun", "outruns", "outrunning", "outshone", "outshine", "outshines", "outshining", "outdid", "outdo",
			"outdoes", "outdone", "outdoing", "overtook", "overtaken", "overtake", "overtakes", "overtaking", "surpassed",
			"surpass", "surpasses", "surpassing", "trailed", "trail", "trails", "trailing", "eclipsed", "eclipse", "eclipses",
			"eclipsing":
			s.marks |= markOutdo // (outdoingForms)
		case "year":
			if i+1 < len(ws) && ws[i+1].lower == "of" {
				s.marks |= markYearOf
			}
		case "quarter", "month":
			s.unitWords = append(s.unitWords, int32(i))
		case "same", "line", "unchanged":
			s.marks |= markSame
		case "than":
			s.marks |= markThan
		case "target", "targeted", "targeting", "targets", "targetted", "targetting", "goal", "goals",
			"objective", "objectives", "ceiling", "ceilings", "limit", "limited", "limiting", "limits",
			"cap", "capped", "capping", "caps", "threshold", "thresholds", "range", "ranged", "ranges",
			"ranging", "band", "banded", "banding", "bands", "corridor", "corridors":
			s.marks |= markTarget
		case "peak", "peaked", "peaking", "peaks", "high", "highs", "low", "lows", "trough",
			"topped", "topping", "bottomed", "bottoming": // (peakOf's "topped out at")
			s.marks |= markPeak
		case "bloc", "zone", "union", "area", "continent":
			s.marks |= markBloc
		case "region":
			s.marks |= markBloc | markDivision
		case "economies", "countries", "nations", "markets", "members":
			s.marks |= markGroup
		case "estimate", "estimated", "estimates", "estimating", "expect", "expected", "expecting",
			"expects", "forecast", "forecasted", "forecasting", "forecasts", "predict", "predicted",
			"predicting", "predicts", "project", "projected", "projecting", "projects", "anticipate",
			"anticipated", "anticipates", "anticipating":
			s.marks |= markEstimate
		case "would", "could", "might", "'d":
			s.marks |= markModal
		case "fail", "failed", "failing", "fails", "failure", "failures", "unable", "short":
			s.marks |= markDenial
		case "that":
			s.marks |= markThat
		case "false", "untrue", "incorrect", "wrong", "misleading", "inaccurate", "baseless", "unfounded",
			"groundless", "bogus", "fake", "nonsense", "rubbish", "falsely", "wrongly", "incorrectly", "mistakenly", "misleadingly",
			"erroneously", "inaccurately", "evidence", "proof", "basis", "claim", "claims", "claimed", "allege",
			"alleges", "alleged", "dismissed", "disputed", "debunked", "refuted", "disproved", "rejected", "fact", "reality", "actually",
			"denied", "pessimistic", "optimistic", "overstates", "overstated", "exaggerates", "exaggerated", "understates",
			"understated", "misstates", "misrepresents":
			s.marks |= markFalsity
			if ws[i].lower[0] == 'c' {
				s.marks |= markAgent // "Shadow statisticians claim ..." (agentOf)
			}
			if c := ws[i].lower[0]; c == 'c' || c == 'a' {
				s.marks |= markReport
			}
			if ws[i].lower == "basis" {
				s.marks |= markDefinition
			}
		case "average", "averaged", "averages", "averaging", "trend", "trended", "trending", "trends", "norm", "norms":
			s.marks |= markAverage
		case "state", "states", "province", "provinces", "prefecture", "prefectures", "county",
			"counties", "regions", "district", "districts", "territory", "territories",
			"municipality", "municipalities", "oblast", "oblasts", "canton", "cantons", "länder",
			"city", "cities":
			s.marks |= markDivision
		case "past", "last", "previous", "next", "coming":
			s.marks |= markSpanAgo
		case "if", "unless", "whether", "had", "were", "should":
			s.marks |= markCondition
		case "quarters":
			s.marks |= markSeries // "the first, second and third quarters" (quarterSeriesAfter)
		case "excluding", "excluded", "ex", "strip", "stripped", "stripping", "strips", "leave", "leaving",
			"leaves", "left", "take", "taking", "takes", "took", "taken", "aside", "removing", "removed",
			"excludes", "exclude", "underlying":
			s.marks |= markExclusion
		case "measured", "gauged":
			s.marks |= markMeasured
		case "by":
			s.marks |= markBy
		case "according", "critics", "sceptics", "skeptics", "doubters", "economists", "economist", "analysts",
			"analyst", "calculations", "consultants", "researchers", "experts", "observers", "forecasters", "group",
			"economics", "research", "institute", "capital", "partners", "securities", "analytics", "intelligence",
			"associates", "consulting", "consultancy", "advisors", "advisers", "insights", "puts", "reckons",
			"reckon", "calculates", "reckoned", "calculated", "calculate", "suggest", "suggests", "suggested",
			"believe", "believes", "argue", "argues", "contend", "contends", "insist", "insists", "suspect",
			"suspects", "think", "thinks":
			s.marks |= markAgent
			switch ws[i].lower {
			case "according", "suggest", "suggests", "suggested", "argues", "insists":
				s.marks |= markReport
			}
		case "put", "thought", "believed", "guessed":
			s.marks |= markOpined // "unemployment was put at 80%" (agentlessEstimate)
		case "official", "reported":
			s.marks |= markOfficial
		case "imagine", "suppose", "supposing", "picture", "assume", "pretend", "say", "world", "universe", "scenario",
			"posit", "postulate", "envisage", "envision", "hypothesise", "hypothesize":
			s.marks |= markImagined
			if ws[i].lower == "say" {
				s.marks |= markReport
			}
		case "need", "needs", "needed", "needing", "require", "requires", "required", "requiring":
			s.marks |= markNeed
		case "here", "home", "domestically", "country", "nation", "ours":
			s.marks |= markHome
		case "says", "said", "saying", "stated", "stating", "assert", "asserts", "asserted", "asserting",
			"alleging", "claiming", "suggesting", "wrote", "writes", "tweeted", "posted", "insisted",
			"argued", "boasted", "boasts", "declared", "declares", "told", "tells", "responded", "replied",
			"countered", "retorted", "contended", "maintained", "added", "assertion", "assertions",
			"allegation", "allegations", "suggestion", "suggestions", "rumour", "rumours", "rumor",
			"rumors", "contention":
			s.marks |= markReport
		case "adjusted", "corrected":
			s.marks |= markAdjusted
		case "method", "methods", "methodology", "definition", "measure", "base", "series", "yardstick", "way", "formula":
			s.marks |= markDefinition
		}
	}
	for i := range s.vgs { // (by index: a copy of each group cost more than the test)
		if s.vgs[i].modal {
			s.marks |= markModal
		}
	}
	for j := range s.exprs {
		if r := s.exprs[j].Reason; r == timex.ReasonDecade || r == ReasonMonthSpan {
			s.marks |= markSpan // (periods' hook: a span no figure of the sentence may pass by)
		}
	}
	for j := 1; j < len(s.exprs); j++ {
		gap := ws[s.eLast[j-1]+1 : max(s.eFirst[j], s.eLast[j-1]+1)]
		if len(gap) == 1 && gap[0].lower == "and" && s.exprs[j].Period != "" {
			s.marks |= markDatesAnd
		}
		if seriesGap(gap) {
			s.marks |= markSeries
		}
	}
	for j := 1; j < len(s.ents) && s.marks&markSeries == 0; j++ {
		if s.ents[j].first > s.ents[j-1].last && seriesGap(ws[s.ents[j-1].last+1:s.ents[j].first]) {
			s.marks |= markSeries
		}
	}
}

// seriesGap reports the words between two items of a list: ",", "and", "or", ", and", ", or".
func seriesGap(gap []word) bool {
	switch len(gap) {
	case 1:
		return gap[0].lower == "," || gap[0].lower == "and" || gap[0].lower == "or"
	case 2:
		return gap[0].lower == "," && (gap[1].lower == "and" || gap[1].lower == "or")
	}
	return false
}

// wordMarks are kinds of words that questions every figure of a sentence asks need to find
// an answer: a sentence with none of a kind has its answer without reading the words near
// each figure. A kind that goes by a word's dictionary bases (hasLemma) lists every form of
// those bases in the dictionary.
type wordMarks uint64

const (
	markSame       wordMarks = 1 << iota // "same", "line", "unchanged": sameAsDate's markers
	markThan                             // "than" (thanYearsBefore)
	markTarget                           // a form of a noun of a target or its range (targetNoun)
	markPeak                             // a form of "peak", or a word of an extreme (peakOf)
	markBloc                             // a noun of a bloc (blocNoun)
	markEstimate                         // a form of a verb of estimateClauseAfter
	markModal                            // a modal verb group, or a modal conditionalModal reads
	markDivision                         // a noun of a division of a country (divisionNouns)
	markSpanAgo                          // "past", "last", "next", ... of "over the past three years" (spanOf)
	markDatesAnd                         // a date after another and "and" (coordinatedDates)
	markCondition                        // a word that may open a condition (hypothetical)
	markDenial                           // a form of "fail" or "failure", "unable", "short" (implicativeBefore)
	markThat                             // "that" (untrueThat)
	markFalsity                          // a word of falsity, of evidence or of claiming (rebutted)
	markAverage                          // a form of "average", "trend" or "norm" (averageOfSpan)
	markSeries                           // dates or names listed, or "quarters" (parallelPeriod, parallelEntity)
	markExclusion                        // a form of "exclude", "strip", "leave", "take", or "ex" (exclusionAround)
	markMeasured                         // "measured", "gauged" (measuredByOther)
	markBy                               // "by" (deadlineAhead)
	markAgent                            // a word of an agent or of estimating that agentSource reads
	markOfficial                         // "official", "reported" (officialPhrase, setAgainstOfficial)
	markImagined                         // an imperative of imagining, or "world" (imagined)
	markNeed                             // a form of "need" or "require" (needed)
	markHome                             // "here", "home", "domestically", "country", "nation", "ours" (homeOfFigure)
	markSpan                             // "decade(s)", or a date of a decade or a span of months (decadeRelative, frontedSpan)
	markOpined                           // a participle of putting or believing (agentlessEstimate)
	markReport                           // a word of saying or claiming (reportedFigure, reportedAfter)
	markAdjusted                         // "adjusted", "corrected" (adjustedForOther)
	markGroup                            // a plural noun of economies (groupOfEconomies)
	markDefinition                       // a noun of how a figure is counted (definitionNoun)
	markColon                            // ":" (dateBeforeColon)
	markUnder                            // "under" (underATenure)
	markYearOf                           // "year of" (yearOfAnEventInClause)
	markApology                          // "sorry", "correction" (selfCorrectedWithin)
	markOutdo                            // a form of a verb of outdoing (comparedTerm)
	markEarlier                          // an adverb of an earlier time (earlierTimeAdverbs: reportedFirst, firstReportedAfter)
	markPresent                          // a word of the present (presentWord: nowBefore)
	markPlural                           // "their", "they" (pluralPlaceAnaphor)
	markVersion                          // "version" (correctionNotice)
	markBreak                            // ";" or a dash: a break after a figure (answeredWithin, rebuttedAfterBreak)
	markWhich                            // "which" (answeredWithin)
	markMonthSpan                        // "to", "over", ... before a month: maybe a span of months (sameMonthSpan)
)

// marked reports words of the kind among the sentence's.
func (s *sentence) marked(kind wordMarks) bool {
	s.findMarkedWords()
	return s.marks&kind != 0
}

// monthSpanBefore notes a word that may join the two months of a span from a month to the same
// month, word i ("to", "over", "on", "through", "until"), before a month: what findMonthSpans
// needs to find one. Every inflation claim asks sameMonthSpan; most sentences name no month
// after such a word, and their words are not read again for months.
func (s *sentence) monthSpanBefore(i int) {
	if i+1 < len(s.words) {
		if _, ok := spanMonth(s.words[i+1].lower); ok {
			s.marks |= markMonthSpan
		}
	}
}

// spanBefore notes a span of years that starts right before word i, which ends it ("to",
// "ending", ...): "decade", or a single figure's last word.
func (s *sentence) spanBefore(i int) {
	if i == 0 {
		return
	}
	w := &s.words[i-1]
	if f := w.fig; w.lower == "decade" || f >= 0 && s.qLast[f] == i-1 && s.quants[f].ValueMax == nil {
		s.spanStarts = append(s.spanStarts, int32(i-1))
	}
}

// wordsWithin returns the words of ws, in the order they come, from word from to word to.
func wordsWithin(ws []int32, from, to int) []int32 {
	if len(ws) == 0 {
		return nil
	}
	lo := sort.Search(len(ws), func(i int) bool { return int(ws[i]) >= from })
	hi := sort.Search(len(ws), func(i int) bool { return int(ws[i]) > to })
	return ws[lo:max(lo, hi)]
}

// phraseOfFigure reports a phrase at word i that belongs to figure k: right after it ("1.3 pct
// so far this year", "2.8 pct in the first four months"), between its measure and it ("inflation
// over the first five months of this year to 2.0 pct"), or at the head of its clause with no
// other figure between ("So far this year, prices have risen 1.3 pct").
func (s *sentence) phraseOfFigure(i, k int, r *reading) bool {
	ws := s.words
	if i > s.qLast[k] {
		for j := s.qLast[k] + 1; j < i; j++ {
			if ws[j].tag != tagPrep && ws[j].tag != tagDet {
				return false
			}
		}
		return true
	}
	if i >= s.qFirst[k] || s.figureIn(i, s.qFirst[k], k) {
		return false
	}
	if r.np >= 0 && i >= s.nps[r.np].first {
		return true
	}
	from, _ := s.clauseOf(i)
	for j := from; j < i; j++ {
		if ws[j].tag != tagPrep && ws[j].tag != tagDet {
			return false
		}
	}
	return true
}

// soFarMonth is the month a figure of the year so far runs to: that of its date when the date
// names one ("the first two months of 1987"), else the latest month of that year the text gave
// a figure of the indicator for ("Consumer prices in February rose 0.3 pct. The total rate so
// far this year is 1.3 pct"), else the month before publication.
func (st *articleState) soFarMonth(s *sentence, d int, indicator, entity string) (string, bool) {
	year := ""
	if d >= 0 {
		e := s.exprs[d]
		if e.Precision == timex.Month || e.Precision == timex.Quarter || e.Precision == timex.Half {
			return e.Period, true // "the first three months of 1987" is its first quarter
		}
		if len(e.Period) >= 4 {
			year = e.Period[:4]
		}
	}
	pub := st.art.Published
	if year == "" && !pub.IsZero() {
		year = strconv.Itoa(pub.Year())
	}
	if p := st.lastPeriods[periodKey{indicator, entity}]; len(p) == 7 && p[4] == '-' && p[:4] == year {
		return p, true
	}
	if pub.IsZero() || year != strconv.Itoa(pub.Year()) || pub.Month() == time.January {
		return "", false
	}
	return pub.AddDate(0, -1, 0).Format("2006-01"), true
}

// coordinatedAfter returns how many figures the list headed by figure head holds.
func (st *articleState) coordinatedAfter(s *sentence, head int) int {
	return st.listSpanOf(s, head).n
}

// listSpan is a list of figures: how many it holds, and the index of its last.
type listSpan struct{ n, last int }

// listSpanOf returns the list headed by figure head, counted once per head: every figure of a
// long list asks.
func (st *articleState) listSpanOf(s *sentence, head int) listSpan {
	if len(s.listLen) != len(s.quants) {
		s.listLen = zeroed(s.listLen, len(s.quants))
	}
	if s.listLen[head].n > 0 {
		return s.listLen[head]
	}
	l := listSpan{1, head} // the head, and the figures coordinated with it after it
	for j := head + 1; j < len(s.quants); j++ {
		if jr := st.figureReading(s, j); jr != nil && jr.coordinated >= 0 {
			l.n, l.last = l.n+1, j
		} else if s.quants[j].Unit == s.quants[head].Unit {
			break
		}
	}
	s.listLen[head] = l
	return l
}

// parallelEntity reads a list of places paired in order with a list of figures: "Inflation
// rates in Germany and France were 2.4% and 2.2% respectively", "Growth in Poland, Hungary and
// Romania averaged 3.1%, 2.0% and 1.5%". It holds only when the two lists are as long.
//
// Places named after the list ("rose 2.1%, 2.5% and 2.9% in Germany, France and Italy
// respectively") pair the same way; when they are two or more but not as many as the figures,
// which place goes with which is not said, and no figure takes one ("" and true): the first
// place would go to every figure.
func (st *articleState) parallelEntity(s *sentence, k int, r *reading) (string, bool) {
	head, pos, n, last := st.listOf(s, k)
	if n < 2 {
		return "", false
	}
	if !s.marked(markSeries) {
		// no list of places after the figures: most sentences
	} else if m, e := s.seriesAfter(s.qLast[last], false, pos); m >= 2 {
		if m != n {
			return "", true
		}
		if code, ok := entityCode(s.ents[e]); ok {
			return code, true
		}
		return "", true
	}
	codes := s.placesBeforeList(head)
	if len(codes) == 0 {
		// "Their inflation rates were 5.2%, 6.9% and 8.2%": the places named before (list_pairing.go)
		return st.anaphorEntity(s, head, pos, n)
	}
	if len(codes) != n || pos >= len(codes) {
		return "", false
	}
	if s.periodSeriesOf(head, last) {
		return "", true // "France and Germany grew 2.5% and 1.8% in 2022 and 2023" (list_pairing.go)
	}
	return codes[pos].code, true
}

// listOf returns the list of coordinated figures that figure k belongs to: its head, k's place
// in it, how many figures it holds and the last of them. n < 2: k is in no list.
func (st *articleState) listOf(s *sentence, k int) (head, pos, n, last int) {
	head = k
	for head >= 0 && s.readings[head] != nil && s.readings[head].coordinated >= 0 {
		head, pos = s.readings[head].coordinated, pos+1
	}
	if head == k && s.readings[head] == nil {
		return head, 0, 0, k
	}
	l := st.listSpanOf(s, head)
	return head, pos, l.n, l.last
}

// seriesAfter reads a list of dates (dates) or of names right after word i, past a
// "respectively" and led by a preposition of place or time: "in 2022, 2023 and 2024",
// ", respectively, in Germany, France and Italy". It returns how many items the list holds (0
// when none stands there) and the index of item want (a date expression or a name match), or -1
// when the list is shorter. "between 2022 and 2024" is a span, no list.
func (s *sentence) seriesAfter(i int, dates bool, want int) (int, int) {
	ws := s.words
	j := i + 1
	for j < len(ws) && (ws[j].lower == "respectively" || ws[j].lower == ",") {
		j++
	}
	if j >= len(ws) || !seriesPrep(&ws[j]) {
		return 0, -1
	}
	return s.seriesAt(j+1, dates, want)
}

// seriesPrep reports a preposition that leads a list of places or periods an item of a list of
// figures is of; "between" and "from" lead a span, "than" a comparison.
func seriesPrep(w *word) bool {
	if w.tag != tagPrep {
		return false
	}
	switch w.lower {
	case "in", "for", "during", "over", "across":
		return true
	}
	return false
}

// seriesAt reads a list of dates or names that starts at word j, each joined to the one before
// by a comma, "and" or "or" (", and" too).
func (s *sentence) seriesAt(j int, dates bool, want int) (int, int) {
	ws := s.words
	m, idx, first := 0, -1, -1
	for j < len(ws) {
		item, end := -1, j
		if dates && ws[j].date >= 0 {
			item, end = ws[j].date, s.eLast[ws[j].date]
			e := s.exprs[item]
			if e.Period == "" || first >= 0 && e.Precision != s.exprs[first].Precision {
				break // "in 2023, the first quarter": no list of like periods
			}
		} else if !dates && ws[j].ent >= 0 {
			item, end = ws[j].ent, s.ents[ws[j].ent].last
		}
		if item < 0 {
			break
		}
		if m == want {
			idx = item
		}
		if first < 0 {
			first = item
		}
		m++
		j = end + 1
		if j < len(ws) && ws[j].lower == "," {
			j++
		}
		if j < len(ws) && (ws[j].lower == "and" || ws[j].lower == "or") {
			j++
		}
	}
	return m, idx
}

// entsFrom returns the names among ms (in the order they start) that start at word first or
// after it: a figure asks about its own stretch of a sentence, which may name dozens.
func entsFrom(ms []match, first int) []match {
	return ms[sort.Search(len(ms), func(i int) bool { return ms[i].first >= first }):]
}
