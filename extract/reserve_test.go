package extract

import (
	"sort"
	"testing"
)

// TestStartsInOrder holds startsInOrder to what the stable sort it spares would do: leave the
// claims as they are exactly when they are sorted by Start already.
func TestStartsInOrder(t *testing.T) {
	for _, starts := range [][]int{
		nil, {5}, {1, 2, 3}, {1, 1, 2}, {2, 1}, {1, 3, 2}, {0, 0, 0}, {4, 5, 6, 7, 1},
	} {
		claims := make([]Claim, len(starts))
		for i, s := range starts {
			claims[i] = Claim{Start: s, QuoteInSentence: i}
		}
		want := sort.SliceIsSorted(claims, func(i, j int) bool { return claims[i].Start < claims[j].Start })
		if got := startsInOrder(claims); got != want {
			t.Errorf("startsInOrder(%v) = %v, want %v", starts, got, want)
		}
	}
}

// TestReserve checks that reserve keeps the claims and makes the room asked for, whatever the
// figures left, and that a text dense with claims grows its storage a few times in all (up to
// 64 claims as append does, then once to the claims its figures left would make), not by
// doubling to its size.
func TestReserve(t *testing.T) {
	for _, c := range []struct{ figures, left, have, capacity, n int }{
		{0, 0, 0, 0, 1}, {10, 5, 8, 8, 2}, {1000, 1000, 64, 64, 3}, {1000, 900, 64, 64, 2},
		{1000, 10, 200, 200, 40}, {30000, 29900, 64, 64, 2}, {100, 0, 64, 64, 1},
	} {
		st := &articleState{figures: c.figures, figuresLeft: c.left}
		dst := make([]Claim, c.have, c.capacity)
		for i := range dst {
			dst[i].Start = i
		}
		got := st.reserve(dst, c.n)
		if len(got) != c.have || cap(got)-len(got) < c.n {
			t.Errorf("%+v: len %d cap %d", c, len(got), cap(got))
			continue
		}
		for i := range got {
			if got[i].Start != i {
				t.Fatalf("%+v: claim %d lost", c, i)
			}
		}
	}
	st := &articleState{figures: 10000, figuresLeft: 10000}
	var dst []Claim
	grown := 0
	for sentence := 0; sentence < 200; sentence++ { // sentences of 50 figures, a claim each
		for range 50 {
			before := cap(dst)
			dst = append(st.reserve(dst, 1), Claim{})
			if cap(dst) != before {
				grown++
			}
		}
		st.figuresLeft -= 50
	}
	if grown > 6 || cap(dst) > 10000*9/8 {
		t.Errorf("a claim per figure grew the storage %d times, to %d", grown, cap(dst))
	}
}
