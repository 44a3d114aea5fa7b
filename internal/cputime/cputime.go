// Package cputime reads the CPU time the process has used, the measure of speed that other
// load on a shared machine barely changes (wall time does).
package cputime

import "time"

// Used returns the CPU time the process has used so far, user and system, on all its threads
// (garbage collection included); ok is false where the system does not tell.
func Used() (used time.Duration, ok bool) {
	return processCPU()
}
