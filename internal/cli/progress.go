package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/input"
)

// progress draws a bar on stderr while a batch runs: bytes read against the total size of
// the inputs (so that it can say how long is left), articles done, claims found and the rate.
// A nil *progress draws nothing, so callers need no checks.
//
// All methods but start are called from the one goroutine that consumes results in order.
type progress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar
	total    int64 // bytes of all inputs; -1 while unknown
	done     int64 // bytes of the articles finished, as estimated by articleBytes
	articles int
	claims   int

	totals   chan int64    // the size of the inputs, once the background walk has added it up
	stopWalk chan struct{} // closed when the run ends, so that a long walk gives up
	// clearForOutput is set when the report goes to the same terminal: the bar is wiped
	// before each article's rows are written so that the two do not mix on one line.
	clearForOutput bool
	finished       bool
}

// progressRefresh is how often the bar is redrawn at most: a terminal cannot show more, and
// a corpus may finish thousands of articles a second.
const progressRefresh = 150 * time.Millisecond

// newProgress returns a progress bar for a run over paths, or nil when stderr is not a
// terminal or the user asked for quiet.
func newProgress(streams Streams, paths []string, quiet bool, out io.Writer) *progress {
	if quiet || !streams.ErrIsTTY || streams.Err == nil {
		return nil
	}
	p := &progress{
		w:              streams.Err,
		total:          -1,
		totals:         make(chan int64, 1),
		stopWalk:       make(chan struct{}),
		clearForOutput: isTerminal(out),
	}
	p.bar = p.newBar(-1)
	if !slices.Contains(paths, "-") {
		// Walking a large folder takes a while; the bar starts at once with the rate only and
		// learns the total (and so the time left) when the walk is done.
		go func() {
			if total, ok := inputSize(paths, p.stopWalk); ok {
				p.totals <- total
			}
		}()
	}
	return p
}

func (p *progress) newBar(total int64) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(progressRefresh),
		progressbar.OptionSpinnerType(14),
		// No redraws of the spinner on a timer: the library's timer goroutine reads the bar's
		// state without its lock (a data race under -race). The spinner turns as articles end.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription(p.describe()),
	)
}

func (p *progress) describe() string {
	return fmt.Sprintf("%d articles, %d claims", p.articles, p.claims)
}

// beforeReport wipes the bar when the report is written to the same terminal.
func (p *progress) beforeReport() {
	if p != nil && p.clearForOutput {
		_ = p.bar.Clear()
	}
}

// beforeMessage wipes the bar before a message is printed on stderr; the next update draws
// it again below the message.
func (p *progress) beforeMessage() {
	if p != nil {
		_ = p.bar.Clear()
	}
}

// article counts one finished article and its claims.
func (p *progress) article(a *extract.Article, claims int) {
	if p == nil {
		return
	}
	p.articles++
	p.claims += claims
	if a != nil {
		p.done += articleBytes(a)
	}
	select {
	case total := <-p.totals:
		// Replace the spinner with a bar that can say how much is left. Finishing the spinner
		// wipes it and stops its redraws.
		_ = p.bar.Finish()
		p.total = max(total, 1)
		p.bar = p.newBar(p.total)
	default:
	}
	p.bar.Describe(p.describe())
	shown := p.done
	if p.total > 0 {
		// The bytes of an article are an estimate (see articleBytes): never let the bar reach
		// its end, which would stop it, before the run has.
		shown = min(shown, p.total-1)
	}
	_ = p.bar.Set64(shown)
}

// finish removes the bar, leaving stderr as it was before the run.
func (p *progress) finish() {
	if p == nil || p.finished {
		return
	}
	p.finished = true
	close(p.stopWalk)
	// The bar clears itself on finishing (OptionClearOnFinish), which also stops the redraws
	// of a spinner.
	_ = p.bar.Finish()
}

// articleBytes is how many input bytes an article took: its file's size when it was a file
// of its own, else (a line of a JSONL corpus) the length of its text with the quotes, escapes
// and fields that JSON adds, which is within a few percent of the line.
func articleBytes(a *extract.Article) int64 {
	ext := strings.ToLower(filepath.Ext(a.ID))
	if ext != ".jsonl" && input.Extensions[ext] {
		if info, err := os.Stat(a.ID); err == nil && info.Mode().IsRegular() {
			return info.Size()
		}
	}
	const jsonFieldBytes = 24 // {"id": "", "text": ""}, a new line and spaces
	n := len(a.Text) + len(a.ID) + len(a.Title) + len(a.URL) + jsonFieldBytes
	for i := 0; i < len(a.Text); i++ {
		switch a.Text[i] {
		case '\n', '"', '\\', '\t', '\r':
			n++
		}
	}
	return int64(n)
}

// inputSize adds up the sizes of the files that input.Read will read for paths (inputs that
// cannot be read add nothing). It gives up (ok false) when stop is closed first.
func inputSize(paths []string, stop <-chan struct{}) (total int64, ok bool) {
	stopped := false
	err := input.Files(paths, func(p string) error {
		select {
		case <-stop:
			stopped = true
			return input.ErrSkip
		default:
		}
		if info, err := os.Stat(p); err == nil {
			total += info.Size()
		}
		return nil
	})
	if err != nil || stopped {
		return 0, false
	}
	select {
	case <-stop:
		return 0, false
	default:
	}
	return total, true
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && stderrIsTerminal(f)
}
