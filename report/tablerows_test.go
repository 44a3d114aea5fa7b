package report

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// TestRowRendererDrawsAsBlueprint draws random rows with rowRenderer, whole (their cells'
// lines joined by cellBreak), and line by line with tablewriter's Blueprint, as tablewriter
// hands it a row of several lines, and requires the same bytes: cells of wide characters,
// combining marks, escapes, tabs and controls, cells as wide as their column or wider,
// columns of no width, other alignments and paddings, merged cells and missing ones, with
// borders and separators on and off.
func TestRowRendererDrawsAsBlueprint(t *testing.T) {
	pieces := []string{"a", "b", "claim", " ", "-", "1.9%", "東", "京", "e\u0301", "\u0301", "\x1b[31m", "\x1b[0m",
		"\x1b]8;;http://x\x07", "\t", "\x07", "é", "\u202e", "\\x1b"}
	paddings := []tw.Padding{{Left: " ", Right: " "}, {Left: " ", Right: " ", Overwrite: true}, {Left: "", Right: ""}, {Left: "*", Right: " "}}
	aligns := []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignCenter, tw.AlignNone}
	renditions := []tw.Rendition{
		{},
		{Borders: tw.Border{Left: tw.Off, Right: tw.On, Top: tw.On, Bottom: tw.On}},
		{Borders: tw.Border{Left: tw.On, Right: tw.Off, Top: tw.On, Bottom: tw.On}},
		{Settings: tw.Settings{Separators: tw.Separators{BetweenColumns: tw.Off}}},
		{Symbols: tw.NewSymbols(tw.StyleASCII)},
	}
	rng := rand.New(rand.NewPCG(18, 3))
	drawn, lines := 0, 0
	for i := range 20000 {
		rendition := renditions[i%len(renditions)]
		columns := 1 + rng.IntN(6)
		widths := tw.NewMapper[int, int]()
		whole := map[int]tw.CellContext{} // the row's cells, their lines joined
		var cellLines [][]string
		height := 1
		for j := range columns {
			var texts []string
			width := 2
			for range 1 + rng.IntN(3)*rng.IntN(2) {
				var text strings.Builder
				for range rng.IntN(9) {
					if rng.IntN(3) == 0 {
						text.WriteString(pieces[rng.IntN(len(pieces))])
					} else {
						text.WriteString(pieces[rng.IntN(5)])
					}
				}
				texts = append(texts, text.String())
				width = max(width, displayWidth(text.String())+2)
			}
			cellLines = append(cellLines, texts)
			width += rng.IntN(6) - 1
			if rng.IntN(40) == 0 {
				width = rng.IntN(3)
			}
			if rng.IntN(200) != 0 {
				widths.Set(j, width)
			}
			cell := tw.CellContext{Data: strings.Join(texts, string(cellBreak)), Width: width, Align: tw.AlignLeft, Padding: paddings[0]}
			if rng.IntN(10) == 0 {
				cell.Align = aligns[rng.IntN(len(aligns))]
				cell.Padding = paddings[rng.IntN(len(paddings))]
			}
			if rng.IntN(40) == 0 {
				cell.Merge.Horizontal = tw.MergeStateOption{Present: true, Span: 2, Start: j%2 == 0, End: j%2 == 1}
			}
			if rng.IntN(200) != 0 {
				whole[j] = cell
				height = max(height, len(texts))
			}
		}
		var want, got bytes.Buffer
		blueprint := renderer.NewBlueprint(rendition)
		if err := blueprint.Start(&want); err != nil {
			t.Fatal(err)
		}
		rows := &rowRenderer{Blueprint: renderer.NewBlueprint(rendition)}
		if err := rows.Start(&got); err != nil {
			t.Fatal(err)
		}
		for k := range height {
			line := tw.Formatting{Row: tw.RowContext{Position: tw.Row, Widths: widths, Current: map[int]tw.CellContext{}}}
			texts := make([]string, columns)
			for j, cell := range whole {
				if k < len(cellLines[j]) {
					texts[j] = cellLines[j][k]
				}
				cell.Data = texts[j]
				line.Row.Current[j] = cell
			}
			blueprint.Row(texts, line)
			if rows.plainColumns(line, columns) {
				if _, ok := rows.appendLine(nil, texts); ok {
					drawn++
				}
			}
			lines++
		}
		rows.Row(nil, tw.Formatting{Row: tw.RowContext{Position: tw.Row, Widths: widths, Current: whole}})
		if got.String() != want.String() {
			t.Fatalf("cells %q in %v:\nrowRenderer %q\nBlueprint   %q", cellLines, widths, got.String(), want.String())
		}
	}
	// Most lines must be drawn by rowRenderer itself, or this test compares Blueprint with itself.
	if drawn < lines/4 {
		t.Errorf("rowRenderer drew %d lines of %d itself", drawn, lines)
	}
}

// BenchmarkTableRows writes a table of 1,024 rows (the sample report's, repeated), a part of
// a claim-dense article's table; bytes are those written.
func BenchmarkTableRows(b *testing.B) {
	var results []checks.Result
	for len(results) < 1024 {
		for _, s := range sample() {
			results = append(results, s.results...)
		}
	}
	results = results[:1024]
	article := extract.Article{ID: "dense.txt"}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		w, err := NewWriter("table", &buf, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := w.WriteArticle(article, results); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// wrapInWords is wrap as it was written first, word by word in strings: wrapWidest must
// make the same lines.
func wrapInWords(text string, width int) string {
	if width <= 0 {
		return text
	}
	var out []string
	for _, paragraph := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(paragraph) {
			for displayWidth(word) > width {
				if line != "" {
					out = append(out, line)
					line = ""
				}
				cut := cutAtWidth(word, width)
				if i := strings.LastIndexAny(word[:cut], "-/._"); i > 0 {
					cut = i + 1
				}
				out = append(out, word[:cut])
				word = word[cut:]
			}
			switch {
			case line == "":
				line = word
			case displayWidth(line)+1+displayWidth(word) <= width:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// TestWrapMakesTheLinesOfWrapInWords wraps random texts of words, spaces of every kind,
// line breaks, wide characters, marks and escape sequences (which a space may split) at
// widths from 0 to 30, and checks the widest line and oneLine too.
func TestWrapMakesTheLinesOfWrapInWords(t *testing.T) {
	pieces := []string{"a", "growth", "legislation.gov.uk/ukpga/2020/1", "3.6%", " ", " ", "  ", "\n", "\t", "\u00a0",
		"\u3000", "\u0085", "東京", "e\u0301", "\u0301", "\x1b[", "31m", "\x1b[0m", "é", "-", "_", "€"}
	rng := rand.New(rand.NewPCG(18, 4))
	for range 30000 {
		var text strings.Builder
		for range rng.IntN(12) {
			text.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := text.String()
		width := rng.IntN(31)
		got, widest := wrapWidest(s, width, '\n')
		if want := wrapInWords(s, width); got != want {
			t.Fatalf("wrap(%q, %d) = %q, want %q", s, width, got, want)
		}
		if broken, _ := wrapWidest(s, width, cellBreak); broken != strings.ReplaceAll(got, "\n", string(cellBreak)) {
			t.Fatalf("wrapWidest(%q, %d, cellBreak) = %q, not the lines of wrap", s, width, broken)
		}
		if want := widestLine(got); widest != want {
			t.Fatalf("wrapWidest(%q, %d) says its widest line is %d wide, not %d", s, width, widest, want)
		}
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTableCellsNeverHoldCellBreak: a NUL in an article's text is shown escaped in the
// table, in every column that shows text, in a wide table and with notes, so that no cell
// handed to tablewriter holds the byte that joins its lines.
func TestTableCellsNeverHoldCellBreak(t *testing.T) {
	a := extract.Article{ID: "nul\x00.txt"}
	results := []checks.Result{{
		Claim: extract.Claim{Quote: "grew\x003.6% in a quote long enough to wrap", Sentence: "It grew\x003.6%.", Value: 3.6,
			Unit: "percent", Indicator: "gdp_growth", Entity: "RUS\x00", Period: "2023", Kind: "actual", Source: "Ros\x00stat"},
		Verdict: checks.Consistent, RefValue: ptr(3.6), RefSource: "Rosstat\x00", RefRelease: "2024\x00",
		Explanation: "Per Rosstat\x00, it matches the claim's 3.6% in an explanation long enough to wrap.",
	}}
	for _, opts := range []Options{{Width: 120}, {Width: 60}, {Width: 120, NoVerdicts: true}} {
		got := renderArticles(t, "table", opts, []extract.Article{a}, [][]checks.Result{results})
		if strings.ContainsRune(got, cellBreak) || !strings.Contains(got, `\x00`) {
			t.Errorf("at %d columns, the table does not show the NUL escaped:\n%q", opts.Width, got)
		}
	}
}
