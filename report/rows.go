package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"unsafe"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// csvWriter writes the header once, then one line per claim.
type csvWriter struct {
	w           io.Writer
	out         *csv.Writer
	opts        Options
	wroteHeader bool
	// numbers holds the text of a row's numbers while the row is written (see numberFields).
	numbers []byte
}

func newCSVWriter(w io.Writer, opts Options) Writer {
	return &csvWriter{w: w, out: csv.NewWriter(w), opts: opts}
}

// newTSVWriter writes the rows of CSV separated by tabs, as spreadsheets paste them; a field
// that holds a tab, a quote or a line break is quoted as in CSV.
func newTSVWriter(w io.Writer, opts Options) Writer {
	out := csv.NewWriter(w)
	out.Comma = '\t'
	return &csvWriter{w: w, out: out, opts: opts}
}

func (c *csvWriter) header() error {
	if c.wroteHeader {
		return nil
	}
	c.wroteHeader = true
	if c.opts.BOM {
		// The header is the first thing written and csv.Writer has buffered nothing yet, so
		// the mark goes straight to the underlying writer, ahead of it.
		if _, err := io.WriteString(c.w, "\uFEFF"); err != nil {
			return fmt.Errorf("write csv byte-order mark: %w", err)
		}
	}
	if err := c.out.Write(Columns); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	return nil
}

func (c *csvWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if err := c.header(); err != nil {
		return err
	}
	// A row at a time: an article can have tens of thousands.
	var published string
	if len(results) > 0 {
		published = formatDate(a.Published) // most articles of a corpus have no rows
	}
	for _, r := range results {
		if c.opts.NoVerdicts {
			r = checks.Result{Claim: r.Claim}
		}
		// The reference value and the delta are written as a spreadsheet shows them
		// (sheetFigures), not as newRow would.
		row := textRow(a, published, r)
		row.Start, row.End, row.Value, row.ValueMax, row.RefValue, row.Delta = c.numberFields(r)
		values := row.fields()
		for i, v := range values {
			values[i] = neutraliseCell(Columns[i], v)
		}
		if err := c.out.Write(values[:]); err != nil {
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

// numberFields are the numeric fields of a row: start, end, value and value_max as newRow
// writes them, and the reference value and the delta as a spreadsheet shows them
// (sheetFigures), not as newRow would. They are written into one buffer the writer keeps,
// and the strings are views of it: csv.Writer copies a row's fields as it writes them, and
// the buffer is written again only for the next row. A string each cost five allocations a
// row, most of what a sheet of a text dense with figures allocated.
func (c *csvWriter) numberFields(r checks.Result) (start, end, value, valueMax, refValue, delta string) {
	numbers := rowNumbers(r)
	b := c.numbers[:0]
	var ends [6]int
	for i := range 4 {
		b = numbers[i].appendText(b)
		ends[i] = len(b)
	}
	ends[4], ends[5] = len(b), len(b)
	if !c.opts.NoVerdicts {
		ref, hasRef, d, hasDelta := sheetFigureValues(r)
		if hasRef {
			b = appendNumber(b, ref)
		}
		ends[4] = len(b)
		if hasDelta {
			b = appendNumber(b, d)
		}
		ends[5] = len(b)
	}
	c.numbers = b
	text := unsafe.String(unsafe.SliceData(b), len(b))
	return text[:ends[0]], text[ends[0]:ends[1]], text[ends[1]:ends[2]], text[ends[2]:ends[3]], text[ends[3]:ends[4]], text[ends[4]:ends[5]]
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

// sheetFigures are the reference value and the delta of a row as a spreadsheet shows them:
// with the decimals the source published them with, but never more than one beyond the
// claim's own (and at least 2). A series computed by the agency, such as WDI's inflation
// (2.2564981433876), carries thirteen decimals that a reviewer comparing it with a claimed
// 2.3 reads as noise: 2.26 is the figure, and the delta follows it (0.04, not
// 0.04350185661). JSONL and JSON keep every digit for programs.
func sheetFigures(r checks.Result) (refValue, delta string) {
	ref, hasRef, d, hasDelta := sheetFigureValues(r)
	if hasRef {
		refValue = FormatNumber(ref)
	}
	if hasDelta {
		delta = FormatNumber(d)
	}
	return refValue, delta
}

// sheetFigureValues are the numbers sheetFigures writes, and whether the row has them.
func sheetFigureValues(r checks.Result) (refValue float64, hasRef bool, delta float64, hasDelta bool) {
	claimDecimals := 0
	if r.Claim.Unit != extract.UnitDate {
		claimDecimals = numberDecimals(r.Claim.Value)
	}
	if r.Claim.ValueMax != nil {
		claimDecimals = max(claimDecimals, numberDecimals(*r.Claim.ValueMax))
	}
	refDecimals := max(2, claimDecimals+1)
	if r.RefValue != nil {
		// (more where fewer would print a figure the claim does not match as one it does)
		refDecimals = min(referenceDecimals(r, refDecimals), numberDecimals(*r.RefValue))
		refValue, hasRef = roundDecimals(*r.RefValue, refDecimals), true
	}
	if r.Delta != nil {
		delta, hasDelta = roundDecimals(*r.Delta, max(claimDecimals, refDecimals)), true
	}
	return refValue, hasRef, delta, hasDelta
}

// numberDecimals counts the digits after the point of x as FormatNumber writes it (on the
// stack: every row of a sheet counts two or three).
func numberDecimals(x float64) int {
	var digits [32]byte
	formatted := appendNumber(digits[:0], x)
	if point := bytes.IndexByte(formatted, '.'); point >= 0 {
		return len(formatted) - point - 1
	}
	return 0
}

// roundDecimals rounds x to the given number of decimals, at any magnitude (the table's
// roundTo leaves large numbers to its own scaling).
func roundDecimals(x float64, decimals int) float64 {
	var digits [32]byte
	rounded, err := strconv.ParseFloat(string(strconv.AppendFloat(digits[:0], x, 'f', decimals, 64)), 64)
	if err != nil {
		return x
	}
	return rounded
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
//
// A corpus run writes tens of thousands of rows, so the rows of an article are appended to
// one buffer kept from article to article and handed over in one Write, or in writes of about
// jsonFlushBytes when an article has many (a list of figures can have tens of thousands of
// rows: held whole, its report would be held whole too); an article with no rows writes
// nothing.
type jsonWriter struct {
	w     io.Writer
	opts  Options
	array bool
	rows  int
	buf   []byte
}

func newJSONLWriter(w io.Writer, opts Options) Writer {
	return &jsonWriter{w: w, opts: opts}
}

func newJSONWriter(w io.Writer, opts Options) Writer {
	return &jsonWriter{w: w, opts: opts, array: true}
}

func (j *jsonWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if len(results) == 0 {
		return nil
	}
	j.buf = j.buf[:0]
	published := formatDate(a.Published)
	var claimOnly checks.Result // a result without its verdict, for NoVerdicts
	for i := range results {
		r := &results[i]
		if j.opts.NoVerdicts {
			claimOnly.Claim = r.Claim
			r = &claimOnly
		}
		switch {
		case !j.array:
		case j.rows == 0:
			j.buf = append(j.buf, "[\n"...)
		default:
			j.buf = append(j.buf, ",\n"...)
		}
		j.buf = j.appendRow(j.buf, textRow(a, published, *r), rowNumbers(*r))
		if !j.array {
			j.buf = append(j.buf, '\n')
		}
		j.rows++
		if len(j.buf) >= jsonFlushBytes {
			if err := j.flush(a); err != nil {
				return err
			}
		}
	}
	return j.flush(a)
}

// jsonFlushBytes is how much of an article's rows the JSON writers hold before they write
// them out.
const jsonFlushBytes = 64 << 10

// flush writes out the rows held.
func (j *jsonWriter) flush(a extract.Article) error {
	if len(j.buf) == 0 {
		return nil
	}
	_, err := j.w.Write(j.buf)
	j.buf = j.buf[:0]
	if err != nil {
		return fmt.Errorf("write rows of %s: %w", a.ID, err)
	}
	return nil
}

// jsonKeys are the columns as JSON object keys, quoted and followed by their colon.
var jsonKeys = func() []string {
	keys := make([]string, len(Columns))
	for i, column := range Columns {
		keys[i] = strconv.Quote(column) + ":"
	}
	return keys
}()

// numericColumn says by index in Columns whether a column is numeric: a row asks for each
// of its 26 fields, a map lookup each.
var numericColumn = func() []bool {
	numeric := make([]bool, len(Columns))
	for i, column := range Columns {
		numeric[i] = numericColumns[column]
	}
	return numeric
}()

// appendRow appends one row as a JSON object to dst: the text fields of row, the numeric
// ones (empty in row) from numbers, formatted straight into dst.
func (j *jsonWriter) appendRow(dst []byte, row Row, numbers [6]rowNumber) []byte {
	dst = append(dst, '{')
	first := true
	values := row.fields()
	k := 0 // the next of numbers
	for i, value := range values {
		numeric := numericColumn[i]
		var number rowNumber
		if numeric {
			number = numbers[k]
			k++
		}
		if value == "" && !number.present && !j.array {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = append(dst, jsonKeys[i]...)
		switch {
		case numeric && !number.present:
			dst = append(dst, "null"...)
		case numeric && (number.offset || !math.IsNaN(number.x) && !math.IsInf(number.x, 0)):
			// An offset, or a finite number in plain decimals (FormatNumber): a JSON number.
			dst = number.appendText(dst)
		case numeric:
			// NaN or an infinity, which JSON has no number for: a string, as text.
			dst = appendJSONString(dst, number.String())
		default:
			dst = appendJSONString(dst, value)
		}
	}
	return append(dst, '}')
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
