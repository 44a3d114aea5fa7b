package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// TestUpperEndsAreTheirOwn: the upper ends of ranges are handed out of blocks (upperEnd), and
// each quantity's end must still be its own, holding its value, past the end of a block and
// across the batches of a scan.
func TestUpperEndsAreTheirOwn(t *testing.T) {
	var b strings.Builder
	const n = 3*upperEndsBlock + 5
	for i := range n {
		fmt.Fprintf(&b, "prices rose between %d%% and %d%% in the year, ", i+1, i+2)
	}
	for _, batch := range []int{0, 4, 7} {
		var qs []Quantity
		if batch == 0 {
			qs = Scan(b.String())
		} else {
			var bs Batches
			bs.Start(nil, b.String(), batch)
			for last := false; !last; {
				var got []Quantity
				got, last = bs.Next()
				qs = append(qs, got...)
			}
		}
		if len(qs) != n {
			t.Fatalf("batch %d: %d quantities, want %d", batch, len(qs), n)
		}
		seen := make(map[*float64]bool)
		for i, q := range qs {
			if q.ValueMax == nil || *q.ValueMax != float64(i+2) || q.Value != float64(i+1) {
				t.Fatalf("batch %d: quantity %d is %v to %v, want %d to %d", batch, i, q.Value, q.ValueMax, i+1, i+2)
			}
			if seen[q.ValueMax] {
				t.Fatalf("batch %d: quantity %d shares its upper end with another", batch, i)
			}
			seen[q.ValueMax] = true
		}
	}
}
