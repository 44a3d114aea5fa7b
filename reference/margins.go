package reference

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"
)

// How far official figures move after they are first published is measured from the table
// itself, not assumed: every source that keeps several releases (the six WDI editions of the
// default data, IMF WEO vintages, a statistics office's estimates) says how much its figures of
// each indicator changed between an earlier release and its latest one, by how old the figure
// was when the earlier release appeared. Judging uses a high percentile of these moves as the
// margin within which an article older than every release may have quoted the figure of its
// day (see checks.Options.Revisions).

// AgeBucket is a range of a figure's age (time from the end of its period to a release), in
// years: [From, To).
type AgeBucket struct {
	Name     string
	From, To float64
}

// AgeBuckets are the ages revisions are measured by: a figure moves most in the year after
// its period and less and less after that.
var AgeBuckets = []AgeBucket{
	{"<1y", math.Inf(-1), 1},
	{"1-2y", 1, 2},
	{"2-5y", 2, 5},
	{"5y+", 5, math.Inf(1)},
}

// BucketOf names the age bucket of an age in years.
func BucketOf(ageYears float64) string {
	for _, b := range AgeBuckets {
		if ageYears >= b.From && ageYears < b.To {
			return b.Name
		}
	}
	return AgeBuckets[len(AgeBuckets)-1].Name
}

// RevisionCell is the measured revisions of one indicator at one age: the percentiles of
// |latest release − earlier release| (percentage points for rates, percent of the earlier
// figure for everything else).
type RevisionCell struct {
	Indicator string   `json:"indicator"`
	Age       string   `json:"age"`
	Unit      string   `json:"unit"` // "pp" or "%" (of the figure)
	Sources   []string `json:"sources"`
	// Figures is how many (figure, earlier release) pairs were measured; Revised how many of
	// them moved at all.
	Figures int `json:"figures"`
	Revised int `json:"revised"`
	// Quantiles are the 0th to 100th percentiles of the moves (nearest rank), 101 values.
	Quantiles []float64 `json:"quantiles"`
}

// Percentile is the p-th percentile (0-100) of the cell's moves, interpolated between the
// whole percentiles it keeps.
func (c RevisionCell) Percentile(p float64) float64 {
	if len(c.Quantiles) == 0 {
		return 0
	}
	p = math.Max(0, math.Min(100, p))
	lo := int(math.Floor(p))
	if lo >= len(c.Quantiles)-1 {
		return c.Quantiles[len(c.Quantiles)-1]
	}
	frac := p - float64(lo)
	return c.Quantiles[lo] + frac*(c.Quantiles[lo+1]-c.Quantiles[lo])
}

// Revisions is the measured revisions of every indicator of a database, by age.
type Revisions struct {
	// Fingerprint identifies the data they were measured on (see Store.DataFingerprint).
	Fingerprint string         `json:"fingerprint"`
	Cells       []RevisionCell `json:"cells"` // by indicator, then age as in AgeBuckets
}

// Cell returns the measured revisions of an indicator at an age bucket.
func (r Revisions) Cell(indicator, age string) (RevisionCell, bool) {
	for _, c := range r.Cells {
		if c.Indicator == indicator && c.Age == age {
			return c, true
		}
	}
	return RevisionCell{}, false
}

// revisionFormat is bumped when the measurement changes, so that cached results of an
// older rule are not reused.
const revisionFormat = "revisions 1"

// DataFingerprint identifies the figures the database holds: a hash of the checksums every
// release's series is sealed with, and of the releases themselves. It changes with every
// import, so a result measured on the data can be cached under it. It is read from the
// database, where every write stores it (see storeFingerprint); a database without one (a
// change made by other means dropped it) has it computed from the data.
func (s *Store) DataFingerprint() (string, error) {
	var fingerprint string
	err := s.readRetrying(func() error {
		err := s.db.QueryRow(`SELECT fingerprint FROM data_fingerprint WHERE id = 1`).Scan(&fingerprint)
		if err == nil && isFingerprint(fingerprint) {
			return nil
		}
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		fingerprint, err = computeFingerprint(context.Background(), s.db)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("fingerprint %s: %w", s.path, err)
	}
	return fingerprint, nil
}

// isFingerprint tells a fingerprint from text a damaged page left in its place, which is
// then computed again rather than taken as the name of a cache.
func isFingerprint(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, c := range []byte(s) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// computeFingerprint hashes what DataFingerprint covers, through q (the database, or a
// write's transaction).
func computeFingerprint(ctx context.Context, q querier) (string, error) {
	hash := xxhash.New()
	fmt.Fprintln(hash, revisionFormat)
	for _, query := range []string{
		`SELECT r.id || ' ' || r.released || ' ' || s.name, r.label FROM releases r JOIN sources s ON s.id = r.source_id ORDER BY r.id`,
		`SELECT release_id || ' ' || entity || ' ' || indicator, checksum FROM release_checksums ORDER BY release_id, entity, indicator`,
	} {
		rows, err := q.QueryContext(ctx, query)
		list, err := collectRows(rows, err, twoStrings)
		if err != nil {
			return "", err
		}
		for _, r := range list {
			fmt.Fprintf(hash, "%s\t%s\n", r[0], r[1])
		}
	}
	return fmt.Sprintf("%016x", hash.Sum64()), nil
}

// storeFingerprint stores the data's fingerprint inside a write's transaction, after its
// last change: readers never see a fingerprint of other data than the figures beside it.
func storeFingerprint(ctx context.Context, q querier) error {
	fingerprint, err := computeFingerprint(ctx, q)
	if err != nil {
		return fmt.Errorf("fingerprint: %w", err)
	}
	if _, err := q.ExecContext(ctx, `INSERT OR REPLACE INTO data_fingerprint (id, fingerprint) VALUES (1, ?)`, fingerprint); err != nil {
		return fmt.Errorf("store fingerprint: %w", err)
	}
	return nil
}

// twoStrings scans a row of two text columns.
func twoStrings(p *[2]string) []any { return []any{&p[0], &p[1]} }

// MeasureRevisions measures the revisions of every indicator in the database: for each
// source with several releases, each figure (entity, indicator, period, basis; outturns only)
// and each earlier release of the source that held the indicator once the figure existed,
// the move from that release's figure to the latest release's, by the figure's age when the
// earlier release appeared. A release that holds no series of an indicator is not counted as
// one of its editions (the default data stores only the figures an edition changed, so an
// edition identical to the one before it leaves no trace). Rates (unit percent) are measured
// in percentage points, everything else in percent of the earlier figure.
//
// The figures are read one entity at a time, each in a short read of its own, so that an
// import waiting to commit is not held up for the seconds the whole table takes; the result
// carries the fingerprint of the data before the reads, and is not to be cached when the
// fingerprint after them differs (see CachedRevisions).
func (s *Store) MeasureRevisions() (Revisions, error) {
	fingerprint, err := s.DataFingerprint()
	if err != nil {
		return Revisions{}, err
	}
	m := newRevisionMeasure()
	var entities []string
	err = s.readRetrying(func() error {
		var err error
		entities, err = m.prepare(s)
		return err
	})
	var figures *sql.Stmt
	if err == nil {
		err = s.readRetrying(func() error {
			var err error
			figures, err = s.db.Prepare(entityFiguresQuery)
			return err
		})
	}
	if figures != nil {
		defer figures.Close()
	}
	for _, entity := range entities {
		if err != nil {
			break
		}
		err = s.readRetrying(func() error { return m.readEntity(s, figures, entity) })
	}
	if err != nil {
		return Revisions{}, fmt.Errorf("measure revisions in %s: %w", s.path, err)
	}
	out := m.result()
	out.Fingerprint = fingerprint
	return out, nil
}

type revisionKey struct{ source, indicator string }

// revisionMeasure gathers the moves of every figure, entity by entity.
type revisionMeasure struct {
	units    map[string]string        // indicator → unit
	releases map[int64]storedFigure   // release id → its source and date (no value)
	editions map[revisionKey][]string // release dates holding the indicator, oldest first
	moves    map[[2]string][]float64  // (indicator, age) → |moves|
	sources  map[[2]string]map[string]bool
}

func newRevisionMeasure() *revisionMeasure {
	return &revisionMeasure{units: map[string]string{}, releases: map[int64]storedFigure{}, editions: map[revisionKey][]string{},
		moves: map[[2]string][]float64{}, sources: map[[2]string]map[string]bool{}}
}

// prepare reads the indicators' units and every source's editions of each indicator, from
// the series checksums (one row per release, entity and indicator, a fraction of the
// figures), and returns the entities to read.
func (m *revisionMeasure) prepare(s *Store) ([]string, error) {
	q, err := s.db.Query(`SELECT name, unit FROM indicators`)
	units, err := collectRows(q, err, twoStrings)
	if err != nil {
		return nil, err
	}
	for _, r := range units {
		m.units[r[0]] = r[1]
	}
	type editionRow struct{ source, indicator, released string }
	q, err = s.db.Query(`SELECT DISTINCT s.name, c.indicator, r.released
		FROM release_checksums c JOIN releases r ON r.id = c.release_id JOIN sources s ON s.id = r.source_id
		ORDER BY s.name, c.indicator, r.released`)
	rows, err := collectRows(q, err, func(e *editionRow) []any { return []any{&e.source, &e.indicator, &e.released} })
	if err != nil {
		return nil, err
	}
	clear(m.editions)
	for _, e := range rows {
		k := revisionKey{e.source, e.indicator}
		m.editions[k] = append(m.editions[k], e.released)
	}
	if err := m.readReleases(s); err != nil {
		return nil, err
	}
	q, err = s.db.Query(`SELECT DISTINCT entity FROM release_checksums ORDER BY entity`)
	return collectRows(q, err, stringField)
}

// entityFiguresQuery reads an entity's figures in the order of the observations' unique
// index, each with the id of its release rather than joined to it: the release's source and
// date are read once (see readReleases), where two joins on each of the table's figures cost
// as much again as reading it.
const entityFiguresQuery = `SELECT o.release_id, o.indicator, o.period, o.basis, o.value
	FROM observations o
	WHERE o.entity = ? AND o.kind = 'actual'
	ORDER BY o.indicator, o.period, o.basis`

// readReleases reads the source and date of every release, for readEntity.
func (m *revisionMeasure) readReleases(s *Store) error {
	rows, err := s.db.Query(`SELECT r.id, s.name, r.released FROM releases r JOIN sources s ON s.id = r.source_id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	clear(m.releases)
	for rows.Next() {
		var id int64
		var r storedFigure
		if err := rows.Scan(&id, &r.source, &r.released); err != nil {
			return err
		}
		m.releases[id] = r
	}
	return rows.Err()
}

// readEntity adds the moves of one entity's figures, read with entityFiguresQuery.
func (m *revisionMeasure) readEntity(s *Store, figures *sql.Stmt, entity string) error {
	type figureRow struct {
		release int64
		key     [3]string // indicator, period, basis
		value   float64
	}
	q, err := figures.Query(entity)
	rows, err := collectRows(q, err, func(r *figureRow) []any { return []any{&r.release, &r.key[0], &r.key[1], &r.key[2], &r.value} })
	if err != nil {
		return err
	}
	for _, r := range rows {
		if _, ok := m.releases[r.release]; !ok {
			// A release imported since the measure began (the entities are read one at a
			// time; the fingerprint read after them tells such a result apart).
			if err := m.readReleases(s); err != nil {
				return err
			}
			break
		}
	}
	var (
		cur   [3]string
		group []storedFigure
	)
	for _, r := range rows {
		f, ok := m.releases[r.release]
		if !ok {
			continue // its release is gone since: a join would have dropped it
		}
		f.value = r.value
		if r.key != cur {
			m.addFigure(cur[0], cur[1], group)
			cur, group = r.key, group[:0]
		}
		group = append(group, f)
	}
	m.addFigure(cur[0], cur[1], group)
	return nil
}

// addFigure adds the moves of one figure, as every source gives it (any order).
func (m *revisionMeasure) addFigure(indicator, period string, group []storedFigure) {
	sort.SliceStable(group, func(a, b int) bool {
		if group[a].source != group[b].source {
			return group[a].source < group[b].source
		}
		return group[a].released < group[b].released
	})
	for from := 0; from < len(group); {
		to := from
		for to < len(group) && group[to].source == group[from].source {
			to++
		}
		// Two labelled releases of one day: the later one stands.
		history := make([]storedFigure, 0, to-from)
		for _, f := range group[from:to] {
			if n := len(history); n > 0 && history[n-1].released == f.released {
				history[n-1] = f
				continue
			}
			history = append(history, f)
		}
		m.addSeries(group[from].source, indicator, period, history)
		from = to
	}
}

// addSeries adds the moves of one figure of one source, its stored releases oldest first.
func (m *revisionMeasure) addSeries(source, indicator, period string, history []storedFigure) {
	eds := m.editions[revisionKey{source, indicator}]
	if len(eds) < 2 || len(history) == 0 {
		return
	}
	end, ok := PeriodEnd(period)
	if !ok {
		return
	}
	if history[len(history)-1].released != eds[len(eds)-1] {
		// Not in the source's latest release: the source dropped it, or it is a release
		// of its own (a one-off figure), and there is nothing to compare with.
		return
	}
	final := history[len(history)-1].value
	relative := m.units[indicator] != "percent"
	h := 0
	for _, ed := range eds[:len(eds)-1] {
		if ed < history[0].released {
			continue // the figure did not exist yet
		}
		for h+1 < len(history) && history[h+1].released <= ed {
			h++
		}
		released, err := time.Parse("2006-01-02", ed)
		if err != nil {
			continue
		}
		age := released.Sub(end).Hours() / 24 / 365.25
		if age < 0 {
			continue // released before its period ended: an estimate of an unfinished period
		}
		move := revisionMove(history[h].value, final, relative)
		if math.IsNaN(move) {
			continue
		}
		cell := [2]string{indicator, BucketOf(age)}
		m.moves[cell] = append(m.moves[cell], move)
		if m.sources[cell] == nil {
			m.sources[cell] = map[string]bool{}
		}
		m.sources[cell][source] = true
	}
}

// result turns the moves into percentiles, by indicator and age.
func (m *revisionMeasure) result() Revisions {
	var out Revisions
	for cell, list := range m.moves {
		sort.Float64s(list)
		c := RevisionCell{Indicator: cell[0], Age: cell[1], Unit: "%", Figures: len(list), Quantiles: make([]float64, 101)}
		if m.units[cell[0]] == "percent" {
			c.Unit = "pp"
		}
		for _, move := range list {
			if move > 0 {
				c.Revised++
			}
		}
		for p := range c.Quantiles {
			// nearest rank: the smallest move at or above p percent of the figures
			rank := int(math.Ceil(float64(p)/100*float64(len(list)))) - 1
			c.Quantiles[p] = list[max(rank, 0)]
		}
		for name := range m.sources[cell] {
			c.Sources = append(c.Sources, name)
		}
		sort.Strings(c.Sources)
		out.Cells = append(out.Cells, c)
	}
	order := map[string]int{}
	for i, b := range AgeBuckets {
		order[b.Name] = i
	}
	sort.Slice(out.Cells, func(a, b int) bool {
		ca, cb := out.Cells[a], out.Cells[b]
		if ca.Indicator != cb.Indicator {
			return ca.Indicator < cb.Indicator
		}
		return order[ca.Age] < order[cb.Age]
	})
	return out
}

// storedFigure is one stored release of a figure.
type storedFigure struct {
	source, released string
	value            float64
}

// Moves smaller than these are differences in the digits a file was written with (a WDI
// edition of 2018 kept more decimals than today's), not revisions: a thousandth of a point
// for rates, a thousandth of a percent for levels.
const (
	noiseRate     = 0.001
	noiseRelative = 0.001
)

// revisionMove is how far a figure moved from before to after: percentage points for rates,
// percent of before for levels (NaN when before is 0).
func revisionMove(before, after float64, relative bool) float64 {
	move := math.Abs(after - before)
	noise := noiseRate
	if relative {
		if before == 0 {
			return math.NaN()
		}
		move = 100 * move / math.Abs(before)
		noise = noiseRelative
	}
	if move < noise {
		return 0
	}
	return roundMove(move)
}

// roundMove drops float noise (4.1-3.6 = 0.49999999999999956) so that cached and printed
// percentiles read as the figures do.
func roundMove(x float64) float64 {
	if x == 0 {
		return 0
	}
	scale := math.Pow(10, 8-math.Ceil(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}

// PeriodEnd is the last day of a period: "2023" → 2023-12-31, "2023-Q3" → 2023-09-30,
// "2023-H1" → 2023-06-30, "2023-07" → 2023-07-31, "FY2004" → 2004-12-31 (fiscal years end in
// different months; the end of the calendar year is a middle estimate). Other shapes are not
// measured.
func PeriodEnd(period string) (time.Time, bool) {
	period = strings.TrimPrefix(period, "FY")
	year, err := strconv.Atoi(period[:min(4, len(period))])
	if err != nil || len(period) < 4 {
		return time.Time{}, false
	}
	monthEnd := func(m int) time.Time { return time.Date(year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC) }
	switch {
	case len(period) == 4:
		return monthEnd(12), true
	case len(period) == 7 && period[4] == '-' && period[5] == 'Q' && period[6] >= '1' && period[6] <= '4':
		return monthEnd(3 * int(period[6]-'0')), true
	case len(period) == 7 && period[4] == '-' && period[5] == 'H' && period[6] >= '1' && period[6] <= '2':
		return monthEnd(6 * int(period[6]-'0')), true
	case len(period) == 7 && period[4] == '-':
		if m, err := strconv.Atoi(period[5:]); err == nil && m >= 1 && m <= 12 {
			return monthEnd(m), true
		}
	}
	return time.Time{}, false
}

// CachedRevisions returns the revisions measured on the store's data, read from dir when
// they were measured on the same data before (the file is named by the data's fingerprint),
// else measured and written there for the next run. dir "" skips the cache. A cache that
// cannot be read or written is not an error: the measurement is simply made again.
func (s *Store) CachedRevisions(dir string) (Revisions, error) {
	fingerprint, err := s.DataFingerprint()
	if err != nil {
		return Revisions{}, err
	}
	path := ""
	if dir != "" {
		path = filepath.Join(dir, "revisions-"+fingerprint+".json")
		if data, err := os.ReadFile(path); err == nil {
			if cached, err := decodeRevisions(data); err == nil && cached.Fingerprint == fingerprint {
				return cached, nil
			}
		}
	}
	measured, err := s.MeasureRevisions()
	if err != nil {
		return Revisions{}, err
	}
	if after, err := s.DataFingerprint(); err != nil || after != fingerprint {
		return measured, nil // the data changed while it was read: measure again next time
	}
	if path != "" {
		_ = writeCache(path, measured) // a cache is a convenience: failing to write it loses nothing
	}
	return measured, nil
}

// writeCache writes the revisions to a temporary file renamed into place, so that a reader
// never sees half a file.
func writeCache(path string, r Revisions) error {
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".revisions-*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
