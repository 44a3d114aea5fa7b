package checks

import (
	"slices"
	"testing"

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
