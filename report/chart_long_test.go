package report

import (
	"bytes"
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// longSeries is a real-time data set of quarterly growth like SECO's for Switzerland: from
// 1980 on, one release (vintage) a quarter from 1990 on, each with every quarter published so
// far, each revising the figures a little. With 140 vintages it holds about 14,000 figures,
// as CHE, EMU and JPN gdp_growth do. It comes sorted as the store lends a history.
func longSeries(vintages int) []reference.Observation {
	var history []reference.Observation
	for v := 0; v < vintages; v++ {
		year, quarter := 1990+v/4, v%4 // released in the month after the quarter
		release := fmt.Sprintf("%04d-%02d-15", year, quarter*3+2)
		for p := 0; p < (year-1980)*4+quarter; p++ {
			// The value of a period, revised by each later vintage by up to ±0.45 points.
			value := float64((p*37)%90-30)/10 + float64((v*7+p*3)%10-5)/10
			history = append(history, reference.Observation{Entity: "CHE", Indicator: "gdp_growth",
				Period: fmt.Sprintf("%04d-Q%d", 1980+p/4, p%4+1), Basis: extract.BasisYoY, Value: value,
				Kind: "actual", Source: "SECO real-time data set", Release: release, Label: "vintage " + release})
		}
	}
	slices.SortStableFunc(history, func(a, b reference.Observation) int {
		return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(a.Release, b.Release),
			cmp.Compare(a.Source, b.Source), cmp.Compare(a.Label, b.Label))
	})
	return history
}

// longSeriesArticle is an article of n claims about the quarters of longSeries, each judged
// against the latest release, as `check --format html` writes for big_quarters.
func longSeriesArticle(n int, history []reference.Observation) (extract.Article, []checks.Result) {
	latest := map[string]reference.Observation{}
	for _, o := range history {
		latest[o.Period] = o
	}
	var text strings.Builder
	var results []checks.Result
	for i := range n {
		period := fmt.Sprintf("%04d-Q%d", 1995+(i/4)%29, i%4+1)
		ref := latest[period]
		value := fmt.Sprintf("%.1f%%", ref.Value)
		text.WriteString("Swiss GDP grew ")
		start := text.Len()
		text.WriteString(value)
		end := text.Len()
		fmt.Fprintf(&text, " in %s. ", period)
		c := extract.Claim{Quote: value, Start: start, End: end, Value: ref.Value, Step: 0.1, Unit: extract.UnitPercent,
			Qualifier: "exact", Indicator: "gdp_growth", Entity: "CHE", Period: period, Basis: extract.BasisYoY, Kind: extract.KindActual}
		results = append(results, checks.Result{Claim: c, Verdict: checks.Consistent, RefValue: ptr(ref.Value),
			RefPeriod: period, RefSource: ref.Source, RefRelease: ref.Release})
	}
	a := extract.Article{ID: "long-series.txt", Text: text.String(), Published: time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)}
	return a, results
}

func writeHTML(tb testing.TB, buf *bytes.Buffer, opts Options, a extract.Article, results []checks.Result) {
	tb.Helper()
	w, err := NewWriter("html", buf, opts)
	if err != nil {
		tb.Fatal(err)
	}
	if err := w.WriteArticle(a, results); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkHTMLLongSeries writes the cards and charts of claims about a series of 14,000
// figures (140 vintages): each claim's chart must cost what its window holds, not what the
// series does, and draw a bounded number of releases.
func BenchmarkHTMLLongSeries(b *testing.B) {
	history := longSeries(140)
	const claims = 200
	a, results := longSeriesArticle(claims, history)
	opts := Options{History: memoryHistory(history)}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		writeHTML(b, &buf, opts, a, results)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*claims), "ns/claim")
	b.ReportMetric(float64(buf.Len())/claims, "B/claim")
}

// TestHTMLChartOfALongSeriesIsBounded: the page written for a claim of a long real-time
// series does not grow with the number of its releases. Each chart shows a bounded number of
// releases, so a series of 140 vintages writes about what one of 60 does per claim (32 KB
// and 30 KB), where every chart drew every vintage of the quarters in its window (58 KB and
// 34 KB). This series revises every figure in every vintage, the worst case for the page.
func TestHTMLChartOfALongSeriesIsBounded(t *testing.T) {
	perClaim := func(vintages int) (int, string) {
		history := longSeries(vintages)
		a, results := longSeriesArticle(40, history)
		var buf bytes.Buffer
		writeHTML(t, &buf, Options{History: memoryHistory(history)}, a, results)
		return buf.Len() / len(results), buf.String()
	}
	short, _ := perClaim(60)
	long, page := perClaim(140)
	t.Logf("%d bytes a claim at 60 vintages, %d at 140", short, long)
	if long > short*5/4 {
		t.Errorf("%d bytes a claim for 140 vintages, %d for 60: the page grows with the releases of the series", long, short)
	}
	const bound = 40 << 10
	if long > bound {
		t.Errorf("%d bytes a claim of a 140-vintage series, want at most %d", long, bound)
	}
	// Each chart has one source: at most its latest maxChartReleases and the verdict's release drawn faint.
	for _, chart := range strings.Split(page, `<figure class="chart">`)[1:] {
		if n := strings.Count(chart, `<g class="vintage"`); n > maxChartReleases+1 {
			t.Fatalf("a chart draws %d earlier releases, want at most %d", n, maxChartReleases+1)
		}
	}
}

// TestHTMLChartOfManyReleasesShowsTheLatestAndTheVerdicts: a chart of a series with more
// releases in its window than maxChartReleases draws the latest of them and the release the
// verdict used (here the first estimate of 1994-Q1, an as-of verdict), keeps the current
// figure of every period, and says in its caption and title how many of the releases it shows.
// The golden file is the chart as the page writes it.
func TestHTMLChartOfManyReleasesShowsTheLatestAndTheVerdicts(t *testing.T) {
	history := longSeries(40) // vintages 1990-Q1 to 1999-Q4
	a, results := longSeriesArticle(1, history)
	r := &results[0]
	firstEstimate := "1994-05-15"
	var first reference.Observation
	for _, o := range history {
		if o.Period == "1994-Q1" && o.Release == firstEstimate {
			first = o
		}
	}
	// The article's one claim, about 1994-Q1 as first estimated.
	r.Claim.Period, r.Claim.Value = "1994-Q1", first.Value
	r.RefPeriod, r.RefValue, r.RefRelease = "1994-Q1", ptr(first.Value), firstEstimate
	page := renderHTMLResults(t, Options{History: memoryHistory(history)}, []extract.Article{a}, [][]checks.Result{results})
	from, to := strings.Index(page, `<figure class="chart">`), strings.Index(page, "</figure>")
	if from < 0 || to < from {
		t.Fatal("no chart")
	}
	chart := page[from : to+len("</figure>\n")]
	checkGolden(t, filepath.Join("testdata", "html_chart_releases.golden"), chart)

	v, ok := buildChart(*r, history, checks.Options{})
	if !ok || len(v.Legend) != 1 {
		t.Fatalf("chart %v, legend %+v", ok, v.Legend)
	}
	l := v.Legend[0]
	if l.Releases != maxChartReleases+1 || l.Of <= l.Releases || l.Latest != "1999-11-15" {
		t.Errorf("legend %+v: want the latest %d releases and the verdict's, of more", l, maxChartReleases)
	}
	if want := fmt.Sprintf("(%d of %d releases, latest 1999-11-15)", l.Releases, l.Of); !strings.Contains(chart, want) {
		t.Errorf("caption lacks %q", want)
	}
	if want := fmt.Sprintf(": %d of %d releases from", l.Releases, l.Of); !strings.Contains(v.Title, want) {
		t.Errorf("title %q lacks %q", v.Title, want)
	}
	if !strings.Contains(chart, "released "+firstEstimate) {
		t.Errorf("the release the verdict used (%s) is not drawn", firstEstimate)
	}
	// The heavy line is the current series: every quarter of the window, as of the last vintage.
	var current chartLine
	for _, line := range v.Lines {
		if line.Current {
			current = line
		}
	}
	if len(current.Points) != 15 { // 1991-Q2 to 1994-Q4
		t.Errorf("the current series has %d points, want the 15 quarters of the window", len(current.Points))
	}
}
