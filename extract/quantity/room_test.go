package quantity

import (
	"strings"
	"testing"
)

// TestRoomAtEveryCapacity checks that a quantity written in the room past the end of the
// result (scanner.room) is kept as a quantity added by a copy was, from every capacity the
// result may start with: a room made by growth, a mixed number ("2 1/4") that takes back the
// whole number before it and so leaves the room one place further, and closed bounds, which
// join the quantity before instead of adding one. The reference is each part scanned alone,
// from a slice with room for all of its quantities, its offsets moved to the part's place:
// each part is a sentence, and no rule reads across a full stop.
func TestRoomAtEveryCapacity(t *testing.T) {
	parts := []string{
		"It rose 5%, then 2 1/4 points. ", "At most 100 and at least 20 people. ", "Up ½ a point. ",
		"Between 2% and 3%. ", "Dozens of firms. ", "A threefold rise. ", "Paid $5/$6 a share. ",
		"Three or four times. ", "Ran 7 3/4 miles. ", "No less than 5%, no more than 7%. ",
	}
	for shift := range parts {
		text := strings.Join(append(parts[shift:], parts[:shift]...), "")
		text = strings.Repeat(text, 3)
		var want []Quantity
		for at := 0; at < len(text); {
			part := text[at : at+strings.Index(text[at:], ". ")+2]
			for _, q := range ScanInto(make([]Quantity, 0, len(part)), part) {
				q.Start, q.End, q.NumStart, q.NumEnd = q.Start+at, q.End+at, q.NumStart+at, q.NumEnd+at
				want = append(want, q)
			}
			at += len(part)
		}
		mixed, bounds := 0, 0
		for _, q := range want {
			if q.Value == 2.25 || q.Value == 7.75 {
				mixed++
			}
			if q.Value == 20 && q.ValueMax != nil && *q.ValueMax == 100 {
				bounds++
			}
		}
		if mixed != 6 || bounds != 3 {
			t.Fatalf("the reference holds %d mixed numbers and %d closed bounds, not 6 and 3: %+v", mixed, bounds, want)
		}
		for room := 0; room <= len(want)+1; room++ {
			if got := ScanInto(make([]Quantity, 0, room), text); !sameQuantities(got, want) {
				t.Fatalf("from room for %d of %q: %d quantities %+v, want %d %+v", room, text, len(got), got, len(want), want)
			}
		}
	}
}

// TestPrevWordMemoStartsRight checks what prevWord's memo takes for granted before any
// word is read: prevWordAt finds the empty word at 0 above the floor 0 of any text.
func TestPrevWordMemoStartsRight(t *testing.T) {
	for _, text := range []string{"", "a", "word", " ", "5", "£5", "\xff"} {
		if w := prevWordAt(text, 0, 0); w != (wordMemo{}).word {
			t.Errorf("prevWordAt(%q, 0, 0) = %v, not the memo's zero word", text, w)
		}
	}
}
