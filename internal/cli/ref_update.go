package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/internal/termsafe"
	"github.com/factcheck/factcheck/reference"
	"github.com/factcheck/factcheck/reference/importfmt"
	refupdate "github.com/factcheck/factcheck/reference/update"
)

// refUpdateOptions are the flags of `ref update`.
type refUpdateOptions struct {
	Series  []string // overrides update.series
	Mapping string   // overrides update.mapping
	DryRun  bool
	Format  string // of the list of changes: table, csv or jsonl
	Quiet   bool
}

func newRefUpdateCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refUpdateOptions{}
	cmd := &cobra.Command{
		Use:   "update [flags]",
		Short: "Fetch the followed series from their sources and store what changed as new releases",
		Long: `Update fetches every series that config.yaml's update.series lists (or --series names)
from its source — the World Bank API, FRED/ALFRED, or an SDMX endpoint (Eurostat, OECD,
ECB, BIS, IMF) — reads it through the mapping file (update.mapping, or --mapping), and stores
what changed as a new release of the source, dated by the source (World Bank lastupdated,
each ALFRED realtime_start, Eurostat LAST UPDATE, Last-Modified) or else by today. Figures
equal to the source's latest are left out; a release is never overwritten.

Every series is fetched with a timeout and retries (backoff, Retry-After honoured); a series
that fails is reported on one line and the others are still stored, all in one transaction;
the exit code is then 2. A malformed response stores nothing of its series.
--dry-run prints the new figures and revisions (old and new values) and writes nothing.

The FRED API key is read from the environment variable update.fred_api_key_env names
(FRED_API_KEY by default).`,
		Example: `  factcheck ref update --db my.db --dry-run
  factcheck ref update --db my.db --series fred:GDPC1 --mapping follow.csv
  FACTCHECK_UPDATE_URLS_ECB=http://localhost:8080 factcheck ref update --db my.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRefUpdate(cmd, global, opts, streams)
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&opts.Series, "series", nil, "series to fetch, PROVIDER:QUERY (repeatable; default update.series of config.yaml)")
	f.StringVar(&opts.Mapping, "mapping", "", "mapping file (default update.mapping of config.yaml)")
	f.BoolVar(&opts.DryRun, "dry-run", false, "print what would change, write nothing")
	addListFormatFlag(cmd, &opts.Format)
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

func runRefUpdate(cmd *cobra.Command, global *globalOptions, opts *refUpdateOptions, streams Streams) error {
	if err := checkListFormat(opts.Format); err != nil {
		return err
	}
	cfg, err := refConfig(cmd, global)
	if err != nil {
		return err
	}
	specs := cfg.Update.Series
	if len(opts.Series) > 0 {
		specs = opts.Series
	}
	if len(specs) == 0 {
		return usageError{hinted{errors.New("ref update: no series to follow"),
			"list them under update.series in config.yaml, or give --series fred:GDPC1 (see 'factcheck ref update --help')"}}
	}
	var series []refupdate.Series
	for _, spec := range specs {
		s, err := refupdate.ParseSeries(spec)
		if err != nil {
			return usagef("ref update: %v", err)
		}
		series = append(series, s)
	}
	mappingPath := cfg.Update.Mapping
	if opts.Mapping != "" {
		mappingPath = opts.Mapping
	}
	mapping, err := readMapping(mappingPath)
	if err != nil {
		return err
	}
	fetcher := refupdate.New(updateOptions(cfg, mapping))

	store, err := openRefStoreToWrite(cmd, global, streams.Err)
	if err != nil {
		return err
	}
	defer store.Close()

	bar := newCountBar(streams, len(series), "fetching", opts.Quiet)
	var results []refupdate.Result
	failed := 0
	for _, s := range series {
		if bar != nil {
			bar.Describe(termsafe.Line(s.Spec))
		}
		result := fetcher.Fetch(cmd.Context(), s)
		if bar != nil {
			bar.Add(1)
		}
		if result.Err != nil {
			if bar != nil {
				bar.Clear()
			}
			printError(streams.Err, result.Err)
			failed++
			continue
		}
		results = append(results, result)
	}
	if bar != nil {
		bar.Finish()
		bar.Clear()
	}
	summary, applied, storeFailures, err := applyResults(cmd.Context(), store, results, opts.DryRun, streams.Err)
	if err != nil {
		return writeError(fmt.Errorf("ref update: %w", err), store)
	}
	failed += storeFailures
	if err := writeChanges(tableOut(streams), opts.Format, summary, opts.DryRun, applied); err != nil {
		return err
	}
	if global.DB == "" && !opts.DryRun && len(summary.Changes) > 0 {
		warnDefaultDB(streams.Err, store.Path())
	}
	if failed > 0 {
		fmt.Fprintf(streams.Err, "factcheck: %d of %d series failed; the others were %s\n", failed, len(series),
			map[bool]string{true: "checked", false: "updated"}[opts.DryRun])
		return exitError{ExitUsage}
	}
	return nil
}

// updateOptions are the fetcher's options from the configuration.
func updateOptions(cfg config.Config, mapping *importfmt.Mapping) refupdate.Options {
	opts := refupdate.Options{
		URLs:    cfg.Update.URLs,
		Timeout: time.Duration(cfg.Update.TimeoutSeconds * float64(time.Second)),
		Retries: cfg.Update.Retries,
		Mapping: mapping,
	}
	if cfg.Update.FREDAPIKeyEnv != "" {
		opts.FREDAPIKey = strings.TrimSpace(os.Getenv(cfg.Update.FREDAPIKeyEnv))
	}
	return opts
}

// readMapping reads the mapping file a curator keeps.
func readMapping(path string) (*importfmt.Mapping, error) {
	if path == "" {
		return nil, usageError{hinted{errors.New("no mapping file says what the series are"),
			"give --mapping FILE, or set update.mapping in config.yaml (see README, \"Following a series\")"}}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, usagef("mapping: %v", err)
	}
	defer f.Close()
	m, err := importfmt.ReadMapping(path, f)
	if err != nil {
		return nil, usageError{err}
	}
	return m, nil
}

// applyResults stores the batches of every fetched series in one transaction. A series
// whose figures the table refuses (an unknown indicator, a unit unlike the indicator's, a
// figure that would overwrite a release) is reported and left out, and the others are
// applied again without it. It returns the summary, the series applied and how many failed.
func applyResults(ctx context.Context, store *reference.Store, results []refupdate.Result, dryRun bool, stderr io.Writer) (reference.ApplySummary, []string, int, error) {
	failed := 0
	for {
		var batches []reference.ReleaseBatch
		var owner []int
		var applied []string
		for i, r := range results {
			applied = append(applied, r.Series.Spec)
			for _, b := range r.Batches {
				batches = append(batches, b)
				owner = append(owner, i)
			}
		}
		summary, err := store.ApplyReleases(ctx, batches, dryRun)
		var batchErr *reference.BatchError
		if !errors.As(err, &batchErr) {
			return summary, applied, failed, err
		}
		bad := owner[batchErr.Batch]
		printError(stderr, fmt.Errorf("%s: %w", results[bad].Series.Spec, batchErr.Err))
		failed++
		results = append(results[:bad:bad], results[bad+1:]...)
	}
}

// changeHeader are the columns of the list of changes.
var changeHeader = []string{"change", "source", "release", "entity", "indicator", "period", "basis", "kind", "old", "new", "old_release", "note"}

// writeChanges lists the new figures and revisions, then a summary line.
func writeChanges(w io.Writer, format string, s reference.ApplySummary, dryRun bool, series []string) error {
	var rows [][]string
	added, revised := 0, 0
	for _, c := range s.Changes {
		change, old, oldRelease := "new", "", ""
		if c.Revised {
			change, old, oldRelease = "revised", formatValue(c.Old), c.OldReleased+" "+c.OldLabel
			revised++
		} else {
			added++
		}
		rows = append(rows, []string{change, c.Source, c.Released, c.Entity, c.Indicator, c.Period, c.Basis, c.Kind,
			old, formatValue(c.Value), oldRelease, c.Note})
	}
	if len(rows) > 0 || format != "table" {
		if err := writeRows(w, format, changeHeader, rows); err != nil {
			return err
		}
	}
	if format != "table" {
		return nil
	}
	verb := "stored"
	if dryRun {
		verb = "dry run, nothing written: would store"
	}
	fmt.Fprintf(w, "%s %d new figures and %d revisions from %d series; %d figures unchanged\n", verb, added, revised, len(series), s.Unchanged)
	for _, skipped := range s.Skipped {
		fmt.Fprintf(w, "  skipped %d figures: %s\n", skipped.Count, termsafe.Line(skipped.Name))
	}
	for _, r := range s.Releases {
		fmt.Fprintf(w, "  %s %s %q: %d figures\n", termsafe.Line(r.Source), r.Release, termsafe.Line(r.Label), r.Count)
	}
	return nil
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// newCountBar draws a bar of n steps on a terminal's stderr, or returns nil.
func newCountBar(streams Streams, n int, description string, quiet bool) *progressbar.ProgressBar {
	if quiet || !streams.ErrIsTTY || streams.Err == nil {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(streams.Err),
		progressbar.OptionSetDescription(description),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(progressRefresh),
	)
}
