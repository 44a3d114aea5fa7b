package cli

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

func TestProgressBarOnlyOnATerminalAndNotWhenQuiet(t *testing.T) {
	corpus := testcorpus.Sample(t, 200)
	db := testDB(t)
	tests := []struct {
		name     string
		cmd      string
		errIsTTY bool
		extra    []string
		drawn    bool
	}{
		{"stderr is a terminal", "check", true, nil, true},
		{"stderr is a file or a pipe", "check", false, nil, false},
		{"quiet on a terminal", "check", true, []string{"--quiet"}, false},
		{"extract on a terminal", "extract", true, nil, true},
		{"extract quiet on a terminal", "extract", true, []string{"-q"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{tt.cmd, corpus, "--db", db, "--format", "jsonl", "--date", "2005-06-01"}, tt.extra...)
			code, out, errOut := runWith(t, tt.errIsTTY, args...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if len(jsonlRows(t, out)) == 0 {
				t.Fatal("no rows: the sample should hold claims")
			}
			if !tt.drawn {
				if errOut != "" {
					t.Errorf("stderr should be empty, got %q", errOut)
				}
				return
			}
			if !strings.Contains(errOut, "articles") || !strings.Contains(errOut, "claims") {
				t.Errorf("the bar does not count articles and claims: %q", errOut)
			}
			if !strings.Contains(errOut, "MB") && !strings.Contains(errOut, "kB") {
				t.Errorf("the bar does not count bytes: %q", errOut)
			}
			// The bar wipes itself at the end: what follows the last carriage return is blank.
			last := errOut[strings.LastIndex(errOut, "\r"):]
			if strings.TrimSpace(last) != "" {
				t.Errorf("the bar is left on the terminal: %q", last)
			}
		})
	}
}

func TestProgressMessagesDoNotShareALineWithTheBar(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(good, []byte("March 4, 2025\n\nChina's economy grew 5.2% in 2023.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runWith(t, true, "check", good, filepath.Join(dir, "missing.txt"), good, "--db", testDB(t), "--format", "jsonl")
	if code != ExitUsage {
		t.Fatalf("exit %d, want %d", code, ExitUsage)
	}
	for _, line := range strings.Split(errOut, "\n") {
		if i := strings.Index(line, "factcheck: error:"); i >= 0 && strings.TrimSpace(line[strings.LastIndex(line[:i+1], "\r")+1:i]) != "" {
			t.Errorf("the error shares its line with the bar: %q", line)
		}
	}
	if !strings.Contains(errOut, "missing.txt") {
		t.Errorf("the failed input is not reported: %q", errOut)
	}
}

func TestArticleBytesOfAFileIsItsSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	html := "<html><head><title>T</title></head><body><p>Growth was 2%.</p></body></html>"
	if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := articleBytes(&extract.Article{ID: path, Text: "Growth was 2%."}); got != int64(len(html)) {
		t.Errorf("articleBytes = %d, want the file's %d bytes", got, len(html))
	}
}

// TestArticleBytesOfJSONLinesIsCloseToTheirLength holds the estimate for corpus lines within
// 2% of the real bytes, so that the time left is within 2% too.
func TestArticleBytesOfJSONLinesIsCloseToTheirLength(t *testing.T) {
	f, err := os.Open(testcorpus.Sample(t, 300))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines, estimated int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		lines += int64(len(sc.Bytes()) + 1)
		estimated += articleBytes(&extract.Article{ID: a.ID, Text: a.Text})
	}
	if ratio := float64(estimated) / float64(lines); ratio < 0.98 || ratio > 1.02 {
		t.Errorf("estimated %d bytes for %d bytes of lines (ratio %.3f)", estimated, lines, ratio)
	}
}

func TestInputSizeCountsWhatIsRead(t *testing.T) {
	dir := t.TempDir()
	files := map[string]int{
		"a.txt":          10,
		"sub/b.jsonl":    20,
		"sub/c.md":       30,
		"sub/d.png":      1000, // not read from a folder
		"other/e.html":   40,
		"other/f.txt":    50,
		"other/deep/g.x": 2000,
	}
	for name, size := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(strings.Repeat("x", size)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(dir, "sub"), link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		paths []string
		want  int64
	}{
		{"a folder, recursively, with only the extensions read", []string{filepath.Join(dir, "sub")}, 50},
		{"a link to a folder, followed as input.Read follows it", []string{link}, 50},
		{"a file named explicitly, whatever its extension", []string{filepath.Join(dir, "sub", "d.png")}, 1000},
		{"a glob", []string{filepath.Join(dir, "other", "*.txt"), filepath.Join(dir, "a.txt")}, 60},
		{"everything", []string{dir}, 150},
		{"a missing file adds nothing", []string{filepath.Join(dir, "nope.txt"), filepath.Join(dir, "a.txt")}, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := inputSize(tt.paths, make(chan struct{}))
			if !ok || got != tt.want {
				t.Errorf("inputSize = %d, %v; want %d, true", got, ok, tt.want)
			}
		})
	}
	stop := make(chan struct{})
	close(stop)
	if _, ok := inputSize([]string{dir}, stop); ok {
		t.Error("a stopped walk still reports a total")
	}
}
