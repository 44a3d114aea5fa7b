//go:build !amd64 || purego

package ascii

func stopBlocks(n int) int { return 0 }

func nextStopBlocks(s string, n int) int { return -1 }

func lastStopBlocks(s string, n int) int { return -1 }
