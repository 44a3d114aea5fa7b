package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// tally counts claims and verdicts for the summary line of the readable formats.
type tally struct {
	articles, claims int
	verdicts         map[string]int
}

func (t *tally) add(results []checks.Result) {
	t.articles++
	t.addRows(results)
}

// addRows counts results of an article counted already.
func (t *tally) addRows(results []checks.Result) {
	if t.verdicts == nil {
		t.verdicts = map[string]int{}
	}
	t.claims += len(results)
	for _, r := range results {
		t.verdicts[r.Verdict]++
	}
}

// summary: "7 claims in 2 articles: 1 inconsistent, 1 outdated, 5 consistent".
func (t *tally) summary(withVerdicts bool) string {
	articles := fmt.Sprintf("%d articles", t.articles)
	if t.articles == 1 {
		articles = "1 article"
	}
	claims := fmt.Sprintf("%d claims", t.claims)
	if t.claims == 1 {
		claims = "1 claim"
	}
	text := claims + " in " + articles
	if !withVerdicts || t.claims == 0 {
		return text
	}
	verdicts := make([]string, 0, len(t.verdicts))
	for v := range t.verdicts {
		verdicts = append(verdicts, v)
	}
	sort.Slice(verdicts, func(i, j int) bool {
		ri, rj := verdictRank(verdicts[i]), verdictRank(verdicts[j])
		if ri != rj {
			return ri < rj
		}
		return verdicts[i] < verdicts[j]
	})
	counts := make([]string, len(verdicts))
	for i, v := range verdicts {
		name := v
		if name == "" {
			name = "not judged"
		}
		counts[i] = fmt.Sprintf("%d %s", t.verdicts[v], name)
	}
	return text + ": " + strings.Join(counts, ", ")
}

// verdictRank orders verdicts from what an editor must act on to what needs nothing.
func verdictRank(v string) int {
	for i, known := range []string{checks.Inconsistent, checks.Outdated, checks.Revised,
		checks.Consistent, checks.NoReference, checks.Unchecked} {
		if v == known {
			return i
		}
	}
	return 99
}

func publishedText(a extract.Article) string {
	if a.Published.IsZero() {
		return "publication date unknown"
	}
	return "published " + formatDate(a.Published)
}

func claimCount(n int) string {
	switch n {
	case 0:
		return "no claims found"
	case 1:
		return "1 claim"
	}
	return fmt.Sprintf("%d claims", n)
}

// markdownWriter writes a section with a GitHub-flavoured table per article. An article's
// rows may come in parts (WriteArticleStart, then WriteArticlePart): they continue its table.
type markdownWriter struct {
	w     io.Writer
	opts  Options
	count tally
	// tableOpen is set while the rows of the article last started may continue its table.
	tableOpen bool
}

func newMarkdownWriter(w io.Writer, opts Options) Writer {
	return &markdownWriter{w: w, opts: opts}
}

var markdownEscaper = strings.NewReplacer(
	"|", `\|`, "\\", `\\`, "<", "&lt;", ">", "&gt;", "&", "&amp;", "`", "\\`", "*", `\*`, "_", `\_`,
	"[", `\[`, "]", `\]`,
)

// markdownCell escapes text for a table cell; line breaks become <br>, which tables allow.
func markdownCell(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = markdownEscaper.Replace(oneLine(line))
	}
	return strings.Join(lines, "<br>")
}

func (m *markdownWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if err := m.WriteArticleStart(a, RowCount{Rows: len(results)}); err != nil {
		return err
	}
	if err := m.WriteArticlePart(a, results); err != nil {
		return err
	}
	// A whole article's table ends with it, as a reader of the stream (serve) expects.
	var b strings.Builder
	m.endTable(&b)
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return fmt.Errorf("write markdown of %s: %w", a.ID, err)
	}
	return nil
}

// WriteArticleStart writes the heading of article a, which has rows.Rows rows, ending the table
// of the article before.
func (m *markdownWriter) WriteArticleStart(a extract.Article, rows RowCount) error {
	m.count.add(nil)
	var b strings.Builder
	m.endTable(&b)
	fmt.Fprintf(&b, "## %s\n\n", markdownCell(joinNonEmpty(" — ", a.ID, a.Title)))
	fmt.Fprintf(&b, "%s; %s.\n\n", strings.ToUpper(publishedText(a)[:1])+publishedText(a)[1:], claimCount(rows.Rows))
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return fmt.Errorf("write markdown of %s: %w", a.ID, err)
	}
	return nil
}

// WriteArticlePart writes the next rows of the article last started: the first part opens
// its table.
func (m *markdownWriter) WriteArticlePart(a extract.Article, results []checks.Result) error {
	if len(results) == 0 {
		return nil
	}
	m.count.addRows(results)
	var b strings.Builder
	cols := readableColumns(m.opts)
	if !m.tableOpen {
		titles := make([]string, len(cols))
		rules := make([]string, len(cols))
		for j, c := range cols {
			titles[j] = titleCase(c.title)
			rules[j] = "---"
		}
		fmt.Fprintf(&b, "| %s |\n|%s|\n", strings.Join(titles, " | "), strings.Join(rules, "|"))
		m.tableOpen = true
	}
	cells := make([]string, len(cols))
	for _, r := range results {
		for j, c := range cols {
			cells[j] = markdownCell(c.cell(r))
		}
		fmt.Fprintf(&b, "| %s |\n", strings.Join(cells, " | "))
	}
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return fmt.Errorf("write markdown of %s: %w", a.ID, err)
	}
	return nil
}

// endTable ends the open table, if any, with a blank line.
func (m *markdownWriter) endTable(b *strings.Builder) {
	if m.tableOpen {
		b.WriteString("\n")
		m.tableOpen = false
	}
}

func (m *markdownWriter) Close() error {
	if m.count.articles == 0 {
		return nil
	}
	var b strings.Builder
	m.endTable(&b)
	fmt.Fprintf(&b, "%s.\n", m.count.summary(!m.opts.NoVerdicts))
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return fmt.Errorf("write markdown summary: %w", err)
	}
	return nil
}

// titleCase: "EXPLANATION" → "Explanation".
func titleCase(s string) string {
	if s == "" {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}
