package importfmt

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	// rtdsmColumn is a Philadelphia Fed vintage column: ROUTPUT65Q4, EMPLOY64M12.
	rtdsmColumn = regexp.MustCompile(`^([A-Za-z_]+?)(\d{2})([QM])(\d{1,2})$`)
	// reviserColumn is a reviser workbook vintage label: 2000q2.
	reviserColumn = regexp.MustCompile(`^(\d{4})[qQ]([1-4])$`)
)

// ParseTriangle reads a revision triangle, rows periods and columns vintages, in three
// layouts: the Philadelphia Fed's RTDSM (DATE, then ROUTPUT65Q4 ...; rows 1947:Q1; "#N/A"
// where a vintage has no value; vintages dated, approximately, the 15th of the quarter's
// middle month), a reviser workbook sheet (title rows, a row of Excel serial publication
// dates, a "time" row of labels 2000q2, then rows of Excel serial dates), and a plain table
// whose header is time (or date, period) and the vintages' dates YYYY-MM-DD. series names
// the series when the file does not (reviser, plain); RTDSM names it in its columns.
func ParseTriangle(name, series string, r io.Reader) (Dataset, error) {
	ds := Dataset{Format: Triangle}
	reader := csv.NewReader(r)
	reader.FieldsPerRecord = -1
	var releaseRow []string
	var header []string
	headerLine := 0
	for header == nil {
		record, err := reader.Read()
		if errors.Is(err, io.EOF) {
			return ds, fmt.Errorf("%s: no header row (DATE, time or date followed by vintages)", name)
		}
		if err != nil {
			return ds, fmt.Errorf("%s: %w", name, err)
		}
		headerLine, _ = reader.FieldPos(0)
		first := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(record[0], "\ufeff")))
		switch first {
		case "date", "time", "period":
			header = append([]string(nil), record...)
		case "":
			releaseRow = append([]string(nil), record...)
		default:
			if headerLine > 20 {
				return ds, lineError(name, headerLine, "no header row (DATE, time or date followed by vintages) in the first 20 lines")
			}
			releaseRow = nil
		}
	}
	ds.Vintages = make([]Vintage, 0, len(header)-1)
	columns := map[int]int{} // column → vintage
	for i := 1; i < len(header); i++ {
		label := strings.TrimSpace(header[i])
		if label == "" {
			continue // a trailing comma
		}
		v, seriesName, err := triangleVintage(label)
		if err != nil {
			return ds, lineError(name, headerLine, "column %d: %v", i+1, err)
		}
		if releaseRow != nil && i < len(releaseRow) {
			if date, ok := excelDate(releaseRow[i]); ok {
				v.Released, v.Approximate = date, false
			}
		}
		if seriesName != "" {
			series = seriesName
		}
		columns[i] = len(ds.Vintages)
		ds.Vintages = append(ds.Vintages, v)
	}
	if len(ds.Vintages) == 0 {
		return ds, lineError(name, headerLine, "the header names no vintages")
	}
	if series == "" {
		return ds, fmt.Errorf("%s: the file does not name its series: give one", name)
	}
	var readErr error
	for record, line := range records(reader, &readErr) {
		raw := strings.TrimSpace(record[0])
		if raw == "" {
			continue
		}
		if len(record) > len(header) {
			return ds, lineError(name, line, "%d cells, the header has %d", len(record), len(header))
		}
		period, err := normalizePeriod(raw)
		if err != nil {
			date, ok := excelDate(raw)
			if !ok {
				return ds, lineError(name, line, "%v", err)
			}
			period = date
		}
		if err := ds.addRow(name, line, period, header, record, func(i int) (*Vintage, string) {
			if v, ok := columns[i]; ok {
				return &ds.Vintages[v], series
			}
			return nil, ""
		}); err != nil {
			return ds, err
		}
	}
	if readErr != nil {
		return ds, fmt.Errorf("%s: %w", name, readErr)
	}
	for i, v := range ds.Vintages {
		if v.Released == "" {
			return ds, fmt.Errorf("%s: vintage %s has no date", name, v.Label)
		}
		if i > 0 && v.Released < ds.Vintages[i-1].Released {
			return ds, fmt.Errorf("%s: vintage %s (%s) is dated before the vintage to its left (%s)", name, v.Label, v.Released, ds.Vintages[i-1].Released)
		}
	}
	return ds, nil
}

// triangleVintage reads a vintage column's label.
func triangleVintage(label string) (Vintage, string, error) {
	v := Vintage{Label: label}
	if m := rtdsmColumn.FindStringSubmatch(label); m != nil {
		yy, _ := strconv.Atoi(m[2])
		year := 1900 + yy
		if yy < 65 {
			year = 2000 + yy
		}
		n, _ := strconv.Atoi(m[4])
		month := n
		if m[3] == "Q" {
			if n < 1 || n > 4 {
				return v, "", fmt.Errorf("vintage %q: no quarter %d", label, n)
			}
			month = n*3 - 1 // the quarter's middle month
		}
		if month < 1 || month > 12 {
			return v, "", fmt.Errorf("vintage %q: no month %d", label, n)
		}
		v.Released = time.Date(year, time.Month(month), 15, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		v.Approximate = true
		return v, strings.ToUpper(m[1]), nil
	}
	if m := reviserColumn.FindStringSubmatch(label); m != nil {
		year, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		v.Released = time.Date(year, time.Month(q*3-1), 15, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		v.Approximate = true
		return v, "", nil
	}
	if t, err := time.Parse(time.DateOnly, label); err == nil {
		v.Released = t.Format(time.DateOnly)
		return v, "", nil
	}
	return v, "", fmt.Errorf("vintage %q is not a date (YYYY-MM-DD), an RTDSM column (ROUTPUT65Q4) or a quarter (2000q2)", label)
}
