package reference

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// ReleaseBatch is what one release of a source gives, as `ref update` fetches it or an
// office's file holds it: every figure of the release, changed or not. ApplyReleases stores
// only what changed.
type ReleaseBatch struct {
	Source, SourceURL, Licence string
	Released                   string // YYYY-MM-DD
	Label                      string // default "<source> <released>"
	URL                        string // where the release can be read
	Figures                    []BatchFigure
}

// BatchFigure is one figure of a ReleaseBatch.
type BatchFigure struct {
	Entity, Indicator, Period, Basis, Kind string // Basis defaults to annual, Kind to actual
	Value                                  float64
	// Unit, when given, must be the indicator's unit in the table: a mapping that says a
	// series is in USD cannot feed an indicator in percent.
	Unit            string
	SourceURL, Note string
	// EntityFromData marks an entity the file named (a World Bank country, an SDMX
	// REF_AREA) rather than the curator: one the table does not know is skipped and
	// counted, not an error, since a query of all countries brings regions the table lacks.
	EntityFromData bool
	Origin         string // where the figure was read ("gdp.csv line 12"), for errors
}

// Change is one figure a release adds: new, or a revision of the source's figure of an
// earlier release.
type Change struct {
	Source, Released, Label                string
	Entity, Indicator, Period, Basis, Kind string
	Value                                  float64
	Revised                                bool // false: a new figure
	Old                                    float64
	OldReleased, OldLabel                  string
	Note                                   string
}

// ApplySummary says what ApplyReleases stored.
type ApplySummary struct {
	Changes   []Change // stored (in a dry run: would be), by release date then key
	Unchanged int      // figures equal to the source's figure already in the table
	Skipped   []Count  // figures left out, by reason
	Releases  []ReleaseCount
}

// BatchError is an error of one batch of ApplyReleases: the caller may drop the batches of
// that series and apply the others.
type BatchError struct {
	Batch int // index in the batches given
	Err   error
}

func (e *BatchError) Error() string { return e.Err.Error() }
func (e *BatchError) Unwrap() error { return e.Err }

// ApplyReleases stores, in one transaction, what each batch changes against the figures its
// source has already published: a figure equal to the source's latest one of that date or
// before is left out; a new figure or a revision is added to the batch's release, created
// when needed. A release is never overwritten: a figure of a day the source already has a
// different figure for is an error. Batches are applied in order of release date, so that
// a history of vintages (ALFRED, a revision triangle) is stored as the revisions it holds.
// Any error rolls everything back; a dry run rolls back after computing the changes.
func (s *Store) ApplyReleases(ctx context.Context, batches []ReleaseBatch, dryRun bool) (ApplySummary, error) {
	var summary ApplySummary
	err := s.write(ctx, writeMode{dryRun: dryRun}, func(w *writer) error {
		a := &applier{w: w, units: map[string]string{}, history: map[historyKey][]historyEntry{},
			loaded: map[historySeries]bool{}, skipped: map[string]int{}}
		if err := a.loadUnits(); err != nil {
			return err
		}
		order := make([]int, len(batches))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(i, j int) bool { return batches[order[i]].Released < batches[order[j]].Released })
		for _, i := range order {
			if err := a.apply(batches[i]); err != nil {
				return &BatchError{Batch: i, Err: err}
			}
		}
		summary.Changes, summary.Unchanged = a.changes, a.unchanged
		for reason, n := range a.skipped {
			summary.Skipped = append(summary.Skipped, Count{reason, n})
		}
		sort.Slice(summary.Skipped, func(i, j int) bool { return summary.Skipped[i].Name < summary.Skipped[j].Name })
		var err error
		summary.Releases, err = touchedReleases(w)
		return err
	})
	if err != nil {
		return summary, err
	}
	return summary, nil
}

type historySeries struct {
	sourceID          int64
	entity, indicator string
}

type historyKey struct {
	sourceID int64
	figureKey
}

type historyEntry struct {
	released, label string
	value           float64
}

// applier compares a batch's figures with the history of its source, series by series.
type applier struct {
	w         *writer
	units     map[string]string
	history   map[historyKey][]historyEntry // by release date
	loaded    map[historySeries]bool
	changes   []Change
	unchanged int
	skipped   map[string]int
}

func (a *applier) loadUnits() error {
	rows, err := a.w.tx.QueryContext(a.w.ctx, `SELECT name, unit FROM indicators`)
	if err != nil {
		return fmt.Errorf("read indicators: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var name, unit string
		if err := rows.Scan(&name, &unit); err != nil {
			return fmt.Errorf("read indicators: %w", err)
		}
		a.units[name] = unit
	}
	return rows.Err()
}

// load reads every figure the source has of one entity's indicator.
func (a *applier) load(series historySeries) error {
	if a.loaded[series] {
		return nil
	}
	a.loaded[series] = true
	rows, err := a.w.tx.QueryContext(a.w.ctx, `SELECT o.period, o.basis, o.kind, o.value, r.released, r.label
		FROM observations o JOIN releases r ON r.id = o.release_id
		WHERE r.source_id = ? AND o.entity = ? AND o.indicator = ?
		ORDER BY r.released, r.id`, series.sourceID, series.entity, series.indicator)
	if err != nil {
		return fmt.Errorf("read the figures of %s %s: %w", series.entity, series.indicator, err)
	}
	defer rows.Close()
	for rows.Next() {
		key := historyKey{sourceID: series.sourceID, figureKey: figureKey{entity: series.entity, indicator: series.indicator}}
		var e historyEntry
		if err := rows.Scan(&key.period, &key.basis, &key.kind, &e.value, &e.released, &e.label); err != nil {
			return fmt.Errorf("read the figures of %s %s: %w", series.entity, series.indicator, err)
		}
		a.history[key] = append(a.history[key], e)
	}
	return rows.Err()
}

func (a *applier) apply(b ReleaseBatch) error {
	if err := checkDate(b.Released); err != nil {
		return fmt.Errorf("%s release: %w", b.Source, err)
	}
	if b.Label == "" {
		b.Label = strings.TrimSpace(b.Source) + " " + b.Released
	}
	sourceID, err := a.w.source(b.Source, b.SourceURL, b.Licence)
	if err != nil {
		return err
	}
	var releaseID int64
	for _, f := range b.Figures {
		if f.Basis == "" {
			f.Basis = "annual"
		}
		if f.Kind == "" {
			f.Kind = "actual"
		}
		where := f.Origin
		if where == "" {
			where = fmt.Sprintf("%s %s %s", f.Entity, f.Indicator, f.Period)
		}
		if !a.w.entities[f.Entity] {
			if f.EntityFromData {
				a.skipped[fmt.Sprintf("area %s is not an entity of the table", f.Entity)]++
				continue
			}
			return fmt.Errorf("%s: unknown entity %q", where, f.Entity)
		}
		unit, ok := a.units[f.Indicator]
		if !ok {
			return fmt.Errorf("%s: unknown indicator %q", where, f.Indicator)
		}
		if f.Unit != "" && !strings.EqualFold(f.Unit, unit) {
			return fmt.Errorf("%s: the mapping says %s, but the table holds %s in %s", where, f.Unit, f.Indicator, unit)
		}
		if err := a.load(historySeries{sourceID, f.Entity, f.Indicator}); err != nil {
			return err
		}
		key := historyKey{sourceID, figureKey{f.Entity, f.Indicator, f.Period, f.Basis, f.Kind}}
		entries := a.history[key]
		// The source's figure current on the release day: the last one dated that day or before.
		at := sort.Search(len(entries), func(i int) bool { return entries[i].released > b.Released })
		var current *historyEntry
		if at > 0 {
			current = &entries[at-1]
		}
		if current != nil && sameValue(current.value, f.Value) {
			a.unchanged++
			continue
		}
		if current != nil && current.released == b.Released {
			return fmt.Errorf("%s: %s %s %s is %v in the release of %s, but the table already has %v from %q of that day: a release is never overwritten",
				where, f.Entity, f.Indicator, f.Period, f.Value, b.Released, current.value, current.label)
		}
		if releaseID == 0 {
			if releaseID, err = a.w.release(sourceID, b.Released, b.Label, b.URL); err != nil {
				return err
			}
		}
		if err := a.w.observation(observationRow{
			entity: f.Entity, indicator: f.Indicator, period: f.Period, basis: f.Basis, value: f.Value,
			kind: f.Kind, releaseID: releaseID, sourceURL: f.SourceURL, note: f.Note,
		}); err != nil {
			return fmt.Errorf("%s: %w", where, err)
		}
		change := Change{Source: b.Source, Released: b.Released, Label: b.Label, Entity: f.Entity, Indicator: f.Indicator,
			Period: f.Period, Basis: f.Basis, Kind: f.Kind, Value: f.Value, Note: f.Note}
		if current != nil {
			change.Revised, change.Old, change.OldReleased, change.OldLabel = true, current.value, current.released, current.label
		}
		a.changes = append(a.changes, change)
		entries = append(entries, historyEntry{})
		copy(entries[at+1:], entries[at:])
		entries[at] = historyEntry{b.Released, b.Label, f.Value}
		a.history[key] = entries
	}
	return nil
}

// sameValue compares two published figures; a tiny relative difference is the float noise
// of a growth rate derived twice, not a revision.
func sameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// ErrNoRelease is returned for a release name that names none.
var ErrNoRelease = errors.New("no such release")
