package importfmt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSamples seeds a fuzz target with the real samples and a few hand-made files.
func addSamples(f *testing.F, extra ...string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil && len(data) < 40000 {
			f.Add(data)
		}
	}
	for _, e := range extra {
		f.Add([]byte(e))
	}
}

// FuzzParse feeds every parser through detection: none may panic, and what a parser
// accepts must be in the table's terms.
func FuzzParse(f *testing.F) {
	addSamples(f,
		"observation_date,GDPC1_20010727,GDPC1_20020131\n2000-01-01,9192.0,9102.0\n",
		`[{"page":1,"pages":1,"lastupdated":"2026-01-28"},[{"indicator":{"id":"X"},"countryiso3code":"USA","date":"2023","value":"1"}]]`,
		`{"observations":[{"realtime_start":"2001-07-27","realtime_end":"9999-12-31","date":"2001-01-01","value":"1"}]}`,
		"STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,TIME_PERIOD,OBS_VALUE\ndataflow,A:B(1.0),I,A,2014-01,12.4\n",
		"DATAFLOW;REF_AREA;TIME_PERIOD;OBS_VALUE\nA:B(1);FR;2014;12,4\n",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := Parse("fuzz", strings.NewReader(string(data)), "", "S")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, v := range ds.Vintages {
			for _, o := range v.Observations {
				if _, err := normalizePeriod(o.Period); err != nil {
					t.Errorf("accepted period %q: %v", o.Period, err)
				}
				if o.Value != o.Value {
					t.Errorf("accepted NaN")
				}
			}
		}
	})
}

// FuzzMapping reads mapping files and applies what it accepts to a small dataset.
func FuzzMapping(f *testing.F) {
	f.Add("series,entity,indicator,period,basis,unit,scale,derive\nGDPC1,USA,gdp_growth,quarter,qoq,percent,,growth\n")
	f.Add("series,indicator,scale\n*,gdp,1e6\n# comment\n")
	f.Add("series,indicator\nEXR:D.*.EUR.SP00.A,exchange_rate\n")
	ds := Dataset{Vintages: []Vintage{{Released: "2026-01-01", Observations: []Observation{
		{Series: "GDPC1", Area: "USA", Period: "2023-01-01", Value: 100, Line: 2},
		{Series: "GDPC1", Area: "USA", Period: "2023-04-01", Value: 101, Line: 3},
		{Series: "EXR:D.USD.EUR.SP00.A", Period: "2024-01-02", Value: 1.09, Line: 4},
	}}}}
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ReadMapping("fuzz", strings.NewReader(text))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "mapping fuzz") {
				t.Errorf("error %q does not name the mapping", err)
			}
			return
		}
		m.Batches(ds, ReleaseInfo{Source: "S"})
	})
}

// FuzzNormalizePeriod checks that a normalised period is a fixed point.
func FuzzNormalizePeriod(f *testing.F) {
	for _, p := range []string{"2023", "2023-Q1", "1947:Q1", "2014M05", "2015-S1", "YR2011", "2013-10-01", "2010-01-01T00:00:00", "2000q2"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		p, err := normalizePeriod(raw)
		if err != nil {
			return
		}
		again, err := normalizePeriod(p)
		if err != nil || again != p {
			t.Errorf("normalizePeriod(%q) = %q, which normalises to %q, %v", raw, p, again, err)
		}
		for _, to := range PeriodTypes {
			convertPeriod(p, to)
		}
		shiftPeriod(p, 4)
	})
}
