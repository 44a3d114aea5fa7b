package reference

import (
	"fmt"
	"sort"
	"strconv"
)

// figureBatch gathers the figures of the embedded files of quarters, months and rate changes
// (one batch for all, since two files may add to one series of one release: BEA's quarters
// and years) and writes them with one statement, and their checksums as sealRelease would compute them
// from the stored rows, without reading them back: a row at a time, the ~80,000 derived and
// monthly figures and their ~4,000 releases cost a fifth of the whole build.
// TestBuildSealsLikeSealRelease holds the two ways to the same checksums.
type figureBatch struct {
	w    *writer
	name string // the file, for errors
	rows []observationRow
	keys map[figureKey]int64 // release of each figure, to refuse a figure given twice
}

func newFigureBatch(w *writer, name string) *figureBatch {
	return &figureBatch{w: w, name: name, keys: map[figureKey]int64{}}
}

// add checks a figure and keeps it for flush.
func (b *figureBatch) add(o observationRow) error {
	if err := b.w.checkRow(o); err != nil {
		return err
	}
	key := figureKey{o.entity, o.indicator, o.period, o.basis, o.kind}
	if release, ok := b.keys[key]; ok && release == o.releaseID {
		return fmt.Errorf("%s %s %s (%s) is given twice in one release", o.entity, o.indicator, o.period, o.basis)
	}
	b.keys[key] = o.releaseID
	b.rows = append(b.rows, o)
	return nil
}

// flush writes the figures and the checksums of their series. It refuses figures already in
// the database: these files build the default database, into which each is read once.
func (b *figureBatch) flush() error {
	if len(b.rows) == 0 {
		return nil
	}
	w := b.w
	// One figure per series, release and key; sorted as sealRelease reads them back.
	sort.Slice(b.rows, func(i, j int) bool {
		x, y := b.rows[i], b.rows[j]
		if x.releaseID != y.releaseID {
			return x.releaseID < y.releaseID
		}
		if x.entity != y.entity {
			return x.entity < y.entity
		}
		if x.indicator != y.indicator {
			return x.indicator < y.indicator
		}
		if x.period != y.period {
			return x.period < y.period
		}
		if x.basis != y.basis {
			return x.basis < y.basis
		}
		return x.kind < y.kind
	})
	batch := make([]byte, 0, 96*len(b.rows))
	batch = append(batch, '[')
	for i, o := range b.rows {
		if i > 0 {
			batch = append(batch, ',')
		}
		batch = strconv.AppendQuote(append(batch, '['), o.entity)
		batch = strconv.AppendQuote(append(batch, ','), o.indicator)
		batch = strconv.AppendQuote(append(batch, ','), o.period)
		batch = strconv.AppendQuote(append(batch, ','), o.basis)
		batch = strconv.AppendFloat(append(batch, ','), o.value, 'g', -1, 64)
		batch = strconv.AppendInt(append(batch, ','), o.releaseID, 10)
		batch = strconv.AppendQuote(append(batch, ','), o.kind)
		batch = strconv.AppendQuote(append(batch, ','), o.sourceURL)
		batch = strconv.AppendQuote(append(batch, ','), o.note)
		batch = append(batch, ']')
	}
	batch = append(batch, ']')
	// The checksums are computed while SQLite inserts the figures: the two take a third and
	// two thirds of the batch's time, and the machine has a second core.
	headers, err := releaseHeaders(w)
	if err != nil {
		return fmt.Errorf("%s: seal: %w", b.name, err)
	}
	type sealed struct {
		sums []byte
		err  error
	}
	sealing := make(chan sealed, 1)
	go func() {
		sums, err := b.checksums(headers)
		sealing <- sealed{sums, err}
	}()
	// "WHERE true" keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
	result, err := w.tx.ExecContext(w.ctx, `INSERT INTO observations
		(entity, indicator, period, basis, value, release_id, kind, source_url, note)
		SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5,
		       j.value ->> 6, j.value ->> 7, j.value ->> 8
		FROM json_each(?) AS j WHERE true
		ON CONFLICT DO NOTHING`, string(batch))
	seal := <-sealing
	if err != nil {
		return fmt.Errorf("%s: add figures: %w", b.name, err)
	}
	added, err := result.RowsAffected()
	if err != nil {
		return fmt.Errorf("%s: add figures: %w", b.name, err)
	}
	if int(added) != len(b.rows) {
		return fmt.Errorf("%s: %d of its figures are already in the database", b.name, len(b.rows)-int(added))
	}
	w.added += int(added)
	if seal.err != nil {
		return fmt.Errorf("%s: seal: %w", b.name, seal.err)
	}
	if _, err := w.tx.ExecContext(w.ctx, `INSERT INTO release_checksums (release_id, entity, indicator, checksum)
		SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 FROM json_each(?) AS j`, string(seal.sums)); err != nil {
		return fmt.Errorf("%s: seal: %w", b.name, err)
	}
	b.rows, b.keys = nil, map[figureKey]int64{}
	return nil
}

// checksums computes the checksum of every series of the batch, as a JSON list of
// [release id, entity, indicator, checksum] for one insert. It touches nothing of the
// database, so that it runs while the figures are inserted.
func (b *figureBatch) checksums(headers map[int64][]string) ([]byte, error) {
	w := b.w
	sums := make([]byte, 0, 128*len(b.rows)/8)
	sums = append(sums, '[')
	var h *seriesHash
	var current seriesKey
	var header []string
	n := 0
	done := func() {
		if h == nil {
			return
		}
		if n > 0 {
			sums = append(sums, ',')
		}
		n++
		sums = strconv.AppendInt(append(sums, '['), current.releaseID, 10)
		sums = strconv.AppendQuote(append(sums, ','), current.entity)
		sums = strconv.AppendQuote(append(sums, ','), current.indicator)
		sums = strconv.AppendQuote(append(sums, ','), h.sum())
		sums = append(sums, ']')
	}
	for _, o := range b.rows {
		key := seriesKey{o.releaseID, o.entity, o.indicator}
		if h == nil || key != current {
			done()
			if h == nil || key.releaseID != current.releaseID {
				if header = headers[o.releaseID]; header == nil {
					return nil, fmt.Errorf("release %d is not in the database", o.releaseID)
				}
			}
			if w.sealed[key] {
				return nil, fmt.Errorf("%s %s is already in the release %d from another file", key.entity, key.indicator, key.releaseID)
			}
			w.sealed[key] = true
			current, h = key, newSeriesHash(header)
		}
		h.figure(o.period, o.basis, o.value, o.kind, o.sourceURL)
	}
	done()
	return append(sums, ']'), nil
}

// releaseHeaders reads the header (see releaseHeader) of every release in one query: the
// batch's thousands of releases would otherwise cost a query each.
func releaseHeaders(w *writer) (map[int64][]string, error) {
	rows, err := w.tx.QueryContext(w.ctx, `SELECT r.id, s.name, r.released, r.label, r.url
		FROM releases r JOIN sources s ON s.id = r.source_id`)
	type header struct {
		id                           int64
		source, released, label, url string
	}
	found, err := collectRows(rows, err, func(h *header) []any {
		return []any{&h.id, &h.source, &h.released, &h.label, &h.url}
	})
	if err != nil {
		return nil, err
	}
	headers := make(map[int64][]string, len(found))
	for _, h := range found {
		headers[h.id] = []string{h.source, h.released, h.label, h.url}
	}
	return headers, nil
}
