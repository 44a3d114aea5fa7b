package report

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
)

// wideText is an article whose quotes and explanations hold wide (CJK) characters and
// combining marks, which take two columns and none.
func wideText() (extract.Article, []checks.Result) {
	a := extract.Article{ID: "東京/経済.txt", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}
	return a, []checks.Result{
		{
			Claim: extract.Claim{Quote: "日本の実質経済成長率は1.9%", Value: 1.9, Step: 0.1, Unit: "percent",
				Qualifier: "exact", Indicator: "gdp_growth", Entity: "JPN", Period: "2023", Kind: "actual"},
			Verdict: checks.Consistent, RefValue: ptr(1.9), RefPeriod: "2023", RefSource: "World Bank WDI",
			RefRelease:  "2026-07-01",
			Explanation: "Per World Bank WDI (release 2026-07-01), 日本 (Japan)'s GDP growth in 2023 was 1.9%, matching the claim's 1.9%.",
		},
		{
			// "São Paulo" and "Bogotá" written with combining marks (NFD), as some editors save.
			Claim: extract.Claim{Quote: "inflac\u0327a\u0303o em Sa\u0303o Paulo de 4.6%", Value: 4.6, Step: 0.1, Unit: "percent",
				Qualifier: "exact", Indicator: "inflation", Entity: "BRA", Period: "2023", Kind: "actual"},
			Verdict: checks.Inconsistent, RefValue: ptr(4.59), RefPeriod: "2023", RefSource: "World Bank WDI",
			RefRelease:  "2026-07-01",
			Explanation: "Per World Bank WDI, Brazil's inflation in 2023 was 4.59%; Bogota\u0301 and 東京 are named only to make this explanation wide: 東京都の消費者物価指数は総合指数で前年比.",
		},
	}
}

func renderWide(t *testing.T, opts Options) string {
	t.Helper()
	a, results := wideText()
	return renderArticles(t, "table", opts, []extract.Article{a}, [][]checks.Result{results})
}

func TestGoldenTableOfWideText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		width int
	}{
		{"table_wide_text_80", 80},
		{"table_wide_text_120", 120},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkGolden(t, filepath.Join("testdata", tc.name+".golden"), renderWide(t, Options{Width: tc.width}))
		})
	}
}

func TestGoldenTableInColour(t *testing.T) {
	checkGolden(t, filepath.Join("testdata", "table_colour.golden"), render(t, "table", Options{Width: 100, Color: true}))
}

// TestTableOfWideTextFitsAndAligns measures lines as a terminal shows them: every line of
// a table within the width, and every line of one table as wide as its top border. (Below
// about 70 columns the columns' minimums no longer fit: the table is then wider.)
func TestTableOfWideTextFitsAndAligns(t *testing.T) {
	for _, width := range []int{72, 80, 100, 120, 160} {
		for _, colour := range []bool{false, true} {
			out := renderWide(t, Options{Width: width, Color: colour})
			border := 0
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "==") || line == "" {
					continue
				}
				n := displayWidth(line)
				if n > width {
					t.Errorf("width %d: line of %d columns: %s", width, n, line)
				}
				switch {
				case strings.HasPrefix(line, "┌"):
					border = n
				case strings.HasPrefix(line, "│") || strings.HasPrefix(line, "├") || strings.HasPrefix(line, "└"):
					if n != border {
						t.Errorf("width %d, colour %v: line of %d columns under a border of %d: %s", width, colour, n, border, line)
					}
				}
			}
		}
	}
}

func TestColourMarksOnlyTheVerdict(t *testing.T) {
	plain := render(t, "table", Options{Width: 100})
	coloured := render(t, "table", Options{Width: 100, Color: true})
	if strings.Contains(plain, "\x1b[") {
		t.Error("a table without colour holds escapes")
	}
	for verdict, sgr := range map[string]string{checks.Inconsistent: "1;31", checks.Consistent: "32", checks.Outdated: "1;33", checks.NoReference: "2"} {
		if !strings.Contains(coloured, "\x1b["+sgr+"m"+verdict+"\x1b[0m") {
			t.Errorf("%s is not in colour %s", verdict, sgr)
		}
	}
	if stripped := strings.NewReplacer("\x1b[1;31m", "", "\x1b[1;33m", "", "\x1b[32m", "", "\x1b[36m", "", "\x1b[2m", "", "\x1b[0m", "").Replace(coloured); stripped != plain {
		t.Error("the coloured table differs from the plain one by more than its colours")
	}
}

func TestCutAtWidth(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  string
	}{
		{"abcdef", 4, "abcd"},
		{"東京都庁", 4, "東京"},
		{"東京都庁", 5, "東京"},
		{"Sa\u0303o", 2, "Sa\u0303"}, // the tilde stays on its a
		{"東", 1, "東"},                // a character wider than the line is kept whole
		{"ab", 10, "ab"},
	} {
		if got := tc.s[:cutAtWidth(tc.s, tc.width)]; got != tc.want {
			t.Errorf("cutAtWidth(%q, %d) keeps %q, want %q", tc.s, tc.width, got, tc.want)
		}
	}
}

// On a narrow terminal the rows are numbered, and the numbers of a long article's later parts
// run into the thousands: the "#" column is as wide as the last of them, never cut.
func TestNarrowTableNumbersFitTheirColumn(t *testing.T) {
	var results []checks.Result
	for _, s := range sample() {
		results = append(results, s.results...)
	}
	for _, first := range []int{1, 998, 99_999} {
		layout := fitColumns(terminalColumns(readableColumns(Options{})), results, 40, first)
		if len(layout.notes) == 0 || layout.columns[0].title != "#" {
			t.Fatalf("40 columns: no numbered notes (columns %v)", layout.columns)
		}
		last := strconv.Itoa(first + len(results) - 1)
		if got := layout.cells[len(results)-1][0]; got != last {
			t.Errorf("rows numbered from %d: the last is %q, want %q", first, got, last)
		}
		if want := len(last); layout.widths[0] != want {
			t.Errorf("rows numbered from %d to %s: the # column is %d wide, want %d", first, last, layout.widths[0], want)
		}
	}
}
