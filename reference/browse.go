package reference

import (
	"fmt"
	"strings"
)

// Filter selects figures for listing and export; empty fields select everything.
type Filter struct {
	Entity    string // entity code
	Indicator string
	Period    string // exact period, or a year prefix: "2023" also selects 2023-Q3
	Source    string // source name, case-insensitive
	Release   string // release date YYYY-MM-DD
	Kind      string // actual or projection
}

func (f Filter) where() (string, []any) {
	conditions := []string{"1 = 1"}
	var args []any
	if f.Entity != "" {
		conditions = append(conditions, "o.entity = ?")
		args = append(args, strings.ToUpper(f.Entity))
	}
	if f.Indicator != "" {
		conditions = append(conditions, "o.indicator = ?")
		args = append(args, f.Indicator)
	}
	if f.Period != "" {
		// A year selects its quarters, halves, months and days too; FY periods match exactly.
		conditions = append(conditions, "(o.period = ? OR o.period LIKE ? || '-%')")
		args = append(args, f.Period, f.Period)
	}
	if f.Source != "" {
		conditions = append(conditions, "s.name = ? COLLATE NOCASE")
		args = append(args, f.Source)
	}
	if f.Release != "" {
		conditions = append(conditions, "r.released = ?")
		args = append(args, f.Release)
	}
	if f.Kind != "" {
		conditions = append(conditions, "o.kind = ?")
		args = append(args, f.Kind)
	}
	return strings.Join(conditions, " AND "), args
}

// Figure is one stored figure with everything the curator sees of it.
type Figure struct {
	Observation
	ReleaseURL string // the release's URL; Observation.SourceURL is the figure's own or this
	Note       string
}

// Figures returns every figure that matches filter, every release of it, ordered by
// entity, indicator, period, release date and source. limit > 0 caps the number returned;
// the second result is the number that match.
func (s *Store) Figures(filter Filter, limit int) ([]Figure, int, error) {
	where, args := filter.where()
	const from = `
		FROM observations o
		JOIN releases r ON r.id = o.release_id
		JOIN sources s ON s.id = r.source_id
		WHERE `
	var total int
	if err := s.db.QueryRow(`SELECT count(*) `+from+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list figures: %w", err)
	}
	query := `SELECT o.entity, o.indicator, o.period, o.basis, o.value, o.kind, s.name,
		CASE WHEN o.source_url <> '' THEN o.source_url ELSE r.url END, s.licence, r.released, r.label,
		r.url, o.note` + from + where + `
		ORDER BY o.entity, o.indicator, o.period, r.released, s.name, r.label, o.basis, o.kind`
	if limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", limit)
	}
	rows, err := s.db.Query(query, args...)
	figures, err := collectRows(rows, err, func(f *Figure) []any {
		return []any{&f.Entity, &f.Indicator, &f.Period, &f.Basis, &f.Value, &f.Kind, &f.Source,
			&f.SourceURL, &f.Licence, &f.Release, &f.Label, &f.ReleaseURL, &f.Note}
	})
	if err != nil {
		return nil, 0, fmt.Errorf("list figures: %w", err)
	}
	return figures, total, nil
}

// Series is one entity's indicator from one source: what `ref list` shows.
type Series struct {
	Entity, Indicator, Basis, Source string
	FirstPeriod, LastPeriod          string
	Figures                          int    // figures over all releases
	Releases                         int    // releases that give at least one figure
	LatestRelease                    string // YYYY-MM-DD
	Projections                      int    // figures of kind projection
}

// ListSeries summarises the figures that match filter by entity, indicator, basis and source.
func (s *Store) ListSeries(filter Filter) ([]Series, error) {
	where, args := filter.where()
	rows, err := s.db.Query(`
		SELECT o.entity, o.indicator, o.basis, s.name, min(o.period), max(o.period), count(*),
		       count(DISTINCT r.id), max(r.released), sum(o.kind = 'projection')
		FROM observations o
		JOIN releases r ON r.id = o.release_id
		JOIN sources s ON s.id = r.source_id
		WHERE `+where+`
		GROUP BY o.entity, o.indicator, o.basis, s.name
		ORDER BY o.entity, o.indicator, o.basis, s.name`, args...)
	series, err := collectRows(rows, err, func(x *Series) []any {
		return []any{&x.Entity, &x.Indicator, &x.Basis, &x.Source, &x.FirstPeriod, &x.LastPeriod,
			&x.Figures, &x.Releases, &x.LatestRelease, &x.Projections}
	})
	if err != nil {
		return nil, fmt.Errorf("list series: %w", err)
	}
	return series, nil
}

// ListEvents returns the events that match filter: Entity is the target or the
// jurisdiction, Indicator the event type, Period a prefix of the date, Source the source.
func (s *Store) ListEvents(filter Filter) ([]Event, error) {
	conditions := []string{"1 = 1"}
	var args []any
	if filter.Entity != "" {
		conditions = append(conditions, "(e.target = ?1 OR e.jurisdiction = ?1)")
		args = append(args, strings.ToUpper(filter.Entity))
	}
	if filter.Indicator != "" {
		conditions = append(conditions, fmt.Sprintf("e.type = ?%d", len(args)+1))
		args = append(args, filter.Indicator)
	}
	if filter.Period != "" {
		conditions = append(conditions, fmt.Sprintf("e.date LIKE ?%d || '%%'", len(args)+1))
		args = append(args, filter.Period)
	}
	if filter.Source != "" {
		conditions = append(conditions, fmt.Sprintf("s.name = ?%d COLLATE NOCASE", len(args)+1))
		args = append(args, filter.Source)
	}
	if filter.Release != "" {
		conditions = append(conditions, fmt.Sprintf("e.announced = ?%d", len(args)+1))
		args = append(args, filter.Release)
	}
	rows, err := s.db.Query(`
		SELECT e.jurisdiction, e.target, e.type, e.date, e.precision, e.announced, e.instrument,
		       e.summary, s.name, e.source_url
		FROM events e JOIN sources s ON s.id = e.source_id
		WHERE `+strings.Join(conditions, " AND ")+`
		ORDER BY e.date, e.jurisdiction, e.type, e.instrument, e.id`, args...)
	events, err := collectRows(rows, err, eventFields)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	return events, nil
}

// SourceInfo describes one source and what the database holds from it.
type SourceInfo struct {
	Name, URL, Licence          string
	Releases, Figures, Events   int
	FirstRelease, LatestRelease string // YYYY-MM-DD, empty when it has no release
}

// Sources lists every source with its counts, by name.
func (s *Store) Sources() ([]SourceInfo, error) {
	rows, err := s.db.Query(`
		SELECT s.name, s.url, s.licence,
		       (SELECT count(*) FROM releases r WHERE r.source_id = s.id),
		       (SELECT count(*) FROM observations o JOIN releases r ON r.id = o.release_id WHERE r.source_id = s.id),
		       (SELECT count(*) FROM events e WHERE e.source_id = s.id),
		       coalesce((SELECT min(released) FROM releases r WHERE r.source_id = s.id), ''),
		       coalesce((SELECT max(released) FROM releases r WHERE r.source_id = s.id), '')
		FROM sources s ORDER BY s.name`)
	sources, err := collectRows(rows, err, func(si *SourceInfo) []any {
		return []any{&si.Name, &si.URL, &si.Licence, &si.Releases, &si.Figures, &si.Events,
			&si.FirstRelease, &si.LatestRelease}
	})
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return sources, nil
}
