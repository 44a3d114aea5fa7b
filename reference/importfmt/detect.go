package importfmt

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// DetectBytes is how much of a file Detect needs to see.
const DetectBytes = 64 << 10

// Detect names the format of a file from its first bytes, or "" when it is none of
// Formats (the reference package's own formats are then tried).
func Detect(head []byte) Format {
	text := strings.TrimLeft(strings.TrimPrefix(string(head), "\ufeff"), " \t\r\n")
	switch {
	case strings.HasPrefix(text, "["):
		return WorldBankJSON
	case strings.HasPrefix(text, "{"):
		if strings.Contains(text, `"observations"`) || strings.Contains(text, `"error_code"`) {
			return FREDJSON
		}
		return ""
	case strings.HasPrefix(text, "<"):
		if strings.Contains(text, "<observations") {
			return FREDXML
		}
		return ""
	}
	firstLine, _, _ := strings.Cut(text, "\n")
	firstLine = strings.TrimRight(firstLine, "\r")
	if cell, _, found := strings.Cut(firstLine, "\t"); found && strings.ContainsAny(cell, `\/`) {
		return EurostatTSV
	}
	header, err := csv.NewReader(strings.NewReader(firstLine)).Read()
	if err != nil || len(header) == 0 {
		return ""
	}
	first := strings.ToUpper(strings.TrimSpace(header[0]))
	switch {
	case strings.HasPrefix(first, "DATAFLOW"), strings.HasPrefix(first, "STRUCTURE"):
		return SDMXCSV
	case first == "KEY" && containsFold(header, "TIME_PERIOD"):
		return SDMXCSV
	case first == "OBSERVATION_DATE":
		return FREDCSV
	case first == "DATE" || first == "TIME" || first == "PERIOD":
		if len(header) > 1 {
			if _, _, err := triangleVintage(strings.TrimSpace(header[1])); err == nil {
				return Triangle
			}
			if first == "DATE" {
				return FREDCSV
			}
		}
	}
	// A reviser workbook sheet: title rows, then a "time" row of vintage labels.
	lines := strings.Split(text, "\n")
	for _, line := range lines[1:min(20, len(lines))] {
		if strings.HasPrefix(strings.ToLower(line), "time,") {
			if cells := strings.Split(line, ","); len(cells) > 1 && reviserColumn.MatchString(strings.TrimSpace(cells[1])) {
				return Triangle
			}
		}
	}
	return ""
}

func containsFold(list []string, want string) bool {
	for _, s := range list {
		if strings.EqualFold(strings.TrimSpace(s), want) {
			return true
		}
	}
	return false
}

// Parse reads a file of the given format ("" detects it). series names the series of the
// formats whose files do not (a FRED JSON or XML response, a reviser sheet); "" takes the
// file name without its extension.
func Parse(name string, r io.Reader, format Format, series string) (Dataset, error) {
	br := bufio.NewReaderSize(r, DetectBytes)
	if format == "" {
		head, _ := br.Peek(DetectBytes)
		if format = Detect(head); format == "" {
			return Dataset{}, fmt.Errorf("%s: not a format this importer reads (%s)", name, formatList())
		}
	}
	if series == "" {
		base := filepath.Base(name)
		series = strings.TrimSuffix(base, filepath.Ext(base))
	}
	switch format {
	case SDMXCSV:
		return ParseSDMXCSV(name, br)
	case EurostatTSV:
		return ParseEurostatTSV(name, br)
	case FREDCSV:
		return ParseFREDCSV(name, br)
	case Triangle:
		return ParseTriangle(name, series, br)
	}
	body, err := io.ReadAll(br)
	if err != nil {
		return Dataset{Format: format}, fmt.Errorf("%s: %w", name, err)
	}
	switch format {
	case FREDJSON, FREDXML:
		return ParseFREDObservations(name, series, body)
	case WorldBankJSON:
		return ParseWorldBankJSON(name, body)
	}
	return Dataset{}, fmt.Errorf("%s: format %q is not one of %s", name, format, formatList())
}

func formatList() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}
