//go:build race

package cli

// raceAllowance scales the allocation bounds under the race detector, whose bookkeeping
// allocates more objects and bytes per article than the program does.
var raceAllowance = struct{ objects, bytes float64 }{1.25, 1.8}
