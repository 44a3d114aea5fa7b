// Package reference is the SQLite store of official figures and dated events that claims are
// checked against: its schema and migrations, the build of the default database from the
// embedded data, and the lookups that judging needs.
package reference

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// Store is an open reference database. Its methods are safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	opts OpenOptions

	observationsStmt *sql.Stmt
	eventsStmt       *sql.Stmt
	seriesStmt       *sql.Stmt // see verifySeries
	// historyStmt is prepared when a run first asks for a series' history (see
	// historyStatement): many runs never do, and the query takes long to prepare.
	historyMu   sync.Mutex
	historyStmt *sql.Stmt

	// A corpus asks the same few questions (Russia's GDP growth in 2023) again and again, so
	// answers are kept; the cache is emptied when it grows past cacheLimit.
	mu                sync.Mutex
	observationsCache map[lookupKey][]Observation
	// historyCache keeps whole series (see History), up to historyCacheLimit figures in all:
	// a series can hold ten thousand, and a run's memory must stay small.
	historyCache   map[lookupKey][]Observation
	historyFigures int
	eventsCache    map[lookupKey][]Event
	// kept holds the values callers made of the figures (Keep), of keptSize bytes in all;
	// writes counts the writes that emptied it, so that a value made across one is not kept.
	kept     map[string]any
	keptSize int
	writes   int
	// verified holds the series of releases whose figures matched their checksum.
	verified map[seriesKey]bool

	// aggregates are the codes the entities table marks as groups of countries, read once
	// (see IsAggregate).
	aggregatesOnce sync.Once
	aggregates     map[string]bool
	aggregatesErr  error
}

type lookupKey struct{ a, b, c string }

const (
	cacheLimit        = 4096
	historyCacheLimit = 20000
)

// Open opens the reference database at path for reading and writing, with the default
// OpenOptions. A file that does not exist yet is created with the current schema and no data
// (use Build for one filled with the embedded data); an older schema is migrated; a newer one
// is refused.
func Open(path string) (*Store, error) {
	return OpenWith(path, OpenOptions{})
}

// OpenWith opens the reference database at path as opts say. Its errors name the file and
// match ErrCorrupt, ErrLocked, ErrReadOnly, ErrNewerSchema or ErrEmpty (with errors.Is) when
// they are of that kind, so that a caller can say what to do.
func OpenWith(path string, opts OpenOptions) (*Store, error) {
	s, err := open(path, opts, "")
	if err != nil && opts.ReadOnly && errors.Is(err, ErrReadOnly) {
		// A writer killed in its commit leaves a journal that only a writer can roll back;
		// roll it back with a read-write open, when the file allows one, and read again.
		if hot, _ := fileExists(path + "-journal"); hot {
			writable := opts
			writable.ReadOnly = false
			if recovered, rwErr := open(path, writable, ""); rwErr == nil {
				recovered.Close()
				s, err = open(path, opts, "")
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("reference database %s: %w", path, err)
	}
	return s, nil
}

func open(path string, opts OpenOptions, extraParams string) (*Store, error) {
	if opts.ReadOnly {
		if err := checkReadable(path); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open("sqlite3", dsn(path, opts.dsnParams(extraParams)))
	if err != nil {
		return nil, err
	}
	if err := prepareSchema(db, path, opts); err != nil {
		db.Close()
		return nil, classify(err)
	}
	s := &Store{
		db:                db,
		path:              path,
		opts:              opts,
		observationsCache: map[lookupKey][]Observation{},
		historyCache:      map[lookupKey][]Observation{},
		eventsCache:       map[lookupKey][]Event{},
		kept:              map[string]any{},
		verified:          map[seriesKey]bool{},
	}
	for _, st := range []struct {
		stmt        **sql.Stmt
		query, what string
	}{
		{&s.observationsStmt, observationsQuery, "observation lookup"},
		{&s.eventsStmt, eventsQuery, "event lookup"},
		{&s.seriesStmt, seriesQuery, "series verification"},
	} {
		if *st.stmt, err = db.Prepare(st.query); err != nil {
			s.Close()
			return nil, fmt.Errorf("prepare %s: %w", st.what, classify(err))
		}
	}
	return s, nil
}

// dsn makes a go-sqlite3 URI for path. Characters that a URI reads as delimiters are escaped
// so that any file name works.
func dsn(path, extraParams string) string {
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	// Transactions begin IMMEDIATE: two imports at once then queue for the write lock at
	// BEGIN, where the busy timeout waits, instead of both reading and one failing to upgrade.
	// A connection without SQLite's own mutex ("multi-thread" mode): database/sql hands a
	// connection, and its statements and rows, to one goroutine at a time, so the mutex only
	// cost a lock and an unlock on every call, two for every column of every row read.
	params := "_foreign_keys=1&_txlock=immediate&_mutex=no"
	if !strings.Contains(extraParams, "_busy_timeout=") {
		params += fmt.Sprintf("&_busy_timeout=%d", DefaultLockTimeout.Milliseconds())
	}
	if extraParams != "" {
		params += "&" + extraParams
	}
	return "file:" + escaped + "?" + params
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close releases the database.
func (s *Store) Close() error {
	var errs []error
	s.historyMu.Lock()
	defer s.historyMu.Unlock()
	for _, stmt := range []*sql.Stmt{s.observationsStmt, s.eventsStmt, s.seriesStmt, s.historyStmt} {
		if stmt != nil {
			errs = append(errs, stmt.Close())
		}
	}
	return errors.Join(append(errs, s.db.Close())...)
}

// observationSelect reads the columns of observationFields. The source URL of a figure is its
// own when the data gives one per row, else its release's; a note that starts with
// DerivedNote says how the figure was derived.
const observationSelect = `
SELECT o.entity, o.indicator, o.period, o.basis, o.value, o.kind,
       s.name, CASE WHEN o.source_url <> '' THEN o.source_url ELSE r.url END, s.licence,
       r.released, r.label, r.id,
       CASE WHEN instr(o.note, '` + DerivedNote + `') = 1 THEN substr(o.note, length('` + DerivedNote + `') + 1) ELSE '' END
FROM observations o
JOIN releases r ON r.id = o.release_id
JOIN sources s ON s.id = r.source_id`

// observationsQuery compares its parameters as +?N, not ?N, as the other queries a run asks
// many times do: a statement that compares a column with a bare parameter was prepared anew
// for every lookup, a dense text's thousand lookups each paying the parse and plan of the
// whole query (twice the cost of the lookup itself). Weighing an equality, the planner reads
// a bare parameter's value to see whether it is the integer 0 or 1 (a less selective term),
// and marks the parameter so that the statement expires when the value turns to or from
// those; the driver clears the bindings before every query, which expires a statement with
// any such mark. A parameter under a unary plus is not read, and counts as no such integer,
// as a text value does: the plan is the same, and so is the comparison, for a parameter has
// no affinity for the plus to strip.
const observationsQuery = observationSelect + `
WHERE o.entity = +?1 AND o.indicator = +?2 AND o.period = +?3
ORDER BY r.released, s.name, r.label, o.basis, o.kind`

// Observations returns every release of every source for one entity, indicator and period,
// oldest release first, projections included (Kind tells them apart).
func (s *Store) Observations(entity, indicator, period string) ([]Observation, error) {
	found, err := s.SharedObservations(entity, indicator, period)
	return append([]Observation(nil), found...), err
}

// SharedObservations is Observations without the copy, for callers that only read: the
// figures are the ones the store keeps for the next lookup of the same question, and a
// caller that changed them would change what later lookups get. (Appending to the slice
// copies it: its capacity ends at its length.) The judge asks once or twice per claim, and a
// text dense with figures has tens of thousands of claims.
func (s *Store) SharedObservations(entity, indicator, period string) ([]Observation, error) {
	key := lookupKey{entity, indicator, period}
	s.mu.Lock()
	cached, ok := s.observationsCache[key]
	s.mu.Unlock()
	if ok {
		return slices.Clip(cached), nil
	}

	var found []Observation
	err := s.readRetrying(func() error {
		rows, err := s.observationsStmt.Query(entity, indicator, period)
		found, err = s.verifiedObservations(collectRows(rows, err, observationFields))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("look up %s %s %s: %w", entity, indicator, period, err)
	}

	s.mu.Lock()
	if len(s.observationsCache) >= cacheLimit {
		clear(s.observationsCache)
	}
	s.observationsCache[key] = found
	s.mu.Unlock()
	return slices.Clip(found), nil
}

// eventsQuery compares its parameters as observationsQuery does.
const eventsQuery = `
SELECT e.jurisdiction, e.target, e.type, e.date, e.precision, e.announced, e.instrument,
       e.summary, s.name, e.source_url
FROM events e
JOIN sources s ON s.id = e.source_id
WHERE e.target = +?1 AND (?2 = '' OR e.type = +?2)
ORDER BY e.date, e.jurisdiction, e.instrument`

// Events returns the events of one type against one target, of any jurisdiction, by date.
// An empty eventType returns events of every type.
func (s *Store) Events(target, eventType string) ([]Event, error) {
	key := lookupKey{target, eventType, ""}
	s.mu.Lock()
	cached, ok := s.eventsCache[key]
	s.mu.Unlock()
	if ok {
		return append([]Event(nil), cached...), nil
	}

	var found []Event
	err := s.readRetrying(func() error {
		rows, err := s.eventsStmt.Query(target, eventType)
		found, err = collectRows(rows, err, eventFields)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("look up %s events against %s: %w", eventType, target, err)
	}

	s.mu.Lock()
	if len(s.eventsCache) >= cacheLimit {
		clear(s.eventsCache)
	}
	s.eventsCache[key] = found
	s.mu.Unlock()
	return append([]Event(nil), found...), nil
}

// forgetLookups empties the lookup caches after a write, so that later lookups see it.
func (s *Store) forgetLookups() {
	s.mu.Lock()
	clear(s.observationsCache)
	clear(s.eventsCache)
	clear(s.historyCache)
	s.historyFigures = 0
	clear(s.kept)
	s.keptSize = 0
	s.writes++
	s.mu.Unlock()
}

// Keep returns the value that compute makes of the store's figures, kept by key until the
// store is written to. A text or a summary made of a whole series (what the table holds of it,
// for a claim of a period it lacks) is asked for again by every claim of that series, and a
// series too long to keep (the euro area's and Japan's quarterly growth in every vintage, ten
// thousand figures) was read for each, a millisecond or more a claim. compute gives the
// value's size in bytes too: what is kept stays under keptBudget bytes. The key must name
// everything the value depends on besides the figures. An error is returned, not kept.
func (s *Store) Keep(key string, compute func() (value any, size int, err error)) (any, error) {
	if s == nil {
		v, _, err := compute()
		return v, err
	}
	s.mu.Lock()
	v, ok := s.kept[key]
	writes := s.writes
	s.mu.Unlock()
	if ok {
		return v, nil
	}
	v, size, err := compute()
	if err != nil {
		return nil, err
	}
	size += len(key)
	if size > keptBudget/4 {
		return v, nil // (made afresh each time: one such value would crowd out the rest)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.writes != writes {
		return v, nil // (made of figures a write has since changed: not kept for later callers)
	}
	if s.keptSize+size > keptBudget {
		clear(s.kept)
		s.keptSize = 0
	}
	s.kept[key] = v
	s.keptSize += size
	return v, nil
}

// keptBudget bounds the bytes of the values Keep keeps.
const keptBudget = 8 << 20

// fileExists reports whether path names an existing file, telling "no" apart from errors
// such as a permission denied on the folder.
func fileExists(path string) (bool, error) {
	_, err := os.Stat(path)
	if err == nil {
		return true, nil
	}
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	return false, err
}

// collectRows reads every row of a query's result, scanning each into the fields that
// fields points at, and closes the rows. It takes the query's error too, so that a caller
// wraps the errors of the query and of the rows once.
func collectRows[T any](rows *sql.Rows, err error, fields func(*T) []any) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var all []T
	for rows.Next() {
		var v T
		if err := rows.Scan(fields(&v)...); err != nil {
			return nil, err
		}
		all = append(all, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return all, nil
}

// stringField is the one column of a query that selects a single text column.
func stringField(s *string) []any { return []any{s} }

// observedRow is a row of observationSelect: an observation and the id of its release,
// which the store verifies before the observation is used.
type observedRow struct {
	Observation
	releaseID int64
}

// observationFields are the columns of observationSelect.
func observationFields(o *observedRow) []any {
	return []any{&o.Entity, &o.Indicator, &o.Period, &o.Basis, &o.Value, &o.Kind,
		&o.Source, &o.SourceURL, &o.Licence, &o.Release, &o.Label, &o.releaseID, &o.Derivation}
}

// verifiedObservations returns the observations of rows once their series are verified
// (see verifyReleasesOf); it passes err on, so that a caller wraps one error.
func (s *Store) verifiedObservations(rows []observedRow, err error) ([]Observation, error) {
	if err != nil {
		return nil, err
	}
	if err := s.verifyReleasesOf(context.Background(), rows); err != nil {
		return nil, err
	}
	var found []Observation
	for _, r := range rows {
		found = append(found, r.Observation)
	}
	return found, nil
}

// eventFields are the columns that eventsQuery and ListEvents select.
func eventFields(e *Event) []any {
	return []any{&e.Jurisdiction, &e.Target, &e.Type, &e.Date, &e.Precision, &e.Announced,
		&e.Instrument, &e.Summary, &e.Source, &e.SourceURL}
}
