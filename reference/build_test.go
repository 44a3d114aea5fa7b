package reference

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// fixtureFS is a small copy of the layout of data/: enough of every kind of file to build a
// database in milliseconds.
func fixtureFS() fstest.MapFS {
	file := func(text string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(text)} }
	return fstest.MapFS{
		"reference/sources.csv": file("name,url,licence\n" +
			"World Bank WDI,https://data.worldbank.org,CC-BY-4.0\n" +
			"Rosstat,https://rosstat.gov.ru/,facts with citations\n"),
		"reference/indicators.csv": file("name,unit,description\n" +
			"gdp_growth,percent,GDP growth\n" +
			"sanctions_imposed,date,sanctions imposed\n"),
		"reference/wdi_aggregates.csv": file("code,name\nWLD,World\n"),
		"reference/files.csv": file("file,format,source,indicator,basis,release,label,url\n" +
			"wdi/growth.csv,wdi,World Bank WDI,gdp_growth,annual,2026-07-01,WDI 2026-07-01,https://example.org/wdi\n" +
			"long.csv,long,,,,,,\n" +
			"events.csv,events,,,,,,\n"),
		"reference/wdi/growth.csv": file("Country Name,Country Code,Year,Value\n" +
			"Russian Federation,RUS,2023,4.06661395813023\n" +
			"\"Korea, Rep.\",KOR,2023,1.4\n" +
			"United States,USA,2023,2.9\n" +
			"World,WLD,2023,2.8\n" +
			"World,WLD,2024,\n"),
		"reference/long.csv": file("entity,indicator,period,basis,value,kind,source,release,label,source_url,note\n" +
			"RUS,gdp_growth,2023,annual,3.6,actual,Rosstat,2024-02-07,first estimate,https://a.example/1,\n" +
			"RUS,gdp_growth,2023,annual,3.6,actual,Rosstat,2024-02-07,first estimate,https://b.example/2,same figure reported twice\n" +
			"RUS,gdp_growth,2024,annual,3.9,projection,Economy Ministry,2024-10-23,forecast,https://c.example/3,\n"),
		"reference/events.csv": file("jurisdiction,target,type,date,precision,announced,instrument,summary,source,source_url\n" +
			"USA,RUS,sanctions_imposed,2014-03-06,day,2014-03-06,EO 13660,emergency,Federal Register,https://fr.example/1\n"),
		"lexicon/entities.csv": file("code,name,kind,short_names,demonyms,capitals,metonyms\n" +
			"RUS,Russia,country,Russian Federation,Russian,Moscow,Kremlin\n" +
			"USA,United States,country,US;U.S.;America,American,Washington,White House\n" +
			"XKX,Kosovo,country,,Kosovar,Pristina,\n" +
			",ignored row without a code,,,,,\n"),
	}
}

// buildAndOpen builds a database from fsys in a temporary folder and opens it until the end
// of the test.
func buildAndOpen(t *testing.T, fsys fs.FS) *Store {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "ref.db")
	if err := buildFrom(fsys, dbPath); err != nil {
		t.Fatal(err)
	}
	store, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func TestBuildFromFixture(t *testing.T) {
	store := buildAndOpen(t, fixtureFS())

	stats, err := store.Stats()
	if err != nil {
		t.Fatal(err)
	}
	// 4 WDI figures (the empty one skipped), 2 in the long file once its duplicate is merged.
	if stats.Observations != 6 || stats.Events != 1 || stats.Entities != 5 {
		t.Errorf("stats = %+v, want 6 observations, 1 event, 5 entities", stats)
	}

	var kinds []string
	rows, err := store.db.Query(`SELECT code || ':' || kind FROM entities ORDER BY code`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var kind string
		if err := rows.Scan(&kind); err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, kind)
	}
	rows.Close()
	if got, want := strings.Join(kinds, " "), "KOR:country RUS:country USA:country WLD:aggregate XKX:country"; got != want {
		t.Errorf("entities = %s, want %s", got, want)
	}

	aliases := []struct {
		alias, code, kind string
	}{
		{"Kremlin", "RUS", "metonym"},
		{"moscow", "RUS", "capital"}, // aliases match without regard to case
		{"U.S.", "USA", "short_name"},
		{"America", "USA", "short_name"},
		{"American", "USA", "demonym"},
		{"Kosovo", "XKX", "name"},
	}
	for _, a := range aliases {
		var n int
		if err := store.db.QueryRow(`SELECT count(*) FROM entity_aliases WHERE alias = ? AND code = ? AND kind = ?`,
			a.alias, a.code, a.kind).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("alias %q (%s of %s) not found", a.alias, a.kind, a.code)
		}
	}

	observations, err := store.Observations("RUS", "gdp_growth", "2023")
	if err != nil {
		t.Fatal(err)
	}
	if len(observations) != 2 {
		t.Fatalf("RUS gdp_growth 2023: got %d observations, want the merged Rosstat one and WDI's: %+v", len(observations), observations)
	}
	if o := observations[0]; o.Source != "Rosstat" || o.SourceURL != "https://a.example/1" || o.Label != "first estimate" || o.Licence != "facts with citations" {
		t.Errorf("Rosstat figure = %+v, want the first row's URL and the source's licence", o)
	}
	if o := observations[1]; o.SourceURL != "https://example.org/wdi" || o.Release != "2026-07-01" {
		t.Errorf("WDI figure = %+v, want the release's URL and date", o)
	}
}

func TestBuildWithoutLexicon(t *testing.T) {
	fixture := fixtureFS()
	delete(fixture, "lexicon/entities.csv")
	// Kosovo came only from the lexicon, and no event or figure needs it.
	store := buildAndOpen(t, fixture)
	stats, err := store.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if stats.Aliases != 0 || stats.Entities != 4 {
		t.Errorf("without a lexicon: %d aliases and %d entities, want 0 and 4", stats.Aliases, stats.Entities)
	}
}

func TestFailedBuildLeavesNoFile(t *testing.T) {
	tests := []struct {
		name    string
		change  func(fstest.MapFS)
		wantErr string
	}{
		{
			name: "a figure for an unknown entity rejects the build and names the line",
			change: func(f fstest.MapFS) {
				appendLine(f, "reference/long.csv", "ZZZ,gdp_growth,2023,annual,1,actual,Rosstat,2024-02-07,x,,")
			},
			wantErr: `reference/long.csv: line 5: unknown entity "ZZZ"`,
		},
		{
			name: "a different figure for the same key of one release is a conflict",
			change: func(f fstest.MapFS) {
				appendLine(f, "reference/long.csv", "RUS,gdp_growth,2023,annual,3.7,actual,Rosstat,2024-02-07,first estimate,,")
			},
			wantErr: "line 5: RUS gdp_growth 2023 is 3.7 in this release, but the same release already gives 3.6",
		},
		{
			name:    "a value that is not a number",
			change:  func(f fstest.MapFS) { appendLine(f, "reference/wdi/growth.csv", "Japan,JPN,2023,n/a") },
			wantErr: `reference/wdi/growth.csv: line 7: value "n/a" is not a number`,
		},
		{
			name: "an event date that is not a date",
			change: func(f fstest.MapFS) {
				appendLine(f, "reference/events.csv", "USA,RUS,sanctions_imposed,2014-13-06,day,2014-03-06,EO,x,FR,")
			},
			wantErr: `reference/events.csv: line 3: date: "2014-13-06" is not a date`,
		},
		{
			name: "an unknown event type",
			change: func(f fstest.MapFS) {
				appendLine(f, "reference/events.csv", "USA,RUS,sanctions_paused,2014-03-06,day,2014-03-06,EO,x,FR,")
			},
			wantErr: `event type "sanctions_paused"`,
		},
		{
			name:    "a file listed in the manifest that is missing",
			change:  func(f fstest.MapFS) { delete(f, "reference/long.csv") },
			wantErr: "reference/files.csv: line 3",
		},
		{
			name: "a data file left out of the manifest",
			change: func(f fstest.MapFS) {
				f["reference/extra.csv"] = &fstest.MapFile{Data: []byte("entity\n")}
			},
			wantErr: "reference/extra.csv is not listed in reference/files.csv",
		},
		{
			name:    "a WDI file without its columns",
			change:  func(f fstest.MapFS) { f["reference/wdi/growth.csv"] = &fstest.MapFile{Data: []byte("code,year\n")} },
			wantErr: "header lacks the column(s) Country Name, Country Code, Value",
		},
		{
			name: "a period of no known form",
			change: func(f fstest.MapFS) {
				appendLine(f, "reference/long.csv", "RUS,gdp_growth,23,annual,1,actual,Rosstat,2024-02-07,x,,")
			},
			wantErr: `period "23"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fixture := fixtureFS()
			tt.change(fixture)
			buildFails(t, fixture, tt.wantErr)
		})
	}
}

// buildFails checks that a build from fsys fails with an error containing wantErr and leaves
// no file behind.
func buildFails(t *testing.T, fsys fs.FS, wantErr string) {
	t.Helper()
	dir := t.TempDir()
	err := buildFrom(fsys, filepath.Join(dir, "ref.db"))
	if err == nil || !strings.Contains(err.Error(), wantErr) {
		t.Fatalf("error = %v, want one containing %q", err, wantErr)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("failed build left %s behind", e.Name())
	}
}

func appendLine(f fstest.MapFS, name, line string) {
	f[name] = &fstest.MapFile{Data: append(append([]byte(nil), f[name].Data...), line+"\n"...)}
}

func TestBuildRefusesAnExistingFile(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "ref.db")
	if err := os.WriteFile(dbPath, []byte("curated work"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := buildFrom(fixtureFS(), dbPath)
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("error = %v, want one that says the file exists", err)
	}
	content, _ := os.ReadFile(dbPath)
	if string(content) != "curated work" {
		t.Errorf("the existing file was changed")
	}
}

func TestOpenDefault(t *testing.T) {
	dir := t.TempDir()
	fixture := fixtureFS()
	first := openDefaultFile(t, fixture, dir)
	if !regexp.MustCompile(`^reference-[0-9a-f]{12}\.db$`).MatchString(filepath.Base(first)) {
		t.Errorf("default database %s is not named reference-<12 hex digits>.db", first)
	}
	before, err := os.Stat(first)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("reuses the database built from the same data", func(t *testing.T) {
		again := openDefaultFile(t, fixture, dir)
		after, err := os.Stat(again)
		if err != nil {
			t.Fatal(err)
		}
		if again != first || !os.SameFile(before, after) {
			t.Errorf("second open built a new file %s", again)
		}
	})

	t.Run("rebuilds a damaged database", func(t *testing.T) {
		if err := os.WriteFile(first, []byte("not a database, not even close, but long enough to be read"), 0o644); err != nil {
			t.Fatal(err)
		}
		again := openDefaultFile(t, fixture, dir)
		if again != first {
			t.Fatalf("rebuilt into %s, want %s", again, first)
		}
		store, err := Open(again)
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if got, _ := store.Observations("RUS", "gdp_growth", "2023"); len(got) != 2 {
			t.Errorf("rebuilt database has %d figures for RUS 2023, want 2", len(got))
		}
	})

	t.Run("rebuilds when the data changes and removes the old build", func(t *testing.T) {
		changed := fixtureFS()
		appendLine(changed, "reference/wdi/growth.csv", "Japan,JPN,2023,1.9")
		second := openDefaultFile(t, changed, dir)
		if second == first {
			t.Fatalf("changed data kept the name %s", second)
		}
		if _, err := os.Stat(first); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("old build %s was not removed (stat: %v)", first, err)
		}
		store, err := Open(second)
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if got, _ := store.Observations("JPN", "gdp_growth", "2023"); len(got) != 1 {
			t.Errorf("rebuilt database has %d figures for JPN 2023, want 1", len(got))
		}
	})
}

// openDefaultFile opens the default database of fsys in dir, closes it, and returns its path.
func openDefaultFile(t *testing.T, fsys fs.FS, dir string) string {
	t.Helper()
	store, err := openDefault(fsys, dir, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	path := store.Path()
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDataHashFollowsEveryFile(t *testing.T) {
	base, err := dataHash(fixtureFS())
	if err != nil {
		t.Fatal(err)
	}
	changes := map[string]func(fstest.MapFS){
		"a reference file changes": func(f fstest.MapFS) { appendLine(f, "reference/events.csv", "") },
		"the lexicon changes":      func(f fstest.MapFS) { appendLine(f, "lexicon/entities.csv", "FRA,France,country,,,,") },
		"the lexicon goes away":    func(f fstest.MapFS) { delete(f, "lexicon/entities.csv") },
		"a file is renamed": func(f fstest.MapFS) {
			f["reference/events2.csv"] = f["reference/events.csv"]
			delete(f, "reference/events.csv")
		},
	}
	for name, change := range changes {
		fixture := fixtureFS()
		change(fixture)
		hash, err := dataHash(fixture)
		if err != nil {
			t.Fatal(err)
		}
		if hash == base {
			t.Errorf("%s: hash stays %s", name, hash)
		}
	}
	unrelated := fixtureFS()
	unrelated["lexicon/indicators.csv"] = &fstest.MapFile{Data: []byte("phrase\n")}
	if hash, _ := dataHash(unrelated); hash != base {
		t.Errorf("a lexicon file the database does not read changed the hash")
	}
}

func TestDefaultDir(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	if dir, err := DefaultDir(); err != nil || dir != "/srv/data/factcheck" {
		t.Errorf("with XDG_DATA_HOME: %q, %v", dir, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/editor")
	if dir, err := DefaultDir(); err != nil || dir != "/home/editor/.local/share/factcheck" {
		t.Errorf("without XDG_DATA_HOME: %q, %v", dir, err)
	}
}

func BenchmarkBuildDefault(b *testing.B) { benchmarkBuild(b, Build) }
