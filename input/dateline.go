package input

import (
	"encoding/binary"
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

// hasFourDigits reports four ASCII digits in a row in s, reading it eight bytes at a time:
// each word's digits as a mask, joined with the last three bytes of the word before for a row
// across the two.
func hasFourDigits(s string) bool {
	var before uint64 // the mask of the word before
	for ; len(s) >= 8; s = s[8:] {
		m := digitMask(load64(s))
		if m != 0 && (fourInARow(m) || fourInARow(m<<24|before>>40)) {
			return true
		}
		before = m
	}
	var last [8]byte // the bytes left, then zeros, which are no digits
	copy(last[:], s)
	m := digitMask(binary.LittleEndian.Uint64(last[:]))
	return m != 0 && (fourInARow(m) || fourInARow(m<<24|before>>40))
}

// digitMask returns the top bit of each byte of x that is an ASCII digit. Xor with '0' makes a
// digit's byte its value, below 10, and no other byte is; adding 0x76 to the low seven bits
// of a byte sets its top bit when they are 10 or more, and carries into no other byte.
func digitMask(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := x ^ ('0' * ones)
	return ^((v&^high + 0x76*ones) | v) & high
}

// fourInARow reports four bytes in a row with the top bit set in the mask m, the first byte
// lowest.
func fourInARow(m uint64) bool {
	return m&(m>>8)&(m>>16)&(m>>24) != 0
}

// load64 returns the first eight bytes of s as one little-endian word; the loads combine
// into one.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
