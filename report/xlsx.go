package report

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// xlsxWriter writes the rows of CSV as an Excel workbook for a review desk: one sheet,
// "Claims", with a header row frozen above the rows and filter buttons on every column (the
// rows are an Excel table), numbers as numbers, and text as text: a cell that begins with
// "=" is never a formula there, so nothing needs neutralising as in CSV. The rows stream
// through excelize's stream writer (on disk past 16 MB); the workbook is written to the
// io.Writer on Close, as a zip must be.
type xlsxWriter struct {
	out    io.Writer
	opts   Options
	book   *excelize.File
	sheet  *excelize.StreamWriter
	row    int // the last row written; 1 is the header
	failed error
}

const xlsxSheet = "Claims"

// xlsxWidths are the columns' widths in characters: the long texts wide, codes narrow.
var xlsxWidths = map[string]float64{
	"article": 28, "published": 11, "quote": 32, "sentence": 60, "indicator": 16,
	"ref_source": 22, "ref_url": 30, "explanation": 70, "verdict": 13,
}

func newXLSXWriter(w io.Writer, opts Options) Writer {
	x := &xlsxWriter{out: w, opts: opts}
	x.failed = x.start()
	return x
}

func (x *xlsxWriter) start() error {
	x.book = excelize.NewFile()
	if err := x.book.SetSheetName("Sheet1", xlsxSheet); err != nil {
		return err
	}
	sheet, err := x.book.NewStreamWriter(xlsxSheet)
	if err != nil {
		return err
	}
	x.sheet = sheet
	if err := sheet.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, name := range Columns {
		width := 10.0
		if w, ok := xlsxWidths[name]; ok {
			width = w
		}
		if err := sheet.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	bold, err := x.book.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	header := make([]any, len(Columns))
	for i, name := range Columns {
		header[i] = name
	}
	x.row = 1
	return sheet.SetRow("A1", header, excelize.RowOpts{StyleID: bold})
}

func (x *xlsxWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if x.failed != nil {
		return fmt.Errorf("write xlsx: %w", x.failed)
	}
	for _, row := range rows(a, results, x.opts) {
		if x.row == excelize.TotalRows {
			x.failed = fmt.Errorf("more than %d rows, the most a sheet holds; write csv or jsonl instead", excelize.TotalRows-1)
			return fmt.Errorf("write xlsx row of %s: %w", a.ID, x.failed)
		}
		x.row++
		cell, _ := excelize.CoordinatesToCellName(1, x.row)
		if err := x.sheet.SetRow(cell, xlsxCells(row)); err != nil {
			x.failed = err
			return fmt.Errorf("write xlsx row of %s: %w", a.ID, err)
		}
	}
	return nil
}

// xlsxCells are a row's values: numbers as numbers, text cut to what a cell holds.
func xlsxCells(row Row) []any {
	values := row.Values()
	cells := make([]any, len(values))
	for i, v := range values {
		if numericColumns[Columns[i]] && v != "" {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				cells[i] = f
				continue
			}
		}
		cells[i] = cutToCell(v)
	}
	return cells
}

// cutToCell cuts text to the 32767 characters an Excel cell holds, with an ellipsis.
func cutToCell(s string) string {
	if utf8.RuneCountInString(s) <= excelize.TotalCellChars {
		return s
	}
	n := 0
	for i := range s {
		if n == excelize.TotalCellChars-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func (x *xlsxWriter) Close() error {
	err := x.finish()
	if x.book != nil {
		// Close removes the stream writer's temporary files.
		err = errors.Join(err, x.book.Close())
	}
	if err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

func (x *xlsxWriter) finish() error {
	if x.failed != nil {
		return x.failed
	}
	// A table needs a row under its header; a sheet of no claims keeps the bare header.
	if x.row > 1 {
		last, _ := excelize.CoordinatesToCellName(len(Columns), x.row)
		show := true
		if err := x.sheet.AddTable(&excelize.Table{Range: "A1:" + last, Name: "Claims", StyleName: "TableStyleLight9", ShowRowStripes: &show}); err != nil {
			return err
		}
	}
	if err := x.sheet.Flush(); err != nil {
		return err
	}
	return x.book.Write(x.out)
}
