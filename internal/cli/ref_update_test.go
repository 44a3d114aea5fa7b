package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// sources is a local stand-in for FRED and the ECB, serving what their APIs document; the
// FRED history can grow a vintage between two updates, and the ECB can fail.
type sources struct {
	mu        sync.Mutex
	vintages  []string // observations of the ALFRED response
	ecbStatus int
}

func (s *sources) handler(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.URL.Path {
	case "/fred/series/observations":
		if r.URL.Query().Get("api_key") != "abcdefghijklmnopqrstuvwxyz123456" {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"error_code":400,"error_message":"Bad Request.  Variable api_key has not been set."}`)
			return
		}
		fmt.Fprintf(w, `{"count":%d,"offset":0,"limit":100000,"observations":[%s]}`, len(s.vintages), strings.Join(s.vintages, ","))
	case "/ecb/data/EXR/D.USD.EUR.SP00.A":
		if s.ecbStatus != 0 {
			http.Error(w, "internal error", s.ecbStatus)
			return
		}
		w.Header().Set("Last-Modified", "Wed, 03 Jan 2024 15:00:00 GMT")
		fmt.Fprint(w, "KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"+
			"EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2024-01-02,1.0956,A\n")
	default:
		http.NotFound(w, r)
	}
}

func (s *sources) set(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f()
}

// updateSetup writes a config and a mapping that follow GDPC1 on FRED and the dollar on the
// ECB, both reached at a local server.
func updateSetup(t *testing.T) (*sources, string, string) {
	src := &sources{vintages: []string{
		`{"realtime_start":"2023-07-27","realtime_end":"2023-08-29","date":"2023-04-01","value":"2.4"}`,
		`{"realtime_start":"2023-08-30","realtime_end":"9999-12-31","date":"2023-04-01","value":"2.1"}`,
	}}
	ts := httptest.NewServer(http.HandlerFunc(src.handler))
	t.Cleanup(ts.Close)
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, "follow.csv"), "series,entity,indicator,period,basis,unit\n"+
		"# FRED real GDP growth, annualised, as the BEA publishes it\n"+
		"GDPC1,USA,gdp_growth,quarter,annualised,percent\n"+
		"EXR:D.USD.EUR.SP00.A,EMU,exchange_rate,day,,\n")
	config := filepath.Join(dir, "config.yaml")
	writeTestFile(t, config, fmt.Sprintf(`update:
  series: [fred:GDPC1, "ecb:EXR/D.USD.EUR.SP00.A"]
  mapping: follow.csv
  timeout: 5
  retries: 0
  urls:
    fred: %[1]s/fred
    ecb: %[1]s/ecb
`, ts.URL))
	t.Setenv("FRED_API_KEY", "abcdefghijklmnopqrstuvwxyz123456")
	return src, config, refDB(t, true)
}

func writeTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRefUpdateStoresWhatChanged(t *testing.T) {
	src, config, db := updateSetup(t)

	code, out, stderr := run(t, "", "ref", "update", "--config", config, "--db", db, "--dry-run")
	if code != 0 || !strings.Contains(out, "dry run, nothing written: would store 2 new figures and 1 revisions from 2 series") ||
		!strings.Contains(out, "revised") || !strings.Contains(out, "2023-Q2") {
		t.Fatalf("dry run: %d\n%s\n%s", code, out, stderr)
	}
	if _, stats, _ := run(t, "", "ref", "stats", "--db", db); !strings.Contains(stats, "0 observations") {
		t.Fatalf("a dry run wrote:\n%s", stats)
	}

	code, out, stderr = run(t, "", "ref", "update", "--config", config, "--db", db)
	if code != 0 || !strings.Contains(out, "stored 2 new figures and 1 revisions from 2 series; 0 figures unchanged") ||
		!strings.Contains(out, `FRED 2023-08-30 "FRED 2023-08-30": 1 figures`) || !strings.Contains(out, `ECB 2024-01-03 "ECB 2024-01-03": 1 figures`) {
		t.Fatalf("update: %d\n%s\n%s", code, out, stderr)
	}

	// Nothing new at the sources: nothing stored.
	code, out, _ = run(t, "", "ref", "update", "--config", config, "--db", db)
	if code != 0 || !strings.Contains(out, "stored 0 new figures and 0 revisions from 2 series; 3 figures unchanged") {
		t.Fatalf("second update: %d\n%s", code, out)
	}

	// FRED revises 2023-Q2 again; the ECB fails: FRED's revision is stored, the ECB's
	// failure is one line, and the exit code says so.
	src.set(func() {
		src.vintages[1] = `{"realtime_start":"2023-08-30","realtime_end":"2023-09-27","date":"2023-04-01","value":"2.1"}`
		src.vintages = append(src.vintages, `{"realtime_start":"2023-09-28","realtime_end":"9999-12-31","date":"2023-04-01","value":"2.2"}`)
		src.ecbStatus = http.StatusInternalServerError
	})
	code, out, stderr = run(t, "", "ref", "update", "--config", config, "--db", db, "--format", "csv")
	if code != ExitUsage {
		t.Fatalf("update with a failing series: exit %d\n%s\n%s", code, out, stderr)
	}
	if want := "revised,FRED,2023-09-28,USA,gdp_growth,2023-Q2,annualised,actual,2.1,2.2,2023-08-30 FRED 2023-08-30,"; !strings.Contains(out, want) {
		t.Errorf("csv of changes:\n%s\nwant the line %s", out, want)
	}
	if !strings.Contains(stderr, "factcheck: error: ecb:EXR/D.USD.EUR.SP00.A: HTTP 500: internal error\n") ||
		!strings.Contains(stderr, "1 of 2 series failed; the others were updated") {
		t.Errorf("stderr:\n%s", stderr)
	}

	// ref diff shows the revision between two FRED releases, and between two dates.
	code, out, _ = run(t, "", "ref", "diff", "--db", db, "FRED 2023-07-27", "FRED 2023-09-28")
	if code != 0 || !strings.Contains(out, "1 figure differs") || !strings.Contains(out, "2.4") || !strings.Contains(out, "2.2") {
		t.Fatalf("diff of releases: %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "ref", "diff", "--db", db, "--format", "csv", "2023-08-01", "2024-12-31")
	if code != 0 || !strings.Contains(out, "revised,FRED,USA,gdp_growth,2023-Q2,annualised,actual,2.4,2.2,2023-07-27 FRED 2023-07-27,2023-09-28 FRED 2023-09-28") ||
		!strings.Contains(out, "new,ECB,EMU,exchange_rate,2024-01-02,annual,actual,,1.0956,,2024-01-03 ECB 2024-01-03") {
		t.Fatalf("diff of dates: %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "ref", "diff", "--db", db, "--list")
	if code != 0 || strings.Count(out, "FRED 2023-") < 3 {
		t.Fatalf("diff --list: %d\n%s", code, out)
	}
	code, _, stderr = run(t, "", "ref", "diff", "--db", db, "FRED 1999-01-01", "2024-01-01")
	if code != ExitUsage || !strings.Contains(stderr, `no such release "FRED 1999-01-01"`) {
		t.Errorf("diff of an unknown release: %d %s", code, stderr)
	}
}

func TestRefUpdateUsageErrors(t *testing.T) {
	_, config, db := updateSetup(t)
	tests := []struct {
		name string
		args []string
		env  string
		want string
	}{
		{"a series of no provider", []string{"--series", "statcan:123"}, "", "is not PROVIDER:QUERY"},
		{"no mapping", []string{"--mapping", filepath.Join(t.TempDir(), "none.csv")}, "", "mapping: open"},
		{"no FRED key", []string{"--series", "fred:GDPC1"}, "none", "fred:GDPC1: no FRED API key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env == "none" {
				t.Setenv("FRED_API_KEY", "")
			}
			code, _, stderr := run(t, "", append([]string{"ref", "update", "--config", config, "--db", db}, tt.args...)...)
			if code != ExitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %s; want 2 and %q", code, stderr, tt.want)
			}
		})
	}
}

func TestRefImportOfAnOfficeFile(t *testing.T) {
	db := refDB(t, true)
	dir := t.TempDir()
	mapping := filepath.Join(dir, "oecd.csv")
	writeTestFile(t, mapping, "series,indicator,unit\nDSD_G20_PRICES@DF_G20_PRICES:*.A.N.CPI.PA._T.N.GY,inflation,percent\n")
	sample := filepath.Join("..", "..", "reference", "importfmt", "testdata", "sdmxcsv10_oecd_g20_prices.csv")

	code, _, stderr := run(t, "", "ref", "import", "--db", db, "--mapping", mapping, sample)
	if code != ExitUsage || !strings.Contains(stderr, "does not date its release") || !strings.Contains(stderr, "hint: give --release") {
		t.Fatalf("an undated file: %d %s", code, stderr)
	}
	code, out, stderr := run(t, "", "ref", "import", "--db", db, "--mapping", mapping, "--release", "2026-06-08", sample)
	if code != 0 || !strings.Contains(out, "(format sdmx-csv, 1 vintages): 41 figures mapped, 41 new, 0 revisions, 0 unchanged") ||
		!strings.Contains(out, `OECD 2026-06-08 "OECD 2026-06-08": 41 figures`) {
		t.Fatalf("import: %d\n%s\n%s", code, out, stderr)
	}
	bad := filepath.Join(dir, "bad.csv")
	content, _ := os.ReadFile(sample)
	writeTestFile(t, bad, strings.Replace(string(content), ",1986,6.5,", ",1986,6.5%,", 1))
	code, _, stderr = run(t, "", "ref", "import", "--db", db, "--mapping", mapping, "--release", "2026-07-08", bad)
	if code != ExitUsage || !strings.Contains(stderr, "bad.csv: line 3: OBS_VALUE: value \"6.5%\" is not a number") {
		t.Fatalf("a bad row: %d %s", code, stderr)
	}
	code, _, stderr = run(t, "", "ref", "import", "--db", db, sample)
	if code != ExitUsage || !strings.Contains(stderr, "--mapping FILE") {
		t.Errorf("an office file without a mapping: %d %s", code, stderr)
	}
}
