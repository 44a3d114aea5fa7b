//go:build !amd64 || purego

package ascii

// Classes256Triples is described in classes256_amd64.go, beside its assembly version.
func Classes256Triples(s string, i int, lo, hi byte, t *Triples, c *[4]BlockClasses) {
	classes256TriplesGo(s, i, lo, hi, t, c)
}
