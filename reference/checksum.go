package reference

import (
	"cmp"
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
	"strconv"
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
// releases that have none (from before schema 2), and then the data's fingerprint, inside
// the write's transaction.
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
	return storeFingerprint(ctx, q)
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

// seriesQuery reads the series of one entity's indicator in the releases listed in ?3 (a
// JSON array of ids): first each release's stored checksum and header, then its figures,
// in one statement, so that an import committed meanwhile cannot set the checksum of one
// version against the figures of another. One query serves every release a lookup met: a
// series kept in hundreds of releases (a monthly exchange rate) is read in one pass over its
// index range, not one pass per release. Each release's figures come by period, basis and
// kind, the order their checksum was computed in. Checksums and headers are read once per
// release, not joined to every figure: the joins cost three times the figures' own reading.
const seriesQuery = `
SELECT 0, c.release_id, c.checksum, s.name, r.released, r.label, r.url, 0.0
FROM release_checksums c
JOIN releases r ON r.id = c.release_id
JOIN sources s ON s.id = r.source_id
WHERE c.release_id IN (SELECT value FROM json_each(?3)) AND c.entity = ?1 AND c.indicator = ?2
UNION ALL
SELECT 1, o.release_id, o.period, o.basis, o.kind, o.source_url, '', o.value
FROM observations o
WHERE o.entity = ?1 AND o.indicator = ?2 AND o.release_id IN (SELECT value FROM json_each(?3))
ORDER BY 1, 3, 4, 5, 2`

// verifyReleasesOf checks, once per store, every series of a release that rows come from
// against its checksum: the first lookup that meets a series pays for reading it, later
// ones nothing.
func (s *Store) verifyReleasesOf(ctx context.Context, rows []observedRow) error {
	type series struct{ entity, indicator string }
	var pending map[series][]*observedRow
	s.mu.Lock()
	for i, r := range rows {
		if s.verified[seriesKey{r.releaseID, r.Entity, r.Indicator}] {
			continue
		}
		if pending == nil {
			pending = map[series][]*observedRow{}
		}
		k := series{r.Entity, r.Indicator}
		if !slices.ContainsFunc(pending[k], func(o *observedRow) bool { return o.releaseID == r.releaseID }) {
			pending[k] = append(pending[k], &rows[i])
		}
	}
	s.mu.Unlock()
	// In order, so that of several damaged series the same one is named every time.
	for _, k := range slices.SortedFunc(maps.Keys(pending), func(a, b series) int {
		return cmp.Or(cmp.Compare(a.entity, b.entity), cmp.Compare(a.indicator, b.indicator))
	}) {
		if err := s.verifySeries(ctx, k.entity, k.indicator, pending[k]); err != nil {
			return err
		}
	}
	return nil
}

// verifySeries checks the series of an entity's indicator in the release of each of the
// rows against its checksum, and remembers those that match.
func (s *Store) verifySeries(ctx context.Context, entity, indicator string, met []*observedRow) error {
	slices.SortFunc(met, func(a, b *observedRow) int { return cmp.Compare(a.releaseID, b.releaseID) })
	list := make([]byte, 0, 8*len(met)+2)
	list = append(list, '[')
	for i, r := range met {
		if i > 0 {
			list = append(list, ',')
		}
		list = strconv.AppendInt(list, r.releaseID, 10)
	}
	list = append(list, ']')
	what := fmt.Sprintf("verify %s %s", entity, indicator)
	if len(met) == 1 {
		what = fmt.Sprintf("verify release %d", met[0].releaseID)
	}
	rows, err := s.seriesStmt.QueryContext(ctx, entity, indicator, string(list))
	if err != nil {
		return fmt.Errorf("%s: %w", what, classify(err))
	}
	defer rows.Close()
	type release struct {
		stored string
		hash   *seriesHash
	}
	releases := make(map[int64]*release, len(met))
	var (
		part       int
		id         int64
		field      [5]string
		value      float64
		unsealed   bool // figures of a release with no checksum
		unsealedID int64
	)
	for rows.Next() {
		if err := rows.Scan(&part, &id, &field[0], &field[1], &field[2], &field[3], &field[4], &value); err != nil {
			return fmt.Errorf("%s: %w", what, classify(err))
		}
		if part == 0 { // checksum, source, released, label, url
			releases[id] = &release{stored: field[0], hash: newSeriesHash(field[1:5])}
			continue
		}
		r := releases[id]
		if r == nil {
			unsealed, unsealedID = true, id
			break
		}
		r.hash.figure(field[0], field[1], value, field[2], field[3]) // period, basis, kind, source URL
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, classify(err))
	}
	for _, m := range met {
		r := releases[m.releaseID]
		if (unsealed && m.releaseID == unsealedID) || (r != nil && r.hash.n > 0 && r.stored != r.hash.sum()) {
			return withKind(ErrCorrupt, fmt.Errorf("%w: the figures of %s's release of %s (%s) for %s %s do not match their checksum",
				ErrCorrupt, m.Source, m.Release, m.Label, entity, indicator))
		}
		// A release with no figures here was replaced since the lookup read it: what the
		// lookup read was whole then, and the new release is verified when a lookup meets it.
		if r != nil && r.hash.n > 0 {
			s.mu.Lock()
			s.verified[seriesKey{m.releaseID, entity, indicator}] = true
			s.mu.Unlock()
		}
	}
	return nil
}
