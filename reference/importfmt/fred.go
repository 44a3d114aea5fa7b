package importfmt

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"
)

// FREDObservation is one row of fred/series/observations: a value and the real-time period
// during which it was the published one (ALFRED).
type FREDObservation struct {
	RealtimeStart string `json:"realtime_start" xml:"realtime_start,attr"`
	RealtimeEnd   string `json:"realtime_end" xml:"realtime_end,attr"`
	Date          string `json:"date" xml:"date,attr"`
	Value         string `json:"value" xml:"value,attr"`
}

// FREDPage is one response of fred/series/observations.
type FREDPage struct {
	Count        int               `json:"count" xml:"count,attr"`
	Offset       int               `json:"offset" xml:"offset,attr"`
	Limit        int               `json:"limit" xml:"limit,attr"`
	ErrorCode    int               `json:"error_code"`
	ErrorMessage string            `json:"error_message"`
	Observations []FREDObservation `json:"observations" xml:"observation"`
}

// DecodeFREDPage reads one fred/series/observations response, JSON or XML (FRED's error
// bodies, in either form, become errors).
func DecodeFREDPage(body []byte) (FREDPage, error) {
	var page FREDPage
	trimmed := strings.TrimSpace(string(body))
	if strings.HasPrefix(trimmed, "<") {
		var xmlError struct {
			XMLName xml.Name
			Code    string `xml:"code,attr"`
			Message string `xml:"message,attr"`
		}
		if err := xml.Unmarshal(body, &xmlError); err == nil && xmlError.XMLName.Local == "error" {
			return page, fmt.Errorf("FRED error %s: %s", xmlError.Code, xmlError.Message)
		}
		if err := xml.Unmarshal(body, &page); err != nil {
			return page, fmt.Errorf("not a FRED observations response: %w", err)
		}
		return page, nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(trimmed), &raw); err != nil {
		return page, fmt.Errorf("not a FRED observations response: %w", err)
	}
	if err := json.Unmarshal([]byte(trimmed), &page); err != nil {
		return page, fmt.Errorf("not a FRED observations response: %w", err)
	}
	if page.ErrorCode != 0 || page.ErrorMessage != "" {
		return page, fmt.Errorf("FRED error %d: %s", page.ErrorCode, page.ErrorMessage)
	}
	if _, ok := raw["observations"]; !ok {
		return page, errors.New("not a FRED observations response: no observations")
	}
	return page, nil
}

// ParseFREDObservations reads a fred/series/observations response (JSON or XML) of series.
// With real-time periods (ALFRED: realtime_start=1776-07-04&realtime_end=9999-12-31) every
// realtime_start is a vintage holding each value that was current on that day; a plain
// FRED response is one vintage, dated by its realtime_start (the day it was fetched).
// Values are "." when missing. A response may be one page or several pages' observations.
func ParseFREDObservations(name, series string, body []byte) (Dataset, error) {
	format := FREDJSON
	if strings.HasPrefix(strings.TrimSpace(string(body)), "<") {
		format = FREDXML
	}
	page, err := DecodeFREDPage(body)
	if err != nil {
		return Dataset{Format: format}, fmt.Errorf("%s: %w", name, err)
	}
	ds, err := FREDVintages(name, series, page.Observations)
	ds.Format = format
	return ds, err
}

// FREDVintages turns FRED observations with their real-time periods into vintages: one per
// distinct realtime_start, holding every observation whose period covers that day.
func FREDVintages(name, series string, observations []FREDObservation) (Dataset, error) {
	ds := Dataset{Format: FREDJSON, Agency: "FRED"}
	type window struct {
		start, end, period string
		value              float64
		line               int
	}
	var windows []window
	starts := map[string]bool{}
	for i, o := range observations {
		item := i + 1
		for _, d := range []string{o.RealtimeStart, o.RealtimeEnd} {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return ds, fmt.Errorf("%s: observation %d: real-time date %q is not YYYY-MM-DD", name, item, d)
			}
		}
		if o.RealtimeEnd < o.RealtimeStart {
			return ds, fmt.Errorf("%s: observation %d: real-time period ends (%s) before it starts (%s)", name, item, o.RealtimeEnd, o.RealtimeStart)
		}
		period, err := normalizePeriod(o.Date)
		if err != nil || len(period) != 10 {
			return ds, fmt.Errorf("%s: observation %d: date %q is not YYYY-MM-DD", name, item, o.Date)
		}
		value, missing, err := parseNumber(o.Value)
		if err != nil {
			return ds, fmt.Errorf("%s: observation %d (%s): %w", name, item, o.Date, err)
		}
		starts[o.RealtimeStart] = true
		if missing {
			ds.Missing++
			continue
		}
		windows = append(windows, window{o.RealtimeStart, o.RealtimeEnd, period, value, item})
	}
	dates := make([]string, 0, len(starts))
	for d := range starts {
		dates = append(dates, d)
	}
	sort.Strings(dates)
	for _, d := range dates {
		v := Vintage{Released: d}
		for _, w := range windows {
			if w.start <= d && d <= w.end {
				v.Observations = append(v.Observations, Observation{Series: series, Period: w.period, Value: w.value, Line: w.line})
			}
		}
		ds.Vintages = append(ds.Vintages, v)
	}
	return ds, nil
}

var alfredColumn = regexp.MustCompile(`^(.+)_(\d{8})$`)

// ParseFREDCSV reads FRED's CSV download (observation_date or DATE, then one column per
// series; "." or empty when missing) and ALFRED's, whose columns SERIES_YYYYMMDD are the
// vintages of one series. A plain FRED file is one undated vintage.
func ParseFREDCSV(name string, r io.Reader) (Dataset, error) {
	ds := Dataset{Format: FREDCSV, Agency: "FRED"}
	reader := csv.NewReader(r)
	header, err := reader.Read()
	if err != nil {
		return ds, fmt.Errorf("%s: header: %w", name, err)
	}
	first := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(header[0], "\ufeff")))
	if first != "observation_date" && first != "date" || len(header) < 2 {
		return ds, lineError(name, 1, "the header is not observation_date (or DATE) and series ids")
	}
	type column struct{ series, released string }
	columns := make([]column, len(header))
	vintageIndex := map[string]int{}
	for i, h := range header[1:] {
		h = strings.TrimSpace(h)
		if m := alfredColumn.FindStringSubmatch(h); m != nil {
			t, err := time.Parse("20060102", m[2])
			if err != nil {
				return ds, lineError(name, 1, "column %q: %s is not a date", h, m[2])
			}
			columns[i+1] = column{m[1], t.Format(time.DateOnly)}
		} else {
			columns[i+1] = column{series: h}
		}
		if _, ok := vintageIndex[columns[i+1].released]; !ok {
			vintageIndex[columns[i+1].released] = len(ds.Vintages)
			ds.Vintages = append(ds.Vintages, Vintage{Released: columns[i+1].released})
		}
	}
	var readErr error
	for record, line := range records(reader, &readErr) {
		period, err := normalizePeriod(record[0])
		if err != nil {
			return ds, lineError(name, line, "%v", err)
		}
		if err := ds.addRow(name, line, period, header, record, func(i int) (*Vintage, string) {
			return &ds.Vintages[vintageIndex[columns[i].released]], columns[i].series
		}); err != nil {
			return ds, err
		}
	}
	if readErr != nil {
		return ds, fmt.Errorf("%s: %w", name, readErr)
	}
	sort.SliceStable(ds.Vintages, func(i, j int) bool { return ds.Vintages[i].Released < ds.Vintages[j].Released })
	return ds, nil
}
