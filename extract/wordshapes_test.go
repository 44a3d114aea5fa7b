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

// TestPairShapesAnswerAsTheirKeys builds the filters of the lexicon's words, its witnesses, the
// dictionary's forms and random words (words of one and two bytes among them), and asks them
// as wordsAndWitnessIn does (firstThreeAt): the first byte and the byte after it, the third
// byte, then the length and the last byte, within a text and at its end. A word of the set is never turned away, in any case
// and whatever bytes follow a word of one or two bytes; any word is answered as two sets of its
// keys answer together (first, second, length and last byte; first, second and third byte, as
// the filter reads them), or, in a filter of more than 255 pairs, maybe where they say no.
func TestPairShapesAnswerAsTheirKeys(t *testing.T) {
	lex := testExtractor(t).lex
	lex.expandForms()
	lemmaOnce.Do(loadLemmas)
	rng := rand.New(rand.NewPCG(9, 10))
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCZ0123"
	randomWord := func() string {
		b := make([]byte, 1+rng.IntN(20))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	type key struct {
		first, second, last byte
		n                   int
	}
	// the bytes a word is asked with, followed by next and after
	bytesOf := func(w string, next, after byte) (first, second, third byte) {
		text := w + string([]byte{next, after})
		return text[0] & 31, text[1] & 31, text[2] & 31
	}
	keyOf := func(w string, next byte) key {
		first, second, _ := bytesOf(w, next, 0)
		return key{first: first, second: second, last: w[len(w)-1] & 31, n: min(len(w), 15)}
	}
	sets := map[string][]string{"one": {"x"}, "short": {"a", "i", "it", "up", "rate", "rise"}}
	for w := range lex.wordKinds {
		sets["kinds"] = append(sets["kinds"], w)
	}
	for _, w := range []string{"inflation", "gdp", "m3", "rose", "unemployment"} {
		if lex.witnesses.words.Has(w) {
			sets["witnesses"] = append(sets["witnesses"], w)
		}
	}
	lemmas.each(func(form string, _ []string) { sets["dictionary"] = append(sets["dictionary"], form) })
	for range 3000 {
		sets["random"] = append(sets["random"], randomWord())
	}
	for name, words := range sets {
		var f pairShapes
		keys := map[key]bool{}
		starts := map[[3]byte]bool{}
		pairs := map[[2]byte]bool{}
		for _, w := range words {
			f.add(w)
			for next := range 256 {
				keys[keyOf(w, byte(next))] = true
				if len(w) > 1 {
					break
				}
			}
			for next := range byte(32) { // (the bytes as the filter reads them: their low five bits)
				for after := range byte(32) {
					first, second, third := bytesOf(w, next, after)
					starts[[3]byte{first, second, third}] = true
					if len(w) > 1 {
						break // after is not read
					}
				}
				if len(w) > 2 {
					break // nor next
				}
			}
			pairs[[2]byte{w[0] & 31, keyOf(w, 0).second}] = true
		}
		turnedAway := 0
		// ask asks about w before next and after, or, when next is 0, at the end of the text
		// (where its last byte stands for those past it)
		ask := func(w string, next, after byte, inSet bool) {
			text := w
			if next != 0 {
				text += string([]byte{next, after})
			} else {
				next, after = w[len(w)-1], w[len(w)-1]
			}
			first, second, third := firstThreeAt(text, 0)
			r := f.rowOf(first, second)
			got := r != 0 && f.mayGoOn(r, third) && f.mayEnd(r, len(w), w[len(w)-1])
			first, second, third = bytesOf(w, next, after)
			want := keys[keyOf(w, next)] && starts[[3]byte{first, second, third}]
			if inSet && !got || got != want && (len(pairs) <= 255 || want) {
				t.Fatalf("%s: %q before %q: maybe %v, its keys say %v", name, w, []byte{next, after}, got, want)
			}
			if !got {
				turnedAway++
			}
		}
		for _, w := range words {
			for _, v := range []string{w, strings.ToUpper(w)} {
				ask(v, ' ', 'a', true)
				ask(v, 'q', 'u', true)
				ask(v, 0, 0, true)
				ask(v[:len(v)-1]+"s", ' ', 'a', false)
			}
		}
		for range 20_000 {
			ask(randomWord(), byte(1+rng.IntN(127)), byte(rng.IntN(128)), false)
			ask(randomWord(), 0, 0, false)
		}
		if turnedAway == 0 {
			t.Fatalf("%s: no word turned away", name)
		}
	}
}
