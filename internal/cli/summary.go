package cli

import (
	"fmt"
	"io"

	"github.com/olekukonko/tablewriter"

	"github.com/factcheck/factcheck/internal/termsafe"
)

// escapeCells escapes the cells of a table row for the terminal: they come from the
// database and the articles, where anything may have been written.
func escapeCells(row []string) []string {
	out := make([]string, len(row))
	for i, cell := range row {
		out[i] = termsafe.Line(cell)
	}
	return out
}

// renderSummary prints the batch summary as a two-column table, then the inputs that failed.
func renderSummary(w io.Writer, rows [][]string, failures []string) error {
	fmt.Fprintln(w, "Summary")
	t := tablewriter.NewTable(w)
	t.Header("", "count")
	for _, r := range rows {
		if err := t.Append(r[0], r[1]); err != nil {
			return err
		}
	}
	if err := t.Render(); err != nil {
		return err
	}
	for _, f := range failures {
		fmt.Fprintf(w, "failed: %s\n", termsafe.Line(f))
	}
	return nil
}
