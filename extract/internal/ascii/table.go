package ascii

import (
	"fmt"
	"unsafe"
)

// WordTable maps lower-case words to values and finds a word in any case without building a
// lower-case copy of it. The scanners look up several words around every number; a Go map
// needs that copy first and then a general-purpose string hash, which together cost more than
// the rest of reading the word.
//
// A word is held as two eight-byte words, its first and its last eight bytes (they overlap in
// a word shorter than sixteen bytes): a word of news is mostly under sixteen bytes, so a probe
// compares the length and two integers, and a word is lower-cased eight bytes at a time.
//
// A probe reads a slot, and a hit reads the slot's value with it: the tables are many, and are
// each read a few times per number among the text and the other tables, so that their lines
// are mostly out of the data cache, and a value kept apart from its word was one more line
// read for each word found.
type WordTable[V any] struct {
	index wordIndex
	slots []tableSlot[V] // index.slots points at them
}

type tableSlot[V any] struct {
	key   slotKey
	value V
}

// slotKey is the part of a slot that the search reads, the same in every WordTable.
type slotKey struct {
	head, tail uint64 // the word packed (pack)
	n          uint32 // its length; 0 marks an empty slot
	long       uint32 // the index in wordIndex.long of a word longer than sixteen bytes
}

// wordIndex is the part of a WordTable that does not depend on its values: kept apart so that
// the search is a plain function, which the compiler compiles once with its helpers inlined,
// where a method of the generic type reached them through the type's dictionary and took
// half again as many instructions. It reads the slots, whose type does, through their
// address and size.
type wordIndex struct {
	slots  unsafe.Pointer // the first of the table's slots, each a slotKey first: open addressing, linear probing
	stride uintptr        // the size of a slot
	// tags holds a byte for each slot: 0 for an empty one, and seven bits of the hash of the
	// word it holds, with the top bit set, for a full one. The probes read them first, and a
	// slot only when its tag is the word's: a word that is in no table (about half of the
	// words looked up) reads no slot. The slots of the scanners' tables are half a megabyte,
	// mostly out of the data cache (reading a slot was two thirds of the look-up's time), and
	// their tags a fortieth of that.
	tags   []byte
	mask   int      // the number of slots - 1
	shift  uint     // 64 - log2(the number of slots): the hash's top bits index a slot
	maxLen int      // the longest word: longer ones are turned away unread
	exact  bool     // case counts (NewExactWordTable)
	long   []string // the words longer than sixteen bytes
	// The lengths of the words, a bit each, by the low five bits of their first byte and by
	// those of their last: most words looked up are in no table, and two loads and tests
	// turn away most of them before they are packed and hashed. The low five bits are the
	// same in a letter's two cases.
	firstLen, lastLen [32]uint32
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
	t := &WordTable[V]{slots: make([]tableSlot[V], size)}
	x := &t.index
	x.slots, x.stride, x.mask = unsafe.Pointer(unsafe.SliceData(t.slots)), unsafe.Sizeof(t.slots[0]), size-1
	x.tags = make([]byte, size)
	x.shift, x.exact = shift, exact
	for w, v := range m {
		x.maxLen = max(x.maxLen, len(w))
		x.firstLen[w[0]&31] |= lengthBit(len(w))
		x.lastLen[w[len(w)-1]&31] |= lengthBit(len(w))
		head, tail := x.pack(w)
		i, tag := x.home(head, tail)
		for t.slots[i].key.n != 0 {
			i = (i + 1) & x.mask
		}
		t.slots[i] = tableSlot[V]{key: slotKey{head: head, tail: tail, n: uint32(len(w))}, value: v}
		x.tags[i] = tag
		if len(w) > 16 {
			t.slots[i].key.long = uint32(len(x.long))
			x.long = append(x.long, w)
		}
	}
	return t
}

// Lookup returns the value of w, ignoring the case of its ASCII letters unless the table is
// exact.
func (t *WordTable[V]) Lookup(w string) (v V, ok bool) {
	if i := t.index.find(w); i >= 0 {
		v, ok = t.slots[i].value, true
	}
	return v, ok
}

// Get returns the value of w, or the zero value when w is not in the table.
func (t *WordTable[V]) Get(w string) (v V) {
	if i := t.index.find(w); i >= 0 {
		v = t.slots[i].value
	}
	return v
}

// Ref returns where the table holds the value of w, or nil when w is not in the table: a
// value of more than a few words is then read in place, not copied out. It must not be
// written through.
func (t *WordTable[V]) Ref(w string) *V {
	if i := t.index.find(w); i >= 0 {
		return &t.slots[i].value
	}
	return nil
}

// MayHold reports that w may be in the table, by its length and its first and last bytes
// alone (false: it is not): a filter that is inlined, for a caller that asks about every word
// of a text and finds few.
func (t *WordTable[V]) MayHold(w string) bool {
	return t.index.mayHold(w)
}

// mayHold is MayHold of the index.
func (x *wordIndex) mayHold(w string) bool {
	if len(w) == 0 || len(w) > x.maxLen {
		return false
	}
	b := lengthBit(len(w))
	return x.firstLen[w[0]&31]&b != 0 && x.lastLen[w[len(w)-1]&31]&b != 0
}

// Has reports whether w is in the table.
func (t *WordTable[V]) Has(w string) bool {
	return t.index.find(w) >= 0
}

// find returns the slot of w, or -1.
func (x *wordIndex) find(w string) int {
	if len(w) == 0 || len(w) > x.maxLen {
		return -1
	}
	if b := lengthBit(len(w)); x.firstLen[w[0]&31]&b == 0 || x.lastLen[w[len(w)-1]&31]&b == 0 {
		return -1
	}
	head, tail := packBytes(w) // x.pack, written out: pack is too long to be inlined
	if !x.exact {
		head = lowerBytes(head)
		if len(w) <= 8 {
			tail = head // the two are one word: the common case, lower-cased once
		} else {
			tail = lowerBytes(tail)
		}
	}
	tags := unsafe.Pointer(unsafe.SliceData(x.tags)) // (the probes' indices are masked: no bounds checks)
	i, tag := x.home(head, tail)
	for ; ; i = (i + 1) & x.mask {
		switch *(*byte)(unsafe.Add(tags, i)) {
		case 0:
			return -1
		case tag:
			s := (*slotKey)(unsafe.Add(x.slots, uintptr(i)*x.stride))
			if int(s.n) == len(w) && s.head == head && s.tail == tail && (len(w) <= 16 || x.sameLong(w, x.long[s.long])) {
				return i
			}
		}
	}
}

// lengthBit is the bit of a word of n bytes in firstLen and lastLen: lengths from 31 on share
// the last.
func lengthBit(n int) uint32 {
	return 1 << min(n, 31)
}

// pack is packBytes, with case folded unless the table is exact.
func (x *wordIndex) pack(w string) (head, tail uint64) {
	head, tail = packBytes(w)
	if !x.exact {
		head, tail = lowerBytes(head), lowerBytes(tail)
	}
	return head, tail
}

// sameLong compares a word longer than sixteen bytes with a key whose ends it shares.
func (x *wordIndex) sameLong(w, key string) bool {
	if x.exact {
		return w == key
	}
	return EqualFold(w, key)
}

// home returns the slot where the probes for a word packed as head and tail begin, from the
// top bits of its hash, and its tag, from the seven bits below them.
func (x *wordIndex) home(head, tail uint64) (int, byte) {
	h := (head ^ tail*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15
	return int(h >> (x.shift & 63)), byte(h>>((x.shift-7)&63)) | 0x80
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
