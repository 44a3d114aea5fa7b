//go:build !amd64 || purego

package ascii

// Without AVX2 assembly, IndexPairs reads eight bytes at a time only.

const pairBlock = 32

func vectorPairBlocks(n int) int { return 0 }

func indexPairsBlocks(s string, n int, a, b, c, d byte) int { return -1 }
