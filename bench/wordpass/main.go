// Command wordpass is the speed anchor of bench/run: it splits a file into words by the
// Unicode word boundaries of UAX #29 (github.com/clipperhouse/uax29) and reports how many
// megabytes of it that takes per CPU second. Splitting text into words is the least any
// reader of prose does, so it is the yardstick `check` is measured against: a check at 1.0
// of a word pass costs no more than reading the words once.
//
// Each run streams the file through one buffer of a megabyte, cut at line ends, and iterates
// over its words, as check streams a corpus; the fastest of -runs runs is reported, since
// other load on a shared machine only ever slows a run down. (It read the whole file into
// fresh memory before: on a virtual machine, where a page fault costs tens of microseconds,
// the faults of 100 MB then weighed more than the segmentation and moved with the machine.)
//
// Usage: wordpass [-runs N] [-rate] FILE
package main

import (
	"bytes"
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
	buf := make([]byte, pieceBytes)
	for range *runs {
		start, ok := cputime.Used()
		if !ok {
			return errors.New("this system does not report the CPU time of a process")
		}
		var err error
		size, count, err = countFileWords(path, buf)
		if err != nil {
			return err
		}
		end, _ := cputime.Used()
		if took := end - start; best == 0 || took < best {
			best = took
		}
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

// pieceBytes is how much of the file is segmented at a time.
const pieceBytes = 1 << 20

// countFileWords streams the file at path through buf and counts its words, segmenting it a
// piece at a time cut after the last line end that fits: UAX #29 always breaks at a line end,
// so the count is the whole file's. It returns the file's size and the count.
func countFileWords(path string, buf []byte) (size, count int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, fmt.Errorf("read corpus: %w", err)
	}
	defer f.Close()
	held := 0 // bytes at the start of buf carried over from the last read: a line not yet ended
	for {
		n, err := io.ReadFull(f, buf[held:])
		size += n
		filled := held + n
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return size, count + countWords(buf[:filled]), nil
		}
		if err != nil {
			return 0, 0, fmt.Errorf("read corpus: %w", err)
		}
		cut := bytes.LastIndexByte(buf[:filled], '\n') + 1
		if cut == 0 {
			cut = filled // a line longer than the buffer: cut inside it
		}
		count += countWords(buf[:cut])
		held = copy(buf, buf[cut:filled])
	}
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
