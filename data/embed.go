// Package data holds the embedded default reference data and the extraction lexicons, so
// that the binary works with no files beside it. See README.md in this folder for provenance.
package data

import "embed"

// FS holds reference/ (figures and events with their sources) and lexicon/ (entities,
// indicator phrases and other word lists used by extraction).
//
//go:embed all:reference all:lexicon
var FS embed.FS
