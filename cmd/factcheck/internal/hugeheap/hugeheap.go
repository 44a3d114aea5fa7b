// Package hugeheap asks, as the process starts, for the memory of the Go heap's first
// megabytes to be backed by huge pages where the system gives them on request (transparent
// huge pages in "madvise" mode; in "always" mode the heap has them anyway, and in "never"
// mode the request changes nothing).
//
// A run of check touches some 30 MB of heap for the first time: the lexicon as it loads,
// then the articles in flight up to the collector's goal. Each 4 kB page touched first costs
// a page fault, and on a virtual machine a fault costs tens of microseconds (measured 17-25
// µs on the project's 2-core machine, where one huge page of 2 MB cost about as much as 25
// small ones): 8,000 faults were an eighth of a 50 MB run's CPU time. Backed by huge pages,
// the same heap faults a few dozen times.
//
// It is imported for its effect by the command alone: a library has no business with the
// process's memory.
package hugeheap

// regionBytes is the heap backed, from where it stands when this package is initialised
// (after most of the project's packages: the linker orders packages by their dependencies,
// then by path, not by the order of imports): the lexicon and a batch run's heap up to the collector's goal (about 25 MB
// with the settings of internal/cli, over a live heap of 10-12). A heap that grows further
// gets small pages, as before. Huge pages are resident whole, so a larger region would add
// to a run's peak memory what a small page would not have touched.
const regionBytes = 24 << 20

func init() {
	adviseHugePages(regionBytes)
}
