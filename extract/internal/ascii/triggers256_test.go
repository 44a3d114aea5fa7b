package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// checkTriggers256 holds Triggers256 of s from i, with and without AVX2, to its definition a
// byte at a time over each of its four blocks, padded with spaces past the end of s, and a
// block wholly past the end to no trigger; with the byte before i as it is in s, and as a
// letter or digit and as neither.
func checkTriggers256(t *testing.T, s string, i int, lo, hi byte, groups [][]string) {
	t.Helper()
	tr := NewTriples(groups...)
	for _, after := range []uint64{0, 1, 2} {
		if after == 2 { // the byte before i as it is
			after = 0
			if i > 0 && (IsLetter(s[i-1]) || IsDigit(s[i-1])) {
				after = 1
			}
		}
		var want [4]uint64
		for k := range want {
			block := i + 64*k
			if block >= len(s) {
				continue
			}
			padded := s[block:] + strings.Repeat(" ", max(0, 66-(len(s)-block)))
			triples := triplesByteByByte(groups, padded)
			for j := range 64 {
				c := padded[j]
				before := after == 1
				if j > 0 {
					before = IsLetter(padded[j-1]) || IsDigit(padded[j-1])
				} else if k > 0 {
					before = IsLetter(s[block-1]) || IsDigit(s[block-1])
				}
				inLoHi := func(c byte) bool { return lo <= c && c <= hi }
				if IsDigit(c) || c >= 0x80 || inLoHi(c) && (j == 63 || inLoHi(padded[j+1])) ||
					triples&(1<<j) != 0 && !before {
					want[k] |= 1 << j
				}
			}
		}
		for _, avx2 := range []bool{true, false} {
			got := [4]uint64{1, 2, 3, 4}
			if avx2 {
				Triggers256(s, i, lo, hi, tr, after, &got)
			} else {
				withAVX2Off(func() { Triggers256(s, i, lo, hi, tr, after, &got) })
			}
			if got != want {
				t.Fatalf("Triggers256(%q, %d, %q, %q, after %d) (AVX2 %v) =\n%#x, want\n%#x", s, i, lo, hi, after, avx2, got, want)
			}
		}
	}
}

func TestTriggers256EveryByte(t *testing.T) {
	// Every byte value at every place of the four blocks and the two bytes after them.
	base := strings.Repeat("Three zoos' PIZZA pop-twelve: ONCE 9 the mix\xff\x80 nhr `ab{zz oak aaaz ", 6)[:258]
	b := []byte(base)
	for c := 0; c < 256; c += 3 {
		for k := range b {
			saved := b[k]
			b[k] = byte(c)
			checkTriggers256(t, string(b), 0, '.', ':', testGroups)
			b[k] = saved
		}
	}
}

func TestTriggers256Random(t *testing.T) {
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
		checkTriggers256(t, s, i, '.', ':', testGroups)
		checkTriggers256(t, s, 0, '0', '9', testGroups[:3])
	}
}

func TestTriggers256PastTheEnd(t *testing.T) {
	s := strings.Repeat("0123456789 three two zero ZOO once TWELVE pop mix max oak pizza apple \xff\x80 thousand ", 4)
	for i := 0; i <= len(s); i++ {
		checkTriggers256(t, s, i, '.', ':', testGroups)
	}
}
