package checks

import (
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// What the judge keeps for the claims that come after (releaseViewOf)
// is exact: judging the claims of the benchmark corpus and of a text dense with figures
// against the default table, twice over (the second time from what the first kept), gives
// every claim the result judging it afresh gives — against copies of the figures, which are
// never kept — whatever the article's date, the claim's cited source and the options. The
// claims are judged in turn under each date and options, so that what one set of them kept
// meets claims of another.
func TestKeptViewsJudgeAsAfresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	ex := defaultExtractor(t)
	store := defaultStore(t)
	var claims []extract.Claim
	for _, text := range append(testcorpus.Texts(t), testcorpus.DenseText(48<<10)) {
		claims = append(claims, ex.Claims(extract.Article{Text: text}, extract.Options{})...)
	}
	// The same figures asked about by claims that cite another source, or none.
	for _, c := range claims[:min(len(claims), 400)] {
		for _, source := range []string{"", "IMF", "Rosstat", "the World Bank", "Eurostat"} {
			if c.Source != source {
				c.Source = source
				claims = append(claims, c)
			}
		}
	}

	measured := DefaultOptions()
	measured.Revisions = LazyRevisions(store.MeasureRevisions)
	named := measured
	named.Names = map[string]string{"RUS": "Russia", "USA": "the United States", "DEU": "Germany", "FRA": "France", "JPN": "Japan"}
	named.SourcePriority = []string{"IMF WEO", "Rosstat"}
	asOf := named
	asOf.AsOf = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	asOf.RevisionMargin, asOf.RevisionPercentile = 0.5, 90
	// And options that each change one thing a kept view is made of, beside the measured ones.
	margin, percentile, beyondSpan, priority := measured, measured, measured, measured
	margin.RevisionMargin = 0.2
	percentile.RevisionPercentile = 80
	beyondSpan.RevisionPercentileBeyondSpan = 90
	priority.SourcePriority = []string{"Rosstat", "IMF WEO", "World Bank WDI"}
	options := []struct {
		name string
		opts Options
	}{
		{"configured margin", DefaultOptions()}, {"measured margin", measured}, {"names and priority", named}, {"as of 2021", asOf},
		{"margin alone", margin}, {"percentile alone", percentile}, {"beyond span alone", beyondSpan}, {"priority alone", priority},
	}
	dates := []time.Time{{}, time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)}

	copying := historianOf{struct{ Reference }{store}, store} // lends nothing: nothing is kept
	// Each set of options is judged by a worker of its own, at once, as check's workers
	// judge: what one keeps, the others meet (go test -race sees them share it).
	var judged atomic.Int64
	for round := range 2 {
		var wg sync.WaitGroup
		for _, o := range options {
			wg.Go(func() {
				for _, published := range dates {
					for _, c := range claims {
						got, err := Judge(c, published, store, o.opts)
						if err != nil {
							t.Error(err)
							return
						}
						want, err := Judge(c, published, copying, o.opts)
						if err != nil {
							t.Error(err)
							return
						}
						if !reflect.DeepEqual(got, want) {
							t.Errorf("round %d, %s, published %v, %q (source %q):\nkept   %s %s\nafresh %s %s",
								round, o.name, published, c.Quote, c.Source, got.Verdict, got.Explanation, want.Verdict, want.Explanation)
							return
						}
						if got.RefValue != nil {
							judged.Add(1)
						}
					}
				}
			})
		}
		wg.Wait()
	}
	if judged.Load() < 1000 {
		t.Fatalf("only %d claims judged against a figure", judged.Load())
	}
}
