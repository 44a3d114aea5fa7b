//go:build !amd64 || purego

package ascii

func classes64(s string, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	return classes64Generic(s, lo, hi)
}
