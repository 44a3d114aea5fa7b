package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// classesByteByByte is the definition of Classes64, a byte at a time.
func classesByteByByte(s string, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	for k := 0; k < 64; k++ {
		c := s[k]
		if IsLetter(c) {
			letters |= 1 << k
		}
		if '0' <= c && c <= '9' {
			digits |= 1 << k
		}
		if c < 0x80 && lo <= c && c <= hi {
			inLoHi |= 1 << k
		}
		if c >= 0x80 {
			high |= 1 << k
		}
	}
	return letters, digits, inLoHi, high
}

// classes64Version is one way of computing Classes64 of a 64-byte string.
type classes64Version struct {
	name    string
	classes func(s string, lo, hi byte) (letters, digits, inLoHi, high uint64)
}

func checkClasses(t *testing.T, s string, lo, hi byte) {
	t.Helper()
	wl, wd, wr, wh := classesByteByByte(s, lo, hi)
	versions := []classes64Version{
		{"Classes64", func(s string, lo, hi byte) (uint64, uint64, uint64, uint64) { return Classes64(s, 0, lo, hi) }},
		{"generic", classes64Generic},
	}
	for _, f := range append(versions, classes64Versions()...) {
		l, d, r, h := f.classes(s, lo, hi)
		if l != wl || d != wd || r != wr || h != wh {
			t.Fatalf("%s(%q, %q, %q) = %#x %#x %#x %#x, want %#x %#x %#x %#x", f.name, s, lo, hi, l, d, r, h, wl, wd, wr, wh)
		}
	}
}

func TestClasses64EveryByte(t *testing.T) {
	// Every byte value at every position, beside letters, in the ranges the scanners use and
	// at the edges of the bounds.
	ranges := [][2]byte{{'.', ':'}, {'0', '9'}, {1, 0x7E}, {'a', 'a'}, {'@', '['}}
	for _, r := range ranges {
		for c := 0; c < 256; c++ {
			b := []byte("The 3.5% rise, Ünd 2005: two-thirds of AZaz@[`{ prices/wages.xyz")[:64]
			for k := range b {
				saved := b[k]
				b[k] = byte(c)
				checkClasses(t, string(b), r[0], r[1])
				b[k] = saved
			}
		}
	}
}

func TestClasses64Random(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 64)
	for range 20000 {
		for k := range b {
			b[k] = byte(rng.IntN(256))
		}
		checkClasses(t, string(b), '.', ':')
		checkClasses(t, string(b), '0', '9')
	}
}

func TestClasses64At(t *testing.T) {
	s := "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ \xff\x80 end of the block..."
	for i := 0; i+64 <= len(s); i++ {
		wl, wd, wr, wh := classesByteByByte(s[i:], '.', ':')
		if l, d, r, h := Classes64(s, i, '.', ':'); l != wl || d != wd || r != wr || h != wh {
			t.Fatalf("Classes64 at %d = %#x %#x %#x %#x, want %#x %#x %#x %#x", i, l, d, r, h, wl, wd, wr, wh)
		}
	}
}

func FuzzClasses64(f *testing.F) {
	f.Add("The 3.5% rise in 2005 was two-thirds of what prices did: Ünd so weiter, all of it.", byte('.'), byte(':'))
	f.Add("\x00\x7f\x80\xff@[`{AZaz09./:;-", byte('0'), byte('9'))
	f.Fuzz(func(t *testing.T, s string, lo, hi byte) {
		if lo == 0 || lo > 0x7E || hi > 0x7E {
			return // outside Classes64's contract
		}
		for len(s) < 64 {
			s += s + " "
		}
		checkClasses(t, s[:64], lo, hi)
	})
}

func TestClasses64PastTheEnd(t *testing.T) {
	s := "0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ \xff\x80 end."
	for i := len(s) - 63; i <= len(s); i++ {
		padded := s[i:] + strings.Repeat(" ", 64-(len(s)-i))
		wl, wd, wr, wh := classesByteByByte(padded, '.', ':')
		if l, d, r, h := Classes64(s, i, '.', ':'); l != wl || d != wd || r != wr || h != wh {
			t.Fatalf("Classes64 at %d, past the end, = %#x %#x %#x %#x, want %#x %#x %#x %#x", i, l, d, r, h, wl, wd, wr, wh)
		}
	}
}
