package cli

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/report"

	"github.com/factcheck/factcheck/internal/termsafe"
	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/reference"
)

func newRefCmd(global *globalOptions, streams Streams) *cobra.Command {
	ref := &cobra.Command{
		Use:   "ref",
		Short: "Inspect and curate the reference table",
		Long: `The ref commands show and change the reference table that claims are checked against:
official figures, each with its source and release (vintage), and dated sanctions events.
Every release is kept: a new release never overwrites an earlier one, so that an article can
be judged against what was known when it was written.

Without --db they use the default database, which factcheck builds from its embedded data
and rebuilds when that data changes; keep your own imports in a database of your own
(--db PATH, or the db key of config.yaml), created with 'factcheck ref init --db PATH'.`,
	}
	ref.AddCommand(
		newRefStatsCmd(global, streams),
		newRefInitCmd(global, streams),
		newRefImportCmd(global, streams),
		newRefAddCmd(global, streams),
		newRefListCmd(global, streams),
		newRefShowCmd(global, streams),
		newRefExportCmd(global, streams),
		newRefSourcesCmd(global, streams),
		newRefAliasCmd(global, streams),
		newRefUpdateCmd(global, streams), newRefDiffCmd(global, streams),
		newRefRevisionsCmd(global, streams),
	)
	refuseUnknownSubcommands(ref)
	return ref
}

// refConfig loads the configuration of a ref command. Only the root's flags (--db, --config)
// go to it: a ref command's --format names a file or listing format, not the report format
// of the config's format key.
func refConfig(cmd *cobra.Command, global *globalOptions) (config.Config, error) {
	cfg, err := config.Load(global.ConfigPath, cmd.InheritedFlags())
	if err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

// openRefStore opens the database of a ref command that only reads.
func openRefStore(cmd *cobra.Command, global *globalOptions) (*reference.Store, error) {
	cfg, err := refConfig(cmd, global)
	if err != nil {
		return nil, err
	}
	return openStoreWith(global.DB, cfg, storeAccess{readOnly: true})
}

// openRefStoreToWrite opens the database of a ref command that writes; a wait for another
// process's write is announced on stderr.
func openRefStoreToWrite(cmd *cobra.Command, global *globalOptions, stderr io.Writer) (*reference.Store, error) {
	cfg, err := refConfig(cmd, global)
	if err != nil {
		return nil, err
	}
	return openStoreWith(global.DB, cfg, storeAccess{waitNotes: stderr})
}

func newRefStatsCmd(global *globalOptions, streams Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "Count what the reference table holds, by source, release and indicator",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openRefStore(cmd, global)
			if err != nil {
				return err
			}
			defer store.Close()
			st, err := store.Stats()
			if err != nil {
				return fmt.Errorf("ref stats: %w", err)
			}
			return writeStats(tableOut(streams), store.Path(), st)
		},
	}
}

func writeStats(w io.Writer, path string, st reference.Stats) error {
	printFitted(w, fmt.Sprintf("Reference database %s (schema version %d)", termsafe.Line(path), st.SchemaVersion))
	printFitted(w, fmt.Sprintf("%d observations, %d events, %d sources, %d entities (%d aliases), %d indicators\n",
		st.Observations, st.Events, st.Sources, st.Entities, st.Aliases, st.Indicators))

	var releases [][]string
	for _, r := range summariseReleases(st.ByRelease) {
		releases = append(releases, escapeCells([]string{r.Source, r.Release, r.Label, fmt.Sprint(r.Count)}))
	}
	if err := report.WriteFittedTable(w, []string{"source", "release", "label", "observations"}, releases, widthOf(w)); err != nil {
		return err
	}
	fmt.Fprintln(w)
	var indicators [][]string
	for _, c := range st.ByIndicator {
		indicators = append(indicators, []string{termsafe.Line(c.Name), fmt.Sprint(c.Count), termsafe.Line(st.Shapes[c.Name])})
	}
	for _, c := range st.EventsByType {
		indicators = append(indicators, []string{termsafe.Line(c.Name) + " (events)", fmt.Sprint(c.Count), "day"})
	}
	return report.WriteFittedTable(w, []string{"indicator", "observations", "frequencies and bases"}, indicators, widthOf(w))
}
