package reference

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Stats says what a reference database holds, for `factcheck ref stats`.
type Stats struct {
	SchemaVersion int
	Sources       int
	Entities      int
	Aliases       int
	Indicators    int
	Observations  int
	Events        int

	BySource     []Count        // observations per source
	ByRelease    []ReleaseCount // observations per release, by source then date
	ByIndicator  []Count        // observations per indicator
	EventsByType []Count
	// Shapes says, per indicator, the frequencies of its periods (year, quarter, month, day)
	// and the bases of its figures, as "year, quarter; annual, annualised, qoq, yoy".
	Shapes map[string]string
}

// Count is a number of rows under one name.
type Count struct {
	Name  string
	Count int
}

// ReleaseCount is the number of observations of one release.
type ReleaseCount struct {
	Source  string
	Release string // YYYY-MM-DD
	Label   string
	Count   int
}

// Stats counts the database's rows.
func (s *Store) Stats() (Stats, error) {
	var st Stats
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&st.SchemaVersion); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	totals := []struct {
		into  *int
		query string
	}{
		{&st.Sources, "SELECT count(*) FROM sources"},
		{&st.Entities, "SELECT count(*) FROM entities"},
		{&st.Aliases, "SELECT count(*) FROM entity_aliases"},
		{&st.Indicators, "SELECT count(*) FROM indicators"},
		{&st.Observations, "SELECT count(*) FROM observations"},
		{&st.Events, "SELECT count(*) FROM events"},
	}
	for _, total := range totals {
		if err := s.db.QueryRow(total.query).Scan(total.into); err != nil {
			return st, fmt.Errorf("stats: %w", err)
		}
	}
	var err error
	if st.BySource, err = s.counts(`SELECT s.name, count(*) FROM observations o
		JOIN releases r ON r.id = o.release_id JOIN sources s ON s.id = r.source_id
		GROUP BY s.name ORDER BY s.name`); err != nil {
		return st, err
	}
	if st.ByIndicator, err = s.counts(`SELECT indicator, count(*) FROM observations
		GROUP BY indicator ORDER BY indicator`); err != nil {
		return st, err
	}
	if st.EventsByType, err = s.counts(`SELECT type, count(*) FROM events GROUP BY type ORDER BY type`); err != nil {
		return st, err
	}
	if st.Shapes, err = s.shapes(); err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	rows, err := s.db.Query(`SELECT s.name, r.released, r.label, count(o.id) FROM releases r
		JOIN sources s ON s.id = r.source_id LEFT JOIN observations o ON o.release_id = r.id
		GROUP BY r.id ORDER BY s.name, r.released, r.label`)
	st.ByRelease, err = collectRows(rows, err, func(rc *ReleaseCount) []any {
		return []any{&rc.Source, &rc.Release, &rc.Label, &rc.Count}
	})
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

func (s *Store) counts(query string) ([]Count, error) {
	rows, err := s.db.Query(query)
	counts, err := collectRows(rows, err, func(c *Count) []any { return []any{&c.Name, &c.Count} })
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	return counts, nil
}

// frequencyOrder orders the frequencies of periods from the longest.
var frequencyOrder = []string{"year", "fiscal year", "half-year", "quarter", "month", "day"}

// shapes reads, in one pass over the figures, the frequencies and bases of each indicator.
func (s *Store) shapes() (map[string]string, error) {
	rows, err := s.db.Query(`SELECT DISTINCT indicator,
		CASE WHEN period GLOB 'FY*' THEN 'fiscal year'
		     WHEN length(period) = 4 THEN 'year'
		     WHEN period GLOB '????-H?' THEN 'half-year'
		     WHEN period GLOB '????-Q?' THEN 'quarter'
		     WHEN length(period) = 7 THEN 'month'
		     ELSE 'day' END,
		basis
		FROM observations`)
	type shape struct{ indicator, frequency, basis string }
	found, err := collectRows(rows, err, func(sh *shape) []any { return []any{&sh.indicator, &sh.frequency, &sh.basis} })
	if err != nil {
		return nil, err
	}
	frequencies, bases := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, sh := range found {
		if frequencies[sh.indicator] == nil {
			frequencies[sh.indicator], bases[sh.indicator] = map[string]bool{}, map[string]bool{}
		}
		frequencies[sh.indicator][sh.frequency] = true
		bases[sh.indicator][sh.basis] = true
	}
	out := map[string]string{}
	for indicator, fs := range frequencies {
		var f []string
		for _, name := range frequencyOrder {
			if fs[name] {
				f = append(f, name)
			}
		}
		out[indicator] = strings.Join(f, ", ") + "; " + strings.Join(slices.Sorted(maps.Keys(bases[indicator])), ", ")
	}
	return out, nil
}
