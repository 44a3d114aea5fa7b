package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOnlyLeavesOutArticlesWithNothingKeptAndOneSummaryIsPrinted runs several articles, one
// with an inconsistent claim, one whose claims are all consistent and one with no claim,
// through --only and --summary in the formats where each could go wrong.
func TestOnlyLeavesOutArticlesWithNothingKeptAndOneSummaryIsPrinted(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("March 4, 2025\n\n"+text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	mixed := write("mixed.txt", "China's economy grew 9.9% in 2023, official figures show. Germany's economy shrank 0.3% in 2023.")
	consistent := write("consistent.txt", "Germany's economy shrank 0.3% in 2023.")
	none := write("none.txt", "The weather was fine all week.")
	db := testDB(t)
	tests := []struct {
		name         string
		args         []string
		outHas       []string
		outHasNot    []string
		outCount     map[string]int
		errCount     map[string]int
		inconsistent bool
	}{
		{
			name:      "a table under --only shows only articles with kept rows",
			args:      []string{"--format", "table", "--only", "inconsistent"},
			outHas:    []string{"mixed.txt"},
			outHasNot: []string{"consistent.txt", "none.txt", "no claims found"},
		},
		{
			name:      "markdown under --only says nothing of articles with no kept rows",
			args:      []string{"--format", "md", "--only", "inconsistent"},
			outHas:    []string{"mixed.txt"},
			outHasNot: []string{"consistent.txt", "none.txt", "no claims found"},
		},
		{
			name:   "without --only an article with no claim is still listed",
			args:   []string{"--format", "table"},
			outHas: []string{"mixed.txt", "consistent.txt", "none.txt", "no claims found"},
		},
		{
			name:      "a table with --summary ends with one summary, not the line and the table",
			args:      []string{"--format", "table", "--summary"},
			outCount:  map[string]int{"Summary\n": 1, "articles read": 1},
			outHasNot: []string{"claims in 3 articles"},
		},
		{
			name:     "a table with --summary and --only still prints one summary",
			args:     []string{"--format", "table", "--summary", "--only", "inconsistent"},
			outCount: map[string]int{"Summary\n": 1, "articles read": 1},
		},
		{
			name:     "csv with --summary prints one summary, on stderr",
			args:     []string{"--format", "csv", "--summary"},
			outCount: map[string]int{"Summary\n": 0},
			errCount: map[string]int{"Summary\n": 1, "articles read": 1},
		},
		{
			name:     "html with --summary prints one summary on stderr",
			args:     []string{"--format", "html", "--summary"},
			errCount: map[string]int{"Summary\n": 1, "articles read": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"check", mixed, consistent, none, "--db", db, "-j", "1"}, tt.args...)
			code, out, errOut := runWith(t, false, args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
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
			for s, n := range tt.outCount {
				if got := strings.Count(out, s); got != n {
					t.Errorf("stdout has %q %d times, want %d:\n%s", s, got, n, out)
				}
			}
			for s, n := range tt.errCount {
				if got := strings.Count(errOut, s); got != n {
					t.Errorf("stderr has %q %d times, want %d:\n%s", s, got, n, errOut)
				}
			}
		})
	}
}

func TestBOMIsForCSVAndTSVOnly(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("March 4, 2025\n\nGermany's economy shrank 0.3% in 2023.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := testDB(t)
	for _, tc := range []struct {
		format string
		code   int
		prefix string
	}{
		{"csv", ExitOK, "\uFEFFarticle,"},
		{"tsv", ExitOK, "\uFEFFarticle\t"},
		{"jsonl", ExitUsage, ""},
		{"table", ExitUsage, ""},
	} {
		code, out, errOut := runWith(t, false, "check", article, "--db", db, "--format", tc.format, "--bom")
		if code != tc.code {
			t.Errorf("%s --bom: exit %d, want %d: %s", tc.format, code, tc.code, errOut)
			continue
		}
		if tc.code == ExitOK && !strings.HasPrefix(out, tc.prefix) {
			t.Errorf("%s --bom starts %q, want %q", tc.format, out[:min(len(out), 12)], tc.prefix)
		}
		if tc.code != ExitOK && !strings.Contains(errOut, "--bom") {
			t.Errorf("%s --bom: the error does not name the flag: %s", tc.format, errOut)
		}
	}
}
