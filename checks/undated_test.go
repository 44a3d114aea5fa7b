package checks

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
)

// The explanations of an undated article's claims that judgeReleases ends with
// datedAsOfToday's words itself (undatedEnd) are those datedAsOfToday gives when it copies
// them: the claims of the benchmark corpus and of a text dense with figures, citing no source,
// or another, judged undated with and without the words written in place, as of today and
// as of a day.
func TestUndatedEndsAsDatedAsOfToday(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	ex := defaultExtractor(t)
	store := defaultStore(t)
	var news []extract.Claim
	for _, text := range testcorpus.Texts(t) {
		news = append(news, ex.Claims(extract.Article{Text: text}, extract.Options{All: true})...)
	}
	dense := ex.Claims(extract.Article{Text: testcorpus.DenseText(32 << 10)}, extract.Options{})
	claims := append(slices.Clone(news), dense...)
	for _, c := range slices.Concat(news[:min(len(news), 300)], dense[:min(len(dense), 200)]) {
		for _, source := range []string{"", "IMF", "Rosstat", "the World Bank", "Interfax"} {
			if c.Source != source {
				c.Source = source
				claims = append(claims, c)
			}
		}
	}
	today := DefaultOptions()
	today.Revisions = LazyRevisions(store.MeasureRevisions)
	asOf := today
	asOf.AsOf = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	copying := historianOf{struct{ Reference }{store}, store}
	judge := func(inPlace bool, ref Reference, opts Options, c extract.Claim) Result {
		t.Helper()
		endsUndatedInPlace = inPlace
		defer func() { endsUndatedInPlace = true }()
		r, err := Judge(c, time.Time{}, ref, opts)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	dated := 0
	for _, opts := range []Options{today, asOf} {
		for _, ref := range []Reference{store, copying} {
			for _, c := range claims {
				got, want := judge(true, ref, opts, c), judge(false, ref, opts, c)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%q (source %q, as of %v):\nin place %s %s\ncopied   %s %s",
						c.Quote, c.Source, opts.AsOf, got.Verdict, got.Explanation, want.Verdict, want.Explanation)
				}
				if (&judgement{}).datesResult(want) {
					dated++
				}
			}
		}
	}
	if dated < 1000 {
		t.Fatalf("only %d explanations dated", dated)
	}
}
