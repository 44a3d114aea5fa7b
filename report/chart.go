package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

// The chart of a claim is hand-written SVG: a dozen elements per chart do not justify a
// charting library, and html/template escapes every label in it like the rest of the page.

// Chart geometry in SVG user units; the SVG scales to its box with the viewBox.
const (
	chartWidth   = 340
	chartHeight  = 150
	chartLeft    = 46 // room for the value ticks
	chartRight   = 12
	chartTop     = 10
	chartBottom  = 22 // room for the period ticks
	chartMaxTick = 6
)

// sourceColours are the Okabe–Ito colours, told apart by readers with colour-vision
// deficiencies; releases of one source share a colour, and line weight tells the latest.
var sourceColours = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"}

// periodGrain is how often a series is observed; a chart only mixes periods of one grain.
type periodGrain int

const (
	grainNone periodGrain = iota
	grainYear
	grainFiscalYear
	grainHalf
	grainQuarter
	grainMonth
)

// periodPosition places a period on a continuous time axis (2023-Q3 → 2023.5). ok is false
// for dates and anything unparseable: those have no series to draw.
func periodPosition(period string) (x float64, grain periodGrain, ok bool) {
	fiscal := strings.HasPrefix(period, "FY")
	p := strings.TrimPrefix(period, "FY")
	if len(p) < 4 {
		return 0, grainNone, false
	}
	year, err := strconv.Atoi(p[:4])
	if err != nil || year < 1000 {
		return 0, grainNone, false
	}
	rest := p[4:]
	switch {
	case rest == "" && fiscal:
		return float64(year), grainFiscalYear, true
	case rest == "":
		return float64(year), grainYear, true
	case fiscal:
		return 0, grainNone, false
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		return float64(year) + float64(rest[2]-'1')/4, grainQuarter, true
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		return float64(year) + float64(rest[2]-'1')/2, grainHalf, true
	case len(rest) == 3 && rest[0] == '-':
		month, err := strconv.Atoi(rest[1:])
		if err != nil || month < 1 || month > 12 {
			return 0, grainNone, false
		}
		return float64(year) + float64(month-1)/12, grainMonth, true
	}
	return 0, grainNone, false
}

// window is how far a chart reaches before and after the claim's period, in years.
func (g periodGrain) window() (before, after float64) {
	switch g {
	case grainHalf:
		return 4, 1.5
	case grainQuarter:
		return 2.75, 0.75
	case grainMonth:
		return 1.5, 0.5
	}
	return 7, 2
}

// chartView is what the SVG template draws; coordinates are already in user units.
type chartView struct {
	Title  string // the accessible description of the chart
	Width  int
	Height int
	Plot   struct{ X, Y, W, H float64 }
	YTicks []chartTick
	XTicks []chartTick
	Zero   *float64 // y of the zero line when zero is in range
	Lines  []chartLine
	// Revisions are the superseded estimates, so that an editor sees whether and how far a
	// figure moved between releases.
	Revisions []chartRevision
	Claim     chartClaim
	Legend    []chartLegend
	Rings     []chartPoint // the reference figure the verdict names
}

type chartTick struct {
	Pos   float64
	Label string
}

type chartPoint struct{ X, Y float64 }

// chartLine is a source's current series (the latest figure of each period, drawn heavy
// with its points), or one of its earlier releases where it differs (drawn faint).
type chartLine struct {
	Colour  string
	Path    string // SVG path data; empty for a single point
	Points  []chartMark
	Current bool
	Dashed  bool // projections
	Tooltip string
}

// chartMark is a point with what it is, shown on hover.
type chartMark struct {
	X, Y  float64
	Title string
}

// chartRevision is an earlier estimate of a period that a later release changed: a hollow
// point joined to the figure that replaced it.
type chartRevision struct {
	X, Y, ToY float64
	Colour    string
	Title     string
}

type seriesKey struct{ source, kind string }

// figure is one observation on the chart's axes.
type figure struct {
	x, value               float64
	period, release, label string
}

type chartClaim struct {
	X, Y        float64
	Top, Bottom float64 // the claimed interval, clipped to the plot
	OpenTop     bool    // the interval runs past the top of the plot (more than X)
	OpenBottom  bool
	Label       string
	Colour      string
}

type chartLegend struct {
	Colour   string
	Source   string
	Releases int    // drawn
	Of       int    // in the window; more than Releases when the chart shows only the latest
	Latest   string // date of the latest release shown
	Dashed   bool
}

// buildChart draws the series of a judged claim around its period from the history of its
// entity and indicator. ok is false when there is nothing to draw: no numeric claim, no
// period on a time axis, or no figure of the series near the period.
func buildChart(r checks.Result, history []reference.Observation, tol checks.Options) (chartView, bool) {
	return newChartSeries(history).chart(r, tol)
}

// chartSeries is a history with what its charts need of the whole series worked out once:
// the bases it holds, the basis of each period's first figure, and the figures of each grain
// in order, so that a claim's chart walks only its window. The HTML writer keeps one per
// series for all the claims of a report, so a claim costs what its window holds, not what
// the series does (CHE, EMU and JPN gdp_growth hold 10,000 figures each, every vintage).
type chartSeries struct {
	history    []reference.Observation
	bases      map[string]bool
	firstBasis map[string]string // period → the basis of its first figure that has one
	grains     map[periodGrain]*grainIndex
	inverse    *chartSeries // the rates turned the other way round, made when first asked for
}

// grainIndex lists the figures of one grain: their places in the history, in its order, and
// their positions on the time axis. sorted tells that the positions never go down, as they do
// not in a history sorted by period, so that a window is found by binary search.
type grainIndex struct {
	at     []int32
	xs     []float64
	sorted bool
}

func newChartSeries(history []reference.Observation) *chartSeries {
	s := &chartSeries{history: history, bases: map[string]bool{}, firstBasis: map[string]string{},
		grains: map[periodGrain]*grainIndex{}}
	for i, o := range history {
		s.bases[o.Basis] = true
		if s.firstBasis[o.Period] == "" {
			s.firstBasis[o.Period] = o.Basis
		}
		x, g, ok := periodPosition(o.Period)
		if !ok {
			continue
		}
		gi := s.grains[g]
		if gi == nil {
			gi = &grainIndex{sorted: true}
			s.grains[g] = gi
		}
		if n := len(gi.xs); n > 0 && x < gi.xs[n-1] {
			gi.sorted = false
		}
		gi.at, gi.xs = append(gi.at, int32(i)), append(gi.xs, x)
	}
	return s
}

// inverted is the series with each rate turned the other way round, for a claim quoted the
// other way ("the euro at $1.08" beside a table of euros per dollar).
func (s *chartSeries) inverted() *chartSeries {
	if s.inverse == nil {
		s.inverse = newChartSeries(inverted(s.history))
	}
	return s.inverse
}

// window is the places in the history of the figures of grain g at positions in [lo, hi],
// in the history's order.
func (s *chartSeries) window(g periodGrain, lo, hi float64) []int32 {
	gi := s.grains[g]
	if gi == nil {
		return nil
	}
	if !gi.sorted {
		return gi.at // walked whole and filtered by position, as before the index
	}
	from := sort.SearchFloat64s(gi.xs, lo-1e-9)
	to := sort.Search(len(gi.xs), func(i int) bool { return gi.xs[i] > hi+1e-9 })
	return gi.at[from:max(from, to)]
}

func (s *chartSeries) chart(r checks.Result, tol checks.Options) (chartView, bool) {
	c := r.Claim
	if c.Unit == extract.UnitDate || c.Indicator == "" || c.Entity == "" || len(s.history) == 0 {
		return chartView{}, false
	}
	if c.Indicator == "exchange_rate" && strings.HasPrefix(c.Unit, "USD/") {
		s = s.inverted()
	}
	claimX, grain, ok := periodPosition(c.Period)
	if !ok {
		return chartView{}, false
	}
	before, after := grain.window()
	lo, hi := claimX-before, claimX+after

	basis := s.basis(c)
	forecast := c.Kind == extract.KindForecast
	asOf := formatDate(tol.AsOf)
	bySeries := map[seriesKey][]figure{}
	var keys []seriesKey
	dataMin, dataMax := claimX, claimX
	for _, i := range s.window(grain, lo, hi) {
		o := &s.history[i]
		if basis != "" && o.Basis != basis {
			continue
		}
		// An outturn is never shown against projections, as it is never judged by them.
		if o.Kind == "projection" && !forecast {
			continue
		}
		// --as-of judged with the releases known then; the chart shows no more.
		if asOf != "" && o.Release > asOf {
			continue
		}
		x, g, ok := periodPosition(o.Period)
		if !ok || g != grain || x < lo-1e-9 || x > hi+1e-9 {
			continue
		}
		key := seriesKey{o.Source, o.Kind}
		if _, seen := bySeries[key]; !seen {
			keys = append(keys, key)
		}
		bySeries[key] = append(bySeries[key], figure{x: x, value: o.Value, period: o.Period, release: o.Release, label: o.Label})
		dataMin, dataMax = math.Min(dataMin, x), math.Max(dataMax, x)
	}
	if len(keys) == 0 {
		return chartView{}, false
	}
	// The axis fits the figures drawn, those of the releases a chart shows.
	total := map[seriesKey]int{}
	var values []float64
	for _, k := range keys {
		bySeries[k], total[k] = latestReleases(bySeries[k], k, r)
		for _, f := range bySeries[k] {
			values = append(values, f.value)
		}
	}

	iv := drawnInterval(c, tol)
	values = append(values, c.Value)
	for _, end := range []float64{iv.lo, iv.hi} {
		if !math.IsInf(end, 0) {
			values = append(values, end)
		}
	}
	yMin, yMax := extent(values)
	ticks := niceTicks(yMin, yMax, 5)
	yMin, yMax = math.Min(yMin, ticks[0]), math.Max(yMax, ticks[len(ticks)-1])

	v := chartView{Width: chartWidth, Height: chartHeight}
	v.Plot.X, v.Plot.Y = chartLeft, chartTop
	v.Plot.W, v.Plot.H = chartWidth-chartLeft-chartRight, chartHeight-chartTop-chartBottom
	xMin, xMax := lo, hi
	// Shrink the axis to the data, keeping the claim in view.
	xMin, xMax = math.Max(xMin, dataMin), math.Min(xMax, dataMax)
	pad := (xMax - xMin) * 0.06
	if pad == 0 {
		pad = 0.5
	}
	xMin, xMax = xMin-pad, xMax+pad
	sx := func(x float64) float64 { return round1(v.Plot.X + (x-xMin)/(xMax-xMin)*v.Plot.W) }
	sy := func(y float64) float64 { return round1(v.Plot.Y + (yMax-y)/(yMax-yMin)*v.Plot.H) }

	for _, t := range ticks {
		v.YTicks = append(v.YTicks, chartTick{sy(t), axisNumber(t, c.Unit, ticks)})
	}
	if yMin < 0 && yMax > 0 {
		zero := sy(0)
		v.Zero = &zero
	}
	v.XTicks = periodTicks(grain, dataMin, dataMax, sx)

	// Sources in a fixed order (by name) so that a source keeps its colour across charts of a
	// report; its outturns before its projections.
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].source != keys[j].source {
			return keys[i].source < keys[j].source
		}
		return keys[i].kind < keys[j].kind
	})
	colourOf := map[string]string{}
	for _, k := range keys {
		colour, seen := colourOf[k.source]
		if !seen {
			colour = sourceColours[len(colourOf)%len(sourceColours)]
			colourOf[k.source] = colour
		}
		v.drawSeries(k, bySeries[k], total[k], colour, c.Unit, sx, sy)
	}

	// The figure the verdict names gets a ring, so the editor sees which point was used.
	if r.RefValue != nil && r.RefPeriod != "" {
		if x, g, ok := periodPosition(r.RefPeriod); ok && g == grain {
			v.Rings = append(v.Rings, chartPoint{sx(x), sy(*r.RefValue)})
		}
	}

	// The claim sits just left of its period, so that it never hides the estimate it matches.
	v.Claim = chartClaim{X: sx(claimX) - claimOffset, Y: sy(c.Value), Label: "claim " + claimValue(c), Colour: verdictColour(r.Verdict)}
	top, bottom := iv.hi, iv.lo
	if math.IsInf(top, 1) || top > yMax {
		top, v.Claim.OpenTop = yMax, math.IsInf(iv.hi, 1)
	}
	if math.IsInf(bottom, -1) || bottom < yMin {
		bottom, v.Claim.OpenBottom = yMin, math.IsInf(iv.lo, -1)
	}
	v.Claim.Top, v.Claim.Bottom = sy(top), sy(bottom)

	v.Title = chartTitle(r, tol.Names, iv, v.Legend, grain, dataMin, dataMax)
	return v, true
}

// inverted returns the history with each rate turned the other way round (units per dollar
// into dollars per unit), for a claim quoted the other way.
func inverted(history []reference.Observation) []reference.Observation {
	out := make([]reference.Observation, 0, len(history))
	for _, o := range history {
		if o.Value != 0 {
			o.Value = 1 / o.Value
			out = append(out, o)
		}
	}
	return out
}

// basis picks the basis of the series to draw: the claim's when the history has it, else
// that of the figures for the claim's own period, so that a quarter-on-quarter line is not
// drawn through year-on-year figures.
func (s *chartSeries) basis(c extract.Claim) string {
	if c.Basis != "" && c.Basis != extract.BasisUnknown && s.bases[c.Basis] {
		return c.Basis
	}
	if atPeriod := s.firstBasis[c.Period]; atPeriod != "" {
		return atPeriod
	}
	if len(s.bases) == 1 {
		return ""
	}
	for _, b := range []string{extract.BasisAnnual, extract.BasisYoY} {
		if s.bases[b] {
			return b
		}
	}
	return ""
}

// maxChartReleases is how many releases of a source a chart shows at most: the latest ones,
// and the release the verdict used besides. A real-time data set publishes every quarter the
// whole series again, so a chart of its quarters drew a hundred releases or more, each a
// faint line and a crowd of earlier estimates, and a page of such claims weighed a thousand
// times its article. Twelve are three years of quarterly vintages, about the window of a
// quarterly chart, so the revisions of the periods in view are still drawn; the caption then
// says how many of the releases it shows. Ordinary series (WDI's yearly releases, an agency's
// first estimate and revisions) have fewer and are drawn whole.
const maxChartReleases = 12

// latestReleases keeps, of one source's figures in a chart's window, those of its latest
// maxChartReleases releases and of the release the verdict used, with the current figure of
// every period whatever its release, so that the heavy line is the same; total is the number
// of releases in the window. figures stay in their order.
func latestReleases(figures []figure, k seriesKey, r checks.Result) (kept []figure, total int) {
	type releaseKey struct{ release, label string }
	var releases []releaseKey
	seen := map[releaseKey]bool{}
	current := map[string]int{} // period → its last figure
	for i, f := range figures {
		rk := releaseKey{f.release, f.label}
		if !seen[rk] {
			seen[rk] = true
			releases = append(releases, rk)
		}
		current[f.period] = i
	}
	if len(releases) <= maxChartReleases {
		return figures, len(releases)
	}
	sort.Slice(releases, func(i, j int) bool {
		if releases[i].release != releases[j].release {
			return releases[i].release < releases[j].release
		}
		return releases[i].label < releases[j].label
	})
	show := map[releaseKey]bool{}
	for _, rk := range releases[len(releases)-maxChartReleases:] {
		show[rk] = true
	}
	used := k.source == r.RefSource && r.RefRelease != ""
	kept = make([]figure, 0, maxChartReleases*len(current))
	for i, f := range figures {
		if show[releaseKey{f.release, f.label}] || current[f.period] == i || used && f.release == r.RefRelease {
			kept = append(kept, f)
		}
	}
	return kept, len(releases)
}

// span is a closed interval; open ends are ±Inf.
type span struct{ lo, hi float64 }

// drawnInterval is the set of values a claim stands for, exactly as checks judges it.
func drawnInterval(c extract.Claim, tol checks.Options) span {
	lo, hi := checks.Interval(c, tol)
	return span{lo, hi}
}

func extent(values []float64) (lo, hi float64) {
	lo, hi = values[0], values[0]
	for _, x := range values[1:] {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	if lo == hi {
		d := math.Max(math.Abs(lo)*0.05, 0.5)
		if math.Abs(lo) >= 1e6 {
			d = math.Abs(lo) * 0.02
		}
		lo, hi = lo-d, hi+d
	}
	return lo, hi
}

// niceTicks returns about n round values (1, 2 or 5 times a power of ten apart) that cover
// [lo, hi].
func niceTicks(lo, hi float64, n int) []float64 {
	raw := (hi - lo) / float64(n-1)
	magnitude := math.Pow(10, math.Floor(math.Log10(raw)))
	step := magnitude * 10
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*magnitude {
			step = m * magnitude
			break
		}
	}
	first := math.Floor(lo/step) * step
	var ticks []float64
	for t := first; t < hi+step*0.999; t += step {
		ticks = append(ticks, roundSignificant(t, 12))
	}
	if len(ticks) < 2 {
		ticks = append(ticks, roundSignificant(first+step, 12))
	}
	return ticks
}

func roundSignificant(x float64, digits int) float64 {
	if x == 0 {
		return 0
	}
	scale := math.Pow(10, float64(digits)-math.Ceil(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}

// axisNumber labels a value tick: "4%", "−0.5%", "124M", "$2.1T"; all ticks of an axis
// share the scale of the largest, so that they read as one series.
func axisNumber(x float64, unit string, ticks []float64) string {
	largest := 0.0
	for _, t := range ticks {
		largest = math.Max(largest, math.Abs(t))
	}
	text := ""
	scaled := false
	for _, s := range []struct {
		size float64
		name string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "k"}} {
		if largest >= s.size*10 || (s.size >= 1e6 && largest >= s.size) {
			text = FormatNumber(roundSignificant(x/s.size, 6)) + s.name
			scaled = true
			break
		}
	}
	if !scaled {
		text = FormatNumber(x)
	}
	text = strings.Replace(text, "-", "−", 1)
	switch {
	case unit == extract.UnitPercent:
		return text + "%"
	case unit == extract.UnitPP:
		return text + "pp"
	case extract.IsCurrency(unit):
		if symbol, ok := currencySymbols[unit]; ok {
			if strings.HasPrefix(text, "−") {
				return "−" + symbol + strings.TrimPrefix(text, "−")
			}
			return symbol + text
		}
	}
	return text
}

// periodTicks labels the time axis with at most chartMaxTick periods.
func periodTicks(grain periodGrain, from, to float64, sx func(float64) float64) []chartTick {
	perYear := map[periodGrain]float64{grainHalf: 2, grainQuarter: 4, grainMonth: 12}[grain]
	if perYear == 0 {
		perYear = 1
	}
	count := int(math.Round((to-from)*perYear)) + 1
	every := (count + chartMaxTick - 1) / chartMaxTick
	var ticks []chartTick
	for i := 0; i < count; i += every {
		x := from + float64(i)/perYear
		ticks = append(ticks, chartTick{sx(x), periodLabel(grain, x)})
	}
	return ticks
}

func periodLabel(grain periodGrain, x float64) string {
	year := int(math.Floor(x + 1e-9))
	frac := x - float64(year)
	switch grain {
	case grainFiscalYear:
		return fmt.Sprintf("FY%d", year)
	case grainHalf:
		return fmt.Sprintf("%d H%d", year, int(math.Round(frac*2))+1)
	case grainQuarter:
		return fmt.Sprintf("%d Q%d", year, int(math.Round(frac*4))+1)
	case grainMonth:
		return fmt.Sprintf("%d-%02d", year, int(math.Round(frac*12))+1)
	}
	return strconv.Itoa(year)
}

// chartTitle describes the chart for screen readers and as a tooltip.
func chartTitle(r checks.Result, names map[string]string, iv span, legend []chartLegend, grain periodGrain, from, to float64) string {
	releases, of := 0, 0
	sources := make([]string, len(legend))
	for i, l := range legend {
		releases += l.Releases
		of += l.Of
		sources[i] = l.Source
	}
	shown := plural(releases, "release")
	if of > releases {
		shown = fmt.Sprintf("%d of %d releases", releases, of)
	}
	entity := r.Claim.Entity
	if name := names[entity]; name != "" {
		entity = name
	}
	what := joinNonEmpty(" ", entity+"'s", checks.IndicatorName(r.Claim.Indicator))
	return fmt.Sprintf("%s, %s to %s: %s from %s; the claim, %s for %s, stands for %s.",
		what, periodLabel(grain, from), periodLabel(grain, to), shown,
		strings.Join(sources, ", "), claimValue(r.Claim), r.Claim.Period, intervalText(iv, r.Claim.Unit))
}

// intervalText: "3.55 to 3.65", "at least 2", "at most 5".
func intervalText(iv span, unit string) string {
	show := func(x float64) string { return humanQuantity(roundTo(x, 4), unit) }
	switch {
	case math.IsInf(iv.lo, -1) && math.IsInf(iv.hi, 1):
		return "any value"
	case math.IsInf(iv.hi, 1):
		return "at least " + show(iv.lo)
	case math.IsInf(iv.lo, -1):
		return "at most " + show(iv.hi)
	}
	return show(iv.lo) + " to " + show(iv.hi)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// num prints a coordinate without float noise or a needless ".0".
func num(x float64) string { return strconv.FormatFloat(round1(x), 'f', -1, 64) }

// PlotRight is the x of the plot's right edge.
func (v chartView) PlotRight() float64 { return round1(v.Plot.X + v.Plot.W) }

// YLabelX is where value labels end, just left of the plot.
func (v chartView) YLabelX() float64 { return v.Plot.X - 4 }

// XLabelY is the baseline of the period labels, under the plot.
func (v chartView) XLabelY() float64 { return round1(v.Plot.Y + v.Plot.H + 15) }

// claimBand is the half-width of the bar that shows the claimed interval; claimOffset is
// how far left of its period the claim is drawn.
const (
	claimBand   = 5
	claimOffset = 8
)

func (c chartClaim) BandX() float64     { return round1(c.X - claimBand) }
func (c chartClaim) BandWidth() float64 { return 2 * claimBand }
func (c chartClaim) BandHeight() float64 {
	return round1(math.Max(c.Bottom-c.Top, 1.5)) // a narrow interval still shows
}

// Diamond marks the claimed value.
func (c chartClaim) Diamond() string {
	return fmt.Sprintf("M%s %sL%s %sL%s %sL%s %sZ", num(c.X), num(c.Y-6), num(c.X+6), num(c.Y),
		num(c.X), num(c.Y+6), num(c.X-6), num(c.Y))
}

// TopArrow and BottomArrow show an interval that runs on past the plot ("more than 3%").
func (c chartClaim) TopArrow() string {
	return fmt.Sprintf("M%s %sL%s %sL%s %sZ", num(c.X-claimBand), num(c.Top+6), num(c.X), num(c.Top),
		num(c.X+claimBand), num(c.Top+6))
}

func (c chartClaim) BottomArrow() string {
	return fmt.Sprintf("M%s %sL%s %sL%s %sZ", num(c.X-claimBand), num(c.Bottom-6), num(c.X), num(c.Bottom),
		num(c.X+claimBand), num(c.Bottom-6))
}

// drawSeries adds one source's figures of one kind: the current series as a heavy line, each
// earlier release that differs from it as a faint line, and each superseded estimate as a
// hollow point joined to the figure that replaced it. figures come in the history's order,
// by period and then by release, so the last figure of a period is its current one.
func (v *chartView) drawSeries(k seriesKey, figures []figure, total int, colour, unit string, sx, sy func(float64) float64) {
	current := map[string]figure{}
	var periods []string
	type releaseKey struct{ release, label string }
	byRelease := map[releaseKey][]figure{}
	var releases []releaseKey
	for _, f := range figures {
		if _, seen := current[f.period]; !seen {
			periods = append(periods, f.period)
		}
		current[f.period] = f
		rk := releaseKey{f.release, f.label}
		if _, seen := byRelease[rk]; !seen {
			releases = append(releases, rk)
		}
		byRelease[rk] = append(byRelease[rk], f)
	}
	sort.Slice(releases, func(i, j int) bool {
		if releases[i].release != releases[j].release {
			return releases[i].release < releases[j].release
		}
		return releases[i].label < releases[j].label
	})
	show := func(x float64) string { return humanQuantity(roundTo(x, 2), unit) }
	dashed := k.kind == "projection"
	name := k.source
	if dashed {
		name += " projections"
	}

	var cur []figure
	for _, p := range periods {
		cur = append(cur, current[p])
	}
	sort.Slice(cur, func(i, j int) bool { return cur[i].x < cur[j].x })
	line := chartLine{Colour: colour, Current: true, Dashed: dashed, Tooltip: name + ": the latest figure of each period"}
	var xs, ys []float64
	for _, f := range cur {
		xs, ys = append(xs, sx(f.x)), append(ys, sy(f.value))
		line.Points = append(line.Points, chartMark{sx(f.x), sy(f.value),
			fmt.Sprintf("%s, %s: %s (%s)", name, f.period, show(f.value), joinNonEmpty(", ", f.label, f.release))})
	}
	line.Path = polyline(xs, ys)
	var vintages []chartLine
	drawn := map[[2]float64]bool{}
	for _, rk := range releases {
		fs := byRelease[rk]
		differs := false
		for _, f := range fs {
			now := current[f.period]
			// A revision too small to see apart from the current point (WDI's third decimals)
			// would only hide it.
			if now.release == f.release && now.label == f.label || math.Abs(sy(now.value)-sy(f.value)) < minRevisionGap {
				continue
			}
			differs = true
			at := [2]float64{f.x, f.value}
			if drawn[at] {
				continue
			}
			drawn[at] = true
			v.Revisions = append(v.Revisions, chartRevision{X: sx(f.x), Y: sy(f.value), ToY: sy(now.value), Colour: colour,
				Title: fmt.Sprintf("%s, %s: %s in %s, revised to %s in %s",
					name, f.period, show(f.value), joinNonEmpty(" of ", f.label, f.release), show(now.value), joinNonEmpty(" of ", now.label, now.release))})
		}
		if !differs || len(fs) < 2 {
			continue
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].x < fs[j].x })
		xs, ys = xs[:0], ys[:0]
		for _, f := range fs {
			xs, ys = append(xs, sx(f.x)), append(ys, sy(f.value))
		}
		vintages = append(vintages, chartLine{Colour: colour, Dashed: dashed, Path: polyline(xs, ys),
			Tooltip: joinNonEmpty(", ", name, rk.label, "released "+rk.release)})
	}
	// Faint lines first, so that the current series is drawn over them.
	v.Lines = append(append(vintages, v.Lines...), line)
	latest := ""
	if len(releases) > 0 {
		latest = releases[len(releases)-1].release
	}
	v.Legend = append(v.Legend, chartLegend{Colour: colour, Source: name, Releases: len(releases), Of: max(total, len(releases)), Latest: latest, Dashed: dashed})
}

// minRevisionGap is the least distance, in user units, at which an earlier estimate is drawn
// apart from the figure that replaced it.
const minRevisionGap = 2.5

// polyline is SVG path data through the points; "" for fewer than two.
func polyline(xs, ys []float64) string {
	if len(xs) < 2 {
		return ""
	}
	var b strings.Builder
	for i := range xs {
		if i == 0 {
			b.WriteByte('M')
		} else {
			b.WriteByte('L')
		}
		b.WriteString(num(xs[i]))
		b.WriteByte(' ')
		b.WriteString(num(ys[i]))
	}
	return b.String()
}
