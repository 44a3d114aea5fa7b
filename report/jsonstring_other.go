//go:build !amd64 || purego

package report

// useAVX2 is never set here; the tests set it off to test the other loop where it is.
var useAVX2 = false

// plainJSONRun is never called without AVX2.
func plainJSONRun(p *byte, n int) int { panic("report: plainJSONRun without AVX2") }
