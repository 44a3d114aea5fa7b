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

// A series (one entity's indicator) is read in one statement, its releases first and then
// its figures, so that an import committed meanwhile cannot set the checksum of one version
// against the figures of another. The releases come with their header, licence and the
// series' stored checksum, once each rather than joined to every figure: the joins cost
// three times the figures' own reading. The figures come by period, basis, kind and
// release, the unique index's order, in which each release's figures come in the order
// their checksum was computed in. A release's row has no period (NULL, which sorts first)
// and a figure's always has one: the order is then the index's own, which SQLite reads as it
// is, where a leading column telling the two apart made it sort every figure of the series
// first. seriesFrom is completed with the releases to read. Parameters are compared as
// observationsQuery compares them.
const (
	seriesReleases = `
SELECT r.id, NULL, s.name, r.released, r.label, r.url, s.licence, c.checksum, 0.0
FROM releases r
JOIN sources s ON s.id = r.source_id
LEFT JOIN release_checksums c ON c.release_id = r.id AND c.entity = +?1 AND c.indicator = +?2
WHERE r.id IN `
	// seriesFigures is completed with the figures' derivation (derivationColumn, or '' when
	// the figures are only verified) and seriesFiguresOf.
	seriesFigures = `
UNION ALL
SELECT o.release_id, o.period, o.basis, o.kind, o.source_url, `
	derivationColumn = `CASE WHEN instr(o.note, '` + DerivedNote + `') = 1 THEN substr(o.note, length('` + DerivedNote + `') + 1) ELSE '' END`
	seriesFiguresOf  = `,
       '', NULL, o.value
FROM observations o
WHERE o.entity = +?1 AND o.indicator = +?2`
	seriesOrder = `
ORDER BY 2, 3, 4, 1`
)

// seriesQuery reads a series in the releases listed in ?3 (a JSON array of ids). One query
// serves every release a lookup met: a series kept in hundreds of releases (a monthly
// exchange rate) is read in one pass over its index range, not one pass per release.
// It only verifies, and reads no derivation.
const seriesQuery = seriesReleases + `(SELECT value FROM json_each(?3))` +
	seriesFigures + `''` + seriesFiguresOf + ` AND o.release_id IN (SELECT value FROM json_each(?3))` + seriesOrder

// wholeSeriesQuery reads a series in every release that holds it.
const wholeSeriesQuery = seriesReleases + `(SELECT release_id FROM observations WHERE entity = +?1 AND indicator = +?2)` +
	seriesFigures + derivationColumn + seriesFiguresOf + seriesOrder

// seriesRelease is one release of a series as readSeries met it.
type seriesRelease struct {
	source, released, label, url, licence string
	stored                                sql.NullString
	hash                                  *seriesHash // nil when the store verified it before
}

// readSeries reads the rows of seriesQuery or wholeSeriesQuery, hashing the figures of each
// release the store has not verified yet, and checks them against their checksums (see
// checkSeries). With keep it returns the figures as observations, in the query's order, in a
// slice made for about figures of them. It closes rows.
func (s *Store) readSeries(rows *sql.Rows, entity, indicator string, keep bool, figures int) ([]Observation, error) {
	defer rows.Close()
	releases := map[int64]*seriesRelease{}
	var found []Observation
	if keep {
		found = make([]Observation, 0, figures)
	}
	var (
		id    int64
		lead  sql.NullString // a figure's period; NULL in a release's row
		field [5]string
		hold  sql.NullString
		value float64
	)
	var (
		column  [9]any
		columns = [9]any{&column[0], &column[1], &column[2], &column[3], &column[4], &column[5], &column[6], &column[7], &column[8]}
	)
	for rows.Next() {
		if err := rows.Scan(columns[:]...); err != nil {
			return nil, fmt.Errorf("read %s %s: %w", entity, indicator, err)
		}
		if !scanSeriesAsRead || !seriesRowAsRead(&column, &id, &lead, &field, &hold, &value) {
			if err := rows.Scan(&id, &lead, &field[0], &field[1], &field[2], &field[3], &field[4], &hold, &value); err != nil {
				return nil, fmt.Errorf("read %s %s: %w", entity, indicator, err)
			}
		}
		if !lead.Valid { // a release: source, released, label, url, licence; checksum
			r := &seriesRelease{source: field[0], released: field[1], label: field[2], url: field[3], licence: field[4], stored: hold}
			s.mu.Lock()
			done := s.verified[seriesKey{id, entity, indicator}]
			s.mu.Unlock()
			if !done {
				r.hash = newSeriesHash([]string{r.source, r.released, r.label, r.url})
			}
			releases[id] = r
			continue
		}
		period, basis, kind, sourceURL, derivation := lead.String, field[0], field[1], field[2], field[3]
		r := releases[id]
		if r == nil {
			return nil, withKind(ErrCorrupt, fmt.Errorf("%w: figures of %s %s belong to release %d, which the database does not hold",
				ErrCorrupt, entity, indicator, id))
		}
		if r.hash != nil {
			r.hash.figure(period, basis, value, kind, sourceURL)
		}
		if keep {
			if sourceURL == "" {
				sourceURL = r.url
			}
			found = append(found, Observation{Entity: entity, Indicator: indicator, Period: period, Basis: basis, Value: value,
				Kind: kind, Source: r.source, SourceURL: sourceURL, Licence: r.licence, Release: r.released, Label: r.label,
				Derivation: derivation})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s %s: %w", entity, indicator, err)
	}
	return found, s.checkSeries(entity, indicator, releases)
}

// scanSeriesAsRead lets readSeries take a row's columns as the driver gave them (see
// seriesRowAsRead); tests turn it off to compare with the typed scan.
var scanSeriesAsRead = true

// seriesRowAsRead sets a row of seriesQuery from its columns as the driver gave them, when
// each is of the type it is read as (an integer, text or NULL, a float), and reports whether
// it did; any other row is scanned as before, into the typed variables, whose conversions
// then apply (a text read as a float, bytes as text). Scanned into interfaces, a row skips
// database/sql's conversions, which go through reflection for the integer and the float and
// through a second conversion for each NullString: on the figures a run verifies, they cost
// as much as SQLite's reading of the rows.
func seriesRowAsRead(column *[9]any, id *int64, lead *sql.NullString, field *[5]string, hold *sql.NullString, value *float64) bool {
	n, ok := column[0].(int64)
	if !ok {
		return false
	}
	l, ok := nullString(column[1])
	if !ok {
		return false
	}
	var f [5]string
	for i := range f {
		if f[i], ok = column[2+i].(string); !ok {
			return false
		}
	}
	h, ok := nullString(column[7])
	if !ok {
		return false
	}
	v, ok := column[8].(float64)
	if !ok {
		return false
	}
	*id, *lead, *field, *hold, *value = n, l, f, h, v
	return true
}

// nullString is what sql.NullString's Scan makes of NULL or a text.
func nullString(v any) (sql.NullString, bool) {
	switch v := v.(type) {
	case nil:
		return sql.NullString{}, true
	case string:
		return sql.NullString{String: v, Valid: true}, true
	}
	return sql.NullString{}, false
}

// checkSeries compares the figures hashed of each release with the checksum the release's
// series was sealed with, in order of release (so that of several damaged ones the same is
// named every time), and remembers those that match. A release with no figures read was
// replaced since a lookup met it: what the lookup read was whole then, and the new release
// is verified when a lookup meets it.
func (s *Store) checkSeries(entity, indicator string, releases map[int64]*seriesRelease) error {
	for _, id := range slices.Sorted(maps.Keys(releases)) {
		r := releases[id]
		if r.hash == nil || r.hash.n == 0 {
			continue
		}
		if !r.stored.Valid || r.stored.String != r.hash.sum() {
			return withKind(ErrCorrupt, fmt.Errorf("%w: the figures of %s's release of %s (%s) for %s %s do not match their checksum",
				ErrCorrupt, r.source, r.released, r.label, entity, indicator))
		}
		s.mu.Lock()
		s.verified[seriesKey{id, entity, indicator}] = true
		s.mu.Unlock()
	}
	return nil
}

// verifyReleasesOf checks, once per store, every series of a release that rows come from
// against its checksum: the first lookup that meets a series pays for reading it, later
// ones nothing.
func (s *Store) verifyReleasesOf(ctx context.Context, rows []observedRow) error {
	type series struct{ entity, indicator string }
	var pending map[series][]int64
	s.mu.Lock()
	for _, r := range rows {
		if s.verified[seriesKey{r.releaseID, r.Entity, r.Indicator}] {
			continue
		}
		if pending == nil {
			pending = map[series][]int64{}
		}
		k := series{r.Entity, r.Indicator}
		if !slices.Contains(pending[k], r.releaseID) {
			pending[k] = append(pending[k], r.releaseID)
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

// verifySeries checks the series of an entity's indicator in each of the releases against
// its checksum, and remembers those that match.
func (s *Store) verifySeries(ctx context.Context, entity, indicator string, releaseIDs []int64) error {
	slices.Sort(releaseIDs)
	list := make([]byte, 0, 8*len(releaseIDs)+2)
	list = append(list, '[')
	for i, id := range releaseIDs {
		if i > 0 {
			list = append(list, ',')
		}
		list = strconv.AppendInt(list, id, 10)
	}
	list = append(list, ']')
	rows, err := s.seriesStmt.QueryContext(ctx, entity, indicator, string(list))
	if err != nil {
		return fmt.Errorf("verify %s %s: %w", entity, indicator, classify(err))
	}
	_, err = s.readSeries(rows, entity, indicator, false, 0)
	return classify(err)
}
