//go:build !linux

package hugeheap

// adviseHugePages does nothing where there is no transparent huge page to ask for.
func adviseHugePages(int) {}
