package testcorpus

import "runtime"

// HeapPeak records the most heap in use, after a collection, at every nth of the calls to
// Sample, above what was in use when it was made: what the tests of a memory bound count
// while a dump is read or written (counted, not timed; a collection at every call would
// take the tests minutes).
type HeapPeak struct {
	every, calls int
	base, peak   uint64
}

// NewHeapPeak collects and reads the heap in use now, the base of Held.
func NewHeapPeak(every int) *HeapPeak {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return &HeapPeak{every: every, base: m.HeapInuse}
}

// Sample counts a call, and at the first of every nth collects and reads the heap in use.
func (h *HeapPeak) Sample() {
	if h.calls++; h.calls%h.every != 1 {
		return
	}
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	h.peak = max(h.peak, m.HeapInuse)
}

// Calls is the number of calls to Sample.
func (h *HeapPeak) Calls() int { return h.calls }

// Sampled reports whether any call read the heap.
func (h *HeapPeak) Sampled() bool { return h.peak > 0 }

// Held is the most heap read in use above the base (negative when less was in use).
func (h *HeapPeak) Held() int64 { return int64(h.peak) - int64(h.base) }
