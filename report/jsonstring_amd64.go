//go:build !purego

package report

import "golang.org/x/sys/cpu"

// useAVX2 chooses the AVX2 loop of appendJSONString; the tests turn it off to test the other.
var useAVX2 = cpu.X86.HasAVX2

// plainJSONRun returns the index of the first byte of the n bytes at p that a JSON string
// does not hold as it is (a quote, a backslash, a control byte or a byte beyond ASCII), or
// the index from which fewer than 32 bytes are left. It reads 32 bytes at a time with AVX2.
//
//go:noescape
func plainJSONRun(p *byte, n int) int
