package timex

import "encoding/binary"

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
