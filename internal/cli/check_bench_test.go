package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// benchInputs are the real texts a whole check is measured on: the benchmark corpus (one
// JSONL file) and the development articles (a folder of text files).
func benchInputs(b *testing.B) []struct{ name, path string } {
	shared := testcorpus.SharedDir(b)
	return []struct{ name, path string }{
		{"corpus", filepath.Join(shared, "bench", "corpus.jsonl")},
		{"bbc-dev", filepath.Join(shared, "eval", "bbc-dev", "business")},
	}
}

// inputBytes is the size of the files under path, what MB/s is counted in.
func inputBytes(b *testing.B, path string) int64 {
	var total int64
	err := filepath.Walk(path, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() && (strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".jsonl")) {
			total += info.Size()
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return total
}

// BenchmarkCheck runs the whole `check --format jsonl` in-process (reading, extraction,
// lookups, verdicts and output) on 1 worker and on 2, the cores of the reference machine.
func BenchmarkCheck(b *testing.B) {
	benchmarkCommand(b, "check")
}

// BenchmarkExtractAll runs the whole `extract --all --format jsonl` in-process, the command
// that writes a row for every figure found (a hundred and seventy times the rows of check on
// the corpus): its cost beside BenchmarkCheck is the cost of those rows.
func BenchmarkExtractAll(b *testing.B) {
	benchmarkCommand(b, "extract", "--all")
}

// benchmarkCommand runs a command with jsonl output over each benchmark input, on 1 worker
// and on 2.
func benchmarkCommand(b *testing.B, command ...string) {
	db := filepath.Join(b.TempDir(), "reference.db")
	// A database named with --db is built by ref init, never on first use.
	if code := Main([]string{"ref", "init", "--db", db}, Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK {
		b.Fatalf("ref init: exit %d", code)
	}
	for _, in := range benchInputs(b) {
		for _, workers := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/workers=%d", in.name, workers), func(b *testing.B) {
				args := append(append([]string(nil), command...), in.path, "--db", db, "--format", "jsonl", "--date", "2005-06-01", "-q", "-j", fmt.Sprint(workers))
				// The first run measures the table's revisions outside the measured loop.
				if code := Main(args, Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK {
					b.Fatalf("exit %d", code)
				}
				b.SetBytes(inputBytes(b, in.path))
				b.ResetTimer()
				for b.Loop() {
					if code := Main(args, Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK {
						b.Fatalf("exit %d", code)
					}
				}
			})
		}
	}
}

// BenchmarkCheckShortArticle is the editor's case: the whole command on one short article,
// start-up included (configuration, lexicon, finding and opening the database).
func BenchmarkCheckShortArticle(b *testing.B) {
	dir := b.TempDir()
	article := filepath.Join(dir, "draft.txt")
	text := "March 4, 2025\n\nGermany's economy shrank 0.3% in 2023, and inflation eased to 2.3% in 2024.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"default-db", nil},
		{"named-db", []string{"--db", filepath.Join(dir, "reference.db")}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.Setenv("XDG_DATA_HOME", dir)
			if tt.args != nil {
				// A database named with --db is built by ref init, never on first use.
				if code := Main(append([]string{"ref", "init"}, tt.args...), Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK {
					b.Fatalf("ref init: exit %d", code)
				}
			}
			args := append([]string{"check", article, "-q"}, tt.args...)
			if code := Main(args, Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK {
				b.Fatalf("exit %d", code)
			}
			b.ResetTimer()
			for b.Loop() {
				if code := Main(args, Streams{Out: io.Discard, Err: io.Discard}); code != ExitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
