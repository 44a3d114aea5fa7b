package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// A column of a fitted table is wrapped no narrower than its longest word (up to
// longestUnbrokenWord: a URL is cut), and a column of text no narrower than readableColumn
// unless its content is: dates, numbers and codes stay whole, and text is not read a word
// a line.
const (
	longestUnbrokenWord = 24
	readableColumn      = 14
)

// WriteFittedTable writes rows under header as a box table at most width terminal columns
// wide (120 when width is 0 or less): the widest columns are wrapped first, at spaces,
// never narrower than their longest word; when even that is too wide, columns are left out,
// those named in dropFirst first (in its order), then from the right, and a line under the
// table names them. Header names are written in capitals with spaces for underscores.
// Cells must be safe for a terminal already.
func WriteFittedTable(w io.Writer, header []string, rows [][]string, width int, dropFirst ...string) error {
	if width <= 0 {
		width = defaultWidth
	}
	keep := make([]int, len(header)) // the indexes of the columns shown
	for j := range keep {
		keep[j] = j
	}
	titlesOf := func(keep []int) []string {
		titles := make([]string, len(keep))
		for i, j := range keep {
			titles[i] = strings.ToUpper(strings.ReplaceAll(header[j], "_", " "))
		}
		return titles
	}
	cellsOf := func(keep []int) [][]string {
		cells := make([][]string, len(rows))
		for r, row := range rows {
			cells[r] = make([]string, len(keep))
			for i, j := range keep {
				if j < len(row) {
					cells[r][i] = row[j]
				}
			}
		}
		return cells
	}
	var dropped []string
	titles, cells := titlesOf(keep), cellsOf(keep)
	widths := fitWidths(titles, cells, width)
	for widths == nil && len(keep) > 1 {
		gone := len(keep) - 1
		for _, name := range dropFirst {
			if i := slices.IndexFunc(keep, func(j int) bool { return header[j] == name }); i >= 0 {
				gone = i
				break
			}
		}
		dropped = append(dropped, header[keep[gone]])
		keep = slices.Delete(keep, gone, gone+1)
		titles, cells = titlesOf(keep), cellsOf(keep)
		widths = fitWidths(titles, cells, width)
	}
	if widths == nil {
		widths = naturalCellWidths(titles, cells)
	}
	kept := len(keep)
	table := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithRowAlignment(tw.AlignLeft),
	)
	head := make([]any, kept)
	for j := range kept {
		head[j] = wrap(titles[j], widths[j])
	}
	table.Header(head...)
	for _, row := range cells {
		for j := range row {
			row[j] = wrap(row[j], widths[j])
		}
		if err := table.Append(row); err != nil {
			return err
		}
	}
	if err := table.Render(); err != nil {
		return err
	}
	if len(dropped) > 0 {
		note := fmt.Sprintf("Left out at %d columns: %s (a wider terminal, or --format csv or jsonl, shows them).",
			width, strings.Join(dropped, ", "))
		if _, err := fmt.Fprintln(w, wrap(note, width)); err != nil {
			return err
		}
	}
	return nil
}

// fitWidths returns the width of each column's content so that the table fits in total
// columns, taking from the widest columns first, or nil when it cannot fit.
func fitWidths(titles []string, rows [][]string, total int) []int {
	widths := naturalCellWidths(titles, rows)
	floors := make([]int, len(titles))
	for j, title := range titles {
		longestWord, text := 0, false
		for _, row := range rows {
			for i, word := range strings.Fields(row[j]) {
				longestWord = max(longestWord, displayWidth(word))
				text = text || i > 0
			}
		}
		floors[j] = min(longestWord, longestUnbrokenWord)
		if text {
			floors[j] = max(floors[j], min(widths[j], readableColumn))
		}
		for _, word := range strings.Fields(title) {
			floors[j] = max(floors[j], displayWidth(word))
		}
	}
	// Each column costs its content plus a space either side and one border.
	excess := -(total - 3*len(titles) - 1)
	for _, w := range widths {
		excess += w
	}
	for ; excess > 0; excess-- {
		widest := -1
		for j := range widths {
			if widths[j] > floors[j] && (widest < 0 || widths[j]-floors[j] > widths[widest]-floors[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			return nil
		}
		widths[widest]--
	}
	return widths
}

// naturalCellWidths is the width of each column's widest line, title included.
func naturalCellWidths(titles []string, rows [][]string) []int {
	widths := make([]int, len(titles))
	for j, title := range titles {
		widths[j] = displayWidth(title)
	}
	for _, row := range rows {
		for j := range row {
			for _, line := range strings.Split(row[j], "\n") {
				widths[j] = max(widths[j], displayWidth(line))
			}
		}
	}
	return widths
}

// WrapText breaks text into lines of at most width terminal columns (120 when width is 0 or
// less) at spaces, as the tables wrap their cells; line breaks in text are kept.
func WrapText(text string, width int) string {
	if width <= 0 {
		width = defaultWidth
	}
	return wrap(text, width)
}
