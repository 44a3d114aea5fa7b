package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// refDB returns a new database of the embedded data (or, when empty, of its sources,
// indicators and entities without figures) in a test's folder.
func refDB(t *testing.T, empty bool) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "ref.db")
	// A database takes seconds to build, an empty one as long as a full one: build each
	// once, and give each test a copy it may change.
	copyFile(t, refTemplate(t, empty), db)
	return db
}

// templates are the databases built once for the test binary by `ref init` (removed by
// TestMain): [false] of the embedded data, [true] empty.
var templates [2]struct {
	once sync.Once
	path string
	err  string
}

// refTemplate returns the template database; tests must not change it.
func refTemplate(t *testing.T, empty bool) string {
	t.Helper()
	template := &templates[0]
	args := []string{"ref", "init"}
	if empty {
		template = &templates[1]
		args = append(args, "--empty")
	}
	template.once.Do(func() {
		dir, err := os.MkdirTemp("", "factcheck-ref-template")
		if err != nil {
			template.err = err.Error()
			return
		}
		template.path = filepath.Join(dir, "ref.db")
		if code, _, stderr := run(t, "", append(args, "--db", template.path)...); code != 0 {
			template.err = fmt.Sprintf("%s: %d %s", strings.Join(args, " "), code, stderr)
		}
	})
	if template.err != "" {
		t.Fatal(template.err)
	}
	return template.path
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func testdataFile(name string) string {
	return filepath.Join("..", "..", "reference", "testdata", name)
}

func TestRefAddThenShow(t *testing.T) {
	db := refDB(t, true)
	code, stdout, stderr := run(t, "", "ref", "add", "--db", db, "--entity", "Russia", "--indicator", "unemployment_rate",
		"--period", "2024", "--value", "2.5", "--source", "Rosstat", "--release", "2025-01-31",
		"--label", "Rosstat labour survey", "--url", "https://example.org/u")
	if code != 0 || !strings.Contains(stdout, "added RUS unemployment_rate 2024 = 2.5") {
		t.Fatalf("ref add: %d %q %q", code, stdout, stderr)
	}
	code, stdout, stderr = run(t, "", "ref", "show", "--db", db, "RUS", "unemployment_rate", "2024", "--format", "csv")
	if code != 0 {
		t.Fatalf("ref show: %d %s", code, stderr)
	}
	want := "RUS,unemployment_rate,2024,annual,actual,2.5,Rosstat,2025-01-31,Rosstat labour survey,https://example.org/u,"
	if !strings.Contains(stdout, want) {
		t.Errorf("ref show lacks the added figure:\n%s", stdout)
	}
	// The same release again is refused with a hint; nothing is printed on stdout.
	code, stdout, stderr = run(t, "", "ref", "add", "--db", db, "--entity", "RUS", "--indicator", "unemployment_rate",
		"--period", "2024", "--value", "2.6", "--source", "Rosstat", "--release", "2025-01-31")
	if code == 0 || stdout != "" || !strings.Contains(stderr, "never overwritten") || !strings.Contains(stderr, "hint:") {
		t.Errorf("a second figure of one release: %d %q %q", code, stdout, stderr)
	}
}

func TestRefAddEvent(t *testing.T) {
	db := refDB(t, true)
	code, stdout, stderr := run(t, "", "ref", "add", "--db", db, "--indicator", "sanctions_extended_until",
		"--jurisdiction", "United States", "--entity", "Russia", "--date", "2028-03-06", "--release", "2027-02-20",
		"--instrument", "EO 13660", "--source", "Federal Register")
	if code != 0 || !strings.Contains(stdout, "added sanctions_extended_until event") {
		t.Fatalf("ref add event: %d %q %q", code, stdout, stderr)
	}
	code, stdout, _ = run(t, "", "ref", "show", "--db", db, "RUS", "sanctions_extended_until", "--format", "csv")
	if code != 0 || !strings.Contains(stdout, "USA,RUS,sanctions_extended_until,2028-03-06,day,2027-02-20,EO 13660,Federal Register") {
		t.Errorf("ref show of events:\n%s", stdout)
	}
}

func TestRefAddUsageErrors(t *testing.T) {
	db := refDB(t, true)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing flags", []string{"--entity", "RUS"}, "missing --indicator, --source, --period, --value, --release"},
		{"a value that is not a number", []string{"--entity", "RUS", "--indicator", "inflation", "--period", "2024",
			"--value", "7,4", "--source", "S", "--release", "2025-01-01"}, `--value "7,4" is not a number`},
		{"a loose date", []string{"--entity", "RUS", "--indicator", "inflation", "--period", "2024",
			"--value", "7.4", "--source", "S", "--release", "Jan 1 2025"}, "is not a date of the form YYYY-MM-DD"},
		{"an unknown entity", []string{"--entity", "Narnia", "--indicator", "inflation", "--period", "2024",
			"--value", "7.4", "--source", "S", "--release", "2025-01-01"}, `no entity is called "Narnia"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, "", append([]string{"ref", "add", "--db", db}, tt.args...)...)
			if code != ExitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, tt.want)
			}
		})
	}
}

func TestRefAliasAdd(t *testing.T) {
	db := refDB(t, true)
	lexicon := filepath.Join(t.TempDir(), "entities.csv")
	original := "code,name,kind,short_names,demonyms,capitals,metonyms\r\n" +
		"MMR,Myanmar,country,,Burmese,Naypyidaw,\r\n" +
		"RUS,Russian Federation,country,Russia,Russian,Moscow,Kremlin\r\n"
	if err := os.WriteFile(lexicon, []byte(original), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "", "ref", "alias", "add", "--db", db, "Union of Burma", "mmr", "--lexicon", lexicon)
	if code != 0 || !strings.Contains(stdout, `added "Union of Burma" as a short_name of MMR`) {
		t.Fatalf("alias add: %d %q %q", code, stdout, stderr)
	}
	content, err := os.ReadFile(lexicon)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(original, "MMR,Myanmar,country,,", "MMR,Myanmar,country,Union of Burma,", 1)
	if string(content) != want {
		t.Errorf("lexicon after alias add:\n%q\nwant\n%q", content, want)
	}
	code, stdout, _ = run(t, "", "ref", "alias", "list", "--db", db, "Union of Burma", "--format", "csv")
	if code != 0 || !strings.Contains(stdout, "MMR,short_name,Union of Burma") {
		t.Errorf("alias list after add: %d\n%s", code, stdout)
	}
	// A second time adds nothing; an unknown code is a usage error.
	code, stdout, _ = run(t, "", "ref", "alias", "add", "--db", db, "Union of Burma", "MMR", "--lexicon", lexicon)
	if code != 0 || !strings.Contains(stdout, "already") {
		t.Errorf("alias add again: %d %q", code, stdout)
	}
	if again, _ := os.ReadFile(lexicon); string(again) != want {
		t.Errorf("the lexicon changed on a repeated alias:\n%q", again)
	}
	code, _, stderr = run(t, "", "ref", "alias", "add", "--db", db, "Narnia", "NNN")
	if code != ExitUsage || !strings.Contains(stderr, `unknown entity "NNN"`) {
		t.Errorf("alias of an unknown entity: %d %q", code, stderr)
	}
}

func TestRefImportFormats(t *testing.T) {
	db := refDB(t, true)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     string
	}{
		{"a WDI file without its description", []string{testdataFile("wdi_small.csv"), "--source", "World Bank WDI"},
			ExitUsage, "give its indicator, release"},
		{"the IMF WEO extract", []string{testdataFile("weo_small.csv")},
			0, "format imf-weo): 96 rows read, 72 figures added"},
		{"a WDI file with its description", []string{testdataFile("wdi_small.csv"), "--indicator", "gdp_growth",
			"--source", "World Bank WDI", "--release", "2027-01-15"}, 0, "World Bank WDI 2027-01-15 \"World Bank WDI 2027-01-15\": 7 figures"},
		{"the same WDI release again", []string{testdataFile("wdi_small.csv"), "--indicator", "gdp_growth",
			"--source", "World Bank WDI", "--release", "2027-01-15"}, ExitUsage, "line 2: EMU gdp_growth 2022 (actual) is already in the database"},
		{"a dry run of the long file", []string{testdataFile("long_small.csv"), "--dry-run"}, 0, "dry run, nothing written"},
		{"the long file", []string{testdataFile("long_small.csv")}, 0, "4 rows read, 3 figures added, 1 rows repeating"},
		{"the events file", []string{testdataFile("events_small.csv")}, 0, "2 events added"},
		{"a forced format that does not fit", []string{testdataFile("events_small.csv"), "--format", "wdi",
			"--indicator", "gdp_growth", "--source", "S", "--release", "2027-01-01"}, ExitUsage, "header lacks the column(s) Country Name"},
		{"a file that is not there", []string{"no-such-file.csv"}, ExitUsage, "no-such-file.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "", append([]string{"ref", "import", "--db", db}, tt.args...)...)
			if code != tt.wantCode || !strings.Contains(stdout+stderr, tt.want) {
				t.Errorf("exit %d, want %d; output %q %q lacks %q", code, tt.wantCode, stdout, stderr, tt.want)
			}
		})
	}
	code, stdout, _ := run(t, "", "ref", "list", "--db", db, "--entity", "Russia", "--source", "IMF WEO", "--format", "csv")
	if code != 0 || !strings.Contains(stdout, "RUS,gdp_growth,annual,IMF WEO,2022,2025,12,3,2025-10-14,6") {
		t.Errorf("ref list after the IMF import:\n%s", stdout)
	}
	code, stdout, _ = run(t, "", "ref", "sources", "--db", db, "--format", "csv")
	if code != 0 || !strings.Contains(stdout, "Test Statistics Office,2,2024-01-12,2024-04-12,3,0,CC-BY-4.0,https://example.org") {
		t.Errorf("ref sources:\n%s", stdout)
	}
}

// TestRefExportImportRoundTrip runs the commands of a round trip on files of three formats;
// the reference package round-trips the whole embedded table the same way.
func TestRefExportImportRoundTrip(t *testing.T) {
	source := refDB(t, true)
	for _, args := range [][]string{
		{testdataFile("weo_small.csv")},
		{testdataFile("long_small.csv")},
		{testdataFile("wdi_small.csv"), "--indicator", "gdp_growth", "--source", "World Bank WDI", "--release", "2027-01-15"},
	} {
		if code, _, stderr := run(t, "", append([]string{"ref", "import", "--db", source}, args...)...); code != 0 {
			t.Fatal(stderr)
		}
	}
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.csv"), filepath.Join(dir, "second.csv")
	if code, _, stderr := run(t, "", "ref", "export", "--db", source, "-o", first); code != 0 {
		t.Fatal(stderr)
	}
	target := refDB(t, true)
	if code, stdout, stderr := run(t, "", "ref", "import", "--db", target, first); code != 0 {
		t.Fatalf("import of the export: %s %s", stdout, stderr)
	}
	if code, _, stderr := run(t, "", "ref", "export", "--db", target, "-o", second); code != 0 {
		t.Fatal(stderr)
	}
	a, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(second)
	if err != nil {
		t.Fatal(err)
	}
	if string(a) != string(b) {
		t.Errorf("export, import into an empty database, export: %d and %d bytes differ", len(a), len(b))
	}
	for _, source := range []string{"IMF WEO", "Test Statistics Office", "World Bank WDI"} {
		if !strings.Contains(string(a), ","+source+",") {
			t.Errorf("the export lacks the figures of %s:\n%s", source, a)
		}
	}
}

func TestRefImportOfABadFileChangesNothing(t *testing.T) {
	db := refDB(t, true)
	bad := "entity,indicator,period,value,source,release_date\n" +
		"RUS,inflation,2023,7.4,Test Office,2024-01-12\n" +
		"RUS,inflation,2022,11.9,Test Office,2024-01-12\n" +
		"RUS,inflation,2021,8.4,Test Office,2024-1-12\n" +
		"RUS,inflation,2020,3.4,Test Office,2024-01-12\n"
	code, stdout, stderr := run(t, bad, "ref", "import", "--db", db, "-")
	if code == 0 || stdout != "" || !strings.Contains(stderr, `import standard input: line 4: release date: "2024-1-12" is not a date`) {
		t.Errorf("exit %d, %q %q", code, stdout, stderr)
	}
	_, stdout, _ = run(t, "", "ref", "export", "--db", db)
	if stdout != "entity,indicator,period,basis,value,kind,source,source_url,release_date,licence,label,release_url,source_website,note\n" {
		t.Errorf("the database holds figures after a rejected import:\n%s", stdout)
	}
}

func TestTwoRefImportsAtOnce(t *testing.T) {
	concurrent, sequential := refDB(t, true), refDB(t, true)
	files := []string{testdataFile("weo_small.csv"), testdataFile("long_small.csv"), testdataFile("events_small.csv")}
	var wg sync.WaitGroup
	codes := make([]int, len(files))
	stderrs := make([]string, len(files))
	for i, file := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			codes[i], _, stderrs[i] = run(t, "", "ref", "import", "--db", concurrent, file)
		}()
	}
	wg.Wait()
	for i := range files {
		if codes[i] != 0 {
			t.Errorf("import %s: exit %d %s", files[i], codes[i], stderrs[i])
		}
		if code, _, stderr := run(t, "", "ref", "import", "--db", sequential, files[i]); code != 0 {
			t.Fatal(stderr)
		}
	}
	for _, args := range [][]string{{"ref", "export"}, {"ref", "export", "--events"}} {
		_, a, _ := run(t, "", append(args, "--db", concurrent)...)
		_, b, _ := run(t, "", append(args, "--db", sequential)...)
		if a != b || strings.Count(a, "\n") < 3 {
			t.Errorf("%v after imports at once differs from one after the other:\n%s\n%s", args, a, b)
		}
	}
}

func TestRefShowUnknownIndicatorIsAnError(t *testing.T) {
	db := testDB(t)
	for _, args := range [][]string{
		{"ref", "show", "--db", db, "Germany", "GDP", "2024"},
		{"ref", "list", "--db", db, "--indicator", "jobless"},
	} {
		code, stdout, stderr := run(t, "", args...)
		if code != ExitUsage || !strings.Contains(stderr, "no indicator is called") || !strings.Contains(stderr, "gdp_growth") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 naming the indicators the table knows", args, code, stdout, stderr)
		}
	}
}

func TestRefShowJSONLNumbers(t *testing.T) {
	db := refDB(t, true)
	code, _, stderr := run(t, "", "ref", "add", "--db", db, "--entity", "Russia", "--indicator", "unemployment_rate",
		"--period", "2024", "--value", "-2.5", "--source", "Rosstat", "--release", "2025-01-31")
	if code != 0 {
		t.Fatalf("ref add: %d %s", code, stderr)
	}
	code, stdout, stderr := run(t, "", "ref", "show", "--db", db, "RUS", "unemployment_rate", "2024", "--source", "Rosstat", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("ref show: %d %s", code, stderr)
	}
	var row map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSpace(stdout)), &row); err != nil {
		t.Fatalf("ref show jsonl: %v\n%s", err, stdout)
	}
	if v, ok := row["value"].(float64); !ok || v != -2.5 {
		t.Errorf("value = %#v (%T), want the number -2.5", row["value"], row["value"])
	}
	if _, ok := row["period"].(string); !ok {
		t.Errorf("period = %#v, want text", row["period"])
	}
}

func TestJSONCell(t *testing.T) {
	for _, tc := range []struct {
		column, cell string
		want         any
	}{
		{"value", "2.5", json.Number("2.5")},
		{"value", "-1200000000", json.Number("-1200000000")},
		{"value", "+5", "+5"},
		{"value", "NaN", "NaN"},
		{"value", "n/a", "n/a"},
		{"period", "2024", "2024"},
	} {
		if got := jsonCell(tc.column, tc.cell); got != tc.want {
			t.Errorf("jsonCell(%q, %q) = %#v, want %#v", tc.column, tc.cell, got, tc.want)
		}
	}
}
