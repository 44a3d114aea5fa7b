package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// csvWriter writes the header once, then one line per claim.
type csvWriter struct {
	out         *csv.Writer
	opts        Options
	wroteHeader bool
}

func newCSVWriter(w io.Writer, opts Options) Writer {
	return &csvWriter{out: csv.NewWriter(w), opts: opts}
}

// newTSVWriter writes the rows of CSV separated by tabs, as spreadsheets paste them; a field
// that holds a tab, a quote or a line break is quoted as in CSV.
func newTSVWriter(w io.Writer, opts Options) Writer {
	out := csv.NewWriter(w)
	out.Comma = '\t'
	return &csvWriter{out: out, opts: opts}
}

func (c *csvWriter) header() error {
	if c.wroteHeader {
		return nil
	}
	c.wroteHeader = true
	if err := c.out.Write(Columns); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	return nil
}

func (c *csvWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if err := c.header(); err != nil {
		return err
	}
	for _, row := range rows(a, results, c.opts) {
		values := row.Values()
		for i, v := range values {
			values[i] = neutraliseCell(Columns[i], v)
		}
		if err := c.out.Write(values); err != nil {
			return fmt.Errorf("write csv row of %s: %w", a.ID, err)
		}
	}
	// Flushing per article keeps a long run's output readable while it grows.
	c.out.Flush()
	if err := c.out.Error(); err != nil {
		return fmt.Errorf("write csv rows of %s: %w", a.ID, err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if err := c.header(); err != nil {
		return err
	}
	c.out.Flush()
	if err := c.out.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// neutraliseCell keeps spreadsheets from running a cell as a formula (CSV injection): a cell
// that begins with =, +, -, @, a tab or a carriage return gets a leading single quote, unless
// it is a plain number in a numeric column, such as -0.3, which must stay a number.
func neutraliseCell(column, value string) string {
	if value == "" {
		return value
	}
	switch value[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if numericColumns[column] && isPlainNumber(value) {
			return value
		}
		return "'" + value
	}
	return value
}

func isPlainNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// jsonWriter writes rows as JSON objects with the keys in the order of Columns: one object
// per line (jsonl, empty fields omitted), or one array streamed a row at a time (json, every
// key present so that consumers see one schema: "" for empty text, null for absent numbers).
type jsonWriter struct {
	w     io.Writer
	opts  Options
	array bool
	rows  int
	buf   bytes.Buffer
}

func newJSONLWriter(w io.Writer, opts Options) Writer {
	return &jsonWriter{w: w, opts: opts}
}

func newJSONWriter(w io.Writer, opts Options) Writer {
	return &jsonWriter{w: w, opts: opts, array: true}
}

func (j *jsonWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	j.buf.Reset()
	for _, row := range rows(a, results, j.opts) {
		switch {
		case !j.array:
		case j.rows == 0:
			j.buf.WriteString("[\n")
		default:
			j.buf.WriteString(",\n")
		}
		if err := j.encode(row); err != nil {
			return fmt.Errorf("encode row of %s: %w", a.ID, err)
		}
		if !j.array {
			j.buf.WriteByte('\n')
		}
		j.rows++
	}
	if _, err := j.w.Write(j.buf.Bytes()); err != nil {
		return fmt.Errorf("write rows of %s: %w", a.ID, err)
	}
	return nil
}

// encode appends one row as a JSON object to j.buf.
func (j *jsonWriter) encode(row Row) error {
	j.buf.WriteByte('{')
	first := true
	for i, value := range row.Values() {
		column := Columns[i]
		if value == "" && !j.array {
			continue
		}
		if !first {
			j.buf.WriteByte(',')
		}
		first = false
		j.buf.WriteString(strconv.Quote(column))
		j.buf.WriteByte(':')
		switch {
		case numericColumns[column] && value == "":
			j.buf.WriteString("null")
		case numericColumns[column] && json.Valid([]byte(value)):
			j.buf.WriteString(value)
		default:
			if err := writeJSONString(&j.buf, value); err != nil {
				return err
			}
		}
	}
	j.buf.WriteByte('}')
	return nil
}

// writeJSONString writes s as a JSON string, leaving <, > and & readable.
func writeJSONString(buf *bytes.Buffer, s string) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // Encode ends with a newline
	return nil
}

func (j *jsonWriter) Close() error {
	if !j.array {
		return nil
	}
	closing := "\n]\n"
	if j.rows == 0 {
		closing = "[]\n"
	}
	if _, err := io.WriteString(j.w, closing); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
