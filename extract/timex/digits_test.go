package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// datelineTexts are tops of articles for Dateline, with a date where it finds one
// and where it stops looking: on the tenth line and not the eleventh, within the first 600
// bytes and not across them.
var datelineTexts = []string{
	"",
	"\n\n\n",
	"Headline\nMarch 4, 2025\nBody text.",
	"RT.com\n04 Mar 2025, 20:24 GMT+10\nThe step is necessary",
	"LONDON, March 4, 2025 (Reuters) - Shares fell",
	"By Staff Reporter | Lagos | 16 February 2024\nNigeria's inflation",
	"Headline\nJane Doe · Feb. 16, 2024\nBody",
	"| 16 February 2024 | 2.3% |\nBody",
	"G20 meets in 2025\nMarch 4, 2025\nBody",
	"The economy grew 2.3% in 2024, the bank said.\n2025-03-04\nBody",
	"Headline\nThe sanctions were imposed on March 4, 2014 by the US.",
	"Headline\nBy Jane Smith\nMarch the fourth, twenty twenty-five",
	strings.Repeat("line\n", 9) + "March 4, 2025\n",
	strings.Repeat("line\n", 10) + "March 4, 2025\n",
	strings.Repeat("\n", 9) + "4 March 2025",
	strings.Repeat("\n", 10) + "4 March 2025",
	strings.Repeat("x", 580) + "\n4 March 2025\nBody",
	strings.Repeat("x", 585) + "\n4 March 2025\nBody",
	strings.Repeat("x", 586) + "\n4 March 2025\nBody",
	strings.Repeat("x", 587) + "\n4 March 2025\nBody",
	strings.Repeat("x", 590) + "\n4 March 2025\nBody",
	strings.Repeat("x", 600) + "\n4 March 2025\nBody",
	strings.Repeat("é", 293) + "\n4 March 2025\nBody",
	"Headline 1234567\n12 May 2023",
	"5 June 20245\nBody",
	"The 2019 report\nand the 2020 review, 1234 5678\nMarch 4, 2025\nBody",
	strings.Repeat("In 1999\n", 9) + "March 4, 2025\n",
	strings.Repeat("In 1999\n", 10) + "March 4, 2025\n",
	strings.Repeat("x", 60) + "\n" + strings.Repeat("y", 2) + " 2024 | 16 Feb 2024\n",
}

// datelineOfEveryLine is Dateline as it was before it passed over the lines with no four
// digits in a row: it asks every line of the top.
func datelineOfEveryLine(text string) (time.Time, bool) {
	top := text[:min(len(text), datelineBytes)]
	for range datelineLines {
		if top == "" {
			break
		}
		line, rest, _ := strings.Cut(top, "\n")
		if t, ok := datelineIn(line); ok {
			return t, true
		}
		if t, ok := datelineInParts(line); ok {
			return t, true
		}
		if t, ok := mastheadDateline(line); ok {
			return t, true
		}
		top = rest
	}
	return time.Time{}, false
}

func TestDatelinePassesOverNoDateline(t *testing.T) {
	texts := datelineTexts
	if !testing.Short() {
		texts = append(texts, testcorpus.Texts(t)...)
	}
	for _, text := range texts {
		got, gotOK := Dateline(text)
		want, wantOK := datelineOfEveryLine(text)
		if gotOK != wantOK || !got.Equal(want) {
			t.Errorf("Dateline(%q) = %v, %v; asked of every line, %v, %v", text, got, gotOK, want, wantOK)
		}
	}
}

func FuzzDatelinePassesOverNoDateline(f *testing.F) {
	for _, text := range datelineTexts {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, gotOK := Dateline(text)
		want, wantOK := datelineOfEveryLine(text)
		if gotOK != wantOK || !got.Equal(want) {
			t.Fatalf("Dateline(%q) = %v, %v; asked of every line, %v, %v", text, got, gotOK, want, wantOK)
		}
	})
}

func TestFourDigitsFrom(t *testing.T) {
	for _, tt := range []struct {
		s    string
		i    int
		want int
	}{
		{"", 0, -1},
		{"2025", 0, 0},
		{"2025", 1, -1},
		{"202", 0, -1},
		{"20 25", 0, -1},
		{"words without a year, long ones", 0, -1},
		{"words then 1999", 0, 11},
		{"1234567", 0, 0},
		{"1234567", 3, 3},
		{"1234567", 4, -1},
		{"abcdefg1234", 0, 7},
		{"abcdefg123 4567", 0, 11},
		{"abcdef12/34", 0, -1},
		{"12345678", 0, 0},
		{"1/2/3/4/5/6/7/8/9", 0, -1},
		{"::::;;;;////0000", 0, 12},
		{"::::;;;;////000", 0, -1},
		{"٢٠٢٥ in Arabic digits", 0, -1},
		{strings.Repeat("x", 62) + "1234", 0, 62},
		{strings.Repeat("x", 61) + "1234", 0, 61},
		{strings.Repeat("x", 63) + "1234", 0, 63},
		{strings.Repeat("x", 64) + "1234", 0, 64},
		{strings.Repeat("x", 64) + "1234", 1, 64},
		{strings.Repeat("x", 200) + "12x3456", 10, 203},
	} {
		if got := fourDigitsFrom(tt.s, tt.i); got != tt.want {
			t.Errorf("fourDigitsFrom(%q, %d) = %d, want %d", tt.s, tt.i, got, tt.want)
		}
	}
}

func FuzzFourDigitsFrom(f *testing.F) {
	f.Add("abc 2025 def", 0)
	f.Add("1234", 1)
	f.Add("a/123456789/b", 3)
	f.Add(strings.Repeat("x", 62)+"1234"+strings.Repeat("y", 100)+"5678", 70)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		want, run := -1, 0
		for k := i; k < len(s) && want < 0; k++ {
			if s[k] >= '0' && s[k] <= '9' {
				run++
				if run == 4 {
					want = k - 3
				}
			} else {
				run = 0
			}
		}
		if got := fourDigitsFrom(s, i); got != want {
			t.Fatalf("fourDigitsFrom(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}
