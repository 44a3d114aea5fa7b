package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMistakesInFlagsAndFilesGetMessagesThatHelp(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	wrong := writeFile(t, filepath.Join(dir, "wrong.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023, official figures show.\n"))
	folder := filepath.Join(dir, "reports")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	missingDir := filepath.Join(dir, "nodir")
	tests := []struct {
		name      string
		args      []string
		code      int
		wantError string // the start of the one error line, after "factcheck: error: "
		wantHint  string
	}{
		{"a misspelt --fail-on verdict", []string{"check", wrong, "--fail-on", "inconsistant"}, ExitUsage,
			`--fail-on: unknown verdict "inconsistant" (did you mean "inconsistent"`, ""},
		{"a misspelt --only verdict", []string{"check", wrong, "--only", "outdatd"}, ExitUsage,
			`--only: unknown verdict "outdatd" (did you mean "outdated"?)`, ""},
		{"a verdict in capitals", []string{"check", wrong, "--fail-on", "Inconsistent", "-f", "csv"}, ExitFailOn, "", ""},
		{"verdicts with a space after the comma", []string{"check", wrong, "--fail-on", "outdated, inconsistent", "-f", "csv"}, ExitFailOn, "", ""},
		{"a verdict with a hyphen", []string{"check", wrong, "--only", "no-reference,inconsistent", "-f", "csv"}, ExitOK, "", ""},
		{"a misspelt --format", []string{"check", wrong, "--format", "cvs"}, ExitUsage, `--format "cvs": unknown format (did you mean "csv"`, ""},
		{"a misspelt --format of a ref listing", []string{"ref", "list", "--format", "jsnol"}, ExitUsage, `--format "jsnol": unknown format (did you mean "jsonl"?)`, ""},
		{"-o in a folder that does not exist", []string{"check", wrong, "-o", filepath.Join(missingDir, "x.csv")}, ExitUsage,
			"-o " + filepath.Join(missingDir, "x.csv") + ": the folder " + missingDir + " does not exist", "create the folder first"},
		{"-o naming a folder", []string{"check", wrong, "-o", folder}, ExitUsage, "-o " + folder + " is a folder", "-o " + filepath.Join(folder, "review.csv")},
		{"-o naming a folder, with --format", []string{"check", wrong, "-f", "csv", "-o", folder}, ExitUsage, "-o " + folder + " is a folder", ""},
		{"eval of a file that is no gold", []string{"eval", "--gold", wrong, "--docs", dir}, ExitUsage,
			wrong + " line 1: not gold annotations", ""},
		{"eval of a gold file that does not exist", []string{"eval", "--gold", filepath.Join(dir, "gold.jsonl"), "--docs", dir}, ExitUsage,
			filepath.Join(dir, "gold.jsonl") + ": no such file or directory", ""},
		{"eval of a --docs that does not exist", []string{"eval", "--gold", wrong, "--docs", missingDir}, ExitUsage,
			"--docs " + missingDir + ": no such file or directory", ""},
		{"ref import of a file that does not exist", []string{"ref", "import", filepath.Join(dir, "figures.csv")}, ExitUsage,
			filepath.Join(dir, "figures.csv") + ": no such file or directory", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(tt.args, "--db", db)
			if args[0] == "check" {
				args = append(args, "-q")
			}
			code, _, errOut := run(t, "", args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			errs := errorLines(t, errOut)
			if tt.wantError == "" {
				if len(errs) > 0 {
					t.Errorf("errors %q, want none", errs)
				}
				return
			}
			if len(errs) != 1 || !strings.HasPrefix(errs[0], "factcheck: error: "+tt.wantError) {
				t.Errorf("errors %q, want one beginning %q", errs, tt.wantError)
			}
			if tt.wantHint != "" && !strings.Contains(errOut, "factcheck: hint: "+tt.wantHint) && !strings.Contains(errOut, "factcheck: hint: name the report file itself, e.g. "+tt.wantHint) {
				t.Errorf("stderr %q lacks the hint %q", errOut, tt.wantHint)
			}
		})
	}
}

func TestFailOnSaysWhatMatchedWhenOnlyHidIt(t *testing.T) {
	db := testDB(t)
	wrong := writeFile(t, filepath.Join(t.TempDir(), "wrong.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023, official figures show.\n"))
	tests := []struct {
		name     string
		args     []string
		code     int
		wantNote string // "" for no note
	}{
		{"the matching row hidden", []string{"--fail-on", "inconsistent,outdated", "--only", "outdated"}, ExitFailOn,
			"factcheck: note: --fail-on matched rows that --only left out of the report (1 inconsistent)\n"},
		{"the matching row shown", []string{"--fail-on", "inconsistent", "--only", "inconsistent"}, ExitFailOn, ""},
		{"no --only", []string{"--fail-on", "inconsistent"}, ExitFailOn, ""},
		{"nothing matched", []string{"--fail-on", "outdated", "--only", "outdated"}, ExitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := run(t, "", append([]string{"check", wrong, "--db", db, "-q", "-f", "csv"}, tt.args...)...)
			if code != tt.code || errOut != tt.wantNote {
				t.Errorf("exit %d, stderr %q; want exit %d, stderr %q", code, errOut, tt.code, tt.wantNote)
			}
		})
	}
}
