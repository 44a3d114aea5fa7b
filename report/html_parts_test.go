package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// longHTMLArticle is an article of n claims of every verdict, each marked in its text, and
// one more claim that is not found in the text.
func longHTMLArticle(n int) (extract.Article, []checks.Result) {
	var text strings.Builder
	var results []checks.Result
	for i := range n {
		text.WriteString("Output fell. ")
		quote := fmt.Sprintf("inflation of %d.%d%%", i%9, i%10)
		text.WriteString("Prices rose: ")
		start := text.Len()
		text.WriteString(quote)
		results = append(results, checks.Result{
			Claim: extract.Claim{Start: start, End: text.Len(), Quote: quote, Value: float64(i % 9), Step: 0.1,
				Unit: "percent", Qualifier: "exact", Indicator: "inflation", Entity: "FRA", Period: "2020", Kind: "actual"},
			Verdict:     verdictOrder[i%len(verdictOrder)],
			Explanation: fmt.Sprintf("Explanation %d.", i),
		})
		text.WriteString(" in 2020.\n")
	}
	results = append(results, checks.Result{
		Claim:   extract.Claim{Start: text.Len() + 10, End: text.Len() + 20, Quote: "lost", Unit: "percent", Kind: "actual"},
		Verdict: checks.Unchecked,
	})
	text.WriteString("The end.")
	return extract.Article{ID: "long.txt", Title: "Prices", Published: time.Date(2021, 1, 2, 0, 0, 0, 0, time.UTC), Text: text.String()}, results
}

// htmlLayout is one layout of an HTML report: an article's text (or a part of it) beside
// its cards.
var htmlLayout = regexp.MustCompile(`(?s)<div class="layout">\n<div class="text">(.*?)</div>\n<aside class="claims" aria-label="[^"]*">\n<ol class="cards"( start="\d+")?>\n(.*?)</ol>\n</aside>\n</div>\n`)

// unlocatedNote is the note of claims not found in the text: in the line under the heading
// of an article written whole, after the parts of one written in parts.
var unlocatedNote = regexp.MustCompile(`<p class="meta">\d+ not found in the text, listed only\.</p>\n| \d+ not found in the text, listed only\.`)

// htmlPieces cuts a page into what stands outside its layouts (each run of layouts one mark,
// the note of claims not found left out), the text of its layouts, their cards, and the
// card numbers they start from.
func htmlPieces(page string) (outside, text, cards string, starts []string) {
	var texts, lists strings.Builder
	for _, m := range htmlLayout.FindAllStringSubmatch(page, -1) {
		texts.WriteString(m[1])
		lists.WriteString(m[3])
		starts = append(starts, m[2])
	}
	outside = htmlLayout.ReplaceAllString(page, "\x00")
	for strings.Contains(outside, "\x00\x00") {
		outside = strings.ReplaceAll(outside, "\x00\x00", "\x00")
	}
	return unlocatedNote.ReplaceAllString(outside, ""), texts.String(), lists.String(), starts
}

// An article written in parts reads as written whole: the same heading, filters and index
// counts, the same text with the same marks, the same cards numbered on; only each part is
// a layout of its own, its cards listed from the part's first number, and the note of claims
// not found in the text comes after the parts.
func TestHTMLArticleInPartsReadsAsWhole(t *testing.T) {
	long, longResults := longHTMLArticle(40)
	short := sample()[0]
	for _, opts := range []Options{{}, {NoVerdicts: true}} {
		write := func(part int) string {
			var buf bytes.Buffer
			w := newHTMLWriter(&buf, opts)
			if err := w.WriteArticle(short.article, short.results); err != nil {
				t.Fatal(err)
			}
			if part == 0 {
				if err := w.WriteArticle(long, longResults); err != nil {
					t.Fatal(err)
				}
			} else {
				framed := w.(ArticleParts)
				var rows RowCount
				rows.Add(longResults)
				if err := framed.WriteArticleStart(long, rows); err != nil {
					t.Fatal(err)
				}
				for from := 0; from < len(longResults); from += part {
					if err := framed.WriteArticlePart(long, longResults[from:min(from+part, len(longResults))]); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := w.WriteArticle(short.article, short.results); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			return buf.String()
		}
		whole := write(0)
		wholeOutside, wholeText, wholeCards, _ := htmlPieces(whole)
		if n := strings.Count(wholeCards, `<li class="card`); n != len(longResults)+2*len(short.results) {
			t.Fatalf("the page written whole has %d cards, want %d", n, len(longResults)+2*len(short.results))
		}
		if !strings.Contains(whole, "; 41 claims. 1 not found in the text, listed only.</p>") {
			t.Fatalf("the page written whole does not note the claim not found in the text")
		}
		for _, part := range []int{1, 7, 40, 41} {
			got := write(part)
			outside, text, cards, starts := htmlPieces(got)
			if outside != wholeOutside || text != wholeText || cards != wholeCards {
				t.Errorf("verdicts omitted: %v: written in parts of %d, the page reads otherwise than written whole", opts.NoVerdicts, part)
			}
			parts := (len(longResults) + part - 1) / part
			if len(starts) != parts+2 {
				t.Errorf("written in parts of %d: %d layouts, want %d", part, len(starts), parts+2)
				continue
			}
			for k, start := range starts[1 : parts+1] {
				want := ""
				if k > 0 {
					want = fmt.Sprintf(` start="%d"`, k*part+1)
				}
				if start != want {
					t.Errorf("written in parts of %d: part %d lists its cards from %q, want %q", part, k+1, start, want)
				}
			}
			if !strings.Contains(got, "; 41 claims.</p>") || !strings.Contains(got, "</div>\n<p class=\"meta\">1 not found in the text, listed only.</p>\n</section>") {
				t.Errorf("written in parts of %d: the heading or the note of the claim not found is amiss", part)
			}
		}
	}
}

// A page whose article's parts stop short (judging it failed) still closes the article's
// section before the next article and at its end.
func TestHTMLArticleCutShortStaysWhole(t *testing.T) {
	long, longResults := longHTMLArticle(10)
	short := sample()[0]
	var buf bytes.Buffer
	w := newHTMLWriter(&buf, Options{})
	framed := w.(ArticleParts)
	var rows RowCount
	rows.Add(longResults)
	cutShort := func() {
		if err := framed.WriteArticleStart(long, rows); err != nil {
			t.Fatal(err)
		}
		if err := framed.WriteArticlePart(long, longResults[:3]); err != nil {
			t.Fatal(err)
		}
	}
	cutShort() // before the next article
	if err := w.WriteArticle(short.article, short.results); err != nil {
		t.Fatal(err)
	}
	cutShort() // before the page's end
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if opened, closed := strings.Count(page, "<section"), strings.Count(page, "</section>"); opened != 3 || closed != 3 {
		t.Errorf("the page opens %d sections and closes %d, want 3 and 3", opened, closed)
	}
	if strings.Index(page, "</section>") > strings.Index(page, `id="article-2"`) {
		t.Errorf("the article cut short is not closed before the next one")
	}
	if err := framed.WriteArticlePart(long, longResults[3:4]); err == nil {
		t.Errorf("a part of an article not started was taken")
	}
}
