package checks

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unsafe"
	"weak"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// Like with like: a rate is judged only against a figure of the same basis (an annualised
// quarter never against a q/q one) and the same frequency (a month never against a year's
// average). When the table holds the family but not the claim's basis or frequency, the
// verdict is no_reference and the explanation says what the table does hold.

// historian is a Reference that can list a whole series (every period of an entity's
// indicator); *reference.Store is one. Explanations of a missing frequency and the judging of
// rate decisions need it; with a Reference that cannot, they say less.
type historian interface {
	History(entity, indicator string) ([]reference.Observation, error)
}

// basisLevel is the basis of a level (an index, an exchange rate, a policy rate): no claim's
// basis rules it out.
const basisLevel = "level"

var basisWords = map[string]string{
	extract.BasisAnnual:     "annual",
	extract.BasisYoY:        "year on year",
	extract.BasisQoQ:        "quarter on quarter",
	extract.BasisAnnualised: "annualised quarter on quarter",
	extract.BasisMoM:        "month on month",
}

// headlineOnly keeps, for a quarterly claim that states no basis, the figures on the basis the
// economy announces (annualised q/q for the US and Japan, q/q for the euro area and
// Switzerland: whatever the table holds other than y/y), so that an unstated basis is read as
// the headline and never matched against the y/y rate by chance.
func (j *judgement) headlineOnly(all []reference.Observation) []reference.Observation {
	if !isQuarter(j.claim.Period) || (j.claim.Basis != "" && j.claim.Basis != extract.BasisUnknown) {
		return all
	}
	var headline []reference.Observation
	for _, o := range all {
		if o.Basis != extract.BasisYoY {
			headline = append(headline, o)
		}
	}
	if len(headline) == 0 {
		return all
	}
	return headline
}

func isQuarter(period string) bool {
	return len(period) == 7 && period[4] == '-' && period[5] == 'Q'
}

// observationDetail is what an explanation adds after a reference figure: its basis when it
// is not a whole year's, and how the table derived it ("annualised q/q growth derived from the
// vintage's real GDP levels").
func observationDetail(o reference.Observation) string {
	if o.Derivation != "" {
		return " (" + o.Derivation + ")"
	}
	if words, ok := basisWords[o.Basis]; ok && o.Basis != extract.BasisAnnual {
		return " (" + words + ")"
	}
	return ""
}

// otherBasisHeld explains a claim whose basis the table does not hold: the latest figure on
// each basis it does hold. all are the observations of the claim's key.
func (j *judgement) otherBasisHeld(all []reference.Observation) string {
	latest := map[string]reference.Observation{}
	for _, o := range all {
		if !j.releaseKnown(o.Release) || obsKind(o) != kindActual {
			continue
		}
		if l, ok := latest[o.Basis]; !ok || o.Release > l.Release || (o.Release == l.Release && j.sourceRank(o.Source) < j.sourceRank(l.Source)) {
			latest[o.Basis] = o
		}
	}
	var held []string
	for _, basis := range sortedBases(latest) {
		o := latest[basis]
		held = append(held, fmt.Sprintf("%s (%s, %s release %s)", basisName(basis),
			formatValue(o.Value, indicatorUnitOr(o.Indicator, j.claim.Unit)), o.Source, o.Release))
	}
	return fmt.Sprintf("No reference: the table holds %s only %s, not %s as the claim states, and a rate on one basis is never judged against another.",
		j.subject(), joinWords(held), basisName(j.claim.Basis))
}

func basisName(basis string) string {
	if words, ok := basisWords[basis]; ok {
		return words
	}
	return basis
}

func sortedBases(m map[string]reference.Observation) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// joinWords: "a", "a and b", "a, b and c".
func joinWords(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// heldFrequencies are the frequencies frequencyOf names, in the order explanations list them.
var heldFrequencies = [...]string{"day", "month", "quarter", "half-year", "year", "fiscal year"}

// longestSpan is, for each of heldFrequencies, the most days from the first day of one of its
// periods to the last (periodSpan): a period cannot hold a longer one. A fiscal year's is not
// bounded ("FY" is read off whatever follows it).
var longestSpan = [len(heldFrequencies)]int{0, 30, 91, 183, 365, math.MaxInt}

// frequencyOf names the frequency of a period: "month", "quarter", "year", "day".
func frequencyOf(period string) string {
	switch {
	case strings.HasPrefix(period, "FY"):
		return "fiscal year"
	case len(period) == 4:
		return "year"
	case isQuarter(period):
		return "quarter"
	case len(period) == 7 && period[5] == 'H':
		return "half-year"
	case len(period) == 7:
		return "month"
	case len(period) == 10:
		return "day"
	}
	return ""
}

// otherFrequencyHeld explains a claim whose period the table has no figure for although it
// holds the family: at another frequency ("the table holds the United Kingdom's inflation by
// year (1960 to 2024), not for July 2023; for 2023 it was 6.79% (World Bank WDI, release
// 2026-07-01), which a figure of a month is never judged against"), or at the claim's but not
// for its period ("... it holds the euro area's GDP growth by quarter (Q2 1980 to Q3 2024) and
// by year (1971 to 2024)"). It returns "" when the table holds no figure of the entity's
// indicator on the claim's basis, or cannot list a series.
func (j *judgement) otherFrequencyHeld(ref Reference) (string, error) {
	c := &j.claim
	if k, ok := ref.(keeper); ok {
		// (what the text is made of besides the series: see heldKey)
		key := strings.Join([]string{"held", c.Entity, j.opts.Names[c.Entity], c.Indicator, c.Period, c.Basis, c.Unit,
			j.opts.AsOf.Format(time.RFC3339Nano)}, "\x00")
		text, err := k.Keep(key, func() (any, int, error) {
			text, err := j.keptSummaryText(k, ref)
			return text, len(text), err
		})
		s, _ := text.(string)
		return s, err
	}
	return j.frequencyHeldOf(ref)
}

// keptSummaryText is otherFrequencyHeld's text made from the summary of the series that k
// keeps for the claims of its basis, whatever their period: claims of many periods (every
// month of a decade) of a series of ten thousand figures read and walked it for each.
func (j *judgement) keptSummaryText(k keeper, ref Reference) (string, error) {
	c := &j.claim
	key := strings.Join([]string{"held summary", c.Entity, c.Indicator, c.Basis, j.opts.AsOf.Format(time.RFC3339Nano)}, "\x00")
	sum, err := k.Keep(key, func() (any, int, error) {
		all, ok, err := historyOf(ref, c.Entity, c.Indicator)
		if err != nil {
			return nil, 0, fmt.Errorf("reference lookup: %w", err)
		}
		if !ok {
			return (*heldSummary)(nil), 0, nil
		}
		s := j.summarizeHeld(all)
		return &s, len(s.periods) * int(unsafe.Sizeof(heldPeriod{})), nil
	})
	if err != nil {
		return "", err
	}
	s, _ := sum.(*heldSummary)
	if s == nil {
		return "", nil
	}
	return j.heldText(s), nil
}

// keeper is a Reference that keeps what is made of its figures (reference.Store.Keep).
type keeper interface {
	Keep(key string, compute func() (value any, size int, err error)) (any, error)
}

// frequencyHeldOf is otherFrequencyHeld's text, made of the series read from ref.
func (j *judgement) frequencyHeldOf(ref Reference) (string, error) {
	c := &j.claim
	if h, lends := ref.(sharedHistorian); lends {
		all, err := h.SharedHistory(c.Entity, c.Indicator)
		if err != nil {
			return "", fmt.Errorf("reference lookup: %w", err)
		}
		return j.keptFrequencyHeld(all), nil
	}
	all, ok, err := historyOf(ref, c.Entity, c.Indicator)
	if err != nil {
		return "", fmt.Errorf("reference lookup: %w", err)
	}
	if !ok {
		return "", nil
	}
	return j.frequencyHeldIn(all), nil
}

// keptFrequencyHeld is frequencyHeldIn of a lent series, kept for the next claim that asks
// it of the same series with the same words: a dense text asks it of a few series thousands
// of times, and each time walked the whole series (every release of every year).
//
// An entry is found by a weak pointer to the series, which tells it from any other series
// even at the same address once it has been collected, and by everything else the text is
// made of. Weak, so that a series the store no longer keeps (a long one is never kept, and is
// read afresh for each claim) is not kept alive by the entries of its claims.
func (j *judgement) keptFrequencyHeld(all []reference.Observation) string {
	if len(all) == 0 {
		return j.frequencyHeldIn(all)
	}
	c := &j.claim
	key := heldKey{
		figures:   weak.Make(unsafe.SliceData(all)),
		count:     len(all),
		entity:    c.Entity,
		name:      j.opts.Names[c.Entity],
		indicator: c.Indicator,
		period:    c.Period,
		basis:     c.Basis,
		unit:      c.Unit,
		asOf:      j.opts.AsOf,
	}
	// The claims of one series ask about many periods: the set is chosen by the period and
	// basis too (FNV-1a), so that they do not crowd one set.
	h := uint64(14695981039346656037)
	for _, s := range [...]string{c.Period, c.Basis} {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
	}
	set := heldTexts.set(uintptr(unsafe.Pointer(unsafe.SliceData(all)))+uintptr(h), len(all))
	for i := range set {
		if kept := set[i].Load(); kept != nil && kept.key == key {
			return kept.text
		}
	}
	text := j.frequencyHeldIn(all)
	heldTexts.store(set, &keptHeld{key: key, text: text})
	return text
}

// heldKey is everything frequencyHeldIn's text is made of: the series (its figures and their
// count), the claim's entity (and Options.Names' name of it), indicator, period, basis and
// unit, and Options.AsOf.
type heldKey struct {
	figures                                      weak.Pointer[reference.Observation]
	count                                        int
	entity, name, indicator, period, basis, unit string
	asOf                                         time.Time
}

// keptHeld is a text and its key.
type keptHeld struct {
	key  heldKey
	text string
}

// heldTexts keeps the texts of keptFrequencyHeld.
var heldTexts addressCache[keptHeld]

// frequencyHeldIn is otherFrequencyHeld's text of the series all.
func (j *judgement) frequencyHeldIn(all []reference.Observation) string {
	sum := j.summarizeHeld(all)
	return j.heldText(&sum)
}

// heldSummary is what frequencyHeldIn reads of a series for the claims of one basis, as of one
// day (Options.AsOf), whatever their period: the first and last period held at each frequency
// (by index in heldFrequencies), and the figure of each period (its latest release). A series
// of ten thousand figures (every vintage of a real-time set) has a few hundred periods, so a
// claim's text is made from the summary without walking the series again.
type heldSummary struct {
	first, last [len(heldFrequencies)]string
	anyHeld     bool
	periods     []heldPeriod // in order of period
}

// heldPeriod is a period of a series: its frequency (by index in heldFrequencies), its span,
// and its figure of the latest release (the first of that release in the series' order).
type heldPeriod struct {
	frequency int
	span      dateSpan
	spanKnown bool
	figure    reference.Observation
}

// summarizeHeld summarizes the series all for the claim's basis and Options.AsOf.
func (j *judgement) summarizeHeld(all []reference.Observation) heldSummary {
	var sum heldSummary
	c := &j.claim
	for i := range all {
		o := &all[i]
		if !j.releaseKnown(o.Release) || obsKind(*o) != kindActual || !basisCompatible(c.Basis, o.Basis) {
			continue
		}
		k := slices.Index(heldFrequencies[:], frequencyOf(o.Period))
		if k < 0 {
			continue
		}
		sum.anyHeld = true
		if sum.first[k] == "" || o.Period < sum.first[k] {
			sum.first[k] = o.Period
		}
		if o.Period > sum.last[k] {
			sum.last[k] = o.Period
		}
		if n := len(sum.periods); n > 0 && sum.periods[n-1].figure.Period == o.Period {
			if o.Release > sum.periods[n-1].figure.Release {
				sum.periods[n-1].figure = *o
			}
			continue
		}
		span, ok := periodSpan(o.Period)
		sum.periods = append(sum.periods, heldPeriod{frequency: k, span: span, spanKnown: ok, figure: *o})
	}
	return sum
}

// heldText is frequencyHeldIn's text of a summarized series.
func (j *judgement) heldText(sum *heldSummary) string {
	c := &j.claim
	claimed, ok := periodSpan(c.Period)
	if !ok || !sum.anyHeld {
		return ""
	}
	// the figure of the shortest period that holds the claim's (latest release first)
	var enclosing *reference.Observation
	claimedFrequency := frequencyOf(c.Period)
	claimedDays := int(claimed.to.Sub(claimed.from).Hours() / 24)
	for i := range sum.periods {
		p := &sum.periods[i]
		if heldFrequencies[p.frequency] == claimedFrequency || longestSpan[p.frequency] < claimedDays {
			continue
		}
		if !p.spanKnown || p.span.from.After(claimed.from) || p.span.to.Before(claimed.to) {
			continue
		}
		o := &p.figure
		if enclosing == nil || len(o.Period) > len(enclosing.Period) ||
			(len(o.Period) == len(enclosing.Period) && o.Release > enclosing.Release) {
			enclosing = o
		}
	}
	var heldSpace [len(heldFrequencies)]string
	held := heldSpace[:0]
	for k, f := range heldFrequencies {
		if sum.first[k] != "" {
			span := periodName(sum.first[k])
			if sum.last[k] != sum.first[k] {
				span += " to " + periodName(sum.last[k])
			}
			held = append(held, "by "+f+" ("+span+")")
		}
	}
	what := possessive(entityName(c.Entity, j.opts.Names)) + " " + IndicatorName(c.Indicator)
	if k := slices.Index(heldFrequencies[:], claimedFrequency); k >= 0 && sum.first[k] != "" {
		// The claim's frequency is held, but not its period.
		return "No reference: the table has no figure for " + j.subject() + j.asOfClause() + "; it holds " +
			what + " " + joinWords(held) + "."
	}
	// Joined, not Sprintf'd: a claim with no figure of its period reaches here, and a dense
	// text has thousands.
	text := "No reference: the table holds " + what + " " + joinWords(held) + ", not for " + periodName(c.Period)
	if enclosing != nil {
		text += "; for " + periodName(enclosing.Period) + " it was " +
			formatValue(enclosing.Value, indicatorUnitOr(enclosing.Indicator, c.Unit)) +
			observationDetail(*enclosing) + " (" + enclosing.Source + ", release " + enclosing.Release +
			"), which a figure of a " + frequencyOf(c.Period) + " is never judged against"
	}
	return text + "."
}

// derivedGrowthSlack is how far a growth rate the table derived from published levels can lie
// from the rate the agency computed from its unrounded levels: BEA's levels are published to
// $0.1 billion, which moves an annualised rate of a $20 trillion economy by 0.002 points and
// of a $2 trillion one by 0.02. Without it, BEA's 2.4% for Q2 2023 would fail against the
// 2.4504% derived from the rounded levels.
const derivedGrowthSlack = 0.01

// containsFigure reports whether a reference figure lies in the interval, allowing a derived
// figure the error of its derivation: derivedGrowthSlack for growth rates, and for the inverse
// of an exchange rate published to four decimals, the relative error of that rounding.
func (iv interval) containsFigure(o reference.Observation) bool {
	slack := 0.0
	switch {
	case o.Derivation == "" || strings.HasPrefix(o.Derivation, publishedAs):
	case o.Indicator == "exchange_rate":
		slack = 1e-4 * math.Abs(o.Value)
	default:
		slack = derivedGrowthSlack
	}
	return interval{iv.lo - slack, iv.hi + slack}.contains(o.Value)
}

// nominalWords mark a sentence about GDP in current prices; realWords one about GDP in
// constant prices.
var (
	nominalWords = []string{"nominal", "in cash terms", "current prices", "current-price", "money terms"}
	realWords    = []string{"real gdp", "in real terms", "chained", "constant prices", "constant-price", "inflation-adjusted", "price-adjusted"}
	perHeadWords = []string{"per capita", "per head", "per person", "per inhabitant", "per-capita"}
)

// neighbouringMeasure keeps a claim from being judged against a neighbouring measure the
// extractor may have linked it to: the table's growth rates are real, its GDP in dollars is
// nominal and total. A growth rate in a sentence about nominal GDP, or a dollar GDP in one
// about real (chained) GDP, is no_reference; a GDP in a sentence about GDP per head is judged
// against GDP per capita as well, and not called wrong when it matches neither, since which
// one it states is unknown. ok is false when the claim is none of these.
func (j *judgement) neighbouringMeasure(ref Reference) (res Result, ok bool, err error) {
	c := &j.claim
	if c.Indicator != "gdp_growth" && c.Indicator != "gdp_per_capita_growth" && c.Indicator != "gdp" {
		return Result{}, false, nil
	}
	read, _ := j.sentence()
	nominalGDP, realGDP, gdpPerHead, _ := read.measureWords()
	switch {
	case (c.Indicator == "gdp_growth" || c.Indicator == "gdp_per_capita_growth") && nominalGDP && !realGDP:
		return Result{Claim: *c, Verdict: NoReference, Reason: ReasonOtherDefinition, Explanation: fmt.Sprintf(
			"No reference: the sentence speaks of nominal GDP, and the table holds %s in real terms (constant prices) only, which a nominal rate is never judged against.",
			j.subject())}, true, nil
	case c.Indicator == "gdp" && realGDP && !nominalGDP:
		return Result{Claim: *c, Verdict: NoReference, Reason: ReasonOtherDefinition, Explanation: fmt.Sprintf(
			"No reference: the sentence speaks of real GDP (constant prices), and the table holds %s in current US dollars only, which a real level is never judged against.",
			j.subject())}, true, nil
	case c.Indicator == "gdp_per_capita_growth" && !realGDP:
		// "GDP per capita rose 5.5%": news writes the growth of GDP per head in dollars as
		// often as in real terms, unlike that of GDP ("the economy grew"), which is real.
		// The table's growth rate is real; a claim that matches the dollar figures' growth
		// instead is not flagged.
		inReal, err := j.judgeFigure(ref)
		if err != nil || matched(inReal) || inReal.Verdict != Inconsistent {
			return inReal, true, err
		}
		nominal, ok, err := j.nominalPerCapitaGrowth(ref)
		iv := claimInterval(c, j.opts)
		if err != nil || !ok || !iv.contains(math.Round(nominal*10)/10) && !iv.contains(nominal) {
			return inReal, true, err
		}
		res := inReal
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		res.Explanation = strings.TrimSuffix(inReal.Explanation, ".") + fmt.Sprintf("; but GDP per capita in current US dollars grew %s in %s, which the claim's %s matches: it may speak of dollars, not real terms, so it is not judged.",
			formatValue(nominal, extract.UnitPercent), periodName(c.Period), j.claimText())
		return res, true, nil
	case c.Indicator == "gdp" && gdpPerHead:
		total, err := j.judgeFigure(ref)
		if err != nil || matched(total) {
			return total, true, err
		}
		perHead := *j
		perHead.claim.Indicator = "gdp_per_capita"
		atPerHead, err := perHead.judgeFigure(ref)
		if err != nil || matched(atPerHead) {
			atPerHead.Claim = *c
			return atPerHead, true, err
		}
		res := total
		res.Verdict, res.Reason = NoReference, ReasonOtherDefinition
		res.Explanation = fmt.Sprintf("No reference: the sentence speaks of GDP per head, and the claim's %s matches neither %s nor the GDP per capita, so which it states is unknown.",
			j.claimText(), j.subject())
		return res, true, nil
	}
	return Result{}, false, nil
}

func matched(r Result) bool {
	return r.Verdict == Consistent || r.Verdict == Revised || r.Verdict == Outdated
}

// unstatedBasisMatch judges a quarter's rate that states no basis, which the headline basis
// (headlineOnly) found inconsistent, against the other bases such a rate is published on: the
// y/y rate the table holds, and the q/q and annualised rates, each compounded from the other.
// Reporters write "Japan's GDP fell 0.5% in the quarter" of the q/q rate, and "grew 3%" of
// America's y/y one, without saying so: a figure that matches another basis is not flagged.
// The row keeps the headline figure as its reference, and says what the claim matches.
func (j *judgement) unstatedBasisMatch(headline Result, all []reference.Observation) (Result, bool) {
	if !mayReadUnstatedBasis(&j.claim) {
		return Result{}, false
	}
	for _, basis := range []string{extract.BasisQoQ, extract.BasisYoY, extract.BasisAnnualised} {
		var on []reference.Observation
		for _, o := range all {
			if !j.releaseKnown(o.Release) || obsKind(o) != kindActual {
				continue
			}
			if v, ok := onBasis(o, basis); ok {
				on = append(on, v)
			}
		}
		if len(on) == 0 {
			continue
		}
		other, err := j.judgeReleases(on)
		if err != nil || other.Verdict == Inconsistent {
			continue
		}
		res := headline
		res.Verdict, res.Reason = NoReference, ReasonUnstatedBasis
		res.Explanation = fmt.Sprintf("No reference: the claim states no basis; read as the headline rate, %s; read as %s, %s; a rate that states no basis is not judged against one it may not be on.",
			clause(headline.Explanation), basisName(basis), clause(other.Explanation))
		return res, true
	}
	return Result{}, false
}

// mayReadUnstatedBasis reports a claim that unstatedBasisMatch may read on other bases: a
// quarter's outturn that states no basis.
func mayReadUnstatedBasis(c *extract.Claim) bool {
	return isQuarter(c.Period) && (c.Basis == "" || c.Basis == extract.BasisUnknown) && c.Kind != extract.KindForecast
}

// onBasis returns o as a rate on basis: itself when it is one, the q/q rate an annualised rate
// compounds from (and the reverse), or false.
func onBasis(o reference.Observation, basis string) (reference.Observation, bool) {
	switch {
	case o.Basis == basis:
		return o, true
	case o.Basis == extract.BasisAnnualised && basis == extract.BasisQoQ:
		o.Value = (math.Pow(1+o.Value/100, 0.25) - 1) * 100
		o.Derivation = "q/q growth that compounds to the annualised rate"
	case o.Basis == extract.BasisQoQ && basis == extract.BasisAnnualised:
		o.Value = (math.Pow(1+o.Value/100, 4) - 1) * 100
		o.Derivation = "annualised rate compounded from q/q growth"
	default:
		return o, false
	}
	o.Basis = basis
	return o, true
}

// clause makes a sentence of an explanation a clause of another: "Per BEA ..., it was 2.9%."
// → "per BEA ..., it was 2.9%".
func clause(sentence string) string {
	sentence = strings.TrimSuffix(sentence, ".")
	if strings.HasPrefix(sentence, "Per ") {
		sentence = "per " + sentence[len("Per "):]
	}
	return sentence
}

// nominalPerCapitaGrowth is the growth of the claim's GDP per capita in current US dollars
// over its year, from the latest release that holds both years of the first source that
// does; ok is false when none does.
func (j *judgement) nominalPerCapitaGrowth(ref Reference) (float64, bool, error) {
	c := &j.claim
	this, err := observationsOf(ref, c.Entity, "gdp_per_capita", c.Period)
	if err != nil {
		return 0, false, err
	}
	before, err := observationsOf(ref, c.Entity, "gdp_per_capita", previousYear(c.Period))
	if err != nil {
		return 0, false, err
	}
	var best *reference.Observation
	var base float64
	for i := range this {
		o := &this[i]
		if obsKind(*o) != kindActual || !j.releaseKnown(o.Release) || best != nil && o.Release <= best.Release {
			continue
		}
		for _, b := range before {
			if b.Source == o.Source && b.Release == o.Release && b.Value > 0 {
				best, base = o, b.Value
			}
		}
	}
	if best == nil {
		return 0, false, nil
	}
	return (best.Value/base - 1) * 100, true, nil
}

// previousYear is the year before a year's period ("2023" → "2022"), or the period itself.
func previousYear(period string) string {
	y, err := strconv.Atoi(period)
	if err != nil || len(period) != 4 {
		return period
	}
	return strconv.Itoa(y - 1)
}
