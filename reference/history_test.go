package reference

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"
)

// TestSortHistoryIsAStableSort holds sortHistory, which moves each figure once along the
// cycles of its permutation, to the stable sort it replaced: on series read from the table
// and on random ones with many ties (figures of one period and release differ by basis and
// kind only, and keep their order).
func TestSortHistoryIsAStableSort(t *testing.T) {
	stableSorted := func(found []Observation) []Observation {
		want := slices.Clone(found)
		slices.SortStableFunc(want, func(a, b Observation) int {
			return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(a.Release, b.Release),
				cmp.Compare(a.Source, b.Source), cmp.Compare(a.Label, b.Label))
		})
		return want
	}
	var series [][]Observation
	for _, s := range [][2]string{{"EMU", "gdp_growth"}, {"USA", "gdp_growth"}, {"GBR", "inflation"}} {
		rows, err := defaultStore.db.Query(wholeSeriesQuery, s[0], s[1])
		if err != nil {
			t.Fatal(err)
		}
		found, err := defaultStore.readSeries(rows, s[0], s[1], true, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(found) == 0 {
			t.Fatalf("%s %s: no figures", s[0], s[1])
		}
		series = append(series, found)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		found := make([]Observation, n)
		for i := range found {
			found[i] = Observation{Period: fmt.Sprint(2000 + rng.IntN(4)), Release: fmt.Sprint(rng.IntN(3)),
				Source: fmt.Sprint(rng.IntN(2)), Label: fmt.Sprint(rng.IntN(2)), Basis: fmt.Sprint(i)}
		}
		series = append(series, found)
	}
	for _, found := range series {
		want := stableSorted(found)
		sortHistory(found)
		if !slices.Equal(found, want) {
			t.Fatalf("sortHistory of %d figures differs from a stable sort", len(found))
		}
	}
}

func TestHistoryHoldsEveryPeriodsObservations(t *testing.T) {
	tests := []struct {
		name              string
		entity, indicator string
		periods           []string // periods that must be present, with the same rows as Observations
		wantEmpty         bool
	}{
		{name: "Russia's growth has Rosstat's estimates and the WDI releases of each year",
			entity: "RUS", indicator: "gdp_growth", periods: []string{"2021", "2022", "2023", "2024"}},
		{name: "Japan's population runs over the WDI years",
			entity: "JPN", indicator: "population", periods: []string{"2000", "2024"}},
		{name: "an unknown entity has no history", entity: "XXX", indicator: "gdp_growth", wantEmpty: true},
		{name: "an unknown indicator has no history", entity: "RUS", indicator: "no_such", wantEmpty: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			history, err := defaultStore.History(tt.entity, tt.indicator)
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantEmpty {
				if len(history) != 0 {
					t.Fatalf("History(%s, %s) = %d rows, want none", tt.entity, tt.indicator, len(history))
				}
				return
			}
			byPeriod := map[string][]Observation{}
			for _, o := range history {
				if o.Entity != tt.entity || o.Indicator != tt.indicator {
					t.Fatalf("History(%s, %s) holds %s %s", tt.entity, tt.indicator, o.Entity, o.Indicator)
				}
				byPeriod[o.Period] = append(byPeriod[o.Period], o)
			}
			for _, period := range tt.periods {
				want, err := defaultStore.Observations(tt.entity, tt.indicator, period)
				if err != nil {
					t.Fatal(err)
				}
				if len(want) == 0 {
					t.Fatalf("the default data has no %s %s %s; the test needs another period", tt.entity, tt.indicator, period)
				}
				if !reflect.DeepEqual(byPeriod[period], want) {
					t.Errorf("period %s:\n got %v\nwant %v", period, figures(byPeriod[period]), figures(want))
				}
			}
			sorted := sort.SliceIsSorted(history, func(i, j int) bool {
				if history[i].Period != history[j].Period {
					return history[i].Period < history[j].Period
				}
				return history[i].Release < history[j].Release
			})
			if !sorted {
				t.Error("history is not ordered by period, then release")
			}
		})
	}
}

func TestHistoryOfANilStoreIsEmpty(t *testing.T) {
	var s *Store
	history, err := s.History("RUS", "gdp_growth")
	if err != nil || history != nil {
		t.Fatalf("nil store: History = %v, %v; want nil, nil", history, err)
	}
}

// History keeps the series it read for the next call: a caller that changes what it got
// changes nothing kept, and a write of the store is seen by the next call.
func TestHistoryKeptIsNeitherSharedNorStale(t *testing.T) {
	store := smallStore(t)
	first, err := store.History("RUS", "unemployment_rate")
	if err != nil {
		t.Fatal(err)
	}
	if len(first) > 0 {
		first[0].Value = -999
	}
	first = append(first, Observation{Value: -998})
	again, err := store.History("RUS", "unemployment_rate")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range again {
		if o.Value == -999 || o.Value == -998 {
			t.Fatalf("a caller's change reached the kept series: %+v", again)
		}
	}
	added := Figure{Observation: Observation{Entity: "rus", Indicator: "unemployment_rate", Period: "2024",
		Value: 2.5, Source: "Rosstat", Release: "2025-01-31", SourceURL: "https://example.org/u"}}
	if err := store.AddFigure(context.Background(), added); err != nil {
		t.Fatal(err)
	}
	after, err := store.History("RUS", "unemployment_rate")
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(again)+1 || !slices.ContainsFunc(after, func(o Observation) bool { return o.Period == "2024" && o.Value == 2.5 }) {
		t.Errorf("after adding a figure the history holds %d figures (%d before), want the new one too", len(after), len(again))
	}
}

// The shared lookups lend what the copying ones copy: the same figures, in a slice whose
// capacity ends at its length, so that a caller's append copies it and the next lookup gets
// what the store keeps.
func TestSharedLookupsLendTheKeptFigures(t *testing.T) {
	store := smallStore(t)
	for round := range 2 { // the first reads the table, the second the kept answer
		copied, err := store.Observations("RUS", "gdp_growth", "2023")
		if err != nil {
			t.Fatal(err)
		}
		lent, err := store.SharedObservations("RUS", "gdp_growth", "2023")
		if err != nil {
			t.Fatal(err)
		}
		if len(lent) == 0 || !slices.Equal(copied, lent) || cap(lent) != len(lent) {
			t.Fatalf("round %d: SharedObservations = %d figures (capacity %d), Observations %d; want the same figures, capacity their number",
				round, len(lent), cap(lent), len(copied))
		}
		_ = append(lent, Observation{Value: -998})
		history, err := store.History("RUS", "gdp_growth")
		if err != nil {
			t.Fatal(err)
		}
		lentHistory, err := store.SharedHistory("RUS", "gdp_growth")
		if err != nil {
			t.Fatal(err)
		}
		if len(lentHistory) == 0 || !slices.Equal(history, lentHistory) || cap(lentHistory) != len(lentHistory) {
			t.Fatalf("round %d: SharedHistory = %d figures (capacity %d), History %d; want the same figures, capacity their number",
				round, len(lentHistory), cap(lentHistory), len(history))
		}
		_ = append(lentHistory, Observation{Value: -998})
	}
	var none *Store
	if h, err := none.SharedHistory("RUS", "gdp_growth"); h != nil || err != nil {
		t.Errorf("nil store: SharedHistory = %v, %v; want nil, nil", h, err)
	}
}
