package cli

import (
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
	"github.com/factcheck/factcheck/reference"
)

// TestUnicodeAroundNumbersIsReadAsTheNumber checks that the characters of real web text
// around and inside a figure do not change the figure read, and that the offsets of each
// claim still point at the figure in the text as read.
func TestUnicodeAroundNumbersIsReadAsTheNumber(t *testing.T) {
	tests := []struct {
		name, text, figure string
		value              string
	}{
		{"a no-break space before the figure", "Russia's economy grew\u00a03.6% in 2023.", "3.6%", "3.6"},
		{"the Unicode minus sign", "Russia's economy shrank by \u22120.5% in 2023.", "\u22120.5%", "-0.5"},
		{"a zero-width space inside the figure", "Russia's economy grew 3\u200b.6% in 2023.", "3\u200b.6%", "3.6"},
		{"bidi isolates around the figure", "Russia's economy grew \u20663.6%\u2069 in 2023.", "3.6%", "3.6"},
		{"Arabic-Indic digits", "Russia's economy grew \u0663\u066b\u0666\u066a in 2023.", "\u0663\u066b\u0666\u066a", "3.6"},
		{"Devanagari digits", "Russia's economy grew 3.6% in \u0968\u0966\u0968\u0969.", "3.6%", "3.6"},
		{"fullwidth digits and percent", "Russia's economy grew \uff13\uff0e\uff16\uff05 in 2023.", "\uff13\uff0e\uff16\uff05", "3.6"},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, filepath.Join(dir, strings.Repeat("a", i+1)+".txt"), []byte(tt.text+"\n"))
			code, out, errOut := run(t, "", "check", path, "--format", "jsonl", "--date", "2025-03-04", "--db", testDB(t))
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			rows := jsonlRows(t, out)
			if len(rows) != 1 {
				t.Fatalf("rows = %v, want one", rows)
			}
			r := rows[0]
			if r.str("indicator") != "gdp_growth" || r.str("period") != "2023" || r.str("value") != tt.value {
				t.Errorf("claim = %s %s %s, want gdp_growth 2023 %s", r.str("indicator"), r.str("period"), r.str("value"), tt.value)
			}
			start, end := int(r["start"].(float64)), int(r["end"].(float64))
			text := tt.text + "\n"
			if start < 0 || end > len(text) || start > end || !strings.HasSuffix(text[start:end], tt.figure) {
				t.Errorf("offsets %d:%d mark %q of the text as read, want a span ending in %q", start, end, text[max(0, min(start, len(text))):max(0, min(end, len(text)))], tt.figure)
			}
		})
	}
}

func TestWorkersAndConfigOutOfBoundsAreUsageErrors(t *testing.T) {
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("Russia's economy grew 3.6% in 2023.\n"))
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"--workers 2^63-1", []string{"check", "--workers", "9223372036854775807", article}, "--workers: want a whole number of workers from 0"},
		{"--workers 2e9", []string{"extract", "-j", "2000000000", article}, "--workers: want a whole number of workers from 0"},
		{"--workers -1", []string{"check", "--workers=-1", article}, "--workers: want a whole number"},
		{"--config /dev/zero", []string{"check", "--config", "/dev/zero", article}, "config /dev/zero: more than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", append(tt.args, "--db", testDB(t))...)
			if code != ExitUsage || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and one line saying %q", code, out, errOut, tt.want)
			}
		})
	}
}

func TestOutputNamingAnInputOrTheDatabaseIsRefused(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, filepath.Join(dir, "corpus", "a.txt"), []byte("Russia's economy grew 3.6% in 2023.\n"))
	db := refDB(t, true)
	config := writeFile(t, filepath.Join(dir, "config.yaml"), []byte("workers: 1\n"))
	tests := []struct {
		name   string
		args   []string
		target string
		want   string
	}{
		{"an article named", []string{"check", article, "-o", article}, article, "is also an input"},
		{"an article inside a folder named", []string{"check", filepath.Dir(article), "-f", "csv", "-o", article}, article, "is also an input"},
		{"an article found by a pattern", []string{"extract", filepath.Join(dir, "corpus", "*.txt"), "-f", "csv", "-o", article}, article, "is also an input"},
		{"the database", []string{"check", article, "-f", "csv", "-o", db}, db, "is the reference database"},
		{"the database by another name", []string{"check", article, "-f", "csv", "-o", filepath.Join(filepath.Dir(db), ".", filepath.Base(db))}, db, "is the reference database"},
		{"the config file", []string{"check", article, "--config", config, "-f", "csv", "-o", config}, config, "is the config file"},
		{"the database, by ref export", []string{"ref", "export", "-o", db}, db, "is the reference database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := sha(t, tt.target)
			code, out, errOut := run(t, "", append(tt.args, "--db", db)...)
			if code != ExitUsage || out != "" || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 saying %q", code, out, errOut, tt.want)
			}
			if sha(t, tt.target) != before {
				t.Errorf("%s was changed", tt.target)
			}
		})
	}
}

// unsafeForTerminal reports a byte or character that would drive a terminal.
func unsafeForTerminal(s string) bool {
	return strings.ContainsAny(s, "\x1b\x07\u009b\u202e\u2066")
}

func TestTerminalEscapesAreShownEscaped(t *testing.T) {
	dir := t.TempDir()
	db := refDB(t, true)
	const label = "Rosstat\x1b]8;;http://evil.example\x07 survey\u202e"
	if code, _, stderr := run(t, "", "ref", "add", "--db", db, "--entity", "RUS", "--indicator", "unemployment_rate",
		"--period", "2024", "--value", "2.5", "--source", "Rosstat\x1b[2J", "--release", "2025-01-31", "--label", label); code != 0 {
		t.Fatalf("ref add: %s", stderr)
	}
	text := "March 4, 2025\n\nRussia's unemployment rate was 2.5% in 2024\x1b[2J\u202e, per Rosstat\x1b[2J.\n"
	article := writeFile(t, filepath.Join(dir, "a\x1b[31m.txt"), []byte(text))
	empty := writeFile(t, filepath.Join(dir, "b\x1b[2J\u202e.txt"), []byte(" "))
	jsonl := writeFile(t, filepath.Join(dir, "c.jsonl"), []byte(`{"id":"evil\u001b[2J\u202eid","text":"Russia's unemployment rate was 2.5% in 2024."}`+"\n"))

	t.Run("the table and the messages of check", func(t *testing.T) {
		code, out, errOut := run(t, "", "check", "--db", db, "--summary", article, empty, jsonl)
		if code != ExitUsage || !strings.Contains(out, "2.5") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
		}
		if unsafeForTerminal(out) || unsafeForTerminal(errOut) {
			t.Errorf("raw escapes reached the terminal:\nstdout %q\nstderr %q", out, errOut)
		}
		if !strings.Contains(out, `a\x1b[31m.txt`) || !strings.Contains(out, `evil\x1b[2J\u202eid`) || !strings.Contains(errOut, `\x1b[2J`) {
			t.Errorf("escapes not shown as such:\nstdout %s\nstderr %s", out, errOut)
		}
	})
	t.Run("the tables of ref", func(t *testing.T) {
		for _, args := range [][]string{{"ref", "show", "RUS", "unemployment_rate", "2024"}, {"ref", "stats"}} {
			code, out, errOut := run(t, "", append(args, "--db", db)...)
			if code != ExitOK || unsafeForTerminal(out) || !strings.Contains(out, `Rosstat\x1b`) {
				t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
			}
		}
	})
	t.Run("JSONL and CSV keep the text as it is", func(t *testing.T) {
		_, out, _ := run(t, "", "check", "--db", db, "-f", "jsonl", jsonl)
		if !strings.Contains(out, `evil\u001b[2J`+"\u202e"+`id`) {
			t.Errorf("jsonl %q does not carry the id faithfully", out)
		}
		_, out, _ = run(t, "", "check", "--db", db, "-f", "csv", jsonl)
		if !strings.Contains(out, "evil\x1b[2J\u202eid") {
			t.Errorf("csv %q does not carry the id faithfully", out)
		}
	})
}

// damageDB changes a figure behind factcheck's back, as a damaged page of the file would.
func damageDB(t *testing.T, path, statement string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(statement); err != nil {
		t.Fatal(err)
	}
}

const damageChinaGrowth = `UPDATE observations SET value = value + 5 WHERE entity = 'CHN' AND indicator = 'gdp_growth' AND period = '2023'`

func TestADamagedDatabaseIsAnErrorNeverAChangedVerdict(t *testing.T) {
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	tests := []struct {
		name, statement, want string
	}{
		{"a figure changed inside the file", damageChinaGrowth, "do not match their checksum"},
		{"a negative schema version", "PRAGMA user_version = -1", "schema version -1, which no factcheck writes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := refDB(t, false)
			damageDB(t, db, tt.statement)
			out := filepath.Join(t.TempDir(), "report.csv")
			code, stdout, stderr := run(t, "", "check", article, "--db", db, "-o", out)
			if code != ExitUsage || stdout != "" || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, db) || !strings.Contains(stderr, "factcheck: hint: ") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, an error naming %s and saying %q, and a hint", code, stdout, stderr, db, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("a report was written from a damaged database")
			}
		})
	}
}

// defaultDataHome points XDG_DATA_HOME at a folder of the test's own that holds the default
// database as an earlier run would have built it (a copy of the template), and returns the
// database's path: a test of what later runs do with it need not pay for the first build.
func defaultDataHome(t *testing.T) string {
	t.Helper()
	dataHome := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dataHome)
	hash, err := reference.DataHash()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dataHome, "factcheck", "reference-"+hash+".db")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, refTemplate(t, false), path)
	return path
}

// TestADamagedDefaultDatabaseIsRebuilt damages the default database twice, in ways found
// by a lookup and at open, and has check rebuild it each time. The rebuild logic is
// tested quickly on a small fixture in package reference, and one rebuild end to end by
// TestACorruptDefaultDatabaseIsRebuilt.
func TestADamagedDefaultDatabaseIsRebuilt(t *testing.T) {
	testcorpus.Long(t, "builds the default database twice")
	built := defaultDataHome(t)
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	code, want, stderr := run(t, "", "check", article, "--format", "jsonl")
	if code != ExitOK {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	for _, statement := range []string{damageChinaGrowth, "PRAGMA user_version = -1"} {
		damageDB(t, built, statement)
		// Damage found at open is rebuilt at once; damage found by a lookup ends the run,
		// which removes the file for the next run to build.
		code, got, stderr := run(t, "", "check", article, "--format", "jsonl")
		if code == ExitUsage && strings.Contains(stderr, "run again") {
			code, got, stderr = run(t, "", "check", article, "--format", "jsonl")
		}
		if code != ExitOK || got != want {
			t.Errorf("after %s: exit %d, %q %q; want the database rebuilt and the first run's rows", statement, code, got, stderr)
		}
	}
}

func TestRefAliasRefusesWhatIsNoName(t *testing.T) {
	db := refDB(t, true)
	lexicon := filepath.Join(t.TempDir(), "entities.csv")
	original := "code,name,kind,short_names,demonyms,capitals,metonyms\n" +
		"MMR,Myanmar,country,,Burmese,Naypyidaw,\n" +
		"CIV,Côte d'Ivoire,country,,Ivorian,Yamoussoukro,\n"
	writeFile(t, lexicon, []byte(original))
	_, before, _ := run(t, "", "ref", "alias", "list", "--db", db, "--format", "csv")
	tests := []struct{ name, alias, want string }{
		{"a line break", "Union\nof Burma", `'\n' is not allowed`},
		{"a percent sign", "%", `'%' is not allowed`},
		{"an underscore", "_", `'_' is not allowed`},
		{"the list separator", "Burma;Myanmar", `';' is not allowed`},
		{"a terminal escape", "Burma\x1b[2J", `'\x1b' is not allowed`},
		{"a bidi override", "Burma\u202e", `'\u202e' is not allowed`},
		{"no letter", "1989", "at least one letter"},
		{"too long", strings.Repeat("a", 101), "at most 100"},
		{"empty", "  ", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, "", "ref", "alias", "add", "--db", db, tt.alias, "MMR", "--lexicon", lexicon)
			if code != ExitUsage || out != "" || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and one line saying %s", code, out, stderr, tt.want)
			}
		})
	}
	if content, _ := os.ReadFile(lexicon); string(content) != original {
		t.Errorf("the lexicon changed:\n%s", content)
	}
	if _, after, _ := run(t, "", "ref", "alias", "list", "--db", db, "--format", "csv"); after != before {
		t.Error("the database's aliases changed")
	}
	for _, name := range []string{"Union of Burma", "Côte d'Ivoire", "St. Kitts & Nevis", "Korea, Rep.", "Congo (Kinshasa)"} {
		if code, _, stderr := run(t, "", "ref", "alias", "add", "--db", db, name, "MMR"); code != ExitOK {
			t.Errorf("a real name %q was refused: %s", name, stderr)
		}
	}
}

// TestTheHTMLReportMarksTheFigureAsWritten checks that the offsets mapped back from the
// normalised text mark, in the article as read, the figure with its own characters.
func TestTheHTMLReportMarksTheFigureAsWritten(t *testing.T) {
	text := "March 4, 2025\n\nRussia's economy shrank by \u22120.5%\u200b in 2023, and inflation was \u0667\u066b\u0664\u066a.\n"
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte(text))
	code, out, errOut := run(t, "", "check", article, "--format", "html", "--db", testDB(t))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	marks := regexp.MustCompile(`<mark class="claim[^>]*>([^<]*)<span`).FindAllStringSubmatch(out, -1)
	var got []string
	for _, m := range marks {
		got = append(got, m[1])
	}
	for _, want := range []string{"\u22120.5%", "\u0667\u066b\u0664\u066a"} {
		found := false
		for _, g := range got {
			found = found || strings.HasSuffix(g, want)
		}
		if !found {
			t.Errorf("marks %q, want one ending in %q", got, want)
		}
	}
}
