//go:build !amd64 || purego

package input

// Without AVX2 assembly, special bytes are looked for eight bytes at a time only.

// useAVX2 is never set here; the tests set it off to test the other loop where it is.
var useAVX2 = false

func specialBlocks(n int) int { return 0 }

func nextSpecialBlocks(data []byte, n int) int { return -1 }

func moveRunBlocks(data []byte, w, r int) (int, int) { return w, r }
