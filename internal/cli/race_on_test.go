//go:build race

package cli

// raceAllowance scales the allocation bounds under the race detector, whose bookkeeping
// allocates more objects and bytes per article than the program does. Its bytes are about 5.7
// MB per MB of articles whatever the program allocates, so that they weigh more the less the
// program allocates: check, at 1.2 MB per MB, allocates 6.9 MB under it (2026-12-02).
var raceAllowance = struct{ objects, bytes float64 }{1.25, 4.2}
