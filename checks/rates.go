package checks

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// Policy rates are judged like events: the table holds each change of a central bank's rate
// on its date (a figure of policy_rate whose period is the day, or the month where the source
// gives no day), and a claim is checked for both its rate and its date at the claim's
// precision. "Raised rates to 5.25% in August 2023" needs a change to 5.25% in August 2023;
// "rates are at 5.25%" needs 5.25% to have been the rate at some time in the claimed period.

// decisionWords mark a sentence that reports a change of the rate rather than its level.
// Extraction does not yet mark rate decisions on the claim (see the notes of issue 13).
var decisionWords = []string{"raise", "raising", "hike", "hiking", "increase", "increasing", "lift",
	"cut", "lower", "reduce", "reducing", "slash", "trim"}

// holdWords mark a sentence that reports a rate left where it was.
var holdWords = []string{"held", "hold", "kept", "keep", "left", "leave", "unchanged", "maintain", "steady", "on hold"}

// rateDecision is one change of the rate, with the period it covers until the next change.
type rateDecision struct {
	obs      reference.Observation
	span     dateSpan // from the day of the change to the day before the next known change
	previous *float64 // the rate before, when the table holds it
	last     bool     // the latest change known by the article's date
	// dealing and previousDealing: the rate (and the one before) is the Bank's band-1
	// dealing rate, not a policy rate it announced (see baseRateOf).
	dealing, previousDealing bool
}

// dealingRateName is how the Bank of England's series names its rate from 20 August 1981 to
// 5 May 1997 (rate_name in data/reference/boe-bank-rate): with Minimum Lending Rate suspended,
// the Bank announced no single policy rate; it steered the money market through the rates at
// which it dealt in bills, and the series holds the minimum band 1 dealing rate (9.875, 14.875,
// 5.875). News of the era quoted the clearing banks' base rates, which followed the dealing rate
// the same or the next working day, in whole, half and quarter points, at or up to a quarter
// point above it (an eighth as a rule: 15% base rates over 14 7/8 on 5 October 1989, 6% over
// 5 7/8 on 26 January 1993; a sixteenth in 1996; a quarter in 1989's 14% over 13 3/4).
const dealingRateName = "Minimum band 1 dealing rate"

func isDealingRate(o reference.Observation) bool { return strings.HasPrefix(o.Label, dealingRateName) }

// baseRateOf reports whether a claimed rate is what the banks' base rate stood at over a
// dealing rate: a quarter point (or a whole multiple of one) at or up to a quarter point above
// it. A claim far from the dealing rate still matches nothing.
func baseRateOf(dealing float64, iv interval) bool {
	const eps = 1e-6
	for q := math.Ceil((dealing-eps)*4) / 4; q <= dealing+0.25+eps; q += 0.25 {
		if iv.contains(q) {
			return true
		}
	}
	return false
}

// matchesRate reports whether a claimed rate is the rate a change set: exactly, or, in the
// dealing-rate era, as the banks' base rate over it.
func (d rateDecision) matchesRate(iv interval) bool {
	return iv.contains(d.obs.Value) || d.dealing && baseRateOf(d.obs.Value, iv)
}

// matchesPrevious is matchesRate for the rate before the change.
func (d rateDecision) matchesPrevious(iv interval) bool {
	return d.previous != nil && (iv.contains(*d.previous) || d.previousDealing && baseRateOf(*d.previous, iv))
}

// nextMatches reports whether the change after d set the claimed rate.
func nextMatches(decisions []rateDecision, d rateDecision, iv interval) bool {
	for i := range decisions {
		if decisions[i].obs.Period == d.obs.Period && i+1 < len(decisions) {
			return decisions[i+1].matchesRate(iv)
		}
	}
	return false
}

// previousWorkingDay is the working day before a day (Friday before a Monday).
func previousWorkingDay(day time.Time) time.Time {
	day = day.AddDate(0, 0, -1)
	for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
		day = day.AddDate(0, 0, -1)
	}
	return day
}

// judgePolicyRate judges a policy rate claim against the changes the table holds that were
// announced by the article's date (and Options.AsOf).
func (j *judgement) judgePolicyRate(ref Reference) (Result, error) {
	c := &j.claim
	if why := missingLink(c); why != "" {
		return j.unchecked(ReasonUnlinked, why), nil
	}
	if c.Kind == extract.KindForecast {
		return j.unchecked(ReasonNoProjection, "Not checked: a forecast of a policy rate, and the table holds the changes made, not those expected."), nil
	}
	if c.Unit != extract.UnitPercent {
		return j.unchecked(ReasonIncomparable, fmt.Sprintf("Not checked: a policy rate is a percentage, and the claim's number is in %s.", orNone(c.Unit))), nil
	}
	claimed, ok := periodSpan(c.Period)
	if !ok {
		return j.unchecked(ReasonEventDate, fmt.Sprintf("Not checked: the period %q is not a date the table can be searched by.", c.Period)), nil
	}
	all, ok, err := historyOf(ref, c.Entity, c.Indicator)
	if err != nil {
		return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
	}
	if !ok {
		return Result{Claim: *c, Verdict: NoReference, Reason: ReasonNoFigure, Explanation: "No reference: the table cannot list policy-rate changes."}, nil
	}
	decisions := j.knownDecisions(all)
	if len(decisions) == 0 {
		return Result{Claim: *c, Verdict: NoReference, Reason: ReasonNoEvent, Explanation: fmt.Sprintf(
			"No reference: the table holds no changes of %s%s.", j.rateName(), j.knownByClause())}, nil
	}
	iv := rateInterval(c, j.opts)
	read, at := j.sentence()
	decision, hold := read.rateWords()
	wantsChange := decision && !hold && !statesLevel(read.lower, at, len(c.Quote))

	var inForce, changed []rateDecision
	for _, d := range decisions {
		if d.span.overlaps(claimed) {
			inForce = append(inForce, d)
			if span, ok := periodSpan(d.obs.Period); ok && span.overlaps(claimed) {
				changed = append(changed, d)
			}
		}
	}
	oneDay := claimed.from.Equal(claimed.to)
	if oneDay && len(changed) == 0 {
		// The banks moved base rates the day the dealing rate moved or the next working day:
		// "base rates were cut to 9.5% today" (29 April 1987) over the dealing rate's cut of
		// the 28th.
		before := previousWorkingDay(claimed.from)
		for _, d := range decisions {
			if span, ok := periodSpan(d.obs.Period); ok && d.dealing && !span.from.Before(before) && span.from.Before(claimed.from) {
				changed = append(changed, d)
			}
		}
	}
	afterMeeting := false
	if oneDay && len(changed) == 0 && wantsChange && datedByMeeting(read.lower, claimed.from) {
		// "At its meeting ending on 31 July 2024, the MPC voted ... to reduce Bank Rate ... to
		// 5%": the change announced the day the meeting ended or the next working day.
		next := nextWorkingDay(claimed.from)
		for _, d := range decisions {
			if span, ok := periodSpan(d.obs.Period); ok && span.from.After(claimed.from) && !span.from.After(next) {
				changed, afterMeeting = append(changed, d), true
			}
		}
	}
	if c.Kind == extract.KindPrevious {
		// "raised rates to 5.25% from 5%": the 5% is the rate the change in the period left.
		for _, d := range changed {
			if d.matchesPrevious(iv) {
				why := fmt.Sprintf("Per %s, %s was %s, matching the claim's earlier rate of %s.", d.obs.Source,
					j.rateName(), j.describeChange(d), j.claimText())
				if !iv.contains(*d.previous) {
					why = strings.TrimSuffix(why, ".") + " as the banks' base rate over the Bank's band-1 dealing rate."
				}
				return j.previousRateMatched(d, why), nil
			}
		}
		wantsChange = false // else the rate in force in the period
	}
	candidates := inForce
	if wantsChange {
		candidates = changed
	}
	for _, d := range candidates {
		if d.matchesRate(iv) {
			res := j.rateReference(d)
			res.Verdict = Consistent
			what := j.describeLevel(d)
			if wantsChange {
				what = "was " + j.describeChange(d)
			}
			res.Explanation = fmt.Sprintf("Per %s, %s %s, matching the claim's %s %s.", d.obs.Source, j.rateName(), what,
				j.claimText(), j.inPeriod())
			if afterMeeting && !d.span.from.Equal(claimed.from) {
				res.Explanation = strings.TrimSuffix(res.Explanation, ".") + ", the day the meeting that decided it ended (a decision is announced that day or the next working day)."
			}
			if !iv.contains(d.obs.Value) {
				res.Explanation = fmt.Sprintf("Per %s, %s %s, which the claim's %s %s matches as the banks' base rate: from 1981 to 1997 the Bank announced no single policy rate, and base rates stood at or up to a quarter point above its band-1 dealing rate.",
					d.obs.Source, j.rateName(), what, j.claimText(), j.inPeriod())
			}
			return res, nil
		}
	}
	if !wantsChange && !oneDay && sinceWhen(read.lower, at) {
		// "the sixth reduction since August 2024, when Bank Rate stood at 5.25pc": the month
		// a run of changes is counted from is told by the rate its first change left (blind
		// round 286: judged against August's 5% only); "at the end of August 2024" is not
		for _, d := range changed {
			if d.matchesPrevious(iv) {
				return j.previousRateMatched(d, fmt.Sprintf("Per %s, %s was %s, within the claim's period: the claim's %s %s matches the rate before that change.",
					d.obs.Source, j.rateName(), j.describeChange(d), j.claimText(), j.inPeriod())), nil
			}
		}
	}
	if wantsChange && oneDay && len(changed) == 0 && len(inForce) > 0 && inForce[0].dealing && !inForce[0].matchesRate(iv) &&
		!nextMatches(decisions, inForce[0], iv) {
		// The dealing rate is the rate the Bank's operations settled at; a rate announced and
		// withdrawn within the day (Minimum Lending Rate of 12% and 15% on 16 September 1992)
		// left no trace in it. Such a rate was never in force: a claimed rate that is the one in
		// force that day, or the one the next change set, is a change dated wrongly, and stays
		// judged.
		res := j.rateReference(inForce[0])
		res.Verdict, res.Reason = NoReference, ReasonNoEvent
		res.Explanation = fmt.Sprintf("No reference: per %s, %s %s; from 1981 to 1997 the table holds the Bank's band-1 dealing rate as each change left it, not every rate announced (one announced and withdrawn the same day leaves no trace), so the claim's %s %s is not judged.",
			inForce[0].obs.Source, j.rateName(), j.describeLevel(inForce[0]), j.claimText(), j.inPeriod())
		return res, nil
	}

	if latest := j.latestChange(all); claimed.to.After(latest) {
		// Past the latest change the table holds, later changes may be missing.
		last := decisions[len(decisions)-1]
		res := j.rateReference(last)
		res.Verdict, res.Reason = NoReference, ReasonNoEvent
		res.Explanation = fmt.Sprintf("No reference: the latest change of %s the table holds is %s; later changes may be missing, so the claim's %s %s is not judged.",
			j.rateName(), j.describeChange(last), j.claimText(), j.inPeriod())
		return res, nil
	}

	// The reference is the change in the claimed period, else the rate in force then.
	var said []string
	shown := inForce
	if wantsChange && len(changed) > 0 {
		shown = changed
	}
	if len(shown) == 0 {
		shown = []rateDecision{nearestDecision(decisions, claimed)}
	}
	for _, d := range shown {
		if wantsChange && len(changed) > 0 {
			said = append(said, j.describeChange(d))
		} else {
			said = append(said, j.describeLevel(d))
		}
	}
	source := shown[0].obs.Source
	var explanation string
	switch {
	case wantsChange && len(changed) == 0:
		explanation = fmt.Sprintf("Per %s, %s was not changed %s: it %s; the claim's %s matches no change then",
			source, j.rateName(), j.inPeriod(), strings.Join(said, "; "), j.claimText())
	case wantsChange:
		explanation = fmt.Sprintf("Per %s, %s was %s; the claim's %s %s matches no change then",
			source, j.rateName(), joinWords(said), j.claimText(), j.inPeriod())
	default:
		explanation = fmt.Sprintf("Per %s, %s %s; the claim's %s %s matches no rate in force then",
			source, j.rateName(), joinWords(said), j.claimText(), j.inPeriod())
	}
	if d, ok := nearestWithRate(decisions, claimed, iv); ok {
		explanation += "; it was " + j.describeChange(d)
	}
	res := j.rateReference(shown[len(shown)-1])
	res.Verdict = Inconsistent
	res.Explanation = explanation + "."
	return res, nil
}

// stateVerbs say that a rate stood at a level: "when they stood at 0.1%", "rates were 5%",
// "had been at 0.5%".
var stateVerbs = []string{"stood", "stand", "stands", "standing", "was", "were", "is", "are", "been", "sat", "sit", "sits"}

// clauseWords end the clause a figure is in, looking back from it: a relative or adverbial
// clause ("..., when they stood at 0.1%") or a coordinated one ("and they now stand at 5%").
var clauseWords = []string{"when", "while", "whereas", "where", "which", "and", "but"}

// previousRateMatched is the consistent result of a claim that matches the rate change d
// replaced, explained by why.
func (j *judgement) previousRateMatched(d rateDecision, why string) Result {
	res := j.rateReference(d)
	delta := claimDelta(&j.claim, *d.previous)
	res.RefValue, res.Delta = d.previous, &delta
	res.Verdict, res.Explanation = Consistent, why
	return res
}

// sinceWhen reports a figure at offset at of a lower-cased sentence in a when-clause that
// follows "since", with no stop or semicolon between: "the sixth reduction since August 2024,
// when Bank Rate stood at 5.25pc". (The claim's own period is the month: the caller asks
// only of a period of more than a day.)
func sinceWhen(lower string, at int) bool {
	if at < 0 || at > len(lower) {
		return false
	}
	w := strings.LastIndex(lower[:at], ", when ")
	if w < 0 {
		return false
	}
	s := strings.LastIndex(lower[:w], "since ")
	return s >= 0 && !strings.ContainsAny(lower[s:w], ";.")
}

// statesLevel reports whether the clause of a figure (from the clause's start to the end of the
// quote) states a level in force, with a verb of state and no verb of change or hold of its
// own: "The Bank raised rates to 5.25%, the 14th increase since December 2021, when they stood
// at 0.1%" speaks of a change, but its 0.1% is the rate in force in December 2021. A figure
// whose clause has no verb of state ("raised rates to 5.25%", "and then to 15%") or one of
// change ("were cut to 6%") keeps the sentence's reading.
func statesLevel(lower string, at, quoteLen int) bool {
	if at < 0 || quoteLen < 0 || at > len(lower) || quoteLen > len(lower)-at {
		return false
	}
	end := at + quoteLen
	start := 0
	for i := end - 1; i >= 0; i-- {
		if ch := lower[i]; ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' {
			start = i + 1
			break
		}
		if strings.HasPrefix(lower[i:], "–") || strings.HasPrefix(lower[i:], "—") || strings.HasPrefix(lower[i:], " - ") {
			start = i + 1
			break
		}
		if (i == 0 || !isLowerLetter(lower[i-1])) && wordAt(lower, i, clauseWords) {
			start = i
			break
		}
	}
	clause := lower[start:end]
	hasState := false
	for i := 0; i < len(clause); i++ {
		if (i == 0 || !isLowerLetter(clause[i-1])) && wordAt(clause, i, stateVerbs) {
			hasState = true
			break
		}
	}
	return hasState && !mentionsAny(clause, decisionWords) && !mentionsAny(clause, holdWords)
}

// wordAt reports whether one of the words starts text at i as a whole word.
func wordAt(text string, i int, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(text[i:], w) && (i+len(w) == len(text) || !isLowerLetter(text[i+len(w)])) {
			return true
		}
	}
	return false
}

// latestChange is the day of the latest change the table holds (as of AsOf, whatever the
// article's date): the table can speak for no day after it.
func (j *judgement) latestChange(all []reference.Observation) time.Time {
	var latest time.Time
	for _, o := range all {
		if obsKind(o) != kindActual || !j.releaseKnown(o.Release) {
			continue
		}
		if span, ok := periodSpan(o.Period); ok && span.from.After(latest) {
			latest = span.from
		}
	}
	return latest
}

// knownDecisions orders the changes known by the article's date and AsOf, and gives each the
// span until the next one.
func (j *judgement) knownDecisions(all []reference.Observation) []rateDecision {
	var known []reference.Observation
	for _, o := range all {
		if obsKind(o) != kindActual || !j.releaseKnown(o.Release) {
			continue
		}
		if !j.published.IsZero() && o.Release > j.publishedDay() {
			continue
		}
		known = append(known, o)
	}
	sort.SliceStable(known, func(a, b int) bool { return known[a].Period < known[b].Period })
	decisions := make([]rateDecision, 0, len(known))
	for i, o := range known {
		start, ok := periodSpan(o.Period)
		if !ok {
			continue
		}
		d := rateDecision{obs: o, span: dateSpan{from: start.from, to: farFuture}}
		if i+1 < len(known) {
			if next, ok := periodSpan(known[i+1].Period); ok {
				d.span.to = next.from.AddDate(0, 0, -1)
			}
		}
		if i > 0 {
			before := known[i-1].Value
			d.previous = &before
			d.previousDealing = isDealingRate(known[i-1])
		}
		d.dealing = isDealingRate(o)
		decisions = append(decisions, d)
	}
	if len(decisions) > 0 {
		decisions[len(decisions)-1].last = true
	}
	return decisions
}

var farFuture = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// nearestDecision is the change in force at the claimed span's start, else the first one.
func nearestDecision(decisions []rateDecision, claimed dateSpan) rateDecision {
	best := decisions[0]
	for _, d := range decisions {
		if !d.span.from.After(claimed.from) {
			best = d
		}
	}
	return best
}

// nearestWithRate finds the change to the claimed rate nearest in time to the claimed span.
func nearestWithRate(decisions []rateDecision, claimed dateSpan, iv interval) (rateDecision, bool) {
	var best rateDecision
	found := false
	for _, d := range decisions {
		if !iv.contains(d.obs.Value) {
			continue
		}
		start, _ := periodSpan(d.obs.Period)
		if !found || claimed.distanceDays(start) < claimed.distanceDays(mustSpan(best.obs.Period)) {
			best, found = d, true
		}
	}
	return best, found
}

func mustSpan(period string) dateSpan {
	span, _ := periodSpan(period)
	return span
}

func (j *judgement) rateReference(d rateDecision) Result {
	res := j.withReference(d.obs)
	res.RefPeriod = d.obs.Period
	return res
}

// describeChange: "raised from 5% to 5.25% on 3 August 2023 (Official Bank Rate change of
// 2023-08-03)".
func (j *judgement) describeChange(d rateDecision) string {
	from := ""
	if d.previous != nil {
		from = " from " + formatValue(*d.previous, extract.UnitPercent)
	}
	return fmt.Sprintf("%s%s to %s on %s (%s)", j.changeVerb(d), from, formatValue(d.obs.Value, extract.UnitPercent),
		periodName(d.obs.Period), releaseName(d.obs))
}

// describeLevel: "stood at 5.25% from 3 August 2023 until 31 July 2024 (Official Bank Rate
// change of 2023-08-03)".
func (j *judgement) describeLevel(d rateDecision) string {
	until := ""
	if !d.last {
		until = " until " + d.span.to.Format("2 January 2006")
	}
	return fmt.Sprintf("stood at %s from %s%s (%s)", formatValue(d.obs.Value, extract.UnitPercent),
		periodName(d.obs.Period), until, releaseName(d.obs))
}

// changeVerb says which way a change went.
func (j *judgement) changeVerb(d rateDecision) string {
	switch {
	case d.previous == nil:
		return "set"
	case d.obs.Value > *d.previous:
		return "raised"
	case d.obs.Value < *d.previous:
		return "cut"
	}
	return "set"
}

// rateName is how an explanation names the rate: "the United Kingdom's policy rate".
func (j *judgement) rateName() string {
	return possessive(entityName(j.claim.Entity, j.opts.Names)) + " " + IndicatorName(j.claim.Indicator)
}

func (j *judgement) inPeriod() string {
	if len(j.claim.Period) == len(dateLayout) {
		return "on " + periodName(j.claim.Period)
	}
	return "in " + periodName(j.claim.Period)
}

// mentionsAny reports whether a lowered sentence has a word (a run of the letters a to z)
// starting with one of the stems, or holds one of the stems of several words.
func mentionsAny(lower string, stems []string) bool {
	for start := 0; start < len(lower); {
		if !isLowerLetter(lower[start]) {
			start++
			continue
		}
		end := start + 1
		for end < len(lower) && isLowerLetter(lower[end]) {
			end++
		}
		for _, stem := range stems {
			if strings.HasPrefix(lower[start:end], stem) && !strings.Contains(stem, " ") {
				return true
			}
		}
		start = end
	}
	for _, stem := range stems {
		if strings.Contains(stem, " ") && strings.Contains(lower, stem) {
			return true
		}
	}
	return false
}

func isLowerLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// rateInterval is the interval a claimed policy rate stands for. Central banks set rates in
// steps of a quarter point or less and news states them whole: "5%" is 5, not anything from
// 4.5 to 5.5 as a growth rate's "5%" would be, since 5.25% is another decision. A hedged
// claim ("about 5%") keeps the usual interval.
func rateInterval(c *extract.Claim, opts Options) interval {
	if c.Qualifier != "" && c.Qualifier != extract.QualExact {
		return claimInterval(c, opts)
	}
	const half = 0.005 // half of the hundredth rates are quoted to
	lo, hi := c.Value, c.Value
	if c.ValueMax != nil {
		lo, hi = math.Min(c.Value, *c.ValueMax), math.Max(c.Value, *c.ValueMax)
	}
	return interval{lo - half, hi + half}
}
