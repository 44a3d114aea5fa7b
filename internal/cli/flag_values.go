package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/internal/suggest"
)

// verdictList reads the verdicts of --fail-on or --only as a person types them: in any case,
// with spaces after the commas ("inconsistent, outdated"), and with - or a space for _
// ("no-reference"). An unknown one is a usage error that names the flag and the nearest
// verdict.
func verdictList(flag string, typed []string) ([]string, error) {
	verdicts := make([]string, 0, len(typed))
	for _, v := range typed {
		name := strings.ToLower(strings.TrimSpace(v))
		name = strings.NewReplacer("-", "_", " ", "_").Replace(name)
		if name == "" {
			continue
		}
		if !slices.Contains(verdictNames, name) {
			return nil, usagef("--%s: unknown verdict %q%s; the verdicts are %s", flag, display(strings.TrimSpace(v)),
				didYouMeanQuoted(name, verdictNames), strings.Join(verdictNames, ", "))
		}
		if !slices.Contains(verdicts, name) {
			verdicts = append(verdicts, name)
		}
	}
	return verdicts, nil
}

// unknownFormat is the error of a --format that names none of formats, with the nearest.
func unknownFormat(typed string, formats []string) error {
	return usagef("--format %q: unknown format%s; the formats are %s", display(typed),
		didYouMeanQuoted(typed, formats), strings.Join(formats, ", "))
}

// didYouMeanQuoted is suggest.DidYouMean with each name in quotes, as values are written.
func didYouMeanQuoted(typed string, names []string) string {
	near := suggest.Nearest(typed, names)
	for i, n := range near {
		near[i] = strconv.Quote(n)
	}
	return suggest.DidYouMean("", near)
}

// outputPathError says what is wrong with a report file named with -o before anything is
// read or written: a folder given where a file is wanted, or a file in a folder that does
// not exist. nil when the path may be written (or is standard output).
func outputPathError(path string) error {
	if path == "" || path == "-" {
		return nil
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return hinted{usagef("-o %s is a folder", display(path)),
			"name the report file itself, e.g. -o " + display(filepath.Join(path, "review.csv"))}
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return hinted{usagef("-o %s: the folder %s does not exist", display(path), display(dir)), "create the folder first, or write the report elsewhere"}
	case err == nil && !info.IsDir():
		return usagef("-o %s: %s is not a folder", display(path), display(dir))
	}
	return nil
}

// noteHiddenFailOn says on stderr which rows made --fail-on match when --only left them
// out of the report: an exit code of 1 over a report that shows nothing wrong would send
// the reader looking for a fault that is not in it.
func noteHiddenFailOn(w io.Writer, hidden map[string]int) {
	var parts []string
	for _, v := range verdictNames {
		if n := hidden[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	if len(parts) == 0 {
		return
	}
	fmt.Fprintf(w, "factcheck: note: --fail-on matched rows that --only left out of the report (%s)\n", strings.Join(parts, ", "))
}
