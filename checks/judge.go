// Package checks judges extracted claims against the reference table: it decides whether a
// stated figure matches the latest official figure, an earlier release of it, or none, and
// explains the verdict in one sentence an editor can read.
package checks

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

const (
	kindActual     = "actual"
	kindProjection = "projection"
	dateLayout     = "2006-01-02"
)

// Judge gives one claim its verdict against the reference table.
//
// The claim stands for an interval (see claimInterval: the stated digits, widened by a hedge,
// or bounded by "more than", "less than", "nearly"), and every release of every source with the
// claim's entity, indicator and period whose series follows the definition the claim names
// (see ofClaimedDefinition) is tested against it. Sources are tried in order: the one the
// article cites, then Options.SourcePriority, then the rest by name. The row's reference is one
// figure of one source: the latest figure of the source that matched, else of the first source.
//   - consistent: the latest release (as of Options.AsOf) of some source lies in the interval;
//     when the article cites a source the table does not hold, the verdict is no_reference
//     even then, since a figure attributed to an organisation is judged by its figures only;
//   - revised: an earlier release matches, still current when the article appeared (or
//     released after it), and revised since; needs a publication date;
//   - outdated: only releases already superseded when the article appeared match; needs a
//     publication date (an undated earlier match is no_reference);
//   - inconsistent: no release matches; but when every release the table holds came out
//     after the article, the figure current then is unknown and the verdict is no_reference,
//     unless the claim is further from every release than revisions go (the larger of
//     Options.RevisionMargin and the percentile of the revisions measured on the table,
//     Options.Revisions);
//   - no_reference: the claim is linked and the table has no figure to judge it by (none, none
//     on its basis or of its definition, or one of the cautions of judgeReleases);
//   - unchecked: no indicator, entity or period, an amount of change or a unit the indicator
//     is not kept in, a policy target, or a forecast with no projection in the table.
//
// Every no_reference and unchecked result carries a Reason. An undated article is judged with
// the figures known today (or on Options.AsOf), and its explanations say so.
//
// A forecast is judged only against projections released by the article's date, never
// against outturns: consistent when a projection current then matches; otherwise it is
// judged (outdated, inconsistent) only against the projections of the forecaster the article
// cites, and unchecked when the table holds none of them, since forecasters disagree as a
// matter of course. A "previous" figure is judged like an outturn. Sanctions
// claims are judged by date (see judgeEvent), policy rates by rate and date (rates.go),
// exchange rates in the direction the claim writes them (fx.go), and every figure only
// against figures of its own basis, frequency and measure (basis.go).
//
// published is the article's publication date, zero when unknown. Judge returns an error
// only when the reference table cannot be read.
func Judge(c extract.Claim, published time.Time, ref Reference, opts Options) (Result, error) {
	if judgedAs := sourceAsJudged(&c); judgedAs != c.Source {
		// The row keeps the source the text cites (ilo.go).
		cited := c.Source
		c.Source = judgedAs
		res, err := Judge(c, published, ref, opts)
		res.Claim.Source = cited
		return res, err
	}
	opts = opts.withDefaults()
	j := judgement{claim: c, opts: opts, published: published}
	var res Result
	var err error
	if isEventIndicator(c.Indicator) {
		res, err = j.judgeEvent(ref)
		return withReason(j.datedAsOfToday(res)), err
	}
	j.read, j.quoteAt = j.sentence()
	switch {
	case c.Indicator == "exchange_rate":
		res, err = j.judgeExchangeRate(ref)
	case c.Indicator == "policy_rate":
		res, err = j.judgePolicyRate(ref)
	case c.Indicator == "gdp_per_capita" && j.mentionsPPP():
		res, err = j.judgePerCapitaNearPPP(ref)
	default:
		if target, ok := j.policyTarget(); ok {
			return withReason(target), nil
		}
		var neighbour bool
		if res, neighbour, err = j.neighbouringMeasure(ref); !neighbour {
			// judgeFigure ends an undated article's explanations itself (see undatedEnd).
			j.undatedEnd = j.undatedEnding()
			if res, err = j.judgeFigure(ref); j.undatedEnd != "" {
				return withReason(res), err
			}
		}
	}
	return withReason(j.datedAsOfToday(res)), err
}

// mentionsPPP reports a sentence that speaks of purchasing power parity.
func (j *judgement) mentionsPPP() bool {
	read, _ := j.sentence()
	_, _, _, ppp := read.measureWords()
	return ppp
}

// judgePerCapitaNearPPP judges a GDP per capita figure in a sentence that speaks of purchasing
// power parity. The extractor links both measures to gdp_per_capita (current US$), but a PPP
// figure is far from the dollar one (Germany 2023: $54,777 at market rates, about $70,000 at
// PPP), so judging it against the dollar series alone would be a false alarm. The figure is
// judged against the PPP series first and the dollar series second (the sentence may give
// both); when it matches neither it is not called wrong, since which one it states is unknown.
// Remove once extraction links gdp_per_capita_ppp itself.
//
// It takes its judgement by value, as judgeFigure does: it sets pricesUnknown for its own
// steps only.
func (j judgement) judgePerCapitaNearPPP(ref Reference) (Result, error) {
	matched := func(r Result) bool { return r.Verdict == Consistent || r.Verdict == Revised || r.Verdict == Outdated }
	// Which measure the figure is is unknown here, so the sentence's "PPP" chooses no series.
	j.pricesUnknown = true
	ppp := j
	ppp.claim.Indicator = "gdp_per_capita_ppp"
	atPPP, err := ppp.judgeFigure(ref)
	if err != nil || matched(atPPP) {
		return atPPP, err
	}
	inDollars, err := j.judgeFigure(ref)
	if err != nil || matched(inDollars) || inDollars.Verdict != Inconsistent {
		return inDollars, err
	}
	res := inDollars
	res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
	atPPPText := "not in the table"
	if atPPP.RefValue != nil {
		atPPPText = fmt.Sprintf("%s (release %s)", formatValue(*atPPP.RefValue, "USD"), atPPP.RefRelease)
	}
	res.Explanation = fmt.Sprintf("No reference: the sentence speaks of purchasing power parity, and the claim's %s matches neither %s at PPP, %s, nor in current US dollars, %s (release %s), so which it states is unknown.",
		j.claimText(), j.subject(), atPPPText, formatValue(*inDollars.RefValue, "USD"), inDollars.RefRelease)
	return res, nil
}

// judgement carries what every step of judging one claim needs. Its steps take it by pointer
// (it is some 500 bytes, and a claim passes through dozens of them) and only read it; the
// two that change it for the steps they call, judgeFigure and judgePerCapitaNearPPP, take
// it by value.
type judgement struct {
	claim     extract.Claim
	opts      Options
	published time.Time
	// pricesUnknown: the sentence's words do not say whether the figure is at PPP.
	pricesUnknown bool
	// nextYear are the figures of the year after a year's inflation claim, which say whether
	// inflation was gathering pace or slowing through its December (otherDefinitionMayMatch).
	nextYear []reference.Observation
	// read is the reading of the claim's sentence and quoteAt where its quote starts in it
	// (see sentence), set by Judge.
	read    *sentenceReading
	quoteAt int
	// lent are the figures the table lent for the claim's lookup (see releaseViewOf), set
	// by judgeFigure.
	lent []reference.Observation
	// undatedEnd, when set (by Judge, for an undated article), is the words datedAsOfToday
	// ends an explanation with, and judgeFigure's results are dated already: judgeReleases
	// writes them in place of the explanation's full stop, so that the explanation is made
	// once rather than made and then copied with them.
	undatedEnd string
	// otherWeighting is set (by judgeFigure) for a growth claim of a group of countries that
	// cites no source: see weightingMayDiffer.
	otherWeighting bool
	// nationalGap is set (by judgeFigure) for an unemployment claim that cites no source: how
	// far its entity's national rates have lain from the ILO's modelled estimates.
	nationalGap unemploymentGap
	// fiscalYearRead is set (by judgeFigure) for a fiscal-year claim judged against a series
	// that gives fiscal years under calendar labels (fiscalYearFigures).
	fiscalYearRead bool
}

func (j *judgement) unchecked(reason, why string) Result {
	return Result{Claim: j.claim, Verdict: Unchecked, Reason: reason, Explanation: why}
}

func (j *judgement) noReference(reason, why string) Result {
	return Result{Claim: j.claim, Verdict: NoReference, Reason: reason, Explanation: why}
}

// missingLink names what keeps a claim from being looked up, or returns "".
func missingLink(c *extract.Claim) string {
	var missing []string
	if c.Entity == "" {
		missing = append(missing, "country")
	}
	if c.Period == "" {
		missing = append(missing, "period")
	}
	if len(missing) == 0 {
		return ""
	}
	why := "Not checked: the claim's " + strings.Join(missing, " and ") + " could not be determined"
	if c.Note != "" {
		why += " (" + c.Note + ")"
	}
	return why + "."
}

// judgeFigure judges a figure of an indicator by the table's figures of its entity and period.
// It takes its judgement by value, unlike the steps it calls: it sets lent and nextYear for
// them, which the caller's judgement must not keep (neighbouringMeasure, judgeExchangeRate
// and judgePerCapitaNearPPP judge a claim again, as another claim, after it).
func (j judgement) judgeFigure(ref Reference) (Result, error) {
	c := &j.claim
	if c.Indicator == "" {
		return j.unchecked(ReasonNoIndicator, "Not checked: the number is not about an indicator the reference table holds."), nil
	}
	if why := missingLink(c); why != "" {
		return j.unchecked(ReasonUnlinked, why), nil
	}
	if why := incomparable(c); why != "" {
		return j.unchecked(ReasonIncomparable, why), nil
	}
	if strings.Contains(c.Period, "/") {
		// "averaged five pct over the past three years": no one year's figure
		return j.noReference(ReasonSeveralYears, fmt.Sprintf(
			"No reference: a figure over several years (%s), and the table holds each year's figure, not their change or average.", periodName(c.Period))), nil
	}
	if c.SoFar {
		// "1.3 pct so far this year" is no year's inflation, nor any month's year-on-year rate
		return j.noReference(ReasonSoFar, fmt.Sprintf(
			"No reference: a figure for the year so far (to %s), and the table holds figures of whole periods only.", c.Period)), nil
	}

	all, err := observationsOf(ref, c.Entity, c.Indicator, c.Period)
	if err != nil {
		return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
	}
	j.lent = nil
	if _, ok := ref.(lender); ok {
		j.lent = all
	}
	if fiscal, err := j.fiscalYearFigures(ref); err != nil {
		return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
	} else if len(fiscal) > 0 {
		all, j.lent, j.fiscalYearRead = append(slices.Clip(all), fiscal...), nil, true
	}
	all, ofFiscalYears := j.withoutFiscalSeries(all)
	if ofFiscalYears != nil {
		return j.endedUndated(*ofFiscalYears), nil
	}
	all, other := j.ofClaimedDefinition(all)
	if other != nil {
		return j.endedUndated(*other), nil
	}
	if j.otherWeighting, err = weightingMayDiffer(c, ref); err != nil {
		return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
	}
	if j.nationalGap, err = nationalGapOf(c, ref); err != nil {
		return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
	}
	everyBasis := all
	all = j.headlineOnly(all)
	if j.decDecMayDiffer() {
		next, err := observationsOf(ref, c.Entity, c.Indicator, nextYear(c.Period))
		if err != nil {
			return Result{Claim: *c}, fmt.Errorf("reference lookup: %w", err)
		}
		j.nextYear = next
	}

	forecast := c.Kind == extract.KindForecast
	wantKind := kindActual
	if forecast {
		wantKind = kindProjection
	}
	var sameKind, otherKind, otherBasis, tooLate int
	usable := keptFigures(all, func(o *reference.Observation) bool {
		if !j.releaseKnown(o.Release) {
			return false
		}
		if obsKind(*o) != wantKind {
			otherKind++
			return false
		}
		sameKind++
		if !basisCompatible(c.Basis, o.Basis) {
			otherBasis++
			return false
		}
		// A forecast stands for what was forecast when the article appeared: later
		// projections (and every outturn) are not what it quoted.
		if forecast && !j.published.IsZero() && o.Release > j.publishedDay() {
			tooLate++
			return false
		}
		return true
	})

	if len(usable) == 0 {
		switch {
		case forecast && sameKind == 0:
			return j.unchecked(ReasonNoProjection, fmt.Sprintf("Not checked: a forecast, and the table holds no projection of %s to judge it against (it is never judged against outturns).",
				j.subject())), nil
		case forecast && tooLate > 0:
			return j.unchecked(ReasonNoProjection, fmt.Sprintf("Not checked: a forecast, and no projection of %s had been released by the article's date (%s).",
				j.subject(), j.publishedDay())), nil
		case otherBasis > 0:
			return j.noReference(ReasonOtherBasis, j.otherBasisHeld(all)), nil
		case otherKind > 0 && !forecast:
			return j.noReference(ReasonOnlyProjections, fmt.Sprintf(
				"No reference: the table holds only projections of %s, which a reported figure is not judged against.",
				j.subject())), nil
		}
		if held, err := j.otherFrequencyHeld(ref); err != nil || held != "" {
			return j.noReference(ReasonNoFigure, held), err
		}
		return j.noReference(ReasonNoFigure, fmt.Sprintf(
			"No reference: the table has no figure for %s%s.", j.subject(), j.asOfClause())), nil
	}
	if forecast {
		return j.judgeForecast(usable)
	}
	if j.undatedEnd != "" && mayReadUnstatedBasis(c) {
		// unstatedBasisMatch quotes the explanations it weighs: the one it gives is dated
		// whole.
		undated := j
		undated.undatedEnd = ""
		res, err := undated.judgeOnBasis(usable, everyBasis)
		return j.datedAsOfToday(res), err
	}
	return j.judgeOnBasis(usable, everyBasis)
}

// judgeOnBasis judges a claim by the usable figures of its basis, and, when it matches none
// and states no basis, by the figures of every basis (unstatedBasisMatch).
func (j *judgement) judgeOnBasis(usable, everyBasis []reference.Observation) (Result, error) {
	res, err := j.judgeReleases(usable)
	if err == nil && res.Verdict == Inconsistent {
		if other, ok := j.unstatedBasisMatch(res, everyBasis); ok {
			return other, nil
		}
	}
	return res, err
}

// judgeForecast judges a forecast against projections. Forecasters disagree as a matter of
// course, so only the forecaster's own projections can prove a forecast wrong: any current
// projection that matches confirms it, but a mismatch counts only against the source the
// article cites.
func (j *judgement) judgeForecast(projections []reference.Observation) (Result, error) {
	res, err := j.judgeReleases(projections)
	if err != nil || res.Verdict == Consistent {
		return res, err
	}
	var own []reference.Observation
	if j.claim.Source != "" {
		for _, o := range projections {
			if sourceMatches(j.claim.Source, o.Source, j.opts.SourceAliases) {
				own = append(own, o)
			}
		}
	}
	if len(own) > 0 {
		return j.judgeReleases(own)
	}
	latest := j.groupBySource(projections)[0].latest().obs[0]
	projected := fmt.Sprintf("%s (release %s) projected %s at %s", latest.Source, latest.Release, j.subject(),
		formatValue(latest.Value, indicatorUnitOr(latest.Indicator, j.claim.Unit)))
	if j.claim.Source == "" {
		return j.unchecked(ReasonOtherForecaster, "Not checked: a forecast that names no forecaster, and only its own forecaster's projections could show it wrong; "+
			projected+"."), nil
	}
	return j.unchecked(ReasonOtherForecaster, fmt.Sprintf("Not checked: a forecast by %s, whose projections the table does not hold; %s.",
		j.claim.Source, projected)), nil
}

// releaseKnown reports whether a release existed as of Options.AsOf.
func (j *judgement) releaseKnown(release string) bool {
	return j.opts.AsOf.IsZero() || release <= j.asOfDay()
}

func obsKind(o reference.Observation) string {
	if o.Kind == "" {
		return kindActual
	}
	return o.Kind
}

// basisCompatible reports whether a claim's basis can be compared with an observation's.
// An annual figure and a year-on-year one are the same thing for a whole year.
func basisCompatible(claim, obs string) bool {
	if claim == "" || obs == "" || claim == extract.BasisUnknown || obs == extract.BasisUnknown || claim == obs || obs == basisLevel {
		return true
	}
	pair := func(a, b string) bool {
		return (claim == a && obs == b) || (claim == b && obs == a)
	}
	return pair(extract.BasisAnnual, extract.BasisYoY)
}

// incomparable says why a claim's number is not the kind of figure the indicator holds.
func incomparable(c *extract.Claim) string {
	want := indicatorUnit(c.Indicator)
	switch {
	case c.Unit == extract.UnitPP:
		return "Not checked: a change in percentage points, and the table holds levels, not changes."
	case want == extract.UnitPercent && c.Unit != "" && c.Unit != extract.UnitPercent:
		return fmt.Sprintf("Not checked: %s is a percentage, and the claim's number is in %s.", IndicatorName(c.Indicator), c.Unit)
	case want == extract.UnitPercent:
		if c.Change != "" && c.Indicator == "unemployment_rate" {
			return "Not checked: an amount of change in the unemployment rate, and the table holds levels."
		}
	case want == "USD":
		if c.Unit != "USD" {
			unit := c.Unit
			if unit == "" {
				unit = "no currency"
			}
			return fmt.Sprintf("Not checked: the table holds %s in US dollars, and the claim is in %s.", IndicatorName(c.Indicator), unit)
		}
		if c.Change != "" {
			return fmt.Sprintf("Not checked: an amount of change in %s, and the table holds levels.", IndicatorName(c.Indicator))
		}
	case want != "":
		if c.Unit == extract.UnitPercent || extract.IsCurrency(c.Unit) {
			return fmt.Sprintf("Not checked: the table holds %s as a count, and the claim's number is in %s.", IndicatorName(c.Indicator), c.Unit)
		}
		if c.Change != "" {
			return fmt.Sprintf("Not checked: an amount of change in %s, and the table holds levels.", IndicatorName(c.Indicator))
		}
	}
	return ""
}

func orNone(unit string) string {
	if unit == "" {
		return "no unit"
	}
	return unit
}

// series is every usable release of one source, oldest first, grouped by release date.
type series struct {
	source   string
	releases []release
}

type release struct {
	date string
	obs  []reference.Observation
}

// matches reports whether a release holds a figure in the interval, and returns it.
func (r release) match(iv interval) (reference.Observation, bool) {
	for _, o := range r.obs {
		if iv.containsFigure(o) {
			return o, true
		}
	}
	return reference.Observation{}, false
}

func (s series) latest() release { return s.releases[len(s.releases)-1] }

// groupBySource orders sources by preference: the source the claim cites, then the
// configured priority, then the rest by name so that output never depends on map order. Each
// source's releases are ordered by date; a release keeps its figures in the order given.
func (j *judgement) groupBySource(obs []reference.Observation) []series {
	out := groupedBySource(obs)
	if len(out) < 2 {
		return out
	}
	// Loose name matching is not free; rank each source once. A key has a handful of
	// sources: their ranks fit on the stack, and an insertion sort of out in place needs no
	// more memory (sources are distinct, so the order is the same whatever the sort).
	var rankSpace [16]int
	rank := rankSpace[:0]
	for _, s := range out {
		rank = append(rank, j.sourceRank(s.source))
	}
	for i := 1; i < len(out); i++ {
		for k := i; k > 0 && rankedBefore(rank[k], rank[k-1], out[k].source, out[k-1].source); k-- {
			rank[k], rank[k-1] = rank[k-1], rank[k]
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out
}

// rankedBefore is the order of groupBySource: by rank, then by name.
func rankedBefore(rank, otherRank int, source, otherSource string) bool {
	return cmp.Or(cmp.Compare(rank, otherRank), strings.Compare(source, otherSource)) < 0
}

// groupedBySource is every source's series of obs, by name; a new slice each time, which the
// caller may reorder.
func groupedBySource(obs []reference.Observation) []series {
	// One sorted copy, cut into releases: a release is a run of it. Figures of one source
	// come sorted already (the table lists them by release), and are only read.
	bySourceAndRelease := func(a, b reference.Observation) int {
		return cmp.Or(strings.Compare(a.Source, b.Source), strings.Compare(a.Release, b.Release))
	}
	sorted := obs
	if !slices.IsSortedFunc(obs, bySourceAndRelease) {
		sorted = slices.Clone(obs)
		slices.SortStableFunc(sorted, bySourceAndRelease)
	}
	// Counted first, so that the series and their releases take one allocation each.
	sourceCount, releaseCount := 0, 0
	for i := range sorted {
		if i == 0 || sorted[i].Source != sorted[i-1].Source {
			sourceCount++
			releaseCount++
		} else if sorted[i].Release != sorted[i-1].Release {
			releaseCount++
		}
	}
	out := make([]series, 0, sourceCount)
	releases := make([]release, 0, releaseCount)
	for i := 0; i < len(sorted); {
		s := series{source: sorted[i].Source}
		first := len(releases)
		for i < len(sorted) && sorted[i].Source == s.source {
			end := i + 1
			for end < len(sorted) && sorted[end].Source == s.source && sorted[end].Release == sorted[i].Release {
				end++
			}
			releases = append(releases, release{date: sorted[i].Release, obs: sorted[i:end:end]})
			i = end
		}
		s.releases = releases[first:len(releases):len(releases)]
		out = append(out, s)
	}
	return out
}

// sourceRank is 0 for the source the claim cites, then the position in SourcePriority, then
// after all of them.
func (j *judgement) sourceRank(name string) int {
	if j.claim.Source != "" && sourceMatches(j.claim.Source, name, j.opts.SourceAliases) {
		return 0
	}
	for i, p := range j.opts.SourcePriority {
		if sourceMatches(p, name, j.opts.SourceAliases) {
			return 1 + i
		}
	}
	return 1 + len(j.opts.SourcePriority)
}

// earlierMatch is a non-latest release of a source that holds the claimed figure.
type earlierMatch struct {
	source   series
	first    reference.Observation // the start of the run of matching releases
	last     reference.Observation // the last matching release before the revision
	revision release               // the first release after it that no longer matches
	outdated bool                  // the revision came out by the article's date
}

// judgeReleases applies the vintage rules to the releases of every source. The row's
// reference is one figure of one source: the latest figure of the source that matched (or, when
// none did, of the preferred source); other sources are named after it, never as the
// reference.
func (j *judgement) judgeReleases(obs []reference.Observation) (Result, error) {
	c := &j.claim
	iv := claimInterval(c, j.opts)
	// What does not depend on the claim's figure (the sources in order, the opening of the
	// explanation, the margins) is shared by the claims of one lookup: see releaseViewOf.
	v := j.releaseViewOf(obs)
	sources, citedInTable := v.sources, v.citedInTable

	// The earlier match the verdict speaks of: the first source's that is still current when
	// the article appeared (revised), else the first source's (outdated). Kept by value: a
	// pointer to it would cost an allocation per source.
	var earlier earlierMatch
	earlierSource := 0
	revised, matchedEarlier := false, false
	// stop ends an explanation (see fullStop), unless the cited source's note follows it
	// (citedNote).
	stop, citedNote := j.fullStop(), j.claim.Source != "" && !citedInTable
	if citedNote {
		stop = "."
	}
	for i, s := range sources {
		if o, ok := s.latest().match(iv); ok {
			return j.consistent(o, sources, citedInTable), nil
		}
		if revised {
			continue
		}
		if m, ok := j.earlierMatchIn(s, iv); ok && (!m.outdated || !matchedEarlier) {
			earlier, earlierSource, revised, matchedEarlier = m, i, !m.outdated, true
		}
	}

	preferred := sources[0]
	if matchedEarlier {
		// The reference is the matched source's own latest figure, so that the row's fields
		// and its explanation speak of one source.
		matched := earlier.source.latest().obs[0]
		res := j.withReference(matched)
		res.Explanation = v.leads[earlierSource] + "; the claim's " + j.claimText() + " " + j.describeEarlier(earlier) +
			j.alsoPer(preferred, matched.Source) + "."
		switch {
		case citedNote:
			// The claim cites a source the table does not hold: another source's earlier
			// release is no more proof of what the cited one said than its latest is (see
			// consistent), so the figure is neither outdated nor revised.
			res.Verdict, res.Reason = NoReference, ReasonCitedSource
			res.Explanation = v.leads[earlierSource] + "; the claim's " + j.claimText() + " " + j.describeEarlier(earlier) +
				j.alsoPer(preferred, matched.Source) + ", but the claim cites " + j.claim.Source +
				", which the table does not hold, so it is not judged against another source" + j.fullStop()
		case j.claim.Superseded:
			// "Rosstat first said the economy shrank 2.1%; it was revised to 1.2%": the text
			// gives the figure as an estimate since replaced, and a release of it is what it
			// claims; it is not out of date, it says it is.
			revisedTo, what := j.matchedRelease(earlier)
			res.Verdict = Consistent
			res.Explanation = v.leads[earlierSource] + "; the claim's " + j.claimText() + " " + what + ", revised to " + revisedTo + " on " +
				earlier.revision.date + ", as the text says it was" + j.alsoPer(preferred, matched.Source) + "."
		case j.published.IsZero():
			// Revised and outdated say when the figure changed relative to the article.
			res.Verdict, res.Reason = NoReference, ReasonUndatedEarlier
		case revised:
			res.Verdict = Revised
		case j.modelledEstimateMayDiffer(matched) && j.nationalGap.points > 0 && j.withinMargin(sources, iv, margin{value: j.opts.RevisionMargin + j.nationalGap.points, pct: j.opts.RevisionPercentile}):
			// A rate that names no source is most likely the statistics office's own (see
			// the same case below): that it once matched the ILO's model is no sign that it
			// is out of date ("unemployment had been 4.8% in 2016 on the ILO measure", the
			// ONS's figure, against WDI's 4.8 of 2018, since revised to 4.91). A group's rate
			// (the euro area's) is the model's sum of its members' (nationalUnemploymentGap).
			res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
			res.Explanation = v.leads[earlierSource] + "; the claim's " + j.claimText() + " " + j.describeEarlier(earlier) +
				j.alsoPer(preferred, matched.Source) + ", but it may be the national statistics office's own survey figure, which the ILO's modelled estimate differs from, so it is not called outdated" + stop
		default:
			res.Verdict = Outdated
		}
		return res, nil
	}
	current := preferred.latest().obs[0]
	res := j.withReference(current)
	lead := v.leads[0]

	rate := v.rate
	m, err := v.margins(j)
	if err != nil {
		return Result{Claim: *c}, err
	}
	mg, undatedMargin, firstReleasesMissing := m.margin, m.undated, v.firstReleasesMissing
	// The claimed number, written into the explanations below without a string of its own
	// (string(claimed) in a concatenation is not a copy).
	var claimedSpace [64]byte
	claimed := appendClaimValue(claimedSpace[:0], c)
	var gap float64 // the compilation gap a claim was found within
	switch {
	case v.afterPublication && j.withinMargin(sources, iv, mg):
		// Figures are revised most in the years after a first estimate: a claim that
		// differs from a figure published long after the article may well have been right
		// when written, and a false alarm costs more than a miss.
		res.Verdict, res.Reason = NoReference, ReasonBeforeReleases
		res.Explanation = lead + ", but every release the table holds came out after the article (" + j.publishedDay() +
			"), so the figure current then is unknown; the claim's " + string(claimed) + " is within " + m.words + "."
	case firstReleasesMissing && j.withinMargin(sources, iv, undatedMargin):
		res.Verdict, res.Reason = NoReference, ReasonUndatedFirst
		res.Explanation = lead + ", but the article's date is unknown and the earliest release the table holds came out " + v.earliest +
			", more than " + v.lateBy + " after " + periodName(c.Period) + ", so the figure current when it was written may have been another; the claim's " + string(claimed) +
			" is within " + m.undatedWords + "." // never dated: the date is what it speaks of
	case j.otherDefinitionMayMatch(current, iv, mg.value, v.afterPublication):
		// A year's inflation is published both as the annual average (the World Bank's
		// series) and as December on December (what national offices announce first); the
		// two differ by a share of the rate, so a figure near the average may be the other.
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		_, why := j.decDecBand(current, mg.value, v.afterPublication, true)
		res.Explanation = lead + "; the claim's " + j.claimText() + " may be December-on-December inflation, " + why + ", so it is not judged" + stop
	case j.modelledEstimateMayDiffer(current) && j.withinMargin(sources, iv, margin{value: j.opts.RevisionMargin + j.nationalGap.points, pct: j.opts.RevisionPercentile}):
		// The World Bank's unemployment rates are the ILO's modelled estimates: national
		// survey figures adjusted to one coverage, which differ from what the statistics
		// office announces by a few tenths in most countries (Spain's 11.3% of 2024 against
		// 11.4%, Poland's 2.9% against 2.81%) and by points in some (the Philippines' 3.8%
		// against 2.2%). A claim that names neither is the office's figure, most likely.
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		revision := margin{value: j.opts.RevisionMargin}.describe(rate)
		if j.nationalGap.points > 0 && !j.withinMargin(sources, iv, margin{value: j.opts.RevisionMargin}) {
			res.Explanation = lead + "; the claim's " + j.claimText() + " is within " + formatNumber(j.opts.RevisionMargin+j.nationalGap.points, 2) +
				" points of it, and may be the national statistics office's own survey figure: " +
				j.nationalGap.describe(entityName(j.claim.Entity, j.opts.Names)) + ", and figures are revised by up to " + revision + ", so it is not judged" + stop
			break
		}
		res.Explanation = lead + "; the claim's " + j.claimText() + " is within " + revision +
			" of it, and may be the national statistics office's own survey figure, which the ILO's modelled estimate differs from, so it is not judged" + stop
	case j.modelledEstimateMayDiffer(current) && j.registeredRateAgency() != "" && registeredBand(current.Value).meets(iv):
		// "German unemployment rose to 6.3%": the employment agency's registered rate, which
		// the country's press gives as its unemployment rate, lies points from the ILO's.
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		res.Explanation = lead + "; the claim's " + j.claimText() + " names no source or definition, and may be the registered unemployment rate of " +
			j.registeredRateAgency() + ", which news gives as " + possessive(entityName(j.claim.Entity, j.opts.Names)) +
			" unemployment rate and which the table does not hold, so it is not judged" + stop
	case j.otherWeighting && j.withinMargin(sources, iv, margin{value: j.aggregateSpread()}):
		// The IMF weights a group's members at purchasing-power parity, the World Bank at
		// market rates, and news quotes the IMF's growth of the world or a region without
		// naming it: within the gap measured between the two (aggregateSpread), the claim
		// may be the other institution's figure.
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		_, within := aggregateSpreadOf(c.Entity)
		res.Explanation = lead + "; the claim's " + j.claimText() + " names no source and is within " + within +
			", so it may be the IMF's figure and is not judged" + stop
	case !rate && j.withinMargin(sources, iv, mg):
		// A level (GDP in dollars, a population) differs between sources and editions by more
		// than its last digit: a dollar figure moves with the exchange rate and the vintage used.
		// Within the revision margin it is not flagged.
		res.Verdict, res.Reason = NoReference, ReasonLevelMargin
		res.Explanation = lead + "; the claim's " + string(claimed) + " is within " + m.words +
			" of a release, less than figures of this kind differ between sources and editions, so it is not judged" + stop
	case j.fiscalYearRead && j.withinMargin(sources, iv, margin{value: j.opts.RevisionMargin, pct: j.opts.RevisionPercentile}):
		// A fiscal year read from a series labelled by calendar years (fiscal_years.go): its
		// first estimates are revised as much as any year's, and the series' rebasings
		// (India's of 2026) move it further; within the margin it is not flagged.
		res.Verdict, res.Reason = NoReference, ReasonFiscalYear
		res.Explanation = lead + "; the claim's " + string(claimed) + " is within " + margin{value: j.opts.RevisionMargin, pct: j.opts.RevisionPercentile}.describe(rate) +
			" of it, which the table gives under a calendar year's label, and a fiscal year's first estimates are revised by as much, so it is not judged" + stop
	case centralGovernmentOnly[j.claim.Indicator] != "":
		// The table's public finances are the central government's (WDI); news usually quotes
		// the general government's, which can differ by tens of points (Germany's debt).
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		res.Explanation = lead + "; the table holds " + centralGovernmentOnly[j.claim.Indicator] + " only, and the claim's " + j.claimText() +
			" may be the general government's, so it is not judged" + stop
	case j.claim.Source != "" && !citedInTable:
		// The claim cites a source the table does not hold: offices and institutions differ in
		// method and timing, so another source's figure is no proof that this one is wrong.
		res.Verdict, res.Reason = NoReference, ReasonCitedSource
		res.Explanation = lead + "; the claim cites " + j.claim.Source + ", which the table does not hold, so its " + j.claimText() +
			" is not judged against another source" + j.fullStop()
		return res, nil
	case j.claim.Superseded:
		// "GDP growth for 2024 was revised up from 0.9% to 1.1%": the text gives the 0.9% as
		// an estimate since replaced, and the table, which matches no release to it, lacks
		// that estimate; the text claims it was once published, not that it is current.
		res.Verdict, res.Reason = NoReference, ReasonSuperseded
		res.Explanation = lead + "; the text gives the claim's " + j.claimText() + " as an earlier estimate, since revised, and the table holds no release of it, so it is not judged" + stop
	case v.afterPublication && j.opts.Revisions != nil && !mg.measured:
		// With no two releases of the series, nothing says how far its figures move after a
		// first estimate (a new PPP base moves every figure): no alarm without that measure.
		res.Verdict, res.Reason = NoReference, ReasonNoRevisions
		res.Explanation = lead + ", but every release the table holds came out after the article (" + j.publishedDay() +
			"), and the table holds no two releases of " + IndicatorName(j.claim.Indicator) +
			" to measure how far its figures move, so the claim's " + j.claimText() + " is not judged" + stop
	case j.gapAroundPublication(sources, iv, &res, lead):
	case j.recomputedMayDiffer(current) && j.withinCompilationGap(sources, iv, &gap):
		// The World Bank computes a year's growth from the office's constant-price series and
		// its inflation from the office's index, and rounds neither as the office does: "2.2%",
		// the German office's inflation of 2024, against WDI's 2.26 is no error (blind rounds
		// 213-219: eleven such rows).
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		res.Explanation = lead + "; the claim's " + j.claimText() + " names no source and is within " + formatNumber(gap, 2) +
			" points of " + current.Source + ", which recomputes " + IndicatorName(j.claim.Indicator) +
			" from the national statistics office's series, so it may be the office's own figure and is not judged" + stop
	case j.periodNotOver():
		// "Unemployment is a mere 4.3%" in June, read as the year's: the year's figure was
		// not known when the article appeared, and a month's rate is no year's average.
		res.Verdict, res.Reason = NoReference, ReasonPeriodNotOver
		res.Explanation = lead + ", but " + periodName(j.claim.Period) + " was not over when the article appeared (" + j.publishedDay() +
			"), so the claim's " + j.claimText() + " can only be a figure for part of it and is not judged" + stop
	default:
		res.Verdict = Inconsistent
		lead = j.perSourceBeside(current, iv) // (v.leads[0] is current's, as printed for a match)
		further, furtherMargin := "", ""
		if v.afterPublication {
			further, furtherMargin = ", all released after the article, and lies further from them than ", m.words
		}
		res.Explanation = lead + "; the claim's " + string(claimed) + " matches no release of " + v.names + j.asOfClause() + further + furtherMargin + j.earlierMayMatch(v, iv) + stop
	}
	if citedNote {
		end := j.fullStop()
		if res.Reason == ReasonUndatedFirst {
			end = "."
		}
		res.Explanation = strings.TrimSuffix(res.Explanation, ".") +
			" (the cited source, " + j.claim.Source + ", is not in the table)" + end
	}
	return res, nil
}

// fullStop is what ends an explanation of a result that datedAsOfToday dates: undatedEnd
// when judgeFigure's results are dated already, else a full stop.
func (j *judgement) fullStop() string {
	if j.undatedEnd != "" {
		return j.undatedEnd
	}
	return "."
}

// alsoPer names the preferred source's latest figure after the reference, when it is
// another source's: "; World Bank WDI (release 2026-07-01) now puts it at 4.07%".
func (j *judgement) alsoPer(preferred series, refSource string) string {
	if preferred.source == refSource {
		return ""
	}
	o := preferred.latest().obs[0]
	return fmt.Sprintf("; %s (release %s) now puts it at %s", o.Source, o.Release,
		formatValue(o.Value, indicatorUnitOr(o.Indicator, j.claim.Unit)))
}

// centralGovernmentOnly names the public-finance indicators whose series in the table are the
// central government's, by what an explanation calls them.
var centralGovernmentOnly = map[string]string{
	"government_debt": "central-government debt",
	"fiscal_balance":  "the central government's balance",
	"revenue_gdp":     "central-government revenue",
	"expense_gdp":     "central-government expense",
}

// allReleasedAfterPublication reports whether no figure of any source was known when the
// article appeared.
func (j *judgement) allReleasedAfterPublication(sources []series) bool {
	if j.published.IsZero() {
		return false
	}
	published := j.publishedDay()
	for _, s := range sources {
		if s.releases[0].date <= published {
			return false
		}
	}
	return true
}

// beyondMeasuredSpan reports an article older than every release of the figure by more than
// those releases span: the revisions the table measures are moves between its own releases,
// over at most that span, and say little of the moves of the longer time since the article
// (a 1987 article's figure, against releases of 2018 to 2026, has since been through
// rebasings and changes of method none of them records).
func (j *judgement) beyondMeasuredSpan(sources []series) bool {
	if j.published.IsZero() || len(sources) == 0 {
		return false
	}
	earliest, latest := sources[0].releases[0].date, sources[0].releases[len(sources[0].releases)-1].date
	for _, s := range sources[1:] {
		earliest, latest = min(earliest, s.releases[0].date), max(latest, s.releases[len(s.releases)-1].date)
	}
	first, err1 := time.Parse(time.DateOnly, earliest)
	last, err2 := time.Parse(time.DateOnly, latest)
	if err1 != nil || err2 != nil || !last.After(first) {
		// one release: no span to read (a figure new in the latest edition, which an article
		// a few months older is not beyond)
		return false
	}
	return first.Sub(j.published) > last.Sub(first)
}

// firstReleasesMissing reports whether every source's earliest release of the figure came out
// more than a year after its period ended: the table holds none of the estimates an article
// written soon after the period would have quoted.
func (j *judgement) firstReleasesMissing(sources []series) bool {
	end, ok := j.fiscalYearEnd()
	if !ok {
		end, ok = reference.PeriodEnd(j.claim.Period)
	}
	if !ok {
		return false
	}
	late := end.AddDate(1, 0, 0).Format(time.DateOnly)
	for _, s := range sources {
		if s.releases[0].date <= late {
			return false
		}
	}
	return true
}

// firstRoundMissing is firstReleasesMissing of a figure of a quarter, a half or a month: every
// source's earliest release of it came out more than a month after its period ended. Offices
// publish such a figure in rounds a month or so apart (a quarter's GDP first about a month
// after it, then revised a month later: the same month as the rule of gapAround), and the
// real-time data sets the table holds keep one vintage a quarter, dated by the data set's
// cut-off or the end of the quarter of publication: Japan's fourth quarter of 2023, first
// estimated on 15 February 2024 at -0.4% annualised and revised to +0.4% on 11 March, is first
// held from the vintage of 13 March. A figure the table holds from within a month of its
// period's end (a month's CPI, dated by the end of the next month) has its first round held.
func (j *judgement) firstRoundMissing(sources []series) bool {
	if len(j.claim.Period) != len("2023-Q4") {
		return false
	}
	end, ok := reference.PeriodEnd(j.claim.Period)
	if !ok {
		return false
	}
	late := end.AddDate(0, 1, 0).Format(time.DateOnly)
	for _, s := range sources {
		if s.releases[0].date <= late {
			return false
		}
	}
	return true
}

// earliestSource returns the index of the source whose first release came out first.
func (j *judgement) earliestSource(sources []series) int {
	best := 0
	for i, s := range sources {
		if s.releases[0].date < sources[best].releases[0].date {
			best = i
		}
	}
	return best
}

// periodNotOver reports a figure of an outturn whose period had not ended when the article
// appeared: no figure of the whole period existed yet.
func (j *judgement) periodNotOver() bool {
	if j.published.IsZero() || j.claim.Kind == extract.KindForecast {
		return false
	}
	end, ok := reference.PeriodEnd(j.claim.Period)
	return ok && end.After(j.published)
}

// withinMargin reports whether some release of some source lies within the margin of the
// claim's interval: m.value percentage points for rates, m.value percent of the figure for
// levels.
func (j *judgement) withinMargin(sources []series, iv interval, m margin) bool {
	rate := j.isRate()
	for _, s := range sources {
		for _, r := range s.releases {
			for _, o := range r.obs {
				if m.within(iv, o.Value, rate) {
					return true
				}
			}
		}
	}
	return false
}

// otherDefinitionMayMatch reports an annual inflation claim near enough to the reference
// rate to be the same year's inflation measured December on December: within a quarter of the
// rate (and at least the revision margin, RevisionMargin or revisionMargin) of it, or of the
// next year's rate when the table holds it. December's rate over twelve months straddles the
// two years' averages (each year's average rate is centred on its turn of the year, December's
// on its middle), so when inflation gathers pace or slows it lies towards the next year's:
// Argentina's 211% of 2023 between the averages of 2023 (133%) and 2024 (220%). A claim that
// says which measure it is (see claimedDefinition) is judged as it says.
func (j *judgement) otherDefinitionMayMatch(ref reference.Observation, iv interval, revisionMargin float64, averageAfterArticle bool) bool {
	if !j.decDecMayDiffer() {
		return false
	}
	band, _ := j.decDecBand(ref, revisionMargin, averageAfterArticle, false)
	return band.contains(iv.lo) || band.contains(iv.hi) || iv.contains(band.lo)
}

// decDecBand is where a year's December-on-December rate may lie given its average ref, and,
// when words is true, the words that say why (most claims ask only whether they lie in it).
func (j *judgement) decDecBand(ref reference.Observation, revisionMargin float64, averageAfterArticle, words bool) (interval, string) {
	unit := indicatorUnitOr(j.claim.Indicator, j.claim.Unit)
	lo, hi := ref.Value, ref.Value
	share := 0.25
	why := ""
	if words {
		why = "which differs from the annual average by up to a quarter of the rate"
	}
	next, nextKnown := j.nextYearOf(ref)
	if !nextKnown && averageAfterArticle && ref.Value < highInflation && !strings.Contains(strings.ToLower(j.claim.Quote), "averag") { // (high rates: below)
		// (not a claim whose own words average it: "Mexico's inflation averaged 5.5% in
		// 2025", "rose an average of 5.5%")
		// Written before the year's average was published, the article had only the
		// office's December figure to give as the year's (or a forecast), and nothing tells
		// which way the rate turned within the year: in a year it turned, December's rate lay
		// up to half the average's from it (the United States' 7.0% of 2021 against 4.7% on
		// average, the euro area's 2.9% of 2023 against 5.4%, the UK's 4.0% of 2023 against
		// 7.3%; Russia's 5.6% of 2025 against 8.7%, blind round 246, flagged).
		share = 0.5
		if words {
			why = "which, in a year inflation turns, lies up to half the rate from the annual average, published only after the article"
		}
	}
	if nextKnown {
		lo, hi = math.Min(lo, next), math.Max(hi, next)
		if words {
			why = "which lies between the annual averages of " + periodName(ref.Period) + " and " + periodName(nextYear(ref.Period)) +
				" (" + formatValue(ref.Value, unit) + " and " + formatValue(next, unit) + "), give or take a quarter, when inflation gathers pace or slows"
		}
	}
	m := math.Max(j.opts.RevisionMargin, revisionMargin)
	band := interval{math.Min(lo-m, lo-share*math.Abs(lo)), math.Max(hi+m, hi+share*math.Abs(hi))}
	if hi >= highInflation {
		// Where inflation runs high, monthly rates swing (a price freeze, a devaluation):
		// December's rate can fall to a fraction of both years' averages, or reach the two
		// years compounded (prices that rise through both years put December's level between
		// the two years' average levels). Brazil's 1986: 147% on average, 65% December on
		// December, the year of the Cruzado freeze (1987: 228%).
		band.lo = math.Min(band.lo, 0.25*lo)
		if nextKnown {
			band.hi = math.Max(band.hi, ((1+ref.Value/100)*(1+next/100)-1)*100)
		}
		if words {
			why = "which, where inflation runs this high, can lie anywhere from " + formatValue(band.lo, unit) + " to " + formatValue(band.hi, unit)
			if nextKnown {
				why += " (a quarter of the lesser of the averages of " + periodName(ref.Period) + " and " + periodName(nextYear(ref.Period)) + ", and the two compounded)"
			}
		}
	}
	return band, why
}

// highInflation is the annual rate (in percent) from which a year's average says little of its
// December: monthly rates of 1.5% and more swing with freezes, devaluations and indexation.
const highInflation = 20.0

// decDecMayDiffer reports a year's inflation claim that does not say how the year is measured.
func (j *judgement) decDecMayDiffer() bool {
	if p := strings.TrimPrefix(j.claim.Period, "FY"); j.claim.Indicator != "inflation" || len(p) != 4 {
		return false
	}
	return j.claimedDefinition()[aspectCPI] == ""
}

// recomputedMayDiffer reports a claim that names no source judged against a rate the table's
// compiler recomputes from national series (recomputedSeries), which may lie within
// Options.CompilationGap of the rate the national office announces. A bound ("more than 5%",
// "nearly 4.9%") says on which side of its figure the rate lies, whoever rounded it, and is
// held to it.
func (j *judgement) recomputedMayDiffer(ref reference.Observation) bool {
	q := j.claim.Qualifier
	return j.claim.Source == "" && (q == extract.QualExact || q == extract.QualApprox) && recomputedSeries[[2]string{ref.Source, ref.Indicator}]
}

// withinCompilationGap reports a claim within the compilation gap (compilationGapAt) of the
// figure of a recomputed series current when the article appeared (the latest release, for an
// undated article), and sets *gap to the gap it was within: what a later release says was not
// what the office had announced then, and an earlier release's figure is judged as such.
func (j *judgement) withinCompilationGap(sources []series, iv interval, gap *float64) bool {
	published := j.publishedDay()
	for _, s := range sources {
		if !recomputedSeries[[2]string{s.source, j.claim.Indicator}] {
			continue
		}
		current := -1
		for i, r := range s.releases {
			if j.published.IsZero() || r.date <= published {
				current = i
			}
		}
		if current < 0 {
			continue
		}
		for _, o := range s.releases[current].obs {
			if g := compilationGapAt(j.opts.CompilationGap, o.Value); (margin{value: g}).within(iv, o.Value, true) {
				*gap = g
				return true
			}
		}
	}
	return false
}

// compilationGapAt is the compilation gap, in points, of a recomputed rate of value percent.
// A rate is a ratio of two levels less one, so that a difference of a given share in the
// ratio (the compiler's index or levels rounded otherwise than the office's) moves the rate by
// that share of 1 + rate: the configured gap holds for the common rates, and grows with the
// ratio for high ones. Argentina's 3,079% inflation of 1989, as INDEC announced it, against
// WDI's 3079.81 is no error (blind round 242); 0.81 points of it is 0.03% of the ratio.
func compilationGapAt(configured, value float64) float64 {
	return configured * max(1, 1+value/100)
}

// recomputedSeries are the series of rates the World Bank computes itself from the national
// offices' data (WDI's series notes: growth from constant-price GDP in local currency,
// inflation as the change of the annual average of the consumer price index), not as the
// offices announce them.
var recomputedSeries = map[[2]string]bool{
	{"World Bank WDI", "gdp_growth"}:            true,
	{"World Bank WDI", "gdp_per_capita_growth"}: true,
	{"World Bank WDI", "inflation"}:             true,
}

// modelledEstimateMayDiffer reports an unemployment rate that cites no source judged against a
// series of modelled estimates (the ILO's, which the World Bank publishes): a reader of news
// takes it as the national statistics office's survey figure, which the model adjusts, even
// when it says the rate is measured the ILO's way (the office's survey follows that
// definition too). A claim of another definition (registered unemployment) never reaches
// the modelled series.
func (j *judgement) modelledEstimateMayDiffer(ref reference.Observation) bool {
	return j.claim.Indicator == "unemployment_rate" && j.claim.Source == "" &&
		definitions().seriesDefinition(ref.Source, ref.Indicator, aspectEstimate) == modelledEstimate
}

// nextYear is the year after a year period ("2023" → "2024", "FY2023" → "FY2024").
func nextYear(period string) string {
	prefix, year := "", period
	if strings.HasPrefix(period, "FY") {
		prefix, year = "FY", period[2:]
	}
	y, err := strconv.Atoi(year)
	if err != nil {
		return period
	}
	return prefix + strconv.Itoa(y+1)
}

// nextYearOf returns the next year's rate from ref's source, as its latest release known.
func (j *judgement) nextYearOf(ref reference.Observation) (float64, bool) {
	var best reference.Observation
	found := false
	for _, o := range j.nextYear {
		if o.Source != ref.Source || obsKind(o) != kindActual || !j.releaseKnown(o.Release) || o.Basis != ref.Basis {
			continue
		}
		if !found || o.Release > best.Release {
			best, found = o, true
		}
	}
	return best.Value, found
}

// earlierMatchIn finds the most recent non-latest release of s that matches the interval.
func (j *judgement) earlierMatchIn(s series, iv interval) (earlierMatch, bool) {
	for i := len(s.releases) - 2; i >= 0; i-- {
		last, ok := s.releases[i].match(iv)
		if !ok {
			continue
		}
		first := last
		for k := i - 1; k >= 0; k-- {
			o, ok := s.releases[k].match(iv)
			if !ok {
				break
			}
			first = o
		}
		m := earlierMatch{source: s, first: first, last: last, revision: s.releases[i+1]}
		// A revision published the day the article appeared may have come after it was written
		// (a release at 8.30 and a story filed at dawn): only one from a day before makes the
		// claim outdated.
		m.outdated = !j.published.IsZero() && m.revision.date < j.publishedDay()
		return m, true
	}
	return earlierMatch{}, false
}

// describeEarlier says which earlier release the claim matches and what became of it.
func (j *judgement) describeEarlier(m earlierMatch) string {
	revisedTo, what := j.matchedRelease(m)
	switch {
	case m.outdated:
		return fmt.Sprintf("%s, already revised to %s on %s, before the article of %s",
			what, revisedTo, m.revision.date, j.publishedDay())
	case j.published.IsZero():
		return fmt.Sprintf("%s, revised to %s on %s; the article's date is unknown, so whether it was current when written cannot be told",
			what, revisedTo, m.revision.date)
	case m.first.Release > j.publishedDay():
		return fmt.Sprintf("%s, revised to %s on %s", what, revisedTo, m.revision.date)
	}
	return fmt.Sprintf("%s, current when the article appeared and revised to %s on %s", what, revisedTo, m.revision.date)
}

// matchedRelease returns the figure an earlier match was revised to, and the words that name
// the release it matches ("matches Rosstat first estimate of 2024-02-07").
func (j *judgement) matchedRelease(m earlierMatch) (revisedTo, what string) {
	revisedTo = formatValue(m.revision.obs[0].Value, indicatorUnitOr(j.claim.Indicator, j.claim.Unit))
	what = "matches " + releaseName(m.first)
	if !strings.Contains(what, m.first.Release) {
		what += " of " + m.first.Release
	}
	var notes []string
	if !j.published.IsZero() && m.first.Release > j.publishedDay() {
		notes = append(notes, "released after the article")
	}
	if m.last.Release != m.first.Release {
		notes = append(notes, "still the figure on "+m.last.Release)
	}
	if len(notes) > 0 {
		what += " (" + strings.Join(notes, ", and ") + ")"
	}
	return revisedTo, what
}

func (j *judgement) consistent(o reference.Observation, sources []series, citedInTable bool) Result {
	res := j.withReference(o)
	res.Verdict = Consistent
	res.Explanation = fmt.Sprintf("%s, matching the claim's %s", j.perSource(o), j.claimText())
	switch {
	case j.claim.Source != "" && !citedInTable:
		// A figure attributed to an organisation is judged against that organisation's
		// figures only: another source's agreement says nothing of what it said.
		res.Verdict, res.Reason = NoReference, ReasonCitedSource
		res.Explanation += ", but the claim cites " + j.claim.Source + ", which the table does not hold, so it is not judged against another source"
	case citedInTable && sources[0].source != o.Source:
		cited := sources[0].latest().obs[0]
		res.Explanation += fmt.Sprintf("; the cited source, %s, gives %s (release %s)",
			cited.Source, formatValue(cited.Value, indicatorUnitOr(cited.Indicator, j.claim.Unit)), cited.Release)
	case citedInTable:
		res.Explanation += ", the source the article cites"
	}
	res.Explanation += j.fullStop()
	return res
}

// withReference fills the reference fields of a result from one observation.
func (j *judgement) withReference(o reference.Observation) Result {
	// The value and the delta share one allocation: every judged claim has both.
	numbers := &[2]float64{o.Value, claimDelta(&j.claim, o.Value)}
	return Result{
		Claim:      j.claim,
		RefValue:   &numbers[0],
		RefPeriod:  o.Period,
		RefSource:  o.Source,
		RefRelease: o.Release,
		RefURL:     o.SourceURL,
		Delta:      &numbers[1],
	}
}

// perSource opens an explanation: "Per World Bank WDI (release 2026-07-01), Russia's GDP
// growth in 2023 was 4.07%".
func (j *judgement) perSource(o reference.Observation) string {
	// Nearly every judged claim's explanation opens with this: the figure and the subject's
	// words are joined into it directly, in its one allocation.
	var valueSpace [48]byte
	value := appendValue(valueSpace[:0], o.Value, indicatorUnitOr(o.Indicator, j.claim.Unit))
	return j.perSourceWith(o, value)
}

// perSourceBeside is perSource for a claim judged inconsistent with o, whose figure it prints
// with as many decimals as it takes not to print it as one the claim matches (decimalsBeside:
// "5.045%" beside a claim of 5.1%, where "5.05%" read as a match).
func (j *judgement) perSourceBeside(o reference.Observation, iv interval) string {
	unit := indicatorUnitOr(o.Indicator, j.claim.Unit)
	suffix, ok := unitSuffix(unit)
	if !ok || unit != j.claim.Unit {
		return j.perSource(o)
	}
	var valueSpace [48]byte
	return j.perSourceWith(o, appendSuffixedDecimals(valueSpace[:0], o.Value, decimalsBeside(o.Value, iv, 2), suffix))
}

// perSourceWith is perSource with the figure already written.
func (j *judgement) perSourceWith(o reference.Observation, value []byte) string {
	verb := "was"
	if obsKind(o) == kindProjection {
		verb = "was projected at"
	}
	w := j.subjectWords(definitions().seriesTag(o.Source, o.Indicator))
	return "Per " + o.Source + " (release " + o.Release + "), " +
		w.name + w.possessive + " " + w.indicator + w.tagOpen + w.tag + w.tagClose + " " + w.in + " " + w.period +
		" " + verb + " " + string(value) + observationDetail(o)
}

// subject names what the claim is about: "Russia's GDP growth in 2023".
func (j *judgement) subject() string { return j.subjectWords("").text() }

// subjectWords are the words of a subject, tagged with a series' definition when tag is set:
// "Germany" "'s" "unemployment rate" " (" "ILO-modelled" ")" "in" "2024".
type subjectWords struct {
	name, possessive, indicator, tagOpen, tag, tagClose, in, period string
}

func (j *judgement) subjectWords(tag string) subjectWords {
	w := subjectWords{in: "in", tag: tag}
	if len(j.claim.Period) == len(dateLayout) {
		w.in = "on"
	}
	if tag != "" {
		w.tagOpen, w.tagClose = " (", ")"
	}
	w.name = entityName(j.claim.Entity, j.opts.Names)
	w.possessive = possessiveEnding(w.name)
	w.indicator = IndicatorName(j.claim.Indicator)
	w.period = periodName(j.claim.Period)
	return w
}

func (w subjectWords) text() string {
	return w.name + w.possessive + " " + w.indicator + w.tagOpen + w.tag + w.tagClose + " " + w.in + " " + w.period
}

func (j *judgement) claimText() string {
	return claimValueText(&j.claim)
}

func (j *judgement) asOfClause() string {
	if j.opts.AsOf.IsZero() {
		return ""
	}
	return " as of " + j.asOfDay()
}

// releaseName is how an explanation names a release: its label, else "Rosstat's release".
func releaseName(o reference.Observation) string {
	if o.Label != "" {
		return o.Label
	}
	return possessive(o.Source) + " release"
}

// earlierMayMatch says, of a dated claim that matches no release, when it may be a release
// the table lacks: the table holds none from the first year after the period, and the claim
// lies within the configured revision margin of its figures. "China grew 5.2% in 2023",
// written in 2026, quotes the first estimate, which the table (from December 2025: 5.4%)
// lacks; the figure is outdated rather than wrong, and the editor should know that the
// table cannot tell the two apart. Empty otherwise.
func (j *judgement) earlierMayMatch(v *releaseView, iv interval) string {
	if j.published.IsZero() || v.afterPublication || !v.releasesLate {
		return ""
	}
	configured := margin{value: j.opts.RevisionMargin, pct: j.opts.RevisionPercentile}
	if !j.withinMargin(v.sources, iv, configured) {
		return ""
	}
	// (said as what the editor must do either way: "outdated rather than wrong" beside the
	// verdict inconsistent read as a contradiction to three blind testers, rounds 60-64)
	return ", but the table holds no release from before " + v.earliest +
		", more than a year after " + periodName(j.claim.Period) + ", and the claim is within " + configured.describe(j.isRate()) +
		", so it may repeat an earlier release the table lacks; either way, it was not the figure current when the article appeared"
}
