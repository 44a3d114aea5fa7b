package cli

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Extraction makes many small short-lived allocations over a small live heap (the lexicon,
// a few articles in flight), so the default GOGC=100 collects every few megabytes; GOGC=400
// collects a fifth as often. Left alone, though, it lets the heap grow to five times what
// is live, and the process to 80-100 MB where 55 would do. So the Go memory of a run is
// held to gcMemoryFloor, which a corpus of ordinary articles stays under at no cost in CPU
// (measured: the same CPU time, peak RSS 100 → 61 MB over 65 MB of articles on two
// workers), and the limit follows the live heap up when a run holds more (articles of
// megabytes in flight): a fixed limit near the live heap would make the collector run
// without end. GOGC and GOMEMLIMIT set by the user win. The headroom is two and a half times
// the live heap: each worker keeps a cache of the word types it met (a few MB that live for
// the whole run), and at three times the live heap two workers took the process to 67 MB on
// the benchmark corpus; at two and a half it stays at 63 MB in the same CPU time, and a
// megabyte of claims costs no more CPU than at three (measured 2026-12-02; at two it cost a
// tenth more).
const (
	gcMemoryFloor = 36 << 20
	// the limit is at least gcHeadroomHalves / 2 times the live heap
	gcHeadroomHalves = 5
)

// memoryLimitFor is the soft memory limit of a run whose live heap is live bytes.
func memoryLimitFor(live uint64) int64 {
	return max(gcMemoryFloor, int64(min(live, 1<<60))*gcHeadroomHalves/2)
}

var gcTuning sync.Once

// tuneGCForBatch sets the collector for a run over articles, once per process.
func tuneGCForBatch() {
	gcTuning.Do(func() {
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(400)
		}
		if os.Getenv("GOMEMLIMIT") == "" {
			debug.SetMemoryLimit(gcMemoryFloor)
			afterEachGC(followLiveHeap)
		}
	})
}

// followLiveHeap sets the memory limit from the heap the last collection found live.
func followLiveHeap() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() == metrics.KindUint64 {
		debug.SetMemoryLimit(memoryLimitFor(sample[0].Value.Uint64()))
	}
}

// gcSentinel is an object made to be collected: its cleanup tells that a collection ran.
// It holds a pointer so that it is not packed into a block with other tiny objects, which
// would keep it alive as long as they are.
type gcSentinel struct{ _ *int }

// afterEachGC calls f after every garbage collection from now on (from the goroutine that
// runs cleanups, soon after the collection).
func afterEachGC(f func()) {
	runtime.AddCleanup(new(gcSentinel), func(struct{}) {
		f()
		afterEachGC(f)
	}, struct{}{})
}
