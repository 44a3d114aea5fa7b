package importfmt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ParseEurostatTSV reads Eurostat's TSV: a header "dim,dim,geo\TIME_PERIOD" (legacy:
// "geo\time") and period columns in any order, then one series per line, its codes comma-
// joined in the first cell. Each cell is a value and its flags after a space ("1.2 p",
// ": c"); ":" is missing. A series is its codes joined by dots (the file does not name its
// dataset); the flags are kept as the status. Lines of the wrong width, a key of the wrong
// number of codes or a value that is not a number reject the file with their line.
func ParseEurostatTSV(name string, r io.Reader) (Dataset, error) {
	ds := Dataset{Format: EurostatTSV, Agency: "ESTAT"}
	br := skipBOM(bufio.NewReaderSize(r, 1<<16))
	lineNo := 0
	readLine := func() (string, error) {
		text, err := br.ReadString('\n')
		if err != nil && !(errors.Is(err, io.EOF) && text != "") {
			return "", err
		}
		lineNo++
		return strings.TrimRight(text, "\r\n"), nil
	}
	header, err := readLine()
	if errors.Is(err, io.EOF) {
		return ds, fmt.Errorf("%s: empty file, expected a Eurostat TSV header", name)
	}
	if err != nil {
		return ds, fmt.Errorf("%s: %w", name, err)
	}
	cells := strings.Split(header, "\t")
	keyPart, _, ok := cutLastAny(cells[0], `\/`)
	if !ok || len(cells) < 2 {
		return ds, lineError(name, 1, `the header's first cell %q is not "dimension,...,geo\TIME_PERIOD" followed by periods`, cells[0])
	}
	dims := strings.Split(keyPart, ",")
	area := -1
	for i, d := range dims {
		if strings.EqualFold(strings.TrimSpace(d), "geo") {
			area = i
		}
	}
	periods := make([]string, len(cells)-1)
	for i, c := range cells[1:] {
		if periods[i], err = normalizePeriod(c); err != nil {
			return ds, lineError(name, 1, "column %d: %v", i+2, err)
		}
	}
	snapshot := Vintage{}
	for {
		text, err := readLine()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return ds, fmt.Errorf("%s: %w", name, err)
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		row := strings.Split(text, "\t")
		if len(row) != len(cells) {
			return ds, lineError(name, lineNo, "%d cells, the header has %d", len(row), len(cells))
		}
		codes := strings.Split(strings.TrimSpace(row[0]), ",")
		if len(codes) != len(dims) {
			return ds, lineError(name, lineNo, "series key %q has %d codes, the header names %d dimensions", row[0], len(codes), len(dims))
		}
		series := strings.Join(codes, ".")
		geo := ""
		if area >= 0 {
			geo = codes[area]
		}
		for i, cell := range row[1:] {
			valueText, flags, _ := strings.Cut(strings.TrimSpace(cell), " ")
			valueText, flags = splitGluedFlags(valueText, strings.TrimSpace(flags))
			value, missing, err := parseNumber(valueText)
			if err != nil {
				return ds, lineError(name, lineNo, "column %d (%s): %v", i+2, periods[i], err)
			}
			if missing {
				ds.Missing++
				continue
			}
			snapshot.Observations = append(snapshot.Observations, Observation{
				Series: series, Area: geo, Period: periods[i], Value: value, Status: flags, Line: lineNo,
			})
		}
	}
	ds.Vintages = []Vintage{snapshot}
	return ds, nil
}

// splitGluedFlags reads the legacy "3386e" form, flags glued to the value: trailing letters
// are flags when what precedes them is a number.
func splitGluedFlags(value, flags string) (string, string) {
	end := len(value)
	for end > 0 && value[end-1] >= 'a' && value[end-1] <= 'z' {
		end--
	}
	if end == len(value) || end == 0 {
		return value, flags
	}
	if _, err := parseFloat(value[:end]); err != nil {
		return value, flags
	}
	return value[:end], value[end:] + flags
}

// cutLastAny cuts s around the last of any of the separators.
func cutLastAny(s, separators string) (before, after string, found bool) {
	i := strings.LastIndexAny(s, separators)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}
