package hugeheap

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestGODEBUGDisablesTHP(t *testing.T) {
	for _, tt := range []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"disablethp=0", false},
		{"gctrace=1,disablethp=1", true},
		{"disablethp=1, gctrace=1", true},
		{"disablethp=1,disablethp=0", false},
		{"xdisablethp=1", false},
		{"disablethp=2", true},
		{"disablethp=1,disablethp=yes", true},
		{"disablethp=", false},
	} {
		if got := godebugDisablesTHP(tt.godebug); got != tt.want {
			t.Errorf("godebugDisablesTHP(%q) = %v, want %v", tt.godebug, got, tt.want)
		}
	}
}

// Memory the heap hands out after adviseHugePages lies in a mapping the kernel lists as
// marked for huge pages ("hg" among its flags): the heap grows into the region.
func TestTheHeapGrowsIntoMemoryMarkedForHugePages(t *testing.T) {
	if godebugDisablesTHP(os.Getenv("GODEBUG")) {
		t.Skip("GODEBUG=disablethp=1")
	}
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage"); err != nil {
		t.Skip("this kernel has no transparent huge pages:", err)
	}
	adviseHugePages(8 << 20)
	block := make([]byte, 4<<20)
	at := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	inside := false
	for line := range strings.Lines(string(smaps)) {
		if fields := strings.Fields(line); len(fields) > 0 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":") {
			from, to, _ := strings.Cut(fields[0], "-")
			start, err1 := strconv.ParseUint(from, 16, 64)
			end, err2 := strconv.ParseUint(to, 16, 64)
			inside = err1 == nil && err2 == nil && uint64(at) >= start && uint64(at) < end
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && inside {
			if !strings.Contains(" "+strings.TrimSpace(flags)+" ", " hg ") {
				t.Errorf("the heap's memory at %#x is not marked for huge pages (flags %s)", at, strings.TrimSpace(flags))
			}
			runtime.KeepAlive(block)
			return
		}
	}
	if !strings.Contains(string(smaps), "VmFlags:") {
		t.Skip("this kernel lists no VmFlags in /proc/self/smaps")
	}
	t.Errorf("no mapping holds the heap's memory at %#x", at)
}
