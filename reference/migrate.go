package reference

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one schema step; applying migration N moves a database to user_version N.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the embedded migrations, named NNNN_what.sql, and checks that they
// number 1, 2, 3... with no gap, so that user_version always names a known schema.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	sort.Strings(names)
	migrations := make([]migration, 0, len(names))
	for i, name := range names {
		base := path.Base(name)
		number, _, ok := strings.Cut(base, "_")
		version, err := strconv.Atoi(number)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its version number, as in 0001_init.sql", base)
		}
		if version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", base, i+1)
		}
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", base, err)
		}
		migrations = append(migrations, migration{version: version, name: base, sql: string(text)})
	}
	return migrations, nil
}

// schemaMigrations are the migrations of this build of the code.
var schemaMigrations = func() []migration {
	migrations, err := loadMigrations(migrationFS)
	if err != nil {
		// The migrations are compiled in, so this is a programming error caught by any test.
		panic(err)
	}
	return migrations
}()

// SchemaVersion is the newest schema this code knows; databases carry theirs in
// PRAGMA user_version.
var SchemaVersion = len(schemaMigrations)

// migrate brings the database at conn up to SchemaVersion, each step in its own transaction
// with the version bump, so that a failed step leaves the previous version intact. It
// refuses a database from newer code, and a file that holds tables of something else.
func migrate(ctx context.Context, db *sql.DB) error {
	return migrateWith(ctx, db, schemaMigrations)
}

// migrateWith applies the steps a database lacks; tests give it steps of their own.
func migrateWith(ctx context.Context, db *sql.DB, steps []migration) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()

	var version int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if version > len(steps) {
		return newerSchemaError(version, len(steps))
	}
	if version < 0 {
		return negativeVersionError(version)
	}
	if version == 0 {
		tables, err := countTables(ctx, conn)
		if err != nil {
			return err
		}
		if tables > 0 {
			return fmt.Errorf("%w: it has %d tables but no schema version", ErrNotReference, tables)
		}
	}
	for _, step := range steps[version:] {
		if err := applyMigration(ctx, conn, step); err != nil {
			return err
		}
	}
	if version < 3 && len(steps) >= 3 {
		// Schema 2 brought checksums and schema 3 the data's fingerprint: the figures
		// already there get theirs now (sealing stores the fingerprint too).
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("seal releases: %w", err)
		}
		defer tx.Rollback()
		if version < 2 {
			err = sealReleases(ctx, tx, nil)
		} else {
			err = storeFingerprint(ctx, tx)
		}
		if err != nil {
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("seal releases: commit: %w", err)
		}
	}
	return nil
}

func applyMigration(ctx context.Context, conn *sql.Conn, step migration) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", step.name, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, step.sql); err != nil {
		return fmt.Errorf("migration %s: %w", step.name, err)
	}
	// PRAGMA takes no parameters; the version is an int we formatted ourselves.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", step.version)); err != nil {
		return fmt.Errorf("migration %s: set version: %w", step.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: commit: %w", step.name, err)
	}
	return nil
}
