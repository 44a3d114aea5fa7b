package cli

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestCorpusReportsGolden runs check and extract --all over the benchmark corpus and compares
// the reports, byte for byte, with the runs recorded in testdata/corpus/: a change meant to make
// the tool faster must not change a single byte it writes. The articles are the BBC's and may
// not be copied into the repository, so the golden files hold digests rather than the reports:
// for JSONL, one line per article (id, rows, digest of its lines), so that a failure names the
// articles whose rows changed and prints their new rows; for the other formats, the size and
// digest of the whole report. Run `go test ./internal/cli -run CorpusReportsGolden -update`
// after an intended change, and read the rows the failure printed first.
func TestCorpusReportsGolden(t *testing.T) {
	whole := testcorpus.Path(t)
	if _, err := os.Stat(whole); err != nil {
		t.Skipf("benchmark corpus absent: %v", err)
	}
	slice := testcorpus.Sample(t, 300)
	// The corpus carries no publication dates: a fixed --date keeps the verdicts from
	// depending on the day the test runs.
	judged := []string{"--db", testDB(t), "--date", "2005-06-01", "-q", "-j", "1"}
	for _, tc := range []struct {
		name   string
		corpus string
		args   []string
	}{
		{"check.jsonl", whole, append([]string{"check", "--format", "jsonl"}, judged...)},
		{"extract-all.jsonl", whole, []string{"extract", "--all", "--format", "jsonl", "-q", "-j", "1"}},
		{"check.json", slice, append([]string{"check", "--format", "json"}, judged...)},
		{"check.csv", slice, append([]string{"check", "--format", "csv"}, judged...)},
		{"extract-all.csv", slice, []string{"extract", "--all", "--format", "csv", "-q", "-j", "1"}},
		{"extract-all.md", slice, []string{"extract", "--all", "--format", "md", "-q", "-j", "1"}},
		{"check.table", slice, append([]string{"check", "--format", "table", "--summary"}, judged...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, "", append(tc.args, tc.corpus)...)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			golden := filepath.Join("testdata", "corpus", tc.name+".digest")
			got := reportDigest(t, out, strings.HasSuffix(tc.name, ".jsonl"))
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("the %s report differs from the one recorded in %s:\n%s", tc.name, golden, digestDiff(string(want), got, out))
			}
		})
	}
}

// reportDigest is what the golden files hold: the size and digest of the whole report, then,
// for JSONL, a line per article in report order: its id, its rows, and the digest of its lines.
func reportDigest(t *testing.T, report string, perArticle bool) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "report %d bytes %d lines %s\n", len(report), strings.Count(report, "\n"), digest(report))
	if !perArticle {
		return b.String()
	}
	for _, a := range articleRuns(t, report) {
		fmt.Fprintf(&b, "%s %d %s\n", a.id, len(a.lines), digest(strings.Join(a.lines, "\n")))
	}
	return b.String()
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:12])
}

// articleRun is the consecutive JSONL lines of one article.
type articleRun struct {
	id    string
	lines []string
}

func articleRuns(t *testing.T, report string) []articleRun {
	t.Helper()
	var runs []articleRun
	sc := bufio.NewScanner(strings.NewReader(report))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var row struct {
			Article string `json:"article"`
		}
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("bad JSONL line %q: %v", sc.Text(), err)
		}
		if len(runs) == 0 || runs[len(runs)-1].id != row.Article {
			runs = append(runs, articleRun{id: row.Article})
		}
		last := &runs[len(runs)-1]
		last.lines = append(last.lines, sc.Text())
	}
	return runs
}

// digestDiff says what changed: the golden lines that are gone and the new ones, and for an
// article whose rows changed, its rows as they are now (the recorded ones are only a digest).
func digestDiff(want, got, report string) string {
	wantLines := strings.Split(strings.TrimSpace(want), "\n")
	gotLines := strings.Split(strings.TrimSpace(got), "\n")
	inWant := map[string]bool{}
	for _, l := range wantLines {
		inWant[l] = true
	}
	inGot := map[string]bool{}
	for _, l := range gotLines {
		inGot[l] = true
	}
	var b bytes.Buffer
	shown := 0
	for _, l := range wantLines {
		if !inGot[l] && shown < 20 {
			fmt.Fprintf(&b, "- %s\n", l)
			shown++
		}
	}
	changed := map[string]bool{}
	for _, l := range gotLines {
		if !inWant[l] && shown < 40 {
			fmt.Fprintf(&b, "+ %s\n", l)
			shown++
			if id, _, ok := strings.Cut(l, " "); ok && id != "report" {
				changed[id] = true
			}
		}
	}
	if len(changed) > 0 {
		b.WriteString("rows now:\n")
		shownRows := 0
		for _, line := range strings.Split(report, "\n") {
			var row struct {
				Article string `json:"article"`
			}
			if json.Unmarshal([]byte(line), &row) == nil && changed[row.Article] && shownRows < 30 {
				b.WriteString(line + "\n")
				shownRows++
			}
		}
	}
	return b.String()
}
