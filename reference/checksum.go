package reference

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"maps"
	"math"
	"slices"
)

// querier is what a checksum needs: a transaction or a database.
type querier interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	QueryRowContext(context.Context, string, ...any) *sql.Row
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}

// seriesKey names the figures of one entity's indicator in one release: the unit that is
// checksummed, so that a lookup verifies what it reads, not a whole release of 80,000 rows.
type seriesKey struct {
	releaseID         int64
	entity, indicator string
}

// releaseHeader reads what every series of a release shares and a lookup returns: its
// source's name, date, label and URL.
func releaseHeader(ctx context.Context, q querier, releaseID int64) ([]string, error) {
	var source, released, label, url string
	if err := q.QueryRowContext(ctx, `SELECT s.name, r.released, r.label, r.url
		FROM releases r JOIN sources s ON s.id = r.source_id WHERE r.id = ?`, releaseID).
		Scan(&source, &released, &label, &url); err != nil {
		return nil, err
	}
	return []string{source, released, label, url}, nil
}

// figureColumns are the columns of a figure that a checksum covers, in its order.
const figureColumns = `entity, indicator, period, basis, value, kind, source_url`

// seriesHash accumulates the checksum of one series: the release's header, then each
// figure with all its columns, then their count, every field with its length so that no two
// lists of fields hash alike. The fields gather in buf and reach the hash a few kilobytes at
// a time: a Write per field cost the build more than the hashing itself.
type seriesHash struct {
	h   hash.Hash
	n   uint64
	buf []byte
}

func newSeriesHash(header []string) *seriesHash {
	s := &seriesHash{h: sha256.New(), buf: make([]byte, 0, 4096)}
	for _, f := range header {
		s.field(f)
	}
	return s
}

func (s *seriesHash) field(v string) {
	s.buf = binary.BigEndian.AppendUint64(s.buf, uint64(len(v)))
	s.buf = append(s.buf, v...)
}

func (s *seriesHash) figure(period, basis string, value float64, kind, sourceURL string) {
	for _, f := range []string{period, basis, kind, sourceURL} {
		s.field(f)
	}
	s.buf = binary.BigEndian.AppendUint64(s.buf, math.Float64bits(value))
	s.n++
	if len(s.buf) >= 3072 {
		s.flush()
	}
}

func (s *seriesHash) flush() {
	s.h.Write(s.buf)
	s.buf = s.buf[:0]
}

func (s *seriesHash) sum() string {
	s.buf = binary.BigEndian.AppendUint64(s.buf, s.n)
	s.flush()
	return hex.EncodeToString(s.h.Sum(nil))
}

// sealReleases writes the checksums of every series of the releases a write touched, and of
// releases that have none (from before schema 2), inside the write's transaction.
func sealReleases(ctx context.Context, q querier, touched map[int64]bool) error {
	ids := make(map[int64]bool, len(touched))
	for id := range touched {
		ids[id] = true
	}
	rows, err := q.QueryContext(ctx, `SELECT id FROM releases
		WHERE id NOT IN (SELECT release_id FROM release_checksums)`)
	if err != nil {
		return fmt.Errorf("seal releases: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("seal releases: %w", err)
		}
		ids[id] = true
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("seal releases: %w", err)
	}
	// In order, so that two builds of the same data write the same file.
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		if err := sealRelease(ctx, q, id); err != nil {
			return fmt.Errorf("seal release %d: %w", id, err)
		}
	}
	return nil
}

func sealRelease(ctx context.Context, q querier, releaseID int64) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM release_checksums WHERE release_id = ?`, releaseID); err != nil {
		return err
	}
	header, err := releaseHeader(ctx, q, releaseID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // replaced and deleted in the same write
	}
	if err != nil {
		return err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+figureColumns+` FROM observations WHERE release_id = ?
		ORDER BY entity, indicator, period, basis, kind`, releaseID)
	if err != nil {
		return err
	}
	type seriesSum struct {
		key seriesKey
		sum string
	}
	var sums []seriesSum // in the order of the query, which is the key's
	var current seriesKey
	var h *seriesHash
	for rows.Next() {
		var entity, indicator, period, basis, kind, sourceURL string
		var value float64
		if err := rows.Scan(&entity, &indicator, &period, &basis, &value, &kind, &sourceURL); err != nil {
			rows.Close()
			return err
		}
		if h == nil || entity != current.entity || indicator != current.indicator {
			if h != nil {
				sums = append(sums, seriesSum{current, h.sum()})
			}
			current, h = seriesKey{releaseID, entity, indicator}, newSeriesHash(header)
		}
		h.figure(period, basis, value, kind, sourceURL)
	}
	if h != nil {
		sums = append(sums, seriesSum{current, h.sum()})
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, s := range sums {
		if _, err := q.ExecContext(ctx, `INSERT INTO release_checksums (release_id, entity, indicator, checksum)
			VALUES (?, ?, ?, ?)`, s.key.releaseID, s.key.entity, s.key.indicator, s.sum); err != nil {
			return err
		}
	}
	return nil
}

// seriesQuery reads one series of a release with its stored checksum and its release's
// header in one statement, so that an import committed meanwhile cannot set the checksum of
// one version against the figures of another.
const seriesQuery = `
SELECT (SELECT checksum FROM release_checksums WHERE release_id = ?1 AND entity = ?2 AND indicator = ?3),
       s.name, r.released, r.label, r.url, o.period, o.basis, o.value, o.kind, o.source_url
FROM observations o
JOIN releases r ON r.id = o.release_id
JOIN sources s ON s.id = r.source_id
WHERE o.entity = ?2 AND o.indicator = ?3 AND o.release_id = ?1
ORDER BY o.period, o.basis, o.kind`

// verifySeries checks one series of a release against its checksum, once per store: the
// first lookup that meets it pays for reading it, later ones nothing.
func (s *Store) verifySeries(ctx context.Context, key seriesKey) error {
	s.mu.Lock()
	done := s.verified[key]
	s.mu.Unlock()
	if done {
		return nil
	}
	rows, err := s.db.QueryContext(ctx, seriesQuery, key.releaseID, key.entity, key.indicator)
	if err != nil {
		return fmt.Errorf("verify release %d: %w", key.releaseID, classify(err))
	}
	defer rows.Close()
	var stored sql.NullString
	var header [4]string
	var h *seriesHash
	for rows.Next() {
		var period, basis, kind, sourceURL string
		var value float64
		if err := rows.Scan(&stored, &header[0], &header[1], &header[2], &header[3], &period, &basis, &value, &kind, &sourceURL); err != nil {
			return fmt.Errorf("verify release %d: %w", key.releaseID, classify(err))
		}
		if h == nil {
			h = newSeriesHash(header[:])
		}
		h.figure(period, basis, value, kind, sourceURL)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("verify release %d: %w", key.releaseID, classify(err))
	}
	if h == nil {
		// The release was replaced since the lookup read it: what the lookup read was whole
		// then, and the new release is verified when a lookup meets it.
		return nil
	}
	if !stored.Valid || stored.String != h.sum() {
		return withKind(ErrCorrupt, fmt.Errorf("%w: the figures of %s's release of %s (%s) for %s %s do not match their checksum",
			ErrCorrupt, header[0], header[1], header[2], key.entity, key.indicator))
	}
	s.mu.Lock()
	s.verified[key] = true
	s.mu.Unlock()
	return nil
}
