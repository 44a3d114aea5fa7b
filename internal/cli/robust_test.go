package cli

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/factcheck/factcheck/reference"
)

// helperArgsEnv makes the test binary run factcheck with the JSON-encoded arguments it holds
// instead of the tests: the way to have a real factcheck process to kill.
const helperArgsEnv = "FACTCHECK_TEST_HELPER_ARGS"

// TestHelperProcess is not a test: run as a child with helperArgsEnv set, it is factcheck.
func TestHelperProcess(t *testing.T) {
	encoded := os.Getenv(helperArgsEnv)
	if encoded == "" {
		t.Skip("runs only as a child process of another test")
	}
	var args []string
	if err := json.Unmarshal([]byte(encoded), &args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Exit(Main(args, StdStreams()))
}

func sha(t *testing.T, path string) string {
	t.Helper()
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}

func writeFile(t *testing.T, path string, content []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// errorLines returns stderr's lines, failing the test on a line that is not an error, a
// hint or a note of factcheck's.
func errorLines(t *testing.T, stderr string) []string {
	t.Helper()
	var errs []string
	for _, line := range strings.Split(strings.TrimRight(stderr, "\n"), "\n") {
		switch {
		case line == "":
		case strings.HasPrefix(line, "factcheck: error: "):
			errs = append(errs, line)
		case strings.HasPrefix(line, "factcheck: hint: "), strings.HasPrefix(line, "factcheck: note: "):
		default:
			t.Errorf("stderr line %q is not one of factcheck's one-line messages", line)
		}
	}
	return errs
}

// TestABatchWithBadInputsReportsEachAndGoesOn checks a corpus with one input of each bad
// kind: each gets one error line naming it, every good article is still reported, and the
// exit code is 2 at the end.
func TestABatchWithBadInputsReportsEachAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	claim := "March 4, 2025\n\nChina's economy grew 9.9% in 2023, official figures show.\n"
	writeFile(t, filepath.Join(corpus, "a-good.txt"), []byte(claim))
	writeFile(t, filepath.Join(corpus, "b-empty.txt"), nil)
	writeFile(t, filepath.Join(corpus, "c-image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	writeFile(t, filepath.Join(corpus, "d-big.md"), []byte(strings.Repeat("Growth was 2%. ", 400)))
	writeFile(t, filepath.Join(corpus, "e-crlf.txt"), []byte(strings.ReplaceAll(strings.Replace(claim, "China", "Japan", 1), "\n", "\r\n")))
	writeFile(t, filepath.Join(corpus, "f-cr.txt"), []byte(strings.ReplaceAll(strings.Replace(claim, "China", "India", 1), "\n", "\r")))
	writeFile(t, filepath.Join(corpus, "g-latin1.txt"), []byte("March 4, 2025\n\nBrazil\xe9s economy grew 9.9% in 2023.\n"))
	writeFile(t, filepath.Join(corpus, "h-page.html"), []byte(`<html><head><meta property="article:published_time" content="2025-03-04">
<script>var x = "Germany's economy grew 99% in 2023";</script></head>
<body><p>Germany&#39;s economy shrank 9.9% in 2023.</p></body></html>`))
	feed := strings.Join([]string{
		`{"id":"feed-good","text":"Russia's economy grew 9.9% in 2023.","published":"2025-03-04"}`,
		`{"id":"feed-broken","text":"`,
		`{"id":"feed-no-text","title":"only a title"}`,
		`{"id":"feed-bad-date","text":"France's economy grew 9.9% in 2023.","published":"the other day"}`,
	}, "\n")
	writeFile(t, filepath.Join(corpus, "i-feed.jsonl"), []byte(feed))
	if err := os.Symlink(filepath.Join(corpus, "j-loop.txt"), filepath.Join(corpus, "j-loop.txt")); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	t.Setenv("FACTCHECK_MAX_ARTICLE_BYTES", "2000")

	code, stdout, stderr := run(t, "", "check", missing, corpus, "--db", testDB(t), "--format", "jsonl", "--summary", "--date", "2025-03-04")
	if code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	wantErrors := []string{
		"missing.txt: no such file or directory",
		"b-empty.txt: empty file",
		"c-image.txt: binary file",
		"d-big.md: 6000 bytes is more than max_article_bytes (2000)",
		"i-feed.jsonl line 2: not a JSON object",
		`i-feed.jsonl line 3: no "text" field`,
		`i-feed.jsonl line 4: published: parse date "the other day"`,
		"j-loop.txt: too many levels of symbolic links",
	}
	messages, summary, _ := strings.Cut(stderr, "Summary\n")
	errs := errorLines(t, messages)
	if len(errs) != len(wantErrors) {
		t.Errorf("%d error lines, want %d:\n%s", len(errs), len(wantErrors), stderr)
	}
	for _, want := range wantErrors {
		found := false
		for _, line := range errs {
			found = found || strings.Contains(line, want)
		}
		if !found {
			t.Errorf("no error line says %q:\n%s", want, stderr)
		}
		// The summary names every input that failed.
		if !strings.Contains(summary, "failed: ") || !strings.Contains(summary, want) {
			t.Errorf("the summary does not name %q:\n%s", want, stderr)
		}
	}

	entities := map[string]string{}
	for _, r := range jsonlRows(t, stdout) {
		entities[r.str("article")] += r.str("entity") + " "
		if strings.Contains(r.str("sentence"), "99%") {
			t.Errorf("a script's text was checked: %v", r)
		}
	}
	wantArticles := map[string]string{
		filepath.Join(corpus, "a-good.txt"):   "CHN",
		filepath.Join(corpus, "e-crlf.txt"):   "JPN",
		filepath.Join(corpus, "f-cr.txt"):     "IND",
		filepath.Join(corpus, "g-latin1.txt"): "",
		filepath.Join(corpus, "h-page.html"):  "DEU",
		"feed-good":                           "RUS",
		"feed-bad-date":                       "FRA",
	}
	for article, entity := range wantArticles {
		got, ok := entities[article]
		if !ok && entity != "" {
			t.Errorf("article %s was not reported; rows of %v", article, entities)
		}
		if entity != "" && !strings.Contains(got, entity) {
			t.Errorf("article %s: entities %q, want %s", article, got, entity)
		}
	}
}

func TestAWrongDateFlagIsOneLine(t *testing.T) {
	for _, flag := range []string{"--date", "--as-of"} {
		code, stdout, stderr := run(t, "", "check", "-", "--db", testDB(t), flag, "04/03/2025")
		errs := errorLines(t, stderr)
		if code != ExitUsage || stdout != "" || len(errs) != 1 || !strings.Contains(errs[0], flag) || !strings.Contains(errs[0], "04/03/2025") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", flag, code, stdout, stderr)
		}
	}
}

// lockDB takes the write lock of a database on a connection of its own, as another process
// would, until the test ends or release is called.
func lockDB(t *testing.T, path, mode string) (release func()) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=0")
	if err != nil {
		t.Fatal(err)
	}
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN "+mode); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() {
		once.Do(func() {
			conn.ExecContext(context.Background(), "ROLLBACK")
			conn.Close()
			db.Close()
		})
	}
	t.Cleanup(release)
	return release
}

// TestDatabaseFaults runs check against each kind of bad database: one error line naming
// the file, one hint saying what to do, exit code 2, and the file unchanged.
func TestDatabaseFaults(t *testing.T) {
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	good, err := os.ReadFile(refDB(t, true))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		prepare   func(t *testing.T, path string)
		env       map[string]string
		wantError string
		wantHint  string
	}{
		{"not an SQLite file", func(t *testing.T, path string) {
			writeFile(t, path, []byte(strings.Repeat("entity,indicator,period,value\n", 10)))
		}, nil, "does not begin as an SQLite database does; it was not changed", "never overwrites a database you named"},
		{"a truncated database", func(t *testing.T, path string) {
			writeFile(t, path, good[:len(good)/3])
		}, nil, "truncated", "restore"},
		{"an empty file", func(t *testing.T, path string) {
			writeFile(t, path, nil)
		}, nil, "holds no reference data", "ref init --db"},
		{"a newer schema", func(t *testing.T, path string) {
			writeFile(t, path, good)
			setUserVersion(t, path, reference.SchemaVersion+1)
		}, nil, fmt.Sprintf("schema version %d is newer than this factcheck knows (%d)", reference.SchemaVersion+1, reference.SchemaVersion), "upgrade factcheck"},
		{"a database of something else", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec("CREATE TABLE invoices (id INTEGER)"); err != nil {
				t.Fatal(err)
			}
		}, nil, "not a factcheck reference database", "something else"},
		{"a database locked by another process", func(t *testing.T, path string) {
			writeFile(t, path, good)
			lockDB(t, path, "EXCLUSIVE")
		}, map[string]string{"FACTCHECK_DB_LOCK_TIMEOUT": "30"}, "locked by another process (waited", "db_lock_timeout in config.yaml (now 30 ms)"},
		{"a folder", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}, nil, "is a folder", "name the database file itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ref.db")
			tt.prepare(t, path)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var before string
			if info, err := os.Stat(path); err == nil && !info.IsDir() {
				before = sha(t, path)
			}
			code, stdout, stderr := run(t, "", "check", article, "--db", path, "--format", "jsonl")
			errs := errorLines(t, stderr)
			if code != ExitUsage || stdout != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", code, stdout, ExitUsage)
			}
			if len(errs) != 1 || !strings.Contains(errs[0], path) || !strings.Contains(errs[0], tt.wantError) {
				t.Errorf("stderr %q, want one error line naming %s and saying %q", stderr, path, tt.wantError)
			}
			if !strings.Contains(stderr, "factcheck: hint: ") || !strings.Contains(stderr, tt.wantHint) {
				t.Errorf("stderr %q, want a hint saying %q", stderr, tt.wantHint)
			}
			if before != "" && sha(t, path) != before {
				t.Error("the database file was changed")
			}
		})
	}
}

func setUserVersion(t *testing.T, path string, version int) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		t.Fatal(err)
	}
}

// TestADatabaseThatIsNotARegularFileIsRefused: --db naming a named pipe blocked the run until
// something wrote to it, and --db /dev/null was called an empty file with the hint to remove
// it ("rm /dev/null && ..."), which as root deletes the device. Neither is opened now, and the
// hint suggests removing nothing.
func TestADatabaseThatIsNotARegularFileIsRefused(t *testing.T) {
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	pipe := filepath.Join(t.TempDir(), "ref.db")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, kind string }{
		{pipe, "a named pipe"},
		{"/dev/null", "a device"},
	} {
		t.Run(tt.kind, func(t *testing.T) {
			type result struct {
				code           int
				stdout, stderr string
			}
			done := make(chan result, 1)
			go func() {
				code, stdout, stderr := run(t, "", "check", article, "--db", tt.path, "--format", "jsonl")
				done <- result{code, stdout, stderr}
			}()
			var r result
			select {
			case r = <-done:
			case <-time.After(time.Minute):
				t.Fatalf("check --db %s did not end", tt.path)
			}
			errs := errorLines(t, r.stderr)
			if r.code != ExitUsage || r.stdout != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", r.code, r.stdout, ExitUsage)
			}
			want := "reference database " + tt.path + " is not a regular file (" + tt.kind + ")"
			if len(errs) != 1 || !strings.Contains(errs[0], want) {
				t.Errorf("stderr %q, want one error line saying %q", r.stderr, want)
			}
			if strings.Contains(r.stderr, "rm ") {
				t.Errorf("stderr %q suggests removing it", r.stderr)
			}
		})
	}
}

// TestTheHintForAnEmptyNamedDatabaseBuildsItInPlace: the hint said factcheck would build a
// database the user named from its embedded data once the empty file was removed, which only
// the default database is; the next run then said "no such file". Following the hint now
// gives a database the check reads.
func TestTheHintForAnEmptyNamedDatabaseBuildsItInPlace(t *testing.T) {
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	path := writeFile(t, filepath.Join(t.TempDir(), "ref.db"), nil)
	code, _, stderr := run(t, "", "check", article, "--db", path, "--format", "jsonl")
	want := "rm " + path + " && factcheck ref init --db " + path
	if code != ExitUsage || !strings.Contains(stderr, want) || strings.Contains(stderr, "embedded data") {
		t.Fatalf("exit %d, stderr %q; want %d and a hint %q alone", code, stderr, ExitUsage, want)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "", "ref", "init", "--db", path); code != ExitOK {
		t.Fatalf("ref init: exit %d, %s", code, stderr)
	}
	if code, stdout, stderr := run(t, "", "check", article, "--db", path, "--format", "jsonl"); code != ExitOK || !strings.Contains(stdout, `"CHN"`) {
		t.Fatalf("check after the hint: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestANamedDatabaseThatDoesNotExistIsAnError(t *testing.T) {
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	nowhere := filepath.Join(dir, "no", "such", "folder", "ref.db")
	config := writeFile(t, filepath.Join(dir, "config.yaml"), []byte("db: "+typo+"\n"))
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"check", []string{"check", article, "--db", typo}, "--db " + typo + ": no such file"},
		{"ref stats", []string{"ref", "stats", "--db", typo}, "--db " + typo + ": no such file"},
		{"ref import", []string{"ref", "import", "--db", typo, testdataFile("weo_small.csv")}, "--db " + typo + ": no such file"},
		{"ref add", []string{"ref", "add", "--db", typo, "--entity", "CHN", "--indicator", "gdp_growth", "--period", "2023", "--value", "5", "--source", "X", "--release", "2024-01-01"}, "--db " + typo + ": no such file"},
		{"serve", []string{"serve", "--db", typo}, "--db " + typo + ": no such file"},
		{"named by the config", []string{"check", article, "--config", config}, "the database " + typo + " (the db key of the configuration, or FACTCHECK_DB): no such file"},
		{"in a folder that does not exist", []string{"check", article, "--db", nowhere}, "the folder " + filepath.Dir(nowhere) + " does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, "", tt.args...)
			errs := errorLines(t, stderr)
			if code != ExitUsage || stdout != "" || len(errs) != 1 || !strings.Contains(errs[0], tt.want) || !strings.Contains(stderr, "hint: check the name, or run `factcheck ref init --db") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and one error saying %q with a hint", code, stdout, stderr, tt.want)
			}
			if _, err := os.Stat(typo); err == nil {
				t.Fatalf("%s was built", typo)
			}
		})
	}
}

func TestCheckLeavesTheDatabaseAsItWas(t *testing.T) {
	path := refDB(t, false)
	before := sha(t, path)
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	if code, _, stderr := run(t, "", "check", article, "--db", path); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if sha(t, path) != before {
		t.Error("check changed the database")
	}
}

// TestACorruptDefaultDatabaseIsRebuilt damages the default database in a per-user folder of
// the test's own: check rebuilds it from the embedded data and goes on.
func TestACorruptDefaultDatabaseIsRebuilt(t *testing.T) {
	built := defaultDataHome(t)
	article := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	content, err := os.ReadFile(built)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, built, content[:len(content)/2])
	code, stdout, stderr := run(t, "", "check", article, "--format", "jsonl")
	if code != ExitOK || !strings.Contains(stdout, "CHN") {
		t.Errorf("after damage: exit %d, %q %q; want the database rebuilt", code, stdout, stderr)
	}
	if sha(t, built) == "" || len(content) != len(mustRead(t, built)) {
		t.Error("the default database was not rebuilt whole")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	content, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return content
}

// signalWriter passes writes to a buffer and signals the first that holds want.
type signalWriter struct {
	mu   sync.Mutex
	buf  strings.Builder
	want string
	seen chan struct{}
	once sync.Once
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.want) {
		w.once.Do(func() { close(w.seen) })
	}
	return len(p), nil
}

func (w *signalWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

func TestAnImportWaitsForAnotherAndSaysSo(t *testing.T) {
	db := refDB(t, true)
	release := lockDB(t, db, "IMMEDIATE")
	stderr := &signalWriter{want: "waiting for it to finish", seen: make(chan struct{})}
	var stdout strings.Builder
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"ref", "import", "--db", db, testdataFile("long_small.csv")}, Streams{In: strings.NewReader(""), Out: &stdout, Err: stderr})
	}()
	<-stderr.seen
	release()
	if code := <-done; code != ExitOK {
		t.Fatalf("import after the wait: exit %d, %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "factcheck: note: another process is writing "+db) || !strings.Contains(stdout.String(), "imported") {
		t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
	}
}

// TestKillingAnImportLeavesTheDatabaseAsItWas runs a real factcheck process that imports a
// large file from a pipe, kills it with SIGKILL while it is inside its transaction (it has
// read megabytes of rows and waits for more), and checks that the database file is byte for
// byte what it was, before and after SQLite's recovery on the next open.
func TestKillingAnImportLeavesTheDatabaseAsItWas(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	db := refDB(t, true)
	before := sha(t, db)
	child := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	args, _ := json.Marshal([]string{"ref", "import", "--db", db, "-"})
	child.Env = append(os.Environ(), helperArgsEnv+"="+string(args))
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var childErr strings.Builder
	child.Stderr = &childErr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	// The pipe holds 64 KB and the import reads 64 KB ahead: once 4 MB are written, the
	// child has taken most of them into its open transaction.
	w := bufio.NewWriterSize(stdin, 1<<16)
	fmt.Fprintln(w, "entity,indicator,period,basis,value,source,release_date")
	written := 0
	entities := []string{"RUS", "USA", "DEU", "FRA", "CHN", "JPN", "GBR", "ITA", "IND", "BRA"}
	for source := 0; written < 4<<20; source++ {
		for year := 1900; year < 2100 && written < 4<<20; year++ {
			for _, entity := range entities {
				n, err := fmt.Fprintf(w, "%s,gdp_growth,%d,annual,%d.%d,Kill Test Office %d,2024-01-15\n", entity, year, year%7, source%10, source)
				if err != nil {
					t.Fatalf("writing to the import after %d bytes: %v (stderr %s)", written, err, childErr.String())
				}
				written += n
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("flush: %v (stderr %s)", err, childErr.String())
	}
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = child.Wait()
	stdin.Close()
	if status, ok := err.(*exec.ExitError); !ok || status.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the child was not killed mid-import: %v, stderr %s", err, childErr.String())
	}
	if sha(t, db) != before {
		t.Error("the database file changed under a killed import")
	}
	if info, err := os.Stat(db + "-journal"); err == nil {
		t.Logf("the killed import left a journal of %d bytes", info.Size())
	}
	// The next open finds the figures as they were: none.
	code, stdout, stderr := run(t, "", "ref", "export", "--db", db)
	if code != ExitOK || strings.Count(stdout, "\n") != 1 {
		t.Errorf("after the kill: exit %d, %d lines exported (want the header only), %s", code, strings.Count(stdout, "\n"), stderr)
	}
	if sha(t, db) != before {
		t.Error("the database differs from before after recovery")
	}
	// A write after the kill works and clears what the killed one left.
	if code, _, stderr := run(t, "", "ref", "import", "--db", db, testdataFile("long_small.csv")); code != ExitOK {
		t.Fatalf("import after the kill: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(db + "-journal"); err == nil {
		t.Error("the journal of the killed import is still there after a write")
	}
	if _, stdout, _ := run(t, "", "ref", "export", "--db", db); strings.Contains(stdout, "Kill Test Office") {
		t.Error("figures of the killed import are in the database")
	}
}

// TestAFailedRunLeavesTheReportAlone covers -o: a good report stays when a later run fails
// before or at its end, and no temporary file is left.
func TestAFailedRunLeavesTheReportAlone(t *testing.T) {
	dir := t.TempDir()
	article := writeFile(t, filepath.Join(dir, "a.txt"), []byte("March 4, 2025\n\nChina's economy grew 9.9% in 2023.\n"))
	out := filepath.Join(dir, "review.csv")
	db := refDB(t, true)
	if code, _, stderr := run(t, "", "check", article, "--db", db, "-o", out); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	good := sha(t, out)
	failures := []struct {
		name string
		args []string
		env  map[string]string
	}{
		{"a bad flag", []string{"--date", "soon"}, nil},
		{"a locked database", nil, map[string]string{"FACTCHECK_DB_LOCK_TIMEOUT": "20"}},
	}
	for _, f := range failures {
		t.Run(f.name, func(t *testing.T) {
			for k, v := range f.env {
				t.Setenv(k, v)
			}
			if f.env != nil {
				lockDB(t, db, "EXCLUSIVE")
			}
			if code, _, _ := run(t, "", append([]string{"check", article, "--db", db, "-o", out}, f.args...)...); code == ExitOK {
				t.Fatal("the run did not fail")
			}
			if sha(t, out) != good {
				t.Error("a failed run changed the report")
			}
		})
	}
	t.Run("a report that cannot be moved into place", func(t *testing.T) {
		target := filepath.Join(dir, "taken")
		writeFile(t, filepath.Join(target, "keep.txt"), []byte("keep"))
		code, _, stderr := run(t, "", "check", article, "--db", db, "-o", target, "--format", "csv")
		if code == ExitOK || len(errorLines(t, stderr)) != 1 {
			t.Errorf("exit %d, stderr %q; want one error", code, stderr)
		}
	})
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestCSVCellsAreNeutralisedForSpreadsheets(t *testing.T) {
	feed := `{"id":"=HYPERLINK(\"http://x\")","text":"March 4, 2025\n@SUM(A1) China's economy grew 9.9% in 2023.","published":"2025-03-04"}` + "\n"
	code, stdout, stderr := run(t, feed, "check", "-", "--db", testDB(t), "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) < 2 {
		t.Fatalf("no rows:\n%s", stdout)
	}
	for _, line := range lines[1:] {
		for _, cell := range strings.Split(line, ",") {
			cell = strings.TrimPrefix(cell, `"`)
			if cell != "" && strings.ContainsRune("=+@", rune(cell[0])) {
				t.Errorf("cell %q would run as a formula: %s", cell, line)
			}
		}
		if !strings.HasPrefix(line, `"'=HYPERLINK`) {
			t.Errorf("the article cell was not neutralised: %s", line)
		}
	}
}

var _ io.Writer = (*signalWriter)(nil)
