package report

import (
	"unicode/utf8"
	"unsafe"
)

const lowerHex = "0123456789abcdef"

// appendJSONString appends s to dst as a JSON string, exactly as encoding/json writes it with
// SetEscapeHTML(false): <, > and & stay readable; quotes, backslashes and control characters
// are escaped (\n, \r, \t, \b and \f by name, others as \u00XX); U+2028 and U+2029 are escaped,
// since JavaScript reads them as line ends; each byte of invalid UTF-8 becomes \ufffd. It
// replaces an encoder per value, which cost more than the rest of a row together.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Most text is plain ASCII, written as it is: 32 bytes are passed at a time with
		// AVX2, then eight at a time.
		if useAVX2 && len(s)-i >= 32 {
			i += plainJSONRun(unsafe.StringData(s[i:]), len(s)-i)
		}
		for i+8 <= len(s) && plainJSONWord(word(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', lowerHex[b>>4], lowerHex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', lowerHex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// word is the eight bytes of s from i, read in one load.
func word(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// plainJSONWord reports whether the eight bytes of x are all ASCII that a JSON string holds
// as it is: none below 0x20, no quote, no backslash. Each test is the classic one for a byte
// of a word below a bound (a byte equal to c is a zero byte of the word xor c): subtracting
// sets the top bit of a byte below the bound, or of one a byte below it borrowed from, which
// needs such a byte first. The classic test also clears the top bit of bytes that had it,
// which here are not ASCII: such a byte keeps it in the word xor a quote and in the word xor
// a backslash, and subtracting one clears it in at most one of them (where it was 0x80).
func plainJSONWord(x uint64) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	return ((x-ones*0x20)|((x^ones*'"')-ones)|((x^ones*'\\')-ones))&tops == 0
}
