package importfmt

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// sdmxFixed are the columns of SDMX-CSV that describe the message, not a component.
var sdmxFixed = map[string]bool{
	"DATAFLOW": true, "STRUCTURE": true, "STRUCTURE_ID": true, "STRUCTURE_NAME": true, "ACTION": true,
	"SERIES_KEY": true, "OBS_KEY": true, "KEY": true, "LAST UPDATE": true, "UPDATED": true,
}

// sdmxColumns says where the columns SDMX-CSV parsing needs are.
type sdmxColumns struct {
	flow, action, period, value, status, conf, unitMult, lastUpdate, area int
	dims                                                                  []int
	labelsBoth                                                            bool
}

// ParseSDMXCSV reads SDMX-CSV 1.0 (first column DATAFLOW), 2.0/2.1 (STRUCTURE,
// STRUCTURE_ID, with or without ACTION, labels=id, name or both) and the ECB's csvdata
// variant (first column KEY). Columns are found by name, never by position; the dimensions
// are the component columns before TIME_PERIOD. A series is "FLOW:KEY" with FLOW the
// dataflow id (no agency, no version) and KEY its dimension codes joined by dots, in the
// file's column order. OBS_STATUS (Eurostat: OBS_FLAG, with CONF_STATUS) and UNIT_MULT are
// kept with each value; an empty value or NaN is counted missing. A row of the wrong width,
// a bad period or a value that is not a number rejects the file with its line.
func ParseSDMXCSV(name string, r io.Reader) (Dataset, error) {
	ds := Dataset{Format: SDMXCSV}
	br := bufio.NewReader(r)
	head, _ := br.Peek(16)
	head = []byte(strings.TrimPrefix(string(head), "\ufeff"))
	reader := csv.NewReader(skipBOM(br))
	// The ninth character, after DATAFLOW, is the separator (SDMX-CSV 1.0); 2.x likewise
	// after STRUCTURE.
	semicolon := false
	for _, prefix := range []string{"DATAFLOW", "STRUCTURE", "KEY"} {
		if len(head) > len(prefix) && strings.EqualFold(string(head[:len(prefix)]), prefix) && head[len(prefix)] == ';' {
			semicolon = true
		}
	}
	if semicolon {
		reader.Comma = ';'
	}
	header, err := reader.Read()
	if errors.Is(err, io.EOF) {
		return ds, fmt.Errorf("%s: empty file, expected an SDMX-CSV header", name)
	}
	if err != nil {
		return ds, fmt.Errorf("%s: header: %w", name, err)
	}
	cols, err := sdmxLayout(header)
	if err != nil {
		return ds, fmt.Errorf("%s: line 1: %w", name, err)
	}
	snapshot := Vintage{}
	var readErr error
	for record, line := range records(reader, &readErr) {
		cell := func(i int) string {
			if i < 0 {
				return ""
			}
			text := strings.TrimSpace(record[i])
			if cols.labelsBoth {
				// labels=both writes "A: Annual"; the code is before the first ": ".
				if code, _, found := strings.Cut(text, ": "); found && i != cols.value {
					return code
				}
			}
			return text
		}
		if action := strings.ToUpper(cell(cols.action)); action == "D" {
			ds.Skipped++
			continue
		}
		if cell(cols.period) == "" && cell(cols.value) == "" {
			ds.Skipped++ // a partial-key attribute row (SDMX-CSV 2.x)
			continue
		}
		flow, agency := sdmxFlow(cell(cols.flow))
		if ds.Agency == "" {
			ds.Agency = agency
		}
		codes := make([]string, len(cols.dims))
		for i, c := range cols.dims {
			codes[i] = cell(c)
		}
		period, err := normalizePeriod(cell(cols.period))
		if err != nil {
			return ds, lineError(name, line, "%v", err)
		}
		valueText := cell(cols.value)
		if semicolon {
			valueText = strings.Replace(valueText, ",", ".", 1)
		}
		value, missing, err := parseNumber(valueText)
		if err != nil {
			return ds, lineError(name, line, "OBS_VALUE: %v", err)
		}
		status := cell(cols.status)
		if missing || strings.EqualFold(status, "M") {
			ds.Missing++
			continue
		}
		mult := 0
		if text := cell(cols.unitMult); text != "" {
			if mult, err = strconv.Atoi(text); err != nil || mult < -15 || mult > 15 {
				return ds, lineError(name, line, "UNIT_MULT %q is not a power of ten from -15 to 15", text)
			}
		}
		if conf := cell(cols.conf); conf != "" && !strings.EqualFold(conf, "F") {
			status = strings.TrimSpace(status + " " + conf)
		}
		if released, ok := eurostatLastUpdate(cell(cols.lastUpdate)); ok && released > snapshot.Released {
			snapshot.Released = released
		}
		series := strings.Join(codes, ".")
		if flow != "" {
			series = flow + ":" + series
		}
		snapshot.Observations = append(snapshot.Observations, Observation{
			Series: series, Area: cell(cols.area), Period: period, Value: value, Status: status,
			UnitMult: mult, Line: line,
		})
	}
	if readErr != nil {
		return ds, fmt.Errorf("%s: %w", name, readErr)
	}
	ds.Vintages = []Vintage{snapshot}
	return ds, nil
}

// sdmxLayout finds the columns of an SDMX-CSV header.
func sdmxLayout(header []string) (sdmxColumns, error) {
	cols := sdmxColumns{flow: -1, action: -1, period: -1, value: -1, status: -1, conf: -1, unitMult: -1, lastUpdate: -1, area: -1}
	ids := make([]string, len(header))
	for i, h := range header {
		h = strings.TrimSpace(h)
		if id, _, found := strings.Cut(h, ": "); found {
			cols.labelsBoth = true
			h = id
		}
		ids[i] = strings.ToUpper(h)
	}
	first := ids[0]
	if i := strings.IndexByte(first, '['); i > 0 {
		first = first[:i] // STRUCTURE[;] declares a sub-field separator
		ids[0] = first
	}
	switch first {
	case "DATAFLOW", "KEY":
		cols.flow = 0
	case "STRUCTURE":
		cols.flow = -1
	default:
		return cols, fmt.Errorf("the first column is %q, not DATAFLOW, STRUCTURE or KEY: not SDMX-CSV", header[0])
	}
	withNames := false
	for _, id := range ids {
		if id == "STRUCTURE_NAME" {
			withNames = true
		}
	}
	beforePeriod := true
	for i := 0; i < len(ids); i++ {
		id := ids[i]
		if sdmxFixed[id] {
			switch id {
			case "STRUCTURE_ID":
				cols.flow = i
			case "ACTION":
				cols.action = i
			case "LAST UPDATE":
				cols.lastUpdate = i
			}
			continue
		}
		at := i
		if withNames {
			// labels=name: every component id column is followed by a column of its names,
			// headed by the component's localised name.
			i++
		}
		switch id {
		case "TIME_PERIOD":
			cols.period = at
			beforePeriod = false
		case "OBS_VALUE":
			cols.value = at
		case "OBS_STATUS", "OBS_FLAG":
			cols.status = at
		case "CONF_STATUS", "OBS_CONF":
			cols.conf = at
		case "UNIT_MULT":
			cols.unitMult = at
		default:
			if beforePeriod {
				cols.dims = append(cols.dims, at)
				if id == "REF_AREA" || id == "GEO" {
					cols.area = at
				}
			}
		}
	}
	if cols.period < 0 || cols.value < 0 {
		return cols, errors.New("the header has no TIME_PERIOD or no OBS_VALUE column")
	}
	return cols, nil
}

// sdmxFlow splits "AGENCY:FLOW(VERSION)" (or a bare ECB key "EXR.D.USD...") into the flow
// id and the agency. Eurostat's "$DEFAULTVIEW" suffix is a view, not part of the flow.
func sdmxFlow(cell string) (flow, agency string) {
	if cell == "" {
		return "", ""
	}
	agency, rest, found := strings.Cut(cell, ":")
	if !found {
		// The ECB's KEY column: the flow is the key's first part.
		flow, _, _ = strings.Cut(cell, ".")
		return flow, "ECB"
	}
	if i := strings.IndexByte(rest, '('); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '$'); i >= 0 {
		rest = rest[:i]
	}
	return rest, agency
}

// eurostatLastUpdate reads Eurostat's LAST UPDATE cell, "14/12/21 23:00:00".
func eurostatLastUpdate(cell string) (string, bool) {
	if cell == "" {
		return "", false
	}
	t, err := time.Parse("02/01/06 15:04:05", cell)
	if err != nil {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// skipBOM drops a UTF-8 byte order mark at the start of r.
func skipBOM(r *bufio.Reader) *bufio.Reader {
	if b, err := r.Peek(3); err == nil && string(b) == "\ufeff" {
		r.Discard(3)
	}
	return r
}
