package report

import (
	"bytes"
	"strings"
	"testing"

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
	long := strings.Repeat("é", excelize.TotalCellChars+10)
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
	if err != nil || len([]rune(v)) != excelize.TotalCellChars || !strings.HasSuffix(v, "…") {
		t.Errorf("a sentence of %d characters, %v; want it cut to %d with an ellipsis", len([]rune(v)), err, excelize.TotalCellChars)
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
