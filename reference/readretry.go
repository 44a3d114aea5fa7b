package reference

import (
	"errors"
	"time"

	"github.com/mattn/go-sqlite3"
)

// readAttempts bounds the retries of a lookup that met a journal it may not roll back.
const readAttempts = 5

// readRetrying runs a lookup again when its read-only connection met a journal it took for
// the hot journal of a crashed writer (SQLITE_READONLY_ROLLBACK, "attempt to write a
// readonly database"). It is often the journal of a write that was committing at that
// instant: SQLite, unable to open a journal deleted under it, assumes the worst, where a
// writable connection would look again under an exclusive lock. The next try finds it
// gone. A journal truly left by a killed writer is rolled back through a writable
// connection, when the file allows it, as OpenWith does; a check never fails mid-batch
// for either.
func (s *Store) readRetrying(read func() error) error {
	for attempt := 1; ; attempt++ {
		err := read()
		var sqliteErr sqlite3.Error
		if !errors.As(err, &sqliteErr) || sqliteErr.ExtendedCode != sqlite3.ErrReadonlyRollback || attempt == readAttempts {
			return err
		}
		if attempt >= 2 {
			s.rollBackHotJournal()
		}
		time.Sleep(time.Duration(attempt) * 5 * time.Millisecond)
	}
}

// rollBackHotJournal opens the store's file for writing, which rolls back a journal left by a
// killed writer, and closes it again. Failures are left to the next read to report.
func (s *Store) rollBackHotJournal() {
	if !s.opts.ReadOnly {
		return
	}
	writable := s.opts
	writable.ReadOnly = false
	if recovered, err := open(s.path, writable, ""); err == nil {
		recovered.Close()
	}
}
