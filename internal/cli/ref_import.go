package cli

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/reference"
)

// refImportOptions are the flags of `ref import`.
type refImportOptions struct {
	File string
	reference.ImportOptions
	officeImportOptions
}

func newRefImportCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refImportOptions{}
	cmd := &cobra.Command{
		Use:   "import [flags] FILE",
		Short: "Import a file of official figures or events, all of it or nothing",
		Long: `Import reads one file into the reference table in a single transaction: a bad row (an
unknown entity or indicator, a value that is not a number, a bad date, a figure already in the
table from the same source and release date) rejects the whole file, names its line, and leaves
the table as it was. FILE - reads standard input.

Formats, detected from the header (--format forces one):
  wdi      World Bank WDI long CSV "Country Name,Country Code,Year,Value"; the file does not
           say what it holds, so --indicator, --source and --release are required.
  imf-weo  the IMF World Economic Outlook releases file
           "weo_vintage,ref_area,iso3,concept,year,value,last_actual": each weo_vintage is a
           release (dated by the WEO's publication day), years after last_actual are
           projections, NGDPD (US$ billions) is stored in dollars; IMF groups other than the
           World, the euro area and the EU are skipped and counted.
  long     factcheck's own CSV, as 'ref export' writes it:
           ` + strings.Join(reference.LongHeader, ",") + `
           entity, indicator, period and value are required; --source, --release, --label,
           --licence, --indicator and --basis fill empty or missing cells.
  events   ` + strings.Join(reference.EventsHeader, ",") + `
` + officeFormatsHelp + `

A release is never overwritten. --replace deletes the figures of every source and release
date the file names before adding the file's, in the same transaction.`,
		Example: `  factcheck ref import --db my.db weo_vintages_key.csv
  factcheck ref import --db my.db ny.gdp.mktp.kd.zg.csv --indicator gdp_growth \
      --source "World Bank WDI" --release 2026-07-01 --release-url https://data.worldbank.org/indicator/NY.GDP.MKTP.KD.ZG
  factcheck ref import --db my.db rosstat.csv --replace
  factcheck ref export --db old.db | factcheck ref import --db new.db -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runRefImport(cmd, global, opts, streams)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "", "file format: "+strings.Join(reference.ImportFormats, ", ")+" (default: from the header)")
	f.StringVar(&opts.Indicator, "indicator", "", "indicator of a WDI file (gdp_growth, inflation, unemployment_rate, population, gdp, ...)")
	f.StringVar(&opts.Basis, "basis", "", "basis of a WDI file's figures (default annual)")
	f.StringVar(&opts.Source, "source", "", `source name, as editors should read it ("World Bank WDI", "Rosstat")`)
	f.StringVar(&opts.Release, "release", "", "release date of the figures, YYYY-MM-DD: when they became public")
	f.StringVar(&opts.Label, "label", "", `what the release calls itself (default "SOURCE RELEASE")`)
	f.StringVar(&opts.ReleaseURL, "release-url", "", "where the release can be read")
	f.StringVar(&opts.Licence, "licence", "", "licence or terms of the source")
	f.BoolVar(&opts.Replace, "replace", false, "replace the releases the file names (same source and release date)")
	f.BoolVar(&opts.DryRun, "dry-run", false, "check the whole file and report, but change nothing")
	addOfficeImportFlags(f, &opts.officeImportOptions)
	return cmd
}

func runRefImport(cmd *cobra.Command, global *globalOptions, opts *refImportOptions, streams Streams) error {
	if isOfficeImport(opts) {
		return runOfficeImport(cmd, global, opts, streams)
	}
	if opts.Format != "" && !slices.Contains(reference.ImportFormats, opts.Format) {
		return usagef("--format %q is not one of %s", opts.Format, strings.Join(reference.ImportFormats, ", "))
	}
	if err := checkDateFlag("--release", opts.Release); err != nil {
		return err
	}
	in, name, closeInput, err := openImportInput(opts.File, streams.In)
	if err != nil {
		return err
	}
	defer closeInput()
	store, err := openRefStoreToWrite(cmd, global, streams.Err)
	if err != nil {
		return err
	}
	defer store.Close()
	summary, err := store.Import(context.Background(), name, in, opts.ImportOptions)
	if err != nil {
		return writeError(importError(err, opts), store)
	}
	writeImportSummary(streams.Out, name, summary, opts.DryRun)
	if global.DB == "" && !opts.DryRun {
		warnDefaultDB(streams.Err, store.Path())
	}
	return nil
}

// importError adds the hint a curator needs to the common failures.
func importError(err error, opts *refImportOptions) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "use --replace"):
		return hinted{err, "the release is in the table already; --replace replaces it, or give the new figures their own --release date"}
	case strings.Contains(msg, "unknown entity"):
		return hinted{err, "entities are ISO alpha-3 codes or World Bank aggregate codes; 'factcheck ref alias add' names one, data/lexicon/entities.csv lists them"}
	case strings.Contains(msg, "unknown indicator"):
		return hinted{err, "indicators are listed in data/reference/indicators.csv ('factcheck ref stats' shows those in use)"}
	case strings.Contains(msg, "does not say what it holds"):
		return usageError{hinted{err, "for example: --indicator gdp_growth --source \"World Bank WDI\" --release 2026-07-01"}}
	case strings.Contains(msg, "not of a known format"):
		return usageError{hinted{err, "see 'factcheck ref import --help' for the headers, or force one with --format; the files statistical offices publish (SDMX-CSV, Eurostat TSV, FRED, revision triangles, World Bank JSON) are read with --mapping FILE"}}
	}
	return err
}

func writeImportSummary(w io.Writer, name string, s reference.ImportSummary, dryRun bool) {
	verb := "imported"
	if dryRun {
		verb = "dry run, nothing written: would import"
	}
	fmt.Fprintf(w, "%s %s (format %s): %d rows read, %d figures added", verb, name, s.Format, s.Rows, s.Added)
	if s.Events > 0 {
		fmt.Fprintf(w, ", %d events added", s.Events)
	}
	if s.Merged > 0 {
		fmt.Fprintf(w, ", %d rows repeating a figure of the same release merged", s.Merged)
	}
	if s.Replaced > 0 {
		fmt.Fprintf(w, ", %d figures of replaced releases deleted", s.Replaced)
	}
	fmt.Fprintln(w)
	for _, skipped := range s.Skipped {
		fmt.Fprintf(w, "  skipped %d rows: %s\n", skipped.Count, skipped.Name)
	}
	for _, note := range s.Notes {
		fmt.Fprintf(w, "  note: %s\n", note)
	}
	for _, r := range s.Releases {
		fmt.Fprintf(w, "  %s %s %q: %d figures\n", r.Source, r.Release, r.Label, r.Count)
	}
}

// warnDefaultDB says that changes to the default database do not last.
func warnDefaultDB(w io.Writer, path string) {
	fmt.Fprintf(w, "factcheck: note: this changed the default database %s, which is rebuilt from the embedded data when factcheck's data changes; keep your changes in a database of your own (--db, or db in config.yaml)\n", path)
}

// checkDateFlag accepts an empty value or a date written YYYY-MM-DD, as the table stores it.
func checkDateFlag(flag, value string) error {
	if value == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, value); err != nil {
		return usagef("%s %q is not a date of the form YYYY-MM-DD", flag, value)
	}
	return nil
}
