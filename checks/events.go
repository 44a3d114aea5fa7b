package checks

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/reference"
)

var eventVerbs = map[string]string{
	"sanctions_imposed":        "imposed sanctions on %s on %s",
	"sanctions_extended_until": "extended its sanctions on %s until %s",
	"sanctions_lifted":         "lifted sanctions on %s on %s",
}

func isEventIndicator(indicator string) bool {
	_, ok := eventVerbs[indicator]
	return ok
}

// jurisdictionCodes lets "US" in a hand-kept table meet "USA" from extraction.
var jurisdictionCodes = map[string]string{"US": "USA", "EU": "EUU", "UK": "GBR", "GB": "GBR"}

func sameJurisdiction(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToUpper(strings.TrimSpace(s))
		if code, ok := jurisdictionCodes[s]; ok {
			return code
		}
		return s
	}
	return norm(a) == norm(b)
}

// dateSpan is a closed range of days.
type dateSpan struct{ from, to time.Time }

func (s dateSpan) overlaps(o dateSpan) bool { return !s.to.Before(o.from) && !o.to.Before(s.from) }

// distanceDays is 0 for overlapping spans, else the days between their nearest ends.
func (s dateSpan) distanceDays(o dateSpan) int {
	switch {
	case s.overlaps(o):
		return 0
	case s.to.Before(o.from):
		return int(o.from.Sub(s.to).Hours() / 24)
	}
	return int(s.from.Sub(o.to).Hours() / 24)
}

// periodSpan reads a period at its own precision: "2014" is every day of 2014, "2026-03" every
// day of March 2026, "2014-Q2" April to June, "2026-03-06" that day.
func periodSpan(period string) (dateSpan, bool) {
	year := func(s string) (int, bool) {
		y, err := strconv.Atoi(s)
		return y, err == nil && len(s) == 4
	}
	months := func(y, from, n int) dateSpan {
		start := time.Date(y, time.Month(from), 1, 0, 0, 0, 0, time.UTC)
		return dateSpan{start, start.AddDate(0, n, -1)}
	}
	period = strings.TrimPrefix(period, "FY")
	switch {
	case len(period) == 4:
		if y, ok := year(period); ok {
			return months(y, 1, 12), true
		}
	case len(period) == 7 && period[4] == '-' && (period[5] == 'Q' || period[5] == 'H'):
		y, ok := year(period[:4])
		n, err := strconv.Atoi(period[6:])
		if !ok || err != nil {
			break
		}
		if period[5] == 'Q' && n >= 1 && n <= 4 {
			return months(y, 3*n-2, 3), true
		}
		if period[5] == 'H' && n >= 1 && n <= 2 {
			return months(y, 6*n-5, 6), true
		}
	case len(period) == 7:
		if t, err := time.Parse("2006-01", period); err == nil {
			return months(t.Year(), int(t.Month()), 1), true
		}
	case len(period) == 10:
		if t, err := time.Parse(dateLayout, period); err == nil {
			return dateSpan{t, t}, true
		}
	}
	return dateSpan{}, false
}

// eventSpan reads an event's date at the precision the table records for it.
func eventSpan(e reference.Event) (dateSpan, bool) {
	date := e.Date
	switch e.Precision {
	case "year":
		if len(date) >= 4 {
			date = date[:4]
		}
	case "month":
		if len(date) >= 7 {
			date = date[:7]
		}
	}
	return periodSpan(date)
}

// judgeEvent judges a dated claim about sanctions against the events the table records,
// at the claim's precision: "2014" matches any event date in 2014, "2026-03" any day of that
// month, "2026-03-06" that day. Only events announced by the article's date (and AsOf) count:
// an extension announced later cannot be what the article reported. Events of the claim's
// jurisdiction decide; when it has none of the type, another jurisdiction's event may
// confirm the claim but never condemns it. With events but no match the verdict is
// inconsistent and the reference is the nearest event.
//
// The timeline holds packages, executive orders and main decisions, not every decision, so a
// date it lacks is no evidence that nothing was imposed then: a claimed event that matches no
// recorded one is no_reference. It is inconsistent only where the timeline contradicts it: a
// claim of the first sanctions (Qualifier "first") whose date is not that of the first event
// the jurisdiction's timeline holds, or an extension whose renewal round the table holds.
//
// A claim of several jurisdictions ("The EU and the US imposed ...", Jurisdiction "EUU+USA")
// is judged against each, and the worst verdict stands.
func (j *judgement) judgeEvent(ref Reference) (Result, error) {
	if parts := strings.Split(j.claim.Jurisdiction, "+"); len(parts) > 1 {
		return j.judgeEventOfEach(ref, parts)
	}
	return j.judgeEventOf(ref)
}

// verdictWeight orders verdicts from the best to the worst for a claim of several parties.
var verdictWeight = map[string]int{Consistent: 0, Revised: 1, Unchecked: 2, NoReference: 3, Outdated: 4, Inconsistent: 5}

// judgeEventOfEach judges the claim for each jurisdiction it names and returns the worst
// verdict, with every jurisdiction's explanation.
func (j *judgement) judgeEventOfEach(ref Reference, parts []string) (Result, error) {
	whole := j.claim
	defer func() { j.claim = whole }()
	var worst Result
	var explanations []string
	for i, part := range parts {
		j.claim = whole
		j.claim.Jurisdiction = part
		res, err := j.judgeEventOf(ref)
		if err != nil {
			return Result{Claim: whole}, err
		}
		explanations = append(explanations, res.Explanation)
		if i == 0 || verdictWeight[res.Verdict] > verdictWeight[worst.Verdict] {
			worst = res
		}
	}
	worst.Claim = whole
	worst.Explanation = strings.Join(explanations, " ")
	return worst, nil
}

func (j *judgement) judgeEventOf(ref Reference) (Result, error) {
	c := &j.claim
	if why := missingLink(c); why != "" {
		return j.unchecked(ReasonUnlinked, why), nil
	}
	claimed, ok := periodSpan(c.Period)
	if !ok {
		return j.unchecked(ReasonEventDate, fmt.Sprintf("Not checked: the period %q is not a date the table can be searched by.", c.Period)), nil
	}
	all, err := ref.Events(c.Entity, c.Indicator)
	if err != nil {
		return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
	}

	var known []reference.Event
	for _, e := range all {
		if j.eventKnown(e) {
			known = append(known, e)
		}
	}
	// With no jurisdiction read, every event may confirm the claim and none condemns it:
	// another regime's dates say nothing of the one the article meant.
	var own, others []reference.Event
	for _, e := range known {
		if c.Jurisdiction != "" && sameJurisdiction(c.Jurisdiction, e.Jurisdiction) {
			own = append(own, e)
		} else {
			others = append(others, e)
		}
	}

	if c.Qualifier == "first" && c.Indicator == "sanctions_imposed" {
		if res, ok := j.judgeFirstEvent(own, others, claimed); ok {
			return res, nil
		}
	}
	if e, ok := nearestEvent(own, claimed); ok && e.distance == 0 {
		res := j.eventReference(e.event)
		res.Verdict = Consistent
		res.Explanation = j.describeEvent(e.event) + ", which matches the claim's " + periodName(c.Period) + "."
		return res, nil
	}
	if len(own) == 0 {
		// Another jurisdiction's event may confirm a claim whose jurisdiction was read
		// wrongly, but never condemns one.
		if e, ok := nearestEvent(others, claimed); ok && e.distance == 0 {
			res := j.eventReference(e.event)
			res.Verdict = Consistent
			res.Explanation = j.describeEvent(e.event) + ", which matches the claim's " + periodName(c.Period) + "."
			if c.Jurisdiction != "" {
				res.Explanation = strings.TrimSuffix(res.Explanation, ".") +
					" (the table has no such event by " + entityName(c.Jurisdiction, j.opts.Names) + ")."
			}
			return res, nil
		}
		if c.Jurisdiction == "" && len(others) > 0 {
			return Result{Claim: *c, Verdict: NoReference, Reason: ReasonNoEvent, Explanation: fmt.Sprintf(
				"No reference: the claim does not say who %s, and no event in the table against %s matches its %s%s.",
				eventDoer[c.Indicator], entityName(c.Entity, j.opts.Names), periodName(c.Period), j.knownByClause())}, nil
		}
		return Result{Claim: *c, Verdict: NoReference, Reason: ReasonNoEvent, Explanation: fmt.Sprintf(
			"No reference: the table records no %s%s against %s%s.", IndicatorName(c.Indicator),
			j.byJurisdiction(), entityName(c.Entity, j.opts.Names), j.knownByClause())}, nil
	}

	e, _ := nearestEvent(own, claimed)
	if c.Indicator == "sanctions_extended_until" && !j.renewalCycleKnown(own, claimed) {
		res := j.eventReference(e.event)
		res.Verdict, res.Reason = NoReference, ReasonNoEvent
		res.Explanation = fmt.Sprintf("No reference: the table holds no renewal%s of the sanctions on %s near the claim's %s%s (the nearest runs until %s, announced %s).",
			j.byJurisdiction(), entityName(c.Entity, j.opts.Names), periodName(c.Period), j.knownByClause(), e.event.Date, e.event.Announced)
		return res, nil
	}
	if before, after, ok := withinRunOfMeasures(own, claimed); ok && c.Indicator != "sanctions_extended_until" {
		res := j.eventReference(e.event)
		res.Verdict, res.Reason = NoReference, ReasonNoEvent
		res.Explanation = fmt.Sprintf("No reference: the table records %s%s against %s on %s and on %s, a run of measures less than %d days apart, and not every decision of such a run: the claim's %s may be one it lacks.",
			IndicatorName(c.Indicator), j.byJurisdiction(), entityName(c.Entity, j.opts.Names), before.Date, after.Date, maxDaysWithinRun+1, periodName(c.Period))
		return res, nil
	}
	res := j.eventReference(e.event)
	if c.Indicator != "sanctions_extended_until" {
		// The timeline is not complete: a date it lacks may be a decision it does not hold
		// (a designation under an existing order, a listing between packages).
		res.Verdict, res.Reason = NoReference, ReasonNoEvent
		res.Explanation = fmt.Sprintf("No reference: the sanctions timeline holds no event%s in the claim's %s%s, and it records packages, orders and main decisions, not every decision (the nearest: %s).",
			j.byJurisdiction(), periodName(c.Period), j.knownByClause(), strings.TrimPrefix(j.describeEvent(e.event), "Per "))
		return res, nil
	}
	res.Verdict = Inconsistent
	res.Explanation = fmt.Sprintf("%s; the claim's %s matches no such event%s%s.",
		j.describeEvent(e.event), periodName(c.Period), j.byJurisdiction(), j.knownByClause())
	return res, nil
}

// judgeFirstEvent judges a claim of the first sanctions ("Sanctions were first imposed in
// 2022") against the first event of each jurisdiction's timeline: it holds when the first of
// the claim's jurisdiction (of any, when it names none) falls in the claimed period, and is
// contradicted otherwise. A claim of a jurisdiction the table holds no event of is not
// judged here.
func (j *judgement) judgeFirstEvent(own, others []reference.Event, claimed dateSpan) (Result, bool) {
	c := &j.claim
	events := own
	if c.Jurisdiction == "" {
		events = others
	}
	if len(events) == 0 {
		return Result{}, false
	}
	firsts := map[string]reference.Event{}
	var order []string
	for _, e := range events {
		key := strings.ToUpper(e.Jurisdiction)
		if f, ok := firsts[key]; !ok || e.Date < f.Date {
			if !ok {
				order = append(order, key)
			}
			firsts[key] = e
		}
	}
	var earliest reference.Event
	for i, key := range order {
		f := firsts[key]
		if span, ok := eventSpan(f); ok && span.overlaps(claimed) {
			res := j.eventReference(f)
			res.Verdict = Consistent
			res.Explanation = j.describeEvent(f) + ", the first such event the timeline holds, which matches the claim's " + periodName(c.Period) + "."
			return res, true
		}
		if i == 0 || f.Date < earliest.Date {
			earliest = f
		}
	}
	res := j.eventReference(earliest)
	res.Verdict = Inconsistent
	res.Explanation = fmt.Sprintf("%s, the first such event the timeline holds; the claim's %s is not the date of the first sanctions%s%s.",
		j.describeEvent(earliest), periodName(c.Period), j.byJurisdiction(), j.knownByClause())
	return res, true
}

// maxDaysWithinRun is the longest gap between two recorded measures of one jurisdiction
// against one target that still makes them one run: a month.
const maxDaysWithinRun = 30

// withinRunOfMeasures finds the recorded events just before and just after the claimed date
// when they are at most maxDaysWithinRun apart. The table records sanctions by their packages
// and main decisions: the EU's of 23 and 25 February and 2 March 2022, not the decisions of
// 28 February between them (the central bank's assets, the airspace). A date inside such a run
// may be a decision the table lacks; a date outside any run is judged.
func withinRunOfMeasures(events []reference.Event, claimed dateSpan) (before, after reference.Event, ok bool) {
	var lastBefore, firstAfter dateSpan
	found := 0
	for _, e := range events {
		span, spanOK := eventSpan(e)
		if !spanOK {
			continue
		}
		switch {
		case span.to.Before(claimed.from) && (found&1 == 0 || span.to.After(lastBefore.to)):
			before, lastBefore, found = e, span, found|1
		case claimed.to.Before(span.from) && (found&2 == 0 || span.from.Before(firstAfter.from)):
			after, firstAfter, found = e, span, found|2
		}
	}
	if found != 3 {
		return before, after, false
	}
	return before, after, firstAfter.from.Sub(lastBefore.to).Hours()/24 <= maxDaysWithinRun
}

// eventDoer says who the claim leaves unnamed, for explanations.
var eventDoer = map[string]string{
	"sanctions_imposed":        "imposed the sanctions",
	"sanctions_extended_until": "extended the sanctions",
	"sanctions_lifted":         "lifted the sanctions",
}

// renewalCycleKnown reports whether the table knows the renewal an extension claim is about:
// one announced shortly before the article, or one that runs until a date within half a year
// of the claimed one. Sanctions are renewed every six or twelve months and the table may lack
// the latest round; a claimed date matching no renewal of a round the table does not hold is
// no evidence against the article.
func (j *judgement) renewalCycleKnown(events []reference.Event, claimed dateSpan) bool {
	const recentDays, cycleDays = 120, 180
	for _, e := range events {
		if !j.published.IsZero() && e.Announced != "" {
			if announced, err := time.Parse(dateLayout, e.Announced); err == nil {
				if age := j.published.Sub(announced).Hours() / 24; age >= 0 && age <= recentDays {
					return true
				}
			}
		}
		if span, ok := eventSpan(e); ok && claimed.distanceDays(span) <= cycleDays {
			return true
		}
	}
	return false
}

// eventKnown reports whether an event had been announced by the article's date and AsOf: an
// extension announced after publication cannot be what the article reported.
func (j *judgement) eventKnown(e reference.Event) bool {
	announced := e.Announced
	if announced == "" && e.Type != "sanctions_extended_until" {
		announced = e.Date
	}
	if announced == "" {
		return true
	}
	if !j.published.IsZero() && announced > j.publishedDay() {
		return false
	}
	return j.releaseKnown(announced)
}

type eventDistance struct {
	event    reference.Event
	distance int
}

// nearestEvent finds the event closest to the claimed span; ties go to the earlier event.
func nearestEvent(events []reference.Event, claimed dateSpan) (eventDistance, bool) {
	best, found := eventDistance{}, false
	for _, e := range events {
		span, ok := eventSpan(e)
		if !ok {
			continue
		}
		d := claimed.distanceDays(span)
		if !found || d < best.distance || (d == best.distance && e.Date < best.event.Date) {
			best, found = eventDistance{e, d}, true
		}
	}
	return best, found
}

func (j *judgement) eventReference(e reference.Event) Result {
	source := e.Source
	if source == "" {
		source = e.Jurisdiction
	}
	return Result{
		Claim:      j.claim,
		RefPeriod:  e.Date,
		RefSource:  source,
		RefRelease: e.Announced,
		RefURL:     e.SourceURL,
	}
}

// describeEvent: "Per Federal Register (announced 2025-02-27), USA extended its sanctions on
// Russia until 2026-03-06 (Notice of continuation)".
func (j *judgement) describeEvent(e reference.Event) string {
	source := e.Source
	if source == "" {
		source = "the sanctions timeline"
	}
	per := "Per " + source
	if e.Announced != "" && e.Announced != e.Date {
		per += " (announced " + e.Announced + ")"
	}
	text := fmt.Sprintf("%s, %s "+eventVerbs[e.Type], per, entityName(e.Jurisdiction, j.opts.Names),
		entityName(e.Target, j.opts.Names), e.Date)
	if e.Instrument != "" {
		text += " (" + e.Instrument + ")"
	}
	return text
}

func (j *judgement) byJurisdiction() string {
	if j.claim.Jurisdiction == "" {
		return ""
	}
	return " by " + entityName(j.claim.Jurisdiction, j.opts.Names)
}

func (j *judgement) knownByClause() string {
	var limits []string
	if !j.published.IsZero() {
		limits = append(limits, "announced by the article's date ("+j.publishedDay()+")")
	}
	if !j.opts.AsOf.IsZero() {
		limits = append(limits, "as of "+j.asOfDay())
	}
	if len(limits) == 0 {
		return ""
	}
	return " " + strings.Join(limits, ", ")
}
