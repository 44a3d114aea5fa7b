//go:build !amd64 || purego

package ascii

import "unsafe"

func classes64(p *byte, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	return classes64Generic(unsafe.String(p, 64), lo, hi)
}

func classes64Triples(p *byte, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	return classes64TriplesGeneric(unsafe.String(p, 64+2), lo, hi, t)
}
