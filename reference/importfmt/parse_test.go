package importfmt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func parseFile(t *testing.T, file, series string) Dataset {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, err := Parse(file, f, "", series)
	if err != nil {
		t.Fatalf("parse %s: %v", file, err)
	}
	return ds
}

func countObservations(ds Dataset) int {
	n := 0
	for _, v := range ds.Vintages {
		n += len(v.Observations)
	}
	return n
}

func TestParseSamples(t *testing.T) {
	tests := []struct {
		file                   string
		format                 Format
		agency                 string
		vintages, observations int
		missing                int
		first                  Observation
		firstReleased          string
	}{
		{"sdmxcsv10_bis_otc_derivatives.csv", SDMXCSV, "BIS", 1, 360, 640,
			Observation{Series: "WEBSTATS_DER_DATAFLOW:A.U.A.B.5J.A.1E.A.HKD.TO1.A.A.3.C", Period: "2004", Value: 14206.490766, Status: "A", Line: 4}, ""},
		{"sdmxcsv10_oecd_g20_prices.csv", SDMXCSV, "OECD.SDD.TPS", 1, 41, 0,
			Observation{Series: "DSD_G20_PRICES@DF_G20_PRICES:CHN.A.N.CPI.PA._T.N.GY", Area: "CHN", Period: "1985", Value: 9.3, Status: "A", Line: 2}, ""},
		{"sdmxcsv20_estat_ei_bpm6ca_q_labels_name.csv", SDMXCSV, "ESTAT", 1, 19, 0,
			Observation{Series: "EI_BPM6CA_Q:Q.MIO_EUR.NSA.S1.S1.EXT_EA20.BAL.CA.EA20", Area: "EA20", Period: "2023-Q1", Value: 23962.1, Line: 2}, ""},
		{"teina200.tsv", EurostatTSV, "ESTAT", 1, 776, 16,
			Observation{Series: "MIO_EUR.AT", Area: "AT", Period: "2003", Value: -4078.7, Line: 2}, ""},
		{"tsdde410.tsv", EurostatTSV, "ESTAT", 1, 1275, 85,
			Observation{Series: "MIO_EUR.AT", Area: "AT", Period: "1995", Value: 124398.7, Line: 2}, ""},
		{"fred_observations_SP500_fredapi_fixture.xml", FREDXML, "FRED", 1, 4, 0,
			Observation{Series: "SP500", Period: "2014-09-02", Value: 2002.28, Line: 1}, "2015-06-28"},
		{"philly_rtdsm_ROUTPUTQvQd_excerpt.csv", Triangle, "", 234, 1862, 2818,
			Observation{Series: "ROUTPUT", Period: "1947-Q1", Value: 306.4, Line: 2}, "1965-11-15"},
		{"reviser_realtime_database_gdp_us_excerpt.csv", Triangle, "", 99, 371, 520,
			Observation{Series: "GDP_US", Period: "1980-01-01", Value: 1239725, Line: 12}, "2002-11-15"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ds := parseFile(t, tt.file, map[bool]string{true: "GDP_US", false: "SP500"}[strings.HasPrefix(tt.file, "reviser")])
			if ds.Format != tt.format || ds.Agency != tt.agency {
				t.Errorf("format %s agency %q, want %s %q", ds.Format, ds.Agency, tt.format, tt.agency)
			}
			if len(ds.Vintages) != tt.vintages || countObservations(ds) != tt.observations || ds.Missing != tt.missing {
				t.Errorf("%d vintages, %d observations, %d missing; want %d, %d, %d",
					len(ds.Vintages), countObservations(ds), ds.Missing, tt.vintages, tt.observations, tt.missing)
			}
			for _, v := range ds.Vintages {
				if len(v.Observations) > 0 {
					if v.Observations[0] != tt.first || v.Released != tt.firstReleased {
						t.Errorf("first observation %+v of %s, want %+v of %s", v.Observations[0], v.Released, tt.first, tt.firstReleased)
					}
					break
				}
			}
		})
	}
}

func TestTriangleVintagesKeepTheirRevisions(t *testing.T) {
	ds := parseFile(t, "philly_rtdsm_ROUTPUTQvQd_excerpt.csv", "")
	// 1947:Q1 real output is 306.4 in the 1965-1974 vintages and 2182.7 in 2024's (rebasings).
	first, last := ds.Vintages[0], ds.Vintages[len(ds.Vintages)-1]
	if first.Label != "ROUTPUT65Q4" || !first.Approximate || last.Label != "ROUTPUT24Q1" || last.Released != "2024-02-15" {
		t.Fatalf("vintages %s %s %v .. %s %s", first.Label, first.Released, first.Approximate, last.Label, last.Released)
	}
	if got := last.Observations[0]; got.Period != "1947-Q1" || got.Value != 2182.7 {
		t.Errorf("1947-Q1 in 2024Q1 vintage: %+v", got)
	}
	reviser := parseFile(t, "reviser_realtime_database_gdp_us_excerpt.csv", "GDP_US")
	// Row 10 dates the later vintages exactly (42019 = 2015-01-15); earlier ones are mid-quarter.
	var dated *Vintage
	for i := range reviser.Vintages {
		if !reviser.Vintages[i].Approximate {
			dated = &reviser.Vintages[i]
			break
		}
	}
	if dated == nil || dated.Released != "2015-01-15" {
		t.Errorf("first exactly dated reviser vintage: %+v", dated)
	}
}

func TestParseRejectsBadRows(t *testing.T) {
	oecd := "DATAFLOW,REF_AREA,FREQ,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT\n" +
		"OECD.SDD.TPS:DSD_G20_PRICES@DF_G20_PRICES(1.0),CHN,A,1985,9.3,A,0\n"
	tsv := "unit,geo\\time\t2003 \t2004 \n" + "MIO_EUR,AT\t-4078.7 \t-11534.5 \n"
	triangle := "DATE,ROUTPUT65Q4,ROUTPUT66Q1\n1947:Q1,306.4000,306.4000\n"
	tests := []struct {
		name, content, want string
	}{
		{"sdmx value not a number", oecd + "OECD.SDD.TPS:X(1.0),CHN,A,1986,6.5x,A,0\n", "line 3: OBS_VALUE: value \"6.5x\" is not a number"},
		{"sdmx period not a period", oecd + "OECD.SDD.TPS:X(1.0),CHN,A,1986-13,6.5,A,0\n", "line 3: period \"1986-13\""},
		{"sdmx weekly period", oecd + "OECD.SDD.TPS:X(1.0),CHN,A,1986-W01,6.5,A,0\n", "line 3: period \"1986-W01\" is a week"},
		{"sdmx row of the wrong width", oecd + "OECD.SDD.TPS:X(1.0),CHN,A,1986,6.5,A\n", "line 3"},
		{"sdmx bad unit multiplier", oecd + "OECD.SDD.TPS:X(1.0),CHN,A,1986,6.5,A,six\n", "line 3: UNIT_MULT \"six\""},
		{"sdmx header without OBS_VALUE", "DATAFLOW,REF_AREA,TIME_PERIOD\nX:Y(1.0),CHN,1985\n", "line 1: the header has no TIME_PERIOD or no OBS_VALUE"},
		{"tsv value not a number", tsv + "MIO_EUR,BE\t-4977.4 \tabc \n", "line 3: column 3 (2004): value \"abc\""},
		{"tsv line of the wrong width", tsv + "MIO_EUR,BE\t-4977.4 \n", "line 3: 2 cells, the header has 3"},
		{"tsv key of the wrong width", tsv + "MIO_EUR\t-4977.4 \t1 \n", "line 3: series key \"MIO_EUR\" has 1 codes"},
		{"tsv bad period in the header", "unit,geo\\time\t2003 \t20x4 \nMIO_EUR,AT\t1 \t2 \n", "line 1: column 3"},
		{"fred csv bad date", "observation_date,GDPC1\n2001-01-01,1.5\n2001-13-01,1.6\n", "line 3: period \"2001-13-01\""},
		{"fred csv bad value", "observation_date,GDPC1\n2001-01-01,1.5\n2001-04-01,1.6.1\n", "line 3: GDPC1: value \"1.6.1\""},
		{"triangle bad value", triangle + "1947:Q2,309.0000,x309\n", "line 3: ROUTPUT66Q1: value \"x309\""},
		{"triangle bad period", triangle + "1947:Q5,309.0000,309\n", "line 3: period \"1947:Q5\""},
		{"triangle too many cells", triangle + "1947:Q2,309.0000,309,1\n", "line 3: 4 cells, the header has 3"},
		{"fred json bad real-time date", `{"observations":[{"realtime_start":"2001-07-27","realtime_end":"9999-12-31","date":"2001-01-01","value":"1"},` +
			`{"realtime_start":"2001-7-27","realtime_end":"9999-12-31","date":"2001-04-01","value":"2"}]}`, "observation 2: real-time date \"2001-7-27\""},
		{"fred json value not a number", `{"observations":[{"realtime_start":"2001-07-27","realtime_end":"9999-12-31","date":"2001-01-01","value":"n/a1"}]}`, "observation 1 (2001-01-01): value \"n/a1\""},
		{"fred json error body", `{"error_code":429,"error_message":"Too Many Requests.  Exceeded Rate Limit"}`, "FRED error 429"},
		{"world bank error message", `[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value is not valid"}]}]`, "World Bank API error 120 (Invalid value)"},
		{"world bank bad value", `[{"page":1,"pages":1,"per_page":50,"total":1,"lastupdated":"2026-01-28"},[{"indicator":{"id":"SP.POP.TOTL"},"country":{"id":"US"},"countryiso3code":"USA","date":"2023","value":"12x"}]]`, "observation 1"},
		{"world bank truncated", `[{"page":1,"pages":1,"per_page":50,"total":1,"lastupdated":"2026-01-28"},[{"indicator":{"id":"SP.POP.TOTL"}`, "not JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.txt", strings.NewReader(tt.content), "", "GDPC1")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "bad.txt") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestSDMXVariants(t *testing.T) {
	tests := []struct {
		name, content string
		want          []Observation
		skipped       int
	}{
		{"2.0 with ACTION, partial-key attribute rows and deletions",
			"STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,TIME_PERIOD,OBS_VALUE,ATTR_1\n" +
				"dataflow,AGENCY:DF_ID(1.0.0),I,A,B,2014-01,12.4,N\n" +
				"dataflow,AGENCY:DF_ID(1.0.0),M,,B,,,Y\n" +
				"dataflow,AGENCY:DF_ID(1.0.0),D,A,B,2014-02,-,\n",
			[]Observation{{Series: "DF_ID:A.B", Period: "2014-01", Value: 12.4, Line: 2}}, 2},
		{"1.0 French locale: semicolons and a decimal comma, labels=both",
			"DATAFLOW;FREQ: Fréquence;REF_AREA: Zone;TIME_PERIOD: Période;OBS_VALUE;OBS_STATUS: Statut;UNIT_MULT: Multiplicateur\n" +
				"ESTAT:NA_MAIN(1.6): Principaux agrégats;A: Annuel;FR: France;2014;12,4;P: Provisoire;6: Millions\n",
			[]Observation{{Series: "NA_MAIN:A.FR", Area: "FR", Period: "2014", Value: 12.4, Status: "P", UnitMult: 6, Line: 2}}, 0},
		{"2.0 labels=name from OECD's csvfilewithlabels: an id column, then its names",
			"STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,FREQ,Frequency of observation,REF_AREA,Reference area,MEASURE,Measure,UNIT_MEASURE,Unit of measure,SECTOR,Institutional sector,EDITION,Edition,SCALE,Scale,CATEGORY,Category,TIME_PERIOD,Time period,OBS_VALUE,Observation value,OBS_STATUS,Observation status,UNIT_MULT,Unit multiplier,PRICE_BASE,Price base,BASE_PER,Base period\r\n" +
				"DATAFLOW,OECD.GOV.GIP:DSD_GOV_INT@DF_GOV_TDG_2025(1.1),\"Trust, security and dignity - government at a glance indicators, 2025 edition\",I,A,Annual,ISL,Iceland,TRUST_NG,Trust in national government,PT_RESP,Percentage of respondents,_Z,Not applicable,2025,2025,HMH,High and moderately high,TDG,\"Trust, security and dignity\",2021,,50.4,,A,Normal value,0,Units,_Z,Not applicable,,\r\n",
			[]Observation{{Series: "DSD_GOV_INT@DF_GOV_TDG_2025:A.ISL.TRUST_NG.PT_RESP._Z.2025.HMH.TDG", Area: "ISL", Period: "2021", Value: 50.4, Status: "A", Line: 2}}, 0},
		{"ECB csvdata, KEY first, attributes after the value",
			"KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,OBS_CONF,TITLE_COMPL,UNIT_MULT\n" +
				"EXR.D.USD.EUR.SP00.A,D,USD,EUR,SP00,A,2024-01-02,1.0956,A,F,\"ECB reference exchange rate, US dollar/Euro\",0\n",
			[]Observation{{Series: "EXR:D.USD.EUR.SP00.A", Period: "2024-01-02", Value: 1.0956, Status: "A", Line: 2}}, 0},
		{"Eurostat 1.0 with LAST UPDATE, OBS_FLAG and NaN",
			"DATAFLOW,LAST UPDATE,freq,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n" +
				"ESTAT:T2020_20(1.0),14/12/21 23:00:00,A,PC_GDP,AT,2016,3.12,p\n" +
				"ESTAT:T2020_20(1.0),14/12/21 23:00:00,A,PC_GDP,AT,2017,NaN,\n",
			[]Observation{{Series: "T2020_20:A.PC_GDP.AT", Area: "AT", Period: "2016", Value: 3.12, Status: "p", Line: 2}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := Parse("x.csv", strings.NewReader(tt.content), "", "")
			if err != nil {
				t.Fatal(err)
			}
			got := ds.Vintages[0].Observations
			if len(got) != len(tt.want) || ds.Skipped != tt.skipped {
				t.Fatalf("got %+v (skipped %d), want %+v (skipped %d)", got, ds.Skipped, tt.want, tt.skipped)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("observation %d: %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
	ds, _ := Parse("x.csv", strings.NewReader(tests[len(tests)-1].content), "", "")
	if ds.Vintages[0].Released != "2021-12-14" {
		t.Errorf("LAST UPDATE dates the snapshot %q, want 2021-12-14", ds.Vintages[0].Released)
	}
}

func TestALFREDRealTimePeriodsBecomeVintages(t *testing.T) {
	// FRED's ALFRED example: the unemployment rate for January 1990 was 5.3 on 1990-02-02,
	// revised to 5.4 on 1996-03-08.
	body := `{"realtime_start":"1776-07-04","realtime_end":"9999-12-31","count":3,"offset":0,"limit":100000,"observations":[
		{"realtime_start":"1990-02-02","realtime_end":"1996-03-07","date":"1990-01-01","value":"5.3"},
		{"realtime_start":"1996-03-08","realtime_end":"9999-12-31","date":"1990-01-01","value":"5.4"},
		{"realtime_start":"1990-03-09","realtime_end":"9999-12-31","date":"1990-02-01","value":"5.3"},
		{"realtime_start":"1990-03-09","realtime_end":"9999-12-31","date":"1990-03-01","value":"."}]}`
	ds, err := Parse("unrate.json", strings.NewReader(body), "", "UNRATE")
	if err != nil {
		t.Fatal(err)
	}
	type cell struct {
		released, period string
		value            float64
	}
	var got []cell
	for _, v := range ds.Vintages {
		for _, o := range v.Observations {
			got = append(got, cell{v.Released, o.Period, o.Value})
		}
	}
	want := []cell{
		{"1990-02-02", "1990-01-01", 5.3},
		{"1990-03-09", "1990-01-01", 5.3}, {"1990-03-09", "1990-02-01", 5.3},
		{"1996-03-08", "1990-01-01", 5.4}, {"1996-03-08", "1990-02-01", 5.3},
	}
	if len(got) != len(want) || ds.Missing != 1 {
		t.Fatalf("got %v (missing %d), want %v", got, ds.Missing, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("cell %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestALFREDVintageColumns(t *testing.T) {
	body := "observation_date,GDPC1_20010727,GDPC1_20020131\n2000-01-01,9192.0,9102.0\n2000-04-01,9300.5,.\n"
	ds, err := Parse("gdpc1.csv", strings.NewReader(body), "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Vintages) != 2 || ds.Vintages[0].Released != "2001-07-27" || ds.Vintages[1].Released != "2002-01-31" {
		t.Fatalf("vintages %+v", ds.Vintages)
	}
	if o := ds.Vintages[1].Observations; len(o) != 1 || o[0].Series != "GDPC1" || o[0].Value != 9102 || ds.Missing != 1 {
		t.Errorf("second vintage %+v, missing %d", o, ds.Missing)
	}
}

func TestWorldBankPagesAndStrings(t *testing.T) {
	page1 := `[{"page":1,"pages":"2","per_page":"2","total":3,"sourceid":"2","lastupdated":"2026-01-28"},
	[{"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"US","value":"United States"},"countryiso3code":"USA","date":"2023","value":2.9,"unit":"","obs_status":"","decimal":1},
	 {"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"US","value":"United States"},"countryiso3code":"USA","date":"2022","value":null,"unit":"","obs_status":"","decimal":1}]]`
	page2 := `[{"page":2,"pages":2,"per_page":2,"total":3,"sourceid":"2","lastupdated":"2026-01-28"},
	[{"indicator":{"id":"NY.GDP.MKTP.KD.ZG","value":"GDP growth (annual %)"},"country":{"id":"XC","value":"Euro area"},"countryiso3code":"","date":"2012M01","value":"30.8076705689111","decimal":"1"}]]`
	ds, err := Parse("wb.json", strings.NewReader(page1+"\n"+page2), "", "")
	if err != nil {
		t.Fatal(err)
	}
	obs := ds.Vintages[0].Observations
	if ds.Vintages[0].Released != "2026-01-28" || len(obs) != 2 || ds.Missing != 1 {
		t.Fatalf("%+v", ds)
	}
	if obs[0] != (Observation{Series: "NY.GDP.MKTP.KD.ZG", Area: "USA", Period: "2023", Value: 2.9, Line: 1}) ||
		obs[1].Area != "XC" || obs[1].Period != "2012-01" || obs[1].Value != 30.8076705689111 {
		t.Errorf("observations %+v", obs)
	}
}

func TestNormalizePeriod(t *testing.T) {
	tests := map[string]string{
		"2023": "2023", "2000-A1": "2023x", "2023-Q1": "2023-Q1", "2004Q1": "2004-Q1", "1947:Q1": "1947-Q1",
		"2000q2": "2000-Q2", "2015-S1": "2015-H1", "2015S2": "2015-H2", "2023-07": "2023-07", "2000-M12": "2000-12",
		"2014M05": "2014-05", "2004m05": "2004-05", "1947:01": "1947-01", "2012M01": "2012-01", "YR2011": "2011",
		"2013-10-01": "2013-10-01", "2010-01-01T00:00:00": "2010-01-01", "2023-Q5": "", "2020-W01": "", "201301": "",
		"2023-02-30": "", "": "",
	}
	tests["2000-A1"] = "2000"
	for raw, want := range tests {
		got, err := normalizePeriod(raw)
		if want == "" && err == nil || want != "" && got != want {
			t.Errorf("normalizePeriod(%q) = %q, %v; want %q", raw, got, err, want)
		}
	}
}

func TestConvertPeriod(t *testing.T) {
	tests := []struct{ period, to, want string }{
		{"2013-10-01", "quarter", "2013-Q4"}, {"2013-10-01", "month", "2013-10"}, {"2013-10-01", "year", "2013"},
		{"2013-07-01", "half", "2013-H2"}, {"2013-11", "quarter", "2013-Q4"}, {"2013-Q4", "quarter", "2013-Q4"},
		{"2013", "year", "2013"}, {"2013-10-01", "", "2013-10-01"}, {"2013-10-01", "day", "2013-10-01"},
		{"2013", "quarter", ""}, {"2013-Q4", "month", ""},
	}
	for _, tt := range tests {
		got, err := convertPeriod(tt.period, tt.to)
		if tt.want == "" && err == nil || tt.want != "" && got != tt.want {
			t.Errorf("convertPeriod(%q, %q) = %q, %v; want %q", tt.period, tt.to, got, err, tt.want)
		}
	}
}

func TestDetect(t *testing.T) {
	tests := map[string]Format{
		"\ufeffDATAFLOW,REF_AREA": SDMXCSV, "STRUCTURE[;],STRUCTURE_ID": SDMXCSV, "KEY,FREQ,TIME_PERIOD,OBS_VALUE": SDMXCSV,
		"freq,unit,geo\\TIME_PERIOD\t2024 ": EurostatTSV, "observation_date,GDPC1": FREDCSV, "DATE,UNRATE": FREDCSV,
		"DATE,ROUTPUT65Q4": Triangle, "time,2001-07-27,2002-01-31": Triangle, `  [{"page":1}`: WorldBankJSON,
		`{"realtime_start":"x","observations":[]}`: FREDJSON, "<?xml?><observations>": FREDXML,
		"USA: GDP,,\n,,\ntime,2000q2,2000q3\n": Triangle,
		"entity,indicator,period,value":        "", "Country Name,Country Code,Year,Value": "", "": "", "{}": "",
	}
	for head, want := range tests {
		if got := Detect([]byte(head)); got != want {
			t.Errorf("Detect(%q) = %q, want %q", head, got, want)
		}
	}
}

func BenchmarkParseSDMXCSV(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "sdmxcsv10_bis_otc_derivatives.csv"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseSDMXCSV("bis.csv", strings.NewReader(string(data))); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseTriangle(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "philly_rtdsm_ROUTPUTQvQd_excerpt.csv"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseTriangle("routput.csv", "", strings.NewReader(string(data))); err != nil {
			b.Fatal(err)
		}
	}
}
