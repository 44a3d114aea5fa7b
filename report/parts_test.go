package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// manyResults are n results of one article, each with a long explanation, so that the rows of
// the article run past what a JSON writer holds before it writes.
func manyResults(sample []checks.Result, n int) []checks.Result {
	out := make([]checks.Result, n)
	for i := range out {
		out[i] = sample[i%len(sample)]
		out[i].Claim.Start += i
		out[i].Explanation += strings.Repeat(" and more", i%50)
	}
	return out
}

// The formats that take an article in parts write the same bytes whether an article's results
// come in one call or in parts of any size, the parts of a long article too; the others say
// they do not.
func TestWritersTakingPartsWriteTheSameAsWhole(t *testing.T) {
	articles := sample()
	long := extract.Article{ID: "long.txt", Published: articles[0].article.Published}
	longResults := manyResults(append(append([]checks.Result(nil), articles[0].results...), articles[1].results...), 2000)
	articles = append(articles, struct {
		article extract.Article
		results []checks.Result
	}{long, longResults})
	for _, format := range Formats() {
		if !TakesParts(format) {
			continue
		}
		for _, opts := range []Options{{}, {NoVerdicts: true}} {
			whole := renderParts(t, format, opts, articles, 0)
			if len(whole) < 2*jsonFlushBytes && format != "xlsx" {
				t.Fatalf("%s: the long article writes %d bytes, too few to cross the writer's flushes", format, len(whole))
			}
			for _, part := range []int{1, 2, 7, 1000} {
				if got := renderParts(t, format, opts, articles, part); got != whole {
					t.Errorf("%s (verdicts omitted: %v): written in parts of %d, the output differs from written whole", format, opts.NoVerdicts, part)
				}
			}
		}
	}
	for _, format := range []string{"table", "md", "html"} {
		if TakesParts(format) {
			t.Errorf("%s lays an article out whole, yet TakesParts says it takes parts", format)
		}
	}
}

// renderParts writes the articles, each in parts of size results (whole when size is 0).
func renderParts(t *testing.T, format string, opts Options, articles []struct {
	article extract.Article
	results []checks.Result
}, size int) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		if size == 0 || len(a.results) == 0 {
			if err := w.WriteArticle(a.article, a.results); err != nil {
				t.Fatal(err)
			}
			continue
		}
		for from := 0; from < len(a.results); from += size {
			if err := w.WriteArticle(a.article, a.results[from:min(from+size, len(a.results))]); err != nil {
				t.Fatal(fmt.Errorf("%s: %w", format, err))
			}
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
