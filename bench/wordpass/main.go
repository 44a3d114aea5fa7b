// Command wordpass is the speed anchor of bench/run: it splits a file into words by the
// Unicode word boundaries of UAX #29 (github.com/clipperhouse/uax29) and reports how many
// megabytes of it that takes per CPU second. Splitting text into words is the least any
// reader of prose does, so it is the yardstick `check` is measured against: a check at 1.0
// of a word pass costs no more than reading the words once.
//
// Each run reads the whole file and iterates over its words, as check reads a corpus; the
// fastest of -runs runs is reported, since other load on a shared machine only ever slows a
// run down.
//
// Usage: wordpass [-runs N] [-rate] FILE
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/clipperhouse/uax29/v2/words"

	"github.com/factcheck/factcheck/internal/cputime"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "wordpass: %v\n", err)
		os.Exit(2)
	}
}

func run(args []string, out io.Writer) error {
	flags := flag.NewFlagSet("wordpass", flag.ContinueOnError)
	runs := flags.Int("runs", 5, "passes over the file; the fastest is reported")
	rateOnly := flags.Bool("rate", false, "print only the megabytes per CPU second, for scripts")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() != 1 || *runs < 1 {
		return errors.New("usage: wordpass [-runs N] [-rate] FILE")
	}
	path := flags.Arg(0)
	var best time.Duration
	var size, count int
	for range *runs {
		start, ok := cputime.Used()
		if !ok {
			return errors.New("this system does not report the CPU time of a process")
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read corpus: %w", err)
		}
		count = countWords(data)
		end, _ := cputime.Used()
		if took := end - start; best == 0 || took < best {
			best = took
		}
		size = len(data)
	}
	if best <= 0 {
		return fmt.Errorf("%s: too small to time (%d bytes); use a larger file", path, size)
	}
	rate := float64(size) / 1e6 / best.Seconds()
	if *rateOnly {
		_, err := fmt.Fprintf(out, "%.1f\n", rate)
		return err
	}
	_, err := fmt.Fprintf(out, "%s: %.1f MB, %d words; fastest of %d: %.3f CPU s, %.1f MB per CPU second\n",
		path, float64(size)/1e6, count, *runs, best.Seconds(), rate)
	return err
}

// countWords iterates over the words of text, as a word-level reader would, and counts the
// segments (words, spaces and punctuation alike), which keeps the pass from being optimised
// away.
func countWords(text []byte) int {
	n := 0
	for it := words.FromBytes(text); it.Next(); {
		n++
	}
	return n
}
