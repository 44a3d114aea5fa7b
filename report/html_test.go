package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/input"
	"github.com/factcheck/factcheck/reference"
)

// The example article's claims and the series they touch are kept in testdata, written from
// the real pipeline by `go test -update`, so that the golden page changes only when this
// package does or when someone accepts a new fixture on purpose.
const exampleFixture = "testdata/economy-roundup.fixture.json"

// fixtureWritten keeps -update from rebuilding the fixture for every test that reads it.
var fixtureWritten bool

type fixture struct {
	Published time.Time
	Results   []checks.Result
	Names     map[string]string
	History   []reference.Observation
}

// memoryHistory is a SeriesSource over a slice.
type memoryHistory []reference.Observation

func (m memoryHistory) History(entity, indicator string) ([]reference.Observation, error) {
	var found []reference.Observation
	for _, o := range m {
		if o.Entity == entity && o.Indicator == indicator {
			found = append(found, o)
		}
	}
	return found, nil
}

func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// readArticle reads one article as the command does, with its dateline.
func readArticle(t testing.TB, path string) extract.Article {
	t.Helper()
	var article *extract.Article
	err := input.Read([]string{path}, input.Options{MaxBytes: 10 << 20}, func(it input.Item) error {
		if it.Err != nil {
			return it.Err
		}
		article = it.Article
		return nil
	})
	if err != nil || article == nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return *article
}

// judgeWithDefaultData runs extraction and judging over the default reference data, as
// `factcheck check` does; it builds that database, so only -update and -screenshot use it.
func judgeWithDefaultData(t testing.TB, a extract.Article) (*reference.Store, []checks.Result, checks.Options) {
	t.Helper()
	dbPath := filepath.Join(t.TempDir(), "reference.db")
	if err := reference.Build(dbPath); err != nil {
		t.Fatal(err)
	}
	store, err := reference.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	lex, err := extract.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	opts := checks.DefaultOptions()
	if opts.Names, err = store.EntityNames(); err != nil {
		t.Fatal(err)
	}
	var results []checks.Result
	for _, c := range extract.New(lex).Claims(a, extract.Options{}) {
		r, err := checks.Judge(c, a.Published, store, opts)
		if err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	return store, results, opts
}

func exampleArticle(t testing.TB) extract.Article {
	a := readArticle(t, filepath.Join(repoRoot(t), "examples", "economy-roundup.txt"))
	a.ID = "examples/economy-roundup.txt" // as the command names it from the repository root
	return a
}

// loadExample returns the example article with its judged claims and a history of the
// series near them; -update rewrites the fixture from the real pipeline first.
func loadExample(t testing.TB) (extract.Article, []checks.Result, Options) {
	t.Helper()
	a := exampleArticle(t)
	if *update && !fixtureWritten {
		writeFixture(t, a)
		fixtureWritten = true
	}
	raw, err := os.ReadFile(exampleFixture)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	var f fixture
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", exampleFixture, err)
	}
	if !f.Published.Equal(a.Published) {
		t.Fatalf("%s was written for an article published %v, the example is of %v (run go test -update)", exampleFixture, f.Published, a.Published)
	}
	for _, r := range f.Results {
		if !validSpan(a.Text, r.Claim.Start, r.Claim.End) || a.Text[r.Claim.Start:r.Claim.End] != r.Claim.Quote {
			t.Fatalf("%s: claim %q is not at %d–%d of the example any more (run go test -update)", exampleFixture, r.Claim.Quote, r.Claim.Start, r.Claim.End)
		}
	}
	opts := Options{History: memoryHistory(f.History), Judging: checks.Options{Names: f.Names}}
	return a, f.Results, opts
}

func writeFixture(t testing.TB, a extract.Article) {
	t.Helper()
	store, results, opts := judgeWithDefaultData(t, a)
	f := fixture{Published: a.Published, Results: results, Names: map[string]string{}}
	type series struct{ entity, indicator string }
	seen := map[series]bool{}
	for _, r := range results {
		c := r.Claim
		for _, code := range []string{c.Entity, c.Jurisdiction} {
			if name, ok := opts.Names[code]; ok {
				f.Names[code] = name
			}
		}
		key := series{c.Entity, c.Indicator}
		if c.Indicator == "" || seen[key] {
			continue
		}
		seen[key] = true
		history, err := store.History(c.Entity, c.Indicator)
		if err != nil {
			t.Fatal(err)
		}
		// Only the years a chart of this article can show, to keep the fixture small.
		for _, o := range history {
			if nearAClaim(o, results) {
				f.History = append(f.History, o)
			}
		}
	}
	raw, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(exampleFixture, append(raw, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

func nearAClaim(o reference.Observation, results []checks.Result) bool {
	x, _, ok := periodPosition(o.Period)
	if !ok {
		return false
	}
	for _, r := range results {
		cx, grain, ok := periodPosition(r.Claim.Period)
		before, after := grain.window()
		if ok && r.Claim.Entity == o.Entity && r.Claim.Indicator == o.Indicator && x >= cx-before && x <= cx+after {
			return true
		}
	}
	return false
}

func renderHTML(t testing.TB, opts Options, articles ...extract.Article) string {
	t.Helper()
	return renderHTMLResults(t, opts, articles, nil)
}

// renderHTMLResults writes articles with their results (results[i] for articles[i]).
func renderHTMLResults(t testing.TB, opts Options, articles []extract.Article, results [][]checks.Result) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter("html", &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range articles {
		var rs []checks.Result
		if i < len(results) {
			rs = results[i]
		}
		if err := w.WriteArticle(a, rs); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestHTMLGoldenOfTheExampleArticle(t *testing.T) {
	a, results, opts := loadExample(t)
	got := renderHTMLResults(t, opts, []extract.Article{a}, [][]checks.Result{results})
	checkGolden(t, filepath.Join("testdata", "html_example.golden"), got)
}

// page is a parsed report with helpers to find what an editor sees.
type page struct{ root *html.Node }

func parsePage(t testing.TB, doc string) page {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("report is not HTML: %v", err)
	}
	return page{root}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// all returns the elements (in document order) that match.
func (p page) all(match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			found = append(found, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.root)
	return found
}

func element(tag string, classes ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		if n.Data != tag {
			return false
		}
		for _, c := range classes {
			if !hasClass(n, c) {
				return false
			}
		}
		return true
	}
}

// articleText is the text of a .text block as a reader sees it, without the badges and
// pop-up details the marks carry.
func articleText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (hasClass(c, "badge") || hasClass(c, "pop")) {
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestHTMLMarksEveryClaimOfTheExampleInItsText(t *testing.T) {
	a, results, opts := loadExample(t)
	p := parsePage(t, renderHTMLResults(t, opts, []extract.Article{a}, [][]checks.Result{results}))

	texts := p.all(element("div", "text"))
	if len(texts) != 1 {
		t.Fatalf("%d text blocks, want 1", len(texts))
	}
	// The text holds the article exactly (html.Parse drops one leading newline of a block,
	// which the example does not start with).
	if got := articleText(texts[0]); got != a.Text {
		t.Errorf("the page's text differs from the article:\n got %q\nwant %q", got, a.Text)
	}
	marks := p.all(element("mark", "claim"))
	cards := p.all(element("li", "card"))
	if len(marks) != len(results) || len(cards) != len(results) {
		t.Fatalf("%d marks and %d cards for %d claims", len(marks), len(cards), len(results))
	}
	charts := 0
	for i, r := range results {
		mark := marks[i]
		if got := articleText(mark); got != r.Claim.Quote {
			t.Errorf("mark %d reads %q, want the quote %q", i, got, r.Claim.Quote)
		}
		if !hasClass(mark, "v-"+r.Verdict) {
			t.Errorf("mark of %q has classes %q, want v-%s", r.Claim.Quote, attr(mark, "class"), r.Verdict)
		}
		if badge := p.childWithClass(mark, "badge"); badge == nil || textOf(badge) != verdictLooks[r.Verdict].Icon {
			t.Errorf("mark of %q lacks the %s icon", r.Claim.Quote, r.Verdict)
		}
		pop := p.childWithClass(mark, "pop")
		if pop == nil {
			t.Fatalf("mark of %q has no details", r.Claim.Quote)
		}
		details := textOf(pop)
		for _, want := range []string{r.Explanation, r.RefSource, r.RefRelease} {
			if !strings.Contains(details, want) {
				t.Errorf("details of %q lack %q: %s", r.Claim.Quote, want, details)
			}
		}
		if attr(cards[i], "data-mark") != attr(mark, "id") || attr(mark, "data-card") != attr(cards[i], "id") {
			t.Errorf("mark %q and card %q do not point at each other", attr(mark, "id"), attr(cards[i], "id"))
		}
		if len(p.allIn(cards[i], element("svg"))) > 0 {
			charts++
		}
	}
	// Every claim about a yearly series (not dates, not the quarter the table lacks, not the
	// unresolved period) has its chart.
	wantCharts := 0
	for _, r := range results {
		if _, grain, ok := periodPosition(r.Claim.Period); ok && r.Claim.Unit != extract.UnitDate && grain == grainYear && r.Verdict != checks.NoReference {
			wantCharts++
		}
	}
	if charts != wantCharts || charts == 0 {
		t.Errorf("%d cards with a chart, want %d", charts, wantCharts)
	}
}

func (p page) childWithClass(n *html.Node, class string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && hasClass(c, class) {
			return c
		}
	}
	return nil
}

func (p page) allIn(n *html.Node, match func(*html.Node) bool) []*html.Node {
	return page{n}.all(match)
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestHTMLEscapesArticleTextAndEveryField(t *testing.T) {
	hostile := `<script>alert("text")</script>`
	breaker := `" onmouseover="alert('attr')" x="`
	text := "Editors' note " + hostile + ". The economy grew 3.6% in 2023 " + breaker + " and <img src=x onerror=alert(1)> shrank 0.5%."
	a := extract.Article{ID: `evil"><script>alert("id")</script>.txt`, Title: `</title><script>alert("title")</script>`,
		URL: `javascript:alert("url")`, Text: text, Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	grew := strings.Index(text, "grew 3.6%")
	shrank := strings.Index(text, "shrank 0.5%")
	results := []checks.Result{
		{
			Claim: extract.Claim{Start: grew, End: grew + len("grew 3.6%"), Quote: "grew 3.6%",
				Sentence: hostile, Value: 3.6, Step: 0.1, Unit: "percent", Qualifier: "exact",
				Indicator: "gdp_growth", Entity: `RUS"><script>alert("entity")</script>`, Period: "2023",
				Basis: "annual", Kind: "actual", Source: `<b onclick="alert('source')">Rosstat</b>`,
				Note: breaker},
			Verdict: checks.Inconsistent, RefValue: ptr(4.1), RefPeriod: "2023",
			RefSource:  `Rosstat<script>alert("ref")</script>`,
			RefRelease: `2025-02-07" onfocus="alert(1)`, RefURL: `javascript:alert("ref url")`, Delta: ptr(-0.5),
			Explanation: `Per <script>alert("explanation")</script> it's "4.1%" & more.`,
		},
		{
			// A quote that is not where its offsets say (or offsets outside the text) is
			// listed but not marked.
			Claim: extract.Claim{Start: len(text) + 5, End: len(text) + 9, Quote: `<svg onload=alert(1)>`,
				Value: 1, Unit: "percent", Indicator: "inflation", Entity: "RUS", Period: "2023"},
			Verdict: checks.NoReference, Explanation: `'"><iframe src=javascript:alert(2)>`,
		},
		{
			Claim: extract.Claim{Start: shrank, End: shrank + len("shrank 0.5%"), Quote: "shrank 0.5%",
				Value: -0.5, Step: 0.1, Unit: "percent", Indicator: "gdp_growth", Entity: "RUS", Period: "2023"},
			Verdict: checks.Consistent, RefValue: ptr(-0.5), RefSource: "Rosstat", RefURL: "https://rosstat.gov.ru/?a=1&b=\"2\"",
		},
	}
	history := memoryHistory{
		{Entity: results[0].Claim.Entity, Indicator: "gdp_growth", Period: "2023", Basis: "annual", Value: 4.1,
			Kind: "actual", Source: `WDI<script>alert("series")</script>`, Release: `2025"><script>`, Label: `'"<>`},
	}
	doc := renderHTMLResults(t, Options{History: history}, []extract.Article{a, a}, [][]checks.Result{results, results})

	p := parsePage(t, doc)
	scripts := p.all(element("script"))
	if len(scripts) != 1 || textOf(scripts[0]) != pageJS {
		t.Errorf("%d script elements; want only the page's own", len(scripts))
	}
	for _, tag := range []string{"img", "iframe"} {
		if n := len(p.all(element(tag))); n > 0 {
			t.Errorf("%d <%s> elements survived", n, tag)
		}
	}
	svgs := p.all(element("svg"))
	for _, n := range p.all(func(*html.Node) bool { return true }) {
		for _, at := range n.Attr {
			if strings.HasPrefix(strings.ToLower(at.Key), "on") {
				t.Errorf("<%s> carries the event handler %s=%q", n.Data, at.Key, at.Val)
			}
			if (at.Key == "href" || at.Key == "src") && strings.Contains(strings.ToLower(at.Val), "javascript:") {
				t.Errorf("<%s %s=%q> survived", n.Data, at.Key, at.Val)
			}
		}
		if n.Data == "b" && strings.Contains(textOf(n), "Rosstat") && attr(n, "onclick") != "" {
			t.Error("a tag from the data became an element")
		}
	}
	if len(svgs) == 0 {
		t.Error("the hostile series still deserves its chart")
	}
	texts := p.all(element("div", "text"))
	if len(texts) != 2 || articleText(texts[0]) != text {
		t.Fatalf("the article's text is not shown as text: %q", articleText(texts[0]))
	}
	// The same in the raw bytes: no tag from the data opens anywhere.
	for _, raw := range []string{`<script>alert`, `<img src`, `<svg onload`, `<iframe`, `<b onclick`, `" onmouseover="`, `" onfocus="`} {
		if strings.Contains(doc, raw) {
			t.Errorf("%q survived unescaped", raw)
		}
	}
	if strings.Contains(doc, "ZgotmplZ") {
		t.Error("a URL was defused by html/template instead of being dropped")
	}
}

func TestHTMLPolicyAllowsOnlyThePagesOwnStyleAndScript(t *testing.T) {
	doc := renderHTML(t, Options{}, extract.Article{ID: "a.txt", Text: "nothing"})
	p := parsePage(t, doc)
	metas := p.all(func(n *html.Node) bool { return n.Data == "meta" && attr(n, "http-equiv") == "Content-Security-Policy" })
	if len(metas) != 1 {
		t.Fatalf("%d policies, want 1", len(metas))
	}
	policy := attr(metas[0], "content")
	styles := p.all(element("style"))
	scripts := p.all(element("script"))
	if len(styles) != 1 || len(scripts) != 1 {
		t.Fatalf("%d styles and %d scripts, want one of each", len(styles), len(scripts))
	}
	for _, want := range []string{
		"default-src 'none'",
		"style-src 'sha256-" + contentHash(textOf(styles[0])) + "'",
		"script-src 'sha256-" + contentHash(textOf(scripts[0])) + "'",
	} {
		if !strings.Contains(policy, want) {
			t.Errorf("policy %q lacks %q: the browser would refuse the page's own style or script", policy, want)
		}
	}
	if regexp.MustCompile(`(?i)(src|href)="(https?:)?//`).MatchString(doc) {
		t.Error("the page loads something from the network")
	}
	if len(p.all(func(n *html.Node) bool { return attr(n, "style") != "" })) > 0 {
		t.Error("a style attribute, which the policy blocks")
	}
}

func TestHTMLIndexListsTheArticlesOfABatch(t *testing.T) {
	one := extract.Article{ID: "one.txt", Text: "Growth was 3.6% in 2023."}
	two := extract.Article{ID: "two.txt", Text: "Inflation was 9% and 2% in 2023.", Title: "Prices"}
	claim := func(text, quote string) extract.Claim {
		i := strings.Index(text, quote)
		return extract.Claim{Start: i, End: i + len(quote), Quote: quote, Value: 1, Unit: "percent"}
	}
	results := [][]checks.Result{
		{{Claim: claim(one.Text, "3.6%"), Verdict: checks.Consistent}},
		{{Claim: claim(two.Text, "9%"), Verdict: checks.Inconsistent}, {Claim: claim(two.Text, "2%"), Verdict: checks.Inconsistent}},
	}
	tests := []struct {
		name     string
		articles []extract.Article
		wantRows []string // text of each index row; nil for no index
	}{
		{"a single article needs no index", []extract.Article{one}, nil},
		{"a batch has a row per article with counts by verdict", []extract.Article{one, two},
			[]string{"one.txt" + "1" + "000100", "two.txt — Prices" + "2" + "200000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parsePage(t, renderHTMLResults(t, Options{}, tt.articles, results))
			navs := p.all(element("nav", "index"))
			if tt.wantRows == nil {
				if len(navs) != 0 {
					t.Fatal("an index for a single article")
				}
				return
			}
			if len(navs) != 1 {
				t.Fatalf("%d indexes, want 1", len(navs))
			}
			rows := p.allIn(navs[0], element("tr"))[1:]
			if len(rows) != len(tt.wantRows) {
				t.Fatalf("%d rows, want %d", len(rows), len(tt.wantRows))
			}
			for i, row := range rows {
				if got := textOf(row); got != tt.wantRows[i] {
					t.Errorf("row %d = %q, want %q", i, got, tt.wantRows[i])
				}
				links := p.allIn(row, element("a"))
				target := strings.TrimPrefix(attr(links[0], "href"), "#")
				if len(p.all(func(n *html.Node) bool { return n.Data == "section" && attr(n, "id") == target })) != 1 {
					t.Errorf("row %d links to %q, which is no article", i, target)
				}
			}
		})
	}
}

func TestHTMLMarksOverlappingAndMisplacedClaims(t *testing.T) {
	text := "Output fell by about 3.6% — héllo — in 2023."
	at := func(quote string) (int, int) {
		i := strings.Index(text, quote)
		return i, i + len(quote)
	}
	s1, e1 := at("fell by about 3.6%")
	s2, e2 := at("about 3.6%")
	s3, e3 := at("3.6% — h")
	accent := strings.Index(text, "é")
	tests := []struct {
		name       string
		spans      [][2]int
		wantMarked []string // what each mark reads, "" for an empty mark
		unlocated  int
	}{
		{"a claim inside another gets an empty mark after it", [][2]int{{s1, e1}, {s2, e2}}, []string{"fell by about 3.6%", ""}, 0},
		{"a claim overlapping the one before is marked from where that ends", [][2]int{{s2, e2}, {s3, e3}}, []string{"about 3.6%", " — h"}, 0},
		{"offsets outside the text are listed, not marked", [][2]int{{s1, e1}, {len(text), len(text) + 3}}, []string{"fell by about 3.6%"}, 1},
		{"offsets inside a character are listed, not marked", [][2]int{{accent + 1, accent + 4}}, nil, 1},
		{"an empty span is listed, not marked", [][2]int{{s1, s1}}, nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var results []checks.Result
			for _, sp := range tt.spans {
				quote := ""
				if validSpan(text, sp[0], sp[1]) {
					quote = text[sp[0]:sp[1]]
				}
				results = append(results, checks.Result{Claim: extract.Claim{Start: sp[0], End: sp[1], Quote: quote}, Verdict: checks.Unchecked})
			}
			p := parsePage(t, renderHTMLResults(t, Options{}, []extract.Article{{ID: "a", Text: text}}, [][]checks.Result{results}))
			marks := p.all(element("mark", "claim"))
			if len(marks) != len(tt.wantMarked) {
				t.Fatalf("%d marks, want %d", len(marks), len(tt.wantMarked))
			}
			for i, m := range marks {
				if got := articleText(m); got != tt.wantMarked[i] {
					t.Errorf("mark %d reads %q, want %q", i, got, tt.wantMarked[i])
				}
			}
			if got := articleText(p.all(element("div", "text"))[0]); got != text {
				t.Errorf("text = %q, want the article unchanged", got)
			}
			if cards := p.all(element("li", "card")); len(cards) != len(tt.spans) {
				t.Errorf("%d cards, want one per claim (%d)", len(cards), len(tt.spans))
			}
			notFound := strings.Count(doc(p), "(not found in the text)")
			if notFound != tt.unlocated {
				t.Errorf("%d claims listed as not found, want %d", notFound, tt.unlocated)
			}
		})
	}
}

func doc(p page) string {
	var b strings.Builder
	if err := html.Render(&b, p.root); err != nil {
		return ""
	}
	return b.String()
}

func TestHTMLWithoutVerdictsListsClaimsWithoutChartsOrFilters(t *testing.T) {
	a, results, opts := loadExample(t)
	opts.NoVerdicts = true
	p := parsePage(t, renderHTMLResults(t, opts, []extract.Article{a}, [][]checks.Result{results}))
	if n := len(p.all(element("mark", "v-none"))); n != len(results) {
		t.Errorf("%d neutral marks, want %d", n, len(results))
	}
	for _, tag := range []string{"svg", "input"} {
		if n := len(p.all(element(tag))); n > 0 {
			t.Errorf("%d <%s> without verdicts", n, tag)
		}
	}
	if strings.Contains(textOf(p.root), results[0].Explanation) {
		t.Error("an explanation shown without verdicts")
	}
}

// BenchmarkHTMLExample writes the example article's page with its charts.
func BenchmarkHTMLExample(b *testing.B) {
	a, results, opts := loadExample(b)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		w, err := NewWriter("html", &buf, opts)
		if err != nil {
			b.Fatal(err)
		}
		if err := w.WriteArticle(a, results); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(a.Text)))
}

// TestHTMLNamesEachJurisdictionThatImposes: sanctions that several jurisdictions impose
// together carry their codes joined by "+" ("EUU+USA"); the card names each, where it showed
// the joined codes.
func TestHTMLNamesEachJurisdictionThatImposes(t *testing.T) {
	h := &htmlWriter{opts: Options{Judging: checks.Options{Names: map[string]string{
		"EUU": "the European Union", "USA": "the United States", "RUS": "Russia"}}}}
	for _, tc := range []struct{ jurisdiction, want string }{
		{"USA", "Russia (RUS), by the United States (USA)"},
		{"EUU+USA", "Russia (RUS), by the European Union (EUU) and the United States (USA)"},
		{"EUU+GBR+USA", "Russia (RUS), by the European Union (EUU), GBR and the United States (USA)"},
	} {
		got := h.about(extract.Claim{Entity: "RUS", Jurisdiction: tc.jurisdiction, Indicator: "sanctions_imposed", Period: "2014"})
		if !strings.HasPrefix(got, tc.want+" · ") {
			t.Errorf("about(%s) = %q, want it to begin %q", tc.jurisdiction, got, tc.want)
		}
	}
}
