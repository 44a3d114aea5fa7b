package ascii

import "fmt"

// WordTable maps lower-case words to values and finds a word in any case without building a
// lower-case copy of it. The scanners look up several words around every number; a Go map
// needs that copy first and then a general-purpose string hash, which together cost more than
// the rest of reading the word.
//
// A word is held as two eight-byte words, its first and its last eight bytes (they overlap in
// a word shorter than sixteen bytes): a word of news is mostly under sixteen bytes, so a probe
// compares the length and two integers, and a word is lower-cased eight bytes at a time.
type WordTable[V any] struct {
	slots  []tableSlot[V] // open addressing, linear probing; n == 0 marks an empty slot
	shift  uint           // 64 - log2(len(slots)): the hash's top bits index a slot
	maxLen int            // the longest word: longer ones are turned away unread
	exact  bool           // case counts (NewExactWordTable)
}

type tableSlot[V any] struct {
	head, tail uint64 // packWord of the word
	n          int    // its length
	word       string // the word itself, for one longer than sixteen bytes
	value      V
}

// NewWordTable builds the table of m, whose keys must be non-empty and hold no upper-case
// ASCII letter (a key that breaks this is a programming error, so it panics).
func NewWordTable[V any](m map[string]V) *WordTable[V] {
	for w := range m {
		if w == "" || Lower(w) != w {
			panic(fmt.Sprintf("ascii.NewWordTable: key %q is not a lower-case word", w))
		}
	}
	return newWordTable(m, false)
}

// NewExactWordTable builds the table of m, whose keys must be non-empty, for look-ups in which
// case counts ("USD", "MW").
func NewExactWordTable[V any](m map[string]V) *WordTable[V] {
	if _, ok := m[""]; ok {
		panic("ascii.NewExactWordTable: an empty key")
	}
	return newWordTable(m, true)
}

func newWordTable[V any](m map[string]V, exact bool) *WordTable[V] {
	size, shift := 8, uint(61)
	for size < 4*len(m) { // a quarter full: a miss usually ends at the first empty slot
		size *= 2
		shift--
	}
	t := &WordTable[V]{slots: make([]tableSlot[V], size), shift: shift, exact: exact}
	for w, v := range m {
		t.maxLen = max(t.maxLen, len(w))
		head, tail := t.pack(w)
		i := t.home(head, tail)
		for t.slots[i].n != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = tableSlot[V]{head: head, tail: tail, n: len(w), word: w, value: v}
	}
	return t
}

// Lookup returns the value of w, ignoring the case of its ASCII letters unless the table is
// exact.
func (t *WordTable[V]) Lookup(w string) (V, bool) {
	if len(w) != 0 && len(w) <= t.maxLen {
		head, tail := t.pack(w)
		for i := t.home(head, tail); ; i = (i + 1) & (len(t.slots) - 1) {
			s := &t.slots[i]
			if s.n == len(w) && s.head == head && s.tail == tail && (len(w) <= 16 || t.sameLong(w, s.word)) {
				return s.value, true
			}
			if s.n == 0 {
				break
			}
		}
	}
	var zero V
	return zero, false
}

// Get returns the value of w, or the zero value when w is not in the table.
func (t *WordTable[V]) Get(w string) V {
	v, _ := t.Lookup(w)
	return v
}

// Has reports whether w is in the table.
func (t *WordTable[V]) Has(w string) bool {
	_, ok := t.Lookup(w)
	return ok
}

// pack is packWord, which folds case, or the bytes as they are in an exact table.
func (t *WordTable[V]) pack(w string) (head, tail uint64) {
	head, tail = packBytes(w)
	if !t.exact {
		head, tail = lowerBytes(head), lowerBytes(tail)
	}
	return head, tail
}

// sameLong compares a word longer than sixteen bytes with a key whose ends it shares.
func (t *WordTable[V]) sameLong(w, key string) bool {
	if t.exact {
		return w == key
	}
	return EqualFold(w, key)
}

func (t *WordTable[V]) home(head, tail uint64) int {
	return int(((head ^ tail*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15) >> t.shift)
}

// packBytes returns w's first eight and last eight bytes, byte i of each at bits 8i; a word
// shorter than eight bytes fills the low bytes of both. Two words of the same length and at
// most sixteen bytes are equal when both halves are, and equal ignoring case when the halves
// lower-cased are.
func packBytes(w string) (head, tail uint64) {
	switch n := len(w); {
	case n >= 8:
		head, tail = Load8(w, 0), Load8(w, n-8)
	case n >= 4: // two loads of four that overlap
		head = uint64(load4(w, 0)) | uint64(load4(w, n-4))<<(8*(n-4))
		tail = head
	case n >= 2:
		head = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[n-2])<<(8*(n-2)) | uint64(w[n-1])<<(8*(n-1))
		tail = head
	case n == 1:
		head, tail = uint64(w[0]), uint64(w[0])
	}
	return head, tail
}

func load4(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// lowerBytes lower-cases the ASCII capitals among the eight bytes of x: bit 5 is set in each.
func lowerBytes(x uint64) uint64 {
	return x | inRange(x, 'A', 'Z')>>2
}
