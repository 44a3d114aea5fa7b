package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/reference"
)

// refDiffOptions are the flags of `ref diff`.
type refDiffOptions struct {
	Format string
	List   bool
}

func newRefDiffCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refDiffOptions{}
	cmd := &cobra.Command{
		Use:   "diff [flags] RELEASE_A RELEASE_B",
		Short: "Show what one release revised against another, or the table between two dates",
		Long: `Diff compares two states of the reference table and lists every figure that is new in
the second, revised (with the old and new values and the releases that gave them), or gone.

RELEASE_A and RELEASE_B are release ids or labels ('factcheck ref diff --list' shows them):
the state of a release is every figure its source had published up to and including it, so
two releases of one source show the second's revisions. Two dates (YYYY-MM-DD) compare
every source's figures as known on each date.`,
		Example: `  factcheck ref diff --list --db my.db
  factcheck ref diff --db my.db "FRED 2023-07-27" "FRED 2023-10-26"
  factcheck ref diff --db my.db 2025-01-01 2025-06-30 --format csv > revisions.csv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.List {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(2)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRefDiff(cmd, global, opts, args, streams)
		},
	}
	addListFormatFlag(cmd, &opts.Format)
	cmd.Flags().BoolVar(&opts.List, "list", false, "list the releases with their ids")
	return cmd
}

func runRefDiff(cmd *cobra.Command, global *globalOptions, opts *refDiffOptions, args []string, streams Streams) error {
	if err := checkListFormat(opts.Format); err != nil {
		return err
	}
	store, err := openRefStore(cmd, global)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.List {
		releases, err := store.Releases()
		if err != nil {
			return fmt.Errorf("ref diff: %w", err)
		}
		rows := make([][]string, len(releases))
		for i, r := range releases {
			rows[i] = []string{fmt.Sprint(r.ID), r.Source, r.Released, r.Label}
		}
		return writeRows(tableOut(streams), opts.Format, []string{"id", "source", "released", "label"}, rows)
	}
	var sides [2]reference.DiffSide
	for i, arg := range args {
		if sides[i], err = parseDiffSide(store, arg); err != nil {
			return usagef("ref diff: %v", err)
		}
	}
	diff, err := store.Diff(sides[0], sides[1])
	if err != nil {
		return usagef("ref %v", err)
	}
	rows := make([][]string, len(diff))
	for i, d := range diff {
		old, new := "", ""
		if d.Change != "new" {
			old = formatValue(d.Old)
		}
		if d.Change != "dropped" {
			new = formatValue(d.New)
		}
		rows[i] = []string{d.Change, d.Source, d.Entity, d.Indicator, d.Period, d.Basis, d.Kind, old, new, d.OldRelease, d.NewRelease}
	}
	if opts.Format == "table" {
		differ := "figures differ"
		if len(rows) == 1 {
			differ = "figure differs"
		}
		printFitted(tableOut(streams), fmt.Sprintf("%s against %s: %d %s", sides[1], sides[0], len(rows), differ))
		if len(rows) == 0 {
			return nil
		}
	}
	// On a narrow terminal the figures stay and what names their releases goes first.
	return writeRows(tableOut(streams), opts.Format,
		[]string{"change", "source", "entity", "indicator", "period", "basis", "kind", "old", "new", "old_release", "new_release"}, rows,
		"kind", "basis", "old_release", "source", "new_release")
}

// parseDiffSide reads a side of ref diff as the store does (a release id, a label, a date),
// and also as "SOURCE DATE", the form ref diff prints a release in ("World Bank WDI
// 2026-05-01"), with the source in any case.
func parseDiffSide(store *reference.Store, text string) (reference.DiffSide, error) {
	side, err := store.ParseDiffSide(text)
	if !errors.Is(err, reference.ErrNoRelease) {
		return side, err
	}
	fields := strings.Fields(text)
	if len(fields) < 2 {
		return side, err
	}
	date := fields[len(fields)-1]
	if _, dateErr := time.Parse(time.DateOnly, date); dateErr != nil {
		return side, err
	}
	source := strings.Join(fields[:len(fields)-1], " ")
	releases, listErr := store.Releases()
	if listErr != nil {
		return side, listErr
	}
	var found []reference.ReleaseRef
	for _, r := range releases {
		if strings.EqualFold(r.Source, source) && r.Released == date {
			found = append(found, r)
		}
	}
	switch len(found) {
	case 0:
		return side, err
	case 1:
		return reference.DiffSide{Release: &found[0], Date: found[0].Released}, nil
	}
	ids := make([]string, len(found))
	for i, r := range found {
		ids[i] = fmt.Sprintf("%d (%q)", r.ID, r.Label)
	}
	return side, fmt.Errorf("%q names %d releases of that day: give one of the ids %s", text, len(found), strings.Join(ids, ", "))
}
