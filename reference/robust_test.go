package reference

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// defaultCopyPath copies the database built from the embedded data into a test's folder.
func defaultCopyPath(t testing.TB) string {
	t.Helper()
	return copyOf(t, defaultStore.Path())
}

func fileSum(t *testing.T, path string) string {
	t.Helper()
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}

// holdLock takes the write lock of the database at path on a connection of its own, as
// another process's import in its commit would, and returns the function that releases it.
func holdLock(t *testing.T, path, mode string) func() {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn(path, "_busy_timeout=0"))
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN "+mode); err != nil {
		t.Fatalf("BEGIN %s: %v", mode, err)
	}
	released := false
	release := func() {
		if released {
			return
		}
		released = true
		conn.ExecContext(context.Background(), "ROLLBACK")
		conn.Close()
		db.Close()
	}
	t.Cleanup(release)
	return release
}

func TestOpenRefusesDamagedFilesAndLeavesThemAlone(t *testing.T) {
	good, err := os.ReadFile(defaultStore.Path())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		content []byte
		wantErr string
	}{
		{"a text file", []byte(strings.Repeat("entity,indicator,period,value\n", 20)), "does not begin as an SQLite database"},
		{"a file shorter than a header", []byte("SQLite format 3"), "shorter than an SQLite header"},
		{"a database cut in half", good[:len(good)/2], "truncated"},
		{"a database cut after its first page", good[:4096], "truncated"},
		{"a header of zeros", make([]byte, 8192), "does not begin as an SQLite database"},
	}
	for _, tt := range tests {
		for _, readOnly := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, read-only %v", tt.name, readOnly), func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "ref.db")
				if err := os.WriteFile(path, tt.content, 0o644); err != nil {
					t.Fatal(err)
				}
				before := fileSum(t, path)
				store, err := OpenWith(path, OpenOptions{ReadOnly: readOnly})
				if err == nil {
					store.Close()
					t.Fatal("Open succeeded on a damaged file")
				}
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), path) {
					t.Errorf("error = %v, want ErrCorrupt naming %s and saying %q", err, path, tt.wantErr)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error spans lines: %q", err)
				}
				if fileSum(t, path) != before {
					t.Error("Open changed the damaged file")
				}
			})
		}
	}
}

func TestOpenOfAnEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenWith(path, OpenOptions{ReadOnly: true}); !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), path) {
		t.Errorf("read-only open of an empty file: %v, want ErrEmpty naming the file", err)
	}
	if info, _ := os.Stat(path); info.Size() != 0 {
		t.Error("a read-only open wrote into the empty file")
	}
	store, err := OpenWith(path, OpenOptions{})
	if err != nil {
		t.Fatalf("an empty file opened for writing becomes an empty reference database: %v", err)
	}
	store.Close()
}

func TestOpenOfAMissingFileReadOnlyCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.db")
	_, err := OpenWith(path, OpenOptions{ReadOnly: true})
	if !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("error = %v, want one saying %s does not exist", err, path)
	}
	if _, statErr := os.Stat(path); !errors.Is(statErr, os.ErrNotExist) {
		t.Error("a read-only open created the file")
	}
}

func TestOpenWaitsForALockedDatabaseThenGivesUp(t *testing.T) {
	path := copyOf(t, smallPath(t))
	release := holdLock(t, path, "EXCLUSIVE")
	_, err := OpenWith(path, OpenOptions{ReadOnly: true, LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "locked by another process (waited") || !strings.Contains(err.Error(), path) {
		t.Fatalf("error = %v, want ErrLocked naming the file and the wait", err)
	}
	release()
	store, err := OpenWith(path, OpenOptions{ReadOnly: true, LockTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatalf("open after the lock was released: %v", err)
	}
	defer store.Close()
	if got, err := store.Observations("RUS", "gdp_growth", "2023"); err != nil || len(got) == 0 {
		t.Errorf("lookups after the lock: %d figures, %v", len(got), err)
	}
}

func TestOpenWaitsWhileALockIsHeldAndSucceedsWhenItIsReleased(t *testing.T) {
	path := copyOf(t, smallPath(t))
	release := holdLock(t, path, "EXCLUSIVE")
	done := make(chan error, 1)
	go func() {
		store, err := OpenWith(path, OpenOptions{ReadOnly: true, LockTimeout: time.Minute})
		if err == nil {
			store.Close()
		}
		done <- err
	}()
	release()
	if err := <-done; err != nil {
		t.Fatalf("open waiting for a lock that is released: %v", err)
	}
}

func TestReadOnlyStoreReadsAndRefusesWrites(t *testing.T) {
	path := copyOf(t, smallPath(t))
	before := fileSum(t, path)
	store, err := OpenWith(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if got, err := store.Observations("RUS", "gdp_growth", "2023"); err != nil || len(got) == 0 {
		t.Fatalf("lookup: %d figures, %v", len(got), err)
	}
	writes := map[string]func() error{
		"import": func() error {
			_, err := importFile(t, store, "weo_small.csv", ImportOptions{})
			return err
		},
		"add a figure": func() error {
			return store.AddFigure(context.Background(), Figure{Observation: Observation{
				Entity: "RUS", Indicator: "inflation", Period: "2031", Value: 4, Source: "Test", Release: "2032-01-01"}})
		},
	}
	for name, write := range writes {
		err := write()
		if !errors.Is(err, ErrReadOnly) {
			t.Errorf("%s on a read-only store: %v, want ErrReadOnly", name, err)
		}
	}
	store.Close()
	if fileSum(t, path) != before {
		t.Error("the read-only database changed")
	}
}

func TestAFileThatCannotBeWrittenIsReadAndNotWritten(t *testing.T) {
	path := copyOf(t, emptyPath(t))
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		t.Skip("file permissions do not stop this user (root) from writing; TestReadOnlyStoreReadsAndRefusesWrites covers read-only opens")
	}
	store, err := OpenWith(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatalf("read-only open of a file that cannot be written: %v", err)
	}
	store.Close()
	store, err = Open(path)
	if err != nil {
		t.Fatalf("open of a file that cannot be written: %v", err)
	}
	defer store.Close()
	if _, err := importFile(t, store, "long_small.csv", ImportOptions{}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("import into a file that cannot be written: %v, want ErrReadOnly", err)
	}
}

func TestOpenRefusesANewerSchemaNamingBothVersions(t *testing.T) {
	path := copyOf(t, smallPath(t))
	raw, err := sql.Open("sqlite3", dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	before := fileSum(t, path)
	for _, readOnly := range []bool{false, true} {
		_, err := OpenWith(path, OpenOptions{ReadOnly: readOnly})
		want := fmt.Sprintf("schema version %d is newer than this factcheck knows (%d)", SchemaVersion+1, SchemaVersion)
		if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), want) {
			t.Errorf("read-only %v: error = %v, want ErrNewerSchema saying %q", readOnly, err, want)
		}
	}
	if fileSum(t, path) != before {
		t.Error("refusing a newer schema changed the file")
	}
}

// TestMigrationOfAnOlderSchema applies one more schema step to a database of the current
// version: its figures stay, and a step that fails half-way leaves the version as it was and
// nothing of the step.
func TestMigrationOfAnOlderSchema(t *testing.T) {
	tests := []struct {
		name        string
		step        string
		wantVersion int
		wantErr     string
	}{
		{"a good step is applied", "ALTER TABLE sources ADD COLUMN country TEXT NOT NULL DEFAULT ''; CREATE TABLE notes (id INTEGER PRIMARY KEY);", SchemaVersion + 1, ""},
		{"a failing step is rolled back whole", "CREATE TABLE notes (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);", SchemaVersion, "0002_more.sql"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := copyOf(t, smallPath(t))
			db, err := sql.Open("sqlite3", dsn(path, ""))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			steps := append(append([]migration(nil), schemaMigrations...), migration{version: len(schemaMigrations) + 1, name: "0002_more.sql", sql: tt.step})
			err = migrateWith(context.Background(), db, steps)
			if tt.wantErr == "" && err != nil {
				t.Fatal(err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error = %v, want one naming %s", err, tt.wantErr)
			}
			var version, figures, notes int
			db.QueryRow("PRAGMA user_version").Scan(&version)
			db.QueryRow("SELECT count(*) FROM observations").Scan(&figures)
			db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").Scan(&notes)
			if version != tt.wantVersion {
				t.Errorf("schema version %d, want %d", version, tt.wantVersion)
			}
			if figures == 0 {
				t.Error("the figures were lost")
			}
			if wantNotes := map[bool]int{true: 1, false: 0}[tt.wantErr == ""]; notes != wantNotes {
				t.Errorf("table notes exists %d times, want %d", notes, wantNotes)
			}
		})
	}
}

func TestOpenDefaultRebuildsDamageButNotALock(t *testing.T) {
	dir := t.TempDir()
	fixture := fixtureFS()
	path := openDefaultFile(t, fixture, dir)

	t.Run("a truncated default database is rebuilt", func(t *testing.T) {
		content, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, content[:len(content)/2], 0o644); err != nil {
			t.Fatal(err)
		}
		store, err := openDefault(fixture, dir, OpenOptions{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if got, err := store.Observations("RUS", "gdp_growth", "2023"); err != nil || len(got) != 2 {
			t.Errorf("rebuilt database: %d figures, %v; want 2", len(got), err)
		}
	})

	t.Run("a locked default database is reported, not rebuilt", func(t *testing.T) {
		before, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		holdLock(t, path, "EXCLUSIVE")
		_, err = openDefault(fixture, dir, OpenOptions{ReadOnly: true, LockTimeout: 20 * time.Millisecond})
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("error = %v, want ErrLocked", err)
		}
		after, err := os.Stat(path)
		if err != nil || !os.SameFile(before, after) {
			t.Errorf("the locked database was replaced (%v)", err)
		}
	})
}

func TestAWriteWaitsForAnotherAndSaysSo(t *testing.T) {
	path := copyOf(t, emptyPath(t))
	release := holdLock(t, path, "IMMEDIATE")
	waiting := make(chan time.Duration, 1)
	store, err := OpenWith(path, OpenOptions{OnWait: func(d time.Duration) { waiting <- d }})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	done := make(chan error, 1)
	go func() {
		_, err := importFile(t, store, "long_small.csv", ImportOptions{})
		done <- err
	}()
	if d := <-waiting; d != DefaultWriteLockTimeout {
		t.Errorf("OnWait got %v, want %v", d, DefaultWriteLockTimeout)
	}
	release()
	if err := <-done; err != nil {
		t.Fatalf("import after the other write ended: %v", err)
	}
	if got, _ := store.Observations("RUS", "inflation", "2023"); len(got) == 0 {
		t.Error("the import added nothing")
	}
}

func TestAWriteGivesUpAfterItsTimeout(t *testing.T) {
	path := copyOf(t, emptyPath(t))
	holdLock(t, path, "IMMEDIATE")
	store, err := OpenWith(path, OpenOptions{WriteLockTimeout: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	before := exportOf(t, store)
	_, err = importFile(t, store, "long_small.csv", ImportOptions{})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "locked by another process (waited 30ms)") {
		t.Fatalf("error = %v, want ErrLocked saying how long it waited", err)
	}
	if exportOf(t, store) != before {
		t.Error("a write that gave up changed the database")
	}
}

// TestTextFromOutsideNeverBecomesSQL passes text made to break out of a quoted SQL string to
// every lookup that takes text, and checks that it is found as text (not at all), and that
// the database is unchanged.
func TestTextFromOutsideNeverBecomesSQL(t *testing.T) {
	path := defaultCopyPath(t)
	// The file's bytes, not an export: a lookup that wrote anything at all would show, and
	// an export of the whole table takes seconds.
	before := fileSum(t, path)
	store, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	hostile := []string{
		`RUS' OR '1'='1`, `RUS"; DROP TABLE observations; --`, `%`, `_`, `') UNION SELECT name, name, name FROM sqlite_master --`,
	}
	for _, text := range hostile {
		if got, err := store.Observations(text, "gdp_growth", "2023"); err != nil || len(got) != 0 {
			t.Errorf("Observations(%q) = %d rows, %v", text, len(got), err)
		}
		if got, err := store.Observations("RUS", "gdp_growth", text); err != nil || len(got) != 0 {
			t.Errorf("Observations(period %q) = %d rows, %v", text, len(got), err)
		}
		if got, err := store.Events(text, ""); err != nil || len(got) != 0 {
			t.Errorf("Events(%q) = %d rows, %v", text, len(got), err)
		}
		if code, err := store.ResolveEntity(text); err == nil {
			t.Errorf("ResolveEntity(%q) = %s", text, code)
		}
		if figures, _, err := store.Figures(Filter{Entity: text}, 0); err != nil || len(figures) != 0 {
			t.Errorf("Figures(entity %q) = %d rows, %v", text, len(figures), err)
		}
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	if fileSum(t, path) != before {
		t.Error("lookups changed the database")
	}
}

// TestNoSQLIsFormattedFromText reads this package's code: fmt.Sprintf may put numbers (%d)
// into SQL, which the code itself formats, but never text, which could come from a file or a
// flag; text goes in as bound parameters.
func TestNoSQLIsFormattedFromText(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	sqlWords := []string{"SELECT", "INSERT", "UPDATE", "DELETE", "PRAGMA", "WHERE", "LIMIT", "?%d"}
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Sprintf" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				return true
			}
			format, _ := strconv.Unquote(lit.Value)
			isSQL := false
			for _, word := range sqlWords {
				if strings.Contains(format, word) {
					isSQL = true
				}
			}
			if !isSQL {
				return true
			}
			for i := 0; i < len(format)-1; i++ {
				if format[i] == '%' && format[i+1] != 'd' && format[i+1] != '%' {
					t.Errorf("%s: SQL formatted with %%%c: %s", fset.Position(call.Pos()), format[i+1], format)
				}
				if format[i] == '%' {
					i++
				}
			}
			return true
		})
	}
}
