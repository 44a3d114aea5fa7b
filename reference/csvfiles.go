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

// get returns the trimmed cell of the named column, or "" when the row or file lacks it.
func (t *table) get(column string) string {
	i, ok := t.columns[column]
	if !ok || i >= len(t.record) {
		return ""
	}
	return strings.TrimSpace(t.record[i])
}

// errorf makes an error that points at the current line.
func (t *table) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: line %d: %s", t.name, t.line, fmt.Sprintf(format, args...))
}

// wrap points an error at the current line.
func (t *table) wrap(err error) error {
	return fmt.Errorf("%s: line %d: %w", t.name, t.line, err)
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
	source, indicator, basis, release, label, url string
}

// importWDI adds a WDI series in long format: one row per country (or aggregate) and year.
// Countries and aggregates are added to the entities as they come.
func importWDI(w *writer, name string, r io.Reader, series wdiSeries) error {
	t, err := newTable(name, r, "Country Name", "Country Code", "Year", "Value")
	if err != nil {
		return err
	}
	sourceID, err := w.source(series.source, "", "")
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	releaseID, err := w.release(sourceID, series.release, series.label, series.url)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for {
		ok, err := t.next()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		code, country, year, text := t.get("country code"), t.get("country name"), t.get("year"), t.get("value")
		if text == "" {
			// The WDI API writes a row for every year of every country, most of them empty.
			continue
		}
		kind := "country"
		if w.aggregates[code] {
			kind = "aggregate"
		}
		if err := w.entity(code, country, kind); err != nil {
			return t.wrap(err)
		}
		value, err := parseValue(text)
		if err != nil {
			return t.wrap(err)
		}
		if err := w.observation(observationRow{
			entity: code, indicator: series.indicator, period: year, basis: series.basis,
			value: value, kind: "actual", releaseID: releaseID,
		}); err != nil {
			return t.wrap(err)
		}
	}
}

// importLong adds figures from the generic long format: one figure per row with its source
// and release, as in data/reference/russia_gdp_estimates.csv. Columns: entity, indicator,
// period, value, source, release (required); basis (default annual), kind (default actual),
// label (default "<source> <release>"), source_url, note.
func importLong(w *writer, name string, r io.Reader) error {
	t, err := newTable(name, r, "entity", "indicator", "period", "value", "source", "release")
	if err != nil {
		return err
	}
	for {
		ok, err := t.next()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		source, released := t.get("source"), t.get("release")
		label := t.get("label")
		if label == "" {
			label = source + " " + released
		}
		sourceID, err := w.source(source, "", "")
		if err != nil {
			return t.wrap(err)
		}
		releaseID, err := w.release(sourceID, released, label, "")
		if err != nil {
			return t.wrap(err)
		}
		value, err := parseValue(t.get("value"))
		if err != nil {
			return t.wrap(err)
		}
		row := observationRow{
			entity: strings.ToUpper(t.get("entity")), indicator: t.get("indicator"), period: t.get("period"),
			basis: t.get("basis"), value: value, kind: t.get("kind"), releaseID: releaseID,
			sourceURL: t.get("source_url"), note: t.get("note"),
		}
		if row.basis == "" {
			row.basis = "annual"
		}
		if row.kind == "" {
			row.kind = "actual"
		}
		if err := w.observation(row); err != nil {
			return t.wrap(err)
		}
	}
}

// importEvents adds dated events, as in data/reference/sanctions_events.csv.
func importEvents(w *writer, name string, r io.Reader) error {
	t, err := newTable(name, r, "jurisdiction", "target", "type", "date", "precision", "announced",
		"instrument", "summary", "source", "source_url")
	if err != nil {
		return err
	}
	for {
		ok, err := t.next()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
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
		if err := w.event(event); err != nil {
			return t.wrap(err)
		}
	}
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
	for {
		ok, err := t.next()
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		code := strings.ToUpper(t.get("code"))
		if code == "" || strings.HasPrefix(code, "#") {
			continue
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
			return t.wrap(err)
		}
		for _, c := range aliasColumns {
			for _, alias := range strings.Split(t.get(c.column), ";") {
				if alias = strings.TrimSpace(alias); alias != "" {
					if err := w.alias(alias, code, c.kind); err != nil {
						return t.wrap(err)
					}
				}
			}
		}
	}
}
