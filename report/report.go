// Package report writes judged claims as a terminal table, CSV, JSONL, JSON, Markdown or
// HTML. Every format streams: rows are written article by article, so a corpus of thousands
// of articles never has to be held in memory.
package report

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// Columns are the fields of every row, in the order of DESIGN.md "Output columns".
var Columns = []string{
	"article", "published", "start", "end", "quote", "sentence", "entity", "jurisdiction",
	"indicator", "period", "basis", "kind", "value", "value_max", "unit", "qualifier", "change",
	"source", "verdict", "ref_value", "ref_period", "ref_source", "ref_release", "ref_url",
	"delta", "explanation",
}

// numericColumns hold plain numbers: JSON writes them unquoted and CSV leaves a leading
// minus sign alone there.
var numericColumns = map[string]bool{
	"start": true, "end": true, "value": true, "value_max": true, "ref_value": true, "delta": true,
}

// Row is one claim with its verdict, every field already formatted as text. Numbers carry
// no float noise ("4.07", not "4.0700000000000003"); empty means absent.
type Row struct {
	Article      string
	Published    string // YYYY-MM-DD, or "" when unknown
	Start        string
	End          string
	Quote        string
	Sentence     string
	Entity       string
	Jurisdiction string
	Indicator    string
	Period       string
	Basis        string
	Kind         string
	Value        string
	ValueMax     string
	Unit         string
	Qualifier    string
	Change       string
	Source       string
	Verdict      string
	RefValue     string
	RefPeriod    string
	RefSource    string
	RefRelease   string
	RefURL       string
	Delta        string
	Explanation  string
}

// NewRow flattens one result of an article into a row.
func NewRow(a extract.Article, r checks.Result) Row {
	return newRow(a, formatDate(a.Published), r)
}

// newRow is NewRow with the article's date already formatted, once for all its rows.
func newRow(a extract.Article, published string, r checks.Result) Row {
	row := textRow(a, published, r)
	numbers := rowNumbers(r)
	row.Start, row.End, row.Value = numbers[0].String(), numbers[1].String(), numbers[2].String()
	row.ValueMax, row.RefValue, row.Delta = numbers[3].String(), numbers[4].String(), numbers[5].String()
	return row
}

// textRow is the row of a result with its numeric fields left empty: rowNumbers gives them.
func textRow(a extract.Article, published string, r checks.Result) Row {
	c := r.Claim
	return Row{
		Article:      a.ID,
		Published:    published,
		Quote:        c.Quote,
		Sentence:     c.Sentence,
		Entity:       c.Entity,
		Jurisdiction: c.Jurisdiction,
		Indicator:    c.Indicator,
		Period:       c.Period,
		Basis:        c.Basis,
		Kind:         c.Kind,
		Unit:         c.Unit,
		Qualifier:    c.Qualifier,
		Change:       c.Change,
		Source:       c.Source,
		Verdict:      r.Verdict,
		RefPeriod:    r.RefPeriod,
		RefSource:    r.RefSource,
		RefRelease:   r.RefRelease,
		RefURL:       r.RefURL,
		Explanation:  r.Explanation,
	}
}

// rowNumber is a numeric field of a row before it is written: absent, an offset, or a number
// as FormatNumber writes it. A writer that formats straight into its output (JSON) spares
// the string of each.
type rowNumber struct {
	present, offset bool
	n               int
	x               float64
}

func offsetNumber(n int) rowNumber { return rowNumber{present: true, offset: true, n: n} }

func optionalNumber(x *float64) rowNumber {
	if x == nil {
		return rowNumber{}
	}
	return rowNumber{present: true, x: *x}
}

// String is the field as text: "" when absent.
func (n rowNumber) String() string {
	switch {
	case !n.present:
		return ""
	case n.offset:
		return strconv.Itoa(n.n)
	}
	return FormatNumber(n.x)
}

// appendText appends the field as String gives it.
func (n rowNumber) appendText(dst []byte) []byte {
	switch {
	case !n.present:
		return dst
	case n.offset:
		return strconv.AppendInt(dst, int64(n.n), 10)
	}
	return appendNumber(dst, n.x)
}

// rowNumbers are the numeric fields of a result in the order of Columns: start, end, value,
// value_max, ref_value, delta.
func rowNumbers(r checks.Result) [6]rowNumber {
	c := r.Claim
	numbers := [6]rowNumber{offsetNumber(c.Start), offsetNumber(c.End), {}, optionalNumber(c.ValueMax),
		optionalNumber(r.RefValue), optionalNumber(r.Delta)}
	// A date claim says its value in Period; a zero there is no number.
	if c.Unit != extract.UnitDate || c.Value != 0 {
		numbers[2] = rowNumber{present: true, x: c.Value}
	}
	return numbers
}

// Values returns the fields in the order of Columns.
func (r Row) Values() []string {
	fields := r.fields()
	return fields[:]
}

// fields are the fields in the order of Columns, in an array that a writer can keep on its
// stack.
func (r Row) fields() [26]string {
	return [...]string{
		r.Article, r.Published, r.Start, r.End, r.Quote, r.Sentence, r.Entity, r.Jurisdiction,
		r.Indicator, r.Period, r.Basis, r.Kind, r.Value, r.ValueMax, r.Unit, r.Qualifier, r.Change,
		r.Source, r.Verdict, r.RefValue, r.RefPeriod, r.RefSource, r.RefRelease, r.RefURL,
		r.Delta, r.Explanation,
	}
}

// FormatNumber prints a number in plain decimal notation after rounding to 15 significant
// digits, the most a float64 always holds exactly: every digit a source publishes survives
// (world GDP in dollars has 15), and float noise, which sits in the 16th and 17th, does not.
// 1.2e9 → "1200000000", 4.0700000000000003 → "4.07", 3.6-4.1 → "-0.5".
func FormatNumber(x float64) string {
	var digits [32]byte // on the stack: a report formats several numbers a row
	return string(appendNumber(digits[:0], x))
}

// appendNumber appends x as FormatNumber writes it.
func appendNumber(dst []byte, x float64) []byte {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.AppendFloat(dst, x, 'f', -1, 64)
	}
	if x == 0 {
		return append(dst, '0') // and no "-0"
	}
	// The shortest decimal that reads back as x is most numbers' 15 significant digits or
	// fewer, and is then what rounding x to 15 digits gives: a float64's neighbours are
	// closer than a quarter of a step of the 15th digit, so the shortest decimal, closer to
	// x than half of one of them, is the nearest of that grid. (A subnormal number's
	// neighbours are farther apart than that step: rounding it reads back as itself.)
	start := len(dst)
	dst = strconv.AppendFloat(dst, x, 'f', -1, 64)
	if significantDigits(dst[start:]) <= 15 {
		return dst
	}
	dst = dst[:start]
	var digits [32]byte
	rounded, err := strconv.ParseFloat(string(strconv.AppendFloat(digits[:0], x, 'g', 15, 64)), 64)
	if err != nil || rounded == 0 {
		rounded = 0 // and no "-0"
	}
	return strconv.AppendFloat(dst, rounded, 'f', -1, 64)
}

// significantDigits counts the digits of a decimal number from its first digit other than 0
// to its last.
func significantDigits(number []byte) int {
	count, zeros := 0, 0 // the digits up to the last other than 0 so far, and the zeros after it
	for _, c := range number {
		switch {
		case c >= '1' && c <= '9':
			count += zeros + 1
			zeros = 0
		case c == '0' && count > 0:
			zeros++
		}
	}
	return count
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Options tune how results are written.
type Options struct {
	// NoVerdicts is for extraction without judging: the table drops the verdict and
	// reference columns, and the row formats leave them empty.
	NoVerdicts bool
	// Width is the terminal width the table is fitted to, in columns; 0 means 120.
	Width int
	// Color writes the verdicts of the table in colour, for a terminal.
	Color bool
	// History, when set, gives the series the HTML report charts around each judged claim;
	// nil draws no charts.
	History SeriesSource
	// Judging are the tolerances the claims were judged with, so that the HTML report draws
	// the interval a claim stands for as it was judged; zero fields mean checks' defaults.
	// Names also gives the entity names shown beside codes.
	Judging checks.Options
	// SummaryFollows leaves out the table's closing summary line: the caller prints a fuller
	// summary after the table (check --summary), and one summary is enough.
	SummaryFollows bool
	// BOM starts CSV and TSV output with a UTF-8 byte-order mark, which some spreadsheets
	// need to read the file as UTF-8 rather than a legacy code page.
	BOM bool
	// Notices are lines the HTML report shows under its heading: the inputs of a batch that
	// could not be read, say.
	Notices []string
}

// Writer writes the results of one article after another. It is not safe for concurrent
// use: callers that judge in parallel hand it articles one at a time.
type Writer interface {
	// WriteArticle writes the rows of one article; results may be empty. It keeps nothing of
	// results once it returns: callers reuse the slice for the next article.
	WriteArticle(a extract.Article, results []checks.Result) error
	// Close finishes the output (a JSON array's closing bracket, a table's summary). It does
	// not close the underlying io.Writer.
	Close() error
}

var formats = map[string]func(io.Writer, Options) Writer{
	"table": newTableWriter,
	"csv":   newCSVWriter,
	"tsv":   newTSVWriter,
	"xlsx":  newXLSXWriter,
	"jsonl": newJSONLWriter,
	"json":  newJSONWriter,
	"md":    newMarkdownWriter,
	"html":  newHTMLWriter,
}

// partsFormats are the formats whose writers write an article's rows one after another,
// holding none: an article's results can be handed to them in parts.
var partsFormats = map[string]bool{"csv": true, "tsv": true, "jsonl": true, "json": true, "xlsx": true}

// TakesParts reports whether the writer of a format takes the results of an article in parts:
// WriteArticle may then be called several times for one article, with consecutive parts of its
// results, and writes what one call with all of them would. A caller can then judge and
// write a long article a part at a time, holding a part's results rather than all of them.
// The table, Markdown and HTML head an article with its count of rows and take parts through
// ArticleParts.
func TakesParts(format string) bool { return partsFormats[strings.ToLower(format)] }

// ArticleParts is implemented by the writers of formats that lay out an article under a
// heading that counts its rows (the terminal table, Markdown, HTML): told first how many rows
// an article has, they take its results in parts. WriteArticleStart writes what stands above
// the rows; each WriteArticlePart then writes the next part of them (the table lays each out
// as a table of its own, Markdown continues its table, HTML sets each part's text beside its
// cards), until the rows counted are written or the next article starts. A caller can then
// judge and write a long article a part at a time, as it can with the formats of TakesParts.
type ArticleParts interface {
	WriteArticleStart(a extract.Article, rows RowCount) error
	WriteArticlePart(a extract.Article, results []checks.Result) error
}

// RowCount is how many rows an article has, in all and of each verdict: what a writer of
// ArticleParts says of an article above its rows.
type RowCount struct {
	Rows     int
	Verdicts map[string]int
}

// Add counts results.
func (c *RowCount) Add(results []checks.Result) {
	if c.Verdicts == nil {
		c.Verdicts = map[string]int{}
	}
	c.Rows += len(results)
	for _, r := range results {
		c.Verdicts[r.Verdict]++
	}
}

// textFreeFormats are the formats whose writers have written an article's rows out as bytes
// when WriteArticle returns, keeping no string of them.
var textFreeFormats = map[string]bool{"csv": true, "tsv": true, "jsonl": true, "json": true}

// KeepsNoText reports whether the writer of a format keeps nothing of an article's text once
// WriteArticle returns, so that the caller may reuse the text's memory for the next article.
// The others keep rows (a table's widths, a workbook's strings) until Close.
func KeepsNoText(format string) bool { return textFreeFormats[strings.ToLower(format)] }

// Formats lists the format names NewWriter accepts.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for name := range formats {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// NewWriter returns a writer of the named format: table, csv, tsv, xlsx, jsonl, json, md or
// html.
func NewWriter(format string, w io.Writer, opts Options) (Writer, error) {
	build, ok := formats[strings.ToLower(format)]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	return build(w, opts), nil
}

// FormatFromPath picks the format for an output file by its extension; ok is false when the
// extension names none.
func FormatFromPath(path string) (format string, ok bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return "csv", true
	case ".tsv", ".tab":
		return "tsv", true
	case ".xlsx":
		return "xlsx", true
	case ".jsonl", ".ndjson":
		return "jsonl", true
	case ".json":
		return "json", true
	case ".txt":
		return "table", true
	case ".html", ".htm":
		return "html", true
	case ".md", ".markdown":
		return "md", true
	}
	return "", false
}

// rows converts the results of one article, dropping verdict fields when asked to.
func rows(a extract.Article, results []checks.Result, opts Options) []Row {
	out := make([]Row, len(results))
	for i, r := range results {
		if opts.NoVerdicts {
			r = checks.Result{Claim: r.Claim}
		}
		out[i] = NewRow(a, r)
	}
	return out
}
