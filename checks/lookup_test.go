package checks

import (
	"slices"
	"testing"
	"time"

	"github.com/factcheck/factcheck/extract"
	"github.com/factcheck/factcheck/internal/testcorpus"
	"github.com/factcheck/factcheck/reference"
)

// keptFigures hands back the figures a filter keeps, in order, and the very slice when it
// keeps them all (the judge only reads it).
func TestKeptFigures(t *testing.T) {
	all := []reference.Observation{{Period: "2020"}, {Period: "2021"}, {Period: "2022"}, {Period: "2023"}}
	periods := func(obs []reference.Observation) []string {
		var out []string
		for _, o := range obs {
			out = append(out, o.Period)
		}
		return out
	}
	for _, tt := range []struct {
		name string
		drop []string
		want []string
	}{
		{"every figure kept", nil, []string{"2020", "2021", "2022", "2023"}},
		{"the first dropped", []string{"2020"}, []string{"2021", "2022", "2023"}},
		{"one in the middle dropped", []string{"2022"}, []string{"2020", "2021", "2023"}},
		{"the last dropped", []string{"2023"}, []string{"2020", "2021", "2022"}},
		{"all dropped", []string{"2020", "2021", "2022", "2023"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var asked []string
			got := keptFigures(all, func(o *reference.Observation) bool {
				asked = append(asked, o.Period)
				return !slices.Contains(tt.drop, o.Period)
			})
			if !slices.Equal(periods(got), tt.want) {
				t.Errorf("kept %v, want %v", periods(got), tt.want)
			}
			if !slices.Equal(asked, periods(all)) {
				t.Errorf("asked about %v, want each figure once in order", asked)
			}
			if shared := len(got) > 0 && &got[0] == &all[0]; shared != (len(tt.drop) == 0) {
				t.Errorf("the kept figures share the given slice: %v; want %v", shared, len(tt.drop) == 0)
			}
		})
	}
}

// The words describe keeps for the next claim are those of the claim's own margin: two
// measured tables whose cells differ only in their sources, and margins that differ in one
// field, each read as made afresh.
func TestMarginWordsKeptAreTheMarginsOwn(t *testing.T) {
	cell := func(sources ...string) reference.RevisionCell {
		return reference.RevisionCell{Indicator: "gdp_growth", Age: "5y+", Unit: "pp", Sources: sources, Figures: 400}
	}
	wdi, imf := cell("World Bank WDI"), cell("IMF WEO", "World Bank WDI")
	margins := []margin{
		{value: 1.1, learned: true, cell: wdi, age: "5y+", pct: 95},
		{value: 1.1, learned: true, cell: imf, age: "5y+", pct: 95},
		{value: 1.2, learned: true, cell: wdi, age: "5y+", pct: 95},
		{value: 1.1, learned: true, cell: wdi, age: "<1y", pct: 95},
		{value: 1.1, learned: true, cell: wdi, age: "5y+", pct: 99},
		{value: 1, pct: 95},
	}
	for round := range 2 {
		for i, m := range margins {
			for _, rate := range []bool{true, false} {
				if got, want := m.describe(rate), m.describeAfresh(rate); got != want {
					t.Errorf("round %d, margin %d (rate %v): %q, want %q", round, i, rate, got, want)
				}
			}
		}
	}
}

// watchedLender lends the store's figures and keeps a copy of every slice it lent, for a test
// to see that nothing lent was changed.
type watchedLender struct {
	*reference.Store
	lent, copies [][]reference.Observation
}

func (w *watchedLender) SharedObservations(entity, indicator, period string) ([]reference.Observation, error) {
	return w.watch(w.Store.SharedObservations(entity, indicator, period))
}

func (w *watchedLender) SharedHistory(entity, indicator string) ([]reference.Observation, error) {
	return w.watch(w.Store.SharedHistory(entity, indicator))
}

func (w *watchedLender) watch(obs []reference.Observation, err error) ([]reference.Observation, error) {
	w.lent = append(w.lent, obs)
	w.copies = append(w.copies, slices.Clone(obs))
	return obs, err
}

// The judge only reads the figures the table lends it: judging the claims of the benchmark
// corpus, of a text dense with figures (claims with no figure list whole series), and of
// exchange rates (figures inverted) against the default table leaves every lent figure as it
// was, and gives the verdicts and explanations judging against copies gives.
func TestJudgeLeavesLentFiguresAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the default reference database")
	}
	ex := defaultExtractor(t)
	published := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	texts := append(testcorpus.Texts(t), testcorpus.DenseText(32<<10),
		"The euro rose to $1.35 in 2004, and the dollar bought 108 yen in 2004. Britain's inflation was 2.9% in July 2004.")
	store := defaultStore(t)
	watched := &watchedLender{Store: store}
	opts := DefaultOptions()
	opts.Revisions = LazyRevisions(store.MeasureRevisions)
	copying := struct{ Reference }{store} // neither a lender nor a historian: copies
	for _, text := range texts {
		for _, c := range ex.Claims(extract.Article{Text: text, Published: published}, extract.Options{}) {
			got, err := Judge(c, published, watched, opts)
			if err != nil {
				t.Fatal(err)
			}
			want, err := Judge(c, published, historianOf{copying, store}, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got.Verdict != want.Verdict || got.Explanation != want.Explanation {
				t.Fatalf("%q: judged on lent figures %s (%s), on copies %s (%s)", c.Quote, got.Verdict, got.Explanation, want.Verdict, want.Explanation)
			}
		}
	}
	if len(watched.lent) < 100 {
		t.Fatalf("only %d lookups lent figures", len(watched.lent))
	}
	for i, obs := range watched.lent {
		if !slices.Equal(obs, watched.copies[i]) {
			t.Fatalf("lookup %d: the judge changed the figures it was lent", i)
		}
	}
}

// historianOf is a Reference that copies: Observations of one, History of another.
type historianOf struct {
	Reference
	h historian
}

func (h historianOf) History(entity, indicator string) ([]reference.Observation, error) {
	return h.h.History(entity, indicator)
}

// IsAggregate tells the groups of countries as the historian does, when it can (the store
// can): lending or copying figures changes nothing of what an entity is.
func (h historianOf) IsAggregate(code string) (bool, error) {
	if t, ok := h.h.(aggregateTeller); ok {
		return t.IsAggregate(code)
	}
	return false, nil
}
