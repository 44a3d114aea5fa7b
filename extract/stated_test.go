package extract

import (
	"strconv"
	"testing"

	"github.com/factcheck/factcheck/extract/quantity"
)

// TestStatedRing holds statedAs to the last maxStated figures remembered, the latest first.
func TestStatedRing(t *testing.T) {
	for _, tc := range []struct {
		name       string
		remembered int // figures 0, 1, ... of value i%mod and period i
		mod        int
		value      float64 // asked about
		want       string  // the period found, "" for none
	}{
		{"none", 0, 100, 3, ""},
		{"one", 1, 100, 0, "0"},
		{"the latest of a value", 25, 10, 3, "23"},
		{"a full ring", maxStated, 10, 1, "31"},
		{"past the ring's length", maxStated + 5, 10, 6, "36"},
		{"the oldest kept", maxStated + 8, 100, 8, "8"},
		{"the newest", maxStated + 8, 100, 39, "39"},
		{"one forgotten", maxStated + 8, 100, 7, ""},
		{"the first forgotten", maxStated + 1, 100, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &articleState{}
			for i := range tc.remembered {
				st.remember(statedFigure{period: strconv.Itoa(i), value: float64(i % tc.mod), unit: UnitPercent})
			}
			if len(st.stated) > maxStated {
				t.Fatalf("%d figures kept, want at most %d", len(st.stated), maxStated)
			}
			f, ok := st.statedAs(quantity.Quantity{Value: tc.value, Unit: UnitPercent})
			if got := f.period; ok != (tc.want != "") || got != tc.want {
				t.Errorf("statedAs(%v) = %q, %v; want %q", tc.value, got, ok, tc.want)
			}
		})
	}
}
