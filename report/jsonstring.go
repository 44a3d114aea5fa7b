package report

import (
	"unicode/utf8"

	"github.com/factcheck/factcheck/internal/jsonbytes"
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
		// Most text is plain ASCII, written as it is: the next byte to look at is found 32
		// bytes at a time with AVX2, else eight at a time.
		if i = jsonbytes.Next(s, i); i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
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
