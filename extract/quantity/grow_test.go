package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// denseTexts are texts with more figures than denseOut, in the shapes of the worst inputs of
// extraction, and one whose figures are mostly in words, which numberStarts does not count.
func denseTexts() map[string]string {
	build := func(n int, part func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(part(i))
		}
		return b.String()
	}
	return map[string]string{
		"list": "Inflation rose " + build(20000, func(i int) string { return fmt.Sprintf("%d.%d%%, ", i%9, i%10) }),
		"figures and years": build(5000, func(i int) string {
			return fmt.Sprintf("GDP in Italy grew %d.%d%% in %d, ", i%9, i%10, 1980+i%40)
		}),
		"ranges": build(5000, func(i int) string { return fmt.Sprintf("between %d%% and %d%% and ", i%9, i%9+1) }),
		"words":  build(5000, func(i int) string { return []string{"two", "three million", "a dozen", "1,000", "5"}[i%5] + " jobs, " }),
	}
}

// TestGrowthKeepsTheQuantities checks that the room counted for a dense text changes nothing
// the scan finds, from an empty slice and from slices with room for some or all of them.
func TestGrowthKeepsTheQuantities(t *testing.T) {
	for name, text := range denseTexts() {
		want := ScanInto(make([]Quantity, 0, len(text)), text)
		if len(want) <= denseOut {
			t.Fatalf("%s: %d quantities, no more than denseOut", name, len(want))
		}
		for _, room := range []int{0, 16, denseOut - 1, denseOut, len(want) / 2, len(want)} {
			if got := ScanInto(make([]Quantity, 0, room), text); !sameQuantities(got, want) {
				t.Errorf("%s: from room for %d, the scan found %d quantities, not the %d of a slice with room for all", name, room, len(got), len(want))
			}
		}
	}
}

// TestNumberStarts holds numberStarts to a count byte by byte.
func TestNumberStarts(t *testing.T) {
	texts := []string{
		"", "1", "a1", "1,000 and 0.5% and 6-7 and 12.5.6", ",1 .5 -3", "1..2", "1,,2", "COVID-19",
		strings.Repeat("x", 63) + "1,5", strings.Repeat("x", 62) + "1,5", strings.Repeat("x", 63) + ",5",
		strings.Repeat("7", 130) + "," + strings.Repeat("1", 70), strings.Repeat("9.", 100),
	}
	for _, text := range denseTexts() {
		texts = append(texts, text)
	}
	for _, text := range texts {
		if got, want := numberStarts(text), numberStartsByteByByte(text); got != want {
			t.Errorf("numberStarts(%.40q) = %d, want %d", text, got, want)
		}
	}
}

// numberStartsByteByByte is numberStarts, reading one byte at a time.
func numberStartsByteByByte(text string) int {
	isDigit := func(i int) bool { return i >= 0 && text[i] >= '0' && text[i] <= '9' }
	n := 0
	for i := range len(text) {
		if !isDigit(i) || isDigit(i-1) {
			continue
		}
		if i >= 2 && strings.IndexByte(",-.", text[i-1]) >= 0 && isDigit(i-2) {
			continue
		}
		n++
	}
	return n
}

// FuzzNumberStarts holds numberStarts to the count byte by byte on any text.
func FuzzNumberStarts(f *testing.F) {
	for _, s := range []string{"1,000 and 0.5%", "6-7", "\xff9.9", strings.Repeat("1-", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := numberStarts(text), numberStartsByteByByte(text); got != want {
			t.Fatalf("numberStarts(%q) = %d, want %d", text, got, want)
		}
	})
}

// TestDenseRoomIsClose checks that the room counted for a dense text is close to what it
// uses when most of its numbers are years, which are no quantity: room for a figure at every
// number ahead was twice the quantities found.
func TestDenseRoomIsClose(t *testing.T) {
	text := denseTexts()["figures and years"]
	got := ScanInto(nil, text)
	if limit := len(got) + len(got)/8 + denseOut; cap(got) > limit {
		t.Errorf("room for %d quantities, where %d were found (at most %d)", cap(got), len(got), limit)
	}
}
