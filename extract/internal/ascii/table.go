package ascii

import "fmt"

// WordTable maps lower-case words to values and finds a word in any case without building a
// lower-case copy of it. The scanners look up several words around every number; a Go map
// needs that copy first and then a general-purpose string hash, which together cost more than
// the rest of reading the word.
type WordTable[V any] struct {
	slots  []tableSlot[V] // open addressing, linear probing; "" marks an empty slot
	shift  uint           // 64 - log2(len(slots)): the hash's top bits index a slot
	maxLen int            // the longest word: longer ones are turned away unhashed
}

type tableSlot[V any] struct {
	word  string
	value V
}

// NewWordTable builds the table of m, whose keys must be non-empty and hold no upper-case
// ASCII letter (a key that breaks this is a programming error, so it panics).
func NewWordTable[V any](m map[string]V) *WordTable[V] {
	size, shift := 8, uint(61)
	for size < 4*len(m) { // a quarter full: a miss usually ends at the first empty slot
		size *= 2
		shift--
	}
	t := &WordTable[V]{slots: make([]tableSlot[V], size), shift: shift}
	for w, v := range m {
		if w == "" || Lower(w) != w {
			panic(fmt.Sprintf("ascii.NewWordTable: key %q is not a lower-case word", w))
		}
		t.maxLen = max(t.maxLen, len(w))
		i := t.home(w)
		for t.slots[i].word != "" {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = tableSlot[V]{word: w, value: v}
	}
	return t
}

// Lookup returns the value of w, ignoring the case of its ASCII letters.
func (t *WordTable[V]) Lookup(w string) (V, bool) {
	if len(w) != 0 && len(w) <= t.maxLen {
		for i := t.home(w); ; i = (i + 1) & (len(t.slots) - 1) {
			s := &t.slots[i]
			if len(s.word) == len(w) && EqualFold(w, s.word) {
				return s.value, true
			}
			if s.word == "" {
				break
			}
		}
	}
	var zero V
	return zero, false
}

// Has reports whether w is in the table, ignoring case.
func (t *WordTable[V]) Has(w string) bool {
	_, ok := t.Lookup(w)
	return ok
}

// home is the first slot to probe for w. Setting bit 5 of every byte folds the case of
// letters (it also merges a few punctuation pairs, which only costs a comparison); the first
// and the last eight bytes and the length are mixed, which spreads words of news well enough.
func (t *WordTable[V]) home(w string) int {
	var x uint64
	if len(w) >= 8 {
		x = (Load8(w, 0) | 0x20*lows) ^ (Load8(w, len(w)-8)|0x20*lows)*0xff51afd7ed558ccd
	} else {
		for i := 0; i < len(w); i++ {
			x |= uint64(w[i]|0x20) << (8 * i)
		}
	}
	x ^= uint64(len(w)) << 59
	return int((x * 0x9e3779b97f4a7c15) >> t.shift)
}
