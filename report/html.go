package report

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// The HTML report is one self-contained page for an editor: each article's text with its
// claims marked by verdict like a spell checker marks words, a card per claim beside it with
// a chart of the claim's series, and, for a batch, an index of the articles. Everything
// comes through html/template, so article text and imported data are always escaped; the
// page's own style and script are allowed by hash in its Content-Security-Policy, so that
// nothing else could run or load even if some text slipped through.

var (
	//go:embed assets/report.css
	pageCSS string
	//go:embed assets/report.js
	pageJS string
)

// pagePolicy forbids every network load and every script or style but the page's own. It is
// made when first asked for, as the page's template is parsed: every run of the command
// would otherwise pay for them at start, whatever format it writes.
var pagePolicy = sync.OnceValue(func() string {
	return fmt.Sprintf("default-src 'none'; style-src 'sha256-%s'; script-src 'sha256-%s'; img-src data:; base-uri 'none'; form-action 'none'",
		contentHash(pageCSS), contentHash(pageJS))
})

// PagePolicy is the Content-Security-Policy of the HTML report, for a server that sends the
// report to set as a header too.
func PagePolicy() string { return pagePolicy() }

func contentHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return base64.StdEncoding.EncodeToString(sum[:])
}

// verdictLook is how a verdict shows: a colour class, an icon that does not rely on colour,
// and a label.
type verdictLook struct {
	Verdict string // class suffix: v-inconsistent
	Icon    string
	Label   string
}

var verdictLooks = map[string]verdictLook{
	checks.Inconsistent: {checks.Inconsistent, "✗", "inconsistent"},
	checks.Outdated:     {checks.Outdated, "!", "outdated"},
	checks.Revised:      {checks.Revised, "↻", "revised"},
	checks.Consistent:   {checks.Consistent, "✓", "consistent"},
	checks.NoReference:  {checks.NoReference, "?", "no reference"},
	checks.Unchecked:    {checks.Unchecked, "–", "unchecked"},
}

// notJudged is the look of claims listed without verdicts (extract).
var notJudged = verdictLook{"none", "•", "claim"}

func lookOf(verdict string) verdictLook {
	if look, ok := verdictLooks[verdict]; ok {
		return look
	}
	return notJudged
}

// verdictOrder lists verdicts from what an editor must act on to what needs nothing.
var verdictOrder = []string{checks.Inconsistent, checks.Outdated, checks.Revised,
	checks.Consistent, checks.NoReference, checks.Unchecked}

// verdictColour is the verdict's colour in charts, where CSS variables cannot reach the
// fill of an SVG attribute from a class of the card.
func verdictColour(verdict string) string {
	switch verdict {
	case checks.Inconsistent:
		return "#b3261e"
	case checks.Outdated:
		return "#a35200"
	case checks.Revised:
		return "#1f5fa8"
	case checks.Consistent:
		return "#1e7a34"
	}
	return "#5f6368"
}

// SeriesSource gives the whole history of a series for the charts of the HTML report.
// *reference.Store implements it.
type SeriesSource interface {
	History(entity, indicator string) ([]reference.Observation, error)
}

// htmlWriter streams one section per article and writes the index of a batch at the end,
// where CSS moves it to the top; it keeps only per-article counts between articles.
type htmlWriter struct {
	out     *bufio.Writer
	opts    Options
	count   tally
	started bool
	index   []indexRow
	// series caches histories, each with what its charts need of the whole series (see
	// chartSeries): a batch asks for the same few series again and again. The writer owns
	// them: SeriesSource.History returns a history of the caller's own.
	series map[[2]string]*chartSeries
	// inParts is the article being written in parts, from WriteArticleStart to its last row.
	inParts *articleInParts
}

// articleInParts is what the HTML writer keeps of an article written in parts between them:
// each part is set out as a layout of its own, the text up to the end of its last claim
// beside its cards, so that only a part's cards are held at once.
type articleInParts struct {
	anchor, heading string
	left            int // rows still to come
	cursor          int // the text written so far
	numbered        int // claims numbered so far
	unlocated       int
}

// seriesCacheLimit bounds the cache; a series is a few hundred observations, or some
// 10,000 for a real-time data set's every vintage.
const seriesCacheLimit = 256

func newHTMLWriter(w io.Writer, opts Options) Writer {
	return &htmlWriter{out: bufio.NewWriterSize(w, 64<<10), opts: opts, series: map[[2]string]*chartSeries{}}
}

type headView struct {
	Policy  string
	CSS     template.CSS
	Key     []verdictLook
	Notices []string
}

type articleView struct {
	Anchor    string
	Heading   string
	Meta      string
	URL       string
	Filters   []filterView
	Segments  []segment
	Claims    []*claimView
	FirstCard int // the number of the first card, when not 1 (a later part)
	Unlocated int
}

type filterView struct {
	verdictLook
	InputID string
	Count   int
}

// segment is article text up to a claim, then the claim's own text.
type segment struct {
	Before string
	Marked string
	Claim  *claimView
}

type fieldView struct{ Name, Value string }

type claimView struct {
	verdictLook
	ID, MarkID, PopID string
	Quote             string
	Located           bool
	About             string
	Claimed           string
	Interval          string
	Reference         string
	RefPeriod         string
	RefSource         string
	RefURL            string
	RefRelease        string
	Delta             string
	Explanation       string
	Fields            []fieldView
	Chart             *chartView
}

type indexRow struct {
	Anchor, Heading, Published string
	Claims                     int
	Counts                     []int // in the order of verdictOrder
}

type footView struct {
	Verdicts []verdictLook
	Index    []indexRow
	Summary  string
	JS       template.JS
}

func (h *htmlWriter) start() error {
	if h.started {
		return nil
	}
	h.started = true
	key := make([]verdictLook, 0, len(verdictOrder))
	if !h.opts.NoVerdicts {
		for _, v := range verdictOrder {
			key = append(key, verdictLooks[v])
		}
	}
	return htmlPage().ExecuteTemplate(h.out, "head", headView{Policy: pagePolicy(), CSS: template.CSS(pageCSS), Key: key, Notices: h.opts.Notices})
}

func (h *htmlWriter) WriteArticle(a extract.Article, results []checks.Result) error {
	if err := h.start(); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	if err := h.endParts(); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	h.count.add(results)
	var rows RowCount
	rows.Add(results)
	view, err := h.articleView(a, results, rows)
	if err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	if err := htmlPage().ExecuteTemplate(h.out, "article", view); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	// Each article reaches the file whole, so a long run's report can be opened as it grows.
	if err := h.out.Flush(); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	return nil
}

// WriteArticleStart writes the heading of article a, which has rows, and the filters that
// count them by verdict.
func (h *htmlWriter) WriteArticleStart(a extract.Article, rows RowCount) error {
	if err := h.start(); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	if err := h.endParts(); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	h.count.add(nil)
	view := h.articleHead(a, rows)
	h.inParts = &articleInParts{anchor: view.Anchor, heading: view.Heading, left: rows.Rows}
	if err := htmlPage().ExecuteTemplate(h.out, "article-head", view); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	if rows.Rows == 0 {
		return h.WriteArticlePart(a, nil)
	}
	return nil
}

// WriteArticlePart writes the next part of the rows of the article last started: the text
// from where the part before left it to the end of this part's last claim (to the end of the
// text, for the last part) beside the part's cards.
func (h *htmlWriter) WriteArticlePart(a extract.Article, results []checks.Result) error {
	p := h.inParts
	if p == nil {
		return fmt.Errorf("write html of %s: a part of an article not started", a.ID)
	}
	h.count.addRows(results)
	view := articleView{Anchor: p.anchor, Heading: p.heading}
	if p.numbered > 0 {
		view.FirstCard = p.numbered + 1
	}
	claims, segments, unlocated, cursor, err := h.layClaims(a, results, p.anchor, p.numbered, p.cursor)
	if err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	view.Claims, view.Segments = claims, segments
	p.numbered += len(results)
	p.unlocated += unlocated
	p.cursor = cursor
	p.left -= len(results)
	last := p.left <= 0
	if last {
		view.Segments = append(view.Segments, segment{Before: a.Text[cursor:]})
	}
	if err := htmlPage().ExecuteTemplate(h.out, "layout", view); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	if last {
		if err := h.endParts(); err != nil {
			return fmt.Errorf("write html of %s: %w", a.ID, err)
		}
	}
	if err := h.out.Flush(); err != nil {
		return fmt.Errorf("write html of %s: %w", a.ID, err)
	}
	return nil
}

// endParts ends the section of the article written in parts, if one is open: after its last
// part, or, should its parts stop short (a failure while judging it), before whatever comes
// next, so that the page stays whole.
func (h *htmlWriter) endParts() error {
	p := h.inParts
	if p == nil {
		return nil
	}
	h.inParts = nil
	return htmlPage().ExecuteTemplate(h.out, "article-end", articleView{Unlocated: p.unlocated})
}

func (h *htmlWriter) Close() error {
	if err := h.start(); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	if err := h.endParts(); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	foot := footView{Summary: h.count.summary(!h.opts.NoVerdicts), JS: template.JS(pageJS)}
	if len(h.index) > 1 {
		foot.Index = h.index
		if !h.opts.NoVerdicts {
			for _, v := range verdictOrder {
				foot.Verdicts = append(foot.Verdicts, verdictLooks[v])
			}
		}
	}
	if h.opts.NoVerdicts {
		for i := range foot.Index {
			foot.Index[i].Counts = nil
		}
	}
	if err := htmlPage().ExecuteTemplate(h.out, "foot", foot); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	if err := h.out.Flush(); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

// articleView lays out one article: its text cut into segments around the claims, and a
// card per claim in the order of the text.
func (h *htmlWriter) articleView(a extract.Article, results []checks.Result, rows RowCount) (articleView, error) {
	view := h.articleHead(a, rows)
	claims, segments, unlocated, cursor, err := h.layClaims(a, results, view.Anchor, 0, 0)
	if err != nil {
		return articleView{}, err
	}
	view.Claims, view.Unlocated = claims, unlocated
	view.Segments = append(segments, segment{Before: a.Text[cursor:]})
	return view, nil
}

// articleHead is what stands above an article's text: its heading, its count of claims and
// the filters that count them by verdict. It adds the article to the batch's index.
func (h *htmlWriter) articleHead(a extract.Article, rows RowCount) articleView {
	view := articleView{
		Anchor:  "article-" + strconv.Itoa(len(h.index)+1),
		Heading: joinNonEmpty(" — ", a.ID, a.Title),
		Meta:    strings.ToUpper(publishedText(a)[:1]) + publishedText(a)[1:] + "; " + claimCount(rows.Rows) + ".",
		URL:     webURL(a.URL),
	}
	row := indexRow{Anchor: view.Anchor, Heading: view.Heading, Published: formatDate(a.Published),
		Claims: rows.Rows, Counts: make([]int, len(verdictOrder))}
	for i, v := range verdictOrder {
		row.Counts[i] = rows.Verdicts[v]
	}
	h.index = append(h.index, row)
	if !h.opts.NoVerdicts {
		for _, v := range verdictOrder {
			if rows.Verdicts[v] > 0 {
				view.Filters = append(view.Filters, filterView{verdictLook: verdictLooks[v],
					InputID: view.Anchor + "-show-" + v, Count: rows.Verdicts[v]})
			}
		}
	}
	return view
}

// layClaims lays results out from the byte cursor of a's text on: a card for each claim in
// the order of the text, numbered on from numbered, and the text up to the end of the last
// claim cut into segments around their marks. It returns where the text it took ends, and
// how many claims were not found in it.
func (h *htmlWriter) layClaims(a extract.Article, results []checks.Result, anchor string, numbered, cursor int) (claims []*claimView, segments []segment, unlocated, end int, err error) {
	order := make([]int, len(results))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return results[order[i]].Claim.Start < results[order[j]].Claim.Start })
	for k, i := range order {
		r := results[i]
		if h.opts.NoVerdicts {
			r = checks.Result{Claim: r.Claim}
		}
		cv, err := h.claimView(a, r, anchor, numbered+k+1)
		if err != nil {
			return nil, nil, 0, 0, err
		}
		claims = append(claims, cv)
		start, end := r.Claim.Start, r.Claim.End
		if !validSpan(a.Text, start, end) {
			unlocated++
			continue
		}
		cv.Located = true
		// A claim inside the one before it (two readings of one phrase) still gets its mark,
		// an empty one right after the first.
		from := max(start, cursor)
		seg := segment{Before: a.Text[cursor:from], Claim: cv}
		if from < end {
			seg.Marked = a.Text[from:end]
			cursor = end
		} else {
			cursor = from
		}
		segments = append(segments, seg)
	}
	return claims, segments, unlocated, cursor, nil
}

// validSpan reports whether text[start:end] is a non-empty run of whole UTF-8 characters.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

func (h *htmlWriter) claimView(a extract.Article, r checks.Result, anchor string, n int) (*claimView, error) {
	c := r.Claim
	id := anchor + "-claim-" + strconv.Itoa(n)
	cv := &claimView{
		verdictLook: lookOf(r.Verdict),
		ID:          id,
		MarkID:      anchor + "-mark-" + strconv.Itoa(n),
		PopID:       anchor + "-details-" + strconv.Itoa(n),
		Quote:       oneLine(c.Quote),
		About:       h.about(c),
		Claimed:     claimValue(c),
		RefSource:   r.RefSource,
		RefURL:      webURL(r.RefURL),
		RefRelease:  r.RefRelease,
		Explanation: r.Explanation,
	}
	if c.Unit != extract.UnitDate && c.Step > 0 {
		cv.Interval = intervalText(drawnInterval(c, h.opts.Judging), c.Unit)
	}
	if r.RefValue != nil {
		cv.Reference = humanQuantity(roundTo(*r.RefValue, referenceDecimals(r, 2)), c.Unit)
		cv.RefPeriod = r.RefPeriod
	} else if r.RefPeriod != "" {
		cv.Reference = r.RefPeriod
	}
	if r.Delta != nil {
		cv.Delta = deltaText(*r.Delta, c.Unit)
	}
	row := NewRow(a, r)
	for _, f := range []fieldView{
		{"Entity", row.Entity}, {"Imposed by", row.Jurisdiction}, {"Indicator", row.Indicator},
		{"Period", row.Period}, {"Basis", row.Basis}, {"Kind", row.Kind}, {"Value", row.Value},
		{"Up to", row.ValueMax}, {"Unit", row.Unit}, {"Qualifier", row.Qualifier},
		{"Change", row.Change}, {"Cited source", row.Source}, {"Note", c.Note},
		{"Offsets", row.Start + "–" + row.End},
	} {
		if f.Value != "" {
			cv.Fields = append(cv.Fields, f)
		}
	}
	if h.opts.NoVerdicts || h.opts.History == nil || r.Verdict == "" {
		return cv, nil
	}
	series, err := h.history(c.Entity, c.Indicator)
	if err != nil {
		return nil, err
	}
	if series == nil {
		return cv, nil
	}
	if chart, ok := series.chart(r, h.opts.Judging); ok {
		cv.Chart = &chart
	}
	return cv, nil
}

func (h *htmlWriter) history(entity, indicator string) (*chartSeries, error) {
	if entity == "" || indicator == "" {
		return nil, nil
	}
	key := [2]string{entity, indicator}
	if found, ok := h.series[key]; ok {
		return found, nil
	}
	found, err := h.opts.History.History(entity, indicator)
	if err != nil {
		return nil, fmt.Errorf("chart of %s %s: %w", entity, indicator, err)
	}
	if len(h.series) >= seriesCacheLimit {
		clear(h.series)
	}
	series := newChartSeries(found)
	h.series[key] = series
	return series, nil
}

// about: "Russia (RUS) · GDP growth · 2023"; sanctions name who imposes them.
func (h *htmlWriter) about(c extract.Claim) string {
	name := func(code string) string {
		if n := h.opts.Judging.Names[code]; n != "" && n != code {
			return n + " (" + code + ")"
		}
		return code
	}
	who := ""
	if c.Entity != "" {
		who = name(c.Entity)
	}
	if c.Jurisdiction != "" {
		// several that impose together are joined by "+" ("EUU+USA"): each is named
		var by []string
		for _, code := range strings.Split(c.Jurisdiction, "+") {
			by = append(by, name(code))
		}
		names := by[len(by)-1]
		if len(by) > 1 {
			names = strings.Join(by[:len(by)-1], ", ") + " and " + names
		}
		who = joinNonEmpty(", ", who, "by "+names)
	}
	var indicator string
	if c.Indicator != "" {
		indicator = checks.IndicatorName(c.Indicator)
	}
	kind := ""
	if c.Kind != "" && c.Kind != extract.KindActual {
		kind = c.Kind
	}
	return joinNonEmpty(" · ", who, indicator, c.Period, c.Basis, kind)
}

// deltaText: a difference of two rates is in percentage points; of levels, in the unit.
func deltaText(d float64, unit string) string {
	magnitude := roundTo(math.Abs(d), 2)
	sign := "+"
	if d < 0 {
		sign = "−"
	}
	switch {
	case magnitude == 0:
		return "0"
	case unit == extract.UnitPercent || unit == extract.UnitPP:
		return sign + FormatNumber(magnitude) + " pp"
	}
	return sign + humanQuantity(magnitude, unit)
}

// webURL keeps only http and https links: a javascript: URL in imported data must not
// become a link (html/template would defuse it too; this keeps the page free of "#ZgotmplZ").
func webURL(u string) string {
	lower := strings.ToLower(u)
	if strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") {
		return u
	}
	return ""
}

var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(pageTemplate))
})

// pageTemplate: the article text is written with white-space: pre-wrap, so the templates
// that write inside it ("text", "mark", "pop", "facts") keep every action on one line.
const pageTemplate = `{{define "head"}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.Policy}}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="factcheck">
<title>factcheck report</title>
<style>{{.CSS}}</style>
</head>
<body>
<header class="page-head">
<h1>factcheck report</h1>
{{if .Key}}<p class="key">{{range .Key}}<span class="chip v-{{.Verdict}}"><span class="badge" aria-hidden="true">{{.Icon}}</span> {{.Label}}</span> {{end}}</p>
{{end}}{{range .Notices}}<p class="meta" role="status">{{.}}</p>
{{end}}</header>
<main>
{{end}}

{{define "article"}}{{template "article-head" .}}{{template "layout" .}}</section>
{{end}}

{{define "article-head"}}<section class="article" id="{{.Anchor}}" aria-labelledby="{{.Anchor}}-title">
<h2 id="{{.Anchor}}-title">{{.Heading}}</h2>
<p class="meta">{{.Meta}}{{if .URL}} <a href="{{.URL}}" rel="noopener noreferrer" target="_blank">Original</a>{{end}}{{if .Unlocated}} {{.Unlocated}} not found in the text, listed only.{{end}}</p>
{{range .Filters}}<input type="checkbox" class="filter f-{{.Verdict}}" id="{{.InputID}}" checked><label for="{{.InputID}}" class="chip v-{{.Verdict}}" title="show or hide {{.Label}} claims"><span class="badge" aria-hidden="true">{{.Icon}}</span> {{.Label}} {{.Count}}</label>
{{end}}{{end}}

{{define "layout"}}<div class="layout">
<div class="text">{{template "text" .Segments}}</div>
<aside class="claims" aria-label="Claims of {{.Heading}}">
<ol class="cards"{{if .FirstCard}} start="{{.FirstCard}}"{{end}}>
{{range .Claims}}{{template "card" .}}{{end}}</ol>
</aside>
</div>
{{end}}

{{define "article-end"}}{{if .Unlocated}}<p class="meta">{{.Unlocated}} not found in the text, listed only.</p>
{{end}}</section>
{{end}}

{{define "text"}}{{range .}}{{.Before}}{{if .Claim}}{{template "mark" .}}{{end}}{{end}}{{end}}

{{define "mark"}}{{with .Claim}}<mark class="claim v-{{.Verdict}}" id="{{.MarkID}}" tabindex="0" data-card="{{.ID}}" aria-describedby="{{.PopID}}">{{end}}{{.Marked}}{{with .Claim}}<span class="badge" aria-hidden="true">{{.Icon}}</span>{{template "pop" .}}</mark>{{end}}{{end}}

{{define "pop"}}<span class="pop" role="tooltip" id="{{.PopID}}"><span class="pop-verdict"><span class="badge" aria-hidden="true">{{.Icon}}</span> {{.Label}}: {{.Quote}}</span>{{template "facts" .}}{{if .Explanation}}<span class="explanation">{{.Explanation}}</span>{{end}}</span>{{end}}

{{define "facts"}}<span class="facts"><span class="k">Claimed</span><span class="v">{{.Claimed}}{{if .Interval}} (stands for {{.Interval}}){{end}}</span>{{if .Reference}}<span class="k">Reference</span><span class="v">{{.Reference}}{{if .RefPeriod}} for {{.RefPeriod}}{{end}}</span>{{end}}{{if .RefSource}}<span class="k">Source</span><span class="v">{{if .RefURL}}<a href="{{.RefURL}}" rel="noopener noreferrer" target="_blank">{{.RefSource}}</a>{{else}}{{.RefSource}}{{end}}</span>{{end}}{{if .RefRelease}}<span class="k">Release</span><span class="v">{{.RefRelease}}</span>{{end}}{{if .Delta}}<span class="k">Delta</span><span class="v">{{.Delta}}</span>{{end}}{{range .Fields}}<span class="k">{{.Name}}</span><span class="v">{{.Value}}</span>{{end}}</span>{{end}}

{{define "card"}}<li class="card v-{{.Verdict}}" id="{{.ID}}" data-mark="{{.MarkID}}">
<p><span class="badge" aria-hidden="true">{{.Icon}}</span> <b class="verdict">{{.Label}}</b> {{if .Located}}<a class="quote" href="#{{.MarkID}}">{{.Quote}}</a>{{else}}<span class="quote">{{.Quote}}</span> (not found in the text){{end}}</p>
{{if .About}}<p class="about">{{.About}}</p>
{{end}}<p class="figures">Claimed <b>{{.Claimed}}</b>{{if .Reference}} · reference <b>{{.Reference}}</b>{{end}}{{if .Delta}} · delta {{.Delta}}{{end}}</p>
{{with .Chart}}{{template "chart" .}}{{end}}{{if .Explanation}}<p class="explanation">{{.Explanation}}</p>
{{end}}{{if .RefSource}}<p class="source">{{if .RefURL}}<a href="{{.RefURL}}" rel="noopener noreferrer" target="_blank">{{.RefSource}}</a>{{else}}{{.RefSource}}{{end}}{{if .RefRelease}}, release {{.RefRelease}}{{end}}</p>
{{end}}</li>
{{end}}

{{define "chart"}}<figure class="chart">
<svg viewBox="0 0 {{.Width}} {{.Height}}" role="img" aria-label="{{.Title}}" xmlns="http://www.w3.org/2000/svg">
<title>{{.Title}}</title>
<g class="grid">{{range .YTicks}}<line x1="{{$.Plot.X}}" x2="{{$.PlotRight}}" y1="{{.Pos}}" y2="{{.Pos}}"/><text x="{{$.YLabelX}}" y="{{.Pos}}" dy="0.32em" text-anchor="end">{{.Label}}</text>{{end}}</g>
{{with .Zero}}<line class="zero" x1="{{$.Plot.X}}" x2="{{$.PlotRight}}" y1="{{.}}" y2="{{.}}"/>
{{end}}<g class="xaxis">{{range .XTicks}}<text x="{{.Pos}}" y="{{$.XLabelY}}" text-anchor="middle">{{.Label}}</text>{{end}}</g>
{{range .Lines}}<g class="{{if .Current}}current{{else}}vintage{{end}}" stroke="{{.Colour}}" color="{{.Colour}}"><title>{{.Tooltip}}</title>{{if .Path}}<path d="{{.Path}}" fill="none"{{if .Dashed}} stroke-dasharray="4 3"{{end}}/>{{end}}{{range .Points}}<circle cx="{{.X}}" cy="{{.Y}}" r="2.6"><title>{{.Title}}</title></circle>{{end}}</g>
{{end}}{{range .Revisions}}<g class="revision" stroke="{{.Colour}}"><title>{{.Title}}</title><line x1="{{.X}}" x2="{{.X}}" y1="{{.Y}}" y2="{{.ToY}}"/><circle cx="{{.X}}" cy="{{.Y}}" r="3"/></g>
{{end}}{{range .Rings}}<circle class="ring" cx="{{.X}}" cy="{{.Y}}" r="5.5"/>
{{end}}{{with .Claim}}<g class="claim-interval" fill="{{.Colour}}" stroke="{{.Colour}}"><title>{{.Label}}</title><rect x="{{.BandX}}" y="{{.Top}}" width="{{.BandWidth}}" height="{{.BandHeight}}" fill-opacity="0.22" stroke="none"/>{{if .OpenTop}}<path d="{{.TopArrow}}" stroke="none"/>{{end}}{{if .OpenBottom}}<path d="{{.BottomArrow}}" stroke="none"/>{{end}}<path class="claim-value" d="{{.Diamond}}" stroke="#fff" stroke-width="1"/></g>
{{end}}</svg>
<figcaption>{{range .Legend}}<span class="legend-source"><svg class="swatch" width="20" height="8" aria-hidden="true"><line x1="1" x2="19" y1="4" y2="4" stroke="{{.Colour}}" stroke-width="2"{{if .Dashed}} stroke-dasharray="4 3"{{end}}/></svg>{{.Source}} ({{if gt .Of .Releases}}{{.Releases}} of {{.Of}} releases{{else}}{{.Releases}} {{if eq .Releases 1}}release{{else}}releases{{end}}{{end}}, latest {{.Latest}})</span> {{end}}{{if .Revisions}}<span class="legend-revision">○ earlier estimate</span> {{end}}<span class="legend-claim">◆ {{.Claim.Label}}</span></figcaption>
</figure>
{{end}}

{{define "foot"}}</main>
{{if .Index}}<nav class="index" aria-label="Articles">
<h2>{{len .Index}} articles</h2>
<table>
<thead><tr><th>Article</th><th>Published</th><th>Claims</th>{{range .Verdicts}}<th class="v-{{.Verdict}}" title="{{.Label}}"><span class="badge" aria-hidden="true">{{.Icon}}</span> {{.Label}}</th>{{end}}</tr></thead>
<tbody>
{{range .Index}}<tr><td><a href="#{{.Anchor}}">{{.Heading}}</a></td><td>{{.Published}}</td><td>{{.Claims}}</td>{{range .Counts}}<td class="n{{if .}} has{{end}}">{{.}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
</nav>
{{end}}<footer><p>{{.Summary}}.</p></footer>
<script>{{.JS}}</script>
</body>
</html>
{{end}}`
