package timex

import (
	"slices"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestScanIntoIsScan checks that ScanInto finds what Scan finds whatever its buffer held, and
// that it writes into the buffer when it has room.
func TestScanIntoIsScan(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	buf := make([]Expr, 0, 1<<10)
	for _, published := range []time.Time{pub, {}} {
		for _, text := range fuzzSeeds {
			got := ScanInto(buf, text, published)
			if want := Scan(text, published); !slices.Equal(got, want) {
				t.Fatalf("ScanInto(%q) = %+v, want %+v", text, got, want)
			}
			if len(got) > 0 && &got[0] != &buf[:1][0] {
				t.Fatalf("ScanInto(%q) did not write into the buffer's room", text)
			}
			buf = got // what the text before left in it
		}
	}
}

// TestOrdinalsOfADigitHaveLetters holds the test atDigits makes before it looks a figure of
// one digit up in ordinalWords: that a letter follows the digit.
func TestOrdinalsOfADigitHaveLetters(t *testing.T) {
	for w := range ordinalWords {
		if w[0] >= '0' && w[0] <= '9' && (len(w) < 2 || !ascii.IsLetter(w[1])) {
			t.Errorf("ordinal %q is a digit not followed by a letter", w)
		}
	}
}

// TestDatesAtDigitsPassTheTest holds mayBeDateAtDigits to dateAt: every date dateAt reads at
// a digit of the corpus and of the cases here passes it.
func TestDatesAtDigitsPassTheTest(t *testing.T) {
	texts := append([]string{
		"on 5 March 2025", "the 3rd of May", "2025-03-04", "2025/03/04", "4th  June", "12 Dec.", "1 x", "7\tMay",
		"0.5% in 1980", "99 March", "1-2 May", "2025-3-4", "2025 - 03",
	}, fuzzSeeds...)
	texts = append(texts, testcorpus.Texts(t)...)
	checked := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if text[i] < '0' || text[i] > '9' {
				continue
			}
			if _, ok := dateAt(text, i); ok {
				checked++
				if !mayBeDateAtDigits(text, i, digitsEnd(text, i)) {
					t.Errorf("dateAt reads a date at %d of %q, which mayBeDateAtDigits turns away", i, text)
				}
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d dates at digits: the test tests little", checked)
	}
}

// TestFewDigitsReadOnlyBeforeALetterSpaceOrSlash holds the test atDigits makes before any rule
// at one or two digits (readsAfterFewDigits): where it fails, at the text's end or before any
// byte it turns away, no rule reads an expression (a date, an ordinal, "12 months to March", a
// month in figures), whatever comes after that byte.
func TestFewDigitsReadOnlyBeforeALetterSpaceOrSlash(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	rests := []string{"", " months to March 2004", "months to March", "st quarter", "nd half", "/2024", " March 2004", "th of March", "March"}
	turnedAway := 0
	for _, n := range []string{"1", "2", "3", "6", "12", "03", "06", "31"} {
		for c := 0; c <= 256; c++ {
			next := "" // c == 256: the text ends at the digits
			if c < 256 {
				if ascii.IsDigit(byte(c)) {
					continue // (it would lengthen the run)
				}
				next = string([]byte{byte(c)})
			}
			for _, rest := range rests {
				if next == "" && rest != "" {
					continue
				}
				text := "in " + n + next + rest
				i, de := 3, 3+len(n)
				if readsAfterFewDigits(text, de) {
					continue
				}
				turnedAway++
				s := scanner{text: text, published: pub}
				if _, ok := dateAt(text, i); ok {
					t.Errorf("dateAt reads %q", text)
				}
				if _, ok := ordinalWords[lowerASCII(text[i:ascii.WordEnd(text, de)])]; ok {
					t.Errorf("%q is an ordinal", text)
				}
				if _, ok := s.atNumericMonth(i, de); ok {
					t.Errorf("atNumericMonth reads %q", text)
				}
				if _, ok := s.atMonthsTo(i, de, atoi(n)); ok {
					t.Errorf("atMonthsTo reads %q", text)
				}
			}
		}
	}
	if turnedAway < 1000 {
		t.Fatalf("only %d texts turned away: the test tests little", turnedAway)
	}
}
