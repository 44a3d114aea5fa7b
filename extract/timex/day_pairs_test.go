package timex

import (
	"strings"
	"testing"
)

// TestPairsOfDays (blind round 194): two days that share a month and a year are one date, the
// first day's, and the year after the second is theirs: "The first large package of Western
// sanctions was imposed on February 22 and 23, 2022" was read as February 22 of the year of
// publication (2024), and "23" as a figure. In either order of day and month, joined by "and",
// "to" or a dash.
func TestPairsOfDays(t *testing.T) {
	tests := []struct {
		text, phrase, period string
	}{
		{"was imposed on February 22 and 23, 2022, after", "February 22 and 23, 2022", "2022-02-22"},
		{"was imposed on February 22-23, 2022.", "February 22-23, 2022", "2022-02-22"},
		{"was imposed on February 22–23, 2022.", "February 22–23, 2022", "2022-02-22"},
		{"was imposed on February 22nd and 23rd, 2022.", "February 22nd and 23rd, 2022", "2022-02-22"},
		{"was imposed on 22 and 23 February 2022.", "22 and 23 February 2022", "2022-02-22"},
		{"was imposed on 22-23 February 2022.", "22-23 February 2022", "2022-02-22"},
		{"the festival runs from 6 to 9 January 2022.", "6 to 9 January 2022", "2022-01-06"},
		// near-misses: a second number that is a count, a percentage or no later day
		{"on March 2 and 3 million people lost their jobs in 2022", "March 2", "2025-03-02"},
		{"on March 2 and 3 percent", "March 2", "2025-03-02"},
		{"on March 12 and 3, 2022", "March 12", "2025-03-12"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Scan(tt.text, published)
			if len(got) == 0 {
				t.Fatalf("Scan(%q) found no date", tt.text)
			}
			g := got[0]
			if p := tt.text[g.Start:g.End]; p != tt.phrase || g.Period != tt.period {
				t.Errorf("Scan(%q)[0] = %q %s, want %q %s", tt.text, p, g.Period, tt.phrase, tt.period)
			}
		})
	}
}

// TestDaysOfAPairAreDateNumbers: the quantity scanner leaves both days of a pair to the dates
// ("on 22 and 23 June" held a figure of 22), and a count after a day to itself.
func TestDaysOfAPairAreDateNumbers(t *testing.T) {
	tests := []struct {
		text, num string
		want      bool
	}{
		{"on February 22 and 23, 2022, after", "23", true},
		{"on February 22-23, 2022.", "23", true},
		{"in London on 22 and 23 June.", "22", true},
		{"from 24-26 June, but", "24", true},
		{"on 14, 20 and 27 April.", "20", true},
		{"on March 2 and 3 million people", "3", false},
		{"between 1 and 2 percent in June", "1", false},
		{"on March 12 and 3 more", "3", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.num)
		if got := IsDateNumber(tt.text, i, i+len(tt.num)); got != tt.want {
			t.Errorf("IsDateNumber(%q, %q) = %v, want %v", tt.text, tt.num, got, tt.want)
		}
	}
}

// TestYearSharedWithALaterDate (blind round 202): "on Aug. 7 and Nov. 5, 2018" gives both dates
// 2018; "full-year inflation in 2023" is 2023's, not the year of the month named before it
// (blind round 200).
func TestYearSharedWithALaterDate(t *testing.T) {
	tests := []struct {
		text, phrase, period string
	}{
		{"reimposed sanctions in two waves, on Aug. 7 and Nov. 5, 2018, the second", "Aug. 7", "2018-08-07"},
		{"on March 3 and June 5, 2021.", "March 3", "2021-03-03"},
		// near-misses: an earlier month after "and" is no year's of the first; a year after
		// "full-year" and its noun is the one named
		{"on Nov. 7 and Aug. 5, 2018.", "Nov. 7", "2024-11-07"},
		{"Prices fell in January. Full-year inflation in 2023 averaged 1.23 per cent.", "January", "2025-01"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := Scan(tt.text, published)
			if len(got) == 0 {
				t.Fatalf("Scan(%q) found no date", tt.text)
			}
			g := got[0]
			if p := tt.text[g.Start:g.End]; p != tt.phrase || g.Period != tt.period {
				t.Errorf("Scan(%q)[0] = %q %s, want %q %s", tt.text, p, g.Period, tt.phrase, tt.period)
			}
			if strings.Contains(tt.text, "Full-year") {
				for _, e := range got[1:] {
					if tt.text[e.Start:e.End] != "2023" {
						t.Errorf("Scan(%q) read %q as %s; want only 2023 after January", tt.text, tt.text[e.Start:e.End], e.Period)
					}
				}
			}
		})
	}
}
