package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/reference"
)

func newRefAliasCmd(global *globalOptions, streams Streams) *cobra.Command {
	alias := &cobra.Command{
		Use:   "alias",
		Short: "Name entities: add and list the aliases of countries and aggregates",
	}
	alias.AddCommand(newRefAliasAddCmd(global, streams), newRefAliasListCmd(global, streams))
	refuseUnknownSubcommands(alias)
	return alias
}

// refAliasAddOptions are the flags of `ref alias add`.
type refAliasAddOptions struct {
	Alias, Code string
	Kind        string
	Lexicon     string
}

// lexiconColumns are the columns of data/lexicon/entities.csv that hold each kind of alias.
var lexiconColumns = map[string]string{
	"short_name": "short_names", "demonym": "demonyms", "capital": "capitals", "metonym": "metonyms",
}

func newRefAliasAddCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refAliasAddOptions{}
	cmd := &cobra.Command{
		Use:   "add [flags] ALIAS CODE",
		Short: "Add another name of an entity",
		Long: `Alias add records ALIAS as another name of the entity CODE (an ISO alpha-3 or World Bank
aggregate code) in the database, where 'ref show', 'ref add' and 'ref list' find it.

Extraction reads its names from the lexicon compiled into factcheck (data/lexicon/entities.csv):
with --lexicon PATH the alias is also added to that file's row for CODE, so that the next build
of factcheck finds the name in articles too.`,
		Example: `  factcheck ref alias add --db my.db "Russian economy" RUS --kind metonym
  factcheck ref alias add --db my.db Burma MMR --lexicon data/lexicon/entities.csv`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Alias, opts.Code = args[0], args[1]
			return runRefAliasAdd(cmd, global, opts, streams)
		},
	}
	cmd.Flags().StringVar(&opts.Kind, "kind", "short_name", "kind of name: "+strings.Join(reference.AliasKinds, ", "))
	cmd.Flags().StringVar(&opts.Lexicon, "lexicon", "", "also add the alias to this entities.csv (the lexicon of extraction)")
	return cmd
}

func runRefAliasAdd(cmd *cobra.Command, global *globalOptions, opts *refAliasAddOptions, streams Streams) error {
	if err := reference.CheckAlias(strings.TrimSpace(opts.Alias)); err != nil {
		return usageError{err}
	}
	if !slices.Contains(reference.AliasKinds, opts.Kind) {
		return usagef("--kind %q is not one of %s", opts.Kind, strings.Join(reference.AliasKinds, ", "))
	}
	if opts.Lexicon != "" && lexiconColumns[opts.Kind] == "" {
		return usagef("--lexicon: the lexicon has one name per entity; add the alias as --kind short_name")
	}
	store, err := openRefStoreToWrite(cmd, global, streams.Err)
	if err != nil {
		return err
	}
	defer store.Close()
	code := strings.ToUpper(strings.TrimSpace(opts.Code))
	result, err := store.AddAlias(context.Background(), opts.Alias, code, opts.Kind)
	if err != nil {
		if strings.Contains(err.Error(), "unknown entity") {
			return usageError{hinted{err, "CODE is an entity code such as RUS or EMU; 'factcheck ref list --entity NAME' finds one by name"}}
		}
		return writeError(err, store)
	}
	if result.Added {
		fmt.Fprintf(streams.Out, "added %q as a %s of %s\n", opts.Alias, opts.Kind, code)
	} else {
		fmt.Fprintf(streams.Out, "%q is already a %s of %s\n", opts.Alias, opts.Kind, code)
	}
	if len(result.Others) > 0 {
		fmt.Fprintf(streams.Err, "factcheck: warning: %q also names %s; a name of several entities is ambiguous in articles\n",
			opts.Alias, strings.Join(result.Others, ", "))
	}
	if opts.Lexicon != "" {
		added, err := addToLexicon(opts.Lexicon, code, lexiconColumns[opts.Kind], strings.TrimSpace(opts.Alias))
		if err != nil {
			return err
		}
		if added {
			fmt.Fprintf(streams.Out, "added %q to the %s of %s in %s\n", opts.Alias, lexiconColumns[opts.Kind], code, opts.Lexicon)
		}
	}
	if global.DB == "" && result.Added {
		warnDefaultDB(streams.Err, store.Path())
	}
	return nil
}

// addToLexicon adds alias to the list column of code's row in an entities.csv. Only that
// line is rewritten, so that the rest of a hand-edited file keeps its bytes; the file is
// replaced whole, never half-written.
func addToLexicon(path, code, column, alias string) (bool, error) {
	content, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("lexicon: %w", err)
	}
	lines := strings.SplitAfter(string(content), "\n")
	parse := func(line string) ([]string, error) {
		r := csv.NewReader(strings.NewReader(line))
		r.LazyQuotes = true
		r.FieldsPerRecord = -1
		return r.Read()
	}
	header, err := parse(lines[0])
	if err != nil {
		return false, fmt.Errorf("lexicon %s: header: %w", path, err)
	}
	codeAt, columnAt := -1, -1
	for i, name := range header {
		switch strings.TrimSpace(strings.TrimPrefix(name, "\ufeff")) {
		case "code":
			codeAt = i
		case column:
			columnAt = i
		}
	}
	if codeAt < 0 || columnAt < 0 {
		return false, fmt.Errorf("lexicon %s: header lacks code or %s", path, column)
	}
	for n, line := range lines[1:] {
		record, err := parse(line)
		if err != nil || len(record) <= codeAt || !strings.EqualFold(strings.TrimSpace(record[codeAt]), code) {
			continue
		}
		for len(record) < len(header) {
			record = append(record, "")
		}
		var items []string
		for _, item := range strings.Split(record[columnAt], ";") {
			if item = strings.TrimSpace(item); item != "" {
				if item == alias {
					return false, nil
				}
				items = append(items, item)
			}
		}
		record[columnAt] = strings.Join(append(items, alias), ";")
		var encoded bytes.Buffer
		w := csv.NewWriter(&encoded)
		if err := w.Write(record); err != nil {
			return false, fmt.Errorf("lexicon %s: %w", path, err)
		}
		w.Flush()
		newLine := encoded.String()
		if !strings.HasSuffix(line, "\n") {
			newLine = strings.TrimSuffix(newLine, "\n")
		} else if strings.HasSuffix(line, "\r\n") {
			newLine = strings.TrimSuffix(newLine, "\n") + "\r\n"
		}
		lines[n+1] = newLine
		return true, replaceFile(path, []byte(strings.Join(lines, "")))
	}
	return false, usageError{hinted{fmt.Errorf("lexicon %s has no row for %s", path, code),
		"add a row for the entity to the lexicon first (code,name,kind,...)"}}
}

// replaceFile writes content over the file at path whole or not at all, keeping its mode,
// as a report written with -o is.
func replaceFile(path string, content []byte) error {
	out, commit, err := openOutput(path, nil)
	if err != nil {
		return err
	}
	if _, err := out.Write(content); err != nil {
		commit(false)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return commit(true)
}

func newRefAliasListCmd(global *globalOptions, streams Streams) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "list [ENTITY]",
		Short: "List the names of one entity, or of all",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkListFormat(format); err != nil {
				return err
			}
			store, err := openRefStore(cmd, global)
			if err != nil {
				return err
			}
			defer store.Close()
			code := ""
			if len(args) == 1 {
				if code, err = store.ResolveEntity(args[0]); err != nil {
					return usageError{err}
				}
			}
			aliases, err := store.Aliases()
			if err != nil {
				return err
			}
			var rows [][]string
			for _, a := range aliases {
				if code == "" || a.Code == code {
					rows = append(rows, []string{a.Code, a.Kind, a.Alias})
				}
			}
			return writeRows(tableOut(streams), format, []string{"entity", "kind", "alias"}, rows)
		},
	}
	addListFormatFlag(cmd, &format)
	return cmd
}

// refInitOptions are the flags of `ref init`.
type refInitOptions struct {
	Empty bool
}

func newRefInitCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &refInitOptions{}
	cmd := &cobra.Command{
		Use:   "init --db PATH [--empty]",
		Short: "Create a reference database of your own, from the embedded data",
		Long: `Init creates the database named by --db (or the db key of config.yaml) from the data compiled
into factcheck: figures, events, sources, indicators, entities and their names. With --empty it
holds the sources, indicators, entities and names but no figures and no events, ready for
'ref import'. It refuses to replace an existing file.`,
		Example: `  factcheck ref init --db my.db
  factcheck ref export -o all.csv && factcheck ref init --db copy.db --empty && factcheck ref import --db copy.db all.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRefInit(cmd, global, opts, streams)
		},
	}
	cmd.Flags().BoolVar(&opts.Empty, "empty", false, "no figures and no events")
	return cmd
}

func runRefInit(cmd *cobra.Command, global *globalOptions, opts *refInitOptions, streams Streams) error {
	path := global.DB
	if path == "" {
		cfg, err := refConfig(cmd, global)
		if err != nil {
			return err
		}
		path = cfg.DB
	}
	if path == "" {
		return usageError{hinted{errors.New("init: no database named"), "name the new database with --db PATH"}}
	}
	build := reference.Build
	if opts.Empty {
		build = reference.BuildEmpty
	}
	if err := build(path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return usageError{hinted{err, "init creates a new database; choose another path or remove the file"}}
		}
		return err
	}
	what := "with the embedded data"
	if opts.Empty {
		what = "with no figures or events"
	}
	fmt.Fprintf(streams.Out, "created %s %s\n", path, what)
	return nil
}
