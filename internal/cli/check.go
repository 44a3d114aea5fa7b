package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/batch"
	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/input"
	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/internal/termsafe"
	"github.com/factcheck/factcheck/reference"
	"github.com/factcheck/factcheck/report"
)

// checkOptions are the flags of `check` and `extract`.
type checkOptions struct {
	Paths   []string
	Format  string
	Output  string
	FailOn  []string
	Only    []string
	Date    string
	AsOf    string
	All     bool
	Workers int
	Quiet   bool
	Summary bool
	Color   string
	BOM     bool
	Verbose bool

	// verdicts is false for `extract`: claims are listed without being judged.
	verdicts bool
}

func newCheckCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &checkOptions{verdicts: true}
	cmd := &cobra.Command{
		Use:   "check [flags] PATH...",
		Short: "Check the claims of articles against the reference table",
		Long: `Check finds the statistical claims in each article and judges each against every
release of every source in the reference table. PATH is a .txt, .md, .html, .docx or .jsonl
file (one article per line: {"id","text","published"}), a directory (read recursively for
files of those kinds), a glob pattern, or - for standard input.`,
		Example: "  factcheck check examples/economy-roundup.txt\n  factcheck check corpus/ --format csv -o review.csv --fail-on inconsistent",
		Args:    needPaths("check"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runCheck(cmd, global, opts, streams)
		},
	}
	addCheckFlags(cmd, opts)
	cmd.Flags().StringSliceVar(&opts.FailOn, "fail-on", nil, "exit with 1 when a row has one of these verdicts (e.g. inconsistent,outdated)")
	cmd.Flags().StringSliceVar(&opts.Only, "only", nil, "keep only rows with these verdicts")
	cmd.Flags().StringVar(&opts.AsOf, "as-of", "", "judge with only the releases published by this date (YYYY-MM-DD)")
	return cmd
}

// needPaths refuses a command run with no article to read, saying how to give one.
func needPaths(name string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) == 0 {
			return usagef("%s needs an article: a file, a folder, a glob, or - for standard input (factcheck %s examples/economy-roundup.txt)", name, name)
		}
		return nil
	}
}

func newExtractCmd(global *globalOptions, streams Streams) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "List the claims of articles, without verdicts",
		Args:  needPaths("extract"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runCheck(cmd, global, opts, streams)
		},
	}
	addCheckFlags(cmd, opts)
	// extract's rows have no verdicts to colour; the flag is still taken (and suggested for
	// a slip), for scripts that pass check's flags to both.
	cmd.Flags().Lookup("color").Usage = "no effect here: extract's table has no verdicts to colour (taken for scripts that pass check's flags)"
	return cmd
}

func addCheckFlags(cmd *cobra.Command, opts *checkOptions) {
	f := cmd.Flags()
	f.StringVarP(&opts.Format, "format", "f", "", "output format: table, csv, tsv, xlsx, jsonl, json, html or md (default: from -o's extension, else config, else table)")
	f.StringVarP(&opts.Output, "output", "o", "", "write the report to this file (written whole or not at all)")
	f.StringVar(&opts.Date, "date", "", "publication date of articles that carry none (YYYY-MM-DD)")
	f.BoolVar(&opts.All, "all", false, "also list numbers that are about no known indicator")
	f.IntVarP(&opts.Workers, "workers", "j", 0, "articles processed at once (default: one per CPU)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	f.BoolVar(&opts.Summary, "summary", false, "print a summary of the batch (at the end of a table; on stderr for other formats)")
	f.BoolVar(&opts.BOM, "bom", false, "start csv or tsv output with a UTF-8 byte-order mark, for spreadsheets that need one to read accents right")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "name on stderr each file of a folder passed over as no article (.rtf, .png, no extension)")
	f.StringVar(&opts.Color, "color", "auto", "verdicts of the table in colour: auto (on a terminal, unless NO_COLOR is set), always or never")
}

// tableLook is the width and colour of a table written to out (-o, or stdout when empty):
// a terminal's own width (COLUMNS, when set, wins: it also serves a pipe into a pager), and
// colour on a terminal unless NO_COLOR is set or the terminal is dumb; --color always or
// never decides alone.
func tableLook(color, output string, streams Streams) (width int, colour bool, err error) {
	toStdout := output == "" || output == "-"
	if toStdout {
		width = streams.OutWidth
		if columns, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && columns > 0 {
			width = columns
		}
	}
	switch color {
	case "always":
		colour = true
	case "never":
	case "auto", "":
		colour = toStdout && streams.OutIsTTY && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	default:
		return 0, false, usagef("--color %q: want auto, always or never", color)
	}
	return width, colour, nil
}

// summary counts what a run saw.
type summary struct {
	articles int
	claims   int
	verdicts map[string]int
	reasons  map[string]int // "verdict\x00reason" → rows
	undated  int            // articles with no publication date, judged as of today
	skipped  int            // files of folders passed over as no articles
	// hiddenFailOn counts by verdict the rows --fail-on matched that --only left out.
	hiddenFailOn map[string]int
	failures     []string
	failOnHit    bool
}

func runCheck(cmd *cobra.Command, global *globalOptions, opts *checkOptions, streams Streams) error {
	if opts.Format != "" {
		if _, err := chooseFormat(opts.Format, "", ""); err != nil {
			return err
		}
	}
	cfg, err := config.Load(global.ConfigPath, cmd.Flags())
	if err != nil {
		return usageError{err}
	}
	defaultDate, err := parseDateFlag("--date", opts.Date)
	if err != nil {
		return err
	}
	asOf, err := parseDateFlag("--as-of", opts.AsOf)
	if err != nil {
		return err
	}
	format, err := chooseFormat(opts.Format, opts.Output, cfg.Format)
	if err != nil {
		return err
	}
	if format == "xlsx" && (opts.Output == "" || opts.Output == "-") && streams.OutIsTTY {
		return usagef("xlsx is a workbook, not text for a terminal; write it to a file with -o FILE.xlsx")
	}
	if opts.BOM && format != "csv" && format != "tsv" {
		return usagef("--bom is for csv and tsv output, not %s", format)
	}
	width, colour, err := tableLook(opts.Color, opts.Output, streams)
	if err != nil {
		return err
	}
	if opts.FailOn, err = verdictList("fail-on", opts.FailOn); err != nil {
		return err
	}
	if opts.Only, err = verdictList("only", opts.Only); err != nil {
		return err
	}

	tuneGCForBatch()

	lex, err := extract.DefaultLexicon()
	if err != nil {
		return fmt.Errorf("load lexicon: %w", err)
	}
	extractor := extract.New(lex)

	var store *reference.Store
	judgeOpts := checks.DefaultOptions()
	if opts.verdicts {
		store, err = openStore(global.DB, cfg)
		if err != nil {
			return err
		}
		defer store.Close()
		judgeOpts = judgingOptions(cfg, store, asOf)
	}

	protected := []namedFile{{global.ConfigPath, "the config file"}, {cfg.File, "the config file"}, {global.DB, "the reference database"}, {cfg.DB, "the reference database"}}
	if store != nil {
		protected = append(protected, namedFile{store.Path(), "the reference database"})
	}
	if err := refuseOutputOver(opts.Output, opts.Paths, protected); err != nil {
		return err
	}
	out, commit, err := openOutput(opts.Output, streams.Out)
	if err != nil {
		return err
	}
	defer commit(false)
	// reportOut is where the rows go: standard output, when it is a pipe or a file, through a
	// buffer that a timer empties (see streamOutput); flushOut writes out what it holds.
	reportOut, flushOut := out, func() error { return nil }
	if (opts.Output == "" || opts.Output == "-") && !streams.OutIsTTY && !isTerminal(out) {
		buffered := newStreamOutput(out)
		defer buffered.Flush() // the rows written before an error still reach the reader
		reportOut, flushOut = buffered, buffered.Flush
	}
	writer, err := report.NewWriter(format, reportOut, report.Options{NoVerdicts: !opts.verdicts, History: store, Judging: judgeOpts, Width: width, Color: colour,
		SummaryFollows: opts.Summary && format == "table", BOM: opts.BOM})
	if err != nil {
		return usageError{err}
	}

	bar := newProgress(streams, opts.Paths, opts.Quiet, out)
	defer bar.finish()
	sum := summary{verdicts: map[string]int{}, reasons: map[string]int{}, hiddenFailOn: map[string]int{}}
	only := setOf(opts.Only)
	failOn := setOf(opts.FailOn)
	type judged struct {
		item    input.Item
		results []checks.Result
		// buffer is where results came from, handed back once they are written.
		buffer *[]checks.Result
		// unjudged are the claims of an article with too many to hold judged at once (see
		// judgedInParts), judged and written a part at a time as the article is written: all
		// held, or of a long article the first held and the rest read as they are written
		// (streamedAbove).
		unjudged *claimSource
		err      error
		// crash is a panic while working on the article, reported as its failure.
		crash error
	}
	framed, _ := writer.(report.ArticleParts)
	inParts := report.TakesParts(format) || framed != nil
	// The results of an article are judged into a slice handed back once the article is
	// written, for a later article to reuse: extract --all otherwise allocates a result for
	// each of hundreds of thousands of figures, a fifth of all it allocates.
	var resultSlices sync.Pool
	takeResults := func(n int) *[]checks.Result {
		buffer, ok := resultSlices.Get().(*[]checks.Result)
		if !ok {
			buffer = new([]checks.Result)
		}
		*buffer = slices.Grow((*buffer)[:0], n)
		return buffer
	}
	giveBackResults := func(j judged) {
		if j.buffer == nil {
			return
		}
		// Cleared, so that a slice waiting in the pool keeps no article's text alive; what
		// lies beyond its length was cleared when it was last handed back.
		clear(j.results)
		*j.buffer = j.results[:0]
		resultSlices.Put(j.buffer)
	}
	// judgeClaims appends the results of claims of article a to results.
	judgeClaims := func(a extract.Article, claims []extract.Claim, results []checks.Result) ([]checks.Result, error) {
		for _, c := range claims {
			if !opts.verdicts {
				results = append(results, checks.Result{Claim: c})
				continue
			}
			r, err := checks.Judge(c, a.Published, store, judgeOpts)
			if err != nil {
				return results, fmt.Errorf("%s: check %q: %w", a.ID, c.Quote, err)
			}
			results = append(results, r)
		}
		return results, nil
	}
	work := func(item input.Item) (j judged) {
		defer func() {
			if p := recover(); p != nil {
				j = judged{item: item, crash: fmt.Errorf("%s: internal error: %s; please report it", display(item.Name()), display(fmt.Sprint(p)))}
			}
		}()
		// JSONL lines are decoded here, on the workers, rather than on the reading goroutine.
		item = item.Decode()
		if item.Article == nil {
			return judged{item: item}
		}
		if testHookArticle != nil {
			testHookArticle(item.Article)
		}
		var claims []extract.Claim
		if inParts && len(item.Article.Text) > streamedAbove {
			var rest *claimSource
			if claims, rest = streamClaims(extractor, item, extract.Options{All: opts.All}); rest != nil {
				return judged{item: item, unjudged: rest}
			}
		} else {
			claims = item.Claims(extractor, extract.Options{All: opts.All})
		}
		if inParts && len(claims) > judgedInParts {
			return judged{item: item, unjudged: &claimSource{held: claims}}
		}
		buffer := takeResults(len(claims))
		results, err := judgeClaims(*item.Article, claims, *buffer)
		if err != nil {
			return judged{item: item, err: err}
		}
		return judged{item: item, results: results, buffer: buffer}
	}
	// tally counts results in the summary and returns those --only keeps, in place.
	tally := func(results []checks.Result) []checks.Result {
		kept := results[:0]
		for _, r := range results {
			sum.claims++
			sum.verdicts[r.Verdict]++
			if r.Reason != "" {
				sum.reasons[r.Verdict+"\x00"+r.Reason]++
			}
			if failOn[r.Verdict] {
				sum.failOnHit = true
			}
			if len(only) == 0 || only[r.Verdict] {
				kept = append(kept, r)
			} else if failOn[r.Verdict] {
				sum.hiddenFailOn[r.Verdict]++
			}
		}
		return kept
	}
	reportFailure := func(err error) {
		sum.failures = append(sum.failures, err.Error())
		// The rows of the articles before it come first, when both streams go to one place.
		flushOut()
		bar.beforeMessage()
		fmt.Fprintf(streams.Err, "factcheck: error: %s\n", termsafe.Line(err.Error()))
	}
	// countKept counts the results --only keeps into rows, counting nothing in the summary.
	countKept := func(rows *report.RowCount, results []checks.Result) {
		for i := range results {
			if len(only) == 0 || only[results[i].Verdict] {
				rows.Add(results[i : i+1])
			}
		}
	}
	// writeInParts judges and writes the claims of an article with many (a list of figures
	// pasted from a table has tens of thousands) a part at a time, in order, so that a part's
	// results are held rather than the article's: the rows written are the same. A writer
	// that heads an article with its count of rows (the table, Markdown, HTML) is told the
	// count first: the claims are then judged twice, once to count the rows, once to tally
	// and write them, so that what the summary counts is what was written. It runs where
	// articles are written, in turn with them; a panic while judging ends the article's rows
	// there and is reported as its failure, as one in work is.
	writeInParts := func(a *extract.Article, claims *claimSource) (err error) {
		if claims.pull == nil {
			bar.article(a, len(claims.held))
		} else {
			// (the claims of a stream are counted once read)
			defer func() { bar.article(a, claims.read) }()
		}
		defer claims.close()
		buffer := takeResults(judgedInParts)
		defer func() {
			if p := recover(); p != nil {
				reportFailure(fmt.Errorf("%s: internal error: %s; please report it", display(a.ID), display(fmt.Sprint(p))))
				err = nil
			}
			clear((*buffer)[:cap(*buffer)])
			*buffer = (*buffer)[:0]
			resultSlices.Put(buffer)
		}()
		eachPart := func(use func(results []checks.Result) error) error {
			return claims.each(judgedInParts, func(part []extract.Claim) error {
				results, err := judgeClaims(*a, part, (*buffer)[:0])
				*buffer = results
				if err != nil {
					return err
				}
				return use(results)
			})
		}
		if framed == nil {
			return eachPart(func(results []checks.Result) error {
				if kept := tally(results); len(kept) > 0 {
					bar.beforeReport()
					return writer.WriteArticle(*a, kept)
				}
				return nil
			})
		}
		var rows report.RowCount
		if err := eachPart(func(results []checks.Result) error {
			countKept(&rows, results)
			return nil
		}); err != nil {
			return err
		}
		if len(only) > 0 && rows.Rows == 0 {
			// no heading, as a whole article with no row --only keeps; its claims still count
			return eachPart(func(results []checks.Result) error {
				tally(results)
				return nil
			})
		}
		bar.beforeReport()
		if err := framed.WriteArticleStart(*a, rows); err != nil {
			return err
		}
		// Each part the writer lays out is a full part of the rows kept, not of the claims judged:
		// --only would otherwise split its few rows into many small tables.
		pending := takeResults(judgedInParts)
		defer func() {
			clear((*pending)[:cap(*pending)])
			*pending = (*pending)[:0]
			resultSlices.Put(pending)
		}()
		if err := eachPart(func(results []checks.Result) error {
			for _, r := range tally(results) {
				*pending = append(*pending, r)
				if len(*pending) == judgedInParts {
					if err := framed.WriteArticlePart(*a, *pending); err != nil {
						return err
					}
					*pending = (*pending)[:0]
				}
			}
			return nil
		}); err != nil {
			return err
		}
		if len(*pending) == 0 {
			return nil
		}
		return framed.WriteArticlePart(*a, *pending)
	}
	// With a writer that keeps no text, the memory of an article's line is read into again
	// once the article is written: nothing else keeps its text (extraction's and judging's
	// caches keep copies).
	releaseLines := report.KeepsNoText(format)
	consume := func(j judged) error {
		if releaseLines {
			defer j.item.Release()
		}
		defer j.unjudged.close() // (a stream not read, on an error: its reading ends before the text is let go)
		defer giveBackResults(j) // written, or not to be
		if j.err != nil {
			return j.err
		}
		if j.item.Err != nil {
			reportFailure(j.item.Err)
		}
		if j.crash != nil {
			// One article that trips a bug must not end a batch of thousands: it is
			// reported, counted as a failed input, and left out of the report.
			if j.item.Article != nil {
				bar.article(j.item.Article, 0)
			}
			reportFailure(j.crash)
			return nil
		}
		if j.item.Skipped != "" {
			sum.skipped++
			if opts.Verbose {
				bar.beforeMessage()
				fmt.Fprintf(streams.Err, "factcheck: note: passed over %s: not an article by its name\n", termsafe.Line(j.item.Skipped))
			}
			return nil
		}
		if j.item.Article == nil {
			return nil
		}
		sum.articles++
		if j.item.Article.Published.IsZero() {
			sum.undated++
		}
		if j.unjudged != nil {
			return writeInParts(j.item.Article, j.unjudged)
		}
		kept := tally(j.results)
		bar.article(j.item.Article, len(j.results))
		if len(only) > 0 && len(kept) == 0 {
			// --only asks for rows of some verdicts: an article with none has nothing to
			// show, and a heading saying "no claims found" would misstate it.
			return nil
		}
		bar.beforeReport()
		return writer.WriteArticle(*j.item.Article, kept)
	}
	workers := opts.Workers
	if !cmd.Flags().Changed("workers") {
		workers = cfg.Workers
	}
	// Articles are read on a goroutine of their own (see batch.RunWeighed). With several
	// workers they are decoded on the workers, so that the reading goroutine keeps up; with
	// one, where they are read, beside the worker, which would otherwise do it in turn.
	if workers <= 0 {
		workers = runtime.NumCPU() // as batch.RunWeighed would
	}
	decodeAhead := workers == 1
	produce := func(emit func(input.Item) error) error {
		readOpts := input.Options{DefaultDate: defaultDate, MaxBytes: cfg.MaxArticleBytes, Stdin: streams.In, DecodeLater: true, ReportSkipped: true, ReleaseLines: releaseLines}
		if !decodeAhead {
			return input.Read(opts.Paths, readOpts, emit)
		}
		return input.Read(opts.Paths, readOpts, func(item input.Item) error { return emit(decodedAhead(item)) })
	}
	err = batch.RunWeighed(workers, input.Item.Size, produce, work, consume)
	bar.finish()
	if err != nil {
		if errors.Is(err, reference.ErrCorrupt) && store != nil {
			return damagedMidRun(err, store, global.DB == "" && cfg.DB == "")
		}
		return err
	}
	if sum.articles == 0 && opts.Output != "" && opts.Output != "-" {
		// A mistyped file name must not wipe a good report with an empty one.
		commit(false)
		bar.beforeMessage()
		fmt.Fprintf(streams.Err, "factcheck: note: no article could be read; %s was not written\n", display(opts.Output))
		if len(sum.failures) > 0 {
			return exitError{ExitUsage}
		}
		return nil
	}
	if err := writer.Close(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if err := flushOut(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	if opts.Summary {
		if err := writeSummary(summaryTarget(format, reportOut, streams.Err), sum, opts.verdicts); err != nil {
			return err
		}
		if err := flushOut(); err != nil {
			return fmt.Errorf("write summary: %w", err)
		}
	}
	if err := commit(true); err != nil {
		return err
	}
	switch {
	case len(sum.failures) > 0:
		return exitError{ExitUsage}
	case sum.failOnHit:
		noteHiddenFailOn(streams.Err, sum.hiddenFailOn)
		return exitError{ExitFailOn}
	}
	return nil
}

// decodedAhead returns the item decoded where it is read. A panic while decoding (a bug)
// leaves the item as it was, for the worker to decode again and report as its failure.
func decodedAhead(item input.Item) (decoded input.Item) {
	defer func() {
		if recover() != nil {
			decoded = item
		}
	}()
	return item.Decode()
}

// judgedInParts is the most claims of one article judged and held at once when the report's
// format takes an article in parts (report.TakesParts): an article with more is judged and
// written that many at a time, so that the memory of its check follows its claims (which
// extraction holds) and not its judged rows, of explanations and excerpts. News articles
// have a few dozen claims at most. (A variable, for tests to cut parts small.)
var judgedInParts = 1024

// judgingOptions are the tolerances and source priorities of the config, and the names of
// the store's entities for the reports.
func judgingOptions(cfg config.Config, store *reference.Store, asOf time.Time) checks.Options {
	opts := checks.DefaultOptions()
	opts.ApproxFactor = cfg.ApproxFactor
	opts.NearlyBand = cfg.NearlyBand
	opts.RevisionMargin = cfg.RevisionMargin
	opts.CompilationGap = cfg.CompilationGap
	opts.RevisionPercentile = cfg.RevisionPct
	opts.RevisionPercentileBeyondSpan = cfg.RevisionPctSpan
	opts.Revisions = measuredRevisions(store)
	if len(cfg.SourcePriority) > 0 {
		opts.SourcePriority = cfg.SourcePriority
	}
	opts.AsOf = asOf
	if names, err := store.EntityNames(); err == nil {
		opts.Names = names
	}
	return opts
}

// testHookArticle, when set by a test, is called on each article before its claims are
// extracted: a way to make one article fail as a bug would.
var testHookArticle func(*extract.Article)

// display returns an article id or a panic's message fit for a one-line message: quoted when
// it holds a line break, another control character or a bidi control.
func display(id string) string {
	if termsafe.Needs(id, false) {
		return strconv.Quote(id)
	}
	return id
}

var verdictNames = []string{checks.Consistent, checks.Revised, checks.Outdated, checks.Inconsistent, checks.NoReference, checks.Unchecked}

func setOf(list []string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, v := range list {
		set[v] = true
	}
	return set
}

func parseDateFlag(flag, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	d, err := timex.ParseDate(value)
	if err != nil {
		return time.Time{}, usagef("%s %q: %v", flag, value, err)
	}
	return d, nil
}

// chooseFormat picks the output format: the flag, else the output file's extension, else the
// config, else a table.
func chooseFormat(flag, output, configured string) (string, error) {
	if flag != "" {
		if slices.Contains(config.Formats, flag) {
			return flag, nil
		}
		return "", unknownFormat(flag, config.Formats)
	}
	if err := outputPathError(output); err != nil {
		return "", err
	}
	if output != "" && output != "-" {
		if f, ok := report.FormatFromPath(output); ok {
			return f, nil
		}
		// A name of no known kind is more often a slip (review.cvs) than a wish for the
		// configured format; a configured format is a choice made on purpose.
		if configured == "" {
			ext := filepath.Ext(output)
			what := fmt.Sprintf("the extension %q names no format", ext)
			if ext == "" {
				what = "the name has no extension to tell the format by"
			}
			return "", hinted{usagef("-o %s: %s", display(output), what),
				"name the format with --format (" + strings.Join(config.Formats, ", ") + "), or end the name in .csv, .tsv, .xlsx, .jsonl, .json, .html, .md or .txt"}
		}
	}
	if configured != "" {
		return configured, nil
	}
	return "table", nil
}

// namedFile is a file a report must not replace, and what to call it.
type namedFile struct{ path, what string }

// refuseOutputOver refuses an output file that is one of the inputs (named, or found by a
// pattern) or one of the protected files: the report would replace an article, the database
// or the config, and the loss would show only later.
func refuseOutputOver(output string, inputs []string, protected []namedFile) error {
	if output == "" || output == "-" {
		return nil
	}
	outInfo, err := os.Stat(output)
	exists := err == nil
	for _, p := range protected {
		if p.path == "" || !exists {
			continue
		}
		if info, err := os.Stat(p.path); err == nil && os.SameFile(outInfo, info) {
			return usagef("-o %s is %s; the report would replace it", display(output), p.what)
		}
	}
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		paths := []string{in}
		if _, err := os.Stat(in); err != nil && strings.ContainsAny(in, "*?[") {
			paths, _ = filepath.Glob(in)
		}
		for _, p := range paths {
			info, err := os.Stat(p)
			if err != nil {
				continue
			}
			if exists && (os.SameFile(outInfo, info) || (info.IsDir() && input.Extensions[strings.ToLower(filepath.Ext(output))] && inside(output, p))) {
				return usagef("-o %s is also an input (%s); the report would replace it", display(output), display(p))
			}
			// A new report in an input folder would be read as an article by the next run.
			if !exists && info.IsDir() && input.Extensions[strings.ToLower(filepath.Ext(output))] && inside(output, p) {
				return hinted{usagef("-o %s is inside the input folder %s, whose next check would read the report as an article", display(output), display(p)),
					"write the report outside the folders checked, or name it .csv or .tsv"}
			}
		}
	}
	return nil
}

// inside reports whether file lies in folder or below it, links resolved.
func inside(file, folder string) bool {
	f, err1 := filepath.EvalSymlinks(file)
	if err1 != nil {
		// A file not written yet: where its folder is.
		var dir string
		dir, err1 = filepath.EvalSymlinks(filepath.Dir(file))
		f = filepath.Join(dir, filepath.Base(file))
	}
	d, err2 := filepath.EvalSymlinks(folder)
	if err1 != nil || err2 != nil {
		return false
	}
	f, err1 = filepath.Abs(f)
	d, err2 = filepath.Abs(d)
	rel, err := filepath.Rel(d, f)
	return err1 == nil && err2 == nil && err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// openOutput returns where the report goes. For a file, it writes to a temporary file in the
// same folder and commit(true) renames it into place, so that a failed run never leaves a
// half-written report over a good one; commit(false) removes the temporary file. The report
// keeps the mode of the file it replaces, else gets 0644: it is meant to be shared.
func openOutput(path string, stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if path == "" || path == "-" {
		return stdout, func(bool) error { return nil }, nil
	}
	if err := outputPathError(path); err != nil {
		return nil, nil, err
	}
	mode := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return nil, nil, usagef("output %s: not a regular file", path)
		}
		mode = info.Mode().Perm()
	}
	// Signals are caught before the file exists: one that came between its creation and the
	// watch would leave it behind.
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		signal.Stop(signals)
		return nil, nil, usagef("-o %s: cannot write in %s: %v", display(path), display(filepath.Dir(path)), unwrapPathErr(err))
	}
	buffered := bufio.NewWriterSize(tmp, 256<<10)
	stopWatching := removeOnInterrupt(signals, tmp.Name(), path)
	done := false
	commit := func(ok bool) error {
		if done {
			return nil
		}
		done = true
		defer stopWatching()
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
			return nil
		}
		err := buffered.Flush()
		if err == nil {
			err = tmp.Chmod(mode)
		}
		if closeErr := tmp.Close(); err == nil {
			err = closeErr
		}
		if err == nil {
			err = os.Rename(tmp.Name(), path)
		}
		if err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	return buffered, commit, nil
}

// removeOnInterrupt removes the temporary file of a report when the run is interrupted
// (Ctrl-C, or SIGTERM from the system) and ends the process as a shell expects of an
// interrupted command, with 128 plus the signal's number (130 for Ctrl-C): without it, the
// temporary file would be left beside the report. The report itself is left as it was.
// signals are the caught signals; stop ends the watch.
func removeOnInterrupt(signals chan os.Signal, tmp, report string) (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-signals:
			os.Remove(tmp)
			fmt.Fprintf(os.Stderr, "\nfactcheck: interrupted; %s left as it was\n", termsafe.Line(report))
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			signal.Stop(signals)
			close(done)
		})
	}
}

func summaryTarget(format string, out, stderr io.Writer) io.Writer {
	if format == "table" {
		return out
	}
	return stderr
}

func writeSummary(w io.Writer, sum summary, withVerdicts bool) error {
	rows := [][]string{
		{"articles read", fmt.Sprint(sum.articles)},
		{"claims found", fmt.Sprint(sum.claims)},
	}
	if withVerdicts {
		for _, v := range verdictNames {
			rows = append(rows, []string{v, fmt.Sprint(sum.verdicts[v])})
			rows = append(rows, reasonRows(sum.reasons, v)...)
		}
		rows = append(rows, undatedRow(sum.undated)...)
	}
	rows = append(rows, []string{"files passed over (not articles)", fmt.Sprint(sum.skipped)})
	rows = append(rows, []string{"inputs that failed", fmt.Sprint(len(sum.failures))})
	failures := append([]string(nil), sum.failures...)
	sort.Strings(failures)
	return renderSummary(w, rows, failures)
}
