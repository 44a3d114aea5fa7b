package cli

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestTheMemoryLimitIsAFloorOrAMultipleOfTheLiveHeap(t *testing.T) {
	tests := []struct {
		name string
		live uint64
		want int64
	}{
		{"no heap: the floor", 0, gcMemoryFloor},
		{"an ordinary run's heap: the floor", 10 << 20, gcMemoryFloor},
		{"large articles in flight: above the heap", 100 << 20, 250 << 20},
		{"absurd sizes do not overflow", 1 << 63, 5 << 59},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := memoryLimitFor(tt.live); got != tt.want {
				t.Errorf("memoryLimitFor(%d) = %d, want %d", tt.live, got, tt.want)
			}
		})
	}
}

// A run's Go memory is held near the floor while its live heap is small, and the limit moves
// up when more is live, so that the collector never runs without end.
func TestTheMemoryLimitFollowsTheLiveHeap(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT is set: the user's settings win")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	tuneGCForBatch()
	// limitAfterGC collects and waits for the cleanup that follows the collection to set
	// the limit (it runs on a goroutine of its own). The wait bounds a hang, nothing else.
	limitAfterGC := func(want func(int64) bool) int64 {
		var limit int64
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); {
			runtime.GC()
			time.Sleep(time.Millisecond)
			if limit = debug.SetMemoryLimit(-1); want(limit) {
				break
			}
		}
		return limit
	}
	held := make([]byte, 100<<20)
	for i := range held {
		held[i] = byte(i)
	}
	if got := limitAfterGC(func(l int64) bool { return l >= 250<<20 }); got < 250<<20 {
		t.Errorf("with 100 MB live the memory limit is %d MB, want at least 250", got>>20)
	}
	runtime.KeepAlive(held)
	held = nil
	// Back down: to the floor, or to the headroom over what the rest of the test binary holds.
	if got := limitAfterGC(func(l int64) bool { return l < 250<<20 }); got >= 250<<20 || got < gcMemoryFloor {
		t.Errorf("with the heap freed the memory limit is %d MB, want it back between the floor (%d MB) and 250 MB", got>>20, gcMemoryFloor>>20)
	}
}
