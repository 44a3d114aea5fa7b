package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/factcheck/factcheck/extract/internal/ascii"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// nextMonthPairBreakAlone is monthPairBreaks.next as it was, looking for every slash, dash and
// typeset dash again from from at each call.
func nextMonthPairBreakAlone(text string, from int) int {
	slash, dash, wide := indexByteFrom(text, from, '/'), indexByteFrom(text, from, '-'), indexByteFrom(text, from, 0xE2)
	for {
		i := slash
		if i < 0 || dash >= 0 && dash < i {
			i = dash
		}
		if i < 0 || wide >= 0 && wide < i {
			i = wide
		}
		if i < 0 {
			return -1
		}
		w := dashWidth(text, i)
		if i+w < len(text) && w > 0 && i > 0 && ascii.IsLetter(text[i-1]) && (isCapitalByte(text[i+w]) || strings.HasPrefix(text[i+w:], "to-")) {
			return i
		}
		switch i {
		case slash:
			slash = indexByteFrom(text, i+1, '/')
		case dash:
			dash = indexByteFrom(text, i+1, '-')
		default:
			wide = indexByteFrom(text, i+1, 0xE2)
		}
	}
}

// TestMonthPairBreaksAsAlone checks that the breaks found one after the other, each search
// kept for the next, are those found each from scratch: over the corpus and random texts of
// letters, slashes, dashes and typeset dashes, from each break and from further on.
func TestMonthPairBreaksAsAlone(t *testing.T) {
	texts := testcorpus.Texts(t)
	rng := rand.New(rand.NewSource(12))
	pieces := []string{"a", "b", "J", "O", "/", "-", "–", "—", "‐", "’", " ", "to-", "Oct", "Dec", "é", "\xe2", "\xe2\x80"}
	for range 3000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, "", "/", "a/B", "Oct/Dec", "July–September", "the October-to-December period", strings.Repeat("Jan-Mar ", 100))
	for _, text := range texts {
		for _, step := range []int{1, 2, 7} {
			var got, want []int
			breaks := monthPairBreaks{text: text}
			for i := breaks.next(0); i >= 0; i = breaks.next(i + step) {
				got = append(got, i)
			}
			for i := nextMonthPairBreakAlone(text, 0); i >= 0; i = nextMonthPairBreakAlone(text, i+step) {
				want = append(want, i)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q, step %d: breaks %v, want %v", text, step, got, want)
			}
		}
	}
}
