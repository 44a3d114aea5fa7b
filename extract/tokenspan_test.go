package extract

import (
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// TestTokenSpanFromIsTokenSpan holds tokenSpanFrom to tokenSpan over the figures and dates of
// the corpus and the worst inputs, from every hint: the ones analyse and withDates pass (the
// last span's first word), hints past the span, and hints that are no word.
func TestTokenSpanFromIsTokenSpan(t *testing.T) {
	ex := testExtractor(t)
	texts := testcorpus.Texts(t)[:300]
	for _, text := range worstInputs(8 << 10) {
		texts = append(texts, text)
	}
	checked := 0
	for _, text := range texts {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		for fs := range ex.lex.figureSentences(text, prepareQuantities(text, quantity.Scan(text))) {
			s := st.newSentence(fs.start, fs.end, fs.figures)
			st.analyse(s)
			var spans [][2]int
			for _, q := range s.quants {
				spans = append(spans, [2]int{q.Start, q.End})
			}
			for _, e := range s.exprs {
				spans = append(spans, [2]int{e.Start, e.End})
			}
			spans = append(spans, [2]int{s.start, s.start}, [2]int{s.end, s.end + 5}, [2]int{s.start - 3, s.start + 1})
			for _, sp := range spans {
				wantFirst, wantLast := s.tokenSpan(sp[0], sp[1])
				for _, hint := range []int{0, 1, max(wantFirst, 0), wantFirst + 1, wantFirst + 7, len(s.toks) / 2, len(s.toks), len(s.toks) + 1} {
					if hint < 0 {
						continue
					}
					if f, l := s.tokenSpanFrom(hint, sp[0], sp[1]); f != wantFirst || l != wantLast {
						t.Fatalf("%q: span %v from word %d: (%d, %d), tokenSpan (%d, %d)", s.text, sp, hint, f, l, wantFirst, wantLast)
					}
					checked++
				}
			}
			st.retire(s)
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d spans checked", checked)
	}
}
