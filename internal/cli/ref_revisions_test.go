package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// revisionsDB is an empty database with one office's three releases of GDP growth: Russia's
// 2019 figure first 1.3, then 2.0, then 2.2; its 2020 figure first -3.0, then -2.7; and 36
// other countries' 2019 figures first 1.0, then 1.5, so that the first year's moves are
// measured on enough figures (38) for check to use them.
func revisionsDB(t *testing.T) string {
	t.Helper()
	db := refDB(t, true)
	var csv strings.Builder
	csv.WriteString(`entity,indicator,period,basis,value,kind,source,release_date
RUS,gdp_growth,2019,annual,1.3,actual,Revision Test Office,2020-03-01
RUS,gdp_growth,2019,annual,2.0,actual,Revision Test Office,2021-03-01
RUS,gdp_growth,2020,annual,-3.0,actual,Revision Test Office,2021-03-01
RUS,gdp_growth,2019,annual,2.2,actual,Revision Test Office,2024-03-01
RUS,gdp_growth,2020,annual,-2.7,actual,Revision Test Office,2024-03-01
`)
	for _, code := range strings.Fields("USA DEU FRA GBR ITA ESP JPN CHN IND BRA CAN AUS MEX KOR IDN TUR SAU ARG " +
		"ZAF NLD CHE SWE POL BEL AUT NOR DNK FIN IRL PRT GRC CZE HUN ROU NZL CHL") {
		csv.WriteString(code + ",gdp_growth,2019,annual,1.0,actual,Revision Test Office,2020-03-01\n")
		csv.WriteString(code + ",gdp_growth,2019,annual,1.5,actual,Revision Test Office,2024-03-01\n")
	}
	file := writeFile(t, filepath.Join(t.TempDir(), "office.csv"), []byte(csv.String()))
	if code, _, stderr := run(t, "", "ref", "import", "--db", db, file); code != ExitOK {
		t.Fatalf("import: %d %s", code, stderr)
	}
	return db
}

func TestRefRevisions(t *testing.T) {
	db := revisionsDB(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		outHas []string
		errHas string
	}{
		{"a table per indicator and age, with the margin check allows",
			[]string{"ref", "revisions", "--db", db},
			ExitOK, []string{"gdp_growth", "<1y", "1-2y", "Revision Test Office", "tolerance.revision_percentile"}, ""},
		{"CSV for a spreadsheet",
			[]string{"ref", "revisions", "--db", db, "--format", "csv", "--indicator", "gdp_growth"},
			ExitOK, []string{"indicator,age,unit,figures,revised,median,p90,p95,p99,max,margin,sources\n",
				"gdp_growth,<1y,pp,38,38,0.5,0.5,0.5,0.9,0.9,1,Revision Test Office\n",
				"gdp_growth,1-2y,pp,37,37,0.5,0.5,0.5,0.5,0.5,1,Revision Test Office\n"}, ""},
		{"an indicator with no releases to compare says so",
			[]string{"ref", "revisions", "--db", db, "--indicator", "inflation"},
			ExitOK, nil, "no source of inflation has two releases to compare"},
		{"an unknown indicator is a usage error",
			[]string{"ref", "revisions", "--db", db, "--indicator", "gdp_grwth"},
			ExitUsage, nil, "--indicator"},
		{"an unknown format is a usage error",
			[]string{"ref", "revisions", "--db", db, "--format", "xml"},
			ExitUsage, nil, "--format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := run(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, stderr)
			}
			for _, s := range tt.outHas {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			if tt.errHas != "" && !strings.Contains(stderr, tt.errHas) {
				t.Errorf("stderr lacks %q: %s", tt.errHas, stderr)
			}
		})
	}
}

// TestCheckUsesTheMeasuredMarginAndCountsReasons: an article older than every release, with
// a lower percentile and margin set in the config, is judged with the measured margin, and
// --summary counts the reason.
func TestCheckUsesTheMeasuredMarginAndCountsReasons(t *testing.T) {
	db := revisionsDB(t)
	dir := t.TempDir()
	config := writeFile(t, filepath.Join(dir, "config.yaml"), []byte("tolerance:\n  revision_margin: 0.01\n  revision_percentile: 100\n"))
	article := writeFile(t, filepath.Join(dir, "a.txt"), []byte("February 15, 2020\n\nRussia's economy grew 2.7% in 2019.\n"))
	code, out, stderr := run(t, "", "check", "--db", db, "--config", config, "--format", "jsonl", "--summary", "--quiet", article)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := jsonlRows(t, out)
	if len(rows) != 1 {
		t.Fatalf("%d rows: %s", len(rows), out)
	}
	// Every release came out after the article. The claim (2.7, standing for 2.65-2.75) is
	// 0.45 from the nearest release (2.2), beyond the configured 0.01 but within the largest
	// move measured (0.9 points).
	if rows[0]["verdict"] != "no_reference" || !strings.Contains(rows[0]["explanation"].(string), "within 0.9 points (the 100th percentile") {
		t.Errorf("row: %v", rows[0])
	}
	if !strings.Contains(squeezeSpaces(stderr), "no_reference: article older than every release, within measured revisions │ 1") {
		t.Errorf("summary lacks the reason:\n%s", stderr)
	}
}

// TestMoveIsPrintedAsMeasured: the largest move of a level revised from next to nothing is
// larger than an int64 of hundredths holds; it printed as -92233720368547760.
func TestMoveIsPrintedAsMeasured(t *testing.T) {
	for _, tt := range []struct {
		move float64
		want string
	}{
		{0, "0"},
		{2.164999, "2.16"},
		{0.005, "0.01"},
		{1499661.7, "1499661.7"},
		{1e20, "100000000000000000000"},
	} {
		if got := move(tt.move); got != tt.want {
			t.Errorf("move(%g) = %s, want %s", tt.move, got, tt.want)
		}
	}
}
