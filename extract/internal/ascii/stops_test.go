package ascii

import (
	"strings"
	"testing"
)

// nextStopByByte and lastStopByByte are the byte-at-a-time searches NextStop and LastStop must
// agree with.
func nextStopByByte(s string, from, to int) int {
	for i := from; i < to; i++ {
		if IsStop(s[i]) {
			return i
		}
	}
	return to
}

func lastStopByByte(s string, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if IsStop(s[i]) {
			return i
		}
	}
	return from - 1
}

// checkStops holds NextStop and LastStop to the byte-at-a-time searches over every pair of
// bounds of s, with the AVX2 loops and without them.
func checkStops(t *testing.T, s string) {
	t.Helper()
	checkStopsOnce(t, s)
	withAVX2Off(func() { checkStopsOnce(t, s) })
}

func checkStopsOnce(t *testing.T, s string) {
	t.Helper()
	for from := 0; from <= len(s); from++ {
		for to := from; to <= len(s); to++ {
			if got, want := NextStop(s, from, to), nextStopByByte(s, from, to); got != want {
				t.Fatalf("NextStop(%q, %d, %d) = %d, want %d", s, from, to, got, want)
			}
			if got, want := LastStop(s, from, to), lastStopByByte(s, from, to); got != want {
				t.Fatalf("LastStop(%q, %d, %d) = %d, want %d", s, from, to, got, want)
			}
		}
	}
}

func TestStops(t *testing.T) {
	for _, s := range []string{
		"",
		".",
		"GDP rose 0.3%. Prices fell!",
		"no stop at all in this long line of text",
		"a\nb?c.d!e",
		"\x00\x01\x7f\x80\xff./\x2d\x2f\x0a\x0b\x2e\xae\xa1\xbf\x8a",
		"é—“quoted”… then. more…\n",
		"................",
		"........x.......!......?",
		// long enough for blocks of 32 bytes, with stops in the first, the last and the tail
		strings.Repeat("x", 200),
		strings.Repeat("y", 31) + "." + strings.Repeat("y", 100) + "?" + strings.Repeat("z", 40),
		strings.Repeat("y", 64) + "!" + strings.Repeat("y", 63) + "\n" + strings.Repeat("y", 64),
		strings.Repeat("word ", 20) + "end." + strings.Repeat("é", 30) + "\x8a\xae",
	} {
		checkStops(t, s)
	}
}

// TestStopsOfEveryByte puts every byte value at every place of texts a little longer than one,
// two and three blocks, and in one of each byte, and asks for it from spans that start, end or
// are cut at it, with the AVX2 loops and without them: the vector test tells a stop by its low
// four bits and its high bit, which other bytes share in part.
func TestStopsOfEveryByte(t *testing.T) {
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	texts := []string{all.String()}
	for _, n := range []int{32, 33, 63, 70, 100} {
		for c := range 256 {
			for p := 0; p < n; p++ {
				b := []byte(strings.Repeat("x", n))
				b[p] = byte(c)
				texts = append(texts, string(b))
			}
		}
	}
	check := func() {
		for _, s := range texts {
			n := len(s)
			for _, p := range []int{0, 1, 31, 32, 33, 64, n / 2, n - 33, n - 32, n - 1} {
				p = min(max(p, 0), n-1)
				for _, span := range [][2]int{{0, n}, {p, n}, {0, p + 1}, {p, p + 1}, {p + 1, n}, {0, p}, {p / 2, min(n, p+40)}} {
					from, to := span[0], span[1]
					if got, want := NextStop(s, from, to), nextStopByByte(s, from, to); got != want {
						t.Fatalf("NextStop(%q, %d, %d) = %d, want %d", s, from, to, got, want)
					}
					if got, want := LastStop(s, from, to), lastStopByByte(s, from, to); got != want {
						t.Fatalf("LastStop(%q, %d, %d) = %d, want %d", s, from, to, got, want)
					}
				}
			}
		}
	}
	check()
	withAVX2Off(check)
}

func FuzzStops(f *testing.F) {
	f.Add("GDP rose 0.3%. Prices fell! Why? Because\nof oil.")
	f.Add("\x2e\xae\x21\xa1\x3f\xbf\x0a\x8a")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 160 {
			s = s[:160] // every pair of bounds is tried
		}
		checkStops(t, s)
	})
}
