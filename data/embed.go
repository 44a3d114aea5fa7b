// Package data holds the embedded default reference data and the extraction lexicons, so
// that the binary works with no files beside it. See README.md in this folder for provenance.
package data

import "embed"

// FS holds what the program reads while it runs: lexicon/ (entities, indicator phrases and
// other word lists used by extraction) and the small tables at the top of reference/
// (sources, indicators, currencies, ...) and reference/imf-weo (the codes of an IMF WEO
// import). The series files of reference/ are not in it: the program carries them built into
// DefaultDB instead.
//
//go:embed all:lexicon reference/*.csv reference/imf-weo
var FS embed.FS

// Sources holds reference/ whole and lexicon/: every input of the default reference
// database. Only the generator of DefaultDB and the tests read it, so the linker leaves it
// out of the factcheck binary, which would otherwise carry the data twice.
//
//go:embed all:reference all:lexicon
var Sources embed.FS

// DefaultDB is the default reference database built from Sources by `go generate ./data`:
// a first line naming the hash of the inputs it was built from, then the SQLite file,
// zstd-compressed. Writing it out on a user's first run takes a fraction of a second where
// building it from Sources takes seconds; a test in package reference fails when it is
// older than Sources or than the code that builds it.
//
//go:embed default.db.zst
var DefaultDB string

//go:generate go run ../internal/gendefaultdb -out default.db.zst
