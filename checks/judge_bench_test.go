package checks

import (
	"strings"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// sharedExcerpts gives every claim of one text whose quote lies in the same stretch of
// excerptBytes the same Sentence string, as the extractor does for a sentence too long to
// repeat whole in every row: claims of one sentence then share it, and the judge reads it once.
func sharedExcerpts(text string, claims []extract.Claim, excerptBytes int) []extract.Claim {
	out := make([]extract.Claim, len(claims))
	excerpts := map[int]string{}
	for i, c := range claims {
		out[i] = c
		from := c.Start / excerptBytes * excerptBytes
		to := min(from+excerptBytes, len(text))
		if c.End > to {
			continue
		}
		if _, ok := excerpts[from]; !ok {
			excerpts[from] = strings.Clone(text[from:to])
		}
		out[i].Sentence = excerpts[from]
	}
	return out
}

// BenchmarkJudgeLongSentence is the judge's cost per megabyte of text (cpu-MB/s) and per
// claim (ns/claim) on the benchmark corpus and on one long sentence full of claims, against
// the default reference table: a claim of a long sentence must not cost many times a claim of
// news. "shared" gives the claims of a stretch of the sentence one excerpt, as the extractor
// does; "own" gives each its own excerpt of the same length, the most reading there can be.
//
//	go test ./checks -run '^$' -bench JudgeLongSentence
func BenchmarkJudgeLongSentence(b *testing.B) {
	if testing.Short() {
		b.Skip("builds the default reference database")
	}
	ex := defaultExtractor(b)
	published := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	type input struct {
		name   string
		bytes  int
		claims []extract.Claim
	}
	var inputs []input
	corpus := input{name: "corpus"}
	for _, text := range testcorpus.Texts(b) {
		corpus.bytes += len(text)
		corpus.claims = append(corpus.claims, ex.Claims(extract.Article{Text: text, Published: published}, extract.Options{})...)
	}
	inputs = append(inputs, corpus)
	long := testcorpus.DenseText(256 << 10)
	claims := ex.Claims(extract.Article{Text: long, Published: published}, extract.Options{})
	inputs = append(inputs,
		input{"long sentence/own", len(long), claims},
		input{"long sentence/shared", len(long), sharedExcerpts(long, claims, 600)})

	store := defaultStore(b)
	opts := DefaultOptions()
	opts.Revisions = LazyRevisions(store.MeasureRevisions)
	if _, err := opts.Revisions.Revisions(); err != nil {
		b.Fatal(err)
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(in.bytes))
			b.ReportAllocs()
			stop := testcorpus.CPUThroughput(b, in.bytes)
			for b.Loop() {
				for _, c := range in.claims {
					if _, err := Judge(c, published, store, opts); err != nil {
						b.Fatal(err)
					}
				}
			}
			stop()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in.claims)), "ns/claim")
		})
	}
}

// BenchmarkSentenceReading is what the judge reads in sentences, per claim: definitions and
// targets, by readings (the cache, as Judge does) and by reading each claim's sentence afresh
// (claimedDefinitionOf and policyTargetOf, as the judge did before readings), for the claims of
// the benchmark corpus (a sentence of their own, mostly) and of a long sentence (excerpts shared
// by the claims of a stretch). Readings must cost no more on news and far less on long
// sentences.
func BenchmarkSentenceReading(b *testing.B) {
	ex := defaultExtractor(b)
	published := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	var news []extract.Claim
	for _, text := range testcorpus.Texts(b) {
		news = append(news, ex.Claims(extract.Article{Text: text, Published: published}, extract.Options{All: true})...)
	}
	long := testcorpus.DenseText(64 << 10)
	shared := sharedExcerpts(long, ex.Claims(extract.Article{Text: long, Published: published}, extract.Options{}), 600)
	opts := DefaultOptions()
	for _, in := range []struct {
		name   string
		claims []extract.Claim
	}{{"news", news}, {"long sentence", shared}} {
		for _, how := range []struct {
			name string
			read func(judgement)
		}{
			{"reading", func(j judgement) {
				j.read, j.quoteAt = j.sentence()
				j.claimedDefinition()
				j.policyTarget()
			}},
			{"afresh", func(j judgement) {
				claimedDefinitionOf(j)
				policyTargetOf(j)
			}},
		} {
			b.Run(in.name+"/"+how.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					for _, c := range in.claims {
						how.read(judgement{claim: c, opts: opts})
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in.claims)), "ns/claim")
			})
		}
	}
}

// BenchmarkReadSentence is reading a sentence afresh (what a claim pays when its excerpt is
// not the one read last), measure words included, per excerpt: of a long sentence's claims,
// each excerpt cut as the extractor cuts it (a few hundred bytes around the claim), and of
// the benchmark corpus's claims.
//
//	go test ./checks -run '^$' -bench ReadSentence
func BenchmarkReadSentence(b *testing.B) {
	ex := defaultExtractor(b)
	published := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	excerpts := func(claims []extract.Claim) []string {
		var out []string
		for i, c := range claims {
			if i == 0 || c.Sentence != claims[i-1].Sentence {
				out = append(out, c.Sentence)
			}
		}
		return out
	}
	var news []extract.Claim
	for _, text := range testcorpus.Texts(b) {
		news = append(news, ex.Claims(extract.Article{Text: text, Published: published}, extract.Options{All: true})...)
	}
	long := testcorpus.DenseText(64 << 10)
	for _, in := range []struct {
		name      string
		sentences []string
	}{
		{"news", excerpts(news)},
		{"long sentence", excerpts(ex.Claims(extract.Article{Text: long, Published: published}, extract.Options{}))},
	} {
		b.Run(in.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range in.sentences {
					readSentence(s).measureWords()
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(in.sentences)), "ns/sentence")
		})
	}
}
