package reference

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/data"
)

// Import formats. FormatAuto detects the format from the file's header.
const (
	FormatAuto   = ""
	FormatWDI    = "wdi"     // World Bank WDI long CSV: Country Name,Country Code,Year,Value
	FormatWEO    = "imf-weo" // IMF WEO releases file: weo_vintage,ref_area,iso3,concept,year,value,last_actual
	FormatLong   = "long"    // our generic long CSV, LongHeader
	FormatEvents = "events"  // dated events, EventsHeader
)

// ImportFormats are the formats Import reads, for help texts.
var ImportFormats = []string{FormatWDI, FormatWEO, FormatLong, FormatEvents}

// ImportOptions say how to read a file and what it lacks.
type ImportOptions struct {
	Format string // FormatAuto or one of ImportFormats

	// Source, Release (YYYY-MM-DD), Label, ReleaseURL and Licence describe the release a WDI
	// file holds; for the long and events formats they fill empty or missing cells.
	Source, Release, Label, ReleaseURL, Licence string
	// Indicator and Basis (default annual) say what a WDI file measures; Indicator fills
	// empty cells of a long file.
	Indicator, Basis string

	// Replace deletes the figures of every source and release date the file names before
	// adding the file's, in the same transaction. Without it a figure already in the
	// database from the same source and release date fails the import.
	Replace bool
	// DryRun reads and checks the whole file in the transaction, then rolls it back.
	DryRun bool
}

// ImportSummary says what an import did.
type ImportSummary struct {
	Format   string
	Rows     int            // data rows read
	Added    int            // figures added
	Merged   int            // rows repeating a figure of the same release in the same file
	Replaced int            // figures deleted by Replace
	Events   int            // events added
	Skipped  []Count        // rows left out, by reason
	Releases []ReleaseCount // releases that received figures, with their figure counts
	Notes    []string
}

// Import reads one file into the database in a single transaction: any bad row (unknown
// entity or indicator, a value that is not a number, a bad date, a figure already in the
// database from the same release) rejects the whole file with its line number, and the
// database stays exactly as it was. Imports into one database from several processes run
// one after the other: each waits for the write lock at the start of its transaction.
func (s *Store) Import(ctx context.Context, name string, r io.Reader, opts ImportOptions) (ImportSummary, error) {
	summary := ImportSummary{}
	buffered := bufio.NewReaderSize(r, 1<<16)
	format, err := chooseFormat(name, buffered, opts.Format)
	if err != nil {
		return summary, err
	}
	summary.Format = format
	load, err := loaderFor(format, opts)
	if err != nil {
		return summary, fmt.Errorf("import %s: %w", name, err)
	}
	err = s.write(ctx, writeMode{replace: opts.Replace, dryRun: opts.DryRun}, func(w *writer) error {
		if err := load(w, name, buffered); err != nil {
			return err
		}
		summary.Rows, summary.Added, summary.Merged = w.rows, w.added, w.merged
		summary.Replaced, summary.Events, summary.Notes = w.deleted, w.addedEvents, w.notes
		for reason, n := range w.skipped {
			summary.Skipped = append(summary.Skipped, Count{reason, n})
		}
		sort.Slice(summary.Skipped, func(i, j int) bool { return summary.Skipped[i].Name < summary.Skipped[j].Name })
		summary.Releases, err = touchedReleases(w)
		return err
	})
	if err != nil {
		// The loaders' errors begin with the file's name and line.
		if strings.HasPrefix(err.Error(), name+":") {
			return summary, fmt.Errorf("import %w", err)
		}
		return summary, fmt.Errorf("import %s: %w", name, err)
	}
	return summary, nil
}

// writeMode says how a write ends and treats existing releases.
type writeMode struct{ replace, dryRun bool }

// write runs fill in one immediate transaction on one connection, with a writer, and
// commits when fill succeeds (rolls back in a dry run). When another process is writing, it
// says so through OpenOptions.OnWait and waits up to the write lock timeout.
func (s *Store) write(ctx context.Context, mode writeMode, fill func(*writer) error) error {
	err := s.writeOnce(ctx, mode, fill)
	if errors.Is(err, ErrLocked) {
		// Both the begin and the commit wait this long (see begin) before they fail.
		return lockedError(err, s.opts.writeLockTimeout())
	}
	return err
}
func (s *Store) writeOnce(ctx context.Context, mode writeMode, fill func(*writer) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return classify(err)
	}
	defer conn.Close()
	// A page cache large enough for a whole IMF file keeps SQLite from spilling pages into
	// the file before the commit, which would lock readers (a running check) out meanwhile.
	if _, err := conn.ExecContext(ctx, "PRAGMA cache_size = -131072"); err != nil {
		return classify(err)
	}
	// The connection goes back to the pool for lookups, which should neither wait minutes
	// nor keep the big cache.
	defer conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA busy_timeout = %d; PRAGMA cache_size = -2000", s.opts.lockTimeout().Milliseconds()))
	tx, err := s.begin(ctx, conn)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return classify(err)
	}
	defer w.close()
	w.replace = mode.replace
	if err := fill(w); err != nil {
		return classify(err)
	}
	if err := sealReleases(ctx, tx, w.touched); err != nil {
		return classify(err)
	}
	w.close()
	if mode.dryRun {
		return tx.Rollback()
	}
	if err := tx.Commit(); err != nil {
		return classify(fmt.Errorf("commit: %w", err))
	}
	s.forgetLookups()
	return nil
}

// begin takes the write lock at once if it is free; else it tells OnWait and waits. Either
// way the connection leaves with the write lock timeout as its busy timeout: the commit
// must wait for the readers of a running check to finish their lookups, and a timeout of 0
// would fail it at once.
func (s *Store) begin(ctx context.Context, conn *sql.Conn) (*sql.Tx, error) {
	timeout := s.opts.writeLockTimeout()
	// PRAGMA takes no parameters; the timeouts are numbers this code formats.
	if _, err := conn.ExecContext(ctx, "PRAGMA busy_timeout = 0"); err != nil {
		return nil, classify(err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err == nil {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", timeout.Milliseconds())); err != nil {
			tx.Rollback()
			return nil, classify(err)
		}
		return tx, nil
	}
	if err = classify(err); !errors.Is(err, ErrLocked) {
		return nil, fmt.Errorf("begin: %w", err)
	}
	if s.opts.OnWait != nil {
		s.opts.OnWait(timeout)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA busy_timeout = %d", timeout.Milliseconds())); err != nil {
		return nil, classify(err)
	}
	tx, err = conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", classify(err))
	}
	return tx, nil
}

func touchedReleases(w *writer) ([]ReleaseCount, error) {
	var releases []ReleaseCount
	for id := range w.touched {
		var rc ReleaseCount
		if err := w.tx.QueryRowContext(w.ctx, `SELECT s.name, r.released, r.label, count(o.id)
			FROM releases r JOIN sources s ON s.id = r.source_id LEFT JOIN observations o ON o.release_id = r.id
			WHERE r.id = ? GROUP BY r.id`, id).Scan(&rc.Source, &rc.Release, &rc.Label, &rc.Count); err != nil {
			return nil, fmt.Errorf("count release: %w", err)
		}
		releases = append(releases, rc)
	}
	sort.Slice(releases, func(i, j int) bool {
		a, b := releases[i], releases[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Release != b.Release {
			return a.Release < b.Release
		}
		return a.Label < b.Label
	})
	return releases, nil
}

func loaderFor(format string, opts ImportOptions) (func(*writer, string, io.Reader) error, error) {
	switch format {
	case FormatWDI:
		var missing []string
		for _, f := range []struct{ flag, value string }{
			{"indicator", opts.Indicator}, {"source", opts.Source}, {"release", opts.Release},
		} {
			if f.value == "" {
				missing = append(missing, f.flag)
			}
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("a WDI file does not say what it holds: give its %s", strings.Join(missing, ", "))
		}
		series := wdiSeries{
			source: opts.Source, indicator: opts.Indicator, basis: opts.Basis, release: opts.Release,
			label: opts.Label, url: opts.ReleaseURL, licence: opts.Licence,
		}
		if series.basis == "" {
			series.basis = "annual"
		}
		if series.label == "" {
			series.label = series.source + " " + series.release
		}
		return func(w *writer, name string, r io.Reader) error { return importWDI(w, name, r, series) }, nil
	case FormatWEO:
		if opts.Release != "" || opts.Indicator != "" {
			return nil, errors.New("the IMF WEO file names its releases (weo_vintage) and indicators (concept): release and indicator do not apply")
		}
		tables, err := loadWEOTables(data.FS)
		if err != nil {
			return nil, err
		}
		return func(w *writer, name string, r io.Reader) error {
			return importWEO(w, name, r, tables, opts.Source)
		}, nil
	case FormatLong:
		defaults := longDefaults{
			source: opts.Source, release: opts.Release, label: opts.Label, releaseURL: opts.ReleaseURL,
			licence: opts.Licence, indicator: opts.Indicator, basis: opts.Basis,
		}
		return func(w *writer, name string, r io.Reader) error { return importLong(w, name, r, defaults) }, nil
	case FormatEvents:
		return func(w *writer, name string, r io.Reader) error { return importEvents(w, name, r, opts.Source) }, nil
	}
	return nil, fmt.Errorf("format %q is not one of %s", format, strings.Join(ImportFormats, ", "))
}

// chooseFormat returns the forced format, or the one the header names.
func chooseFormat(name string, r *bufio.Reader, forced string) (string, error) {
	if forced != FormatAuto {
		return forced, nil
	}
	line, err := r.Peek(r.Size())
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return "", fmt.Errorf("import %s: %w", name, err)
	}
	if i := strings.IndexAny(string(line), "\r\n"); i >= 0 {
		line = line[:i]
	}
	header, err := csv.NewReader(strings.NewReader(string(line))).Read()
	if err != nil {
		return "", fmt.Errorf("import %s: read the header: %w", name, err)
	}
	columns := map[string]bool{}
	for _, column := range header {
		columns[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(column, "\ufeff")))] = true
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if !columns[n] {
				return false
			}
		}
		return true
	}
	switch {
	case has("weo_vintage", "iso3", "concept"):
		return FormatWEO, nil
	case has("country code", "year", "value"):
		return FormatWDI, nil
	case has("jurisdiction", "target", "type", "date"):
		return FormatEvents, nil
	case has("entity", "period", "value"):
		return FormatLong, nil
	}
	return "", fmt.Errorf("import %s: the header %q is not of a known format (%s)", name, strings.Join(header, ","),
		strings.Join(ImportFormats, ", "))
}
