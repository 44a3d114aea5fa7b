package extract

import (
	"slices"
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestJoinRangesAsCopies holds joinRanges, which joins in place and copies a figure only when
// it moves, to the loop it replaced, which copied every figure in and out; and hasRange to the
// slices.ContainsFunc it replaced.
func TestJoinRangesAsCopies(t *testing.T) {
	texts := testcorpus.Texts(t)
	for _, text := range worstInputs(16 << 10) {
		texts = append(texts, text)
	}
	texts = append(texts, "between 2 and 3%, 4 to 5 pct, 6 or 7 million, 8-9%, 1986 to 1987, 5 and 6%, 3 to 2%")
	joined := 0
	for _, text := range texts {
		qs := quantity.Scan(text)
		want := joinRangesCopying(text, append([]quantity.Quantity(nil), qs...))
		got := joinRanges(text, qs)
		if len(got) != len(want) {
			t.Fatalf("%.60q: %d figures joined in place, %d copied", text, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.ValueMax != nil && w.ValueMax != nil && *g.ValueMax == *w.ValueMax {
				g.ValueMax = w.ValueMax // (each join takes its own upper bound)
			}
			if g != w {
				t.Fatalf("%.60q: figure %d is %+v in place, %+v copied", text, i, g, w)
			}
		}
		joined += len(qs) - len(got)
		for _, falling := range []bool{false, true} {
			wantRange := slices.ContainsFunc(qs, func(q quantity.Quantity) bool {
				return q.ValueMax != nil && (!falling || *q.ValueMax < q.Value)
			})
			if got := hasRange(qs, falling); got != wantRange {
				t.Fatalf("%.60q: hasRange(falling %v) = %v, want %v", text, falling, got, wantRange)
			}
		}
	}
	if joined == 0 {
		t.Fatal("no range was joined: the test tests nothing")
	}
}

// joinRangesCopying is joinRanges as it was: each figure copied out and back.
func joinRangesCopying(text string, qs []quantity.Quantity) []quantity.Quantity {
	n := 0
	known := asciiPrefix{text: text, nonASCII: -1}
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		if i+1 < len(qs) {
			a, b := q, qs[i+1]
			if r, ok := joinRange(text, &a, &b, &known); ok {
				q = r
				i++
			}
		}
		qs[n] = q
		n++
	}
	return qs[:n]
}
