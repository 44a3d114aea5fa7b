package reference

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestOpenChecksTheSchemaVersion(t *testing.T) {
	tests := []struct {
		name    string
		prepare string // SQL run on a fresh file before Open
		wantErr string // "" when Open must succeed
	}{
		{
			name:    "a database from newer code is refused, naming both versions",
			prepare: fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+6),
			wantErr: fmt.Sprintf("database schema version %d is newer than this factcheck knows (%d)", SchemaVersion+6, SchemaVersion),
		},
		{
			name:    "a database of something else is refused",
			prepare: "CREATE TABLE invoices (id INTEGER)",
			wantErr: "not a factcheck reference database",
		},
		{
			name:    "an empty file becomes an empty reference database",
			prepare: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbPath := filepath.Join(t.TempDir(), "ref.db")
			raw, err := sql.Open("sqlite3", dsn(dbPath, ""))
			if err != nil {
				t.Fatal(err)
			}
			if tt.prepare != "" {
				if _, err := raw.Exec(tt.prepare); err != nil {
					t.Fatal(err)
				}
			}
			raw.Close()

			store, err := Open(dbPath)
			if tt.wantErr != "" {
				if err == nil {
					store.Close()
					t.Fatalf("Open succeeded, want an error containing %q", tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), dbPath) {
					t.Fatalf("error = %v, want one naming %s and containing %q", err, dbPath, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			stats, err := store.Stats()
			if err != nil {
				t.Fatal(err)
			}
			if stats.SchemaVersion != SchemaVersion || stats.Observations != 0 {
				t.Errorf("stats = %+v, want version %d and no data", stats, SchemaVersion)
			}
		})
	}
}

func TestOpenCreatesAMissingFile(t *testing.T) {
	// Characters that mean something in a URI must still name the file.
	dbPath := filepath.Join(t.TempDir(), "my refs?v=2#1 %20.db")
	store, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if exists, err := fileExists(dbPath); err != nil || !exists {
		t.Fatalf("Open did not create %s", dbPath)
	}
	got, err := store.Observations("RUS", "gdp_growth", "2023")
	if err != nil || len(got) != 0 {
		t.Errorf("new database: got %v, %v; want nothing", got, err)
	}
	// Opening again finds the schema in place and migrates nothing.
	store2, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	store2.Close()
}

func TestLoadMigrations(t *testing.T) {
	tests := []struct {
		name    string
		files   []string
		wantErr string
	}{
		{name: "numbered from one without gaps", files: []string{"0001_init.sql", "0002_more.sql"}},
		{name: "a gap is refused", files: []string{"0001_init.sql", "0003_more.sql"}, wantErr: "0003_more.sql: expected version 2"},
		{name: "a name without a number is refused", files: []string{"0001_init.sql", "more.sql"}, wantErr: "more.sql: name must start"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for _, name := range tt.files {
				fsys["migrations/"+name] = &fstest.MapFile{Data: []byte("SELECT 1;")}
			}
			migrations, err := loadMigrations(fsys)
			if tt.wantErr == "" {
				if err != nil || len(migrations) != len(tt.files) {
					t.Fatalf("got %d migrations, %v", len(migrations), err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
