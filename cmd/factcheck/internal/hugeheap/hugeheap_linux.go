package hugeheap

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// adviseHugePages has the runtime map size bytes of fresh heap, as one large object that it
// hands over unwritten, marks them for huge pages, and frees them for the heap's later
// allocations. The runtime allocates at the lowest free addresses, so these bytes are where
// the heap grows next; the advice stays with the memory when the scavenger hands pages of it
// back to the system and they are touched again.
func adviseHugePages(size int) {
	if godebugDisablesTHP(os.Getenv("GODEBUG")) {
		return
	}
	// The object would otherwise start a collection while it is live, which would then have
	// to be followed by another to free it.
	percent := debug.SetGCPercent(-1)
	region := make([]byte, size)
	// An error (huge pages not built into the kernel) leaves small pages, as before.
	_ = syscall.Madvise(region, syscall.MADV_HUGEPAGE)
	runtime.KeepAlive(region)
	debug.SetGCPercent(percent)
	runtime.GC()
}

// godebugDisablesTHP reports whether GODEBUG asks the runtime to keep the heap off huge
// pages (disablethp set to a number other than 0): that choice is the user's, and this
// package then leaves it alone.
func godebugDisablesTHP(godebug string) bool {
	disabled := false
	for _, setting := range strings.Split(godebug, ",") {
		if name, value, ok := strings.Cut(strings.TrimSpace(setting), "="); ok && name == "disablethp" {
			// The last setting wins, as in the runtime, which ignores one that is no number.
			if n, err := strconv.Atoi(value); err == nil {
				disabled = n != 0
			}
		}
	}
	return disabled
}
