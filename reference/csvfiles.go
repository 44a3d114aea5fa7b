package reference

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// table reads a CSV file with a header row and finds columns by name, so that files may
// order their columns freely and carry extra ones. Errors name the file and the line.
type table struct {
	name    string
	reader  *csv.Reader
	columns map[string]int
	record  []string
	line    int
}

func newTable(name string, r io.Reader, required ...string) (*table, error) {
	reader := csv.NewReader(r)
	reader.FieldsPerRecord = -1
	reader.ReuseRecord = true
	header, err := reader.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: empty file, expected a header row", name)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	t := &table{name: name, reader: reader, columns: map[string]int{}}
	for i, column := range header {
		// A UTF-8 byte order mark, as spreadsheets write it, is not part of the first name.
		column = strings.TrimSpace(strings.TrimPrefix(column, "\ufeff"))
		t.columns[strings.ToLower(column)] = i
	}
	var missing []string
	for _, column := range required {
		if _, ok := t.columns[strings.ToLower(column)]; !ok {
			missing = append(missing, column)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%s: header lacks the column(s) %s", name, strings.Join(missing, ", "))
	}
	return t, nil
}

// next reads the next row; it returns false at the end of the file or on an error, which
// err then reports.
func (t *table) next() (bool, error) {
	record, err := t.reader.Read()
	if errors.Is(err, io.EOF) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%s: %w", t.name, err)
	}
	t.record = record
	t.line, _ = t.reader.FieldPos(0)
	return true, nil
}

// each calls row on every remaining row and stops at the first error; an error of row is
// pointed at the row's line.
func (t *table) each(row func() error) error {
	for {
		ok, err := t.next()
		if !ok || err != nil {
			return err
		}
		if err := row(); err != nil {
			return fmt.Errorf("%s: line %d: %w", t.name, t.line, err)
		}
	}
}

// get returns the trimmed cell of the named column, or "" when the row or file lacks it.
func (t *table) get(column string) string {
	i, ok := t.columns[column]
	if !ok || i >= len(t.record) {
		return ""
	}
	return strings.TrimSpace(t.record[i])
}

func parseValue(text string) (float64, error) {
	value, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return 0, fmt.Errorf("value %q is not a number", text)
	}
	return value, nil
}

// wdiSeries says what one World Bank WDI file holds; the file itself has only
// "Country Name,Country Code,Year,Value" rows.
type wdiSeries struct {
	source, indicator, basis, release, label, url, licence string
}

// rowURL is the URL each figure of a file must carry: one WDI release spans several indicator
// files, each with its own page, and the release keeps the URL of the first, so the figures of
// the others carry their own.
func (w *writer) rowURL(releaseID int64, url string) (string, error) {
	var releaseURL string
	if err := w.tx.QueryRowContext(w.ctx, `SELECT url FROM releases WHERE id = ?`, releaseID).Scan(&releaseURL); err != nil {
		return "", fmt.Errorf("release url: %w", err)
	}
	if url != "" && url != releaseURL {
		return url, nil
	}
	return "", nil
}

// wdiRelease finds or adds the source and release of a WDI series, and the URL its figures
// carry.
func (w *writer) wdiRelease(name string, series wdiSeries) (releaseID int64, rowURL string, err error) {
	sourceID, err := w.source(series.source, "", series.licence)
	if err != nil {
		return 0, "", fmt.Errorf("%s: %w", name, err)
	}
	if releaseID, err = w.release(sourceID, series.release, series.label, series.url); err != nil {
		return 0, "", fmt.Errorf("%s: %w", name, err)
	}
	if rowURL, err = w.rowURL(releaseID, series.url); err != nil {
		return 0, "", fmt.Errorf("%s: %w", name, err)
	}
	return releaseID, rowURL, nil
}

// importWDI adds a WDI series in long format: one row per country (or aggregate) and year.
// In the embedded build, countries and aggregates are added to the entities as they come.
func importWDI(w *writer, name string, r io.Reader, series wdiSeries) error {
	t, err := newTable(name, r, "Country Name", "Country Code", "Year", "Value")
	if err != nil {
		return err
	}
	releaseID, rowURL, err := w.wdiRelease(name, series)
	if err != nil {
		return err
	}
	return t.each(func() error {
		w.rows++
		code, country, year, text := strings.ToUpper(t.get("country code")), t.get("country name"), t.get("year"), t.get("value")
		if text == "" {
			// The WDI API writes a row for every year of every country, most of them empty.
			w.skip("no value")
			return nil
		}
		kind := "country"
		if w.aggregates[code] {
			kind = "aggregate"
		}
		if err := w.entity(code, country, kind); err != nil {
			return err
		}
		value, err := parseValue(text)
		if err != nil {
			return err
		}
		return w.observation(observationRow{
			entity: code, indicator: series.indicator, period: year, basis: series.basis,
			value: value, kind: "actual", releaseID: releaseID, sourceURL: rowURL,
		})
	})
}

// LongHeader is the header of the generic long format, which `ref export` writes and
// `ref import` reads: one figure per row with its source and release. Import needs entity,
// indicator, period and value, and source and release_date unless the command line gives
// them; basis defaults to annual, kind to actual, label to "<source> <release_date>".
// source_url is where the figure itself can be read (empty when release_url says it),
// licence and source_website describe the source, label and release_url the release.
// The old name "release" is read for release_date.
var LongHeader = []string{"entity", "indicator", "period", "basis", "value", "kind", "source", "source_url",
	"release_date", "licence", "label", "release_url", "source_website", "note"}

// longDefaults fill the cells that a long file leaves empty or lacks.
type longDefaults struct {
	source, release, label, releaseURL, licence, indicator, basis, kind string
}

// importLong adds figures from the generic long format (LongHeader).
func importLong(w *writer, name string, r io.Reader, defaults longDefaults) error {
	required := []string{"entity", "period", "value"}
	if defaults.indicator == "" {
		required = append(required, "indicator")
	}
	if defaults.source == "" {
		required = append(required, "source")
	}
	t, err := newTable(name, r, required...)
	if err != nil {
		return err
	}
	_, hasDate := t.columns["release_date"]
	_, hasOldDate := t.columns["release"]
	if !hasDate && !hasOldDate && defaults.release == "" {
		return fmt.Errorf("%s: header lacks the column release_date (or give the release date on the command line)", name)
	}
	orDefault := func(value, fallback string) string {
		if value == "" {
			return fallback
		}
		return value
	}
	return t.each(func() error {
		w.rows++
		source := orDefault(t.get("source"), defaults.source)
		released := orDefault(orDefault(t.get("release_date"), t.get("release")), defaults.release)
		label := orDefault(orDefault(t.get("label"), defaults.label), source+" "+released)
		sourceID, err := w.source(source, t.get("source_website"), orDefault(t.get("licence"), defaults.licence))
		if err != nil {
			return err
		}
		releaseID, err := w.release(sourceID, released, label, orDefault(t.get("release_url"), defaults.releaseURL))
		if err != nil {
			return err
		}
		value, err := parseValue(t.get("value"))
		if err != nil {
			return err
		}
		row := observationRow{
			entity:    strings.ToUpper(t.get("entity")),
			indicator: orDefault(t.get("indicator"), defaults.indicator),
			period:    t.get("period"),
			basis:     orDefault(orDefault(t.get("basis"), defaults.basis), "annual"),
			value:     value,
			kind:      orDefault(orDefault(t.get("kind"), defaults.kind), "actual"),
			releaseID: releaseID,
			sourceURL: t.get("source_url"),
			note:      t.get("note"),
		}
		return w.observation(row)
	})
}

// EventsHeader is the header of the events format.
var EventsHeader = []string{"jurisdiction", "target", "type", "date", "precision", "announced",
	"instrument", "summary", "source", "source_url"}

// importEvents adds dated events, as in data/reference/sanctions_events.csv. A source given
// on the command line fills empty source cells; precision defaults to day and announced to
// the date.
func importEvents(w *writer, name string, r io.Reader, defaultSource string) error {
	required := []string{"jurisdiction", "target", "type", "date"}
	if defaultSource == "" {
		required = append(required, "source")
	}
	t, err := newTable(name, r, required...)
	if err != nil {
		return err
	}
	return t.each(func() error {
		w.rows++
		event := Event{
			Jurisdiction: strings.ToUpper(t.get("jurisdiction")),
			Target:       strings.ToUpper(t.get("target")),
			Type:         t.get("type"),
			Date:         t.get("date"),
			Precision:    t.get("precision"),
			Announced:    t.get("announced"),
			Instrument:   t.get("instrument"),
			Summary:      t.get("summary"),
			Source:       t.get("source"),
			SourceURL:    t.get("source_url"),
		}
		if event.Source == "" {
			event.Source = defaultSource
		}
		if event.Precision == "" {
			event.Precision = "day"
		}
		if event.Announced == "" {
			event.Announced = event.Date
		}
		return w.event(event)
	})
}

// importLexiconEntities adds the entities of the extraction lexicon that the series do not
// bring, and every name, short name, demonym, capital and metonym as an alias. Columns:
// code, name, kind, short_names, demonyms, capitals, metonyms; list cells are separated by
// ";". Only code is required, so that the lexicon can grow columns.
func importLexiconEntities(w *writer, name string, r io.Reader) error {
	t, err := newTable(name, r, "code")
	if err != nil {
		return err
	}
	t.reader.LazyQuotes = true
	aliasColumns := []struct{ column, kind string }{
		{"name", "name"}, {"short_names", "short_name"}, {"demonyms", "demonym"},
		{"capitals", "capital"}, {"metonyms", "metonym"},
	}
	return t.each(func() error {
		code := strings.ToUpper(t.get("code"))
		if code == "" || strings.HasPrefix(code, "#") {
			return nil
		}
		entityName := t.get("name")
		if entityName == "" {
			entityName = code
		}
		kind := strings.ToLower(t.get("kind"))
		if kind == "" {
			kind = "country"
		}
		if err := w.entity(code, entityName, kind); err != nil {
			return err
		}
		for _, c := range aliasColumns {
			for _, alias := range strings.Split(t.get(c.column), ";") {
				if alias = strings.TrimSpace(alias); alias != "" {
					if err := w.alias(alias, code, c.kind); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}
