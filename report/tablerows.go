package report

import (
	"io"
	"strings"

	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// rowRenderer is tablewriter's own renderer (Blueprint), except that it draws the lines of
// rows itself when they are the plain lines of this report's tables: every column drawn,
// left-aligned between single spaces, no merged cells, no cell wider than its column. Such
// a line is the one Blueprint would draw, byte for byte; any other line is left to Blueprint.
// Blueprint formats every cell of every line through several strings, each measured through
// a locked cache, and a claim-dense article's table is a line of six cells for every few
// words of text (1 MB of figures and years: 28,000 rows, 260,000 lines).
//
// It also takes a row of several lines whole: cells whose lines are joined by cellBreak
// rather than line breaks. tablewriter cuts a row at its cells' line breaks and, for every
// line, builds and keeps maps of what each cell holds, above, here and below, to draw
// merged cells; handed a row whole, it builds them once a row, and the lines drawn from it
// are those it would have drawn, line by line (the cells' lines side by side, a cell out of
// lines blank).
type rowRenderer struct {
	*renderer.Blueprint
	w     io.Writer
	line  []byte   // the line being drawn, kept for the next
	texts []string // the text of each cell on that line
	rest  []string // the lines of each cell after it

	// The row's columns and borders, as plainColumns found them.
	widths      []int
	separator   string
	left, right bool
	between     bool
}

// cellBreak joins the lines of a cell of a row that rowRenderer takes whole. The cells of
// the terminal table are escaped (termsafe), so no text of theirs holds it.
const cellBreak = '\x00'

func newRowRenderer() *rowRenderer {
	return &rowRenderer{Blueprint: renderer.NewBlueprint()}
}

func (r *rowRenderer) Start(w io.Writer) error {
	r.w = w
	return r.Blueprint.Start(w)
}

// Row draws the lines of a row, as Blueprint.Row would draw each.
func (r *rowRenderer) Row(row []string, ctx tw.Formatting) {
	columns := 0
	for j := range ctx.Row.Current {
		columns = max(columns, j+1)
	}
	r.rest = r.rest[:0]
	for j := range columns {
		r.rest = append(r.rest, ctx.Row.Current[j].Data)
	}
	plain := r.plainColumns(ctx, columns)
	for more := true; more; {
		more = false
		r.texts = r.texts[:0]
		for j, rest := range r.rest {
			text, after, cut := strings.Cut(rest, string(cellBreak))
			r.texts = append(r.texts, text)
			r.rest[j] = after
			more = more || cut
		}
		if plain {
			if line, ok := r.appendLine(r.line[:0], r.texts); ok {
				r.line = line[:0]
				r.w.Write(line) // Blueprint, too, leaves write errors to the writer
				continue
			}
		}
		r.Blueprint.Row(r.texts, lineContext(ctx, r.texts))
	}
}

// lineContext is ctx with the cells holding texts, the line of a row Blueprint is to draw.
func lineContext(ctx tw.Formatting, texts []string) tw.Formatting {
	current := make(map[int]tw.CellContext, len(ctx.Row.Current))
	for j, cell := range ctx.Row.Current {
		if j >= 0 && j < len(texts) {
			cell.Data = texts[j]
		}
		current[j] = cell
	}
	ctx.Row.Current = current
	return ctx
}

// plainColumns reports whether the row ctx describes, of so many columns, is one whose lines
// appendLine may draw: every column has a width and a cell, left-aligned between single
// spaces, merged with none. It keeps the widths and what the borders are for appendLine.
func (r *rowRenderer) plainColumns(ctx tw.Formatting, columns int) bool {
	if columns == 0 || ctx.Row.Widths.Len() != columns {
		return false
	}
	r.widths = r.widths[:0]
	for j := range columns {
		width, ok := ctx.Row.Widths.OK(j)
		cell, present := ctx.Row.Current[j]
		if !ok || !present || width <= 0 || cell.Merge != (tw.MergeState{}) || cell.Align != tw.AlignLeft ||
			cell.Padding.Left != tw.Space || cell.Padding.Right != tw.Space {
			return false
		}
		r.widths = append(r.widths, width)
	}
	cfg := r.Config()
	r.separator = cfg.Symbols.Column()
	r.left, r.right = cfg.Borders.Left.Enabled(), cfg.Borders.Right.Enabled()
	r.between = cfg.Settings.Separators.BetweenColumns.Enabled()
	return true
}

// appendLine appends a line of the row plainColumns approved, its cells holding texts, as
// Blueprint's renderLine and formatCell draw it: the left border, then each cell as a space,
// its text and spaces up to its column's width, after a column separator, then the right
// border. It reports false, having appended part of it, when a text is too wide for its
// column (Blueprint cuts it).
func (r *rowRenderer) appendLine(line []byte, texts []string) ([]byte, bool) {
	if r.left {
		line = append(line, r.separator...)
	}
	for j, text := range texts {
		width := r.widths[j]
		textWidth := displayWidth(text)
		if textWidth > width-2 {
			return line, false
		}
		if j > 0 && r.between {
			line = append(line, r.separator...)
		}
		// Blueprint measures the cell it made once more, to pad or cut it to the width: a
		// width is the sum of its characters' once escape sequences are taken out, and none
		// starts at a space or ends in spaces, so it is the width already.
		line = append(line, ' ')
		line = append(line, text...)
		line = appendSpaces(line, width-1-textWidth)
	}
	if r.right {
		line = append(line, r.separator...)
	}
	return append(line, '\n'), true
}

const spaces = "                                                                "

// appendSpaces appends n spaces.
func appendSpaces(b []byte, n int) []byte {
	for ; n > len(spaces); n -= len(spaces) {
		b = append(b, spaces...)
	}
	return append(b, spaces[:n]...)
}

// printableASCII tells whether every byte of s is printable ASCII, a column each.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}
