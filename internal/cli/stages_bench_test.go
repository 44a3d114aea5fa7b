package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/factcheck/factcheck/checks"
	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/extract/quantity"
	"github.com/factcheck/factcheck/extract/timex"
	"github.com/factcheck/factcheck/input"
	"github.com/factcheck/factcheck/internal/testcorpus"
	"github.com/factcheck/factcheck/report"
)

// BenchmarkStages measures each stage of `check` alone on the benchmark corpus, as check runs
// it: decode (JSONL lines into articles), scan (numbers, then dates: finding the candidates),
// link (the whole extraction of claims, scan included: extract exports no step of it alone),
// judge (every claim of the corpus against the default reference table) and write (the
// report rendered from the judged results, and the rows of extract --all). Every stage sets
// b.SetBytes to the size of the corpus, so that each reports MB of input per second and a
// regression in one shows in its own line; the whole is BenchmarkCheck.
//
//	go test ./internal/cli -run '^$' -bench Stages -benchmem
func BenchmarkStages(b *testing.B) {
	data, err := os.ReadFile(testcorpus.Path(b))
	if err != nil {
		b.Skipf("benchmark corpus absent: %v", err)
	}
	size := int64(len(data))
	published := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	readOpts := input.Options{DefaultDate: published, MaxBytes: 10 << 20}
	var items []input.Item
	err = input.ReadDocument("corpus.jsonl", bytes.NewReader(data), readOpts, func(it input.Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	lex, err := extract.DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	extractor := extract.New(lex)

	b.Run("decode", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			err := input.ReadDocument("corpus.jsonl", bytes.NewReader(data), readOpts, func(it input.Item) error {
				if it.Err != nil {
					return it.Err
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	prose := make([]string, len(items))
	for i, it := range items {
		prose[i] = it.Prose().Text
	}
	b.Run("scan/numbers", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, text := range prose {
				quantity.Scan(text)
			}
		}
	})
	b.Run("scan/dates", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, text := range prose {
				timex.Scan(text, published)
			}
		}
	})
	for _, all := range []bool{false, true} {
		name := "link"
		if all {
			name = "link/all"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, it := range items {
					it.Claims(extractor, extract.Options{All: all})
				}
			}
		})
	}

	store, judgeOpts := benchStore(b)
	claims := make([][]extract.Claim, len(items))
	allClaims := make([][]extract.Claim, len(items))
	for i, it := range items {
		claims[i] = it.Claims(extractor, extract.Options{})
		allClaims[i] = it.Claims(extractor, extract.Options{All: true})
	}
	judge := func(b *testing.B) [][]checks.Result {
		results := make([][]checks.Result, len(items))
		for i, it := range items {
			for _, c := range claims[i] {
				r, err := checks.Judge(c, it.Article.Published, store, judgeOpts)
				if err != nil {
					b.Fatal(err)
				}
				results[i] = append(results[i], r)
			}
		}
		return results
	}
	// The first judging measures the table's revisions (a cost of the first run on a new
	// table, cached on disk after it): outside the measured loop.
	judged := judge(b)
	b.Run("judge", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			judge(b)
		}
	})

	listed := make([][]checks.Result, len(items))
	for i := range items {
		for _, c := range allClaims[i] {
			listed[i] = append(listed[i], checks.Result{Claim: c})
		}
	}
	for _, tc := range []struct {
		name, format string
		results      [][]checks.Result
		noVerdicts   bool
	}{
		{"jsonl", "jsonl", judged, false},
		{"jsonl/all", "jsonl", listed, true},
		{"csv/all", "csv", listed, true},
		{"table", "table", judged, false},
	} {
		b.Run(fmt.Sprintf("write/%s", tc.name), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				w, err := report.NewWriter(tc.format, io.Discard, report.Options{NoVerdicts: tc.noVerdicts, Judging: judgeOpts})
				if err != nil {
					b.Fatal(err)
				}
				for i, it := range items {
					if err := w.WriteArticle(*it.Article, tc.results[i]); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
