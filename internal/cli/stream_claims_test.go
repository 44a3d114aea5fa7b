package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// A long article's claims are read as a stream (issue 12: with --all a data dump's claims were
// all held until it was written, 1.7 GB for 10 MB): its report, summary and exit code are
// byte for byte those of the claims read whole, in every format that takes parts (the table,
// Markdown and HTML count the rows first, reading the claims twice), with the flags that choose
// rows or count them, whether the stream ends within the claims a worker holds or not.
func TestLongArticleStreamedReportsAsWhole(t *testing.T) {
	dense, news, db := partsFixture(t)
	savedAbove, savedHeld := streamedAbove, heldClaims
	t.Cleanup(func() { streamedAbove, heldClaims = savedAbove, savedHeld })
	t.Setenv("COLUMNS", "80")
	for _, args := range [][]string{
		{"check", "--format", "jsonl"},
		{"check", "--format", "json", "-j", "2"},
		{"check", "--format", "csv", "--only", "inconsistent,revised", "--fail-on", "consistent", "--summary"},
		{"check", "--format", "tsv", "--summary", "-j", "3"},
		{"check", "--format", "md"},
		{"check", "--format", "md", "--only", "inconsistent", "--fail-on", "revised"},
		{"check", "--format", "table", "--summary"},
		{"check", "--format", "table", "--only", "consistent"},
		{"check", "--format", "html"},
		{"extract", "--all", "--format", "jsonl"},
		{"extract", "--all", "--format", "csv", "-j", "2"},
		{"extract", "--all", "--format", "table"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			args := append(append([]string(nil), args...), "--db", db, "--date", "2005-06-01", "-q", dense, news)
			for _, part := range []int{7, 1024} {
				judgedInParts = part
				streamedAbove = 1 << 30
				wholeCode, whole, wholeErr := run(t, "", args...)
				if strings.Count(whole, "\n") < 20 {
					t.Fatalf("the dense article gives %d lines, too few to tell:\n%s", strings.Count(whole, "\n"), whole)
				}
				for _, held := range []int{0, 5, 1 << 20} {
					streamedAbove, heldClaims = 0, held
					code, out, errOut := run(t, "", args...)
					if code != wholeCode || out != whole || errOut != wholeErr {
						t.Errorf("parts of %d, streamed after %d claims: exit %d, %d bytes, stderr %q; read whole: exit %d, %d bytes, stderr %q",
							part, held, code, len(out), errOut, wholeCode, len(whole), wholeErr)
					}
				}
			}
		})
	}
}

// TestAllOfADumpHoldsBoundedMemory: extract --all of a data dump (a figure, and a row, every
// two bytes) holds a bounded heap while it writes, whatever the dump's length (issue 12: the
// claims of the whole article were held, 1.7 GB for 10 MB). Counted, not timed: the heap in
// use after a collection, at every 128th part written, for a dump of 1 and of 2 MB, in a
// format that streams (JSONL) and one that counts its rows first (Markdown).
func TestAllOfADumpHoldsBoundedMemory(t *testing.T) {
	dir := t.TempDir()
	saved := testHookPart
	t.Cleanup(func() { testHookPart = saved })
	for _, format := range []string{"jsonl", "md"} {
		for _, mb := range []int{1, 2} {
			path := writeFile(t, filepath.Join(dir, fmt.Sprintf("dump%d.txt", mb)), []byte(strings.Repeat("5\n", mb<<19)))
			heap := testcorpus.NewHeapPeak(128)
			testHookPart = heap.Sample
			code := Main([]string{"extract", "--all", "--format", format, "--date", "2005-06-01", "-q", "-j", "1", path}, Streams{Out: io.Discard, Err: io.Discard})
			testHookPart = nil
			if code != ExitOK {
				t.Fatalf("%s, %d MB: exit %d", format, mb, code)
			}
			held, parts := heap.Held(), heap.Calls()
			t.Logf("%s, %d MB of \"5\\n\": %d parts, %.1f MB held while writing", format, mb, parts, float64(held)/(1<<20))
			if parts < 128 {
				t.Fatalf("%s, %d MB: %d parts written, too few to tell", format, mb, parts)
			}
			if held > 24<<20 {
				t.Errorf("%s, %d MB of \"5\\n\": %.1f MB held while writing; want at most 24 MB", format, mb, float64(held)/(1<<20))
			}
		}
	}
}
