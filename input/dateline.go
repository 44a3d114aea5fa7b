package input

import (
	"strings"
	"time"

	"github.com/factcheck/factcheck/extract/timex"
)

// The top of an article that timex.Dateline reads: its first lines, within its first bytes.
// TestDatelineAsTimexFindsIt holds these to timex's own limits.
const (
	datelineLines = 10
	datelineBytes = 600
)

// dateline returns what timex.Dateline(text) returns, asking it only of the lines of the top
// that can hold a date. A dateline has a day and a year, and a year is four ASCII digits in a
// row (the text is normalised: digits of other scripts are ASCII already), so a line without
// four digits in a row holds none. Dateline tries each line as a dateline and then as a byline
// of fields parted by one of three separators, each searched for over the whole line: on the
// lines of prose at the top of most articles, that was a fifth of the cost of reading a
// corpus. Each line is asked alone, in order, so the first date found is the one Dateline
// would find.
func dateline(text string) (time.Time, bool) {
	top := text[:min(len(text), datelineBytes)]
	for range datelineLines {
		if top == "" {
			break
		}
		line, rest, _ := strings.Cut(top, "\n")
		if hasFourDigits(line) {
			if d, ok := timex.Dateline(line); ok {
				return d, true
			}
		}
		top = rest
	}
	return time.Time{}, false
}

// hasFourDigits reports four ASCII digits in a row in s. Eight bytes without a digit are
// passed over at a time, as most words are.
func hasFourDigits(s string) bool {
	run := 0
	i := 0
	for i < len(s) {
		if run == 0 && i+8 <= len(s) && !hasDigit(load64(s[i:])) {
			i += 8
			continue
		}
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
		i++
	}
	return false
}

// hasDigit reports whether one of the eight bytes of x is an ASCII digit: a byte whose high
// half is 3 and whose low half is below 10. Xor with '0' makes a digit's byte its value, below
// 10, and no other byte is: the test for a byte below 10 then sets the top bit of the lowest
// such byte (a borrow from it may mark bytes above too, but only when there is one).
func hasDigit(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	v := x ^ (0x30 * ones)
	return (v-10*ones)&^v&highs != 0
}

// load64 returns the first eight bytes of s as one little-endian word; the loads combine
// into one.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
