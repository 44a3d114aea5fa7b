package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// runWith runs factcheck in-process with stderr reported as a terminal or not.
func runWith(t *testing.T, errIsTTY bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, Streams{In: strings.NewReader(""), Out: &out, Err: &errOut, ErrIsTTY: errIsTTY})
	return code, out.String(), errOut.String()
}

// TestOutputIsTheSameWhateverTheWorkerCount runs real articles through every format on one
// worker and on four: the reports must be identical byte for byte.
func TestOutputIsTheSameWhateverTheWorkerCount(t *testing.T) {
	t.Parallel() // seconds of checking on the shared database, which it only reads
	dev := filepath.Join(testcorpus.SharedDir(t), "eval", "bbc-dev", "business")
	// 130 articles of every kind are enough for four workers to finish out of order.
	corpus := testcorpus.Sample(t, 100)
	db := testDB(t)
	for _, cmd := range []string{"check", "extract"} {
		for _, format := range []string{"jsonl", "csv", "table", "json"} {
			t.Run(cmd+"/"+format, func(t *testing.T) {
				var reports [2]string
				for i, workers := range []string{"1", "4"} {
					code, out, errOut := runWith(t, false, cmd, dev, corpus, "--db", db, "--format", format, "--date", "2005-06-01", "--all", "-j", workers)
					if code != ExitOK {
						t.Fatalf("%s workers: exit %d: %s", workers, code, errOut)
					}
					reports[i] = out
				}
				if reports[0] == "" {
					t.Fatal("empty report")
				}
				if reports[0] != reports[1] {
					t.Errorf("the report on 4 workers differs from the report on 1 (%d and %d bytes)", len(reports[1]), len(reports[0]))
				}
			})
		}
	}
}

func TestSummaryGoesAfterATableAndToStderrOtherwise(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	text := "March 4, 2025\n\nChina's economy grew 9.9% in 2023, official figures show. Germany's economy shrank 0.3% in 2023.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	db := testDB(t)
	tests := []struct {
		name          string
		args          []string
		code          int
		outHas        []string
		outHasNot     []string
		errHas        []string
		rowsInOut     int // JSONL rows on stdout; -1 when the format is not JSONL
		errHasNothing bool
	}{
		{
			name:      "a table ends with the summary",
			args:      []string{"check", article, "--summary", "--format", "table"},
			outHas:    []string{"Summary", "articles read", "claims found", "inconsistent", "inputs that failed"},
			rowsInOut: -1, errHasNothing: true,
		},
		{
			name:      "jsonl keeps its rows clean and prints the summary on stderr",
			args:      []string{"check", article, "--summary", "--format", "jsonl"},
			outHasNot: []string{"articles read"},
			errHas:    []string{"Summary", "articles read", "claims found"},
			rowsInOut: 2,
		},
		{
			name:      "no summary unless asked",
			args:      []string{"check", article, "--format", "csv"},
			outHasNot: []string{"articles read"},
			rowsInOut: -1, errHasNothing: true,
		},
		{
			name:      "only keeps the rows of the named verdicts but the summary counts all",
			args:      []string{"check", article, "--summary", "--format", "jsonl", "--only", "inconsistent"},
			errHas:    []string{"claims found       │ 2", "inconsistent       │ 1"},
			rowsInOut: 1,
		},
		{
			name:      "failed inputs are listed with the reason",
			args:      []string{"check", missing, article, "--summary", "--format", "jsonl"},
			code:      ExitUsage,
			errHas:    []string{"inputs that failed │ 1", "failed: " + missing},
			rowsInOut: 2,
		},
		{
			name:      "extract has no verdict counts",
			args:      []string{"extract", article, "--summary", "--format", "jsonl"},
			errHas:    []string{"claims found       │ 2"},
			rowsInOut: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runWith(t, false, append(tt.args, "--db", db)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut)
			}
			for _, s := range tt.outHas {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.outHasNot {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			for _, s := range tt.errHas {
				// The summary's column is as wide as its longest row: compare cells, not padding.
				if !strings.Contains(squeezeSpaces(errOut), squeezeSpaces(s)) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if tt.errHasNothing && errOut != "" {
				t.Errorf("stderr is not empty:\n%s", errOut)
			}
			if tt.name == "extract has no verdict counts" && strings.Contains(errOut, "consistent") {
				t.Errorf("extract counts verdicts:\n%s", errOut)
			}
			if tt.rowsInOut >= 0 {
				if got := len(jsonlRows(t, out)); got != tt.rowsInOut {
					t.Errorf("%d rows, want %d:\n%s", got, tt.rowsInOut, out)
				}
			}
		})
	}
}

func TestOnlyRefusesUnknownVerdicts(t *testing.T) {
	code, _, errOut := runWith(t, false, "check", "x.txt", "--only", "wrong,inconsistent")
	if code != ExitUsage || !strings.Contains(errOut, `unknown verdict "wrong"`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// squeezeSpaces turns every run of spaces into one.
func squeezeSpaces(s string) string {
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ")
	}
	return s
}
