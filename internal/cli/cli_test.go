package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// run runs factcheck in-process and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(args, Streams{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	return code, out.String(), errOut.String()
}

// testDB returns the database that tests which only read share: a copy of the template of
// the embedded data, made once.
var shared struct {
	once sync.Once
	path string
}

func testDB(t *testing.T) string {
	t.Helper()
	template := refTemplate(t, false)
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "factcheck-cli-test")
		if err != nil {
			t.Fatal(err)
		}
		shared.path = filepath.Join(dir, "reference.db")
		copyFile(t, template, shared.path)
	})
	if shared.path == "" {
		t.Fatal("the shared test database could not be made (see the first test that asked for it)")
	}
	return shared.path
}

func TestMain(m *testing.M) {
	// check caches the revisions it measures in the user's cache folder: keep the tests'
	// out of the real one.
	cache, err := os.MkdirTemp("", "factcheck-cli-cache")
	if err == nil {
		os.Setenv("XDG_CACHE_HOME", cache)
	}
	code := m.Run()
	if cache != "" {
		os.RemoveAll(cache)
	}
	if shared.path != "" {
		os.RemoveAll(filepath.Dir(shared.path))
	}
	for i := range templates {
		if templates[i].path != "" {
			os.RemoveAll(filepath.Dir(templates[i].path))
		}
	}
	os.Exit(code)
}

type row map[string]any

func jsonlRows(t *testing.T, out string) []row {
	t.Helper()
	var rows []row
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var r row
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSONL line %q: %v", line, err)
		}
		rows = append(rows, r)
	}
	return rows
}

func (r row) str(key string) string {
	switch v := r[key].(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		b, _ := json.Marshal(v)
		return string(b)
	}
}

// TestCheckSeedArticle checks the article the project started from, row by row.
func TestCheckSeedArticle(t *testing.T) {
	article := filepath.Join(testcorpus.SharedDir(t), "articles", "000_5237bc893eb576b7.txt")
	code, out, errOut := run(t, "", "check", article, "--format", "jsonl", "--db", testDB(t))
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	rows := jsonlRows(t, out)
	byQuote := map[string]row{}
	for _, r := range rows {
		byQuote[r.str("quote")] = r
	}
	want := []struct {
		quoteHas, indicator, period, kind, verdict string
		value                                      string
	}{
		{"imposed in 2014", "sanctions_imposed", "2014", "actual", "consistent", ""},
		{"March 6, 2026", "sanctions_extended_until", "2026-03-06", "actual", "consistent", ""},
		{"3.6%", "gdp_growth", "2023", "actual", "outdated", "3.6"},
		{"4.1%", "gdp_growth", "2024", "actual", "revised", "4.1"},
		{"3.9%", "gdp_growth", "2024", "forecast", "", "3.9"},
	}
	if len(rows) != len(want) {
		t.Errorf("got %d rows, want %d:\n%s", len(rows), len(want), out)
	}
	for _, w := range want {
		var got row
		for q, r := range byQuote {
			if strings.Contains(q, w.quoteHas) {
				got = r
			}
		}
		if got == nil {
			t.Errorf("no row whose quote holds %q", w.quoteHas)
			continue
		}
		if got.str("entity") != "RUS" || got.str("indicator") != w.indicator || got.str("period") != w.period || got.str("kind") != w.kind {
			t.Errorf("%q: entity %s indicator %s period %s kind %s, want RUS %s %s %s",
				w.quoteHas, got.str("entity"), got.str("indicator"), got.str("period"), got.str("kind"), w.indicator, w.period, w.kind)
		}
		if w.value != "" && got.str("value") != w.value {
			t.Errorf("%q: value %s, want %s", w.quoteHas, got.str("value"), w.value)
		}
		if w.verdict != "" && got.str("verdict") != w.verdict {
			t.Errorf("%q: verdict %s, want %s (%s)", w.quoteHas, got.str("verdict"), w.verdict, got.str("explanation"))
		}
		if w.kind == "forecast" {
			// A forecast is never judged against an outturn: it is unchecked, or judged
			// against a projection (the Economy Ministry's own forecast of 3.9%).
			switch v := got.str("verdict"); v {
			case "unchecked":
			case "consistent":
				if got.str("ref_value") != "3.9" || !strings.Contains(got.str("explanation"), "projected") {
					t.Errorf("forecast judged against %s %s, not a projection: %s", got.str("ref_source"), got.str("ref_value"), got.str("explanation"))
				}
			default:
				t.Errorf("forecast judged %s: %s", v, got.str("explanation"))
			}
		}
		if got.str("explanation") == "" {
			t.Errorf("%q has no explanation", w.quoteHas)
		}
	}
	if r := byQuote["grew by 3.6%"]; r != nil && (r.str("ref_source") == "" || r.str("ref_release") == "" || r.str("ref_url") == "") {
		t.Errorf("outdated row lacks its reference: %v", r)
	}
}

func TestCheckArticleWithoutClaims(t *testing.T) {
	article := filepath.Join(testcorpus.SharedDir(t), "articles", "003_2f7eac855238448f.txt")
	code, out, errOut := run(t, "", "check", article, "--format", "jsonl", "--date", "2025-03-04", "--db", testDB(t))
	if code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if rows := jsonlRows(t, out); len(rows) != 0 {
		t.Errorf("linked claims in an article that has none: %v", rows)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	wrong := filepath.Join(dir, "wrong.txt")
	if err := os.WriteFile(wrong, []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023, official figures show.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := testDB(t)
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"ok", []string{"check", wrong, "--db", db, "-q"}, ExitOK, ""},
		{"fail-on matched", []string{"check", wrong, "--db", db, "--fail-on", "inconsistent"}, ExitFailOn, ""},
		{"fail-on not matched", []string{"check", wrong, "--db", db, "--fail-on", "outdated"}, ExitOK, ""},
		{"unknown verdict", []string{"check", wrong, "--db", db, "--fail-on", "wrongish"}, ExitUsage, `unknown verdict "wrongish"`},
		{"bad --date", []string{"check", wrong, "--db", db, "--date", "yesterday-ish"}, ExitUsage, "--date"},
		{"unknown flag", []string{"check", wrong, "--nope"}, ExitUsage, "unknown flag"},
		{"no paths", []string{"check"}, ExitUsage, "check needs an article"},
		{"unknown format", []string{"check", wrong, "--format", "xml"}, ExitUsage, `--format "xml"`},
		{"missing input still reports the rest", []string{"check", filepath.Join(dir, "missing.txt"), wrong, "--db", db, "--format", "jsonl"}, ExitUsage, "missing.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errOut)
			}
			if tt.err != "" && !strings.Contains(errOut, tt.err) {
				t.Errorf("stderr %q does not say %q", errOut, tt.err)
			}
			if tt.name == "missing input still reports the rest" && !strings.Contains(out, "9.9") {
				t.Errorf("the readable input was not reported: %q", out)
			}
		})
	}
}

func TestOutputFileIsWrittenWholeAndFormatFollowsExtension(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("March 4, 2025\n\nGermany's economy shrank 0.3% in 2023.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "review.csv")
	if code, _, errOut := run(t, "", "check", article, "-o", out, "--db", testDB(t)); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "article,published,start,end,quote,sentence,entity,") {
		t.Errorf("CSV header = %q", strings.SplitN(string(data), "\n", 2)[0])
	}
	// A failing run leaves the good report alone and no temporary file behind.
	if code, _, _ := run(t, "", "check", article, "-o", out, "--db", testDB(t), "--date", "bad"); code != ExitUsage {
		t.Fatalf("bad --date: exit %d", code)
	}
	again, _ := os.ReadFile(out)
	if !bytes.Equal(again, data) {
		t.Error("a failed run changed the report")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left behind: %v", entries)
	}
}

// TestAsOfJudgesWithWhatWasKnownThen checks one claim against the releases known on two
// dates: Rosstat's first estimate of 3.6% for 2023 stood until it was revised to 4.1% on
// 2025-02-07.
func TestAsOfJudgesWithWhatWasKnownThen(t *testing.T) {
	article := filepath.Join(t.TempDir(), "russia.txt")
	text := "March 4, 2025\n\nIn 2023, Russia's GDP grew by 3.6%, according to Rosstat.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		asOf, verdict string
	}{
		{"2024-06-01", "consistent"},
		{"", "outdated"},
	} {
		args := []string{"check", article, "--format", "jsonl", "--db", testDB(t)}
		if tt.asOf != "" {
			args = append(args, "--as-of", tt.asOf)
		}
		code, out, errOut := run(t, "", args...)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		rows := jsonlRows(t, out)
		if len(rows) != 1 || rows[0].str("verdict") != tt.verdict {
			t.Errorf("as of %q: rows %v, want one %s", tt.asOf, rows, tt.verdict)
		}
	}
}

// TestForecastJudgedAgainstIMFProjection imports an extract of the IMF WEO releases and
// checks forecasts against the projection current when the article appeared (WEO October
// 2024: Russia 3.6% in 2024, 1.3% in 2025), never against outturns.
func TestForecastJudgedAgainstIMFProjection(t *testing.T) {
	dir := t.TempDir()
	db := refDB(t, false)
	if code, _, errOut := run(t, "", "ref", "import", "--db", db, testdataFile("weo_small.csv")); code != ExitOK {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	article := filepath.Join(dir, "imf.txt")
	text := "November 20, 2024\n\nThe IMF expects Russia's economy to grow 3.6% this year. " +
		"The IMF predicts that the Russian economy will grow 2.5% in 2025.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "check", article, "--format", "jsonl", "--db", db)
	if code != ExitOK {
		t.Fatalf("check: exit %d: %s", code, errOut)
	}
	rows := jsonlRows(t, out)
	want := map[string]string{"2024": "consistent", "2025": "inconsistent"}
	if len(rows) != len(want) {
		t.Fatalf("rows = %v, want %d", rows, len(want))
	}
	for _, r := range rows {
		if r.str("kind") != "forecast" || r.str("verdict") != want[r.str("period")] || r.str("ref_source") != "IMF WEO" {
			t.Errorf("%s for %s: kind %s verdict %s against %s, want a forecast %s against IMF WEO (%s)",
				r.str("quote"), r.str("period"), r.str("kind"), r.str("verdict"), r.str("ref_source"), want[r.str("period")], r.str("explanation"))
		}
	}
}
