package ascii

import "math/bits"

// The sentence stops '.', '!', '?' and '\n' are looked for 32 bytes at a time with AVX2, else
// eight at a time: a sentence holds a hundred bytes or more between two of them, and the
// search outward from a figure to its sentence's ends ran over every one of them a byte at a
// time. With AVX2 the whole search is one call: a span shorter than a block, or the last piece
// of one, is read in a block of the text around it and its bits outside the span dropped, so
// that a text of 32 bytes or more is never read a byte at a time.

// stopBytes has the high bit set in exactly the bytes of w that are sentence stops.
func stopBytes(w uint64) uint64 {
	return zeroBytes(w^('.'*lows)) | zeroBytes(w^('!'*lows)) | zeroBytes(w^('?'*lows)) | zeroBytes(w^('\n'*lows))
}

// IsStop reports a byte at which a sentence may end: '.', '!', '?' or a line break.
func IsStop(c byte) bool { return c == '.' || c == '!' || c == '?' || c == '\n' }

// nextStopWords is NextStop eight bytes at a time.
func nextStopWords(s string, from, to int) int {
	i := from
	for ; i+8 <= to; i += 8 {
		if m := stopBytes(Load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < to; i++ {
		if IsStop(s[i]) {
			return i
		}
	}
	return to
}

// lastStopWords is LastStop eight bytes at a time.
func lastStopWords(s string, from, to int) int {
	i := to
	for ; i-8 >= from; i -= 8 {
		if m := stopBytes(Load8(s, i-8)); m != 0 {
			return i - 8 + (63-bits.LeadingZeros64(m))/8
		}
	}
	for i--; i >= from; i-- {
		if IsStop(s[i]) {
			return i
		}
	}
	return from - 1
}
