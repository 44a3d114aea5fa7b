package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// referenceShapes is wordShapes as it was, a row for every pair of first and second bytes:
// the test holds the filter to it.
type referenceShapes [32][32]uint64

func (f *referenceShapes) add(w string) {
	if w != "" {
		a, b := shapeOf(w)
		f[a][b] |= shapeBits(w)
	}
}

func (f *referenceShapes) mayHold(w string) bool {
	if w == "" {
		return false
	}
	a, b := shapeOf(w)
	want := shapeBits(w)
	return f[a][b]&want == want
}

// TestWordShapesAnswerAsARowForEveryPair builds the filters of the lexicon's words, of the
// dictionary's forms and of random words alongside the reference, in the order the words
// come, and asks both about every word of each set, in other cases, cut short and
// lengthened, and random words of 1 to 40 bytes, ASCII and not. A filter of 255 pairs or
// fewer answers as the reference; one of more (the random words) may say maybe where the
// reference says no, never no where it says maybe.
func TestWordShapesAnswerAsARowForEveryPair(t *testing.T) {
	lex := testExtractor(t).lex
	lemmaOnce.Do(loadLemmas)
	rng := rand.New(rand.NewPCG(7, 8))
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCZ-'.0\x00\xc3\xa9\xe2\x80\x99"
	randomWord := func() string {
		b := make([]byte, 1+rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	sets := map[string][]string{"none": nil, "one": {"x"}}
	for w := range lex.wordKinds {
		sets["lexicon"] = append(sets["lexicon"], w)
	}
	lemmas.each(func(form string, _ []string) { sets["dictionary"] = append(sets["dictionary"], form) })
	for range 5000 {
		sets["random"] = append(sets["random"], randomWord())
	}
	for name, words := range sets {
		var got wordShapes
		var want referenceShapes
		for _, w := range words {
			got.add(w)
			want.add(w)
		}
		pairs := 0
		for a := range want {
			for b := range want[a] {
				if want[a][b] != 0 {
					pairs++
				}
			}
		}
		ask := func(w string) {
			if g, r := got.mayHold(w), want.mayHold(w); g != r && (pairs <= 255 || r) {
				t.Fatalf("%s: mayHold(%q) = %v, a row for every pair says %v", name, w, got.mayHold(w), want.mayHold(w))
			}
		}
		for _, w := range words {
			for _, v := range []string{w, strings.ToUpper(w), w[1:], w + "s", "é" + w} {
				ask(v)
			}
		}
		for range 50_000 {
			ask(randomWord())
		}
		ask("")
	}
}
