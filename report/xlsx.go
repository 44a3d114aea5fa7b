package report

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// xlsxWriter writes the rows of CSV as an Excel workbook for a review desk: one sheet,
// "Claims", with a header row frozen above the rows and filter buttons on every column (the
// rows are an Excel table), numbers as numbers, and text as text: a cell that begins with
// "=" is never a formula there, so nothing needs neutralising as in CSV.
//
// The workbook is written here, part by part, as the Office Open XML standard (ECMA-376)
// lays a spreadsheet out, rather than by a spreadsheet library: the one used before
// (excelize) built tables of its own when the program started, whatever it was asked to do,
// and cost every run of the command some 10 ms and 7 MB before its first article. The rows
// stream straight into the zip as the sheet's part; the parts that depend on how many rows
// there were (the table) follow it on Close.
type xlsxWriter struct {
	opts   Options
	zip    *zip.Writer
	sheet  *bufio.Writer // the sheet's part, inside zip
	row    int           // the last row written; 1 is the header
	failed error
}

const (
	xlsxSheet = "Claims"
	// xlsxMaxRows and xlsxCellChars are the most rows a sheet holds and the most characters a
	// cell does, in Excel.
	xlsxMaxRows   = 1 << 20
	xlsxCellChars = 32767
)

// xlsxWidths are the columns' widths in characters: the long texts wide, codes narrow.
var xlsxWidths = map[string]float64{
	"article": 28, "published": 11, "quote": 32, "sentence": 60, "indicator": 16,
	"ref_source": 22, "ref_url": 30, "explanation": 70, "verdict": 13,
}

func newXLSXWriter(w io.Writer, opts Options) Writer {
	x := &xlsxWriter{opts: opts, zip: zip.NewWriter(w)}
	x.failed = x.start()
	return x
}

// The namespaces and content types of the parts.
const (
	xlsxMain     = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	xlsxRelation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	xlsxPackage  = "http://schemas.openxmlformats.org/package/2006/relationships"
	xlsxType     = "application/vnd.openxmlformats-officedocument.spreadsheetml."
)

func (x *xlsxWriter) start() error {
	part, err := x.create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	x.sheet = bufio.NewWriterSize(part, 64<<10)
	s := x.sheet
	s.WriteString(xml.Header)
	s.WriteString(`<worksheet xmlns="` + xlsxMain + `" xmlns:r="` + xlsxRelation + `">`)
	s.WriteString(`<sheetViews><sheetView tabSelected="1" workbookViewId="0">`)
	s.WriteString(`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`)
	s.WriteString(`<selection pane="bottomLeft"/></sheetView></sheetViews><cols>`)
	for i, name := range Columns {
		width := 10.0
		if w, ok := xlsxWidths[name]; ok {
			width = w
		}
		fmt.Fprintf(s, `<col min="%d" max="%d" width="%g" customWidth="1"/>`, i+1, i+1, width)
	}
	s.WriteString(`</cols><sheetData>`)
	x.row = 1
	x.writeRow(Columns, nil, `1`)
	return nil
}

func (x *xlsxWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if x.failed != nil {
		return fmt.Errorf("write xlsx: %w", x.failed)
	}
	for _, row := range rows(a, results, x.opts) {
		if x.row == xlsxMaxRows {
			x.failed = fmt.Errorf("more than %d rows, the most a sheet holds; write csv or jsonl instead", xlsxMaxRows-1)
			return fmt.Errorf("write xlsx row of %s: %w", a.ID, x.failed)
		}
		x.row++
		x.writeRow(row.Values(), numericColumns, "")
	}
	if err := x.sheet.Flush(); err != nil {
		x.failed = err
		return fmt.Errorf("write xlsx row of %s: %w", a.ID, err)
	}
	return nil
}

// writeRow writes the row x.row of the sheet: a value of a numeric column that reads as a
// number as a number, every other as text cut to what a cell holds; the cells of the style
// numbered style when it is not "" (1: bold).
func (x *xlsxWriter) writeRow(values []string, numeric map[string]bool, style string) {
	s := x.sheet
	row := strconv.Itoa(x.row)
	s.WriteString(`<row r="` + row + `">`)
	for i, v := range values {
		if v == "" {
			continue // an empty cell is no cell
		}
		s.WriteString(`<c r="` + xlsxColumn(i+1) + row + `"`)
		if style != "" {
			s.WriteString(` s="` + style + `"`)
		}
		if numeric[Columns[i]] {
			// (a number Excel can hold: ParseFloat also reads "NaN" and "Inf", which a
			// spreadsheet cell cannot)
			if f, err := strconv.ParseFloat(v, 64); err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
				s.WriteString(`><v>` + strconv.FormatFloat(f, 'f', -1, 64) + `</v></c>`)
				continue
			}
		}
		s.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
		xml.EscapeText(s, []byte(escapeEscapes(cutToCell(v))))
		s.WriteString(`</t></is></c>`)
	}
	s.WriteString(`</row>`)
}

// xlsxColumn is the letters that name the column col (1 is A, 27 is AA).
func xlsxColumn(col int) string {
	var name []byte
	for ; col > 0; col = (col - 1) / 26 {
		name = append(name, byte('A'+(col-1)%26))
	}
	for i, j := 0, len(name)-1; i < j; i, j = i+1, j-1 {
		name[i], name[j] = name[j], name[i]
	}
	return string(name)
}

// cutToCell cuts text to the 32767 characters an Excel cell holds, with an ellipsis. Excel
// counts in UTF-16: a character past U+FFFF (an emoji) counts twice.
func cutToCell(s string) string {
	if len(s) <= xlsxCellChars {
		return s // (no text of this many bytes has more UTF-16 units)
	}
	n := 0
	for i, r := range s {
		units := 1
		if r > 0xFFFF {
			units = 2
		}
		if n+units > xlsxCellChars-1 { // room for the ellipsis, one unit
			if rest := s[i:]; utf16Units(rest) <= xlsxCellChars-n {
				return s // the rest fits whole: no cut
			}
			return s[:i] + "…"
		}
		n += units
	}
	return s
}

// utf16Units is the length of s in UTF-16 code units.
func utf16Units(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// escapeEscapes keeps text that reads as an escaped character of SpreadsheetML ("_x000D_",
// which a reader turns into a carriage return) as it is written, by escaping its underscore:
// "_x005F_x000D_".
func escapeEscapes(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if isEscapedChar(s[i:]) {
			b.WriteString("_x005F")
		}
		b.WriteByte('_')
		s = s[i+1:]
	}
}

// isEscapedChar reports whether s begins with "_x", four hexadecimal digits and "_".
func isEscapedChar(s string) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

func (x *xlsxWriter) Close() error {
	err := x.finish()
	if err == nil {
		err = x.zip.Close()
	}
	if err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

// finish ends the sheet and writes the workbook's other parts. A table needs a row under its
// header: a sheet of no claims keeps the bare header, with no table.
func (x *xlsxWriter) finish() error {
	if x.failed != nil {
		return x.failed
	}
	table := x.row > 1
	x.sheet.WriteString(`</sheetData>`)
	if table {
		x.sheet.WriteString(`<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`)
	}
	x.sheet.WriteString(`</worksheet>`)
	if err := x.sheet.Flush(); err != nil {
		return err
	}
	type part struct{ name, content string }
	parts := []part{
		{"[Content_Types].xml", xlsxContentTypes(table)},
		{"_rels/.rels", xml.Header + `<Relationships xmlns="` + xlsxPackage + `">` +
			`<Relationship Id="rId1" Type="` + xlsxRelation + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", xml.Header + `<workbook xmlns="` + xlsxMain + `" xmlns:r="` + xlsxRelation + `">` +
			`<bookViews><workbookView activeTab="0"/></bookViews>` +
			`<sheets><sheet name="` + xlsxSheet + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", xml.Header + `<Relationships xmlns="` + xlsxPackage + `">` +
			`<Relationship Id="rId1" Type="` + xlsxRelation + `/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="` + xlsxRelation + `/styles" Target="styles.xml"/></Relationships>`},
		{"xl/styles.xml", xlsxStyles},
	}
	if table {
		parts = append(parts,
			part{"xl/worksheets/_rels/sheet1.xml.rels", xml.Header + `<Relationships xmlns="` + xlsxPackage + `">` +
				`<Relationship Id="rId1" Type="` + xlsxRelation + `/table" Target="../tables/table1.xml"/></Relationships>`},
			part{"xl/tables/table1.xml", xlsxTable(x.row)})
	}
	for _, p := range parts {
		w, err := x.create(p.name)
		if err == nil {
			_, err = io.WriteString(w, p.content)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
	}
	return nil
}

// create starts the part name in the zip, compressed, dated as zip dates begin (the zero
// time makes a date no reader accepts).
func (x *xlsxWriter) create(name string) (io.Writer, error) {
	return x.zip.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipEpoch})
}

var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// xlsxContentTypes lists the type of every part of the workbook.
func xlsxContentTypes(table bool) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	b.WriteString(`<Override PartName="/xl/workbook.xml" ContentType="` + xlsxType + `sheet.main+xml"/>`)
	b.WriteString(`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="` + xlsxType + `worksheet+xml"/>`)
	b.WriteString(`<Override PartName="/xl/styles.xml" ContentType="` + xlsxType + `styles+xml"/>`)
	if table {
		b.WriteString(`<Override PartName="/xl/tables/table1.xml" ContentType="` + xlsxType + `table+xml"/>`)
	}
	b.WriteString(`</Types>`)
	return b.String()
}

// xlsxStyles holds the two cell formats the sheet uses: 0, the default, and 1, bold (the
// header). A stylesheet needs its two default fills, a border and a cell style to open.
const xlsxStyles = xml.Header + `<styleSheet xmlns="` + xlsxMain + `">` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

// xlsxTable is the table over the header and the rows up to last: its filter buttons, its
// columns (named as the header's cells, as a table's must be) and its banded style.
func xlsxTable(last int) string {
	ref := "A1:" + xlsxColumn(len(Columns)) + strconv.Itoa(last)
	var b strings.Builder
	b.WriteString(xml.Header + `<table xmlns="` + xlsxMain + `" id="1" name="` + xlsxSheet + `" displayName="` + xlsxSheet + `" ref="` + ref + `">`)
	b.WriteString(`<autoFilter ref="` + ref + `"/><tableColumns count="` + strconv.Itoa(len(Columns)) + `">`)
	for i, name := range Columns {
		b.WriteString(`<tableColumn id="` + strconv.Itoa(i+1) + `" name="`)
		xml.EscapeText(&b, []byte(name))
		b.WriteString(`"/>`)
	}
	b.WriteString(`</tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`)
	return b.String()
}
