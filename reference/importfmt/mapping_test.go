package importfmt

import (
	"math"
	"strings"
	"testing"
)

func mustMapping(t *testing.T, text string) *Mapping {
	t.Helper()
	m, err := ReadMapping("map.csv", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestReadMappingRejectsBadLines(t *testing.T) {
	header := "series,entity,indicator,period,basis,unit,scale,derive\n"
	tests := []struct{ name, text, want string }{
		{"unknown column", "series,indicator,colour\nX,gdp,red\n", "line 1: unknown column \"colour\""},
		{"no indicator column", "series,entity\nX,USA\n", "line 1: no indicator column"},
		{"bad period", header + "# a comment\nGDPC1,USA,gdp,fortnight,,,,\n", "line 3: period \"fortnight\""},
		{"bad basis", header + "GDPC1,USA,gdp,,weekly,,,\n", "line 2: basis \"weekly\""},
		{"bad scale", header + "GDPC1,USA,gdp,,,,millions,\n", "line 2: scale \"millions\""},
		{"bad derive", header + "GDPC1,USA,gdp,,,,,growth_qoq\n", "line 2: derive \"growth_qoq\""},
		{"derived growth in dollars", header + "GDPC1,USA,gdp_growth,quarter,,USD,,growth\n", "line 2: a derived growth rate is in percent"},
		{"missing series", header + ",USA,gdp,,,,,\n", "line 2: series and indicator are required"},
		{"empty", header, "no series"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMapping("map.csv", strings.NewReader(tt.text))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "mapping map.csv") {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestSeriesPatterns(t *testing.T) {
	tests := []struct {
		pattern, series string
		want            bool
	}{
		{"GDPC1", "GDPC1", true}, {"gdpc1", "GDPC1", true}, {"GDPC1", "GDPC1CTM", false},
		{"EXR:D.USD.EUR.SP00.A", "EXR:D.USD.EUR.SP00.A", true}, {"EXR:D.*.EUR.SP00.A", "EXR:D.JPY.EUR.SP00.A", true},
		{"EXR:D.*.EUR", "EXR:D.JPY.EUR.SP00.A", false}, {"ICP:*", "EXR:D.JPY.EUR.SP00.A", false},
		{"MIO_EUR.AT", "MIO_EUR.AT", true}, {"MIO_EUR.*", "TEINA200:MIO_EUR.BE", true}, {"X:MIO_EUR.AT", "MIO_EUR.AT", false},
		{"*", "anything", true}, {"NY.GDP.MKTP.KD.ZG", "NY.GDP.MKTP.KD.ZG", true},
	}
	for _, tt := range tests {
		if got := seriesMatches(tt.pattern, tt.series); got != tt.want {
			t.Errorf("seriesMatches(%q, %q) = %v", tt.pattern, tt.series, got)
		}
	}
}

func TestBatchesFromTheOECDSample(t *testing.T) {
	ds := parseFile(t, "sdmxcsv10_oecd_g20_prices.csv", "")
	m := mustMapping(t, "series,indicator,unit\nDSD_G20_PRICES@DF_G20_PRICES:*.A.N.CPI.PA._T.N.GY,inflation,percent\n")
	batches, summary, err := m.Batches(ds, ReleaseInfo{Source: "OECD", Released: "2026-06-08"})
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 1 || summary.Figures != 41 || batches[0].Released != "2026-06-08" {
		t.Fatalf("batches %d, figures %d", len(batches), summary.Figures)
	}
	f := batches[0].Figures[0]
	if f.Entity != "CHN" || !f.EntityFromData || f.Indicator != "inflation" || f.Period != "1985" || f.Value != 9.3 ||
		f.Basis != "annual" || f.Kind != "actual" || f.Note != "status A (normal value)" || f.Unit != "percent" {
		t.Errorf("first figure %+v", f)
	}
	if _, _, err := m.Batches(ds, ReleaseInfo{Source: "OECD"}); err == nil || !strings.Contains(err.Error(), "does not date its release") {
		t.Errorf("an undated snapshot without a release date: %v", err)
	}
	other := mustMapping(t, "series,indicator\nEXR:*,exchange_rate\n")
	if _, _, err := other.Batches(ds, ReleaseInfo{Source: "OECD", Released: "2026-06-08"}); err == nil ||
		!strings.Contains(err.Error(), "no series of the file is in mapping map.csv (the file has DSD_G20_PRICES@DF_G20_PRICES:CHN") {
		t.Errorf("a mapping of none of the file's series: %v", err)
	}
}

func TestUnitMultAndScale(t *testing.T) {
	file := "DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT\nIMF:WEO(1.0),USA,2023,27.36,E,12\n"
	ds, err := Parse("weo.csv", strings.NewReader(file), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		mapping string
		value   float64
		note    string
	}{
		{"series,entity,indicator\nWEO:USA,USA,gdp\n", 27.36e12, "status E (estimated); UNIT_MULT 12 applied"},
		{"series,entity,indicator,scale\nWEO:USA,USA,gdp,1e9\n", 27.36e9, "status E (estimated)"},
	} {
		batches, _, err := mustMapping(t, tt.mapping).Batches(ds, ReleaseInfo{Source: "IMF", Released: "2026-04-14"})
		if err != nil {
			t.Fatal(err)
		}
		f := batches[0].Figures[0]
		if math.Abs(f.Value-tt.value) > 1e-3*tt.value || f.Note != tt.note {
			t.Errorf("mapping %q: value %v note %q, want %v %q", tt.mapping, f.Value, f.Note, tt.value, tt.note)
		}
	}
}

func TestEurostatFlagsBecomeNotesAndKinds(t *testing.T) {
	file := "freq,unit,geo\\TIME_PERIOD\t2023 \t2024 \t2025 \nA,PC_GDP,DE\t-2.5 \t-2.8 p\t-2.3 f\n"
	ds, err := Parse("gov.tsv", strings.NewReader(file), "", "")
	if err != nil {
		t.Fatal(err)
	}
	batches, _, err := mustMapping(t, "series,entity,indicator\nA.PC_GDP.DE,DEU,fiscal_balance\n").Batches(ds, ReleaseInfo{Source: "Eurostat", Released: "2026-04-22"})
	if err != nil {
		t.Fatal(err)
	}
	got := batches[0].Figures
	if len(got) != 3 || got[1].Note != "status p (provisional)" || got[1].Kind != "actual" || got[2].Kind != "projection" ||
		got[2].Note != "status f (forecast)" || got[0].EntityFromData {
		t.Errorf("figures %+v", got)
	}
}

func TestGrowthDerivedWithinEachVintage(t *testing.T) {
	ds := parseFile(t, "philly_rtdsm_ROUTPUTQvQd_excerpt.csv", "")
	m := mustMapping(t, "series,entity,indicator,period,derive,basis\nROUTPUT,USA,gdp_growth,quarter,growth,qoq\n")
	batches, summary, err := m.Batches(ds, ReleaseInfo{Source: "Philadelphia Fed RTDSM"})
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 234 || summary.Gaps == 0 {
		t.Fatalf("%d batches, %d gaps", len(batches), summary.Gaps)
	}
	// 1947-Q2 over 1947-Q1 in the first vintage: 309.0 / 306.4 - 1, whatever the base year.
	first := batches[0]
	if first.Label != "Philadelphia Fed RTDSM vintage ROUTPUT65Q4 (date approximate)" || first.Released != "1965-11-15" {
		t.Errorf("first batch %s %s", first.Label, first.Released)
	}
	var q2 *float64
	for _, f := range first.Figures {
		if f.Period == "1947-Q2" {
			q2 = &f.Value
			if f.Basis != "qoq" || f.Unit != "percent" || !strings.HasPrefix(f.Note, "derived: growth of ROUTPUT 1947-Q2 over 1947-Q1") {
				t.Errorf("derived figure %+v", f)
			}
		}
		if f.Period == "1947-Q1" {
			t.Errorf("1947-Q1 has no earlier quarter in the file, yet a growth rate: %+v", f)
		}
	}
	if q2 == nil || math.Abs(*q2-(309.0/306.4-1)*100) > 1e-9 {
		t.Errorf("1947-Q2 growth %v", q2)
	}
}

func TestYearOnYearGrowthOfMonths(t *testing.T) {
	text := "observation_date,CPIAUCSL\n2023-01-01,100\n2023-02-01,101\n2024-01-01,103\n2024-02-01,104.03\n"
	ds, err := Parse("cpi.csv", strings.NewReader(text), "", "")
	if err != nil {
		t.Fatal(err)
	}
	batches, summary, err := mustMapping(t, "series,entity,indicator,period,derive\nCPIAUCSL,USA,inflation,month,growth_yoy\n").
		Batches(ds, ReleaseInfo{Source: "FRED", Released: "2024-03-12"})
	if err != nil {
		t.Fatal(err)
	}
	got := batches[0].Figures
	if len(got) != 2 || summary.Gaps != 2 || got[0].Period != "2024-01" || math.Abs(got[0].Value-3) > 1e-9 ||
		got[1].Basis != "yoy" || math.Abs(got[1].Value-3) > 1e-9 {
		t.Errorf("figures %+v, gaps %d", got, summary.Gaps)
	}
}

func TestAreaEntity(t *testing.T) {
	tests := map[string]string{
		"AT": "AUT", "EL": "GRC", "UK": "GBR", "de": "DEU", "USA": "USA", "CHN": "CHN", "EA20": "EA20",
		"EU27_2020": "EU27_2020", "1A": "1A", "5J": "5J", "EU": "EU", "": "",
	}
	for area, want := range tests {
		if got := areaEntity(area); got != want {
			t.Errorf("areaEntity(%q) = %q, want %q", area, got, want)
		}
	}
}

func TestEurostatAreasBecomeEntities(t *testing.T) {
	ds := parseFile(t, "teina200.tsv", "")
	batches, _, err := mustMapping(t, "series,indicator,unit\nPC_GDP.*,fiscal_balance,percent\n").Batches(ds, ReleaseInfo{Source: "Eurostat", Released: "2015-10-21"})
	if err != nil {
		t.Fatal(err)
	}
	entities := map[string]bool{}
	for _, f := range batches[0].Figures {
		entities[f.Entity] = true
	}
	for _, want := range []string{"AUT", "BEL", "GRC", "GBR"} {
		if !entities[want] {
			t.Errorf("no figures of %s among %v", want, entities)
		}
	}
}
