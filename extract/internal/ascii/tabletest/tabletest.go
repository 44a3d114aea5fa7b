// Package tabletest holds a word table to the map it was built from, for the tests of the
// packages that build tables.
package tabletest

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
)

// AgreesWithMap fails t unless tab, built from m (exact: by NewExactWordTable), gives every
// word what m gives it, in every case for a table blind to it: each key, in capitals and with
// a capital first, cut short and lengthened, with a byte in its middle changed (a key longer
// than sixteen bytes keeps its first and last eight), and random words of 1 to 40 bytes,
// ASCII and not.
func AgreesWithMap[V any](t testing.TB, name string, m map[string]V, tab *ascii.WordTable[V], exact bool) {
	t.Helper()
	check := func(w string) {
		key := w
		if !exact {
			key = ascii.Lower(w)
		}
		want, wantOK := m[key]
		got, ok := tab.Lookup(w)
		if ok != wantOK || !reflect.DeepEqual(got, want) || tab.Has(w) != wantOK || !reflect.DeepEqual(tab.Get(w), want) {
			t.Fatalf("%s: Lookup(%q) = %v, %v; the map says %v, %v", name, w, got, ok, want, wantOK)
		}
		if ref := tab.Ref(w); (ref != nil) != wantOK || ref != nil && !reflect.DeepEqual(*ref, want) {
			t.Fatalf("%s: Ref(%q) = %v; the map says %v, %v", name, w, ref, want, wantOK)
		}
	}
	for k := range m {
		for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:], k[:len(k)-1], k[1:], k + "s", k + "é", "x" + k, k + k} {
			check(w)
		}
		mid := len(k) / 2
		check(k[:mid] + "\x01" + k[mid+1:])
	}
	rng := rand.New(rand.NewPCG(uint64(len(m)), 1))
	alphabet := "abcdefghijklmnopqrstuvwxyzABCZ-'.%$£0\x00\xc3\xa9\xe2\x80\x99"
	for range 20_000 {
		check(RandomWord(rng, alphabet))
	}
	check("")
}

// RandomWord returns a word of 1 to 40 bytes drawn from alphabet's bytes (a byte of a rune past
// ASCII among them makes broken and whole UTF-8 alike).
func RandomWord(rng *rand.Rand, alphabet string) string {
	b := make([]byte, 1+rng.IntN(40))
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(b)
}
