package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/factcheck/factcheck/internal/suggest"
)

// refuseUnknownSubcommands makes a command that only groups subcommands (factcheck, factcheck
// ref) refuse a word that is none of them, with exit code 2 and the nearest names: cobra
// itself prints the group's help and exits 0 for `factcheck ref shwo`, which a script takes
// for success. Run with no word, the group prints its help, as before.
func refuseUnknownSubcommands(group *cobra.Command) {
	group.Args = cobra.ArbitraryArgs
	group.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cmd.Help()
		}
		return usageError{fmt.Errorf("unknown command %q for %q%s", args[0], cmd.CommandPath(),
			suggest.DidYouMean("", subcommandSuggestions(cmd, args[0])))}
	}
}

// subcommandSuggestions are the visible subcommands of cmd nearest to typed, with cobra's own
// suggestions (SuggestFor lists of the subcommands) among them.
func subcommandSuggestions(cmd *cobra.Command, typed string) []string {
	var names []string
	for _, sub := range cmd.Commands() {
		if sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	found := suggest.Nearest(typed, names)
	for _, name := range cmd.SuggestionsFor(typed) {
		if !slices.Contains(found, name) {
			found = append(found, name)
		}
	}
	return found
}

// suggestFlag adds the nearest flags of cmd to pflag's "unknown flag: --formt".
func suggestFlag(cmd *cobra.Command, err error) error {
	typed, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return err
	}
	var names []string
	visit := func(f *pflag.Flag) {
		if !f.Hidden && !slices.Contains(names, f.Name) {
			names = append(names, f.Name)
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	hint := suggest.DidYouMean("--", suggest.Nearest(typed, names))
	if hint == "" {
		return err
	}
	return fmt.Errorf("%w%s", err, hint)
}
