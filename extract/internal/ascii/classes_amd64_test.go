//go:build !purego

package ascii

// classes64Versions returns the versions of classes64 this machine runs, each chosen by
// useAVX2 for one call.
func classes64Versions() []classes64Version {
	versions := []classes64Version{{"SSE2", func(s string, lo, hi byte) (uint64, uint64, uint64, uint64) {
		return classes64With(false, s, lo, hi)
	}}}
	if cpuHasAVX2() {
		versions = append(versions, classes64Version{"AVX2", func(s string, lo, hi byte) (uint64, uint64, uint64, uint64) {
			return classes64With(true, s, lo, hi)
		}})
	}
	return versions
}

func classes64With(avx2 bool, s string, lo, hi byte) (letters, digits, inLoHi, high uint64) {
	saved := useAVX2
	useAVX2 = avx2
	letters, digits, inLoHi, high = Classes64(s, 0, lo, hi)
	useAVX2 = saved
	return letters, digits, inLoHi, high
}

// withAVX2Off runs f with the AVX2 loops turned off, so that a machine with AVX2 tests the
// versions a machine without it runs.
func withAVX2Off(f func()) {
	saved := useAVX2
	defer func() { useAVX2 = saved }()
	useAVX2 = false
	f()
}

// classes64TriplesVersions returns the versions of classes64Triples this machine runs, each
// chosen by useAVX2 for one call.
func classes64TriplesVersions() []classes64TriplesVersion {
	versions := []classes64TriplesVersion{{"no AVX2", func(s string, lo, hi byte, t *Triples) (uint64, uint64, uint64, uint64, uint64) {
		return classes64TriplesWith(false, s, lo, hi, t)
	}}}
	if cpuHasAVX2() {
		versions = append(versions, classes64TriplesVersion{"AVX2", func(s string, lo, hi byte, t *Triples) (uint64, uint64, uint64, uint64, uint64) {
			return classes64TriplesWith(true, s, lo, hi, t)
		}})
	}
	return versions
}

func classes64TriplesWith(avx2 bool, s string, lo, hi byte, t *Triples) (letters, digits, inLoHi, high, triples uint64) {
	saved := useAVX2
	useAVX2 = avx2
	letters, digits, inLoHi, high, triples = Classes64Triples(s, 0, lo, hi, t)
	useAVX2 = saved
	return letters, digits, inLoHi, high, triples
}
