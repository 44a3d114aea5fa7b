// Package termsafe shows text from articles, file names and the database on a terminal
// without letting it drive the terminal: control characters (ESC, which starts the
// sequences that clear the screen, move the cursor or forge a hyperlink; the other C0 and
// C1 controls) and the bidi controls that reorder what is shown are written as escapes.
package termsafe

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Escape returns s with every unsafe character written as \xHH (C0 controls, DEL) or
// \uHHHH (C1 controls, bidi controls); a line break stays when keepNewlines is set, and
// invalid UTF-8 shows as \xHH. Backslashes are left alone: the result is for reading, not
// for parsing back.
func Escape(s string, keepNewlines bool) string {
	if !Needs(s, keepNewlines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Line is Escape for a one-line message: line breaks are escaped too.
func Line(s string) string { return Escape(s, false) }

// Needs reports whether s holds a character that Escape would change.
func Needs(s string, keepNewlines bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && !(c == '\n' && keepNewlines) || c == 0x7f {
			return true
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || unsafeRune(r) {
				return true
			}
			i += size - 1
		}
	}
	return false
}

// unsafeRune reports the C1 controls and the characters that change the direction of the
// text around them.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
