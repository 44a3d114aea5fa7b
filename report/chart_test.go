package report

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/reference"
)

func TestPeriodPosition(t *testing.T) {
	tests := []struct {
		period string
		x      float64
		grain  periodGrain
		ok     bool
	}{
		{"2023", 2023, grainYear, true},
		{"FY2004", 2004, grainFiscalYear, true},
		{"2023-Q1", 2023, grainQuarter, true},
		{"2023-Q3", 2023.5, grainQuarter, true},
		{"2023-H2", 2023.5, grainHalf, true},
		{"2023-07", 2023.5, grainMonth, true},
		{"2026-03-06", 0, grainNone, false},
		{"2023-Q5", 0, grainNone, false},
		{"2023-13", 0, grainNone, false},
		{"FY2004-Q1", 0, grainNone, false},
		{"", 0, grainNone, false},
		{"abcd", 0, grainNone, false},
	}
	for _, tt := range tests {
		x, grain, ok := periodPosition(tt.period)
		if ok != tt.ok || grain != tt.grain || math.Abs(x-tt.x) > 1e-9 {
			t.Errorf("periodPosition(%q) = %v, %v, %v; want %v, %v, %v", tt.period, x, grain, ok, tt.x, tt.grain, tt.ok)
		}
	}
}

func TestNiceTicksCoverTheRangeWithRoundSteps(t *testing.T) {
	tests := []struct {
		lo, hi float64
		want   []float64
	}{
		{-4.2, 5.9, []float64{-5, 0, 5, 10}},
		{-4.2, 5.4, []float64{-5, -2.5, 0, 2.5, 5, 7.5}},
		{0.1, 0.9, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}},
		{122e6, 128e6, []float64{122e6, 124e6, 126e6, 128e6}},
	}
	for _, tt := range tests {
		got := niceTicks(tt.lo, tt.hi, 5)
		if len(got) != len(tt.want) {
			t.Errorf("niceTicks(%v, %v) = %v, want %v", tt.lo, tt.hi, got, tt.want)
			continue
		}
		for i := range got {
			if math.Abs(got[i]-tt.want[i]) > 1e-9*math.Max(1, math.Abs(tt.want[i])) {
				t.Errorf("niceTicks(%v, %v) = %v, want %v", tt.lo, tt.hi, got, tt.want)
				break
			}
		}
	}
}

func TestAxisNumber(t *testing.T) {
	tests := []struct {
		x     float64
		unit  string
		ticks []float64
		want  string
	}{
		{-2.5, "percent", []float64{-5, 0, 5}, "−2.5%"},
		{124e6, "person", []float64{122e6, 124e6}, "124M"},
		{2.1e12, "USD", []float64{2e12, 2.1e12}, "$2.1T"},
		{0, "pp", []float64{-1, 0, 1}, "0pp"},
	}
	for _, tt := range tests {
		if got := axisNumber(tt.x, tt.unit, tt.ticks); got != tt.want {
			t.Errorf("axisNumber(%v, %q) = %q, want %q", tt.x, tt.unit, got, tt.want)
		}
	}
}

// oneFigure is a reference table with a single release of a single figure.
type oneFigure reference.Observation

func (f oneFigure) Observations(entity, indicator, period string) ([]reference.Observation, error) {
	return []reference.Observation{reference.Observation(f)}, nil
}

func (f oneFigure) Events(target, eventType string) ([]reference.Event, error) { return nil, nil }

// The chart draws the interval a claim stands for; it must be the one the judge used, or an
// editor would see a figure inside the bar of a claim judged inconsistent.
func TestDrawnIntervalIsTheOneTheJudgeUses(t *testing.T) {
	claim := func(value, step float64, qualifier string) extract.Claim {
		return extract.Claim{Value: value, Step: step, Unit: "percent", Qualifier: qualifier, Indicator: "gdp_growth",
			Entity: "RUS", Period: "2023", Basis: "annual", Kind: "actual", PeriodExplicit: true}
	}
	rangeClaim := claim(3, 1, "exact")
	rangeClaim.ValueMax = ptr(4)
	tests := []struct {
		name  string
		claim extract.Claim
	}{
		{"an exact figure", claim(3.6, 0.1, "exact")},
		{"about a round figure", claim(4, 1, "approx")},
		{"about a precise figure", claim(3.6, 0.1, "approx")},
		{"nearly", claim(4, 1, "nearly")},
		{"more than", claim(2, 1, "more_than")},
		{"less than", claim(5, 1, "less_than")},
		{"a fall of more than", claim(-2, 1, "more_than")},
		{"a range", rangeClaim},
	}
	published := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	opts := checks.DefaultOptions()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv := drawnInterval(tt.claim, opts)
			for _, end := range []float64{iv.lo, iv.hi} {
				if math.IsInf(end, 0) {
					continue
				}
				nudge := 1e-6 * math.Max(1, math.Abs(end))
				for _, probe := range []struct {
					value  float64
					inside bool
				}{{end - nudge, end-nudge >= iv.lo}, {end + nudge, end+nudge <= iv.hi}} {
					ref := oneFigure{Entity: "RUS", Indicator: "gdp_growth", Period: "2023", Basis: "annual",
						Value: probe.value, Kind: "actual", Source: "World Bank WDI", Release: "2024-07-01"}
					r, err := checks.Judge(tt.claim, published, ref, opts)
					if err != nil {
						t.Fatal(err)
					}
					if judgedInside := r.Verdict == checks.Consistent; judgedInside != probe.inside {
						t.Errorf("reference %v: drawn interval [%v, %v] says inside=%v, the judge says %s",
							probe.value, iv.lo, iv.hi, probe.inside, r.Verdict)
					}
				}
			}
		})
	}
}

func TestBuildChart(t *testing.T) {
	obs := func(source, release, label, period string, value float64, kind string) reference.Observation {
		return reference.Observation{Entity: "RUS", Indicator: "gdp_growth", Period: period, Basis: "annual",
			Value: value, Kind: kind, Source: source, Release: release, Label: label}
	}
	history := []reference.Observation{
		obs("World Bank WDI", "2024-07-01", "WDI 2024", "2021", 5.6, "actual"),
		obs("World Bank WDI", "2025-07-01", "WDI 2025", "2021", 5.9, "actual"),
		obs("World Bank WDI", "2024-07-01", "WDI 2024", "2022", -2.1, "actual"),
		obs("World Bank WDI", "2025-07-01", "WDI 2025", "2022", -1.2, "actual"),
		obs("Rosstat", "2024-02-07", "first estimate", "2023", 3.6, "actual"),
		obs("Rosstat", "2025-02-07", "revision", "2023", 4.1, "actual"),
		obs("World Bank WDI", "2025-07-01", "WDI 2025", "2023", 4.07, "actual"),
		obs("Ministry", "2023-10-01", "forecast", "2024", 3.9, "projection"),
		obs("World Bank WDI", "2025-07-01", "WDI 2025", "2000", 10, "actual"), // out of the window
		obs("World Bank WDI", "2025-07-01", "WDI 2025", "2023-Q1", 2, "actual"),
	}
	claim := extract.Claim{Value: 3.6, Step: 0.1, Unit: "percent", Qualifier: "exact", Indicator: "gdp_growth",
		Entity: "RUS", Period: "2023", Basis: "annual", Kind: "actual"}
	outdated := checks.Result{Claim: claim, Verdict: checks.Outdated, RefValue: ptr(4.1), RefPeriod: "2023"}

	t.Run("each source draws its current series and marks its revisions", func(t *testing.T) {
		v, ok := buildChart(outdated, history, checks.Options{Names: map[string]string{"RUS": "Russia"}})
		if !ok {
			t.Fatal("no chart")
		}
		var current []string
		for _, l := range v.Lines {
			if l.Current {
				current = append(current, l.Tooltip)
			}
		}
		if len(current) != 2 || !strings.HasPrefix(current[0], "Rosstat") || !strings.HasPrefix(current[1], "World Bank WDI") {
			t.Errorf("current series = %q, want Rosstat's and WDI's", current)
		}
		// WDI's 2021 and 2022 and Rosstat's 2023 were revised; the WDI 2024 release also
		// differs as a whole, so it is drawn faint.
		if len(v.Revisions) != 3 {
			t.Errorf("%d revisions, want 3: %+v", len(v.Revisions), v.Revisions)
		}
		vintages := 0
		for _, l := range v.Lines {
			if !l.Current {
				vintages++
			}
		}
		if vintages != 1 {
			t.Errorf("%d faint earlier releases, want WDI 2024's", vintages)
		}
		if len(v.Legend) != 2 || v.Legend[0].Releases != 2 || v.Legend[1].Latest != "2025-07-01" {
			t.Errorf("legend = %+v", v.Legend)
		}
		if len(v.Rings) != 1 {
			t.Errorf("%d rings, want the reference figure's", len(v.Rings))
		}
		if !strings.Contains(v.Title, "Russia's GDP growth") || !strings.Contains(v.Title, "3.55% to 3.65%") {
			t.Errorf("title %q lacks the series or the claimed interval", v.Title)
		}
		if v.Claim.Top > v.Claim.Bottom || v.Claim.Y < v.Plot.Y || v.Claim.Y > v.Plot.Y+v.Plot.H {
			t.Errorf("claim drawn outside its interval or the plot: %+v", v.Claim)
		}
		for _, tick := range v.XTicks {
			if tick.Label == "2000" || strings.Contains(tick.Label, "Q") {
				t.Errorf("tick %q: a period out of the window or of another grain", tick.Label)
			}
		}
		for _, l := range v.Lines {
			if l.Dashed {
				t.Error("an outturn is drawn with projections")
			}
		}
	})
	t.Run("a forecast is drawn with the projections", func(t *testing.T) {
		forecast := claim
		forecast.Period, forecast.Kind, forecast.Value = "2024", "forecast", 3.9
		v, ok := buildChart(checks.Result{Claim: forecast, Verdict: checks.Consistent}, history, checks.Options{})
		if !ok {
			t.Fatal("no chart")
		}
		dashed := 0
		for _, l := range v.Lines {
			if l.Dashed {
				dashed++
			}
		}
		if dashed != 1 {
			t.Errorf("%d projection series, want the ministry's", dashed)
		}
	})
	t.Run("as of a date, later releases are not drawn", func(t *testing.T) {
		v, ok := buildChart(outdated, history, checks.Options{AsOf: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)})
		if !ok {
			t.Fatal("no chart")
		}
		for _, l := range v.Legend {
			if l.Latest > "2024-12-31" {
				t.Errorf("%s drawn with its release of %s", l.Source, l.Latest)
			}
		}
	})
	t.Run("a more-than claim runs off the top of the plot", func(t *testing.T) {
		more := outdated
		more.Claim.Qualifier = "more_than"
		v, _ := buildChart(more, history, checks.Options{})
		if !v.Claim.OpenTop || v.Claim.OpenBottom || v.Claim.Top != v.Plot.Y {
			t.Errorf("claim = %+v, want an interval open at the top", v.Claim)
		}
	})
	t.Run("a rate quoted the other way is drawn against the inverted series", func(t *testing.T) {
		fx := func(period string, eurPerDollar float64) reference.Observation {
			return reference.Observation{Entity: "EMU", Indicator: "exchange_rate", Period: period, Basis: "level",
				Value: eurPerDollar, Kind: "actual", Source: "Federal Reserve Board", Release: "2024-01-02"}
		}
		rates := []reference.Observation{fx("2022", 0.951), fx("2023", 0.925)}
		euro := checks.Result{Claim: extract.Claim{Value: 1.08, Step: 0.01, Unit: "USD/EUR", Qualifier: "exact", Indicator: "exchange_rate",
			Entity: "EMU", Period: "2023", Kind: "actual"}, Verdict: checks.Consistent, RefValue: ptr(1.081), RefPeriod: "2023"}
		v, ok := buildChart(euro, rates, checks.Options{})
		if !ok {
			t.Fatal("no chart")
		}
		for _, tick := range v.YTicks {
			if x, err := strconv.ParseFloat(strings.TrimPrefix(tick.Label, "$"), 64); err == nil && x < 1 {
				t.Errorf("tick %q: the axis is in euros per dollar, not the claim's dollars per euro", tick.Label)
			}
		}
		if v.Claim.Top < v.Plot.Y || v.Claim.Bottom > v.Plot.Y+v.Plot.H {
			t.Errorf("the claim's band %+v lies off the plot %+v", v.Claim, v.Plot)
		}
	})
	noChart := []struct {
		name string
		r    checks.Result
		h    []reference.Observation
	}{
		{"a date has no series", checks.Result{Claim: extract.Claim{Unit: "date", Indicator: "sanctions_imposed", Entity: "RUS", Period: "2014"}}, history},
		{"no history", outdated, nil},
		{"nothing near the period", checks.Result{Claim: extract.Claim{Value: 1, Unit: "percent", Indicator: "gdp_growth", Entity: "RUS", Period: "1980"}}, history},
		{"a period off the time axis", checks.Result{Claim: extract.Claim{Value: 1, Unit: "percent", Indicator: "gdp_growth", Entity: "RUS", Period: "2023-03-01"}}, history},
	}
	for _, tt := range noChart {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := buildChart(tt.r, tt.h, checks.Options{}); ok {
				t.Error("a chart was drawn")
			}
		})
	}
}
