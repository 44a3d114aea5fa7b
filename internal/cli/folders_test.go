package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAFolderWithNoArticlesIsAnInputError(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	images := filepath.Join(dir, "docs")
	writeFile(t, filepath.Join(images, "desk.png"), []byte("\x89PNG\r\n"))
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	mixed := filepath.Join(dir, "mixed")
	writeFile(t, filepath.Join(mixed, "a.txt"), []byte("March 4, 2025\n\nGermany's economy shrank 0.3% in 2023.\n"))
	for _, name := range []string{"b.text", "c.rtf", "noext"} {
		writeFile(t, filepath.Join(mixed, name), []byte("x"))
	}
	tests := []struct {
		name       string
		args       []string
		code       int
		wantErr    []string // each an error line, in order
		wantStderr []string // other text stderr holds
		wantOut    []string
	}{
		{"a folder of images", []string{"check", images},
			ExitUsage, []string{images + ": no articles in it (looked for .txt, .md, .html, .jsonl, .docx; 1 other file passed over)"}, nil, nil},
		{"an empty folder, with --fail-on", []string{"check", empty, "--fail-on", "consistent"},
			ExitUsage, []string{empty + ": no articles in it: the folder holds no file"}, nil, nil},
		{"extract of an empty folder", []string{"extract", empty},
			ExitUsage, []string{empty + ": no articles in it: the folder holds no file"}, nil, nil},
		{"the other inputs are still checked", []string{"check", empty, mixed, "-f", "csv"},
			ExitUsage, []string{empty + ": no articles in it"}, nil, []string{"a.txt"}},
		{"files passed over are counted in the summary", []string{"check", mixed, "--summary"},
			ExitOK, nil, nil, []string{"files passed over (not articles)", "│ 3 "}},
		{"and named with -v", []string{"check", mixed, "-v", "-f", "csv"},
			ExitOK, nil, []string{"passed over " + filepath.Join(mixed, "b.text") + ": not an article by its name", "c.rtf", "noext"}, nil},
		{"and not named without it", []string{"check", mixed, "-f", "csv"}, ExitOK, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", append(tt.args, "--db", db, "-q")...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			errs := errorLines(t, errOut)
			if len(errs) != len(tt.wantErr) {
				t.Fatalf("errors %q, want %q", errs, tt.wantErr)
			}
			for i, want := range tt.wantErr {
				if !strings.HasPrefix(errs[i], "factcheck: error: "+want) {
					t.Errorf("error %q, want %q", errs[i], want)
				}
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(errOut, want) {
					t.Errorf("stderr %q lacks %q", errOut, want)
				}
			}
			if tt.wantStderr == nil && strings.Contains(errOut, "passed over") && len(tt.wantErr) == 0 {
				t.Errorf("stderr names files passed over without -v: %q", errOut)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestANewReportInsideAnInputFolderIsRefused(t *testing.T) {
	db := testDB(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "examples")
	writeFile(t, filepath.Join(corpus, "a.txt"), []byte("March 4, 2025\n\nGermany's economy shrank 0.3% in 2023.\n"))
	tests := []struct {
		name    string
		args    []string
		output  string
		refused bool
	}{
		{"a table in the folder", []string{"check", corpus}, filepath.Join(corpus, "out.txt"), true},
		{"a table in a subfolder", []string{"check", corpus}, filepath.Join(corpus, "sub", "out.txt"), true},
		{"an HTML report by a pattern's folder", []string{"check", filepath.Join(dir, "exam*")}, filepath.Join(corpus, "report.html"), true},
		{"JSONL in the folder", []string{"extract", corpus}, filepath.Join(corpus, "claims.jsonl"), true},
		{"CSV in the folder is no article", []string{"check", corpus}, filepath.Join(corpus, "review.csv"), false},
		{"a table beside the folder", []string{"check", corpus}, filepath.Join(dir, "out.txt"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.MkdirAll(filepath.Dir(tt.output), 0o755)
			defer os.Remove(tt.output)
			code, out, errOut := run(t, "", append(tt.args, "--db", db, "-q", "-o", tt.output)...)
			_, statErr := os.Stat(tt.output)
			if tt.refused {
				if code != ExitUsage || out != "" || !strings.Contains(errOut, "is inside the input folder") || !strings.Contains(errOut, "hint:") || statErr == nil {
					t.Errorf("exit %d, stderr %q, written %v; want it refused before anything is written", code, errOut, statErr == nil)
				}
				return
			}
			if code != ExitOK || statErr != nil {
				t.Errorf("exit %d, stderr %q, written %v; want the report written", code, errOut, statErr == nil)
			}
		})
	}
}
