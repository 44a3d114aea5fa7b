package quantity

import (
	"reflect"
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

// TestPhraseWritesEveryField checks that phrase, which writes the quantity field by field
// over the room where another may have been written, knows every field of Quantity: a new
// field must be written there too. Over a room filled with another quantity's values, each
// phrase read must give what it gives over a zero room.
func TestPhraseWritesEveryField(t *testing.T) {
	fields := reflect.VisibleFields(reflect.TypeOf(Quantity{}))
	var names []string
	for _, f := range fields {
		names = append(names, f.Name)
	}
	if got := strings.Join(names, " "); got != "Start End NumStart NumEnd Value ValueMax Step Unit Qualifier Change" {
		t.Fatalf("Quantity's fields are %s: write the new ones in phrase", got)
	}
	hi := 99.0
	stale := Quantity{Start: 1, End: 2, NumStart: 3, NumEnd: 4, Value: 5, ValueMax: &hi, Step: 6, Unit: "stale", Qualifier: "stale", Change: "stale"}
	for _, text := range []string{"It rose 5% to 2 million people", "between 2% and 3%", "about $5bn", "fell 3 points"} {
		for i := 0; i < len(text); i++ {
			if !digitAt(text, i) || i > 0 && digitAt(text, i-1) {
				continue
			}
			n, _, ok := parseDigits(text, i)
			if !ok {
				continue
			}
			read := func(q Quantity) (Quantity, int, bool) {
				s := scanner{text: text}
				m := n
				end, ok := s.phrase(&m, true, &q)
				return q, end, ok
			}
			want, wantEnd, wantOK := read(Quantity{})
			got, gotEnd, gotOK := read(stale)
			if wantOK && (!sameQuantities([]Quantity{got}, []Quantity{want}) || gotEnd != wantEnd) || gotOK != wantOK {
				t.Errorf("%q at %d: over a stale room %+v, over a zero one %+v", text, i, got, want)
			}
		}
	}
}
