package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/evaluate"
	"github.com/factcheck/factcheck/extract"
)

// evalOptions are the flags of `eval`.
type evalOptions struct {
	Gold       string
	Docs       string
	Verbose    bool
	AllPeriods bool
	Split      string
}

func newEvalCmd(streams Streams) *cobra.Command {
	opts := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD.jsonl --docs DIR",
		Short: "Score claim extraction against gold annotations",
		Long: `Eval extracts the claims of every document named in a gold file (the format of
../shared/eval/GUIDELINES.md) and prints detection precision, recall and F1 (a predicted claim
matches a gold claim with the same document, indicator and value), the share of matches with
the right entity, period and kind, a strict F1 that requires all of them, and the errors by
kind (missed, extra, sign, entity, period, kind, jurisdiction). Curators run it after changing
the lexicon in data/lexicon.

Periods are scored where the gold marks them explicit; --all-periods scores inferred ones too,
as dated articles allow. --split scores a fixed two thirds (dev) or the other third (holdout)
of the documents, chosen by a hash of their path: develop on dev, and read holdout only to see
whether a change carries over to text it was not written for.`,
		Example: "  factcheck eval --gold ../shared/eval/bbc-dev/gold.jsonl --docs ../shared/eval/bbc-dev -v",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return runEval(opts, streams)
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "gold annotations (JSONL)")
	cmd.Flags().StringVar(&opts.Docs, "docs", "", "folder the gold file's doc paths are relative to")
	cmd.Flags().BoolVarP(&opts.Verbose, "verbose", "v", false, "list misses, extras and wrongly linked claims")
	cmd.Flags().BoolVar(&opts.AllPeriods, "all-periods", false, "score every period, inferred ones too (for dated articles)")
	cmd.Flags().StringVar(&opts.Split, "split", "", "score only the dev or the holdout third of the documents (dev|holdout)")
	_ = cmd.MarkFlagRequired("gold")
	_ = cmd.MarkFlagRequired("docs")
	return cmd
}

func runEval(opts *evalOptions, streams Streams) error {
	if info, err := os.Stat(opts.Docs); err != nil || !info.IsDir() {
		what := "not a folder"
		if err != nil {
			what = unwrapPathErr(err).Error()
		}
		return usagef("--docs %s: %s (the folder the gold file's doc paths are relative to)", display(opts.Docs), what)
	}
	lex, err := extract.DefaultLexicon()
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	scores, err := evaluate.Run(evaluate.Options{
		Gold:       opts.Gold,
		Docs:       opts.Docs,
		Extractor:  extract.New(lex),
		Verbose:    opts.Verbose,
		AllPeriods: opts.AllPeriods,
		Split:      opts.Split,
	})
	if err != nil {
		return usageError{err}
	}
	return scores.Write(streams.Out)
}
