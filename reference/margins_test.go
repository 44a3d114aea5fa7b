package reference

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// revisionTestData are three releases of one office: Russia's growth for 2019 first put at
// 1.3 (two months after the year), then 2.0, then 2.2; for 2020 first -3.0, then -2.7; the
// United States' 2019 figure dropped from the latest release; a GDP level raised by 10%; and
// a projection, which is never measured.
const revisionTestData = `entity,indicator,period,basis,value,kind,source,release_date
RUS,gdp_growth,2019,annual,1.3,actual,Revision Test Office,2020-03-01
USA,gdp_growth,2019,annual,2.3,actual,Revision Test Office,2020-03-01
RUS,gdp,2019,annual,100000000000,actual,Revision Test Office,2020-03-01
RUS,gdp_growth,2019,annual,2.0,actual,Revision Test Office,2021-03-01
RUS,gdp_growth,2020,annual,-3.0,actual,Revision Test Office,2021-03-01
RUS,gdp_growth,2025,annual,1.0,projection,Revision Test Office,2021-03-01
RUS,gdp_growth,2019,annual,2.2,actual,Revision Test Office,2024-03-01
RUS,gdp_growth,2020,annual,-2.7,actual,Revision Test Office,2024-03-01
RUS,gdp_growth,2025,annual,1.5,projection,Revision Test Office,2024-03-01
RUS,gdp,2019,annual,110000000000,actual,Revision Test Office,2024-03-01
`

func revisionStore(t *testing.T) *Store {
	t.Helper()
	s := emptyStore(t)
	if _, err := s.Import(context.Background(), "revisions.csv", strings.NewReader(revisionTestData), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMeasureRevisionsByIndicatorAndAge(t *testing.T) {
	s := revisionStore(t)
	got, err := s.MeasureRevisions()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name           string
		indicator, age string
		unit           string
		figures        int
		revised        int
		median, max    float64
	}{
		{"growth first estimates moved 0.9 and 0.3 points by the latest release", "gdp_growth", "<1y", "pp", 2, 2, 0.3, 0.9},
		{"the 2019 figure a year later moved 0.2 points", "gdp_growth", "1-2y", "pp", 1, 1, 0.2, 0.2},
		{"a level's move is a percent of the earlier figure", "gdp", "<1y", "%", 1, 1, 10, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := got.Cell(tt.indicator, tt.age)
			if !ok {
				t.Fatalf("no cell for %s %s in %+v", tt.indicator, tt.age, got.Cells)
			}
			if c.Unit != tt.unit || c.Figures != tt.figures || c.Revised != tt.revised {
				t.Errorf("unit %s, %d figures, %d revised; want %s, %d, %d", c.Unit, c.Figures, c.Revised, tt.unit, tt.figures, tt.revised)
			}
			if !closeTo(c.Percentile(50), tt.median) || !closeTo(c.Percentile(100), tt.max) {
				t.Errorf("median %v max %v, want %v and %v", c.Percentile(50), c.Percentile(100), tt.median, tt.max)
			}
			if !reflect.DeepEqual(c.Sources, []string{"Revision Test Office"}) {
				t.Errorf("sources %q", c.Sources)
			}
		})
	}
	if len(got.Cells) != len(tests) {
		t.Errorf("%d cells, want %d (projections and figures missing from the latest release are not measured): %+v", len(got.Cells), len(tests), got.Cells)
	}
	if got.Fingerprint == "" {
		t.Error("no fingerprint")
	}
}

func closeTo(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRevisionCellPercentileInterpolates(t *testing.T) {
	c := RevisionCell{Quantiles: make([]float64, 101)}
	for p := range c.Quantiles {
		c.Quantiles[p] = float64(p) / 10
	}
	for _, tt := range []struct{ p, want float64 }{{95, 9.5}, {97.5, 9.75}, {100, 10}, {0, 0}, {120, 10}, {-3, 0}} {
		if got := c.Percentile(tt.p); !closeTo(got, tt.want) {
			t.Errorf("Percentile(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if got := (RevisionCell{}).Percentile(95); got != 0 {
		t.Errorf("empty cell: %v", got)
	}
}

func TestPeriodEndAndAgeBuckets(t *testing.T) {
	day := func(s string) time.Time {
		d, _ := time.Parse("2006-01-02", s)
		return d
	}
	for _, tt := range []struct {
		period string
		end    time.Time
		ok     bool
	}{
		{"2023", day("2023-12-31"), true},
		{"FY2004", day("2004-12-31"), true},
		{"2023-Q1", day("2023-03-31"), true},
		{"2024-Q4", day("2024-12-31"), true},
		{"2023-H1", day("2023-06-30"), true},
		{"2024-02", day("2024-02-29"), true},
		{"2023-Q5", time.Time{}, false},
		{"2023-13", time.Time{}, false},
		{"2021/2023", time.Time{}, false},
		{"", time.Time{}, false},
		{"abcd", time.Time{}, false},
	} {
		end, ok := PeriodEnd(tt.period)
		if ok != tt.ok || !end.Equal(tt.end) {
			t.Errorf("PeriodEnd(%q) = %v %v, want %v %v", tt.period, end, ok, tt.end, tt.ok)
		}
	}
	for _, tt := range []struct {
		age  float64
		want string
	}{{0, "<1y"}, {0.99, "<1y"}, {1, "1-2y"}, {4.9, "2-5y"}, {5, "5y+"}, {40, "5y+"}, {-0.1, "<1y"}} {
		if got := BucketOf(tt.age); got != tt.want {
			t.Errorf("BucketOf(%v) = %s, want %s", tt.age, got, tt.want)
		}
	}
}

func TestRevisionMoveIgnoresDigitsNoise(t *testing.T) {
	for _, tt := range []struct {
		before, after float64
		relative      bool
		want          float64
	}{
		{4.1, 3.6, false, 0.5},
		{4.066613958, 4.0666139, false, 0},
		{100, 110, true, 10},
		{100, 100.0000001, true, 0},
		{-2, -2.5, false, 0.5},
	} {
		if got := revisionMove(tt.before, tt.after, tt.relative); !closeTo(got, tt.want) {
			t.Errorf("revisionMove(%v, %v, %v) = %v, want %v", tt.before, tt.after, tt.relative, got, tt.want)
		}
	}
	if got := revisionMove(0, 1, true); !math.IsNaN(got) {
		t.Errorf("a relative move from 0 = %v, want NaN", got)
	}
}

func TestCachedRevisionsFollowTheData(t *testing.T) {
	s := revisionStore(t)
	dir := t.TempDir()
	first, err := s.CachedRevisions(dir)
	if err != nil {
		t.Fatal(err)
	}
	cached := filepath.Join(dir, "revisions-"+first.Fingerprint+".json")
	if _, err := os.Stat(cached); err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	again, err := s.CachedRevisions(dir)
	if err != nil || !reflect.DeepEqual(again, first) {
		t.Fatalf("read back %+v (%v), want %+v", again, err, first)
	}

	// An import changes the fingerprint, and the revisions are measured anew.
	more := "entity,indicator,period,basis,value,kind,source,release_date\nRUS,gdp_growth,2019,annual,9.9,actual,Another Office,2022-01-01\nRUS,gdp_growth,2019,annual,1.9,actual,Another Office,2023-01-01\n"
	if _, err := s.Import(context.Background(), "more.csv", strings.NewReader(more), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	after, err := s.CachedRevisions(dir)
	if err != nil {
		t.Fatal(err)
	}
	if after.Fingerprint == first.Fingerprint {
		t.Fatal("the fingerprint did not change with an import")
	}
	c, _ := after.Cell("gdp_growth", "2-5y")
	if c.Figures != 1 || !closeTo(c.Percentile(100), 8) {
		t.Errorf("another office's revision of 8 points at two years old not measured: %+v", after.Cells)
	}

	// A damaged cache file is measured again, not trusted.
	damaged := filepath.Join(dir, "revisions-"+after.Fingerprint+".json")
	if err := os.WriteFile(damaged, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	remeasured, err := s.CachedRevisions(dir)
	if err != nil || !reflect.DeepEqual(remeasured, after) {
		t.Errorf("with a damaged cache: %+v (%v), want %+v", remeasured, err, after)
	}
}

func TestMeasureRevisionsOfTheDefaultData(t *testing.T) {
	got, err := defaultStore.MeasureRevisions()
	if err != nil {
		t.Fatal(err)
	}
	// The six WDI editions measure GDP growth and inflation at every age, on hundreds of
	// figures or more each.
	for _, indicator := range []string{"gdp_growth", "inflation"} {
		for _, b := range AgeBuckets {
			c, ok := got.Cell(indicator, b.Name)
			if !ok || c.Figures < 100 || !strings.Contains(strings.Join(c.Sources, ","), "World Bank WDI") {
				t.Errorf("%s %s: %+v", indicator, b.Name, c)
			}
		}
	}
}
