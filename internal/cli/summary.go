package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

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

// reasonRows are the summary's rows under a verdict: how many of its rows had each reason,
// most frequent first ("no_reference: cited source not in the table").
func reasonRows(reasons map[string]int, verdict string) [][]string {
	type counted struct {
		reason string
		n      int
	}
	var list []counted
	for key, n := range reasons {
		if v, reason, ok := strings.Cut(key, "\x00"); ok && v == verdict {
			list = append(list, counted{reason, n})
		}
	}
	sort.Slice(list, func(a, b int) bool {
		if list[a].n != list[b].n {
			return list[a].n > list[b].n
		}
		return list[a].reason < list[b].reason
	})
	rows := make([][]string, len(list))
	for i, c := range list {
		rows[i] = []string{verdict + ": " + c.reason, fmt.Sprint(c.n)}
	}
	return rows
}

// undatedRow says how many articles had no publication date, when some had none: their
// claims were judged with the figures known today.
func undatedRow(undated int) [][]string {
	if undated == 0 {
		return nil
	}
	return [][]string{{"articles with no date (judged as of today)", fmt.Sprint(undated)}}
}
