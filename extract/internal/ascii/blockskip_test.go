package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestBlockSkipNextAndHeld holds BlockSkip.Next to the first marked byte, found a byte at a
// time, and Held to Next wherever Held answers: from offsets that step forwards by random
// amounts, as the scanners' loops ask, over texts of every length up to 300 whose marks are
// their digits.
func TestBlockSkipNextAndHeld(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	digits := func(text string, block int) uint64 {
		_, d, _, _ := Classes64(text, block, '!', '!')
		return d
	}
	held := 0
	for n := 0; n <= 300; n++ {
		b := []byte(strings.Repeat("x", n))
		for k := range b {
			if r.IntN(20) == 0 {
				b[k] = '7'
			}
		}
		text := string(b)
		var skip BlockSkip
		for i := 0; i < len(text); i += 1 + r.IntN(40) {
			want := strings.IndexByte(text[i:], '7')
			if want < 0 {
				want = len(text)
			} else {
				want += i
			}
			h, ok := skip.Held(i)
			got := skip.Next(text, i, digits)
			if got != want {
				t.Fatalf("%q: Next(%d) = %d, want %d", text, i, got, want)
			}
			if ok {
				held++
				if h != got {
					t.Fatalf("%q: Held(%d) = %d, Next %d", text, i, h, got)
				}
			}
		}
	}
	if held == 0 {
		t.Fatal("Held never answered")
	}
}
