package reference

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"strconv"
	"testing"
	"testing/fstest"

	"github.com/factcheck/factcheck/data"
)

func TestGrowthIsDerivedWithinOneVintage(t *testing.T) {
	levels := map[int]float64{0: 100, 1: 101, 2: 0, 3: 102, 4: 104}
	tests := []struct {
		name  string
		basis growthBasis
		at    int
		want  float64
		ok    bool
	}{
		{"q/q is the change from the quarter before", qoqGrowth, 1, 1, true},
		{"annualised q/q compounds the quarter's change over four", annualisedGrowth, 1, 4.0604, true},
		{"y/y compares with four quarters before", yoyQuarterGrowth, 4, 4, true},
		{"annual growth compares with the year before", annualGrowth, 4, 1.9608, true},
		{"no growth from a level that is not positive", qoqGrowth, 3, 0, false},
		{"no growth without the level before", qoqGrowth, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.basis.growth(levels, tt.at)
			if ok != tt.ok || got != tt.want {
				t.Errorf("growth = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestReleaseDatesOfQuartersAndMonths(t *testing.T) {
	tests := []struct{ name, period, want string }{
		{"a month's figure is out by the end of the next month", "2023-07", "2023-08-31"},
		{"December's by the end of January", "2023-12", "2024-01-31"},
		{"a year's by the end of the next January", "2024", "2025-01-31"},
		{"February in a leap year", "2024-01", "2024-02-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, err := monthAfter(tt.period); err != nil || got != tt.want {
				t.Errorf("monthAfter(%s) = %q, %v; want %s", tt.period, got, err, tt.want)
			}
		})
	}
	for period, want := range map[string]string{"2005-Q1": "2005-03-31", "2024-Q4": "2024-12-31", "2000-Q2": "2000-06-30"} {
		q, err := parseQuarter(period)
		if err != nil || q.lastDay() != want || q.String() != period {
			t.Errorf("quarter %s: last day %s, %v, string %s; want %s", period, q.lastDay(), err, q.String(), want)
		}
	}
	for _, bad := range []string{"2005-Q5", "2005Q1", "2005-q1", "05-Q1"} {
		if _, err := parseQuarter(bad); err == nil {
			t.Errorf("parseQuarter(%q) gave no error", bad)
		}
	}
}

func gzipped(t *testing.T, text string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	if _, err := io.WriteString(z, text); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// seriesFixture is the fixture of build_test.go with one small file of each source of
// quarters, months and rate changes.
func seriesFixture(t *testing.T) fstest.MapFS {
	f := fixtureFS()
	file := func(text string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(text)} }
	appendLine(f, "reference/sources.csv", "BEA via SECO real-time data set,https://example.org/rt,MIT and public domain")
	appendLine(f, "reference/sources.csv", "SECO real-time data set,https://example.org/rt,cite SECO")
	for _, line := range []string{"cpi_index,index,CPI", "inflation,percent,inflation", "exchange_rate,LCU/USD,rates",
		"policy_rate,percent,policy rate"} {
		appendLine(f, "reference/indicators.csv", line)
	}
	appendLine(f, "lexicon/entities.csv", "CHE,Switzerland,country,,Swiss,Bern,")
	appendLine(f, "lexicon/entities.csv", "EMU,Euro area,aggregate,eurozone,,,")
	appendLine(f, "lexicon/entities.csv", "GBR,United Kingdom,country,UK,British,London,")
	for _, line := range []string{
		"rt.csv.gz,realtime-quarterly,SECO real-time data set,gdp_growth,,2025-03-24,vintage,https://example.org/rt,,",
		"bea.csv,bea-gdp-vintages,BEA,gdp_growth,annualised,2025-05-29,BEA,https://example.org/bea,,",
		"cpi.csv,bls-cpi,US BLS,cpi_index,,2026-07-01,BLS CPI-U,https://example.org/cpi,,",
		"fx.csv,fed-fx,Federal Reserve Board,exchange_rate,,2026-07-02,Fed monthly average,https://example.org/fx,,",
		"boe.csv,boe-bank-rate,Bank of England,policy_rate,,2025-06-01,Bank Rate,https://example.org/boe,,",
	} {
		appendLine(f, "reference/files.csv", line)
	}
	// The US: vintage 2005-Q1 undated, 2005-Q2 dated and revising 2004-Q4 only. Switzerland:
	// the sport-event adjusted series wins where a vintage has it.
	f["reference/rt.csv.gz"] = &fstest.MapFile{Data: gzipped(t, "entity,indicator,period,vintage_quarter,vintage_date,value\n"+
		"USA,gdp_real,2004-Q3,2005-Q1,,100\n"+
		"USA,gdp_real,2004-Q4,2005-Q1,,101\n"+
		"USA,gdp_real,2004-Q3,2005-Q2,2005-06-20,100\n"+
		"USA,gdp_real,2004-Q4,2005-Q2,2005-06-20,102\n"+
		"USA,cpi,2004-Q4,2005-Q2,2005-06-20,102\n"+
		"CHE,gdp_real,2004-Q3,2005-Q1,2005-03-01,200\n"+
		"CHE,gdp_real,2004-Q4,2005-Q1,2005-03-01,202\n"+
		"CHE,gdp_real_sport_adj,2004-Q3,2005-Q1,2005-03-01,200\n"+
		"CHE,gdp_real_sport_adj,2004-Q4,2005-Q1,2005-03-01,201\n")}
	f["reference/bea.csv"] = file("vintage_commit,commit_date,levels_bea_release,period,level_real_bn_chained_usd_saar\n" +
		"aaa,2013-10-19,\"2013-09-26 (2013Q2 third estimate, 2.5%)\",2013-Q1,100.0\n" +
		"aaa,2013-10-19,\"2013-09-26 (2013Q2 third estimate, 2.5%)\",2013-Q2,100.5\n" +
		"bbb,2014-05-25,\"2014-04-30 (2014Q1 advance estimate, 0.1%)\",2013-Q1,100.0\n" +
		"bbb,2014-05-25,\"2014-04-30 (2014Q1 advance estimate, 0.1%)\",2013-Q2,100.5\n" +
		"bbb,2014-05-25,\"2014-04-30 (2014Q1 advance estimate, 0.1%)\",2013-Q3,101.0\n")
	f["reference/cpi.csv"] = file("month,index_1982_84_100,yoy_pct_derived,note\n" +
		"2022-07,296.276,,\n2022-08,296.171,,\n2023-07,305.691,3.1778,\n2023-08,,,no index\n")
	f["reference/fx.csv"] = file("period,country,currency,units_per_usd,fred_series,orientation_note\n" +
		"2024-01,Euro,EUR,0.9175,EXUSEU,inverted\n2024,Japan,JPY,151.4551,AEXJPUS,\n2024-01,Taiwan,TWD,31.2,EXTAUS,\n" +
		"2018-01,Venezuela,VES/VEF/VEB (as FRED EXVZUS),10,EXVZUS,\n")
	f["reference/boe.csv"] = file("date,new_rate_pct,previous_rate_pct,change_pp,rate_as_in_repo,rate_name,date_precision,flag\n" +
		"1694-10-01,6,,,6,Bank Rate,month (day not given in source; set to 1st),\n" +
		"2023-08-03,5.25,5.0,+0.25,5.25,Official Bank Rate,day,\n")
	return f
}

func TestQuartersMonthsAndRateChangesFromFixture(t *testing.T) {
	store := buildAndOpen(t, seriesFixture(t))
	type figure struct {
		source, release, label, basis string
		value                         float64
		derived                       bool
	}
	tests := []struct {
		name                      string
		entity, indicator, period string
		want                      []figure
	}{
		{"an undated vintage is dated by the end of its quarter, and a revision is a release of its own",
			"USA", "gdp_growth", "2004-Q4", []figure{
				{"BEA via SECO real-time data set", "2005-03-31", "BEA real-time vintage 2005-Q1", "annualised", 4.0604, true},
				{"BEA via SECO real-time data set", "2005-06-20", "BEA real-time vintage 2005-Q2", "annualised", 8.2432, true},
			}},
		{"the sport-event adjusted series is Switzerland's headline, on a q/q basis",
			"CHE", "gdp_growth", "2004-Q4", []figure{
				{"SECO real-time data set", "2005-03-01", "SECO real-time vintage 2005-Q1", "qoq", 0.5, true},
			}},
		{"a BEA vintage adds only the figures it changes, and is named by the release its levels match",
			"USA", "gdp_growth", "2013-Q2", []figure{
				{"BEA", "2013-09-26", "BEA 2013-09-26 (2013Q2 third estimate)", "annualised", 2.0151, true},
			}},
		{"y/y inflation is derived from the index of the same month a year before",
			"USA", "inflation", "2023-07", []figure{{"US BLS", "2023-08-31", "BLS CPI-U 2023-07", "yoy", 3.1778, true}}},
		{"the index is kept as published", "USA", "cpi_index", "2023-07",
			[]figure{{"US BLS", "2023-08-31", "BLS CPI-U 2023-07", "level", 305.691, false}}},
		{"a euro rate is the euro area's, per US dollar", "EMU", "exchange_rate", "2024-01",
			[]figure{{"Federal Reserve Board", "2024-02-29", "Fed monthly average 2024-01", "level", 0.9175, false}}},
		{"an annual average has the annual basis", "JPN", "exchange_rate", "2024",
			[]figure{{"Federal Reserve Board", "2025-01-31", "Fed monthly average 2024", "annual", 151.4551, false}}},
		{"a rate change is a release of the day it was made", "GBR", "policy_rate", "2023-08-03",
			[]figure{{"Bank of England", "2023-08-03", "Official Bank Rate change of 2023-08-03", "level", 5.25, false}}},
		{"a change whose day the source does not give has the month as its period", "GBR", "policy_rate", "1694-10",
			[]figure{{"Bank of England", "1694-10-01", "Bank Rate change of 1694-10", "level", 6, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs, err := store.Observations(tt.entity, tt.indicator, tt.period)
			if err != nil {
				t.Fatal(err)
			}
			var got []figure
			for _, o := range obs {
				if tt.indicator == "gdp_growth" && o.Basis == "yoy" {
					continue
				}
				got = append(got, figure{o.Source, o.Release, o.Label, o.Basis, o.Value, o.Derivation != ""})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
	// Taiwan is no entity of the fixture's lexicon: the rate brings it. Venezuela's series
	// mixes currencies and is left out.
	if obs, _ := store.Observations("TWN", "exchange_rate", "2024-01"); len(obs) != 1 {
		t.Errorf("Taiwan's rate: %v", obs)
	}
	if obs, _ := store.Observations("VEN", "exchange_rate", "2018-01"); len(obs) != 0 {
		t.Errorf("Venezuela's rate of mixed units was stored: %v", obs)
	}
}

func TestFailedSeriesBuildNamesTheFileAndLine(t *testing.T) {
	tests := []struct {
		name    string
		change  func(fstest.MapFS)
		wantErr string
	}{
		{
			name:    "a BEA period that is not a quarter",
			change:  func(f fstest.MapFS) { appendLine(f, "reference/bea.csv", "bbb,x,\"2014-04-30 (x)\",2013-Q5,1") },
			wantErr: `reference/bea.csv: line 7: period "2013-Q5" is not a quarter`,
		},
		{
			name:    "a BEA vintage matching two releases",
			change:  func(f fstest.MapFS) { appendLine(f, "reference/bea.csv", "bbb,x,\"2014-05-30 (x)\",2013-Q4,1") },
			wantErr: "vintage bbb matches both the release of 2014-04-30 and of 2014-05-30",
		},
		{
			name:    "a CPI index that is not a number",
			change:  func(f fstest.MapFS) { appendLine(f, "reference/cpi.csv", "2023-09,n/a,,") },
			wantErr: `reference/cpi.csv: line 6: value "n/a" is not a number`,
		},
		{
			name: "a rate change dated at no known precision",
			change: func(f fstest.MapFS) {
				appendLine(f, "reference/boe.csv", "2024-08-01,5,5.25,-0.25,5,Official Bank Rate,week,")
			},
			wantErr: `reference/boe.csv: line 4: date precision "week"`,
		},
		{
			name: "a vintage dated before the one before it",
			change: func(f fstest.MapFS) {
				text := "entity,indicator,period,vintage_quarter,vintage_date,value\n" +
					"USA,gdp_real,2004-Q3,2005-Q1,2005-03-01,100\nUSA,gdp_real,2004-Q3,2005-Q2,2005-02-01,100\n"
				f["reference/rt.csv.gz"] = &fstest.MapFile{Data: gzipped(t, text)}
			},
			wantErr: "vintage 2005-Q2 of USA is dated 2005-02-01, before the vintage before it (2005-03-01)",
		},
		{
			name: "an unknown format",
			change: func(f fstest.MapFS) {
				f["reference/files.csv"].Data = bytes.Replace(f["reference/files.csv"].Data, []byte(",bls-cpi,"), []byte(",bls-cpy,"), 1)
			},
			wantErr: `format "bls-cpy" is not wdi, wdi-changes, long, events or one of bea-gdp-vintages`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fixture := seriesFixture(t)
			tt.change(fixture)
			buildFails(t, fixture, tt.wantErr)
		})
	}
}

// TestDerivedFiguresOfTheDefaultData checks the growth and inflation the build derives against
// the derivations shipped beside the shared files (BEA growth from the rounded levels to two
// decimals, CPI y/y to four) and against BEA's published growth, which the derived figure may
// miss by the rounding of the levels.
func TestDerivedFiguresOfTheDefaultData(t *testing.T) {
	if testing.Short() {
		t.Skip("uses the default database")
	}
	readCSV := func(name string, each func(t *table)) {
		err := readFile(data.Sources, name, func(name string, r io.Reader) error {
			tab, err := newTable(name, r)
			if err != nil {
				return err
			}
			return tab.each(func() error { each(tab); return nil })
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	checked := 0
	readCSV("reference/us-gdp/gdp_us_quarterly_vintages.csv", func(row *table) {
		// The newest vintage: its figures are the latest of the BEA source.
		if row.get("vintage_commit") != "bb5921d" || row.get("growth_real_derived_pct") == "" || row.get("period") < "1990" {
			return
		}
		derived, _ := strconv.ParseFloat(row.get("growth_real_derived_pct"), 64)
		published, _ := strconv.ParseFloat(row.get("growth_real_published_pct"), 64)
		obs, err := defaultStore.Observations("USA", "gdp_growth", row.get("period"))
		if err != nil {
			t.Fatal(err)
		}
		var latest *Observation
		for i, o := range obs {
			if o.Source == "BEA" && o.Basis == "annualised" && (latest == nil || o.Release > latest.Release) {
				latest = &obs[i]
			}
		}
		if latest == nil {
			t.Errorf("no BEA figure for %s", row.get("period"))
			return
		}
		checked++
		if math.Abs(latest.Value-derived) > 0.005 || math.Abs(latest.Value-published) > 0.06 {
			t.Errorf("%s: %v, want %v (derived in the shared data) and near BEA's published %v", row.get("period"), latest.Value, derived, published)
		}
	})
	if checked < 130 {
		t.Errorf("checked %d quarters, want every quarter since 1990", checked)
	}
	checked = 0
	readCSV("reference/us-cpi/cpi_u_us_city_average_monthly.csv", func(row *table) {
		if row.get("yoy_pct_derived") == "" {
			return
		}
		want, _ := strconv.ParseFloat(row.get("yoy_pct_derived"), 64)
		obs, err := defaultStore.Observations("USA", "inflation", row.get("month"))
		// Within the last decimal: the shared file rounds halves to even, the build away from zero.
		if err != nil || len(obs) != 1 || math.Abs(obs[0].Value-want) > 1.0001e-4 || obs[0].Basis != "yoy" {
			t.Errorf("US inflation %s: %v, %v; want %v y/y", row.get("month"), obs, err, want)
		}
		checked++
	})
	if checked < 1300 {
		t.Errorf("checked %d months of CPI, want all", checked)
	}
}

func TestStatsSayTheFrequenciesAndBasesOfEachIndicator(t *testing.T) {
	store := buildAndOpen(t, seriesFixture(t))
	stats, err := store.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"gdp_growth":    "year, quarter; annual, annualised, qoq",
		"inflation":     "month; yoy",
		"cpi_index":     "month; level",
		"exchange_rate": "year, month; annual, level",
		"policy_rate":   "month, day; level",
	}
	for indicator, shape := range want {
		if got := stats.Shapes[indicator]; got != shape {
			t.Errorf("%s: %q, want %q", indicator, got, shape)
		}
	}
}

// FuzzParseQuarter reads any period: a quarter it accepts prints back as itself.
func FuzzParseQuarter(f *testing.F) {
	for _, seed := range []string{"2023-Q2", "2023-Q5", "0000-Q1", "2023Q2", "", "9999-Q4", "-001-Q1", "+999-Q2"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, period string) {
		q, err := parseQuarter(period)
		if err != nil {
			return
		}
		if q.String() != period {
			t.Fatalf("parseQuarter(%q) prints as %q", period, q.String())
		}
		if _, err := monthAfter(period[:4]); err != nil {
			t.Fatalf("the year of %q: %v", period, err)
		}
	})
}
