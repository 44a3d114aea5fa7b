package timex

import (
	"encoding/binary"
	"strings"
	"testing"
	"time"
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
		top = rest
	}
	return time.Time{}, false
}

func TestDatelinePassesOverNoDateline(t *testing.T) {
	for _, text := range datelineTexts {
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

func TestHasFourDigits(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"2025", true},
		{"202", false},
		{"20 25", false},
		{"words without a year, long ones", false},
		{"words then 1999", true},
		{"1234567", true},
		{"abcdefg1234", true},
		{"abcdefg123 4567", true},
		{"abcdef12/34", false},
		{"12345678", true},
		{"1/2/3/4/5/6/7/8/9", false},
		{"::::;;;;////0000", true},
		{"::::;;;;////000", false},
		{"٢٠٢٥ in Arabic digits", false},
	} {
		if got := hasFourDigits(tt.s); got != tt.want {
			t.Errorf("hasFourDigits(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// digitMask marks exactly the bytes that are ASCII digits, whatever the bytes around them.
func TestDigitMaskMarksDigitsAlone(t *testing.T) {
	for b := range 256 {
		for at := range 8 {
			for _, around := range []byte{0, '0', '9', '/', ':', 0x80, 0xb0, 0xff} {
				var word [8]byte
				for i := range word {
					word[i] = around
				}
				word[at] = byte(b)
				m := digitMask(binary.LittleEndian.Uint64(word[:]))
				for i, c := range word {
					if got, want := m>>(8*i+7)&1 == 1, c >= '0' && c <= '9'; got != want {
						t.Fatalf("digitMask(%q) marks byte %d (%q): %v, want %v", word, i, c, got, want)
					}
				}
			}
		}
	}
}

func FuzzHasFourDigits(f *testing.F) {
	f.Add("abc 2025 def")
	f.Add("1234")
	f.Add("a/123456789/b")
	f.Fuzz(func(t *testing.T, s string) {
		want, run := false, 0
		for i := range len(s) {
			if s[i] >= '0' && s[i] <= '9' {
				run++
				want = want || run >= 4
			} else {
				run = 0
			}
		}
		if got := hasFourDigits(s); got != want {
			t.Fatalf("hasFourDigits(%q) = %v, want %v", s, got, want)
		}
	})
}
