//go:build soak

package soak

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/cli"
	"github.com/factcheck/factcheck/reference"
)

// record kinds of the generated corpus
const (
	goodArticle = iota
	noisyArticle
	badDate
	brokenJSON
	noText
	garbage
)

// corpus is what the generator wrote and what the run must account for.
type corpus struct {
	articles  map[string]bool // ids of records that are articles
	badLines  map[int]bool    // line numbers that must be reported
	kinds     [garbage + 1]int
	lineCount int
}

var countries = []string{"Russia", "China", "Germany", "France", "Japan", "India", "Brazil", "the United States", "Italy", "Canada"}
var templates = []string{
	"%s's economy grew %.1f%% in %d, official figures show.",
	"Inflation in %s reached %.1f%% in %d, the statistics office said.",
	"Unemployment in %s stood at %.1f%% in %d.",
	"%s's GDP shrank by %.1f%% in %d according to the World Bank.",
	"The population of %s was about %.0f million in %d.",
}

// noise returns n random bytes: invalid UTF-8, control characters, quotes and backslashes
// that the generator escapes for JSON, and now and then a multi-byte character cut short.
func noise(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

// jsonString writes s as the body of a JSON string, escaping what JSON requires and passing
// every other byte, valid UTF-8 or not, through raw.
func jsonString(w *bufio.Writer, s []byte) {
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			w.WriteByte('\\')
			w.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(w, `\u%04x`, c)
		default:
			w.WriteByte(c)
		}
	}
}

func generate(t *testing.T, path string, n int, seed uint64) corpus {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	c := corpus{articles: map[string]bool{}, badLines: map[int]bool{}}
	for i := 1; i <= n; i++ {
		kind := goodArticle
		// The first records are clean, so that the file's head reads as text, not binary.
		if i > 200 {
			switch p := r.IntN(1000); {
			case p < 500:
				kind = noisyArticle
			case p < 510:
				kind = badDate
			case p < 525:
				kind = brokenJSON
			case p < 535:
				kind = noText
			case p < 545:
				kind = garbage
			}
		}
		c.kinds[kind]++
		id := fmt.Sprintf("a%06d", i)
		var text bytes.Buffer
		fmt.Fprintf(&text, "March %d, 2025\n\n", 1+r.IntN(28))
		for s := 0; s < 1+r.IntN(6); s++ {
			fmt.Fprintf(&text, templates[r.IntN(len(templates))]+" ", countries[r.IntN(len(countries))], r.Float64()*12-2, 2015+r.IntN(10))
			if kind == noisyArticle {
				text.Write(noise(r, r.IntN(40)))
				text.WriteString(" ")
			}
		}
		switch kind {
		case goodArticle, noisyArticle, badDate:
			c.articles[id] = true
			published := "2025-03-04"
			if kind == badDate {
				published = "sometime " + strconv.Itoa(r.IntN(100))
				c.badLines[i] = true
			}
			fmt.Fprintf(w, `{"id":%q,"published":%q,"text":"`, id, published)
			jsonString(w, text.Bytes())
			w.WriteString("\"}\n")
		case brokenJSON:
			c.badLines[i] = true
			fmt.Fprintf(w, `{"id":%q,"text":"`, id)
			jsonString(w, text.Bytes()[:r.IntN(text.Len())])
			w.WriteString("\n")
		case noText:
			c.badLines[i] = true
			fmt.Fprintf(w, `{"id":%q,"title":"no text here"}`+"\n", id)
		case garbage:
			c.badLines[i] = true
			junk := bytes.ReplaceAll(noise(r, 1+r.IntN(300)), []byte("\n"), []byte("\x00"))
			w.WriteString("\x01")
			w.Write(junk)
			w.WriteString("\n")
		}
	}
	c.lineCount = n
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return c
}

// rowCounter reads the JSONL report as it is written and counts rows per article.
type rowCounter struct {
	pending []byte
	rows    int
	byID    map[string]int
	bad     []string
}

func (rc *rowCounter) Write(p []byte) (int, error) {
	rc.pending = append(rc.pending, p...)
	for {
		i := bytes.IndexByte(rc.pending, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := rc.pending[:i]
		var row struct {
			Article string `json:"article"`
		}
		if err := json.Unmarshal(line, &row); err != nil {
			rc.bad = append(rc.bad, string(line))
		} else {
			rc.rows++
			rc.byID[row.Article]++
		}
		rc.pending = rc.pending[i+1:]
	}
}

var errorLine = regexp.MustCompile(`^factcheck: error: .*corpus\.jsonl line (\d+): `)

func TestSoak(t *testing.T) {
	n := 100_000
	if s := os.Getenv("SOAK_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatalf("SOAK_ARTICLES: %v", err)
		}
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "reference.db")
	if err := reference.Build(db); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "corpus.jsonl")
	started := time.Now()
	c := generate(t, path, n, 20250304)
	info, _ := os.Stat(path)
	t.Logf("generated %d records (%.1f MB) in %s: %d clean, %d with random bytes, %d with a bad date, %d broken, %d without text, %d garbage",
		n, float64(info.Size())/1e6, time.Since(started).Round(time.Millisecond),
		c.kinds[goodArticle], c.kinds[noisyArticle], c.kinds[badDate], c.kinds[brokenJSON], c.kinds[noText], c.kinds[garbage])

	out := &rowCounter{byID: map[string]int{}}
	var stderr bytes.Buffer
	started = time.Now()
	code := cli.Main([]string{"check", path, "--db", db, "--format", "jsonl", "--summary", "--quiet"},
		cli.Streams{In: strings.NewReader(""), Out: out, Err: &stderr})
	elapsed := time.Since(started)

	if code != cli.ExitUsage {
		t.Errorf("exit %d, want %d (some records are bad)", code, cli.ExitUsage)
	}
	reported := map[int]bool{}
	var otherErrors []string
	articlesRead := -1
	for _, line := range strings.Split(stderr.String(), "\n") {
		if m := errorLine.FindStringSubmatch(line); m != nil {
			number, _ := strconv.Atoi(m[1])
			if reported[number] {
				t.Errorf("line %d reported twice", number)
			}
			reported[number] = true
			continue
		}
		if strings.HasPrefix(line, "factcheck: ") {
			otherErrors = append(otherErrors, line)
		}
		if fields := strings.Fields(strings.Trim(line, "│| ")); len(fields) >= 3 && fields[0] == "articles" && fields[1] == "read" {
			articlesRead, _ = strconv.Atoi(strings.Trim(fields[len(fields)-1], "│| "))
		}
	}
	for number := range c.badLines {
		if !reported[number] {
			t.Errorf("bad line %d was not reported", number)
		}
	}
	for number := range reported {
		if !c.badLines[number] {
			t.Errorf("good line %d was reported as an error", number)
		}
	}
	for _, line := range otherErrors {
		t.Errorf("unexpected message: %s", line)
	}
	for id := range out.byID {
		if !c.articles[id] {
			t.Errorf("rows for %q, which is not an article of the corpus", id)
		}
	}
	if len(out.bad) > 0 {
		t.Errorf("%d report lines are not JSON, e.g. %q", len(out.bad), out.bad[0])
	}
	if articlesRead != len(c.articles) {
		t.Errorf("summary: %d articles read, want %d", articlesRead, len(c.articles))
	}
	// Every record is an article, an error line, or both (an article with a bad date).
	lost := n - (articlesRead + len(reported) - c.kinds[badDate])
	if lost != 0 {
		t.Errorf("%d records lost: neither read nor reported", lost)
	}
	// A panic in any goroutine ends the process, so reaching this line means there was none.
	t.Logf("checked %d records in %s (%.0f records/s, %.1f MB/s): %d articles read, %d with rows, %d rows, %d error lines, no panic, %d lost",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), float64(info.Size())/1e6/elapsed.Seconds(),
		articlesRead, len(out.byID), out.rows, len(reported), lost)
}
