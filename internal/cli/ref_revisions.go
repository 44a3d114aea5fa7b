package cli

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/reference"
)

// revisionCacheDir is where measured revisions are kept between runs, by the fingerprint of
// the data they were measured on: $XDG_CACHE_HOME/factcheck or ~/.cache/factcheck; "" (no
// cache) when neither can be found.
func revisionCacheDir() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "factcheck")
}

// measuredRevisions gives the judge the revisions measured on the store, measured (or read
// from the cache) only when a claim first needs a margin.
func measuredRevisions(store *reference.Store) checks.RevisionSource {
	return checks.LazyRevisions(func() (reference.Revisions, error) {
		return store.CachedRevisions(revisionCacheDir())
	})
}

// refRevisionsOptions are the flags of `ref revisions`.
type refRevisionsOptions struct {
	Indicator string
	Format    string
}

func newRefRevisionsCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refRevisionsOptions{}
	cmd := &cobra.Command{
		Use:   "revisions [flags]",
		Short: "Show how far the table's figures moved between releases, by indicator and age",
		Long: `For every source with several releases (the WDI editions, IMF WEO vintages, a statistics
office's estimates), each figure is compared between every earlier release that held it and
the source's latest release: how far it moved (percentage points for rates, percent of the
figure for levels), by how old the figure was when the earlier release appeared (from the end
of its period). The percentiles of these moves, per indicator and age, are what check uses as
the margin within which an article older than the table's releases may have quoted the figure
of its day: the percentile set by tolerance.revision_percentile, of the claim's age and every
older one, and never less than tolerance.revision_margin (the margin column).

The measurement is cached by the fingerprint of the data ($XDG_CACHE_HOME/factcheck).`,
		Example: `  factcheck ref revisions --indicator gdp_growth
  factcheck ref revisions --format csv > revisions.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRefRevisions(cmd, global, opts, streams)
		},
	}
	cmd.Flags().StringVar(&opts.Indicator, "indicator", "", "only this indicator (gdp_growth, inflation, ...)")
	addListFormatFlag(cmd, &opts.Format)
	return cmd
}

func runRefRevisions(cmd *cobra.Command, global *globalOptions, opts *refRevisionsOptions, streams Streams) error {
	if err := checkListFormat(opts.Format); err != nil {
		return err
	}
	cfg, err := refConfig(cmd, global)
	if err != nil {
		return err
	}
	store, err := openStoreWith(global.DB, cfg, storeAccess{readOnly: true})
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.Indicator != "" {
		if err := store.CheckIndicator(opts.Indicator); err != nil {
			return usageError{fmt.Errorf("--indicator: %w", err)}
		}
	}
	revisions, err := store.CachedRevisions(revisionCacheDir())
	if err != nil {
		return fmt.Errorf("ref revisions: %w", err)
	}
	pct := cfg.RevisionPct
	pctName := "p" + strconv.FormatFloat(pct, 'f', -1, 64)
	header := []string{"indicator", "age", "unit", "figures", "revised", "median", "p90", pctName, "p99", "max", "margin", "sources"}
	var rows [][]string
	for _, c := range revisions.Cells {
		if opts.Indicator != "" && c.Indicator != opts.Indicator {
			continue
		}
		margin := cfg.RevisionMargin
		if _, measured, ok := checks.MeasuredMargin(revisions, c.Indicator, c.Age, pct); ok && measured > margin {
			margin = measured
		}
		rows = append(rows, []string{c.Indicator, c.Age, c.Unit, strconv.Itoa(c.Figures), strconv.Itoa(c.Revised),
			move(c.Percentile(50)), move(c.Percentile(90)), move(c.Percentile(pct)), move(c.Percentile(99)),
			move(c.Percentile(100)), move(margin), strings.Join(c.Sources, "; ")})
	}
	if len(rows) == 0 {
		what := "any indicator"
		if opts.Indicator != "" {
			what = opts.Indicator
		}
		fmt.Fprintf(streams.Err, "factcheck: no source of %s has two releases to compare in %s\n", what, display(store.Path()))
		return nil
	}
	// On a narrow terminal the percentiles around the one that sets the margin go first.
	if err := writeRows(tableOut(streams), opts.Format, header, rows, "unit", "p90", "p99", "max", "revised"); err != nil {
		return err
	}
	if opts.Format == "table" {
		out := tableOut(streams)
		printFitted(out, "Moves from each earlier release to the latest; age: of the figure when the earlier release appeared.")
		printFitted(out, fmt.Sprintf("margin: what check allows a claim of this age in an article older than the releases: the largest %s "+
			"(tolerance.revision_percentile) of this age and older ones with at least 30 figures, and at least "+
			"tolerance.revision_margin (%s).", pctName, move(cfg.RevisionMargin)))
	}
	return nil
}

// move prints a measured move with at most two decimals, as the table's figures are read.
// Rounding goes through float64, not int64: a level revised from next to nothing (a country's
// FDI of a few dollars) moves by more percent than an int64 holds, and printed negative.
func move(x float64) string {
	return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
}
