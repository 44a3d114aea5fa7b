package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// checkClasses256Triples holds Classes256Triples of s from i, with and without AVX2, to the
// definitions a byte at a time of each of its four blocks, padded with spaces past the end of
// s, and a block wholly past the end to none of the classes.
func checkClasses256Triples(t *testing.T, s string, i int, lo, hi byte, groups [][]string) {
	t.Helper()
	tr := NewTriples(groups...)
	var want [4]BlockClasses
	for k := range want {
		if block := i + 64*k; block < len(s) {
			padded := s[block:] + strings.Repeat(" ", max(0, 66-(len(s)-block)))
			w := &want[k]
			w.Letters, w.Digits, w.InLoHi, w.High = classesByteByByte(padded[:64], lo, hi)
			w.Triples = triplesByteByByte(groups, padded)
		}
	}
	for _, avx2 := range []bool{true, false} {
		got := [4]BlockClasses{{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}}
		if avx2 {
			Classes256Triples(s, i, lo, hi, tr, &got)
		} else {
			withAVX2Off(func() { Classes256Triples(s, i, lo, hi, tr, &got) })
		}
		if got != want {
			t.Fatalf("Classes256Triples(%q, %d, %q, %q) (AVX2 %v) =\n%#x, want\n%#x", s, i, lo, hi, avx2, got, want)
		}
	}
}

func TestClasses256TriplesEveryByte(t *testing.T) {
	// Every byte value at every place of the four blocks and the two bytes after them.
	base := strings.Repeat("Three zoos' PIZZA pop-twelve: ONCE 9 the mix\xff\x80 nhr `ab{zz oak aaaz ", 6)[:258]
	b := []byte(base)
	for c := 0; c < 256; c += 3 {
		for k := range b {
			saved := b[k]
			b[k] = byte(c)
			checkClasses256Triples(t, string(b), 0, '.', ':', testGroups)
			b[k] = saved
		}
	}
}

func TestClasses256TriplesRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "aeiopzAEIOPZthnrwx `{@[0"
	for n := range 3000 {
		b := make([]byte, rng.IntN(400))
		for k := range b {
			if n%2 == 0 {
				b[k] = byte(rng.IntN(256))
			} else {
				b[k] = alphabet[rng.IntN(len(alphabet))] // letters, so that triples pass
			}
		}
		s := string(b)
		i := 0
		if len(s) > 0 {
			i = rng.IntN(len(s))
		}
		checkClasses256Triples(t, s, i, '.', ':', testGroups)
		checkClasses256Triples(t, s, 0, '0', '9', testGroups[:3])
	}
}

func TestClasses256TriplesPastTheEnd(t *testing.T) {
	s := strings.Repeat("0123456789 three two zero ZOO once TWELVE pop mix max oak pizza apple \xff\x80 thousand ", 4)
	for i := 0; i <= len(s); i++ {
		checkClasses256Triples(t, s, i, '.', ':', testGroups)
	}
}
