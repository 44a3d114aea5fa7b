//go:build !race

package cli

// raceAllowance scales the allocation bounds under the race detector; without it, the
// bounds hold as they are.
var raceAllowance = struct{ objects, bytes float64 }{1, 1}
