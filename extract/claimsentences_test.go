package extract

import (
	"strings"
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// claimSentences returns, for each text, the sentences of it that hold a claim, joined: the
// corpus's own claim-dense prose. The corpus whole costs little per MB because most of its
// sentences hold no figure and are passed over by a scan; a text of nothing but sentences like
// these is the worst input real prose makes.
func claimSentences(ex *Extractor, texts []string) []string {
	var out []string
	for _, text := range texts {
		var b strings.Builder
		seen := map[int]bool{}
		for _, c := range ex.Claims(Article{Text: text}, Options{}) {
			start := c.Start - c.QuoteInSentence
			if seen[start] || strings.Contains(c.Sentence, "…") {
				continue // a sentence cut to its figure's stretch would not read the same
			}
			seen[start] = true
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(c.Sentence)
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return out
}

// BenchmarkClaimsSentences is BenchmarkClaims on the corpus's sentences that hold a claim: each
// article's as one text ("articles"), and all of them repeated into one text of a megabyte, as
// the worst inputs are.
func BenchmarkClaimsSentences(b *testing.B) {
	ex := testExtractor(b)
	texts := claimSentences(ex, testcorpus.Texts(b))
	if len(texts) == 0 {
		b.Fatal("no sentence of the corpus holds a claim")
	}
	one := strings.Join(texts, " ")
	var long strings.Builder
	for long.Len() < 1<<20 {
		long.WriteString(one)
		long.WriteByte(' ')
	}
	for _, bench := range []struct {
		name  string
		texts []string
	}{
		{"articles", texts},
		{"one text", []string{long.String()}},
	} {
		b.Run(bench.name, func(b *testing.B) {
			size, claims := 0, 0
			for _, text := range bench.texts {
				size += len(text)
				claims += len(ex.Claims(Article{Text: text}, Options{}))
			}
			b.Logf("%d claims in %d bytes: %.1f a KB", claims, size, float64(claims)/(float64(size)/1024))
			b.SetBytes(int64(size))
			b.ResetTimer()
			stop := testcorpus.CPUThroughput(b, size)
			for range b.N {
				for _, text := range bench.texts {
					ex.Claims(Article{Text: text}, Options{})
				}
			}
			stop()
		})
	}
}
