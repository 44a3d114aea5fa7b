//go:build !amd64 || purego

package ascii

// classes64Versions returns the versions of classes64 this machine runs: the generic one,
// which the tests check already.
func classes64Versions() []classes64Version { return nil }

// withAVX2Off runs f: there are no AVX2 loops to turn off here.
func withAVX2Off(f func()) { f() }

// classes64TriplesVersions returns the versions of classes64Triples this machine runs: the
// generic one, which the tests check already.
func classes64TriplesVersions() []classes64TriplesVersion { return nil }
