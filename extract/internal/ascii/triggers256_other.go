//go:build !amd64 || purego

package ascii

// Triggers256 is described in triggers256_amd64.go, beside its assembly version.
func Triggers256(s string, i int, lo, hi byte, t *Triples, after uint64, out *[4]uint64) {
	triggers256Go(s, i, lo, hi, t, after, out)
}
