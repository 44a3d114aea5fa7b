package reference

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// Export writes the figures that match filter in the generic long format (LongHeader), in
// a fixed order (source, release date, label, entity, indicator, period, basis, kind), so
// that importing the file into a database with no figures and exporting again gives the
// same bytes. It returns the number of figures written.
func (s *Store) Export(w io.Writer, filter Filter) (int, error) {
	where, args := filter.where()
	rows, err := s.db.Query(`
		SELECT o.entity, o.indicator, o.period, o.basis, o.value, o.kind, s.name, o.source_url,
		       r.released, s.licence, r.label, r.url, s.url, o.note
		FROM observations o
		JOIN releases r ON r.id = o.release_id
		JOIN sources s ON s.id = r.source_id
		WHERE `+where+`
		ORDER BY s.name, r.released, r.label, o.entity, o.indicator, o.period, o.basis, o.kind`, args...)
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer rows.Close()
	out := csv.NewWriter(w)
	if err := out.Write(LongHeader); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	record := make([]string, len(LongHeader))
	var value float64
	n := 0
	for rows.Next() {
		if err := rows.Scan(&record[0], &record[1], &record[2], &record[3], &value, &record[5], &record[6],
			&record[7], &record[8], &record[9], &record[10], &record[11], &record[12], &record[13]); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		// The shortest decimal that reads back as the same float, without an exponent, so
		// that spreadsheets show it as written.
		record[4] = strconv.FormatFloat(value, 'f', -1, 64)
		if err := out.Write(record); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	out.Flush()
	if err := out.Error(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// ExportEvents writes the events that match filter (Entity is the target or the
// jurisdiction; Indicator the event type; Source; Period a prefix of the date) in the
// events format (EventsHeader), by date.
func (s *Store) ExportEvents(w io.Writer, filter Filter) (int, error) {
	events, err := s.ListEvents(filter)
	if err != nil {
		return 0, fmt.Errorf("export events: %w", err)
	}
	out := csv.NewWriter(w)
	if err := out.Write(EventsHeader); err != nil {
		return 0, fmt.Errorf("export events: %w", err)
	}
	for _, e := range events {
		if err := out.Write([]string{e.Jurisdiction, e.Target, e.Type, e.Date, e.Precision, e.Announced,
			e.Instrument, e.Summary, e.Source, e.SourceURL}); err != nil {
			return 0, fmt.Errorf("export events: %w", err)
		}
	}
	out.Flush()
	if err := out.Error(); err != nil {
		return 0, fmt.Errorf("export events: %w", err)
	}
	return len(events), nil
}
