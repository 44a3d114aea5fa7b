package cli

import (
	"fmt"
	"io"

	"github.com/olekukonko/tablewriter"
)

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
		fmt.Fprintf(w, "failed: %s\n", f)
	}
	return nil
}
