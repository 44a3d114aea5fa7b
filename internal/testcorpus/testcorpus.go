// Package testcorpus finds the shared material that sits beside the repository (../shared from
// the repository root) for tests and benchmarks, and loads the benchmark corpus from it. Every
// helper skips the calling test when the material is absent, so that the repository's tests
// pass on their own. Long skips the long tests unless FACTCHECK_LONG_TESTS=1, as CI sets it.
package testcorpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/factcheck/factcheck/internal/cputime"
)

// SharedDir returns the absolute path of ../shared beside the repository root, or skips tb.
// The root is found from the working directory, which go test sets to the package's folder,
// so that the path does not depend on how deep the package is.
func SharedDir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatalf("no go.mod above the working directory")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		tb.Skipf("../shared is not beside the repository (%v); skipping", err)
	}
	return shared
}

// Path is the benchmark corpus file, one JSON article a line.
func Path(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(SharedDir(tb), "bench", "corpus.jsonl")
}

// Lines returns the corpus lines, at most limit of them (all when limit <= 0), each a copy.
func Lines(tb testing.TB, limit int) [][]byte {
	tb.Helper()
	f, err := os.Open(Path(tb))
	if err != nil {
		tb.Skipf("benchmark corpus absent: %v", err)
	}
	defer f.Close()
	var lines [][]byte
	sc := bufio.NewScanner(f)
	// Some articles are long single lines, far past bufio's 64 kB default.
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for (limit <= 0 || len(lines) < limit) && sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reading the benchmark corpus: %v", err)
	}
	return lines
}

// Texts returns the text of every corpus article.
func Texts(tb testing.TB) []string {
	tb.Helper()
	lines := Lines(tb, 0)
	texts := make([]string, 0, len(lines))
	for i, line := range lines {
		var article struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(line, &article); err != nil {
			tb.Fatalf("benchmark corpus line %d: %v", i+1, err)
		}
		texts = append(texts, article.Text)
	}
	return texts
}

// Articles returns the text of every file the glob pattern names under the shared folder
// ("eval/*/*/*.txt": the articles of the dev sets), failing when it names none.
func Articles(tb testing.TB, pattern string) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(SharedDir(tb), pattern))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no shared articles match %s (%v)", pattern, err)
	}
	texts := make([]string, 0, len(paths))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// Sample writes the first n corpus lines to a JSONL file in tb's temporary folder and returns
// its path.
func Sample(tb testing.TB, n int) string {
	tb.Helper()
	var sample bytes.Buffer
	for _, line := range Lines(tb, n) {
		sample.Write(line)
		sample.WriteByte('\n')
	}
	path := filepath.Join(tb.TempDir(), "sample.jsonl")
	if err := os.WriteFile(path, sample.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// ByteOffset converts an offset in runes, as the Recognizers-Text specs of the shared
// material count them, into a byte offset of s; past the end it is len(s).
func ByteOffset(s string, runeIndex int) int {
	n := 0
	for i := range s {
		if n == runeIndex {
			return i
		}
		n++
	}
	return len(s)
}

// CPUThroughput measures the CPU time b's loop takes, garbage collection on other threads
// included, and reports it as "cpu-MB/s": megabytes per CPU second, the speed of one core,
// which other load on a shared machine barely changes (wall time does). Call the returned
// function after the loop.
func CPUThroughput(b *testing.B, bytesPerOp int) (stop func()) {
	b.Helper()
	start, ok := cputime.Used()
	return func() {
		end, ok2 := cputime.Used()
		if !ok || !ok2 || end <= start {
			return
		}
		b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/(end-start).Seconds(), "cpu-MB/s")
	}
}
