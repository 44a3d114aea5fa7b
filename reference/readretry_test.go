package reference

import (
	"database/sql"
	"os"
	"testing"
)

// TestALookupRollsBackAJournalLeftAfterTheStoreOpened gives a read-only store, after it
// opened, the journal of a writer killed mid-write (a copy of a real one, which no process
// holds): its lookups must roll it back and answer, not fail with "attempt to write a
// readonly database" in the middle of a batch.
func TestALookupRollsBackAJournalLeftAfterTheStoreOpened(t *testing.T) {
	path := defaultCopyPath(t)
	store, err := OpenWith(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	want, err := store.History("CHN", "gdp_growth")
	if err != nil || len(want) == 0 {
		t.Fatalf("history before: %v, %v", want, err)
	}

	writer, err := sql.Open("sqlite3", dsn(path, "_busy_timeout=5000"))
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	writer.SetMaxOpenConns(1)
	// A cache of one page spills the change to the file before the commit, as a large
	// write would: the journal left is then a hot one, which a reader must roll back.
	if _, err := writer.Exec(`PRAGMA cache_size = 1`); err != nil {
		t.Fatal(err)
	}
	tx, err := writer.Begin()
	if err != nil {
		t.Fatal(err)
	}
	// Only the figures looked up: a journal of the whole table takes seconds to write.
	if _, err := tx.Exec(`UPDATE observations SET value = value + 1 WHERE entity = 'CHN' AND indicator = 'gdp_growth'`); err != nil {
		t.Fatal(err)
	}
	journal, err := os.ReadFile(path + "-journal")
	if err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	writer.Close()
	if err := os.WriteFile(path+"-journal", journal, 0o644); err != nil {
		t.Fatal(err)
	}

	store.forgetLookups() // History keeps what it read: read the file again
	got, err := store.History("CHN", "gdp_growth")
	if err != nil {
		t.Fatalf("history with a hot journal: %v", err)
	}
	if len(got) != len(want) || got[0] != want[0] {
		t.Errorf("history changed: %d figures, want %d", len(got), len(want))
	}
	if _, err := os.Stat(path + "-journal"); err == nil {
		t.Error("the journal is still there")
	}
}
