package ascii

import "math/bits"

// The sentence stops '.', '!', '?' and '\n' are looked for 32 bytes at a time with AVX2, else
// eight at a time: a sentence holds a hundred bytes or more between two of them, and the
// search outward from a figure to its sentence's ends ran over every one of them a byte at a
// time.

// stopBytes has the high bit set in exactly the bytes of w that are sentence stops.
func stopBytes(w uint64) uint64 {
	return zeroBytes(w^('.'*lows)) | zeroBytes(w^('!'*lows)) | zeroBytes(w^('?'*lows)) | zeroBytes(w^('\n'*lows))
}

// IsStop reports a byte at which a sentence may end: '.', '!', '?' or a line break.
func IsStop(c byte) bool { return c == '.' || c == '!' || c == '?' || c == '\n' }

// NextStop returns the index of the first sentence stop in s[from:to], or to when there is none.
func NextStop(s string, from, to int) int {
	i := from
	if n := stopBlocks(to - from); n > 0 {
		if at := nextStopBlocks(s[from:from+32*n], n); at >= 0 {
			return from + at
		}
		i += 32 * n
	}
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

// LastStop returns the index of the last sentence stop in s[from:to], or from-1 when there is
// none.
func LastStop(s string, from, to int) int {
	i := to
	if n := stopBlocks(to - from); n > 0 {
		if at := lastStopBlocks(s[to-32*n:to], n); at >= 0 {
			return to - 32*n + at
		}
		i -= 32 * n
	}
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
