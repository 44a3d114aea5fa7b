package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/report"
	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/reference"
)

// refFilterOptions are the filters that list, show and export share.
type refFilterOptions struct {
	Entity, Indicator, Period, Source, Release, Kind string
}

func addRefFilterFlags(cmd *cobra.Command, opts *refFilterOptions) {
	f := cmd.Flags()
	f.StringVar(&opts.Entity, "entity", "", "country or aggregate: code (RUS) or name (Russia)")
	f.StringVar(&opts.Indicator, "indicator", "", "indicator (gdp_growth, inflation, ...) or event type")
	f.StringVar(&opts.Period, "period", "", "period; a year also selects its quarters and months")
	f.StringVar(&opts.Source, "source", "", "source name")
	f.StringVar(&opts.Release, "release", "", "release date YYYY-MM-DD")
	f.StringVar(&opts.Kind, "kind", "", "actual or projection")
}

// filter resolves the entity name to a code and checks the flags.
func (o refFilterOptions) filter(store *reference.Store) (reference.Filter, error) {
	if err := checkDateFlag("--release", o.Release); err != nil {
		return reference.Filter{}, err
	}
	if o.Kind != "" && o.Kind != "actual" && o.Kind != "projection" {
		return reference.Filter{}, usagef("--kind %q is not actual or projection", o.Kind)
	}
	f := reference.Filter{Indicator: o.Indicator, Period: o.Period, Source: o.Source, Release: o.Release, Kind: o.Kind}
	if o.Indicator != "" {
		if err := store.CheckIndicator(o.Indicator); err != nil {
			return f, usageError{fmt.Errorf("--indicator: %w", err)}
		}
	}
	if o.Entity != "" {
		code, err := store.ResolveEntity(o.Entity)
		if err != nil {
			return f, usageError{fmt.Errorf("--entity: %w", err)}
		}
		f.Entity = code
	}
	return f, nil
}

// refListOptions are the flags of `ref list`.
type refListOptions struct {
	refFilterOptions
	Format string
}

func newRefListCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refListOptions{}
	cmd := &cobra.Command{
		Use:   "list [flags]",
		Short: "List the series the table holds: entity, indicator and source, with periods and releases",
		Example: `  factcheck ref list --entity Russia
  factcheck ref list --indicator inflation --source "IMF WEO" --format csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRefList(cmd, global, opts, streams)
		},
	}
	addRefFilterFlags(cmd, &opts.refFilterOptions)
	addListFormatFlag(cmd, &opts.Format)
	return cmd
}

func runRefList(cmd *cobra.Command, global *globalOptions, opts *refListOptions, streams Streams) error {
	if err := checkListFormat(opts.Format); err != nil {
		return err
	}
	store, err := openRefStore(cmd, global)
	if err != nil {
		return err
	}
	defer store.Close()
	filter, err := opts.filter(store)
	if err != nil {
		return err
	}
	series, err := store.ListSeries(filter)
	if err != nil {
		return err
	}
	header := []string{"entity", "indicator", "basis", "source", "first_period", "last_period", "figures",
		"releases", "latest_release", "projections"}
	rows := make([][]string, 0, len(series))
	for _, s := range series {
		rows = append(rows, []string{s.Entity, s.Indicator, s.Basis, s.Source, s.FirstPeriod, s.LastPeriod,
			strconv.Itoa(s.Figures), strconv.Itoa(s.Releases), s.LatestRelease, strconv.Itoa(s.Projections)})
	}
	// On a narrow terminal the counts of releases go first; the periods and figures stay.
	if err := writeRows(tableOut(streams), opts.Format, header, rows, "projections", "latest_release", "releases", "basis"); err != nil {
		return err
	}
	if opts.Format == "table" {
		fmt.Fprintf(streams.Out, "%d series\n", len(series))
	}
	return nil
}

// refShowOptions are the flags of `ref show`.
type refShowOptions struct {
	refFilterOptions
	Format string
	Limit  int
}

func newRefShowCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refShowOptions{}
	cmd := &cobra.Command{
		Use:   "show [flags] [ENTITY [INDICATOR [PERIOD]]]",
		Short: "Show figures with every release of every source, and events",
		Long: `Show lists the figures that match, one row per release of each source, oldest release first,
so that revisions are side by side; with an entity and no indicator, or an event type as
indicator, it lists the matching sanctions events too. The arguments are short for --entity,
--indicator and --period.`,
		Example: `  factcheck ref show Russia gdp_growth 2023
  factcheck ref show --indicator inflation --period 2022 --source "IMF WEO"
  factcheck ref show RUS sanctions_extended_until`,
		Args: cobra.MaximumNArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			positional := []*string{&opts.Entity, &opts.Indicator, &opts.Period}
			for i, arg := range args {
				if *positional[i] != "" {
					return usagef("show: give the %d. argument or its flag, not both", i+1)
				}
				*positional[i] = arg
			}
			return runRefShow(cmd, global, opts, streams)
		},
	}
	addRefFilterFlags(cmd, &opts.refFilterOptions)
	addListFormatFlag(cmd, &opts.Format)
	cmd.Flags().IntVar(&opts.Limit, "limit", 200, "show at most this many figures (0: all)")
	return cmd
}

func runRefShow(cmd *cobra.Command, global *globalOptions, opts *refShowOptions, streams Streams) error {
	if err := checkListFormat(opts.Format); err != nil {
		return err
	}
	if opts.Limit < 0 {
		return usagef("--limit %d is negative", opts.Limit)
	}
	store, err := openRefStore(cmd, global)
	if err != nil {
		return err
	}
	defer store.Close()
	filter, err := opts.filter(store)
	if err != nil {
		return err
	}
	isEvent := slices.Contains(eventTypes, filter.Indicator)
	var figures []reference.Figure
	total := 0
	if !isEvent {
		if figures, total, err = store.Figures(filter, opts.Limit); err != nil {
			return err
		}
	}
	var events []reference.Event
	if isEvent || (filter.Entity != "" && filter.Indicator == "" && filter.Kind == "") {
		if events, err = store.ListEvents(filter); err != nil {
			return err
		}
	}

	header := []string{"entity", "indicator", "period", "basis", "kind", "value", "source", "release", "label", "url", "note"}
	rows := make([][]string, 0, len(figures)+len(events))
	for _, f := range figures {
		rows = append(rows, []string{f.Entity, f.Indicator, f.Period, f.Basis, f.Kind,
			strconv.FormatFloat(f.Value, 'f', -1, 64), f.Source, f.Release, f.Label, f.SourceURL, f.Note})
	}
	header, rows = narrowForTable(opts.Format, 9, header, rows)
	if len(rows) > 0 || len(events) == 0 {
		// The entity and indicator are most often those the command named.
		if err := writeRows(tableOut(streams), opts.Format, header, rows, "entity", "indicator", "label", "basis", "kind"); err != nil {
			return err
		}
	}
	if opts.Format == "table" && len(figures) < total {
		fmt.Fprintf(streams.Out, "%d of %d figures shown; --limit 0 shows all\n", len(figures), total)
	}
	if len(events) > 0 {
		if opts.Format == "table" && len(rows) > 0 {
			fmt.Fprintln(streams.Out)
		}
		eventHeader := []string{"jurisdiction", "target", "type", "date", "precision", "announced", "instrument", "source", "url"}
		eventRows := make([][]string, 0, len(events))
		for _, e := range events {
			eventRows = append(eventRows, []string{e.Jurisdiction, e.Target, e.Type, e.Date, e.Precision, e.Announced,
				e.Instrument, e.Source, e.SourceURL})
		}
		eventHeader, eventRows = narrowForTable(opts.Format, 8, eventHeader, eventRows)
		if err := writeRows(tableOut(streams), opts.Format, eventHeader, eventRows, "announced", "precision", "instrument"); err != nil {
			return err
		}
	}
	return nil
}

// addListFormatFlag adds the --format of the commands that list what the table holds.
func addListFormatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVarP(format, "format", "f", "table", "output format: table, csv or jsonl")
}

func checkListFormat(format string) error {
	if !slices.Contains(listFormats, format) {
		return unknownFormat(format, listFormats)
	}
	return nil
}

// narrowForTable keeps the first n columns of a table, which is read on a terminal: the long
// ones after them (URLs, notes) are left to csv and jsonl.
func narrowForTable(format string, n int, header []string, rows [][]string) ([]string, [][]string) {
	if format != "table" {
		return header, rows
	}
	for i := range rows {
		rows[i] = rows[i][:n]
	}
	return header[:n], rows
}

// numericListColumns are the columns of the ref listings that hold figures: JSONL writes
// them as numbers, so that jq and other tools can compare and sum them without a cast.
var numericListColumns = map[string]bool{"value": true}

// jsonCell is a cell of a JSONL listing: a number for a figure column, else the text.
func jsonCell(column, cell string) any {
	if numericListColumns[column] {
		// ParseFloat takes "+5" and "NaN", which JSON does not; json.Valid takes "true".
		if _, err := strconv.ParseFloat(cell, 64); err == nil && json.Valid([]byte(cell)) {
			return json.Number(cell)
		}
	}
	return cell
}

// writeRows writes rows as a table, CSV with a header, or JSONL objects keyed by header. A
// table fits the width of w (see tableOut), leaving out the columns of dropFirst first when
// it must leave some out.
func writeRows(w io.Writer, format string, header []string, rows [][]string, dropFirst ...string) error {
	switch format {
	case "csv":
		out := csv.NewWriter(w)
		if err := out.Write(header); err != nil {
			return err
		}
		if err := out.WriteAll(rows); err != nil {
			return err
		}
		return out.Error()
	case "jsonl":
		encoder := json.NewEncoder(w)
		for _, row := range rows {
			object := make(map[string]any, len(header))
			for i, column := range header {
				if row[i] != "" {
					object[column] = jsonCell(column, row[i])
				}
			}
			if err := encoder.Encode(object); err != nil {
				return err
			}
		}
		return nil
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "nothing matches")
		return err
	}
	escaped := make([][]string, len(rows))
	for i, row := range rows {
		escaped[i] = escapeCells(row)
	}
	return report.WriteFittedTable(w, header, escaped, widthOf(w), dropFirst...)
}

// refExportOptions are the flags of `ref export`.
type refExportOptions struct {
	refFilterOptions
	Output string
	Events bool
}

func newRefExportCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refExportOptions{}
	cmd := &cobra.Command{
		Use:   "export [flags]",
		Short: "Write the figures as factcheck's long CSV, which 'ref import' reads back",
		Long: `Export writes the figures that match the filters in factcheck's own long CSV:
  ` + strings.Join(reference.LongHeader, ",") + `
one row per figure and release, ordered by source, release date, label, entity, indicator,
period, so that importing the file into a database with no figures ('ref init --empty') and
exporting again gives the same bytes. --events writes the sanctions events instead, as
  ` + strings.Join(reference.EventsHeader, ","),
		Example: `  factcheck ref export -o figures.csv
  factcheck ref export --source Rosstat --entity Russia`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRefExport(cmd, global, opts, streams)
		},
	}
	addRefFilterFlags(cmd, &opts.refFilterOptions)
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write to this file (written whole or not at all) instead of standard output")
	cmd.Flags().BoolVar(&opts.Events, "events", false, "export the events instead of the figures")
	return cmd
}

func runRefExport(cmd *cobra.Command, global *globalOptions, opts *refExportOptions, streams Streams) error {
	store, err := openRefStore(cmd, global)
	if err != nil {
		return err
	}
	defer store.Close()
	filter, err := opts.filter(store)
	if err != nil {
		return err
	}
	if err := refuseOutputOver(opts.Output, nil, []namedFile{{store.Path(), "the reference database"}, {global.ConfigPath, "the config file"}}); err != nil {
		return err
	}
	out, commit, err := openOutput(opts.Output, streams.Out)
	if err != nil {
		return err
	}
	defer commit(false)
	if opts.Events {
		_, err = store.ExportEvents(out, filter)
	} else {
		_, err = store.Export(out, filter)
	}
	if err != nil {
		return err
	}
	return commit(true)
}

func newRefSourcesCmd(global *globalOptions, streams Streams) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "sources",
		Short: "List the sources with their licence, releases, figures and events",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkListFormat(format); err != nil {
				return err
			}
			store, err := openRefStore(cmd, global)
			if err != nil {
				return err
			}
			defer store.Close()
			sources, err := store.Sources()
			if err != nil {
				return err
			}
			header := []string{"source", "releases", "first_release", "latest_release", "figures", "events", "licence", "url"}
			rows := make([][]string, 0, len(sources))
			for _, s := range sources {
				rows = append(rows, []string{s.Name, strconv.Itoa(s.Releases), s.FirstRelease, s.LatestRelease,
					strconv.Itoa(s.Figures), strconv.Itoa(s.Events), s.Licence, s.URL})
			}
			header, rows = narrowForTable(format, 7, header, rows)
			return writeRows(tableOut(streams), format, header, rows)
		},
	}
	addListFormatFlag(cmd, &format)
	return cmd
}
