package cli

import (
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/config"
	"github.com/factcheck/factcheck/internal/testcorpus"
	"github.com/factcheck/factcheck/reference"
	"github.com/factcheck/factcheck/report"
)

// BenchmarkAfterExtraction is what check does with claims once they are extracted — the
// judge (lookups, verdicts, explanations) and the report's rows — per MB of text (cpu-MB/s)
// and per claim (ns/claim), on the benchmark corpus and on a megabyte of one sentence full of
// figures and years (testcorpus.DenseText, ~27 claims a KB against ~0.2 in news). A claim of
// the dense text must not cost many times a claim of news: its MB costs ~150 times the claims.
//
//	go test ./internal/cli -run '^$' -bench AfterExtraction -benchmem
func BenchmarkAfterExtraction(b *testing.B) {
	if testing.Short() {
		b.Skip("builds the default reference database")
	}
	published := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	lex, err := extract.DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	extractor := extract.New(lex)
	type input struct {
		name     string
		bytes    int
		articles []extract.Article
		claims   [][]extract.Claim
	}
	corpus := input{name: "corpus"}
	for i, text := range testcorpus.Texts(b) {
		corpus.articles = append(corpus.articles, extract.Article{ID: "corpus-" + string(rune('a'+i%26)), Text: text, Published: published})
		corpus.bytes += len(text)
	}
	dense := input{name: "dense", articles: []extract.Article{{ID: "dense.txt", Text: testcorpus.DenseText(1 << 20), Published: published}}}
	dense.bytes = len(dense.articles[0].Text)
	inputs := []*input{&corpus, &dense}
	claimCount := map[string]int{}
	for _, in := range inputs {
		for _, a := range in.articles {
			claims := extractor.Claims(a, extract.Options{})
			in.claims = append(in.claims, claims)
			claimCount[in.name] += len(claims)
		}
	}

	store, judgeOpts := benchStore(b)
	// The table's revisions are measured once per table (and cached on disk by check).
	if _, err := judgeOpts.Revisions.Revisions(); err != nil {
		b.Fatal(err)
	}
	judge := func(b *testing.B, in *input) [][]checks.Result {
		results := make([][]checks.Result, len(in.articles))
		for i, a := range in.articles {
			results[i] = make([]checks.Result, 0, len(in.claims[i]))
			for _, c := range in.claims[i] {
				r, err := checks.Judge(c, a.Published, store, judgeOpts)
				if err != nil {
					b.Fatal(err)
				}
				results[i] = append(results[i], r)
			}
		}
		return results
	}
	write := func(b *testing.B, format string, in *input, results [][]checks.Result) {
		w, err := report.NewWriter(format, io.Discard, report.Options{Judging: judgeOpts})
		if err != nil {
			b.Fatal(err)
		}
		for i, a := range in.articles {
			if err := w.WriteArticle(a, results[i]); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	measure := func(b *testing.B, in *input, run func()) {
		b.SetBytes(int64(in.bytes))
		b.ReportAllocs()
		stop := testcorpus.CPUThroughput(b, in.bytes)
		for b.Loop() {
			run()
		}
		stop()
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(claimCount[in.name]), "ns/claim")
	}
	for _, in := range inputs {
		judged := judge(b, in)
		b.Run(in.name+"/judge", func(b *testing.B) {
			measure(b, in, func() { judge(b, in) })
		})
		for _, format := range []string{"jsonl", "csv", "table", "md", "html"} {
			b.Run(in.name+"/write/"+format, func(b *testing.B) {
				measure(b, in, func() { write(b, format, in, judged) })
			})
		}
	}
}

// benchStore is the default reference table, built for the benchmark and open for reading
// (closed when it ends), and check's judging options over it with the default config.
func benchStore(b *testing.B) (*reference.Store, checks.Options) {
	db := filepath.Join(b.TempDir(), "reference.db")
	if err := reference.Build(db); err != nil {
		b.Fatal(err)
	}
	store, err := reference.OpenWith(db, reference.OpenOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	cfg, err := config.Load("", newCheckCmd(&globalOptions{}, Streams{}).Flags())
	if err != nil {
		b.Fatal(err)
	}
	return store, judgingOptions(cfg, store, time.Time{})
}
