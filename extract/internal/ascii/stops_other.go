//go:build !amd64 || purego

package ascii

// Without AVX2 assembly, the stops are looked for eight bytes at a time only.

func stopBlocks(n int) int { return 0 }

func nextStopBlocks(s string, n int) int { return -1 }

func lastStopBlocks(s string, n int) int { return -1 }
