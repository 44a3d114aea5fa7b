package ascii

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// hasByDefinition reports whether w begins with three letters of which some group has each in
// its place in one of its words: what a Triples holds, a letter at a time.
func hasByDefinition(groups [][]string, w string) bool {
	if len(w) < 3 || !IsLetter(w[0]) || !IsLetter(w[1]) || !IsLetter(w[2]) {
		return false
	}
	for _, words := range groups {
		all := true
		for j := range 3 {
			found := false
			for _, g := range words {
				found = found || Lower(g[j:j+1]) == Lower(w[j:j+1])
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// testGroups are groups such as a scanner's, with the letters at both ends of each half of
// the alphabet (a o p z), and a group of upper-case words.
var testGroups = [][]string{
	{"three", "thousand", "nine"}, {"two", "twelve"}, {"zero", "once"}, {"Apple", "PIZZA"},
	{"oak"}, {"pop", "zoo"}, {"aaa", "zzz"}, {"mix", "max"},
}

func TestTriplesHas(t *testing.T) {
	tr := NewTriples(testGroups...)
	letters := "aboptzAOPZ`{@[ 0é"
	for _, a := range []byte(letters) {
		for _, b := range []byte(letters + "hwhi") {
			for _, c := range []byte(letters + "rieno") {
				w := string([]byte{a, b, c})
				if got, want := tr.Has(w), hasByDefinition(testGroups, w); got != want {
					t.Fatalf("Has(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
	for _, w := range []string{"three", "THOUSAND", "twelve", "tho", "nhr", "the", "th", "", "pzz"} {
		if got, want := tr.Has(w), hasByDefinition(testGroups, w); got != want {
			t.Fatalf("Has(%q) = %v, want %v", w, got, want)
		}
	}
}

// triplesByteByByte is the definition of Classes64Triples' fifth mask, a byte at a time, of
// the 66 bytes of s.
func triplesByteByByte(groups [][]string, s string) (triples uint64) {
	for k := range 64 {
		if hasByDefinition(groups, s[k:k+3]) {
			triples |= 1 << k
		}
	}
	return triples
}

// classes64TriplesVersion is one way of computing Classes64Triples of a 66-byte string.
type classes64TriplesVersion struct {
	name    string
	classes func(s string, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64)
}

func checkClassesTriples(t *testing.T, s string, lo, hi byte, groups [][]string) {
	t.Helper()
	tr := NewTriples(groups...)
	wl, wd, wr, wh := classesByteByByte(s[:64], lo, hi)
	wt := triplesByteByByte(groups, s)
	versions := []classes64TriplesVersion{
		{"Classes64Triples", func(s string, lo, hi byte, t *Triples) (uint64, uint64, uint64, uint64, uint64) {
			return Classes64Triples(s, 0, lo, hi, t)
		}},
		{"generic", classes64TriplesGeneric},
	}
	for _, f := range append(versions, classes64TriplesVersions()...) {
		l, d, r, h, tt := f.classes(s, lo, hi, tr)
		if l != wl || d != wd || r != wr || h != wh || tt != wt {
			t.Fatalf("%s(%q, %q, %q) = %#x %#x %#x %#x %#x, want %#x %#x %#x %#x %#x", f.name, s, lo, hi, l, d, r, h, tt, wl, wd, wr, wh, wt)
		}
	}
}

func TestClasses64TriplesEveryByte(t *testing.T) {
	// Every byte value at every position of a text of words of the groups and of others.
	b := []byte("Three zoos' PIZZA pop-twelve: ONCE 9 the mix\xff\x80 nhr `ab{zz oak aaaz")[:66]
	for c := 0; c < 256; c++ {
		for k := range b {
			saved := b[k]
			b[k] = byte(c)
			checkClassesTriples(t, string(b), '.', ':', testGroups)
			b[k] = saved
		}
	}
}

func TestClasses64TriplesRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 66)
	const alphabet = "aeiopzAEIOPZthnrwx `{@[0"
	for n := range 20000 {
		for k := range b {
			if n%2 == 0 {
				b[k] = byte(rng.IntN(256))
			} else {
				b[k] = alphabet[rng.IntN(len(alphabet))] // letters, so that triples pass
			}
		}
		checkClassesTriples(t, string(b), '.', ':', testGroups)
		checkClassesTriples(t, string(b), '0', '9', testGroups[:3])
	}
}

func TestClasses64TriplesPastTheEnd(t *testing.T) {
	tr := NewTriples(testGroups...)
	s := "0123456789 three two zero ZOO once TWELVE pop mix max oak pizza apple \xff\x80 thousand"
	for i := 0; i <= len(s); i++ {
		padded := s[i:] + strings.Repeat(" ", max(0, 66-(len(s)-i)))
		wl, wd, wr, wh := classesByteByByte(padded, '.', ':')
		wt := triplesByteByByte(testGroups, padded)
		if l, d, r, h, tt := Classes64Triples(s, i, '.', ':', tr); l != wl || d != wd || r != wr || h != wh || tt != wt {
			t.Fatalf("Classes64Triples at %d = %#x %#x %#x %#x %#x, want %#x %#x %#x %#x %#x", i, l, d, r, h, tt, wl, wd, wr, wh, wt)
		}
	}
}

func FuzzClasses64Triples(f *testing.F) {
	f.Add("Three zoos' PIZZA pop-twelve: ONCE 9 the mix\xff\x80 nhr `ab{zz oak aaaz", byte('.'), byte(':'))
	f.Add("\x00\x7f\x80\xff@[`{AZaz09./:;-", byte('0'), byte('9'))
	f.Fuzz(func(t *testing.T, s string, lo, hi byte) {
		if lo == 0 || lo > 0x7E || hi > 0x7E {
			return // outside Classes64's contract
		}
		for len(s) < 66 {
			s += s + " "
		}
		checkClassesTriples(t, s[:66], lo, hi, testGroups)
	})
}
