package cli

import (
	"bytes"
	"io"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// partsFixture writes a dense article (more claims than the tests below judge at once) and a
// news article of two claims, and returns their paths and the shared database; judgedInParts,
// which the tests change, is restored when the test ends.
func partsFixture(t *testing.T) (dense, news, db string) {
	t.Helper()
	dir := t.TempDir()
	dense = writeFile(t, filepath.Join(dir, "dense.txt"), []byte(testcorpus.DenseText(16<<10)))
	news = writeFile(t, filepath.Join(dir, "news.txt"), []byte("Russia's economy grew by 3.6% in 2023, according to Rosstat. Inflation in Germany was 5.9% in 2023."))
	saved := judgedInParts
	t.Cleanup(func() { judgedInParts = saved })
	return dense, news, testDB(t)
}

// An article with more claims than check holds judged at once is judged and written in parts;
// its report, summary and exit code are the same as when it is judged whole, for every format
// that takes parts (Markdown's tables continue across them) and with the flags that choose
// rows (--only) or count them (--fail-on, --summary), beside articles judged whole.
func TestLongArticleInPartsReportsAsWhole(t *testing.T) {
	dense, news, db := partsFixture(t)
	for _, args := range [][]string{
		{"check", "--format", "jsonl"},
		{"check", "--format", "json", "-j", "2"},
		{"check", "--format", "csv", "--only", "inconsistent,revised", "--fail-on", "consistent", "--summary"},
		{"check", "--format", "tsv", "--summary"},
		{"check", "--format", "md"},
		{"check", "--format", "md", "--only", "inconsistent", "--fail-on", "revised"},
		{"extract", "--all", "--format", "jsonl"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			args := append(append([]string(nil), args...), "--db", db, "--date", "2005-06-01", "-q", dense, news)
			judgedInParts = 1 << 30
			wholeCode, whole, wholeErr := run(t, "", args...)
			if strings.Count(whole, "\n") < 20 {
				t.Fatalf("the dense article gives %d lines, too few to be cut in parts:\n%s", strings.Count(whole, "\n"), whole)
			}
			for _, part := range []int{1, 7, 100} {
				judgedInParts = part
				code, out, errOut := run(t, "", args...)
				if code != wholeCode || out != whole || errOut != wholeErr {
					t.Errorf("judged in parts of %d: exit %d, %d bytes, stderr %q; judged whole: exit %d, %d bytes, stderr %q",
						part, code, len(out), errOut, wholeCode, len(whole), wholeErr)
				}
			}
		})
	}
}

// The terminal table heads an article with its count of rows, so a long article is judged in
// parts twice, to count its rows and to write them; each part of the rows kept is then a table
// of its own. Told so, the report says what it says of the article judged whole: the same
// heading, the same rows numbered on across the parts (on a narrow terminal, the same notes
// under the tables), the same summary and exit code; with --only, the parts are of the rows
// kept, so that a few rows of many claims stay one table.
func TestLongArticleInTablePartsReportsAsWhole(t *testing.T) {
	dense, news, db := partsFixture(t)
	// The tables' frames are left out: what remains is the headings, the notes (the
	// explanations, numbered) and the summary.
	outsideTables := func(out string) string {
		var kept []string
		for _, line := range strings.Split(out, "\n") {
			if !strings.ContainsAny(line, "┌│├└") {
				kept = append(kept, line)
			}
		}
		return strings.Join(kept, "\n")
	}
	// articleTables is, for each article's section of a report, its rows (its notes) and its
	// tables; the summary's table is not an article's.
	articleTables := func(out string) (rows, tables []int) {
		out, _, _ = strings.Cut(out, "\nSummary\n")
		for _, section := range strings.Split("\n"+out, "\n== ")[1:] {
			rows = append(rows, strings.Count(section, "\n["))
			tables = append(tables, strings.Count(section, "┌"))
		}
		return rows, tables
	}
	for _, only := range []string{"", "consistent"} {
		t.Run("only="+only, func(t *testing.T) {
			t.Setenv("COLUMNS", "60") // narrow: the explanations become notes
			args := []string{"check", "--format", "table", "--fail-on", "inconsistent", "--summary", "--db", db, "--date", "2005-06-01", "-q", dense, news}
			if only != "" {
				args = append(args, "--only", only)
			}
			judgedInParts = 1 << 30
			wholeCode, whole, wholeErr := run(t, "", args...)
			wholeRows, wholeTables := articleTables(whole)
			if len(wholeRows) != 2 || wholeRows[0] < 10 || !slices.Equal(wholeTables, []int{1, 1}) {
				t.Fatalf("the articles give %v rows in %v tables, too few to be cut in parts:\n%s", wholeRows, wholeTables, whole)
			}
			for _, part := range []int{1, 7, 100} {
				judgedInParts = part
				code, out, errOut := run(t, "", args...)
				if code != wholeCode || errOut != wholeErr || outsideTables(out) != outsideTables(whole) {
					t.Errorf("judged in parts of %d: exit %d, stderr %q, outside the tables:\n%s\n\njudged whole: exit %d, stderr %q, outside the tables:\n%s",
						part, code, errOut, outsideTables(out), wholeCode, wholeErr, outsideTables(whole))
				}
				rows, tables := articleTables(out)
				for i := range rows {
					if want := (rows[i] + part - 1) / part; tables[i] != want {
						t.Errorf("judged in parts of %d: article %d has %d rows in %d tables, want %d", part, i+1, rows[i], tables[i], want)
					}
				}
			}
		})
	}
}

// The HTML page heads an article with its count of claims and its filters by verdict, so a
// long article is judged in parts twice, to count its rows and to write them; each part of
// the rows kept is then a layout of its own, the part's text beside its cards. Told so, the
// page reads as when the article is judged whole: the same headings, filters and index, the
// same text with the same marks, the same cards; and the summary and exit code are the same.
func TestLongArticleInHTMLPartsReportsAsWhole(t *testing.T) {
	dense, news, db := partsFixture(t)
	layout := regexp.MustCompile(`(?s)<div class="layout">\n<div class="text">(.*?)</div>\n<aside class="claims" aria-label="[^"]*">\n<ol class="cards"(?: start="\d+")?>\n(.*?)</ol>\n</aside>\n</div>\n`)
	// read is what stands outside the layouts (each run of them one mark), their text and
	// their cards, and how many layouts there are.
	read := func(page string) (outside, text, cards string, layouts int) {
		var texts, lists strings.Builder
		for _, m := range layout.FindAllStringSubmatch(page, -1) {
			texts.WriteString(m[1])
			lists.WriteString(m[2])
			layouts++
		}
		outside = layout.ReplaceAllString(page, "\x00")
		for strings.Contains(outside, "\x00\x00") {
			outside = strings.ReplaceAll(outside, "\x00\x00", "\x00")
		}
		return outside, texts.String(), lists.String(), layouts
	}
	for _, only := range []string{"", "inconsistent"} {
		t.Run("only="+only, func(t *testing.T) {
			args := []string{"check", "--format", "html", "--fail-on", "consistent", "--summary", "--db", db, "--date", "2005-06-01", "-q", dense, news}
			if only != "" {
				args = append(args, "--only", only)
			}
			judgedInParts = 1 << 30
			wholeCode, whole, wholeErr := run(t, "", args...)
			wholeOutside, wholeText, wholeCards, wholeLayouts := read(whole)
			var cardsByArticle []int
			for _, section := range strings.Split(whole, `<section class="article"`)[1:] {
				cardsByArticle = append(cardsByArticle, strings.Count(section, `<li class="card`))
			}
			if wholeLayouts != len(cardsByArticle) || slices.Max(cardsByArticle) < 20 {
				t.Fatalf("the articles give %v cards in %d layouts, too few to be cut in parts", cardsByArticle, wholeLayouts)
			}
			for _, part := range []int{1, 7, 100} {
				judgedInParts = part
				code, page, errOut := run(t, "", args...)
				outside, text, cards, layouts := read(page)
				if code != wholeCode || errOut != wholeErr || outside != wholeOutside || text != wholeText || cards != wholeCards {
					t.Errorf("judged in parts of %d: exit %d, stderr %q; the page reads otherwise than judged whole (exit %d, stderr %q)",
						part, code, errOut, wholeCode, wholeErr)
				}
				want := 0
				for _, cards := range cardsByArticle {
					want += (cards + part - 1) / part
				}
				if layouts != want {
					t.Errorf("judged in parts of %d: %d layouts, want %d", part, layouts, want)
				}
			}
		})
	}
}

// Bounds of what a check allocates per claim of a text dense with figures (testcorpus.DenseText:
// one sentence of figures and years, ~27 claims a KB), from extraction to the written row,
// a little above what was measured when they were set (2026-12-02, once the judge stopped
// copying the figures it looks up and joined its explanations without Sprintf, and check
// wrote long articles in parts: 22.8-23.1 objects and 2,990-3,610 bytes a claim over runs;
// 23.6 and 3,990 under -race; before, 49.0 objects and 8,950 bytes). Lower them when
// allocation falls.
const (
	maxObjectsPerDenseClaim = 26
	maxBytesPerDenseClaim   = 4000
)

// TestCheckAllocationsPerClaimStayBounded counts what `check --format jsonl -j 1` allocates
// per claim of a dense text once it runs steadily: the difference between a run over two
// copies of the text and a run over one, so that what a run allocates once (configuration,
// lexicon, database, series read and verified on first use) is left out.
func TestCheckAllocationsPerClaimStayBounded(t *testing.T) {
	dir := t.TempDir()
	text := []byte(testcorpus.DenseText(128 << 10))
	one := writeFile(t, filepath.Join(dir, "one.txt"), text)
	two := writeFile(t, filepath.Join(dir, "two.txt"), text)
	db := testDB(t)
	claims := 0
	allocations := func(paths ...string) (objects, bytes uint64) {
		t.Helper()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		var rows lineCounter
		args := append([]string{"check", "--db", db, "--format", "jsonl", "--date", "2005-06-01", "-q", "-j", "1"}, paths...)
		code := Main(args, Streams{Out: &rows, Err: io.Discard})
		runtime.ReadMemStats(&after)
		if code != ExitOK {
			t.Fatalf("check %s: exit %d", paths, code)
		}
		claims = int(rows)
		return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
	}
	allocations(one) // the first run measures the table's revisions: once per machine
	onceObjects, onceBytes := allocations(one)
	perArticle := claims
	twiceObjects, twiceBytes := allocations(one, two)
	if claims != 2*perArticle || perArticle < 3000 {
		t.Fatalf("the dense text gives %d claims, and twice %d", perArticle, claims)
	}
	objects := (float64(twiceObjects) - float64(onceObjects)) / float64(perArticle)
	bytes := (float64(twiceBytes) - float64(onceBytes)) / float64(perArticle)
	t.Logf("%.1f objects and %.0f bytes allocated per claim (%d claims an article)", objects, bytes, perArticle)
	if limit := maxObjectsPerDenseClaim * raceAllowance.objects; objects > limit {
		t.Errorf("check allocates %.1f objects per claim of a dense text, more than the bound of %.1f", objects, limit)
	}
	if limit := maxBytesPerDenseClaim * raceAllowance.bytes; bytes > limit {
		t.Errorf("check allocates %.0f bytes per claim of a dense text, more than the bound of %.0f", bytes, limit)
	}
}

// lineCounter is an output that counts the lines written to it and keeps nothing: a report
// kept in memory would count among the allocations measured.
type lineCounter int

func (c *lineCounter) Write(p []byte) (int, error) {
	*c += lineCounter(bytes.Count(p, []byte{'\n'}))
	return len(p), nil
}
