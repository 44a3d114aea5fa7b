package ascii

import (
	"math/rand"
	"strings"
	"testing"
)

// checkDigits64 holds Digits64 to the digits counted byte by byte, at every start of s from
// 64 bytes before its end on, with the AVX2 loop and without it.
func checkDigits64(t *testing.T, s string) {
	t.Helper()
	check := func() {
		for i := max(0, len(s)-80); i <= len(s); i++ {
			padded := s[i:] + strings.Repeat(" ", max(0, 64-(len(s)-i)))
			if _, want, _, _ := classesByteByByte(padded, '0', '9'); Digits64(s, i) != want {
				t.Fatalf("Digits64(%q, %d) = %#x, want %#x", s, i, Digits64(s, i), want)
			}
		}
	}
	check()
	withAVX2Off(check)
}

// TestDigits64 puts every byte value at every place of a block, among digits and among
// letters, and tries random texts of digits, their neighbours and bytes with the high bit set.
func TestDigits64(t *testing.T) {
	for c := range 256 {
		for p := range 64 {
			for _, fill := range []string{"5", "x"} {
				b := []byte(strings.Repeat(fill, 64))
				b[p] = byte(c)
				checkDigits64(t, string(b))
			}
		}
	}
	const alphabet = "0123456789/:.a \x80\xb0\xb9\xff"
	rng := rand.New(rand.NewSource(4))
	for range 2000 {
		b := make([]byte, rng.Intn(200))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		checkDigits64(t, string(b))
	}
}
