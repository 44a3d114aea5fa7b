//go:build !amd64 || purego

package ascii

// Classes64 is described in classes_amd64.go, beside its assembly version.
func Classes64(s string, i int, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	if len(s)-i < 64 {
		return classes64Tail(s, i, lo, hi)
	}
	return classes64Generic(s[i:i+64], lo, hi)
}

// Classes64Triples is described in classes_amd64.go, beside its assembly version.
func Classes64Triples(s string, i int, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	if len(s)-i < 64+2 {
		return classes64TriplesTail(s, i, lo, hi, t)
	}
	return classes64TriplesGeneric(s[i:i+64+2], lo, hi, t)
}
