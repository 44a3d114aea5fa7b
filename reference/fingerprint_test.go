package reference

import (
	"context"
	"database/sql"
	"testing"
)

// storedFingerprint reads the fingerprint a database keeps, "" when it keeps none.
func storedFingerprint(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn(path, "mode=ro"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var fingerprint string
	if err := db.QueryRow(`SELECT fingerprint FROM data_fingerprint`).Scan(&fingerprint); err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	return fingerprint
}

// computedFingerprint hashes the data of the database at path as a run without a stored
// fingerprint would.
func computedFingerprint(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", dsn(path, "mode=ro"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fingerprint, err := computeFingerprint(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return fingerprint
}

func TestEveryWriteStoresTheFingerprintOfWhatItWrote(t *testing.T) {
	tests := []struct {
		name  string
		write func(t *testing.T, path string)
	}{
		{"a build", func(t *testing.T, path string) {}},
		{"a figure added", func(t *testing.T, path string) {
			store, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			if err := store.AddFigure(context.Background(), Figure{Observation: Observation{Entity: "rus", Indicator: "unemployment_rate",
				Period: "2024", Value: 2.5, Source: "Rosstat", Release: "2025-01-31", SourceURL: "https://example.org/u"}}); err != nil {
				t.Fatal(err)
			}
		}},
		{"a file imported", func(t *testing.T, path string) {
			store, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			if _, err := importFile(t, store, "long_small.csv", ImportOptions{Replace: true}); err != nil {
				t.Fatal(err)
			}
		}},
		{"a migration from schema 2", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", dsn(path, ""))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			// What schema 2 had: no table, no triggers.
			rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'data_fingerprint%'`)
			var triggers []string
			for err == nil && rows.Next() {
				var name string
				err = rows.Scan(&name)
				triggers = append(triggers, name)
			}
			if err != nil {
				t.Fatal(err)
			}
			rows.Close()
			for _, name := range triggers {
				if _, err := db.Exec(`DROP TRIGGER ` + name); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := db.Exec(`DROP TABLE data_fingerprint; PRAGMA user_version = 2`); err != nil {
				t.Fatal(err)
			}
			db.Close()
			store, err := OpenWith(path, OpenOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			store.Close()
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := copyOf(t, smallPath(t))
			before := storedFingerprint(t, path)
			tt.write(t, path)
			stored := storedFingerprint(t, path)
			if computed := computedFingerprint(t, path); stored != computed {
				t.Errorf("stored fingerprint %q, want %q, the fingerprint of the data", stored, computed)
			}
			if tt.name == "a figure added" && stored == before {
				t.Errorf("the fingerprint %s did not change with the data", stored)
			}
		})
	}
}

func TestTheFingerprintIsReadNotComputedAndNeverStale(t *testing.T) {
	tests := []struct {
		name, change string
		want         func(t *testing.T, path string) string
	}{
		// What a run reads: one row, not every checksum hashed again.
		{"the stored one is read", `UPDATE data_fingerprint SET fingerprint = '0123456789abcdef'`,
			func(*testing.T, string) string { return "0123456789abcdef" }},
		// Changes made by other means than a write of this code drop it; it is computed.
		{"a release changed by hand", `UPDATE releases SET label = label || ' (edited)' WHERE id = (SELECT min(id) FROM releases)`, computedFingerprint},
		{"a checksum deleted by hand", `DELETE FROM release_checksums WHERE rowid = (SELECT max(rowid) FROM release_checksums)`, computedFingerprint},
		{"a checksum changed by hand", `UPDATE release_checksums SET checksum = 'x' WHERE rowid = (SELECT min(rowid) FROM release_checksums)`, computedFingerprint},
		{"a source renamed by hand", `UPDATE sources SET name = name || ' (edited)' WHERE id = (SELECT source_id FROM releases LIMIT 1)`, computedFingerprint},
		// Text a damaged page left is not taken for a fingerprint.
		{"a damaged fingerprint", `UPDATE data_fingerprint SET fingerprint = 'zz' || fingerprint`, computedFingerprint},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := copyOf(t, smallPath(t))
			before := storedFingerprint(t, path)
			damage(t, path, tt.change)
			store, err := OpenWith(path, OpenOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			got, err := store.DataFingerprint()
			if err != nil {
				t.Fatal(err)
			}
			if want := tt.want(t, path); got != want {
				t.Errorf("fingerprint %s, want %s", got, want)
			}
			if tt.name != "a damaged fingerprint" && got == before {
				t.Errorf("the fingerprint %s is the one from before the change", got)
			}
		})
	}
}
