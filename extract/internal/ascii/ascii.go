// Package ascii holds the byte-level word tests that the quantity and date scanners share.
// Every word they know is ASCII, so text is read as bytes: a multi-byte rune never matches a
// letter and counts as a word byte, so that no span starts or ends inside one.
package ascii

import "math/bits"

// Byte classes are looked up in a table because the scanners ask about every byte.
const (
	classLetter = 1 << iota
	classDigit
	classWord // letters, digits and non-ASCII bytes
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = classLetter | classWord
		case '0' <= c && c <= '9':
			t[c] = classDigit | classWord
		case c >= 0x80:
			t[c] = classWord
		}
	}
	return t
}()

func IsDigit(c byte) bool  { return byteClass[c]&classDigit != 0 }
func IsLetter(c byte) bool { return byteClass[c]&classLetter != 0 }

// IsASCIIAlnum reports an ASCII letter or digit.
func IsASCIIAlnum(c byte) bool { return byteClass[c]&(classLetter|classDigit) != 0 }

// AlnumBit is 1 for an ASCII letter or digit and 0 for any other byte: IsASCIIAlnum as a
// number, for masks of bits, without a branch.
func AlnumBit(c byte) uint64 { return uint64(byteClass[c]&(classLetter|classDigit)+3) >> 2 }

// IsWordByte reports bytes that continue a word: letters, digits and any non-ASCII byte.
func IsWordByte(c byte) bool { return byteClass[c]&classWord != 0 }

// WordEnd returns the end of the run of letters starting at i.
func WordEnd(text string, i int) int {
	for ; i+8 <= len(text); i += 8 { // eight bytes at a time: most words end in the first eight
		if m := ^LetterBytes(Load8(text, i)) & highs; m != 0 {
			return i + FirstByte(m)
		}
	}
	for i < len(text) && IsLetter(text[i]) {
		i++
	}
	return i
}

// WordStart returns the start of the run of letters that ends at i, not reaching below floor.
func WordStart(text string, i, floor int) int {
	for ; i-8 >= floor; i -= 8 { // eight bytes at a time, as WordEnd
		if m := ^LetterBytes(Load8(text, i-8)) & highs; m != 0 {
			return i - 8 + (63-bits.LeadingZeros64(m))/8 + 1
		}
	}
	for i > floor && IsLetter(text[i-1]) {
		i--
	}
	return i
}

func toLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// EqualFold reports whether w equals the lower-case word lw, ignoring case. Unlike
// strings.EqualFold it folds ASCII only, which is all the scanners' words need, and is cheap.
func EqualFold(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if toLower(w[i]) != lw[i] {
			return false
		}
	}
	return true
}

// EqualFoldAny reports whether w equals one of the lower-case words, ignoring case.
func EqualFoldAny(w string, lws ...string) bool {
	for _, lw := range lws {
		if EqualFold(w, lw) {
			return true
		}
	}
	return false
}

// Lower returns the ASCII lower-case form of w: w itself when it has no upper-case letter,
// else a copy made through a buffer on the stack, so that the copy is the only allocation.
func Lower(w string) string {
	if !hasUpper(w) { // the common case, told eight bytes at a time
		return w
	}
	i := 0
	for w[i] < 'A' || w[i] > 'Z' {
		i++
	}
	var buf [32]byte
	b := buf[:0]
	if len(w) > len(buf) {
		b = make([]byte, 0, len(w))
	}
	b = append(b, w...)
	for ; i < len(b); i++ {
		b[i] = toLower(b[i])
	}
	return string(b)
}

// hasUpper reports an upper-case ASCII letter in w.
func hasUpper(w string) bool {
	for ; len(w) > 8; w = w[8:] {
		if inRange(Load8(w, 0), 'A', 'Z') != 0 {
			return true
		}
	}
	head, _ := packBytes(w)
	return inRange(head, 'A', 'Z') != 0
}

// LowerInto writes the ASCII lower-case form of w into buf and returns it, or nil when w is
// longer than buf. With a buffer on the caller's stack, looking the result up in a map
// allocates nothing.
func LowerInto(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		buf[i] = toLower(w[i])
	}
	return buf[:len(w)]
}

// LookupFold looks a word up in a map keyed by lower-case words, ignoring the word's case,
// without allocating. Words longer than 16 bytes, longer than any key, are not found.
func LookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf [16]byte
	lw := LowerInto(buf[:], w)
	if lw == nil {
		var zero V
		return zero, false
	}
	v, ok := m[string(lw)]
	return v, ok
}
