package timex

import (
	"slices"
	"testing"
	"time"
)

// TestScanIntoIsScan checks that ScanInto finds what Scan finds whatever its buffer held, and
// that it writes into the buffer when it has room.
func TestScanIntoIsScan(t *testing.T) {
	pub := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	buf := make([]Expr, 0, 1<<10)
	for _, published := range []time.Time{pub, {}} {
		for _, text := range fuzzSeeds {
			got := ScanInto(buf, text, published)
			if want := Scan(text, published); !slices.Equal(got, want) {
				t.Fatalf("ScanInto(%q) = %+v, want %+v", text, got, want)
			}
			if len(got) > 0 && &got[0] != &buf[:1][0] {
				t.Fatalf("ScanInto(%q) did not write into the buffer's room", text)
			}
			buf = got // what the text before left in it
		}
	}
}
