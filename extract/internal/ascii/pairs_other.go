//go:build !amd64 || purego

package ascii

const pairBlock = 32

func vectorPairBlocks(n int) int { return 0 }

func indexPairsBlocks(s string, n int, a, b, c, d byte) int { return -1 }
