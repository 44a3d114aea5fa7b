package extract

import (
	"testing"

	"github.com/factcheck/factcheck/internal/testcorpus"
)

// candidateSentences returns, per article of the benchmark corpus, the sentences with figures
// that extraction reads further (candidate and mayHoldClaim), with their figures.
func candidateSentences(b *testing.B, ex *Extractor) (texts []string, sentences [][]figureSentence, words int) {
	for _, text := range testcorpus.Texts(b) {
		st := &articleState{lex: ex.lex, art: Article{Text: text}}
		var kept []figureSentence
		for fs := range figureSentencesOf(ex.lex, text) {
			if !st.candidate(fs.start, fs.end, fs.figures) {
				continue
			}
			s := st.newSentence(fs.start, fs.end, fs.figures)
			if s.mayHoldClaim() {
				kept = append(kept, fs)
				words += len(s.toks)
			}
			st.retire(s)
		}
		texts = append(texts, text)
		sentences = append(sentences, kept)
	}
	return texts, sentences, words
}

// BenchmarkSentenceAnalysis measures what a sentence that may hold a claim costs before its
// figures are read: tokenising it, finding its cues and names, and tagging and grouping its
// words (newSentence and analyse), over the corpus's sentences of that kind. The cost per word
// is reported as ns/word.
func BenchmarkSentenceAnalysis(b *testing.B) {
	ex := testExtractor(b)
	texts, sentences, words := candidateSentences(b, ex)
	size := 0
	for i, ss := range sentences {
		for _, s := range ss {
			size += s.end - s.start
		}
		_ = texts[i]
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	stop := testcorpus.CPUThroughput(b, size)
	var prev articleState // the buffers and word types of the article before, as Claims keeps them
	prev.types = newWordCache(ex.lex)
	for range b.N {
		for i, text := range texts {
			st := &articleState{lex: ex.lex, art: Article{Text: text}, sentToks: prev.sentToks[:0], sentWords: prev.sentWords[:0], recycled: prev.recycled, types: prev.types}
			st.lookedBack = lookedBack{from: -1, to: -1, toks: prev.lookedBack.toks[:0], cues: prev.lookedBack.cues[:0]}
			for _, fs := range sentences[i] {
				s := st.newSentence(fs.start, fs.end, fs.figures)
				st.analyse(s)
				st.retire(s)
			}
			prev = *st
		}
	}
	stop()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}
