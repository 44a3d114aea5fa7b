// Package cli wires factcheck's commands: it owns flags and configuration, opens the
// reference store, runs extraction and checks over the inputs, and maps errors to exit codes.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/factcheck/factcheck/internal/termsafe"
)

// Exit codes.
const (
	ExitOK     = 0
	ExitFailOn = 1 // the report holds a verdict named by --fail-on
	ExitUsage  = 2 // usage or input errors
)

// Streams are the process's standard streams, injected so that tests run commands in-process.
type Streams struct {
	In       io.Reader
	Out      io.Writer
	Err      io.Writer
	ErrIsTTY bool // stderr is a terminal: progress bars are drawn
	OutIsTTY bool // stdout is a terminal: tables are in colour (--color auto)
	OutWidth int  // columns of the terminal that stdout is; 0 when unknown
}

// exitError carries an exit code to Main. Its message, if any, has been printed already.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// usageError is a mistake in the command line or the configuration: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// globalOptions are the flags every command shares.
type globalOptions struct {
	ConfigPath string
	DB         string
}

// Main runs factcheck with args (without the program name) and returns the exit code.
func Main(args []string, streams Streams) int {
	root := newRootCmd(streams)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return ExitOK
	}
	var exit exitError
	if errors.As(err, &exit) {
		return exit.code
	}
	printError(streams.Err, err)
	var usage usageError
	if errors.As(err, &usage) || isCobraUsage(err) {
		return ExitUsage
	}
	return ExitUsage
}

// printError prints err once, as "factcheck: error: ...", and its hint on a line of its own.
func printError(w io.Writer, err error) {
	// Messages carry file names, ids and database fields, which may hold terminal escapes.
	fmt.Fprintf(w, "factcheck: error: %s\n", termsafe.Line(err.Error()))
	var h hinted
	if errors.As(err, &h) {
		fmt.Fprintf(w, "factcheck: hint: %s\n", termsafe.Line(h.hint))
	}
}

// hinted is an error with a suggestion of what to do.
type hinted struct {
	err  error
	hint string
}

func (h hinted) Error() string { return h.err.Error() }
func (h hinted) Unwrap() error { return h.err }

func isCobraUsage(err error) bool {
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "unknown shorthand flag") || strings.Contains(msg, "argument") ||
		strings.HasPrefix(msg, "invalid argument") || strings.HasPrefix(msg, "flag needs an argument")
}

func newRootCmd(streams Streams) *cobra.Command {
	global := &globalOptions{}
	root := &cobra.Command{
		Use:   "factcheck",
		Short: "Check the numeric claims of news articles against official figures",
		Long: `factcheck finds the statistical claims in news articles (GDP growth, inflation,
unemployment, population, GDP, and the dates of sanctions), looks each one up in a curated
reference table of official figures with their sources and release dates, and reports whether
the article's figure is consistent, revised, outdated or inconsistent.`,
		Version:       currentVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("factcheck {{.Version}}\n")
	refuseUnknownSubcommands(root)
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.Err)
	root.PersistentFlags().StringVar(&global.ConfigPath, "config", "", "config file (default: $FACTCHECK_CONFIG, else ./config.yaml when it is factcheck's, else config.yaml in the per-user config folder)")
	root.PersistentFlags().StringVar(&global.DB, "db", "", "reference database (default: built from the embedded data in the per-user data folder)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return usageError{suggestFlag(cmd, err)} })

	root.AddCommand(
		newCheckCmd(global, streams),
		newExtractCmd(global, streams),
		newEvalCmd(streams),
		newRefCmd(global, streams),
		newServeCmd(global, streams),
		newVersionCmd(streams),
	)
	plainBoolFlags(root)
	registerCompletions(root)
	return root
}

// plainBool is a bool flag's value that pflag's help does not follow with "[=true|false]":
// a switch reads as "--quiet", as in the help of most tools. It still takes --quiet=false,
// since the flag's NoOptDefVal, "true", is what lets it stand alone.
type plainBool struct{ pflag.Value }

func (plainBool) IsBoolFlag() bool { return false }

// plainBoolFlags makes every bool flag of cmd and its subcommands, --help among them, a
// plainBool.
func plainBoolFlags(cmd *cobra.Command) {
	cmd.InitDefaultHelpFlag()
	for _, set := range []*pflag.FlagSet{cmd.Flags(), cmd.PersistentFlags()} {
		set.VisitAll(func(f *pflag.Flag) {
			if _, done := f.Value.(plainBool); !done && f.Value.Type() == "bool" && f.NoOptDefVal == "true" {
				f.Value = plainBool{f.Value}
			}
		})
	}
	for _, sub := range cmd.Commands() {
		plainBoolFlags(sub)
	}
}

// stderrIsTerminal reports whether f is a terminal: a character device that answers a
// terminal's request, which /dev/null, also a character device, does not.
func stderrIsTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}

// StdStreams returns the process's standard streams.
func StdStreams() Streams {
	streams := Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr, ErrIsTTY: stderrIsTerminal(os.Stderr)}
	if fd := int(os.Stdout.Fd()); term.IsTerminal(fd) {
		streams.OutIsTTY = true
		if width, _, err := term.GetSize(fd); err == nil {
			streams.OutWidth = width
		}
	}
	return streams
}
