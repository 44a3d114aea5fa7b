package reference

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/mattn/go-sqlite3"
)

// DefaultLockTimeout is how long a lookup or an open waits for a database that another
// process is writing, when OpenOptions do not say.
const DefaultLockTimeout = 5 * time.Second

// DefaultWriteLockTimeout is how long a write (an import, an addition) waits for another
// process's write to finish: long enough for an import of the whole IMF file on a slow machine.
const DefaultWriteLockTimeout = 10 * time.Minute

// OpenOptions say how a reference database is opened.
type OpenOptions struct {
	// ReadOnly opens the file for lookups only (what check needs), so that a file the user
	// may not write is still read. An older schema is still migrated when the file can be
	// written; a file that is empty or needs a migration it cannot get is refused.
	ReadOnly bool
	// LockTimeout is how long an open or a lookup waits for a database that another process
	// is writing before it fails with ErrLocked; 0 means DefaultLockTimeout.
	LockTimeout time.Duration
	// WriteLockTimeout is how long a write waits for another process's write; 0 means
	// DefaultWriteLockTimeout.
	WriteLockTimeout time.Duration
	// OnWait, when set, is called once when a write finds another process writing and starts
	// to wait for it, so that the user learns why nothing happens.
	OnWait func(timeout time.Duration)
}

func (o OpenOptions) lockTimeout() time.Duration {
	if o.LockTimeout <= 0 {
		return DefaultLockTimeout
	}
	return o.LockTimeout
}

func (o OpenOptions) writeLockTimeout() time.Duration {
	if o.WriteLockTimeout <= 0 {
		return DefaultWriteLockTimeout
	}
	return o.WriteLockTimeout
}

func (o OpenOptions) dsnParams(extra string) string {
	params := fmt.Sprintf("_busy_timeout=%d", o.lockTimeout().Milliseconds())
	if o.ReadOnly {
		params += "&mode=ro"
	}
	if extra != "" {
		params += "&" + extra
	}
	return params
}

// Kinds of failure a caller can tell apart with errors.Is, to say what to do about them.
var (
	// ErrCorrupt: the file is not an SQLite database, or a damaged or truncated one.
	ErrCorrupt = errors.New("damaged: not a complete SQLite database")
	// ErrLocked: another process held the database longer than the lock timeout.
	ErrLocked = errors.New("locked by another process")
	// ErrReadOnly: a write (or a needed migration) met a file or folder that cannot be written.
	ErrReadOnly = errors.New("cannot be written")
	// ErrNewerSchema: the database was written by a newer factcheck.
	ErrNewerSchema = errors.New("schema is newer than this factcheck knows")
	// ErrEmpty: the file holds no reference data at all (an empty file opened read-only).
	ErrEmpty = errors.New("holds no reference data")
	// ErrNotReference: an SQLite database of something else.
	ErrNotReference = errors.New("not a factcheck reference database")
)

// kindError gives an error a kind that errors.Is finds, while its message stays the one
// that explains it.
type kindError struct {
	kind error
	err  error
}

func (e *kindError) Error() string        { return e.err.Error() }
func (e *kindError) Unwrap() error        { return e.err }
func (e *kindError) Is(target error) bool { return target == e.kind }

// withKind marks err as being of kind, keeping its message.
func withKind(kind, err error) error {
	if err == nil || errors.Is(err, kind) {
		return err
	}
	return &kindError{kind: kind, err: err}
}

// classify marks SQLite's errors with the kind a user can act on.
func classify(err error) error {
	var sqliteErr sqlite3.Error
	if err == nil || !errors.As(err, &sqliteErr) {
		return err
	}
	for _, kind := range []error{ErrCorrupt, ErrLocked, ErrReadOnly} {
		if errors.Is(err, kind) {
			return err
		}
	}
	switch sqliteErr.Code {
	case sqlite3.ErrNotADB, sqlite3.ErrCorrupt:
		return withKind(ErrCorrupt, fmt.Errorf("%w: %w", ErrCorrupt, err))
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return withKind(ErrLocked, err)
	case sqlite3.ErrReadonly:
		return withKind(ErrReadOnly, err)
	}
	return err
}

// lockedError says how long an open or a write waited before it gave up.
func lockedError(err error, waited time.Duration) error {
	if errors.Is(err, ErrLocked) {
		return fmt.Errorf("%w (waited %s): %w", ErrLocked, waited, err)
	}
	return err
}

// checkReadable fails early, with the usual os error, for a file that cannot be opened; a
// read-only open must not create it.
func checkReadable(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return unwrapPath(err)
	}
	return f.Close()
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// sqliteMagic begins every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// checkHeader reads the file's 100-byte header and refuses a file that is not an SQLite
// database or is shorter than the header says. SQLite itself would open a truncated file and
// fail only at the first lookup of a missing page, in the middle of a batch.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a new database, created by the first statement
	}
	if err != nil {
		return unwrapPath(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if info.Size() == 0 {
		return nil
	}
	header := make([]byte, 100)
	if _, err := io.ReadFull(f, header); err != nil {
		return withKind(ErrCorrupt, fmt.Errorf("%w: only %d bytes, shorter than an SQLite header", ErrCorrupt, info.Size()))
	}
	if !bytes.Equal(header[:len(sqliteMagic)], sqliteMagic) {
		return withKind(ErrCorrupt, fmt.Errorf("%w: the file does not begin as an SQLite database does", ErrCorrupt))
	}
	pageSize := int64(binary.BigEndian.Uint16(header[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(header[28:32]))
	// The page count is valid only when written by the same change as the change counter.
	valid := binary.BigEndian.Uint32(header[24:28]) == binary.BigEndian.Uint32(header[92:96])
	if valid && pages > 0 && info.Size() < pages*pageSize {
		return withKind(ErrCorrupt, fmt.Errorf("%w: truncated, %d of its %d bytes are there", ErrCorrupt, info.Size(), pages*pageSize))
	}
	return nil
}

// prepareSchema checks that db is a whole reference database of a schema this code knows,
// migrating an older one.
func prepareSchema(db *sql.DB, path string, opts OpenOptions) error {
	ctx := context.Background()
	// A journal left by a killed writer is rolled back by the first read, which may shorten
	// or mend the file: the header is judged after it. Without one it is judged first, so
	// that the message says what is wrong rather than SQLite's "malformed".
	hotJournal, err := fileExists(path + "-journal")
	if err != nil {
		return err
	}
	if !hotJournal {
		if err := checkHeader(path); err != nil {
			return err
		}
	}
	started := time.Now()
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return lockedError(classify(fmt.Errorf("read schema version: %w", err)), time.Since(started).Round(time.Millisecond))
	}
	if hotJournal {
		if err := checkHeader(path); err != nil {
			return err
		}
	}
	if !opts.ReadOnly {
		return lockedError(classify(migrate(ctx, db)), opts.lockTimeout())
	}
	if version > SchemaVersion {
		return newerSchemaError(version, SchemaVersion)
	}
	if version < 0 {
		return negativeVersionError(version)
	}
	if version == SchemaVersion {
		return nil
	}
	if version == 0 {
		tables, err := countTables(ctx, db)
		if err != nil {
			return err
		}
		if tables == 0 {
			return withKind(ErrEmpty, fmt.Errorf("%w: an empty file, no schema and no figures", ErrEmpty))
		}
	}
	// An older schema: migrate through a connection that may write, if the file allows it.
	rw, err := sql.Open("sqlite3", dsn(path, OpenOptions{LockTimeout: opts.LockTimeout}.dsnParams("")))
	if err != nil {
		return err
	}
	defer rw.Close()
	if err := classify(migrate(ctx, rw)); err != nil {
		if errors.Is(err, ErrReadOnly) {
			return fmt.Errorf("schema version %d is older than this factcheck's (%d) and the file %w to migrate it: %w", version, SchemaVersion, ErrReadOnly, err)
		}
		return lockedError(err, opts.lockTimeout())
	}
	return nil
}

func newerSchemaError(version, known int) error {
	return withKind(ErrNewerSchema, fmt.Errorf("database schema version %d is newer than this factcheck knows (%d): use a newer factcheck or another database", version, known))
}

// negativeVersionError reports a schema version that no factcheck writes: a damaged header
// or a file of something else.
func negativeVersionError(version int) error {
	return withKind(ErrCorrupt, fmt.Errorf("%w: schema version %d, which no factcheck writes", ErrCorrupt, version))
}

func countTables(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int, error) {
	var tables int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table'").Scan(&tables); err != nil {
		return 0, fmt.Errorf("inspect database: %w", classify(err))
	}
	return tables, nil
}
