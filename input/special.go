package input

import (
	"encoding/binary"
	"math/bits"
)

// A JSON string's body is read from one special byte to the next: a quote, a backslash, a
// control byte or a byte beyond ASCII. Everything between is plain ASCII that the string
// holds as it is, some hundreds of bytes at a time in an article's text.

// isSpecial reports a byte that a JSON string's body does not hold as it is.
func isSpecial(c byte) bool {
	return c == '"' || c == '\\' || c < 0x20 || c >= 0x80
}

// specialBytes sets the top bit of the lowest special byte of x, the first of the eight in
// memory, if any; bytes above it may be set too, but none below it. A byte beyond ASCII has
// it set already; of the others, subtracting 0x20 sets it in a control byte, and subtracting
// one from the byte xor a quote or a backslash in that byte. A borrow that reaches another
// byte comes from such a byte below it.
func specialBytes(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	return (x | (x - 0x20*ones) | ((x ^ '"'*ones) - ones) | ((x ^ '\\'*ones) - ones)) & high
}

// nextSpecial returns the index of the first special byte of data from i on, or len(data)
// when there is none, reading eight bytes at a time.
func nextSpecial(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		if m := specialBytes(binary.LittleEndian.Uint64(data[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(data); i++ {
		if isSpecial(data[i]) {
			return i
		}
	}
	return len(data)
}
