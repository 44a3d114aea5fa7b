package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// naiveIndexPairs is IndexPairs by its definition, a place at a time.
func naiveIndexPairs(s string, a, b, c, d byte) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == a && s[i+1] == b || s[i] == c && s[i+1] == d {
			return i
		}
	}
	return -1
}

func TestIndexPairs(t *testing.T) {
	long := strings.Repeat("the notion of an option, ", 10) // no pair
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", -1},
		{"c", -1},
		{"ct", 0},
		{"ba", 0},
		{"tc", -1},
		{"ab", -1},
		{"the fact", 6},
		{"the function of an auction", 7},
		{"embargo", 2},
		{"cbacta", 1},
		{long, -1},
		{long + "sanction", len(long) + 3},
		{long + "ct", len(long)},
		{long[:31] + "ct" + long, 31},        // across the first block's end
		{long[:32] + "c " + long, -1},        // a first byte with no second
		{long[:63] + "ba" + long, 63},        // the second block's last byte and the third's first
		{strings.Repeat("x", 64) + "c", -1},  // a first byte at the very end
		{strings.Repeat("x", 63) + "ct", 63}, // a pair at the very end
		{strings.Repeat("\xe3\x80\x80", 40) + "ba", 120},                     // bytes that are not ASCII
		{strings.Repeat("x", 40) + "\x62\x61" + strings.Repeat("y", 40), 40}, // "ba" written out
	} {
		if got := IndexPairs(tc.s, 'c', 't', 'b', 'a'); got != tc.want {
			t.Errorf("IndexPairs(%q) = %d, want %d", tc.s, got, tc.want)
		}
		if got := indexPairsGeneric(tc.s, 'c', 't', 'b', 'a'); got != tc.want {
			t.Errorf("indexPairsGeneric(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestIndexPairsAgreesWithItsDefinition compares IndexPairs with the naive search over random
// texts of few letters, where pairs fall at every offset of a block, at every length.
func TestIndexPairsAgreesWithItsDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	letters := "abct \xff"
	for n := 0; n < 300; n++ {
		for range 40 {
			b := make([]byte, n)
			for i := range b {
				b[i] = letters[r.IntN(len(letters))]
				if r.IntN(4) != 0 {
					b[i] = 'x' // mostly no pair, so that the first one lies anywhere
				}
			}
			s := string(b)
			want := naiveIndexPairs(s, 'c', 't', 'b', 'a')
			if got := IndexPairs(s, 'c', 't', 'b', 'a'); got != want {
				t.Fatalf("IndexPairs(%q) = %d, want %d", s, got, want)
			}
			if got := indexPairsGeneric(s, 'c', 't', 'b', 'a'); got != want {
				t.Fatalf("indexPairsGeneric(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

func FuzzIndexPairs(f *testing.F) {
	f.Add("the sanction and the embargo", byte('c'), byte('t'), byte('b'), byte('a'))
	f.Add(strings.Repeat("ab", 40), byte('b'), byte('a'), byte(0), byte(0xff))
	f.Fuzz(func(t *testing.T, s string, a, b, c, d byte) {
		want := naiveIndexPairs(s, a, b, c, d)
		if got := IndexPairs(s, a, b, c, d); got != want {
			t.Fatalf("IndexPairs(%q, %q%q, %q%q) = %d, want %d", s, a, b, c, d, got, want)
		}
		if got := indexPairsGeneric(s, a, b, c, d); got != want {
			t.Fatalf("indexPairsGeneric(%q, %q%q, %q%q) = %d, want %d", s, a, b, c, d, got, want)
		}
	})
}
