package reference

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/data"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// copyOfDefault returns a store on a private copy of the database built from the embedded
// data, so that a test can write to it.
func copyOfDefault(t *testing.T) *Store {
	t.Helper()
	return openCopy(t, defaultStore.Path())
}

// copyOf copies the database at path into a test's folder and returns the copy's path.
func copyOf(t testing.TB, path string) string {
	t.Helper()
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), filepath.Base(path))
	if err := os.WriteFile(copyPath, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return copyPath
}

// openCopy opens a copy of the database at path in a temporary folder, closed at the end
// of the test.
func openCopy(t testing.TB, path string) *Store {
	t.Helper()
	store, err := Open(copyOf(t, path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

// template is a database built once for the test binary, in testDir; tests open copies.
type template struct {
	once sync.Once
	path string
	err  error
}

func (tmpl *template) get(t testing.TB, name string, build func(path string) error) string {
	t.Helper()
	tmpl.once.Do(func() {
		tmpl.path = filepath.Join(testDir, name)
		tmpl.err = build(tmpl.path)
	})
	if tmpl.err != nil {
		t.Fatalf("%s: %v", name, tmpl.err)
	}
	return tmpl.path
}

// The templates of emptyStore and smallStore.
var emptyTemplate, smallTemplate template

// emptyPath returns the template of an empty database: the embedded entities, indicators
// and sources, no figures and no events. Tests must not change it.
//
// It is made as BuildEmpty makes it, from the default database already built instead of
// a build of its own, which would take seconds (internal/cli's tests run BuildEmpty).
func emptyPath(t testing.TB) string {
	t.Helper()
	return emptyTemplate.get(t, "empty.db", func(path string) error {
		content, err := os.ReadFile(defaultStore.Path())
		if err != nil {
			return err
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			return err
		}
		return emptyFigures(path)
	})
}

// emptyStore returns a store on a private copy of an empty database.
func emptyStore(t testing.TB) *Store {
	t.Helper()
	return openCopy(t, emptyPath(t))
}

// smallStore returns a store on a private copy of a small database: the embedded entities,
// indicators and sources, Rosstat's estimates and the test office's figures. Checksums of
// it are quick.
func smallStore(t *testing.T) *Store {
	t.Helper()
	return openCopy(t, smallPath(t))
}

// smallPath returns the template of smallStore, which tests must not change: a copy of it
// serves a test that needs some figures but not the whole table, which takes a moment to
// copy.
func smallPath(t testing.TB) string {
	t.Helper()
	return smallTemplate.get(t, "small.db", func(path string) error {
		empty, err := os.ReadFile(emptyPath(t))
		if err != nil {
			return err
		}
		if err := os.WriteFile(path, empty, 0o644); err != nil {
			return err
		}
		store, err := Open(path)
		if err != nil {
			return err
		}
		defer store.Close()
		rosstat, err := data.FS.Open("reference/russia_gdp_estimates.csv")
		if err != nil {
			return err
		}
		defer rosstat.Close()
		if _, err := store.Import(context.Background(), "russia_gdp_estimates.csv", rosstat, ImportOptions{}); err != nil {
			return err
		}
		_, err = importFile(t, store, "long_small.csv", ImportOptions{})
		return err
	})
}

// checksum hashes every row of every table, so that two databases with the same content
// have the same checksum.
func checksum(t *testing.T, s *Store) string {
	t.Helper()
	tables, err := s.db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var name string
		if err := tables.Scan(&name); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	tables.Close()
	hash := sha256.New()
	for _, name := range names {
		rows, err := s.db.Query(`SELECT * FROM "` + name + `" ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		columns, _ := rows.Columns()
		values := make([]any, len(columns))
		pointers := make([]any, len(columns))
		for i := range values {
			pointers[i] = &values[i]
		}
		fmt.Fprintf(hash, "table %s\n", name)
		for rows.Next() {
			if err := rows.Scan(pointers...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(hash, "%#v\n", values)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return hex.EncodeToString(hash.Sum(nil))
}

func importFile(t testing.TB, s *Store, file string, opts ImportOptions) (ImportSummary, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return s.Import(context.Background(), file, f, opts)
}

func TestImportEachFormat(t *testing.T) {
	type lookup struct {
		entity, indicator, period string
		want                      []figure // figures of the imported source only
	}
	tests := []struct {
		name     string
		file     string
		opts     ImportOptions
		format   string
		rows     int
		added    int
		merged   int
		events   int
		skipped  map[string]int
		lookups  []lookup
		releases int
	}{
		{
			name:   "a WDI file takes its indicator, source and release from the options and skips empty values",
			file:   "wdi_small.csv",
			opts:   ImportOptions{Indicator: "gdp_growth", Source: "World Bank WDI", Release: "2027-01-15"},
			format: FormatWDI, rows: 8, added: 7, skipped: map[string]int{"no value": 1}, releases: 1,
			lookups: []lookup{{"BHS", "gdp_growth", "2023", []figure{{"World Bank WDI", "2027-01-15", 2.6, "actual"}}}},
		},
		{
			name:   "the IMF WEO file makes a release of each vintage, projections after last_actual, dollars from billions",
			file:   "weo_small.csv",
			format: FormatWEO, rows: 96, added: 72, releases: 3,
			skipped: map[string]int{"IMF group G110 is not an entity": 24},
			lookups: []lookup{
				{"RUS", "gdp_growth", "2023", []figure{
					{"IMF WEO", "2023-10-10", 2.249, "projection"},
					{"IMF WEO", "2024-10-22", 3.649, "actual"},
					{"IMF WEO", "2025-10-14", 4.083, "actual"},
				}},
				{"WLD", "gdp_growth", "2024", []figure{
					{"IMF WEO", "2023-10-10", 2.941, "projection"},
					{"IMF WEO", "2024-10-22", 3.232, "projection"},
					{"IMF WEO", "2025-10-14", 3.336, "actual"},
				}},
			},
		},
		{
			name:   "the long format merges a repeated figure and fills label and basis",
			file:   "long_small.csv",
			format: FormatLong, rows: 4, added: 3, merged: 1, releases: 2,
			lookups: []lookup{
				{"RUS", "inflation", "2023", []figure{{"Test Statistics Office", "2024-01-12", 7.4, "actual"}}},
				{"RUS", "inflation", "2024-Q1", []figure{{"Test Statistics Office", "2024-04-12", 7.7, "actual"}}},
			},
		},
		{
			name:   "the events format adds events",
			file:   "events_small.csv",
			format: FormatEvents, rows: 2, events: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := copyOfDefault(t)
			summary, err := importFile(t, store, tt.file, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if summary.Format != tt.format || summary.Rows != tt.rows || summary.Added != tt.added ||
				summary.Merged != tt.merged || summary.Events != tt.events || len(summary.Releases) != tt.releases {
				t.Errorf("summary = %+v", summary)
			}
			skipped := map[string]int{}
			for _, c := range summary.Skipped {
				skipped[c.Name] = c.Count
			}
			if fmt.Sprint(skipped) != fmt.Sprint(tt.skipped) && !(len(skipped) == 0 && tt.skipped == nil) {
				t.Errorf("skipped = %v, want %v", skipped, tt.skipped)
			}
			for _, l := range tt.lookups {
				observations, err := store.Observations(l.entity, l.indicator, l.period)
				if err != nil {
					t.Fatal(err)
				}
				var got []figure
				for _, f := range figures(observations) {
					if f.Source == l.want[0].Source && (tt.opts.Release == "" || f.Release == tt.opts.Release) {
						got = append(got, f)
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(l.want) {
					t.Errorf("%s %s %s = %v, want %v", l.entity, l.indicator, l.period, got, l.want)
				}
			}
		})
	}
}

func TestWEODollarsAreExact(t *testing.T) {
	store := copyOfDefault(t)
	if _, err := importFile(t, store, "weo_small.csv", ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	observations, err := store.Observations("USA", "gdp", "2023")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, o := range observations {
		if o.Source == "IMF WEO" && o.Release == "2025-10-14" {
			found = true
			if o.Value != 27811500000000 {
				t.Errorf("USA GDP 2023 = %v, want 27811500000000 (27811.500 billions)", o.Value)
			}
		}
	}
	if !found {
		t.Errorf("no IMF WEO 2025-10 figure for USA's 2023 GDP in %v", observations)
	}
}

func TestExportThenImportIntoAnEmptyDatabaseIsByteForByte(t *testing.T) {
	testcorpus.Long(t, "exports the whole embedded table, imports it and exports it again")
	source := copyOfDefault(t)
	// The IMF extract brings projections and a second source with several releases.
	if _, err := importFile(t, source, "weo_small.csv", ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := importFile(t, source, "long_small.csv", ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	n, err := source.Export(&first, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	target := emptyStore(t)
	summary, err := target.Import(context.Background(), "export.csv", bytes.NewReader(first.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if summary.Added != n {
		t.Errorf("imported %d figures of %d exported", summary.Added, n)
	}
	var second bytes.Buffer
	if _, err := target.Export(&second, Filter{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		a, b := strings.Split(first.String(), "\n"), strings.Split(second.String(), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("second export differs at line %d:\n%s\n%s", i+1, a[i], b[i])
			}
		}
		t.Fatalf("second export has %d lines, first %d", len(b), len(a))
	}
	// The lookups that judging uses see the same figures in both.
	for _, key := range [][3]string{{"RUS", "gdp_growth", "2023"}, {"WLD", "gdp", "2024"}, {"RUS", "inflation", "2024-Q1"}} {
		a, err := source.Observations(key[0], key[1], key[2])
		if err != nil {
			t.Fatal(err)
		}
		b, err := target.Observations(key[0], key[1], key[2])
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%v differs after the round trip:\n%v\n%v", key, a, b)
		}
	}
}

func TestABadRowRejectsTheWholeFile(t *testing.T) {
	header := strings.Join(LongHeader, ",") + "\n"
	good := "RUS,inflation,2023,annual,7.4,actual,Test Office,,2024-01-12,,,,,\n"
	tests := []struct {
		name    string
		bad     string
		opts    ImportOptions
		wantErr string
	}{
		{"an unknown entity", "XXX,inflation,2023,annual,7.4,actual,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, `line 3: unknown entity "XXX"`},
		{"an unknown indicator", "RUS,happiness,2023,annual,7.4,actual,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, `line 3: unknown indicator "happiness"`},
		{"a value that is not a number", "RUS,inflation,2022,annual,7,4%,actual,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, "line 3: "},
		{"a word for a value", "RUS,inflation,2022,annual,seven,actual,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, `line 3: value "seven" is not a number`},
		{"a bad release date", "RUS,inflation,2022,annual,7.4,actual,Test Office,,2024-13-12,,,,,\n", ImportOptions{}, `line 3: release date: "2024-13-12" is not a date`},
		{"a bad period", "RUS,inflation,23,annual,7.4,actual,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, `line 3: period "23"`},
		{"a bad kind", "RUS,inflation,2022,annual,7.4,guess,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, `line 3: kind "guess"`},
		{"a figure already in the database from the same release", "RUS,gdp_growth,2023,annual,3.6,actual,Rosstat,,2024-02-07,,Rosstat first estimate,,,\n", ImportOptions{}, "line 3: RUS gdp_growth 2023 (actual) is already in the database"},
		{"a figure of a release already in the database under another label", "RUS,gdp_growth,2023,annual,3.7,actual,Rosstat,,2024-02-07,,a new name,,,\n", ImportOptions{}, "line 3: RUS gdp_growth 2023 (actual) is already in the database"},
		{"two figures for one key in one release", "RUS,inflation,2023,annual,7.5,actual,Test Office,,2024-01-12,,,,,\n", ImportOptions{}, "line 3: RUS inflation 2023 is 7.5 in this release, but the same release already gives 7.4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := smallStore(t)
			before := checksum(t, store)
			file := header + good + tt.bad + "RUS,inflation,2021,annual,6.7,actual,Test Office,,2024-01-12,,,,,\n"
			_, err := store.Import(context.Background(), "bad.csv", strings.NewReader(file), tt.opts)
			if err == nil {
				t.Fatal("import succeeded")
			}
			if !strings.Contains(err.Error(), "bad.csv: line") || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not contain %q", err, tt.wantErr)
			}
			if after := checksum(t, store); after != before {
				t.Error("the database changed")
			}
		})
	}
}

func TestABadRowOfAWEOFileRejectsIt(t *testing.T) {
	content, err := os.ReadFile(filepath.Join("testdata", "weo_small.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(content), "\n")
	lines[50] = strings.Replace(lines[50], ",20", ",x20", 1) // a year that is not one
	store := smallStore(t)
	before := checksum(t, store)
	_, err = store.Import(context.Background(), "weo.csv", strings.NewReader(strings.Join(lines, "\n")), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "weo.csv: line 51: ") {
		t.Fatalf("error = %v, want one at line 51", err)
	}
	if checksum(t, store) != before {
		t.Error("the database changed")
	}
}

func TestReplaceSwapsOneReleaseAndKeepsTheOthers(t *testing.T) {
	store := copyOfDefault(t)
	opts := ImportOptions{Indicator: "gdp_growth", Source: "World Bank WDI", Release: "2027-01-15"}
	if _, err := importFile(t, store, "wdi_small.csv", opts); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Observations("RUS", "gdp_growth", "2023"); err != nil { // fills the cache
		t.Fatal(err)
	}
	if _, err := importFile(t, store, "wdi_small.csv", opts); err == nil || !strings.Contains(err.Error(), "use --replace") {
		t.Fatalf("a second import of the release gave %v, want a refusal", err)
	}
	corrected := "Country Name,Country Code,Year,Value\nRussian Federation,RUS,2023,4.2\n"
	opts.Replace = true
	summary, err := store.Import(context.Background(), "corrected.csv", strings.NewReader(corrected), opts)
	if err != nil {
		t.Fatal(err)
	}
	if summary.Replaced != 7 || summary.Added != 1 {
		t.Errorf("summary = %+v, want 7 replaced and 1 added", summary)
	}
	observations, err := store.Observations("RUS", "gdp_growth", "2023")
	if err != nil {
		t.Fatal(err)
	}
	var wdi []figure
	for _, f := range figures(observations) {
		if f.Source == "World Bank WDI" {
			wdi = append(wdi, f)
		}
	}
	want := []figure{
		{"World Bank WDI", "2025-12-17", 4.0825, "actual"},
		{"World Bank WDI", "2026-07-01", 4.0666, "actual"},
		{"World Bank WDI", "2027-01-15", 4.2, "actual"},
	}
	if fmt.Sprint(wdi) != fmt.Sprint(want) {
		t.Errorf("after --replace: %v, want %v", wdi, want)
	}
	// The default data has USA 2023 in two WDI editions: first in 2025-12-17, again in the
	// current (and in BEA's releases, which --replace of WDI leaves alone).
	others, _ := store.Observations("USA", "gdp_growth", "2023")
	wdiReleases := 0
	for _, o := range others {
		if o.Source == "World Bank WDI" {
			wdiReleases++
		}
	}
	if wdiReleases != 2 || len(others) == wdiReleases {
		t.Errorf("USA 2023 has %d WDI figures of %d, want the 2 WDI releases and BEA's", wdiReleases, len(others))
	}
}

func TestDryRunChangesNothing(t *testing.T) {
	store := smallStore(t)
	before := checksum(t, store)
	summary, err := importFile(t, store, "weo_small.csv", ImportOptions{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if summary.Added != 72 {
		t.Errorf("dry run would add %d, want 72", summary.Added)
	}
	if checksum(t, store) != before {
		t.Error("a dry run changed the database")
	}
}

func TestFormatDetectionAndRefusal(t *testing.T) {
	tests := []struct {
		name, header, want string
	}{
		{"WDI", "Country Name,Country Code,Year,Value", FormatWDI},
		{"WDI with a byte order mark", "\ufeffCountry Name,Country Code,Year,Value", FormatWDI},
		{"IMF WEO", "weo_vintage,ref_area,iso3,concept,year,value,last_actual", FormatWEO},
		{"long", strings.Join(LongHeader, ","), FormatLong},
		{"the old long header", "entity,indicator,period,basis,value,kind,source,release,label,source_url,note", FormatLong},
		{"events", strings.Join(EventsHeader, ","), FormatEvents},
		{"something else", "a,b,c", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := chooseFormat("f.csv", bufioReader(tt.header+"\r\nrow\n"), FormatAuto)
			if got != tt.want || (tt.want == "") != (err != nil) {
				t.Errorf("format = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestWDIImportNeedsItsDescription(t *testing.T) {
	store := emptyStore(t)
	_, err := importFile(t, store, "wdi_small.csv", ImportOptions{Source: "World Bank WDI"})
	if err == nil || !strings.Contains(err.Error(), "indicator, release") {
		t.Errorf("error = %v, want one naming the missing indicator and release", err)
	}
}

// TestConcurrentImportsQueue runs two imports at once on one database from two stores (as
// two processes would): both must succeed, and the result must equal running them one
// after the other.
func TestConcurrentImportsQueue(t *testing.T) {
	// Empty databases: what is compared is what the imports add, and an export of the
	// embedded data as well would take seconds.
	concurrent, sequential := copyOf(t, emptyPath(t)), copyOf(t, emptyPath(t))
	var err error
	imports := []struct {
		file string
		opts ImportOptions
	}{
		{"weo_small.csv", ImportOptions{}},
		{"long_small.csv", ImportOptions{}},
		{"wdi_small.csv", ImportOptions{Indicator: "gdp_growth", Source: "World Bank WDI", Release: "2027-01-15"}},
	}
	var wg sync.WaitGroup
	errs := make([]error, len(imports))
	stores := make([]*Store, len(imports))
	for i := range imports {
		if stores[i], err = Open(concurrent); err != nil {
			t.Fatal(err)
		}
		defer stores[i].Close()
	}
	for i, imp := range imports {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = importFile(t, stores[i], imp.file, imp.opts)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("import %s: %v", imports[i].file, err)
		}
	}
	one, err := Open(sequential)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	for _, imp := range imports {
		if _, err := importFile(t, one, imp.file, imp.opts); err != nil {
			t.Fatal(err)
		}
	}
	if exportOf(t, stores[0]) != exportOf(t, one) {
		t.Error("concurrent imports gave other figures than sequential ones")
	}
}

func exportOf(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	if _, err := s.Export(&b, Filter{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func bufioReader(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 1<<16) }

func TestEventsExportThenImportIsByteForByte(t *testing.T) {
	var first bytes.Buffer
	n, err := defaultStore.ExportEvents(&first, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	target := emptyStore(t)
	summary, err := target.Import(context.Background(), "events.csv", bytes.NewReader(first.Bytes()), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if summary.Format != FormatEvents || summary.Events != n || n < 40 {
		t.Errorf("exported %d events, imported %+v", n, summary)
	}
	var second bytes.Buffer
	if _, err := target.ExportEvents(&second, Filter{}); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Error("the second export of the events differs from the first")
	}
	// The same file again is refused: every event is in the database already.
	if _, err := target.Import(context.Background(), "events.csv", bytes.NewReader(first.Bytes()), ImportOptions{}); err == nil ||
		!strings.Contains(err.Error(), "events.csv: line 2: event") {
		t.Errorf("a second import of the events: %v", err)
	}
}
