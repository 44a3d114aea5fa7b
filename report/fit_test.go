package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteFittedTableFitsTheWidth(t *testing.T) {
	header := []string{"source", "releases", "first_release", "figures", "licence"}
	rows := [][]string{
		{"BEA via SECO real-time data set", "89", "2002-12-31", "2390", "BEA data: public domain; real-time compilation: SECO real-time data set (Indergand and Leist 2014), R package reviser (MIT); cite both"},
		{"legislation.gov.uk", "0", "", "0", ""},
		{"World Bank WDI", "6", "2018-08-01", "756137", "CC-BY-4.0"},
	}
	tests := []struct {
		name      string
		width     int
		dropFirst []string
		wantLeft  string // the note of columns left out; "" for none
		wantWhole []string
	}{
		{"wide: as it is", 300, nil, "", []string{"BEA via SECO real-time data set", "legislation.gov.uk", "2002-12-31"}},
		{"80: text wrapped, dates and names whole", 80, nil, "", []string{"legislation.gov.uk", "2002-12-31", "756137"}},
		{"50: the rightmost column left out", 50, nil, "Left out at 50 columns: licence", []string{"legislation.gov.uk", "2002-12-31"}},
		{"50: the column named first left out", 50, []string{"releases", "first_release"}, "Left out at 50 columns: releases, first_release", []string{"legislation.gov.uk", "756137"}},
		{"narrower than any column: one column, as wide as it must be", 10, nil, "Left out at 10 columns", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := WriteFittedTable(&out, header, rows, tt.width, tt.dropFirst...); err != nil {
				t.Fatal(err)
			}
			text := out.String()
			table, note, _ := strings.Cut(text, "Left out")
			for _, line := range strings.Split(strings.TrimRight(table, "\n"), "\n") {
				if w := displayWidth(line); w > tt.width && tt.width >= 20 {
					t.Errorf("line of %d columns, more than %d: %q", w, tt.width, line)
				}
			}
			if (note != "") != (tt.wantLeft != "") || !strings.Contains(strings.Join(strings.Fields(text), " "), tt.wantLeft) {
				t.Errorf("want the note %q:\n%s", tt.wantLeft, text)
			}
			for _, whole := range tt.wantWhole {
				if !strings.Contains(text, whole) {
					t.Errorf("%q was cut:\n%s", whole, text)
				}
			}
		})
	}
}

func TestArticleHeadingIsWrappedNeverCut(t *testing.T) {
	tests := []struct {
		name, id, rest string
		width          int
		want           string
	}{
		{"fits", "a.txt", "(published 2025-03-04): 3 claims ==", 80, "== a.txt (published 2025-03-04): 3 claims =="},
		{"a long path broken after a slash", "corpus/2025/march/economy-roundup-of-the-week.txt", "(published 2025-03-04): 3 claims ==", 60,
			"== corpus/2025/march/economy-roundup-of-the-week.txt\n   (published 2025-03-04): 3 claims =="},
		{"a path longer than a line", "a/very/long/path/of/folders/that/goes/on/economy-roundup.txt", "(publication date unknown): no claims found ==", 40,
			"== a/very/long/path/of/folders/that/\n   goes/on/economy-roundup.txt\n   (publication date unknown): no claims\n   found =="},
		{"a title broken at a space", "a.txt — Germany's economy shrank in the second quarter", "(published 2025-03-04): 3 claims ==", 50,
			"== a.txt — Germany's economy shrank in the second\n   quarter (published 2025-03-04): 3 claims =="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := articleHeading(tt.id, tt.rest, tt.width)
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
