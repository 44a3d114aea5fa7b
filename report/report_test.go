package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata with the current output")

// checkGolden compares got with the golden file, which -update rewrites first. A difference
// is shown by its first line, since a whole page would bury it.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gotLines, wantLines := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	line := 0
	for line < len(gotLines) && line < len(wantLines) && gotLines[line] == wantLines[line] {
		line++
	}
	gotLine, wantLine := "(end)", "(end)"
	if line < len(gotLines) {
		gotLine = gotLines[line]
	}
	if line < len(wantLines) {
		wantLine = wantLines[line]
	}
	t.Errorf("output differs from %s at line %d (run go test -update to accept):\ngot  %q\nwant %q",
		golden, line+1, gotLine, wantLine)
}

func ptr(x float64) *float64 { return &x }

// sample is a hand-built report: the claims of the Russia article with their verdicts, an
// article with awkward text, and one with no claims.
func sample() []struct {
	article extract.Article
	results []checks.Result
} {
	published := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	russia := extract.Article{ID: "articles/000_5237bc893eb576b7.txt", Published: published,
		Title: "US extends sanctions on Russia"}
	awkward := extract.Article{ID: "corpus/awkward.html"}
	empty := extract.Article{ID: "articles/003_2f7eac855238448f.txt", Published: published}
	return []struct {
		article extract.Article
		results []checks.Result
	}{
		{russia, []checks.Result{
			{
				Claim: extract.Claim{Start: 412, End: 437, Quote: "Initially imposed in 2014",
					Sentence: "Initially imposed in 2014, the sanctions have been extended every year.",
					Unit:     "date", Qualifier: "exact", Indicator: "sanctions_imposed", Entity: "RUS",
					Jurisdiction: "USA", Period: "2014", PeriodExplicit: true, Kind: "actual"},
				Verdict: checks.Consistent, RefPeriod: "2014-03-06", RefSource: "Federal Register (govinfo)",
				RefRelease: "2014-03-06", RefURL: "https://www.govinfo.gov/content/pkg/FR-2024-03-05/html/2024-04858.htm",
				Explanation: "Per Federal Register (govinfo), the United States imposed sanctions on Russia on 2014-03-06 (EO 13660), which matches the claim's 2014.",
			},
			{
				Claim: extract.Claim{Start: 1020, End: 1032, Quote: "grew by 3.6%",
					Sentence: "According to Rosstat, Russia's economy grew by 3.6% in 2023.",
					Value:    3.6, Step: 0.1, Unit: "percent", Qualifier: "exact", Indicator: "gdp_growth",
					Entity: "RUS", Period: "2023", PeriodExplicit: true, Basis: "annual", Kind: "actual", Source: "Rosstat"},
				Verdict: checks.Outdated, RefValue: ptr(4.1), RefPeriod: "2023", RefSource: "Rosstat",
				RefRelease: "2025-02-07", RefURL: "https://trends.levif.be/a-la-une/international/la-russie-vante-la-croissance-de-son-pib/",
				Delta:       ptr(-0.4999999999999996),
				Explanation: "Per Rosstat (release 2025-02-07), Russia's GDP growth in 2023 was 4.1%; the claim's 3.6% matches Rosstat first estimate of 2024-02-07, already revised to 4.1% on 2025-02-07, before the article of 2025-03-04.",
			},
			{
				Claim: extract.Claim{Start: 1100, End: 1121, Quote: "official forecast of 3.9%",
					Value: 3.9, Step: 0.1, Unit: "percent", Qualifier: "exact", Indicator: "gdp_growth",
					Entity: "RUS", Period: "2024", Basis: "annual", Kind: "forecast"},
				Verdict: checks.Consistent, RefValue: ptr(3.9), RefPeriod: "2024", RefSource: "Economy Ministry of Russia",
				RefRelease: "2024-10-23", RefURL: "https://tass.com/economy/1860405", Delta: ptr(0),
				Explanation: "Per Economy Ministry of Russia (release 2024-10-23), Russia's GDP growth in 2024 was projected at 3.9%, matching the claim's 3.9%.",
			},
		}},
		{awkward, []checks.Result{
			{
				Claim: extract.Claim{Start: 5, End: 20, Quote: "shrank\n0.3%",
					Sentence: "=HYPERLINK(\"http://evil\") said the economy shrank\n0.3%, with \"quotes\", commas | pipes & <tags>.",
					Value:    -0.3, Step: 0.1, Unit: "percent", Qualifier: "approx", Change: "down",
					Indicator: "gdp_growth", Entity: "EMU", Period: "2023-Q3", Basis: "qoq", Kind: "actual",
					Source: "@eurostat"},
				Verdict:     checks.NoReference,
				Explanation: "No reference: the table holds EMU's GDP growth in Q3 2023 only on another basis than the claim's (qoq).",
			},
			{
				Claim: extract.Claim{Start: 40, End: 52, Quote: "$1.2bn deal", Value: 1.2e9, Step: 1e8,
					Unit: "USD", Qualifier: "more_than", Kind: "actual"},
				Verdict:     checks.Unchecked,
				Explanation: "Not checked: the number is not about an indicator the reference table holds.",
			},
			{
				Claim: extract.Claim{Start: 60, End: 75, Quote: "3-4% inflation", Value: 3, ValueMax: ptr(4), Step: 1,
					Unit: "percent", Qualifier: "exact", Indicator: "inflation", Entity: "GBR", Period: "2024", Kind: "actual"},
				Verdict: checks.Inconsistent, RefValue: ptr(2.5335), RefPeriod: "2024", RefSource: "World Bank WDI",
				RefRelease: "2026-07-01", RefURL: "javascript:alert(1)", Delta: ptr(0.4665),
				Explanation: "Per World Bank WDI (release 2026-07-01), GBR's inflation in 2024 was 2.53%; the claim's 3–4% matches no release of World Bank WDI.",
			},
		}},
		{empty, nil},
	}
}

func render(t *testing.T, format string, opts Options) string {
	t.Helper()
	articles := sample()
	as := make([]extract.Article, len(articles))
	results := make([][]checks.Result, len(articles))
	for i, s := range articles {
		as[i], results[i] = s.article, s.results
	}
	return renderArticles(t, format, opts, as, results)
}

// renderArticles writes articles[i] with results[i] in a format.
func renderArticles(t *testing.T, format string, opts Options, articles []extract.Article, results [][]checks.Result) string {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf, opts)
	if err != nil {
		t.Fatalf("NewWriter(%q): %v", format, err)
	}
	for i, a := range articles {
		if err := w.WriteArticle(a, results[i]); err != nil {
			t.Fatalf("WriteArticle: %v", err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name, format string
		opts         Options
	}{
		{"table", "table", Options{}},
		{"table_narrow", "table", Options{Width: 80}},
		{"table_extract", "table", Options{NoVerdicts: true}},
		{"csv", "csv", Options{}},
		{"tsv", "tsv", Options{}},
		{"jsonl", "jsonl", Options{}},
		{"jsonl_extract", "jsonl", Options{NoVerdicts: true}},
		{"json", "json", Options{}},
		{"md", "md", Options{}},
		{"html", "html", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, tt.format, tt.opts)
			checkGolden(t, filepath.Join("testdata", tt.name+".golden"), got)
		})
	}
}

func TestCSVRoundTripsColumnsAndNeutralisesFormulas(t *testing.T) {
	records, err := csv.NewReader(strings.NewReader(render(t, "csv", Options{}))).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if strings.Join(records[0], ",") != strings.Join(Columns, ",") {
		t.Fatalf("header = %v, want %v", records[0], Columns)
	}
	if len(records) != 1+6 {
		t.Fatalf("%d records, want a header and 6 rows", len(records))
	}
	field := func(row int, column string) string {
		for i, c := range Columns {
			if c == column {
				return records[row][i]
			}
		}
		t.Fatalf("no column %q", column)
		return ""
	}
	checks := []struct {
		row          int
		column, want string
	}{
		{2, "delta", "-0.5"},
		{2, "value", "3.6"},
		{4, "value", "-0.3"},
		{4, "sentence", `'=HYPERLINK("http://evil") said the economy shrank` + "\n" + `0.3%, with "quotes", commas | pipes & <tags>.`},
		{4, "source", "'@eurostat"},
		{5, "value", "1200000000"},
		{1, "value", ""},
		{1, "published", "2025-03-04"},
		{4, "published", ""},
		{6, "value_max", "4"},
	}
	for _, c := range checks {
		if got := field(c.row, c.column); got != c.want {
			t.Errorf("row %d %s = %q, want %q", c.row, c.column, got, c.want)
		}
	}
}

func TestJSONLIsOneObjectPerLineWithoutEmptyFields(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(render(t, "jsonl", Options{}), "\n"), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want 6", len(lines))
	}
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d is not a JSON object: %v", i+1, err)
		}
		for k, v := range obj {
			if v == "" {
				t.Errorf("line %d carries empty field %q", i+1, k)
			}
		}
	}
	var second map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &second); err != nil {
		t.Fatal(err)
	}
	if second["value"] != 3.6 || second["delta"] != -0.5 || second["start"] != 1020.0 {
		t.Errorf("numbers not written as JSON numbers: value %v delta %v start %v", second["value"], second["delta"], second["start"])
	}
}

func TestJSONIsOneArrayWithEveryKey(t *testing.T) {
	var rows []map[string]any
	if err := json.Unmarshal([]byte(render(t, "json", Options{})), &rows); err != nil {
		t.Fatalf("output is not a JSON array: %v", err)
	}
	if len(rows) != 6 {
		t.Fatalf("%d rows, want 6", len(rows))
	}
	for i, row := range rows {
		if len(row) != len(Columns) {
			t.Errorf("row %d has %d keys, want %d", i, len(row), len(Columns))
		}
	}
	if rows[4]["value_max"] != nil || rows[5]["value_max"] != 4.0 {
		t.Errorf("value_max = %v and %v, want null and 4", rows[4]["value_max"], rows[5]["value_max"])
	}
}

func TestEmptyOutputIsStillValid(t *testing.T) {
	tests := []struct{ format, want string }{
		{"json", "[]\n"},
		{"jsonl", ""},
		{"csv", strings.Join(Columns, ",") + "\n"},
		{"table", ""},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		w, err := NewWriter(tt.format, &buf, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tt.want {
			t.Errorf("%s with no articles = %q, want %q", tt.format, buf.String(), tt.want)
		}
	}
}

func TestTableFitsTheTerminalWidth(t *testing.T) {
	for _, width := range []int{80, 120, 160} {
		out := render(t, "table", Options{Width: width})
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "==") {
				continue
			}
			if n := displayWidth(line); n > width {
				t.Errorf("width %d: line of %d runes: %s", width, n, line)
			}
		}
	}
}

func TestNewWriterRejectsUnknownFormats(t *testing.T) {
	_, err := NewWriter("ods", &bytes.Buffer{}, Options{})
	if err == nil || !strings.Contains(err.Error(), "csv, html, json, jsonl, md, table, tsv, xlsx") {
		t.Errorf("error = %v, want the list of formats", err)
	}
	if _, err := NewWriter("CSV", &bytes.Buffer{}, Options{}); err != nil {
		t.Errorf("format names are case-insensitive: %v", err)
	}
}

func TestFormatFromPath(t *testing.T) {
	tests := []struct {
		path, format string
		ok           bool
	}{
		{"review.csv", "csv", true},
		{"review.tsv", "tsv", true},
		{"out/claims.JSONL", "jsonl", true},
		{"claims.ndjson", "jsonl", true},
		{"claims.json", "json", true},
		{"report.txt", "table", true},
		{"report.html", "html", true},
		{"report.htm", "html", true},
		{"report.md", "md", true},
		{"report", "", false},
		{"report.xlsx", "xlsx", true},
		{"report.xls", "", false},
	}
	for _, tt := range tests {
		format, ok := FormatFromPath(tt.path)
		if format != tt.format || ok != tt.ok {
			t.Errorf("FormatFromPath(%q) = %q, %v; want %q, %v", tt.path, format, ok, tt.format, tt.ok)
		}
		if ok {
			if _, err := NewWriter(format, &bytes.Buffer{}, Options{}); err != nil {
				t.Errorf("FormatFromPath(%q) gives %q, which NewWriter rejects: %v", tt.path, format, err)
			}
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{4.0700000000000003, "4.07"},
		{3.6 - 4.1, "-0.5"},
		{1.2e9, "1200000000"},
		{2046284838151.09, "2046284838151.09"},
		{0.1 + 0.2, "0.3"},
		{143826130, "143826130"},
		{4.06661395813023, "4.06661395813023"},
		{-0.3, "-0.3"},
		{0, "0"},
		{-1e-20, "-0.00000000000000000001"},
	}
	for _, tt := range tests {
		if got := FormatNumber(tt.in); got != tt.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNeutraliseCell(t *testing.T) {
	tests := []struct{ column, in, want string }{
		{"value", "-0.3", "-0.3"},
		{"delta", "-1200000000", "-1200000000"},
		{"quote", "-0.3%", "'-0.3%"},
		{"value", "-1+1", "'-1+1"},
		{"sentence", "=SUM(A1)", "'=SUM(A1)"},
		{"source", "+Reuters", "'+Reuters"},
		{"explanation", "Per Rosstat", "Per Rosstat"},
		{"quote", "\tcmd", "'\tcmd"},
		{"quote", "", ""},
	}
	for _, tt := range tests {
		if got := neutraliseCell(tt.column, tt.in); got != tt.want {
			t.Errorf("neutraliseCell(%q, %q) = %q, want %q", tt.column, tt.in, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"the claim's 3.6% matches", 12, "the claim's\n3.6% matches"},
		{"short", 12, "short"},
		{"https://example.org/a/very/long/path", 10, "https://\nexample.\norg/a/\nvery/long/\npath"},
		{"legislation.gov.uk", 14, "legislation.\ngov.uk"},
		{"military_expenditure_gdp", 14, "military_\nexpenditure_\ngdp"},
		{"Interfax-Ukraine", 14, "Interfax-\nUkraine"},
		{"abcdefghijklmnop", 10, "abcdefghij\nklmnop"},
		{"4.1%\nRosstat", 20, "4.1%\nRosstat"},
		{"Россия выросла на 3,6%", 10, "Россия\nвыросла на\n3,6%"},
	}
	for _, tt := range tests {
		if got := wrap(tt.in, tt.width); got != tt.want {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestClaimValue(t *testing.T) {
	tests := []struct {
		claim extract.Claim
		want  string
	}{
		{extract.Claim{Value: 3.6, Unit: "percent", Qualifier: "exact"}, "3.6%"},
		{extract.Claim{Value: 4, Unit: "percent", Qualifier: "approx"}, "about 4%"},
		{extract.Claim{Value: 3, ValueMax: ptr(4), Unit: "percent"}, "3–4%"},
		{extract.Claim{Value: 1.2e9, Unit: "USD", Qualifier: "more_than"}, "more than $1.2 billion"},
		{extract.Claim{Value: 146e6, Unit: "person", Qualifier: "nearly"}, "nearly 146 million people"},
		{extract.Claim{Value: 0.3, Unit: "pp", Change: "up"}, "up 0.3 pp"},
		{extract.Claim{Value: 13000, Unit: "worker"}, "13000 worker"},
		{extract.Claim{Value: 5e9, Unit: "RUB"}, "RUB 5 billion"},
		{extract.Claim{Unit: "date", Period: "2026-03-06"}, "2026-03-06"},
	}
	for _, tt := range tests {
		if got := claimValue(tt.claim); got != tt.want {
			t.Errorf("claimValue(%+v) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// BenchmarkWriters measures each format on the sample report; bytes are those written.
func BenchmarkWriters(b *testing.B) {
	articles := sample()
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			var buf bytes.Buffer
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				w, err := NewWriter(format, &buf, Options{})
				if err != nil {
					b.Fatal(err)
				}
				for _, s := range articles {
					if err := w.WriteArticle(s.article, s.results); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

// TestTerminalEscapesGolden renders an article whose id, title, quote, sentence, source and
// explanation carry terminal escapes (a screen clear, a forged hyperlink, a C1 control, a
// bidi override): the table shows them escaped, CSV and JSONL keep the text as it is.
func TestTerminalEscapesGolden(t *testing.T) {
	a := extract.Article{ID: "corpus/evil\x1b[2J\u202etxt.html", Title: "Growth\x1b]8;;http://evil.example\x07click\x1b]8;;\x07",
		Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	results := []checks.Result{{
		Claim: extract.Claim{Start: 10, End: 22, Quote: "grew \x1b[31m3.6%", Sentence: "The economy grew \x1b[31m3.6%\x1b[0m in 2023\u009b2J.",
			Value: 3.6, Step: 0.1, Unit: "percent", Qualifier: "exact", Indicator: "gdp_growth", Entity: "RUS",
			Period: "2023", Basis: "annual", Kind: "actual", Source: "Ros\u202estat"},
		Verdict: checks.Consistent, RefValue: ptr(3.6), RefPeriod: "2023", RefSource: "Rosstat\x07",
		RefRelease: "2024-02-07", Explanation: "Per Rosstat\x1b[2J, it matches.",
	}}
	for _, tt := range []struct{ name, format string }{{"table_escapes", "table"}, {"csv_escapes", "csv"}, {"jsonl_escapes", "jsonl"}} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(tt.format, &buf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := w.WriteArticle(a, results); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if tt.format == "table" && strings.ContainsAny(got, "\x1b\x07\u009b\u202e") {
				t.Errorf("raw escapes in the table:\n%q", got)
			}
			if tt.format == "csv" && !strings.Contains(got, "evil\x1b[2J\u202etxt.html") {
				t.Errorf("the CSV does not keep the id as it is:\n%q", got)
			}
			checkGolden(t, filepath.Join("testdata", tt.name+".golden"), got)
		})
	}
}

// numberRoundedTo15 is FormatNumber as it was first written: x rounded to 15 significant
// digits and written in its shortest plain decimal.
func numberRoundedTo15(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	rounded, err := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 15, 64), 64)
	if err != nil || rounded == 0 {
		rounded = 0
	}
	return strconv.FormatFloat(rounded, 'f', -1, 64)
}

// TestFormatNumberRoundsTo15Digits compares FormatNumber with the rounding to 15 digits
// over numbers of every size: random bits, decimals of few digits, sums that leave float
// noise, integers, subnormals, and the neighbours of each.
func TestFormatNumberRoundsTo15Digits(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 6))
	check := func(x float64) {
		for _, y := range []float64{x, math.Nextafter(x, math.Inf(1)), math.Nextafter(x, math.Inf(-1))} {
			got := FormatNumber(y)
			if want := numberRoundedTo15(y); got != want {
				t.Fatalf("FormatNumber(%v) = %q, want %q", y, got, want)
			}
			// The JSON reports write it as a number.
			if !math.IsNaN(y) && !math.IsInf(y, 0) && !json.Valid([]byte(got)) {
				t.Fatalf("FormatNumber(%v) = %q, not a JSON number", y, got)
			}
		}
	}
	for _, x := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1 + 0.2, 3.6 - 4.1, 4.0700000000000003, 1e15, 1e15 - 1,
		1e16 + 2, 999999999999999.9, 0x1p-1022, 0x1p-1074, 5e-324, math.MaxFloat64, math.Inf(1), math.NaN()} {
		check(x)
		check(-x)
	}
	for range 300000 {
		var x float64
		switch rng.IntN(4) {
		case 0:
			x = math.Float64frombits(rng.Uint64())
		case 1:
			digits := rng.IntN(18) + 1
			x, _ = strconv.ParseFloat(strconv.FormatInt(rng.Int64N(int64(math.Pow10(digits))), 10)+"e"+strconv.Itoa(rng.IntN(40)-20), 64)
		case 2:
			x = float64(rng.IntN(1000))/10 - float64(rng.IntN(1000))/100
		default:
			x = float64(rng.Int64N(1<<62)) * math.Pow10(rng.IntN(10)-5)
		}
		check(x)
	}
}
