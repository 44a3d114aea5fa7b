package cli

import (
	"encoding/csv"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/data"
	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/reference"
)

// listFormats are the formats of the ref commands that list what the table holds.
var listFormats = []string{"table", "csv", "jsonl"}

// colorModes are the values of --color.
var colorModes = []string{"auto", "always", "never"}

// figureKinds are the values of --kind of a figure.
var figureKinds = []string{"actual", "projection"}

// registerCompletions gives the shell completion of every command the values its flags take:
// formats, colour modes, verdicts and indicators. It is done here, over the whole tree, so
// that a command's flags and their completions cannot drift apart one command at a time.
func registerCompletions(root *cobra.Command) {
	var walk func(cmd *cobra.Command)
	walk = func(cmd *cobra.Command) {
		if cmd.Flags().Lookup("entity") != nil {
			_ = cmd.RegisterFlagCompletionFunc("entity", completeEntity)
		}
		for name, values := range flagValues(cmd) {
			if cmd.Flags().Lookup(name) == nil {
				continue
			}
			complete := completeOneOf(values)
			if name == "fail-on" || name == "only" {
				complete = completeListOf(values)
			}
			// The error is for a flag that does not exist or already has a function; the
			// Lookup above rules the first out and each command is visited once.
			_ = cmd.RegisterFlagCompletionFunc(name, complete)
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)

	if show, _, err := root.Find([]string{"ref", "show"}); err == nil && show.Name() == "show" {
		show.ValidArgsFunction = completeShowArgs
	}
}

// flagValues maps the flags of cmd whose values are a known list to that list.
func flagValues(cmd *cobra.Command) map[string]func() []string {
	values := map[string]func() []string{
		"color":     func() []string { return colorModes },
		"fail-on":   func() []string { return verdictNames },
		"only":      func() []string { return verdictNames },
		"indicator": embeddedIndicators,
		"format":    func() []string { return listFormats },
		"kind":      func() []string { return figureKinds },
	}
	switch cmd.CommandPath() {
	case "factcheck check", "factcheck extract":
		values["format"] = func() []string { return config.Formats }
	case "factcheck ref import":
		values["format"] = func() []string { return reference.ImportFormats }
	case "factcheck ref alias add":
		values["kind"] = func() []string { return reference.AliasKinds }
	}
	return values
}

// completeOneOf completes a flag that takes one of values.
func completeOneOf(values func() []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		return withPrefix(values(), toComplete, ""), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeListOf completes a comma-separated list of values (--fail-on inconsistent,outdated):
// the word after the last comma, offering the values not listed yet.
func completeListOf(values func() []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		cut := strings.LastIndex(toComplete, ",") + 1
		listed, last := strings.Split(toComplete[:cut], ","), toComplete[cut:]
		var left []string
		for _, v := range values() {
			if !slices.Contains(listed, v) {
				left = append(left, v)
			}
		}
		return withPrefix(left, last, toComplete[:cut]), cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
	}
}

// withPrefix keeps the values that start with typed, each preceded by before.
func withPrefix(values []string, typed, before string) []string {
	var out []string
	for _, v := range values {
		if strings.HasPrefix(v, typed) {
			out = append(out, before+v)
		}
	}
	return out
}

// completeShowArgs completes `ref show ENTITY INDICATOR PERIOD`: the indicator, the second.
func completeShowArgs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	switch len(args) {
	case 0:
		return completeEntity(cmd, args, toComplete)
	case 1:
		return withPrefix(embeddedIndicators(), toComplete, ""), cobra.ShellCompDirectiveNoFileComp
	}
	return nil, cobra.ShellCompDirectiveNoFileComp
}

// completeEntity completes an entity of the embedded lexicon, which --entity takes as a code
// (RUS) or a name (Russia): a code is offered when what was typed starts one, a name when it
// starts the name, each with the other as its description. Case is ignored, as "rus" is
// how people type.
func completeEntity(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	entities, err := embeddedEntities()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	typed := strings.ToLower(toComplete)
	var out []string
	for _, e := range entities {
		if strings.HasPrefix(strings.ToLower(e.code), typed) {
			out = append(out, e.code+"\t"+e.name)
		}
	}
	// Names only once something is typed: the bare Tab lists the short codes.
	if typed != "" {
		for _, e := range entities {
			if strings.HasPrefix(strings.ToLower(e.name), typed) {
				out = append(out, e.name+"\t"+e.code)
			}
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

type lexiconEntity struct{ code, name string }

// embeddedEntities reads the codes and names of the embedded lexicon of entities.
func embeddedEntities() ([]lexiconEntity, error) {
	records, err := readEmbeddedCSV("lexicon/entities.csv", "code")
	if err != nil {
		return nil, err
	}
	entities := make([]lexiconEntity, 0, len(records))
	for _, record := range records {
		if len(record) > 1 {
			entities = append(entities, lexiconEntity{code: record[0], name: record[1]})
		}
	}
	return entities, nil
}

// embeddedIndicators lists the indicators and event types of the embedded reference data,
// read without opening a database: completion runs on every Tab and must not build one. A
// database of one's own may know more; those are still accepted when typed.
func embeddedIndicators() []string {
	names, err := readIndicatorNames()
	if err != nil {
		// The embedded file is part of the binary and tested; an unreadable one completes
		// nothing rather than breaking the shell's completion.
		return slices.Clone(eventTypes)
	}
	for _, e := range eventTypes {
		if !slices.Contains(names, e) {
			names = append(names, e)
		}
	}
	slices.Sort(names)
	return names
}

func readIndicatorNames() ([]string, error) {
	records, err := readEmbeddedCSV("reference/indicators.csv", "name")
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(records))
	for _, record := range records {
		names = append(names, record[0])
	}
	return names, nil
}

// readEmbeddedCSV reads a CSV file of the embedded data whose header starts with firstColumn,
// and returns its rows after the header.
func readEmbeddedCSV(path, firstColumn string) ([][]string, error) {
	file, err := data.FS.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	records, err := csv.NewReader(file).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", path, err)
	}
	if len(records) == 0 || records[0][0] != firstColumn {
		return nil, fmt.Errorf("embedded %s: no header row starting with %s", path, firstColumn)
	}
	return records[1:], nil
}
