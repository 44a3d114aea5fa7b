package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/factcheck/factcheck/report"
)

// sizedWriter is standard output with the width a table written to it should fit.
type sizedWriter struct {
	io.Writer
	width int
}

// tableOut is standard output for a ref command's table: the table fits the terminal, or
// COLUMNS when set (which also serves a pipe into a pager), else 120 columns, as check's.
func tableOut(streams Streams) io.Writer {
	return sizedWriter{streams.Out, terminalWidth(streams)}
}

// terminalWidth is COLUMNS when set, else the width of the terminal standard output is, else
// 0 (unknown).
func terminalWidth(streams Streams) int {
	if columns, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && columns > 0 {
		return columns
	}
	return streams.OutWidth
}

// widthOf is the width a table written to w should fit; 0 when w does not say.
func widthOf(w io.Writer) int {
	if sized, ok := w.(sizedWriter); ok {
		return sized.width
	}
	return 0
}

// printFitted writes text to w wrapped to the width a table there fits, and a line end.
func printFitted(w io.Writer, text string) {
	fmt.Fprintln(w, report.WrapText(text, widthOf(w)))
}
