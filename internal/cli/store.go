package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/internal/filekind"
	"github.com/factcheck/factcheck/reference"
)

// openStore opens the database named by --db or the config, or the default one built from
// the embedded data, for lookups only: check never writes, so a database the user may not
// write still serves it.
func openStore(flagDB string, cfg config.Config) (*reference.Store, error) {
	return openStoreWith(flagDB, cfg, storeAccess{readOnly: true})
}

// storeAccess says what a command does with the database.
type storeAccess struct {
	readOnly bool
	// waitNotes receives a line when a write must wait for another process's write.
	waitNotes io.Writer
}

func openStoreWith(flagDB string, cfg config.Config, access storeAccess) (*reference.Store, error) {
	opts := reference.OpenOptions{ReadOnly: access.readOnly, LockTimeout: lockTimeout(cfg)}
	path := flagDB
	if path == "" {
		path = cfg.DB
	}
	if access.waitNotes != nil {
		opts.OnWait = func(timeout time.Duration) {
			fmt.Fprintf(access.waitNotes, "factcheck: note: another process is writing %s; waiting for it to finish (up to %s)\n", path, timeout)
		}
	}
	if path == "" {
		dir, err := reference.DefaultDir()
		if err != nil {
			return nil, hinted{fmt.Errorf("reference database: %w", err), "name a database with --db PATH or the db key of config.yaml"}
		}
		if access.waitNotes != nil {
			opts.OnWait = func(timeout time.Duration) {
				fmt.Fprintf(access.waitNotes, "factcheck: note: another process is writing the default database in %s; waiting for it to finish (up to %s)\n", dir, timeout)
			}
		}
		// The default database is a cache of the embedded data: OpenDefault rebuilds it when
		// it is damaged, and reports a lock or a permission with the hints below.
		store, err := reference.OpenDefaultWith(dir, opts)
		if err != nil {
			return nil, storeError(err, "", cfg)
		}
		return store, nil
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, missingDatabase(path, flagDB != "")
	case err != nil:
		return nil, hinted{fmt.Errorf("reference database %s: %w", path, unwrapPathErr(err)), "check the path and its permissions, or name another database with --db"}
	case info.IsDir():
		return nil, usageError{hinted{fmt.Errorf("reference database %s is a folder", path), "name the database file itself, e.g. --db " + filepath.Join(path, "reference.db")}}
	case !info.Mode().IsRegular():
		// SQLite would block on a named pipe until something wrote to it, and a device is
		// no database: refused before it is opened, and never suggested for removal.
		return nil, usageError{hinted{fmt.Errorf("reference database %s is not a regular file (%s)", path, filekind.Of(info.Mode())), "name the database file with --db, or build one with `factcheck ref init --db PATH`"}}
	}
	store, err := reference.OpenWith(path, opts)
	if err != nil {
		return nil, storeError(err, path, cfg)
	}
	return store, nil
}

// missingDatabase refuses a database named (by --db, or the db key of the configuration or
// FACTCHECK_DB) that does not exist. A mistyped name must not quietly become a fresh copy of
// the embedded data, 170 MB, that the run then uses: its verdicts would ignore the figures
// the user imported, and a later import would go where no check looks. Only the default
// database, which the user never names, is built without asking.
func missingDatabase(path string, byFlag bool) error {
	named := "--db " + display(path)
	if !byFlag {
		named = "the database " + display(path) + " (the db key of the configuration, or FACTCHECK_DB)"
	}
	hint := fmt.Sprintf("check the name, or run `factcheck ref init --db %s` to build one from the embedded data", display(path))
	if dir := filepath.Dir(path); !isDir(dir) {
		return usageError{hinted{fmt.Errorf("%s: no such file, and the folder %s does not exist", named, display(dir)), hint}}
	}
	return usageError{hinted{fmt.Errorf("%s: no such file", named), hint}}
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// storeError adds to an open error the hint that says what to do. path is "" for the
// default database, which factcheck rebuilds itself and the user never has to repair.
func storeError(err error, path string, cfg config.Config) error {
	name := path
	if name == "" {
		name = "the default database"
	}
	switch {
	case errors.Is(err, reference.ErrCorrupt):
		return hinted{fmt.Errorf("%w; it was not changed", err), fmt.Sprintf(
			"factcheck never overwrites a database you named: restore %s from a backup, or create a new one with 'factcheck ref init --db NEW.db' and import your files into it", name)}
	case errors.Is(err, reference.ErrLocked):
		return hinted{err, fmt.Sprintf(
			"another process (an import?) is writing %s; run again when it ends, or wait longer with db_lock_timeout in config.yaml (now %d ms)", name, cfg.LockTimeoutMS)}
	case errors.Is(err, reference.ErrReadOnly):
		return hinted{err, fmt.Sprintf(
			"%s cannot be written: check the permissions of the file and its folder, or copy it somewhere writable and use --db COPY", name)}
	case errors.Is(err, reference.ErrNewerSchema):
		return hinted{err, fmt.Sprintf("%s was written by a newer factcheck: upgrade factcheck, or name another database with --db", name)}
	case errors.Is(err, reference.ErrEmpty) && path == "":
		return hinted{err, "run again: factcheck builds the default database from its embedded data"}
	case errors.Is(err, reference.ErrEmpty):
		// Only the default database is built without asking; a database the user named is
		// built by ref init, which refuses a file that exists, even an empty one.
		return hinted{err, fmt.Sprintf("build the reference database in its place: rm %s && factcheck ref init --db %s", path, path)}
	case errors.Is(err, reference.ErrNotReference):
		return hinted{err, fmt.Sprintf("%s is an SQLite database of something else: name your reference database with --db", name)}
	case errors.Is(err, fs.ErrPermission):
		return hinted{err, fmt.Sprintf("check the permissions of %s and its folder, or name another database with --db", name)}
	}
	return err
}

// damagedMidRun reports damage found in the middle of a run (a release whose figures no
// longer match their checksum, a page SQLite cannot read): the report is not written, and
// the default database, a cache of the embedded data, is removed so that the next run
// builds it again.
func damagedMidRun(err error, store *reference.Store, isDefault bool) error {
	if !isDefault {
		return storeError(err, store.Path(), config.Config{})
	}
	// An open file can be removed; the run's deferred Close releases it.
	path := store.Path()
	if rmErr := reference.RemoveDamaged(path); rmErr != nil {
		return hinted{err, fmt.Sprintf("remove %s (%v) and run again: factcheck builds it again from its embedded data", path, rmErr)}
	}
	return hinted{err, "the default database was removed; run again and factcheck builds it from its embedded data"}
}

// writeError adds a hint to the failure of a write (an import, an addition) that is about
// the database rather than the data.
func writeError(err error, store *reference.Store) error {
	name := store.Path()
	switch {
	case errors.Is(err, reference.ErrLocked):
		return hinted{err, fmt.Sprintf("another process held %s for longer than a write waits; run again when it ends", name)}
	case errors.Is(err, reference.ErrReadOnly), errors.Is(err, reference.ErrCorrupt):
		return storeError(err, name, config.Config{})
	}
	return err
}

// lockTimeout is db_lock_timeout as a duration; 0 in the config means not to wait at all,
// which the store spells as the shortest wait.
func lockTimeout(cfg config.Config) time.Duration {
	if cfg.LockTimeoutMS <= 0 {
		return time.Millisecond
	}
	return time.Duration(cfg.LockTimeoutMS) * time.Millisecond
}

// unwrapPathErr drops the path that os errors repeat, since the message names the file.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
