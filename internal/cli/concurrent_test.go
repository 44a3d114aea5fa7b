package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestImportersAndCheckersShareADatabase runs 4 importers and 4 checkers on one database for
// a fixed number of rounds: every import commits (waiting for the others as long as it
// must), every check succeeds whatever the imports do meanwhile, and the database ends as
// the last import of some importer left it, whole. No timing is asserted: a slow machine
// only makes it take longer.
func TestImportersAndCheckersShareADatabase(t *testing.T) {
	testcorpus.Long(t, "runs 64 commands on one database, each waiting for the others")
	const workers, rounds = 4, 8
	// An empty database: the checks read the figures the importers replace, and a check
	// after each import does not measure the revisions of the whole embedded table again.
	db := refDB(t, true)
	dir := t.TempDir()
	article := writeFile(t, filepath.Join(dir, "a.txt"), []byte("March 4, 2025\n\nRussia's inflation was 7.4% in 2023, and China's economy grew 5.2% in 2023.\n"))
	header := "entity,indicator,period,basis,value,kind,source,release_date\n"
	importFile := func(importer, round int) (path, content string) {
		var b strings.Builder
		b.WriteString(header)
		// Enough rows that a commit takes a moment, each import's values its own.
		for year := 1990; year <= 2024; year++ {
			fmt.Fprintf(&b, "RUS,inflation,%d,annual,%d.%d%d,actual,Load Test Office,2024-01-12\n", year, year-1980, importer, round)
		}
		content = b.String()
		return writeFile(t, filepath.Join(dir, fmt.Sprintf("import-%d-%d.csv", importer, round)), []byte(content)), content
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	var failures []string
	fail := func(format string, args ...any) {
		mu.Lock()
		failures = append(failures, fmt.Sprintf(format, args...))
		mu.Unlock()
	}
	lastRound := map[string]bool{}
	for i := 0; i < workers; i++ {
		for r := 0; r < rounds; r++ {
			_, content := importFile(i, r)
			if r == rounds-1 {
				lastRound[content] = true
			}
		}
	}
	for i := 0; i < workers; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				path, _ := importFile(i, r)
				if code, _, stderr := run(t, "", "ref", "import", "--db", db, "--replace", path); code != ExitOK {
					fail("import %d round %d: exit %d: %s", i, r, code, stderr)
				}
			}
		}()
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				code, out, stderr := run(t, "", "check", "--db", db, "--format", "jsonl", "--quiet", article)
				if code != ExitOK || stderr != "" || strings.Count(out, "\n") < 2 {
					fail("check %d round %d: exit %d, %d rows: %s", i, r, code, strings.Count(out, "\n"), stderr)
				}
			}
		}()
	}
	wg.Wait()
	for _, f := range failures {
		t.Error(f)
	}

	code, out, stderr := run(t, "", "ref", "export", "--db", db, "--source", "Load Test Office")
	if code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	var rows []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Split(line, ",")
		rows = append(rows, strings.Join([]string{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[8]}, ","))
	}
	got := header + strings.Join(rows, "\n") + "\n"
	if !lastRound[got] {
		t.Errorf("the export is no importer's last import:\n%s", got)
	}
}
