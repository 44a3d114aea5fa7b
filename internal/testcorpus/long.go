package testcorpus

import (
	"os"
	"strconv"
	"testing"
)

// LongTestsEnv names the environment variable that turns the long tests on: cases that take
// tens of seconds on a 2-core machine (a round trip of the whole reference table, rounds of
// concurrent commands), which a developer's `go test ./...` skips and CI (.ci/run) runs.
const LongTestsEnv = "FACTCHECK_LONG_TESTS"

// Long skips tb unless FACTCHECK_LONG_TESTS is true (1, true); what says what the test does
// that takes long.
func Long(tb testing.TB, what string) {
	tb.Helper()
	if on, _ := strconv.ParseBool(os.Getenv(LongTestsEnv)); !on {
		tb.Skipf("long test (%s): run it with %s=1 go test ..., as CI does", what, LongTestsEnv)
	}
}
