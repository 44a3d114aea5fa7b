package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/factcheck/factcheck/internal/termsafe"
	"github.com/factcheck/factcheck/reference"
	"github.com/factcheck/factcheck/reference/importfmt"
)

// officeImportOptions are the flags of `ref import` for the files statistical offices
// publish, which a mapping file explains.
type officeImportOptions struct {
	Mapping string
	Series  string
}

const officeFormatsHelp = `  sdmx-csv, eurostat-tsv, fred-csv, fred-json, fred-xml, triangle, worldbank-json
           the files statistical offices publish (SDMX-CSV 1.0/2.0 of OECD, ECB, Eurostat,
           BIS, IMF; Eurostat TSV; FRED and ALFRED; revision triangles such as the
           Philadelphia Fed's; World Bank API JSON), read through --mapping FILE, which
           says what each series is (see README, "Following a series"). Only what
           changes the source's figures is stored: every vintage of an ALFRED file or a
           triangle is a release of its own; figures equal to the source's are left out.
           --release dates a file that carries no date; --source names the source
           (default: from the file: Eurostat, OECD, ECB, BIS, IMF, FRED, World Bank WDI).`

func addOfficeImportFlags(f *pflag.FlagSet, opts *officeImportOptions) {
	f.StringVar(&opts.Mapping, "mapping", "", "mapping file for the offices' formats (series code → entity, indicator, period, basis, unit, scale, derive)")
	f.StringVar(&opts.Series, "series", "", "series code of a file that names none (FRED JSON/XML, a reviser sheet; default: the file name)")
}

func isOfficeImport(opts *refImportOptions) bool {
	_, office := importfmt.ParseFormat(opts.Format)
	return opts.Mapping != "" || office
}

// sourceOfAgency names the table's source of a file's agency.
func sourceOfAgency(agency string) string {
	switch upper := strings.ToUpper(agency); {
	case upper == "ESTAT":
		return "Eurostat"
	case strings.HasPrefix(upper, "OECD"):
		return "OECD"
	case upper == "ECB", upper == "BIS", upper == "FRED":
		return upper
	case strings.HasPrefix(upper, "IMF"):
		return "IMF"
	case upper == "WORLD BANK":
		return "World Bank WDI"
	}
	return ""
}

func runOfficeImport(cmd *cobra.Command, global *globalOptions, opts *refImportOptions, streams Streams) error {
	format, ok := importfmt.ParseFormat(opts.Format)
	if opts.Format != "" && !ok {
		return usagef("--format %q is not one of the offices' formats (%s) that --mapping reads", opts.Format, officeFormatNames())
	}
	if opts.Replace {
		return usagef("--replace does not apply to the offices' formats: their releases are added by what they change, never replaced")
	}
	if err := checkDateFlag("--release", opts.Release); err != nil {
		return err
	}
	mapping, err := readMapping(opts.Mapping)
	if err != nil {
		return err
	}
	in, name, closeInput, err := openImportInput(opts.File, streams.In)
	if err != nil {
		return err
	}
	defer closeInput()
	ds, err := importfmt.Parse(name, bufio.NewReader(in), format, opts.Series)
	if err != nil {
		return usageError{fmt.Errorf("import %w", err)}
	}
	source := opts.Source
	if source == "" {
		source = sourceOfAgency(ds.Agency)
	}
	if source == "" {
		return usageError{hinted{fmt.Errorf("import %s: the file (%s) does not say whose it is", name, ds.Format),
			`give --source, e.g. --source "Philadelphia Fed RTDSM"`}}
	}
	batches, mapped, err := mapping.Batches(ds, importfmt.ReleaseInfo{Source: source, Licence: opts.Licence,
		Released: opts.Release, Label: opts.Label, URL: opts.ReleaseURL})
	if err != nil {
		if strings.Contains(err.Error(), "does not date its release") {
			return usageError{hinted{fmt.Errorf("import %s: %w", name, err), "give --release YYYY-MM-DD, the day the figures were published"}}
		}
		return usageError{fmt.Errorf("import %s: %w", name, err)}
	}
	store, err := openRefStoreToWrite(cmd, global, streams.Err)
	if err != nil {
		return err
	}
	defer store.Close()
	summary, err := store.ApplyReleases(context.Background(), batches, opts.DryRun)
	if err != nil {
		return writeError(importError(fmt.Errorf("import %s: %w", name, err), opts), store)
	}
	writeOfficeImportSummary(streams.Out, name, ds, mapped, summary, opts.DryRun)
	if global.DB == "" && !opts.DryRun && len(summary.Changes) > 0 {
		warnDefaultDB(streams.Err, store.Path())
	}
	return nil
}

func writeOfficeImportSummary(w io.Writer, name string, ds importfmt.Dataset, mapped importfmt.MapSummary, s reference.ApplySummary, dryRun bool) {
	verb := "imported"
	if dryRun {
		verb = "dry run, nothing written: would import"
	}
	added, revised := 0, 0
	for _, c := range s.Changes {
		if c.Revised {
			revised++
		} else {
			added++
		}
	}
	fmt.Fprintf(w, "%s %s (format %s, %d vintages): %d figures mapped, %d new, %d revisions, %d unchanged\n",
		verb, termsafe.Line(name), ds.Format, len(ds.Vintages), mapped.Figures, added, revised, s.Unchanged)
	if mapped.Missing > 0 {
		fmt.Fprintf(w, "  %d cells with no value\n", mapped.Missing)
	}
	if mapped.Gaps > 0 {
		fmt.Fprintf(w, "  %d growth rates not derived for want of the earlier period\n", mapped.Gaps)
	}
	unmapped := make([]string, 0, len(mapped.Unmapped))
	for code := range mapped.Unmapped {
		unmapped = append(unmapped, code)
	}
	sort.Strings(unmapped)
	if len(unmapped) > 0 {
		shown := unmapped[:min(len(unmapped), 5)]
		more := ""
		if len(unmapped) > len(shown) {
			more = fmt.Sprintf(" and %d more", len(unmapped)-len(shown))
		}
		fmt.Fprintf(w, "  %d series not in the mapping: %s%s\n", len(unmapped), termsafe.Line(strings.Join(shown, ", ")), more)
	}
	for _, skipped := range s.Skipped {
		fmt.Fprintf(w, "  skipped %d figures: %s\n", skipped.Count, termsafe.Line(skipped.Name))
	}
	for _, r := range s.Releases {
		fmt.Fprintf(w, "  %s %s %q: %d figures\n", termsafe.Line(r.Source), r.Release, termsafe.Line(r.Label), r.Count)
	}
}

func officeFormatNames() string {
	names := make([]string, len(importfmt.Formats))
	for i, f := range importfmt.Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// openImportInput opens the file an import reads, or standard input for "-"; a file that
// does not exist is a usage error.
func openImportInput(path string, stdin io.Reader) (io.Reader, string, func(), error) {
	if path == "-" {
		return stdin, "standard input", func() {}, nil
	}
	file, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "", nil, usagef("%s: %v", display(path), unwrapPathErr(err))
		}
		return nil, "", nil, fmt.Errorf("%s: %w", display(path), unwrapPathErr(err))
	}
	return file, path, func() { file.Close() }, nil
}
