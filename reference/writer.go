package reference

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"
)

// writer adds rows inside one transaction. It keeps the ids and names already in the
// database in maps, so that a file of a hundred thousand rows costs one statement per row
// and every row is checked against known entities and indicators with a clear message
// instead of a bare constraint error.
type writer struct {
	ctx context.Context
	tx  *sql.Tx

	upsertSource, insertRelease, insertIndicator, insertEntity, insertAlias *sql.Stmt
	insertObservation, existingObservation, insertEvent                     *sql.Stmt
	earlierObservation, earlierEvent                                        *sql.Stmt

	sourceIDs  map[string]int64
	releaseIDs map[releaseKey]int64
	entities   map[string]bool
	indicators map[string]bool
	// aggregates are the codes that are groups of countries (regions, income groups); any
	// other code a series brings is a country.
	aggregates map[string]bool
	// sourceAttrs are the url and licence stored for each source, so that a file that repeats
	// them on every row costs no update per row.
	sourceAttrs map[string][2]string

	// addEntities lets WDI series bring new entity codes (the embedded build); a user's import
	// must name known entities, so that a typo is an error rather than a new country.
	addEntities bool
	// lastObservation and lastEvent are the largest ids present before this writer began:
	// rows at or below them were in the database already.
	lastObservation, lastEvent int64
	// earlier holds, per source and day, the figures the database had before this writer
	// wrote any of that day, so that checking a row against them costs no query. A day is
	// loaded at its first figure, which comes before any figure of that day is written here.
	earlier map[sourceDay]map[figureKey]earlierFigure
	// replace deletes a release's figures the first time a file names it; cleared records
	// the releases deleted, so that a file's own rows are not deleted again.
	replace bool
	cleared map[sourceDay]bool
	// releaseDays maps release ids to their source and day
	releaseDays map[int64]sourceDay

	// counts of what this writer did, for the import summary
	rows                   int
	skipped                map[string]int // rows skipped, by reason
	notes                  []string
	added, merged, deleted int
	addedEvents            int
	touched                map[int64]bool // release ids that received rows
	// sealed are the series whose checksums the writer wrote itself (WDI editions), so
	// that their releases need no sealing from the stored rows.
	sealed map[seriesKey]bool
}

// sourceDay names a release as editors do, by source and date: a source's labelled releases
// of one day (Rosstat's first estimate of one year and revision of another) are one
// publication.
type sourceDay struct {
	sourceID int64
	released string
}

type releaseKey struct {
	sourceID        int64
	released, label string
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{
		ctx:         ctx,
		tx:          tx,
		sourceIDs:   map[string]int64{},
		releaseIDs:  map[releaseKey]int64{},
		entities:    map[string]bool{},
		indicators:  map[string]bool{},
		aggregates:  map[string]bool{},
		sourceAttrs: map[string][2]string{},
		cleared:     map[sourceDay]bool{},
		releaseDays: map[int64]sourceDay{},
		earlier:     map[sourceDay]map[figureKey]earlierFigure{},
		skipped:     map[string]int{},
		touched:     map[int64]bool{},
		sealed:      map[seriesKey]bool{},
	}
	statements := []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.upsertSource, `INSERT INTO sources (name, url, licence) VALUES (?1, ?2, ?3)
			ON CONFLICT (name) DO UPDATE SET
				url = CASE WHEN ?2 <> '' THEN ?2 ELSE url END,
				licence = CASE WHEN ?3 <> '' THEN ?3 ELSE licence END
			RETURNING id`},
		{&w.insertRelease, `INSERT INTO releases (source_id, released, label, url) VALUES (?, ?, ?, ?)`},
		{&w.insertIndicator, `INSERT INTO indicators (name, unit, description) VALUES (?1, ?2, ?3)
			ON CONFLICT (name) DO UPDATE SET unit = ?2, description = ?3`},
		{&w.insertEntity, `INSERT INTO entities (code, name, kind) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING`},
		{&w.insertAlias, `INSERT INTO entity_aliases (alias, code, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.insertObservation, `INSERT INTO observations
			(entity, indicator, period, basis, value, release_id, kind, source_url, note)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.existingObservation, `SELECT value FROM observations
			WHERE entity = ? AND indicator = ? AND period = ? AND basis = ? AND kind = ? AND release_id = ?`},
		{&w.earlierObservation, `SELECT o.entity, o.indicator, o.period, o.basis, o.kind, o.value, r.label
			FROM observations o JOIN releases r ON r.id = o.release_id
			WHERE r.source_id = ? AND r.released = ?`},
		{&w.earlierEvent, `SELECT count(*) FROM events
			WHERE jurisdiction = ? AND target = ? AND type = ? AND date = ? AND instrument = ? AND id <= ?`},
		{&w.insertEvent, `INSERT INTO events
			(jurisdiction, target, type, date, precision, announced, instrument, summary, source_id, source_url)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	}
	for _, s := range statements {
		stmt, err := tx.PrepareContext(ctx, s.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*s.stmt = stmt
	}
	if err := w.loadKnown(); err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

// loadKnown reads the names and ids already in the database, so that a later import adds to
// what is there.
func (w *writer) loadKnown() error {
	load := func(query string, scan func(*sql.Rows) error) error {
		rows, err := w.tx.QueryContext(w.ctx, query)
		if err != nil {
			return fmt.Errorf("read existing rows: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return fmt.Errorf("read existing rows: %w", err)
			}
		}
		return rows.Err()
	}
	if err := load(`SELECT id, name, url, licence FROM sources`, func(rows *sql.Rows) error {
		var id int64
		var name, url, licence string
		err := rows.Scan(&id, &name, &url, &licence)
		w.sourceIDs[name] = id
		w.sourceAttrs[name] = [2]string{url, licence}
		return err
	}); err != nil {
		return err
	}
	if err := w.tx.QueryRowContext(w.ctx, `SELECT coalesce(max(id), 0) FROM observations`).Scan(&w.lastObservation); err != nil {
		return fmt.Errorf("read existing rows: %w", err)
	}
	if err := w.tx.QueryRowContext(w.ctx, `SELECT coalesce(max(id), 0) FROM events`).Scan(&w.lastEvent); err != nil {
		return fmt.Errorf("read existing rows: %w", err)
	}
	if err := load(`SELECT id, source_id, released, label FROM releases`, func(rows *sql.Rows) error {
		var id int64
		var key releaseKey
		err := rows.Scan(&id, &key.sourceID, &key.released, &key.label)
		w.releaseIDs[key] = id
		w.releaseDays[id] = sourceDay{key.sourceID, key.released}
		return err
	}); err != nil {
		return err
	}
	if err := load(`SELECT code, kind FROM entities`, func(rows *sql.Rows) error {
		var code, kind string
		err := rows.Scan(&code, &kind)
		w.entities[code] = true
		if kind == "aggregate" {
			w.aggregates[code] = true
		}
		return err
	}); err != nil {
		return err
	}
	return load(`SELECT name FROM indicators`, func(rows *sql.Rows) error {
		var name string
		err := rows.Scan(&name)
		w.indicators[name] = true
		return err
	})
}

// note records something the curator should know about an import, once.
func (w *writer) note(text string) {
	if !slices.Contains(w.notes, text) {
		w.notes = append(w.notes, text)
	}
}

// skip counts a row left out for reason.
func (w *writer) skip(reason string) { w.skipped[reason]++ }

func (w *writer) close() {
	for _, stmt := range []*sql.Stmt{w.upsertSource, w.insertRelease, w.insertIndicator, w.insertEntity,
		w.insertAlias, w.insertObservation, w.existingObservation, w.insertEvent,
		w.earlierObservation, w.earlierEvent} {
		if stmt != nil {
			stmt.Close()
		}
	}
}

// source returns the id of the named source, adding it when new. A url or licence given
// here replaces the stored one; empty ones keep it.
func (w *writer) source(name, url, licence string) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return 0, fmt.Errorf("source name is empty")
	}
	attrs := w.sourceAttrs[name]
	if id, ok := w.sourceIDs[name]; ok && (url == "" || url == attrs[0]) && (licence == "" || licence == attrs[1]) {
		return id, nil
	}
	var id int64
	if err := w.upsertSource.QueryRowContext(w.ctx, name, url, licence).Scan(&id); err != nil {
		return 0, fmt.Errorf("add source %q: %w", name, err)
	}
	if url != "" {
		attrs[0] = url
	}
	if licence != "" {
		attrs[1] = licence
	}
	w.sourceIDs[name] = id
	w.sourceAttrs[name] = attrs
	return id, nil
}

// release returns the id of a source's release, adding it when new. The url of an existing
// release is kept.
func (w *writer) release(sourceID int64, released, label, url string) (int64, error) {
	if err := checkDate(released); err != nil {
		return 0, fmt.Errorf("release date: %w", err)
	}
	if strings.TrimSpace(label) == "" {
		return 0, fmt.Errorf("release %s has no label", released)
	}
	if w.replace && !w.cleared[sourceDay{sourceID, released}] {
		if err := w.clearRelease(sourceID, released); err != nil {
			return 0, err
		}
	}
	key := releaseKey{sourceID, released, label}
	if id, ok := w.releaseIDs[key]; ok {
		return id, nil
	}
	result, err := w.insertRelease.ExecContext(w.ctx, sourceID, released, label, url)
	if err != nil {
		return 0, fmt.Errorf("add release %s %q: %w", released, label, err)
	}
	id, err := result.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("add release %s %q: %w", released, label, err)
	}
	w.releaseIDs[key] = id
	w.releaseDays[id] = sourceDay{sourceID, released}
	return id, nil
}

// clearRelease deletes every figure of a source's releases of one day, and the releases,
// for --replace. It runs once per source and day, before the file's first row of it.
func (w *writer) clearRelease(sourceID int64, released string) error {
	w.cleared[sourceDay{sourceID, released}] = true
	w.earlier[sourceDay{sourceID, released}] = map[figureKey]earlierFigure{}
	result, err := w.tx.ExecContext(w.ctx, `DELETE FROM observations WHERE release_id IN
		(SELECT id FROM releases WHERE source_id = ? AND released = ?)`, sourceID, released)
	if err != nil {
		return fmt.Errorf("replace release %s: %w", released, err)
	}
	deleted, err := result.RowsAffected()
	if err != nil {
		return fmt.Errorf("replace release %s: %w", released, err)
	}
	w.deleted += int(deleted)
	if _, err := w.tx.ExecContext(w.ctx, `DELETE FROM releases WHERE source_id = ? AND released = ?`,
		sourceID, released); err != nil {
		return fmt.Errorf("replace release %s: %w", released, err)
	}
	for key := range w.releaseIDs {
		if key.sourceID == sourceID && key.released == released {
			delete(w.releaseIDs, key)
		}
	}
	return nil
}

func (w *writer) indicator(name, unit, description string) error {
	if name == "" || unit == "" {
		return fmt.Errorf("indicator needs a name and a unit")
	}
	if _, err := w.insertIndicator.ExecContext(w.ctx, name, unit, description); err != nil {
		return fmt.Errorf("add indicator %s: %w", name, err)
	}
	w.indicators[name] = true
	return nil
}

// entity adds an entity unless its code is known; the first name given for a code stays.
func (w *writer) entity(code, name, kind string) error {
	if w.entities[code] {
		return nil
	}
	if !w.addEntities {
		return fmt.Errorf("unknown entity %q (add it to data/lexicon/entities.csv, or name it by its code)", code)
	}
	if code == "" || name == "" {
		return fmt.Errorf("entity needs a code and a name")
	}
	if _, err := w.insertEntity.ExecContext(w.ctx, code, name, kind); err != nil {
		return fmt.Errorf("add entity %s: %w", code, err)
	}
	w.entities[code] = true
	return nil
}

func (w *writer) alias(alias, code, kind string) error {
	if !w.entities[code] {
		return fmt.Errorf("alias %q: unknown entity %q", alias, code)
	}
	if _, err := w.insertAlias.ExecContext(w.ctx, alias, code, kind); err != nil {
		return fmt.Errorf("add alias %q of %s: %w", alias, code, err)
	}
	return nil
}

// observationRow is one figure as read from a file, before it is tied to a release.
type observationRow struct {
	entity, indicator, period, basis string
	value                            float64
	kind                             string
	releaseID                        int64
	sourceURL, note                  string
}

var (
	periodPattern = regexp.MustCompile(`^(\d{4}|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(0[1-9]|1[0-2])|FY\d{4}|\d{4}-\d{2}-\d{2})$`)
	bases         = map[string]bool{"annual": true, "yoy": true, "qoq": true, "annualised": true, "mom": true, basisLevel: true}
)

// observation adds one figure. The same figure twice in one release is merged (news reports
// repeat a release); a different figure for the same key of the same release is an error.
func (w *writer) observation(o observationRow) error {
	if err := w.checkRow(o); err != nil {
		return err
	}
	if err := w.checkNotInDatabase(o); err != nil {
		return err
	}
	result, err := w.insertObservation.ExecContext(w.ctx, o.entity, o.indicator, o.period, o.basis, o.value,
		o.releaseID, o.kind, o.sourceURL, o.note)
	if err != nil {
		return fmt.Errorf("add %s %s %s: %w", o.entity, o.indicator, o.period, err)
	}
	added, err := result.RowsAffected()
	if err != nil {
		return fmt.Errorf("add %s %s %s: %w", o.entity, o.indicator, o.period, err)
	}
	if added == 1 {
		w.added++
		w.touched[o.releaseID] = true
		return nil
	}
	w.merged++
	var existing float64
	if err := w.existingObservation.QueryRowContext(w.ctx, o.entity, o.indicator, o.period, o.basis, o.kind,
		o.releaseID).Scan(&existing); err != nil {
		return fmt.Errorf("add %s %s %s: %w", o.entity, o.indicator, o.period, err)
	}
	if existing != o.value {
		return fmt.Errorf("%s %s %s is %v in this release, but the same release already gives %v",
			o.entity, o.indicator, o.period, o.value, existing)
	}
	return nil
}

// checkRow checks a figure against the known entities and indicators and the shapes of
// periods, bases, kinds and values.
func (w *writer) checkRow(o observationRow) error {
	if !w.entities[o.entity] {
		return fmt.Errorf("unknown entity %q", o.entity)
	}
	if !w.indicators[o.indicator] {
		return fmt.Errorf("unknown indicator %q", o.indicator)
	}
	if !periodPattern.MatchString(o.period) {
		return fmt.Errorf("period %q is not one of 2023, 2023-Q3, 2023-H1, 2023-07, FY2023, 2023-07-31", o.period)
	}
	if !bases[o.basis] {
		return fmt.Errorf("basis %q is not one of annual, yoy, qoq, annualised, mom, level", o.basis)
	}
	if o.kind != "actual" && o.kind != "projection" {
		return fmt.Errorf("kind %q is not actual or projection", o.kind)
	}
	if math.IsNaN(o.value) || math.IsInf(o.value, 0) {
		return fmt.Errorf("value %v is not a number", o.value)
	}
	return nil
}

// checkNotInDatabase refuses a figure that the same source gave on the same day in a release
// already in the database, under any label: importing a release twice, or under a second
// name, would count one publication twice. --replace deletes the release first.
func (w *writer) checkNotInDatabase(o observationRow) error {
	if w.lastObservation == 0 {
		return nil
	}
	day := w.releaseDays[o.releaseID]
	figures, ok := w.earlier[day]
	if !ok {
		var err error
		if figures, err = w.loadEarlier(day); err != nil {
			return fmt.Errorf("add %s %s %s: %w", o.entity, o.indicator, o.period, err)
		}
	}
	earlier, ok := figures[figureKey{o.entity, o.indicator, o.period, o.basis, o.kind}]
	if !ok {
		return nil
	}
	return fmt.Errorf("%s %s %s (%s) is already in the database from the release of %s %q (value %v): a release is never overwritten; use --replace to replace that release",
		o.entity, o.indicator, o.period, o.kind, day.released, earlier.label, earlier.value)
}

// figureKey is what one figure is of; a release has one figure per key.
type figureKey struct{ entity, indicator, period, basis, kind string }

type earlierFigure struct {
	value float64
	label string
}

func (w *writer) loadEarlier(day sourceDay) (map[figureKey]earlierFigure, error) {
	figures := map[figureKey]earlierFigure{}
	rows, err := w.earlierObservation.QueryContext(w.ctx, day.sourceID, day.released)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var key figureKey
		var figure earlierFigure
		if err := rows.Scan(&key.entity, &key.indicator, &key.period, &key.basis, &key.kind, &figure.value,
			&figure.label); err != nil {
			return nil, err
		}
		figures[key] = figure
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	w.earlier[day] = figures
	return figures, nil
}

// Event types of the events table.
const (
	EventImposed       = "sanctions_imposed"
	EventExtendedUntil = "sanctions_extended_until"
	EventLifted        = "sanctions_lifted"
)

var eventTypes = map[string]bool{EventImposed: true, EventExtendedUntil: true, EventLifted: true}

func (w *writer) event(e Event) error {
	for _, code := range []string{e.Jurisdiction, e.Target} {
		if !w.entities[code] {
			return fmt.Errorf("unknown entity %q", code)
		}
	}
	if !eventTypes[e.Type] {
		return fmt.Errorf("event type %q is not one of sanctions_imposed, sanctions_extended_until, sanctions_lifted", e.Type)
	}
	if err := checkDate(e.Date); err != nil {
		return fmt.Errorf("date: %w", err)
	}
	if err := checkDate(e.Announced); err != nil {
		return fmt.Errorf("announced: %w", err)
	}
	switch e.Precision {
	case "day", "month", "year":
	default:
		return fmt.Errorf("precision %q is not day, month or year", e.Precision)
	}
	sourceID, err := w.source(e.Source, "", "")
	if err != nil {
		return err
	}
	if w.lastEvent > 0 {
		var earlier int
		if err := w.earlierEvent.QueryRowContext(w.ctx, e.Jurisdiction, e.Target, e.Type, e.Date, e.Instrument,
			w.lastEvent).Scan(&earlier); err != nil {
			return fmt.Errorf("add event %s %s: %w", e.Instrument, e.Date, err)
		}
		if earlier > 0 {
			return fmt.Errorf("event %s %s %s of %s (%s) is already in the database", e.Type, e.Target, e.Date,
				e.Jurisdiction, e.Instrument)
		}
	}
	w.addedEvents++
	if _, err := w.insertEvent.ExecContext(w.ctx, e.Jurisdiction, e.Target, e.Type, e.Date, e.Precision,
		e.Announced, e.Instrument, e.Summary, sourceID, e.SourceURL); err != nil {
		return fmt.Errorf("add event %s %s: %w", e.Instrument, e.Date, err)
	}
	return nil
}

func checkDate(date string) error {
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return fmt.Errorf("%q is not a date of the form 2006-01-02", date)
	}
	return nil
}
