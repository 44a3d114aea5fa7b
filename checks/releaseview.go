package checks

import (
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/factcheck/factcheck/reference"
)

// releaseView is what judgeReleases reads of a claim's figures whatever figure the claim
// states: the sources in the order they are tried, the explanation's opening for each
// source's latest figure, the dates that decide which margin applies, and the margin. A text
// dense with figures asks about the same few hundred series tens of thousands of times, and
// all of this used to be made afresh for every claim (see releaseViewOf).
//
// A view is immutable once published, except for its margins, which are measured on first
// use under their own sync.Once: the revisions are measured only when a claim needs them.
type releaseView struct {
	sources      []series
	citedInTable bool
	rate         bool // isRate: margins in points
	// leads are the openings of explanations (perSource) of each source's latest figure.
	leads []string
	// names are the sources' names joined with "or", as an inconsistent verdict lists them.
	names string
	// afterPublication is allReleasedAfterPublication; releasesLate firstReleasesMissing,
	// firstReleasesMissing the same of an undated article; earliest is the date of the
	// earliest first release (earliestSource).
	afterPublication, releasesLate, firstReleasesMissing bool
	// lateBy is how long after the period its earliest release came out when
	// firstReleasesMissing: "a year", or "a month" for a quarter's, a half's or a month's
	// figure (firstRoundMissing).
	lateBy   string
	earliest string

	marginOnce sync.Once
	margin     viewMargins
	marginErr  error
}

// viewMargins are the margins of judgeReleases and their words (margin.describe).
type viewMargins struct {
	// margin is the measured margin when every release came out after the article, else
	// the configured one; undated is the margin of figures under a year old when the
	// article is undated and the table lacks the first releases, else margin.
	margin, undated     margin
	words, undatedWords string
}

// newReleaseView makes the view of sources, ordered as groupBySource orders them.
func (j *judgement) newReleaseView(sources []series, citedInTable bool) *releaseView {
	v := &releaseView{sources: sources, citedInTable: citedInTable, rate: j.isRate()}
	v.leads = make([]string, len(sources))
	for i, s := range sources {
		v.leads[i] = j.perSource(s.latest().obs[0])
	}
	v.names = sources[0].source
	if len(sources) > 1 {
		all := make([]string, len(sources))
		for i, s := range sources {
			all[i] = s.source
		}
		v.names = strings.Join(all, " or ")
	}
	v.afterPublication = j.allReleasedAfterPublication(sources)
	v.releasesLate = j.firstReleasesMissing(sources)
	v.firstReleasesMissing = j.published.IsZero() && v.releasesLate
	v.lateBy = "a year"
	if j.published.IsZero() && !v.releasesLate && j.firstRoundMissing(sources) {
		// Only an undated article's claim: a dated one is judged by the releases around its
		// date (gapAround).
		v.firstReleasesMissing, v.lateBy = true, "a month"
	}
	v.earliest = sources[j.earliestSource(sources)].releases[0].date
	return v
}

// margins returns the view's margins, measured on first use (j is any claim of the view).
func (v *releaseView) margins(j *judgement) (viewMargins, error) {
	v.marginOnce.Do(func() { v.margin, v.marginErr = j.measureMargins(v) })
	return v.margin, v.marginErr
}

func (j *judgement) measureMargins(v *releaseView) (viewMargins, error) {
	// The measured margin stands for the revisions a figure may have had after the article:
	// it applies when the table holds no release from before the article, so that the figure
	// current then is unknown. Otherwise that figure is in the table and was tested already,
	// and the configured margin stands for what sources and editions differ by.
	m := viewMargins{margin: margin{value: j.opts.RevisionMargin, pct: j.opts.RevisionPercentile}}
	if v.afterPublication {
		var err error
		if m.margin, err = j.revisionMargin(j.beyondMeasuredSpan(v.sources)); err != nil {
			return m, err
		}
	}
	// An undated article may have been written in the years right after the period, when the
	// figure was a first estimate; where the table holds none of that time's releases, the
	// margin of figures under a year old stands for what the figure may have moved since.
	m.undated = m.margin
	if v.firstReleasesMissing {
		var err error
		if m.undated, err = j.revisionMarginAt(reference.AgeBuckets[0].Name, j.opts.RevisionPercentile); err != nil {
			return m, err
		}
	}
	m.words = m.margin.describe(v.rate)
	m.undatedWords = m.undated.describe(v.rate)
	return m, nil
}

// releaseViewOf is the view of obs for the claim: kept for the next claim that asks about the
// same figures when the table lent them, else made afresh.
//
// A view is kept by the address of the lent figures, which the table never changes (see
// lender) and the view keeps alive, so that no other figures can come to have it, and by
// everything else it is made of: the claim's entity, indicator, period and unit, the
// article's date, the options it reads, the order of the sources and whether the cited one
// leads. The order depends on the claim's source and the options' priority and aliases; it
// is worked out for each claim, on the grouping kept for the figures.
func (j *judgement) releaseViewOf(obs []reference.Observation) *releaseView {
	if !j.lentFigures(obs) {
		return j.freshReleaseView(obs)
	}
	revisions, ok := keyedRevisions(j.opts.Revisions)
	if !ok {
		return j.freshReleaseView(obs)
	}
	at := unsafe.SliceData(obs)
	g := groupedFigures(obs)
	key := releaseViewKey{
		figures:        at,
		count:          len(obs),
		entity:         j.claim.Entity,
		name:           j.opts.Names[j.claim.Entity],
		indicator:      j.claim.Indicator,
		period:         j.claim.Period,
		unit:           j.claim.Unit,
		published:      j.published,
		asOf:           j.opts.AsOf,
		revisionMargin: j.opts.RevisionMargin,
		percentile:     j.opts.RevisionPercentile,
		beyondSpan:     j.opts.RevisionPercentileBeyondSpan,
		revisions:      revisions,
	}
	if len(g.sources) > len(key.order) {
		return j.freshReleaseView(obs)
	}
	// The order groupBySource gives, as positions in the grouping (which is by name).
	for i := range g.sources {
		key.order[i] = uint8(i)
	}
	if len(g.sources) > 1 {
		var rank [len(key.order)]int
		for i, s := range g.sources {
			rank[i] = j.sourceRank(s.source)
		}
		for i := 1; i < len(g.sources); i++ {
			for k := i; k > 0 && rankedBefore(rank[key.order[k]], rank[key.order[k-1]], g.sources[key.order[k]].source, g.sources[key.order[k-1]].source); k-- {
				key.order[k], key.order[k-1] = key.order[k-1], key.order[k]
			}
		}
	}
	first := g.sources[key.order[0]].source
	key.citedInTable = j.claim.Source != "" && sourceMatches(j.claim.Source, first, j.opts.SourceAliases)

	set := views.set(uintptr(unsafe.Pointer(at)), len(obs))
	for i := range set {
		if kept := set[i].Load(); kept != nil && kept.key == key {
			return kept.view
		}
	}
	sources := make([]series, len(g.sources))
	for i := range sources {
		sources[i] = g.sources[key.order[i]]
	}
	v := j.newReleaseView(sources, key.citedInTable)
	views.store(set, &keptView{key: key, grouping: g, view: v})
	return v
}

// freshReleaseView is releaseViewOf made afresh.
func (j *judgement) freshReleaseView(obs []reference.Observation) *releaseView {
	sources := j.groupBySource(obs)
	citedInTable := j.claim.Source != "" && sourceMatches(j.claim.Source, sources[0].source, j.opts.SourceAliases)
	return j.newReleaseView(sources, citedInTable)
}

// lentFigures reports whether obs are the figures the table lent for the claim's lookup
// (judgeFigure), whole: figures filtered from them are a copy, made for one claim.
func (j *judgement) lentFigures(obs []reference.Observation) bool {
	return len(obs) > 0 && len(j.lent) == len(obs) && unsafe.SliceData(j.lent) == unsafe.SliceData(obs)
}

// keyedRevisions is the part of the key that stands for Options.Revisions: nil, or a
// LazyRevisions, which measures once and gives the same revisions ever after. Any other
// source may give other revisions on another call, and is not kept by.
func keyedRevisions(r RevisionSource) (*lazyRevisions, bool) {
	if r == nil {
		return nil, true
	}
	lazy, ok := r.(*lazyRevisions)
	return lazy, ok
}

// releaseViewKey is everything a releaseView is made of besides the figures' grouping.
type releaseViewKey struct {
	figures *reference.Observation
	count   int
	// order is the sources' order, as positions in the grouping by name; citedInTable
	// whether the first is the source the claim cites.
	order        [8]uint8
	citedInTable bool
	// name is Options.Names' name of entity ("" when none).
	entity, name, indicator, period, unit  string
	published, asOf                        time.Time
	revisionMargin, percentile, beyondSpan float64
	revisions                              *lazyRevisions
}

// keptView is a view and its key; grouping keeps the figures alive (a view's sources may
// be a sorted copy of them), so that no other figures can come to have their address.
type keptView struct {
	key      releaseViewKey
	grouping *grouping
	view     *releaseView
}

// grouping is groupedBySource of lent figures, kept for the claims that ask about them.
type grouping struct {
	figures []reference.Observation
	sources []series
}

// views and groupings keep views and groupings for the claims that come after, as
// sentenceCache keeps readings: an entry is found by the address of its figures, used only
// when its key is equal, and immutable behind an atomic pointer, so that workers judging at
// once neither wait for each other nor see an entry half made.
var (
	views     addressCache[keptView]
	groupings addressCache[grouping]
)

// groupedFigures returns the grouping of lent figures obs, kept or made.
func groupedFigures(obs []reference.Observation) *grouping {
	at := uintptr(unsafe.Pointer(unsafe.SliceData(obs)))
	set := groupings.set(at, len(obs))
	for i := range set {
		if g := set[i].Load(); g != nil && unsafe.SliceData(g.figures) == unsafe.SliceData(obs) && len(g.figures) == len(obs) {
			return g
		}
	}
	g := &grouping{figures: obs, sources: groupedBySource(obs)}
	groupings.store(set, g)
	return g
}

// addressCache is a set-associative cache of entries found by an address and a length: a
// dense text's claims ask about a few hundred series in turn, and a cache of one entry a
// slot lost the series whose addresses met in a slot on every turn.
type addressCache[T any] struct {
	sets   [1 << setBits][ways]atomic.Pointer[T]
	victim atomic.Uint32
}

const (
	setBits = 9
	ways    = 4
)

// set is where an entry of the address and length is kept (Fibonacci hashing: the top bits
// of the product). Only the number is used; the pointer is never followed.
func (c *addressCache[T]) set(address uintptr, length int) *[ways]atomic.Pointer[T] {
	h := (uint64(address) + uint64(length)) * 0x9E3779B97F4A7C15
	return &c.sets[h>>(64-setBits)]
}

// store keeps e in set, in place of an empty entry or, when there is none, of one in turn.
func (c *addressCache[T]) store(set *[ways]atomic.Pointer[T], e *T) {
	for i := range set {
		if set[i].Load() == nil {
			set[i].Store(e)
			return
		}
	}
	set[c.victim.Add(1)%ways].Store(e)
}
