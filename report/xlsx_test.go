package report

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

func readWorkbook(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	book, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	t.Cleanup(func() { book.Close() })
	return book
}

func TestXLSXIsASheetForAReviewDesk(t *testing.T) {
	book := readWorkbook(t, []byte(render(t, "xlsx", Options{})))
	if sheets := book.GetSheetList(); len(sheets) != 1 || sheets[0] != "Claims" {
		t.Fatalf("sheets %v, want one named Claims", sheets)
	}
	rows, err := book.GetRows("Claims")
	if err != nil {
		t.Fatal(err)
	}
	// The same rows as CSV: the header, then one row a claim.
	want := 1
	for _, s := range sample() {
		want += len(s.results)
	}
	if len(rows) != want || strings.Join(rows[0], ",") != strings.Join(Columns, ",") {
		t.Fatalf("%d rows headed %v, want %d headed by the columns", len(rows), rows[0], want)
	}
	panes, err := book.GetPanes("Claims")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v, %v: want the header row frozen", panes, err)
	}
	tables, err := book.GetTables("Claims")
	if err != nil || len(tables) != 1 || tables[0].Range != "A1:Z7" {
		t.Errorf("tables %+v, %v: want one over A1:Z7, with its filter buttons", tables, err)
	}

	// Numbers are numbers; text that looks like a formula stays text.
	valueCol := columnOf(t, "value")
	if typ, _ := book.GetCellType("Claims", cellName(t, valueCol, 3)); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("value cell is of type %v, want a number", typ)
	}
	if v, _ := book.GetCellValue("Claims", cellName(t, valueCol, 3)); v != "3.6" {
		t.Errorf("value %q, want 3.6", v)
	}
	sentence := cellName(t, columnOf(t, "sentence"), 5)
	if f, _ := book.GetCellFormula("Claims", sentence); f != "" {
		t.Errorf("the sentence became the formula %q", f)
	}
	if v, _ := book.GetCellValue("Claims", sentence); !strings.HasPrefix(v, `=HYPERLINK("http://evil")`) {
		t.Errorf("the sentence reads %q, want the text as it is", v)
	}
	if v, _ := book.GetCellValue("Claims", cellName(t, columnOf(t, "delta"), 3)); v != "-0.5" {
		t.Errorf("delta %q, want -0.5", v)
	}
}

func TestXLSXOfNoClaimsIsAHeader(t *testing.T) {
	var buf bytes.Buffer
	w, err := NewWriter("xlsx", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteArticle(extract.Article{ID: "empty.txt"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := readWorkbook(t, buf.Bytes()).GetRows("Claims")
	if err != nil || len(rows) != 1 {
		t.Errorf("rows %v, %v: want the header alone", rows, err)
	}
}

func TestXLSXCutsTextToWhatACellHolds(t *testing.T) {
	long := strings.Repeat("é", xlsxCellChars+10)
	var buf bytes.Buffer
	w, _ := NewWriter("xlsx", &buf, Options{})
	results := []checks.Result{{Claim: extract.Claim{Quote: "2%", Sentence: long, Value: 2, Unit: "percent"}}}
	if err := w.WriteArticle(extract.Article{ID: "long.txt"}, results); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	v, err := readWorkbook(t, buf.Bytes()).GetCellValue("Claims", cellName(t, columnOf(t, "sentence"), 2))
	if err != nil || len([]rune(v)) != xlsxCellChars || !strings.HasSuffix(v, "…") {
		t.Errorf("a sentence of %d characters, %v; want it cut to %d with an ellipsis", len([]rune(v)), err, xlsxCellChars)
	}
}

// TestCutToCellCountsAsExcelDoes checks the cut in UTF-16 units, which Excel counts: a
// character past U+FFFF takes two.
func TestCutToCellCountsAsExcelDoes(t *testing.T) {
	units := func(s string) int { return len(utf16.Encode([]rune(s))) }
	for _, tt := range []struct {
		name string
		text string
		cut  bool
	}{
		{"short", "a 2% rise", false},
		{"exactly full of emoji, but for one", strings.Repeat("😀", (xlsxCellChars-1)/2) + "a", false},
		{"emoji past the limit", strings.Repeat("😀", xlsxCellChars/2+1), true},
		{"accents past the limit", strings.Repeat("é", xlsxCellChars+1), true},
		{"exactly full", strings.Repeat("a", xlsxCellChars), false},
		{"an emoji across the limit", strings.Repeat("a", xlsxCellChars-1) + "😀", true},
	} {
		got := cutToCell(tt.text)
		if n := units(got); n > xlsxCellChars {
			t.Errorf("%s: %d units, more than a cell holds", tt.name, n)
		}
		if cut := got != tt.text; cut != tt.cut || cut && (!strings.HasSuffix(got, "…") || !strings.HasPrefix(tt.text, strings.TrimSuffix(got, "…"))) {
			t.Errorf("%s: cut %v to %d units, want cut %v with an ellipsis", tt.name, cut, units(got), tt.cut)
		}
	}
}

func columnOf(t *testing.T, name string) int {
	t.Helper()
	for i, c := range Columns {
		if c == name {
			return i + 1
		}
	}
	t.Fatalf("no column %s", name)
	return 0
}

func cellName(t *testing.T, col, row int) string {
	t.Helper()
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		t.Fatal(err)
	}
	return name
}

// TestXLSXHeaderAndWidths holds the parts a review desk sees before any row: a bold header and
// columns as wide as their texts need.
func TestXLSXHeaderAndWidths(t *testing.T) {
	book := readWorkbook(t, []byte(render(t, "xlsx", Options{})))
	id, err := book.GetCellStyle("Claims", "A1")
	if err != nil {
		t.Fatal(err)
	}
	style, err := book.GetStyle(id)
	if err != nil || style.Font == nil || !style.Font.Bold {
		t.Errorf("the header's style %+v, %v: want bold", style, err)
	}
	for col, want := range map[string]float64{"A": 28, columnLetters(t, "sentence"): 60, columnLetters(t, "value"): 10} {
		if got, err := book.GetColWidth("Claims", col); err != nil || got != want {
			t.Errorf("column %s is %v wide (%v), want %v", col, got, err, want)
		}
	}
}

// TestXLSXKeepsTextAsWritten checks that markup characters come back as they were written and
// that a character XML cannot hold (a control byte) becomes U+FFFD instead of spoiling the
// workbook.
func TestXLSXKeepsTextAsWritten(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter("xlsx", &buf, Options{})
	sentence := "  Prices <rose> 2% & \"more\" in 'Q1'\nand\ttabs  "
	results := []checks.Result{
		{Claim: extract.Claim{Quote: "2%", Sentence: sentence, Value: 2, Unit: "percent"}},
		{Claim: extract.Claim{Quote: "3%", Sentence: "a bell\x07 and\x0b a tab", Value: 3, Unit: "percent"}},
		{Claim: extract.Claim{Quote: "4%", Sentence: "file_x0041_x_x000D_y and _x00_ and _x", Value: 4, Unit: "percent"}},
	}
	if err := w.WriteArticle(extract.Article{ID: "markup.txt"}, results); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	book := readWorkbook(t, buf.Bytes())
	col := columnOf(t, "sentence")
	if v, err := book.GetCellValue("Claims", cellName(t, col, 2)); err != nil || v != sentence {
		t.Errorf("the sentence reads %q (%v), want %q", v, err, sentence)
	}
	if v, err := book.GetCellValue("Claims", cellName(t, col, 3)); err != nil || v != "a bell\uFFFD and\uFFFD a tab" {
		t.Errorf("the sentence reads %q (%v), want its control bytes as U+FFFD", v, err)
	}
	// "_x000D_" is how SpreadsheetML writes a carriage return: text that reads so is escaped
	if v, err := book.GetCellValue("Claims", cellName(t, col, 4)); err != nil || v != results[2].Claim.Sentence {
		t.Errorf("the sentence reads %q (%v), want %q", v, err, results[2].Claim.Sentence)
	}
	// Excel drops a text's leading and trailing spaces unless its element says to keep them;
	// the reader above keeps them either way, so the sheet's part is read for it.
	sheet := zipPart(t, buf.Bytes(), "xl/worksheets/sheet1.xml")
	if texts, kept := strings.Count(sheet, "<t>")+strings.Count(sheet, "<t "), strings.Count(sheet, `<t xml:space="preserve">`); texts == 0 || kept != texts {
		t.Errorf("%d of %d texts keep their spaces", kept, texts)
	}
}

func zipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	archive, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := archive.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	content, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(content)
}

// TestXLSXNumberExcelCannotHold checks that a value ParseFloat reads but a cell cannot hold
// (infinite, not a number) is written as the text the row shows.
func TestXLSXNumberExcelCannotHold(t *testing.T) {
	var buf bytes.Buffer
	w, _ := NewWriter("xlsx", &buf, Options{})
	results := []checks.Result{{Claim: extract.Claim{Quote: "2%", Sentence: "s", Value: math.Inf(1), Unit: "percent"}}}
	if err := w.WriteArticle(extract.Article{ID: "inf.txt"}, results); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	cell := cellName(t, columnOf(t, "value"), 2)
	book := readWorkbook(t, buf.Bytes())
	want := rows(extract.Article{ID: "inf.txt"}, results, Options{})[0].Values()[columnOf(t, "value")-1]
	if v, err := book.GetCellValue("Claims", cell); err != nil || v != want {
		t.Errorf("the value reads %q (%v), want %q", v, err, want)
	}
	if typ, _ := book.GetCellType("Claims", cell); typ == excelize.CellTypeNumber {
		t.Errorf("%q was written as a number", want)
	}
}

func TestXLSXColumnNames(t *testing.T) {
	for col, want := range map[int]string{1: "A", 26: "Z", 27: "AA", 52: "AZ", 53: "BA", 702: "ZZ", 703: "AAA", 16384: "XFD"} {
		if got := xlsxColumn(col); got != want {
			t.Errorf("column %d is named %q, want %q", col, got, want)
		}
		if name, err := excelize.ColumnNumberToName(col); err != nil || name != want {
			t.Errorf("excelize names column %d %q (%v), want %q", col, name, err, want)
		}
	}
}

func columnLetters(t *testing.T, name string) string {
	t.Helper()
	letters, err := excelize.ColumnNumberToName(columnOf(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return letters
}
