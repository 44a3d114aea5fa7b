package importfmt

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
)

// Format names a file format this package reads.
type Format string

// The formats Detect recognises.
const (
	SDMXCSV       Format = "sdmx-csv"       // SDMX-CSV 1.0 (DATAFLOW), 2.x (STRUCTURE) and the ECB's csvdata (KEY)
	EurostatTSV   Format = "eurostat-tsv"   // Eurostat TSV, current (freq,...,geo\TIME_PERIOD) and legacy (geo\time) layouts
	FREDCSV       Format = "fred-csv"       // fredgraph.csv and ALFRED vintage columns SERIES_YYYYMMDD
	FREDJSON      Format = "fred-json"      // fred/series/observations, file_type=json, with real-time periods
	FREDXML       Format = "fred-xml"       // the same as XML
	Triangle      Format = "triangle"       // revision triangle: rows periods, columns vintages
	WorldBankJSON Format = "worldbank-json" // World Bank Indicators API v2 JSON (one page or several)
)

// Formats lists every format, for help texts.
var Formats = []Format{SDMXCSV, EurostatTSV, FREDCSV, FREDJSON, FREDXML, Triangle, WorldBankJSON}

// ParseFormat returns the format called name.
func ParseFormat(name string) (Format, bool) {
	for _, f := range Formats {
		if string(f) == name {
			return f, true
		}
	}
	return "", false
}

// Observation is one cell of a published file.
type Observation struct {
	Series string // series code: "FLOW:KEY" for SDMX, the dimension key for Eurostat TSV, the id for FRED and World Bank
	Area   string // the reference area the row names (REF_AREA, geo, countryiso3code), "" when none
	Period string // normalised: 2023, 2023-Q1, 2023-H1, 2023-07 or 2023-07-01
	Value  float64
	Status string // observation status or flags as published (OBS_STATUS, Eurostat "p", ...)
	// UnitMult is the SDMX UNIT_MULT: the value as published times 10^UnitMult is in units.
	UnitMult int
	Line     int // line of the file the value is on
}

// Vintage is what one release of the data held.
type Vintage struct {
	Released string // YYYY-MM-DD; "" when the file does not say (a snapshot: the caller dates it)
	Label    string // the vintage's own name where the file gives one: ROUTPUT65Q4, 2000q2
	// Approximate marks a date derived from a label (RTDSM vintages are dated "shortly after
	// the 15th of the middle month"), not published.
	Approximate  bool
	Observations []Observation
}

// Dataset is everything a file holds.
type Dataset struct {
	Format Format
	Agency string // who published it, when the file says: ESTAT, OECD.SDD.TPS, BIS, ECB, World Bank, FRED
	// Vintages in ascending order of date; a snapshot has one, with Released "" unless the
	// file carries its update date (World Bank lastupdated, Eurostat LAST UPDATE).
	Vintages []Vintage
	Missing  int // cells with no value (":", ".", "#N/A", empty, NaN)
	Skipped  int // rows that carry no observation (SDMX partial-key attribute rows, deletions)
}

// lineError is an error of one line of a file.
func lineError(name string, line int, format string, args ...any) error {
	return fmt.Errorf("%s: line %d: %s", name, line, fmt.Sprintf(format, args...))
}

// parseNumber reads a published value; it reports missing for the markers offices use.
func parseNumber(text string) (value float64, missing bool, err error) {
	text = strings.TrimSpace(text)
	switch strings.ToUpper(text) {
	case "", ":", ".", "#N/A", "NA", "N/A", "NAN", "..":
		return 0, true, nil
	}
	value, err = parseFloat(text)
	if err != nil {
		return 0, false, fmt.Errorf("value %q is not a number", text)
	}
	return value, false, nil
}

// records yields the remaining records of a CSV reader with their line numbers; a read
// error ends the loop and is left in *err.
func records(reader *csv.Reader, err *error) iter.Seq2[[]string, int] {
	return func(yield func([]string, int) bool) {
		for {
			record, readErr := reader.Read()
			if errors.Is(readErr, io.EOF) {
				return
			}
			if readErr != nil {
				*err = readErr
				return
			}
			line, _ := reader.FieldPos(0)
			if !yield(record, line) {
				return
			}
		}
	}
}

// addRow adds the cells of one row of a wide table — a period, then a value per column —
// to the vintage and series target names for each column (nil: the column holds none).
func (ds *Dataset) addRow(name string, line int, period string, header, record []string, target func(column int) (*Vintage, string)) error {
	for i := 1; i < len(record); i++ {
		v, series := target(i)
		if v == nil {
			continue
		}
		value, missing, err := parseNumber(record[i])
		if err != nil {
			return lineError(name, line, "%s: %v", header[i], err)
		}
		if missing {
			ds.Missing++
			continue
		}
		v.Observations = append(v.Observations, Observation{Series: series, Period: period, Value: value, Line: line})
	}
	return nil
}
