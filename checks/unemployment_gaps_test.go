package checks

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// gapsHeader is the comment block of modelled_unemployment_gaps.csv: how it is measured.
const gapsHeader = `# How far each country's national unemployment rates have lain from the ILO's modelled
# estimates that the table holds (WDI SL.UEM.TOTL.ZS), in percentage points: a national figure
# within that of the model is not judged against it (unemployment_gaps.go).
# Measured on the data kept beside the repository (../shared/data): the IMF's World Economic
# Outlook of October 2025 (imf-weo/weo_vintages_key.csv, concept LUR: the national offices'
# rates, years up to each country's last actual) against WDI of 2026-07-01
# (worldbank-wdi/sl.uem.totl.zs.csv), years %d-%d. The WEO is not openly licensed and is not
# embedded; only these summaries are (IMF terms of use: attribution). widest_gap is the largest
# |WEO - WDI| over the years compared, rounded up to the hundredth; widest_year its year;
# years are those compared.
# Row * stands for countries not compared: the %dth percentile of the widest gaps of the %d
# countries compared.
# Remade by: go test ./checks -run ModelledUnemploymentGapsFile -update
`

const gapsFirstYear, gapsLastYear, gapsFallbackPercentile = 2000, 2024, 90

// TestModelledUnemploymentGapsFile measures the gaps afresh from the shared data and
// compares them with the embedded file (-update rewrites it).
func TestModelledUnemploymentGapsFile(t *testing.T) {
	shared := testcorpus.SharedDir(t)
	want, err := measureUnemploymentGaps(filepath.Join(shared, "data"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("data", "modelled_unemployment_gaps.csv")
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s differs from the gaps measured on ../shared/data; remake it with -update", path)
	}
}

func TestNationalUnemploymentGap(t *testing.T) {
	tests := []struct {
		name      string
		entity    string
		aggregate bool
		points    float64
		measured  bool
	}{
		{"a country compared has its widest gap", "PHL", false, 8.28, true},
		{"a country whose rates agree with the model", "USA", false, 0.05, true},
		{"a country not compared has the fallback", "KEN", false, 7.66, false},
		{"a group of countries has none", "EMU", true, 0, false},
		{"nor does a code the table does not know as a country", "WLD", true, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nationalUnemploymentGap(tt.entity, tt.aggregate)
			if got.points != tt.points || got.measured != tt.measured {
				t.Errorf("gap %v (measured %v), want %v (%v)", got.points, got.measured, tt.points, tt.measured)
			}
		})
	}
}

// measureUnemploymentGaps returns the file modelled_unemployment_gaps.csv as the shared data
// make it.
func measureUnemploymentGaps(dataDir string) (string, error) {
	modelled := map[string]float64{} // "ISO3 year"
	err := eachCSVRow(filepath.Join(dataDir, "worldbank-wdi", "sl.uem.totl.zs.csv"), func(col map[string]string) error {
		if col["Value"] == "" {
			return nil
		}
		v, err := strconv.ParseFloat(col["Value"], 64)
		if err != nil {
			return err
		}
		modelled[col["Country Code"]+" "+col["Year"]] = v
		return nil
	})
	if err != nil {
		return "", err
	}
	type widest struct {
		gap         float64
		year        int
		first, last int // the years compared
	}
	gaps := map[string]*widest{}
	fourDigits := regexp.MustCompile(`\d{4}`)
	err = eachCSVRow(filepath.Join(dataDir, "imf-weo", "weo_vintages_key.csv"), func(col map[string]string) error {
		if col["weo_vintage"] != "2025-10" || col["concept"] != "LUR" || len(col["iso3"]) != 3 {
			return nil
		}
		year, err := strconv.Atoi(col["year"])
		if err != nil || year < gapsFirstYear || year > gapsLastYear {
			return nil
		}
		// last_actual is a year or a fiscal year ("FY2024/25"): its first year bounds the outturns.
		last := fourDigits.FindString(col["last_actual"])
		if last == "" {
			return nil
		}
		if lastYear, _ := strconv.Atoi(last); year > lastYear {
			return nil
		}
		national, err := strconv.ParseFloat(col["value"], 64)
		if err != nil {
			return nil // "NA"
		}
		model, ok := modelled[col["iso3"]+" "+col["year"]]
		if !ok {
			return nil
		}
		g := gaps[col["iso3"]]
		if g == nil {
			g = &widest{gap: -1, first: year, last: year}
			gaps[col["iso3"]] = g
		}
		g.first, g.last = min(g.first, year), max(g.last, year)
		if gap := math.Abs(national - model); gap > g.gap {
			g.gap, g.year = gap, year
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	if len(gaps) == 0 {
		return "", fmt.Errorf("no country's rates could be compared")
	}
	roundUp := func(v float64) float64 { return math.Ceil(v*100-1e-9) / 100 }
	entities := slices.Sorted(func(yield func(string) bool) {
		for e := range gaps {
			if !yield(e) {
				return
			}
		}
	})
	var widestGaps []float64
	var b strings.Builder
	fmt.Fprintf(&b, gapsHeader, gapsFirstYear, gapsLastYear, gapsFallbackPercentile, len(entities))
	b.WriteString("entity,years,widest_gap,widest_year\n")
	for _, e := range entities {
		g := gaps[e]
		widestGaps = append(widestGaps, roundUp(g.gap))
		fmt.Fprintf(&b, "%s,%d-%d,%s,%d\n", e, g.first, g.last, strconv.FormatFloat(roundUp(g.gap), 'f', -1, 64), g.year)
	}
	slices.Sort(widestGaps)
	// The nearest-rank percentile: the smallest gap that that share of the countries stay within.
	rank := int(math.Ceil(float64(gapsFallbackPercentile)/100*float64(len(widestGaps)))) - 1
	fmt.Fprintf(&b, "%s,%d-%d,%s,\n", unmeasuredCountry, gapsFirstYear, gapsLastYear, strconv.FormatFloat(widestGaps[rank], 'f', -1, 64))
	return b.String(), nil
}

// eachCSVRow calls row with each record of a CSV file, keyed by its header.
func eachCSVRow(path string, row func(map[string]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	col := make(map[string]string, len(header))
	for {
		rec, err := r.Read()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("%s: %w", path, err)
		}
		for i, name := range header {
			col[name] = rec[i]
		}
		if err := row(col); err != nil {
			line, _ := r.FieldPos(0)
			return fmt.Errorf("%s line %d: %w", path, line, err)
		}
	}
}
